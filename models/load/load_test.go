package load

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/opml-dev/opml/game"
	"github.com/opml-dev/opml/graph"
	"github.com/opml-dev/opml/internal/onnxpb"
	"github.com/opml-dev/opml/models/executor/host"
	"github.com/opml-dev/opml/models/llama"
	"github.com/opml-dev/opml/tensor"
)

// TestOpenEveryKind opens one model of each kind through the table and checks the graph's inputs and outputs,
// the kind found by magic under another name, a request's encoding, and the errors.
func TestOpenEveryKind(t *testing.T) {
	dir := t.TempDir()
	onnxPath := filepath.Join(dir, "m.onnx")
	data := onnxpb.Model(
		[]*onnxpb.Msg{onnxpb.Node("Add", onnxpb.Strs("a", "b"), onnxpb.Strs("sum")), onnxpb.Node("Relu", onnxpb.Strs("sum"), onnxpb.Strs("out"))},
		nil,
		[]*onnxpb.Msg{onnxpb.ValueInfo("a", 1, 2, 3), onnxpb.ValueInfo("b", 1, 2, 3)},
		[]*onnxpb.Msg{onnxpb.ValueInfo("out", 1, 2, 3), onnxpb.ValueInfo("sum", 1, 2, 3)},
	)
	if err := os.WriteFile(onnxPath, data, 0o644); err != nil {
		t.Fatal(err)
	}
	m, err := Open(onnxPath, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if m.Kind != "onnx" || len(m.Inputs) != 2 || m.Inputs[1].Name != "b" || len(m.Outputs) != 2 || m.Outputs[0].Name != "out" ||
		!m.Outputs[1].Spec().Equal(graph.Spec{DType: tensor.F32, Shape: []int{2, 3}}) {
		t.Fatalf("onnx: %+v %+v", m.Inputs, m.Outputs)
	}
	a, _ := tensor.FromFloat32([]float32{1, 2, 3, 4, 5, 6}, 2, 3)
	b, _ := tensor.FromFloat32([]float32{-1, -2, -3, 1, 1, 1}, 2, 3)
	req, err := m.Request(map[string]*tensor.Tensor{"a": a, "b": b})
	if err != nil || len(req) != 48 || string(req[:24]) != string(a.Bytes()) {
		t.Fatalf("request: %v (%d bytes)", err, len(req))
	}
	wrong, _ := tensor.FromFloat32([]float32{1, 2, 3, 4, 5, 6}, 3, 2)
	for _, bad := range []map[string]*tensor.Tensor{{"a": a}, {"a": a, "b": b, "c": a}, {"a": a, "b": wrong}} {
		if _, err := m.Request(bad); err == nil {
			t.Errorf("request %v accepted", bad)
		}
	}
	for phases := 1; phases <= 2; phases++ {
		info, _, err := m.Registration(host.Shipped(), phases)
		if err != nil {
			t.Fatal(err)
		}
		if info.InputSize != 48 || info.OutputSize != 48 || len(info.Inputs) != 2 || info.Inputs[1].Name != "b" {
			t.Fatalf("%d-phase registration: %+v", phases, info)
		}
		if _, err := game.NewComputation(host.Shipped(), m.Graph, info, req, nil); err != nil {
			t.Fatal(err)
		}
	}

	opml := filepath.Join(dir, "renamed.bin")
	src, err := os.ReadFile("../modelfile/testdata/v1-small.opml")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(opml, src, 0o644); err != nil {
		t.Fatal(err)
	}
	if KindOf(opml) != "opml" {
		t.Fatalf("an opml file named %s is of kind %q", opml, KindOf(opml))
	}
	if om, err := Open(opml, Options{}); err != nil || len(om.Inputs) == 0 || len(om.Outputs) == 0 {
		t.Fatalf("opml: %v", err)
	}

	gguf := filepath.Join(dir, "tiny.gguf")
	s := &llama.Synth{Shape: llama.Shapes["tiny"], Type: tensor.RowQ8_0, Seed: 1}
	if err := s.WriteFiles(gguf, "gguf"); err != nil {
		t.Fatal(err)
	}
	lm, err := Open(gguf, Options{Prompt: "Hello there", Generate: 3})
	if err != nil {
		t.Fatal(err)
	}
	defer lm.Close()
	if lm.Llama == nil || lm.Llama.Length != len(lm.Prompt)+3 || len(lm.Inputs) != 1 || lm.Outputs[0].DType != tensor.I32 {
		t.Fatalf("gguf: length %d, prompt %v, %+v %+v", lm.Llama.Length, lm.Prompt, lm.Inputs, lm.Outputs)
	}
	if _, _, err := lm.Registration(host.Shipped(), 1); err != nil {
		t.Fatalf("the tiny Q8_0 generation, single-phase: %v", err)
	}
	// Its F32 twin's one VM run would be ten times longer: over what a single-phase game holds.
	f32 := filepath.Join(dir, "tiny-f32.gguf")
	s = &llama.Synth{Shape: llama.Shapes["tiny"], Type: tensor.RowF32, Seed: 1}
	if err := s.WriteFiles(f32, "gguf"); err != nil {
		t.Fatal(err)
	}
	fm, err := Open(f32, Options{Prompt: "Hello there", Generate: 3})
	if err != nil {
		t.Fatal(err)
	}
	defer fm.Close()
	if _, _, err := fm.Registration(host.Shipped(), 1); err == nil || !strings.Contains(err.Error(), "play it two-phase") {
		t.Fatalf("the F32 tiny generation registered single-phase: %v", err)
	}

	for _, c := range []struct{ path, want string }{
		{filepath.Join(dir, "notes.txt"), "not a model file"},
		{filepath.Join(dir, "missing.onnx"), "no such file"},
	} {
		os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("hello"), 0o644)
		if _, err := Open(c.path, Options{}); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("open %s: %v, want %q", c.path, err, c.want)
		}
	}
}
