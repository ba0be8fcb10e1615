package fmath

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestDot32Stride compares Dot32Stride with a hardware float32 loop over
// every stride-th element, on vectors mixing every operand class.
func TestDot32Stride(t *testing.T) {
	r := rand.New(rand.NewPCG(15, 16))
	for trial := 0; trial < 5000; trial++ {
		k, stride := r.IntN(80), 1+r.IntN(20)
		a, b := make([]uint32, k), make([]uint32, k+r.IntN(3))
		for i := range a {
			a[i] = randomOperand(r, r.Uint32())
			b[i] = randomOperand(r, a[i])
			if trial%2 == 0 {
				a[i] = r.Uint32()&0x807FFFFF | uint32(115+r.IntN(20))<<23
				b[i] = r.Uint32()&0x807FFFFF | uint32(115+r.IntN(20))<<23
			}
		}
		acc0 := randomOperand(r, r.Uint32())
		want := math.Float32frombits(acc0)
		for i := 0; i < k; i += stride {
			want = float32(want + float32(math.Float32frombits(a[i])*math.Float32frombits(b[i])))
		}
		got := Dot32Stride(acc0, a, b, stride)
		if isNaN32(math.Float32bits(want)) {
			if got != CanonicalNaN32 {
				t.Fatalf("Dot32Stride = %#08x, want canonical NaN", got)
			}
			continue
		}
		if got != math.Float32bits(want) {
			t.Fatalf("trial %d (k %d, stride %d): Dot32Stride = %#08x, want %#08x", trial, k, stride, got, math.Float32bits(want))
		}
	}
}
