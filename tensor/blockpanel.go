package tensor

import "runtime"

// The block formats' matrix products (MatMulRaw on Q8_0 and Q4_0 rows) on
// a batch of activation rows run in panels of four weight rows: one call
// of a panel lane loop takes four rows against one activation row, so the
// activation's blocks and scales are loaded once for four rows while the
// panel's rows stay in L1 for the whole batch. Each row's lanes are exactly
// those of the one-row loop, and each output is finished (tail blocks,
// reduction tree) as dotQ8_0 finishes it, so panels change no bit.
//
// A single activation row (a generation step) runs the one-row loop row
// after row instead: the weights are read once, from memory, and one
// sequential stream per thread is what the hardware prefetchers follow
// best: four streams 4 KiB apart measured 10–30 % slower from DRAM on a
// 2-core AMD EPYC (Zen 5) VM, with software prefetch (of the next panel or
// 1–2 KiB ahead in each row) or without.

// blockPanel returns the BlockLanes lanes, from +0, of four rows of w
// (row r at w[r·stride:], stride in bytes) against x (block_q8_0 quants in
// [−127, 127], a positive multiple of 8 blocks): row r's lanes are what
// the one-row loop returns for w[r·stride:] and x.
type blockPanel func(w []byte, stride int, x []byte) [4][BlockLanes]float32

// The pure-Go panels run the one-row loop on each row.

func q8x4LanesGo(w []byte, stride int, x []byte) (acc [4][BlockLanes]float32) {
	n := len(x)
	for r := range acc {
		q8LanesGo(&acc[r], w[r*stride:r*stride+n], x)
	}
	return acc
}

func q4x4LanesGo(w []byte, stride int, x []byte) (acc [4][BlockLanes]float32) {
	n := len(x) / Q8_0BlockBytes * Q4_0BlockBytes
	for r := range acc {
		q4LanesGo(&acc[r], w[r*stride:r*stride+n], x)
	}
	return acc
}

// panelRows is the number of weight rows of a panel.
const panelRows = 4

// matMulRawBlocks runs the Q8_0 and Q4_0 products on quantized
// activations whose quants lie in [−127, 127]: output rows are split
// among the goroutines in contiguous chunks (long runs of memory for the
// prefetchers), a batch's chunk in panels of four rows, each output one
// canonical dot product.
func matMulRawBlocks(out []float32, w RawMatrix, xq []byte, batch int) {
	N := w.Rows
	s, _ := w.Format.RowBytes(w.Cols)
	xs := w.Cols / QBlock * Q8_0BlockBytes
	wsize, dot, tail := Q8_0BlockBytes, dotQ8_0, q8LanesGo
	if w.Format == RowQ4_0 {
		wsize, dot, tail = Q4_0BlockBytes, dotQ4_0Q8_0, q4LanesGo
	}
	body := w.Cols / QBlock &^ (BlockLanes - 1) // blocks of the lane loops
	parallelFor(N, rowGrain(N, batch*w.Cols), func(n0, n1 int) {
		panel := active.Load().q8x4
		if w.Format == RowQ4_0 {
			panel = active.Load().q4x4
		}
		n := n0
		for ; batch > 1 && body > 0 && n+panelRows <= n1; n += panelRows {
			wp := w.Data[n*s : (n+panelRows)*s]
			for b := 0; b < batch; b++ {
				xr := xq[b*xs : (b+1)*xs]
				acc := panel(wp, s, xr[:body*Q8_0BlockBytes])
				for r := range acc {
					tail(&acc[r], wp[r*s+body*wsize:(r+1)*s], xr[body*Q8_0BlockBytes:])
					out[b*N+n+r] = reduceBlockLanes(&acc[r])
				}
			}
		}
		for ; n < n1; n++ {
			wr := w.Data[n*s : (n+1)*s]
			for b := 0; b < batch; b++ {
				out[b*N+n] = dot(wr, xq[b*xs:(b+1)*xs])
			}
		}
	})
}

// rowGrain returns the chunk of output rows of a raw-row product (cost
// scalar steps per row): about eight chunks per goroutine (contiguous runs
// of memory; dynamic claiming evens out a busy core), none smaller than
// grainFor's, in whole panels.
func rowGrain(rows, cost int) int {
	g := rows / (8 * runtime.GOMAXPROCS(0))
	return max(grainFor(cost, panelRows), g&^(panelRows-1))
}
