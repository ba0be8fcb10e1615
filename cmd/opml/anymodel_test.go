package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/opml-dev/opml/demo"
	"github.com/opml-dev/opml/graph"
	"github.com/opml-dev/opml/internal/onnxpb"
	"github.com/opml-dev/opml/models/load"
	"github.com/opml-dev/opml/npy"
	"github.com/opml-dev/opml/tensor"
)

// writeTwoInputModel writes a small ONNX model of two inputs and two outputs to dir, and .npy files of its
// inputs: x F32[1,6] and bias F32[1,4] in; scores = relu(x·W + bias) F32[1,4] and best = argmax(scores) I64[1]
// out (the importer gives ArgMax an I32 result).
func writeTwoInputModel(t *testing.T, dir string) (model, x, bias string) {
	t.Helper()
	w := make([]float32, 24)
	for i := range w {
		w[i] = float32((i*7)%11)/5 - 1
	}
	data := onnxpb.Model(
		[]*onnxpb.Msg{
			onnxpb.Node("MatMul", onnxpb.Strs("x", "w"), onnxpb.Strs("mm")),
			onnxpb.Node("Add", onnxpb.Strs("mm", "bias"), onnxpb.Strs("pre")),
			onnxpb.Node("Relu", onnxpb.Strs("pre"), onnxpb.Strs("scores")),
			onnxpb.Node("ArgMax", onnxpb.Strs("scores"), onnxpb.Strs("best"), onnxpb.AttrInt("axis", 1), onnxpb.AttrInt("keepdims", 0)),
		},
		[]*onnxpb.Msg{onnxpb.TensorF32Raw("w", []int64{6, 4}, w)},
		[]*onnxpb.Msg{onnxpb.ValueInfo("x", 1, 1, 6), onnxpb.ValueInfo("bias", 1, 1, 4)},
		[]*onnxpb.Msg{onnxpb.ValueInfo("scores", 1, 1, 4), onnxpb.ValueInfo("best", 7, 1)},
	)
	model = filepath.Join(dir, "two.onnx")
	if err := os.WriteFile(model, data, 0o644); err != nil {
		t.Fatal(err)
	}
	write := func(name string, vals []float32, shape ...int) string {
		v, err := tensor.FromFloat32(vals, shape...)
		if err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(dir, name+".npy")
		if err := npy.WriteFile(path, v); err != nil {
			t.Fatal(err)
		}
		return path
	}
	return model, write("x", []float32{0.5, -1, 2, 0.25, 1, -0.5}, 1, 6), write("bias", []float32{0.1, -0.2, 0.3, 0}, 1, 4)
}

// nativeOutputs runs the model natively on the .npy inputs and returns its outputs by name.
func nativeOutputs(t *testing.T, model string, inputs map[string]string) map[string]*tensor.Tensor {
	t.Helper()
	m, err := load.Open(model, load.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	var ins []*tensor.Tensor
	for _, in := range m.Inputs {
		v, err := npy.ReadFile(inputs[in.Name])
		if err != nil {
			t.Fatal(err)
		}
		ins = append(ins, v)
	}
	vals, err := graph.Run(m.Graph, ins...)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]*tensor.Tensor{}
	for i, id := range m.Graph.Outputs {
		out[m.Outputs[i].Name] = vals[id]
	}
	return out
}

// TestServeAskONNX runs the oracle on an imported ONNX model of two inputs and two outputs the way an operator
// and a user would, each its own process: `opml chain dev`, `opml model register --rpc`, a cheating
// `opml serve --model` submitter and an honest validator, and `opml ask --model ID --input NAME=F.npy --out DIR`:
// the validator wins the dispute and the user gets the model's outputs as .npy files.
func TestServeAskONNX(t *testing.T) {
	dir := t.TempDir()
	model, x, bias := writeTwoInputModel(t, dir)
	dev := startOpml(t, "chain", "dev", "--port", "0", "--block-time", "20ms", "--window", "3s", "--clock", "2m")
	url := strings.Fields(dev.waitFor(t, "JSON-RPC", time.Minute))[1]
	oracle := strings.Fields(dev.waitFor(t, "AIOracle", time.Second))[1]
	dev.waitFor(t, "ready", 10*time.Second)

	out, errOut, code := runOpml(t, "model", "register", "--json", "--rpc", url, "--oracle", oracle, "--key", keyOf(0), model)
	if code != 0 {
		t.Fatalf("model register: exit %d: %s", code, errOut)
	}
	var reg registerResult
	if err := json.Unmarshal([]byte(out), &reg); err != nil || reg.Graph == nil || !reg.Registered || reg.ID != reg.Graph.ID ||
		len(reg.Graph.Inputs) != 2 || len(reg.Graph.Outputs) != 2 || reg.Graph.InputBytes != 40 || reg.Graph.OutputBytes != 20 {
		t.Fatalf("model register: %v %+v %s", err, reg.Graph, out)
	}

	serve := func(role string, key int, extra ...string) *process {
		args := append([]string{"serve", "--role", role, "--rpc", url, "--key", keyOf(key), "--oracle", oracle,
			"--db", filepath.Join(dir, role+".db"), "--poll", "100ms", "--model", model}, extra...)
		return startOpml(t, args...)
	}
	submitter := serve("submitter", 1, "--cheat", "output")
	validator := serve("validator", 2)
	submitter.waitFor(t, "serving", time.Minute)
	validator.waitFor(t, "serving", time.Minute)

	outDir := filepath.Join(dir, "out")
	// The user knows the model by its id: the inputs and outputs come from its registration on chain.
	ask := startOpml(t, "ask", "--model", reg.ID, "--input", "x="+x, "--input", "bias="+bias, "--rpc", url, "--oracle", oracle,
		"--key", keyOf(3), "--out", outDir, "--wait", "4m")
	validator.waitFor(t, "won", 3*time.Minute)
	ask.waitFor(t, "the oracle answered", 3*time.Minute)
	ask.waitFor(t, "best", 10*time.Second)
	ask.waitFor(t, "the challenge window closes at", time.Second)
	ask.waitFor(t, "the answer was disputed (game 1)", 10*time.Second)
	if err := ask.cmd.Wait(); err != nil {
		t.Fatalf("opml ask: %v", err)
	}
	want := nativeOutputs(t, model, map[string]string{"x": x, "bias": bias})
	for name, w := range want {
		got, err := npy.ReadFile(filepath.Join(outDir, name+".npy"))
		if err != nil {
			t.Fatal(err)
		}
		if !graph.SpecOf(got).Equal(graph.SpecOf(w)) || !bytes.Equal(got.Bytes(), w.Bytes()) {
			t.Errorf("output %s: got %v %x, want %v %x", name, graph.SpecOf(got), got.Bytes(), graph.SpecOf(w), w.Bytes())
		}
	}
	// Asked again with --json (the registrant's account): one object, the submitter cheats again and loses again.
	jsonDir := filepath.Join(dir, "json")
	jsonOut, errOut, code := runOpml(t, "ask", "--json", "--model", reg.ID, "--input", "x="+x, "--input", "bias="+bias, "--rpc", url,
		"--oracle", oracle, "--key", keyOf(0), "--out", jsonDir, "--wait", "4m")
	var res askModelResult
	if err := json.Unmarshal([]byte(jsonOut), &res); code != 0 || err != nil {
		t.Fatalf("opml ask --json: exit %d, %v: %s %s", code, err, jsonOut, errOut)
	}
	if m, _ := parseModelID(reg.ID); m == nil || res.Model != m.String() {
		t.Errorf("ask --json model %s, want %s", res.Model, reg.ID)
	}
	if fee, ok := new(big.Int).SetString(res.FeeWei, 10); !ok || fee.Sign() <= 0 || res.RequestID == "" || res.AskTx == "" ||
		res.DeliveredTx == "" || !res.Disputed || len(res.Games) == 0 || len(res.Outputs) != 2 || res.Generation != nil {
		t.Fatalf("ask --json: %s", jsonOut)
	}
	for _, o := range res.Outputs {
		w := want[o.Name]
		if w == nil || o.Commitment != hex32(graph.CommitTensor(w)) || o.DType != w.DType().String() ||
			!slices.Equal(o.Shape, w.Shape()) || o.File != filepath.Join(jsonDir, o.Name+".npy") {
			t.Errorf("ask --json output %+v, want %v", o, graph.SpecOf(w))
		}
		if _, err := os.Stat(o.File); err != nil {
			t.Error(err)
		}
	}
	submitter.waitFor(t, "lost", time.Minute)
}

// TestDemoModelCLI: `opml demo --model FILE.onnx --input NAME=F.npy --phases 2 --json` plays the dispute on the
// model and prints each output's name, shape and commitment; bad input is a one-line error.
func TestDemoModelCLI(t *testing.T) {
	dir := t.TempDir()
	model, x, bias := writeTwoInputModel(t, dir)
	out, errOut, code := runOpml(t, "demo", "--model", model, "--input", "x="+x, "--input", "bias="+bias, "--phases", "2",
		"--cheat", "node:1", "--json")
	if code != 0 {
		t.Fatalf("demo: exit %d: %s", code, errOut)
	}
	// The summary's fields this test reads (its wei amounts are strings JSON cannot put back into big.Int).
	var s struct {
		Winner           string               `json:"winner"`
		CheaterSlashed   bool                 `json:"cheater_slashed"`
		DeliveredCorrect bool                 `json:"delivered_correct"`
		Outputs          []demo.OutputSummary `json:"outputs"`
		PhaseSeconds     map[string]float64   `json:"phase_seconds"`
		PeakRSS          int64                `json:"peak_rss_bytes"`
	}
	if err := json.Unmarshal([]byte(out), &s); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	want := nativeOutputs(t, model, map[string]string{"x": x, "bias": bias})
	if s.Winner != "validator" || !s.CheaterSlashed || !s.DeliveredCorrect || len(s.Outputs) != 2 || s.PeakRSS == 0 || s.PhaseSeconds["play"] <= 0 {
		t.Fatalf("demo summary: %s", out)
	}
	for _, o := range s.Outputs {
		w := want[o.Name]
		if w == nil || o.Commitment != hex32(graph.CommitTensor(w)) || !o.Correct {
			t.Errorf("output %+v, want the commitment of %v", o, w)
		}
	}
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"demo", "--model", model}, "--input tensors"},
		{[]string{"demo", "--input", "x=" + x}, "need --model"},
		{[]string{"demo", "--model", model, "--input", "x=" + x}, "missing input bias"},
		{[]string{"demo", "--model", model, "--input", "x=" + x, "--input", "bias=" + bias, "--cheat", "node:9"}, "nodes 0..3"},
		{[]string{"demo", "--model", model, "--input", "x=" + bias, "--input", "bias=" + bias}, "the model takes"},
		{[]string{"ask", "--model", "12", "--rpc", "u", "--oracle", "0x0000000000000000000000000000000000000001", "--key", keyOf(3), "--prompt", "hi", "-n", "2"}, "--tokenizer"},
	} {
		_, errOut, code := runOpml(t, c.args...)
		if code == 0 || !strings.Contains(errOut, c.want) || strings.Contains(errOut, "goroutine") {
			t.Errorf("opml %s: exit %d, stderr %q; want an error mentioning %q", strings.Join(c.args, " "), code, errOut, c.want)
		}
	}
}

// TestServeAskLlama: a tiny LLaMA's generation graph registered with `model register --rpc`, served by `opml serve
// --model FILE.gguf` (a submitter lying about the output, an honest validator), and asked with `opml ask --model
// FILE.gguf --prompt TEXT -n N`: the user gets the tokens `opml generate` computes.
func TestServeAskLlama(t *testing.T) {
	dir := t.TempDir()
	model := filepath.Join(dir, "tiny.gguf")
	if _, errOut, code := runOpml(t, "llama", "synth", "--shape", "tiny", "--dtype", "f32", "--seed", "3", "--out", model); code != 0 {
		t.Fatalf("synth: exit %d: %s", code, errOut)
	}
	const prompt, n, length = "Once upon a time", "4", "12"
	out, errOut, code := runOpml(t, "generate", "--model", model, "--prompt", prompt, "-n", n, "--json")
	var gen generateResult
	if err := json.Unmarshal([]byte(out), &gen); code != 0 || err != nil {
		t.Fatalf("generate: exit %d, %v: %s", code, err, errOut)
	}
	dev := startOpml(t, "chain", "dev", "--port", "0", "--block-time", "20ms", "--window", "3s", "--clock", "2m")
	url := strings.Fields(dev.waitFor(t, "JSON-RPC", time.Minute))[1]
	oracle := strings.Fields(dev.waitFor(t, "AIOracle", time.Second))[1]
	dev.waitFor(t, "ready", 10*time.Second)
	if _, errOut, code := runOpml(t, "model", "register", "--length", length, "--rpc", url, "--oracle", oracle, "--key", keyOf(0), model); code != 0 {
		t.Fatalf("model register: exit %d: %s", code, errOut)
	}
	serve := func(role string, key int, extra ...string) *process {
		args := append([]string{"serve", "--role", role, "--rpc", url, "--key", keyOf(key), "--oracle", oracle,
			"--db", filepath.Join(dir, role+".db"), "--poll", "100ms", "--model", model, "--length", length}, extra...)
		return startOpml(t, args...)
	}
	submitter := serve("submitter", 1, "--cheat", "output")
	validator := serve("validator", 2)
	submitter.waitFor(t, "serving", time.Minute)
	validator.waitFor(t, "serving", time.Minute)
	ask := startOpml(t, "ask", "--model", model, "--length", length, "--prompt", prompt, "-n", n, "--rpc", url, "--oracle", oracle,
		"--key", keyOf(3), "--wait", "4m")
	validator.waitFor(t, "won", 3*time.Minute)
	answer := ask.waitFor(t, "the oracle answered tokens", 3*time.Minute)
	want := fmt.Sprint(gen.Tokens)
	if !strings.HasSuffix(answer, want) {
		t.Fatalf("opml ask: %q, want the tokens %s (%q)", answer, want, gen.Text)
	}
	ask.waitFor(t, gen.Text, 10*time.Second)
}
