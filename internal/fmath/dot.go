package fmath

import "math/bits"

// Dot32 returns acc + Σ a[i]·b[i] over binary32 bit patterns in the
// canonical order
//
//	for i := range a { acc = Add32(acc, Mul32(a[i], b[i])) }
//
// that is, with one rounding after every multiplication and every addition,
// bit-identical to float32 hardware without FMA. b must be at least as long
// as a. NaN results are CanonicalNaN32.
//
// This is the inner loop of matrix products in the MIPS VM, so the common
// case (normal operands, normal product and sum) is written out here with
// few branches and 32-bit integer operations only (Go's MIPS backend fills
// no delay slots, so every branch costs two instructions); everything else
// goes through Mul32 and Add32. Shift counts are masked with &31 so the
// compiler emits bare shifts instead of guarding against counts >= 32.
func Dot32(acc uint32, a, b []uint32) uint32 {
	return Dot32Stride(acc, a, b, 1)
}

// Dot32Stride is Dot32 over every stride-th element from the first:
//
//	for i := 0; i < len(a); i += stride { acc = Add32(acc, Mul32(a[i], b[i])) }
//
// It serves lane-ordered dot products (tensor's 16-lane kernels), which add
// a[l], a[l+16], a[l+32], ... into lane l, without gathering the lanes.
// stride must be positive.
func Dot32Stride(acc uint32, a, b []uint32, stride int) uint32 {
	if stride < 1 {
		panic("fmath: Dot32Stride needs a positive stride")
	}
	b = b[:len(a)]
	i := 0
	for i < len(a) {
		acc, i = dot32Fast(acc, a, b, i, stride)
		if i < len(a) {
			// The element the fast loop stopped at takes the general path.
			acc = Add32(acc, Mul32(a[i], b[i]))
			i += stride
		}
	}
	return Canonical32(acc)
}

// dot32Fast accumulates a[i]·b[i], a[i+stride]·b[i+stride], ... into acc
// while every operation stays in the common case, and returns the new
// accumulator and the index of the first element it could not handle (at
// least len(a) when done). Its loop contains no calls, so the compiler
// keeps the loop state in registers.
func dot32Fast(acc uint32, a, b []uint32, i, stride int) (uint32, int) {
	b = b[:len(a)]
	for ; i < len(a); i += stride {
		x, y := a[i], b[i]

		// Product p = x·y, rounded.
		ex := x >> 23 & 0xFF
		ey := y >> 23 & 0xFF
		e := ex + ey - 127
		if ex-1 >= 0xFE || ey-1 >= 0xFE || e-1 >= 0xFD {
			return acc, i // zero, subnormal, Inf or NaN operand; product out of range
		}
		// Both normal; the product's exponent field is e or e+1, both
		// normal. Significands with the hidden bit at 31.
		hi, lo := bits.Mul32(x<<8|1<<31, y<<8|1<<31)
		if lo != 0 {
			hi |= 1 // sticky
		}
		s := hi>>31 ^ 1 // 1 when the product is below 2: normalize
		hi <<= s & 31
		e -= s
		// Round to nearest even at bit 8 and pack: a carry out of the
		// significand moves into the exponent field (and turns the largest
		// exponent into infinity). A significand of 24 ones that rounds up
		// carries out of the 32-bit word itself (hi wraps to a small
		// number): that product, a power of two, takes the general path.
		r := hi + 0x7F + hi>>8&1
		if r < hi {
			return acc, i
		}
		hi = r
		p := (x^y)&signMask32 | (e<<23 + hi>>8)

		// Sum acc + p, rounded. Compare magnitudes with the sign shifted
		// out.
		big, small := acc, p
		if big<<1 < small<<1 {
			big, small = small, big
		}
		eb := big >> 23 & 0xFF
		es := small >> 23 & 0xFF
		if es == 0 || eb == 0xFF {
			return acc, i // zero or subnormal accumulator; infinite product
		}
		d := eb - es
		if d >= 26 {
			// |small| < 2^−25·|big|: less than half an ulp of big even when
			// big is a power of two and small is subtracted, so the sum
			// rounds to big.
			acc = big
			continue
		}
		// Significands with the hidden bit at 29 and 6 guard bits; align
		// small with a sticky bit (lost holds the bits shifted out,
		// computed as ms<<1<<(31−d) so that d = 0 loses nothing).
		mb := big<<9>>3 | 1<<29
		ms := small<<9>>3 | 1<<29
		lost := ms << 1 << ((31 - d) & 31)
		ms >>= d & 31
		if lost != 0 {
			ms |= 1
		}
		var m uint32
		if (big^small)&signMask32 == 0 {
			m = mb + ms
			c := m >> 30 // carry: renormalize by one, keeping the sticky bit
			m = m>>(c&31) | m&c
			eb += c
		} else {
			m = mb - ms
			if m == 0 {
				return acc, i // exact cancellation
			}
			s := uint32(bits.LeadingZeros32(m)) - 2
			m <<= s & 31
			eb -= s // may wrap below zero: caught below
		}
		if eb-1 >= 0xFE {
			return acc, i // overflow or subnormal result
		}
		m += 0x1F + m>>6&1
		acc = big&signMask32 | ((eb-1)<<23 + m>>6)
	}
	return acc, i
}
