package onnx

import (
	"fmt"
	"math"

	"github.com/opml-dev/opml/graph"
	"github.com/opml-dev/opml/tensor"
)

// Elementwise ops: arithmetic, comparisons and logic with numpy
// broadcasting, activations, Clip, Cast, Where, and the ops that are no
// computation at inference (Identity, Dropout).

func init() {
	for onnxOp, op := range map[string]graph.Op{
		"Add": graph.OpAdd, "Sub": graph.OpSub, "Mul": graph.OpMul, "Div": graph.OpDiv,
		"Equal": graph.OpEqual, "Less": graph.OpLess, "Greater": graph.OpGreater,
		"LessOrEqual": graph.OpLessEqual, "GreaterOrEqual": graph.OpGreaterEqual,
		"And": graph.OpAnd, "Or": graph.OpOr, "Xor": graph.OpXor, "PRelu": graph.OpPRelu,
	} {
		converters[onnxOp] = binaryOp(op)
	}
	converters["Pow"] = convertPow
	for onnxOp, op := range map[string]graph.Op{"Max": graph.OpMax, "Min": graph.OpMin, "Sum": graph.OpAdd} {
		converters[onnxOp] = variadic(op)
	}
	converters["Mean"] = convertMean
	for onnxOp, op := range map[string]graph.Op{
		"Relu": graph.OpRelu, "Sqrt": graph.OpSqrt, "Exp": graph.OpExp, "Log": graph.OpLog, "Erf": graph.OpErf,
		"Tanh": graph.OpTanh, "Sigmoid": graph.OpSigmoid, "Neg": graph.OpNeg, "Abs": graph.OpAbs,
		"Reciprocal": graph.OpReciprocal, "Floor": graph.OpFloor, "Ceil": graph.OpCeil, "Round": graph.OpRound,
		"HardSwish": graph.OpHardSwish, "Softplus": graph.OpSoftplus, "Not": graph.OpNot,
	} {
		converters[onnxOp] = unary(op, nil)
	}
	converters["HardSigmoid"] = unary(graph.OpHardSigmoid, func(im *importer) graph.Params {
		return graph.Params{graph.Float(im.attrFloat("alpha", 0.2)), graph.Float(im.attrFloat("beta", 0.5))}
	})
	converters["LeakyRelu"] = unary(graph.OpLeakyRelu, func(im *importer) graph.Params {
		return graph.Params{graph.Float(im.attrFloat("alpha", 0.01))}
	})
	converters["Elu"] = unary(graph.OpElu, func(im *importer) graph.Params {
		return graph.Params{graph.Float(im.attrFloat("alpha", 1))}
	})
	converters["Gelu"] = convertGelu
	converters["Clip"] = convertClip
	converters["Cast"] = convertCast
	converters["Where"] = convertWhere
	converters["Identity"] = convertIdentity
	converters["Dropout"] = convertIdentity
}

func binaryOp(op graph.Op) converter {
	return func(im *importer) error {
		a, err := im.need(0)
		if err != nil {
			return err
		}
		b, err := im.need(1)
		if err != nil {
			return err
		}
		v, err := im.op("", op, nil, a, b)
		im.set(0, v)
		return err
	}
}

// variadic chains a binary op over every input, left to right
// (Sum(a, b, c) = (a + b) + c).
func variadic(op graph.Op) converter {
	return func(im *importer) error {
		ins, err := im.inputs()
		if err != nil {
			return err
		}
		if len(ins) == 0 {
			return unsupported("%s of no inputs", im.node.OpType)
		}
		if len(ins) == 1 {
			return convertIdentity(im)
		}
		acc := ins[0]
		for i, v := range ins[1:] {
			suffix := ""
			if i < len(ins)-2 {
				suffix = fmt.Sprint(im.node.OpType, i)
			}
			if acc, err = im.op(suffix, op, nil, acc, v); err != nil {
				return err
			}
		}
		im.set(0, acc)
		return nil
	}
}

// convertMean is Sum divided by the count (as ONNX Runtime computes it).
func convertMean(im *importer) error {
	if err := variadic(graph.OpAdd)(im); err != nil {
		return err
	}
	n := len(im.node.Inputs)
	if n == 1 {
		return nil
	}
	sum := im.vals[im.node.Outputs[0]]
	c, err := scalarTensor(sum.dtype(), float64(n))
	if err != nil {
		return err
	}
	v, err := im.op("", graph.OpDiv, nil, sum, constValue(c, nil))
	im.set(0, v)
	return err
}

// convertPow casts a constant exponent of another type to the base's
// type (ONNX allows mixed types; the exponent's value is what counts).
func convertPow(im *importer) error {
	a, err := im.need(0)
	if err != nil {
		return err
	}
	b, err := im.need(1)
	if err != nil {
		return err
	}
	if b.dtype() != a.dtype() {
		if b, err = im.op("exponent", graph.OpCast, graph.Ints(int(a.dtype())), b); err != nil {
			return err
		}
	}
	v, err := im.op("", graph.OpPow, nil, a, b)
	im.set(0, v)
	return err
}

func unary(op graph.Op, params func(*importer) graph.Params) converter {
	return func(im *importer) error {
		x, err := im.need(0)
		if err != nil {
			return err
		}
		var p graph.Params
		if params != nil {
			p = params(im)
		}
		v, err := im.op("", op, p, x)
		im.set(0, v)
		return err
	}
}

// convertGelu maps the tanh-approximate Gelu (opset 20, and com.microsoft
// exports) to opml's gelu; exact Gelu arrives from exporters as Erf.
func convertGelu(im *importer) error {
	if a := im.attrString("approximate", "none"); a != "tanh" {
		return unsupported(`Gelu with approximate=%q (opml's gelu is the tanh approximation)`, a)
	}
	return unary(graph.OpGelu, nil)(im)
}

// convertClip reads the bounds from attributes (opset < 11) or optional
// constant inputs.
func convertClip(im *importer) error {
	x, err := im.need(0)
	if err != nil {
		return err
	}
	lo, hi := float32(math.Inf(-1)), float32(math.Inf(1))
	if im.opset < 11 {
		lo, hi = im.attrFloat("min", lo), im.attrFloat("max", hi)
	} else {
		for i, b := range []*float32{&lo, &hi} {
			v, err := im.in(1 + i)
			if err != nil {
				return err
			}
			f, err := constFloats(v, "Clip's bound")
			if err != nil {
				return err
			}
			if len(f) == 1 {
				*b = f[0]
			}
		}
	}
	v, err := im.op("", graph.OpClip, graph.Params{graph.Float(lo), graph.Float(hi)}, x)
	im.set(0, v)
	return err
}

func convertCast(im *importer) error {
	x, err := im.need(0)
	if err != nil {
		return err
	}
	to := im.attrInt("to", 0)
	dt, ok := dtypeOf(to)
	if !ok || dt == tensor.F16 || dt == tensor.BF16 || dt == tensor.I8 {
		return unsupported("Cast to %s (opml computes in FLOAT, INT64, INT32 and BOOL)", typeName(to))
	}
	if dt == x.dtype() {
		im.set(0, x)
		return nil
	}
	v, err := im.op("", graph.OpCast, graph.Ints(int(dt)), x)
	im.set(0, v)
	return err
}

func convertWhere(im *importer) error {
	var ins [3]*value
	for i := range ins {
		v, err := im.need(i)
		if err != nil {
			return err
		}
		ins[i] = v
	}
	v, err := im.op("", graph.OpWhere, nil, ins[:]...)
	im.set(0, v)
	return err
}

func convertIdentity(im *importer) error {
	x, err := im.need(0)
	if err != nil {
		return err
	}
	im.onlyOutput0()
	im.set(0, x)
	return nil
}
