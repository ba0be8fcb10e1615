package tensor

// convGemm is Conv (convnd.go) on a GEMM micro-kernel: the weights of a
// group, [OCg, Kc] with Kc = (c, kh, kw) taps, times panels of nr output
// positions packed straight from x (tap k of position j at bp[k·nr + j],
// +0 for padding taps), so every output is the canonical sequential sum
// over its taps; the bias is added after, as in the pure-Go path.
type convGemm struct {
	g                    *gemmKernel
	x, w, bias, out      []float32
	N, C, H, W, G, OCg   int
	win                  window2
	OH, OW               int
	rel                  []int // offset of tap k from the window's first tap, for windows inside x
	spanH, spanW, panels int
}

func (c *convGemm) run() {
	P := c.OH * c.OW
	Kc := len(c.rel)
	nr := c.g.nr
	c.spanH, c.spanW = (c.win.kh-1)*c.win.dh, (c.win.kw-1)*c.win.dw
	c.panels = (P + nr - 1) / nr
	parallelFor(c.N*c.G*c.panels, grainFor(c.OCg*Kc*nr, 1), func(lo, hi int) {
		s := c.g.scratch(Kc)
		base := make([]int, nr)
		for it := lo; it < hi; it++ {
			c.panel(it, s, base)
		}
		c.g.release(s)
	})
}

// panel computes one group's outputs at nr consecutive positions.
func (c *convGemm) panel(it int, s *gemmScratch, base []int) {
	P := c.OH * c.OW
	Kc := len(c.rel)
	nr := c.g.nr
	Cg, OC := c.C/c.G, c.G*c.OCg
	n, g, p0 := it/(c.G*c.panels), it/c.panels%c.G, it%c.panels*nr
	nn := min(nr, P-p0)
	xg := c.x[(n*c.C+g*Cg)*c.H*c.W : (n*c.C+(g+1)*Cg)*c.H*c.W]
	c.pack(s.panel[:Kc*nr], xg, p0, nn, base)
	o := c.out[(n*OC+g*c.OCg)*P+p0:]
	c.g.panel(o, P, c.w[g*c.OCg*Kc:(g+1)*c.OCg*Kc], Kc, c.OCg, s.panel, nn, Kc, s)
	if c.bias != nil {
		for oc := 0; oc < c.OCg; oc++ {
			b := c.bias[g*c.OCg+oc]
			row := o[oc*P : oc*P+nn]
			for j := range row {
				row[j] += b
			}
		}
	}
}

// pack fills the K×nr panel of positions p0..p0+nn−1 of one group's input
// planes xg: base[j] is position j's first window tap in xg when the
// window lies inside x, −1 when it crosses the border (those columns are
// filled tap by tap) and −2 beyond nn (zero columns).
func (c *convGemm) pack(bp, xg []float32, p0, nn int, base []int) {
	nr := c.g.nr
	win := c.win
	border, runs := false, 0
	for j := range base {
		base[j] = -2
		if j >= nn {
			continue
		}
		pos := p0 + j
		ih0, iw0 := pos/c.OW*win.sh-win.pt, pos%c.OW*win.sw-win.pl
		if ih0 >= 0 && iw0 >= 0 && ih0+c.spanH < c.H && iw0+c.spanW < c.W {
			base[j] = ih0*c.W + iw0
			if j == 0 || base[j-1] != base[j]-1 {
				runs++
			}
		} else {
			base[j] = -1
			border = true
		}
	}
	if runs > 0 && nn >= 4*runs {
		// Long runs of adjacent positions (stride 1): each tap's values
		// are contiguous in x.
		for k, r := range c.rel {
			d := bp[k*nr : k*nr+nr]
			for j := 0; j < nr; {
				if base[j] < 0 {
					d[j] = 0
					j++
					continue
				}
				e := j + 1
				for e < nr && base[e] == base[e-1]+1 {
					e++
				}
				copy(d[j:e], xg[base[j]+r:base[j]+r+e-j])
				j = e
			}
		}
	} else {
		for k, r := range c.rel {
			d := bp[k*nr : k*nr+nr]
			for j, b := range base {
				if b >= 0 {
					d[j] = xg[b+r]
				} else {
					d[j] = 0
				}
			}
		}
	}
	if !border {
		return
	}
	plane := c.H * c.W
	for j, b := range base {
		if b != -1 {
			continue
		}
		pos := p0 + j
		ih0, iw0 := pos/c.OW*win.sh-win.pt, pos%c.OW*win.sw-win.pl
		k := 0
		for ci := 0; ci < len(c.rel)/(win.kh*win.kw); ci++ {
			for kh := 0; kh < win.kh; kh++ {
				ih := ih0 + kh*win.dh
				for kw := 0; kw < win.kw; kw++ {
					iw := iw0 + kw*win.dw
					if ih >= 0 && ih < c.H && iw >= 0 && iw < c.W {
						bp[k*nr+j] = xg[ci*plane+ih*c.W+iw]
					}
					k++
				}
			}
		}
	}
}
