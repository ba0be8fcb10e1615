package safetensors

import (
	"bufio"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/opml-dev/opml/tensor"
)

// TensorSpec describes a tensor a StreamWriter will write.
type TensorSpec struct {
	Name  string
	DType tensor.DType
	Shape []int
}

// StreamWriter writes a safetensors file one tensor at a time, in the order
// the specs were given (which is also their data order), so files larger
// than memory can be written.
type StreamWriter struct {
	w     *bufio.Writer
	specs []TensorSpec
	sizes []int64
	next  int
}

// NewStreamWriter writes the header for specs and metadata.
func NewStreamWriter(w io.Writer, specs []TensorSpec, metadata map[string]string) (*StreamWriter, error) {
	sw := &StreamWriter{w: bufio.NewWriterSize(w, 1<<20), specs: specs}
	var header strings.Builder
	header.WriteByte('{')
	if len(metadata) > 0 {
		m, err := json.Marshal(metadata)
		if err != nil {
			return nil, fmt.Errorf("safetensors: metadata: %w", err)
		}
		header.WriteString(`"__metadata__":`)
		header.Write(m)
	}
	var off int64
	seen := map[string]bool{}
	for i, s := range specs {
		dn := dtypeName(s.DType)
		if dn == "" || s.Name == "__metadata__" || seen[s.Name] {
			return nil, fmt.Errorf("%w: tensor %q (dtype %v) cannot be written", ErrFormat, s.Name, s.DType)
		}
		seen[s.Name] = true
		n := int64(1)
		for _, d := range s.Shape {
			n *= int64(d)
		}
		size := n * int64(elemSize(s.DType))
		sw.sizes = append(sw.sizes, size)
		if i > 0 || len(metadata) > 0 {
			header.WriteByte(',')
		}
		k, _ := json.Marshal(s.Name)
		shape, _ := json.Marshal(s.Shape)
		fmt.Fprintf(&header, `%s:{"dtype":"%s","shape":%s,"data_offsets":[%d,%d]}`, k, dn, shape, off, off+size)
		off += size
	}
	header.WriteByte('}')
	for (8+header.Len())%8 != 0 {
		header.WriteByte(' ')
	}
	var lenBuf [8]byte
	binary.LittleEndian.PutUint64(lenBuf[:], uint64(header.Len()))
	sw.w.Write(lenBuf[:])
	if _, err := sw.w.WriteString(header.String()); err != nil {
		return nil, fmt.Errorf("safetensors: writing: %w", err)
	}
	return sw, nil
}

// WriteTensor writes the little-endian bytes of the next tensor.
func (sw *StreamWriter) WriteTensor(data []byte) error {
	if sw.next >= len(sw.specs) {
		return fmt.Errorf("safetensors: more tensors written than declared")
	}
	if int64(len(data)) != sw.sizes[sw.next] {
		return fmt.Errorf("safetensors: tensor %q has %d bytes, its shape needs %d", sw.specs[sw.next].Name, len(data), sw.sizes[sw.next])
	}
	sw.next++
	if _, err := sw.w.Write(data); err != nil {
		return fmt.Errorf("safetensors: writing: %w", err)
	}
	return nil
}

// Close flushes the file after checking that every tensor was written.
func (sw *StreamWriter) Close() error {
	if sw.next != len(sw.specs) {
		return fmt.Errorf("safetensors: %d of %d tensors written", sw.next, len(sw.specs))
	}
	if err := sw.w.Flush(); err != nil {
		return fmt.Errorf("safetensors: writing: %w", err)
	}
	return nil
}
