package tensor

// convTransposePhases is ConvTranspose (convnd.go) when the kernel equals
// the stride (no dilation, pads or output padding), the upsampling form
// of FPNs and U-Nets: output (oh, ow) then has exactly one tap per input
// channel, (kh, kw) = (oh mod sh, ow mod sw) at input (oh/sh, ow/sw). So
// each phase (kh, kw) is a 1×1 convolution, out_phase[oc, p] =
// Σ_c w[c, oc, kh, kw]·x[c, p] in increasing c — the canonical order, with
// no tap skipped or added — run on the micro-kernels with x's channel rows
// as B rows; the bias is added when the phases are interleaved into the
// output.
type convTransposePhases struct {
	g                  *gemmKernel
	x, w, bias, out    []float32
	N, C, H, W, G, OCg int
	kh, kw             int
}

func (c *convTransposePhases) run() {
	g := c.g
	nr := g.nr
	Cg, OC := c.C/c.G, c.G*c.OCg
	P := c.H * c.W
	phases := c.kh * c.kw
	panels := (P + nr - 1) / nr
	Qpad := panels * nr
	// x with room after it for the last panel's extra lanes.
	xs := getScratch(len(c.x) + nr)
	defer putScratch(xs)
	copy(xs, c.x)
	clear(xs[len(c.x):])
	offs := make([]int, Cg)
	for ci := range offs {
		offs[ci] = ci * P
	}
	// a[(ph·G + gi)·OCg·Cg + j·Cg + ci] = w[gi·Cg + ci, j, kh, kw] for phase ph = kh·kw' + kw.
	a := getScratch(phases * OC * Cg)
	defer putScratch(a)
	for ci := 0; ci < c.C; ci++ {
		gi, cl := ci/Cg, ci%Cg
		for j := 0; j < c.OCg; j++ {
			for ph := 0; ph < phases; ph++ {
				a[((ph*c.G+gi)*c.OCg+j)*Cg+cl] = c.w[(ci*c.OCg+j)*phases+ph]
			}
		}
	}
	grid := getScratch(c.N * phases * OC * Qpad) // [n][phase][oc][Qpad]
	defer putScratch(grid)
	parallelFor(c.N*phases*c.G*panels, grainFor(c.OCg*Cg*nr, 1), func(lo, hi int) {
		s := g.scratch(Cg)
		for it := lo; it < hi; it++ {
			p0 := it % panels * nr
			gi := it / panels % c.G
			ph := it / (panels * c.G) % phases
			n := it / (panels * c.G * phases)
			b := xs[(n*c.C+gi*Cg)*P+p0:]
			o := grid[((n*phases+ph)*OC+gi*c.OCg)*Qpad+p0:]
			g.panelOffs(o, Qpad, a[(ph*c.G+gi)*c.OCg*Cg:(ph*c.G+gi+1)*c.OCg*Cg], Cg, c.OCg, b, offs, Cg, s)
		}
		g.release(s)
	})
	OH, OW := c.H*c.kh, c.W*c.kw
	parallelFor(c.N*OC*c.H, grainFor(OW*c.kh, 1), func(lo, hi int) {
		for r := lo; r < hi; r++ {
			ih, oc, n := r%c.H, r/c.H%OC, r/(c.H*OC)
			bv := float32(0)
			if c.bias != nil {
				bv = c.bias[oc]
			}
			for kh := 0; kh < c.kh; kh++ {
				dst := c.out[((n*OC+oc)*OH+ih*c.kh+kh)*OW : ((n*OC+oc)*OH+ih*c.kh+kh+1)*OW]
				for kw := 0; kw < c.kw; kw++ {
					src := grid[((n*phases+kh*c.kw+kw)*OC+oc)*Qpad+ih*c.W:]
					src = src[:c.W]
					if c.bias != nil {
						for iw, v := range src {
							dst[iw*c.kw+kw] = v + bv
						}
					} else {
						for iw, v := range src {
							dst[iw*c.kw+kw] = v
						}
					}
				}
			}
		}
	})
}
