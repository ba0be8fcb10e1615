package tensor

import (
	"fmt"
	"math"
)

// Data movement: every op here computes, for each output element in
// row-major order, the index of the input element it copies (or −1 for a
// fill value), and copies. Nothing is rounded, so these ops are exact for
// every dtype but Q8.

// takeInto sets dst[i] = src[idx[i]], or fill where idx[i] < 0.
func takeInto[T any](dst, src []T, idx []int32, fill T) {
	parallelFor(len(dst), 1<<14, func(lo, hi int) {
		for i := lo; i < hi; i++ {
			if j := idx[i]; j >= 0 {
				dst[i] = src[j]
			} else {
				dst[i] = fill
			}
		}
	})
}

// take returns a tensor of t's dtype and the given shape whose element i is
// t's element idx[i], or fill (converted to the dtype) where idx[i] < 0.
func take(t *Tensor, shape []int, idx []int32, fill float64) *Tensor {
	out := newTensor(t.dtype, shape)
	switch t.dtype {
	case F32:
		takeInto(out.f32, t.f32, idx, float32(fill))
		canonicalizeNaNs(out.f32)
	case F16, BF16:
		var h uint16
		if t.dtype == F16 {
			h = f32ToF16(float32(fill))
		} else {
			h = f32ToBF16(float32(fill))
		}
		takeInto(out.u16, t.u16, idx, h)
	case I8:
		takeInto(out.i8, t.i8, idx, int8(fill))
	case I32:
		takeInto(out.i32, t.i32, idx, int32(fill))
	case I64:
		takeInto(out.i64, t.i64, idx, int64(fill))
	case Bool:
		takeInto(out.u8, t.u8, idx, b2u(fill != 0))
	}
	return out
}

func checkMovable(op string, t *Tensor) error {
	if err := checkNotNil(op, t); err != nil {
		return err
	}
	if t.dtype == Q8 {
		return fmt.Errorf("%w: %s of q8", ErrDType, op)
	}
	return nil
}

// stridesOf returns the row-major strides of shape.
func stridesOf(shape []int) []int {
	s := make([]int, len(shape))
	n := 1
	for i := len(shape) - 1; i >= 0; i-- {
		s[i] = n
		n *= shape[i]
	}
	return s
}

// indexMap builds the index of every element of an output of shape out:
// src(axis, i) gives the input coordinate along axis for output coordinate
// i, or −1 when the element is a fill value.
func indexMap(out, in []int, src func(axis, i int) int) []int32 {
	st := stridesOf(in)
	// Per-axis tables: the input offset contributed by each output
	// coordinate (−1 for fill).
	tables := make([][]int, len(out))
	for a, n := range out {
		tables[a] = make([]int, n)
		for i := range tables[a] {
			j := src(a, i)
			if j < 0 {
				tables[a][i] = -1
			} else {
				tables[a][i] = j * st[a]
			}
		}
	}
	idx := make([]int32, numElements(out))
	var cBuf [MaxRank]int
	c := cBuf[:len(out)]
	for i := range idx {
		off := 0
		for a, t := range tables {
			v := t[c[a]]
			if v < 0 {
				off = -1
				break
			}
			off += v
		}
		idx[i] = int32(off)
		for a := len(out) - 1; a >= 0; a-- {
			c[a]++
			if c[a] < out[a] {
				break
			}
			c[a] = 0
		}
	}
	return idx
}

// SliceParams selects, along every axis, Size elements starting at Start
// and Step apart (Step may be negative, not zero).
type SliceParams struct {
	Start, Step, Size []int
}

// SliceShape returns the output shape of Slice after checking that every
// selected index lies inside shape.
func SliceShape(shape []int, p SliceParams) ([]int, error) {
	r := len(shape)
	if len(p.Start) != r || len(p.Step) != r || len(p.Size) != r {
		return nil, fmt.Errorf("%w: slice of rank %d with %d/%d/%d parameters", ErrShape, r, len(p.Start), len(p.Step), len(p.Size))
	}
	for a, d := range shape {
		first, step, n := p.Start[a], p.Step[a], p.Size[a]
		last := first + (n-1)*step
		if n < 1 || step == 0 || first < 0 || first >= d || last < 0 || last >= d || step > d || step < -d {
			return nil, fmt.Errorf("%w: slice of axis %d (size %d) from %d, step %d, %d elements", ErrShape, a, d, first, step, n)
		}
	}
	return append([]int(nil), p.Size...), nil
}

// Slice returns out[i…] = t[Start + i·Step …] along every axis.
func Slice(t *Tensor, p SliceParams) (*Tensor, error) {
	if err := checkMovable("slice", t); err != nil {
		return nil, err
	}
	shape, err := SliceShape(t.shape, p)
	if err != nil {
		return nil, err
	}
	st := stridesOf(t.shape)
	off, stride := 0, make([]int, len(st))
	for a := range st {
		off += p.Start[a] * st[a]
		stride[a] = p.Step[a] * st[a]
	}
	out := newTensorUninit(t.dtype, shape)
	switch t.dtype {
	case F32:
		copyStrided(out.f32, t.f32, shape, stride, off)
		canonicalizeNaNs(out.f32)
	case F16, BF16:
		copyStrided(out.u16, t.u16, shape, stride, off)
	case I8:
		copyStrided(out.i8, t.i8, shape, stride, off)
	case I32:
		copyStrided(out.i32, t.i32, shape, stride, off)
	case I64:
		copyStrided(out.i64, t.i64, shape, stride, off)
	case Bool:
		copyStrided(out.u8, t.u8, shape, stride, off)
	}
	return out, nil
}

// GatherShape returns the output shape of Gather along axis.
func GatherShape(data, indices []int, idt DType, axis int) ([]int, error) {
	if idt != I32 && idt != I64 {
		return nil, fmt.Errorf("%w: gather indices must be i32 or i64, got %v", ErrDType, idt)
	}
	if axis < 0 || axis >= len(data) {
		return nil, fmt.Errorf("%w: gather along axis %d of rank %d", ErrShape, axis, len(data))
	}
	out := append(append(append([]int(nil), data[:axis]...), indices...), data[axis+1:]...)
	if len(out) > MaxRank {
		return nil, fmt.Errorf("%w: gather result of rank %d", ErrShape, len(out))
	}
	return out, nil
}

// Gather returns data indexed along axis by indices (ONNX Gather):
// out[i…, j…, k…] = data[i…, indices[j…], k…], where a negative index
// counts from the end. An index out of range is an error.
func Gather(data, indices *Tensor, axis int) (*Tensor, error) {
	if err := checkMovable("gather", data); err != nil {
		return nil, err
	}
	if err := checkNotNil("gather", indices); err != nil {
		return nil, err
	}
	shape, err := GatherShape(data.shape, indices.shape, indices.dtype, axis)
	if err != nil {
		return nil, err
	}
	ids, _ := indices.Int64s()
	d := data.shape[axis]
	for i, v := range ids {
		if v < 0 {
			v += int64(d)
		}
		if v < 0 || v >= int64(d) {
			return nil, fmt.Errorf("%w: gather index %d out of range for size %d", ErrShape, ids[i], d)
		}
		ids[i] = v
	}
	outer := numElements(data.shape[:axis])
	inner := numElements(data.shape[axis+1:])
	idx := make([]int32, 0, numElements(shape))
	for o := 0; o < outer; o++ {
		for _, v := range ids {
			base := (o*d + int(v)) * inner
			for k := 0; k < inner; k++ {
				idx = append(idx, int32(base+k))
			}
		}
	}
	return take(data, shape, idx, 0), nil
}

// PadMode is how Pad fills the border.
type PadMode int

// The pad modes of ONNX Pad.
const (
	PadConstant PadMode = iota
	PadReflect
	PadEdge
)

// PadParams are Pad's mode, fill value and the number of elements added
// before and after every axis (negative numbers remove elements).
type PadParams struct {
	Mode       PadMode
	Value      float64
	Begin, End []int
}

// PadShape returns the output shape of Pad.
func PadShape(shape []int, p PadParams) ([]int, error) {
	if len(p.Begin) != len(shape) || len(p.End) != len(shape) || p.Mode < PadConstant || p.Mode > PadEdge {
		return nil, fmt.Errorf("%w: pad of rank %d with mode %d and %d/%d pads", ErrShape, len(shape), p.Mode, len(p.Begin), len(p.End))
	}
	out := make([]int, len(shape))
	for a, d := range shape {
		if p.Begin[a] > maxElements || p.End[a] > maxElements {
			return nil, fmt.Errorf("%w: pad of %d, %d", ErrShape, p.Begin[a], p.End[a])
		}
		out[a] = d + p.Begin[a] + p.End[a]
		if out[a] < 1 || (p.Mode == PadReflect && (p.Begin[a] >= d || p.End[a] >= d)) {
			return nil, fmt.Errorf("%w: pad of axis %d (size %d) by %d, %d in mode %d", ErrShape, a, d, p.Begin[a], p.End[a], p.Mode)
		}
	}
	return out, checkShape(F32, out)
}

// Pad returns t extended by p.Begin and p.End elements along every axis
// (ONNX Pad): filled with p.Value (converted to t's dtype), or mirrored
// without repeating the border element (reflect), or copies of the border
// element (edge).
func Pad(t *Tensor, p PadParams) (*Tensor, error) {
	if err := checkMovable("pad", t); err != nil {
		return nil, err
	}
	shape, err := PadShape(t.shape, p)
	if err != nil {
		return nil, err
	}
	if t.dtype == F32 && math.IsNaN(p.Value) {
		p.Value = float64(canonicalNaN)
	}
	idx := indexMap(shape, t.shape, func(a, i int) int {
		d := t.shape[a]
		j := i - p.Begin[a]
		switch {
		case j >= 0 && j < d:
			return j
		case p.Mode == PadEdge:
			return min(max(j, 0), d-1)
		case p.Mode == PadReflect:
			for j < 0 || j >= d {
				if j < 0 {
					j = -j
				}
				if j >= d {
					j = 2*(d-1) - j
				}
			}
			return j
		}
		return -1
	})
	return take(t, shape, idx, p.Value), nil
}

// ExpandShape returns the shape of Expand: the broadcast of shape and to.
func ExpandShape(shape, to []int) ([]int, error) {
	out, err := BroadcastShape(shape, to)
	if err != nil {
		return nil, fmt.Errorf("expand: %w", err)
	}
	return out, checkShape(F32, out)
}

// Expand broadcasts t to the broadcast of its shape and to (ONNX Expand).
func Expand(t *Tensor, to []int) (*Tensor, error) {
	if err := checkMovable("expand", t); err != nil {
		return nil, err
	}
	shape, err := ExpandShape(t.shape, to)
	if err != nil {
		return nil, err
	}
	idx := make([]int32, numElements(shape))
	newBView(t.shape, shape).offsets(0, len(idx), idx)
	return take(t, shape, idx, 0), nil
}

// TileShape returns the shape of Tile.
func TileShape(shape, repeats []int) ([]int, error) {
	if len(repeats) != len(shape) {
		return nil, fmt.Errorf("%w: tile of rank %d with %d repeats", ErrShape, len(shape), len(repeats))
	}
	out := make([]int, len(shape))
	for a, d := range shape {
		if repeats[a] < 1 || repeats[a] > maxElements/d {
			return nil, fmt.Errorf("%w: tile repeats %v", ErrShape, repeats)
		}
		out[a] = d * repeats[a]
	}
	return out, checkShape(F32, out)
}

// Tile repeats t repeats[a] times along every axis a.
func Tile(t *Tensor, repeats []int) (*Tensor, error) {
	if err := checkMovable("tile", t); err != nil {
		return nil, err
	}
	shape, err := TileShape(t.shape, repeats)
	if err != nil {
		return nil, err
	}
	return take(t, shape, indexMap(shape, t.shape, func(a, i int) int { return i % t.shape[a] }), 0), nil
}
