//go:build !mips

package tensor

// mmNT computes out[m·ldo + n] = dotF32(a[m·K:], b[n·K:]) (the canonical
// sequential dot product) for m < M and n < N: a [M, K] times bᵀ with b
// [N, K], both with K contiguous. Four rows of b and two of a are
// processed together: eight independent accumulators keep the FPU busy
// while each still adds its products in increasing k.
func mmNT(out []float32, ldo int, a []float32, M int, b []float32, N, K int) {
	n := 0
	for ; n+4 <= N; n += 4 {
		b0 := b[n*K : n*K+K]
		b1 := b[(n+1)*K : (n+1)*K+K]
		b2 := b[(n+2)*K : (n+2)*K+K]
		b3 := b[(n+3)*K : (n+3)*K+K]
		m := 0
		for ; m+2 <= M; m += 2 {
			x0 := a[m*K : m*K+K]
			x1 := a[(m+1)*K : (m+1)*K+K]
			x1, b0, b1, b2, b3 := x1[:len(x0)], b0[:len(x0)], b1[:len(x0)], b2[:len(x0)], b3[:len(x0)]
			var a00, a01, a02, a03, a10, a11, a12, a13 float32
			for k, p := range x0 {
				q := x1[k]
				w0, w1, w2, w3 := b0[k], b1[k], b2[k], b3[k]
				a00 += float32(w0 * p)
				a01 += float32(w1 * p)
				a02 += float32(w2 * p)
				a03 += float32(w3 * p)
				a10 += float32(w0 * q)
				a11 += float32(w1 * q)
				a12 += float32(w2 * q)
				a13 += float32(w3 * q)
			}
			o0 := out[m*ldo+n : m*ldo+n+4]
			o0[0], o0[1], o0[2], o0[3] = a00, a01, a02, a03
			o1 := out[(m+1)*ldo+n : (m+1)*ldo+n+4]
			o1[0], o1[1], o1[2], o1[3] = a10, a11, a12, a13
		}
		for ; m < M; m++ {
			x0 := a[m*K : m*K+K]
			b0, b1, b2, b3 := b0[:len(x0)], b1[:len(x0)], b2[:len(x0)], b3[:len(x0)]
			var a0, a1, a2, a3 float32
			for k, p := range x0 {
				a0 += float32(b0[k] * p)
				a1 += float32(b1[k] * p)
				a2 += float32(b2[k] * p)
				a3 += float32(b3[k] * p)
			}
			o := out[m*ldo+n : m*ldo+n+4]
			o[0], o[1], o[2], o[3] = a0, a1, a2, a3
		}
	}
	for ; n < N; n++ {
		for m := 0; m < M; m++ {
			out[m*ldo+n] = dotF32(b[n*K:n*K+K], a[m*K:m*K+K])
		}
	}
}
