//go:build amd64

package tensor

import (
	"math"
	"sync"

	"github.com/opml-dev/opml/internal/fmath"
)

//go:noescape
func canonicalNaNsAVX512(x *float32, groups int)

//go:noescape
func erfSeriesAVX512(dst, src *float32, groups int, c *float64, nc int, twoBySqrtPi float64)

//go:noescape
func expAVX512(dst, src *float32, groups int, c *float64, nc int, k *[5]float64)

//go:noescape
func sigmoidAVX512(dst, src *float32, groups int, c *float64, nc int, k *[5]float64)

//go:noescape
func clipAVX512(dst, src *float32, groups int, lo, hi float32)

//go:noescape
func reluAVX512(dst, src *float32, groups int)

// unarySliceSets maps kernel paths to their SIMD slice forms of unary ops.
var unarySliceSets = map[string]map[UnaryOp]func(dst, src []float32){
	"avx512": {UnErf: erfAVX512, UnExp: expSliceAVX512, UnSigmoid: sigmoidSliceAVX512},
}

// erfAVX512 runs the series branch of Erf on 64 lanes at a time and
// recomputes the lanes outside it (|x| > 2.5, NaN) with the scalar Erf.
func erfAVX512(dst, src []float32) {
	dst = dst[:len(src)]
	n := len(src) / 64 * 64
	if n > 0 {
		c, k := erfSeries()
		erfSeriesAVX512(&dst[0], &src[0], n/64, &c[0], len(c), k)
		erfFixup(dst[:n], src[:n])
	}
	erfSliceGo(dst[n:], src[n:])
}

// expConsts are Exp64's constants as expAVX512 reads them: log2 e, 0.5,
// ln2Hi, ln2Lo and the float64 sign mask.
var expConsts = sync.OnceValue(func() *[5]float64 {
	_, log2e, hi, lo := fmath.ExpSeries()
	return &[5]float64{log2e, 0.5, hi, lo, math.Float64frombits(1 << 63)}
})

// expSliceAVX512 runs Exp's float64 evaluation on 32 lanes at a time and
// recomputes the lanes outside [−104, 89] (and NaN) with the scalar Exp.
func expSliceAVX512(dst, src []float32) {
	dst = dst[:len(src)]
	n := len(src) / 32 * 32
	if n > 0 {
		c, _, _, _ := fmath.ExpSeries()
		expAVX512(&dst[0], &src[0], n/32, &c[0], len(c), expConsts())
		for i, x := range src[:n] {
			if !(x >= -104 && x <= 89) {
				dst[i] = fmath.Exp(x)
			}
		}
	}
	for i := n; i < len(src); i++ {
		dst[i] = fmath.Exp(src[i])
	}
}

// sigmoidSliceAVX512 runs Sigmoid's float64 evaluation on 32 lanes at a
// time and recomputes the lanes outside [−120, 40] (and NaN) with the
// scalar Sigmoid.
func sigmoidSliceAVX512(dst, src []float32) {
	dst = dst[:len(src)]
	n := len(src) / 32 * 32
	if n > 0 {
		c, _, _, _ := fmath.ExpSeries()
		sigmoidAVX512(&dst[0], &src[0], n/32, &c[0], len(c), expConsts())
		for i, x := range src[:n] {
			if !(x >= -120 && x <= 40) {
				dst[i] = fmath.Sigmoid(x)
			}
		}
	}
	for i := n; i < len(src); i++ {
		dst[i] = fmath.Sigmoid(src[i])
	}
}

// nanSets maps kernel paths to SIMD forms of canonicalizeNaNs.
var nanSets = map[string]func(x []float32){
	"avx512": func(x []float32) {
		n := len(x) / 16 * 16
		if n > 0 {
			canonicalNaNsAVX512(&x[0], n/16)
		}
		canonicalizeNaNsGo(x[n:])
	},
}

// clipSets maps kernel paths to SIMD forms of Clip's element loop, for
// bounds where clipSIMDAgrees.
var clipSets = map[string]func(dst, src []float32, lo, hi float32){
	"avx512": func(dst, src []float32, lo, hi float32) {
		dst = dst[:len(src)]
		n := len(src) / 16 * 16
		if n > 0 {
			clipAVX512(&dst[0], &src[0], n/16, lo, hi)
		}
		clipGo(dst[n:], src[n:], lo, hi)
	},
}

// reluSets maps kernel paths to SIMD forms of Relu's element loop.
var reluSets = map[string]func(dst, src []float32){
	"avx512": func(dst, src []float32) {
		dst = dst[:len(src)]
		n := len(src) / 16 * 16
		if n > 0 {
			reluAVX512(&dst[0], &src[0], n/16)
		}
		reluGo(dst[n:], src[n:])
	},
}
