package fmath

// Slice forms of the elementary functions whose float64 evaluation is a
// long dependency chain (one Horner step waits for the previous one). They
// run four elements' chains interleaved, so the floating-point units
// overlap them; each element still goes through exactly the operations and
// roundings of the scalar function, so the bits are the same.

// ErfSlice sets dst[i] = Erf(src[i]) for every i < len(src).
func ErfSlice(dst, src []float32) {
	dst = dst[:len(src)]
	c := erfCoefficients()
	i := 0
	for ; i+4 <= len(src); i += 4 {
		x0, x1, x2, x3 := float64(src[i]), float64(src[i+1]), float64(src[i+2]), float64(src[i+3])
		a0, a1, a2, a3 := abs64(x0), abs64(x1), abs64(x2), abs64(x3)
		if !(a0 <= 2.5 && a1 <= 2.5 && a2 <= 2.5 && a3 <= 2.5) { // a NaN fails too
			for j := i; j < i+4; j++ {
				dst[j] = Erf(src[j])
			}
			continue
		}
		s0, s1, s2, s3 := mul(a0, a0), mul(a1, a1), mul(a2, a2), mul(a3, a3)
		p := c[len(c)-1]
		p0, p1, p2, p3 := p, p, p, p
		for k := len(c) - 2; k >= 0; k-- {
			ck := c[k]
			p0 = mul(p0, s0) + ck
			p1 = mul(p1, s1) + ck
			p2 = mul(p2, s2) + ck
			p3 = mul(p3, s3) + ck
		}
		dst[i] = f32(erfSign(x0, mul(twoBySqrtPi, mul(a0, p0))))
		dst[i+1] = f32(erfSign(x1, mul(twoBySqrtPi, mul(a1, p1))))
		dst[i+2] = f32(erfSign(x2, mul(twoBySqrtPi, mul(a2, p2))))
		dst[i+3] = f32(erfSign(x3, mul(twoBySqrtPi, mul(a3, p3))))
	}
	for ; i < len(src); i++ {
		dst[i] = Erf(src[i])
	}
}

func abs64(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

// erfSign restores the sign of x on r, as erf64 does.
func erfSign(x, r float64) float64 {
	if x < 0 {
		return -r
	}
	return r
}

// ErfSeries returns the coefficients of Erf's Maclaurin series (the |x| <=
// 2.5 branch: Erf = 2/√π · a · Horner(a², ErfSeries()), a = |x|, sign
// restored for x < 0) and 2/√π, for SIMD kernels that evaluate that branch
// lane by lane with the same roundings.
func ErfSeries() (c []float64, twoBySqrtPiValue float64) {
	a := erfCoefficients()
	return a[:], twoBySqrtPi
}

// ExpSeries returns what Exp64 evaluates, for SIMD kernels that run its
// operations lane by lane: the Taylor coefficients 1/k! (Horner order,
// constant term first) and log2 e, ln2Hi, ln2Lo (k = round(x·log2 e); r =
// (x − k·ln2Hi) − k·ln2Lo; e^x = Horner(r)·2^k). Exp on float32 takes that
// path for every x in [−104, 89].
func ExpSeries() (c []float64, log2e, ln2hi, ln2lo float64) {
	return expTaylor[:], log2E, ln2Hi, ln2Lo
}
