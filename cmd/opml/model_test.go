package main

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"fmt"

	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/opml-dev/opml/graph"
	"github.com/opml-dev/opml/internal/onnxpb"
	"github.com/opml-dev/opml/models/mnist"
	"github.com/opml-dev/opml/models/safetensors"
	"github.com/opml-dev/opml/tensor"
)

// modelMust panics on err: for values the test itself constructs.
func modelMust[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

// mnistSafetensors writes the shipped float32 MNIST weights as a
// PyTorch-style safetensors state dict and returns its path.
func mnistSafetensors(t *testing.T, m *mnist.MLP) string {
	t.Helper()
	var buf bytes.Buffer
	err := safetensors.Write(&buf, map[string]*tensor.Tensor{
		"fc1.weight": modelMust(tensor.FromFloat32(m.W1, m.Hidden, mnist.Pixels)),
		"fc1.bias":   modelMust(tensor.FromFloat32(m.B1, m.Hidden)),
		"fc2.weight": modelMust(tensor.FromFloat32(m.W2, mnist.Digits, m.Hidden)),
		"fc2.bias":   modelMust(tensor.FromFloat32(m.B2, mnist.Digits)),
	}, nil)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "mnist.safetensors")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestModelImportInspect imports the MNIST MLP from safetensors and checks
// that `model inspect` reports mnist.MLP.Graph's commitments, in text and
// JSON.
func TestModelImportInspect(t *testing.T) {
	m := modelMust(mnist.Shipped())
	native := modelMust(m.Graph()).Graph
	gc := modelMust(native.Commitment())
	out := filepath.Join(t.TempDir(), "mnist.opml")
	stdout, errOut, code := runOpml(t, "model", "import", "--from", "safetensors", "--layers", "fc1,fc2", "--argmax", mnistSafetensors(t, m), out)
	if code != 0 {
		t.Fatalf("import: exit %d: %s", code, errOut)
	}
	if want := fmt.Sprintf("graph commitment 0x%x", gc); !strings.Contains(stdout, want) {
		t.Fatalf("import printed %q, want %q", stdout, want)
	}

	stdout, errOut, code = runOpml(t, "model", "inspect", "--json", out)
	if code != 0 {
		t.Fatalf("inspect --json: exit %d: %s", code, errOut)
	}
	var r inspectReport
	if err := json.Unmarshal([]byte(stdout), &r); err != nil {
		t.Fatalf("inspect --json: %v\n%s", err, stdout)
	}
	if r.GraphCommitment != fmt.Sprintf("0x%x", gc) || r.Name != "mnist" || r.Metadata["source"] != "safetensors" {
		t.Fatalf("report: commitment %s name %q metadata %v", r.GraphCommitment, r.Name, r.Metadata)
	}
	var ops []string
	for _, n := range r.Nodes {
		ops = append(ops, n.Op)
	}
	if strings.Join(ops, " ") != "linear relu linear argmax" || len(r.Tensors) != len(native.Tensors) {
		t.Fatalf("nodes %v, %d tensors", ops, len(r.Tensors))
	}
	commits := make([][32]byte, len(native.Tensors))
	for id, ti := range native.Tensors {
		rt := r.Tensors[id]
		if rt.Kind != ti.Kind.String() || rt.DType != ti.DType.String() || fmt.Sprint(rt.Shape) != fmt.Sprint(ti.Shape) {
			t.Fatalf("tensor %d: %+v, native %v %v", id, rt, ti.Kind, ti.Spec())
		}
		if ti.Kind == graph.Weight {
			commits[id] = graph.CommitTensor(ti.Value)
			if rt.Commitment != fmt.Sprintf("0x%x", commits[id]) {
				t.Fatalf("weight %d (%s) commitment %s", id, rt.Name, rt.Commitment)
			}
		}
	}
	if root := modelMust(graph.StateRoot(native, commits, 0)); r.WeightsRoot != fmt.Sprintf("0x%x", root) {
		t.Fatalf("weights root %s, want 0x%x", r.WeightsRoot, root)
	}
	if r.WeightBytes != 4*(m.Hidden*mnist.Pixels+m.Hidden+mnist.Digits*m.Hidden+mnist.Digits) {
		t.Fatalf("weight bytes %d", r.WeightBytes)
	}
	for i, n := range r.Nodes {
		d := modelMust(graph.Describe(native, i))
		if n.Descriptor != fmt.Sprintf("0x%x", d.DescriptorCommitment()) {
			t.Fatalf("node %d descriptor commitment %s", i, n.Descriptor)
		}
	}

	stdout, errOut, code = runOpml(t, "model", "inspect", out)
	if code != 0 {
		t.Fatalf("inspect: exit %d: %s", code, errOut)
	}
	for _, want := range []string{r.GraphCommitment, r.WeightsRoot, r.Tensors[1].Commitment, "fc1.weight", "linear", "argmax", "f32[1 64]", "[1 784]"} {
		if !strings.Contains(stdout, want) {
			t.Fatalf("inspect output lacks %q:\n%s", want, stdout)
		}
	}
}

// onnxBytes writes a small ONNX model (internal/onnxpb): a Gemm
// (transB=1) of the input [N, 4] with w [3, 4] and b [3], then a Softmax (or
// the op given).
func onnxBytes(last string, batchParam bool) []byte {
	batch := int64(1)
	if batchParam {
		batch = -1
	}
	return onnxpb.Model(
		[]*onnxpb.Msg{
			onnxpb.Node("Gemm", onnxpb.Strs("x", "w", "b"), onnxpb.Strs("y"), onnxpb.AttrInt("transB", 1)),
			onnxpb.Node(last, onnxpb.Strs("y"), onnxpb.Strs("out")),
		},
		[]*onnxpb.Msg{
			onnxpb.TensorF32Raw("w", []int64{3, 4}, []float32{1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0}),
			onnxpb.TensorF32Raw("b", []int64{3}, []float32{0.5, 0.25, -1}),
		},
		[]*onnxpb.Msg{onnxpb.ValueInfo("x", onnxpb.TypeFloat, batch, 4)},
		[]*onnxpb.Msg{onnxpb.ValueInfo("out", onnxpb.TypeFloat, batch, 3)},
	)
}

func TestModelImportONNX(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "small.onnx")
	out := filepath.Join(dir, "small.opml")
	os.WriteFile(in, onnxBytes("Softmax", true), 0o644)
	if _, errOut, code := runOpml(t, "model", "import", "--from", "onnx", in, out); code == 0 || !strings.Contains(errOut, "--dim N=N") {
		t.Fatalf("import without --dim: exit %d: %s", code, errOut)
	}
	if _, errOut, code := runOpml(t, "model", "import", "--from", "onnx", "--dim", "N=2", "--name", "tiny", in, out); code != 0 {
		t.Fatalf("import: exit %d: %s", code, errOut)
	}
	stdout, errOut, code := runOpml(t, "model", "inspect", "--json", out)
	if code != 0 {
		t.Fatalf("inspect: exit %d: %s", code, errOut)
	}
	var r inspectReport
	if err := json.Unmarshal([]byte(stdout), &r); err != nil {
		t.Fatal(err)
	}
	if r.Name != "tiny" || r.Metadata["producer"] != "opml-test" || len(r.Nodes) != 2 || r.Nodes[0].Op != "linear" || r.Nodes[1].Op != "softmax" {
		t.Fatalf("report %+v", r)
	}
	if in := r.Tensors[r.Input]; fmt.Sprint(in.Shape) != "[2 4]" || in.Name != "x" {
		t.Fatalf("input %+v", in)
	}
	w := modelMust(tensor.FromFloat32([]float32{1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0}, 3, 4))
	if r.Tensors[1].Name != "w" || r.Tensors[1].Commitment != fmt.Sprintf("0x%x", graph.CommitTensor(w)) {
		t.Fatalf("weight %+v", r.Tensors[1])
	}
}

func TestModelBadInput(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	good := filepath.Join(dir, "good.opml")
	small := write("small.onnx", onnxBytes("Relu", false))
	if _, errOut, code := runOpml(t, "model", "import", "--from", "onnx", small, good); code != 0 {
		t.Fatal(errOut)
	}
	data := modelMust(os.ReadFile(good))
	flip := func(i int) []byte {
		b := append([]byte(nil), data...)
		b[i] ^= 1
		return b
	}
	version := append([]byte(nil), data...)
	binary.LittleEndian.PutUint32(version[8:], 7)
	cases := []struct {
		name string
		args []string
		want string
	}{
		{"not a model", []string{"model", "inspect", write("text", []byte("hello, world, this is no model file at all: 0123456789abcdef0123456789abcdef0123456789"))}, "not an opml model file"},
		{"empty", []string{"model", "inspect", write("empty", nil)}, "truncated"},
		{"truncated", []string{"model", "inspect", write("trunc", data[:len(data)-40])}, "truncated"},
		{"version", []string{"model", "inspect", write("v7", version)}, "version 7"},
		{"header byte", []string{"model", "inspect", write("hdr", flip(70))}, "header checksum"},
		{"weight byte", []string{"model", "inspect", write("wt", flip(4096+3))}, "commitment"},
		{"trailer byte", []string{"model", "inspect", write("trl", flip(len(data)-1))}, "file checksum"},
		{"missing", []string{"model", "inspect", filepath.Join(dir, "nope")}, "no such file"},
		{"no file", []string{"model", "inspect"}, "takes one model file"},
		{"unknown format", []string{"model", "import", "--from", "gguf", small, filepath.Join(dir, "o")}, `unknown --from "gguf"`},
		{"no layers", []string{"model", "import", "--from", "safetensors", small, filepath.Join(dir, "o")}, "needs --layers"},
		{"bad safetensors", []string{"model", "import", "--from", "safetensors", "--layers", "a", small, filepath.Join(dir, "o")}, "safetensors: malformed"},
		{"bad onnx", []string{"model", "import", "--from", "onnx", write("bad.onnx", []byte{0x3a, 0x10, 0x00}), filepath.Join(dir, "o")}, "length 16 with 1 bytes left"},
		{"unsupported op", []string{"model", "import", "--from", "onnx", write("lstm.onnx", onnxBytes("LSTM", false)), filepath.Join(dir, "o")}, "op LSTM"},
		{"bad dim flag", []string{"model", "import", "--from", "onnx", "--dim", "N", small, filepath.Join(dir, "o")}, "name=N"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, errOut, code := runOpml(t, c.args...)
			if code == 0 {
				t.Fatal("exit 0 for bad input")
			}
			if !strings.Contains(errOut, c.want) {
				t.Fatalf("stderr %q does not say %q", errOut, c.want)
			}
			if c.name != "bad dim flag" && (strings.Count(errOut, "\n") != 1 || !strings.HasPrefix(errOut, "opml: ")) {
				t.Fatalf("want a one-line error, got %q", errOut)
			}
		})
	}
}
