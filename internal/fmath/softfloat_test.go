package fmath

import (
	"math"
	"math/rand/v2"
	"testing"
)

// edgeValues32 are bit patterns around every boundary the soft-float
// routines special-case.
var edgeValues32 = []uint32{
	0x00000000, 0x80000000, // zeros
	0x00000001, 0x00000002, 0x00000003, 0x007FFFFF, 0x00400000, 0x00400001, // subnormals
	0x00800000, 0x00800001, 0x00FFFFFF, 0x01000000, // smallest normals
	0x3F800000, 0x3F800001, 0x3F7FFFFF, 0x3FFFFFFF, 0x40000000, 0x3F000000, 0x3EFFFFFF,
	0x33800000, 0x34000000, 0x33FFFFFF, 0x4B000000, 0x4B7FFFFF, 0x4B800000,
	0x7F7FFFFF, 0x7F7FFFFE, 0x7F000000, 0x7E800000, // largest normals
	0x1F800000, 0x20000000, 0x5F800000, 0x60000000, // squares near the extremes
	0x7F800000, 0xFF800000, // infinities
	0x7FC00000, 0x7F800001, 0xFFC00001, 0x7FFFFFFF, // NaNs
}

func withSigns(v []uint32) []uint32 {
	out := make([]uint32, 0, 2*len(v))
	for _, x := range v {
		out = append(out, x, x^signMask32)
	}
	return out
}

// hwMul and hwAdd are the hardware references: Go float32 arithmetic with
// one rounding per operation.
func hwMul(a, b uint32) uint32 {
	return math.Float32bits(float32(math.Float32frombits(a) * math.Float32frombits(b)))
}

func hwAdd(a, b uint32) uint32 {
	return math.Float32bits(float32(math.Float32frombits(a) + math.Float32frombits(b)))
}

func isNaN32(x uint32) bool { return x&absMask32 > expMask32 }

func checkOp(t *testing.T, name string, soft, hw func(a, b uint32) uint32, a, b uint32, fails *int) {
	t.Helper()
	got, want := soft(a, b), hw(a, b)
	if isNaN32(want) {
		if got != CanonicalNaN32 {
			*fails++
			if *fails < 10 {
				t.Errorf("%s(%#08x, %#08x) = %#08x, want canonical NaN", name, a, b, got)
			}
		}
		return
	}
	if got != want {
		*fails++
		if *fails < 10 {
			t.Errorf("%s(%#08x, %#08x) = %#08x, want %#08x", name, a, b, got, want)
		}
	}
}

func TestSoftFloatEdgeCases(t *testing.T) {
	edges := withSigns(edgeValues32)
	fails := 0
	for _, a := range edges {
		for _, b := range edges {
			checkOp(t, "Mul32", Mul32, hwMul, a, b, &fails)
			checkOp(t, "Add32", Add32, hwAdd, a, b, &fails)
		}
	}
}

// randomOperand draws bit patterns from several distributions so that all
// paths (cancellation, far-apart exponents, subnormal results, overflow) are
// exercised often.
func randomOperand(r *rand.Rand, near uint32) uint32 {
	switch r.IntN(8) {
	case 0:
		return r.Uint32() // uniform over all bit patterns
	case 1:
		return r.Uint32() & 0x807FFFFF // subnormal or zero
	case 2:
		// Same exponent neighbourhood as near: cancellation and ties.
		e := int32(near>>23&0xFF) + int32(r.IntN(5)) - 2
		if e < 0 {
			e = 0
		}
		if e > 254 {
			e = 254
		}
		return r.Uint32()&0x807FFFFF | uint32(e)<<23
	case 3:
		// Near near itself: a few ulps away, either sign.
		return (near + uint32(r.IntN(7)) - 3) ^ (r.Uint32() & signMask32)
	case 4:
		// Few significant bits: exercises exact results and ties.
		return r.Uint32()&0xFFFF0000 | uint32(r.IntN(2))
	case 5:
		// Small exponents: products underflow into subnormals.
		return r.Uint32()&0x807FFFFF | uint32(r.IntN(40))<<23
	case 6:
		// Large exponents: products overflow.
		return r.Uint32()&0x807FFFFF | uint32(215+r.IntN(40))<<23
	default:
		// Typical ML magnitudes.
		return r.Uint32()&0x807FFFFF | uint32(110+r.IntN(30))<<23
	}
}

func TestSoftFloatRandom(t *testing.T) {
	n := 4_000_000
	if testing.Short() {
		n = 200_000
	}
	r := rand.New(rand.NewPCG(1, 2))
	fails := 0
	for i := 0; i < n; i++ {
		a := randomOperand(r, r.Uint32())
		b := randomOperand(r, a)
		if r.IntN(2) == 0 {
			a, b = b, a
		}
		checkOp(t, "Mul32", Mul32, hwMul, a, b, &fails)
		checkOp(t, "Add32", Add32, hwAdd, a, b, &fails)
	}
	if fails > 0 {
		t.Fatalf("%d mismatches out of %d pairs", fails, 2*n)
	}
}

// TestSoftFloatTies checks round-half-even on constructed exact ties: b is
// a power of two chosen so that a+b lands exactly half way between two
// representable values.
func TestSoftFloatTies(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	fails := 0
	for i := 0; i < 200_000; i++ {
		e := uint32(30 + r.IntN(190))
		a := e<<23 | r.Uint32()&fracMask32
		half := (e - 24) << 23 // half an ulp of a
		b := half ^ (r.Uint32() & signMask32)
		checkOp(t, "Add32", Add32, hwAdd, a, b, &fails)
		// Products of two 12-bit significands are exact; of 13-bit ones
		// they have 26 bits and often tie.
		x := uint32(100+r.IntN(50))<<23 | r.Uint32()&0x007FF800
		y := uint32(100+r.IntN(50))<<23 | r.Uint32()&0x007FF800
		checkOp(t, "Mul32", Mul32, hwMul, x, y, &fails)
	}
}

func TestCanonical32(t *testing.T) {
	tests := []struct{ in, want uint32 }{
		{0x7FC00000, CanonicalNaN32},
		{0xFFC00000, CanonicalNaN32},
		{0x7F800001, CanonicalNaN32},
		{0x7F800000, 0x7F800000},
		{0xFF800000, 0xFF800000},
		{0x3F800000, 0x3F800000},
		{0x80000000, 0x80000000},
	}
	for _, tt := range tests {
		if got := Canonical32(tt.in); got != tt.want {
			t.Errorf("Canonical32(%#08x) = %#08x, want %#08x", tt.in, got, tt.want)
		}
	}
}

func BenchmarkMulAdd32(b *testing.B) {
	r := rand.New(rand.NewPCG(5, 6))
	xs := make([]uint32, 1024)
	for i := range xs {
		xs[i] = math.Float32bits(float32(r.NormFloat64()))
	}
	acc := uint32(0)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		acc = Add32(acc, Mul32(xs[i&1023], xs[(i+1)&1023]))
	}
	sink32 = acc
}

var sink32 uint32

// TestDot32 compares Dot32 with a hardware float32 loop, one rounding per
// operation, on vectors mixing every operand class.
func TestDot32(t *testing.T) {
	r := rand.New(rand.NewPCG(13, 14))
	n := 20000
	if testing.Short() {
		n = 2000
	}
	for trial := 0; trial < n; trial++ {
		k := 1 + r.IntN(64)
		a, b := make([]uint32, k), make([]uint32, k)
		for i := range a {
			a[i] = randomOperand(r, r.Uint32())
			b[i] = randomOperand(r, a[i])
			if trial%2 == 0 { // typical ML values: mostly normal, similar scale
				a[i] = r.Uint32()&0x807FFFFF | uint32(115+r.IntN(20))<<23
				b[i] = r.Uint32()&0x807FFFFF | uint32(115+r.IntN(20))<<23
			}
		}
		acc0 := randomOperand(r, r.Uint32())
		want := math.Float32frombits(acc0)
		for i := range a {
			want = float32(want + float32(math.Float32frombits(a[i])*math.Float32frombits(b[i])))
		}
		got := Dot32(acc0, a, b)
		if isNaN32(math.Float32bits(want)) {
			if got != CanonicalNaN32 {
				t.Fatalf("Dot32 = %#08x, want canonical NaN", got)
			}
			continue
		}
		if got != math.Float32bits(want) {
			t.Fatalf("trial %d: Dot32 = %#08x, want %#08x", trial, got, math.Float32bits(want))
		}
	}
}

// TestDot32FarApartExponents targets the shortcut for addends 26 or more
// binades below the accumulator, including accumulators that are powers of
// two (where subtracting rounds towards the next smaller binade).
func TestDot32FarApartExponents(t *testing.T) {
	r := rand.New(rand.NewPCG(15, 16))
	fails := 0
	for i := 0; i < 200_000; i++ {
		ea := uint32(60 + r.IntN(120))
		acc := ea << 23
		if r.IntN(2) == 0 {
			acc |= r.Uint32() & fracMask32
		}
		acc |= r.Uint32() & signMask32
		// A product about 2^-(20..30) of acc.
		target := ea - uint32(20+r.IntN(11))
		x := uint32(127)<<23 | r.Uint32()&fracMask32 | r.Uint32()&signMask32
		y := (target-127+127)<<23 | r.Uint32()&fracMask32
		got := Dot32(acc, []uint32{x}, []uint32{y})
		want := hwAdd(acc, hwMul(x, y))
		if got != want {
			fails++
			if fails < 10 {
				t.Errorf("Dot32(%#08x, %#08x·%#08x) = %#08x, want %#08x", acc, x, y, got, want)
			}
		}
	}
}

// TestDot32ProductRoundsToPowerOfTwo: products whose significand is 24 ones
// and rounds up to the next power of two (x·y just below 2^k) must carry
// into the exponent. Found by opml's ONNX VM check on PP-OCR's classifier:
// 0xbdf229b0·0x3f07505c = −0.0625 after rounding, which the fast path had
// taken as −0.015625.
func TestDot32ProductRoundsToPowerOfTwo(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 7))
	checked := 0
	for range 20000 {
		x := math.Float32frombits(uint32(r.IntN(0x7E000000-0x01000000) + 0x01000000))
		inv := math.Float32bits(1 / x)
		for d := -2; d <= 2; d++ {
			y := inv + uint32(d)
			p := x * math.Float32frombits(y)
			if math.Float32bits(p)&0x7FFFFF != 0 {
				continue // not a power of two
			}
			checked++
			acc := math.Float32frombits(uint32(r.IntN(0x7F000000)) | uint32(r.IntN(2))<<31)
			want := acc + float32(x*math.Float32frombits(y))
			if got := Dot32(math.Float32bits(acc), []uint32{math.Float32bits(x)}, []uint32{y}); got != Canonical32(math.Float32bits(want)) {
				t.Fatalf("%v + %08x·%08x: Dot32 %08x, hardware %08x", acc, math.Float32bits(x), y, got, math.Float32bits(want))
			}
		}
	}
	a := []uint32{0xbdf229b0}
	b := []uint32{0x3f07505c}
	if got := Dot32(0xbf4e66de, a, b); got != 0xbf5e66de {
		t.Fatalf("the PP-OCR case: %08x, want bf5e66de", got)
	}
	t.Logf("%d products rounding to a power of two", checked)
}
