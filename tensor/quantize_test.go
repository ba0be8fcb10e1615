package tensor

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestQuantizePaths checks QuantizeRowQ8_0 on every kernel path against
// the naive reference: typical rows, rows with edge and non-finite values
// (blocks the SIMD loops leave to the Go code, between blocks they
// write), rows scaled across binary16's range into its subnormals and
// past its largest value, and rounding ties.
func TestQuantizePaths(t *testing.T) {
	r := rand.New(rand.NewPCG(13, 13))
	var rows [][]float32
	for i := 0; i < 60; i++ {
		x := genValues(r, 32*(1+r.IntN(9)), i%3 == 1)
		if i%3 == 2 {
			s := math.Float32frombits(uint32(1+r.IntN(250)) << 23)
			for j := range x {
				x[j] *= s
			}
		}
		rows = append(rows, x)
	}
	ties := make([]float32, 64)
	for j := range ties {
		ties[j] = float32(j-32) + 0.5 // amax 31.5: id·x lands near halves
	}
	ties[0] = 127
	rows = append(rows, ties)
	for _, x := range rows {
		want := naiveQuantize(x)
		forEachPath(t, func(path string) {
			got := make([]byte, len(want))
			QuantizeRowQ8_0(got, x)
			for j := range got {
				if got[j] != want[j] {
					t.Fatalf("%s: %d values: byte %d (block %d) = %#02x, want %#02x", path, len(x), j, j/34, got[j], want[j])
				}
			}
		})
	}
}

// FuzzQuantize compares every path with the naive reference on arbitrary
// bit patterns.
func FuzzQuantize(f *testing.F) {
	f.Add(make([]byte, 4*64))
	f.Fuzz(func(t *testing.T, data []byte) {
		x := make([]float32, len(data)/128*32)
		for i := range x {
			x[i] = math.Float32frombits(uint32(data[4*i]) | uint32(data[4*i+1])<<8 | uint32(data[4*i+2])<<16 | uint32(data[4*i+3])<<24)
		}
		want := naiveQuantize(x)
		forEachPath(t, func(path string) {
			got := make([]byte, len(want))
			QuantizeRowQ8_0(got, x)
			for j := range got {
				if got[j] != want[j] {
					t.Fatalf("%s: byte %d = %#02x, want %#02x", path, j, got[j], want[j])
				}
			}
		})
	})
}
