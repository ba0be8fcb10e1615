package onnx

import (
	"github.com/opml-dev/opml/graph"
	"github.com/opml-dev/opml/tensor"
)

// Convolutions and pools (1-D and 2-D), and BatchNormalization.

func init() {
	converters["Conv"] = convertConv
	converters["ConvTranspose"] = convertConvTranspose
	converters["MaxPool"] = convertPool(tensor.PoolMax)
	converters["AveragePool"] = convertPool(tensor.PoolAvg)
	converters["GlobalAveragePool"] = convertGlobalPool(graph.OpReduceMean)
	converters["GlobalMaxPool"] = convertGlobalPool(graph.OpReduceMax)
	converters["BatchNormalization"] = convertBatchNorm
}

// window reads the spatial attributes shared by convolutions and pools for
// an input of the given spatial sizes and a kernel: strides, dilations and
// pads, with auto_pad resolved (SAME_UPPER puts the odd padding at the
// end, SAME_LOWER at the beginning).
func (im *importer) window(in, kernel []int) (strides, dilations, pads []int, err error) {
	s := len(in)
	get := func(name string, def int) ([]int, error) {
		v, ok := im.attrInts(name)
		if !ok || len(v) == 0 {
			out := make([]int, s)
			for i := range out {
				out[i] = def
			}
			return out, nil
		}
		if len(v) != s {
			return nil, unsupported("%s %s of %d values for %d spatial axes", im.node.OpType, name, len(v), s)
		}
		return ints(v), nil
	}
	if strides, err = get("strides", 1); err != nil {
		return
	}
	if dilations, err = get("dilations", 1); err != nil {
		return
	}
	pads = make([]int, 2*s)
	switch ap := im.attrString("auto_pad", "NOTSET"); ap {
	case "NOTSET", "":
		if p, ok := im.attrInts("pads"); ok && len(p) > 0 {
			if len(p) != 2*s {
				return nil, nil, nil, unsupported("%s pads of %d values for %d spatial axes", im.node.OpType, len(p), s)
			}
			pads = ints(p)
		}
	case "VALID":
	case "SAME_UPPER", "SAME_LOWER":
		for i := range s {
			out := (in[i] + strides[i] - 1) / strides[i]
			total := max(0, (out-1)*strides[i]+(kernel[i]-1)*dilations[i]+1-in[i])
			small := total / 2
			if ap == "SAME_UPPER" {
				pads[i], pads[s+i] = small, total-small
			} else {
				pads[i], pads[s+i] = total-small, small
			}
		}
	default:
		return nil, nil, nil, unsupported("%s auto_pad %q", im.node.OpType, ap)
	}
	return strides, dilations, pads, nil
}

func spatial(op string, x *value) ([]int, error) {
	s := x.shape()
	if len(s) != 3 && len(s) != 4 {
		return nil, unsupported("%s of a rank-%d input (opml convolves and pools 1-D and 2-D inputs [N, C, (H,) W])", op, len(s))
	}
	return s[2:], nil
}

func convertConv(im *importer) error { return im.conv(false) }

func convertConvTranspose(im *importer) error { return im.conv(true) }

func (im *importer) conv(transpose bool) error {
	x, err := im.need(0)
	if err != nil {
		return err
	}
	w, err := im.need(1)
	if err != nil {
		return err
	}
	b, err := im.in(2)
	if err != nil {
		return err
	}
	sp, err := spatial(im.node.OpType, x)
	if err != nil {
		return err
	}
	if len(w.shape()) != len(x.shape()) {
		return unsupported("%s weight of shape %v for input %v", im.node.OpType, w.shape(), x.shape())
	}
	kernel := w.shape()[2:]
	strides, dilations, pads, err := im.window(sp, kernel)
	if err != nil {
		return err
	}
	group := im.attrInt("group", 1)
	p := graph.Params{graph.Int(int32(group)), graph.Int(int32(len(sp)))}
	p = append(append(append(p, graph.Ints(strides...)...), graph.Ints(dilations...)...), graph.Ints(pads...)...)
	op := graph.OpConv
	if transpose {
		op = graph.OpConvTranspose
		outPad := make([]int, len(sp))
		if v, ok := im.attrInts("output_padding"); ok && len(v) == len(sp) {
			outPad = ints(v)
		}
		if os, ok := im.attrInts("output_shape"); ok && len(os) > 0 {
			// Pads follow from the requested output size (auto_pad decides
			// where an odd total goes; SAME_UPPER by default).
			os = os[len(os)-len(sp):]
			for i := range sp {
				total := strides[i]*(sp[i]-1) + outPad[i] + (kernel[i]-1)*dilations[i] + 1 - int(os[i])
				if total < 0 {
					return unsupported("ConvTranspose output_shape %v larger than its input allows", os)
				}
				small := total / 2
				if im.attrString("auto_pad", "NOTSET") == "SAME_LOWER" {
					pads[i], pads[len(sp)+i] = total-small, small
				} else {
					pads[i], pads[len(sp)+i] = small, total-small
				}
			}
			p = append(append(append(p[:2], graph.Ints(strides...)...), graph.Ints(dilations...)...), graph.Ints(pads...)...)
		}
		p = append(p, graph.Ints(outPad...)...)
	}
	ins := []*value{x, w}
	if b != nil && !b.empty {
		ins = append(ins, b)
	}
	v, err := im.op("", op, p, ins...)
	im.set(0, v)
	return err
}

func convertPool(kind tensor.PoolKind) converter {
	return func(im *importer) error {
		x, err := im.need(0)
		if err != nil {
			return err
		}
		im.onlyOutput0()
		sp, err := spatial(im.node.OpType, x)
		if err != nil {
			return err
		}
		k, ok := im.attrInts("kernel_shape")
		if !ok || len(k) != len(sp) {
			return unsupported("%s without a kernel_shape of %d values", im.node.OpType, len(sp))
		}
		kernel := ints(k)
		strides, dilations, pads, err := im.window(sp, kernel)
		if err != nil {
			return err
		}
		p := append(graph.Ints(len(sp)), graph.Ints(kernel...)...)
		p = append(p, graph.Ints(strides...)...)
		op := graph.OpAvgPool
		if kind == tensor.PoolMax {
			op = graph.OpMaxPool
			p = append(p, graph.Ints(dilations...)...)
		} else if im.attr("dilations") != nil {
			for _, d := range dilations {
				if d != 1 {
					return unsupported("AveragePool with dilations %v", dilations)
				}
			}
		}
		p = append(append(p, graph.Ints(pads...)...), graph.Int(int32(im.attrInt("ceil_mode", 0))))
		if kind == tensor.PoolAvg {
			p = append(p, graph.Int(int32(im.attrInt("count_include_pad", 0))))
		}
		v, err := im.op("", op, p, x)
		im.set(0, v)
		return err
	}
}

// convertGlobalPool reduces every spatial axis, keeping them as 1s.
func convertGlobalPool(op graph.Op) converter {
	return func(im *importer) error {
		x, err := im.need(0)
		if err != nil {
			return err
		}
		r := len(x.shape())
		if r < 3 {
			return unsupported("%s of a rank-%d input", im.node.OpType, r)
		}
		p := graph.Ints(1)
		for a := 2; a < r; a++ {
			p = append(p, graph.Int(int32(a)))
		}
		v, err := im.op("", op, p, x)
		im.set(0, v)
		return err
	}
}

// convertBatchNorm (inference) folds the statistics into a per-channel
// scale s = γ/√(σ² + ε) and shift t = β − μ·s, computed at import with
// opml's kernels when they are constants, and applies x·s + t.
func convertBatchNorm(im *importer) error {
	if im.attrInt("training_mode", 0) != 0 {
		return unsupported("BatchNormalization in training mode")
	}
	im.onlyOutput0()
	var in [5]*value
	for i := range in {
		v, err := im.need(i)
		if err != nil {
			return err
		}
		in[i] = v
	}
	x, gamma, beta, mean, variance := in[0], in[1], in[2], in[3], in[4]
	if len(x.shape()) < 2 {
		return unsupported("BatchNormalization of a rank-%d input", len(x.shape()))
	}
	C := x.shape()[1]
	eps, err := scalarTensor(tensor.F32, float64(im.attrFloat("epsilon", 1e-5)))
	if err != nil {
		return err
	}
	step := func(suffix string, op graph.Op, a, b *value) (*value, error) {
		return im.op("bn_"+suffix, op, nil, a, b)
	}
	ve, err := step("var_eps", graph.OpAdd, variance, constValue(eps, nil))
	if err != nil {
		return err
	}
	sd, err := im.op("bn_std", graph.OpSqrt, nil, ve)
	if err != nil {
		return err
	}
	s, err := step("scale", graph.OpDiv, gamma, sd)
	if err != nil {
		return err
	}
	ms, err := step("mean_scale", graph.OpMul, mean, s)
	if err != nil {
		return err
	}
	t, err := step("shift", graph.OpSub, beta, ms)
	if err != nil {
		return err
	}
	// [C] → [C, 1, …] so it broadcasts along axis 1.
	bshape := []int{C}
	for range len(x.shape()) - 2 {
		bshape = append(bshape, 1)
	}
	if s, err = im.op("bn_scale_shaped", graph.OpReshape, graph.Ints(bshape...), s); err != nil {
		return err
	}
	if t, err = im.op("bn_shift_shaped", graph.OpReshape, graph.Ints(bshape...), t); err != nil {
		return err
	}
	y, err := im.op("bn_scaled", graph.OpMul, nil, x, s)
	if err != nil {
		return err
	}
	v, err := im.op("", graph.OpAdd, nil, y, t)
	im.set(0, v)
	return err
}
