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
	parallelFor(c.N*c.C, grainFor(plane, 1), func(lo, hi int) {
		for nc := lo; nc < hi; nc++ {
			dst := xp[nc*plane : (nc+1)*plane]
			clear(dst[:win.pt*Wp])
			clear(dst[(win.pt+c.H)*Wp:])
			for ih := 0; ih < c.H; ih++ {
				row := dst[(ih+win.pt)*Wp : (ih+win.pt+1)*Wp]
				clear(row[:win.pl])
				copy(row[win.pl:], c.x[(nc*c.H+ih)*c.W:(nc*c.H+ih+1)*c.W])
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
	// Drop the grid's extra columns, add the bias, canonicalize NaNs.
	addBias := rowKernelF32(BinAdd, true, false)
	parallelFor(c.N*OC, grainFor(c.OH*c.OW, 1), func(lo, hi int) {
		for r := lo; r < hi; r++ {
			src := grid[r*Qpad:]
			dst := c.out[r*c.OH*c.OW : (r+1)*c.OH*c.OW]
			for oh := 0; oh < c.OH; oh++ {
				d := dst[oh*c.OW : (oh+1)*c.OW]
				if c.bias != nil {
					addBias(d, src[oh*Wp:oh*Wp+c.OW], c.bias[r%OC:])
				} else {
					copy(d, src[oh*Wp:oh*Wp+c.OW])
				}
			}
			canonicalizeNaNs(dst) // while it is in this worker's cache
		}
	})
}
