package onnx

import (
	"encoding/binary"
	"fmt"
	"math"
)

// Protocol buffer wire types.
const (
	wireVarint  = 0
	wireFixed64 = 1
	wireBytes   = 2
	wireFixed32 = 5
)

// wire reads one protocol buffer message: a sequence of (field number,
// wire type, value) records. It remembers the first error; after it every
// read returns zero values, so a decoder can read on and check once.
type wire struct {
	b    []byte
	what string // the message being read, for errors
	err  error
}

func (w *wire) fail(format string, args ...any) {
	if w.err == nil {
		w.err = fmt.Errorf("%w: %s: %s", ErrFormat, w.what, fmt.Sprintf(format, args...))
	}
}

func (w *wire) more() bool { return w.err == nil && len(w.b) > 0 }

func (w *wire) varint() uint64 {
	var v uint64
	for i := 0; i < 10; i++ {
		if i >= len(w.b) {
			w.fail("truncated varint")
			return 0
		}
		c := w.b[i]
		if i == 9 && c > 1 {
			w.fail("varint overflows 64 bits")
			return 0
		}
		v |= uint64(c&0x7F) << (7 * i)
		if c < 0x80 {
			w.b = w.b[i+1:]
			return v
		}
	}
	w.fail("varint longer than 10 bytes")
	return 0
}

// key reads a record key: the field number and wire type.
func (w *wire) key() (field int, typ int) {
	k := w.varint()
	if w.err != nil {
		return 0, 0
	}
	field, typ = int(k>>3), int(k&7)
	if k>>3 == 0 || k>>3 > 1<<29-1 {
		w.fail("field number %d", k>>3)
		return 0, 0
	}
	if typ != wireVarint && typ != wireFixed64 && typ != wireBytes && typ != wireFixed32 {
		w.fail("field %d has wire type %d (groups and unknown wire types are not supported)", field, typ)
		return 0, 0
	}
	return field, typ
}

func (w *wire) bytes() []byte {
	n := w.varint()
	if w.err != nil {
		return nil
	}
	if n > uint64(len(w.b)) {
		w.fail("length %d with %d bytes left", n, len(w.b))
		return nil
	}
	v := w.b[:n]
	w.b = w.b[n:]
	return v
}

func (w *wire) fixed32() uint32 {
	if len(w.b) < 4 {
		w.fail("truncated fixed32")
		return 0
	}
	v := binary.LittleEndian.Uint32(w.b)
	w.b = w.b[4:]
	return v
}

func (w *wire) fixed64() uint64 {
	if len(w.b) < 8 {
		w.fail("truncated fixed64")
		return 0
	}
	v := binary.LittleEndian.Uint64(w.b)
	w.b = w.b[8:]
	return v
}

// skip discards a value of wire type typ.
func (w *wire) skip(typ int) {
	switch typ {
	case wireVarint:
		w.varint()
	case wireFixed64:
		w.fixed64()
	case wireBytes:
		w.bytes()
	case wireFixed32:
		w.fixed32()
	}
}

// expect checks that field has wire type want.
func (w *wire) expect(field, typ, want int) bool {
	if typ != want {
		w.fail("field %d has wire type %d, want %d", field, typ, want)
		return false
	}
	return true
}

// str reads a length-delimited string field.
func (w *wire) str(field, typ int) string {
	if !w.expect(field, typ, wireBytes) {
		return ""
	}
	return string(w.bytes())
}

// int64v reads a varint field as an int64 (two's complement, as protobuf
// encodes int32 and int64).
func (w *wire) int64v(field, typ int) int64 {
	if !w.expect(field, typ, wireVarint) {
		return 0
	}
	return int64(w.varint())
}

// ints appends a repeated int64/int32 field, packed or not.
func (w *wire) ints(dst []int64, field, typ int, limit int) []int64 {
	switch typ {
	case wireVarint:
		dst = append(dst, int64(w.varint()))
	case wireBytes:
		p := &wire{b: w.bytes(), what: w.what}
		for p.more() {
			dst = append(dst, int64(p.varint()))
			if len(dst) > limit {
				w.fail("field %d has more than %d values", field, limit)
				return dst
			}
		}
		if p.err != nil && w.err == nil {
			w.err = p.err
		}
	default:
		w.fail("field %d has wire type %d, want a varint or packed varints", field, typ)
	}
	if len(dst) > limit {
		w.fail("field %d has more than %d values", field, limit)
	}
	return dst
}

// floats appends a repeated float field, packed or not.
func (w *wire) floats(dst []float32, field, typ int, limit int) []float32 {
	switch typ {
	case wireFixed32:
		dst = append(dst, math.Float32frombits(w.fixed32()))
	case wireBytes:
		b := w.bytes()
		if len(b)%4 != 0 {
			w.fail("packed floats of %d bytes", len(b))
			return dst
		}
		if len(dst)+len(b)/4 > limit {
			w.fail("field %d has more than %d values", field, limit)
			return dst
		}
		for i := 0; i < len(b); i += 4 {
			dst = append(dst, math.Float32frombits(binary.LittleEndian.Uint32(b[i:])))
		}
	default:
		w.fail("field %d has wire type %d, want fixed32 or packed floats", field, typ)
	}
	if len(dst) > limit {
		w.fail("field %d has more than %d values", field, limit)
	}
	return dst
}
