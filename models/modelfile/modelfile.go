// Package modelfile owns opml's model file format: one file holding a
// whole graph.Graph (its tensors, nodes, input and output) and the
// canonical bytes of its weights, with a checksum over the header, the
// commitment of every weight, the graph descriptor commitment and a
// checksum over the whole file. docs/modelfile.md specifies the format.
//
// The layout (all integers little-endian):
//
//	preamble  64 bytes: magic "OPMLMODL", version, header length H,
//	          data offset D, data length L, keccak256(header)
//	header    H bytes at offset 64: name, metadata, tensors, nodes,
//	          the input ids and the output ids (each a count and the
//	          ids), graph descriptor commitment
//	padding   zeros up to D, the next multiple of 4096
//	data      L bytes: the weights' canonical bytes in tensor-id order,
//	          each at an offset (from D) that is a multiple of 64
//	trailer   keccak256 of every byte before it
//
// Every placement is fixed by the graph, so a graph has exactly one
// encoding, and weights sit at page-relative aligned offsets from which a
// loader could map them instead of reading them. Read checks everything:
// a corrupt, truncated or inconsistent file is an error wrapping
// ErrFormat (or ErrChecksum for a checksum or commitment mismatch), never
// a panic.
//
// Version 2 (written since graphs have several inputs and outputs) lists
// input and output ids; version 1 files, with exactly one input id and one
// output id, are still read.
package modelfile

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"sort"
	"sync"
	"unicode/utf8"

	"github.com/opml-dev/opml/graph"
	"github.com/opml-dev/opml/internal/keccak"
	"github.com/opml-dev/opml/tensor"
)

// Format constants.
const (
	Magic        = "OPMLMODL"
	Version      = 2
	PreambleSize = 64
	// DataAlign is the alignment of the data section in the file (a
	// page, so the section can be mapped on its own).
	DataAlign = 4096
	// TensorAlign is the alignment of every weight inside the data
	// section.
	TensorAlign = 64
	// MaxHeaderBytes bounds the header a reader accepts.
	MaxHeaderBytes = 64 << 20
	maxString      = 1 << 16
	maxMetadata    = 1 << 10
	maxTensors     = 1 << 20
	maxParams      = 64
)

// Errors. Every error Read returns wraps one of these.
var (
	ErrFormat   = errors.New("modelfile: malformed model file")
	ErrChecksum = errors.New("modelfile: checksum mismatch")
)

// Model is a graph with the descriptive fields a model file carries
// besides it. Name and Metadata are labels: they are covered by the
// checksums but by no commitment.
type Model struct {
	Name     string
	Metadata map[string]string
	Graph    *graph.Graph
}

// Write writes g as a model file with no name or metadata.
func Write(w io.Writer, g *graph.Graph) error { return WriteModel(w, &Model{Graph: g}) }

// WriteFile writes m to the file name.
func WriteFile(name string, m *Model) error {
	var buf bytes.Buffer
	if err := WriteModel(&buf, m); err != nil {
		return err
	}
	return os.WriteFile(name, buf.Bytes(), 0o644)
}

// weightSlot is where one weight's bytes go in the data section.
type weightSlot struct {
	id     int
	offset int64
	size   int64
}

// layout places the weights of g in tensor-id order, each at the next
// multiple of TensorAlign, and returns the slots and the data length.
func layout(g *graph.Graph) ([]weightSlot, int64, error) {
	var slots []weightSlot
	var next int64
	for id := range g.Tensors {
		ti := &g.Tensors[id]
		if ti.Kind != graph.Weight {
			continue
		}
		n, err := ti.Spec().ByteSize()
		if err != nil {
			return nil, 0, fmt.Errorf("tensor %d (%s): %w", id, ti.Name, err)
		}
		slots = append(slots, weightSlot{id, next, int64(n)})
		next = alignUp(next+int64(n), TensorAlign)
	}
	return slots, next, nil
}

func alignUp(n, a int64) int64 { return (n + a - 1) / a * a }

// WriteModel writes m in the model file format. The graph must be valid.
func WriteModel(w io.Writer, m *Model) error {
	if m == nil || m.Graph == nil {
		return fmt.Errorf("%w: no graph to write", ErrFormat)
	}
	g := m.Graph
	if err := g.Validate(); err != nil {
		return fmt.Errorf("modelfile: writing: %w", err)
	}
	gc, err := g.Commitment()
	if err != nil {
		return fmt.Errorf("modelfile: writing: %w", err)
	}
	slots, dataLen, err := layout(g)
	if err != nil {
		return fmt.Errorf("modelfile: writing: %w", err)
	}
	slotOf := make(map[int]weightSlot, len(slots))
	for _, s := range slots {
		slotOf[s.id] = s
	}
	commits := make([][32]byte, len(g.Tensors))
	parallel(len(slots), func(i int) {
		commits[slots[i].id] = graph.CommitTensor(g.Tensors[slots[i].id].Value)
	})

	var h enc
	if err := h.str(m.Name); err != nil {
		return fmt.Errorf("modelfile: model name: %w", err)
	}
	keys := make([]string, 0, len(m.Metadata))
	for k := range m.Metadata {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	if len(keys) > maxMetadata {
		return fmt.Errorf("%w: %d metadata entries (at most %d)", ErrFormat, len(keys), maxMetadata)
	}
	h.u32(uint32(len(keys)))
	for _, k := range keys {
		if err := h.str(k); err != nil {
			return fmt.Errorf("modelfile: metadata key: %w", err)
		}
		if err := h.str(m.Metadata[k]); err != nil {
			return fmt.Errorf("modelfile: metadata %q: %w", k, err)
		}
	}
	h.u32(uint32(len(g.Tensors)))
	for id := range g.Tensors {
		ti := &g.Tensors[id]
		if err := h.str(ti.Name); err != nil {
			return fmt.Errorf("modelfile: tensor %d name: %w", id, err)
		}
		h.u32(uint32(ti.Kind))
		h.u32(uint32(ti.DType))
		h.u32(uint32(len(ti.Shape)))
		for _, d := range ti.Shape {
			h.u32(uint32(d))
		}
		if ti.Kind == graph.Weight {
			s := slotOf[id]
			h.u64(uint64(s.offset))
			h.u64(uint64(s.size))
			h.b = append(h.b, commits[id][:]...)
		}
	}
	h.u32(uint32(len(g.Nodes)))
	for _, n := range g.Nodes {
		h.u32(uint32(n.Op))
		h.u32(uint32(len(n.Params)))
		for _, p := range n.Params {
			kind := uint32(0)
			if p.Float {
				kind = 1
			}
			h.u32(kind)
			h.u32(p.Bits)
		}
		h.u32(uint32(len(n.Inputs)))
		for _, in := range n.Inputs {
			h.u32(uint32(in))
		}
		h.u32(uint32(n.Output))
	}
	for _, ids := range [][]int{g.Inputs, g.Outputs} {
		h.u32(uint32(len(ids)))
		for _, id := range ids {
			h.u32(uint32(id))
		}
	}
	h.b = append(h.b, gc[:]...)
	if len(h.b) > MaxHeaderBytes {
		return fmt.Errorf("%w: header of %d bytes (at most %d)", ErrFormat, len(h.b), MaxHeaderBytes)
	}

	dataOff := alignUp(PreambleSize+int64(len(h.b)), DataAlign)
	var pre [PreambleSize]byte
	copy(pre[:], Magic)
	binary.LittleEndian.PutUint32(pre[8:], Version)
	binary.LittleEndian.PutUint32(pre[12:], uint32(len(h.b)))
	binary.LittleEndian.PutUint64(pre[16:], uint64(dataOff))
	binary.LittleEndian.PutUint64(pre[24:], uint64(dataLen))
	hh := keccak.Sum256(h.b)
	copy(pre[32:], hh[:])

	sum := keccak.New()
	bw := bufio.NewWriterSize(w, 1<<16)
	out := io.MultiWriter(bw, sum)
	write := func(b []byte) {
		if err == nil {
			_, err = out.Write(b)
		}
	}
	write(pre[:])
	write(h.b)
	write(make([]byte, dataOff-PreambleSize-int64(len(h.b))))
	var pos int64
	for _, s := range slots {
		write(make([]byte, s.offset-pos))
		write(g.Tensors[s.id].Value.Bytes())
		pos = s.offset + s.size
	}
	write(make([]byte, dataLen-pos))
	if err != nil {
		return fmt.Errorf("modelfile: writing: %w", err)
	}
	if _, err := bw.Write(sum.Sum(nil)); err != nil {
		return fmt.Errorf("modelfile: writing: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("modelfile: writing: %w", err)
	}
	return nil
}

// enc appends little-endian fields.
type enc struct{ b []byte }

func (e *enc) u32(v uint32) { e.b = binary.LittleEndian.AppendUint32(e.b, v) }
func (e *enc) u64(v uint64) { e.b = binary.LittleEndian.AppendUint64(e.b, v) }

func (e *enc) str(s string) error {
	if len(s) > maxString {
		return fmt.Errorf("%w: string of %d bytes (at most %d)", ErrFormat, len(s), maxString)
	}
	if !utf8.ValidString(s) {
		return fmt.Errorf("%w: string %q is not UTF-8", ErrFormat, s)
	}
	e.u32(uint32(len(s)))
	e.b = append(e.b, s...)
	return nil
}

// ReadFile reads the graph in the model file name.
func ReadFile(name string) (*graph.Graph, error) {
	m, err := ReadModelFile(name)
	if err != nil {
		return nil, err
	}
	return m.Graph, nil
}

// ReadModelFile reads the model file name.
func ReadModelFile(name string) (*Model, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, fmt.Errorf("modelfile: %w", err)
	}
	defer f.Close()
	m, err := ReadModel(bufio.NewReaderSize(f, 1<<16))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return m, nil
}

// Read reads a model file and returns its graph.
func Read(r io.Reader) (*graph.Graph, error) {
	m, err := ReadModel(r)
	if err != nil {
		return nil, err
	}
	return m.Graph, nil
}

// hashingReader hashes and counts every byte read through it.
type hashingReader struct {
	r   io.Reader
	sum *keccak.Digest
	n   int64
}

func (h *hashingReader) Read(p []byte) (int, error) {
	n, err := h.r.Read(p)
	h.sum.Write(p[:n])
	h.n += int64(n)
	return n, err
}

// readN reads exactly n bytes, growing its buffer as data arrives so that
// a length field that lies cannot make it allocate more than the input
// holds (plus one chunk).
func readN(r io.Reader, n int64, what string) ([]byte, error) {
	const chunk = 1 << 20
	var buf []byte
	for int64(len(buf)) < n {
		k := int(min(chunk, n-int64(len(buf))))
		old := len(buf)
		buf = append(buf, make([]byte, k)...)
		if _, err := io.ReadFull(r, buf[old:]); err != nil {
			if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
				return nil, fmt.Errorf("%w: truncated in the %s", ErrFormat, what)
			}
			return nil, fmt.Errorf("modelfile: reading the %s: %w", what, err)
		}
	}
	return buf, nil
}

// skipZeros reads n bytes that must all be zero.
func skipZeros(r io.Reader, n int64, what string) error {
	for n > 0 {
		k := min(n, 1<<16)
		b, err := readN(r, k, what)
		if err != nil {
			return err
		}
		for _, c := range b {
			if c != 0 {
				return fmt.Errorf("%w: non-zero byte in the %s", ErrFormat, what)
			}
		}
		n -= k
	}
	return nil
}

// ReadModel reads a model file, checking its magic, version, header
// checksum, structure, the placement, size and commitment of every weight,
// the whole-file checksum, the graph's validity and its descriptor
// commitment.
func ReadModel(r io.Reader) (*Model, error) {
	hr := &hashingReader{r: r, sum: keccak.New()}
	pre, err := readN(hr, PreambleSize, "preamble")
	if err != nil {
		return nil, err
	}
	if string(pre[:8]) != Magic {
		return nil, fmt.Errorf("%w: not an opml model file (magic %q, want %q)", ErrFormat, pre[:8], Magic)
	}
	version := binary.LittleEndian.Uint32(pre[8:])
	if version != 1 && version != Version {
		return nil, fmt.Errorf("%w: model file version %d, this build reads versions 1 and %d", ErrFormat, version, Version)
	}
	headerLen := int64(binary.LittleEndian.Uint32(pre[12:]))
	dataOff := binary.LittleEndian.Uint64(pre[16:])
	dataLen := binary.LittleEndian.Uint64(pre[24:])
	if headerLen > MaxHeaderBytes {
		return nil, fmt.Errorf("%w: header of %d bytes (at most %d)", ErrFormat, headerLen, MaxHeaderBytes)
	}
	if want := alignUp(PreambleSize+headerLen, DataAlign); dataOff != uint64(want) {
		return nil, fmt.Errorf("%w: data offset %d, want %d for a %d-byte header", ErrFormat, dataOff, want, headerLen)
	}
	hdr, err := readN(hr, headerLen, "header")
	if err != nil {
		return nil, err
	}
	if got := keccak.Sum256(hdr); !bytes.Equal(got[:], pre[32:64]) {
		return nil, fmt.Errorf("%w: header checksum is %x, the preamble says %x", ErrChecksum, got, pre[32:64])
	}
	m, ws, graphCommit, err := parseHeader(hdr, version)
	if err != nil {
		return nil, err
	}
	g := m.Graph
	slots, wantLen, err := layout(g)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrFormat, err)
	}
	for i, s := range slots {
		w := ws[i]
		name := g.Tensors[s.id].Name
		if w.length != uint64(s.size) {
			return nil, fmt.Errorf("%w: weight %d (%s) has %d data bytes, its spec %v needs %d",
				ErrFormat, s.id, name, w.length, g.Tensors[s.id].Spec(), s.size)
		}
		if w.offset != uint64(s.offset) {
			return nil, fmt.Errorf("%w: weight %d (%s) at data offset %d, want %d", ErrFormat, s.id, name, w.offset, s.offset)
		}
	}
	if dataLen != uint64(wantLen) {
		return nil, fmt.Errorf("%w: data length %d, the weights need %d", ErrFormat, dataLen, wantLen)
	}
	if err := skipZeros(hr, int64(dataOff)-PreambleSize-headerLen, "padding before the data"); err != nil {
		return nil, err
	}
	// Each weight's commitment is checked on its own goroutine while the
	// next weights are read and hashed; at most GOMAXPROCS raw buffers
	// wait at once. Results are examined in tensor-id order, so the error
	// reported does not depend on scheduling.
	checks := make([]error, len(slots))
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	var wg sync.WaitGroup
	fail := func(err error) (*Model, error) {
		wg.Wait()
		return nil, err
	}
	var pos int64
	for i, s := range slots {
		ti := &g.Tensors[s.id]
		if err := skipZeros(hr, s.offset-pos, "padding between weights"); err != nil {
			return fail(err)
		}
		raw, err := readN(hr, s.size, fmt.Sprintf("data of weight %d (%s)", s.id, ti.Name))
		if err != nil {
			return fail(err)
		}
		sem <- struct{}{}
		wg.Add(1)
		go func() {
			defer wg.Done()
			checks[i] = checkWeight(s.id, ti, raw, ws[i].commit)
			<-sem
		}()
		pos = s.offset + s.size
	}
	if err := skipZeros(hr, wantLen-pos, "padding after the weights"); err != nil {
		return fail(err)
	}
	want := hr.sum.Sum(nil)
	trailer, err := readN(r, 32, "trailing checksum")
	if err != nil {
		return fail(err)
	}
	wg.Wait()
	for _, err := range checks {
		if err != nil {
			return nil, err
		}
	}
	if !bytes.Equal(trailer, want) {
		return nil, fmt.Errorf("%w: file checksum is %x, the trailer says %x", ErrChecksum, want, trailer)
	}
	var extra [1]byte
	if n, _ := io.ReadFull(r, extra[:]); n != 0 {
		return nil, fmt.Errorf("%w: bytes after the trailing checksum", ErrFormat)
	}
	if err := g.Validate(); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrFormat, err)
	}
	gc, err := g.Commitment()
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrFormat, err)
	}
	if gc != graphCommit {
		return nil, fmt.Errorf("%w: graph descriptor commitment is %x, the header says %x", ErrChecksum, gc, graphCommit)
	}
	return m, nil
}

// checkWeight checks a weight's bytes against its commitment and sets
// its value. It touches only ti, so weights can be checked concurrently.
func checkWeight(id int, ti *graph.TensorInfo, raw []byte, commit [32]byte) error {
	if c := graph.Commit(raw); c != commit {
		return fmt.Errorf("%w: weight %d (%s) has commitment %x, the header says %x", ErrChecksum, id, ti.Name, c, commit)
	}
	t, err := tensor.FromBytes(ti.DType, raw, ti.Shape...)
	if err != nil {
		return fmt.Errorf("%w: weight %d (%s): %w", ErrFormat, id, ti.Name, err)
	}
	if !bytes.Equal(t.Bytes(), raw) {
		return fmt.Errorf("%w: weight %d (%s) is not in canonical form (a non-canonical NaN)", ErrFormat, id, ti.Name)
	}
	ti.Value = t
	return nil
}

// parallel runs f(0) … f(n−1) on up to GOMAXPROCS goroutines.
func parallel(n int, f func(i int)) {
	workers := min(n, runtime.GOMAXPROCS(0))
	var wg sync.WaitGroup
	next := make(chan int)
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				f(i)
			}
		}()
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
}

// weightEntry is a weight's placement and commitment from the header.
type weightEntry struct {
	offset, length uint64
	commit         [32]byte
}

// dec reads little-endian fields from the header, remembering the first
// error.
type dec struct {
	b   []byte
	err error
}

func (d *dec) fail(format string, args ...any) {
	if d.err == nil {
		d.err = fmt.Errorf("%w: header: %s", ErrFormat, fmt.Sprintf(format, args...))
	}
}

func (d *dec) bytes(n int) []byte {
	if d.err != nil {
		return nil
	}
	if n < 0 || n > len(d.b) {
		d.fail("truncated")
		return nil
	}
	v := d.b[:n]
	d.b = d.b[n:]
	return v
}

func (d *dec) u32() uint32 {
	if b := d.bytes(4); b != nil {
		return binary.LittleEndian.Uint32(b)
	}
	return 0
}

func (d *dec) u64() uint64 {
	if b := d.bytes(8); b != nil {
		return binary.LittleEndian.Uint64(b)
	}
	return 0
}

// count reads a count that must not exceed max.
func (d *dec) count(max int, what string) int {
	v := d.u32()
	if d.err == nil && v > uint32(max) {
		d.fail("%d %s (at most %d)", v, what, max)
		return 0
	}
	return int(v)
}

func (d *dec) str(what string) string {
	n := d.count(maxString, "bytes in a "+what)
	b := d.bytes(n)
	if d.err == nil && !utf8.Valid(b) {
		d.fail("%s is not UTF-8", what)
	}
	return string(b)
}

func (d *dec) hash() (h [32]byte) {
	copy(h[:], d.bytes(32))
	return h
}

// parseHeader decodes the header of a file of the given version into a
// model whose weights have no values yet, their placements in tensor-id
// order, and the stored graph descriptor commitment.
func parseHeader(b []byte, version uint32) (*Model, []weightEntry, [32]byte, error) {
	d := &dec{b: b}
	m := &Model{Name: d.str("model name"), Graph: &graph.Graph{}}
	nm := d.count(maxMetadata, "metadata entries")
	prev := ""
	for i := 0; i < nm && d.err == nil; i++ {
		k, v := d.str("metadata key"), d.str("metadata value")
		if i > 0 && k <= prev {
			d.fail("metadata keys are not sorted and unique (%q after %q)", k, prev)
		}
		if m.Metadata == nil {
			m.Metadata = make(map[string]string)
		}
		m.Metadata[k], prev = v, k
	}
	g := m.Graph
	var ws []weightEntry
	nt := d.count(maxTensors, "tensors")
	for id := 0; id < nt && d.err == nil; id++ {
		ti := graph.TensorInfo{Name: d.str("tensor name")}
		ti.Kind = graph.Kind(d.count(int(graph.NodeOutput), "as a tensor kind"))
		ti.DType = tensor.DType(d.count(255, "as a dtype"))
		rank := d.count(graph.MaxRank, "dimensions")
		for j := 0; j < rank && d.err == nil; j++ {
			ti.Shape = append(ti.Shape, d.count(graph.MaxTensorBytes, "elements along an axis"))
		}
		if d.err != nil {
			break
		}
		if _, err := ti.Spec().ByteSize(); err != nil {
			d.fail("tensor %d (%s): %v", id, ti.Name, err)
			break
		}
		if ti.Kind == graph.Weight {
			ws = append(ws, weightEntry{offset: d.u64(), length: d.u64(), commit: d.hash()})
		}
		g.Tensors = append(g.Tensors, ti)
	}
	nn := d.count(maxTensors, "nodes")
	for i := 0; i < nn && d.err == nil; i++ {
		var n graph.Node
		n.Op = graph.Op(d.u32())
		np := d.count(maxParams, "params")
		for j := 0; j < np && d.err == nil; j++ {
			kind := d.count(1, "as a param kind")
			n.Params = append(n.Params, graph.Param{Float: kind == 1, Bits: d.u32()})
		}
		ni := d.count(graph.MaxInputs, "node inputs")
		for j := 0; j < ni && d.err == nil; j++ {
			n.Inputs = append(n.Inputs, d.count(nt-1, "as a tensor id"))
		}
		n.Output = d.count(nt-1, "as a tensor id")
		g.Nodes = append(g.Nodes, n)
	}
	if version == 1 {
		g.Inputs = []int{d.count(nt-1, "as the input id")}
		g.Outputs = []int{d.count(nt-1, "as the output id")}
	} else {
		for _, ids := range []*[]int{&g.Inputs, &g.Outputs} {
			n := d.count(graph.MaxGraphIO, "graph inputs or outputs")
			for j := 0; j < n && d.err == nil; j++ {
				*ids = append(*ids, d.count(nt-1, "as a tensor id"))
			}
		}
	}
	gc := d.hash()
	if d.err == nil && len(d.b) != 0 {
		d.fail("%d bytes after the last field", len(d.b))
	}
	if d.err != nil {
		return nil, nil, gc, d.err
	}
	return m, ws, gc, nil
}
