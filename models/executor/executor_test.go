package main

import (
	"bytes"
	"math"
	"math/bits"
	"math/rand/v2"
	"os"
	"runtime"
	"strings"
	"sync"
	"testing"

	"github.com/opml-dev/opml/graph"
	"github.com/opml-dev/opml/internal/mipsbuild"
	"github.com/opml-dev/opml/models/executor/host"
	"github.com/opml-dev/opml/tensor"
	"github.com/opml-dev/opml/vm"
)

var (
	imageOnce sync.Once
	image     *host.Image
	imageErr  error
)

// executorImage builds this package for the VM once per test binary.
func executorImage(t testing.TB) *host.Image {
	t.Helper()
	imageOnce.Do(func() {
		path, err := mipsbuild.Build(".", mipsbuild.MIPS)
		var elf []byte
		if err == nil {
			elf, err = os.ReadFile(path)
		}
		if err == nil {
			image, err = host.Load(elf)
		}
		imageErr = err
	})
	if imageErr != nil {
		t.Fatal(imageErr)
	}
	return image
}

// maxSteps bounds every VM run in these tests.
const maxSteps = 2_000_000_000

// runVM runs e to completion and returns what the program wrote to stderr.
func runVM(t *testing.T, e *vm.Emulator) string {
	t.Helper()
	var stderr bytes.Buffer
	e.Stderr = &stderr
	if err := e.Run(maxSteps); err != nil {
		t.Fatal(err)
	}
	return stderr.String()
}

// nativeBytes evaluates node i of g natively with GOMAXPROCS 1, 2 and 8 and
// returns the output bytes after checking that the runs agree. It changes
// GOMAXPROCS, so callers must not run in parallel with other tests.
func nativeBytes(t *testing.T, g *graph.Graph, i int, inputs []*tensor.Tensor) []byte {
	t.Helper()
	var outs [3][]byte
	for p, procs := range []int{1, 2, 8} {
		prev := runtime.GOMAXPROCS(procs)
		out, err := graph.EvalNode(g, i, inputs)
		runtime.GOMAXPROCS(prev)
		if err != nil {
			t.Fatalf("node %d (%v) natively: %v", i, g.Nodes[i].Op, err)
		}
		outs[p] = out.Bytes()
	}
	if !bytes.Equal(outs[0], outs[1]) || !bytes.Equal(outs[0], outs[2]) {
		t.Fatalf("node %d (%v): GOMAXPROCS 1, 2 and 8 give different bytes", i, g.Nodes[i].Op)
	}
	return outs[0]
}

// checkNodeInVM runs node i of g on inputs in the VM, requires its output
// region to hold exactly want (the native bytes) with the native
// commitment, and returns the VM's step count.
func checkNodeInVM(t *testing.T, g *graph.Graph, i int, inputs []*tensor.Tensor, want []byte) uint64 {
	t.Helper()
	e, err := executorImage(t).NodeEmulator(g, i, inputs)
	if err != nil {
		t.Fatal(err)
	}
	// Before the run, the descriptor and operand regions hold sub-trees
	// whose roots are the descriptor commitment and the operands'
	// commitments: what a dispute checks against the graph.
	d, err := graph.Describe(g, i)
	if err != nil {
		t.Fatal(err)
	}
	checkRegion(t, e.Mem, graph.DescriptorAddr, len(d.Encode()), d.DescriptorCommitment())
	for j, in := range inputs {
		checkRegion(t, e.Mem, graph.InputAddr(j), len(in.Bytes()), graph.CommitTensor(in))
	}
	if msg := runVM(t, e); msg != "" {
		t.Logf("executor stderr: %s", msg)
	}
	spec := g.Tensors[g.Nodes[i].Output].Spec()
	if err := host.CheckOutput(e, spec, graph.Commit(want)); err != nil {
		t.Fatalf("node %d (%v): %v", i, g.Nodes[i].Op, err)
	}
	got, err := e.Mem.ReadBytes(graph.OutputAddr, len(want))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("node %d (%v): VM output bytes differ from native", i, g.Nodes[i].Op)
	}
	return e.State.Step
}

// checkRegion requires the aligned region holding n bytes at addr to have
// the root want.
func checkRegion(t *testing.T, mem *vm.Memory, addr uint32, n int, want [32]byte) {
	t.Helper()
	k := bits.Len(uint(graph.PaddedSize(n))) - 1
	got, err := mem.RegionRoot(addr, k)
	if err != nil {
		t.Fatal(err)
	}
	if got != want {
		t.Fatalf("region of 2^%d bytes at %#x has root %x, want the commitment %x", k, addr, got, want)
	}
}

func must(tt *tensor.Tensor, err error) *tensor.Tensor {
	if err != nil {
		panic(err) // test inputs are always valid
	}
	return tt
}

type gen struct{ r *rand.Rand }

func (g gen) f32(shape ...int) *tensor.Tensor {
	v := make([]float32, numel(shape))
	for i := range v {
		v[i] = float32(g.r.NormFloat64())
	}
	return must(tensor.FromFloat32(v, shape...))
}

func (g gen) i8(shape ...int) *tensor.Tensor {
	v := make([]int8, numel(shape))
	for i := range v {
		v[i] = int8(g.r.Uint32())
	}
	return must(tensor.FromInt8(v, shape...))
}

func (g gen) i32(lo, hi int, shape ...int) *tensor.Tensor {
	v := make([]int32, numel(shape))
	for i := range v {
		v[i] = int32(lo + g.r.IntN(hi-lo))
	}
	return must(tensor.FromInt32(v, shape...))
}

func numel(shape []int) int {
	n := 1
	for _, d := range shape {
		n *= d
	}
	return n
}

func convert(t *tensor.Tensor, d tensor.DType) *tensor.Tensor { return must(tensor.Convert(t, d)) }

// opCase is one node: its op, params and operands in the op's order
// (operand 0 becomes the graph input, the others weights).
type opCase struct {
	name   string
	op     graph.Op
	params graph.Params
	args   func(gen) []*tensor.Tensor
}

var opCases = []opCase{
	{"matmul f32", graph.OpMatMul, nil, func(g gen) []*tensor.Tensor { return []*tensor.Tensor{g.f32(6, 10), g.f32(3, 10)} }},
	{"matmul f32 32k MACs", graph.OpMatMul, nil, func(g gen) []*tensor.Tensor { return []*tensor.Tensor{g.f32(64, 128), g.f32(4, 128)} }},
	{"matmul f16", graph.OpMatMul, nil, func(g gen) []*tensor.Tensor { return []*tensor.Tensor{convert(g.f32(5, 16), tensor.F16), g.f32(2, 16)} }},
	{"matmul bf16", graph.OpMatMul, nil, func(g gen) []*tensor.Tensor {
		return []*tensor.Tensor{convert(g.f32(5, 16), tensor.BF16), g.f32(2, 16)}
	}},
	{"matmul q8", graph.OpMatMul, nil, func(g gen) []*tensor.Tensor { return []*tensor.Tensor{convert(g.f32(4, 64), tensor.Q8), g.f32(2, 64)} }},
	{"matmul_i8", graph.OpMatMulI8, nil, func(g gen) []*tensor.Tensor { return []*tensor.Tensor{g.i8(5, 12), g.i8(3, 12)} }},
	{"requantize", graph.OpRequantize, graph.Ints(1<<30+12345, 3), func(g gen) []*tensor.Tensor { return []*tensor.Tensor{g.i32(-5000, 5000, 4, 5)} }},
	{"add", graph.OpAdd, nil, func(g gen) []*tensor.Tensor { return []*tensor.Tensor{g.f32(3, 4), g.f32(4)} }},
	{"mul", graph.OpMul, nil, func(g gen) []*tensor.Tensor { return []*tensor.Tensor{g.f32(2, 3, 4), g.f32(3, 4)} }},
	{"scale", graph.OpScale, graph.Params{graph.Float(-0.3)}, func(g gen) []*tensor.Tensor { return []*tensor.Tensor{g.f32(5, 3)} }},
	{"relu", graph.OpRelu, nil, func(g gen) []*tensor.Tensor {
		x, _ := g.f32(4, 4).Float32s()
		x[3], x[5] = float32(math.NaN()), float32(math.Inf(-1))
		return []*tensor.Tensor{must(tensor.FromFloat32(x, 4, 4))}
	}},
	{"gelu", graph.OpGelu, nil, func(g gen) []*tensor.Tensor { return []*tensor.Tensor{g.f32(3, 5)} }},
	{"silu", graph.OpSilu, nil, func(g gen) []*tensor.Tensor { return []*tensor.Tensor{g.f32(3, 5)} }},
	{"softmax", graph.OpSoftmax, nil, func(g gen) []*tensor.Tensor { return []*tensor.Tensor{g.f32(3, 7)} }},
	{"rms_norm", graph.OpRMSNorm, graph.Params{graph.Float(1e-6)}, func(g gen) []*tensor.Tensor { return []*tensor.Tensor{g.f32(3, 8)} }},
	{"layer_norm", graph.OpLayerNorm, graph.Params{graph.Float(1e-5)}, func(g gen) []*tensor.Tensor { return []*tensor.Tensor{g.f32(2, 9)} }},
	{"argmax f32", graph.OpArgmax, nil, func(g gen) []*tensor.Tensor { return []*tensor.Tensor{g.f32(4, 6)} }},
	{"argmax i32", graph.OpArgmax, nil, func(g gen) []*tensor.Tensor { return []*tensor.Tensor{g.i32(-3, 3, 4, 6)} }},
	{"permute", graph.OpPermute, graph.Ints(2, 0, 1), func(g gen) []*tensor.Tensor { return []*tensor.Tensor{g.f32(2, 3, 4)} }},
	{"transpose i8", graph.OpTranspose, nil, func(g gen) []*tensor.Tensor { return []*tensor.Tensor{g.i8(3, 5)} }},
	{"concat", graph.OpConcat, graph.Ints(1), func(g gen) []*tensor.Tensor {
		return []*tensor.Tensor{g.f32(2, 3), g.f32(2, 1), g.f32(2, 4), g.f32(2, 2)}
	}},
	{"get_rows q8", graph.OpGetRows, nil, func(g gen) []*tensor.Tensor {
		return []*tensor.Tensor{convert(g.f32(10, 32), tensor.Q8), g.i32(0, 10, 4)}
	}},
	{"rope", graph.OpRoPE, graph.Params{graph.Float(10000)}, func(g gen) []*tensor.Tensor {
		return []*tensor.Tensor{g.f32(3, 2, 8), g.i32(0, 100, 3)}
	}},
	{"reshape", graph.OpReshape, graph.Ints(4, 6), func(g gen) []*tensor.Tensor { return []*tensor.Tensor{g.f32(2, 3, 4)} }},
	{"conv2d", graph.OpConv2D, graph.Ints(1, 1), func(g gen) []*tensor.Tensor {
		return []*tensor.Tensor{g.f32(1, 2, 6, 6), g.f32(3, 2, 3, 3), g.f32(3)}
	}},
	{"max_pool2d", graph.OpMaxPool2D, graph.Ints(2, 2, 0), func(g gen) []*tensor.Tensor { return []*tensor.Tensor{g.f32(1, 2, 6, 6)} }},
	{"avg_pool2d", graph.OpAvgPool2D, graph.Ints(3, 2, 1), func(g gen) []*tensor.Tensor { return []*tensor.Tensor{g.f32(1, 2, 7, 7)} }},
	{"convert f16", graph.OpConvert, graph.Ints(int(tensor.F16)), func(g gen) []*tensor.Tensor { return []*tensor.Tensor{g.f32(3, 5)} }},
	{"convert q8", graph.OpConvert, graph.Ints(int(tensor.Q8)), func(g gen) []*tensor.Tensor { return []*tensor.Tensor{g.f32(2, 64)} }},
	{"linear", graph.OpLinear, nil, func(g gen) []*tensor.Tensor { return []*tensor.Tensor{g.f32(5, 9), g.f32(2, 9), g.f32(5)} }},
	{"requant_rows u8", graph.OpRequantRows, graph.Ints(0, 127, int(tensor.I8), 1), func(g gen) []*tensor.Tensor {
		return []*tensor.Tensor{g.i8(2, 6), g.i32(1<<30, 1<<31-1, 1), g.i32(1, 62, 1)}
	}},
	{"requant_rows i32", graph.OpRequantRows, graph.Ints(math.MinInt32, math.MaxInt32, int(tensor.I32), 0), func(g gen) []*tensor.Tensor {
		return []*tensor.Tensor{g.i32(-1<<31, 1<<31-1, 3, 4), g.i32(1<<30, 1<<31-1, 4), g.i32(1, 40, 4)}
	}},
	{"add_i32", graph.OpAddI32, nil, func(g gen) []*tensor.Tensor {
		return []*tensor.Tensor{g.i32(-1<<31, 1<<31-1, 3, 4), g.i32(-1<<31, 1<<31-1, 4)}
	}},
}

func (g gen) i64(lo, hi int64, shape ...int) *tensor.Tensor {
	v := make([]int64, numel(shape))
	for i := range v {
		v[i] = lo + g.r.Int64N(hi-lo)
	}
	return must(tensor.FromInt64(v, shape...))
}

func (g gen) boolean(shape ...int) *tensor.Tensor {
	v := make([]bool, numel(shape))
	for i := range v {
		v[i] = g.r.IntN(2) == 1
	}
	return must(tensor.FromBool(v, shape...))
}

// positive draws floats in [0.1, 3) (for Log, Sqrt, Pow bases).
func (g gen) positive(shape ...int) *tensor.Tensor {
	v := make([]float32, numel(shape))
	for i := range v {
		v[i] = float32(0.1 + 2.9*g.r.Float64())
	}
	return must(tensor.FromFloat32(v, shape...))
}

func args(ts ...*tensor.Tensor) []*tensor.Tensor { return ts }

// onnxOpCases covers the ops ONNX models import to (graph ops 27 on),
// with the dtypes they take.
func onnxOpCases() []opCase {
	var cs []opCase
	for _, op := range []graph.Op{graph.OpSub, graph.OpDiv, graph.OpMax, graph.OpMin, graph.OpEqual, graph.OpLess, graph.OpGreater, graph.OpLessEqual, graph.OpGreaterEqual} {
		cs = append(cs, opCase{op.String() + " f32", op, nil, func(g gen) []*tensor.Tensor { return args(g.f32(2, 3, 4), g.f32(3, 1)) }})
	}
	for _, op := range []graph.Op{graph.OpAdd, graph.OpSub, graph.OpMul, graph.OpDiv, graph.OpMax, graph.OpLess} {
		cs = append(cs, opCase{op.String() + " i64", op, nil, func(g gen) []*tensor.Tensor { return args(g.i64(-50, 50, 3, 4), g.i64(1, 9, 4)) }})
	}
	for _, op := range []graph.Op{graph.OpAnd, graph.OpOr, graph.OpXor} {
		cs = append(cs, opCase{op.String(), op, nil, func(g gen) []*tensor.Tensor { return args(g.boolean(3, 4), g.boolean(4)) }})
	}
	cs = append(cs,
		opCase{"pow", graph.OpPow, nil, func(g gen) []*tensor.Tensor { return args(g.positive(3, 4), g.f32(4)) }},
		opCase{"prelu", graph.OpPRelu, nil, func(g gen) []*tensor.Tensor { return args(g.f32(2, 3, 4), g.positive(3, 1)) }},
		opCase{"where", graph.OpWhere, nil, func(g gen) []*tensor.Tensor { return args(g.boolean(3, 1), g.f32(2, 3, 4), g.f32(4)) }},
	)
	for _, op := range []graph.Op{graph.OpExp, graph.OpErf, graph.OpTanh, graph.OpSigmoid, graph.OpNeg, graph.OpAbs, graph.OpReciprocal,
		graph.OpFloor, graph.OpCeil, graph.OpRound, graph.OpHardSwish, graph.OpSoftplus} {
		cs = append(cs, opCase{op.String(), op, nil, func(g gen) []*tensor.Tensor { return args(g.f32(3, 5)) }})
	}
	for _, op := range []graph.Op{graph.OpSqrt, graph.OpLog} {
		cs = append(cs, opCase{op.String(), op, nil, func(g gen) []*tensor.Tensor { return args(g.positive(3, 5)) }})
	}
	cs = append(cs,
		opCase{"neg i64", graph.OpNeg, nil, func(g gen) []*tensor.Tensor { return args(g.i64(-9, 9, 5)) }},
		opCase{"not", graph.OpNot, nil, func(g gen) []*tensor.Tensor { return args(g.boolean(5)) }},
		opCase{"hard_sigmoid", graph.OpHardSigmoid, graph.Params{graph.Float(0.2), graph.Float(0.5)}, func(g gen) []*tensor.Tensor { return args(g.f32(3, 5)) }},
		opCase{"leaky_relu", graph.OpLeakyRelu, graph.Params{graph.Float(0.1)}, func(g gen) []*tensor.Tensor { return args(g.f32(3, 5)) }},
		opCase{"elu", graph.OpElu, graph.Params{graph.Float(0.7)}, func(g gen) []*tensor.Tensor { return args(g.f32(3, 5)) }},
		opCase{"clip", graph.OpClip, graph.Params{graph.Float(-0.5), graph.Float(0.5)}, func(g gen) []*tensor.Tensor { return args(g.f32(3, 5)) }},
		opCase{"cast f32→i64", graph.OpCast, graph.Ints(int(tensor.I64)), func(g gen) []*tensor.Tensor { return args(g.f32(3, 5)) }},
		opCase{"cast i64→f32", graph.OpCast, graph.Ints(int(tensor.F32)), func(g gen) []*tensor.Tensor { return args(g.i64(-1<<40, 1<<40, 6)) }},
		opCase{"cast f32→bool", graph.OpCast, graph.Ints(int(tensor.Bool)), func(g gen) []*tensor.Tensor { return args(g.f32(3, 5)) }},
		opCase{"matmul_nd", graph.OpMatMulND, nil, func(g gen) []*tensor.Tensor { return args(g.f32(2, 1, 3, 5), g.f32(2, 5, 4)) }},
		opCase{"gemm", graph.OpGemm, graph.Params{graph.Int(1), graph.Int(0), graph.Float(0.5), graph.Float(2)}, func(g gen) []*tensor.Tensor {
			return args(g.f32(5, 3), g.f32(5, 4), g.f32(4))
		}},
		opCase{"conv groups", graph.OpConv, graph.Ints(2, 2, 2, 1, 1, 1, 1, 0, 1, 1), func(g gen) []*tensor.Tensor {
			return args(g.f32(1, 4, 6, 7), g.f32(4, 2, 3, 3), g.f32(4))
		}},
		opCase{"conv 1d", graph.OpConv, graph.Ints(1, 1, 2, 1, 1, 0), func(g gen) []*tensor.Tensor { return args(g.f32(1, 3, 9), g.f32(2, 3, 3)) }},
		opCase{"conv_transpose", graph.OpConvTranspose, graph.Ints(1, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1), func(g gen) []*tensor.Tensor {
			return args(g.f32(1, 3, 4, 5), g.f32(3, 2, 3, 3), g.f32(2))
		}},
		opCase{"max_pool", graph.OpMaxPool, graph.Ints(2, 3, 3, 2, 2, 1, 1, 1, 1, 1, 1, 1), func(g gen) []*tensor.Tensor { return args(g.f32(1, 2, 7, 8)) }},
		opCase{"avg_pool", graph.OpAvgPool, graph.Ints(2, 3, 3, 2, 2, 1, 1, 1, 1, 0, 1), func(g gen) []*tensor.Tensor { return args(g.f32(1, 2, 7, 8)) }},
		opCase{"reduce_mean", graph.OpReduceMean, graph.Ints(1, 1, 2), func(g gen) []*tensor.Tensor { return args(g.f32(2, 3, 4)) }},
		opCase{"reduce_sum i64", graph.OpReduceSum, graph.Ints(0), func(g gen) []*tensor.Tensor { return args(g.i64(-9, 9, 2, 3)) }},
		opCase{"reduce_max", graph.OpReduceMax, graph.Ints(0, 0), func(g gen) []*tensor.Tensor { return args(g.f32(2, 3, 4)) }},
		opCase{"slice", graph.OpSlice, graph.Ints(1, 1, 1, 2, -1, 2, 0, 2, 2), func(g gen) []*tensor.Tensor { return args(g.f32(2, 3, 4)) }},
		opCase{"gather i64", graph.OpGather, graph.Ints(1), func(g gen) []*tensor.Tensor { return args(g.f32(2, 3, 4), g.i64(-3, 3, 2, 2)) }},
		opCase{"pad reflect", graph.OpPad, graph.Params{graph.Int(1), graph.Float(0), graph.Int(0), graph.Int(1), graph.Int(2), graph.Int(0), graph.Int(1), graph.Int(-1)},
			func(g gen) []*tensor.Tensor { return args(g.f32(2, 3, 4)) }},
		opCase{"expand", graph.OpExpand, graph.Ints(2, 3, 4), func(g gen) []*tensor.Tensor { return args(g.f32(3, 1)) }},
		opCase{"tile bool", graph.OpTile, graph.Ints(2, 3), func(g gen) []*tensor.Tensor { return args(g.boolean(2, 2)) }},
		opCase{"resize linear", graph.OpResize, append(graph.Ints(1, 0, 0, 1, 2, 5, 7), graph.Float(1), graph.Float(1), graph.Float(2.5), graph.Float(1.75)),
			func(g gen) []*tensor.Tensor { return args(g.f32(1, 2, 2, 4)) }},
		opCase{"resize nearest", graph.OpResize, append(graph.Ints(0, 0, 0, 1, 2, 4, 8), graph.Float(1), graph.Float(1), graph.Float(2), graph.Float(2)),
			func(g gen) []*tensor.Tensor { return args(g.f32(1, 2, 2, 4)) }},
		opCase{"permute i64", graph.OpPermute, graph.Ints(1, 0), func(g gen) []*tensor.Tensor { return args(g.i64(0, 9, 2, 3)) }},
		opCase{"reshape scalar", graph.OpReshape, nil, func(g gen) []*tensor.Tensor { return args(g.f32(1, 1)) }},
		// Operands wide enough for the SIMD loops of the native kernel paths.
		opCase{"conv depthwise", graph.OpConv, graph.Ints(4, 2, 1, 1, 1, 1, 1, 1, 1, 1), func(g gen) []*tensor.Tensor {
			return args(g.f32(1, 4, 5, 70), g.f32(4, 1, 3, 3), g.f32(4))
		}},
		opCase{"conv depthwise ×2 stride", graph.OpConv, graph.Ints(3, 2, 2, 1, 1, 2, 2, 1, 0, 2), func(g gen) []*tensor.Tensor {
			return args(g.f32(1, 3, 7, 33), g.f32(6, 1, 3, 3))
		}},
		opCase{"exp wide", graph.OpExp, nil, func(g gen) []*tensor.Tensor { return args(g.f32(2, 70)) }},
		opCase{"erf wide", graph.OpErf, nil, func(g gen) []*tensor.Tensor { return args(g.f32(2, 70)) }},
		opCase{"sigmoid wide", graph.OpSigmoid, nil, func(g gen) []*tensor.Tensor { return args(g.f32(2, 70)) }},
		opCase{"reduce_mean rows", graph.OpReduceMean, graph.Ints(1, 1), func(g gen) []*tensor.Tensor { return args(g.f32(9, 30)) }},
		opCase{"clip wide", graph.OpClip, graph.Params{graph.Float(0), graph.Float(0.5)}, func(g gen) []*tensor.Tensor { return args(g.f32(3, 40)) }},
		opCase{"relu wide", graph.OpRelu, nil, func(g gen) []*tensor.Tensor { return args(g.f32(2, 40)) }},
		opCase{"softmax wide", graph.OpSoftmax, nil, func(g gen) []*tensor.Tensor { return args(g.f32(3, 45)) }},
		opCase{"max_pool 2×2", graph.OpMaxPool, graph.Ints(2, 2, 2, 2, 2, 1, 1, 0, 0, 0, 0, 0), func(g gen) []*tensor.Tensor { return args(g.f32(1, 2, 6, 40)) }},
		opCase{"permute 0213", graph.OpPermute, graph.Ints(0, 2, 1, 3), func(g gen) []*tensor.Tensor { return args(g.f32(1, 3, 4, 20)) }},
	)
	return cs
}

// caseGraph builds a one-node graph whose input is the first operand and
// whose other operands are weights.
func caseGraph(t *testing.T, c opCase, args []*tensor.Tensor) *graph.Graph {
	t.Helper()
	b := graph.NewBuilder()
	ids := []int{b.Input("x", args[0].DType(), args[0].Shape()...)}
	for _, w := range args[1:] {
		ids = append(ids, b.Weight("w", w))
	}
	out := b.Node(c.name, c.op, c.params, ids...)
	g, err := b.Build(out)
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// TestNodesInVM runs one node of every op with random operands natively
// (GOMAXPROCS 1 and 2) and in the VM, and requires the same bytes and
// commitments everywhere.
func TestNodesInVM(t *testing.T) {
	executorImage(t)
	opCases := append(append([]opCase(nil), opCases...), onnxOpCases()...)
	graphs := make([]*graph.Graph, len(opCases))
	args := make([][]*tensor.Tensor, len(opCases))
	want := make([][]byte, len(opCases))
	for k, c := range opCases {
		args[k] = c.args(gen{rand.New(rand.NewPCG(uint64(k), 99))})
		graphs[k] = caseGraph(t, c, args[k])
		want[k] = nativeBytes(t, graphs[k], 0, args[k])
	}
	for k, c := range opCases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			g := graphs[k]
			steps := checkNodeInVM(t, g, 0, args[k], want[k])
			t.Logf("%-18s %v -> %v: %d VM steps", c.name, graph.SpecOf(args[k][0]), g.Tensors[g.Output()].Spec(), steps)
		})
	}
}

// TestBadDescriptors checks that the executor rejects malformed work with
// exit code 1 and a message, and never faults.
func TestBadDescriptors(t *testing.T) {
	exe := executorImage(t)
	c := opCases[0]
	args := c.args(gen{rand.New(rand.NewPCG(1, 1))})
	g := caseGraph(t, c, args)
	d, _ := graph.Describe(g, 0)
	desc := d.Encode()
	badOp := append([]byte(nil), desc...)
	badOp[16] = 200 // op number
	badDim := append([]byte(nil), desc...)
	badDim[len(badDim)-4] = 0 // output dimension 0
	wrongShape := append([]byte(nil), desc...)
	wrongShape[len(wrongShape)-4]++ // output spec the op does not produce
	for name, mem := range map[string][]byte{
		"empty":       make([]byte, 16),
		"bad op":      badOp,
		"bad dim":     badDim,
		"wrong shape": wrongShape,
		"truncated":   append(desc[:12:12], 200, 0, 0, 0),
		"graph":       append([]byte(graph.GraphMagic), 1, 0, 0, 0, 20, 0, 0, 0, 0xFF, 0xFF, 0xFF, 0xFF),
		"version":     append(append([]byte(graph.NodeMagic), 2, 0, 0, 0), desc[12:]...),
	} {
		e, err := exe.NodeEmulator(g, 0, args)
		if err != nil {
			t.Fatal(err)
		}
		if err := e.Mem.WriteBytes(graph.DescriptorAddr, append(mem, make([]byte, 64)...)); err != nil {
			t.Fatal(err)
		}
		msg := runVM(t, e)
		if e.State.Fault != vm.FaultNone || !e.State.Exited || e.State.ExitCode != 1 || !strings.HasPrefix(msg, "executor: ") {
			t.Errorf("%s: fault %v, exited %v, code %d, stderr %q", name, e.State.Fault, e.State.Exited, e.State.ExitCode, msg)
		}
		t.Logf("%s: %s", name, strings.TrimSpace(msg))
	}
}

// TestEmulatorSetupErrors checks the host side's argument checks.
func TestEmulatorSetupErrors(t *testing.T) {
	exe := executorImage(t)
	c := opCases[0]
	args := c.args(gen{rand.New(rand.NewPCG(1, 1))})
	g := caseGraph(t, c, args)
	for name, f := range map[string]func() error{
		"node index": func() error { _, err := exe.NodeEmulator(g, 1, args); return err },
		"operands":   func() error { _, err := exe.NodeEmulator(g, 0, args[:1]); return err },
		"spec":       func() error { _, err := exe.NodeEmulator(g, 0, []*tensor.Tensor{args[1], args[0]}); return err },
		"image":      func() error { _, err := host.Load(exe.ELF()[:100]); return err },
		"input":      func() error { _, err := exe.GraphEmulator(g, args[1]); return err },
	} {
		if err := f(); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
	// An unfinished run is not accepted.
	e, err := exe.NodeEmulator(g, 0, args)
	if err != nil {
		t.Fatal(err)
	}
	if err := e.Run(1000); err != nil {
		t.Fatal(err)
	}
	if err := host.CheckOutput(e, g.Tensors[g.Output()].Spec(), [32]byte{}); err == nil {
		t.Error("CheckOutput accepted a VM that has not exited")
	}
}
