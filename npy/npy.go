// Package npy reads and writes tensors in numpy's .npy format (format
// versions 1.0, 2.0 and 3.0), the way the ecosystem hands arrays between
// programs: numpy.save writes it and numpy.load reads it.
//
// A file is the magic "\x93NUMPY", a major and a minor version byte, the
// header length (uint16 little-endian in version 1, uint32 in 2 and 3), and
// the header: a Python dict literal {'descr': …, 'fortran_order': …,
// 'shape': (…), } padded with spaces and ending in a newline so that the
// data starts at a multiple of 64 bytes. The data follows, C order.
//
// opml reads and writes little-endian float32 ('<f4'), int64 ('<i8'),
// int32 ('<i4') and bool ('|b1') arrays in C order; scalars (shape ()) are
// rank-0 tensors. Anything else (big-endian data, Fortran order, other
// dtypes, empty arrays, a malformed header, missing or extra data) is an
// error wrapping ErrFormat, never a panic.
package npy

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/opml-dev/opml/tensor"
)

// ErrFormat is wrapped by every error about a malformed or unsupported
// file.
var ErrFormat = errors.New("npy: bad file")

const magic = "\x93NUMPY"

// maxHeader bounds the header a reader accepts.
const maxHeader = 1 << 20

var descrs = map[string]tensor.DType{"<f4": tensor.F32, "<i8": tensor.I64, "<i4": tensor.I32, "|b1": tensor.Bool}

func descrOf(d tensor.DType) (string, bool) {
	for k, v := range descrs {
		if v == d {
			return k, true
		}
	}
	return "", false
}

func fail(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrFormat, fmt.Sprintf(format, args...))
}

// Read reads one array.
func Read(r io.Reader) (*tensor.Tensor, error) {
	var pre [8]byte
	if _, err := io.ReadFull(r, pre[:]); err != nil {
		return nil, fail("no .npy preamble (%v)", err)
	}
	if string(pre[:6]) != magic {
		return nil, fail("not a .npy file (magic %q)", pre[:6])
	}
	var hlen int
	switch pre[6] {
	case 1:
		var b [2]byte
		if _, err := io.ReadFull(r, b[:]); err != nil {
			return nil, fail("truncated header length")
		}
		hlen = int(binary.LittleEndian.Uint16(b[:]))
	case 2, 3:
		var b [4]byte
		if _, err := io.ReadFull(r, b[:]); err != nil {
			return nil, fail("truncated header length")
		}
		n := binary.LittleEndian.Uint32(b[:])
		if n > maxHeader {
			return nil, fail("header of %d bytes", n)
		}
		hlen = int(n)
	default:
		return nil, fail("format version %d.%d (opml reads 1.0, 2.0 and 3.0)", pre[6], pre[7])
	}
	h := make([]byte, hlen)
	if _, err := io.ReadFull(r, h); err != nil {
		return nil, fail("truncated header")
	}
	dt, shape, err := parseHeader(string(h))
	if err != nil {
		return nil, err
	}
	n := 1
	for _, d := range shape {
		if d <= 0 || n > (1<<28)/d {
			return nil, fail("shape %v (no empty or huge arrays)", shape)
		}
		n *= d
	}
	size := n * tensor.ElemSize(dt)
	data := make([]byte, size)
	if _, err := io.ReadFull(r, data); err != nil {
		return nil, fail("%d data bytes for shape %v, the file has fewer", size, shape)
	}
	var extra [1]byte
	if k, _ := r.Read(extra[:]); k != 0 {
		return nil, fail("data after the %d bytes of shape %v", size, shape)
	}
	t, err := tensor.FromBytes(dt, data, shape...)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrFormat, err)
	}
	return t, nil
}

// parseHeader reads the header dict: exactly the keys descr, fortran_order
// and shape.
func parseHeader(h string) (tensor.DType, []int, error) {
	p := &parser{s: strings.TrimRight(h, " \n\x00")}
	if !p.eat("{") {
		return 0, nil, fail("header %q is not a dict", h)
	}
	var dt tensor.DType
	var shape []int
	seen := map[string]bool{}
	for !p.eat("}") {
		key, ok := p.str()
		if !ok || !p.eat(":") || seen[key] {
			return 0, nil, fail("header %q: bad or repeated key", h)
		}
		seen[key] = true
		switch key {
		case "descr":
			d, ok := p.str()
			if !ok {
				return 0, nil, fail("header %q: descr is not a string", h)
			}
			if dt, ok = descrs[d]; !ok {
				return 0, nil, fail("dtype %q (opml reads '<f4', '<i8', '<i4' and '|b1')", d)
			}
		case "fortran_order":
			switch {
			case p.eat("False"):
			case p.eat("True"):
				return 0, nil, fail("Fortran-order array (opml reads C order)")
			default:
				return 0, nil, fail("header %q: fortran_order is not a bool", h)
			}
		case "shape":
			if !p.eat("(") {
				return 0, nil, fail("header %q: shape is not a tuple", h)
			}
			for !p.eat(")") {
				v, ok := p.int()
				if !ok || len(shape) >= tensor.MaxRank {
					return 0, nil, fail("header %q: bad shape", h)
				}
				shape = append(shape, v)
				if !p.eat(",") && !p.peek(")") {
					return 0, nil, fail("header %q: bad shape", h)
				}
			}
			if shape == nil {
				shape = []int{}
			}
		default:
			return 0, nil, fail("header key %q", key)
		}
		if !p.eat(",") && !p.peek("}") {
			return 0, nil, fail("header %q: expected , or }", h)
		}
	}
	if p.s != "" || !seen["descr"] || !seen["fortran_order"] || !seen["shape"] {
		return 0, nil, fail("header %q: needs descr, fortran_order and shape", h)
	}
	return dt, shape, nil
}

// parser reads a Python literal, skipping spaces.
type parser struct{ s string }

func (p *parser) skip() { p.s = strings.TrimLeft(p.s, " \t\n") }

func (p *parser) peek(tok string) bool { p.skip(); return strings.HasPrefix(p.s, tok) }

func (p *parser) eat(tok string) bool {
	if p.peek(tok) {
		p.s = p.s[len(tok):]
		return true
	}
	return false
}

func (p *parser) str() (string, bool) {
	p.skip()
	if p.s == "" || (p.s[0] != '\'' && p.s[0] != '"') {
		return "", false
	}
	q := p.s[0]
	end := strings.IndexByte(p.s[1:], q)
	if end < 0 {
		return "", false
	}
	v := p.s[1 : 1+end]
	p.s = p.s[2+end:]
	return v, true
}

func (p *parser) int() (int, bool) {
	p.skip()
	i := 0
	for i < len(p.s) && p.s[i] >= '0' && p.s[i] <= '9' {
		i++
	}
	if i == 0 || i > 10 {
		return 0, false
	}
	v, err := strconv.Atoi(p.s[:i])
	p.s = p.s[i:]
	p.eat("L") // Python 2 wrote longs
	return v, err == nil && v <= 1<<28
}

// Write writes t as a .npy array (format 1.0, or 2.0 for a header too
// long for it).
func Write(w io.Writer, t *tensor.Tensor) error {
	d, ok := descrOf(t.DType())
	if !ok {
		return fail("cannot write %v (opml writes f32, i64, i32 and bool)", t.DType())
	}
	var shape strings.Builder
	shape.WriteString("(")
	for i, v := range t.Shape() {
		if i > 0 {
			shape.WriteString(" ")
		}
		fmt.Fprintf(&shape, "%d,", v)
	}
	s := shape.String()
	if len(t.Shape()) > 1 {
		s = strings.TrimSuffix(s, ",")
	}
	s += ")"
	h := fmt.Sprintf("{'descr': '%s', 'fortran_order': False, 'shape': %s, }", d, s)
	var buf bytes.Buffer
	buf.WriteString(magic)
	pad := func(prefix int) int { return (64 - (prefix+len(h)+1)%64) % 64 }
	if n := len(h) + 1 + pad(10); n <= 0xFFFF {
		buf.Write([]byte{1, 0})
		buf.Write(binary.LittleEndian.AppendUint16(nil, uint16(n)))
		h += strings.Repeat(" ", pad(10))
	} else {
		buf.Write([]byte{2, 0})
		buf.Write(binary.LittleEndian.AppendUint32(nil, uint32(len(h)+1+pad(12))))
		h += strings.Repeat(" ", pad(12))
	}
	buf.WriteString(h + "\n")
	buf.Write(t.Bytes())
	_, err := w.Write(buf.Bytes())
	return err
}

// ReadFile reads the array in file name.
func ReadFile(name string) (*tensor.Tensor, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	t, err := Read(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return t, nil
}

// WriteFile writes t to file name.
func WriteFile(name string, t *tensor.Tensor) error {
	var buf bytes.Buffer
	if err := Write(&buf, t); err != nil {
		return err
	}
	return os.WriteFile(name, buf.Bytes(), 0o644)
}
