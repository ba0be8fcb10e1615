package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/opml-dev/opml/graph"
	"github.com/opml-dev/opml/internal/onnxpb"
	"github.com/opml-dev/opml/models/onnx"
	"github.com/opml-dev/opml/npy"
	"github.com/opml-dev/opml/tensor"
)

// twoInOut is an ONNX model of two inputs (a float batch with a symbolic
// dimension, int64 indices) and two outputs, one with a name that is not
// a safe file name.
func twoInOut() []byte {
	w := make([]float32, 15)
	for i := range w {
		w[i] = float32(i%5) - 1.5
	}
	return onnxpb.ModelOpset(13,
		[]*onnxpb.Msg{
			onnxpb.Node("MatMul", onnxpb.Strs("x", "w"), onnxpb.Strs("h")),
			onnxpb.Node("Relu", onnxpb.Strs("h"), onnxpb.Strs("scores/relu:0")),
			onnxpb.Node("Gather", onnxpb.Strs("scores/relu:0", "ids"), onnxpb.Strs("rows"), onnxpb.AttrInt("axis", 0)),
		},
		[]*onnxpb.Msg{onnxpb.TensorF32Raw("w", []int64{5, 3}, w)},
		[]*onnxpb.Msg{
			onnxpb.ValueInfoSym("x", onnxpb.TypeFloat, []int64{0, 5}, []string{"batch", ""}),
			onnxpb.ValueInfo("ids", onnxpb.TypeInt64, 2),
		},
		[]*onnxpb.Msg{onnxpb.UntypedOutput("rows"), onnxpb.UntypedOutput("scores/relu:0")},
	)
}

type inferJSON struct {
	GraphCommitment string `json:"graph_commitment"`
	Outputs         []struct {
		Name, DType, Commitment, File string
		Shape                         []int
	}
	Claim string
	VM    *struct {
		Nodes     int
		Steps     uint64
		Identical bool
	}
}

// TestInferNpyRoundTrip runs `opml infer` as a user would: an ONNX model of
// two inputs and two outputs, .npy files in and out, natively and node by
// node in the VM; then the same model imported as an opml model file. The
// outputs, their commitments and the claim are the ones the libraries
// compute.
func TestInferNpyRoundTrip(t *testing.T) {
	dir := t.TempDir()
	model := filepath.Join(dir, "m.onnx")
	if err := os.WriteFile(model, twoInOut(), 0o644); err != nil {
		t.Fatal(err)
	}
	xv := []float32{0.5, -1, 2, 0.25, 3, -2, 1, 1, -0.5, 0.75, 1.5, -3, 0, 2, 1}
	x, _ := tensor.FromFloat32(xv, 3, 5)
	ids, _ := tensor.FromInt64([]int64{2, -3}, 2)
	xf, idf := filepath.Join(dir, "x.npy"), filepath.Join(dir, "ids.npy")
	if err := npy.WriteFile(xf, x); err != nil {
		t.Fatal(err)
	}
	if err := npy.WriteFile(idf, ids); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out")
	stdout, stderr, code := runOpml(t, "infer", "--model", model, "--input", "x="+xf, "--input", "ids="+idf, "--out", out, "--json", "--vm")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var r inferJSON
	if err := json.Unmarshal([]byte(stdout), &r); err != nil {
		t.Fatalf("%v: %s", err, stdout)
	}
	// What the libraries compute for the same inputs.
	g, err := onnx.Import(twoInOut(), onnx.Options{Shapes: map[string][]int{"x": {3, 5}}})
	if err != nil {
		t.Fatal(err)
	}
	vals, err := graph.Run(g, x, ids)
	if err != nil {
		t.Fatal(err)
	}
	claim, _ := graph.StateRoot(g, graph.Commitments(vals), len(g.Nodes))
	if r.Claim != hex32(claim) || len(r.Outputs) != 2 || r.VM == nil || !r.VM.Identical || r.VM.Nodes != len(g.Nodes) {
		t.Fatalf("report %+v, want claim %s", r, hex32(claim))
	}
	for k, name := range []string{"rows", "scores/relu:0"} {
		o := r.Outputs[k]
		want := vals[g.Outputs[k]]
		wantFile := filepath.Join(out, strings.NewReplacer("/", "_", ":", "_").Replace(name)+".npy")
		if o.Name != name || o.File != wantFile || o.Commitment != hex32(graph.CommitTensor(want)) {
			t.Fatalf("output %d: %+v, want %s in %s", k, o, name, wantFile)
		}
		got, err := npy.ReadFile(o.File)
		if err != nil {
			t.Fatal(err)
		}
		if string(got.Bytes()) != string(want.Bytes()) || got.DType() != want.DType() {
			t.Fatalf("%s: file holds %v, want %v", o.File, got, want)
		}
	}

	// The same model as an opml model file (batch 3 fixed at import):
	// the same outputs, commitments and claim.
	opmlFile := filepath.Join(dir, "m.opml")
	if _, stderr, code := runOpml(t, "model", "import", "--from", "onnx", "--dim", "batch=3", model, opmlFile); code != 0 {
		t.Fatalf("model import: exit %d: %s", code, stderr)
	}
	stdout, stderr, code = runOpml(t, "infer", "--model", opmlFile, "--input", "ids="+idf, "--input", "x="+xf, "--json")
	if code != 0 {
		t.Fatalf("infer on the model file: exit %d: %s", code, stderr)
	}
	var r2 inferJSON
	json.Unmarshal([]byte(stdout), &r2)
	if r2.Claim != r.Claim || r2.GraphCommitment != r.GraphCommitment || r2.Outputs[1].Commitment != r.Outputs[1].Commitment {
		t.Fatalf("model file: %+v, ONNX file: %+v", r2, r)
	}

	// Errors: one line each, exit codes 1 or 2, never a trace.
	bad := filepath.Join(dir, "bad.npy")
	os.WriteFile(bad, []byte("\x93NUMPY\x01\x00"), 0o644)
	y, _ := tensor.FromFloat32(make([]float32, 8), 2, 4)
	yf := filepath.Join(dir, "y.npy")
	npy.WriteFile(yf, y)
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"--model", model, "--input", xf}, "has 2 inputs (x, ids)"},
		{[]string{"--model", model, "--input", "x=" + xf}, "missing --input for ids"},
		{[]string{"--model", model, "--input", "x=" + xf, "--input", "ids=" + idf, "--input", "z=" + idf}, "no input named z"},
		{[]string{"--model", model, "--input", "x=" + bad, "--input", "ids=" + idf}, "bad.npy"},
		{[]string{"--model", opmlFile, "--input", "x=" + yf, "--input", "ids=" + idf}, "input x is f32[2 4]; the model takes f32[3 5]"},
		{[]string{"--model", model, "--input", "x=" + yf, "--input", "ids=" + idf}, "has size 4 along axis 1"},
	} {
		_, stderr, code := runOpml(t, append([]string{"infer"}, c.args...)...)
		if code == 0 || !strings.Contains(stderr, c.want) || strings.Count(strings.TrimSpace(stderr), "\n") > 0 {
			t.Errorf("infer %v: exit %d, stderr %q, want one line containing %q", c.args, code, stderr, c.want)
		}
	}
}

// TestInferBareInput: a one-input model takes a bare --input FILE.npy, and
// plain output lists each output with its commitment and the claim.
func TestInferBareInput(t *testing.T) {
	dir := t.TempDir()
	model := filepath.Join(dir, "relu.onnx")
	data := onnxpb.ModelOpset(17, []*onnxpb.Msg{onnxpb.Node("Relu", onnxpb.Strs("x"), onnxpb.Strs("y"))}, nil,
		[]*onnxpb.Msg{onnxpb.ValueInfoSym("x", onnxpb.TypeFloat, []int64{0}, []string{"n"})}, []*onnxpb.Msg{onnxpb.UntypedOutput("y")})
	os.WriteFile(model, data, 0o644)
	x, _ := tensor.FromFloat32([]float32{-1, 2, -3, 4}, 4)
	xf := filepath.Join(dir, "x.npy")
	npy.WriteFile(xf, x)
	stdout, stderr, code := runOpml(t, "infer", "--model", model, "--input", xf)
	if code != 0 || !strings.Contains(stdout, "y f32[4] 0x") || !strings.Contains(stdout, "[0 2 0 4]") || !strings.Contains(stdout, "claim 0x") {
		t.Fatalf("exit %d: %s %s", code, stdout, stderr)
	}
}
