package tensor

import "fmt"

// transpose2D returns the [cols, rows] transpose of a row-major matrix,
// by 4×4 blocks within 32×32 tiles (cache-friendly on both sides).
func transpose2D(dst, src []float32, rows, cols int) {
	const blk = 32
	for r0 := 0; r0 < rows; r0 += blk {
		r1 := min(r0+blk, rows)
		for c0 := 0; c0 < cols; c0 += blk {
			c1 := min(c0+blk, cols)
			r := r0
			for ; r+4 <= r1; r += 4 {
				s0 := src[r*cols : r*cols+cols]
				s1 := src[(r+1)*cols : (r+1)*cols+cols]
				s2 := src[(r+2)*cols : (r+2)*cols+cols]
				s3 := src[(r+3)*cols : (r+3)*cols+cols]
				c := c0
				for ; c+4 <= c1; c += 4 {
					for i := 0; i < 4; i++ {
						d := dst[(c+i)*rows+r : (c+i)*rows+r+4]
						d[0], d[1], d[2], d[3] = s0[c+i], s1[c+i], s2[c+i], s3[c+i]
					}
				}
				for ; c < c1; c++ {
					d := dst[c*rows+r : c*rows+r+4]
					d[0], d[1], d[2], d[3] = s0[c], s1[c], s2[c], s3[c]
				}
			}
			for ; r < r1; r++ {
				for c := c0; c < c1; c++ {
					dst[c*rows+r] = src[r*cols+c]
				}
			}
		}
	}
}

// MatMulShape returns the output shape of MatMulND for operand shapes a
// and b.
func MatMulShape(a, b []int) ([]int, error) {
	if len(a) == 0 || len(b) == 0 {
		return nil, fmt.Errorf("%w: matmul of a scalar (%v, %v)", ErrShape, a, b)
	}
	am, bm := a, b
	if len(a) == 1 {
		am = []int{1, a[0]}
	}
	if len(b) == 1 {
		bm = []int{b[0], 1}
	}
	M, K := am[len(am)-2], am[len(am)-1]
	K2, N := bm[len(bm)-2], bm[len(bm)-1]
	if K != K2 {
		return nil, fmt.Errorf("%w: matmul of %v and %v: inner dimensions differ", ErrShape, a, b)
	}
	batch, err := BroadcastShape(am[:len(am)-2], bm[:len(bm)-2])
	if err != nil {
		return nil, fmt.Errorf("matmul batch: %w", err)
	}
	out := batch
	if len(a) > 1 {
		out = append(out, M)
	}
	if len(b) > 1 {
		out = append(out, N)
	}
	return out, checkShape(F32, out)
}

// MatMulND multiplies F32 tensors as numpy.matmul (ONNX MatMul): a
// [..., M, K] times b [..., K, N] with broadcast batch dimensions; a 1-D a
// is a row [1, K] and a 1-D b a column [K, 1], the added axis removed from
// the result. Canonical evaluation of every output element: the sequential
// dot product acc = 0; for k = 0..K−1 { acc = float32(acc +
// float32(a[m,k]·b[k,n])) }, as in MatMul. NaNs are canonical.
func MatMulND(a, b *Tensor) (*Tensor, error) {
	if err := needF32("matmul", a, b); err != nil {
		return nil, err
	}
	shape, err := MatMulShape(a.shape, b.shape)
	if err != nil {
		return nil, err
	}
	am, bm := a.shape, b.shape
	if len(am) == 1 {
		am = []int{1, am[0]}
	}
	if len(bm) == 1 {
		bm = []int{bm[0], 1}
	}
	M, K, N := am[len(am)-2], am[len(am)-1], bm[len(bm)-1]
	abatch, bbatch := am[:len(am)-2], bm[:len(bm)-2]
	batch, _ := BroadcastShape(abatch, bbatch)
	nb := numElements(batch)
	aoff := make([]int32, nb)
	boff := make([]int32, nb)
	newBView(abatch, batch).offsets(0, nb, aoff)
	newBView(bbatch, batch).offsets(0, nb, boff)
	out := newTensor(F32, shape)
	if g := activeGemm(); g != nil {
		g.batches(out.f32, a.f32, aoff, boff, b.f32, false, M, N, K)
		canonicalizeNaNs(out.f32)
		return out, nil
	}
	// bᵀ of every b batch, so both operands have K contiguous.
	nbb := numElements(bbatch)
	bt := make([]float32, nbb*N*K)
	parallelFor(nbb, 1, func(lo, hi int) {
		for i := lo; i < hi; i++ {
			transpose2D(bt[i*N*K:(i+1)*N*K], b.f32[i*K*N:(i+1)*K*N], K, N)
		}
	})
	gemmBatches(out.f32, a.f32, bt, aoff, boff, M, N, K)
	canonicalizeNaNs(out.f32)
	return out, nil
}

// gemmBatches computes out[i] = a[aoff[i]]·bt[boff[i]]ᵀ for every batch i
// (a batches [M, K], bt batches [N, K], out batches [M, N]), in parallel
// over blocks of output columns.
func gemmBatches(out, a, bt []float32, aoff, boff []int32, M, N, K int) {
	const nblk = 64
	blocks := (N + nblk - 1) / nblk
	parallelFor(len(aoff)*blocks, grainFor(M*K*nblk, 1), func(lo, hi int) {
		for it := lo; it < hi; it++ {
			i, n0 := it/blocks, it%blocks*nblk
			n1 := min(n0+nblk, N)
			ab := a[int(aoff[i])*M*K : (int(aoff[i])+1)*M*K]
			bb := bt[(int(boff[i])*N+n0)*K : (int(boff[i])*N+n1)*K]
			mmNT(out[i*M*N+n0:], N, ab, M, bb, n1-n0, K)
		}
	})
}

// GemmParams are the attributes of ONNX Gemm.
type GemmParams struct {
	TransA, TransB bool
	Alpha, Beta    float32
}

// GemmShape returns the output shape of Gemm.
func GemmShape(a, b, c []int, p GemmParams) ([]int, error) {
	if len(a) != 2 || len(b) != 2 {
		return nil, fmt.Errorf("%w: gemm needs 2-D operands, got %v and %v", ErrShape, a, b)
	}
	M, K := a[0], a[1]
	if p.TransA {
		M, K = K, M
	}
	K2, N := b[0], b[1]
	if p.TransB {
		K2, N = N, K2
	}
	if K != K2 {
		return nil, fmt.Errorf("%w: gemm of %v and %v (trans %v, %v): inner dimensions differ", ErrShape, a, b, p.TransA, p.TransB)
	}
	out := []int{M, N}
	if c != nil {
		if s, err := BroadcastShape(c, out); err != nil || s[0] != M || s[1] != N || len(s) != 2 {
			return nil, fmt.Errorf("%w: gemm bias %v does not broadcast to %v", ErrShape, c, out)
		}
	}
	return out, nil
}

// Gemm returns alpha·A'·B' + beta·C (ONNX Gemm) for F32 A [M, K] (or
// [K, M] with TransA), B [K, N] (or [N, K] with TransB) and an optional C
// broadcast to [M, N]. Canonical evaluation of out[m, n]: acc = the
// sequential dot product of MatMulND; if Alpha ≠ 1, acc = float32(Alpha ·
// acc); with C, acc = float32(acc + c) where c = C[m, n] if Beta = 1 and
// float32(Beta · C[m, n]) otherwise. NaNs are canonical.
func Gemm(a, b, c *Tensor, p GemmParams) (*Tensor, error) {
	if err := needF32("gemm", a, b); err != nil {
		return nil, err
	}
	var cs []int
	if c != nil {
		if err := needF32("gemm", c); err != nil {
			return nil, err
		}
		cs = c.shape
	}
	shape, err := GemmShape(a.shape, b.shape, cs, p)
	if err != nil {
		return nil, err
	}
	M, N := shape[0], shape[1]
	K := a.shape[1]
	if p.TransA {
		K = a.shape[0]
	}
	av := a.f32
	if p.TransA {
		av = make([]float32, M*K)
		transpose2D(av, a.f32, K, M)
	}
	out := newTensor(F32, shape)
	if g := activeGemm(); g != nil {
		g.batches(out.f32, av, []int32{0}, []int32{0}, b.f32, p.TransB, M, N, K)
	} else {
		bt := b.f32
		if !p.TransB {
			bt = make([]float32, N*K)
			transpose2D(bt, b.f32, K, N)
		}
		gemmBatches(out.f32, av, bt, []int32{0}, []int32{0}, M, N, K)
	}
	if p.Alpha != 1 {
		for i, v := range out.f32 {
			out.f32[i] = float32(p.Alpha * v)
		}
	}
	if c != nil {
		off := make([]int32, M*N)
		newBView(c.shape, shape).offsets(0, M*N, off)
		for i, o := range off {
			cv := c.f32[o]
			if p.Beta != 1 {
				cv = float32(p.Beta * cv)
			}
			out.f32[i] += cv
		}
	}
	canonicalizeNaNs(out.f32)
	return out, nil
}
