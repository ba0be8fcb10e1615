package tensor

import (
	"fmt"

	"github.com/opml-dev/opml/internal/fmath"
)

// permuteInto writes src (shape) with its axes reordered by axes into dst:
// out[i_0, …] = in[j] where j places i_k on axis axes[k].
func permuteInto[T any](dst, src []T, shape, axes []int) {
	strides := stridesOf(shape)
	outShape := make([]int, len(shape))
	srcStride := make([]int, len(shape)) // source stride of each output axis
	for k, a := range axes {
		outShape[k] = shape[a]
		srcStride[k] = strides[a]
	}
	copyStrided(dst, src, outShape, srcStride, 0)
}

// Permute returns a copy of t with its axes reordered: output axis k is input
// axis axes[k]. Q8 tensors cannot be permuted (blocks span the last axis).
func Permute(t *Tensor, axes ...int) (*Tensor, error) {
	if err := checkNotNil("permute", t); err != nil {
		return nil, err
	}
	rank := len(t.shape)
	if len(axes) != rank {
		return nil, fmt.Errorf("%w: permute of rank %d with %d axes", ErrShape, rank, len(axes))
	}
	seen := make([]bool, rank)
	outShape := make([]int, rank)
	for k, a := range axes {
		if a < 0 || a >= rank || seen[a] {
			return nil, fmt.Errorf("%w: permute axes %v are not a permutation of 0..%d", ErrShape, axes, rank-1)
		}
		seen[a] = true
		outShape[k] = t.shape[a]
	}
	if t.dtype == Q8 {
		return nil, fmt.Errorf("%w: permute of q8", ErrDType)
	}
	out := newTensorUninit(t.dtype, outShape)
	switch t.dtype {
	case F32:
		permuteInto(out.f32, t.f32, t.shape, axes)
	case F16, BF16:
		permuteInto(out.u16, t.u16, t.shape, axes)
	case I8:
		permuteInto(out.i8, t.i8, t.shape, axes)
	case I32:
		permuteInto(out.i32, t.i32, t.shape, axes)
	case I64:
		permuteInto(out.i64, t.i64, t.shape, axes)
	case Bool:
		permuteInto(out.u8, t.u8, t.shape, axes)
	}
	return out, nil
}

// Transpose swaps the last two axes of t (a copy).
func Transpose(t *Tensor) (*Tensor, error) {
	if err := checkNotNil("transpose", t); err != nil {
		return nil, err
	}
	rank := len(t.shape)
	if rank < 2 {
		return nil, fmt.Errorf("%w: transpose needs rank >= 2, got %v", ErrShape, t.shape)
	}
	axes := make([]int, rank)
	for i := range axes {
		axes[i] = i
	}
	axes[rank-2], axes[rank-1] = rank-1, rank-2
	return Permute(t, axes...)
}

func concatInto[T any](dst []T, srcs [][]T, outer int, inner []int) {
	off := 0
	for o := 0; o < outer; o++ {
		for i, s := range srcs {
			off += copy(dst[off:], s[o*inner[i]:(o+1)*inner[i]])
		}
	}
}

// Concat joins tensors of one dtype along axis; all other dimensions must
// agree. Q8 tensors can be joined along any axis but the last.
func Concat(axis int, ts ...*Tensor) (*Tensor, error) {
	if len(ts) == 0 {
		return nil, fmt.Errorf("%w: concat of nothing", ErrShape)
	}
	if err := checkNotNil("concat", ts...); err != nil {
		return nil, err
	}
	first := ts[0]
	rank := len(first.shape)
	if axis < 0 || axis >= rank {
		return nil, fmt.Errorf("%w: concat axis %d of rank %d", ErrShape, axis, rank)
	}
	if first.dtype == Q8 && axis == rank-1 {
		return nil, fmt.Errorf("%w: concat of q8 along the last axis", ErrDType)
	}
	outShape := append([]int(nil), first.shape...)
	outShape[axis] = 0
	inner := make([]int, len(ts))
	for i, t := range ts {
		if t.dtype != first.dtype || len(t.shape) != rank {
			return nil, fmt.Errorf("%w: concat of %v %v with %v %v", ErrShape, first.dtype, first.shape, t.dtype, t.shape)
		}
		for k := range t.shape {
			if k != axis && t.shape[k] != first.shape[k] {
				return nil, fmt.Errorf("%w: concat of %v with %v along %d", ErrShape, first.shape, t.shape, axis)
			}
		}
		outShape[axis] += t.shape[axis]
		inner[i] = numElements(t.shape[axis:])
	}
	if err := checkShape(first.dtype, outShape); err != nil {
		return nil, fmt.Errorf("concat: %w", err)
	}
	outer := numElements(first.shape[:axis])
	out := newTensor(first.dtype, outShape)
	switch first.dtype {
	case F32:
		concatInto(out.f32, collect(ts, func(t *Tensor) []float32 { return t.f32 }), outer, inner)
	case F16, BF16:
		concatInto(out.u16, collect(ts, func(t *Tensor) []uint16 { return t.u16 }), outer, inner)
	case I8:
		concatInto(out.i8, collect(ts, func(t *Tensor) []int8 { return t.i8 }), outer, inner)
	case I32:
		concatInto(out.i32, collect(ts, func(t *Tensor) []int32 { return t.i32 }), outer, inner)
	case I64:
		concatInto(out.i64, collect(ts, func(t *Tensor) []int64 { return t.i64 }), outer, inner)
	case Bool:
		concatInto(out.u8, collect(ts, func(t *Tensor) []uint8 { return t.u8 }), outer, inner)
	case Q8:
		concatInto(out.i8, collect(ts, func(t *Tensor) []int8 { _, q := t.q8Parts(); return q }), outer, inner)
		blocks := make([]int, len(inner))
		for i, n := range inner {
			blocks[i] = n / QBlock
		}
		concatInto(out.u16, collect(ts, func(t *Tensor) []uint16 { d, _ := t.q8Parts(); return d }), outer, blocks)
	}
	return out, nil
}

func collect[T any](ts []*Tensor, f func(*Tensor) []T) [][]T {
	out := make([][]T, len(ts))
	for i, t := range ts {
		out[i] = f(t)
	}
	return out
}

// GetRows gathers rows of a table [V, D] (F32, F16, BF16 or Q8) by the
// indices in an I32 tensor ids, returning F32 of shape ids.shape + [D].
// Elements are widened exactly (Q8: float32(d·q), exact as well).
func GetRows(table, ids *Tensor) (*Tensor, error) {
	if err := checkNotNil("get_rows", table, ids); err != nil {
		return nil, err
	}
	if len(table.shape) != 2 {
		return nil, fmt.Errorf("%w: get_rows table must be [V, D], got %v", ErrShape, table.shape)
	}
	if ids.dtype != I32 {
		return nil, fmt.Errorf("%w: get_rows ids must be i32, got %v", ErrDType, ids.dtype)
	}
	V, D := table.shape[0], table.shape[1]
	outShape := append(append([]int(nil), ids.shape...), D)
	if err := checkShape(F32, outShape); err != nil {
		return nil, fmt.Errorf("get_rows: %w", err)
	}
	out := newTensor(F32, outShape)
	var scales []uint16
	var quants []int8
	for r, id := range ids.i32 {
		if id < 0 || int(id) >= V {
			return nil, fmt.Errorf("%w: get_rows index %d out of range [0, %d)", ErrShape, id, V)
		}
		dst := out.f32[r*D : (r+1)*D]
		row := int(id) * D
		switch table.dtype {
		case F32:
			copy(dst, table.f32[row:row+D])
		case F16:
			for i, h := range table.u16[row : row+D] {
				dst[i] = f16ToF32(h)
			}
		case BF16:
			for i, h := range table.u16[row : row+D] {
				dst[i] = bf16ToF32(h)
			}
		case Q8:
			if scales == nil {
				scales, quants = table.q8Parts()
			}
			dequantizeQ8(dst, scales[row/QBlock:(row+D)/QBlock], quants[row:row+D])
		default:
			return nil, fmt.Errorf("%w: get_rows of %v", ErrDType, table.dtype)
		}
	}
	canonicalizeNaNs(out.f32)
	return out, nil
}

// RoPE applies rotary position embeddings (adjacent-pair form) to x of shape
// [T, H, D] (tokens, heads, head dimension; D even) with the position of
// each token in pos (I32 [T]). Canonical evaluation, for pair i < D/2 of
// token t:
//
//	inv   = fmath.Exp64(float64(−2i)/float64(D) · fmath.Log64(float64(base)))
//	angle = float64(pos[t]) · inv
//	s, c  = fmath.SinCos64(angle); sn, cs = float32(s), float32(c)
//	out[2i]   = float32(float32(x[2i]·cs) − float32(x[2i+1]·sn))
//	out[2i+1] = float32(float32(x[2i]·sn) + float32(x[2i+1]·cs))
//
// (every float64 product rounded before use, as everywhere in fmath).
func RoPE(x, pos *Tensor, base float32) (*Tensor, error) {
	if err := needF32("rope", x); err != nil {
		return nil, err
	}
	if err := checkNotNil("rope", pos); err != nil {
		return nil, err
	}
	if len(x.shape) != 3 || x.shape[2]%2 != 0 {
		return nil, fmt.Errorf("%w: rope needs x [T, H, D] with even D, got %v", ErrShape, x.shape)
	}
	T, H, D := x.shape[0], x.shape[1], x.shape[2]
	if pos.dtype != I32 || pos.Len() != T {
		return nil, fmt.Errorf("%w: rope positions must be i32 [%d], got %v %v", ErrShape, T, pos.dtype, pos.shape)
	}
	if !(base > 1) || !isFinite(base) {
		return nil, fmt.Errorf("tensor: rope base %v must be a finite number > 1", base)
	}
	half := D / 2
	lb := fmath.Log64(float64(base))
	inv := make([]float64, half)
	for i := range inv {
		inv[i] = fmath.Exp64(float64(float64(-2*i) / float64(D) * lb))
	}
	cs := make([]float32, T*half)
	sn := make([]float32, T*half)
	for t := 0; t < T; t++ {
		for i, f := range inv {
			s, c := fmath.SinCos64(float64(float64(pos.i32[t]) * f))
			sn[t*half+i], cs[t*half+i] = float32(s), float32(c)
		}
	}
	out := newTensor(F32, x.shape)
	parallelFor(T*H, grainFor(8*D, 1), func(lo, hi int) {
		for r := lo; r < hi; r++ {
			t := r / H
			src := x.f32[r*D : (r+1)*D]
			dst := out.f32[r*D : (r+1)*D]
			for i := 0; i < half; i++ {
				c, s := cs[t*half+i], sn[t*half+i]
				x0, x1 := src[2*i], src[2*i+1]
				dst[2*i] = float32(x0*c) - float32(x1*s)
				dst[2*i+1] = float32(x0*s) + float32(x1*c)
			}
		}
	})
	canonicalizeNaNs(out.f32)
	return out, nil
}
