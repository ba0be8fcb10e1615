package tensor

import (
	"sync"

	"github.com/opml-dev/opml/internal/fmath"
)

// Slice forms of unary ops: the same bits as unaryF32's scalar functions,
// faster. The pure-Go ones interleave independent elements (fmath); SIMD
// ones, per kernel path (unarySliceSets, per GOARCH), run lanes through the
// scalar function's exact operations.

var erfSliceGo = fmath.ErfSlice

var erfSeries = sync.OnceValues(fmath.ErfSeries)

// unarySlice returns op's slice form for the kernel path in use, or nil.
func unarySlice(op UnaryOp) func(dst, src []float32) {
	if f := unarySliceSets[KernelPath()][op]; f != nil {
		return f
	}
	if op == UnErf {
		return erfSliceGo
	}
	return nil
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
