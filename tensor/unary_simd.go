package tensor

import (
	"math"
	"sync"

	"github.com/opml-dev/opml/internal/fmath"
)

// Slice forms of unary ops: the same bits as unaryF32's scalar functions,
// faster. The pure-Go ones interleave independent elements (fmath); SIMD
// ones, per kernel path (unarySliceSets, per GOARCH), run lanes through the
// scalar function's exact operations.

var erfSliceGo = fmath.ErfSlice

var erfSeries = sync.OnceValues(fmath.ErfSeries)

// unarySlice returns op's slice form (params p) for the kernel path in
// use, or nil.
func unarySlice(op UnaryOp, p []float32) func(dst, src []float32) {
	if f := unarySliceSets[KernelPath()][op]; f != nil {
		return f
	}
	switch op {
	case UnErf:
		return erfSliceGo
	case UnHardSigmoid:
		alpha, beta := p[0], p[1]
		return func(dst, src []float32) {
			dst = dst[:len(src)]
			for i, x := range src {
				dst[i] = hardSigmoid(x, alpha, beta)
			}
		}
	case UnHardSwish:
		return func(dst, src []float32) {
			dst = dst[:len(src)]
			for i, x := range src {
				dst[i] = float32(x * hardSigmoid(x, float32(1)/6, 0.5))
			}
		}
	case UnLeakyRelu:
		alpha := p[0]
		return func(dst, src []float32) {
			dst = dst[:len(src)]
			for i, x := range src {
				if x < 0 {
					x = float32(alpha * x)
				}
				dst[i] = x
			}
		}
	case UnClip:
		lo, hi := p[0], p[1]
		if f := clipSets[KernelPath()]; f != nil && clipSIMDAgrees(lo, hi) {
			return func(dst, src []float32) { f(dst, src, lo, hi) }
		}
		return func(dst, src []float32) { clipGo(dst, src, lo, hi) }
	}
	return nil
}

// clipSIMDAgrees reports whether SIMD min and max give Go's answers for
// these bounds: they differ on zeros of both signs (so lo must not be −0
// nor hi +0) and return their second operand for NaN (so no NaN bound).
func clipSIMDAgrees(lo, hi float32) bool {
	return math.Float32bits(lo) != 1<<31 && math.Float32bits(hi) != 0 && lo == lo && hi == hi
}

func clipGo(dst, src []float32, lo, hi float32) {
	dst = dst[:len(src)]
	for i, x := range src {
		if isNaN(x) {
			dst[i] = canonicalNaN
		} else {
			dst[i] = min(max(x, lo), hi)
		}
	}
}

// erfFixup recomputes with the scalar Erf the elements the series branch
// does not cover.
func erfFixup(dst, src []float32) {
	for i, x := range src {
		if !(x <= 2.5 && x >= -2.5) {
			dst[i] = fmath.Erf(x)
		}
	}
}
