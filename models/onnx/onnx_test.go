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
		{"unknown op", []*pb{node("FooBar", strs("x"), strs("y"))}, nil, out, "unsupported: op FooBar"},
		{"lstm", []*pb{node("LSTM", strs("x", "w", "w"), strs("y"))}, w, out, "unsupported: op LSTM"},
		{"domain", []*pb{func() *pb { n := node("Relu", strs("x"), strs("y")); return n.Str(7, "com.microsoft") }()}, nil, out, `domain "com.microsoft"`},
		{"gelu erf", []*pb{node("Gelu", strs("x"), strs("y"))}, nil, out, `approximate="none"`},
		{"double weight", []*pb{node("MatMul", strs("x", "d"), strs("y"))}, []*pb{tensorRaw("d", 11, []int64{4, 4}, make([]byte, 128))}, out, "data type DOUBLE"},
		{"cast to double", []*pb{node("Cast", strs("x"), strs("y"), attrInt("to", 11))}, nil, out, "Cast to DOUBLE"},
		{"computed shape", []*pb{node("Reshape", strs("x", "x"), strs("y"))}, nil, out, "must be known at import"},
		{"argmax axis", []*pb{node("ArgMax", strs("x"), strs("y"), attrInt("axis", 0))}, nil, out, "ArgMax over axis 0"},
		{"conv 3d", []*pb{node("Conv", strs("x", "w"), strs("y"))}, w, out, "rank-2 input"},
		{"dropout mask used", []*pb{node("Dropout", strs("x"), strs("d", "mask")), node("Add", strs("d", "mask"), strs("y"))}, nil, out, `Dropout's output 1 ("mask")`},
		{"if", []*pb{node("If", strs("x"), strs("y"), (&pb{}).Str(1, "then_branch").Int(20, 5).Msg(6, &pb{}))}, nil, out, "subgraph attribute"},
		{"unknown input", []*pb{node("Add", strs("x", "nope"), strs("y"))}, nil, out, `reads "nope"`},
		{"broadcast", []*pb{node("Add", strs("x", "c"), strs("y"))}, []*pb{tensorF32Raw("c", []int64{3, 2}, seq(6, 1))}, out, "do not broadcast"},
		{"raw size", []*pb{node("MatMul", strs("x", "r"), strs("y"))}, []*pb{tensorRaw("r", typeFloat, []int64{4, 4}, make([]byte, 60))}, out, "60 raw bytes"},
		{"external", []*pb{node("MatMul", strs("x", "e"), strs("y"))}, []*pb{tensorF32Raw("e", []int64{4, 4}, seq(16, 1)).Int(14, 1)}, out, "external file"},
		{"output missing", []*pb{node("Relu", strs("x"), strs("z"))}, nil, out, `no node produces the graph output "y"`},
		{"empty slice", []*pb{node("Slice", strs("x", "s", "e"), strs("y"))}, []*pb{tensorI64("s", 2), tensorI64("e", 2)}, out, "empty"},
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
	for _, c := range []struct {
		ir, opset int64
		want      string
	}{{6, 13, "IR version 6"}, {8, 8, "opset 8"}, {8, 18, "opset 18"}} {
		m := model([]*pb{node("Relu", strs("x"), strs("y"))}, nil, in, out)
		dm, err := Decode(m)
		if err != nil {
			t.Fatal(err)
		}
		dm.IRVersion, dm.Opsets[""] = c.ir, c.opset
		if _, err := Convert(dm, Options{}); err == nil || !strings.Contains(err.Error(), c.want) || !errors.Is(err, ErrUnsupported) {
			t.Errorf("IR %d opset %d: error %v, want ErrUnsupported naming %q", c.ir, c.opset, err, c.want)
		}
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
		{"bad nested", (&pb{}).Msg(7, (&pb{}).Bytes(1, []byte{0x22, 0x05})).Encoded(), "NodeProto"},
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
// the module cache, into which realDataDir downloads it), checks that they
// decode to the structure their generator scripts describe, and imports
// those within opml's scope (the others name what is missing).
func TestRealFiles(t *testing.T) {
	dir := realDataDir(t)
	cases := []struct {
		file    string
		nodes   func(*Model) bool
		want    string // import error, "" for success
		summary string
		opts    Options
	}{
		{"example_big_fanout.onnx", func(m *Model) bool {
			return countOps(m)["MatMul"] == 100 && len(m.Graph.Inputs) >= 1 && m.Graph.Inputs[0].Name == "input"
		}, "", "100 MatMul of a [1, 4] input with constant [4, 4] matrices, concatenated and summed", Options{}},
		{"example_float16.onnx", func(m *Model) bool { return countOps(m)["Mul"] == 1 && countOps(m)["Cast"] == 1 }, "FLOAT16", "x · 3 in float16, cast to bfloat16", Options{}},
		{"example_dynamic_axes.onnx", func(m *Model) bool {
			return len(m.Graph.Inputs) == 1 && len(m.Graph.Inputs[0].Dims) == 2 && m.Graph.Inputs[0].Dims[0].Param != ""
		}, "symbolic dimension", "sum over axis 1 of a [N, 10] input", Options{}},
		{"example_dynamic_axes.onnx", func(m *Model) bool { return true }, "", "the same with N = 3", Options{Dims: map[string]int{"dynamic_batch_size": 3, "batch_size": 3, "N": 3}}},
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
			if c.opts.Dims != nil {
				c.opts.Dims[m.Graph.Inputs[0].Dims[0].Param] = 3
			}
			_, err = Convert(m, c.opts)
			if (c.want == "") != (err == nil) || (err != nil && !strings.Contains(err.Error(), c.want)) {
				t.Fatalf("import error %v, want %q", err, c.want)
			}
			t.Logf("%s (producer %q, opset %d): ops %v; import: %v", c.file, m.Producer, m.Opsets[""], countOps(m), err)
		})
	}
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
