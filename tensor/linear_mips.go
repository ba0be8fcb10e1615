//go:build mips

package tensor

import (
	"math"

	"github.com/opml-dev/opml/internal/fmath"
)

// linearRows is the MIPS (VM) version of the kernel in linear_native.go:
// Go's soft-float runtime spends about a thousand instructions per float32
// operation, fmath.Dot32 a few dozen with the same roundings.
func linearRows(out []float32, wt *Tensor, x, b []float32, M, N, K int) {
	w := wt.f32
	if K == 0 {
		copy(out, b)
		return
	}
	wb, xb := asBits(w), asBits(x)
	for m := 0; m < M; m++ {
		xr := xb[m*K : m*K+K]
		for n := 0; n < N; n++ {
			out[m*N+n] = math.Float32frombits(fmath.Dot32(math.Float32bits(b[n]), wb[n*K:n*K+K], xr))
		}
	}
}
