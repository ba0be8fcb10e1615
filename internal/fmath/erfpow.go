package fmath

import (
	"math"
	"sync"
)

// erfSeriesTerms bounds the Maclaurin series of erf used for |x| <= 2.5:
// its terms fall below 1e-18 of the sum by then.
const erfSeriesTerms = 44

// erfcFractionDepth is the depth of the continued fraction of erfc used for
// 2.5 < |x| < 4 (evaluated backwards from a fixed depth, so the result does
// not depend on a convergence test; erfc is below 4e-4 there, so its error
// is far below a float32 ulp of erf).
const erfcFractionDepth = 40

const twoBySqrtPi = 1.1283791670955126 // 2/√π
const oneBySqrtPi = 0.5641895835477563 // 1/√π

// erfCoefficients holds (−1)^n/(n!·(2n+1)) for n < erfSeriesTerms, each
// computed with one correctly rounded division by the float64 value of
// n!·(2n+1) (itself a product of correctly rounded multiplications), so
// the table is the same on every architecture. It is built on first use.
var erfCoefficients = sync.OnceValue(func() (c [erfSeriesTerms]float64) {
	f := 1.0 // n!
	for n := range c {
		if n > 0 {
			f = mul(f, float64(n))
		}
		c[n] = 1 / mul(f, float64(2*n+1))
		if n%2 == 1 {
			c[n] = -c[n]
		}
	}
	return c
})

// erf64 returns erf x for finite x.
//
// Canonical evaluation, for a = |x|:
//   - a <= 2.5: 2/√π · a · Horner(a², erfCoefficients);
//   - 2.5 < a < 4: 1 − erfc a with erfc a = e^(−a²)/√π · 1/f, where
//     f = a + ½/(a + 1/(a + (3/2)/(a + …))) is evaluated from depth 40
//     inwards;
//   - a >= 4: 1.
//
// The sign of x is restored at the end.
func erf64(x float64) float64 {
	a := x
	if a < 0 {
		a = -a
	}
	var r float64
	switch {
	case a <= 2.5:
		c := erfCoefficients()
		r = mul(twoBySqrtPi, mul(a, horner(mul(a, a), c[:])))
	case a < 4:
		f := a
		for k := erfcFractionDepth; k >= 1; k-- {
			f = a + mul(float64(k), 0.5)/f
		}
		r = 1 - mul(Exp64(-mul(a, a)), oneBySqrtPi)/f
	default:
		r = 1
	}
	if x < 0 {
		return -r
	}
	return r
}

// Erf returns the error function of x, evaluated in float64 (erf64) and
// rounded once to float32. NaN gives CanonicalNaN32; erf(±Inf) = ±1.
func Erf(x float32) float32 {
	switch {
	case isNaN(x):
		return nan32()
	case x > 10:
		return 1
	case x < -10:
		return -1
	}
	return f32(erf64(float64(x)))
}

// isInteger reports whether the finite float64 y is a whole number, and if
// so whether it is odd.
func isInteger(y float64) (whole, odd bool) {
	if y >= 0x1p53 || y <= -0x1p53 {
		return true, false // every float64 this large is an even integer
	}
	t := float64(int64(y))
	if t != y {
		return false, false
	}
	return true, int64(y)&1 != 0
}

// Pow returns x raised to the power y, rounded to float32.
//
// Canonical evaluation: y = 0 gives 1 (even for NaN x); NaN operands give
// NaN; y = 1 gives x; y = 2 gives float32(x·x) and y = 0.5 gives Sqrt(x)
// (what exported LayerNorms and RMSNorms use, computed exactly as ONNX
// Runtime does); otherwise, in float64, r = Exp64(y·Log64(|x|)) (every
// product rounded), negated for a negative x with an odd integer y, NaN
// for a negative x with a non-integer y, and rounded once to float32.
// Zeros and infinities follow IEEE pow (C99 Annex F).
func Pow(x, y float32) float32 {
	switch {
	case y == 0:
		return 1
	case isNaN(x) || isNaN(y):
		return nan32()
	case y == 1:
		return x
	case y == 2:
		return float32(x * x)
	case y == 0.5 && x >= 0:
		return Sqrt(x)
	}
	xd, yd := float64(x), float64(y)
	whole, odd := isInteger(yd)
	neg := math.Float32bits(x)>>31 == 1
	inf := math.Float64frombits(0x7FF0000000000000)
	switch {
	case x == 0:
		var r float64
		if yd < 0 {
			r = inf
		}
		if neg && odd {
			r = -r
			if yd > 0 {
				return negZero32()
			}
		}
		return f32(r)
	case math.IsInf(float64(y), 0):
		ax := xd
		if ax < 0 {
			ax = -ax
		}
		switch {
		case ax == 1:
			return 1
		case (ax > 1) == (yd > 0):
			return float32(inf)
		default:
			return 0
		}
	case math.IsInf(xd, 0):
		var r float64
		if yd > 0 {
			r = inf
		}
		if neg && odd {
			if r == 0 {
				return negZero32()
			}
			r = -r
		}
		return f32(r)
	case neg && !whole:
		return nan32()
	}
	ax := xd
	if neg {
		ax = -ax
	}
	r := Exp64(mul(yd, Log64(ax)))
	if neg && odd {
		r = -r
	}
	return f32(r)
}
