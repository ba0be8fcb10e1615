package graph

import (
	"fmt"

	"github.com/opml-dev/opml/tensor"
)

// The operations. Operands are listed in order; params as they appear in
// Params (i = int32, f = float32; "…" repeats per axis). Kernels and their
// canonical evaluation orders are package tensor's (named in each row).
const (
	OpMatMul        Op = iota + 1 // (w, x) → tensor.MatMul: x·wᵀ
	OpMatMulI8                    // (w, x) → tensor.MatMulI8
	OpRequantize                  // (x; i multiplier, i shift) → tensor.Requantize
	OpAdd                         // (a, b) → tensor.Add (numpy broadcast; f32, i32, i64)
	OpMul                         // (a, b) → tensor.Mul (numpy broadcast; f32, i32, i64)
	OpScale                       // (x; f s) → tensor.Scale
	OpRelu                        // (x) → tensor.Relu
	OpGelu                        // (x) → tensor.Gelu
	OpSilu                        // (x) → tensor.Silu
	OpSoftmax                     // (x) → tensor.Softmax (last axis)
	OpRMSNorm                     // (x; f eps) → tensor.RMSNorm
	OpLayerNorm                   // (x; f eps) → tensor.LayerNorm (last axis)
	OpArgmax                      // (x) → tensor.Argmax (f32 or i32, last axis)
	OpPermute                     // (x; i axes…) → tensor.Permute
	OpTranspose                   // (x) → tensor.Transpose
	OpConcat                      // (x1..x4; i axis) → tensor.Concat
	OpGetRows                     // (table, ids) → tensor.GetRows
	OpRoPE                        // (x, pos; f base) → tensor.RoPE
	OpReshape                     // (x; i dims…) → tensor.Reshape
	OpConv2D                      // (x, w[, bias]; i stride, i padding) → tensor.Conv2D
	OpMaxPool2D                   // (x; i k, i stride, i padding) → tensor.MaxPool2D
	OpAvgPool2D                   // (x; i k, i stride, i padding) → tensor.AvgPool2D
	OpConvert                     // (x; i dtype) → tensor.Convert
	OpLinear                      // (w, x, b) → tensor.Linear (the bias starts the sum)
	OpRequantRows                 // (x, m, s; i lo, i hi, i dtype, i unsigned) → tensor.RequantRows
	OpAddI32                      // (a, b) → tensor.AddI32
	OpSub                         // (a, b) → tensor.Binary(BinSub)
	OpDiv                         // (a, b) → tensor.Binary(BinDiv)
	OpPow                         // (a, b) → tensor.Binary(BinPow)
	OpMax                         // (a, b) → tensor.Binary(BinMax)
	OpMin                         // (a, b) → tensor.Binary(BinMin)
	OpPRelu                       // (x, slope) → tensor.Binary(BinPRelu)
	OpEqual                       // (a, b) → tensor.Binary(BinEqual)
	OpLess                        // (a, b) → tensor.Binary(BinLess)
	OpGreater                     // (a, b) → tensor.Binary(BinGreater)
	OpLessEqual                   // (a, b) → tensor.Binary(BinLessEqual)
	OpGreaterEqual                // (a, b) → tensor.Binary(BinGreaterEqual)
	OpAnd                         // (a, b) → tensor.Binary(BinAnd)
	OpOr                          // (a, b) → tensor.Binary(BinOr)
	OpXor                         // (a, b) → tensor.Binary(BinXor)
	OpWhere                       // (cond, x, y) → tensor.Where
	OpSqrt                        // (x) → tensor.Unary(UnSqrt)
	OpExp                         // (x) → tensor.Unary(UnExp)
	OpLog                         // (x) → tensor.Unary(UnLog)
	OpErf                         // (x) → tensor.Unary(UnErf)
	OpTanh                        // (x) → tensor.Unary(UnTanh)
	OpSigmoid                     // (x) → tensor.Unary(UnSigmoid)
	OpNeg                         // (x) → tensor.Unary(UnNeg)
	OpAbs                         // (x) → tensor.Unary(UnAbs)
	OpReciprocal                  // (x) → tensor.Unary(UnReciprocal)
	OpFloor                       // (x) → tensor.Unary(UnFloor)
	OpCeil                        // (x) → tensor.Unary(UnCeil)
	OpRound                       // (x) → tensor.Unary(UnRound)
	OpHardSigmoid                 // (x; f alpha, f beta) → tensor.Unary(UnHardSigmoid)
	OpLeakyRelu                   // (x; f alpha) → tensor.Unary(UnLeakyRelu)
	OpClip                        // (x; f lo, f hi) → tensor.Unary(UnClip)
	OpHardSwish                   // (x) → tensor.Unary(UnHardSwish)
	OpElu                         // (x; f alpha) → tensor.Unary(UnElu)
	OpSoftplus                    // (x) → tensor.Unary(UnSoftplus)
	OpNot                         // (x) → tensor.Unary(UnNot)
	OpCast                        // (x; i dtype) → tensor.Cast
	OpMatMulND                    // (a, b) → tensor.MatMulND (numpy matmul)
	OpGemm                        // (a, b[, c]; i transA, i transB, f alpha, f beta) → tensor.Gemm
	OpConv                        // (x, w[, b]; i group, i S, i stride…, i dilation…, i pad…×2) → tensor.Conv
	OpConvTranspose               // (x, w[, b]; i group, i S, i stride…, i dilation…, i pad…×2, i output_padding…) → tensor.ConvTranspose
	OpMaxPool                     // (x; i S, i kernel…, i stride…, i dilation…, i pad…×2, i ceil_mode) → tensor.Pool(PoolMax)
	OpAvgPool                     // (x; i S, i kernel…, i stride…, i pad…×2, i ceil_mode, i count_include_pad) → tensor.Pool(PoolAvg)
	OpReduceSum                   // (x; i keepdims, i axes…) → tensor.Reduce(ReduceSum)
	OpReduceMean                  // (x; i keepdims, i axes…) → tensor.Reduce(ReduceMean)
	OpReduceMax                   // (x; i keepdims, i axes…) → tensor.Reduce(ReduceMax)
	OpReduceMin                   // (x; i keepdims, i axes…) → tensor.Reduce(ReduceMin)
	OpSlice                       // (x; i start, i step, i size per axis) → tensor.Slice
	OpGather                      // (data, indices; i axis) → tensor.Gather
	OpPad                         // (x; i mode, f value, i begin…, i end…) → tensor.Pad
	OpExpand                      // (x; i dims…) → tensor.Expand
	OpTile                        // (x; i repeats…) → tensor.Tile
	OpResize                      // (x; i mode, i coord, i nearest, i size…, f scale…) → tensor.Resize
	// LLaMA generation ops (rows in optable_llama.go; kernels in tensor/llm).
	OpLlamaEmbed     // (table, ids; i index) → row ids[index] of table, llm.DequantizeRow
	OpLlamaRMSNorm   // (x, w; f eps) → llm.RMSNorm
	OpLlamaLinear    // (w, x) → llm.Linear over w's raw rows
	OpLlamaRoPE      // (x; i pos, i heads, f base) → llm.RoPE over llm.RopeTable
	OpLlamaKVStore   // (k, v[, cache]) → llm.StoreKV: the F16 cache [2, n+T, kvDim]
	OpLlamaAttention // (q, cache; i heads, i kv heads) → llm.Attention
	OpLlamaSwiGLU    // (gate, up) → llm.SwiGLU
	OpLlamaNext      // (seq, logits; i t, i eos) → seq with slot t+1 set by llm.Next
	opEnd
)

// opTable is the op set: one row per op, indexed by op number.
var opTable = [opEnd]opDef{
	OpMatMul:      {name: "matmul", minArgs: 2, maxArgs: 2, shape: matmulShape, eval: noParam2(tensor.MatMul), work: macWork(1, 1), tile: matmulTiling},
	OpMatMulI8:    {name: "matmul_i8", minArgs: 2, maxArgs: 2, shape: matmulShape, eval: noParam2(tensor.MatMulI8), work: macWork(1, 1), tile: matmulTiling},
	OpRequantize:  {name: "requantize", minArgs: 1, maxArgs: 1, shape: requantizeShape, eval: requantizeEval, work: elemWork},
	OpAdd:         binaryRow("add", tensor.BinAdd),
	OpMul:         binaryRow("mul", tensor.BinMul),
	OpScale:       {name: "scale", minArgs: 1, maxArgs: 1, shape: floatParamShape(1), eval: floatParamEval(tensor.Scale), work: elemWork, tile: elementwiseTiling},
	OpRelu:        {name: "relu", minArgs: 1, maxArgs: 1, shape: sameShape, eval: noParam1(tensor.Relu), work: elemWork, tile: elementwiseTiling, elem: reluElem},
	OpGelu:        {name: "gelu", minArgs: 1, maxArgs: 1, shape: sameShape, eval: noParam1(tensor.Gelu), work: funWork, tile: elementwiseTiling},
	OpSilu:        {name: "silu", minArgs: 1, maxArgs: 1, shape: sameShape, eval: noParam1(tensor.Silu), work: funWork, tile: elementwiseTiling},
	OpSoftmax:     {name: "softmax", minArgs: 1, maxArgs: 1, shape: rowsShape, eval: noParam1(tensor.Softmax), work: funWork, tile: rowsTiling},
	OpRMSNorm:     {name: "rms_norm", minArgs: 1, maxArgs: 1, shape: floatParamRows, eval: floatParamEval(tensor.RMSNorm), work: elemWork},
	OpLayerNorm:   {name: "layer_norm", minArgs: 1, maxArgs: 1, shape: floatParamRows, eval: floatParamEval(tensor.LayerNorm), work: layerNormWork},
	OpArgmax:      {name: "argmax", minArgs: 1, maxArgs: 1, shape: argmaxShape, eval: noParam1(tensor.Argmax), work: elemWork},
	OpPermute:     {name: "permute", minArgs: 1, maxArgs: 1, shape: permuteShape, eval: permuteEval, work: moveWork},
	OpTranspose:   {name: "transpose", minArgs: 1, maxArgs: 1, shape: transposeShape, eval: noParam1(tensor.Transpose), work: moveWork},
	OpConcat:      {name: "concat", minArgs: 1, maxArgs: MaxInputs, shape: concatShape, eval: concatEval, work: moveWork},
	OpGetRows:     {name: "get_rows", minArgs: 2, maxArgs: 2, shape: getRowsShape, eval: noParam2(tensor.GetRows), work: moveWork},
	OpRoPE:        {name: "rope", minArgs: 2, maxArgs: 2, shape: ropeShape, eval: ropeEval, work: funWork},
	OpReshape:     {name: "reshape", minArgs: 1, maxArgs: 1, shape: reshapeShape, eval: reshapeEval, work: moveWork},
	OpConv2D:      {name: "conv2d", minArgs: 2, maxArgs: 3, shape: conv2DShape, eval: conv2DEval, work: convWork},
	OpMaxPool2D:   {name: "max_pool2d", minArgs: 1, maxArgs: 1, shape: pool2DShape, eval: pool2DEval(tensor.MaxPool2D), work: elemWork},
	OpAvgPool2D:   {name: "avg_pool2d", minArgs: 1, maxArgs: 1, shape: pool2DShape, eval: pool2DEval(tensor.AvgPool2D), work: elemWork},
	OpConvert:     {name: "convert", minArgs: 1, maxArgs: 1, shape: convertShape, eval: convertEval, work: elemWork},
	OpLinear:      {name: "linear", minArgs: 3, maxArgs: 3, shape: linearShape, eval: linearEval, work: macWork(0, 1), tile: matmulTiling},
	OpRequantRows: {name: "requant_rows", minArgs: 3, maxArgs: 3, shape: requantRowsShape, eval: requantRowsEval, work: elemWork},
	OpAddI32:      {name: "add_i32", minArgs: 2, maxArgs: 2, shape: addI32Shape, eval: noParam2(tensor.AddI32), work: elemWork},

	OpSub:           binaryRow("sub", tensor.BinSub),
	OpDiv:           binaryRow("div", tensor.BinDiv),
	OpPow:           binaryRow("pow", tensor.BinPow),
	OpMax:           binaryRow("max", tensor.BinMax),
	OpMin:           binaryRow("min", tensor.BinMin),
	OpPRelu:         binaryRow("prelu", tensor.BinPRelu),
	OpEqual:         binaryRow("equal", tensor.BinEqual),
	OpLess:          binaryRow("less", tensor.BinLess),
	OpGreater:       binaryRow("greater", tensor.BinGreater),
	OpLessEqual:     binaryRow("less_equal", tensor.BinLessEqual),
	OpGreaterEqual:  binaryRow("greater_equal", tensor.BinGreaterEqual),
	OpAnd:           binaryRow("and", tensor.BinAnd),
	OpOr:            binaryRow("or", tensor.BinOr),
	OpXor:           binaryRow("xor", tensor.BinXor),
	OpWhere:         {name: "where", minArgs: 3, maxArgs: 3, shape: whereShape, eval: whereEval, work: moveWork},
	OpSqrt:          unaryRow("sqrt", tensor.UnSqrt),
	OpExp:           unaryRow("exp", tensor.UnExp),
	OpLog:           unaryRow("log", tensor.UnLog),
	OpErf:           unaryRow("erf", tensor.UnErf),
	OpTanh:          unaryRow("tanh", tensor.UnTanh),
	OpSigmoid:       unaryRow("sigmoid", tensor.UnSigmoid),
	OpNeg:           unaryRow("neg", tensor.UnNeg),
	OpAbs:           unaryRow("abs", tensor.UnAbs),
	OpReciprocal:    unaryRow("reciprocal", tensor.UnReciprocal),
	OpFloor:         unaryRow("floor", tensor.UnFloor),
	OpCeil:          unaryRow("ceil", tensor.UnCeil),
	OpRound:         unaryRow("round", tensor.UnRound),
	OpHardSigmoid:   unaryRow("hard_sigmoid", tensor.UnHardSigmoid),
	OpLeakyRelu:     unaryRow("leaky_relu", tensor.UnLeakyRelu),
	OpClip:          unaryRow("clip", tensor.UnClip),
	OpHardSwish:     unaryRow("hard_swish", tensor.UnHardSwish),
	OpElu:           unaryRow("elu", tensor.UnElu),
	OpSoftplus:      unaryRow("softplus", tensor.UnSoftplus),
	OpNot:           unaryRow("not", tensor.UnNot),
	OpCast:          {name: "cast", minArgs: 1, maxArgs: 1, shape: castShape, eval: castEval, work: elemWork},
	OpMatMulND:      {name: "matmul_nd", minArgs: 2, maxArgs: 2, shape: matmulNDShape, eval: noParam2(tensor.MatMulND), work: matmulNDWork},
	OpGemm:          {name: "gemm", minArgs: 2, maxArgs: 3, shape: gemmShape, eval: gemmEval, work: gemmWork, tile: gemmTiling},
	OpConv:          {name: "conv", minArgs: 2, maxArgs: 3, shape: convShape(false), eval: convEval(false), work: convWork, tile: convTiling},
	OpConvTranspose: {name: "conv_transpose", minArgs: 2, maxArgs: 3, shape: convShape(true), eval: convEval(true), work: convTransposeWork, tile: convTransposeTiling},
	OpMaxPool:       {name: "max_pool", minArgs: 1, maxArgs: 1, shape: poolShape(tensor.PoolMax), eval: poolEval(tensor.PoolMax), work: poolWork(5)},
	OpAvgPool:       {name: "avg_pool", minArgs: 1, maxArgs: 1, shape: poolShape(tensor.PoolAvg), eval: poolEval(tensor.PoolAvg), work: poolWork(8)},
	OpReduceSum:     reduceRow("reduce_sum", tensor.ReduceSum),
	OpReduceMean:    reduceRow("reduce_mean", tensor.ReduceMean),
	OpReduceMax:     reduceRow("reduce_max", tensor.ReduceMax),
	OpReduceMin:     reduceRow("reduce_min", tensor.ReduceMin),
	OpSlice:         {name: "slice", minArgs: 1, maxArgs: 1, shape: sliceShape, eval: sliceEval, work: sliceWork},
	OpGather:        {name: "gather", minArgs: 2, maxArgs: 2, shape: gatherShape, eval: gatherEval, work: moveWork},
	OpPad:           {name: "pad", minArgs: 1, maxArgs: 1, shape: padShape, eval: padEval, work: moveWork},
	OpExpand:        {name: "expand", minArgs: 1, maxArgs: 1, shape: expandShape, eval: expandEval, work: moveWork},
	OpTile:          {name: "tile", minArgs: 1, maxArgs: 1, shape: tileShape, eval: tileEval, work: moveWork},
	OpResize:        {name: "resize", minArgs: 1, maxArgs: 1, shape: resizeShape, eval: resizeEval, work: resizeWork},
}

// --- row helpers ---

func noParam1(f func(*tensor.Tensor) (*tensor.Tensor, error)) func(Params, []*tensor.Tensor) (*tensor.Tensor, error) {
	return func(p Params, in []*tensor.Tensor) (*tensor.Tensor, error) { return f(in[0]) }
}

func noParam2(f func(a, b *tensor.Tensor) (*tensor.Tensor, error)) func(Params, []*tensor.Tensor) (*tensor.Tensor, error) {
	return func(p Params, in []*tensor.Tensor) (*tensor.Tensor, error) { return f(in[0], in[1]) }
}

func sameShape(p Params, in []Spec) (Spec, error) {
	return in[0], noParams(p)
}

// rowsShape is sameShape for ops on rows (the last axis): not for scalars.
func rowsShape(p Params, in []Spec) (Spec, error) {
	if len(in[0].Shape) == 0 {
		return Spec{}, fmt.Errorf("%w: a scalar has no rows", tensor.ErrShape)
	}
	return sameShape(p, in)
}

func floatParamShape(n int) func(Params, []Spec) (Spec, error) {
	return func(p Params, in []Spec) (Spec, error) {
		r := read(p)
		r.floats(n)
		return in[0], r.done()
	}
}

func floatParamRows(p Params, in []Spec) (Spec, error) {
	if len(in[0].Shape) == 0 {
		return Spec{}, fmt.Errorf("%w: a scalar has no rows", tensor.ErrShape)
	}
	return floatParamShape(1)(p, in)
}

func floatParamEval(f func(*tensor.Tensor, float32) (*tensor.Tensor, error)) func(Params, []*tensor.Tensor) (*tensor.Tensor, error) {
	return func(p Params, in []*tensor.Tensor) (*tensor.Tensor, error) {
		r := read(p)
		v := r.float()
		if err := r.done(); err != nil {
			return nil, err
		}
		return f(in[0], v)
	}
}

func reluElem(Params) (tensor.ElemOp, bool) { return tensor.ReluElem(), true }

func binaryRow(name string, op tensor.BinaryOp) opDef {
	return opDef{
		name: name, minArgs: 2, maxArgs: 2,
		shape: func(p Params, in []Spec) (Spec, error) {
			if err := noParams(p); err != nil {
				return Spec{}, err
			}
			if in[0].DType != in[1].DType {
				return Spec{}, fmt.Errorf("%w: operands of %v and %v", tensor.ErrDType, in[0].DType, in[1].DType)
			}
			dt, s, err := tensor.BinaryShape(op, in[0].DType, in[0].Shape, in[1].Shape)
			return Spec{dt, s}, err
		},
		eval: func(p Params, in []*tensor.Tensor) (*tensor.Tensor, error) { return tensor.Binary(op, in[0], in[1]) },
		elem: func(Params) (tensor.ElemOp, bool) { return tensor.BinaryElem(op) },
		tile: elementwiseTiling,
		work: func(p Params, in []Spec, out Spec) Work {
			// Measured per output element (float32, one operand broadcast or not): ≈ 690 VM steps for + − ×, as two
			// reads and a write; ≈ 3,350 for ÷, a soft-float division costing about 16 multiply-adds more.
			n := uint64(out.Elements())
			switch op {
			case tensor.BinPow:
				return Work{Elementary: n}
			case tensor.BinDiv:
				return Work{Elems: 2 * n, MACs: 16 * n}
			}
			return Work{Elems: 2 * n}
		},
	}
}

func unaryRow(name string, op tensor.UnaryOp) opDef {
	n := tensor.UnaryParams(op)
	return opDef{
		name: name, minArgs: 1, maxArgs: 1,
		shape: func(p Params, in []Spec) (Spec, error) {
			r := read(p)
			r.floats(n)
			if err := r.done(); err != nil {
				return Spec{}, err
			}
			return in[0], tensor.UnaryShape(op, in[0].DType, n)
		},
		eval: func(p Params, in []*tensor.Tensor) (*tensor.Tensor, error) {
			return tensor.Unary(op, in[0], read(p).floats(n)...)
		},
		elem: func(p Params) (tensor.ElemOp, bool) { return tensor.UnaryElem(op, read(p).floats(n)...), true },
		tile: elementwiseTiling,
		work: func(p Params, in []Spec, out Spec) Work {
			switch op {
			case tensor.UnExp, tensor.UnLog, tensor.UnErf, tensor.UnTanh, tensor.UnSigmoid, tensor.UnElu, tensor.UnSoftplus:
				return Work{Elementary: uint64(out.Elements())}
			case tensor.UnClip, tensor.UnHardSigmoid, tensor.UnHardSwish:
				// Soft-float comparisons and products: measured ≈ 2,480 VM steps per element for clip, ≈ 1,940 for
				// hard_sigmoid, as many as 13 multiply-adds more than a plain element.
				return Work{Elems: uint64(out.Elements()), MACs: 13 * uint64(out.Elements())}
			}
			return Work{Elems: uint64(out.Elements())}
		},
	}
}

func reduceRow(name string, op tensor.ReduceOp) opDef {
	parse := func(p Params) (bool, []int, error) {
		r := read(p)
		keep := r.intIn(0, 1) == 1
		axes := r.rest()
		return keep, axes, r.done()
	}
	return opDef{
		name: name, minArgs: 1, maxArgs: 1,
		shape: func(p Params, in []Spec) (Spec, error) {
			keep, axes, err := parse(p)
			if err != nil {
				return Spec{}, err
			}
			s, err := tensor.ReduceShape(op, in[0].DType, in[0].Shape, axes, keep)
			return Spec{in[0].DType, s}, err
		},
		eval: func(p Params, in []*tensor.Tensor) (*tensor.Tensor, error) {
			keep, axes, _ := parse(p)
			return tensor.Reduce(op, in[0], axes, keep)
		},
		work: func(p Params, in []Spec, out Spec) Work { return Work{Elems: uint64(in[0].Elements())} },
	}
}

// --- work estimates ---

func elemWork(p Params, in []Spec, out Spec) Work { return Work{Elems: uint64(out.Elements())} }

func funWork(p Params, in []Spec, out Spec) Work { return Work{Elementary: uint64(out.Elements())} }

func moveWork(p Params, in []Spec, out Spec) Work { return Work{Elems: uint64(out.Elements()) / 8} }

// macWork is for ops whose reduction length is the last dimension of
// operand k: one MAC per output element and reduced element.
func macWork(_, k int) func(Params, []Spec, Spec) Work {
	return func(p Params, in []Spec, out Spec) Work {
		s := in[k].Shape
		K := 1
		if len(s) > 0 {
			K = s[len(s)-1]
		}
		return Work{MACs: uint64(out.Elements()) * uint64(K), Elems: uint64(out.Elements())}
	}
}

func matmulNDWork(p Params, in []Spec, out Spec) Work {
	s := in[0].Shape
	return Work{MACs: uint64(out.Elements()) * uint64(s[len(s)-1]), Elems: uint64(out.Elements() + in[1].Elements())}
}

func gemmWork(p Params, in []Spec, out Spec) Work {
	K := in[0].Shape[1]
	if read(p).int() == 1 {
		K = in[0].Shape[0]
	}
	return Work{MACs: uint64(out.Elements()) * uint64(K), Elems: uint64(out.Elements())}
}

// convWork: every output element is a dot product over the weight's
// per-output-channel size (C/g·KH·KW).
func convWork(p Params, in []Spec, out Spec) Work {
	return Work{MACs: uint64(out.Elements()) * uint64(in[1].Elements()/in[1].Shape[0]), Elems: uint64(out.Elements())}
}

// convTransposeWork counts each product two and a half times: the scattered sums cost ≈ 380 VM steps a product
// where a dot product's cost 160 (measured on ocr-det's last conv_transpose: 633 M steps).
func convTransposeWork(p Params, in []Spec, out Spec) Work {
	macs := uint64(in[0].Elements()) * uint64(in[1].Elements()/in[1].Shape[0])
	return Work{MACs: macs * 5 / 2, Elems: uint64(out.Elements())}
}

// poolWork counts each window element as an element and extra multiply-adds' worth of soft-float work: measured
// ≈ 990–1,040 VM steps per window element for max_pool (extra 5) and ≈ 1,540 for avg_pool (extra 8).
func poolWork(extra uint64) func(Params, []Spec, Spec) Work {
	return func(p Params, in []Spec, out Spec) Work {
		r := read(p)
		k := uint64(1)
		for _, v := range r.ints(r.int()) {
			k *= uint64(max(v, 1))
		}
		n := uint64(out.Elements()) * k
		return Work{Elems: n, MACs: extra * n}
	}
}

// layerNormWork: the mean, the variance and the normalization in soft float, measured ≈ 3,000–3,100 VM steps an
// element (transformer-block's layer norms).
func layerNormWork(p Params, in []Spec, out Spec) Work {
	n := uint64(out.Elements())
	return Work{Elems: n, MACs: 18 * n}
}

// sliceWork: a strided copy, measured ≈ 200–240 VM steps an element where a plain move is estimated at 50.
func sliceWork(p Params, in []Spec, out Spec) Work {
	return Work{Elems: uint64(out.Elements()) * 5 / 8}
}

func resizeWork(p Params, in []Spec, out Spec) Work {
	if read(p).int() == tensor.ResizeLinear {
		return Work{Elems: uint64(out.Elements()) * 8}
	}
	return moveWork(p, in, out)
}
