package onnx

import (
	"github.com/opml-dev/opml/graph"
	"github.com/opml-dev/opml/tensor"
)

// Matrix products: MatMul and Gemm.

func init() {
	converters["MatMul"] = convertMatMul
	converters["Gemm"] = convertGemm
}

// constMatrixT returns the transpose of a constant 2-D F32 matrix, the
// weight layout [N, K] of graph.OpMatMul and OpLinear.
func constMatrixT(v *value) (*value, bool) {
	if v.c == nil || v.dtype() != tensor.F32 || len(v.shape()) != 2 {
		return nil, false
	}
	t, err := tensor.Transpose(v.c)
	if err != nil {
		return nil, false
	}
	w := constValue(t, nil)
	w.name = v.name
	return w, true
}

// convertMatMul maps a product with a constant 2-D right operand to
// matmul (weights stored transposed, [N, K], read once per row of the
// input) and every other product to matmul_nd. Both sum each output in
// the same canonical order (increasing k from 0).
func convertMatMul(im *importer) error {
	a, err := im.need(0)
	if err != nil {
		return err
	}
	b, err := im.need(1)
	if err != nil {
		return err
	}
	var v *value
	if bt, ok := constMatrixT(b); ok && a.c == nil && len(a.shape()) >= 1 {
		v, err = im.op("", graph.OpMatMul, nil, bt, a)
	} else {
		v, err = im.op("", graph.OpMatMulND, nil, a, b)
	}
	im.set(0, v)
	return err
}

// convertGemm maps the form torch.onnx.export writes for nn.Linear (B
// constant, transB = 1, alpha = beta = 1, a 1-D bias) to linear, whose
// sums start from the bias as ONNX Runtime's do (it writes C into the
// output, then accumulates A·B onto it); everything else to gemm.
func convertGemm(im *importer) error {
	a, err := im.need(0)
	if err != nil {
		return err
	}
	b, err := im.need(1)
	if err != nil {
		return err
	}
	c, err := im.in(2)
	if err != nil {
		return err
	}
	if c != nil && c.empty {
		c = nil
	}
	transA, transB := im.attrInt("transA", 0), im.attrInt("transB", 0)
	alpha, beta := im.attrFloat("alpha", 1), im.attrFloat("beta", 1)
	var v *value
	if transA == 0 && alpha == 1 && beta == 1 && c != nil && len(c.shape()) == 1 && b.c != nil && a.c == nil &&
		len(b.shape()) == 2 && c.shape()[0] == b.shape()[1-int(transB)] && c.dtype() == tensor.F32 {
		w := b
		if transB == 0 {
			if w, _ = constMatrixT(b); w == nil {
				return unsupported("Gemm with a %v weight", b.spec)
			}
		}
		v, err = im.op("", graph.OpLinear, nil, w, a, c)
	} else {
		p := graph.Params{graph.Int(int32(transA)), graph.Int(int32(transB)), graph.Float(alpha), graph.Float(beta)}
		ins := []*value{a, b}
		if c != nil {
			ins = append(ins, c)
		}
		v, err = im.op("", graph.OpGemm, p, ins...)
	}
	im.set(0, v)
	return err
}
