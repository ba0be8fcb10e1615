package gguf

import (
	"encoding/binary"
	"fmt"
	"math"
	"unicode/utf8"

	"github.com/opml-dev/opml/internal/mmap"
)

// Limits on what Parse accepts, beyond fitting in the file.
const (
	maxKeyBytes   = 1 << 16
	maxArrayDepth = 4
	maxTensors    = 1 << 20
)

// File is a parsed GGUF file.
type File struct {
	Version   uint32
	Metadata  Metadata
	Tensors   []Tensor
	Alignment int
	// DataOffset is the file offset of the data section.
	DataOffset int64

	byName map[string]int
	mapped *mmap.File
}

// Open maps the file at path read-only and parses it. Tensor data stays in
// the mapping (nothing is copied); Close unmaps it.
func Open(path string) (*File, error) {
	m, err := mmap.Open(path)
	if err != nil {
		return nil, fmt.Errorf("gguf: %w", err)
	}
	f, err := Parse(m.Data)
	if err != nil {
		m.Close()
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	f.mapped = m
	return f, nil
}

// Close releases the file's mapping (if Open made one). Tensor data must
// not be used afterwards.
func (f *File) Close() error {
	if f.mapped == nil {
		return nil
	}
	err := f.mapped.Close()
	f.mapped = nil
	return err
}

// WillNeed hints that the tensors' data will be read soon.
func (f *File) WillNeed() {
	if f.mapped != nil {
		f.mapped.WillNeed(int(f.DataOffset), len(f.mapped.Data)-int(f.DataOffset))
	}
}

// Tensor returns the tensor named name.
func (f *File) Tensor(name string) (*Tensor, bool) {
	i, ok := f.byName[name]
	if !ok {
		return nil, false
	}
	return &f.Tensors[i], true
}

// reader decodes little-endian values from a byte slice, failing (not
// panicking) at its end.
type reader struct {
	b   []byte
	off int
	err error
}

func (r *reader) fail(format string, args ...any) {
	if r.err == nil {
		r.err = fmt.Errorf("%w: "+format, append([]any{ErrFormat}, args...)...)
	}
}

func (r *reader) take(n int, what string) []byte {
	if r.err != nil {
		return nil
	}
	if n < 0 || n > len(r.b)-r.off {
		r.fail("truncated in %s at byte %d (needs %d bytes, %d left)", what, r.off, n, len(r.b)-r.off)
		return nil
	}
	p := r.b[r.off : r.off+n]
	r.off += n
	return p
}

func (r *reader) u8(what string) uint8 {
	if p := r.take(1, what); p != nil {
		return p[0]
	}
	return 0
}

func (r *reader) u16(what string) uint16 {
	if p := r.take(2, what); p != nil {
		return binary.LittleEndian.Uint16(p)
	}
	return 0
}

func (r *reader) u32(what string) uint32 {
	if p := r.take(4, what); p != nil {
		return binary.LittleEndian.Uint32(p)
	}
	return 0
}

func (r *reader) u64(what string) uint64 {
	if p := r.take(8, what); p != nil {
		return binary.LittleEndian.Uint64(p)
	}
	return 0
}

// count reads a uint64 count of items of at least minSize bytes each and
// checks that they can fit in what is left of the file.
func (r *reader) count(minSize int, what string) int {
	n := r.u64(what)
	if r.err != nil {
		return 0
	}
	left := uint64(len(r.b) - r.off)
	if minSize > 0 && n > left/uint64(minSize) {
		r.fail("%s: %d items cannot fit in the %d bytes left", what, n, left)
		return 0
	}
	if n > math.MaxInt32 {
		r.fail("%s: %d items", what, n)
		return 0
	}
	return int(n)
}

func (r *reader) str(what string) string {
	n := r.count(1, what)
	p := r.take(n, what)
	if r.err != nil {
		return ""
	}
	return string(p)
}

// Parse parses a whole GGUF file held in data. Tensor data is not copied:
// each Tensor's Data is a sub-slice of data.
func Parse(data []byte) (*File, error) {
	r := &reader{b: data}
	if magic := r.take(4, "the magic"); r.err != nil || string(magic) != Magic {
		if r.err != nil {
			return nil, r.err
		}
		return nil, fmt.Errorf("%w: not a GGUF file (magic %q)", ErrFormat, magic)
	}
	f := &File{Version: r.u32("the version")}
	if r.err == nil && (f.Version < 2 || f.Version > 3) {
		return nil, fmt.Errorf("%w: version %d (opml reads GGUF versions 2 and 3)", ErrFormat, f.Version)
	}
	// A tensor info is at least 8+4+4+8 bytes; a kv at least 8+4+1.
	nTensors := r.count(24, "the tensor count")
	nKV := r.count(13, "the metadata count")
	if r.err == nil && nTensors > maxTensors {
		r.fail("%d tensors", nTensors)
	}
	seen := make(map[string]bool, nKV)
	for i := 0; i < nKV && r.err == nil; i++ {
		key := r.str("a metadata key")
		if r.err != nil {
			break
		}
		if len(key) > maxKeyBytes || !utf8.ValidString(key) || key == "" {
			r.fail("metadata key %d is empty, too long or not UTF-8", i)
			break
		}
		if seen[key] {
			r.fail("metadata key %q appears twice", key)
			break
		}
		seen[key] = true
		vt := ValueType(r.u32("the type of " + key))
		v := r.value(vt, key, 0)
		if r.err != nil {
			break
		}
		f.Metadata = append(f.Metadata, KV{key, v})
	}
	if r.err != nil {
		return nil, r.err
	}
	f.Alignment = DefaultAlignment
	if a, ok, err := f.Metadata.Int("general.alignment"); err != nil {
		return nil, err
	} else if ok {
		if a <= 0 || a > 1<<20 || a%8 != 0 {
			return nil, fmt.Errorf("%w: general.alignment %d is not a positive multiple of 8", ErrFormat, a)
		}
		f.Alignment = int(a)
	}
	infos := make([]TensorInfo, 0, nTensors)
	f.byName = make(map[string]int, nTensors)
	for i := 0; i < nTensors && r.err == nil; i++ {
		ti := r.tensorInfo()
		if r.err != nil {
			break
		}
		if _, dup := f.byName[ti.Name]; dup {
			return nil, fmt.Errorf("%w: tensor %q appears twice", ErrFormat, ti.Name)
		}
		f.byName[ti.Name] = i
		infos = append(infos, ti)
	}
	if r.err != nil {
		return nil, r.err
	}
	align := int64(f.Alignment)
	f.DataOffset = (int64(r.off) + align - 1) / align * align
	if f.DataOffset > int64(len(data)) && nTensors > 0 {
		return nil, fmt.Errorf("%w: truncated before the data section (at %d, the file has %d bytes)", ErrFormat, f.DataOffset, len(data))
	}
	dataLen := uint64(max(int64(len(data))-f.DataOffset, 0))
	f.Tensors = make([]Tensor, len(infos))
	for i, ti := range infos {
		if ti.Offset%uint64(align) != 0 {
			return nil, fmt.Errorf("%w: tensor %q at data offset %d is not aligned to %d", ErrFormat, ti.Name, ti.Offset, align)
		}
		size := ti.Size()
		if ti.Offset > dataLen || size > dataLen-ti.Offset {
			return nil, fmt.Errorf("%w: truncated: tensor %q needs data bytes [%d, %d), the data section has %d", ErrFormat, ti.Name, ti.Offset, ti.Offset+size, dataLen)
		}
		start := f.DataOffset + int64(ti.Offset)
		f.Tensors[i] = Tensor{TensorInfo: ti, Data: data[start : start+int64(size) : start+int64(size)]}
	}
	return f, nil
}

func (r *reader) tensorInfo() TensorInfo {
	var ti TensorInfo
	ti.Name = r.str("a tensor name")
	if r.err != nil {
		return ti
	}
	if ti.Name == "" || len(ti.Name) > maxKeyBytes || !utf8.ValidString(ti.Name) {
		r.fail("a tensor name is empty, too long or not UTF-8")
		return ti
	}
	nd := r.u32("the dims of " + ti.Name)
	if r.err == nil && (nd == 0 || nd > MaxDims) {
		r.fail("tensor %q has %d dimensions (1 to %d)", ti.Name, nd, MaxDims)
		return ti
	}
	n := uint64(1)
	for j := uint32(0); j < nd && r.err == nil; j++ {
		d := r.u64("the dims of " + ti.Name)
		if r.err == nil && (d == 0 || d > 1<<40 || n > (1<<46)/d) {
			r.fail("tensor %q has dims with %d elements in dimension %d (no empty or huge tensors)", ti.Name, d, j)
		}
		n *= d
		ti.Dims = append(ti.Dims, d)
	}
	ti.Type = Type(r.u32("the type of " + ti.Name))
	ti.Offset = r.u64("the offset of " + ti.Name)
	if r.err != nil {
		return ti
	}
	if !ti.Type.Known() {
		r.fail("tensor %q has unknown type %d", ti.Name, uint32(ti.Type))
		return ti
	}
	if _, err := ti.Type.RowSize(int(ti.Dims[0])); err != nil {
		r.fail("tensor %q: %v", ti.Name, err)
	}
	return ti
}

// value reads a value of type vt (the key names errors).
func (r *reader) value(vt ValueType, key string, depth int) Value {
	switch vt {
	case TypeUint8:
		return Value{r.u8(key)}
	case TypeInt8:
		return Value{int8(r.u8(key))}
	case TypeUint16:
		return Value{r.u16(key)}
	case TypeInt16:
		return Value{int16(r.u16(key))}
	case TypeUint32:
		return Value{r.u32(key)}
	case TypeInt32:
		return Value{int32(r.u32(key))}
	case TypeFloat32:
		return Value{math.Float32frombits(r.u32(key))}
	case TypeUint64:
		return Value{r.u64(key)}
	case TypeInt64:
		return Value{int64(r.u64(key))}
	case TypeFloat64:
		return Value{math.Float64frombits(r.u64(key))}
	case TypeBool:
		b := r.u8(key)
		if r.err == nil && b > 1 {
			r.fail("%s: bool byte %d", key, b)
		}
		return Value{b == 1}
	case TypeString:
		s := r.str(key)
		return Value{s}
	case TypeArray:
		if depth >= maxArrayDepth {
			r.fail("%s: arrays nested deeper than %d", key, maxArrayDepth)
			return Value{}
		}
		return Value{r.array(key, depth)}
	}
	r.fail("%s has unknown value type %d", key, uint32(vt))
	return Value{}
}

func readN[T any](r *reader, key string, n, size int, dec func([]byte) T) []T {
	p := r.take(n*size, key)
	if r.err != nil {
		return nil
	}
	out := make([]T, n)
	for i := range out {
		out[i] = dec(p[i*size:])
	}
	return out
}

func (r *reader) array(key string, depth int) Array {
	et := ValueType(r.u32(key))
	min := et.scalarSize()
	switch et {
	case TypeString:
		min = 8
	case TypeArray:
		min = 12
	}
	if r.err == nil && min == 0 {
		r.fail("%s: array of unknown value type %d", key, uint32(et))
		return Array{}
	}
	n := r.count(min, key)
	if r.err != nil {
		return Array{}
	}
	le := binary.LittleEndian
	a := Array{Elem: et}
	switch et {
	case TypeUint8:
		a.X = readN(r, key, n, 1, func(p []byte) uint8 { return p[0] })
	case TypeInt8:
		a.X = readN(r, key, n, 1, func(p []byte) int8 { return int8(p[0]) })
	case TypeBool:
		a.X = readN(r, key, n, 1, func(p []byte) bool { return p[0] != 0 })
	case TypeUint16:
		a.X = readN(r, key, n, 2, le.Uint16)
	case TypeInt16:
		a.X = readN(r, key, n, 2, func(p []byte) int16 { return int16(le.Uint16(p)) })
	case TypeUint32:
		a.X = readN(r, key, n, 4, le.Uint32)
	case TypeInt32:
		a.X = readN(r, key, n, 4, func(p []byte) int32 { return int32(le.Uint32(p)) })
	case TypeFloat32:
		a.X = readN(r, key, n, 4, func(p []byte) float32 { return math.Float32frombits(le.Uint32(p)) })
	case TypeUint64:
		a.X = readN(r, key, n, 8, le.Uint64)
	case TypeInt64:
		a.X = readN(r, key, n, 8, func(p []byte) int64 { return int64(le.Uint64(p)) })
	case TypeFloat64:
		a.X = readN(r, key, n, 8, func(p []byte) float64 { return math.Float64frombits(le.Uint64(p)) })
	case TypeString:
		s := make([]string, 0, n)
		for i := 0; i < n && r.err == nil; i++ {
			s = append(s, r.str(key))
		}
		a.X = s
	case TypeArray:
		s := make([]Array, 0, n)
		for i := 0; i < n && r.err == nil; i++ {
			v := r.value(TypeArray, key, depth+1)
			if r.err == nil {
				s = append(s, v.X.(Array))
			}
		}
		a.X = s
	}
	return a
}
