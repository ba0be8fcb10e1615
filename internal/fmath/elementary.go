package fmath

import (
	"math"
	"math/bits"
)

// The float64 helpers below make every rounding explicit. mul rounds its
// product before the caller can add to it, which forbids FMA contraction
// (the Go spec lets a compiler fuse x*y+z unless x*y is explicitly
// converted). Only math.Float{32,64}{bits,frombits} are used from package
// math; they are pure bit reinterpretations.

func mul(a, b float64) float64 { return float64(a * b) }

// horner evaluates c[0] + x*(c[1] + x*(c[2] + ...)) with one rounding per
// operation, innermost coefficient last.
func horner(x float64, c []float64) float64 {
	p := c[len(c)-1]
	for i := len(c) - 2; i >= 0; i-- {
		p = mul(p, x) + c[i]
	}
	return p
}

// Constants derived to 300 bits with math/big (pi by Machin's formula, ln 2
// by its series) and split so that products with small integers are exact.
const (
	ln2Hi   = 0x1.62e42feep-01 // top 32 bits of ln 2
	ln2Lo   = 0x1.a39ef35793c76p-33
	ln2     = 0x1.62e42fefa39efp-01
	log2E   = 0x1.71547652b82fep+00
	twoByPi = 0x1.45f306dc9c883p-01
	piBy2A  = 0x1.921fb544p+00 // top 33 bits of pi/2
	piBy2B  = 0x1.0b4611a6p-34 // next 33 bits
	piBy2C  = 0x1.3198a2e037073p-69
)

// expTaylor holds 1/k! for k = 0..13: e^r on |r| <= ln2/2 to below 1e-17.
var expTaylor = [...]float64{
	1, 1, 1.0 / 2, 1.0 / 6, 1.0 / 24, 1.0 / 120, 1.0 / 720, 1.0 / 5040,
	1.0 / 40320, 1.0 / 362880, 1.0 / 3628800, 1.0 / 39916800,
	1.0 / 479001600, 1.0 / 6227020800,
}

// expm1Taylor holds 1/(k+1)! for k = 0..14, so that
// expm1(r) = r * horner(r, expm1Taylor) on |r| <= 0.7 to about 1e-15
// relative, without the cancellation of exp(r)-1.
var expm1Taylor = [...]float64{
	1, 1.0 / 2, 1.0 / 6, 1.0 / 24, 1.0 / 120, 1.0 / 720, 1.0 / 5040,
	1.0 / 40320, 1.0 / 362880, 1.0 / 3628800, 1.0 / 39916800,
	1.0 / 479001600, 1.0 / 6227020800, 1.0 / 87178291200, 1.0 / 1307674368000,
}

// roundToInt rounds x (|x| < 2^31) to the nearest integer, halves away from
// zero. Float-to-int conversion truncates toward zero on every GOARCH.
func roundToInt(x float64) int32 {
	if x < 0 {
		return int32(x - 0.5)
	}
	return int32(x + 0.5)
}

// pow2 returns 2^k as a float64 for -1022 <= k <= 1023.
func pow2(k int32) float64 {
	return math.Float64frombits(uint64(k+1023) << 52)
}

// Exp64 returns e^x with a relative error of a few ulp, bit-identical on
// every architecture. Exp64(NaN) is NaN.
//
// Canonical evaluation: k = round(x·log2 e); r = (x − k·ln2Hi) − k·ln2Lo;
// p = Horner(r, 1/0!, …, 1/13!); result p·2^k (two steps below 2^−1022).
func Exp64(x float64) float64 {
	switch {
	case x != x:
		return x
	case x > 709.8:
		return math.Float64frombits(0x7FF0000000000000)
	case x < -745.2:
		return 0
	}
	k := roundToInt(mul(x, log2E))
	kf := float64(k)
	r := (x - mul(kf, ln2Hi)) - mul(kf, ln2Lo)
	p := horner(r, expTaylor[:])
	if k < -1021 {
		return mul(mul(p, pow2(k+100)), 0x1p-100)
	}
	if k > 1023 {
		return mul(mul(p, pow2(k-1)), 2)
	}
	return mul(p, pow2(k))
}

// expm1 returns e^x − 1 for |x| <= 700, accurately also near zero.
func expm1(x float64) float64 {
	if x > -0.7 && x < 0.7 {
		return mul(x, horner(x, expm1Taylor[:]))
	}
	return Exp64(x) - 1
}

// logSeries holds 1/(2k+1) for k = 0..9:
// ln((1+s)/(1−s)) = 2s·(1 + s²/3 + s⁴/5 + …).
var logSeries = [...]float64{
	1, 1.0 / 3, 1.0 / 5, 1.0 / 7, 1.0 / 9, 1.0 / 11, 1.0 / 13, 1.0 / 15, 1.0 / 17, 1.0 / 19,
}

// Log64 returns the natural logarithm of x with a relative error of a few
// ulp, bit-identical on every architecture: NaN for x < 0 or NaN, −Inf for
// ±0, +Inf for +Inf.
//
// Canonical evaluation: x = m·2^k with m in [√½, √2); f = m − 1;
// s = f/(2+f); result k·ln2Hi + (2s·Horner(s², 1, 1/3, …, 1/19) + k·ln2Lo).
func Log64(x float64) float64 {
	b := math.Float64bits(x)
	switch {
	case x != x || b>>63 != 0 && x != 0:
		return math.Float64frombits(0x7FF8000000000000)
	case x == 0:
		return math.Float64frombits(0xFFF0000000000000)
	case b == 0x7FF0000000000000:
		return x
	}
	k := int32(b>>52) - 1023
	frac := b & (1<<52 - 1)
	if b>>52 == 0 { // subnormal: normalize
		s := bits.LeadingZeros64(frac) - 11
		frac = frac << uint(s) & (1<<52 - 1)
		k = -1022 - int32(s)
	}
	m := math.Float64frombits(frac | 1023<<52) // in [1, 2)
	if m > 1.4142135623730951 {
		m = mul(m, 0.5)
		k++
	}
	f := m - 1
	s := f / (2 + f)
	z := mul(s, s)
	kf := float64(k)
	return mul(kf, ln2Hi) + (mul(mul(2, s), horner(z, logSeries[:])) + mul(kf, ln2Lo))
}

// sinTaylor and cosTaylor hold the alternating Taylor coefficients in
// r²: sin r = r·Horner(r², …), cos r = Horner(r², …), on |r| <= π/4 to
// below 1e-17.
var sinTaylor = [...]float64{
	1, -1.0 / 6, 1.0 / 120, -1.0 / 5040, 1.0 / 362880, -1.0 / 39916800,
	1.0 / 6227020800, -1.0 / 1307674368000, 1.0 / 355687428096000,
}

var cosTaylor = [...]float64{
	1, -1.0 / 2, 1.0 / 24, -1.0 / 720, 1.0 / 40320, -1.0 / 3628800,
	1.0 / 479001600, -1.0 / 87178291200, 1.0 / 20922789888000,
}

// SinCos64 returns sin x and cos x, bit-identical on every architecture.
// For |x| < 2^20·π/2 the argument reduction is accurate and the results are
// within a few ulp; beyond that accuracy degrades (but stays deterministic),
// and for |x| >= 2^30 or non-finite x both results are NaN.
//
// Canonical evaluation: k = round(x·2/π); r = ((x − k·A) − k·B) − k·C with
// π/2 = A + B + C split into 33, 33 and 53 bits; sin and cos of r by their
// Taylor series; the quadrant k mod 4 selects and negates.
func SinCos64(x float64) (sin, cos float64) {
	if !(x > -0x1p30 && x < 0x1p30) {
		nan := math.Float64frombits(0x7FF8000000000000)
		return nan, nan
	}
	k := roundToInt(mul(x, twoByPi))
	kf := float64(k)
	r := ((x - mul(kf, piBy2A)) - mul(kf, piBy2B)) - mul(kf, piBy2C)
	r2 := mul(r, r)
	s := mul(r, horner(r2, sinTaylor[:]))
	c := horner(r2, cosTaylor[:])
	switch k & 3 {
	case 0:
		return s, c
	case 1:
		return c, -s
	case 2:
		return -s, -c
	default:
		return -c, s
	}
}

// tanh64 returns tanh x for finite x.
func tanh64(x float64) float64 {
	ax := x
	if ax < 0 {
		ax = -ax
	}
	if ax > 20 {
		ax = 1
	} else {
		t := expm1(2 * ax)
		ax = t / (t + 2)
	}
	if x < 0 {
		return -ax
	}
	return ax
}

// nan32 is the canonical NaN as a float32 value.
func nan32() float32 { return math.Float32frombits(CanonicalNaN32) }

func negZero32() float32 { return math.Float32frombits(signMask32) }

func isNaN(x float32) bool { return x != x }

// f32 rounds a float64 to float32. The conversion is correctly rounded on
// every architecture (hardware and Go's soft-float alike).
func f32(x float64) float32 { return float32(x) }

// Exp returns e^x rounded from the float64 result of Exp64: within one ulp,
// bit-identical on every architecture. NaN gives CanonicalNaN32.
func Exp(x float32) float32 {
	if isNaN(x) {
		return nan32()
	}
	if x > 89 {
		return float32(math.Inf(1))
	}
	if x < -104 {
		return 0
	}
	return f32(Exp64(float64(x)))
}

// Log returns ln x rounded from Log64: within one ulp, bit-identical on
// every architecture. Log of a negative number or NaN is CanonicalNaN32.
func Log(x float32) float32 {
	if isNaN(x) || x < 0 {
		return nan32()
	}
	return f32(Log64(float64(x)))
}

// Tanh returns tanh x within one ulp. Canonical evaluation in float64:
// t = expm1(2|x|) (Taylor series for 2|x| < 0.7, else Exp64−1);
// tanh|x| = t/(t+2); the sign of x is restored; rounded once to float32.
func Tanh(x float32) float32 {
	if isNaN(x) {
		return nan32()
	}
	return f32(tanh64(float64(x)))
}

// Sigmoid returns 1/(1+e^−x) evaluated in float64 with Exp64 and rounded
// once to float32.
func Sigmoid(x float32) float32 {
	if isNaN(x) {
		return nan32()
	}
	if x < -120 {
		return 0
	}
	if x > 40 {
		return 1
	}
	return f32(1 / (1 + Exp64(-float64(x))))
}

// Silu returns x·sigmoid(x) = x/(1+e^−x), evaluated in float64 with Exp64
// and rounded once to float32.
func Silu(x float32) float32 {
	if isNaN(x) {
		return nan32()
	}
	xd := float64(x)
	if x < -120 {
		return negZero32() // the product underflows
	}
	if x > 40 {
		return x
	}
	return f32(xd / (1 + Exp64(-xd)))
}

// Gelu returns the tanh approximation of GELU,
// 0.5·x·(1 + tanh(√(2/π)·(x + 0.044715·x³))), evaluated in float64 in the
// algebraically equal form x/(1 + e^(−2u)) with u = √(2/π)·(x + 0.044715·x³)
// (no cancellation for negative x), and rounded once to float32.
func Gelu(x float32) float32 {
	if isNaN(x) {
		return nan32()
	}
	xd := float64(x)
	if x > 10 {
		return x
	}
	if x < -20 {
		return negZero32() // |gelu x| < 1e-250 underflows
	}
	const sqrt2ByPi = 0.7978845608028654 // √(2/π)
	u := mul(sqrt2ByPi, xd+mul(0.044715, mul(mul(xd, xd), xd)))
	return f32(xd / (1 + Exp64(-2*u)))
}

// Sin and Cos return sin x and cos x rounded from SinCos64.
func Sin(x float32) float32 {
	s, _ := SinCos64(float64(x))
	return canonicalNaN(f32(s))
}

// Cos returns cos x rounded from SinCos64.
func Cos(x float32) float32 {
	_, c := SinCos64(float64(x))
	return canonicalNaN(f32(c))
}

func canonicalNaN(x float32) float32 {
	if isNaN(x) {
		return nan32()
	}
	return x
}

// Sqrt returns the correctly rounded square root of x (ties cannot occur),
// computed from the bit pattern with an integer square root. Sqrt(−0) is
// −0; negative numbers and NaN give CanonicalNaN32.
func Sqrt(x float32) float32 {
	return math.Float32frombits(sqrtBits(math.Float32bits(x)))
}

func sqrtBits(b uint32) uint32 {
	switch {
	case b&absMask32 == 0:
		return b // ±0
	case b&absMask32 > expMask32 || b&signMask32 != 0:
		return CanonicalNaN32
	case b == expMask32:
		return b // +Inf
	}
	e := int32(b >> 23)
	m := b & fracMask32
	if e == 0 {
		s := bits.LeadingZeros32(m) - 8
		m <<= uint(s)
		e = 1 - int32(s)
	} else {
		m |= hidden32
	}
	// x = m·2^E with E = e−127−23; make E even so the root is m'·2^(E/2).
	E := e - 150
	if E&1 != 0 {
		m <<= 1
		E--
	}
	// s = floor(sqrt(m·2^26)) has 25 or 26 bits: the 24 result bits and at
	// least one round bit; a non-zero remainder is the sticky bit.
	root, rem := isqrt64(uint64(m) << 26)
	lead := int32(63 - bits.LeadingZeros64(root)) // 24 or 25
	sig := uint32(root) << uint(31-lead)
	if rem != 0 {
		sig |= 1
	}
	// value = root·2^(E/2−13) = (root/2^lead)·2^(lead+E/2−13)
	return round32(0, lead+E/2-13+127, sig)
}

// isqrt64 returns floor(sqrt(n)) and n − floor(sqrt(n))², digit by digit.
func isqrt64(n uint64) (root, rem uint64) {
	bit := uint64(1) << 62
	for bit > n {
		bit >>= 2
	}
	for bit != 0 {
		if n >= root+bit {
			n -= root + bit
			root = root>>1 + bit
		} else {
			root >>= 1
		}
		bit >>= 2
	}
	return root, n
}

// Rsqrt returns 1/Sqrt(x) with two roundings: exactly
// float32(1) / Sqrt(x) as a float32 division.
func Rsqrt(x float32) float32 {
	return canonicalNaN(1 / Sqrt(x))
}
