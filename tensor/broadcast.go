package tensor

import (
	"fmt"
	"math"
	"math/bits"

	"github.com/opml-dev/opml/internal/fmath"
)

// BroadcastShape returns the numpy (ONNX multidirectional) broadcast of
// shapes: shapes are aligned at their last axes, and along every axis the
// sizes must be equal or 1.
func BroadcastShape(shapes ...[]int) ([]int, error) {
	rank := 0
	for _, s := range shapes {
		rank = max(rank, len(s))
	}
	out := make([]int, rank)
	for i := range out {
		out[i] = 1
	}
	for _, s := range shapes {
		off := rank - len(s)
		for i, d := range s {
			switch {
			case d == out[off+i] || d == 1:
			case out[off+i] == 1:
				out[off+i] = d
			default:
				return nil, fmt.Errorf("%w: shapes %v do not broadcast", ErrShape, shapes)
			}
		}
	}
	return out, nil
}

// bview maps the elements of a broadcast output (row-major) to the
// elements of one operand.
type bview struct {
	out     []int
	strides []int // operand stride per output axis, 0 where it repeats
	kind    int   // 0 general, 1 same shape (offset = index), 2 one element
}

func newBView(in, out []int) bview {
	v := bview{out: out, strides: make([]int, len(out))}
	if numElements(in) == 1 {
		v.kind = 2
		return v
	}
	if len(in) == len(out) {
		same := true
		for i := range in {
			same = same && in[i] == out[i]
		}
		if same {
			v.kind = 1
			return v
		}
	}
	s := 1
	for i := len(in) - 1; i >= 0; i-- {
		if in[i] != 1 {
			v.strides[i+len(out)-len(in)] = s
		}
		s *= in[i]
	}
	return v
}

// offsets writes the operand offset of every output element lo..hi−1
// into dst[:hi−lo].
func (v bview) offsets(lo, hi int, dst []int32) {
	dst = dst[:hi-lo]
	switch v.kind {
	case 1:
		for i := range dst {
			dst[i] = int32(lo + i)
		}
		return
	case 2:
		clear(dst)
		return
	}
	r := len(v.out)
	var idxBuf [MaxRank]int
	idx := idxBuf[:r]
	rem, off := lo, 0
	for k := r - 1; k >= 0; k-- {
		idx[k] = rem % v.out[k]
		rem /= v.out[k]
		off += idx[k] * v.strides[k]
	}
	for i := range dst {
		dst[i] = int32(off)
		for k := r - 1; k >= 0; k-- {
			idx[k]++
			off += v.strides[k]
			if idx[k] < v.out[k] {
				break
			}
			off -= v.strides[k] * v.out[k]
			idx[k] = 0
		}
	}
}

// bchunk is the number of output elements a broadcast kernel maps at once.
const bchunk = 4096

// broadcastRun calls body for chunks of the output of the broadcast of the
// operand shapes, with each operand's offsets for that chunk.
func broadcastRun(out []int, ins [][]int, body func(lo, hi int, offs [][]int32)) {
	views := make([]bview, len(ins))
	for i, s := range ins {
		views[i] = newBView(s, out)
	}
	n := numElements(out)
	parallelFor(n, bchunk, func(lo, hi int) {
		offs := make([][]int32, len(views))
		for i := range offs {
			offs[i] = make([]int32, min(bchunk, hi-lo))
		}
		for c := lo; c < hi; c += bchunk {
			e := min(c+bchunk, hi)
			for i, v := range views {
				v.offsets(c, e, offs[i])
			}
			cut := make([][]int32, len(offs))
			for i := range offs {
				cut[i] = offs[i][:e-c]
			}
			body(c, e, cut)
		}
	})
}

// BinaryOp is an elementwise operation on two tensors of one dtype with
// numpy broadcasting (see Binary).
type BinaryOp uint8

// The binary operations. Arithmetic works on F32, I32 and I64 (Pow and
// PRelu on F32 only); comparisons on F32, I32 and I64 (Equal also on
// Bool) and give Bool; logical operations work on Bool.
const (
	BinAdd BinaryOp = iota + 1
	BinSub
	BinMul
	BinDiv
	BinPow
	BinMax
	BinMin
	BinPRelu
	BinEqual
	BinLess
	BinGreater
	BinLessEqual
	BinGreaterEqual
	BinAnd
	BinOr
	BinXor
	binEnd
)

var binaryNames = [binEnd]string{
	BinAdd: "add", BinSub: "sub", BinMul: "mul", BinDiv: "div", BinPow: "pow", BinMax: "max", BinMin: "min",
	BinPRelu: "prelu", BinEqual: "equal", BinLess: "less", BinGreater: "greater", BinLessEqual: "less_equal",
	BinGreaterEqual: "greater_equal", BinAnd: "and", BinOr: "or", BinXor: "xor",
}

func (op BinaryOp) String() string {
	if op > 0 && op < binEnd {
		return binaryNames[op]
	}
	return fmt.Sprintf("binary(%d)", uint8(op))
}

// binaryF32 is the canonical evaluation of each float operation (one
// rounding; NaNs are canonicalized afterwards).
var binaryF32 = [binEnd]func(x, y float32) float32{
	BinAdd: func(x, y float32) float32 { return x + y },
	BinSub: func(x, y float32) float32 { return x - y },
	BinMul: func(x, y float32) float32 { return float32(x * y) },
	BinDiv: func(x, y float32) float32 { return x / y },
	BinPow: fmath.Pow,
	BinMax: func(x, y float32) float32 {
		if isNaN(x) || isNaN(y) {
			return canonicalNaN
		}
		if y > x {
			return y
		}
		return x
	},
	BinMin: func(x, y float32) float32 {
		if isNaN(x) || isNaN(y) {
			return canonicalNaN
		}
		if y < x {
			return y
		}
		return x
	},
	BinPRelu: func(x, s float32) float32 {
		if x < 0 {
			return float32(x * s)
		}
		return x
	},
}

// intOp is the canonical evaluation of integer arithmetic: two's
// complement wrapping; division truncates toward zero, and x/0 is 0.
func intOp[T int32 | int64](op BinaryOp) func(x, y T) T {
	switch op {
	case BinAdd:
		return func(x, y T) T { return x + y }
	case BinSub:
		return func(x, y T) T { return x - y }
	case BinMul:
		return func(x, y T) T { return x * y }
	case BinDiv:
		return func(x, y T) T {
			if y == 0 {
				return 0
			}
			if y == -1 {
				return -x // wraps for the most negative value, as x/−1 does not panic
			}
			return x / y
		}
	case BinMax:
		return func(x, y T) T { return max(x, y) }
	case BinMin:
		return func(x, y T) T { return min(x, y) }
	}
	return nil
}

func compare[T int32 | int64 | float32 | uint8](op BinaryOp) func(x, y T) bool {
	switch op {
	case BinEqual:
		return func(x, y T) bool { return x == y }
	case BinLess:
		return func(x, y T) bool { return x < y }
	case BinGreater:
		return func(x, y T) bool { return x > y }
	case BinLessEqual:
		return func(x, y T) bool { return x <= y }
	case BinGreaterEqual:
		return func(x, y T) bool { return x >= y }
	}
	return nil
}

func logical(op BinaryOp) func(x, y uint8) uint8 {
	switch op {
	case BinAnd:
		return func(x, y uint8) uint8 { return x & y }
	case BinOr:
		return func(x, y uint8) uint8 { return x | y }
	case BinXor:
		return func(x, y uint8) uint8 { return x ^ y }
	}
	return nil
}

func isComparison(op BinaryOp) bool { return op >= BinEqual && op <= BinGreaterEqual }

// BinaryShape returns the dtype and shape of Binary(op, a, b) for
// operands of dtype dt and shapes sa and sb.
func BinaryShape(op BinaryOp, dt DType, sa, sb []int) (DType, []int, error) {
	if op == 0 || op >= binEnd {
		return 0, nil, fmt.Errorf("tensor: unknown binary op %d", op)
	}
	ok := false
	switch {
	case op == BinAnd || op == BinOr || op == BinXor:
		ok = dt == Bool
	case op == BinPow || op == BinPRelu:
		ok = dt == F32
	case isComparison(op):
		ok = dt == F32 || dt == I32 || dt == I64 || (dt == Bool && op == BinEqual)
	default:
		ok = dt == F32 || dt == I32 || dt == I64
	}
	if !ok {
		return 0, nil, fmt.Errorf("%w: %v of %v", ErrDType, op, dt)
	}
	shape, err := BroadcastShape(sa, sb)
	if err != nil {
		return 0, nil, fmt.Errorf("%v: %w", op, err)
	}
	if isComparison(op) {
		dt = Bool
	}
	return dt, shape, checkShape(dt, shape)
}

// Binary applies op elementwise to a and b (same dtype), broadcasting them
// numpy-style: out[i] = op(a[ia], b[ib]). Float results round once
// (float32(x·y) for Mul, IEEE division for Div, fmath.Pow for Pow; Max and
// Min give NaN when either operand is NaN and otherwise the second operand
// only when it is strictly larger, resp. smaller; PRelu(x, s) is
// float32(x·s) for x < 0, else x); NaNs are canonical.
func Binary(op BinaryOp, a, b *Tensor) (*Tensor, error) {
	if err := checkNotNil(op.String(), a, b); err != nil {
		return nil, err
	}
	if a.dtype != b.dtype {
		return nil, fmt.Errorf("%w: %v of %v and %v", ErrDType, op, a.dtype, b.dtype)
	}
	dt, shape, err := BinaryShape(op, a.dtype, a.shape, b.shape)
	if err != nil {
		return nil, err
	}
	out := newTensorUninit(dt, shape) // every element is written
	ins := [][]int{a.shape, b.shape}
	switch {
	case isComparison(op):
		switch a.dtype {
		case F32:
			compareInto(out.u8, a.f32, b.f32, shape, ins, compare[float32](op))
		case I32:
			compareInto(out.u8, a.i32, b.i32, shape, ins, compare[int32](op))
		case I64:
			compareInto(out.u8, a.i64, b.i64, shape, ins, compare[int64](op))
		case Bool:
			compareInto(out.u8, a.u8, b.u8, shape, ins, compare[uint8](op))
		}
	case dt == Bool:
		binaryInto(out.u8, a.u8, b.u8, shape, ins, logical(op))
	case dt == F32:
		binaryRowsF32(op, out.f32, a.f32, b.f32, shape, a.shape, b.shape) // NaNs canonical
	case dt == I32:
		binaryInto(out.i32, a.i32, b.i32, shape, ins, intOp[int32](op))
	case dt == I64:
		binaryInto(out.i64, a.i64, b.i64, shape, ins, intOp[int64](op))
	}
	return out, nil
}

func binaryInto[T any](dst, a, b []T, shape []int, ins [][]int, f func(x, y T) T) {
	if len(a) == len(dst) && len(b) == len(dst) {
		parallelFor(len(dst), bchunk, func(lo, hi int) {
			for i := lo; i < hi; i++ {
				dst[i] = f(a[i], b[i])
			}
		})
		return
	}
	if len(a) == len(dst) && len(b) == 1 {
		y := b[0]
		parallelFor(len(dst), bchunk, func(lo, hi int) {
			for i := lo; i < hi; i++ {
				dst[i] = f(a[i], y)
			}
		})
		return
	}
	broadcastRun(shape, ins, func(lo, hi int, offs [][]int32) {
		oa, ob := offs[0], offs[1]
		for i := range oa {
			dst[lo+i] = f(a[oa[i]], b[ob[i]])
		}
	})
}

func compareInto[T any](dst []uint8, a, b []T, shape []int, ins [][]int, f func(x, y T) bool) {
	broadcastRun(shape, ins, func(lo, hi int, offs [][]int32) {
		oa, ob := offs[0], offs[1]
		for i := range oa {
			if f(a[oa[i]], b[ob[i]]) {
				dst[lo+i] = 1
			}
		}
	})
}

// Where returns x where cond is true and y elsewhere (cond Bool; x and y of
// one dtype), all three broadcast numpy-style.
func Where(cond, x, y *Tensor) (*Tensor, error) {
	if err := checkNotNil("where", cond, x, y); err != nil {
		return nil, err
	}
	shape, err := WhereShape(cond.dtype, x.dtype, y.dtype, cond.shape, x.shape, y.shape)
	if err != nil {
		return nil, err
	}
	out := newTensor(x.dtype, shape)
	ins := [][]int{cond.shape, x.shape, y.shape}
	switch x.dtype {
	case F32:
		whereInto(out.f32, x.f32, y.f32, cond.u8, shape, ins)
	case I32:
		whereInto(out.i32, x.i32, y.i32, cond.u8, shape, ins)
	case I64:
		whereInto(out.i64, x.i64, y.i64, cond.u8, shape, ins)
	case Bool:
		whereInto(out.u8, x.u8, y.u8, cond.u8, shape, ins)
	}
	return out, nil
}

func whereInto[T any](dst, x, y []T, c []uint8, shape []int, ins [][]int) {
	broadcastRun(shape, ins, func(lo, hi int, offs [][]int32) {
		oc, ox, oy := offs[0], offs[1], offs[2]
		for i := range oc {
			if c[oc[i]] != 0 {
				dst[lo+i] = x[ox[i]]
			} else {
				dst[lo+i] = y[oy[i]]
			}
		}
	})
}

// WhereShape returns the shape of Where for operands of the given dtypes
// and shapes.
func WhereShape(ct, xt, yt DType, cs, xs, ys []int) ([]int, error) {
	if ct != Bool || xt != yt || !(xt == F32 || xt == I32 || xt == I64 || xt == Bool) {
		return nil, fmt.Errorf("%w: where(%v, %v, %v)", ErrDType, ct, xt, yt)
	}
	shape, err := BroadcastShape(cs, xs, ys)
	if err != nil {
		return nil, fmt.Errorf("where: %w", err)
	}
	return shape, checkShape(xt, shape)
}

// i64ToF32 converts an integer to the nearest float32, ties to even, with
// integer operations only (so no GOARCH can round it twice through
// float64).
func i64ToF32(v int64) float32 {
	if v == 0 {
		return 0
	}
	var sign uint32
	u := uint64(v)
	if v < 0 {
		sign = 1 << 31
		u = -u
	}
	lead := 63 - bits.LeadingZeros64(u) // position of the leading one
	if lead <= 23 {
		return math.Float32frombits(sign | uint32(lead+127)<<23 | uint32(u<<(23-lead))&0x7FFFFF)
	}
	shift := uint(lead - 23)
	m := u >> shift
	rem := u & (1<<shift - 1)
	half := uint64(1) << (shift - 1)
	if rem > half || (rem == half && m&1 == 1) {
		m++
	}
	e := uint32(lead + 127)
	if m == 1<<24 {
		m >>= 1
		e++
	}
	return math.Float32frombits(sign | e<<23 | uint32(m)&0x7FFFFF)
}
