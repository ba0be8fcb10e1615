package tensor

import (
	"fmt"
	"math"
)

// ReduceOp is a reduction over some axes (see Reduce).
type ReduceOp uint8

// The reductions. Sum, Max and Min work on F32, I32 and I64; Mean on F32.
const (
	ReduceSum ReduceOp = iota + 1
	ReduceMean
	ReduceMax
	ReduceMin
	reduceEnd
)

func (op ReduceOp) String() string {
	switch op {
	case ReduceSum:
		return "reduce_sum"
	case ReduceMean:
		return "reduce_mean"
	case ReduceMax:
		return "reduce_max"
	case ReduceMin:
		return "reduce_min"
	}
	return fmt.Sprintf("reduce(%d)", uint8(op))
}

// ReduceShape returns the output shape of a reduction of shape over axes
// (each in [0, rank), no repeats; none means every axis).
func ReduceShape(op ReduceOp, dt DType, shape, axes []int, keepDims bool) ([]int, error) {
	if op == 0 || op >= reduceEnd {
		return nil, fmt.Errorf("tensor: unknown reduction %d", op)
	}
	if !(dt == F32 || (op != ReduceMean && (dt == I32 || dt == I64))) {
		return nil, fmt.Errorf("%w: %v of %v", ErrDType, op, dt)
	}
	red, err := reducedAxes(len(shape), axes)
	if err != nil {
		return nil, err
	}
	var out []int
	for a, d := range shape {
		switch {
		case !red[a]:
			out = append(out, d)
		case keepDims:
			out = append(out, 1)
		}
	}
	return out, nil
}

func reducedAxes(rank int, axes []int) ([]bool, error) {
	red := make([]bool, rank)
	if len(axes) == 0 {
		for a := range red {
			red[a] = true
		}
		return red, nil
	}
	for _, a := range axes {
		if a < 0 || a >= rank || red[a] {
			return nil, fmt.Errorf("%w: reduction axes %v of rank %d", ErrShape, axes, rank)
		}
		red[a] = true
	}
	return red, nil
}

// Reduce reduces t over axes. Canonical evaluation of each output element:
// the reduced elements are visited in row-major order of t;
// Sum: acc = 0; acc = float32(acc + x) (integers wrap); Mean:
// float32(Sum / float32(count)); Max and Min: the first element, then each
// strictly larger (smaller) one, and NaN if any element is NaN. NaNs are
// canonical.
func Reduce(op ReduceOp, t *Tensor, axes []int, keepDims bool) (*Tensor, error) {
	if err := checkNotNil(op.String(), t); err != nil {
		return nil, err
	}
	shape, err := ReduceShape(op, t.dtype, t.shape, axes, keepDims)
	if err != nil {
		return nil, err
	}
	red, _ := reducedAxes(len(t.shape), axes)
	// Offsets of the reduced elements relative to the first, in row-major
	// order, and the base offset of every output element.
	st := stridesOf(t.shape)
	var keptShape, keptStride, redShape, redStride []int
	for a, d := range t.shape {
		if red[a] {
			redShape, redStride = append(redShape, d), append(redStride, st[a])
		} else {
			keptShape, keptStride = append(keptShape, d), append(keptStride, st[a])
		}
	}
	rel := offsetsOf(redShape, redStride)
	base := offsetsOf(keptShape, keptStride)
	out := newTensor(t.dtype, shape)
	switch t.dtype {
	case F32:
		count := float32(len(rel))
		parallelFor(len(base), grainFor(len(rel), 1), func(lo, hi int) {
			o := lo
			if op == ReduceSum || op == ReduceMean {
				for ; o+4 <= hi; o += 4 {
					sum4F32(out.f32[o:o+4], t.f32, base[o:o+4], rel)
					if op == ReduceMean {
						for j := o; j < o+4; j++ {
							out.f32[j] /= count
						}
					}
				}
			}
			for ; o < hi; o++ {
				out.f32[o] = reduceF32(op, t.f32, base[o], rel, count)
			}
		})
		canonicalizeNaNs(out.f32)
	case I32:
		for o := range base {
			out.i32[o] = reduceInt(op, t.i32, base[o], rel)
		}
	case I64:
		for o := range base {
			out.i64[o] = reduceInt(op, t.i64, base[o], rel)
		}
	}
	return out, nil
}

// offsetsOf lists the offsets of every element of a box of the given shape
// and strides, in row-major order.
func offsetsOf(shape, strides []int) []int {
	out := make([]int, 0, numElements(shape))
	var rec func(a, off int)
	rec = func(a, off int) {
		if a == len(shape) {
			out = append(out, off)
			return
		}
		for i := 0; i < shape[a]; i++ {
			rec(a+1, off+i*strides[a])
		}
	}
	rec(0, 0)
	return out
}

func reduceF32(op ReduceOp, x []float32, base int, rel []int, count float32) float32 {
	switch op {
	case ReduceSum, ReduceMean:
		s := float32(0)
		for _, r := range rel {
			s += x[base+r]
		}
		if op == ReduceMean {
			return s / count
		}
		return s
	}
	m := x[base+rel[0]]
	for _, r := range rel {
		v := x[base+r]
		if isNaN(v) {
			return float32(math.NaN())
		}
		if (op == ReduceMax && v > m) || (op == ReduceMin && v < m) {
			m = v
		}
	}
	return m
}

// sum4F32 is reduceF32's Sum for four outputs at once: four independent
// sequential sums (one dependency chain each), so the adds overlap.
func sum4F32(out, x []float32, base, rel []int) {
	x0, x1, x2, x3 := x[base[0]:], x[base[1]:], x[base[2]:], x[base[3]:]
	var s0, s1, s2, s3 float32
	for _, r := range rel {
		s0 += x0[r]
		s1 += x1[r]
		s2 += x2[r]
		s3 += x3[r]
	}
	out[0], out[1], out[2], out[3] = s0, s1, s2, s3
}

func reduceInt[T int32 | int64](op ReduceOp, x []T, base int, rel []int) T {
	if op == ReduceSum {
		var s T
		for _, r := range rel {
			s += x[base+r]
		}
		return s
	}
	m := x[base+rel[0]]
	for _, r := range rel {
		if op == ReduceMax {
			m = max(m, x[base+r])
		} else {
			m = min(m, x[base+r])
		}
	}
	return m
}
