package tensor

// convDepthwise is Conv (convnd.go) with one input channel per group
// (depthwise, Cg = 1), where a GEMM tile would fill one of its rows: each
// output channel's plane is computed from its input channel's plane, zero
// padded once, a row of outputs at a time. Output (oh, ow) of row oh sums
// tap t = (kh, kw) from +0 in increasing t, padding taps included as +0
// inputs — the canonical order — then adds the bias. The padded plane is
// stored as sw column phases (phase ph holds columns ph, ph + sw, …), so
// the taps of a row of outputs are contiguous rows of one phase whatever
// the stride (dwRowSets runs them in SIMD lanes, one output per lane).
type convDepthwise struct {
	x, w, bias, out []float32
	N, C, H, W, OCg int
	win             window2
	OH, OW          int
}

func (c *convDepthwise) run() {
	win := c.win
	Hp, Wp := c.H+win.pt+win.pb, c.W+win.pl+win.pr
	sw := win.sw
	Wq := (Wp + sw - 1) / sw // columns of a phase
	phase := Hp * Wq
	taps := win.kh * win.kw
	offs := make([]int, 0, taps)
	for kh := 0; kh < win.kh; kh++ {
		for kw := 0; kw < win.kw; kw++ {
			offs = append(offs, kw*win.dw%sw*phase+kh*win.dh*Wq+kw*win.dw/sw)
		}
	}
	row, width := dwRowGo, c.OW
	if f := dwRowSets[KernelPath()]; f != nil {
		row, width = f, (c.OW+15)/16*16 // SIMD rows compute whole groups of 16
	}
	OC := c.C * c.OCg
	parallelFor(c.N*OC, grainFor(c.OH*c.OW*taps, 1), func(lo, hi int) {
		// The phases, with room after them for a last row's extra lanes.
		plane := getScratch(sw*phase + width)
		acc := getScratch(width)
		c.clearPadding(plane, Hp, Wp, Wq, phase)
		for r := lo; r < hi; r++ {
			n, oc := r/OC, r%OC
			src := c.x[(n*c.C+oc/c.OCg)*c.H*c.W:]
			for ih := 0; ih < c.H; ih++ {
				xr := src[ih*c.W : (ih+1)*c.W]
				pr := (ih + win.pt) * Wq
				if sw == 1 {
					copy(plane[pr+win.pl:], xr)
					continue
				}
				for iw, v := range xr {
					pc := iw + win.pl
					plane[pc%sw*phase+pr+pc/sw] = v
				}
			}
			w := c.w[oc*taps : (oc+1)*taps]
			dst := c.out[r*c.OH*c.OW : (r+1)*c.OH*c.OW]
			for oh := 0; oh < c.OH; oh++ {
				a := acc[:width]
				row(a, w, plane[oh*win.sh*Wq:], offs)
				d := dst[oh*c.OW : (oh+1)*c.OW]
				if c.bias != nil {
					b := c.bias[oc]
					for i := range d {
						d[i] = a[i] + b
					}
				} else {
					copy(d, a)
				}
			}
			canonicalizeNaNs(dst) // while it is in this worker's cache
		}
		putScratch(acc)
		putScratch(plane)
	})
}

// clearPadding zeroes the padding positions of a phased plane (the
// interior is rewritten for every channel; positions no tap of a kept
// output reads hold anything).
func (c *convDepthwise) clearPadding(plane []float32, Hp, Wp, Wq, phase int) {
	win, sw := c.win, c.win.sw
	at := func(pr, pc int) int { return pc%sw*phase + pr*Wq + pc/sw }
	for pr := 0; pr < Hp; pr++ {
		if pr < win.pt || pr >= win.pt+c.H {
			for pc := 0; pc < Wp; pc++ {
				plane[at(pr, pc)] = 0
			}
			continue
		}
		for pc := 0; pc < win.pl; pc++ {
			plane[at(pr, pc)] = 0
		}
		for pc := win.pl + c.W; pc < Wp; pc++ {
			plane[at(pr, pc)] = 0
		}
	}
}

// dwRowGo sets acc[j] = Σ_t float32(w[t]·src[offs[t] + j]), summed from
// +0 in increasing t.
func dwRowGo(acc, w, src []float32, offs []int) {
	clear(acc)
	for t, o := range offs {
		wv := w[t]
		s := src[o : o+len(acc)]
		for j, v := range s {
			acc[j] += float32(wv * v)
		}
	}
}
