package graph

import (
	"fmt"

	"github.com/opml-dev/opml/tensor"
)

// Shape functions and param decoders of the op table's rows.

func shapeErr(format string, args ...any) error {
	return fmt.Errorf("%w: %s", tensor.ErrShape, fmt.Sprintf(format, args...))
}

func lastDim(s []int) int { return s[len(s)-1] }

// intParams returns every param as an int (all must be ints).
func intParams(p Params) ([]int, error) {
	r := read(p)
	v := r.rest()
	return v, r.done()
}

func matmulShape(p Params, in []Spec) (Spec, error) {
	if err := noParams(p); err != nil {
		return Spec{}, err
	}
	w, x := in[0].Shape, in[1].Shape
	if len(w) != 2 || len(x) == 0 || lastDim(x) != w[1] {
		return Spec{}, shapeErr("matmul needs w [N, K] and x [..., K], got %v and %v", w, x)
	}
	dt := tensor.F32
	if in[0].DType == tensor.I8 {
		dt = tensor.I32
	}
	return Spec{dt, append(append([]int(nil), x[:len(x)-1]...), w[0])}, nil
}

func requantizeShape(p Params, in []Spec) (Spec, error) {
	r := read(p)
	r.ints(2)
	return Spec{tensor.I8, in[0].Shape}, r.done()
}

func requantizeEval(p Params, in []*tensor.Tensor) (*tensor.Tensor, error) {
	v := read(p).ints(2)
	return tensor.Requantize(in[0], int32(v[0]), v[1])
}

func argmaxShape(p Params, in []Spec) (Spec, error) {
	s := in[0].Shape
	if len(s) == 0 {
		return Spec{}, shapeErr("argmax of a scalar")
	}
	out := append([]int(nil), s[:len(s)-1]...)
	if len(out) == 0 {
		out = []int{1}
	}
	return Spec{tensor.I32, out}, noParams(p)
}

func permuteShape(p Params, in []Spec) (Spec, error) {
	axes, err := intParams(p)
	if err != nil {
		return Spec{}, err
	}
	s := in[0].Shape
	if len(axes) != len(s) {
		return Spec{}, shapeErr("permute of rank %d with %d axes", len(s), len(axes))
	}
	seen := make([]bool, len(s))
	out := make([]int, len(s))
	for k, a := range axes {
		if a < 0 || a >= len(s) || seen[a] {
			return Spec{}, shapeErr("permute axes %v", axes)
		}
		seen[a] = true
		out[k] = s[a]
	}
	return Spec{in[0].DType, out}, nil
}

func permuteEval(p Params, in []*tensor.Tensor) (*tensor.Tensor, error) {
	return tensor.Permute(in[0], read(p).rest()...)
}

func transposeShape(p Params, in []Spec) (Spec, error) {
	s := append([]int(nil), in[0].Shape...)
	if len(s) < 2 {
		return Spec{}, shapeErr("transpose of rank %d", len(s))
	}
	s[len(s)-1], s[len(s)-2] = s[len(s)-2], s[len(s)-1]
	return Spec{in[0].DType, s}, noParams(p)
}

func concatShape(p Params, in []Spec) (Spec, error) {
	r := read(p)
	axis := r.int()
	if err := r.done(); err != nil {
		return Spec{}, err
	}
	first := in[0]
	if axis < 0 || axis >= len(first.Shape) {
		return Spec{}, shapeErr("concat axis %d of rank %d", axis, len(first.Shape))
	}
	out := append([]int(nil), first.Shape...)
	out[axis] = 0
	for _, s := range in {
		if s.DType != first.DType || len(s.Shape) != len(first.Shape) {
			return Spec{}, shapeErr("concat of %v and %v", first, s)
		}
		for k := range s.Shape {
			if k != axis && s.Shape[k] != first.Shape[k] {
				return Spec{}, shapeErr("concat of %v and %v along %d", first, s, axis)
			}
		}
		out[axis] += s.Shape[axis]
	}
	return Spec{first.DType, out}, nil
}

func concatEval(p Params, in []*tensor.Tensor) (*tensor.Tensor, error) {
	return tensor.Concat(read(p).int(), in...)
}

func getRowsShape(p Params, in []Spec) (Spec, error) {
	if len(in[0].Shape) != 2 || in[1].DType != tensor.I32 {
		return Spec{}, shapeErr("get_rows needs a table [V, D] and i32 ids, got %v and %v", in[0], in[1])
	}
	return Spec{tensor.F32, append(append([]int(nil), in[1].Shape...), in[0].Shape[1])}, noParams(p)
}

func ropeShape(p Params, in []Spec) (Spec, error) {
	r := read(p)
	r.float()
	return in[0], r.done()
}

func ropeEval(p Params, in []*tensor.Tensor) (*tensor.Tensor, error) {
	return tensor.RoPE(in[0], in[1], read(p).float())
}

func reshapeShape(p Params, in []Spec) (Spec, error) {
	dims, err := intParams(p)
	if err != nil {
		return Spec{}, err
	}
	s := Spec{in[0].DType, dims}
	if s.Elements() != in[0].Elements() {
		return Spec{}, shapeErr("reshape %v to %v", in[0].Shape, dims)
	}
	for _, d := range dims {
		if d <= 0 {
			return Spec{}, shapeErr("reshape to %v", dims)
		}
	}
	return s, nil
}

func reshapeEval(p Params, in []*tensor.Tensor) (*tensor.Tensor, error) {
	// Reshape shares storage with its operand; values are never
	// modified, so sharing is safe.
	return tensor.Reshape(in[0], read(p).rest()...)
}

func conv2DShape(p Params, in []Spec) (Spec, error) {
	r := read(p)
	stride, pad := r.intIn(1, 1<<16), r.intIn(0, 1<<16)
	if err := r.done(); err != nil {
		return Spec{}, err
	}
	x, w := in[0].Shape, in[1].Shape
	if len(x) != 4 || len(w) != 4 || x[1] != w[1] || x[2]+2*pad < w[2] || x[3]+2*pad < w[3] {
		return Spec{}, shapeErr("conv2d of %v with %v", x, w)
	}
	return Spec{tensor.F32, []int{x[0], w[0], (x[2]+2*pad-w[2])/stride + 1, (x[3]+2*pad-w[3])/stride + 1}}, nil
}

func conv2DEval(p Params, in []*tensor.Tensor) (*tensor.Tensor, error) {
	v := read(p).ints(2)
	var bias *tensor.Tensor
	if len(in) == 3 {
		bias = in[2]
	}
	return tensor.Conv2D(in[0], in[1], bias, tensor.Conv2DParams{Stride: v[0], Padding: v[1]})
}

func pool2DShape(p Params, in []Spec) (Spec, error) {
	r := read(p)
	k, stride, pad := r.intIn(1, 1<<16), r.intIn(1, 1<<16), r.intIn(0, 1<<16)
	if err := r.done(); err != nil {
		return Spec{}, err
	}
	x := in[0].Shape
	if len(x) != 4 || 2*pad > k || x[2]+2*pad < k || x[3]+2*pad < k {
		return Spec{}, shapeErr("pool of %v with window %d, padding %d", x, k, pad)
	}
	return Spec{tensor.F32, []int{x[0], x[1], (x[2]+2*pad-k)/stride + 1, (x[3]+2*pad-k)/stride + 1}}, nil
}

func pool2DEval(f func(*tensor.Tensor, int, tensor.Conv2DParams) (*tensor.Tensor, error)) func(Params, []*tensor.Tensor) (*tensor.Tensor, error) {
	return func(p Params, in []*tensor.Tensor) (*tensor.Tensor, error) {
		v := read(p).ints(3)
		return f(in[0], v[0], tensor.Conv2DParams{Stride: v[1], Padding: v[2]})
	}
}

func convertShape(p Params, in []Spec) (Spec, error) {
	r := read(p)
	dt := tensor.DType(r.intIn(int(tensor.F32), int(tensor.I32)))
	return Spec{dt, in[0].Shape}, r.done()
}

func convertEval(p Params, in []*tensor.Tensor) (*tensor.Tensor, error) {
	return tensor.Convert(in[0], tensor.DType(read(p).int()))
}

func linearShape(p Params, in []Spec) (Spec, error) {
	w, x, b := in[0].Shape, in[1].Shape, in[2].Shape
	if len(w) != 2 || len(x) == 0 || lastDim(x) != w[1] || len(b) != 1 || b[0] != w[0] {
		return Spec{}, shapeErr("linear needs w [N, K], x [..., K], b [N]; got %v, %v, %v", w, x, b)
	}
	return Spec{tensor.F32, append(append([]int(nil), x[:len(x)-1]...), w[0])}, noParams(p)
}

func linearEval(p Params, in []*tensor.Tensor) (*tensor.Tensor, error) {
	return tensor.Linear(in[0], in[1], in[2])
}

func requantRowsShape(p Params, in []Spec) (Spec, error) {
	r := read(p)
	v := r.ints(4)
	if err := r.done(); err != nil {
		return Spec{}, err
	}
	return Spec{tensor.DType(v[2]), in[0].Shape}, nil
}

func requantRowsEval(p Params, in []*tensor.Tensor) (*tensor.Tensor, error) {
	v := read(p).ints(4)
	return tensor.RequantRows(in[0], in[1], in[2], int32(v[0]), int32(v[1]), tensor.DType(v[2]), v[3])
}

func addI32Shape(p Params, in []Spec) (Spec, error) {
	a, b := in[0].Shape, in[1].Shape
	if len(b) > len(a) {
		return Spec{}, shapeErr("add_i32 of %v and %v", a, b)
	}
	for i, d := range b {
		if a[len(a)-len(b)+i] != d {
			return Spec{}, shapeErr("add_i32 of %v and %v", a, b)
		}
	}
	return Spec{tensor.I32, a}, noParams(p)
}

func whereShape(p Params, in []Spec) (Spec, error) {
	s, err := tensor.WhereShape(in[0].DType, in[1].DType, in[2].DType, in[0].Shape, in[1].Shape, in[2].Shape)
	if err != nil {
		return Spec{}, err
	}
	return Spec{in[1].DType, s}, noParams(p)
}

func whereEval(p Params, in []*tensor.Tensor) (*tensor.Tensor, error) {
	return tensor.Where(in[0], in[1], in[2])
}

func castShape(p Params, in []Spec) (Spec, error) {
	r := read(p)
	dt := tensor.DType(r.intIn(0, 255))
	if err := r.done(); err != nil {
		return Spec{}, err
	}
	return Spec{dt, in[0].Shape}, tensor.CastShape(in[0].DType, dt)
}

func castEval(p Params, in []*tensor.Tensor) (*tensor.Tensor, error) {
	return tensor.Cast(in[0], tensor.DType(read(p).int()))
}

func matmulNDShape(p Params, in []Spec) (Spec, error) {
	if in[0].DType != tensor.F32 || in[1].DType != tensor.F32 {
		return Spec{}, fmt.Errorf("%w: matmul_nd of %v and %v", tensor.ErrDType, in[0].DType, in[1].DType)
	}
	s, err := tensor.MatMulShape(in[0].Shape, in[1].Shape)
	return Spec{tensor.F32, s}, firstErr(err, noParams(p))
}

func firstErr(errs ...error) error {
	for _, e := range errs {
		if e != nil {
			return e
		}
	}
	return nil
}

func gemmParams(p Params) (tensor.GemmParams, error) {
	r := read(p)
	g := tensor.GemmParams{TransA: r.intIn(0, 1) == 1, TransB: r.intIn(0, 1) == 1, Alpha: r.float(), Beta: r.float()}
	return g, r.done()
}

func allF32(in []Spec) error {
	for _, s := range in {
		if s.DType != tensor.F32 {
			return fmt.Errorf("%w: operand of %v (f32 only)", tensor.ErrDType, s.DType)
		}
	}
	return nil
}

func gemmShape(p Params, in []Spec) (Spec, error) {
	g, err := gemmParams(p)
	if err != nil {
		return Spec{}, err
	}
	if err := allF32(in); err != nil {
		return Spec{}, err
	}
	var c []int
	if len(in) == 3 {
		c = in[2].Shape
	}
	s, err := tensor.GemmShape(in[0].Shape, in[1].Shape, c, g)
	return Spec{tensor.F32, s}, err
}

func optional(in []*tensor.Tensor, i int) *tensor.Tensor {
	if i < len(in) {
		return in[i]
	}
	return nil
}

func gemmEval(p Params, in []*tensor.Tensor) (*tensor.Tensor, error) {
	g, err := gemmParams(p)
	if err != nil {
		return nil, err
	}
	return tensor.Gemm(in[0], in[1], optional(in, 2), g)
}

// convParams decodes (group, S, strides, dilations, pads[, output
// padding]).
func convParams(p Params, transpose bool) (tensor.ConvParams, error) {
	r := read(p)
	c := tensor.ConvParams{Group: r.intIn(1, 1<<20)}
	s := r.intIn(1, 2)
	c.Strides, c.Dilations, c.Pads = r.ints(s), r.ints(s), r.ints(2*s)
	if transpose {
		c.OutputPadding = r.ints(s)
	}
	return c, r.done()
}

func convShape(transpose bool) func(Params, []Spec) (Spec, error) {
	return func(p Params, in []Spec) (Spec, error) {
		c, err := convParams(p, transpose)
		if err != nil {
			return Spec{}, err
		}
		if err := allF32(in); err != nil {
			return Spec{}, err
		}
		var s []int
		if transpose {
			s, err = tensor.ConvTransposeShape(in[0].Shape, in[1].Shape, c)
		} else {
			s, err = tensor.ConvShape(in[0].Shape, in[1].Shape, c)
		}
		if err == nil && len(in) == 3 && (len(in[2].Shape) != 1 || in[2].Shape[0] != s[1]) {
			err = shapeErr("bias %v for %d channels", in[2].Shape, s[1])
		}
		return Spec{tensor.F32, s}, err
	}
}

func convEval(transpose bool) func(Params, []*tensor.Tensor) (*tensor.Tensor, error) {
	return func(p Params, in []*tensor.Tensor) (*tensor.Tensor, error) {
		c, err := convParams(p, transpose)
		if err != nil {
			return nil, err
		}
		if transpose {
			return tensor.ConvTranspose(in[0], in[1], optional(in, 2), c)
		}
		return tensor.Conv(in[0], in[1], optional(in, 2), c)
	}
}

// poolParams decodes (S, kernel, strides[, dilations], pads, ceil_mode[,
// count_include_pad]).
func poolParams(p Params, kind tensor.PoolKind) (tensor.ConvParams, error) {
	r := read(p)
	s := r.intIn(1, 2)
	c := tensor.ConvParams{Kernel: r.ints(s), Strides: r.ints(s)}
	if kind == tensor.PoolMax {
		c.Dilations = r.ints(s)
	}
	c.Pads = r.ints(2 * s)
	c.CeilMode = r.intIn(0, 1) == 1
	if kind == tensor.PoolAvg {
		c.CountPad = r.intIn(0, 1) == 1
	}
	return c, r.done()
}

func poolShape(kind tensor.PoolKind) func(Params, []Spec) (Spec, error) {
	return func(p Params, in []Spec) (Spec, error) {
		c, err := poolParams(p, kind)
		if err != nil {
			return Spec{}, err
		}
		if err := allF32(in); err != nil {
			return Spec{}, err
		}
		s, err := tensor.PoolShape(in[0].Shape, c)
		return Spec{tensor.F32, s}, err
	}
}

func poolEval(kind tensor.PoolKind) func(Params, []*tensor.Tensor) (*tensor.Tensor, error) {
	return func(p Params, in []*tensor.Tensor) (*tensor.Tensor, error) {
		c, err := poolParams(p, kind)
		if err != nil {
			return nil, err
		}
		return tensor.Pool(kind, in[0], c)
	}
}

func sliceParams(p Params) tensor.SliceParams {
	v := read(p).rest()
	var s tensor.SliceParams
	for i := 0; i+2 < len(v); i += 3 {
		s.Start, s.Step, s.Size = append(s.Start, v[i]), append(s.Step, v[i+1]), append(s.Size, v[i+2])
	}
	return s
}

func sliceShape(p Params, in []Spec) (Spec, error) {
	if _, err := intParams(p); err != nil {
		return Spec{}, err
	}
	if len(p) != 3*len(in[0].Shape) {
		return Spec{}, shapeErr("slice of rank %d with %d params", len(in[0].Shape), len(p))
	}
	s, err := tensor.SliceShape(in[0].Shape, sliceParams(p))
	return Spec{in[0].DType, s}, err
}

func sliceEval(p Params, in []*tensor.Tensor) (*tensor.Tensor, error) {
	return tensor.Slice(in[0], sliceParams(p))
}

func gatherShape(p Params, in []Spec) (Spec, error) {
	r := read(p)
	axis := r.int()
	if err := r.done(); err != nil {
		return Spec{}, err
	}
	s, err := tensor.GatherShape(in[0].Shape, in[1].Shape, in[1].DType, axis)
	return Spec{in[0].DType, s}, err
}

func gatherEval(p Params, in []*tensor.Tensor) (*tensor.Tensor, error) {
	return tensor.Gather(in[0], in[1], read(p).int())
}

func padParams(p Params, rank int) (tensor.PadParams, error) {
	r := read(p)
	pp := tensor.PadParams{Mode: tensor.PadMode(r.intIn(0, 2)), Value: float64(r.float())}
	pp.Begin, pp.End = r.ints(rank), r.ints(rank)
	return pp, r.done()
}

func padShape(p Params, in []Spec) (Spec, error) {
	pp, err := padParams(p, len(in[0].Shape))
	if err != nil {
		return Spec{}, err
	}
	s, err := tensor.PadShape(in[0].Shape, pp)
	return Spec{in[0].DType, s}, err
}

func padEval(p Params, in []*tensor.Tensor) (*tensor.Tensor, error) {
	pp, err := padParams(p, len(in[0].Shape()))
	if err != nil {
		return nil, err
	}
	return tensor.Pad(in[0], pp)
}

func expandShape(p Params, in []Spec) (Spec, error) {
	to, err := intParams(p)
	if err != nil {
		return Spec{}, err
	}
	s, err := tensor.ExpandShape(in[0].Shape, to)
	return Spec{in[0].DType, s}, err
}

func expandEval(p Params, in []*tensor.Tensor) (*tensor.Tensor, error) {
	return tensor.Expand(in[0], read(p).rest())
}

func tileShape(p Params, in []Spec) (Spec, error) {
	reps, err := intParams(p)
	if err != nil {
		return Spec{}, err
	}
	s, err := tensor.TileShape(in[0].Shape, reps)
	return Spec{in[0].DType, s}, err
}

func tileEval(p Params, in []*tensor.Tensor) (*tensor.Tensor, error) {
	return tensor.Tile(in[0], read(p).rest())
}

func resizeParams(p Params, rank int) (tensor.ResizeParams, error) {
	r := read(p)
	rp := tensor.ResizeParams{Mode: r.int(), Coord: r.int(), Nearest: r.int()}
	rp.Sizes, rp.Scales = r.ints(rank), r.floats(rank)
	return rp, r.done()
}

func resizeShape(p Params, in []Spec) (Spec, error) {
	rp, err := resizeParams(p, len(in[0].Shape))
	if err != nil {
		return Spec{}, err
	}
	if rp.Mode == tensor.ResizeLinear && in[0].DType != tensor.F32 {
		return Spec{}, fmt.Errorf("%w: linear resize of %v", tensor.ErrDType, in[0].DType)
	}
	s, err := tensor.ResizeShape(in[0].Shape, rp)
	return Spec{in[0].DType, s}, err
}

func resizeEval(p Params, in []*tensor.Tensor) (*tensor.Tensor, error) {
	rp, err := resizeParams(p, len(in[0].Shape()))
	if err != nil {
		return nil, err
	}
	return tensor.Resize(in[0], rp)
}
