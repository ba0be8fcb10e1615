package fmath

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestErfAccuracy compares Erf with math.Erf (a float64 reference) rounded to float32: within one ulp.
func TestErfAccuracy(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 200000; i++ {
		x := sampleFloat32(r, -7, 7)
		want := float32(math.Erf(float64(x)))
		if d := ulpDiff32(Erf(x), want); d > 1 {
			t.Fatalf("Erf(%v) = %v, want %v (%d ulp)", x, Erf(x), want, d)
		}
	}
	for _, x := range []float32{0, float32(math.Copysign(0, -1)), 1e-30, -1e-30, 2.5, -2.5, 6, 11, -11} {
		if d := ulpDiff32(Erf(x), float32(math.Erf(float64(x)))); d > 1 {
			t.Errorf("Erf(%v) = %v, want %v", x, Erf(x), math.Erf(float64(x)))
		}
	}
	if Erf(float32(math.NaN())) != nan32() && math.Float32bits(Erf(float32(math.NaN()))) != CanonicalNaN32 {
		t.Error("Erf(NaN) is not the canonical NaN")
	}
}

// TestPowAccuracy compares Pow with math.Pow on random and special operands.
func TestPowAccuracy(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for i := 0; i < 200000; i++ {
		x := sampleFloat32(r, -20, 20)
		y := sampleFloat32(r, -6, 6)
		if i%3 == 0 {
			y = float32(int(y))
		}
		want := float32(math.Pow(float64(x), float64(y)))
		got := Pow(x, y)
		if math.IsNaN(float64(want)) {
			if math.Float32bits(got) != CanonicalNaN32 {
				t.Fatalf("Pow(%v, %v) = %v, want NaN", x, y, got)
			}
			continue
		}
		if d := ulpDiff32(got, want); d > 1 {
			t.Fatalf("Pow(%v, %v) = %v, want %v (%d ulp)", x, y, got, want, d)
		}
	}
	inf := float32(math.Inf(1))
	for _, c := range [][2]float32{{0, -1}, {0, 3}, {float32(math.Copysign(0, -1)), 3}, {float32(math.Copysign(0, -1)), -3},
		{-inf, 3}, {-inf, 2}, {-inf, -3}, {inf, -1}, {2, inf}, {0.5, inf}, {-1, inf}, {-2, 0.5}, {3, 2}, {-3, 3}, {4, 0.5}} {
		want := float32(math.Pow(float64(c[0]), float64(c[1])))
		got := Pow(c[0], c[1])
		if math.IsNaN(float64(want)) {
			if math.Float32bits(got) != CanonicalNaN32 {
				t.Errorf("Pow(%v, %v) = %v, want NaN", c[0], c[1], got)
			}
		} else if math.Float32bits(got) != math.Float32bits(want) {
			t.Errorf("Pow(%v, %v) = %v, want %v", c[0], c[1], got, want)
		}
	}
}
