package main

import (
	"math"
	"path/filepath"
	"testing"

	"github.com/opml-dev/opml/graph"
	"github.com/opml-dev/opml/models/executor/host"
	"github.com/opml-dev/opml/models/mnist"
	"github.com/opml-dev/opml/tensor"
)

// mnistGraph is an MNIST model as a graph (models/mnist builds them), with a test-friendly input function.
type mnistGraph struct {
	g      *graph.Graph
	logits int
	input  func(pixels []byte) *tensor.Tensor
}

func wrap(gm *mnist.GraphModel, err error) (*mnistGraph, error) {
	if err != nil {
		return nil, err
	}
	return &mnistGraph{gm.Graph, gm.Logits, func(p []byte) *tensor.Tensor { return must(gm.Input(p)) }}, nil
}

func float32Graph(m *mnist.MLP) (*mnistGraph, error)  { return wrap(m.Graph()) }
func int8Graph(q *mnist.MLPInt8) (*mnistGraph, error) { return wrap(q.Graph()) }

func loadMNIST(t *testing.T) (*mnist.MLP, *mnist.MLPInt8, *mnist.Dataset) {
	t.Helper()
	dir := filepath.Join("..", "mnist", "weights")
	m, err := mnist.LoadFile(filepath.Join(dir, mnist.Float32File))
	if err != nil {
		t.Fatal(err)
	}
	q, err := mnist.LoadInt8File(filepath.Join(dir, mnist.Int8File))
	if err != nil {
		t.Fatal(err)
	}
	test, err := mnist.LoadTest()
	if err != nil {
		t.Fatal(err)
	}
	return m, q, test
}

// TestMNISTGraphsMatchModels runs both shipped MNIST models as graphs on
// the first 200 test images: the int8 graph gives mnist's integer logits
// exactly, the float32 graph its float logits bit for bit, and both its
// predictions.
func TestMNISTGraphsMatchModels(t *testing.T) {
	m, q, test := loadMNIST(t)
	fg, err := float32Graph(m)
	if err != nil {
		t.Fatal(err)
	}
	qg, err := int8Graph(q)
	if err != nil {
		t.Fatal(err)
	}
	img := make([]float32, mnist.Pixels)
	correct := [2]int{}
	for n := range 200 {
		pixels := test.Image(n)
		for i, p := range pixels {
			img[i] = mnist.PixelScale(p)
		}

		vals, err := graph.Run(fg.g, fg.input(pixels))
		if err != nil {
			t.Fatal(err)
		}
		got, _ := vals[fg.logits].Float32s()
		want := m.Logits(img)
		for k := range want {
			if math.Float32bits(got[k]) != math.Float32bits(want[k]) {
				t.Fatalf("image %d: float32 graph logit %d = %v, mnist %v", n, k, got[k], want[k])
			}
		}
		digit, _ := vals[fg.g.Output()].Int32s()
		if int(digit[0]) != m.Predict(img) {
			t.Fatalf("image %d: float32 graph predicts %d, mnist %d", n, digit[0], m.Predict(img))
		}
		if int(digit[0]) == int(test.Labels[n]) {
			correct[0]++
		}

		vals, err = graph.Run(qg.g, qg.input(pixels))
		if err != nil {
			t.Fatal(err)
		}
		gotQ, _ := vals[qg.logits].Int32s()
		wantQ := q.Logits(pixels)
		for k := range wantQ {
			if gotQ[k] != wantQ[k] {
				t.Fatalf("image %d: int8 graph logit %d = %d, mnist %d", n, k, gotQ[k], wantQ[k])
			}
		}
		digit, _ = vals[qg.g.Output()].Int32s()
		if int(digit[0]) != q.Predict(pixels) {
			t.Fatalf("image %d: int8 graph predicts %d, mnist %d", n, digit[0], q.Predict(pixels))
		}
		if int(digit[0]) == int(test.Labels[n]) {
			correct[1]++
		}
	}
	t.Logf("first 200 test images: float32 graph %d correct, int8 graph %d correct", correct[0], correct[1])
}

// TestMNISTInVM runs every node of both MNIST graphs in the VM for a few
// test images and requires the native commitments, then runs each whole
// graph in the VM (graph mode). It logs the step counts.
func TestMNISTInVM(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the MNIST models in the VM")
	}
	m, q, test := loadMNIST(t)
	fg, err := float32Graph(m)
	if err != nil {
		t.Fatal(err)
	}
	qg, err := int8Graph(q)
	if err != nil {
		t.Fatal(err)
	}
	executorImage(t)
	images := []int{0, 1, 2}
	for _, c := range []struct {
		name string
		mg   *mnistGraph
	}{{"float32", fg}, {"int8", qg}} {
		g := c.mg.g
		for _, n := range images {
			input := c.mg.input(test.Image(n))
			values, err := graph.Run(g, input)
			if err != nil {
				t.Fatal(err)
			}
			// Node mode: every node on the native values of its operands.
			var total uint64
			for i, node := range g.Nodes {
				args := make([]*tensor.Tensor, len(node.Inputs))
				for j, in := range node.Inputs {
					args[j] = values[in]
				}
				want := nativeBytes(t, g, i, args)
				if graph.Commit(want) != graph.CommitTensor(values[node.Output]) {
					t.Fatalf("%s node %d: EvalNode and Run disagree", c.name, i)
				}
				steps := checkNodeInVM(t, g, i, args, want)
				total += steps
				if n == images[0] {
					t.Logf("%s node %d %-12s %-10s -> %-10v %9d VM steps", c.name, i, g.Tensors[node.Output].Name,
						node.Op, g.Tensors[node.Output].Spec(), steps)
				}
			}
			// Graph mode: the whole inference in one VM run.
			e, err := executorImage(t).GraphEmulator(g, input)
			if err != nil {
				t.Fatal(err)
			}
			// The initial memory holds every weight and the input as
			// sub-trees whose roots are their commitments.
			addrs, err := graph.WeightLayout(g)
			if err != nil {
				t.Fatal(err)
			}
			for id, ti := range g.Tensors {
				if ti.Kind == graph.Weight {
					checkRegion(t, e.Mem, addrs[id], len(ti.Value.Bytes()), graph.CommitTensor(ti.Value))
				}
			}
			checkRegion(t, e.Mem, graph.InputAddr(0), len(input.Bytes()), graph.CommitTensor(input))
			if msg := runVM(t, e); msg != "" {
				t.Logf("executor stderr: %s", msg)
			}
			out := values[g.Output()]
			if err := host.CheckOutput(e, graph.SpecOf(out), graph.CommitTensor(out)); err != nil {
				t.Fatalf("%s image %d, graph mode: %v", c.name, n, err)
			}
			t.Logf("%s image %d: %d nodes in node mode, %d VM steps in all; whole graph in graph mode: %d VM steps",
				c.name, n, len(g.Nodes), total, e.State.Step)
		}
	}
}
