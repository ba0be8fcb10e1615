//go:build mips

package tensor

// mmNT computes out[m·ldo + n] = dotF32(a[m·K:], b[n·K:]) for m < M and
// n < N on fmath.Dot32 (see gemm_native.go).
func mmNT(out []float32, ldo int, a []float32, M int, b []float32, N, K int) {
	for m := 0; m < M; m++ {
		for n := 0; n < N; n++ {
			out[m*ldo+n] = dotF32(b[n*K:n*K+K], a[m*K:m*K+K])
		}
	}
}
