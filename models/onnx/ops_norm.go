package onnx

import (
	"github.com/opml-dev/opml/graph"
	"github.com/opml-dev/opml/tensor"
)

// Normalizations and reductions: Softmax, LayerNormalization, ReduceMean,
// ReduceSum, ReduceMax, ReduceMin, ArgMax.

func init() {
	converters["Softmax"] = convertSoftmax
	converters["LayerNormalization"] = convertLayerNorm
	converters["ReduceMean"] = convertReduce(graph.OpReduceMean, 18)
	converters["ReduceSum"] = convertReduce(graph.OpReduceSum, 13)
	converters["ReduceMax"] = convertReduce(graph.OpReduceMax, 18)
	converters["ReduceMin"] = convertReduce(graph.OpReduceMin, 18)
	converters["ArgMax"] = convertArgMax
}

func prod(s []int) int {
	n := 1
	for _, d := range s {
		n *= d
	}
	return n
}

// identityPerm returns 0..r−1 with axes a and b swapped.
func swapPerm(r, a, b int) []int {
	p := make([]int, r)
	for i := range p {
		p[i] = i
	}
	p[a], p[b] = p[b], p[a]
	return p
}

// convertSoftmax: before opset 13 the input is flattened to 2-D at axis
// (default 1) and each row normalized; from 13 one axis (default −1) is.
// opml's softmax works on the last axis, so other axes are moved there
// and back (exact data movement).
func convertSoftmax(im *importer) error {
	x, err := im.need(0)
	if err != nil {
		return err
	}
	s := x.shape()
	r := len(s)
	if r == 0 {
		return unsupported("Softmax of a scalar")
	}
	def := int64(-1)
	if im.opset < 13 {
		def = 1
	}
	a, err := axis(im.attrInt("axis", def), r)
	if err != nil {
		return err
	}
	var v *value
	switch {
	case a == r-1:
		v, err = im.op("", graph.OpSoftmax, nil, x)
	case im.opset < 13:
		flat, err := im.op("flat", graph.OpReshape, graph.Ints(prod(s[:a]), prod(s[a:])), x)
		if err != nil {
			return err
		}
		sm, err := im.op("softmax", graph.OpSoftmax, nil, flat)
		if err != nil {
			return err
		}
		v, err = im.op("", graph.OpReshape, graph.Ints(s...), sm)
		if err != nil {
			return err
		}
	default:
		perm := swapPerm(r, a, r-1)
		moved, err := im.op("moved", graph.OpPermute, graph.Ints(perm...), x)
		if err != nil {
			return err
		}
		sm, err := im.op("softmax", graph.OpSoftmax, nil, moved)
		if err != nil {
			return err
		}
		v, err = im.op("", graph.OpPermute, graph.Ints(perm...), sm)
		if err != nil {
			return err
		}
	}
	im.set(0, v)
	return err
}

// convertLayerNorm normalizes over every axis from axis (default −1):
// the input is viewed as rows [outer, inner], normalized by layer_norm,
// viewed back, then scaled and shifted (broadcast).
func convertLayerNorm(im *importer) error {
	x, err := im.need(0)
	if err != nil {
		return err
	}
	scale, err := im.need(1)
	if err != nil {
		return err
	}
	bias, err := im.in(2)
	if err != nil {
		return err
	}
	for _, name := range im.node.Outputs[1:] {
		if name != "" {
			im.onlyOutput0()
			break
		}
	}
	s := x.shape()
	a, err := axis(im.attrInt("axis", -1), len(s))
	if err != nil {
		return err
	}
	eps := graph.Params{graph.Float(im.attrFloat("epsilon", 1e-5))}
	rows := x
	if a != len(s)-1 {
		if rows, err = im.op("rows", graph.OpReshape, graph.Ints(prod(s[:a]), prod(s[a:])), x); err != nil {
			return err
		}
	}
	n, err := im.op("normalized", graph.OpLayerNorm, eps, rows)
	if err != nil {
		return err
	}
	if a != len(s)-1 {
		if n, err = im.op("shaped", graph.OpReshape, graph.Ints(s...), n); err != nil {
			return err
		}
	}
	suffix := ""
	if bias != nil && !bias.empty {
		suffix = "scaled"
	}
	v, err := im.op(suffix, graph.OpMul, nil, n, scale)
	if err != nil {
		return err
	}
	if suffix != "" {
		if v, err = im.op("", graph.OpAdd, nil, v, bias); err != nil {
			return err
		}
	}
	im.set(0, v)
	return nil
}

// convertReduce reads the axes from the attribute, or from an input from
// opset inputFrom on (ReduceSum 13, the others 18).
func convertReduce(op graph.Op, inputFrom int64) converter {
	return func(im *importer) error {
		x, err := im.need(0)
		if err != nil {
			return err
		}
		var list []int64
		if im.opset >= inputFrom {
			v, err := im.in(1)
			if err != nil {
				return err
			}
			if list, err = constInts(v, im.node.OpType+"'s axes"); err != nil {
				return err
			}
		} else {
			list, _ = im.attrInts("axes")
		}
		r := len(x.shape())
		as, err := axes(list, r)
		if err != nil {
			return err
		}
		if len(as) == 0 && im.attrInt("noop_with_empty_axes", 0) == 1 {
			return convertIdentity(im)
		}
		keep := im.attrInt("keepdims", 1)
		v, err := im.op("", op, append(graph.Ints(int(keep)), graph.Ints(as...)...), x)
		im.set(0, v)
		return err
	}
}

// convertArgMax supports the last axis; its indices are int32 (opml's
// argmax), where ONNX Runtime gives int64 of the same values.
func convertArgMax(im *importer) error {
	x, err := im.need(0)
	if err != nil {
		return err
	}
	s := x.shape()
	if len(s) == 0 {
		return unsupported("ArgMax of a scalar")
	}
	a, err := axis(im.attrInt("axis", 0), len(s))
	if err != nil {
		return err
	}
	if a != len(s)-1 || im.attrInt("select_last_index", 0) != 0 {
		return unsupported("ArgMax over axis %d of %v (opml's argmax takes the first maximum along the last axis)", a, s)
	}
	if x.dtype() != tensor.F32 && x.dtype() != tensor.I32 {
		return unsupported("ArgMax of %v", x.dtype())
	}
	// opml's argmax of a vector is [1]; ONNX's is [1] with keepdims and a
	// scalar without.
	shape := append([]int(nil), s[:len(s)-1]...)
	if im.attrInt("keepdims", 1) == 1 {
		shape = append(shape, 1)
	}
	suffix := ""
	if len(shape) != max(len(s)-1, 1) {
		suffix = "argmax"
	}
	v, err := im.op(suffix, graph.OpArgmax, nil, x)
	if err != nil {
		return err
	}
	if suffix != "" {
		if v, err = im.op("", graph.OpReshape, graph.Ints(shape...), v); err != nil {
			return err
		}
	}
	im.set(0, v)
	return nil
}
