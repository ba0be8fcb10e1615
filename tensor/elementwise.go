package tensor

import (
	"fmt"

	"github.com/opml-dev/opml/internal/fmath"
)

// needF32 returns an error unless every tensor is F32.
func needF32(op string, ts ...*Tensor) error {
	if err := checkNotNil(op, ts...); err != nil {
		return err
	}
	for _, t := range ts {
		if t.dtype != F32 {
			return fmt.Errorf("%w: %s needs f32, got %v", ErrDType, op, t.dtype)
		}
	}
	return nil
}

// broadcastable reports whether b's shape equals the trailing dimensions of
// a's shape, so that b repeats along a's leading axes.
func broadcastable(a, b []int) bool {
	if len(b) > len(a) {
		return false
	}
	off := len(a) - len(b)
	for i, d := range b {
		if a[off+i] != d {
			return false
		}
	}
	return true
}

// Add returns a + b elementwise with numpy broadcasting:
// out[i] = float32(a[ia] + b[ib]) for F32, wrapping for I32 and I64 (see
// Binary). A bias [N] added to [M, N] is the common case.
func Add(a, b *Tensor) (*Tensor, error) { return Binary(BinAdd, a, b) }

// Mul returns a·b elementwise: out[i] = float32(a[ia]·b[ib]), broadcasting
// as in Add.
func Mul(a, b *Tensor) (*Tensor, error) { return Binary(BinMul, a, b) }

func unary(op string, t *Tensor, f func(x float32) float32) (*Tensor, error) {
	if err := needF32(op, t); err != nil {
		return nil, err
	}
	out := newTensorUninit(F32, t.shape) // every element is written
	parallelFor(len(out.f32), grainFor(64, 1), func(lo, hi int) {
		for i := lo; i < hi; i++ {
			out.f32[i] = f(t.f32[i])
		}
	})
	canonicalizeNaNs(out.f32)
	return out, nil
}

// Scale returns float32(t[i]·s) for every element.
func Scale(t *Tensor, s float32) (*Tensor, error) {
	return unary("scale", t, func(x float32) float32 { return float32(x * s) })
}

// Relu returns t[i] if t[i] > 0, NaN if t[i] is NaN, else +0.
func Relu(t *Tensor) (*Tensor, error) {
	if err := needF32("relu", t); err != nil {
		return nil, err
	}
	out := newTensorUninit(F32, t.shape)
	loop := reluGo
	if f := reluSets[KernelPath()]; f != nil {
		loop = f
	}
	parallelFor(len(out.f32), 4*bchunk, func(lo, hi int) { loop(out.f32[lo:hi], t.f32[lo:hi]) })
	return out, nil
}

func reluGo(dst, src []float32) {
	dst = dst[:len(src)]
	for i, x := range src {
		switch {
		case x > 0:
			dst[i] = x
		case x != x:
			dst[i] = canonicalNaN
		default:
			dst[i] = 0
		}
	}
}

// Gelu returns fmath.Gelu(t[i]): the tanh approximation of GELU evaluated
// in float64 and rounded once (see fmath.Gelu for the exact sequence).
func Gelu(t *Tensor) (*Tensor, error) { return unary("gelu", t, fmath.Gelu) }

// Silu returns fmath.Silu(t[i]) = x/(1+e^−x), evaluated in float64 and
// rounded once.
func Silu(t *Tensor) (*Tensor, error) { return unary("silu", t, fmath.Silu) }

// rowsOp applies f to every row (last axis) of an F32 tensor.
func rowsOp(op string, t *Tensor, f func(dst, src []float32)) (*Tensor, error) {
	if err := needF32(op, t); err != nil {
		return nil, err
	}
	if len(t.shape) == 0 {
		return nil, fmt.Errorf("%w: %s of a scalar (it works on rows)", ErrShape, op)
	}
	out := newTensorUninit(F32, t.shape) // f writes every element of its row
	n := t.shape[len(t.shape)-1]
	rows := len(t.f32) / n
	parallelFor(rows, grainFor(32*n, 1), func(lo, hi int) {
		for r := lo; r < hi; r++ {
			f(out.f32[r*n:(r+1)*n], t.f32[r*n:(r+1)*n])
		}
	})
	canonicalizeNaNs(out.f32)
	return out, nil
}

// Softmax returns the softmax of every row (last axis). Canonical
// evaluation per row x of length n:
//
//	mx = max x[i] (a row containing NaN gives all NaN)
//	e[i] = fmath.Exp(float32(x[i] − mx))
//	sum = 0; for i { sum = float32(sum + e[i]) }
//	out[i] = float32(e[i] / sum)
//
// Masked positions may be −Inf; a row that is entirely −Inf gives NaN.
func Softmax(t *Tensor) (*Tensor, error) {
	// The row loops of Sub, Exp and Div, SIMD where the kernel path has them.
	sub, div := rowKernelF32(BinSub, true, false), rowKernelF32(BinDiv, true, false)
	exp := unarySlice(UnExp, nil)
	return rowsOp("softmax", t, func(dst, src []float32) {
		mx := src[0]
		for _, v := range src {
			if isNaN(v) {
				mx = v
				break
			}
			if v > mx {
				mx = v
			}
		}
		m := []float32{mx}
		sub(dst, src, m)
		if exp != nil {
			exp(dst, dst)
		} else {
			for i, v := range dst {
				dst[i] = fmath.Exp(v)
			}
		}
		sum := float32(0)
		for _, e := range dst {
			sum += e
		}
		m[0] = sum
		div(dst, dst, m)
	})
}

// RMSNorm normalizes every row (last axis) by its root mean square.
// Canonical evaluation per row x of length n:
//
//	ss = 0; for i { ss = float32(ss + float32(x[i]·x[i])) }
//	r = fmath.Rsqrt(float32(float32(ss / float32(n)) + eps))
//	out[i] = float32(x[i]·r)
//
// A learned gain is applied separately with Mul.
func RMSNorm(t *Tensor, eps float32) (*Tensor, error) {
	return rowsOp("rms_norm", t, func(dst, src []float32) {
		ss := float32(0)
		for _, v := range src {
			ss += float32(v * v)
		}
		r := fmath.Rsqrt(ss/float32(len(src)) + eps)
		for i, v := range src {
			dst[i] = float32(v * r)
		}
	})
}

// LayerNorm normalizes every row (last axis) to zero mean and unit
// variance. Canonical evaluation per row x of length n:
//
//	s = 0; for i { s = float32(s + x[i]) }; mean = float32(s / float32(n))
//	d[i] = float32(x[i] − mean)
//	v = 0; for i { v = float32(v + float32(d[i]·d[i])) }
//	r = fmath.Rsqrt(float32(float32(v / float32(n)) + eps))
//	out[i] = float32(d[i]·r)
//
// Gain and bias are applied separately with Mul and Add.
func LayerNorm(t *Tensor, eps float32) (*Tensor, error) {
	if err := needF32("layer_norm", t); err != nil {
		return nil, err
	}
	if len(t.shape) == 0 {
		return nil, fmt.Errorf("%w: layer_norm of a scalar (it works on rows)", ErrShape)
	}
	out := newTensorUninit(F32, t.shape) // every element is written
	n := t.shape[len(t.shape)-1]
	rows := len(t.f32) / n
	parallelFor(rows, grainFor(32*n, 4), func(lo, hi int) {
		r := lo
		for ; r+4 <= hi; r += 4 { // four rows' sequential sums side by side
			layerNorm4(out.f32[r*n:(r+4)*n], t.f32[r*n:(r+4)*n], n, eps)
		}
		for ; r < hi; r++ {
			layerNorm1(out.f32[r*n:(r+1)*n], t.f32[r*n:(r+1)*n], eps)
		}
		canonicalizeNaNs(out.f32[lo*n : hi*n])
	})
	return out, nil
}

func layerNorm1(dst, src []float32, eps float32) {
	n := float32(len(src))
	s := float32(0)
	for _, v := range src {
		s += v
	}
	mean := s / n
	v := float32(0)
	for i, x := range src {
		d := x - mean
		dst[i] = d
		v += float32(d * d)
	}
	r := fmath.Rsqrt(v/n + eps)
	for i, d := range dst {
		dst[i] = float32(d * r)
	}
}

// layerNorm4 is layerNorm1 on four consecutive rows of length n at once:
// the same operations per row, the rows' dependency chains interleaved.
func layerNorm4(dst, src []float32, n int, eps float32) {
	x0, x1, x2, x3 := src[:n], src[n:2*n], src[2*n:3*n], src[3*n:4*n]
	d0, d1, d2, d3 := dst[:n], dst[n:2*n], dst[2*n:3*n], dst[3*n:4*n]
	var s0, s1, s2, s3 float32
	for i := range x0 {
		s0 += x0[i]
		s1 += x1[i]
		s2 += x2[i]
		s3 += x3[i]
	}
	fn := float32(n)
	m0, m1, m2, m3 := s0/fn, s1/fn, s2/fn, s3/fn
	var v0, v1, v2, v3 float32
	for i := range x0 {
		a, b, c, d := x0[i]-m0, x1[i]-m1, x2[i]-m2, x3[i]-m3
		d0[i], d1[i], d2[i], d3[i] = a, b, c, d
		v0 += float32(a * a)
		v1 += float32(b * b)
		v2 += float32(c * c)
		v3 += float32(d * d)
	}
	for k, v := range [4]float32{v0, v1, v2, v3} {
		r := fmath.Rsqrt(v/fn + eps)
		row := dst[k*n : (k+1)*n]
		for i, d := range row {
			row[i] = float32(d * r)
		}
	}
}

// Argmax returns, for every row (last axis) of an F32 or I32 tensor, the
// index of its largest element as an I32 tensor with the last axis removed
// (a 1-D input gives shape [1]). Ties go to the lowest index; NaN counts as
// larger than every number (the first NaN wins).
func Argmax(t *Tensor) (*Tensor, error) {
	if err := checkNotNil("argmax", t); err != nil {
		return nil, err
	}
	if t.dtype != F32 && t.dtype != I32 {
		return nil, fmt.Errorf("%w: argmax of %v", ErrDType, t.dtype)
	}
	if len(t.shape) == 0 {
		return nil, fmt.Errorf("%w: argmax of a scalar", ErrShape)
	}
	n := t.shape[len(t.shape)-1]
	outShape := t.shape[:len(t.shape)-1]
	if len(outShape) == 0 {
		outShape = []int{1}
	}
	out := newTensor(I32, outShape)
	if t.dtype == I32 {
		for r := range out.i32 {
			row := t.i32[r*n : (r+1)*n]
			best := 0
			for i, v := range row {
				if v > row[best] {
					best = i
				}
			}
			out.i32[r] = int32(best)
		}
		return out, nil
	}
	for r := range out.i32 {
		row := t.f32[r*n : (r+1)*n]
		best := 0
		for i, v := range row {
			if isNaN(v) {
				best = i
				break
			}
			if v > row[best] {
				best = i
			}
		}
		out.i32[r] = int32(best)
	}
	return out, nil
}
