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

// gatherAxes sets dst (row-major, of shape) to src[Σ_a tables[a][i_a]] for
// every index i of shape: a copy whose source offset is a sum of one
// table entry per axis (Resize's nearest neighbours). An output row whose
// source row is the one before's (an upsampled axis) is copied from it.
func gatherAxes[T any](dst, src []T, shape []int, tables [][]int) {
	rank := len(shape)
	L, last := shape[rank-1], tables[rank-1]
	contiguous := true
	for j, o := range last {
		contiguous = contiguous && o == last[0]+j
	}
	rows := len(dst) / L
	parallelFor(rows, max(1, (1<<14)/L), func(lo, hi int) {
		var cBuf [MaxRank]int
		c := cBuf[:rank-1]
		q := lo
		for a := rank - 2; a >= 0; a-- {
			c[a] = q % shape[a]
			q /= shape[a]
		}
		prev := -1
		for r := lo; r < hi; r++ {
			o := 0
			for a, i := range c {
				o += tables[a][i]
			}
			d := dst[r*L : (r+1)*L]
			switch {
			case o == prev:
				copy(d, dst[(r-1)*L:r*L])
			case contiguous:
				copy(d, src[o+last[0]:o+last[0]+L])
			default:
				for j, t := range last {
					d[j] = src[o+t]
				}
			}
			prev = o
			for a := rank - 2; a >= 0; a-- {
				if c[a]++; c[a] < shape[a] {
					break
				}
				c[a] = 0
			}
		}
	})
}
