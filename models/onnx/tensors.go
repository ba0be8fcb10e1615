package onnx

import (
	"encoding/binary"
	"fmt"
	"math"

	"github.com/opml-dev/opml/graph"
	"github.com/opml-dev/opml/tensor"
)

// dtypeOf maps an ONNX element type to the opml dtype that holds it.
func dtypeOf(t int64) (tensor.DType, bool) {
	switch t {
	case typeFloat:
		return tensor.F32, true
	case typeInt32:
		return tensor.I32, true
	case typeInt64:
		return tensor.I64, true
	case typeBool:
		return tensor.Bool, true
	case typeInt8:
		return tensor.I8, true
	case typeFloat16:
		return tensor.F16, true
	case typeBFloat16:
		return tensor.BF16, true
	}
	return 0, false
}

// onnxType is the ONNX element type of an opml dtype (for outputs and
// tests).
func onnxType(d tensor.DType) int64 {
	switch d {
	case tensor.F32:
		return typeFloat
	case tensor.I32:
		return typeInt32
	case tensor.I64:
		return typeInt64
	case tensor.Bool:
		return typeBool
	case tensor.I8:
		return typeInt8
	case tensor.F16:
		return typeFloat16
	case tensor.BF16:
		return typeBFloat16
	}
	return 0
}

// tensorOf decodes an initializer or constant. A tensor with a zero
// dimension decodes to an empty value (ok, with a nil tensor): ONNX uses
// those for absent optional inputs, such as Resize's roi.
func tensorOf(ts *Tensor) (t *tensor.Tensor, dims []int, err error) {
	if ts.External {
		return nil, nil, unsupported("tensor %q stores its data in an external file", ts.Name)
	}
	dims = make([]int, 0, len(ts.Dims))
	n := 1
	for _, d := range ts.Dims {
		if d < 0 || d > maxElements || (d > 0 && n > maxElements/int(d)) {
			return nil, nil, unsupported("tensor %q has shape %v", ts.Name, ts.Dims)
		}
		n *= int(d)
		dims = append(dims, int(d))
	}
	if len(dims) > graph.MaxRank {
		return nil, nil, unsupported("tensor %q has rank %d (at most %d)", ts.Name, len(dims), graph.MaxRank)
	}
	dt, ok := dtypeOf(ts.DataType)
	if !ok {
		return nil, nil, unsupported("tensor %q has data type %s (opml reads FLOAT, INT64, INT32, BOOL, INT8, FLOAT16, BFLOAT16)", ts.Name, typeName(ts.DataType))
	}
	if n == 0 {
		return nil, dims, nil
	}
	size := tensor.ElemSize(dt)
	var raw []byte
	switch {
	case ts.HasRaw:
		raw = ts.Raw
	case dt == tensor.F32:
		if len(ts.Floats) != n {
			return nil, nil, fmt.Errorf("%w: tensor %q has %d float_data values, its shape %v needs %d", ErrFormat, ts.Name, len(ts.Floats), ts.Dims, n)
		}
		raw = make([]byte, 0, 4*n)
		for _, v := range ts.Floats {
			raw = binary.LittleEndian.AppendUint32(raw, math.Float32bits(v))
		}
	case dt == tensor.I64:
		if len(ts.Int64s) != n {
			return nil, nil, fmt.Errorf("%w: tensor %q has %d int64_data values, its shape %v needs %d", ErrFormat, ts.Name, len(ts.Int64s), ts.Dims, n)
		}
		raw = make([]byte, 0, 8*n)
		for _, v := range ts.Int64s {
			raw = binary.LittleEndian.AppendUint64(raw, uint64(v))
		}
	default:
		// int32_data holds INT32 and BOOL values and the bit patterns of
		// FLOAT16, BFLOAT16 and INT8 elements, one per value.
		if len(ts.Int32s) != n {
			return nil, nil, fmt.Errorf("%w: tensor %q has %d int32_data values, its shape %v needs %d", ErrFormat, ts.Name, len(ts.Int32s), ts.Dims, n)
		}
		raw = make([]byte, 0, size*n)
		for _, v := range ts.Int32s {
			for j := range size {
				raw = append(raw, byte(v>>(8*j)))
			}
		}
	}
	if len(raw) != n*size {
		return nil, nil, fmt.Errorf("%w: tensor %q has %d raw bytes, its shape %v needs %d", ErrFormat, ts.Name, len(raw), ts.Dims, n*size)
	}
	t, err = tensor.FromBytes(dt, raw, dims...)
	if err != nil {
		return nil, nil, fmt.Errorf("%w: tensor %q: %w", ErrFormat, ts.Name, err)
	}
	return t, dims, nil
}

// scalarTensor returns a rank-0 tensor of dtype holding v.
func scalarTensor(dt tensor.DType, v float64) (*tensor.Tensor, error) {
	switch dt {
	case tensor.F32:
		return tensor.FromFloat32([]float32{float32(v)})
	case tensor.I32:
		return tensor.FromInt32([]int32{int32(v)})
	case tensor.I64:
		return tensor.FromInt64([]int64{int64(v)})
	case tensor.Bool:
		return tensor.FromBool([]bool{v != 0})
	}
	return nil, unsupported("a %v scalar", dt)
}

func int64Tensor(v []int64) *tensor.Tensor {
	t, _ := tensor.FromInt64(v, len(v))
	return t
}
