package tensor

import (
	"encoding/binary"
	"fmt"
	"math"
	"unsafe"
)

// Raw-backed tensors: a tensor whose canonical bytes are a caller's buffer,
// used in place. A memory-mapped GGUF file holds F32, F16 and Q8_0 weight
// matrices in exactly this package's canonical layouts (little-endian
// values; Q8 as GGML's block_q8_0), so a graph can reference a 7B model's
// weights without copying them.

// FromRaw returns a tensor of dtype and shape whose canonical bytes are b,
// without copying b where the tensor's storage can be a view of it: always
// for Q8 and I8, and for F32, F16, BF16, I32 and I64 on little-endian
// machines when b is aligned to the element size (as the data of a mapped
// GGUF file is); elsewhere b is decoded into new storage. Bool tensors are
// decoded as by FromBytes.
//
// Unlike FromBytes, FromRaw keeps float NaN payloads as they are: the
// tensor's bytes (Bytes, RawBytes, its commitment) are b exactly, and every
// operation canonicalizes the NaNs it outputs, as for any input. b must not
// change while the tensor is in use (a read-only mapping is what this is
// for).
//
// Operations that do not read raw bytes (MatMul, GetRows, Concat,
// Float32s) unpack a raw-backed Q8 tensor's blocks into scales and quants
// on every call: correct, but a copy. Kernels over raw rows (MatMulRaw on
// RawMatrix) read it in place.
func FromRaw(dtype DType, b []byte, shape ...int) (*Tensor, error) {
	if !validDType(dtype) {
		return nil, fmt.Errorf("%w: %v", ErrDType, dtype)
	}
	if dtype == Bool {
		return FromBytes(dtype, b, shape...)
	}
	if err := checkShape(dtype, shape); err != nil {
		return nil, err
	}
	n := numElements(shape)
	if want := byteSize(dtype, n); len(b) != want {
		return nil, fmt.Errorf("%w: %d bytes for %v %v, want %d", ErrShape, len(b), dtype, shape, want)
	}
	t := &Tensor{dtype: dtype, shape: append([]int(nil), shape...), raw: b}
	le := binary.LittleEndian
	switch dtype {
	case Q8:
		// The blocks stay interleaved in raw; see q8Parts.
	case I8:
		t.i8 = unsafe.Slice((*int8)(unsafe.Pointer(&b[0])), n)
	case F32:
		if view(b, 4) {
			t.f32 = unsafe.Slice((*float32)(unsafe.Pointer(&b[0])), n)
		} else {
			t.f32 = make([]float32, n)
			for i := range t.f32 {
				t.f32[i] = math.Float32frombits(le.Uint32(b[4*i:]))
			}
		}
	case F16, BF16:
		if view(b, 2) {
			t.u16 = unsafe.Slice((*uint16)(unsafe.Pointer(&b[0])), n)
		} else {
			t.u16 = make([]uint16, n)
			for i := range t.u16 {
				t.u16[i] = le.Uint16(b[2*i:])
			}
		}
	case I32:
		if view(b, 4) {
			t.i32 = unsafe.Slice((*int32)(unsafe.Pointer(&b[0])), n)
		} else {
			t.i32 = make([]int32, n)
			for i := range t.i32 {
				t.i32[i] = int32(le.Uint32(b[4*i:]))
			}
		}
	case I64:
		if view(b, 8) {
			t.i64 = unsafe.Slice((*int64)(unsafe.Pointer(&b[0])), n)
		} else {
			t.i64 = make([]int64, n)
			for i := range t.i64 {
				t.i64[i] = int64(le.Uint64(b[8*i:]))
			}
		}
	}
	return t, nil
}

// view reports whether b can be read in place as values of size bytes.
func view(b []byte, size int) bool {
	return littleEndian && uintptr(unsafe.Pointer(&b[0]))%uintptr(size) == 0
}

// RawBytes returns t's canonical bytes: the buffer FromRaw was given (not a
// copy; it must not be modified), or Bytes() for other tensors.
func (t *Tensor) RawBytes() []byte {
	if t.raw != nil {
		return t.raw
	}
	return t.Bytes()
}

// RawMatrix returns a 2-D F32, F16 or Q8 tensor [rows, cols] as a
// RawMatrix over its canonical bytes (F32, F16 or Q8_0 rows): in place for
// a raw-backed tensor, a copy of its bytes otherwise.
func (t *Tensor) RawMatrix() (RawMatrix, error) {
	if len(t.shape) != 2 {
		return RawMatrix{}, fmt.Errorf("%w: a raw matrix of shape %v", ErrShape, t.shape)
	}
	var f RowFormat
	switch t.dtype {
	case F32:
		f = RowF32
	case F16:
		f = RowF16
	case Q8:
		f = RowQ8_0
	default:
		return RawMatrix{}, fmt.Errorf("%w: a raw matrix of %v", ErrDType, t.dtype)
	}
	return RawMatrix{Format: f, Rows: t.shape[0], Cols: t.shape[1], Data: t.RawBytes()}, nil
}

// Uint16s returns a copy of the bit patterns of an F16 or BF16 tensor.
func (t *Tensor) Uint16s() ([]uint16, error) {
	if t.dtype != F16 && t.dtype != BF16 {
		return nil, fmt.Errorf("%w: Uint16s of %v", ErrDType, t.dtype)
	}
	return append([]uint16(nil), t.u16...), nil
}

// FromF16Bits returns an F16 tensor holding a copy of the binary16 bit
// patterns bits. NaNs are canonicalized (0x7E00), as by FromBytes.
func FromF16Bits(bits []uint16, shape ...int) (*Tensor, error) {
	if err := checkShape(F16, shape); err != nil {
		return nil, err
	}
	if len(bits) != numElements(shape) {
		return nil, fmt.Errorf("%w: %d values for shape %v", ErrShape, len(bits), shape)
	}
	t := newTensor(F16, shape)
	for i, h := range bits {
		t.u16[i] = canonicalF16(h)
	}
	return t, nil
}

// q8Parts returns a Q8 tensor's block scales and quants: its storage, or
// for a raw-backed tensor both unpacked from the raw blocks (a copy).
func (t *Tensor) q8Parts() ([]uint16, []int8) {
	if t.raw == nil || t.i8 != nil {
		return t.u16, t.i8
	}
	blocks := len(t.raw) / (2 + QBlock)
	d := make([]uint16, blocks)
	q := make([]int8, blocks*QBlock)
	for blk := range d {
		p := t.raw[blk*(2+QBlock):]
		d[blk] = binary.LittleEndian.Uint16(p)
		for j := 0; j < QBlock; j++ {
			q[blk*QBlock+j] = int8(p[2+j])
		}
	}
	return d, q
}
