// Package tensor owns opml's tensors and the canonical evaluation of every
// operation on them.
//
// A Tensor is a shape, a dtype and its elements. A shape may be empty (a
// scalar, one element); no dimension may be zero. Its canonical byte layout,
// returned by Bytes and accepted by FromBytes, is row-major (last axis
// fastest), densely packed, little-endian:
//
//	F32   4 bytes per element, IEEE-754 binary32
//	F16   2 bytes per element, IEEE-754 binary16
//	BF16  2 bytes per element, the top half of a binary32
//	I8    1 byte per element, two's complement
//	I32   4 bytes per element, two's complement
//	I64   8 bytes per element, two's complement
//	Bool  1 byte per element, 0 or 1
//	Q8    per block of 32 consecutive elements of a row (the last axis must
//	      be a multiple of 32): a 2-byte F16 scale d followed by 32 I8
//	      quants q; element i is d·q[i] (34 bytes per block, the GGML Q8_0
//	      layout)
//
// Every operation documents one canonical evaluation: the exact sequence
// of float32 roundings that produces each output element. Implementations
// may vectorize, unroll or run on many goroutines, but each output element
// is computed by exactly one goroutine in exactly that order, so results
// are bit-identical for every GOMAXPROCS and on every GOARCH. Products are
// rounded explicitly before they are added (no FMA contraction), elementary
// functions come from internal/fmath, and every NaN leaving an operation is
// the canonical quiet NaN 0x7FC00000.
//
// When compiled for GOARCH=mips (the opml fault-proof VM) the hot loops use
// integer soft-float from internal/fmath, which rounds exactly like the
// hardware float32 arithmetic of the native builds.
//
// # Fast kernels over raw rows
//
// DotF32, DotF16F32, DotQ8_0, DotQ4_0Q8_0, QuantizeRowQ8_0 and MatMulRaw
// work on plain slices and raw little-endian rows (RawMatrix: F32, F16 and
// GGML's Q8_0 and Q4_0 blocks, as a memory-mapped GGUF file holds them)
// for LLaMA-style models. Their canonical orders are built for SIMD:
//
//   - F32 and F16 rows: 16 lanes; element i accumulates into lane i mod 16,
//     acc = float32(acc + float32(w·x)), in increasing i (a final partial
//     group adds to the first lanes); then the fixed tree lane[l] +=
//     lane[l+8], then +4, +2, +1. F16 weights are widened exactly.
//   - Q8_0 and Q4_0 rows against Q8_0 activations: per block an exact
//     int32 sum s of the 32 products, p = float32(float32(dw·dx)·float32(s));
//     block b accumulates p into lane b mod 8; then the tree +4, +2, +1.
//   - QuantizeRowQ8_0 is ggml's quantize_row_q8_0_ref bit for bit.
//   - MatMulRaw splits output rows (never a reduction) across goroutines, so
//     results are identical for any GOMAXPROCS and batch-invariant.
//
// The lane loops run in AVX2 or AVX-512 (amd64) or NEON (arm64) assembly
// where the CPU has it, in pure Go elsewhere, and in fmath soft float in the
// VM, all with the same bits; KernelPaths, SetKernelPath and the
// OPML_KERNELS environment variable select among them.
package tensor

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"sync/atomic"
)

// DType is the element type of a tensor.
type DType uint8

// The element types. See the package documentation for their byte layout.
const (
	F32 DType = iota + 1
	F16
	BF16
	Q8
	I8
	I32
	I64
	Bool
)

// QBlock is the number of elements sharing one scale in a Q8 tensor.
const QBlock = 32

func (d DType) String() string {
	switch d {
	case F32:
		return "f32"
	case F16:
		return "f16"
	case BF16:
		return "bf16"
	case Q8:
		return "q8"
	case I8:
		return "i8"
	case I32:
		return "i32"
	case I64:
		return "i64"
	case Bool:
		return "bool"
	}
	return fmt.Sprintf("dtype(%d)", uint8(d))
}

// ErrShape reports incompatible or invalid shapes; ErrDType an unsupported
// element type for an operation. Errors returned by this package wrap one of
// them or describe invalid arguments.
var (
	ErrShape = errors.New("tensor: bad shape")
	ErrDType = errors.New("tensor: unsupported dtype")
)

// MaxRank is the largest number of dimensions of a tensor.
const MaxRank = 8

// maxElements bounds tensor sizes so element counts never overflow int on
// 32-bit platforms (MIPS).
const maxElements = 1 << 28

// Tensor is an immutable n-dimensional array. Operations never modify their
// inputs; Reshape shares storage, which is safe because nothing writes to a
// tensor after it is built.
type Tensor struct {
	dtype DType
	shape []int
	f32   []float32 // F32
	u16   []uint16  // F16, BF16 bit patterns; Q8 block scales (F16 bits)
	i8    []int8    // I8; Q8 quants
	i32   []int32   // I32
	i64   []int64   // I64
	u8    []uint8   // Bool (0 or 1)
	raw   []byte    // the canonical bytes of a tensor made by FromRaw (shared; Q8's only storage), else nil
	// packed caches f32 as the GEMM panels of a weight operand (tensors
	// are immutable, so it never goes stale; views do not share it).
	packed atomic.Pointer[packedNT]
}

// DType returns the element type.
func (t *Tensor) DType() DType { return t.dtype }

// Shape returns a copy of the shape.
func (t *Tensor) Shape() []int { return append([]int(nil), t.shape...) }

// Len returns the number of elements.
func (t *Tensor) Len() int { return numElements(t.shape) }

func numElements(shape []int) int {
	n := 1
	for _, d := range shape {
		n *= d
	}
	return n
}

func checkShape(dtype DType, shape []int) error {
	if len(shape) > MaxRank {
		return fmt.Errorf("%w: rank %d exceeds %d", ErrShape, len(shape), MaxRank)
	}
	if dtype == Q8 && len(shape) == 0 {
		return fmt.Errorf("%w: a q8 tensor needs at least one dimension", ErrShape)
	}
	n := 1
	for _, d := range shape {
		if d <= 0 {
			return fmt.Errorf("%w: dimension %d in %v", ErrShape, d, shape)
		}
		if n > maxElements/d {
			return fmt.Errorf("%w: %v has more than %d elements", ErrShape, shape, maxElements)
		}
		n *= d
	}
	if dtype == Q8 && shape[len(shape)-1]%QBlock != 0 {
		return fmt.Errorf("%w: q8 needs a last axis that is a multiple of %d, got %v", ErrShape, QBlock, shape)
	}
	return nil
}

// checkNotNil returns an error naming op if any tensor is nil.
func checkNotNil(op string, ts ...*Tensor) error {
	for _, t := range ts {
		if t == nil {
			return fmt.Errorf("tensor: %s: nil tensor", op)
		}
	}
	return nil
}

// New returns a zero tensor.
func New(dtype DType, shape ...int) (*Tensor, error) {
	if err := checkShape(dtype, shape); err != nil {
		return nil, err
	}
	return newTensor(dtype, shape), nil
}

// newTensor allocates a zero tensor for an already validated shape.
func newTensor(dtype DType, shape []int) *Tensor {
	t := newTensorUninit(dtype, shape)
	clear(t.f32)
	return t
}

// newTensorUninit is newTensor for kernels that write every element: F32
// elements start with unspecified values.
func newTensorUninit(dtype DType, shape []int) *Tensor {
	n := numElements(shape)
	t := &Tensor{dtype: dtype, shape: append([]int(nil), shape...)}
	switch dtype {
	case F32:
		t.f32 = allocF32(n)
	case F16, BF16:
		t.u16 = make([]uint16, n)
	case Q8:
		t.u16 = make([]uint16, n/QBlock)
		t.i8 = make([]int8, n)
	case I8:
		t.i8 = make([]int8, n)
	case I32:
		t.i32 = make([]int32, n)
	case I64:
		t.i64 = make([]int64, n)
	case Bool:
		t.u8 = make([]uint8, n)
	default:
		panic("tensor: newTensor with invalid dtype") // callers validate dtypes
	}
	return t
}

// FromFloat32 returns an F32 tensor holding a copy of data. NaNs are
// canonicalized.
func FromFloat32(data []float32, shape ...int) (*Tensor, error) {
	if err := checkShape(F32, shape); err != nil {
		return nil, err
	}
	if len(data) != numElements(shape) {
		return nil, fmt.Errorf("%w: %d values for shape %v", ErrShape, len(data), shape)
	}
	t := newTensor(F32, shape)
	copy(t.f32, data)
	canonicalizeNaNs(t.f32)
	return t, nil
}

// FromInt32 returns an I32 tensor holding a copy of data.
func FromInt32(data []int32, shape ...int) (*Tensor, error) {
	if err := checkShape(I32, shape); err != nil {
		return nil, err
	}
	if len(data) != numElements(shape) {
		return nil, fmt.Errorf("%w: %d values for shape %v", ErrShape, len(data), shape)
	}
	t := newTensor(I32, shape)
	copy(t.i32, data)
	return t, nil
}

// FromInt8 returns an I8 tensor holding a copy of data.
func FromInt8(data []int8, shape ...int) (*Tensor, error) {
	if err := checkShape(I8, shape); err != nil {
		return nil, err
	}
	if len(data) != numElements(shape) {
		return nil, fmt.Errorf("%w: %d values for shape %v", ErrShape, len(data), shape)
	}
	t := newTensor(I8, shape)
	copy(t.i8, data)
	return t, nil
}

// FromInt64 returns an I64 tensor holding a copy of data.
func FromInt64(data []int64, shape ...int) (*Tensor, error) {
	if err := checkShape(I64, shape); err != nil {
		return nil, err
	}
	if len(data) != numElements(shape) {
		return nil, fmt.Errorf("%w: %d values for shape %v", ErrShape, len(data), shape)
	}
	t := newTensor(I64, shape)
	copy(t.i64, data)
	return t, nil
}

// FromBool returns a Bool tensor holding a copy of data.
func FromBool(data []bool, shape ...int) (*Tensor, error) {
	if err := checkShape(Bool, shape); err != nil {
		return nil, err
	}
	if len(data) != numElements(shape) {
		return nil, fmt.Errorf("%w: %d values for shape %v", ErrShape, len(data), shape)
	}
	t := newTensor(Bool, shape)
	for i, v := range data {
		if v {
			t.u8[i] = 1
		}
	}
	return t, nil
}

// ElemSize returns the canonical size in bytes of one element of dtype
// (0 for Q8, whose elements share block scales, and unknown dtypes).
func ElemSize(dtype DType) int {
	switch dtype {
	case I64:
		return 8
	case F32, I32:
		return 4
	case F16, BF16:
		return 2
	case I8, Bool:
		return 1
	}
	return 0
}

// byteSize returns the canonical encoded size of a tensor.
func byteSize(dtype DType, n int) int {
	switch dtype {
	case I64:
		return 8 * n
	case F32, I32:
		return 4 * n
	case F16, BF16:
		return 2 * n
	case I8, Bool:
		return n
	case Q8:
		return n / QBlock * (2 + QBlock)
	}
	return -1
}

func validDType(d DType) bool { return d >= F32 && d <= Bool }

// FromBytes decodes a tensor from its canonical byte layout. Float NaNs are
// canonicalized (F32 to 0x7FC00000, F16 to 0x7E00, BF16 to 0x7FC0) and
// every non-zero Bool byte reads as 1.
func FromBytes(dtype DType, b []byte, shape ...int) (*Tensor, error) {
	if !validDType(dtype) {
		return nil, fmt.Errorf("%w: %v", ErrDType, dtype)
	}
	if err := checkShape(dtype, shape); err != nil {
		return nil, err
	}
	n := numElements(shape)
	if want := byteSize(dtype, n); len(b) != want {
		return nil, fmt.Errorf("%w: %d bytes for %v %v, want %d", ErrShape, len(b), dtype, shape, want)
	}
	t := newTensor(dtype, shape)
	le := binary.LittleEndian
	switch dtype {
	case F32:
		for i := range t.f32 {
			t.f32[i] = math.Float32frombits(le.Uint32(b[4*i:]))
		}
		canonicalizeNaNs(t.f32)
	case I32:
		for i := range t.i32 {
			t.i32[i] = int32(le.Uint32(b[4*i:]))
		}
	case I64:
		for i := range t.i64 {
			t.i64[i] = int64(le.Uint64(b[8*i:]))
		}
	case Bool:
		for i, c := range b {
			if c != 0 {
				t.u8[i] = 1
			}
		}
	case F16:
		for i := range t.u16 {
			t.u16[i] = canonicalF16(le.Uint16(b[2*i:]))
		}
	case BF16:
		for i := range t.u16 {
			t.u16[i] = canonicalBF16(le.Uint16(b[2*i:]))
		}
	case I8:
		for i := range t.i8 {
			t.i8[i] = int8(b[i])
		}
	case Q8:
		for blk := range t.u16 {
			p := b[blk*(2+QBlock):]
			t.u16[blk] = canonicalF16(le.Uint16(p))
			for j := 0; j < QBlock; j++ {
				t.i8[blk*QBlock+j] = int8(p[2+j])
			}
		}
	}
	return t, nil
}

// Bytes returns the canonical byte encoding of t.
func (t *Tensor) Bytes() []byte {
	if t.raw != nil {
		return append([]byte(nil), t.raw...)
	}
	n := t.Len()
	b := make([]byte, byteSize(t.dtype, n))
	le := binary.LittleEndian
	switch t.dtype {
	case F32:
		for i, v := range t.f32 {
			le.PutUint32(b[4*i:], math.Float32bits(v))
		}
	case I32:
		for i, v := range t.i32 {
			le.PutUint32(b[4*i:], uint32(v))
		}
	case I64:
		for i, v := range t.i64 {
			le.PutUint64(b[8*i:], uint64(v))
		}
	case Bool:
		copy(b, t.u8)
	case F16, BF16:
		for i, v := range t.u16 {
			le.PutUint16(b[2*i:], v)
		}
	case I8:
		for i, v := range t.i8 {
			b[i] = byte(v)
		}
	case Q8:
		for blk, d := range t.u16 {
			p := b[blk*(2+QBlock):]
			le.PutUint16(p, d)
			for j := 0; j < QBlock; j++ {
				p[2+j] = byte(t.i8[blk*QBlock+j])
			}
		}
	}
	return b
}

// Float32s returns the elements of a float tensor (F32, F16, BF16 or Q8)
// converted exactly to float32 (Q8 elements are float32(d·q), one rounding).
func (t *Tensor) Float32s() ([]float32, error) {
	out := make([]float32, t.Len())
	switch t.dtype {
	case F32:
		copy(out, t.f32)
	case F16:
		for i, h := range t.u16 {
			out[i] = f16ToF32(h)
		}
	case BF16:
		for i, h := range t.u16 {
			out[i] = bf16ToF32(h)
		}
	case Q8:
		d, q := t.q8Parts()
		dequantizeQ8(out, d, q)
	default:
		return nil, fmt.Errorf("%w: Float32s of %v", ErrDType, t.dtype)
	}
	return out, nil
}

// Int64s returns the elements of an integer or Bool tensor (I64, I32, I8,
// Bool) as int64 values.
func (t *Tensor) Int64s() ([]int64, error) {
	out := make([]int64, t.Len())
	switch t.dtype {
	case I64:
		copy(out, t.i64)
	case I32:
		for i, v := range t.i32 {
			out[i] = int64(v)
		}
	case I8:
		for i, v := range t.i8 {
			out[i] = int64(v)
		}
	case Bool:
		for i, v := range t.u8 {
			out[i] = int64(v)
		}
	default:
		return nil, fmt.Errorf("%w: Int64s of %v", ErrDType, t.dtype)
	}
	return out, nil
}

// Bools returns the elements of a Bool tensor.
func (t *Tensor) Bools() ([]bool, error) {
	if t.dtype != Bool {
		return nil, fmt.Errorf("%w: Bools of %v", ErrDType, t.dtype)
	}
	out := make([]bool, len(t.u8))
	for i, v := range t.u8 {
		out[i] = v != 0
	}
	return out, nil
}

// Int32s returns a copy of the elements of an I32 or I8 tensor.
func (t *Tensor) Int32s() ([]int32, error) {
	switch t.dtype {
	case I32:
		return append([]int32(nil), t.i32...), nil
	case I8:
		out := make([]int32, len(t.i8))
		for i, v := range t.i8 {
			out[i] = int32(v)
		}
		return out, nil
	}
	return nil, fmt.Errorf("%w: Int32s of %v", ErrDType, t.dtype)
}

// Convert returns t converted to dtype. Float conversions go through
// float32: widening is exact, narrowing to F16 and BF16 rounds to nearest
// even, and conversion to Q8 quantizes every block of 32 with an F16 scale
// (see quantizeBlock; MatMul quantizes activations the same way but keeps
// the scale in F32). I8 converts to I32 exactly. Converting to the same dtype
// returns t.
func Convert(t *Tensor, dtype DType) (*Tensor, error) {
	if err := checkNotNil("convert", t); err != nil {
		return nil, err
	}
	if t.dtype == dtype {
		return t, nil
	}
	if t.dtype == I8 && dtype == I32 {
		v, _ := t.Int32s()
		return FromInt32(v, t.shape...)
	}
	src, err := t.Float32s()
	if err != nil {
		return nil, fmt.Errorf("convert %v to %v: %w", t.dtype, dtype, err)
	}
	if err := checkShape(dtype, t.shape); err != nil {
		return nil, fmt.Errorf("convert to %v: %w", dtype, err)
	}
	out := newTensor(dtype, t.shape)
	switch dtype {
	case F32:
		copy(out.f32, src)
		canonicalizeNaNs(out.f32)
	case F16:
		for i, v := range src {
			out.u16[i] = f32ToF16(v)
		}
	case BF16:
		for i, v := range src {
			out.u16[i] = f32ToBF16(v)
		}
	case Q8:
		for blk := range out.u16 {
			d := quantizeBlock(out.i8[blk*QBlock:(blk+1)*QBlock], src[blk*QBlock:(blk+1)*QBlock], true)
			out.u16[blk] = f32ToF16(d)
		}
	default:
		return nil, fmt.Errorf("%w: convert %v to %v", ErrDType, t.dtype, dtype)
	}
	return out, nil
}

// Reshape returns a tensor with the same elements in the same order and a
// new shape of equal size. It shares storage with t (a view).
func Reshape(t *Tensor, shape ...int) (*Tensor, error) {
	if err := checkNotNil("reshape", t); err != nil {
		return nil, err
	}
	if err := checkShape(t.dtype, shape); err != nil {
		return nil, fmt.Errorf("reshape: %w", err)
	}
	if numElements(shape) != t.Len() {
		return nil, fmt.Errorf("%w: reshape %v to %v", ErrShape, t.shape, shape)
	}
	return &Tensor{dtype: t.dtype, shape: append([]int(nil), shape...), f32: t.f32, u16: t.u16, i8: t.i8,
		i32: t.i32, i64: t.i64, u8: t.u8, raw: t.raw}, nil
}
