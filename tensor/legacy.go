package tensor

import "fmt"

// Linear returns out[..., n] for w [N, K], x [..., K] and b [N], all F32,
// evaluated canonically as
//
//	acc = b[n]; for k = 0..K−1 { acc = float32(acc + float32(w[n,k]·x[m,k])) }
//
// (the bias starts the sum, as in models/mnist MLP.Logits; MatMul followed
// by Add would round differently). NaNs are canonical.
func Linear(w, x, b *Tensor) (*Tensor, error) {
	if err := needF32("linear", w, x, b); err != nil {
		return nil, err
	}
	ws, xs, bs := w.shape, x.shape, b.shape
	if len(ws) != 2 || len(xs) == 0 || xs[len(xs)-1] != ws[1] || len(bs) != 1 || bs[0] != ws[0] {
		return nil, fmt.Errorf("%w: linear needs w [N, K], x [..., K], b [N]; got %v, %v, %v", ErrShape, ws, xs, bs)
	}
	N, K := ws[0], ws[1]
	M := x.Len() / K
	out := newTensor(F32, append(append([]int(nil), xs[:len(xs)-1]...), N))
	linearRows(out.f32, w, x.f32, b.f32, M, N, K)
	canonicalizeNaNs(out.f32)
	return out, nil
}

// RequantRows maps x [..., N] (I32, or I8 read as signed or, if unsigned,
// as unsigned bytes) with per-channel multipliers m and shifts s (I32 of N
// elements, or of one element applied to every channel) to dtype (I8 or
// I32):
//
//	r   = (int64(x)·int64(m[n]) + 2^(s[n]−1)) >> s[n]   (arithmetic shift)
//	out = clamp(int32(r), lo, hi)                        (int32(r) wraps)
//
// which is models/mnist's requant followed by its clamping. Every s must be
// in [1, 62]; for I8 output, [lo, hi] must lie in [−128, 127].
func RequantRows(x, m, s *Tensor, lo, hi int32, dtype DType, unsigned int) (*Tensor, error) {
	if err := checkNotNil("requant_rows", x, m, s); err != nil {
		return nil, err
	}
	switch {
	case x.dtype != I32 && x.dtype != I8:
		return nil, fmt.Errorf("%w: requant_rows input must be i32 or i8, got %v", ErrDType, x.dtype)
	case m.dtype != I32 || s.dtype != I32:
		return nil, fmt.Errorf("%w: requant_rows multipliers and shifts must be i32", ErrDType)
	case unsigned != 0 && (unsigned != 1 || x.dtype != I8):
		return nil, fmt.Errorf("tensor: requant_rows unsigned flag %d (only 1, for i8 input)", unsigned)
	case lo > hi:
		return nil, fmt.Errorf("tensor: requant_rows clamp [%d, %d] is empty", lo, hi)
	case dtype == I8 && (lo < -128 || hi > 127):
		return nil, fmt.Errorf("tensor: requant_rows clamp [%d, %d] exceeds i8", lo, hi)
	case dtype != I8 && dtype != I32:
		return nil, fmt.Errorf("%w: requant_rows output must be i8 or i32, got %v", ErrDType, dtype)
	case len(x.shape) == 0:
		return nil, fmt.Errorf("%w: requant_rows of a scalar", ErrShape)
	}
	N := x.shape[len(x.shape)-1]
	if m.Len() != s.Len() || (m.Len() != N && m.Len() != 1) {
		return nil, fmt.Errorf("%w: requant_rows of %v with %d multipliers and %d shifts", ErrShape, x.shape, m.Len(), s.Len())
	}
	xv, _ := x.Int32s()
	for _, sh := range s.i32 {
		if sh < 1 || sh > 62 {
			return nil, fmt.Errorf("tensor: requant_rows shift %d outside [1, 62]", sh)
		}
	}
	out := newTensor(dtype, x.shape)
	for i, v := range xv {
		c := 0
		if len(m.i32) > 1 {
			c = i % N
		}
		if unsigned == 1 {
			v &= 0xFF
		}
		r := int32((int64(v)*int64(m.i32[c]) + int64(1)<<(s.i32[c]-1)) >> s.i32[c])
		r = min(max(r, lo), hi)
		if dtype == I32 {
			out.i32[i] = r
		} else {
			out.i8[i] = int8(r)
		}
	}
	return out, nil
}

// AddI32 returns a + b for I32 tensors in wrapping int32 arithmetic, b
// broadcast over a's leading axes as in Add (a bias [N] added to [M, N]).
func AddI32(a, b *Tensor) (*Tensor, error) {
	if err := checkNotNil("add_i32", a, b); err != nil {
		return nil, err
	}
	if a.dtype != I32 || b.dtype != I32 {
		return nil, fmt.Errorf("%w: add_i32 needs i32 operands, got %v and %v", ErrDType, a.dtype, b.dtype)
	}
	if !broadcastable(a.shape, b.shape) {
		return nil, fmt.Errorf("%w: add_i32 of %v and %v (b must match a's trailing dimensions)", ErrShape, a.shape, b.shape)
	}
	return Binary(BinAdd, a, b)
}
