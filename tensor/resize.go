package tensor

import (
	"fmt"
	"math"
)

// Resize modes, coordinate transformations and nearest rounding modes (the
// values of ONNX Resize's attributes, in this order).
const (
	ResizeNearest = iota
	ResizeLinear
)

const (
	CoordHalfPixel = iota
	CoordAsymmetric
	CoordAlignCorners
	CoordPytorchHalfPixel
	CoordTFHalfPixelForNN
)

const (
	NearestRoundPreferFloor = iota
	NearestRoundPreferCeil
	NearestFloor
	NearestCeil
)

// ResizeParams are Resize's mode, coordinate transformation, nearest
// rounding, the output size and the scale of every axis (the scale is
// output/input as a float32 when the model gave sizes).
type ResizeParams struct {
	Mode, Coord, Nearest int
	Sizes                []int
	Scales               []float32
}

// ResizeShape checks the parameters for an input of shape x and returns
// the output shape.
func ResizeShape(x []int, p ResizeParams) ([]int, error) {
	if len(p.Sizes) != len(x) || len(p.Scales) != len(x) || p.Mode < ResizeNearest || p.Mode > ResizeLinear ||
		p.Coord < CoordHalfPixel || p.Coord > CoordTFHalfPixelForNN || p.Nearest < 0 || p.Nearest > NearestCeil {
		return nil, fmt.Errorf("%w: resize of %v with %v", ErrShape, x, p)
	}
	for a, d := range p.Sizes {
		if d < 1 || !(p.Scales[a] > 0) || math.IsInf(float64(p.Scales[a]), 0) {
			return nil, fmt.Errorf("%w: resize axis %d to %d with scale %v", ErrShape, a, d, p.Scales[a])
		}
		if p.Mode == ResizeLinear && a < len(x)-2 && (d != x[a] || p.Scales[a] != 1) {
			return nil, fmt.Errorf("%w: linear resize of axis %d (only the last two axes)", ErrShape, a)
		}
	}
	out := append([]int(nil), p.Sizes...)
	return out, checkShape(F32, out)
}

// original maps an output coordinate to the input (float32 arithmetic, as
// ONNX Runtime computes it).
func (p ResizeParams) original(x, scale float32, outLen, inLen int) float32 {
	switch p.Coord {
	case CoordAsymmetric:
		return x / scale
	case CoordAlignCorners:
		if outLen == 1 {
			return 0
		}
		return float32(x*float32(inLen-1)) / float32(outLen-1)
	case CoordPytorchHalfPixel:
		if outLen == 1 {
			return 0
		}
		return (x+0.5)/scale - 0.5
	case CoordTFHalfPixelForNN:
		return (x + 0.5) / scale
	}
	return (x+0.5)/scale - 0.5
}

// nearestIndex rounds an input coordinate per the nearest mode and clamps
// it into [0, n).
func (p ResizeParams) nearestIndex(v float32, n int) int {
	f := float32(math.Floor(float64(v)))
	var i float32
	switch p.Nearest {
	case NearestFloor:
		i = f
	case NearestCeil:
		i = float32(math.Ceil(float64(v)))
	case NearestRoundPreferCeil:
		i = float32(math.Round(float64(v)))
	default:
		if v == float32(int64(v))+0.5 {
			i = f
		} else {
			i = float32(math.Round(float64(v)))
		}
	}
	return min(max(int(i), 0), n-1)
}

// Resize resizes x (ONNX Resize, modes nearest and linear). Nearest copies,
// for every output coordinate along every axis, the input coordinate
// nearestIndex(original(i)); it works on any dtype but Q8. Linear (F32)
// interpolates the last two axes (an axis of size 1 is treated as
// resized with one tap): with y = clamp(original(oy), 0, H−1), y1 =
// min(int(y), H−1), y2 = min(y1+1, H−1), dy1 = |y − y1|, dy2 = |y − y2|
// (both ½ when y1 = y2), likewise for x, and wij = float32(dxj'·dyi') the
// products of the opposite distances, out = float32(float32(float32(
// float32(w11·X[y1,x1]) + float32(w12·X[y1,x2])) + float32(w21·X[y2,x1]))
// + float32(w22·X[y2,x2])), with w11 = dx2·dy2, w12 = dx1·dy2, w21 =
// dx2·dy1 and w22 = dx1·dy1. NaNs are canonical.
func Resize(x *Tensor, p ResizeParams) (*Tensor, error) {
	if err := checkMovable("resize", x); err != nil {
		return nil, err
	}
	shape, err := ResizeShape(x.shape, p)
	if err != nil {
		return nil, err
	}
	if p.Mode == ResizeNearest {
		st := stridesOf(x.shape)
		tables := make([][]int, len(shape))
		for a, n := range shape {
			tables[a] = make([]int, n)
			for i := range tables[a] {
				j := i
				if shape[a] != x.shape[a] || p.Scales[a] != 1 {
					j = p.nearestIndex(p.original(float32(i), p.Scales[a], shape[a], x.shape[a]), x.shape[a])
				}
				tables[a][i] = j * st[a]
			}
		}
		out := newTensorUninit(x.dtype, shape)
		switch x.dtype {
		case F32:
			gatherAxes(out.f32, x.f32, shape, tables)
			canonicalizeNaNs(out.f32)
		case F16, BF16:
			gatherAxes(out.u16, x.u16, shape, tables)
		case I8:
			gatherAxes(out.i8, x.i8, shape, tables)
		case I32:
			gatherAxes(out.i32, x.i32, shape, tables)
		case I64:
			gatherAxes(out.i64, x.i64, shape, tables)
		case Bool:
			gatherAxes(out.u8, x.u8, shape, tables)
		}
		return out, nil
	}
	if err := needF32("resize", x); err != nil {
		return nil, err
	}
	r := len(x.shape)
	H, W := 1, x.shape[r-1]
	OH, OW := 1, shape[r-1]
	sh, sw := float32(1), p.Scales[r-1]
	if r >= 2 {
		H, OH, sh = x.shape[r-2], shape[r-2], p.Scales[r-2]
	}
	taps := func(o, outLen, inLen int, scale float32) (i1, i2 int, d1, d2 float32) {
		v := p.original(float32(o), scale, outLen, inLen)
		v = max(0, min(v, float32(inLen-1)))
		i1 = min(int(v), inLen-1)
		i2 = min(i1+1, inLen-1)
		d1 = float32(math.Abs(float64(v - float32(i1))))
		d2 = float32(math.Abs(float64(v - float32(i2))))
		if i1 == i2 {
			d1, d2 = 0.5, 0.5
		}
		return
	}
	out := newTensorUninit(F32, shape) // every element is written
	planes := numElements(x.shape[:max(r-2, 0)])
	// The column taps, the same for every row.
	type colTaps struct {
		x1, x2   int
		dx1, dx2 float32
	}
	cols := make([]colTaps, OW)
	for ox := range cols {
		c := &cols[ox]
		c.x1, c.x2, c.dx1, c.dx2 = taps(ox, OW, W, sw)
	}
	parallelFor(planes*OH, grainFor(OW*8, 1), func(lo, hi int) {
		for row := lo; row < hi; row++ {
			pl, oy := row/OH, row%OH
			src := x.f32[pl*H*W : (pl+1)*H*W]
			y1, y2, dy1, dy2 := taps(oy, OH, H, sh)
			for ox, c := range cols {
				x1, x2, dx1, dx2 := c.x1, c.x2, c.dx1, c.dx2
				w11, w12 := float32(dx2*dy2), float32(dx1*dy2)
				w21, w22 := float32(dx2*dy1), float32(dx1*dy1)
				v := float32(w11*src[y1*W+x1]) + float32(w12*src[y1*W+x2])
				v += float32(w21 * src[y2*W+x1])
				v += float32(w22 * src[y2*W+x2])
				out.f32[row*OW+ox] = v
			}
		}
	})
	canonicalizeNaNs(out.f32)
	return out, nil
}
