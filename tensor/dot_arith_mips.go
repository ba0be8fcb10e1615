//go:build mips

package tensor

import (
	"math"

	"github.com/opml-dev/opml/internal/fmath"
)

// Soft-float arithmetic for the dot kernels' tails and reduction trees,
// rounding exactly as dot_arith.go does in hardware (fmath costs about a
// tenth of Go's own GOMIPS=softfloat runtime).

func fadd(a, b float32) float32 {
	return math.Float32frombits(fmath.Add32(math.Float32bits(a), math.Float32bits(b)))
}

func fmul(a, b float32) float32 {
	return math.Float32frombits(fmath.Mul32(math.Float32bits(a), math.Float32bits(b)))
}

// fdiv uses Go's soft float, which rounds correctly; it runs twice per
// quantized block only.
func fdiv(a, b float32) float32 { return a / b }

// i2f converts an int32 with |s| < 2^24 to float32 exactly.
func i2f(s int32) float32 { return math.Float32frombits(int32Bits(s)) }
