package modelfile

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/opml-dev/opml/graph"
	"github.com/opml-dev/opml/internal/keccak"
	"github.com/opml-dev/opml/models/mnist"
	"github.com/opml-dev/opml/tensor"
)

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

// float32MNIST and int8MNIST are the MNIST graphs models/executor runs
// (mnist.MLP.Graph and mnist.MLPInt8.Graph).
func float32MNIST(t testing.TB, m *mnist.MLP) *graph.Graph {
	t.Helper()
	gm, err := m.Graph()
	if err != nil {
		t.Fatal(err)
	}
	return gm.Graph
}

func int8MNIST(t testing.TB, q *mnist.MLPInt8) *graph.Graph {
	t.Helper()
	gm, err := q.Graph()
	if err != nil {
		t.Fatal(err)
	}
	return gm.Graph
}

func loadMNIST(t testing.TB) (*mnist.MLP, *mnist.MLPInt8) {
	t.Helper()
	m, err := mnist.Shipped()
	if err != nil {
		t.Fatal(err)
	}
	q, err := mnist.ShippedInt8()
	if err != nil {
		t.Fatal(err)
	}
	return m, q
}

// smallGraph is a graph with weights of several dtypes (so every padding
// rule is exercised) and every tensor kind.
func smallGraph(t testing.TB) *graph.Graph {
	t.Helper()
	b := graph.NewBuilder()
	x := b.Input("x", tensor.F32, 2, 3)
	w := b.Weight("w", must(tensor.FromFloat32([]float32{1, -2, 3, 0.5, 0, -1, 2, 2, 2, 7, 8, 9}, 4, 3)))
	bias := b.Weight("bias", must(tensor.FromFloat32([]float32{0.25, -0.25, 1, 0}, 4)))
	h := b.Node("h", graph.OpLinear, nil, w, x, bias)
	h = b.Node("relu", graph.OpRelu, nil, h)
	h16 := b.Weight("half", must(tensor.Convert(must(tensor.FromFloat32([]float32{1, 2, 3, 4}, 4)), tensor.F16)))
	h = b.Node("mul", graph.OpMul, nil, h, b.Node("widen", graph.OpConvert, graph.Ints(int(tensor.F32)), h16))
	h = b.Node("scale", graph.OpScale, graph.Params{graph.Float(0.5)}, h)
	g, err := b.Build(b.Node("argmax", graph.OpArgmax, nil, h))
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// q8Graph multiplies by a Q8 weight (34-byte blocks, so the data section
// needs padding to 64).
func q8Graph(t testing.TB) *graph.Graph {
	t.Helper()
	v := make([]float32, 3*64)
	for i := range v {
		v[i] = float32(i%11-5) / 4
	}
	b := graph.NewBuilder()
	x := b.Input("x", tensor.F32, 1, 64)
	w := b.Weight("w", must(tensor.Convert(must(tensor.FromFloat32(v, 3, 64)), tensor.Q8)))
	g, err := b.Build(b.Node("y", graph.OpMatMul, nil, w, x))
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func encode(t testing.TB, m *Model) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteModel(&buf, m); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// sameGraph checks that two graphs have identical structure, names,
// weights and commitments.
func sameGraph(t *testing.T, want, got *graph.Graph) {
	t.Helper()
	if len(got.Tensors) != len(want.Tensors) || len(got.Nodes) != len(want.Nodes) || !slices.Equal(got.Inputs, want.Inputs) || !slices.Equal(got.Outputs, want.Outputs) {
		t.Fatalf("graph shape differs: %d/%d tensors, %d/%d nodes", len(got.Tensors), len(want.Tensors), len(got.Nodes), len(want.Nodes))
	}
	for id := range want.Tensors {
		a, b := &want.Tensors[id], &got.Tensors[id]
		if a.Name != b.Name || a.Kind != b.Kind || !a.Spec().Equal(b.Spec()) {
			t.Fatalf("tensor %d: %s %v %v vs %s %v %v", id, a.Name, a.Kind, a.Spec(), b.Name, b.Kind, b.Spec())
		}
		if a.Kind == graph.Weight && !bytes.Equal(a.Value.Bytes(), b.Value.Bytes()) {
			t.Fatalf("weight %d (%s) differs", id, a.Name)
		}
	}
	wc, err := want.Commitment()
	if err != nil {
		t.Fatal(err)
	}
	gc, err := got.Commitment()
	if err != nil {
		t.Fatal(err)
	}
	if wc != gc {
		t.Fatalf("graph commitment %x, want %x", gc, wc)
	}
	wd, _ := graph.EncodeGraph(want)
	gd, _ := graph.EncodeGraph(got)
	if !bytes.Equal(wd, gd) {
		t.Fatal("graph descriptors differ")
	}
}

func TestRoundTrip(t *testing.T) {
	m, q := loadMNIST(t)
	cases := []struct {
		name  string
		model *Model
	}{
		{"small", &Model{Name: "small", Metadata: map[string]string{"source": "test", "b": "ü"}, Graph: smallGraph(t)}},
		{"q8", &Model{Name: "q8", Graph: q8Graph(t)}},
		{"mnist-f32", &Model{Name: "mnist float32", Graph: float32MNIST(t, m)}},
		{"mnist-int8", &Model{Name: "mnist int8", Graph: int8MNIST(t, q)}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			data := encode(t, c.model)
			got, err := ReadModel(bytes.NewReader(data))
			if err != nil {
				t.Fatal(err)
			}
			if got.Name != c.model.Name || len(got.Metadata) != len(c.model.Metadata) {
				t.Fatalf("name/metadata %q %v, want %q %v", got.Name, got.Metadata, c.model.Name, c.model.Metadata)
			}
			for k, v := range c.model.Metadata {
				if got.Metadata[k] != v {
					t.Fatalf("metadata %q = %q, want %q", k, got.Metadata[k], v)
				}
			}
			sameGraph(t, c.model.Graph, got.Graph)
			// The same graph always encodes to the same bytes.
			if again := encode(t, got); !bytes.Equal(again, data) {
				t.Fatal("re-encoding the read model gives different bytes")
			}
			// Layout: data section page aligned, weights 64-byte aligned
			// and equal to their canonical bytes at the offsets in the header.
			dataOff := binary.LittleEndian.Uint64(data[16:])
			if dataOff%DataAlign != 0 {
				t.Fatalf("data offset %d", dataOff)
			}
			slots, _, _ := layout(got.Graph)
			for _, s := range slots {
				if s.offset%TensorAlign != 0 {
					t.Fatalf("weight %d at %d", s.id, s.offset)
				}
				at := int64(dataOff) + s.offset
				if !bytes.Equal(data[at:at+s.size], got.Graph.Tensors[s.id].Value.Bytes()) {
					t.Fatalf("weight %d bytes are not at data offset %d", s.id, s.offset)
				}
			}
			t.Logf("%s: %d bytes", c.name, len(data))
		})
	}
}

// TestMNISTRoundTripRuns checks that the read-back MNIST graphs compute
// exactly mnist's predictions with identical state commitments.
func TestMNISTRoundTripRuns(t *testing.T) {
	m, q := loadMNIST(t)
	test, err := mnist.LoadTest()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name  string
		g     *graph.Graph
		input func([]byte) *tensor.Tensor
	}{
		{"f32", float32MNIST(t, m), func(p []byte) *tensor.Tensor {
			img := make([]float32, len(p))
			for i, v := range p {
				img[i] = mnist.PixelScale(v)
			}
			return must(tensor.FromFloat32(img, 1, mnist.Pixels))
		}},
		{"int8", int8MNIST(t, q), func(p []byte) *tensor.Tensor { return must(tensor.FromBytes(tensor.I8, p, 1, mnist.Pixels)) }},
	} {
		var buf bytes.Buffer
		if err := Write(&buf, c.g); err != nil {
			t.Fatal(err)
		}
		g2, err := Read(&buf)
		if err != nil {
			t.Fatal(err)
		}
		for n := range 20 {
			pixels := test.Image(n)
			in := c.input(pixels)
			v1, err := graph.Run(c.g, in)
			if err != nil {
				t.Fatal(err)
			}
			v2, err := graph.Run(g2, in)
			if err != nil {
				t.Fatal(err)
			}
			s1, _ := graph.StateRoot(c.g, graph.Commitments(v1), len(c.g.Nodes))
			s2, _ := graph.StateRoot(g2, graph.Commitments(v2), len(g2.Nodes))
			if s1 != s2 {
				t.Fatalf("%s image %d: final state root differs", c.name, n)
			}
			d, _ := v2[g2.Output()].Int32s()
			want := q.Predict(pixels)
			if c.name == "f32" {
				img := make([]float32, mnist.Pixels)
				for i, p := range pixels {
					img[i] = mnist.PixelScale(p)
				}
				want = m.Predict(img)
			}
			if int(d[0]) != want {
				t.Fatalf("%s image %d: read-back graph predicts %d, mnist %d", c.name, n, d[0], want)
			}
		}
	}
}

// TestEveryCorruptionDetected flips every byte of a small model file and
// cuts it at every length: each must give an error (no panic), with the
// file's own checks, not by luck.
func TestEveryCorruptionDetected(t *testing.T) {
	data := encode(t, &Model{Name: "small", Graph: smallGraph(t)})
	for i := range data {
		bad := append([]byte(nil), data...)
		bad[i] ^= 0x01
		if _, err := Read(bytes.NewReader(bad)); err == nil {
			t.Fatalf("flipping byte %d of %d went unnoticed", i, len(data))
		} else if !errors.Is(err, ErrFormat) && !errors.Is(err, ErrChecksum) {
			t.Fatalf("byte %d: error %v wraps neither ErrFormat nor ErrChecksum", i, err)
		}
	}
	for n := range len(data) {
		if _, err := Read(bytes.NewReader(data[:n])); err == nil {
			t.Fatalf("file cut to %d of %d bytes read without error", n, len(data))
		}
	}
	if _, err := Read(bytes.NewReader(append(append([]byte(nil), data...), 0))); err == nil {
		t.Fatal("trailing byte went unnoticed")
	}
}

// rewrite applies edit to the header of a valid file and fixes both
// checksums, so that only the structural checks can catch the edit.
func rewrite(t *testing.T, data []byte, edit func(m *Model)) []byte {
	t.Helper()
	m, err := ReadModel(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	edit(m)
	return encodeUnchecked(m)
}

// encodeUnchecked writes m's header and data without validating the graph
// (weights keep their stored bytes) and with correct checksums: a file an
// attacker could produce.
func encodeUnchecked(m *Model) []byte {
	g := m.Graph
	var h enc
	h.str(m.Name)
	h.u32(0)
	h.u32(uint32(len(g.Tensors)))
	var data []byte
	for _, ti := range g.Tensors {
		h.str(ti.Name)
		h.u32(uint32(ti.Kind))
		h.u32(uint32(ti.DType))
		h.u32(uint32(len(ti.Shape)))
		for _, d := range ti.Shape {
			h.u32(uint32(d))
		}
		if ti.Kind == graph.Weight {
			b := ti.Value.Bytes()
			h.u64(uint64(len(data)))
			h.u64(uint64(len(b)))
			c := graph.Commit(b)
			h.b = append(h.b, c[:]...)
			data = append(data, b...)
			for len(data)%TensorAlign != 0 {
				data = append(data, 0)
			}
		}
	}
	h.u32(uint32(len(g.Nodes)))
	for _, n := range g.Nodes {
		h.u32(uint32(n.Op))
		h.u32(uint32(len(n.Params)))
		for _, p := range n.Params {
			k := uint32(0)
			if p.Float {
				k = 1
			}
			h.u32(k)
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
	gc, _ := g.Commitment()
	h.b = append(h.b, gc[:]...)
	return assemble(h.b, data)
}

// assemble puts a header and data section into a file with correct
// checksums.
func assemble(header, data []byte) []byte {
	off := alignUp(PreambleSize+int64(len(header)), DataAlign)
	out := make([]byte, PreambleSize, off+int64(len(data))+32)
	copy(out, Magic)
	binary.LittleEndian.PutUint32(out[8:], Version)
	binary.LittleEndian.PutUint32(out[12:], uint32(len(header)))
	binary.LittleEndian.PutUint64(out[16:], uint64(off))
	binary.LittleEndian.PutUint64(out[24:], uint64(len(data)))
	hh := keccak.Sum256(header)
	copy(out[32:], hh[:])
	out = append(out, header...)
	out = append(out, make([]byte, off-int64(len(out)))...)
	out = append(out, data...)
	sum := keccak.Sum256(out)
	return append(out, sum[:]...)
}

func TestMalformedFiles(t *testing.T) {
	good := encode(t, &Model{Name: "small", Graph: smallGraph(t)})
	if _, err := Read(bytes.NewReader(encodeUnchecked(must(ReadModel(bytes.NewReader(good)))))); err != nil {
		t.Fatalf("the test encoder does not produce valid files: %v", err)
	}
	setU32 := func(off int, v uint32) []byte {
		b := append([]byte(nil), good...)
		binary.LittleEndian.PutUint32(b[off:], v)
		return b
	}
	cases := []struct {
		name string
		data []byte
		want string
	}{
		{"empty", nil, "truncated in the preamble"},
		{"magic", append([]byte("GGUF\x03\x00\x00\x00"), good[8:]...), "not an opml model file"},
		{"version", setU32(8, 3), "version 3, this build reads versions 1 and 2"},
		{"header too long", setU32(12, MaxHeaderBytes+1), "header of"},
		{"data offset", setU32(16, 8192), "data offset 8192"},
		{"header checksum", func() []byte { b := append([]byte(nil), good...); b[64] ^= 1; return b }(), "header checksum"},
		{"weight data size", rewriteRaw(t, good, func(h []byte, data []byte) ([]byte, []byte) {
			// The first weight's length field: after name (4+5), metadata
			// count, tensor 0 (input x: 4+1, kind, dtype, rank 2, dims),
			// tensor 1 (name "w": 4+1, kind, dtype, rank, 2 dims), offset.
			off := 4 + 5 + 4 + 4 + (4 + 1 + 4*3 + 4*2) + (4 + 1 + 4*3 + 4*2) + 8
			binary.LittleEndian.PutUint64(h[off:], 44)
			return h, data
		}), "has 44 data bytes, its spec f32[4 3] needs 48"},
		{"weight offset", rewriteRaw(t, good, func(h []byte, data []byte) ([]byte, []byte) {
			off := 4 + 5 + 4 + 4 + (4 + 1 + 4*3 + 4*2) + (4 + 1 + 4*3 + 4*2)
			binary.LittleEndian.PutUint64(h[off:], 64)
			return h, data
		}), "at data offset 64, want 0"},
		{"weight commitment", rewriteRaw(t, good, func(h []byte, data []byte) ([]byte, []byte) {
			data[5] ^= 0x40
			return h, data
		}), "weight 1 (w) has commitment"},
		{"padding", rewriteRaw(t, good, func(h []byte, data []byte) ([]byte, []byte) {
			data[60] = 1
			return h, data
		}), "non-zero byte in the padding between weights"},
		{"shape mismatch", rewrite(t, good, func(m *Model) {
			// A weight whose declared shape is not its value's: the bytes
			// no longer fit the spec.
			m.Graph.Tensors[1].Shape = []int{3, 3}
		}), "its spec f32[3 3] needs 36"},
		{"node reads later tensor", rewrite(t, good, func(m *Model) {
			m.Graph.Nodes[0].Inputs[1] = m.Graph.Nodes[1].Output
		}), "before a node produces it"},
		{"two inputs", rewrite(t, good, func(m *Model) {
			m.Graph.Tensors[3].Kind = graph.Input
		}), "input"},
		{"unknown op", rewrite(t, good, func(m *Model) {
			m.Graph.Nodes[0].Op = 999
		}), "unknown op 999"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Read(bytes.NewReader(c.data))
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("error %v, want one containing %q", err, c.want)
			}
		})
	}
}

// rewriteRaw splits a file into header and data, lets edit change them and
// reassembles it with correct preamble and file checksums.
func rewriteRaw(t *testing.T, file []byte, edit func(h, data []byte) ([]byte, []byte)) []byte {
	t.Helper()
	hl := binary.LittleEndian.Uint32(file[12:])
	off := binary.LittleEndian.Uint64(file[16:])
	dl := binary.LittleEndian.Uint64(file[24:])
	h := append([]byte(nil), file[PreambleSize:PreambleSize+hl]...)
	data := append([]byte(nil), file[off:off+dl]...)
	h, data = edit(h, data)
	return assemble(h, data)
}

func TestWriteRejectsInvalidGraphs(t *testing.T) {
	g := smallGraph(t)
	g.Nodes[0].Inputs[0] = 99
	if err := Write(&bytes.Buffer{}, g); err == nil {
		t.Fatal("wrote an invalid graph")
	}
	if err := Write(&bytes.Buffer{}, nil); err == nil {
		t.Fatal("wrote a nil graph")
	}
	if err := WriteModel(&bytes.Buffer{}, &Model{Name: "\xff", Graph: smallGraph(t)}); err == nil {
		t.Fatal("wrote a non-UTF-8 name")
	}
}

func TestReadFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "m.opml")
	if err := WriteFile(path, &Model{Name: "small", Graph: smallGraph(t)}); err != nil {
		t.Fatal(err)
	}
	g, err := ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	sameGraph(t, smallGraph(t), g)
	if _, err := ReadFile(filepath.Join(t.TempDir(), "missing")); err == nil {
		t.Fatal("read a missing file")
	}
}

func FuzzRead(f *testing.F) {
	f.Add(encode(f, &Model{Name: "small", Graph: smallGraph(f)}))
	f.Add([]byte(Magic))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := ReadModel(bytes.NewReader(data))
		if err != nil {
			return
		}
		// Whatever reads must re-encode to the same bytes.
		var buf bytes.Buffer
		if err := WriteModel(&buf, m); err != nil {
			t.Fatalf("read model does not write: %v", err)
		}
		if !bytes.Equal(buf.Bytes(), data) {
			t.Fatal("read model re-encodes differently")
		}
	})
}

// BenchmarkReadWrite measures writing and reading a model with 64 MiB of
// weights (four f32 matrices of 2048×2048): every byte is hashed twice on
// read (its commitment and the file checksum).
func BenchmarkReadWrite(b *testing.B) {
	bl := graph.NewBuilder()
	x := bl.Input("x", tensor.F32, 1, 2048)
	v := make([]float32, 2048*2048)
	for i := range v {
		v[i] = float32(i%1000) / 1000
	}
	for l := range 4 {
		x = bl.Node(fmt.Sprintf("l%d", l), graph.OpMatMul, nil, bl.Weight(fmt.Sprintf("w%d", l), must(tensor.FromFloat32(v, 2048, 2048))), x)
	}
	g := must(bl.Build(x))
	var buf bytes.Buffer
	b.Run("write", func(b *testing.B) {
		for b.Loop() {
			buf.Reset()
			if err := Write(&buf, g); err != nil {
				b.Fatal(err)
			}
		}
		b.SetBytes(int64(buf.Len()))
	})
	data := buf.Bytes()
	b.Run("read", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		for b.Loop() {
			if _, err := Read(bytes.NewReader(data)); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// TestReadsVersion1 reads a file written by the version 1 writer (one input
// id, one output id): testdata/v1-small.opml is smallGraph as that writer
// wrote it. It loads as the same graph, with the same commitment, and
// rewriting it gives a version 2 file.
func TestReadsVersion1(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "v1-small.opml"))
	if err != nil {
		t.Fatal(err)
	}
	if v := binary.LittleEndian.Uint32(data[8:]); v != 1 {
		t.Fatalf("testdata file has version %d", v)
	}
	m, err := ReadModel(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	if m.Name != "small" || m.Metadata["format"] != "version 1" {
		t.Errorf("name %q, metadata %v", m.Name, m.Metadata)
	}
	sameGraph(t, smallGraph(t), m.Graph)
	gc, _ := m.Graph.Commitment()
	if fmt.Sprintf("%x", gc) != "376c185f0a41a29702f8e428f54207c44d2c959f1187b97b5f19f0217c8cf8a9" {
		t.Errorf("graph commitment %x changed", gc)
	}
	again := encode(t, m)
	if v := binary.LittleEndian.Uint32(again[8:]); v != Version {
		t.Errorf("rewritten as version %d", v)
	}
	if _, err := Read(bytes.NewReader(again)); err != nil {
		t.Fatal(err)
	}
}

// TestSeveralInputsAndOutputs round-trips a graph of two inputs and two
// outputs.
func TestSeveralInputsAndOutputs(t *testing.T) {
	b := graph.NewBuilder()
	x := b.Input("x", tensor.F32, 2, 3)
	y := b.Input("y", tensor.I64, 3)
	s := b.Node("sum", graph.OpAdd, nil, x, b.Weight("one", must(tensor.FromFloat32([]float32{1}))))
	n := b.Node("neg", graph.OpNeg, nil, y)
	g, err := b.Build(n, s)
	if err != nil {
		t.Fatal(err)
	}
	got := must(Read(bytes.NewReader(encode(t, &Model{Graph: g}))))
	sameGraph(t, g, got)
	if !slices.Equal(got.Inputs, []int{x, y}) || !slices.Equal(got.Outputs, []int{n, s}) {
		t.Fatalf("inputs %v, outputs %v", got.Inputs, got.Outputs)
	}
}
