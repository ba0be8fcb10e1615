package safetensors

import (
	"bytes"
	"encoding/binary"
	"math"
	"path/filepath"
	"strings"
	"testing"

	"github.com/opml-dev/opml/graph"
	"github.com/opml-dev/opml/models/mnist"
	"github.com/opml-dev/opml/tensor"
)

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

// file assembles a safetensors file from the format's definition: the
// header length as a little-endian u64, the JSON header, the data.
func file(header string, data []byte) []byte {
	out := binary.LittleEndian.AppendUint64(nil, uint64(len(header)))
	out = append(out, header...)
	return append(out, data...)
}

func le32(vs ...uint32) []byte {
	var b []byte
	for _, v := range vs {
		b = binary.LittleEndian.AppendUint32(b, v)
	}
	return b
}

func le16(vs ...uint16) []byte {
	var b []byte
	for _, v := range vs {
		b = binary.LittleEndian.AppendUint16(b, v)
	}
	return b
}

func TestReadDTypes(t *testing.T) {
	// Values chosen with known bit patterns: 1.5 is 0x3FC00000 in binary32,
	// 0x3E00 in binary16 and 0x3FC0 in bfloat16; -2 is 0xC0000000,
	// 0xC000 and 0xC000.
	var data []byte
	data = append(data, le32(math.Float32bits(1.5), math.Float32bits(-2))...) // a: [0, 8)
	data = append(data, le16(0x3E00, 0xC000)...)                              // b: [8, 12)
	data = append(data, le16(0x3FC0, 0xC000)...)                              // c: [12, 16)
	data = append(data, 0x7F, 0x80, 0x01)                                     // d: [16, 19)
	data = append(data, le32(0xFFFFFFFF)...)                                  // e: [19, 23)
	header := `{"__metadata__":{"format":"pt"},` +
		`"e":{"dtype":"I32","shape":[],"data_offsets":[19,23]},` +
		`"a":{"dtype":"F32","shape":[1,2],"data_offsets":[0,8]},` +
		`"b":{"dtype":"F16","shape":[2],"data_offsets":[8,12]},` +
		`"c":{"dtype":"BF16","shape":[2,1],"data_offsets":[12,16]},` +
		`"d":{"dtype":"I8","shape":[3],"data_offsets":[16,19]}}   `
	f, err := Decode(bytes.NewReader(file(header, data)))
	if err != nil {
		t.Fatal(err)
	}
	if f.Metadata["format"] != "pt" || strings.Join(f.Names, ",") != "a,b,c,d,e" {
		t.Fatalf("metadata %v, names %v", f.Metadata, f.Names)
	}
	for _, name := range []string{"a", "b", "c"} {
		v := must(f.Tensors[name].Float32s())
		if len(v) != 2 || v[0] != 1.5 || v[1] != -2 {
			t.Errorf("%s = %v, want [1.5 -2]", name, v)
		}
	}
	if s := f.Tensors["c"].Shape(); len(s) != 2 || s[0] != 2 || s[1] != 1 {
		t.Errorf("c has shape %v", s)
	}
	if d := must(f.Tensors["d"].Int32s()); d[0] != 127 || d[1] != -128 || d[2] != 1 {
		t.Errorf("d = %v", d)
	}
	if e := must(f.Tensors["e"].Int32s()); len(e) != 1 || e[0] != -1 || f.Tensors["e"].Shape()[0] != 1 {
		t.Errorf("scalar e = %v with shape %v", e, f.Tensors["e"].Shape())
	}
}

func TestMalformed(t *testing.T) {
	ok := `{"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}}`
	eight := make([]byte, 8)
	cases := []struct {
		name string
		data []byte
		want string
	}{
		{"empty", nil, "truncated before the header length"},
		{"short length", []byte{1, 2, 3}, "truncated before the header length"},
		{"huge header", binary.LittleEndian.AppendUint64(nil, 1<<40), "header length"},
		{"header truncated", file(ok, nil)[:20], "truncated in the header"},
		{"not an object", file(`["a"]`, nil), "not a JSON object"},
		{"bad JSON", file(`{"a":{"dtype":"F32",`, nil), "header"},
		{"trailing JSON", file(`{} {}`, nil), "after its JSON object"},
		{"duplicate", file(`{"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4]},"a":{"dtype":"F32","shape":[1],"data_offsets":[4,8]}}`, eight), `names "a" twice`},
		{"unsupported dtype", file(`{"a":{"dtype":"F64","shape":[1],"data_offsets":[0,8]}}`, eight), "dtype F64; opml reads"},
		{"unknown dtype", file(`{"a":{"dtype":"Q4","shape":[1],"data_offsets":[0,8]}}`, eight), `unknown dtype "Q4"`},
		{"unknown field", file(`{"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8],"x":1}}`, eight), "unknown field"},
		{"no shape", file(`{"a":{"dtype":"F32","data_offsets":[0,8]}}`, eight), "no shape"},
		{"zero dim", file(`{"a":{"dtype":"F32","shape":[0,2],"data_offsets":[0,0]}}`, nil), "no empty or huge axes"},
		{"negative dim", file(`{"a":{"dtype":"F32","shape":[-2],"data_offsets":[0,8]}}`, eight), "no empty or huge axes"},
		{"offsets count", file(`{"a":{"dtype":"F32","shape":[2],"data_offsets":[0]}}`, eight), "1 data offsets"},
		{"reversed offsets", file(`{"a":{"dtype":"F32","shape":[2],"data_offsets":[8,0]}}`, eight), "data offsets [8, 0]"},
		{"size mismatch", file(`{"a":{"dtype":"F32","shape":[3],"data_offsets":[0,8]}}`, eight), "spans 8 bytes, its shape needs 12"},
		{"overlap", file(`{"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},"b":{"dtype":"F32","shape":[1],"data_offsets":[4,8]}}`, eight), "overlaps"},
		{"hole", file(`{"a":{"dtype":"F32","shape":[1],"data_offsets":[4,8]}}`, eight), "belong to no tensor"},
		{"out of range", file(`{"a":{"dtype":"F32","shape":[4],"data_offsets":[0,16]}}`, eight), "need 16 data bytes, the file has 8"},
		{"trailing data", file(ok, append(eight, 0)), "bytes after the last tensor"},
		{"metadata not strings", file(`{"__metadata__":{"a":1}}`, nil), "__metadata__ is not a map of strings"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Read(bytes.NewReader(c.data))
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("error %v, want one containing %q", err, c.want)
			}
		})
	}
	// Every truncation of a valid file is an error.
	good := file(ok, eight)
	if _, err := Read(bytes.NewReader(good)); err != nil {
		t.Fatal(err)
	}
	for n := range len(good) {
		if _, err := Read(bytes.NewReader(good[:n])); err == nil {
			t.Fatalf("file cut to %d of %d bytes read without error", n, len(good))
		}
	}
}

func TestWriteReadRoundTrip(t *testing.T) {
	ts := map[string]*tensor.Tensor{
		"w": must(tensor.FromFloat32([]float32{1, 2, 3, float32(math.Inf(-1)), 5, 6}, 2, 3)),
		"h": must(tensor.Convert(must(tensor.FromFloat32([]float32{0.5, 65504}, 2)), tensor.F16)),
		"q": must(tensor.FromInt8([]int8{-128, 0, 127}, 3)),
	}
	var buf bytes.Buffer
	if err := Write(&buf, ts, map[string]string{"k": "v"}); err != nil {
		t.Fatal(err)
	}
	if n := binary.LittleEndian.Uint64(buf.Bytes()); (8+n)%8 != 0 {
		t.Fatalf("data starts at %d, not 8-byte aligned", 8+n)
	}
	f, err := Decode(&buf)
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range ts {
		got := f.Tensors[name]
		if !graph.SpecOf(got).Equal(graph.SpecOf(want)) || !bytes.Equal(got.Bytes(), want.Bytes()) {
			t.Errorf("%s: read back %v, wrote %v", name, graph.SpecOf(got), graph.SpecOf(want))
		}
	}
	q8 := must(tensor.Convert(must(tensor.New(tensor.F32, 1, 32)), tensor.Q8))
	if err := Write(&bytes.Buffer{}, map[string]*tensor.Tensor{"q8": q8}, nil); err == nil {
		t.Fatal("wrote a q8 tensor")
	}
}

// TestMNISTThroughSafetensors exports the shipped float32 MNIST weights as
// a PyTorch-style state dict, imports them as an MLP and checks the graph
// against mnist.MLP.Graph, the graph models/executor runs (same descriptor and
// weight commitments) and
// against mnist's own inference (bit-identical logits, same predictions).
func TestMNISTThroughSafetensors(t *testing.T) {
	m, err := mnist.LoadFile(filepath.Join("..", "mnist", "weights", mnist.Float32File))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	err = Write(&buf, map[string]*tensor.Tensor{
		"fc1.weight": must(tensor.FromFloat32(m.W1, m.Hidden, mnist.Pixels)),
		"fc1.bias":   must(tensor.FromFloat32(m.B1, m.Hidden)),
		"fc2.weight": must(tensor.FromFloat32(m.W2, mnist.Digits, m.Hidden)),
		"fc2.bias":   must(tensor.FromFloat32(m.B2, mnist.Digits)),
	}, map[string]string{"model": "mnist"})
	if err != nil {
		t.Fatal(err)
	}
	weights, err := Read(&buf)
	if err != nil {
		t.Fatal(err)
	}
	g, err := MLP(weights, MLPSpec{Layers: []string{"fc1", "fc2"}, Argmax: true})
	if err != nil {
		t.Fatal(err)
	}
	gm, err := m.Graph()
	if err != nil {
		t.Fatal(err)
	}
	native := gm.Graph
	gc, _ := g.Commitment()
	nc, _ := native.Commitment()
	if gc != nc {
		t.Fatalf("graph commitment %x, native %x", gc, nc)
	}
	test, err := mnist.LoadTest()
	if err != nil {
		t.Fatal(err)
	}
	img := make([]float32, mnist.Pixels)
	for n := range 200 {
		for i, p := range test.Image(n) {
			img[i] = mnist.PixelScale(p)
		}
		in := must(tensor.FromFloat32(img, 1, mnist.Pixels))
		got, err := graph.Run(g, in)
		if err != nil {
			t.Fatal(err)
		}
		want, err := graph.Run(native, in)
		if err != nil {
			t.Fatal(err)
		}
		sg := must(graph.StateRoot(g, graph.Commitments(got), len(g.Nodes)))
		sn := must(graph.StateRoot(native, graph.Commitments(want), len(native.Nodes)))
		if sg != sn {
			t.Fatalf("image %d: final state root differs from the native graph's", n)
		}
		logits := must(got[g.Nodes[len(g.Nodes)-2].Output].Float32s())
		for k, v := range m.Logits(img) {
			if math.Float32bits(v) != math.Float32bits(logits[k]) {
				t.Fatalf("image %d logit %d: %v, mnist %v", n, k, logits[k], v)
			}
		}
		if d := must(got[g.Output()].Int32s()); int(d[0]) != m.Predict(img) {
			t.Fatalf("image %d: predicts %d, mnist %d", n, d[0], m.Predict(img))
		}
	}
}

func TestMLPErrors(t *testing.T) {
	w := map[string]*tensor.Tensor{
		"a.weight": must(tensor.FromFloat32(make([]float32, 6), 2, 3)),
		"a.bias":   must(tensor.FromFloat32(make([]float32, 2), 2)),
		"b.weight": must(tensor.FromFloat32(make([]float32, 6), 3, 2)),
		"v.weight": must(tensor.FromFloat32(make([]float32, 6), 6)),
	}
	cases := []struct {
		spec MLPSpec
		want string
	}{
		{MLPSpec{}, "at least one layer"},
		{MLPSpec{Layers: []string{"x"}}, `no tensor "x.weight"`},
		{MLPSpec{Layers: []string{"v"}}, "want [out, in]"},
		{MLPSpec{Layers: []string{"a", "a"}}, "linear"},
		{MLPSpec{Layers: []string{"a"}, Activation: "tanh"}, "unknown activation"},
	}
	for _, c := range cases {
		if _, err := MLP(w, c.spec); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%+v: error %v, want %q", c.spec, err, c.want)
		}
	}
	// A layer without a bias is a matmul; F16 weights stay F16 there.
	w["b.weight"] = must(tensor.Convert(w["b.weight"], tensor.F16))
	g, err := MLP(w, MLPSpec{Layers: []string{"a", "b"}, Activation: "gelu", Softmax: true, Argmax: true})
	if err != nil {
		t.Fatal(err)
	}
	var ops []string
	for _, n := range g.Nodes {
		ops = append(ops, n.Op.String())
	}
	if got := strings.Join(ops, " "); got != "linear gelu matmul softmax argmax" {
		t.Fatalf("ops %s", got)
	}
}

func FuzzDecode(f *testing.F) {
	f.Add(file(`{"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}}`, make([]byte, 8)))
	f.Add(file(`{"__metadata__":{"a":"b"},"x":{"dtype":"BF16","shape":[1,2],"data_offsets":[0,4]}}`, make([]byte, 4)))
	f.Fuzz(func(t *testing.T, data []byte) {
		fl, err := Decode(bytes.NewReader(data))
		if err != nil {
			return
		}
		// Whatever decodes must survive a write and a read unchanged.
		var buf bytes.Buffer
		if err := Write(&buf, fl.Tensors, fl.Metadata); err != nil {
			t.Fatal(err)
		}
		back, err := Decode(&buf)
		if err != nil {
			t.Fatal(err)
		}
		for name, want := range fl.Tensors {
			if !bytes.Equal(back.Tensors[name].Bytes(), want.Bytes()) {
				t.Fatalf("tensor %q changed", name)
			}
		}
	})
}
