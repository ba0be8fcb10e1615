package safetensors

import (
	"encoding/binary"
	"fmt"

	"github.com/opml-dev/opml/tensor"
)

// Entry is one tensor of a file indexed in place: its name, dtype, shape
// and bytes (a view of the indexed data, little-endian, not converted).
type Entry struct {
	Name  string
	DType tensor.DType
	Shape []int
	Data  []byte
}

// Index parses the safetensors file held in data (for example a memory
// mapping) without copying any tensor: it checks everything Decode checks
// and returns the tensors in data-offset order and the metadata.
func Index(data []byte) ([]Entry, map[string]string, error) {
	if len(data) < 8 {
		return nil, nil, fmt.Errorf("%w: truncated before the header length", ErrFormat)
	}
	n := binary.LittleEndian.Uint64(data)
	if n < 2 || n > MaxHeaderBytes {
		return nil, nil, fmt.Errorf("%w: header length %d outside [2, %d]", ErrFormat, n, MaxHeaderBytes)
	}
	if uint64(len(data)-8) < n {
		return nil, nil, fmt.Errorf("%w: truncated in the header (%d of %d bytes)", ErrFormat, len(data)-8, n)
	}
	entries, meta, err := parseHeader(data[8 : 8+n])
	if err != nil {
		return nil, nil, err
	}
	size, err := tile(entries)
	if err != nil {
		return nil, nil, err
	}
	buf := data[8+n:]
	switch {
	case int64(len(buf)) < size:
		return nil, nil, fmt.Errorf("%w: truncated: the tensors need %d data bytes, the file has %d", ErrFormat, size, len(buf))
	case int64(len(buf)) > size:
		return nil, nil, fmt.Errorf("%w: bytes after the last tensor (which ends at %d)", ErrFormat, size)
	}
	out := make([]Entry, len(entries))
	for i, e := range entries {
		out[i] = Entry{Name: e.name, DType: e.dtype, Shape: e.shape, Data: buf[e.begin:e.end:e.end]}
	}
	return out, meta, nil
}
