//go:build amd64

package tensor

//go:noescape
func canonicalNaNsAVX512(x *float32, groups int)

//go:noescape
func erfSeriesAVX512(dst, src *float32, groups int, c *float64, nc int, twoBySqrtPi float64)

//go:noescape
func reluAVX512(dst, src *float32, groups int)

// unarySliceSets maps kernel paths to their SIMD slice forms of unary ops.
var unarySliceSets = map[string]map[UnaryOp]func(dst, src []float32){
	"avx512": {UnErf: erfAVX512},
}

// erfAVX512 runs the series branch of Erf on 32 lanes at a time and
// recomputes the lanes outside it (|x| > 2.5, NaN) with the scalar Erf.
func erfAVX512(dst, src []float32) {
	dst = dst[:len(src)]
	n := len(src) / 32 * 32
	if n > 0 {
		c, k := erfSeries()
		erfSeriesAVX512(&dst[0], &src[0], n/32, &c[0], len(c), k)
		erfFixup(dst[:n], src[:n])
	}
	erfSliceGo(dst[n:], src[n:])
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
