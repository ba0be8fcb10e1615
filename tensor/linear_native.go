//go:build !mips

package tensor

import (
	"runtime"
	"sync"
)

// linearRows computes out[m·N+n] = b[n] + Σ_k w[n·K+k]·x[m·K+k] in the canonical order of linear, with hardware
// float32 arithmetic and an explicit rounding of every product (no FMA contraction). Each output element keeps
// its own sequential sum; speed comes from computing four of them side by side (independent dependency chains)
// and from splitting the rows of the output among goroutines.
func linearRows(out []float32, wt *Tensor, x, b []float32, M, N, K int) {
	if g := activeGemm(); g != nil && K > 0 {
		g.linearNT(out, x, wt, b, M, N, K)
		return
	}
	w := wt.f32
	workers := min(runtime.GOMAXPROCS(0), M)
	if M*N*K < 1<<16 || workers < 2 {
		linearBlock(out, w, x, b, 0, M, N, K)
		return
	}
	var wg sync.WaitGroup
	for i := 0; i < workers; i++ {
		m0, m1 := M*i/workers, M*(i+1)/workers
		wg.Add(1)
		go func() {
			defer wg.Done()
			linearBlock(out, w, x, b, m0, m1, N, K)
		}()
	}
	wg.Wait()
}

func linearBlock(out, w, x, b []float32, m0, m1, N, K int) {
	for m := m0; m < m1; m++ {
		xr := x[m*K : m*K+K]
		n := 0
		for ; n+4 <= N; n += 4 {
			w0, w1, w2, w3 := w[n*K:n*K+K], w[(n+1)*K:(n+1)*K+K], w[(n+2)*K:(n+2)*K+K], w[(n+3)*K:(n+3)*K+K]
			w0, w1, w2, w3 = w0[:len(xr)], w1[:len(xr)], w2[:len(xr)], w3[:len(xr)]
			a0, a1, a2, a3 := b[n], b[n+1], b[n+2], b[n+3]
			for k, v := range xr {
				a0 += float32(w0[k] * v)
				a1 += float32(w1[k] * v)
				a2 += float32(w2[k] * v)
				a3 += float32(w3[k] * v)
			}
			out[m*N+n], out[m*N+n+1], out[m*N+n+2], out[m*N+n+3] = a0, a1, a2, a3
		}
		for ; n < N; n++ {
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
