package tensor

import (
	"bytes"
	"errors"
	"math/rand/v2"
	"testing"
	"unsafe"
)

// rawBytes returns n random canonical bytes of dtype for shape (through
// FromBytes, so NaNs are canonical and Bool bytes 0 or 1).
func rawBytes(t *testing.T, rng *rand.Rand, dtype DType, shape ...int) []byte {
	t.Helper()
	b := make([]byte, byteSize(dtype, numElements(shape)))
	for i := range b {
		b[i] = byte(rng.Uint32())
	}
	if dtype == Q8 { // small finite scales
		for blk := 0; blk < len(b); blk += 2 + QBlock {
			b[blk+1] &= 0x3F
		}
	}
	ref, err := FromBytes(dtype, b, shape...)
	if err != nil {
		t.Fatal(err)
	}
	return ref.Bytes()
}

func TestFromRawMatchesFromBytes(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, dtype := range []DType{F32, F16, BF16, Q8, I8, I32, I64, Bool} {
		shape := []int{3, 64}
		b := rawBytes(t, rng, dtype, shape...)
		for _, offset := range []int{0, 1} { // aligned, and misaligned (decoded)
			buf := make([]byte, len(b)+8)
			in := buf[offset : offset+len(b)]
			copy(in, b)
			raw, err := FromRaw(dtype, in, shape...)
			if err != nil {
				t.Fatalf("%v: %v", dtype, err)
			}
			ref, _ := FromBytes(dtype, b, shape...)
			if !bytes.Equal(raw.Bytes(), ref.Bytes()) || !bytes.Equal(raw.RawBytes(), b) || !specEqual(raw, ref) {
				t.Fatalf("%v (offset %d): raw tensor differs from FromBytes", dtype, offset)
			}
			if dtype != Bool && &raw.RawBytes()[0] != &in[0] {
				t.Fatalf("%v: RawBytes is a copy", dtype)
			}
			if dtype == F32 || dtype == F16 || dtype == BF16 || dtype == Q8 {
				a, err1 := raw.Float32s()
				c, err2 := ref.Float32s()
				if err1 != nil || err2 != nil || !sameFloats(a, c) {
					t.Fatalf("%v: Float32s differ (%v, %v)", dtype, err1, err2)
				}
			}
		}
	}
}

// TestFromRawInPlace: aligned F32 and all Q8 tensors use the buffer itself.
func TestFromRawInPlace(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	b := rawBytes(t, rng, F32, 4, 32)
	raw, err := FromRaw(F32, b, 4, 32)
	if err != nil {
		t.Fatal(err)
	}
	if littleEndian && unsafe.Pointer(&raw.f32[0]) != unsafe.Pointer(&b[0]) {
		t.Fatal("an aligned F32 buffer was copied")
	}
	q := rawBytes(t, rng, Q8, 4, 64)
	rq, err := FromRaw(Q8, q, 4, 64)
	if err != nil {
		t.Fatal(err)
	}
	m, err := rq.RawMatrix()
	if err != nil || m.Format != RowQ8_0 || m.Rows != 4 || m.Cols != 64 || &m.Data[0] != &q[0] || m.Check() != nil {
		t.Fatalf("RawMatrix of a raw Q8 tensor: %+v, %v", m, err)
	}
}

// TestRawQ8Ops: the ops that read Q8 scales and quants give the same bits on
// a raw-backed table as on a decoded one.
func TestRawQ8Ops(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	b := rawBytes(t, rng, Q8, 8, 64)
	raw, _ := FromRaw(Q8, b, 8, 64)
	ref, _ := FromBytes(Q8, b, 8, 64)
	x := make([]float32, 3*64)
	for i := range x {
		x[i] = float32(rng.NormFloat64())
	}
	xt, _ := FromFloat32(x, 3, 64)
	ids, _ := FromInt32([]int32{7, 0, 3}, 3)
	for name, op := range map[string]func(w *Tensor) (*Tensor, error){
		"matmul":   func(w *Tensor) (*Tensor, error) { return MatMul(w, xt) },
		"get_rows": func(w *Tensor) (*Tensor, error) { return GetRows(w, ids) },
		"concat":   func(w *Tensor) (*Tensor, error) { return Concat(0, w, w) },
		"convert":  func(w *Tensor) (*Tensor, error) { return Convert(w, F32) },
	} {
		a, err1 := op(raw)
		c, err2 := op(ref)
		if err1 != nil || err2 != nil || !bytes.Equal(a.Bytes(), c.Bytes()) {
			t.Fatalf("%s: raw and decoded Q8 differ (%v, %v)", name, err1, err2)
		}
	}
}

func TestFromRawErrors(t *testing.T) {
	if _, err := FromRaw(F32, make([]byte, 12), 2, 2); !errors.Is(err, ErrShape) {
		t.Fatalf("short buffer: %v", err)
	}
	if _, err := FromRaw(Q8, make([]byte, 34), 1, 16); !errors.Is(err, ErrShape) {
		t.Fatalf("q8 row of 16: %v", err)
	}
	if _, err := FromRaw(DType(99), make([]byte, 4), 1); !errors.Is(err, ErrDType) {
		t.Fatalf("unknown dtype: %v", err)
	}
	i32, _ := FromInt32([]int32{1, 2}, 1, 2)
	if _, err := i32.RawMatrix(); !errors.Is(err, ErrDType) {
		t.Fatalf("RawMatrix of i32: %v", err)
	}
	f, _ := FromFloat32([]float32{1, 2}, 2)
	if _, err := f.RawMatrix(); !errors.Is(err, ErrShape) {
		t.Fatalf("RawMatrix of a vector: %v", err)
	}
}

func TestF16Bits(t *testing.T) {
	h, err := FromF16Bits([]uint16{0x3C00, 0x7E01, 0xFC00}, 3)
	if err != nil {
		t.Fatal(err)
	}
	got, err := h.Uint16s()
	if err != nil || got[0] != 0x3C00 || got[1] != 0x7E00 || got[2] != 0xFC00 {
		t.Fatalf("F16 bits %x, %v (NaN canonical)", got, err)
	}
	if _, err := FromF16Bits([]uint16{1}, 2); !errors.Is(err, ErrShape) {
		t.Fatalf("wrong count: %v", err)
	}
	f, _ := FromFloat32([]float32{1}, 1)
	if _, err := f.Uint16s(); !errors.Is(err, ErrDType) {
		t.Fatalf("Uint16s of f32: %v", err)
	}
}

// specEqual reports whether a and b have the same dtype and shape.
func specEqual(a, b *Tensor) bool {
	if a.dtype != b.dtype || len(a.shape) != len(b.shape) {
		return false
	}
	for i := range a.shape {
		if a.shape[i] != b.shape[i] {
			return false
		}
	}
	return true
}

func sameFloats(a, b []float32) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] && (a[i] == a[i] || b[i] == b[i]) {
			return false
		}
	}
	return true
}
