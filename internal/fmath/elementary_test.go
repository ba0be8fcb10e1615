package fmath

import (
	"math"
	"math/rand/v2"
	"testing"
)

// ulpDiff32 is the distance between a and b in units in the last place,
// counting across zero; NaNs are equal only to NaNs.
func ulpDiff32(a, b float32) int64 {
	if a != a || b != b {
		if a != a && b != b {
			return 0
		}
		return math.MaxInt64
	}
	ord := func(x float32) int64 {
		u := int64(math.Float32bits(x))
		if u&signMask32 != 0 {
			return -(u & absMask32)
		}
		return u
	}
	d := ord(a) - ord(b)
	if d < 0 {
		d = -d
	}
	return d
}

func ulpDiff64(a, b float64) int64 {
	if a != a || b != b {
		if a != a && b != b {
			return 0
		}
		return math.MaxInt64
	}
	ord := func(x float64) int64 {
		u := int64(math.Float64bits(x))
		if u < 0 {
			return -(u & math.MaxInt64)
		}
		return u
	}
	d := ord(a) - ord(b)
	if d < 0 {
		d = -d
	}
	return d
}

// sampleFloat32 draws inputs uniformly in [lo, hi] and, a quarter of the
// time, log-uniformly in magnitude so small arguments are covered.
func sampleFloat32(r *rand.Rand, lo, hi float64) float32 {
	if r.IntN(4) == 0 {
		m := math.Max(math.Abs(lo), math.Abs(hi))
		v := m * math.Exp2(-40*r.Float64())
		if lo < 0 && r.IntN(2) == 0 {
			v = -v
		}
		if v >= lo && v <= hi {
			return float32(v)
		}
	}
	return float32(lo + (hi-lo)*r.Float64())
}

func TestFloat32FunctionsAccuracy(t *testing.T) {
	tests := []struct {
		name    string
		got     func(float32) float32
		want    func(float64) float64
		lo, hi  float64
		maxUlps int64
	}{
		{"Exp", Exp, math.Exp, -110, 90, 1},
		{"Log", Log, math.Log, 0, 3.4e38, 1},
		{"Tanh", Tanh, math.Tanh, -12, 12, 1},
		{"Sigmoid", Sigmoid, func(x float64) float64 { return 1 / (1 + math.Exp(-x)) }, -110, 45, 1},
		{"Silu", Silu, func(x float64) float64 { return x / (1 + math.Exp(-x)) }, -110, 45, 1},
		{"Gelu", Gelu, func(x float64) float64 {
			// 0.5·x·(1+tanh u) = x/(1+e^(−2u)); the latter has no
			// cancellation for negative x.
			u := math.Sqrt(2/math.Pi) * (x + 0.044715*x*x*x)
			return x / (1 + math.Exp(-2*u))
		}, -25, 12, 1},
		{"Sin", Sin, math.Sin, -1e5, 1e5, 1},
		{"Cos", Cos, math.Cos, -1e5, 1e5, 1},
		{"Rsqrt", Rsqrt, func(x float64) float64 { return 1 / math.Sqrt(x) }, 0, 1e30, 1},
	}
	r := rand.New(rand.NewPCG(7, 8))
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			worst := int64(0)
			for i := 0; i < 300_000; i++ {
				x := sampleFloat32(r, tt.lo, tt.hi)
				got := tt.got(x)
				want := float32(tt.want(float64(x)))
				d := ulpDiff32(got, want)
				if d > worst {
					worst = d
				}
				if d > tt.maxUlps {
					t.Fatalf("%s(%v) = %v, want %v (%d ulp)", tt.name, x, got, want, d)
				}
			}
			t.Logf("worst error %d ulp", worst)
		})
	}
}

func TestFloat32FunctionsSpecialValues(t *testing.T) {
	inf := float32(math.Inf(1))
	nan := math.Float32frombits(0x7FC00001)
	negZero := math.Float32frombits(signMask32)
	tests := []struct {
		name string
		f    func(float32) float32
		in   float32
		want uint32
	}{
		{"Exp", Exp, 0, 0x3F800000},
		{"Exp", Exp, inf, 0x7F800000},
		{"Exp", Exp, -inf, 0},
		{"Exp", Exp, 89, 0x7F800000},
		{"Exp", Exp, -104.5, 0},
		{"Exp", Exp, nan, CanonicalNaN32},
		{"Log", Log, 1, 0},
		{"Log", Log, 0, 0xFF800000},
		{"Log", Log, negZero, 0xFF800000},
		{"Log", Log, -1, CanonicalNaN32},
		{"Log", Log, inf, 0x7F800000},
		{"Log", Log, nan, CanonicalNaN32},
		{"Tanh", Tanh, inf, 0x3F800000},
		{"Tanh", Tanh, -inf, 0xBF800000},
		{"Tanh", Tanh, negZero, signMask32},
		{"Tanh", Tanh, nan, CanonicalNaN32},
		{"Sigmoid", Sigmoid, 0, 0x3F000000},
		{"Sigmoid", Sigmoid, -inf, 0},
		{"Sigmoid", Sigmoid, inf, 0x3F800000},
		{"Silu", Silu, -inf, signMask32},
		{"Silu", Silu, inf, 0x7F800000},
		{"Gelu", Gelu, 0, 0},
		{"Gelu", Gelu, -inf, signMask32},
		{"Gelu", Gelu, inf, 0x7F800000},
		{"Sin", Sin, 0, 0},
		{"Sin", Sin, negZero, signMask32},
		{"Sin", Sin, inf, CanonicalNaN32},
		{"Cos", Cos, 0, 0x3F800000},
		{"Cos", Cos, nan, CanonicalNaN32},
		{"Sqrt", Sqrt, 4, 0x40000000},
		{"Sqrt", Sqrt, negZero, signMask32},
		{"Sqrt", Sqrt, -1, CanonicalNaN32},
		{"Sqrt", Sqrt, inf, 0x7F800000},
		{"Sqrt", Sqrt, math.Float32frombits(1), 0x1A3504F3},
		{"Rsqrt", Rsqrt, 0, 0x7F800000},
		{"Rsqrt", Rsqrt, 4, 0x3F000000},
		{"Rsqrt", Rsqrt, inf, 0},
	}
	for _, tt := range tests {
		if got := math.Float32bits(tt.f(tt.in)); got != tt.want {
			t.Errorf("%s(%v) = %#08x, want %#08x", tt.name, tt.in, got, tt.want)
		}
	}
}

// TestSqrtCorrectlyRounded compares Sqrt with float32(math.Sqrt(float64(x))),
// which is correctly rounded because a double-precision square root of a
// single-precision value cannot suffer from double rounding (53 >= 2·24+2).
// It runs over every 97th bit pattern of the positive floats plus randoms.
func TestSqrtCorrectlyRounded(t *testing.T) {
	check := func(b uint32) {
		x := math.Float32frombits(b)
		want := math.Float32bits(float32(math.Sqrt(float64(x))))
		if got := math.Float32bits(Sqrt(x)); got != want {
			t.Fatalf("Sqrt(%#08x) = %#08x, want %#08x", b, got, want)
		}
	}
	step := uint32(97)
	if testing.Short() {
		step = 9973
	}
	for b := uint32(0); b < 0x7F800000; b += step {
		check(b)
	}
	r := rand.New(rand.NewPCG(9, 10))
	for i := 0; i < 100_000; i++ {
		check(r.Uint32() & absMask32 % 0x7F800000)
	}
}

func TestFloat64Functions(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 12))
	worstExp, worstLog, worstSin, worstCos := int64(0), int64(0), int64(0), int64(0)
	for i := 0; i < 300_000; i++ {
		x := -740 + 1449*r.Float64()
		if d := ulpDiff64(Exp64(x), math.Exp(x)); d > worstExp {
			worstExp = d
		}
		// math.Log is the reference only for normal inputs: its amd64
		// assembly returns log(2^-1023) for every subnormal (5e-320 gives
		// -709.09 instead of -735.22), one more reason to own Log64.
		y := math.Exp2(-1020 + 2040*r.Float64())
		if d := ulpDiff64(Log64(y), math.Log(y)); d > worstLog {
			worstLog = d
		}
		z := -1e6 + 2e6*r.Float64()
		s, c := SinCos64(z)
		if d := ulpDiff64(s, math.Sin(z)); d > worstSin && math.Abs(s) > 1e-3 {
			worstSin = d
		}
		if d := ulpDiff64(c, math.Cos(z)); d > worstCos && math.Abs(c) > 1e-3 {
			worstCos = d
		}
	}
	t.Logf("worst ulp: Exp64 %d, Log64 %d, Sin %d, Cos %d", worstExp, worstLog, worstSin, worstCos)
	if worstExp > 4 || worstLog > 4 || worstSin > 4 || worstCos > 4 {
		t.Fatalf("float64 functions too inaccurate: exp %d, log %d, sin %d, cos %d ulp",
			worstExp, worstLog, worstSin, worstCos)
	}
}
