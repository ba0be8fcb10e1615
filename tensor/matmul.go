package tensor

import (
	"fmt"
	"sync"
)

// f16Table maps every binary16 bit pattern to its float32 value (exact, as
// computed by f16ToF32); it is built on first use.
var f16Table = sync.OnceValue(func() *[1 << 16]float32 {
	var t [1 << 16]float32
	for h := range t {
		t[h] = f16ToF32(uint16(h))
	}
	return &t
})

// matmulShapes validates w [N, K] and x [..., K] and returns M (the product
// of x's leading dimensions), N, K and the output shape [..., N].
func matmulShapes(w, x *Tensor) (M, N, K int, outShape []int, err error) {
	if len(w.shape) != 2 || len(x.shape) < 1 {
		return 0, 0, 0, nil, fmt.Errorf("%w: matmul needs w [N, K] and x [..., K], got %v and %v", ErrShape, w.shape, x.shape)
	}
	N, K = w.shape[0], w.shape[1]
	if x.shape[len(x.shape)-1] != K {
		return 0, 0, 0, nil, fmt.Errorf("%w: matmul inner dimensions differ: w %v, x %v", ErrShape, w.shape, x.shape)
	}
	M = x.Len() / K
	outShape = append(append([]int(nil), x.shape[:len(x.shape)-1]...), N)
	if err := checkShape(F32, outShape); err != nil {
		return 0, 0, 0, nil, err
	}
	return M, N, K, outShape, nil
}

// MatMul returns x·wᵀ for weights w [N, K] and activations x [..., K] as an
// F32 tensor [..., N] (both operands have K contiguous, as in GGML).
//
// Canonical evaluation of out[m, n]:
//
//   - w F32, F16 or BF16: weights are widened to float32 exactly, then
//     acc = 0; for k = 0..K−1 { acc = float32(acc + float32(w[n,k]·x[m,k])) }.
//   - w Q8: each block of 32 of x[m] is quantized to int8 with a float32
//     scale (quantizeBlock), then for each block b in order
//     s = Σ int32(wq)·int32(xq) (exact), and
//     acc = float32(acc + float32(float32(wd[b]·xd[b])·float32(s))).
//
// x must be F32. Output NaNs are canonicalized.
func MatMul(w, x *Tensor) (*Tensor, error) {
	if err := checkNotNil("matmul", w, x); err != nil {
		return nil, err
	}
	if x.dtype != F32 {
		return nil, fmt.Errorf("%w: matmul activations must be f32, got %v", ErrDType, x.dtype)
	}
	M, N, K, outShape, err := matmulShapes(w, x)
	if err != nil {
		return nil, err
	}
	out := newTensor(F32, outShape)
	switch w.dtype {
	case F32:
		if g := activeGemm(); g != nil {
			g.linearNT(out.f32, x.f32, w, nil, M, N, K)
			break
		}
		parallelFor(N, grainFor(M*K, 4), func(n0, n1 int) {
			matmulF32Rows(out.f32, w.f32, x.f32, M, N, K, n0, n1)
		})
	case F16, BF16:
		table := f16Table()
		parallelFor(N, grainFor(M*K, 4), func(n0, n1 int) {
			// Widen this chunk's weight rows (exactly), then run the F32
			// kernel on them as rows 0..n1−n0 of a narrower output.
			rows := n1 - n0
			buf := getScratch(rows*K + M*rows)
			wide, part := buf[:rows*K], buf[rows*K:]
			if w.dtype == F16 {
				for i, h := range w.u16[n0*K : n1*K] {
					wide[i] = table[h]
				}
			} else {
				for i, h := range w.u16[n0*K : n1*K] {
					wide[i] = bf16ToF32(h)
				}
			}
			matmulF32Rows(part, wide, x.f32, M, rows, K, 0, rows)
			for m := 0; m < M; m++ {
				copy(out.f32[m*N+n0:m*N+n1], part[m*rows:(m+1)*rows])
			}
			putScratch(buf)
		})
	case Q8:
		scales, quants := w.q8Parts()
		blocks := K / QBlock
		xd := make([]float32, M*blocks)
		xq := make([]int8, M*K)
		for i := range xd {
			xd[i] = quantizeBlock(xq[i*QBlock:(i+1)*QBlock], x.f32[i*QBlock:(i+1)*QBlock], false)
		}
		parallelFor(N, grainFor(M*K, 1), func(n0, n1 int) {
			for n := n0; n < n1; n++ {
				wd := scales[n*blocks : (n+1)*blocks]
				wq := quants[n*K : (n+1)*K]
				for m := 0; m < M; m++ {
					out.f32[m*N+n] = dotQ8(wd, wq, xd[m*blocks:(m+1)*blocks], xq[m*K:(m+1)*K])
				}
			}
		})
	default:
		return nil, fmt.Errorf("%w: matmul weights of type %v", ErrDType, w.dtype)
	}
	canonicalizeNaNs(out.f32)
	return out, nil
}

// MatMulI8 returns x·wᵀ for I8 tensors w [N, K] and x [..., K] as an I32
// tensor [..., N]: out[m, n] = Σ_k int32(w[n,k])·int32(x[m,k]) in
// two's-complement int32 arithmetic (wrapping; exact for K < 133,000, where
// the order of the integer additions cannot matter).
func MatMulI8(w, x *Tensor) (*Tensor, error) {
	if err := checkNotNil("matmul_i8", w, x); err != nil {
		return nil, err
	}
	if w.dtype != I8 || x.dtype != I8 {
		return nil, fmt.Errorf("%w: MatMulI8 needs i8 operands, got %v and %v", ErrDType, w.dtype, x.dtype)
	}
	M, N, K, outShape, err := matmulShapes(w, x)
	if err != nil {
		return nil, err
	}
	out := newTensor(I32, outShape)
	parallelFor(N, grainFor(M*K, 1), func(n0, n1 int) {
		for n := n0; n < n1; n++ {
			wr := w.i8[n*K : (n+1)*K]
			for m := 0; m < M; m++ {
				xr := x.i8[m*K : (m+1)*K]
				var s int32
				for k, v := range wr {
					s += int32(v) * int32(xr[k])
				}
				out.i32[m*N+n] = s
			}
		}
	})
	return out, nil
}

// Requantize maps an I32 tensor (e.g. a MatMulI8 result) to I8 with a
// fixed-point multiplier, as integer-only inference does:
//
//	out = clamp((int64(x)·multiplier + 2^(30+shift)) >> (31+shift), −128, 127)
//
// that is x·multiplier/2^(31+shift) rounded half up. multiplier is a Q31
// fraction in (0, 2^31); shift is in [0, 31].
func Requantize(t *Tensor, multiplier int32, shift int) (*Tensor, error) {
	if err := checkNotNil("requantize", t); err != nil {
		return nil, err
	}
	if t.dtype != I32 {
		return nil, fmt.Errorf("%w: requantize needs i32, got %v", ErrDType, t.dtype)
	}
	if multiplier <= 0 || shift < 0 || shift > 31 {
		return nil, fmt.Errorf("tensor: requantize multiplier %d, shift %d out of range", multiplier, shift)
	}
	out := newTensor(I8, t.shape)
	total := uint(31 + shift)
	round := int64(1) << (total - 1)
	for i, v := range t.i32 {
		r := (int64(v)*int64(multiplier) + round) >> total
		out.i8[i] = int8(max(-128, min(127, r)))
	}
	return out, nil
}
