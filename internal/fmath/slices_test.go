package fmath

import (
	"math"
	"math/rand/v2"
	"testing"
)

func TestErfSliceMatchesErf(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	src := []float32{0, float32(math.Copysign(0, -1)), 2.5, -2.5, 2.5000002, 3, -4, 11, -11, float32(math.NaN()),
		float32(math.Inf(1)), float32(math.Inf(-1)), 1e-40, -1e-40, 0x1p-126}
	for len(src) < 40000 {
		v := math.Float32frombits(r.Uint32())
		if r.IntN(2) == 0 {
			v = float32(r.NormFloat64() * 2)
		}
		src = append(src, v)
	}
	dst := make([]float32, len(src))
	for _, off := range []int{0, 1, 2, 3} { // every alignment of the groups of four
		ErfSlice(dst[off:], src[off:])
		for i := off; i < len(src); i++ {
			if want := Erf(src[i]); math.Float32bits(dst[i]) != math.Float32bits(want) {
				t.Fatalf("ErfSlice(%v) = %v (%#x), Erf gives %v (%#x)", src[i], dst[i], math.Float32bits(dst[i]), want, math.Float32bits(want))
			}
		}
	}
}
