package onnx

import (
	"encoding/json"
	"errors"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
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

func loadMLP(t testing.TB) *mnist.MLP {
	t.Helper()
	m, err := mnist.LoadFile(filepath.Join("..", "mnist", "weights", mnist.Float32File))
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// nativeMNIST is mnist.MLP.Graph, the graph models/executor runs.
func nativeMNIST(m *mnist.MLP) *graph.Graph { return must(m.Graph()).Graph }

// transposeF32 returns the [cols, rows] transpose of a row-major matrix.
func transposeF32(v []float32, rows, cols int) []float32 {
	out := make([]float32, len(v))
	for r := range rows {
		for c := range cols {
			out[c*rows+r] = v[r*cols+c]
		}
	}
	return out
}

// gemmMNIST writes the MNIST MLP as ONNX Gemm nodes, the way
// torch.onnx.export writes nn.Linear: weights [out, in] with transB=1.
// With transposed set it stores the weights [in, out] with transB=0.
func gemmMNIST(m *mnist.MLP, transposed bool) []byte {
	h := int64(m.Hidden)
	w1, w2 := tensorF32Raw("fc1.weight", []int64{h, mnist.Pixels}, m.W1), tensorF32Data("fc2.weight", []int64{mnist.Digits, h}, m.W2)
	trans := attrInt("transB", 1)
	if transposed {
		w1 = tensorF32Raw("fc1.weight", []int64{mnist.Pixels, h}, transposeF32(m.W1, m.Hidden, mnist.Pixels))
		w2 = tensorF32Data("fc2.weight", []int64{h, mnist.Digits}, transposeF32(m.W2, mnist.Digits, m.Hidden))
		trans = attrInt("transB", 0)
	}
	return model(
		[]*pb{
			node("Gemm", strs("image", "fc1.weight", "fc1.bias"), strs("hidden"), attrFloat("alpha", 1), trans),
			node("Relu", strs("hidden"), strs("relu")),
			node("Gemm", strs("relu", "fc2.weight", "fc2.bias"), strs("logits"), trans),
			node("ArgMax", strs("logits"), strs("digit"), attrInt("axis", 1), attrInt("keepdims", 0)),
		},
		[]*pb{w1, tensorF32Data("fc1.bias", []int64{h}, m.B1), w2, tensorF32Raw("fc2.bias", []int64{mnist.Digits}, m.B2)},
		[]*pb{valueInfo("image", typeFloat, 1, mnist.Pixels)},
		[]*pb{valueInfo("digit", typeInt64, 1)},
	)
}

func scaled(pixels []byte) []float32 {
	img := make([]float32, len(pixels))
	for i, p := range pixels {
		img[i] = mnist.PixelScale(p)
	}
	return img
}

// TestMNISTGemm imports the MNIST MLP written as Gemm nodes (both weight
// layouts) and finds models/executor's graph: the same descriptor
// commitment, the same state after every image, mnist's predictions.
func TestMNISTGemm(t *testing.T) {
	m := loadMLP(t)
	native := nativeMNIST(m)
	nc := must(native.Commitment())
	test := must(mnist.LoadTest())
	for _, transposed := range []bool{false, true} {
		g, err := Import(gemmMNIST(m, transposed), Options{})
		if err != nil {
			t.Fatal(err)
		}
		if gc := must(g.Commitment()); gc != nc {
			t.Fatalf("transposed=%v: graph commitment %x, native %x", transposed, gc, nc)
		}
		for n := range 100 {
			img := scaled(test.Image(n))
			in := must(tensor.FromFloat32(img, 1, mnist.Pixels))
			got := must(graph.Run(g, in))
			want := must(graph.Run(native, in))
			if must(graph.StateRoot(g, graph.Commitments(got), len(g.Nodes))) != must(graph.StateRoot(native, graph.Commitments(want), len(native.Nodes))) {
				t.Fatalf("image %d: final state differs from the native graph's", n)
			}
			if d := must(got[g.Output()].Int32s()); int(d[0]) != m.Predict(img) {
				t.Fatalf("image %d: predicts %d, mnist %d", n, d[0], m.Predict(img))
			}
		}
	}
}

// TestMNISTMatMulAdd imports the MLP written as MatMul + Add (the form
// without a fused bias). Its sums round differently from mnist's
// bias-first sums, so the logits are compared with a float64 reference
// within a tolerance, and the predictions exactly.
func TestMNISTMatMulAdd(t *testing.T) {
	m := loadMLP(t)
	h := int64(m.Hidden)
	data := model(
		[]*pb{
			node("MatMul", strs("image", "w1"), strs("mm1")),
			node("Add", strs("b1", "mm1"), strs("hidden")), // constant first: the importer swaps
			node("Relu", strs("hidden"), strs("relu")),
			node("MatMul", strs("relu", "w2"), strs("mm2")),
			node("Add", strs("mm2", "b2"), strs("logits")),
			node("Identity", strs("logits"), strs("logits2")),
			node("ArgMax", strs("logits2"), strs("digit"), attrInt("axis", -1)),
		},
		[]*pb{
			tensorF32Raw("w1", []int64{mnist.Pixels, h}, transposeF32(m.W1, m.Hidden, mnist.Pixels)),
			tensorF32Raw("b1", []int64{1, h}, m.B1),
			tensorF32Raw("w2", []int64{h, mnist.Digits}, transposeF32(m.W2, mnist.Digits, m.Hidden)),
			tensorF32Raw("b2", []int64{mnist.Digits}, m.B2),
		},
		[]*pb{valueInfo("image", typeFloat, 1, mnist.Pixels)},
		[]*pb{valueInfo("digit", typeInt64, 1, 1)},
	)
	g, err := Import(data, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var ops []string
	for _, n := range g.Nodes {
		ops = append(ops, n.Op.String())
	}
	if got := strings.Join(ops, " "); got != "matmul add relu matmul add argmax reshape" {
		t.Fatalf("ops: %s", got)
	}
	test := must(mnist.LoadTest())
	logitsID := g.Nodes[4].Output
	worst := 0.0
	for n := range 200 {
		img := scaled(test.Image(n))
		vals := must(graph.Run(g, must(tensor.FromFloat32(img, 1, mnist.Pixels))))
		logits := must(vals[logitsID].Float32s())
		for k, want := range reference(m, img) {
			worst = max(worst, math.Abs(float64(logits[k])-want))
		}
		d := must(vals[g.Output()].Int32s())
		if s := vals[g.Output()].Shape(); len(s) != 2 || s[0] != 1 || s[1] != 1 {
			t.Fatalf("ArgMax with keepdims=1 gives shape %v, want [1 1]", s)
		}
		if int(d[0]) != m.Predict(img) {
			t.Fatalf("image %d: predicts %d, mnist %d", n, d[0], m.Predict(img))
		}
	}
	if worst > 1e-4 {
		t.Fatalf("largest logit error against float64 %g", worst)
	}
	t.Logf("MatMul+Add MNIST: 200 predictions equal mnist's, largest logit error against float64 %.3g", worst)
}

// reference computes the MLP's logits in float64.
func reference(m *mnist.MLP, img []float32) []float64 {
	hid := make([]float64, m.Hidden)
	for j := range hid {
		s := float64(m.B1[j])
		for i, x := range img {
			s += float64(m.W1[j*mnist.Pixels+i]) * float64(x)
		}
		hid[j] = max(s, 0)
	}
	out := make([]float64, mnist.Digits)
	for k := range out {
		s := float64(m.B2[k])
		for j, h := range hid {
			s += float64(m.W2[k*m.Hidden+j]) * h
		}
		out[k] = s
	}
	return out
}

func seq(n int, scale float32) []float32 {
	v := make([]float32, n)
	for i := range v {
		v[i] = float32(i%7-3) * scale
	}
	return v
}

// TestConvNet maps a small CNN (Conv, Relu, MaxPool, AveragePool, Flatten,
// Gemm, scalar Mul, Softmax) and compares it with the same graph built
// directly from the ops the mapping promises.
func TestConvNet(t *testing.T) {
	cw, cb := seq(2*1*3*3, 0.25), []float32{0.5, -0.5}
	gw, gb := seq(3*2, 0.125), []float32{1, 0, -1}
	data := model(
		[]*pb{
			node("Conv", strs("x", "cw", "cb"), strs("c"), attrInts("kernel_shape", 3, 3), attrInts("pads", 1, 1, 1, 1), attrInts("strides", 1, 1)),
			node("Relu", strs("c"), strs("r")),
			node("MaxPool", strs("r"), strs("p"), attrInts("kernel_shape", 2, 2), attrInts("strides", 2, 2)),
			node("AveragePool", strs("p"), strs("a"), attrInts("kernel_shape", 2, 2), attrInts("strides", 2, 2)),
			node("Flatten", strs("a"), strs("f")),
			node("Gemm", strs("f", "gw", "gb"), strs("y"), attrInt("transB", 1)),
			node("Constant", nil, strs("half"), attrTensor("value", tensorF32Raw("", nil, []float32{0.5}))),
			node("Mul", strs("y", "half"), strs("z")),
			node("Softmax", strs("z"), strs("s"), attrInt("axis", -1)),
		},
		[]*pb{tensorF32Raw("cw", []int64{2, 1, 3, 3}, cw), tensorF32Raw("cb", []int64{2}, cb), tensorF32Raw("gw", []int64{3, 2}, gw), tensorF32Raw("gb", []int64{3}, gb)},
		[]*pb{valueInfo("x", typeFloat, 1, 1, 4, 4)},
		[]*pb{valueInfo("s", typeFloat, 1, 3)},
	)
	g, err := Import(data, Options{})
	if err != nil {
		t.Fatal(err)
	}
	// Imported graphs hold the input, then the weights, then the nodes.
	b := graph.NewBuilder()
	x := b.Input("x", tensor.F32, 1, 1, 4, 4)
	cwID := b.Weight("cw", must(tensor.FromFloat32(cw, 2, 1, 3, 3)))
	cbID := b.Weight("cb", must(tensor.FromFloat32(cb, 2)))
	gwID := b.Weight("gw", must(tensor.FromFloat32(gw, 3, 2)))
	gbID := b.Weight("gb", must(tensor.FromFloat32(gb, 3)))
	c := b.Node("c", graph.OpConv2D, graph.Ints(1, 1), x, cwID, cbID)
	r := b.Node("r", graph.OpRelu, nil, c)
	p := b.Node("p", graph.OpMaxPool2D, graph.Ints(2, 2, 0), r)
	a := b.Node("a", graph.OpAvgPool2D, graph.Ints(2, 2, 0), p)
	f := b.Node("f", graph.OpReshape, graph.Ints(1, 2), a)
	y := b.Node("y", graph.OpLinear, nil, gwID, f, gbID)
	z := b.Node("z", graph.OpScale, graph.Params{graph.Float(0.5)}, y)
	want := must(b.Build(b.Node("s", graph.OpSoftmax, nil, z)))
	if must(g.Commitment()) != must(want.Commitment()) {
		t.Fatalf("conv net maps to\n%v\nwant\n%v", g.Nodes, want.Nodes)
	}
	in := must(tensor.FromFloat32(seq(16, 1), 1, 1, 4, 4))
	got := must(graph.Run(g, in))[g.Output()]
	s := must(got.Float32s())
	if sum := s[0] + s[1] + s[2]; math.Abs(float64(sum)-1) > 1e-6 {
		t.Fatalf("softmax sums to %v", sum)
	}
}

// TestLayoutOps checks Transpose, Concat and Reshape against values worked
// out by hand, at run time and folded into constants.
func TestLayoutOps(t *testing.T) {
	data := model(
		[]*pb{
			node("Transpose", strs("x"), strs("xt")),                           // [3, 2]
			node("Transpose", strs("k"), strs("kt"), attrInts("perm", 1, 0)),   // constant, folded: [3, 2]
			node("Concat", strs("xt", "kt"), strs("cat"), attrInt("axis", -1)), // [3, 4]
			node("Reshape", strs("cat", "shape"), strs("flat")),                // [2, 6]
			node("Add", strs("flat", "one"), strs("out")),                      // scalar broadcast
		},
		[]*pb{
			tensorF32Raw("k", []int64{2, 3}, []float32{10, 20, 30, 40, 50, 60}),
			tensorI64("shape", 2, -1),
			tensorF32Data("one", nil, []float32{1}),
		},
		[]*pb{valueInfo("x", typeFloat, 2, 3)},
		[]*pb{valueInfo("out", typeFloat, 2, 6)},
	)
	g, err := Import(data, Options{})
	if err != nil {
		t.Fatal(err)
	}
	vals, err := graph.Run(g, must(tensor.FromFloat32([]float32{1, 2, 3, 4, 5, 6}, 2, 3)))
	if err != nil {
		t.Fatal(err)
	}
	out := vals[g.Output()]
	// xt = [[1 4] [2 5] [3 6]], kt = [[10 40] [20 50] [30 60]],
	// cat rows [1 4 10 40] [2 5 20 50] [3 6 30 60], reshaped to 2×6, +1.
	want := []float32{2, 5, 11, 41, 3, 6, 21, 51, 4, 7, 31, 61}
	if got := must(out.Float32s()); !slices.Equal(got, want) || !slices.Equal(out.Shape(), []int{2, 6}) {
		t.Fatalf("got %v %v, want %v [2 6]", got, out.Shape(), want)
	}
}

func TestSymbolicDims(t *testing.T) {
	data := model(
		[]*pb{node("Relu", strs("x"), strs("y"))}, nil,
		[]*pb{valueInfo("x", typeFloat, -1, 4)},
		[]*pb{valueInfo("y", typeFloat, -1, 4)},
	)
	if _, err := Import(data, Options{}); err == nil || !strings.Contains(err.Error(), `symbolic dimension "N"`) {
		t.Fatalf("error %v", err)
	}
	g, err := Import(data, Options{Dims: map[string]int{"N": 3}})
	if err != nil {
		t.Fatal(err)
	}
	if s := g.Tensors[g.Input()].Shape; !slices.Equal(s, []int{3, 4}) {
		t.Fatalf("input shape %v", s)
	}
}

func TestUnsupported(t *testing.T) {
	in := []*pb{valueInfo("x", typeFloat, 1, 4)}
	out := []*pb{valueInfo("y", typeFloat, 1, 4)}
	w := []*pb{tensorF32Raw("w", []int64{4, 4}, seq(16, 1))}
	cases := []struct {
		name  string
		nodes []*pb
		inits []*pb
		outs  []*pb
		want  string
	}{
		{"sigmoid", []*pb{node("Sigmoid", strs("x"), strs("y"))}, nil, out, "op Sigmoid: opml's graph has no such op"},
		{"unknown op", []*pb{node("FooBar", strs("x"), strs("y"))}, nil, out, "unsupported: op FooBar"},
		{"domain", []*pb{func() *pb { n := node("Relu", strs("x"), strs("y")); return n.str(7, "com.microsoft") }()}, nil, out, `domain "com.microsoft"`},
		{"gelu erf", []*pb{node("Gelu", strs("x"), strs("y"))}, nil, out, `approximate="none"`},
		{"gemm alpha", []*pb{node("Gemm", strs("x", "w"), strs("y"), attrFloat("alpha", 2))}, w, out, "alpha=2"},
		{"conv group", []*pb{node("Conv", strs("x", "w"), strs("y"), attrInt("group", 2))}, w, out, "group=2"},
		{"double weight", []*pb{node("MatMul", strs("x", "d"), strs("y"))}, []*pb{tensorRaw("d", 11, []int64{4, 4}, make([]byte, 128))}, out, "data type DOUBLE"},
		{"concat 5", []*pb{node("Concat", strs("x", "x", "x", "x", "x"), strs("y"), attrInt("axis", 0))}, nil, out, "Concat of 5 inputs"},
		{"softmax axis", []*pb{node("Softmax", strs("x"), strs("y"), attrInt("axis", 0))}, nil, out, "Softmax over axis 0"},
		{"computed shape", []*pb{node("Reshape", strs("x", "x"), strs("y"))}, nil, out, "must be a constant"},
		{"two outputs", []*pb{node("Relu", strs("x"), strs("y"))}, nil, append(out, valueInfo("x", typeFloat, 1, 4)), "2 outputs"},
		{"unknown input", []*pb{node("Add", strs("x", "nope"), strs("y"))}, nil, out, `reads "nope"`},
		{"broadcast", []*pb{node("Add", strs("x", "c"), strs("y"))}, []*pb{tensorF32Raw("c", []int64{4, 1}, seq(4, 1))}, out, "opml broadcasts only over leading axes"},
		{"raw size", []*pb{node("MatMul", strs("x", "r"), strs("y"))}, []*pb{tensorRaw("r", typeFloat, []int64{4, 4}, make([]byte, 60))}, out, "60 raw bytes"},
		{"external", []*pb{node("MatMul", strs("x", "e"), strs("y"))}, []*pb{tensorF32Raw("e", []int64{4, 4}, seq(16, 1)).int(14, 1)}, out, "external file"},
		{"output missing", []*pb{node("Relu", strs("x"), strs("z"))}, nil, out, `no node produces the graph output "y"`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Import(model(c.nodes, c.inits, in, c.outs), Options{})
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("error %v, want one containing %q", err, c.want)
			}
			if !errors.Is(err, ErrUnsupported) && !errors.Is(err, ErrFormat) {
				t.Fatalf("error %v wraps neither ErrUnsupported nor ErrFormat", err)
			}
		})
	}
}

func TestMalformedProtobuf(t *testing.T) {
	cases := []struct {
		name string
		data []byte
		want string
	}{
		{"empty", nil, "no graph"},
		{"truncated varint", []byte{0x08, 0x80}, "truncated varint"},
		{"long varint", []byte{0x08, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f}, "overflows"},
		{"group", []byte{0x0b}, "wire type 3"},
		{"field zero", []byte{0x00, 0x00}, "field number 0"},
		{"length overflow", []byte{0x3a, 0x10, 0x00}, "length 16 with 1 bytes left"},
		{"wrong wire type", []byte{0x3d, 0, 0, 0, 0}, "field 7 has wire type 5"},
		{"bad nested", (&pb{}).msg(7, (&pb{}).bytes(1, []byte{0x22, 0x05})).b, "NodeProto"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Import(c.data, Options{})
			if err == nil || !strings.Contains(err.Error(), c.want) || !errors.Is(err, ErrFormat) {
				t.Fatalf("error %v, want ErrFormat containing %q", err, c.want)
			}
		})
	}
	// Every truncation of a valid model is an error, never a panic.
	good := gemmMNIST(&mnist.MLP{Hidden: 2, W1: make([]float32, 2*mnist.Pixels), B1: make([]float32, 2), W2: make([]float32, 20), B2: make([]float32, 10)}, false)
	if _, err := Import(good, Options{}); err != nil {
		t.Fatal(err)
	}
	for n := 0; n < len(good); n += 1 + n/64 {
		if _, err := Import(good[:n], Options{}); err == nil {
			t.Fatalf("model cut to %d of %d bytes imported", n, len(good))
		}
	}
}

// TestRealFiles decodes ONNX files written by PyTorch's exporter that the
// Go module github.com/yalue/onnxruntime_go ships as test data (read from
// the module cache, into which realDataDir downloads it). Their ops are mostly outside opml's set, so the test
// checks that they decode to the structure their generator scripts
// describe and that importing names the first unsupported op.
func TestRealFiles(t *testing.T) {
	dir := realDataDir(t)
	cases := []struct {
		file    string
		nodes   func(*Model) bool
		want    string // import error, "" for success
		summary string
	}{
		{"example_big_fanout.onnx", func(m *Model) bool {
			return countOps(m)["MatMul"] == 100 && len(m.Graph.Inputs) >= 1 && m.Graph.Inputs[0].Name == "input"
		}, "Concat of 100 inputs", "100 MatMul of a [1, 4] input with constant [4, 4] matrices, concatenated and summed"},
		{"example_big_compute.onnx", func(m *Model) bool { return countOps(m)["Div"] == 40 && countOps(m)["Mul"] == 40 }, "input \"Input\" of shape [1 52428800] is larger than", "40 × (x / 10, x · 10)"},
		{"example_float16.onnx", func(m *Model) bool { return countOps(m)["Mul"] == 1 && countOps(m)["Cast"] == 1 }, "scale needs f32, got f16", "x · 3 in float16, cast to bfloat16"},
		{"example_dynamic_axes.onnx", func(m *Model) bool {
			return len(m.Graph.Inputs) == 1 && len(m.Graph.Inputs[0].Dims) == 2 && m.Graph.Inputs[0].Dims[0].Param != ""
		}, "symbolic dimension", "sum over axis 1 of a [N, 10] input"},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			b, err := os.ReadFile(filepath.Join(dir, c.file))
			if err != nil {
				t.Fatal(err)
			}
			m, err := Decode(b)
			if err != nil {
				t.Fatal(err)
			}
			if !c.nodes(m) {
				t.Fatalf("decoded %v, expected %s", countOps(m), c.summary)
			}
			_, err = Convert(m, Options{})
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("import error %v, want one containing %q", err, c.want)
			}
			t.Logf("%s (producer %q, opset %d): ops %v; import: %v", c.file, m.Producer, m.Opsets[""], countOps(m), err)
		})
	}
}

// TestRealSubgraph imports the first MatMul of PyTorch's
// example_big_fanout.onnx (a Constant [4, 4] matrix, as the exporter
// writes it, times the [1, 4] input) and checks its result against the
// product computed in float64 from the decoded constant; and it checks
// that every ONNX file of the module decodes.
func TestRealSubgraph(t *testing.T) {
	dir := realDataDir(t)
	files, _ := filepath.Glob(filepath.Join(dir, "*.onnx"))
	if len(files) < 5 {
		t.Fatalf("%d ONNX files in %s", len(files), dir)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := Decode(b); err != nil {
			t.Errorf("%s: %v", filepath.Base(f), err)
		}
	}
	m, err := Decode(must(os.ReadFile(filepath.Join(dir, "example_big_fanout.onnx"))))
	if err != nil {
		t.Fatal(err)
	}
	i := slices.IndexFunc(m.Graph.Nodes, func(n Node) bool { return n.OpType == "MatMul" })
	if i < 0 {
		t.Fatal("no MatMul")
	}
	mm := m.Graph.Nodes[i]
	var matrix *Tensor
	for _, n := range m.Graph.Nodes[:i] {
		if n.OpType == "Constant" && n.Outputs[0] == mm.Inputs[1] {
			matrix = n.Attrs[0].T
		}
	}
	if matrix == nil || !slices.Equal(matrix.Dims, []int64{4, 4}) {
		t.Fatalf("MatMul %v: right operand is not a [4, 4] constant", mm.Inputs)
	}
	m.Graph.Nodes = m.Graph.Nodes[:i+1]
	m.Graph.Outputs = []ValueInfo{{Name: mm.Outputs[0]}}
	g, err := Convert(m, Options{})
	if err != nil {
		t.Fatal(err)
	}
	x := []float32{1, -2, 0.5, 4}
	got := must(must(graph.Run(g, must(tensor.FromFloat32(x, 1, 4))))[g.Output()].Float32s())
	mv := must(must(tensorOf(matrix)).Float32s())
	for j := range 4 {
		want := 0.0
		for k := range 4 {
			want += float64(x[k]) * float64(mv[k*4+j])
		}
		if math.Abs(float64(got[j])-want) > 1e-5 {
			t.Fatalf("output %d = %v, float64 product %v", j, got[j], want)
		}
	}
	t.Logf("first MatMul of example_big_fanout.onnx: %v", got)
}

func countOps(m *Model) map[string]int {
	c := map[string]int{}
	for _, n := range m.Graph.Nodes {
		c[n.OpType]++
	}
	return c
}

const realModule = "github.com/yalue/onnxruntime_go@v1.27.0"

// realDataDir returns the test_data directory of realModule in the module
// cache, downloading the module through the Go tool if it is not there
// (outside this module, so go.mod is untouched). Without the module proxy
// the tests that need it are skipped.
func realDataDir(t *testing.T) string {
	t.Helper()
	cmd := exec.Command("go", "mod", "download", "-json", realModule)
	cmd.Dir = t.TempDir()
	out, err := cmd.Output()
	if err != nil {
		t.Skipf("cannot download %s: %v", realModule, err)
	}
	var info struct{ Dir, Error string }
	if err := json.Unmarshal(out, &info); err != nil || info.Error != "" || info.Dir == "" {
		t.Skipf("cannot download %s: %v %s", realModule, err, info.Error)
	}
	return filepath.Join(info.Dir, "test_data")
}

func FuzzImport(f *testing.F) {
	f.Add(gemmMNIST(&mnist.MLP{Hidden: 1, W1: make([]float32, mnist.Pixels), B1: make([]float32, 1), W2: make([]float32, 10), B2: make([]float32, 10)}, true))
	f.Add(model([]*pb{node("Relu", strs("x"), strs("y"))}, nil, []*pb{valueInfo("x", typeFloat, 2)}, []*pb{valueInfo("y", typeFloat, 2)}))
	f.Fuzz(func(t *testing.T, data []byte) {
		g, err := Import(data, Options{Dims: map[string]int{"N": 2}})
		if err != nil {
			return
		}
		if err := g.Validate(); err != nil {
			t.Fatalf("imported an invalid graph: %v", err)
		}
	})
}

// TestMatMulForms checks the operand arrangements of MatMul and Gemm
// against products worked out in the test (small integers, so exact).
func TestMatMulForms(t *testing.T) {
	x := []float32{1, 2, 3, 4, 5, 6} // [2, 3]
	mat := func(a []float32, ar, ac int, b []float32, bc int) []float32 {
		out := make([]float32, ar*bc)
		for i := range ar {
			for j := range bc {
				for k := range ac {
					out[i*bc+j] += a[i*ac+k] * b[k*bc+j]
				}
			}
		}
		return out
	}
	xt := transposeF32(x, 2, 3)
	k := []float32{2, -1, 0, 3}
	cases := []struct {
		name  string
		nodes []*pb
		inits []*pb
		shape []int64
		want  []float32
	}{
		{"constant·runtime", []*pb{node("MatMul", strs("k", "x"), strs("y"))},
			[]*pb{tensorF32Raw("k", []int64{2, 2}, k)}, []int64{2, 3}, mat(k, 2, 2, x, 3)},
		{"runtime·runtime", []*pb{node("Transpose", strs("x"), strs("xt")), node("MatMul", strs("x", "xt"), strs("y"))},
			nil, []int64{2, 2}, mat(x, 2, 3, xt, 2)},
		{"gemm runtime transB", []*pb{node("Gemm", strs("x", "x"), strs("y"), attrInt("transB", 1))},
			nil, []int64{2, 2}, mat(x, 2, 3, xt, 2)},
		{"gemm runtime B", []*pb{node("Transpose", strs("x"), strs("xt")), node("Gemm", strs("x", "xt", "c"), strs("y"))},
			[]*pb{tensorF32Data("c", nil, []float32{10})}, []int64{2, 2}, func() []float32 {
				v := mat(x, 2, 3, xt, 2)
				for i := range v {
					v[i] += 10
				}
				return v
			}()},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			g, err := Import(model(c.nodes, c.inits, []*pb{valueInfo("x", typeFloat, 2, 3)}, []*pb{valueInfo("y", typeFloat, c.shape...)}), Options{})
			if err != nil {
				t.Fatal(err)
			}
			out := must(graph.Run(g, must(tensor.FromFloat32(x, 2, 3))))[g.Output()]
			if got := must(out.Float32s()); !slices.Equal(got, c.want) || len(out.Shape()) != 2 || out.Shape()[0] != int(c.shape[0]) {
				t.Fatalf("got %v %v, want %v %v", got, out.Shape(), c.want, c.shape)
			}
		})
	}
}

// TestSubDiv checks the exact mappings of Sub (an add of the negated
// operand) and Div by a power of two (a scale), against values worked out
// by hand.
func TestSubDiv(t *testing.T) {
	c := []*pb{tensorF32Raw("c", []int64{4}, []float32{0.5, 1, 1.5, 2}), tensorF32Raw("four", nil, []float32{4}), tensorF32Raw("ten", nil, []float32{10})}
	cases := []struct {
		name string
		node *pb
		want []float32
		err  string
	}{
		{"x-c", node("Sub", strs("x", "c"), strs("y")), []float32{0.5, 1, 1.5, 2}, ""},
		{"c-x", node("Sub", strs("c", "x"), strs("y")), []float32{-0.5, -1, -1.5, -2}, ""},
		{"x-x", node("Sub", strs("x", "x"), strs("y")), []float32{0, 0, 0, 0}, ""},
		{"x/4", node("Div", strs("x", "four"), strs("y")), []float32{0.25, 0.5, 0.75, 1}, ""},
		{"x/10", node("Div", strs("x", "ten"), strs("y")), nil, "Div by 10"},
		{"x/x", node("Div", strs("x", "x"), strs("y")), nil, "Div by a computed value"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			g, err := Import(model([]*pb{tc.node}, c, []*pb{valueInfo("x", typeFloat, 1, 4)}, []*pb{valueInfo("y", typeFloat, 1, 4)}), Options{})
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("error %v, want %q", err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			out := must(graph.Run(g, must(tensor.FromFloat32([]float32{1, 2, 3, 4}, 1, 4))))[g.Output()]
			if got := must(out.Float32s()); !slices.Equal(got, tc.want) {
				t.Fatalf("got %v, want %v", got, tc.want)
			}
		})
	}
}

// TestDerivedNamesDoNotCollide gives an initializer the label the importer
// uses for another constant's transpose: the two must stay distinct.
func TestDerivedNamesDoNotCollide(t *testing.T) {
	eye := func(v float32) []float32 {
		m := make([]float32, 16)
		for i := range 4 {
			m[i*5] = v
		}
		return m
	}
	data := model(
		[]*pb{node("MatMul", strs("x", "w"), strs("y")), node("MatMul", strs("y", "w^T"), strs("z"))},
		[]*pb{tensorF32Raw("w", []int64{4, 4}, eye(2)), tensorF32Raw("w^T", []int64{4, 4}, eye(3))},
		[]*pb{valueInfo("x", typeFloat, 1, 4)},
		[]*pb{valueInfo("z", typeFloat, 1, 4)},
	)
	g, err := Import(data, Options{})
	if err != nil {
		t.Fatal(err)
	}
	out := must(must(graph.Run(g, must(tensor.FromFloat32([]float32{1, 2, 3, 4}, 1, 4))))[g.Output()].Float32s())
	if !slices.Equal(out, []float32{6, 12, 18, 24}) {
		t.Fatalf("got %v, want 6x", out)
	}
	bad := model([]*pb{node("Relu", strs("x"), strs("a\x00b"))}, nil, []*pb{valueInfo("x", typeFloat, 4)}, []*pb{valueInfo("a\x00b", typeFloat, 4)})
	if _, err := Import(bad, Options{}); err == nil || !strings.Contains(err.Error(), "NUL byte") {
		t.Fatalf("error %v", err)
	}
}
