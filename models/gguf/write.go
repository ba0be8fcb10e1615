package gguf

import (
	"bufio"
	"encoding/binary"
	"fmt"
	"io"
	"math"
)

// Writer writes a GGUF file as a stream: the header first (every tensor's
// name, type and dims are given up front, so offsets are known), then each
// tensor's data in order through WriteTensor. Nothing but the header and
// the tensor being written is held in memory, so files larger than RAM can
// be written.
type Writer struct {
	w       *bufio.Writer
	infos   []TensorInfo
	next    int
	pos     uint64 // bytes written into the data section
	align   uint64
	written int64
}

// NewWriter writes the header of a file with metadata md and the tensors
// described by infos (their Offset fields are ignored and computed here).
// The alignment is general.alignment from md, or DefaultAlignment.
func NewWriter(w io.Writer, md Metadata, infos []TensorInfo) (*Writer, error) {
	gw := &Writer{w: bufio.NewWriterSize(w, 1<<20), align: DefaultAlignment}
	if v, ok := md.Get("general.alignment"); ok {
		a, ok := v.Int()
		if !ok || a <= 0 || a%8 != 0 {
			return nil, fmt.Errorf("gguf: general.alignment must be a positive multiple of 8")
		}
		gw.align = uint64(a)
	}
	var hdr []byte
	le := binary.LittleEndian
	hdr = append(hdr, Magic...)
	hdr = le.AppendUint32(hdr, Version)
	hdr = le.AppendUint64(hdr, uint64(len(infos)))
	hdr = le.AppendUint64(hdr, uint64(len(md)))
	var err error
	for _, kv := range md {
		hdr = appendString(hdr, kv.Key)
		if hdr, err = appendValue(hdr, kv.Value.X, true); err != nil {
			return nil, fmt.Errorf("gguf: metadata %s: %w", kv.Key, err)
		}
	}
	var off uint64
	for _, ti := range infos {
		if !ti.Type.Known() || len(ti.Dims) == 0 || len(ti.Dims) > MaxDims {
			return nil, fmt.Errorf("gguf: tensor %q: type %v with %d dims", ti.Name, ti.Type, len(ti.Dims))
		}
		if _, err := ti.Type.RowSize(int(ti.Dims[0])); err != nil {
			return nil, fmt.Errorf("gguf: tensor %q: %w", ti.Name, err)
		}
		ti.Offset = off
		gw.infos = append(gw.infos, ti)
		hdr = appendString(hdr, ti.Name)
		hdr = le.AppendUint32(hdr, uint32(len(ti.Dims)))
		for _, d := range ti.Dims {
			hdr = le.AppendUint64(hdr, d)
		}
		hdr = le.AppendUint32(hdr, uint32(ti.Type))
		hdr = le.AppendUint64(hdr, off)
		off += pad(ti.Size(), gw.align)
	}
	for uint64(len(hdr))%gw.align != 0 {
		hdr = append(hdr, 0)
	}
	if _, err := gw.w.Write(hdr); err != nil {
		return nil, fmt.Errorf("gguf: writing the header: %w", err)
	}
	gw.written = int64(len(hdr))
	return gw, nil
}

func pad(n, align uint64) uint64 { return (n + align - 1) / align * align }

// Infos returns the tensor infos with their offsets.
func (gw *Writer) Infos() []TensorInfo { return gw.infos }

// WriteTensor writes the data of the next tensor (it must be exactly that
// tensor's size) and the padding after it.
func (gw *Writer) WriteTensor(data []byte) error {
	if gw.next >= len(gw.infos) {
		return fmt.Errorf("gguf: more tensors written than declared (%d)", len(gw.infos))
	}
	ti := gw.infos[gw.next]
	if uint64(len(data)) != ti.Size() {
		return fmt.Errorf("gguf: tensor %q has %d bytes, its type and dims need %d", ti.Name, len(data), ti.Size())
	}
	if _, err := gw.w.Write(data); err != nil {
		return fmt.Errorf("gguf: writing %s: %w", ti.Name, err)
	}
	n := pad(uint64(len(data)), gw.align) - uint64(len(data))
	if _, err := gw.w.Write(make([]byte, n)); err != nil {
		return fmt.Errorf("gguf: writing %s: %w", ti.Name, err)
	}
	gw.next++
	gw.written += int64(len(data)) + int64(n)
	return nil
}

// Close flushes the file after checking that every tensor was written.
func (gw *Writer) Close() error {
	if gw.next != len(gw.infos) {
		return fmt.Errorf("gguf: %d of %d tensors written", gw.next, len(gw.infos))
	}
	if err := gw.w.Flush(); err != nil {
		return fmt.Errorf("gguf: %w", err)
	}
	return nil
}

// Size returns the bytes written so far.
func (gw *Writer) Size() int64 { return gw.written }

func appendString(b []byte, s string) []byte {
	b = binary.LittleEndian.AppendUint64(b, uint64(len(s)))
	return append(b, s...)
}

// appendValue encodes x (with its type first if typed).
func appendValue(b []byte, x any, typed bool) ([]byte, error) {
	le := binary.LittleEndian
	t := Value{x}.Type()
	if t == ValueType(math.MaxUint32) {
		return nil, fmt.Errorf("unsupported Go type %T", x)
	}
	if typed {
		b = le.AppendUint32(b, uint32(t))
	}
	switch v := x.(type) {
	case uint8:
		b = append(b, v)
	case int8:
		b = append(b, byte(v))
	case bool:
		if v {
			b = append(b, 1)
		} else {
			b = append(b, 0)
		}
	case uint16:
		b = le.AppendUint16(b, v)
	case int16:
		b = le.AppendUint16(b, uint16(v))
	case uint32:
		b = le.AppendUint32(b, v)
	case int32:
		b = le.AppendUint32(b, uint32(v))
	case float32:
		b = le.AppendUint32(b, math.Float32bits(v))
	case uint64:
		b = le.AppendUint64(b, v)
	case int64:
		b = le.AppendUint64(b, uint64(v))
	case float64:
		b = le.AppendUint64(b, math.Float64bits(v))
	case string:
		b = appendString(b, v)
	case Array:
		return appendArray(b, v)
	}
	return b, nil
}

func appendElems[T any](b []byte, x []T) ([]byte, error) {
	b = binary.LittleEndian.AppendUint64(b, uint64(len(x)))
	var err error
	for _, v := range x {
		if b, err = appendValue(b, v, false); err != nil {
			return nil, err
		}
	}
	return b, nil
}

func appendArray(b []byte, a Array) ([]byte, error) {
	b = binary.LittleEndian.AppendUint32(b, uint32(a.Elem))
	var err error
	switch x := a.X.(type) {
	case []uint8:
		return checkElem(b, a.Elem, TypeUint8, x)
	case []int8:
		return checkElem(b, a.Elem, TypeInt8, x)
	case []bool:
		return checkElem(b, a.Elem, TypeBool, x)
	case []uint16:
		return checkElem(b, a.Elem, TypeUint16, x)
	case []int16:
		return checkElem(b, a.Elem, TypeInt16, x)
	case []uint32:
		return checkElem(b, a.Elem, TypeUint32, x)
	case []int32:
		return checkElem(b, a.Elem, TypeInt32, x)
	case []float32:
		return checkElem(b, a.Elem, TypeFloat32, x)
	case []uint64:
		return checkElem(b, a.Elem, TypeUint64, x)
	case []int64:
		return checkElem(b, a.Elem, TypeInt64, x)
	case []float64:
		return checkElem(b, a.Elem, TypeFloat64, x)
	case []string:
		return checkElem(b, a.Elem, TypeString, x)
	case []Array:
		if a.Elem != TypeArray {
			return nil, fmt.Errorf("array of %v holds arrays", a.Elem)
		}
		b = binary.LittleEndian.AppendUint64(b, uint64(len(x)))
		for _, e := range x {
			if b, err = appendArray(b, e); err != nil {
				return nil, err
			}
		}
		return b, nil
	}
	return nil, fmt.Errorf("unsupported array type %T", a.X)
}

func checkElem[T any](b []byte, elem, want ValueType, x []T) ([]byte, error) {
	if elem != want {
		return nil, fmt.Errorf("array of %v holds %T", elem, x)
	}
	return appendElems(b, x)
}
