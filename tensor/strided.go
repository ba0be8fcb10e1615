package tensor

// copyStrided sets dst (row-major, of shape) to the elements of src at
// off + Σ_a i_a·stride[a] for every index i of shape: a permutation or a
// slice of src as one pass of row copies (contiguous when the last stride
// is 1), without per-element index tables. Rows are split across
// goroutines; each element is a copy, so the bits are src's.
func copyStrided[T any](dst, src []T, shape, stride []int, off int) {
	rank := len(shape)
	if rank == 0 {
		dst[0] = src[off]
		return
	}
	L, ls := shape[rank-1], stride[rank-1]
	rows := len(dst) / L
	parallelFor(rows, max(1, (1<<14)/L), func(lo, hi int) {
		var cBuf [MaxRank]int
		c := cBuf[:rank-1]
		// The coordinates and source offset of row lo.
		o, q := off, lo
		for a := rank - 2; a >= 0; a-- {
			c[a] = q % shape[a]
			q /= shape[a]
			o += c[a] * stride[a]
		}
		for r := lo; r < hi; r++ {
			d := dst[r*L : (r+1)*L]
			if ls == 1 {
				copy(d, src[o:o+L])
			} else {
				s := o
				for j := range d {
					d[j] = src[s]
					s += ls
				}
			}
			for a := rank - 2; a >= 0; a-- {
				c[a]++
				o += stride[a]
				if c[a] < shape[a] {
					break
				}
				o -= stride[a] * shape[a]
				c[a] = 0
			}
		}
	})
}
