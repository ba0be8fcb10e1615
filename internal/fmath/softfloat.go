package fmath

import "math/bits"

// CanonicalNaN32 is the only NaN bit pattern the soft-float routines return
// and the only one the tensor kernels let through to their outputs. CPUs
// disagree on NaN payloads and signs (amd64 produces 0xFFC00000 for Inf-Inf,
// arm64 0x7FC00000, and they propagate different operand payloads), so every
// NaN is replaced by this quiet, positive pattern before it can reach a
// commitment.
const CanonicalNaN32 = 0x7FC00000

const (
	signMask32 = 0x80000000
	absMask32  = 0x7FFFFFFF
	expMask32  = 0x7F800000
	fracMask32 = 0x007FFFFF
	hidden32   = 0x00800000
)

// Canonical32 returns the bit pattern of x with any NaN replaced by
// CanonicalNaN32.
func Canonical32(x uint32) uint32 {
	if x&absMask32 > expMask32 {
		return CanonicalNaN32
	}
	return x
}

// Mul32 returns the IEEE-754 binary32 product a×b of two bit patterns,
// rounded to nearest, ties to even, exactly as a hardware float32 multiply
// does (subnormals are neither flushed nor treated as zero). A NaN result is
// always CanonicalNaN32.
//
// Only 32-bit integer operations are used so that the routine stays cheap on
// 32-bit MIPS, where Go's own soft-float costs about a thousand instructions
// per float operation.
func Mul32(a, b uint32) uint32 {
	sign := (a ^ b) & signMask32
	ea := (a >> 23) & 0xFF
	eb := (b >> 23) & 0xFF
	// Fast path: both operands normal and finite (exponent field 1..254).
	if ea-1 < 0xFE && eb-1 < 0xFE {
		return mulNormal(sign, int32(ea+eb)-127, a&fracMask32|hidden32, b&fracMask32|hidden32)
	}
	return mulSpecial(a, b, sign, ea, eb)
}

// mulSpecial handles operands that are zero, subnormal, infinite or NaN.
func mulSpecial(a, b, sign, ea, eb uint32) uint32 {
	ma := a & fracMask32
	mb := b & fracMask32
	if ea == 0xFF || eb == 0xFF {
		if (ea == 0xFF && ma != 0) || (eb == 0xFF && mb != 0) {
			return CanonicalNaN32
		}
		// At least one infinity: Inf×0 is invalid, anything else is Inf.
		if (ea == 0 && ma == 0) || (eb == 0 && mb == 0) {
			return CanonicalNaN32
		}
		return sign | expMask32
	}
	if (ea == 0 && ma == 0) || (eb == 0 && mb == 0) {
		return sign
	}
	// Normalize subnormal operands so both significands have the hidden bit
	// at position 23; the exponent may then go below 1.
	xa, xb := int32(ea), int32(eb)
	if ea == 0 {
		s := bits.LeadingZeros32(ma) - 8
		ma <<= uint(s)
		xa = 1 - int32(s)
	} else {
		ma |= hidden32
	}
	if eb == 0 {
		s := bits.LeadingZeros32(mb) - 8
		mb <<= uint(s)
		xb = 1 - int32(s)
	} else {
		mb |= hidden32
	}
	return mulNormal(sign, xa+xb-127, ma, mb)
}

// mulNormal multiplies two significands in [2^23, 2^24) whose exponents sum
// (with bias removed once) to e and rounds the product.
func mulNormal(sign uint32, e int32, ma, mb uint32) uint32 {
	// The 48-bit product, shifted to occupy the top of a 64-bit value:
	// hi is in [2^30, 2^32).
	hi, lo := bits.Mul32(ma<<8, mb<<8)
	if lo != 0 {
		hi |= 1 // sticky
	}
	if hi < 1<<31 {
		hi <<= 1
	} else {
		e++
	}
	// hi now has its leading one at bit 31: 24 significant bits above 8
	// round/sticky bits.
	return round32(sign, e, hi)
}

// round32 rounds the significand m (leading one at bit 31, the low 8 bits
// being round and sticky bits) with unbiased-plus-127 exponent e and packs the
// result, handling overflow to infinity and gradual underflow.
func round32(sign uint32, e int32, m uint32) uint32 {
	if uint32(e-1) >= 0xFD {
		if e > 0 {
			// e >= 254: 254 may still round up to infinity, which the
			// packing below does by carrying into the exponent field.
			if e > 254 {
				return sign | expMask32
			}
		} else {
			// Subnormal or zero result: shift right by 1-e with sticky.
			sh := uint32(1 - e)
			if sh >= 32 {
				if m != 0 {
					m = 1
				}
			} else if m<<(32-sh) != 0 {
				m = m>>sh | 1
			} else {
				m >>= sh
			}
			e = 0
			// Packing with exponent field 0: a carry out of the
			// fraction correctly produces the smallest normal.
			inc := roundIncrement(m)
			return sign | (m>>8 + inc)
		}
	}
	inc := roundIncrement(m)
	// (e-1)<<23 plus the significand including its hidden bit gives the
	// biased exponent e; a rounding carry out of the fraction bumps the
	// exponent, which turns 254 into infinity with a zero fraction.
	return sign | (uint32(e-1)<<23 + m>>8 + inc)
}

// roundIncrement returns 1 when the significand m (8 round bits at the
// bottom) must be rounded up under round-to-nearest-even.
func roundIncrement(m uint32) uint32 {
	r := m & 0xFF
	if r > 0x80 || (r == 0x80 && m&0x100 != 0) {
		return 1
	}
	return 0
}

// Add32 returns the IEEE-754 binary32 sum a+b of two bit patterns, rounded
// to nearest, ties to even, exactly as a hardware float32 add does. x+(−x) is
// +0; (−0)+(−0) is −0. A NaN result is always CanonicalNaN32.
func Add32(a, b uint32) uint32 {
	// Order the operands by magnitude so that |a| >= |b|.
	if a&absMask32 < b&absMask32 {
		a, b = b, a
	}
	ea := (a >> 23) & 0xFF
	eb := (b >> 23) & 0xFF
	if ea == 0xFF {
		if a&fracMask32 != 0 || b&absMask32 > expMask32 {
			return CanonicalNaN32
		}
		if eb == 0xFF && (a^b)&signMask32 != 0 {
			return CanonicalNaN32 // Inf - Inf
		}
		return a
	}
	if b&absMask32 == 0 {
		if a&absMask32 == 0 {
			return a & b // +0 unless both are -0
		}
		return a
	}
	sign := a & signMask32
	// Significands with the hidden bit at 29, leaving 6 guard bits below
	// the 24 significant bits and one bit of headroom for a carry.
	ma := (a & fracMask32) << 6
	mb := (b & fracMask32) << 6
	if ea != 0 {
		ma |= hidden32 << 6
	} else {
		ea = 1
	}
	if eb != 0 {
		mb |= hidden32 << 6
	} else {
		eb = 1
	}
	d := ea - eb
	if d != 0 {
		if d < 31 {
			if mb<<(32-d) != 0 {
				mb = mb>>d | 1
			} else {
				mb >>= d
			}
		} else {
			mb = 1 // only sticky survives
		}
	}
	e := int32(ea)
	var m uint32
	if (a^b)&signMask32 == 0 {
		m = ma + mb
		if m >= 1<<30 {
			m = m>>1 | m&1
			e++
		}
	} else {
		m = ma - mb
		if m == 0 {
			return 0 // exact cancellation rounds to +0
		}
		// Renormalize so the leading one is at bit 29 again. At most one
		// shift is needed when bits were jammed into the sticky bit (d >= 2);
		// larger shifts only happen when the subtraction was exact.
		s := int32(bits.LeadingZeros32(m)) - 2
		m <<= uint(s)
		e -= s
	}
	// Move the leading one to bit 31 for round32 (8 round/sticky bits).
	return round32(sign, e, m<<2)
}
