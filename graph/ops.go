package graph

import (
	"fmt"
	"math"

	"github.com/opml-dev/opml/tensor"
)

// Op identifies a node operation. The numbers are part of the descriptor
// format and never change meaning.
type Op uint32

// The operations. Operands are listed in order; params as they appear in
// Params (i = int32, f = float32). Ops up to OpConvert are those of package
// tensor, with its canonical evaluations; the rest are defined here.
const (
	OpMatMul      Op = iota + 1 // (w, x) → tensor.MatMul
	OpMatMulI8                  // (w, x) → tensor.MatMulI8
	OpRequantize                // (x; i multiplier, i shift) → tensor.Requantize
	OpAdd                       // (a, b) → tensor.Add
	OpMul                       // (a, b) → tensor.Mul
	OpScale                     // (x; f s) → tensor.Scale
	OpRelu                      // (x) → tensor.Relu
	OpGelu                      // (x) → tensor.Gelu
	OpSilu                      // (x) → tensor.Silu
	OpSoftmax                   // (x) → tensor.Softmax
	OpRMSNorm                   // (x; f eps) → tensor.RMSNorm
	OpLayerNorm                 // (x; f eps) → tensor.LayerNorm
	OpArgmax                    // (x) → tensor.Argmax for F32; the same rule for I32 (see argmaxI32)
	OpPermute                   // (x; i axes...) → tensor.Permute
	OpTranspose                 // (x) → tensor.Transpose
	OpConcat                    // (x1..x4; i axis) → tensor.Concat
	OpGetRows                   // (table, ids) → tensor.GetRows
	OpRoPE                      // (x, pos; f base) → tensor.RoPE
	OpReshape                   // (x; i dims...) → tensor.Reshape
	OpConv2D                    // (x, w[, bias]; i stride, i padding) → tensor.Conv2D
	OpMaxPool2D                 // (x; i k, i stride, i padding) → tensor.MaxPool2D
	OpAvgPool2D                 // (x; i k, i stride, i padding) → tensor.AvgPool2D
	OpConvert                   // (x; i dtype) → tensor.Convert
	OpLinear                    // (w, x, b) → linear: x·wᵀ accumulated from the bias
	OpRequantRows               // (x, m, s; i lo, i hi, i dtype, i unsigned) → requantRows
	OpAddI32                    // (a, b) → addI32: wrapping int32 addition with broadcast
	opEnd
)

var opNames = [opEnd]string{
	OpMatMul: "matmul", OpMatMulI8: "matmul_i8", OpRequantize: "requantize", OpAdd: "add", OpMul: "mul",
	OpScale: "scale", OpRelu: "relu", OpGelu: "gelu", OpSilu: "silu", OpSoftmax: "softmax",
	OpRMSNorm: "rms_norm", OpLayerNorm: "layer_norm", OpArgmax: "argmax", OpPermute: "permute",
	OpTranspose: "transpose", OpConcat: "concat", OpGetRows: "get_rows", OpRoPE: "rope",
	OpReshape: "reshape", OpConv2D: "conv2d", OpMaxPool2D: "max_pool2d", OpAvgPool2D: "avg_pool2d",
	OpConvert: "convert", OpLinear: "linear", OpRequantRows: "requant_rows", OpAddI32: "add_i32",
}

func (op Op) String() string {
	if op > 0 && op < opEnd {
		return opNames[op]
	}
	return fmt.Sprintf("op(%d)", uint32(op))
}

// Param is one node parameter: an int32 or the bit pattern of a float32.
type Param struct {
	Float bool
	Bits  uint32
}

// Int returns an int32 parameter.
func Int(v int32) Param { return Param{Bits: uint32(v)} }

// Float returns a float32 parameter (its exact bit pattern).
func Float(f float32) Param { return Param{Float: true, Bits: math.Float32bits(f)} }

// Params is a node's parameter list.
type Params []Param

// Ints returns int32 parameters for vs.
func Ints(vs ...int) Params {
	p := make(Params, len(vs))
	for i, v := range vs {
		p[i] = Int(int32(v))
	}
	return p
}

// ints returns every parameter as an int after checking that there are
// between min and max of them, all int32.
func (p Params) ints(op Op, lo, hi int) ([]int, error) {
	if len(p) < lo || len(p) > hi {
		return nil, fmt.Errorf("%w: %v takes %d..%d int params, got %d", ErrGraph, op, lo, hi, len(p))
	}
	out := make([]int, len(p))
	for i, q := range p {
		if q.Float {
			return nil, fmt.Errorf("%w: %v param %d must be an int", ErrGraph, op, i)
		}
		out[i] = int(int32(q.Bits))
	}
	return out, nil
}

// float returns the single float32 parameter.
func (p Params) float(op Op) (float32, error) {
	if len(p) != 1 || !p[0].Float {
		return 0, fmt.Errorf("%w: %v takes one float param, got %v", ErrGraph, op, p)
	}
	return math.Float32frombits(p[0].Bits), nil
}

// arity is the number of operands an op takes (lo..hi).
func arity(op Op) (lo, hi int) {
	switch op {
	case OpMatMul, OpMatMulI8, OpAdd, OpMul, OpGetRows, OpRoPE, OpAddI32:
		return 2, 2
	case OpConcat:
		return 1, MaxInputs
	case OpConv2D:
		return 2, 3
	case OpLinear, OpRequantRows:
		return 3, 3
	}
	return 1, 1
}

// evalOp applies op to its operands. It never panics on bad operands or
// params: the tensor ops and the ops below return errors.
func evalOp(op Op, p Params, in []*tensor.Tensor) (*tensor.Tensor, error) {
	if op == 0 || op >= opEnd {
		return nil, fmt.Errorf("%w: unknown op %d", ErrGraph, uint32(op))
	}
	if lo, hi := arity(op); len(in) < lo || len(in) > hi {
		return nil, fmt.Errorf("%w: %v takes %d..%d operands, got %d", ErrGraph, op, lo, hi, len(in))
	}
	for i, t := range in {
		if t == nil {
			return nil, fmt.Errorf("%w: %v operand %d is nil", ErrGraph, op, i)
		}
	}
	noParams := func() error {
		if len(p) != 0 {
			return fmt.Errorf("%w: %v takes no params, got %d", ErrGraph, op, len(p))
		}
		return nil
	}
	switch op {
	case OpMatMul, OpMatMulI8, OpAdd, OpMul, OpRelu, OpGelu, OpSilu, OpSoftmax, OpArgmax, OpTranspose,
		OpGetRows, OpLinear, OpAddI32:
		if err := noParams(); err != nil {
			return nil, err
		}
	}
	switch op {
	case OpMatMul:
		return tensor.MatMul(in[0], in[1])
	case OpMatMulI8:
		return tensor.MatMulI8(in[0], in[1])
	case OpRequantize:
		v, err := p.ints(op, 2, 2)
		if err != nil {
			return nil, err
		}
		return tensor.Requantize(in[0], int32(v[0]), v[1])
	case OpAdd:
		return tensor.Add(in[0], in[1])
	case OpMul:
		return tensor.Mul(in[0], in[1])
	case OpScale:
		s, err := p.float(op)
		if err != nil {
			return nil, err
		}
		return tensor.Scale(in[0], s)
	case OpRelu:
		return tensor.Relu(in[0])
	case OpGelu:
		return tensor.Gelu(in[0])
	case OpSilu:
		return tensor.Silu(in[0])
	case OpSoftmax:
		return tensor.Softmax(in[0])
	case OpRMSNorm, OpLayerNorm:
		eps, err := p.float(op)
		if err != nil {
			return nil, err
		}
		if op == OpRMSNorm {
			return tensor.RMSNorm(in[0], eps)
		}
		return tensor.LayerNorm(in[0], eps)
	case OpArgmax:
		if in[0].DType() == tensor.I32 {
			return argmaxI32(in[0])
		}
		return tensor.Argmax(in[0])
	case OpPermute:
		axes, err := p.ints(op, 1, MaxRank)
		if err != nil {
			return nil, err
		}
		return tensor.Permute(in[0], axes...)
	case OpTranspose:
		return tensor.Transpose(in[0])
	case OpConcat:
		v, err := p.ints(op, 1, 1)
		if err != nil {
			return nil, err
		}
		return tensor.Concat(v[0], in...)
	case OpGetRows:
		return tensor.GetRows(in[0], in[1])
	case OpRoPE:
		base, err := p.float(op)
		if err != nil {
			return nil, err
		}
		return tensor.RoPE(in[0], in[1], base)
	case OpReshape:
		dims, err := p.ints(op, 1, MaxRank)
		if err != nil {
			return nil, err
		}
		// Reshape shares storage with its operand; values are never
		// modified, so sharing is safe.
		return tensor.Reshape(in[0], dims...)
	case OpConv2D:
		v, err := p.ints(op, 2, 2)
		if err != nil {
			return nil, err
		}
		var bias *tensor.Tensor
		if len(in) == 3 {
			bias = in[2]
		}
		return tensor.Conv2D(in[0], in[1], bias, tensor.Conv2DParams{Stride: v[0], Padding: v[1]})
	case OpMaxPool2D, OpAvgPool2D:
		v, err := p.ints(op, 3, 3)
		if err != nil {
			return nil, err
		}
		cp := tensor.Conv2DParams{Stride: v[1], Padding: v[2]}
		if op == OpMaxPool2D {
			return tensor.MaxPool2D(in[0], v[0], cp)
		}
		return tensor.AvgPool2D(in[0], v[0], cp)
	case OpConvert:
		v, err := p.ints(op, 1, 1)
		if err != nil {
			return nil, err
		}
		if v[0] < int(tensor.F32) || v[0] > int(tensor.I32) {
			return nil, fmt.Errorf("%w: convert to unknown dtype %d", ErrGraph, v[0])
		}
		return tensor.Convert(in[0], tensor.DType(v[0]))
	case OpLinear:
		return linear(in[0], in[1], in[2])
	case OpRequantRows:
		v, err := p.ints(op, 4, 4)
		if err != nil {
			return nil, err
		}
		return requantRows(in[0], in[1], in[2], int32(v[0]), int32(v[1]), tensor.DType(v[2]), v[3])
	case OpAddI32:
		return addI32(in[0], in[1])
	}
	return nil, fmt.Errorf("%w: op %v has no evaluation", ErrGraph, op)
}

// broadcastTrailing reports whether b's shape equals the trailing
// dimensions of a's (the broadcast rule of tensor.Add).
func broadcastTrailing(a, b []int) bool {
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

// linear returns out[..., n] for w [N, K], x [..., K] and b [N], all F32,
// evaluated canonically as
//
//	acc = b[n]; for k = 0..K−1 { acc = float32(acc + float32(w[n,k]·x[m,k])) }
//
// (the bias starts the sum, as in models/mnist MLP.Logits; tensor.MatMul
// followed by tensor.Add would round differently). NaNs are canonical.
func linear(w, x, b *tensor.Tensor) (*tensor.Tensor, error) {
	for _, t := range []*tensor.Tensor{w, x, b} {
		if t.DType() != tensor.F32 {
			return nil, fmt.Errorf("%w: linear needs f32 operands, got %v", tensor.ErrDType, t.DType())
		}
	}
	ws, xs, bs := w.Shape(), x.Shape(), b.Shape()
	if len(ws) != 2 || xs[len(xs)-1] != ws[1] || len(bs) != 1 || bs[0] != ws[0] {
		return nil, fmt.Errorf("%w: linear needs w [N, K], x [..., K], b [N]; got %v, %v, %v", tensor.ErrShape, ws, xs, bs)
	}
	N, K := ws[0], ws[1]
	M := x.Len() / K
	wv, _ := w.Float32s()
	xv, _ := x.Float32s()
	bv, _ := b.Float32s()
	out := make([]float32, M*N)
	linearRows(out, wv, xv, bv, M, N, K)
	outShape := append(xs[:len(xs)-1:len(xs)-1], N)
	// FromFloat32 canonicalizes NaNs.
	return tensor.FromFloat32(out, outShape...)
}

// requantRows maps x [..., N] (I32, or I8 read as signed or, if unsigned
// is 1, as unsigned bytes) with per-channel multipliers m and shifts s (I32
// of N elements, or of one element applied to every channel) to dtype (I8
// or I32):
//
//	r   = (int64(x)·int64(m[n]) + 2^(s[n]−1)) >> s[n]   (arithmetic shift)
//	out = clamp(int32(r), lo, hi)                        (int32(r) wraps)
//
// which is models/mnist's requant followed by its clamping. Every s must be
// in [1, 62]; for I8 output, [lo, hi] must lie in [−128, 127].
func requantRows(x, m, s *tensor.Tensor, lo, hi int32, dtype tensor.DType, unsigned int) (*tensor.Tensor, error) {
	switch {
	case x.DType() != tensor.I32 && x.DType() != tensor.I8:
		return nil, fmt.Errorf("%w: requant_rows input must be i32 or i8, got %v", tensor.ErrDType, x.DType())
	case m.DType() != tensor.I32 || s.DType() != tensor.I32:
		return nil, fmt.Errorf("%w: requant_rows multipliers and shifts must be i32", tensor.ErrDType)
	case unsigned != 0 && (unsigned != 1 || x.DType() != tensor.I8):
		return nil, fmt.Errorf("%w: requant_rows unsigned flag %d (only 1, for i8 input)", ErrGraph, unsigned)
	case lo > hi:
		return nil, fmt.Errorf("%w: requant_rows clamp [%d, %d] is empty", ErrGraph, lo, hi)
	case dtype == tensor.I8 && (lo < -128 || hi > 127):
		return nil, fmt.Errorf("%w: requant_rows clamp [%d, %d] exceeds i8", ErrGraph, lo, hi)
	case dtype != tensor.I8 && dtype != tensor.I32:
		return nil, fmt.Errorf("%w: requant_rows output must be i8 or i32, got %v", tensor.ErrDType, dtype)
	}
	shape := x.Shape()
	N := shape[len(shape)-1]
	if m.Len() != s.Len() || (m.Len() != N && m.Len() != 1) {
		return nil, fmt.Errorf("%w: requant_rows of %v with %d multipliers and %d shifts", tensor.ErrShape, shape, m.Len(), s.Len())
	}
	xv, _ := x.Int32s()
	mv, _ := m.Int32s()
	sv, _ := s.Int32s()
	for _, sh := range sv {
		if sh < 1 || sh > 62 {
			return nil, fmt.Errorf("%w: requant_rows shift %d outside [1, 62]", ErrGraph, sh)
		}
	}
	out := make([]int32, len(xv))
	for i, v := range xv {
		c := 0
		if len(mv) > 1 {
			c = i % N
		}
		if unsigned == 1 {
			v &= 0xFF
		}
		r := int32((int64(v)*int64(mv[c]) + int64(1)<<(sv[c]-1)) >> sv[c])
		out[i] = min(max(r, lo), hi)
	}
	if dtype == tensor.I32 {
		return tensor.FromInt32(out, shape...)
	}
	q := make([]int8, len(out))
	for i, v := range out {
		q[i] = int8(v)
	}
	return tensor.FromInt8(q, shape...)
}

// addI32 returns a + b for I32 tensors in wrapping int32 arithmetic, b
// broadcast over a's leading axes as in tensor.Add (a bias [N] added to
// [M, N]).
func addI32(a, b *tensor.Tensor) (*tensor.Tensor, error) {
	if a.DType() != tensor.I32 || b.DType() != tensor.I32 {
		return nil, fmt.Errorf("%w: add_i32 needs i32 operands, got %v and %v", tensor.ErrDType, a.DType(), b.DType())
	}
	if !broadcastTrailing(a.Shape(), b.Shape()) {
		return nil, fmt.Errorf("%w: add_i32 of %v and %v (b must match a's trailing dimensions)", tensor.ErrShape, a.Shape(), b.Shape())
	}
	av, _ := a.Int32s()
	bv, _ := b.Int32s()
	for i := range av {
		av[i] += bv[i%len(bv)]
	}
	return tensor.FromInt32(av, a.Shape()...)
}

// argmaxI32 is tensor.Argmax for I32 tensors: the index of the largest
// element of every row (last axis), the lowest on ties, as an I32 tensor
// with the last axis removed ([1] for a 1-D input).
func argmaxI32(t *tensor.Tensor) (*tensor.Tensor, error) {
	shape := t.Shape()
	n := shape[len(shape)-1]
	outShape := shape[:len(shape)-1]
	if len(outShape) == 0 {
		outShape = []int{1}
	}
	v, _ := t.Int32s()
	out := make([]int32, len(v)/n)
	for r := range out {
		row := v[r*n : (r+1)*n]
		best := 0
		for i, x := range row {
			if x > row[best] {
				best = i
			}
		}
		out[r] = int32(best)
	}
	return tensor.FromInt32(out, outShape...)
}
