//go:build !mips

package tensor

// Native kernels: hardware float32 arithmetic with an explicit float32
// conversion around every product, so no FMA can be contracted and each
// operation rounds once, exactly like the soft-float in kernels_mips.go.

// dotF32 returns the canonical dot product
// acc = 0; for i { acc = float32(acc + float32(w[i]*x[i])) }.
func dotF32(w, x []float32) float32 {
	x = x[:len(w)]
	acc := float32(0)
	for i, v := range w {
		acc += float32(v * x[i])
	}
	return acc
}

// matmulF32Rows computes out[m·N+n] = dotF32(w[n·K:], x[m·K:]) for every m
// and n0 <= n < n1. Four weight rows and two activation rows are processed
// together: eight independent accumulators keep the FPU busy while each
// one still adds its products in increasing k.
func matmulF32Rows(out, w, x []float32, M, N, K, n0, n1 int) {
	n := n0
	for ; n+4 <= n1; n += 4 {
		w0 := w[n*K : n*K+K]
		w1 := w[(n+1)*K : (n+1)*K+K]
		w2 := w[(n+2)*K : (n+2)*K+K]
		w3 := w[(n+3)*K : (n+3)*K+K]
		m := 0
		for ; m+2 <= M; m += 2 {
			x0 := x[m*K : m*K+K]
			x1 := x[(m+1)*K : (m+1)*K+K]
			// Reslicing to len(x0) lets the compiler drop the bounds
			// checks in the loop.
			x1, w0, w1, w2, w3 := x1[:len(x0)], w0[:len(x0)], w1[:len(x0)], w2[:len(x0)], w3[:len(x0)]
			var a00, a01, a02, a03, a10, a11, a12, a13 float32
			for k, p := range x0 {
				q := x1[k]
				b0, b1, b2, b3 := w0[k], w1[k], w2[k], w3[k]
				a00 += float32(b0 * p)
				a01 += float32(b1 * p)
				a02 += float32(b2 * p)
				a03 += float32(b3 * p)
				a10 += float32(b0 * q)
				a11 += float32(b1 * q)
				a12 += float32(b2 * q)
				a13 += float32(b3 * q)
			}
			o0 := out[m*N+n : m*N+n+4]
			o0[0], o0[1], o0[2], o0[3] = a00, a01, a02, a03
			o1 := out[(m+1)*N+n : (m+1)*N+n+4]
			o1[0], o1[1], o1[2], o1[3] = a10, a11, a12, a13
		}
		for ; m < M; m++ {
			x0 := x[m*K : m*K+K]
			w0, w1, w2, w3 := w0[:len(x0)], w1[:len(x0)], w2[:len(x0)], w3[:len(x0)]
			var a0, a1, a2, a3 float32
			for k, p := range x0 {
				a0 += float32(w0[k] * p)
				a1 += float32(w1[k] * p)
				a2 += float32(w2[k] * p)
				a3 += float32(w3[k] * p)
			}
			o := out[m*N+n : m*N+n+4]
			o[0], o[1], o[2], o[3] = a0, a1, a2, a3
		}
	}
	for ; n < n1; n++ {
		for m := 0; m < M; m++ {
			out[m*N+n] = dotF32(w[n*K:n*K+K], x[m*K:m*K+K])
		}
	}
}

// dotQ8 returns the canonical dot product of a Q8 weight row (scales wd,
// quants wq) with a quantized activation row (scales xd, quants xq):
//
//	acc = 0
//	for each block b {
//	    s = Σ int32(wq[i])·int32(xq[i]) over the block (exact integer sum)
//	    acc = float32(acc + float32(float32(f16(wd[b])·xd[b]) · float32(s)))
//	}
func dotQ8(wd []uint16, wq []int8, xd []float32, xq []int8) float32 {
	acc := float32(0)
	xd = xd[:len(wd)]
	table := f16Table()
	for b, h := range wd {
		ws := wq[b*QBlock : b*QBlock+QBlock]
		xs := xq[b*QBlock : b*QBlock+QBlock]
		var s0, s1, s2, s3 int32
		for i := 0; i < QBlock; i += 4 {
			s0 += int32(ws[i]) * int32(xs[i])
			s1 += int32(ws[i+1]) * int32(xs[i+1])
			s2 += int32(ws[i+2]) * int32(xs[i+2])
			s3 += int32(ws[i+3]) * int32(xs[i+3])
		}
		d := float32(table[h] * xd[b])
		acc += float32(d * float32(s0+s1+s2+s3))
	}
	return acc
}

// madd returns float32(acc + float32(a·b)).
func madd(acc, a, b float32) float32 { return acc + float32(a*b) }
