package onnx

import (
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"

	"github.com/opml-dev/opml/graph"
	"github.com/opml-dev/opml/internal/ortref"
	"github.com/opml-dev/opml/tensor"
)

// An ortCase is one model written from the ONNX spec, run by opml and by
// ONNX Runtime on the same inputs.
type ortCase struct {
	name    string
	opset   int64
	nodes   []*pb
	inits   []*pb
	inputs  []namedTensor
	syms    map[string][]string // symbolic dims of an input, by name
	outputs []string
	exact   bool // integers, booleans and data movement: bit-exact
}

type namedTensor struct {
	name string
	t    *tensor.Tensor
}

func (c *ortCase) model() []byte {
	var ins, outs []*pb
	for _, in := range c.inputs {
		var dims []int64
		for _, d := range in.t.Shape() {
			dims = append(dims, int64(d))
		}
		ins = append(ins, valueInfoSym(in.name, onnxType(in.t.DType()), dims, c.syms[in.name]))
	}
	for _, o := range c.outputs {
		outs = append(outs, untypedOutput(o))
	}
	opset := c.opset
	if opset == 0 {
		opset = 17
	}
	return modelOpset(opset, c.nodes, c.inits, ins, outs)
}

// rng draws reproducible test inputs.
type rng struct{ r *rand.Rand }

func newRNG(seed uint64) rng { return rng{rand.New(rand.NewPCG(seed, 0x6f6e6e78))} }

func (g rng) f32(lo, hi float64, shape ...int) *tensor.Tensor {
	v := make([]float32, numel(shape))
	for i := range v {
		v[i] = float32(lo + (hi-lo)*g.r.Float64())
	}
	return must(tensor.FromFloat32(v, shape...))
}

func (g rng) i64(lo, hi int64, shape ...int) *tensor.Tensor {
	v := make([]int64, numel(shape))
	for i := range v {
		v[i] = lo + g.r.Int64N(hi-lo)
	}
	return must(tensor.FromInt64(v, shape...))
}

func (g rng) boolean(shape ...int) *tensor.Tensor {
	v := make([]bool, numel(shape))
	for i := range v {
		v[i] = g.r.IntN(2) == 1
	}
	return must(tensor.FromBool(v, shape...))
}

func numel(shape []int) int {
	n := 1
	for _, d := range shape {
		n *= d
	}
	return n
}

func i64s(v ...int64) *tensor.Tensor { return must(tensor.FromInt64(v, len(v))) }

func f32s(shape []int, v ...float32) *tensor.Tensor { return must(tensor.FromFloat32(v, shape...)) }

func scalarF32(v float32) *tensor.Tensor { return must(tensor.FromFloat32([]float32{v})) }

// init is an initializer from a tensor.
func initT(name string, t *tensor.Tensor) *pb { return tensorProto(name, t) }

// checkAgainstORT imports and runs every case with opml, runs the same
// models with ONNX Runtime (one thread), and compares output by output:
// same dtype (opml's int32 argmax against ONNX Runtime's int64 by value)
// and shape, integers and exact cases bit for bit, floats within
// tol·max(1, max|ORT|).
func checkAgainstORT(t *testing.T, cases []ortCase, tol float64) {
	t.Helper()
	root, err := ortref.Root(".")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	var runs []ortref.Case
	for i, c := range cases {
		f := filepath.Join(dir, fmt.Sprintf("%d.onnx", i))
		if err := os.WriteFile(f, c.model(), 0o644); err != nil {
			t.Fatal(err)
		}
		rc := ortref.Case{Model: f, Outputs: c.outputs, Threads: 1}
		for _, in := range c.inputs {
			rc.Inputs = append(rc.Inputs, ortref.Input{Name: in.name, Tensor: in.t})
		}
		runs = append(runs, rc)
	}
	results, err := ortref.Run(root, runs)
	if err != nil {
		t.Fatal(err)
	}
	worst := 0.0
	defer func() { t.Logf("%d models: largest float error %.3g × max(1, max|ORT|)", len(cases), worst) }()
	for i, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			want := results[i]
			if want.Err != nil {
				t.Fatalf("ONNX Runtime: %v", want.Err)
			}
			shapes := map[string][]int{}
			var ins []*tensor.Tensor
			for _, in := range c.inputs {
				shapes[in.name] = in.t.Shape()
				ins = append(ins, in.t)
			}
			g, err := Import(c.model(), Options{Shapes: shapes})
			if err != nil {
				t.Fatalf("import: %v", err)
			}
			vals, err := graph.Run(g, ins...)
			if err != nil {
				t.Fatalf("run: %v", err)
			}
			for k, id := range g.Outputs {
				worst = max(worst, compareOutput(t, c.outputs[k], vals[id], want.Outputs[k], tol, c.exact))
			}
		})
	}
}

// compareOutput compares one output of opml with ONNX Runtime's and
// returns the largest element error relative to max(1, max|ORT|).
func compareOutput(t *testing.T, name string, got, want *tensor.Tensor, tol float64, exact bool) float64 {
	t.Helper()
	if fmt.Sprint(got.Shape()) != fmt.Sprint(want.Shape()) {
		t.Fatalf("%s: shape %v, ONNX Runtime %v", name, got.Shape(), want.Shape())
	}
	if want.DType() != tensor.F32 {
		g, err1 := got.Int64s()
		w, err2 := want.Int64s()
		if err1 != nil || err2 != nil || got.DType() == tensor.F32 {
			t.Fatalf("%s: dtype %v, ONNX Runtime %v", name, got.DType(), want.DType())
		}
		for i := range w {
			if g[i] != w[i] {
				t.Fatalf("%s: element %d is %d, ONNX Runtime %d", name, i, g[i], w[i])
			}
		}
		return 0
	}
	if got.DType() != tensor.F32 {
		t.Fatalf("%s: dtype %v, ONNX Runtime f32", name, got.DType())
	}
	g, _ := got.Float32s()
	w, _ := want.Float32s()
	scale := 1.0
	for _, v := range w {
		if !math.IsNaN(float64(v)) && !math.IsInf(float64(v), 0) {
			scale = max(scale, math.Abs(float64(v)))
		}
	}
	worst := 0.0
	for i := range w {
		a, b := float64(g[i]), float64(w[i])
		if math.IsNaN(b) || math.IsInf(b, 0) {
			if !(math.IsNaN(a) && math.IsNaN(b)) && a != b {
				t.Fatalf("%s: element %d is %v, ONNX Runtime %v", name, i, a, b)
			}
			continue
		}
		d := math.Abs(a-b) / scale
		if exact && math.Float32bits(g[i]) != math.Float32bits(w[i]) && !(a == 0 && b == 0) {
			t.Fatalf("%s: element %d is %v, ONNX Runtime %v (data movement must be exact)", name, i, a, b)
		}
		if !(d <= tol) {
			t.Fatalf("%s: element %d is %v, ONNX Runtime %v (error %.3g × max(1, max|y|), tolerance %.3g)", name, i, a, b, d, tol)
		}
		worst = max(worst, d)
	}
	return worst
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}
