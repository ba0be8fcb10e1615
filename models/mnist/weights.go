package mnist

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
)

// Weight files. Both kinds share one layout, all integers little-endian:
//
//	offset  size  field
//	0       8     magic "OPMLMNST"
//	8       4     format version, uint32 = 1
//	12      4     kind, uint32: 1 = float32 MLP, 2 = int8 MLP
//	16      4     inputs, uint32 = 784
//	20      4     hidden units H, uint32, 1..16384
//	24      4     outputs, uint32 = 10
//	28      …     payload of the kind
//	end-32  32    SHA-256 of every byte before it
//
// Float32 payload (IEEE-754 binary32 values), in MLP field order:
//
//	W1 [H×784] (row j = hidden unit j), B1 [H], W2 [10×H] (row k = output k), B2 [10]
//
// Int8 payload, in MLPInt8 field order (f32 = binary32, i8/i32 = two's
// complement, u8 = unsigned byte):
//
//	InScale f32, InMul i32, InShift u8,
//	W1 i8[H×784], Scale1 f32[H], B1 i32[H], Mul1 i32[H], Shift1 u8[H], HidScale f32,
//	W2 i8[10×H], Scale2 f32[10], B2 i32[10], Mul2 i32[10], Shift2 u8[10], OutScale f32
//
// Load checks the magic, version, kind, sizes, exact length and checksum, and
// that every value is in its documented range, before it returns a model.
const (
	weightsMagic   = "OPMLMNST"
	weightsVersion = 1
	kindFloat32    = 1
	kindInt8       = 2
	headerSize     = 28
	maxHidden      = 1 << 14
)

// File names of the shipped weights in the weights/ directory.
const (
	Float32File = "mlp-f32.bin"
	Int8File    = "mlp-int8.bin"
)

// check reports whether m's slices have the sizes its Hidden implies and its
// values are finite.
func (m *MLP) check() error {
	if m == nil || m.Hidden < 1 || m.Hidden > maxHidden {
		return errors.New("model is nil or its hidden size is out of range")
	}
	if !m.shapeOK() {
		return fmt.Errorf("model slices do not match hidden size %d", m.Hidden)
	}
	for _, s := range [][]float32{m.W1, m.B1, m.W2, m.B2} {
		for _, v := range s {
			if math.IsNaN(float64(v)) || math.IsInf(float64(v), 0) {
				return errors.New("model has a non-finite weight")
			}
		}
	}
	return nil
}

func (q *MLPInt8) check() error {
	if q == nil || q.Hidden < 1 || q.Hidden > maxHidden {
		return errors.New("int8 model is nil or its hidden size is out of range")
	}
	if !q.shapeOK() || len(q.Scale1) != q.Hidden || len(q.Scale2) != Digits {
		return fmt.Errorf("int8 model slices do not match hidden size %d", q.Hidden)
	}
	for _, w := range [][]int8{q.W1, q.W2} {
		for _, v := range w {
			if v == math.MinInt8 {
				return errors.New("int8 model has weight -128, outside [-127, 127]")
			}
		}
	}
	for _, b := range [][]int32{q.B1, q.B2} {
		for _, v := range b {
			if v > 1<<30 || v < -(1<<30) {
				return errors.New("int8 model has a bias beyond ±2^30")
			}
		}
	}
	muls := append(append([]int32{q.InMul}, q.Mul1...), q.Mul2...)
	shifts := append(append([]uint8{q.InShift}, q.Shift1...), q.Shift2...)
	for i := range muls {
		if muls[i] < 1<<30 || shifts[i] < 1 || shifts[i] > 62 {
			return errors.New("int8 model has a requantization multiplier or shift out of range")
		}
	}
	return nil
}

// Save writes m in the float32 weight format.
func Save(w io.Writer, m *MLP) error {
	if err := m.check(); err != nil {
		return fmt.Errorf("mnist: save: %w", err)
	}
	var b bytes.Buffer
	writeHeader(&b, kindFloat32, m.Hidden)
	for _, s := range [][]float32{m.W1, m.B1, m.W2, m.B2} {
		binary.Write(&b, binary.LittleEndian, s)
	}
	return writeSummed(w, &b)
}

// SaveInt8 writes q in the int8 weight format.
func SaveInt8(w io.Writer, q *MLPInt8) error {
	if err := q.check(); err != nil {
		return fmt.Errorf("mnist: save: %w", err)
	}
	var b bytes.Buffer
	writeHeader(&b, kindInt8, q.Hidden)
	for _, v := range []any{
		q.InScale, q.InMul, q.InShift,
		q.W1, q.Scale1, q.B1, q.Mul1, q.Shift1, q.HidScale,
		q.W2, q.Scale2, q.B2, q.Mul2, q.Shift2, q.OutScale,
	} {
		binary.Write(&b, binary.LittleEndian, v)
	}
	return writeSummed(w, &b)
}

func writeHeader(b *bytes.Buffer, kind uint32, hidden int) {
	b.WriteString(weightsMagic)
	binary.Write(b, binary.LittleEndian, []uint32{weightsVersion, kind, Pixels, uint32(hidden), Digits})
}

func writeSummed(w io.Writer, b *bytes.Buffer) error {
	sum := sha256.Sum256(b.Bytes())
	b.Write(sum[:])
	if _, err := w.Write(b.Bytes()); err != nil {
		return fmt.Errorf("mnist: save: %w", err)
	}
	return nil
}

// Load reads a float32 weight file.
func Load(r io.Reader) (*MLP, error) {
	h, payload, err := readVerified(r, kindFloat32, func(h int) int { return 4 * (h*Pixels + h + Digits*h + Digits) })
	if err != nil {
		return nil, err
	}
	m := NewMLP(h)
	rd := bytes.NewReader(payload)
	for _, s := range [][]float32{m.W1, m.B1, m.W2, m.B2} {
		binary.Read(rd, binary.LittleEndian, s) // cannot fail: the length was checked
	}
	if err := m.check(); err != nil {
		return nil, fmt.Errorf("mnist: load: %w", err)
	}
	return m, nil
}

// LoadInt8 reads an int8 weight file.
func LoadInt8(r io.Reader) (*MLPInt8, error) {
	h, payload, err := readVerified(r, kindInt8, func(h int) int {
		return 4 + 4 + 1 + h*Pixels + 4*h + 4*h + 4*h + h + 4 + Digits*h + 4*Digits + 4*Digits + 4*Digits + Digits + 4
	})
	if err != nil {
		return nil, err
	}
	q := &MLPInt8{
		Hidden: h,
		W1:     make([]int8, h*Pixels), Scale1: make([]float32, h), B1: make([]int32, h),
		Mul1: make([]int32, h), Shift1: make([]uint8, h),
		W2: make([]int8, Digits*h), Scale2: make([]float32, Digits), B2: make([]int32, Digits),
		Mul2: make([]int32, Digits), Shift2: make([]uint8, Digits),
	}
	rd := bytes.NewReader(payload)
	for _, v := range []any{
		&q.InScale, &q.InMul, &q.InShift,
		q.W1, q.Scale1, q.B1, q.Mul1, q.Shift1, &q.HidScale,
		q.W2, q.Scale2, q.B2, q.Mul2, q.Shift2, &q.OutScale,
	} {
		binary.Read(rd, binary.LittleEndian, v) // cannot fail: the length was checked
	}
	if err := q.check(); err != nil {
		return nil, fmt.Errorf("mnist: load: %w", err)
	}
	return q, nil
}

// readVerified reads a whole weight file, checks its header against kind and
// its length against payloadSize(hidden), verifies the checksum and returns
// the hidden size and the payload.
func readVerified(r io.Reader, kind uint32, payloadSize func(hidden int) int) (int, []byte, error) {
	// Read at most one byte more than the largest legal file, so that a huge
	// input is rejected without being held in memory.
	limit := int64(headerSize + payloadSize(maxHidden) + sha256.Size + 1)
	data, err := io.ReadAll(io.LimitReader(r, limit))
	if err != nil {
		return 0, nil, fmt.Errorf("mnist: load: %w", err)
	}
	if len(data) < headerSize+sha256.Size {
		return 0, nil, fmt.Errorf("mnist: load: %w: %d bytes is shorter than a header and checksum", ErrTruncated, len(data))
	}
	if string(data[:8]) != weightsMagic {
		return 0, nil, fmt.Errorf("mnist: load: bad magic %q, want %q", data[:8], weightsMagic)
	}
	le := binary.LittleEndian
	if v := le.Uint32(data[8:]); v != weightsVersion {
		return 0, nil, fmt.Errorf("mnist: load: unsupported format version %d (this code reads %d)", v, weightsVersion)
	}
	if k := le.Uint32(data[12:]); k != kind {
		return 0, nil, fmt.Errorf("mnist: load: file holds model kind %d, want %d", k, kind)
	}
	in, hid, out := le.Uint32(data[16:]), le.Uint32(data[20:]), le.Uint32(data[24:])
	if in != Pixels || out != Digits || hid < 1 || hid > maxHidden {
		return 0, nil, fmt.Errorf("mnist: load: unsupported shape %d→%d→%d", in, hid, out)
	}
	h := int(hid)
	want := headerSize + payloadSize(h) + sha256.Size
	switch {
	case len(data) < want:
		return 0, nil, fmt.Errorf("mnist: load: %w: %d bytes, want %d", ErrTruncated, len(data), want)
	case len(data) > want:
		return 0, nil, fmt.Errorf("mnist: load: %d bytes, want %d: trailing data", len(data), want)
	}
	body := data[:want-sha256.Size]
	if sum := sha256.Sum256(body); !bytes.Equal(sum[:], data[want-sha256.Size:]) {
		return 0, nil, errors.New("mnist: load: checksum mismatch: the file is corrupt")
	}
	return h, body[headerSize:], nil
}

// SaveFile, SaveInt8File, LoadFile and LoadInt8File do the same on named
// files.
func SaveFile(name string, m *MLP) error {
	var b bytes.Buffer
	if err := Save(&b, m); err != nil {
		return err
	}
	return os.WriteFile(name, b.Bytes(), 0o644)
}

// SaveInt8File: see SaveFile.
func SaveInt8File(name string, q *MLPInt8) error {
	var b bytes.Buffer
	if err := SaveInt8(&b, q); err != nil {
		return err
	}
	return os.WriteFile(name, b.Bytes(), 0o644)
}

// LoadFile: see SaveFile.
func LoadFile(name string) (*MLP, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	m, err := Load(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return m, nil
}

// LoadInt8File: see SaveFile.
func LoadInt8File(name string) (*MLPInt8, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	q, err := LoadInt8(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return q, nil
}
