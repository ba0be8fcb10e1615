package tensor

import (
	"runtime"
	"sync"
)

// Packed-panel matrix products on SIMD micro-kernels. The canonical order
// of every product in this package is the sequential dot product
// acc = 0; for k { acc = float32(acc + float32(a·b)) }; a SIMD kernel keeps
// it by giving each vector lane one output (vectorizing across outputs,
// never across k) and rounding each product before adding it (no FMA). So
// the results are those of the pure-Go loops bit for bit, at any SIMD
// width and thread count; the kernel suite checks it on every path.

// gemmKernel is a micro-kernel computing a tile of mr rows by nr columns:
// for k = 0..K−1 in order, c[i·ldc + j] = float32(c[i·ldc + j] +
// float32(a[i·lda + k] · b[k·nr + j])).
type gemmKernel struct {
	mr, nr int
	tile   func(k int, a *float32, lda int, b *float32, c *float32, ldc int)
	// tileOffs is tile with row k of B at b[offs[k]:] instead of b[k·nr:]
	// (a convolution's taps read straight from its input); with zero, the
	// sums start from +0 instead of c's values.
	tileOffs func(k int, a *float32, lda int, b *float32, offs *int, c *float32, ldc int, zero bool)
}

// activeGemm returns the GEMM micro-kernel of the kernel path in use
// (gemmKernelSets, per GOARCH), or nil where that path has none and the
// pure-Go register-blocked loops run.
func activeGemm() *gemmKernel { return gemmKernelSets[KernelPath()] }

// gemmScratch is one worker's buffers: a packed panel of b (K×nr), mr
// zero-padded rows of a for a last partial row tile, and an edge tile.
type gemmScratch struct {
	panel, arows, tile []float32
}

var gemmScratchPool sync.Pool

func (g *gemmKernel) scratch(K int) *gemmScratch {
	s, _ := gemmScratchPool.Get().(*gemmScratch)
	if s == nil {
		s = new(gemmScratch)
	}
	grow := func(b []float32, n int) []float32 {
		if cap(b) < n {
			return make([]float32, n)
		}
		return b[:n]
	}
	s.panel = grow(s.panel, K*g.nr)
	s.arows = grow(s.arows, K*g.mr)
	s.tile = grow(s.tile, g.mr*g.nr)
	return s
}

func (g *gemmKernel) release(s *gemmScratch) { gemmScratchPool.Put(s) }

// panel continues out[m·ldo + j] with Σ_k a[m·lda + k]·bp[k·nr + j] for
// m < M and j < nn ≤ nr, each sum in increasing k: bp is a packed panel
// (packNT, packNN), zero beyond column nn. K must be positive.
func (g *gemmKernel) panel(out []float32, ldo int, a []float32, lda, M int, bp []float32, nn, K int, s *gemmScratch) {
	mr, nr := g.mr, g.nr
	_ = bp[K*nr-1]
	for m := 0; m < M; m += mr {
		rows := min(mr, M-m)
		var ap *float32
		la := lda
		if rows == mr {
			_ = a[(m+mr-1)*lda+K-1]
			ap = &a[m*lda]
		} else {
			ar := s.arows[:mr*K]
			for r := 0; r < rows; r++ {
				copy(ar[r*K:(r+1)*K], a[(m+r)*lda:(m+r)*lda+K])
			}
			clear(ar[rows*K:])
			ap, la = &ar[0], K
		}
		if rows == mr && nn == nr {
			_ = out[(m+mr-1)*ldo+nr-1]
			g.tile(K, ap, la, &bp[0], &out[m*ldo], ldo)
			continue
		}
		t := s.tile
		for r := 0; r < rows; r++ {
			copy(t[r*nr:r*nr+nn], out[(m+r)*ldo:(m+r)*ldo+nn])
		}
		g.tile(K, ap, la, &bp[0], &t[0], nr)
		for r := 0; r < rows; r++ {
			copy(out[(m+r)*ldo:(m+r)*ldo+nn], t[r*nr:r*nr+nn])
		}
	}
}

// gemm continues out[m·ldo + n] with Σ_k a[m·lda + k]·B[k, n] for m < M
// and n < N, each sum in increasing k, where panel(s, n0, nn) returns
// columns n0..n0+nn of B as a packed panel (packed into s.panel, or
// packed before). Panels of columns are the unit of parallel work, so
// every output is computed by one goroutine whatever their number.
func (g *gemmKernel) gemm(out []float32, ldo int, a []float32, lda, M, N, K int, panel func(s *gemmScratch, n0, nn int) []float32) {
	if M == 0 || N == 0 || K == 0 {
		return
	}
	panels := (N + g.nr - 1) / g.nr
	// With fewer panels than goroutines, blocks of rows split them too
	// (each block packs the panel again).
	tiles := (M + g.mr - 1) / g.mr
	blocks := min(tiles, max(1, 2*runtime.GOMAXPROCS(0)/panels))
	rows := (tiles + blocks - 1) / blocks * g.mr
	blocks = (M + rows - 1) / rows
	parallelFor(panels*blocks, grainFor(rows*K*g.nr, 1), func(lo, hi int) {
		s := g.scratch(K)
		for it := lo; it < hi; it++ {
			n0, m0 := it/blocks*g.nr, it%blocks*rows
			nn := min(g.nr, N-n0)
			g.panel(out[m0*ldo+n0:], ldo, a[m0*lda:], lda, min(rows, M-m0), panel(s, n0, nn), nn, K, s)
		}
		g.release(s)
	})
}

// packNT packs nn rows of b (row j at b[j·ldb:], K elements) as the
// columns of a K×nr panel: bp[k·nr + j] = b[j·ldb + k], +0 beyond nn.
func packNT(bp, b []float32, ldb, nn, K, nr int) {
	bp = bp[:K*nr]
	j := 0
	for ; j+4 <= nn; j += 4 {
		r0 := b[j*ldb : j*ldb+K]
		r1 := b[(j+1)*ldb : (j+1)*ldb+K][:len(r0)]
		r2 := b[(j+2)*ldb : (j+2)*ldb+K][:len(r0)]
		r3 := b[(j+3)*ldb : (j+3)*ldb+K][:len(r0)]
		for k, v := range r0 {
			d := bp[k*nr+j : k*nr+j+4]
			d[0], d[1], d[2], d[3] = v, r1[k], r2[k], r3[k]
		}
	}
	for ; j < nn; j++ {
		for k, v := range b[j*ldb : j*ldb+K] {
			bp[k*nr+j] = v
		}
	}
	if nn < nr {
		for k := 0; k < K; k++ {
			clear(bp[k*nr+nn : k*nr+nr])
		}
	}
}

// packNN packs nn columns of b (row k at b[k·ldb:]) into a K×nr panel:
// bp[k·nr + j] = b[k·ldb + j], +0 beyond nn.
func packNN(bp, b []float32, ldb, nn, K, nr int) {
	for k := 0; k < K; k++ {
		d := bp[k*nr : k*nr+nr]
		copy(d, b[k*ldb:k*ldb+nn])
		clear(d[nn:])
	}
}

// batches computes out[i] = a[aoff[i]]·B[boff[i]] for every batch i (a
// batches [M, K], out batches [M, N]; B batches [K, N], or [N, K] with
// bNK), in parallel over batches and panels of columns.
func (g *gemmKernel) batches(out, a []float32, aoff, boff []int32, b []float32, bNK bool, M, N, K int) {
	if M == 0 || N == 0 || K == 0 {
		return
	}
	panels := (N + g.nr - 1) / g.nr
	parallelFor(len(aoff)*panels, grainFor(M*K*g.nr, 1), func(lo, hi int) {
		s := g.scratch(K)
		for it := lo; it < hi; it++ {
			i, n0 := it/panels, it%panels*g.nr
			nn := min(g.nr, N-n0)
			bb := b[int(boff[i])*N*K : (int(boff[i])+1)*N*K]
			if bNK {
				packNT(s.panel, bb[n0*K:], K, nn, K, g.nr)
			} else {
				packNN(s.panel, bb[n0:], N, nn, K, g.nr)
			}
			g.panel(out[i*M*N+n0:], N, a[int(aoff[i])*M*K:(int(aoff[i])+1)*M*K], K, M, s.panel, nn, K, s)
		}
		g.release(s)
	})
}

// panelOffs sets out[m·ldo + j] to Σ_k a[m·lda + k]·b[offs[k] + j] for m
// < M and every j < nr, each sum from +0 in increasing k. offs must be
// increasing and b long enough for row offs[K−1]; K must be positive.
func (g *gemmKernel) panelOffs(out []float32, ldo int, a []float32, lda, M int, b []float32, offs []int, K int, s *gemmScratch) {
	mr, nr := g.mr, g.nr
	_ = b[offs[K-1]+nr-1]
	for m := 0; m < M; m += mr {
		rows := min(mr, M-m)
		if rows == mr {
			_ = a[(m+mr-1)*lda+K-1]
			_ = out[(m+mr-1)*ldo+nr-1]
			g.tileOffs(K, &a[m*lda], lda, &b[0], &offs[0], &out[m*ldo], ldo, true)
			continue
		}
		ar, t := s.arows[:mr*K], s.tile
		for r := 0; r < rows; r++ {
			copy(ar[r*K:(r+1)*K], a[(m+r)*lda:(m+r)*lda+K])
		}
		clear(ar[rows*K:])
		g.tileOffs(K, &ar[0], K, &b[0], &offs[0], &t[0], nr, true)
		for r := 0; r < rows; r++ {
			copy(out[(m+r)*ldo:(m+r)*ldo+nr], t[r*nr:(r+1)*nr])
		}
	}
}

// linearNT computes out[m·N + n] = init(n) + Σ_k x[m·K + k]·w[n·K + k]
// (x [M, K], w [N, K], both with K contiguous; init is bias[n], or +0
// without a bias), each sum in increasing k. w is packed into panels once
// and the panels kept with it (packedPanels), so a weight matrix costs no
// packing after its first product. The bits are those of any other
// blocking.
func (g *gemmKernel) linearNT(out, x []float32, w *Tensor, bias []float32, M, N, K int) {
	if bias != nil {
		for m := 0; m < M; m++ {
			copy(out[m*N:(m+1)*N], bias[:N])
		}
	}
	wp := w.packedPanels(g, N, K)
	size := K * g.nr
	g.gemm(out, N, x, K, M, N, K, func(_ *gemmScratch, n0, _ int) []float32 { return wp[n0/g.nr*size : (n0/g.nr+1)*size] })
}

// packedNT is a tensor w [N, K] packed as the K×nr panels of a GEMM's B
// operand (packNT), panel p at data[p·K·nr:].
type packedNT struct {
	g    *gemmKernel
	n, k int
	data []float32
}

// packedPanels returns w [N, K] packed for g, packing it on first use.
func (w *Tensor) packedPanels(g *gemmKernel, N, K int) []float32 {
	if p := w.packed.Load(); p != nil && p.g == g && p.n == N && p.k == K {
		return p.data
	}
	size := K * g.nr
	panels := (N + g.nr - 1) / g.nr
	data := make([]float32, panels*size)
	parallelFor(panels, grainFor(size, 1), func(lo, hi int) {
		for p := lo; p < hi; p++ {
			packNT(data[p*size:(p+1)*size], w.f32[p*g.nr*K:], K, min(g.nr, N-p*g.nr), K, g.nr)
		}
	})
	w.packed.Store(&packedNT{g: g, n: N, k: K, data: data})
	return data
}
