package tensor

import (
	"fmt"
	"math/rand/v2"
	"testing"
)

// BenchmarkMatMul reports GFLOP/s (2·M·N·K per product) for a decode-like
// shape (M = 1) and a batched one.
func BenchmarkMatMul(b *testing.B) {
	r := rand.New(rand.NewPCG(41, 42))
	for _, s := range [][3]int{{1, 4096, 4096}, {64, 1024, 1024}} {
		M, N, K := s[0], s[1], s[2]
		x, _ := FromFloat32(randValues(r, M*K, false), M, K)
		w, _ := FromFloat32(randValues(r, N*K, false), N, K)
		for _, dt := range []DType{F32, F16, Q8} {
			wc, err := Convert(w, dt)
			if err != nil {
				b.Fatal(err)
			}
			b.Run(fmt.Sprintf("%v/M=%d,N=%d,K=%d", dt, M, N, K), func(b *testing.B) {
				for i := 0; i < b.N; i++ {
					if _, err := MatMul(wc, x); err != nil {
						b.Fatal(err)
					}
				}
				b.ReportMetric(2*float64(M)*float64(N)*float64(K)*float64(b.N)/b.Elapsed().Seconds()/1e9, "GFLOP/s")
			})
		}
		a8 := make([]int8, N*K)
		x8 := make([]int8, M*K)
		for i := range a8 {
			a8[i] = int8(r.Uint32())
		}
		for i := range x8 {
			x8[i] = int8(r.Uint32())
		}
		ta, _ := FromInt8(a8, N, K)
		tx, _ := FromInt8(x8, M, K)
		b.Run(fmt.Sprintf("i8/M=%d,N=%d,K=%d", M, N, K), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				if _, err := MatMulI8(ta, tx); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(2*float64(M)*float64(N)*float64(K)*float64(b.N)/b.Elapsed().Seconds()/1e9, "GOP/s")
		})
	}
}
