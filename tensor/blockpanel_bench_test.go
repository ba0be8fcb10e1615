package tensor

import (
	"fmt"
	"math/rand/v2"
	"testing"
	"time"
)

// BenchmarkMatVecStream times MatMulRaw with one activation row over a
// 65536×4096 block-format matrix (285 MB of Q8_0, far beyond the caches),
// as a 7B model's generation streams its weights: GB/s here against the
// machine's memory bandwidth bounds a large model's tokens/s.
func BenchmarkMatVecStream(b *testing.B) {
	const rows, cols, tile = 65536, 4096, 512
	r := rand.New(rand.NewPCG(10, 10))
	x := genValues(r, cols, false)
	out := make([]float32, rows)
	for _, f := range []RowFormat{RowQ8_0, RowQ4_0} {
		small := benchMatrix(f, tile, cols)
		m := RawMatrix{Format: f, Rows: rows, Cols: cols, Data: make([]byte, 0, len(small.Data)*rows/tile)}
		for len(m.Data) < cap(m.Data) {
			m.Data = append(m.Data, small.Data...)
		}
		forEachPath(b, func(path string) {
			if path == "go" {
				return // not memory-bound
			}
			b.Run(fmt.Sprintf("%v/%s", f, path), func(b *testing.B) {
				for i := 0; i < b.N; i++ {
					if err := MatMulRaw(out, m, x, 1); err != nil {
						b.Fatal(err)
					}
				}
				reportRates(b, float64(len(m.Data)), float64(rows*cols))
			})
		})
	}
}

// BenchmarkMatMulPanels times MatMulRaw on a batch of 8 activation rows
// and a 4096×4096 matrix with each SIMD path's panel lane loops and,
// alternating with them in the same loop (so that a busy machine slows
// both alike), with the one-row loop applied row by row ("rows-GB/s", GB/s
// of weights times the batch); "panel/rows" is their ratio.
func BenchmarkMatMulPanels(b *testing.B) {
	const rows, cols, batch = 4096, 4096, 8
	r := rand.New(rand.NewPCG(10, 10))
	x := genValues(r, batch*cols, false)
	out := make([]float32, batch*rows)
	for _, f := range []RowFormat{RowQ8_0, RowQ4_0} {
		m := benchMatrix(f, rows, cols)
		forEachPath(b, func(path string) {
			if path == "go" {
				return
			}
			panel := active.Load()
			rowByRow := *panel
			rowByRow.q8x4, rowByRow.q4x4 = rowsPanel(panel.q8, Q8_0BlockBytes), rowsPanel(panel.q4, Q4_0BlockBytes)
			b.Run(fmt.Sprintf("%v/%s", f, path), func(b *testing.B) {
				defer active.Store(panel)
				var tp, tr time.Duration
				for i := 0; i < b.N; i++ {
					for _, k := range []*dotKernels{panel, &rowByRow} {
						active.Store(k)
						t0 := time.Now()
						if err := MatMulRaw(out, m, x, batch); err != nil {
							b.Fatal(err)
						}
						if k == panel {
							tp += time.Since(t0)
						} else {
							tr += time.Since(t0)
						}
					}
				}
				gb := float64(len(m.Data)) * float64(batch*b.N) / 1e9
				b.ReportMetric(gb/tp.Seconds(), "GB/s")
				b.ReportMetric(gb/tr.Seconds(), "rows-GB/s")
				b.ReportMetric(tr.Seconds()/tp.Seconds(), "panel/rows")
				b.ReportMetric(0, "ns/op")
			})
		})
	}
}

// rowsPanel is a panel made of the one-row lane loop, row by row.
func rowsPanel(one func(w, x []byte) [BlockLanes]float32, size int) blockPanel {
	return func(w []byte, stride int, x []byte) (acc [4][BlockLanes]float32) {
		n := len(x) / Q8_0BlockBytes * size
		for r := range acc {
			acc[r] = one(w[r*stride:r*stride+n], x)
		}
		return acc
	}
}
