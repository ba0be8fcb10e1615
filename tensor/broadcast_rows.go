package tensor

// Row-wise broadcasting for float binary ops. Once the output's axes of
// size 1 are dropped and adjacent axes that both operands traverse alike
// are merged, each operand's innermost axis is either contiguous or
// constant (broadcast), so the output splits into rows on which the op is
// a plain loop over a slice (vector-vector, vector-scalar, scalar-vector)
// with no per-element index map or function call. The values computed are
// those of binaryF32, element by element.

// binaryRowsF32 computes dst = op(a, b) broadcast from shapes sa, sb to
// shape, NaNs canonical.
func binaryRowsF32(op BinaryOp, dst, a, b []float32, shape, sa, sb []int) {
	if len(dst) == 0 {
		return
	}
	// Per output axis (size-1 axes dropped): size and each operand's stride.
	var dims, strA, strB []int
	stA, stB := 1, 1
	ra, rb := make([]int, len(shape)), make([]int, len(shape))
	for i := len(shape) - 1; i >= 0; i-- {
		if k := i - (len(shape) - len(sa)); k >= 0 && sa[k] != 1 {
			ra[i] = stA
			stA *= sa[k]
		}
		if k := i - (len(shape) - len(sb)); k >= 0 && sb[k] != 1 {
			rb[i] = stB
			stB *= sb[k]
		}
	}
	for i, d := range shape {
		if d == 1 {
			continue
		}
		if n := len(dims); n > 0 && ra[i]*d == strA[n-1] && rb[i]*d == strB[n-1] {
			// Both operands step over this axis as over a longer previous one.
			dims[n-1] *= d
			strA[n-1], strB[n-1] = ra[i], rb[i]
			continue
		}
		dims, strA, strB = append(dims, d), append(strA, ra[i]), append(strB, rb[i])
	}
	if len(dims) == 0 {
		dims, strA, strB = []int{1}, []int{0}, []int{0}
	}
	last := len(dims) - 1
	L := dims[last]
	rows := len(dst) / L
	row := rowKernelF32(op, strA[last] == 1, strB[last] == 1)
	parallelFor(rows, max(1, bchunk/L), func(lo, hi int) {
		for r := lo; r < hi; r++ {
			oa, ob := 0, 0
			q := r
			for i := last - 1; i >= 0; i-- {
				c := q % dims[i]
				q /= dims[i]
				oa += c * strA[i]
				ob += c * strB[i]
			}
			row(dst[r*L:(r+1)*L], a[oa:], b[ob:])
		}
		// NaNs are canonicalized here, while the rows are in this
		// worker's cache.
		canonicalizeNaNs(dst[lo*L : hi*L])
	})
}

// rowKernelF32 returns the loop of op over one row: d[j] = op(x[j] or x[0],
// y[j] or y[0]) as va, vb say whether each operand is a vector.
func rowKernelF32(op BinaryOp, va, vb bool) func(d, x, y []float32) {
	goRow := rowKernelGoF32(op, va, vb)
	simd, ok := rowSets[KernelPath()][op]
	if ok && !va && vb && (op == BinAdd || op == BinMul) {
		// s op y[j] = y[j] op s: IEEE addition and multiplication commute
		// (NaN payloads aside, and NaNs are canonicalized after).
		f := simd[1]
		return func(d, x, y []float32) {
			n := len(d) / 16 * 16
			if n > 0 {
				_, _ = y[n-1], d[n-1]
				f(&d[0], &y[0], &x[0], n)
			}
			if n < len(d) {
				goRow(d[n:], x, y[n:])
			}
		}
	}
	if !ok || !va {
		return goRow
	}
	f := simd[0]
	if !vb {
		f = simd[1]
	}
	return func(d, x, y []float32) {
		n := len(d) / 16 * 16
		if n > 0 {
			_, _ = x[n-1], d[n-1]
			if vb {
				_ = y[n-1]
			}
			f(&d[0], &x[0], &y[0], n)
		}
		if n < len(d) {
			yt := y
			if vb {
				yt = y[n:]
			}
			goRow(d[n:], x[n:], yt)
		}
	}
}

// rowKernelGoF32 is rowKernelF32 in Go.
func rowKernelGoF32(op BinaryOp, va, vb bool) func(d, x, y []float32) {
	switch {
	case op == BinAdd && va && vb:
		return func(d, x, y []float32) {
			x, y = x[:len(d)], y[:len(d)]
			for j := range d {
				d[j] = x[j] + y[j]
			}
		}
	case op == BinAdd && va:
		return func(d, x, y []float32) {
			x, s := x[:len(d)], y[0]
			for j := range d {
				d[j] = x[j] + s
			}
		}
	case op == BinAdd && vb:
		return func(d, x, y []float32) {
			s, y := x[0], y[:len(d)]
			for j := range d {
				d[j] = s + y[j]
			}
		}
	case op == BinSub && va && vb:
		return func(d, x, y []float32) {
			x, y = x[:len(d)], y[:len(d)]
			for j := range d {
				d[j] = x[j] - y[j]
			}
		}
	case op == BinSub && va:
		return func(d, x, y []float32) {
			x, s := x[:len(d)], y[0]
			for j := range d {
				d[j] = x[j] - s
			}
		}
	case op == BinMul && va && vb:
		return func(d, x, y []float32) {
			x, y = x[:len(d)], y[:len(d)]
			for j := range d {
				d[j] = float32(x[j] * y[j])
			}
		}
	case op == BinMul && va:
		return func(d, x, y []float32) {
			x, s := x[:len(d)], y[0]
			for j := range d {
				d[j] = float32(x[j] * s)
			}
		}
	case op == BinMul && vb:
		return func(d, x, y []float32) {
			s, y := x[0], y[:len(d)]
			for j := range d {
				d[j] = float32(s * y[j])
			}
		}
	case op == BinDiv && va && vb:
		return func(d, x, y []float32) {
			x, y = x[:len(d)], y[:len(d)]
			for j := range d {
				d[j] = x[j] / y[j]
			}
		}
	case op == BinDiv && va:
		return func(d, x, y []float32) {
			x, s := x[:len(d)], y[0]
			for j := range d {
				d[j] = x[j] / s
			}
		}
	}
	f := binaryF32[op]
	step := func(v bool) int {
		if v {
			return 1
		}
		return 0
	}
	sa, sb := step(va), step(vb)
	return func(d, x, y []float32) {
		for j := range d {
			d[j] = f(x[j*sa], y[j*sb])
		}
	}
}
