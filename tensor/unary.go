package tensor

import (
	"fmt"
	"math"

	"github.com/opml-dev/opml/internal/fmath"
)

// UnaryOp is an elementwise operation on one tensor (see Unary).
type UnaryOp uint8

// The unary operations. All work on F32; Neg, Abs and Clip also on I32
// and I64; Not only on Bool. HardSigmoid, LeakyRelu, Elu and Clip take
// parameters (see Unary).
const (
	UnSqrt UnaryOp = iota + 1
	UnExp
	UnLog
	UnErf
	UnTanh
	UnSigmoid
	UnNeg
	UnAbs
	UnReciprocal
	UnFloor
	UnCeil
	UnRound
	UnHardSigmoid
	UnLeakyRelu
	UnClip
	UnHardSwish
	UnElu
	UnSoftplus
	UnNot
	unEnd
)

var unaryNames = [unEnd]string{
	UnSqrt: "sqrt", UnExp: "exp", UnLog: "log", UnErf: "erf", UnTanh: "tanh", UnSigmoid: "sigmoid", UnNeg: "neg",
	UnAbs: "abs", UnReciprocal: "reciprocal", UnFloor: "floor", UnCeil: "ceil", UnRound: "round",
	UnHardSigmoid: "hard_sigmoid", UnLeakyRelu: "leaky_relu", UnClip: "clip", UnHardSwish: "hard_swish",
	UnElu: "elu", UnSoftplus: "softplus", UnNot: "not",
}

func (op UnaryOp) String() string {
	if op > 0 && op < unEnd {
		return unaryNames[op]
	}
	return fmt.Sprintf("unary(%d)", uint8(op))
}

// UnaryParams returns the number of float32 parameters op takes.
func UnaryParams(op UnaryOp) int {
	switch op {
	case UnHardSigmoid, UnClip:
		return 2
	case UnLeakyRelu, UnElu:
		return 1
	}
	return 0
}

// exact applies an exact float64 function (floor, ceil, round) to a
// float32; the result is representable, so no rounding happens.
func exact(f func(float64) float64) func(float32) float32 {
	return func(x float32) float32 { return float32(f(float64(x))) }
}

// hardSigmoid is max(0, min(1, float32(float32(α·x) + β))); NaN stays NaN.
func hardSigmoid(x, alpha, beta float32) float32 {
	if isNaN(x) {
		return canonicalNaN
	}
	v := float32(alpha*x) + beta
	if v < 0 {
		return 0
	}
	if v > 1 {
		return 1
	}
	return v
}

// unaryF32 returns the canonical float evaluation of op with params p.
func unaryF32(op UnaryOp, p []float32) func(float32) float32 {
	switch op {
	case UnSqrt:
		return fmath.Sqrt
	case UnExp:
		return fmath.Exp
	case UnLog:
		return fmath.Log
	case UnErf:
		return fmath.Erf
	case UnTanh:
		return fmath.Tanh
	case UnSigmoid:
		return fmath.Sigmoid
	case UnNeg:
		return func(x float32) float32 { return -x }
	case UnAbs:
		return func(x float32) float32 { return math.Float32frombits(math.Float32bits(x) &^ (1 << 31)) }
	case UnReciprocal:
		return func(x float32) float32 { return 1 / x }
	case UnFloor:
		return exact(math.Floor)
	case UnCeil:
		return exact(math.Ceil)
	case UnRound:
		return exact(math.RoundToEven)
	case UnHardSigmoid:
		return func(x float32) float32 { return hardSigmoid(x, p[0], p[1]) }
	case UnHardSwish:
		return func(x float32) float32 { return float32(x * hardSigmoid(x, float32(1)/6, 0.5)) }
	case UnLeakyRelu:
		return func(x float32) float32 {
			if x < 0 {
				return float32(p[0] * x)
			}
			return x
		}
	case UnElu:
		return func(x float32) float32 {
			if x < 0 {
				return float32(p[0] * (fmath.Exp(x) - 1))
			}
			return x
		}
	case UnSoftplus:
		return func(x float32) float32 {
			if x > 20 {
				return x
			}
			return float32(fmath.Log64(1 + fmath.Exp64(float64(x))))
		}
	case UnClip:
		return func(x float32) float32 {
			if isNaN(x) {
				return canonicalNaN
			}
			return min(max(x, p[0]), p[1])
		}
	}
	return nil
}

// UnaryShape checks that op applies to dtype dt with n params.
func UnaryShape(op UnaryOp, dt DType, n int) error {
	if op == 0 || op >= unEnd {
		return fmt.Errorf("tensor: unknown unary op %d", op)
	}
	if n != UnaryParams(op) {
		return fmt.Errorf("tensor: %v takes %d params, got %d", op, UnaryParams(op), n)
	}
	switch {
	case op == UnNot:
		if dt == Bool {
			return nil
		}
	case dt == F32:
		return nil
	case dt == I32 || dt == I64:
		if op == UnNeg || op == UnAbs || op == UnClip {
			return nil
		}
	}
	return fmt.Errorf("%w: %v of %v", ErrDType, op, dt)
}

// Unary applies op to every element of t. Canonical evaluations: Sqrt,
// Exp, Log, Erf, Tanh and Sigmoid are fmath's; Reciprocal is 1/x;
// Floor, Ceil and Round (half to even) are exact; HardSigmoid(α, β) is
// max(0, min(1, float32(float32(α·x) + β))); HardSwish is
// float32(x·HardSigmoid(1/6, 0.5)(x)); LeakyRelu(α) is float32(α·x) for
// x < 0; Elu(α) is float32(α·float32(fmath.Exp(x) − 1)) for x < 0;
// Softplus is float32(ln(1 + e^x)) in float64 (x for x > 20); Clip(lo, hi)
// is min(max(x, lo), hi) with NaN kept. Integer Neg and Abs wrap; integer
// Clip takes its bounds rounded toward zero. NaNs are canonical.
func Unary(op UnaryOp, t *Tensor, p ...float32) (*Tensor, error) {
	if err := checkNotNil(op.String(), t); err != nil {
		return nil, err
	}
	if err := UnaryShape(op, t.dtype, len(p)); err != nil {
		return nil, err
	}
	out := newTensorUninit(t.dtype, t.shape) // every element is written
	switch t.dtype {
	case F32:
		if slice := unarySlice(op, p); slice != nil {
			parallelFor(len(out.f32), grainFor(64, 16), func(lo, hi int) {
				slice(out.f32[lo:hi], t.f32[lo:hi])
				canonicalizeNaNs(out.f32[lo:hi])
			})
			break
		}
		f := unaryF32(op, p)
		parallelFor(len(out.f32), grainFor(64, 1), func(lo, hi int) {
			for i := lo; i < hi; i++ {
				out.f32[i] = f(t.f32[i])
			}
			canonicalizeNaNs(out.f32[lo:hi])
		})
	case I32:
		unaryInt(out.i32, t.i32, op, p)
	case I64:
		unaryInt(out.i64, t.i64, op, p)
	case Bool:
		for i, v := range t.u8 {
			out.u8[i] = v ^ 1
		}
	}
	return out, nil
}

func unaryInt[T int32 | int64](dst, src []T, op UnaryOp, p []float32) {
	for i, v := range src {
		switch op {
		case UnNeg:
			dst[i] = -v
		case UnAbs:
			if v < 0 {
				v = -v
			}
			dst[i] = v
		case UnClip:
			lo, hi := clampBound[T](p[0]), clampBound[T](p[1])
			dst[i] = min(max(v, lo), hi)
		}
	}
}

// clampBound converts a float bound to the integer type, rounding toward
// zero and saturating (±Inf give the type's extremes).
func clampBound[T int32 | int64](f float32) T {
	var zero T
	if _, is32 := any(zero).(int32); is32 {
		return T(f32ToI32Sat(f))
	}
	v := int64(math.MaxInt64)
	switch {
	case isNaN(f) || f < -0x1p63:
		v = math.MinInt64
	case f < 0x1p63:
		v = int64(f)
	}
	return T(v)
}

// f32ToI32Sat truncates toward zero, saturating (NaN gives the minimum).
func f32ToI32Sat(f float32) int32 {
	switch {
	case isNaN(f) || f < -0x1p31:
		return math.MinInt32
	case f >= 0x1p31:
		return math.MaxInt32
	}
	return int32(f)
}

// f32ToI64 truncates toward zero; NaN and values outside the int64 range
// give the most negative int64 (what x86's conversion instruction
// returns, and what ONNX Runtime therefore gives on that platform).
func f32ToI64(f float32) int64 {
	if isNaN(f) || f >= 0x1p63 || f < -0x1p63 {
		return math.MinInt64
	}
	return int64(f)
}

// f32ToI32 is f32ToI64 for int32.
func f32ToI32(f float32) int32 {
	if isNaN(f) || f >= 0x1p31 || f < -0x1p31 {
		return math.MinInt32
	}
	return int32(f)
}

// CastShape checks that a tensor of dtype from can be cast to to.
func CastShape(from, to DType) error {
	ok := func(d DType) bool { return d == F32 || d == I32 || d == I64 || d == Bool }
	if (ok(from) || from == F16 || from == BF16 || from == I8) && ok(to) {
		return nil
	}
	return fmt.Errorf("%w: cast from %v to %v", ErrDType, from, to)
}

// Cast converts t to dtype (F32, I32, I64 or Bool) as ONNX Cast does:
// float to integer truncates toward zero (NaN and out-of-range values give
// the most negative integer); integers to float round to nearest even;
// integer narrowing wraps; anything to Bool is x ≠ 0 (NaN is true); Bool is
// 0 or 1. F16, BF16 and I8 sources are widened exactly first.
func Cast(t *Tensor, dtype DType) (*Tensor, error) {
	if err := checkNotNil("cast", t); err != nil {
		return nil, err
	}
	if err := CastShape(t.dtype, dtype); err != nil {
		return nil, err
	}
	if t.dtype == dtype {
		return t, nil
	}
	src := t
	switch t.dtype {
	case F16, BF16:
		f, _ := t.Float32s()
		src = &Tensor{dtype: F32, shape: t.shape, f32: f}
	case I8:
		v, _ := t.Int64s()
		src = &Tensor{dtype: I64, shape: t.shape, i64: v}
	}
	if src.dtype == dtype {
		return src, nil
	}
	out := newTensor(dtype, t.shape)
	for i := range numElements(t.shape) {
		switch src.dtype {
		case F32:
			v := src.f32[i]
			switch dtype {
			case I32:
				out.i32[i] = f32ToI32(v)
			case I64:
				out.i64[i] = f32ToI64(v)
			case Bool:
				out.u8[i] = b2u(v != 0)
			}
		case I32, I64, Bool:
			var v int64
			switch src.dtype {
			case I32:
				v = int64(src.i32[i])
			case I64:
				v = src.i64[i]
			default:
				v = int64(src.u8[i])
			}
			switch dtype {
			case F32:
				out.f32[i] = i64ToF32(v)
			case I32:
				out.i32[i] = int32(v)
			case I64:
				out.i64[i] = v
			case Bool:
				out.u8[i] = b2u(v != 0)
			}
		}
	}
	return out, nil
}

func b2u(b bool) uint8 {
	if b {
		return 1
	}
	return 0
}
