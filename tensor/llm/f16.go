package llm

import "math"

// Binary16 conversions (package tensor keeps its own unexported; these are
// the same IEEE operations): widening is exact, narrowing rounds to
// nearest even, as ggml's GGML_FP32_TO_FP16 (F16C) does.

// F16ToF32 widens a binary16 bit pattern to float32 exactly (NaNs become
// the canonical NaN).
func F16ToF32(h uint16) float32 { return widen(h) }

func f16ToF32Slow(h uint16) float32 {
	sign := uint32(h>>15) << 31
	exp := uint32(h>>10) & 0x1F
	mant := uint32(h) & 0x3FF
	switch {
	case exp == 0x1F:
		if mant != 0 {
			return math.Float32frombits(0x7FC00000) // canonical NaN
		}
		return math.Float32frombits(sign | 0x7F800000)
	case exp == 0:
		if mant == 0 {
			return math.Float32frombits(sign)
		}
		// Subnormal: normalize.
		e := uint32(127 - 15 + 1)
		for mant&0x400 == 0 {
			mant <<= 1
			e--
		}
		return math.Float32frombits(sign | e<<23 | (mant&0x3FF)<<13)
	}
	return math.Float32frombits(sign | (exp+127-15)<<23 | mant<<13)
}

// F32ToF16 rounds v to binary16, to nearest with ties to even; overflow
// gives ±Inf and NaN the canonical binary16 NaN 0x7E00.
func F32ToF16(v float32) uint16 {
	b := math.Float32bits(v)
	sign := uint16(b>>16) & 0x8000
	exp := int32(b>>23) & 0xFF
	mant := b & 0x7FFFFF
	if exp == 0xFF {
		if mant != 0 {
			return 0x7E00
		}
		return sign | 0x7C00
	}
	e := exp - 127 + 15
	if e >= 0x1F {
		return sign | 0x7C00
	}
	if e <= 0 {
		if e < -10 {
			return sign // rounds to zero (below half the smallest subnormal)
		}
		m := mant | 0x800000
		shift := uint32(14 - e)
		h := m >> shift
		rem := m & (1<<shift - 1)
		half := uint32(1) << (shift - 1)
		if rem > half || (rem == half && h&1 == 1) {
			h++
		}
		return sign | uint16(h)
	}
	h := uint32(e)<<10 | mant>>13
	rem := mant & 0x1FFF
	if rem > 0x1000 || (rem == 0x1000 && h&1 == 1) {
		h++ // may carry into the exponent, up to infinity: correct
	}
	return sign | uint16(h)
}

// RoundF16 rounds v to the nearest binary16 value, as a float32.
func RoundF16(v float32) float32 { return widen(F32ToF16(v)) }
