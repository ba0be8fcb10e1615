package onnx

import (
	"fmt"
	"math"

	"github.com/opml-dev/opml/graph"
	"github.com/opml-dev/opml/tensor"
)

// Shapes and data movement: Reshape, Flatten, Squeeze, Unsqueeze,
// Transpose, Concat, Split, Slice, Gather, Expand, Tile, Pad, Resize,
// Upsample; and the ops computed at import: Shape, Size, Constant,
// ConstantOfShape, Range.

func init() {
	converters["Reshape"] = convertReshape
	converters["Flatten"] = convertFlatten
	converters["Squeeze"] = convertSqueeze
	converters["Unsqueeze"] = convertUnsqueeze
	converters["Transpose"] = convertTranspose
	converters["Concat"] = convertConcat
	converters["Split"] = convertSplit
	converters["Slice"] = convertSlice
	converters["Gather"] = convertGather
	converters["Expand"] = convertExpand
	converters["Tile"] = convertTile
	converters["Pad"] = convertPad
	converters["Resize"] = convertResize
	converters["Upsample"] = convertResize
	converters["Shape"] = convertShape
	converters["Size"] = convertSize
	converters["Constant"] = convertConstant
	converters["ConstantOfShape"] = convertConstantOfShape
	converters["Range"] = convertRange
}

// reshapeTo emits a reshape of x to shape as the node's output.
func (im *importer) reshapeTo(x *value, shape []int) error {
	v, err := im.op("", graph.OpReshape, graph.Ints(shape...), x)
	im.set(0, v)
	return err
}

// reshapeDims resolves ONNX Reshape's target: 0 copies the input's
// dimension (unless allowZero), −1 is inferred.
func reshapeDims(in []int, target []int64, allowZero bool) ([]int, error) {
	out := make([]int, len(target))
	infer := -1
	known := 1
	for i, d := range target {
		switch {
		case d == 0 && !allowZero:
			if i >= len(in) {
				return nil, unsupported("Reshape of %v to %v: no dimension %d to copy", in, target, i)
			}
			out[i] = in[i]
		case d == -1 && infer < 0:
			infer = i
			continue
		case d <= 0 || d > math.MaxInt32:
			return nil, unsupported("Reshape of %v to %v", in, target)
		default:
			out[i] = int(d)
		}
		known *= out[i]
	}
	total := prod(in)
	if infer >= 0 {
		if known == 0 || total%known != 0 {
			return nil, unsupported("Reshape of %v to %v", in, target)
		}
		out[infer] = total / known
	}
	if prod(out) != total {
		return nil, unsupported("Reshape of %v (%d elements) to %v", in, total, target)
	}
	return out, nil
}

func convertReshape(im *importer) error {
	x, err := im.need(0)
	if err != nil {
		return err
	}
	var target []int64
	if im.opset < 5 {
		target, _ = im.attrInts("shape")
	} else {
		s, err := im.need(1)
		if err != nil {
			return err
		}
		if target, err = constInts(s, "Reshape's shape"); err != nil {
			return err
		}
	}
	dims, err := reshapeDims(x.shape(), target, im.attrInt("allowzero", 0) == 1)
	if err != nil {
		return err
	}
	return im.reshapeTo(x, dims)
}

func convertFlatten(im *importer) error {
	x, err := im.need(0)
	if err != nil {
		return err
	}
	s := x.shape()
	a := im.attrInt("axis", 1)
	if a < 0 {
		a += int64(len(s))
	}
	if a < 0 || a > int64(len(s)) {
		return fmt.Errorf("%w: Flatten axis %d of rank %d", ErrFormat, a, len(s))
	}
	return im.reshapeTo(x, []int{prod(s[:a]), prod(s[a:])})
}

// axesArg reads an axes list from the attribute (before opset from) or
// input 1.
func (im *importer) axesArg(from int64) ([]int64, bool, error) {
	if im.opset < from {
		v, ok := im.attrInts("axes")
		return v, ok, nil
	}
	v, err := im.in(1)
	if err != nil || v == nil {
		return nil, false, err
	}
	list, err := constInts(v, im.node.OpType+"'s axes")
	return list, true, err
}

func convertSqueeze(im *importer) error {
	x, err := im.need(0)
	if err != nil {
		return err
	}
	list, given, err := im.axesArg(13)
	if err != nil {
		return err
	}
	s := x.shape()
	drop := make([]bool, len(s))
	if given && len(list) > 0 {
		as, err := axes(list, len(s))
		if err != nil {
			return err
		}
		for _, a := range as {
			if s[a] != 1 {
				return fmt.Errorf("%w: Squeeze of axis %d of %v", ErrFormat, a, s)
			}
			drop[a] = true
		}
	} else {
		for a, d := range s {
			drop[a] = d == 1
		}
	}
	var out []int
	for a, d := range s {
		if !drop[a] {
			out = append(out, d)
		}
	}
	return im.reshapeTo(x, out)
}

func convertUnsqueeze(im *importer) error {
	x, err := im.need(0)
	if err != nil {
		return err
	}
	list, _, err := im.axesArg(13)
	if err != nil {
		return err
	}
	s := x.shape()
	r := len(s) + len(list)
	as, err := axes(list, r) // negative axes count in the output's rank
	if err != nil {
		return err
	}
	ins := make([]bool, r)
	for _, a := range as {
		if ins[a] {
			return fmt.Errorf("%w: Unsqueeze axes %v repeat", ErrFormat, list)
		}
		ins[a] = true
	}
	out := make([]int, 0, r)
	j := 0
	for a := range r {
		if ins[a] {
			out = append(out, 1)
		} else {
			out = append(out, s[j])
			j++
		}
	}
	return im.reshapeTo(x, out)
}

func convertTranspose(im *importer) error {
	x, err := im.need(0)
	if err != nil {
		return err
	}
	r := len(x.shape())
	perm, ok := im.attrInts("perm")
	if !ok || len(perm) == 0 {
		perm = make([]int64, r)
		for i := range perm {
			perm[i] = int64(r - 1 - i)
		}
	}
	v, err := im.op("", graph.OpPermute, graph.Ints(ints(perm)...), x)
	im.set(0, v)
	return err
}

// convertConcat joins its inputs, skipping empty constants; more than
// graph.MaxInputs operands are joined in groups (exact, data movement).
func convertConcat(im *importer) error {
	all, err := im.inputs()
	if err != nil {
		return err
	}
	var ins []*value
	for _, v := range all {
		if !v.empty {
			ins = append(ins, v)
		}
	}
	if len(ins) == 0 {
		return unsupported("Concat of empty tensors only")
	}
	a, err := axis(im.attrInt("axis", 0), len(ins[0].shape()))
	if err != nil {
		return err
	}
	p := graph.Ints(a)
	for step := 0; len(ins) > graph.MaxInputs; step++ {
		var next []*value
		for i := 0; i < len(ins); i += graph.MaxInputs {
			group := ins[i:min(i+graph.MaxInputs, len(ins))]
			if len(group) == 1 {
				next = append(next, group[0])
				continue
			}
			v, err := im.op(fmt.Sprintf("concat%d_%d", step, i), graph.OpConcat, p, group...)
			if err != nil {
				return err
			}
			next = append(next, v)
		}
		ins = next
	}
	v, err := im.op("", graph.OpConcat, p, ins...)
	im.set(0, v)
	return err
}

// sliceParams returns the params of a slice of shape taking, along axis a,
// count elements from start in steps of step, and everything elsewhere.
func sliceParams(shape []int, a, start, step, count int) graph.Params {
	var p []int
	for i, d := range shape {
		if i == a {
			p = append(p, start, step, count)
		} else {
			p = append(p, 0, 1, d)
		}
	}
	return graph.Ints(p...)
}

func convertSplit(im *importer) error {
	x, err := im.need(0)
	if err != nil {
		return err
	}
	s := x.shape()
	a, err := axis(im.attrInt("axis", 0), len(s))
	if err != nil {
		return err
	}
	var sizes []int64
	if im.opset < 13 {
		sizes, _ = im.attrInts("split")
	} else {
		v, err := im.in(1)
		if err != nil {
			return err
		}
		if sizes, err = constInts(v, "Split's sizes"); err != nil {
			return err
		}
	}
	n := len(im.node.Outputs)
	if len(sizes) == 0 {
		if s[a]%n != 0 {
			return unsupported("Split of %d elements into %d equal parts", s[a], n)
		}
		for range n {
			sizes = append(sizes, int64(s[a]/n))
		}
	}
	if len(sizes) != n {
		return fmt.Errorf("%w: Split into %d sizes for %d outputs", ErrFormat, len(sizes), n)
	}
	off := 0
	for i, size := range sizes {
		if size <= 0 || off+int(size) > s[a] {
			return unsupported("Split of %v into %v along axis %d", s, sizes, a)
		}
		v, err := im.emit(im.name(i, ""), graph.OpSlice, sliceParams(s, a, off, 1, int(size)), x)
		if err != nil {
			return err
		}
		im.set(i, v)
		off += int(size)
	}
	if off != s[a] {
		return fmt.Errorf("%w: Split sizes %v do not add up to %d", ErrFormat, sizes, s[a])
	}
	return nil
}

// clampSlice resolves one axis of ONNX Slice: negative positions count
// from the end, and positions are clamped (to [0, d] going forward, to
// [−1, d−1] going backward). It returns the first index and the count.
func clampSlice(d int, start, end, step int64) (int, int) {
	fix := func(v int64, lo, hi int64) int64 {
		if v < 0 {
			v += int64(d)
		}
		return min(max(v, lo), hi)
	}
	var s, e int64
	if step > 0 {
		s, e = fix(start, 0, int64(d)), fix(end, 0, int64(d))
	} else {
		s, e = fix(start, 0, int64(d)-1), fix(end, -1, int64(d)-1)
	}
	n := (e - s + step - sign(step)) / step
	return int(s), int(max(n, 0))
}

func sign(v int64) int64 {
	if v < 0 {
		return -1
	}
	return 1
}

func convertSlice(im *importer) error {
	x, err := im.need(0)
	if err != nil {
		return err
	}
	var starts, ends, axesList, steps []int64
	if im.opset < 10 {
		starts, _ = im.attrInts("starts")
		ends, _ = im.attrInts("ends")
		axesList, _ = im.attrInts("axes")
	} else {
		lists := []*[]int64{&starts, &ends, &axesList, &steps}
		for i, dst := range lists {
			v, err := im.in(1 + i)
			if err != nil {
				return err
			}
			if *dst, err = constInts(v, "Slice's starts, ends, axes and steps"); err != nil {
				return err
			}
		}
	}
	s := x.shape()
	if len(axesList) == 0 {
		for i := range starts {
			axesList = append(axesList, int64(i))
		}
	}
	if len(starts) != len(ends) || len(axesList) != len(starts) || (len(steps) != 0 && len(steps) != len(starts)) {
		return fmt.Errorf("%w: Slice with %d starts, %d ends, %d axes, %d steps", ErrFormat, len(starts), len(ends), len(axesList), len(steps))
	}
	as, err := axes(axesList, len(s))
	if err != nil {
		return err
	}
	var p []int
	for i, d := range s {
		p = append(p, 0, 1, d)
		_ = i
	}
	for i, a := range as {
		step := int64(1)
		if len(steps) > 0 {
			step = steps[i]
		}
		if step == 0 {
			return fmt.Errorf("%w: Slice step 0", ErrFormat)
		}
		first, n := clampSlice(s[a], starts[i], ends[i], step)
		if n == 0 {
			return unsupported("Slice of %v leaves axis %d empty (opml has no empty tensors)", s, a)
		}
		p[3*a], p[3*a+1], p[3*a+2] = first, int(step), n
	}
	v, err := im.op("", graph.OpSlice, graph.Ints(p...), x)
	im.set(0, v)
	return err
}

func convertGather(im *importer) error {
	x, err := im.need(0)
	if err != nil {
		return err
	}
	idx, err := im.need(1)
	if err != nil {
		return err
	}
	a, err := axis(im.attrInt("axis", 0), len(x.shape()))
	if err != nil {
		return err
	}
	v, err := im.op("", graph.OpGather, graph.Ints(a), x, idx)
	im.set(0, v)
	return err
}

func convertExpand(im *importer) error {
	x, err := im.need(0)
	if err != nil {
		return err
	}
	sv, err := im.need(1)
	if err != nil {
		return err
	}
	to, err := constInts(sv, "Expand's shape")
	if err != nil {
		return err
	}
	v, err := im.op("", graph.OpExpand, graph.Ints(ints(to)...), x)
	im.set(0, v)
	return err
}

func convertTile(im *importer) error {
	x, err := im.need(0)
	if err != nil {
		return err
	}
	rv, err := im.need(1)
	if err != nil {
		return err
	}
	reps, err := constInts(rv, "Tile's repeats")
	if err != nil {
		return err
	}
	v, err := im.op("", graph.OpTile, graph.Ints(ints(reps)...), x)
	im.set(0, v)
	return err
}

func convertPad(im *importer) error {
	x, err := im.need(0)
	if err != nil {
		return err
	}
	r := len(x.shape())
	var pads []int64
	value := float64(0)
	if im.opset < 11 {
		pads, _ = im.attrInts("pads")
		value = float64(im.attrFloat("value", 0))
	} else {
		pv, err := im.need(1)
		if err != nil {
			return err
		}
		if pads, err = constInts(pv, "Pad's pads"); err != nil {
			return err
		}
		cv, err := im.in(2)
		if err != nil {
			return err
		}
		if cv != nil && !cv.empty {
			f, err := constFloats(cv, "Pad's constant_value")
			if err != nil {
				return err
			}
			if len(f) != 1 {
				return fmt.Errorf("%w: Pad constant_value of %d elements", ErrFormat, len(f))
			}
			value = float64(f[0])
		}
		if v, err := im.in(3); err != nil || v != nil {
			return firstErr(err, unsupported("Pad with axes"))
		}
	}
	if len(pads) != 2*r {
		return fmt.Errorf("%w: Pad with %d pads for rank %d", ErrFormat, len(pads), r)
	}
	modes := map[string]tensor.PadMode{"constant": tensor.PadConstant, "reflect": tensor.PadReflect, "edge": tensor.PadEdge}
	mode, ok := modes[im.attrString("mode", "constant")]
	if !ok {
		return unsupported("Pad mode %q", im.attrString("mode", ""))
	}
	p := graph.Params{graph.Int(int32(mode)), graph.Float(float32(value))}
	p = append(p, graph.Ints(ints(pads)...)...)
	v, err := im.op("", graph.OpPad, p, x)
	im.set(0, v)
	return err
}

func firstErr(errs ...error) error {
	for _, e := range errs {
		if e != nil {
			return e
		}
	}
	return nil
}

// convertResize covers Resize (opsets 10–17) and Upsample (9): modes
// nearest and linear, sizes or scales, the coordinate transformations and
// nearest roundings of ONNX Runtime. Opset 10 and Upsample transform
// coordinates asymmetrically and round nearest down, as ONNX Runtime does.
func convertResize(im *importer) error {
	x, err := im.need(0)
	if err != nil {
		return err
	}
	s := x.shape()
	var scalesV, sizesV *value
	switch {
	case im.node.OpType == "Upsample" || im.opset < 11:
		scalesV, err = im.in(1)
	default:
		if scalesV, err = im.in(2); err == nil {
			sizesV, err = im.in(3)
		}
	}
	if err != nil {
		return err
	}
	scales, err := constFloats(scalesV, "Resize's scales")
	if err != nil {
		return err
	}
	sizes, err := constInts(sizesV, "Resize's sizes")
	if err != nil {
		return err
	}
	if len(sizes) == 0 && im.node.OpType == "Upsample" && len(scales) == 0 {
		scales, _ = attrFloats(im, "scales")
	}
	out := make([]int, len(s))
	sc := make([]float32, len(s))
	switch {
	case len(sizes) == len(s):
		for i, d := range sizes {
			out[i], sc[i] = int(d), float32(d)/float32(s[i])
		}
	case len(scales) == len(s):
		for i, f := range scales {
			out[i], sc[i] = int(float32(s[i])*f), f
		}
	default:
		return unsupported("Resize of %v with %d scales and %d sizes (axes are not supported)", s, len(scales), len(sizes))
	}
	modes := map[string]int{"nearest": tensor.ResizeNearest, "linear": tensor.ResizeLinear, "bilinear": tensor.ResizeLinear}
	mode, ok := modes[im.attrString("mode", "nearest")]
	if !ok {
		return unsupported("Resize mode %q", im.attrString("mode", ""))
	}
	coord, nearest := tensor.CoordAsymmetric, tensor.NearestFloor
	if im.node.OpType == "Resize" && im.opset >= 11 {
		coords := map[string]int{
			"half_pixel": tensor.CoordHalfPixel, "asymmetric": tensor.CoordAsymmetric, "align_corners": tensor.CoordAlignCorners,
			"pytorch_half_pixel": tensor.CoordPytorchHalfPixel, "tf_half_pixel_for_nn": tensor.CoordTFHalfPixelForNN,
		}
		name := im.attrString("coordinate_transformation_mode", "half_pixel")
		if coord, ok = coords[name]; !ok {
			return unsupported("Resize coordinate_transformation_mode %q", name)
		}
		nearests := map[string]int{
			"round_prefer_floor": tensor.NearestRoundPreferFloor, "round_prefer_ceil": tensor.NearestRoundPreferCeil,
			"floor": tensor.NearestFloor, "ceil": tensor.NearestCeil,
		}
		name = im.attrString("nearest_mode", "round_prefer_floor")
		if nearest, ok = nearests[name]; !ok {
			return unsupported("Resize nearest_mode %q", name)
		}
		if im.attrInt("exclude_outside", 0) != 0 {
			return unsupported("Resize with exclude_outside")
		}
	}
	p := graph.Ints(mode, coord, nearest)
	p = append(p, graph.Ints(out...)...)
	for _, f := range sc {
		p = append(p, graph.Float(f))
	}
	v, err := im.op("", graph.OpResize, p, x)
	im.set(0, v)
	return err
}

func attrFloats(im *importer, name string) ([]float32, bool) {
	if a := im.attr(name); a != nil {
		return a.Floats, true
	}
	return nil, false
}

// convertShape is a constant: every shape is known at import.
func convertShape(im *importer) error {
	x, err := im.need(0)
	if err != nil {
		return err
	}
	s := x.shape()
	r := int64(len(s))
	start, end := im.attrInt("start", 0), im.attrInt("end", r)
	if start < 0 {
		start += r
	}
	if end < 0 {
		end += r
	}
	start, end = min(max(start, 0), r), min(max(end, 0), r)
	var out []int64
	for _, d := range s[start:max(start, end)] {
		out = append(out, int64(d))
	}
	if len(out) == 0 {
		im.set(0, constValue(nil, []int{0}))
		return nil
	}
	im.set(0, constValue(int64Tensor(out), nil))
	return nil
}

func convertSize(im *importer) error {
	x, err := im.need(0)
	if err != nil {
		return err
	}
	t, _ := tensor.FromInt64([]int64{int64(prod(x.shape()))})
	im.set(0, constValue(t, nil))
	return nil
}

func convertConstant(im *importer) error {
	switch {
	case im.attr("value") != nil:
		a := im.attr("value")
		if a.T == nil {
			return fmt.Errorf("%w: Constant value is not a tensor", ErrFormat)
		}
		t, dims, err := tensorOf(a.T)
		if err != nil {
			return err
		}
		im.set(0, constValue(t, dims))
	case im.attr("value_float") != nil:
		t, _ := tensor.FromFloat32([]float32{im.attrFloat("value_float", 0)})
		im.set(0, constValue(t, nil))
	case im.attr("value_floats") != nil:
		v := im.attr("value_floats").Floats
		if len(v) == 0 {
			im.set(0, constValue(nil, []int{0}))
			return nil
		}
		t, _ := tensor.FromFloat32(v, len(v))
		im.set(0, constValue(t, nil))
	case im.attr("value_int") != nil:
		t, _ := tensor.FromInt64([]int64{im.attrInt("value_int", 0)})
		im.set(0, constValue(t, nil))
	case im.attr("value_ints") != nil:
		v, _ := im.attrInts("value_ints")
		if len(v) == 0 {
			im.set(0, constValue(nil, []int{0}))
			return nil
		}
		im.set(0, constValue(int64Tensor(v), nil))
	default:
		return unsupported("Constant without a value, value_float(s) or value_int(s) attribute")
	}
	return nil
}

func convertConstantOfShape(im *importer) error {
	sv, err := im.need(0)
	if err != nil {
		return err
	}
	shape, err := constInts(sv, "ConstantOfShape's shape")
	if err != nil {
		return err
	}
	fill, _ := tensor.FromFloat32([]float32{0})
	if a := im.attr("value"); a != nil && a.T != nil {
		t, _, err := tensorOf(a.T)
		if err != nil {
			return err
		}
		if t == nil || t.Len() != 1 {
			return fmt.Errorf("%w: ConstantOfShape value of %d elements", ErrFormat, t.Len())
		}
		if fill, err = tensor.Reshape(t); err != nil {
			return err
		}
	}
	for _, d := range shape {
		if d <= 0 {
			im.set(0, constValue(nil, ints(shape)))
			return nil
		}
	}
	t, err := tensor.Expand(fill, ints(shape))
	if err != nil {
		return unsupported("ConstantOfShape %v: %v", shape, err)
	}
	im.set(0, constValue(t, nil))
	return nil
}

// convertRange computes start + i·delta at import (float32 or integer
// arithmetic, as ONNX Runtime does).
func convertRange(im *importer) error {
	var in [3]*value
	for i := range in {
		v, err := im.need(i)
		if err != nil {
			return err
		}
		if v.c == nil || v.c.Len() != 1 {
			return unsupported("Range of values known only at run time")
		}
		in[i] = v
	}
	dt := in[0].dtype()
	if dt == tensor.F32 {
		f := make([]float32, 3)
		for i, v := range in {
			x, _ := v.c.Float32s()
			f[i] = x[0]
		}
		n := int(math.Ceil(float64((f[1] - f[0]) / f[2])))
		if n <= 0 || n > maxElements {
			return unsupported("Range of %d elements", n)
		}
		out := make([]float32, n)
		for i := range out {
			out[i] = f[0] + float32(float32(i)*f[2])
		}
		t, _ := tensor.FromFloat32(out, n)
		im.set(0, constValue(t, nil))
		return nil
	}
	v := make([]int64, 3)
	for i, x := range in {
		iv, err := x.c.Int64s()
		if err != nil {
			return unsupported("Range of %v", x.dtype())
		}
		v[i] = iv[0]
	}
	if v[2] == 0 {
		return fmt.Errorf("%w: Range with delta 0", ErrFormat)
	}
	n := (v[1] - v[0] + v[2] - sign(v[2])) / v[2]
	if n <= 0 || n > maxElements {
		return unsupported("Range of %d elements", n)
	}
	out := make([]int64, n)
	for i := range out {
		out[i] = v[0] + int64(i)*v[2]
	}
	t, err := tensor.Cast(int64Tensor(out), dt)
	if err != nil {
		return unsupported("Range of %v", dt)
	}
	im.set(0, constValue(t, nil))
	return nil
}
