package tensor

// convDirect is a stride-1 Conv (convnd.go) with no im2col and no packing:
// x is copied once into zero-padded planes of width Wp = W + pl + pr, and
// outputs are computed on the padded grid, q = oh·Wp + ow, where tap
// (c, kh, kw) of every position of a panel is one contiguous row of the
// padded input, at offset c·Hp·Wp + kh·dh·Wp + kw·dw from the position.
// The grid's extra columns (ow ≥ OW) are computed and dropped. Each output
// is still the canonical sequential sum over its taps, then + bias.
type convDirect struct {
	g                  *gemmKernel
	x, w, bias, out    []float32
	N, C, H, W, G, OCg int
	win                window2
	OH, OW             int
}

func (c *convDirect) run() {
	g, win := c.g, c.win
	nr := g.nr
	Cg, OC := c.C/c.G, c.G*c.OCg
	Hp, Wp := c.H+win.pt+win.pb, c.W+win.pl+win.pr
	plane := Hp * Wp
	Kc := Cg * win.kh * win.kw
	Q := c.OH * Wp
	panels := (Q + nr - 1) / nr
	Qpad := panels * nr
	// Padded input, with room after it for the last panel's extra lanes.
	xp := getScratch(c.N*c.C*plane + (win.kw-1)*win.dw + nr)
	defer putScratch(xp)
	clear(xp[c.N*c.C*plane:])
	// By rows of the padded planes (all channels of a row together), so that
	// each worker pads the rows its panels read (parallelFor's blocks).
	parallelFor(c.N*Hp, evenGrain(c.N*Hp, grainFor(c.C*Wp, 1)), func(lo, hi int) {
		for nh := lo; nh < hi; nh++ {
			n, hp := nh/Hp, nh%Hp
			ih := hp - win.pt
			for ci := 0; ci < c.C; ci++ {
				row := xp[((n*c.C+ci)*Hp+hp)*Wp : ((n*c.C+ci)*Hp+hp+1)*Wp]
				if ih < 0 || ih >= c.H {
					clear(row)
					continue
				}
				clear(row[:win.pl])
				copy(row[win.pl:], c.x[((n*c.C+ci)*c.H+ih)*c.W:((n*c.C+ci)*c.H+ih+1)*c.W])
				clear(row[win.pl+c.W:])
			}
		}
	})
	offs := make([]int, 0, Kc)
	for ci := 0; ci < Cg; ci++ {
		for kh := 0; kh < win.kh; kh++ {
			for kw := 0; kw < win.kw; kw++ {
				offs = append(offs, ci*plane+kh*win.dh*Wp+kw*win.dw)
			}
		}
	}
	grid := getScratch(c.N * OC * Qpad)
	defer putScratch(grid)
	parallelFor(c.N*c.G*panels, grainFor(c.OCg*Kc*nr, 1), func(lo, hi int) {
		s := g.scratch(Kc)
		for it := lo; it < hi; it++ {
			n, gi, q0 := it/(c.G*panels), it/panels%c.G, it%panels*nr
			b := xp[(n*c.C+gi*Cg)*plane+q0:]
			o := grid[(n*OC+gi*c.OCg)*Qpad+q0:]
			g.panelOffs(o, Qpad, c.w[gi*c.OCg*Kc:(gi+1)*c.OCg*Kc], Kc, c.OCg, b, offs, Kc, s)
		}
		g.release(s)
	})
	// Add the bias and canonicalize NaNs in place on whole runs of grid rows,
	// then drop the grid's extra columns: by output rows (all channels of a
	// row together), as the panels were.
	addBias := rowKernelF32(BinAdd, true, false)
	parallelFor(c.N*c.OH, evenGrain(c.N*c.OH, grainFor(OC*Wp, 1)), func(lo, hi int) {
		for nh := lo; nh < hi; {
			n, oh0 := nh/c.OH, nh%c.OH
			oh1 := min(c.OH, oh0+hi-nh)
			for oc := 0; oc < OC; oc++ {
				seg := grid[(n*OC+oc)*Qpad+oh0*Wp : (n*OC+oc)*Qpad+oh1*Wp]
				if c.bias != nil {
					addBias(seg, seg, c.bias[oc:])
				}
				canonicalizeNaNs(seg) // while it is in this worker's cache
				dst := c.out[((n*OC+oc)*c.OH+oh0)*c.OW:]
				for r := 0; r < oh1-oh0; r++ {
					copy(dst[r*c.OW:(r+1)*c.OW], seg[r*Wp:])
				}
			}
			nh += oh1 - oh0
		}
	})
}
