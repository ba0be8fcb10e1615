package main

import (
	"fmt"
	"math"
	"path/filepath"
	"testing"

	"github.com/opml-dev/opml/graph"
	"github.com/opml-dev/opml/models/mnist"
	"github.com/opml-dev/opml/tensor"
)

// mnistGraphs are the MNIST models as graphs, with the ids of their logits.
type mnistGraph struct {
	g      *graph.Graph
	logits int
	input  func(pixels []byte) *tensor.Tensor
}

// float32Graph expresses mnist.MLP.Logits and Predict: two linear layers
// whose sums start from the bias, a ReLU between them, and an argmax.
func float32Graph(m *mnist.MLP) (*mnistGraph, error) {
	b := graph.NewBuilder()
	x := b.Input("image", tensor.F32, 1, mnist.Pixels)
	w1, err := tensor.FromFloat32(m.W1, m.Hidden, mnist.Pixels)
	if err != nil {
		return nil, err
	}
	b1, err := tensor.FromFloat32(m.B1, m.Hidden)
	if err != nil {
		return nil, err
	}
	w2, err := tensor.FromFloat32(m.W2, mnist.Digits, m.Hidden)
	if err != nil {
		return nil, err
	}
	b2, err := tensor.FromFloat32(m.B2, mnist.Digits)
	if err != nil {
		return nil, err
	}
	h := b.Node("hidden", graph.OpLinear, nil, b.Weight("w1", w1), x, b.Weight("b1", b1))
	r := b.Node("relu", graph.OpRelu, nil, h)
	logits := b.Node("logits", graph.OpLinear, nil, b.Weight("w2", w2), r, b.Weight("b2", b2))
	digit := b.Node("digit", graph.OpArgmax, nil, logits)
	g, err := b.Build(digit)
	if err != nil {
		return nil, err
	}
	return &mnistGraph{g, logits, func(pixels []byte) *tensor.Tensor {
		img := make([]float32, len(pixels))
		for i, p := range pixels {
			img[i] = mnist.PixelScale(p)
		}
		return must(tensor.FromFloat32(img, 1, mnist.Pixels))
	}}, nil
}

// int8Graph expresses mnist.MLPInt8.Logits step by step: input
// quantization of the raw u8 pixels, int8 matmul, int32 bias, per-unit
// requantization clamped to [0, 127] (the ReLU), the same for the output
// layer without clamping, and an argmax over the integer logits.
//
// mnist's hidden unit is 0 if acc ≤ 0, else min(requant(acc), 127);
// requant_rows computes clamp(requant(acc), 0, 127). The two agree whenever
// requant(acc) fits in int32 (requant(acc) then has the sign of acc, and
// requant(0) = 0). int8Graph requires every hidden shift to be at least 31,
// so that m/2^s < 1 and |requant(acc)| ≤ |acc| + 1 always fits: the graph
// then equals Logits on every input. (The shipped model's smallest hidden
// shift is 41.)
func int8Graph(q *mnist.MLPInt8) (*mnistGraph, error) {
	for j, s := range q.Shift1 {
		if s < 31 {
			return nil, fmt.Errorf("hidden unit %d has shift %d < 31: requant_rows could differ from mnist on overflow", j, s)
		}
	}
	b := graph.NewBuilder()
	h := q.Hidden
	i32 := func(name string, v []int32) int {
		t, err := tensor.FromInt32(v, len(v))
		if err != nil {
			panic(err) // lengths come from a validated model
		}
		return b.Weight(name, t)
	}
	shifts := func(name string, s []uint8) int {
		v := make([]int32, len(s))
		for i, x := range s {
			v[i] = int32(x)
		}
		return i32(name, v)
	}
	i8 := func(name string, v []int8, rows, cols int) int {
		t, err := tensor.FromInt8(v, rows, cols)
		if err != nil {
			panic(err)
		}
		return b.Weight(name, t)
	}
	pixels := b.Input("pixels", tensor.I8, 1, mnist.Pixels) // raw u8 bytes
	x := b.Node("x", graph.OpRequantRows, graph.Ints(0, 127, int(tensor.I8), 1),
		pixels, i32("in_mul", []int32{q.InMul}), shifts("in_shift", []uint8{q.InShift}))
	acc1 := b.Node("acc1", graph.OpMatMulI8, nil, i8("w1", q.W1, h, mnist.Pixels), x)
	acc1 = b.Node("acc1+b1", graph.OpAddI32, nil, acc1, i32("b1", q.B1))
	hid := b.Node("hidden", graph.OpRequantRows, graph.Ints(0, 127, int(tensor.I8), 0),
		acc1, i32("mul1", q.Mul1), shifts("shift1", q.Shift1))
	acc2 := b.Node("acc2", graph.OpMatMulI8, nil, i8("w2", q.W2, mnist.Digits, h), hid)
	acc2 = b.Node("acc2+b2", graph.OpAddI32, nil, acc2, i32("b2", q.B2))
	logits := b.Node("logits", graph.OpRequantRows, graph.Ints(math.MinInt32, math.MaxInt32, int(tensor.I32), 0),
		acc2, i32("mul2", q.Mul2), shifts("shift2", q.Shift2))
	digit := b.Node("digit", graph.OpArgmax, nil, logits)
	g, err := b.Build(digit)
	if err != nil {
		return nil, err
	}
	return &mnistGraph{g, logits, func(p []byte) *tensor.Tensor {
		return must(tensor.FromBytes(tensor.I8, p, 1, mnist.Pixels))
	}}, nil
}

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
		digit, _ := vals[fg.g.Output].Int32s()
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
		digit, _ = vals[qg.g.Output].Int32s()
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
	executorELF(t)
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
			e, err := graph.GraphEmulator(executorELF(t), g, input)
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
			out := values[g.Output]
			if err := graph.CheckOutput(e, graph.SpecOf(out), graph.CommitTensor(out)); err != nil {
				t.Fatalf("%s image %d, graph mode: %v", c.name, n, err)
			}
			t.Logf("%s image %d: %d nodes in node mode, %d VM steps in all; whole graph in graph mode: %d VM steps",
				c.name, n, len(g.Nodes), total, e.State.Step)
		}
	}
}
