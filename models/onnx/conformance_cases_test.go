package onnx

import (
	"testing"

	"github.com/opml-dev/opml/tensor"
)

// TestConformance runs models written from the ONNX spec, op by op and
// opset by opset, in opml and in ONNX Runtime (onnxruntime-node, one
// thread): floats agree within 1e-5·max(1, max|ORT|), integers, booleans
// and data movement exactly.
func TestConformance(t *testing.T) {
	checkAgainstORT(t, specCases(), 1e-5)
}

func in(name string, t *tensor.Tensor) namedTensor { return namedTensor{name, t} }

func specCases() []ortCase {
	g := newRNG(1)
	x234 := g.f32(-2, 2, 2, 3, 4)
	pos := g.f32(0.1, 3, 2, 3, 4)
	img := g.f32(-1, 1, 2, 4, 7, 9)
	var cs []ortCase
	add := func(c ortCase) { cs = append(cs, c) }
	unary := func(op string, x *tensor.Tensor, attrs ...attr) {
		add(ortCase{name: op, nodes: []*pb{node(op, strs("x"), strs("y"), attrs...)}, inputs: []namedTensor{in("x", x)}, outputs: strs("y")})
	}
	binary := func(name, op string, a, b *tensor.Tensor, exact bool) {
		add(ortCase{name: name, nodes: []*pb{node(op, strs("a", "b"), strs("y"))}, inputs: []namedTensor{in("a", a), in("b", b)}, outputs: strs("y"), exact: exact})
	}

	// Elementwise arithmetic with numpy broadcasting.
	binary("add_broadcast", "Add", x234, g.f32(-2, 2, 3, 1), false)
	binary("sub_broadcast", "Sub", g.f32(-2, 2, 3, 1), x234, false)
	binary("mul_broadcast", "Mul", x234, g.f32(-2, 2, 1, 4), false)
	binary("div_broadcast", "Div", x234, g.f32(0.5, 2, 2, 1, 1), false)
	binary("add_i64", "Add", g.i64(-100, 100, 3, 4), g.i64(-100, 100, 4), true)
	binary("mul_i64", "Mul", g.i64(-100, 100, 3, 4), g.i64(-100, 100, 3, 1), true)
	binary("div_i64", "Div", g.i64(-100, 100, 3, 4), g.i64(1, 9, 4), true)
	binary("pow", "Pow", pos, g.f32(-2, 3, 4), false)
	add(ortCase{name: "pow_square_const", nodes: []*pb{node("Pow", strs("x", "two"), strs("y"))}, inits: []*pb{initT("two", scalarF32(2))},
		inputs: []namedTensor{in("x", x234)}, outputs: strs("y")})
	add(ortCase{name: "pow_i64_exponent", nodes: []*pb{node("Pow", strs("x", "e"), strs("y"))}, inits: []*pb{initT("e", i64s(3))},
		inputs: []namedTensor{in("x", x234)}, outputs: strs("y")})
	for _, op := range []string{"Max", "Min", "Sum", "Mean"} {
		add(ortCase{name: op + "_3", nodes: []*pb{node(op, strs("a", "b", "c"), strs("y"))},
			inputs: []namedTensor{in("a", x234), in("b", g.f32(-2, 2, 4)), in("c", g.f32(-2, 2, 3, 1))}, outputs: strs("y")})
	}
	add(ortCase{name: "prelu", nodes: []*pb{node("PRelu", strs("x", "s"), strs("y"))}, inits: []*pb{initT("s", g.f32(0, 0.5, 4, 1, 1))},
		inputs: []namedTensor{in("x", img)}, outputs: strs("y")})

	// Comparisons, logic and Where.
	for _, op := range []string{"Equal", "Less", "Greater", "LessOrEqual", "GreaterOrEqual"} {
		a := g.i64(-2, 2, 3, 4)
		binary(op+"_i64", op, a, g.i64(-2, 2, 4), true)
		if op != "Equal" {
			binary(op+"_f32", op, x234, g.f32(-2, 2, 3, 1), true)
		}
	}
	for _, op := range []string{"And", "Or", "Xor"} {
		binary(op, op, g.boolean(3, 4), g.boolean(4), true)
	}
	add(ortCase{name: "not", nodes: []*pb{node("Not", strs("x"), strs("y"))}, inputs: []namedTensor{in("x", g.boolean(5))}, outputs: strs("y"), exact: true})
	add(ortCase{name: "where", opset: 16, nodes: []*pb{
		node("Greater", strs("a", "b"), strs("c")),
		node("Where", strs("c", "a", "b"), strs("y")),
	}, inputs: []namedTensor{in("a", x234), in("b", g.f32(-2, 2, 3, 1))}, outputs: strs("y", "c"), exact: true})

	// Unary functions and activations.
	for _, op := range []string{"Exp", "Erf", "Tanh", "Sigmoid", "Relu", "Neg", "Abs", "Floor", "Ceil", "Round", "Softplus", "HardSwish"} {
		unary(op, g.f32(-4, 4, 3, 5))
	}
	for _, op := range []string{"Sqrt", "Log", "Reciprocal"} {
		unary(op, g.f32(0.01, 5, 3, 5))
	}
	unary("HardSigmoid", g.f32(-4, 4, 3, 5), attrFloat("alpha", 0.3), attrFloat("beta", 0.6))
	unary("LeakyRelu", g.f32(-4, 4, 3, 5), attrFloat("alpha", 0.1))
	unary("Elu", g.f32(-4, 4, 3, 5), attrFloat("alpha", 0.7))
	add(ortCase{name: "clip_opset9_attrs", opset: 9, nodes: []*pb{node("Clip", strs("x"), strs("y"), attrFloat("min", -0.5), attrFloat("max", 1.5))},
		inputs: []namedTensor{in("x", x234)}, outputs: strs("y")})
	add(ortCase{name: "clip_inputs", nodes: []*pb{node("Clip", strs("x", "lo", "hi"), strs("y"))},
		inits: []*pb{initT("lo", scalarF32(0)), initT("hi", scalarF32(6))}, inputs: []namedTensor{in("x", g.f32(-8, 8, 4, 4))}, outputs: strs("y")})
	add(ortCase{name: "clip_max_only", nodes: []*pb{node("Clip", strs("x", "", "hi"), strs("y"))},
		inits: []*pb{initT("hi", scalarF32(1))}, inputs: []namedTensor{in("x", g.f32(-8, 8, 4, 4))}, outputs: strs("y")})

	// Casts.
	for _, c := range []struct {
		name string
		to   int64
		x    *tensor.Tensor
	}{
		{"cast_f32_i64", typeInt64, g.f32(-50, 50, 10)},
		{"cast_f32_i32", typeInt32, g.f32(-50, 50, 10)},
		{"cast_i64_f32", typeFloat, g.i64(-1<<40, 1<<40, 10)},
		{"cast_f32_bool", typeBool, f32s([]int{4}, 0, -1, 0.25, 3)},
		{"cast_bool_f32", typeFloat, g.boolean(6)},
		{"cast_i64_i32", typeInt32, g.i64(-1000, 1000, 6)},
	} {
		add(ortCase{name: c.name, nodes: []*pb{node("Cast", strs("x"), strs("y"), attrInt("to", c.to))}, inputs: []namedTensor{in("x", c.x)}, outputs: strs("y"), exact: true})
	}

	// Matrix products.
	add(ortCase{name: "matmul_const", nodes: []*pb{node("MatMul", strs("a", "w"), strs("y"))}, inits: []*pb{initT("w", g.f32(-1, 1, 5, 6))},
		inputs: []namedTensor{in("a", g.f32(-1, 1, 2, 3, 5))}, outputs: strs("y")})
	binary("matmul_batch_broadcast", "MatMul", g.f32(-1, 1, 2, 1, 4, 5), g.f32(-1, 1, 3, 5, 6), false)
	binary("matmul_vector_matrix", "MatMul", g.f32(-1, 1, 5), g.f32(-1, 1, 2, 5, 3), false)
	binary("matmul_matrix_vector", "MatMul", g.f32(-1, 1, 4, 5), g.f32(-1, 1, 5), false)
	binary("matmul_long_k", "MatMul", g.f32(-1, 1, 3, 700), g.f32(-1, 1, 700, 9), false)
	for _, c := range []struct {
		name        string
		transA, tB  int64
		alpha, beta float32
		a, b, c     *tensor.Tensor
		bias2D, noC bool
	}{
		{name: "gemm_linear", tB: 1, alpha: 1, beta: 1, a: g.f32(-1, 1, 3, 6), b: g.f32(-1, 1, 4, 6), c: g.f32(-1, 1, 4)},
		{name: "gemm_plain_linear", alpha: 1, beta: 1, a: g.f32(-1, 1, 3, 6), b: g.f32(-1, 1, 6, 4), c: g.f32(-1, 1, 4)},
		{name: "gemm_trans_alpha_beta", transA: 1, tB: 1, alpha: 0.5, beta: 2, a: g.f32(-1, 1, 6, 3), b: g.f32(-1, 1, 4, 6), c: g.f32(-1, 1, 3, 4)},
		{name: "gemm_scalar_c", alpha: 1, beta: 0.25, a: g.f32(-1, 1, 3, 6), b: g.f32(-1, 1, 6, 4), c: scalarF32(3)},
		{name: "gemm_no_c", alpha: 2, beta: 1, a: g.f32(-1, 1, 3, 6), b: g.f32(-1, 1, 6, 4), noC: true},
	} {
		inits := []*pb{initT("b", c.b)}
		ins := strs("a", "b")
		if !c.noC {
			inits = append(inits, initT("c", c.c))
			ins = append(ins, "c")
		}
		add(ortCase{name: c.name, nodes: []*pb{node("Gemm", ins, strs("y"), attrInt("transA", c.transA), attrInt("transB", c.tB),
			attrFloat("alpha", c.alpha), attrFloat("beta", c.beta))}, inits: inits, inputs: []namedTensor{in("a", c.a)}, outputs: strs("y")})
	}

	// Convolutions.
	conv := func(name string, opset int64, x, w, b *tensor.Tensor, attrs ...attr) {
		ins := strs("x", "w")
		inits := []*pb{initT("w", w)}
		if b != nil {
			ins = append(ins, "b")
			inits = append(inits, initT("b", b))
		}
		add(ortCase{name: name, opset: opset, nodes: []*pb{node("Conv", ins, strs("y"), attrs...)}, inits: inits,
			inputs: []namedTensor{in("x", x)}, outputs: strs("y")})
	}
	conv("conv_pads_strides", 17, img, g.f32(-1, 1, 5, 4, 3, 3), g.f32(-1, 1, 5), attrInts("pads", 1, 0, 2, 1), attrInts("strides", 2, 1))
	conv("conv_dilations_nobias", 11, img, g.f32(-1, 1, 3, 4, 2, 3), nil, attrInts("dilations", 2, 2))
	conv("conv_groups", 13, img, g.f32(-1, 1, 6, 2, 3, 3), g.f32(-1, 1, 6), attrInt("group", 2), attrInts("pads", 1, 1, 1, 1))
	conv("conv_depthwise", 13, img, g.f32(-1, 1, 4, 1, 3, 3), g.f32(-1, 1, 4), attrInt("group", 4), attrInts("pads", 1, 1, 1, 1), attrInts("strides", 2, 2))
	conv("conv_same_upper", 9, img, g.f32(-1, 1, 3, 4, 4, 4), nil, attrString("auto_pad", "SAME_UPPER"), attrInts("strides", 2, 2))
	conv("conv_same_lower", 13, img, g.f32(-1, 1, 3, 4, 2, 2), nil, attrString("auto_pad", "SAME_LOWER"))
	conv("conv_valid_1d", 13, g.f32(-1, 1, 2, 3, 20), g.f32(-1, 1, 4, 3, 5), g.f32(-1, 1, 4), attrString("auto_pad", "VALID"), attrInts("strides", 3))
	convT := func(name string, x, w, b *tensor.Tensor, attrs ...attr) {
		add(ortCase{name: name, nodes: []*pb{node("ConvTranspose", strs("x", "w", "b"), strs("y"), attrs...)},
			inits: []*pb{initT("w", w), initT("b", b)}, inputs: []namedTensor{in("x", x)}, outputs: strs("y")})
	}
	convT("conv_transpose_2x2", img, g.f32(-1, 1, 4, 3, 2, 2), g.f32(-1, 1, 3), attrInts("strides", 2, 2))
	convT("conv_transpose_pads_outpad", img, g.f32(-1, 1, 4, 2, 3, 3), g.f32(-1, 1, 2), attrInts("strides", 2, 2), attrInts("pads", 1, 1, 1, 1), attrInts("output_padding", 1, 1))
	convT("conv_transpose_group_dilation", img, g.f32(-1, 1, 4, 1, 3, 2), g.f32(-1, 1, 2), attrInt("group", 2), attrInts("dilations", 2, 1))

	// Pools.
	pool := func(name, op string, opset int64, x *tensor.Tensor, attrs ...attr) {
		add(ortCase{name: name, opset: opset, nodes: []*pb{node(op, strs("x"), strs("y"), attrs...)}, inputs: []namedTensor{in("x", x)}, outputs: strs("y")})
	}
	pool("maxpool_pads_strides", "MaxPool", 11, img, attrInts("kernel_shape", 3, 3), attrInts("pads", 1, 1, 1, 1), attrInts("strides", 2, 2))
	pool("maxpool_ceil", "MaxPool", 12, img, attrInts("kernel_shape", 2, 2), attrInts("strides", 2, 2), attrInt("ceil_mode", 1))
	pool("maxpool_dilation", "MaxPool", 12, img, attrInts("kernel_shape", 2, 2), attrInts("dilations", 2, 2))
	pool("maxpool_1d", "MaxPool", 13, g.f32(-1, 1, 2, 3, 11), attrInts("kernel_shape", 3), attrInts("strides", 2))
	pool("avgpool_exclude_pad", "AveragePool", 11, img, attrInts("kernel_shape", 3, 3), attrInts("pads", 1, 1, 1, 1))
	pool("avgpool_include_pad", "AveragePool", 11, img, attrInts("kernel_shape", 3, 3), attrInts("pads", 1, 1, 1, 1), attrInt("count_include_pad", 1))
	pool("avgpool_ceil", "AveragePool", 11, img, attrInts("kernel_shape", 2, 2), attrInts("strides", 2, 2), attrInt("ceil_mode", 1))
	pool("avgpool_same_upper", "AveragePool", 9, img, attrInts("kernel_shape", 2, 3), attrString("auto_pad", "SAME_UPPER"))
	pool("global_avgpool", "GlobalAveragePool", 13, img)
	pool("global_maxpool", "GlobalMaxPool", 13, img)

	// Normalizations.
	for _, opset := range []int64{9, 15} {
		add(ortCase{name: "batchnorm", opset: opset, nodes: []*pb{node("BatchNormalization", strs("x", "s", "b", "m", "v"), strs("y"), attrFloat("epsilon", 1e-3))},
			inits:  []*pb{initT("s", g.f32(0.5, 2, 4)), initT("b", g.f32(-1, 1, 4)), initT("m", g.f32(-1, 1, 4)), initT("v", g.f32(0.1, 2, 4))},
			inputs: []namedTensor{in("x", img)}, outputs: strs("y")})
	}
	add(ortCase{name: "layernorm_last", nodes: []*pb{node("LayerNormalization", strs("x", "s", "b"), strs("y"), attrFloat("epsilon", 1e-5))},
		inits: []*pb{initT("s", g.f32(0.5, 2, 4)), initT("b", g.f32(-1, 1, 4))}, inputs: []namedTensor{in("x", x234)}, outputs: strs("y")})
	add(ortCase{name: "layernorm_axis1", nodes: []*pb{node("LayerNormalization", strs("x", "s"), strs("y"), attrInt("axis", 1))},
		inits: []*pb{initT("s", g.f32(0.5, 2, 3, 4))}, inputs: []namedTensor{in("x", x234)}, outputs: strs("y")})
	add(ortCase{name: "softmax_opset11_axis1", opset: 11, nodes: []*pb{node("Softmax", strs("x"), strs("y"))}, inputs: []namedTensor{in("x", x234)}, outputs: strs("y")})
	add(ortCase{name: "softmax_opset13_axis1", opset: 13, nodes: []*pb{node("Softmax", strs("x"), strs("y"), attrInt("axis", 1))}, inputs: []namedTensor{in("x", x234)}, outputs: strs("y")})
	add(ortCase{name: "softmax_last", opset: 13, nodes: []*pb{node("Softmax", strs("x"), strs("y"))}, inputs: []namedTensor{in("x", g.f32(-5, 5, 3, 40))}, outputs: strs("y")})

	// Reductions.
	add(ortCase{name: "reducemean_attr", opset: 13, nodes: []*pb{node("ReduceMean", strs("x"), strs("y"), attrInts("axes", -1))}, inputs: []namedTensor{in("x", x234)}, outputs: strs("y")})
	add(ortCase{name: "reducemean_all_nokeep", opset: 13, nodes: []*pb{node("ReduceMean", strs("x"), strs("y"), attrInt("keepdims", 0))}, inputs: []namedTensor{in("x", x234)}, outputs: strs("y")})
	add(ortCase{name: "reducesum_input", opset: 13, nodes: []*pb{node("ReduceSum", strs("x", "ax"), strs("y"), attrInt("keepdims", 0))},
		inits: []*pb{initT("ax", i64s(0, 2))}, inputs: []namedTensor{in("x", x234)}, outputs: strs("y")})
	add(ortCase{name: "reducesum_opset11_attr", opset: 11, nodes: []*pb{node("ReduceSum", strs("x"), strs("y"), attrInts("axes", 1))}, inputs: []namedTensor{in("x", x234)}, outputs: strs("y")})
	add(ortCase{name: "reducemax", opset: 13, nodes: []*pb{node("ReduceMax", strs("x"), strs("y"), attrInts("axes", 1, 2))}, inputs: []namedTensor{in("x", x234)}, outputs: strs("y"), exact: true})
	add(ortCase{name: "reducemin_i64", opset: 13, nodes: []*pb{node("ReduceMin", strs("x"), strs("y"), attrInts("axes", 0))}, inputs: []namedTensor{in("x", g.i64(-9, 9, 3, 4))}, outputs: strs("y"), exact: true})

	// Shapes and data movement (exact).
	mv := func(name string, opset int64, nodes []*pb, inits []*pb, x *tensor.Tensor) {
		add(ortCase{name: name, opset: opset, nodes: nodes, inits: inits, inputs: []namedTensor{in("x", x)}, outputs: strs("y"), exact: true})
	}
	mv("reshape_zero_minus1", 13, []*pb{node("Reshape", strs("x", "s"), strs("y"))}, []*pb{initT("s", i64s(0, -1))}, x234)
	mv("flatten_axis0", 13, []*pb{node("Flatten", strs("x"), strs("y"), attrInt("axis", 0))}, nil, x234)
	mv("flatten_axis_neg", 13, []*pb{node("Flatten", strs("x"), strs("y"), attrInt("axis", -1))}, nil, x234)
	mv("transpose_perm", 13, []*pb{node("Transpose", strs("x"), strs("y"), attrInts("perm", 2, 0, 1))}, nil, x234)
	mv("transpose_default", 13, []*pb{node("Transpose", strs("x"), strs("y"))}, nil, g.i64(0, 9, 2, 3, 4))
	mv("slice_opset9_attrs", 9, []*pb{node("Slice", strs("x"), strs("y"), attrInts("starts", 1, 0), attrInts("ends", 3, 100), attrInts("axes", 1, 2))}, nil, x234)
	mv("slice_negative_clamped", 13, []*pb{node("Slice", strs("x", "st", "en", "ax"), strs("y"))},
		[]*pb{initT("st", i64s(-3, -100)), initT("en", i64s(-1, 1<<62)), initT("ax", i64s(2, 1))}, x234)
	mv("slice_backwards", 13, []*pb{node("Slice", strs("x", "st", "en", "ax", "sp"), strs("y"))},
		[]*pb{initT("st", i64s(-1, 1<<62)), initT("en", i64s(-1<<62, 0)), initT("ax", i64s(2, 1)), initT("sp", i64s(-1, -2))}, x234)
	mv("slice_step2", 13, []*pb{node("Slice", strs("x", "st", "en", "ax", "sp"), strs("y"))},
		[]*pb{initT("st", i64s(0)), initT("en", i64s(9)), initT("ax", i64s(-1)), initT("sp", i64s(2))}, x234)
	mv("gather_negative", 13, []*pb{node("Gather", strs("x", "i"), strs("y"), attrInt("axis", 1))}, []*pb{initT("i", must(tensor.FromInt64([]int64{-1, 0, 2, -3}, 2, 2)))}, x234)
	mv("gather_scalar", 13, []*pb{node("Gather", strs("x", "i"), strs("y"), attrInt("axis", 2))}, []*pb{initT("i", must(tensor.FromInt64([]int64{-2})))}, x234)
	add(ortCase{name: "gather_runtime_indices", nodes: []*pb{node("Gather", strs("x", "i"), strs("y"))},
		inputs: []namedTensor{in("x", g.f32(-1, 1, 7, 3)), in("i", g.i64(-7, 7, 2, 5))}, outputs: strs("y"), exact: true})
	mv("squeeze_opset11_attr", 11, []*pb{node("Squeeze", strs("x"), strs("y"), attrInts("axes", 0, -2))}, nil, g.f32(-1, 1, 1, 3, 1, 2))
	mv("squeeze_opset13_input", 13, []*pb{node("Squeeze", strs("x", "ax"), strs("y"))}, []*pb{initT("ax", i64s(2))}, g.f32(-1, 1, 1, 3, 1, 2))
	mv("squeeze_all", 13, []*pb{node("Squeeze", strs("x"), strs("y"))}, nil, g.f32(-1, 1, 1, 3, 1, 2))
	mv("unsqueeze_opset11_attr", 11, []*pb{node("Unsqueeze", strs("x"), strs("y"), attrInts("axes", 0, 3))}, nil, g.f32(-1, 1, 3, 2))
	mv("unsqueeze_negative", 13, []*pb{node("Unsqueeze", strs("x", "ax"), strs("y"))}, []*pb{initT("ax", i64s(-1, 1))}, g.f32(-1, 1, 3, 2))
	add(ortCase{name: "concat_many", nodes: []*pb{node("Concat", strs("a", "b", "c", "d", "e", "a"), strs("y"), attrInt("axis", -1))},
		inputs:  []namedTensor{in("a", g.f32(-1, 1, 2, 1)), in("b", g.f32(-1, 1, 2, 3)), in("c", g.f32(-1, 1, 2, 2)), in("d", g.f32(-1, 1, 2, 1)), in("e", g.f32(-1, 1, 2, 4))},
		outputs: strs("y"), exact: true})
	add(ortCase{name: "split_opset11_attr", opset: 11, nodes: []*pb{node("Split", strs("x"), strs("y0", "y1"), attrInt("axis", 2), attrInts("split", 1, 3))},
		inputs: []namedTensor{in("x", x234)}, outputs: strs("y0", "y1"), exact: true})
	add(ortCase{name: "split_opset13_input", opset: 13, nodes: []*pb{node("Split", strs("x", "s"), strs("y0", "y1"), attrInt("axis", 1))},
		inits: []*pb{initT("s", i64s(2, 1))}, inputs: []namedTensor{in("x", x234)}, outputs: strs("y0", "y1"), exact: true})
	add(ortCase{name: "split_equal", opset: 13, nodes: []*pb{node("Split", strs("x"), strs("y0", "y1"), attrInt("axis", -1))},
		inputs: []namedTensor{in("x", x234)}, outputs: strs("y0", "y1"), exact: true})
	mv("expand", 13, []*pb{node("Expand", strs("x", "s"), strs("y"))}, []*pb{initT("s", i64s(2, 1, 3, 1))}, g.f32(-1, 1, 3, 1))
	mv("tile", 13, []*pb{node("Tile", strs("x", "r"), strs("y"))}, []*pb{initT("r", i64s(2, 1, 3))}, x234)
	for _, mode := range []string{"constant", "reflect", "edge"} {
		mv("pad_"+mode, 13, []*pb{node("Pad", strs("x", "p", "v"), strs("y"), attrString("mode", mode))},
			[]*pb{initT("p", i64s(0, 1, 2, 0, 2, 1)), initT("v", scalarF32(0.5))}, x234)
	}
	mv("pad_opset9_negative", 9, []*pb{node("Pad", strs("x"), strs("y"), attrInts("pads", 0, 0, 1, -1, 0, 1, -1, 2), attrFloat("value", -3))}, nil, img)

	// Everything computed on shapes is folded at import: a flatten written
	// the way torch.onnx.export writes x.view(x.size(0), -1).
	add(ortCase{name: "shape_arithmetic", nodes: []*pb{
		node("Shape", strs("x"), strs("s")),
		node("Gather", strs("s", "zero"), strs("n"), attrInt("axis", 0)),
		node("Unsqueeze", strs("n", "axes0"), strs("n1")),
		node("Concat", strs("n1", "minus1"), strs("target"), attrInt("axis", 0)),
		node("Reshape", strs("x", "target"), strs("flat")),
		node("Shape", strs("flat"), strs("fs"), attrInt("start", -1)),
		node("Cast", strs("fs"), strs("fsf"), attrInt("to", typeFloat)),
		node("Div", strs("flat", "fsf"), strs("y")),
	}, inits: []*pb{initT("zero", must(tensor.FromInt64([]int64{0}))), initT("axes0", i64s(0)), initT("minus1", i64s(-1))},
		inputs: []namedTensor{in("x", img)}, syms: map[string][]string{"x": {"batch", "", "", ""}}, outputs: strs("y")})
	add(ortCase{name: "constants_range_size", nodes: []*pb{
		node("Constant", nil, strs("c"), attrTensor("value", tensorProto("", g.f32(-1, 1, 4)))),
		node("Constant", nil, strs("cf"), attrFloat("value_float", 0.5)),
		node("Constant", nil, strs("ci"), attrInts("value_ints", 1, 4)),
		node("ConstantOfShape", strs("ci"), strs("ones"), attrTensor("value", tensorProto("", f32s([]int{1}, 2)))),
		node("Range", strs("r0", "r1", "r2"), strs("r")),
		node("Size", strs("x"), strs("size")),
		node("Cast", strs("size"), strs("sizef"), attrInt("to", typeFloat)),
		node("Mul", strs("x", "c"), strs("a")),
		node("Add", strs("a", "cf"), strs("b")),
		node("Mul", strs("b", "ones"), strs("d")),
		node("Add", strs("d", "r"), strs("e")),
		node("Div", strs("e", "sizef"), strs("y")),
	}, inits: []*pb{initT("r0", scalarF32(-1)), initT("r1", scalarF32(1)), initT("r2", scalarF32(0.5))},
		inputs: []namedTensor{in("x", g.f32(-1, 1, 3, 4))}, outputs: strs("y")})

	// Resize and Upsample.
	small := g.f32(-1, 1, 1, 2, 3, 4)
	resize := func(name string, opset int64, scales, sizes *tensor.Tensor, attrs ...attr) {
		inits := []*pb{(&pb{}).PackedInts(1, []int64{0}).Int(2, typeFloat).Str(8, "roi").Bytes(9, nil)}
		ins := strs("x", "roi")
		if scales != nil {
			inits = append(inits, initT("scales", scales))
			ins = append(ins, "scales")
		} else {
			ins = append(ins, "")
		}
		if sizes != nil {
			inits = append(inits, initT("sizes", sizes))
			ins = append(ins, "sizes")
		}
		add(ortCase{name: name, opset: opset, nodes: []*pb{node("Resize", ins, strs("y"), attrs...)}, inits: inits,
			inputs: []namedTensor{in("x", small)}, outputs: strs("y"), exact: !containsLinear(attrs)})
	}
	resize("resize_nearest_x2", 13, f32s([]int{4}, 1, 1, 2, 2), nil)
	resize("resize_nearest_asym_floor", 11, f32s([]int{4}, 1, 1, 2.5, 1.5), nil, attrString("coordinate_transformation_mode", "asymmetric"), attrString("nearest_mode", "floor"))
	resize("resize_nearest_down", 13, nil, i64s(1, 2, 2, 3))
	resize("resize_linear_half_pixel", 13, nil, i64s(1, 2, 5, 7), attrString("mode", "linear"))
	resize("resize_linear_align_corners", 13, f32s([]int{4}, 1, 1, 2, 2), nil, attrString("mode", "linear"), attrString("coordinate_transformation_mode", "align_corners"))
	resize("resize_linear_pytorch", 13, f32s([]int{4}, 1, 1, 1.5, 0.5), nil, attrString("mode", "linear"), attrString("coordinate_transformation_mode", "pytorch_half_pixel"))
	add(ortCase{name: "upsample_opset9", opset: 9, nodes: []*pb{node("Upsample", strs("x", "s"), strs("y"))},
		inits: []*pb{initT("s", f32s([]int{4}, 1, 1, 2, 3))}, inputs: []namedTensor{in("x", small)}, outputs: strs("y"), exact: true})
	add(ortCase{name: "resize_opset10", opset: 10, nodes: []*pb{node("Resize", strs("x", "s"), strs("y"))},
		inits: []*pb{initT("s", f32s([]int{4}, 1, 1, 2, 2))}, inputs: []namedTensor{in("x", small)}, outputs: strs("y"), exact: true})

	// Graphs of several inputs and outputs, symbolic batch, and weights in
	// typed fields.
	add(ortCase{name: "two_inputs_two_outputs", nodes: []*pb{
		node("MatMul", strs("x", "w"), strs("h")),
		node("Add", strs("h", "bias"), strs("y")),
		node("Gather", strs("y", "ids"), strs("rows"), attrInt("axis", 0)),
	}, inits: []*pb{tensorF32Data("w", []int64{5, 3}, g.f32s(15)), tensorI64Data("bias_unused", []int64{2}, 1, 2), tensorF32Data("bias", []int64{3}, g.f32s(3))},
		inputs: []namedTensor{in("x", g.f32(-1, 1, 4, 5)), in("ids", g.i64(0, 4, 6))}, syms: map[string][]string{"x": {"batch", ""}},
		outputs: strs("rows", "y")})
	return cs
}

func containsLinear(attrs []attr) bool {
	for _, a := range attrs {
		if string(a.Encoded()) == string(attrString("mode", "linear").Encoded()) {
			return true
		}
	}
	return false
}

func (g rng) f32s(n int) []float32 {
	v, _ := g.f32(-1, 1, n).Float32s()
	return v
}

func tensorI64Data(name string, dims []int64, vs ...int64) *pb {
	p := &pb{}
	p.PackedInts(1, dims).Int(2, typeInt64).PackedInts(7, vs).Str(8, name)
	return p
}
