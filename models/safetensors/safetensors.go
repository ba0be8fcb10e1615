// Package safetensors reads and writes the safetensors weight format and
// builds opml graphs from named weights and a given architecture.
//
// A safetensors file is an 8-byte little-endian header length N, N bytes
// of JSON header, then a byte buffer. The header maps every tensor name to
// {"dtype", "shape", "data_offsets": [begin, end]} (offsets into the
// buffer) and may hold "__metadata__", a map of strings. Tensor data is
// row-major and little-endian, which is opml's canonical layout, so a
// tensor's bytes are taken as they are (float NaNs are canonicalized).
//
// Read accepts F32, F16, BF16, I8 and I32 tensors and rejects every other
// dtype by name. It checks what the format requires: a JSON object header
// with no duplicate names, offsets that match dtype and shape, and tensors
// that cover the buffer exactly, without overlaps or holes.
//
// safetensors holds weights only; MLP supplies the architecture (linear
// layers named as in PyTorch state dicts) and returns a graph.
package safetensors

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/opml-dev/opml/tensor"
)

// MaxHeaderBytes is the largest JSON header Read accepts (the format's own
// limit of 100 MB).
const MaxHeaderBytes = 100_000_000

// ErrFormat is wrapped by every error about a malformed or unsupported
// file.
var ErrFormat = errors.New("safetensors: malformed file")

// File is the content of a safetensors file.
type File struct {
	Tensors  map[string]*tensor.Tensor
	Names    []string // tensor names in data-offset order
	Metadata map[string]string
}

// dtypes maps the supported format dtypes to tensor dtypes.
var dtypes = map[string]tensor.DType{
	"F32": tensor.F32, "F16": tensor.F16, "BF16": tensor.BF16, "I8": tensor.I8, "I32": tensor.I32,
}

// knownDTypes are the format's other dtypes, named in errors.
var knownDTypes = map[string]bool{
	"BOOL": true, "U8": true, "I16": true, "U16": true, "U32": true, "I64": true, "U64": true,
	"F64": true, "F8_E5M2": true, "F8_E4M3": true, "F8_E8M0": true, "F4": true, "F6_E2M3": true, "F6_E3M2": true,
}

func dtypeName(d tensor.DType) string {
	for k, v := range dtypes {
		if v == d {
			return k
		}
	}
	return ""
}

// elemSize is the byte size of one element of a supported dtype.
func elemSize(d tensor.DType) int {
	switch d {
	case tensor.F32, tensor.I32:
		return 4
	case tensor.F16, tensor.BF16:
		return 2
	}
	return 1
}

// Read reads a safetensors file and returns its tensors by name.
func Read(r io.Reader) (map[string]*tensor.Tensor, error) {
	f, err := Decode(r)
	if err != nil {
		return nil, err
	}
	return f.Tensors, nil
}

// ReadFile reads the safetensors file name.
func ReadFile(name string) (*File, error) {
	fh, err := os.Open(name)
	if err != nil {
		return nil, fmt.Errorf("safetensors: %w", err)
	}
	defer fh.Close()
	f, err := Decode(bufio.NewReaderSize(fh, 1<<16))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return f, nil
}

type entry struct {
	name  string
	dtype tensor.DType
	shape []int
	begin int64
	end   int64
}

type rawInfo struct {
	DType       string  `json:"dtype"`
	Shape       []int64 `json:"shape"`
	DataOffsets []int64 `json:"data_offsets"`
}

// Decode reads a whole safetensors file.
func Decode(r io.Reader) (*File, error) {
	var lenBuf [8]byte
	if _, err := io.ReadFull(r, lenBuf[:]); err != nil {
		return nil, fmt.Errorf("%w: truncated before the header length", ErrFormat)
	}
	n := binary.LittleEndian.Uint64(lenBuf[:])
	if n < 2 || n > MaxHeaderBytes {
		return nil, fmt.Errorf("%w: header length %d outside [2, %d]", ErrFormat, n, MaxHeaderBytes)
	}
	header, err := io.ReadAll(io.LimitReader(r, int64(n)))
	if err != nil {
		return nil, fmt.Errorf("safetensors: reading the header: %w", err)
	}
	if uint64(len(header)) != n {
		return nil, fmt.Errorf("%w: truncated in the header (%d of %d bytes)", ErrFormat, len(header), n)
	}
	entries, meta, err := parseHeader(header)
	if err != nil {
		return nil, err
	}
	pos, err := tile(entries)
	if err != nil {
		return nil, err
	}
	buf, err := io.ReadAll(io.LimitReader(r, pos+1))
	if err != nil {
		return nil, fmt.Errorf("safetensors: reading the data: %w", err)
	}
	if int64(len(buf)) < pos {
		return nil, fmt.Errorf("%w: truncated: the tensors need %d data bytes, the file has %d", ErrFormat, pos, len(buf))
	}
	if int64(len(buf)) > pos {
		return nil, fmt.Errorf("%w: bytes after the last tensor (which ends at %d)", ErrFormat, pos)
	}
	f := &File{Tensors: make(map[string]*tensor.Tensor, len(entries)), Metadata: meta}
	for _, e := range entries {
		t, err := tensor.FromBytes(e.dtype, buf[e.begin:e.end], e.shape...)
		if err != nil {
			return nil, fmt.Errorf("%w: tensor %q: %w", ErrFormat, e.name, err)
		}
		f.Tensors[e.name] = t
		f.Names = append(f.Names, e.name)
	}
	return f, nil
}

// tile sorts entries by offset and checks that they tile the buffer from 0
// with neither overlaps nor holes; it returns the buffer's length.
func tile(entries []entry) (int64, error) {
	sort.Slice(entries, func(a, b int) bool {
		if entries[a].begin != entries[b].begin {
			return entries[a].begin < entries[b].begin
		}
		return entries[a].end < entries[b].end
	})
	var pos int64
	for _, e := range entries {
		switch {
		case e.begin < pos:
			return 0, fmt.Errorf("%w: tensor %q at [%d, %d) overlaps the tensor before it (which ends at %d)", ErrFormat, e.name, e.begin, e.end, pos)
		case e.begin > pos:
			return 0, fmt.Errorf("%w: bytes [%d, %d) before tensor %q belong to no tensor", ErrFormat, pos, e.begin, e.name)
		}
		pos = e.end
	}
	return pos, nil
}

// parseHeader decodes the JSON header: the tensor entries (unsorted) and
// the metadata.
func parseHeader(header []byte) ([]entry, map[string]string, error) {
	trimmed := bytes.TrimRight(header, " ")
	if len(trimmed) == 0 || trimmed[0] != '{' {
		return nil, nil, fmt.Errorf("%w: the header is not a JSON object", ErrFormat)
	}
	// A token pass finds duplicate names, which json.Unmarshal would
	// silently merge.
	dec := json.NewDecoder(bytes.NewReader(trimmed))
	if _, err := dec.Token(); err != nil {
		return nil, nil, fmt.Errorf("%w: header: %v", ErrFormat, err)
	}
	raw := make(map[string]json.RawMessage)
	var order []string
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, nil, fmt.Errorf("%w: header: %v", ErrFormat, err)
		}
		key, _ := tok.(string)
		var v json.RawMessage
		if err := dec.Decode(&v); err != nil {
			return nil, nil, fmt.Errorf("%w: header entry %q: %v", ErrFormat, key, err)
		}
		if _, dup := raw[key]; dup {
			return nil, nil, fmt.Errorf("%w: header names %q twice", ErrFormat, key)
		}
		raw[key] = v
		order = append(order, key)
	}
	if _, err := dec.Token(); err != nil {
		return nil, nil, fmt.Errorf("%w: header: %v", ErrFormat, err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, nil, fmt.Errorf("%w: header has data after its JSON object", ErrFormat)
	}
	var meta map[string]string
	var entries []entry
	for _, name := range order {
		if name == "__metadata__" {
			if err := json.Unmarshal(raw[name], &meta); err != nil {
				return nil, nil, fmt.Errorf("%w: __metadata__ is not a map of strings: %v", ErrFormat, err)
			}
			continue
		}
		var info rawInfo
		d := json.NewDecoder(bytes.NewReader(raw[name]))
		d.DisallowUnknownFields()
		if err := d.Decode(&info); err != nil {
			return nil, nil, fmt.Errorf("%w: tensor %q: %v", ErrFormat, name, err)
		}
		e, err := checkInfo(name, info)
		if err != nil {
			return nil, nil, err
		}
		entries = append(entries, e)
	}
	return entries, meta, nil
}

// checkInfo validates one tensor's dtype, shape and offsets.
func checkInfo(name string, info rawInfo) (entry, error) {
	e := entry{name: name}
	dt, ok := dtypes[info.DType]
	switch {
	case ok:
		e.dtype = dt
	case knownDTypes[info.DType]:
		return e, fmt.Errorf("%w: tensor %q has dtype %s; opml reads F32, F16, BF16, I8 and I32", ErrFormat, name, info.DType)
	default:
		return e, fmt.Errorf("%w: tensor %q has unknown dtype %q", ErrFormat, name, info.DType)
	}
	if info.Shape == nil {
		return e, fmt.Errorf("%w: tensor %q has no shape", ErrFormat, name)
	}
	if len(info.DataOffsets) != 2 {
		return e, fmt.Errorf("%w: tensor %q has %d data offsets, want [begin, end]", ErrFormat, name, len(info.DataOffsets))
	}
	count := int64(1)
	for _, d := range info.Shape {
		if d <= 0 || d > 1<<31 || count > (1<<40)/d {
			return e, fmt.Errorf("%w: tensor %q has shape %v (opml tensors have no empty or huge axes)", ErrFormat, name, info.Shape)
		}
		count *= d
		e.shape = append(e.shape, int(d))
	}
	if len(e.shape) == 0 {
		e.shape = []int{1} // a scalar
	}
	e.begin, e.end = info.DataOffsets[0], info.DataOffsets[1]
	if e.begin < 0 || e.end < e.begin {
		return e, fmt.Errorf("%w: tensor %q has data offsets [%d, %d]", ErrFormat, name, e.begin, e.end)
	}
	if want := count * int64(elemSize(dt)); e.end-e.begin != want {
		return e, fmt.Errorf("%w: tensor %q (%s %v) spans %d bytes, its shape needs %d", ErrFormat, name, info.DType, info.Shape, e.end-e.begin, want)
	}
	return e, nil
}

// Write writes tensors (in name order) and metadata as a safetensors
// file. Q8 tensors have no safetensors dtype and are rejected.
func Write(w io.Writer, tensors map[string]*tensor.Tensor, metadata map[string]string) error {
	names := make([]string, 0, len(tensors))
	for name := range tensors {
		if name == "__metadata__" {
			return fmt.Errorf("%w: a tensor cannot be named __metadata__", ErrFormat)
		}
		names = append(names, name)
	}
	sort.Strings(names)
	var header strings.Builder
	header.WriteByte('{')
	if len(metadata) > 0 {
		m, err := json.Marshal(metadata)
		if err != nil {
			return fmt.Errorf("safetensors: metadata: %w", err)
		}
		header.WriteString(`"__metadata__":`)
		header.Write(m)
	}
	var off int64
	for i, name := range names {
		t := tensors[name]
		dn := dtypeName(t.DType())
		if dn == "" {
			return fmt.Errorf("%w: tensor %q has dtype %v, which safetensors cannot hold", ErrFormat, name, t.DType())
		}
		size := int64(t.Len() * elemSize(t.DType()))
		if i > 0 || len(metadata) > 0 {
			header.WriteByte(',')
		}
		k, _ := json.Marshal(name)
		shape, _ := json.Marshal(t.Shape())
		fmt.Fprintf(&header, `%s:{"dtype":"%s","shape":%s,"data_offsets":[%d,%d]}`, k, dn, shape, off, off+size)
		off += size
	}
	header.WriteByte('}')
	// Pad the header with spaces so the data starts 8-byte aligned, as
	// the reference writer does.
	for (8+header.Len())%8 != 0 {
		header.WriteByte(' ')
	}
	bw := bufio.NewWriter(w)
	var lenBuf [8]byte
	binary.LittleEndian.PutUint64(lenBuf[:], uint64(header.Len()))
	bw.Write(lenBuf[:])
	bw.WriteString(header.String())
	for _, name := range names {
		bw.Write(tensors[name].Bytes())
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("safetensors: writing: %w", err)
	}
	return nil
}
