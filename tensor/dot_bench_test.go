package tensor

import (
	"encoding/binary"
	"fmt"
	"math"
	"math/rand/v2"
	"testing"
)

// The fast kernels' benchmarks run every kernel path side by side
// (sub-benchmarks named by path), reporting GB/s of weight bytes read and
// GFLOP/s (two per multiply-add). Compare paths within one run on a quiet
// machine; -cpu sets the thread count of the matrix products.

// benchMatrix returns a rows×cols matrix of moderate random values.
func benchMatrix(f RowFormat, rows, cols int) RawMatrix {
	r := rand.New(rand.NewPCG(7, uint64(f)))
	m := RawMatrix{Format: f, Rows: rows, Cols: cols}
	s, _ := f.RowBytes(cols)
	m.Data = make([]byte, rows*s)
	switch f {
	case RowF32:
		for i := 0; i < rows*cols; i++ {
			binary.LittleEndian.PutUint32(m.Data[4*i:], math.Float32bits(genValue(r, false)))
		}
	case RowF16:
		for i := 0; i < rows*cols; i++ {
			binary.LittleEndian.PutUint16(m.Data[2*i:], f32ToF16(genValue(r, false)))
		}
	default:
		size := Q8_0BlockBytes
		if f == RowQ4_0 {
			size = Q4_0BlockBytes
		}
		m.Data = genBlocks(r, rows*cols/32, size, false)
	}
	return m
}

func reportRates(b *testing.B, bytes, macs float64) {
	sec := b.Elapsed().Seconds() / float64(b.N)
	b.ReportMetric(bytes/sec/1e9, "GB/s")
	b.ReportMetric(2*macs/sec/1e9, "GFLOP/s")
}

// BenchmarkDot times one dot product of 4096 elements (operands in cache).
func BenchmarkDot(b *testing.B) {
	const n = 4096
	r := rand.New(rand.NewPCG(8, 8))
	x, y := genValues(r, n, false), genValues(r, n, false)
	h := make([]uint16, n)
	for i := range h {
		h[i] = f32ToF16(x[i])
	}
	q8 := make([]byte, n/32*Q8_0BlockBytes)
	QuantizeRowQ8_0(q8, y)
	w8 := genBlocks(r, n/32, Q8_0BlockBytes, false)
	w4 := genBlocks(r, n/32, Q4_0BlockBytes, false)
	var sink float32
	kernels := []struct {
		name  string
		bytes int
		run   func() float32
	}{
		{"f32", 4 * n, func() float32 { return DotF32(x, y) }},
		{"f16", 2 * n, func() float32 { return DotF16F32(h, y) }},
		{"q8_0", len(w8), func() float32 { return DotQ8_0(w8, q8) }},
		{"q4_0", len(w4), func() float32 { return DotQ4_0Q8_0(w4, q8) }},
	}
	for _, k := range kernels {
		forEachPath(b, func(path string) {
			b.Run(k.name+"/"+path, func(b *testing.B) {
				for i := 0; i < b.N; i++ {
					sink += k.run()
				}
				reportRates(b, float64(k.bytes), n)
			})
		})
	}
	b.Run("quantize_q8_0", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			QuantizeRowQ8_0(q8, y)
		}
		b.ReportMetric(float64(4*n)/(b.Elapsed().Seconds()/float64(b.N))/1e9, "GB/s")
	})
	_ = sink
}

// BenchmarkMatVec times MatMulRaw with one activation row (token
// generation): 768×768 and 768×2048 are the 110M LLaMA's projections,
// 4096×4096 a 7B one (memory-bound: 64 MiB of F32 weights).
func BenchmarkMatVec(b *testing.B) {
	benchMatMul(b, 1, [][2]int{{768, 768}, {2048, 768}, {4096, 4096}})
}

// BenchmarkMatMulBatch times MatMulRaw on a prompt-like batch of 32 rows.
func BenchmarkMatMulBatch(b *testing.B) {
	benchMatMul(b, 32, [][2]int{{768, 768}, {2048, 768}})
}

func benchMatMul(b *testing.B, batch int, shapes [][2]int) {
	r := rand.New(rand.NewPCG(9, 9))
	for _, f := range []RowFormat{RowF32, RowF16, RowQ8_0, RowQ4_0} {
		for _, s := range shapes {
			m := benchMatrix(f, s[0], s[1])
			x := genValues(r, batch*s[1], false)
			out := make([]float32, batch*s[0])
			forEachPath(b, func(path string) {
				b.Run(fmt.Sprintf("%v/%dx%d/%s", f, s[0], s[1], path), func(b *testing.B) {
					for i := 0; i < b.N; i++ {
						if err := MatMulRaw(out, m, x, batch); err != nil {
							b.Fatal(err)
						}
					}
					reportRates(b, float64(len(m.Data)), float64(batch*s[0]*s[1]))
				})
			})
		}
	}
}
