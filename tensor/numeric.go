package tensor

import (
	"math"
	"math/bits"

	"github.com/opml-dev/opml/internal/fmath"
)

// canonicalNaN is fmath.CanonicalNaN32 as a float32 value.
var canonicalNaN = math.Float32frombits(fmath.CanonicalNaN32)

// isNaN tests the bit pattern, which costs a few integer instructions on
// every GOARCH (a float comparison is a soft-float call on MIPS).
func isNaN(v float32) bool { return math.Float32bits(v)&0x7FFFFFFF > 0x7F800000 }

// isFinite reports whether v is neither infinite nor NaN.
func isFinite(v float32) bool { return math.Float32bits(v)&0x7F800000 != 0x7F800000 }

// canonicalizeNaNs replaces every NaN in x by the canonical NaN. Every
// float32 operation output passes through it.
func canonicalizeNaNs(x []float32) {
	if f := nanSets[KernelPath()]; f != nil && len(x) >= 64 {
		f(x)
		return
	}
	canonicalizeNaNsGo(x)
}

func canonicalizeNaNsGo(x []float32) {
	for i, v := range x {
		if math.Float32bits(v)&0x7FFFFFFF > 0x7F800000 {
			x[i] = canonicalNaN
		}
	}
}

// f16ToF32 converts IEEE binary16 bits to float32 exactly (NaN becomes the
// canonical NaN).
func f16ToF32(h uint16) float32 {
	sign := uint32(h&0x8000) << 16
	e := uint32(h>>10) & 0x1F
	m := uint32(h & 0x3FF)
	switch {
	case e == 0x1F:
		if m != 0 {
			return canonicalNaN
		}
		return math.Float32frombits(sign | 0x7F800000)
	case e == 0:
		if m == 0 {
			return math.Float32frombits(sign)
		}
		// Subnormal: move the leading one to bit 10.
		s := uint32(bits.LeadingZeros32(m) - 21)
		m = m << s & 0x3FF
		return math.Float32frombits(sign | (1-s+127-15)<<23 | m<<13)
	}
	return math.Float32frombits(sign | (e+127-15)<<23 | m<<13)
}

// f32ToF16 rounds a float32 to binary16, to nearest with ties to even,
// including gradual underflow and overflow to infinity. NaN becomes 0x7E00.
func f32ToF16(v float32) uint16 {
	x := math.Float32bits(v)
	sign := uint16(x>>16) & 0x8000
	abs := x & 0x7FFFFFFF
	switch {
	case abs > 0x7F800000:
		return 0x7E00
	case abs >= 0x477FF000: // 65520 and above round to infinity
		return sign | 0x7C00
	case abs >= 0x38800000: // normal binary16 (>= 2^-14)
		r := abs - (127-15)<<23
		q := r >> 13
		rem := r & 0x1FFF
		if rem > 0x1000 || (rem == 0x1000 && q&1 != 0) {
			q++
		}
		return sign | uint16(q)
	}
	// Subnormal binary16: count units of 2^-24.
	e := abs >> 23
	if e < 102 {
		return sign // below 2^-25: rounds to zero
	}
	m := abs&0x7FFFFF | 0x800000
	shift := 126 - e // 14..24
	q := m >> shift
	rem := m & (1<<shift - 1)
	half := uint32(1) << (shift - 1)
	if rem > half || (rem == half && q&1 != 0) {
		q++
	}
	return sign | uint16(q)
}

// canonicalF16 replaces binary16 NaNs by 0x7E00.
func canonicalF16(h uint16) uint16 {
	if h&0x7FFF > 0x7C00 {
		return 0x7E00
	}
	return h
}

// bf16ToF32 converts bfloat16 bits to float32 exactly.
func bf16ToF32(h uint16) float32 {
	return math.Float32frombits(uint32(canonicalBF16(h)) << 16)
}

// f32ToBF16 rounds a float32 to bfloat16, to nearest with ties to even.
// NaN becomes 0x7FC0.
func f32ToBF16(v float32) uint16 {
	x := math.Float32bits(v)
	if x&0x7FFFFFFF > 0x7F800000 {
		return 0x7FC0
	}
	return uint16((x + 0x7FFF + (x>>16)&1) >> 16)
}

// canonicalBF16 replaces bfloat16 NaNs by 0x7FC0.
func canonicalBF16(h uint16) uint16 {
	if h&0x7FFF > 0x7F80 {
		return 0x7FC0
	}
	return h
}

// roundHalfAway rounds v (|v| < 2^30) to the nearest integer, halves away
// from zero. v − float32(t) is exact for the truncation t, and conversion
// of a float to an integer truncates on every GOARCH.
func roundHalfAway(v float32) int32 {
	t := int32(v)
	f := v - float32(t)
	if f >= 0.5 {
		t++
	} else if f <= -0.5 {
		t--
	}
	return t
}

// quantizeBlock quantizes one block of 32 values into q and returns the
// block scale d. Canonical evaluation:
//
//	amax = max |x[i]| (exact comparisons)
//	d    = float32(amax / 127)
//	q[i] = clamp(roundHalfAway(float32(x[i] / d)), −127, 127)
//
// With f16Scale (Q8 storage) d is rounded to binary16 before the q[i] are
// computed: d = f16ToF32(f32ToF16(float32(amax / 127))).
//
// A block of zeros (or whose scale rounds to zero) has d = 0 and q = 0. A
// block containing Inf or NaN, or whose scale overflows, has d = NaN and
// q = 0, so every product with it is NaN.
func quantizeBlock(q []int8, x []float32, f16Scale bool) float32 {
	q = q[:QBlock]
	x = x[:QBlock]
	amax := float32(0)
	for _, v := range x {
		if !isFinite(v) {
			clear(q)
			return canonicalNaN
		}
		a := math.Float32frombits(math.Float32bits(v) & 0x7FFFFFFF)
		if a > amax {
			amax = a
		}
	}
	d := amax / 127
	if f16Scale {
		d = f16ToF32(f32ToF16(d))
		if !isFinite(d) {
			clear(q)
			return canonicalNaN
		}
	}
	if d == 0 {
		clear(q)
		return 0
	}
	for i, v := range x {
		r := roundHalfAway(v / d)
		if r > 127 {
			r = 127
		} else if r < -127 {
			r = -127
		}
		q[i] = int8(r)
	}
	return d
}

// dequantizeQ8 writes out[i] = float32(d·q[i]) for every block (the product
// of an 11-bit F16 significand and an 8-bit integer is exact).
func dequantizeQ8(out []float32, scales []uint16, qs []int8) {
	for blk, h := range scales {
		d := f16ToF32(h)
		for j := 0; j < QBlock; j++ {
			out[blk*QBlock+j] = float32(d * float32(qs[blk*QBlock+j]))
		}
	}
}
