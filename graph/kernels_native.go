//go:build !mips

package graph

// linearRows computes out[m·N+n] = b[n] + Σ_k w[n·K+k]·x[m·K+k] in the
// canonical order of linear, with hardware float32 arithmetic and an
// explicit rounding of every product (no FMA contraction).
func linearRows(out, w, x, b []float32, M, N, K int) {
	for m := 0; m < M; m++ {
		xr := x[m*K : m*K+K]
		for n := 0; n < N; n++ {
			wr := w[n*K : n*K+K]
			wr = wr[:len(xr)]
			acc := b[n]
			for k, v := range xr {
				acc += float32(wr[k] * v)
			}
			out[m*N+n] = acc
		}
	}
}
