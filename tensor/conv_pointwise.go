package tensor

// convPointwise is a 1×1 Conv (convnd.go) with unit strides, no padding and
// one group: per image, out [OC, P] = w [OC, C] · x [C, P] with P = H·W, a
// GEMM whose B operand is x itself (panels packed straight from its rows),
// each sum over c from +0 in increasing c, then the bias added — the
// canonical order, without the padded copy and the crop of convDirect —
// and NaNs canonicalized.
type convPointwise struct {
	g               *gemmKernel
	x, w, bias, out []float32
	N, C, OC, P     int
}

func (c *convPointwise) run() {
	clear(c.out)
	for n := 0; n < c.N; n++ {
		x := c.x[n*c.C*c.P : (n+1)*c.C*c.P]
		c.g.gemm(c.out[n*c.OC*c.P:], c.P, c.w, c.C, c.OC, c.P, c.C, func(s *gemmScratch, n0, nn int) []float32 {
			packNN(s.panel, x[n0:], c.P, nn, c.C, c.g.nr)
			return s.panel
		})
	}
	addBias := rowKernelF32(BinAdd, true, false)
	parallelFor(c.N*c.OC, grainFor(c.P, 1), func(lo, hi int) {
		for r := lo; r < hi; r++ {
			row := c.out[r*c.P : (r+1)*c.P]
			if c.bias != nil {
				addBias(row, row, c.bias[r%c.OC:])
			}
			canonicalizeNaNs(row)
		}
	})
}
