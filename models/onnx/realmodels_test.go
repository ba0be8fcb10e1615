package onnx

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/opml-dev/opml/internal/onnxmodels"

	"github.com/opml-dev/opml/graph"
	"github.com/opml-dev/opml/internal/ortref"
	"github.com/opml-dev/opml/tensor"
)

// TestRealModels imports the exported nets, runs them on a pseudo-random
// input in opml and in ONNX Runtime (one thread), and requires every
// output within 1e-4·max(1, max|ORT|).
func TestRealModels(t *testing.T) { checkModels(t, onnxmodels.Real(), 1e-4) }

// TestSpecBlocks does the same for a convolutional and a transformer block
// written from the spec, within 1e-5.
func TestSpecBlocks(t *testing.T) {
	checkModels(t, []onnxmodels.Model{onnxmodels.ConvBlock(8, 16), onnxmodels.TransformerBlock(16, 64, 4)}, 1e-5)
}

func checkModels(t *testing.T, models []onnxmodels.Model, tol float64) {
	root, err := ortref.Root(".")
	if err != nil {
		t.Fatal(err)
	}
	var cases []ortref.Case
	var graphs []*graph.Graph
	var inputs []*tensor.Tensor
	dir := t.TempDir()
	for i, rm := range models {
		data, err := rm.Bytes(root)
		if err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(dir, rm.Name+".onnx")
		if err := os.WriteFile(path, data, 0o644); err != nil {
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
		g, err := Convert(m, Options{Shapes: map[string][]int{names[0]: rm.Shape}})
		if err != nil {
			t.Fatalf("%s: import: %v", rm.Name, err)
		}
		t.Logf("%s: %d ONNX nodes → %d opml nodes, %d weights, imported in %v", rm.Name, len(m.Graph.Nodes), len(g.Nodes), countWeights(g), time.Since(start).Round(time.Millisecond))
		x := newRNG(uint64(10+i)).f32(-1, 1, rm.Shape...)
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
	for i, rm := range models {
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
				worst := compareOutput(t, cases[i].Outputs[k], vals[id], results[i].Outputs[k], tol, false)
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
