package tensor

// Fast dot-product kernels over raw rows, with canonical orders that every
// implementation (pure Go, AVX2, AVX-512, NEON, the MIPS VM's soft float)
// reproduces bit for bit. The orders are documented on each function; the
// package documentation summarizes them.
//
// Every kernel has the same shape: a lane loop over whole groups of lanes,
// which an implementation from the kernels table runs (dot_kernels*.go and
// the assembly), followed by the tail and a fixed reduction tree, which are
// written once here in Go with the arithmetic helpers fadd, fmul and madd
// (hardware float32 natively, fmath soft float on MIPS).

import (
	"bytes"
	"encoding/binary"
	"math"
)

// Lane counts of the canonical orders.
const (
	// FloatLanes is the number of accumulators of DotF32 and DotF16F32:
	// element i of a row accumulates into lane i mod FloatLanes.
	FloatLanes = 16
	// BlockLanes is the number of accumulators of DotQ8_0 and DotQ4_0Q8_0:
	// block b of a row accumulates into lane b mod BlockLanes.
	BlockLanes = 8
)

// Block sizes of the GGML formats, in bytes per 32 elements.
const (
	Q8_0BlockBytes = 34 // binary16 d, then 32 int8 quants
	Q4_0BlockBytes = 18 // binary16 d, then 16 bytes of packed 4-bit quants
)

// DotF32 returns the canonical dot product of a and b (b at least as long
// as a; its extra elements are ignored):
//
//	acc[l] = +0 for l = 0..15
//	for i = 0, 1, ..., len(a)−1:
//	    acc[i mod 16] = float32(acc[i mod 16] + float32(a[i]·b[i]))
//	for h = 8, 4, 2, 1:
//	    acc[l] = float32(acc[l] + acc[l+h]) for l = 0..h−1
//	return acc[0], with a NaN replaced by the canonical NaN
//
// Every product is rounded to float32 before it is added (no FMA). The
// elements of a lane are added in increasing i; the lengths need not be a
// multiple of 16 (the last, partial group simply adds to the first lanes).
func DotF32(a, b []float32) float32 {
	b = b[:len(a)]
	var acc [FloatLanes]float32
	body := len(a) &^ (FloatLanes - 1)
	if body > 0 {
		acc = active.Load().f32(a[:body], b[:body])
	}
	return finishF32(acc, a, b, body)
}

// finishF32 adds the tail a[body:]·b[body:] (fewer than 16 elements, body a
// multiple of 16) to the lanes and reduces them.
func finishF32(acc [FloatLanes]float32, a, b []float32, body int) float32 {
	for i := body; i < len(a); i++ {
		acc[i-body] = madd(acc[i-body], a[i], b[i])
	}
	return reduceFloatLanes(&acc)
}

// DotF16F32 returns the canonical dot product of w, IEEE binary16 bit
// patterns, with x (at least as long as w): each w[i] is widened to
// float32 exactly and the order is that of DotF32.
func DotF16F32(w []uint16, x []float32) float32 {
	x = x[:len(w)]
	var acc [FloatLanes]float32
	body := len(w) &^ (FloatLanes - 1)
	if body > 0 {
		acc = active.Load().f16(w[:body], x[:body])
	}
	return finishF16(acc, w, x, body)
}

// finishF16 is finishF32 for a binary16 first operand.
func finishF16(acc [FloatLanes]float32, w []uint16, x []float32, body int) float32 {
	for i := body; i < len(w); i++ {
		acc[i-body] = madd(acc[i-body], f16ToF32(w[i]), x[i])
	}
	return reduceFloatLanes(&acc)
}

// reduceFloatLanes adds the 16 lanes in the fixed tree of DotF32: lane l
// and l+8, then +4, +2, +1 (written out: a loop over the array keeps it in
// memory, and this runs once per output element).
func reduceFloatLanes(a *[FloatLanes]float32) float32 {
	s0, s1, s2, s3 := fadd(a[0], a[8]), fadd(a[1], a[9]), fadd(a[2], a[10]), fadd(a[3], a[11])
	s4, s5, s6, s7 := fadd(a[4], a[12]), fadd(a[5], a[13]), fadd(a[6], a[14]), fadd(a[7], a[15])
	s0, s1, s2, s3 = fadd(s0, s4), fadd(s1, s5), fadd(s2, s6), fadd(s3, s7)
	s0, s1 = fadd(s0, s2), fadd(s1, s3)
	return canonical(fadd(s0, s1))
}

// reduceBlockLanes adds the 8 lanes in the fixed tree of DotQ8_0: lane l
// and l+4, then +2, +1.
func reduceBlockLanes(a *[BlockLanes]float32) float32 {
	s0, s1, s2, s3 := fadd(a[0], a[4]), fadd(a[1], a[5]), fadd(a[2], a[6]), fadd(a[3], a[7])
	s0, s1 = fadd(s0, s2), fadd(s1, s3)
	return canonical(fadd(s0, s1))
}

// canonical replaces a NaN by the canonical NaN.
func canonical(v float32) float32 {
	if isNaN(v) {
		return canonicalNaN
	}
	return v
}

// QuantizeRowQ8_0 quantizes x (a multiple of 32 values) into len(x)/32
// GGML block_q8_0 blocks at the start of dst (34 bytes each: the scale d as
// little-endian binary16, then 32 int8 quants), exactly as ggml's
// quantize_row_q8_0_ref:
//
//	amax = max |x[j]| over the block (exact)
//	d    = float32(amax / 127)
//	id   = d ≠ 0 ? float32(1 / d) : 0
//	d is stored as binary16, rounded to nearest even (overflow to ±Inf)
//	q[j] = roundf(float32(x[j]·id)), halves away from zero
//
// q is computed from the float32 d, not the stored binary16 one, as ggml
// does. Where ggml's result is undefined C behaviour this function defines
// it: a block holding a NaN or an infinity gets d = NaN (0x7E00) and q = 0,
// so every product with it is NaN; a q whose x·id is not finite (id
// overflows when d is a float32 subnormal, where the stored d is 0) is 0.
// For finite input |x·id| < 127.5 (see quantizeBlockQ8_0), so no clamping
// ever happens and q ∈ [−127, 127].
func QuantizeRowQ8_0(dst []byte, x []float32) {
	if len(x)%QBlock != 0 {
		panic("tensor: QuantizeRowQ8_0 needs a multiple of 32 values")
	}
	nb := len(x) / QBlock
	dst = dst[:nb*Q8_0BlockBytes]
	quantize := active.Load().quant
	for b := 0; b < nb; b++ {
		b += quantize(dst[b*Q8_0BlockBytes:], x[b*QBlock:])
		if b < nb { // a block with a NaN or an infinity
			quantizeBlockQ8_0(dst[b*Q8_0BlockBytes:(b+1)*Q8_0BlockBytes], x[b*QBlock:(b+1)*QBlock])
		}
	}
}

// quantizeBlocksGo is the pure-Go quant entry of the kernel table: it
// writes every block.
func quantizeBlocksGo(dst []byte, x []float32) int {
	nb := len(x) / QBlock
	for b := 0; b < nb; b++ {
		quantizeBlockQ8_0(dst[b*Q8_0BlockBytes:(b+1)*Q8_0BlockBytes], x[b*QBlock:(b+1)*QBlock])
	}
	return nb
}

// quantizeBlockQ8_0 quantizes one block of 32 values.
//
// Bound on |x·id| for finite input with id ≠ 0 and finite: d = amax/127 is
// rounded with an absolute error of at most 2^−150 when d is subnormal and
// a relative one of 2^−24 otherwise; id finite needs d ≥ 2^−128, so d's
// relative error is at most 2^−22, and id and the product add 2^−24 each.
// Hence |x·id| ≤ amax·id ≤ 127·(1 + 2^−21) < 127.5 and roundf gives at most
// 127 in magnitude.
func quantizeBlockQ8_0(dst []byte, x []float32) {
	dst = dst[:Q8_0BlockBytes]
	x = x[:QBlock]
	q := dst[2:]
	// Integer comparisons of the magnitudes' bit patterns order them as
	// the float comparisons would (and cost no soft float in the VM).
	var amax uint32
	for _, v := range x {
		a := math.Float32bits(v) & 0x7FFFFFFF
		if a >= 0x7F800000 {
			binary.LittleEndian.PutUint16(dst, 0x7E00)
			clear(q)
			return
		}
		amax = max(amax, a)
	}
	d := fdiv(math.Float32frombits(amax), 127)
	binary.LittleEndian.PutUint16(dst, f32ToF16(d))
	if math.Float32bits(d) == 0 {
		clear(q)
		return
	}
	id := fdiv(1, d)
	for j, v := range x {
		p := math.Float32bits(fmul(v, id))
		if p&0x7F800000 == 0x7F800000 {
			q[j] = 0 // x·id overflowed (id is huge when d is subnormal)
			continue
		}
		q[j] = byte(int8(max(-127, min(127, roundHalfAwayBits(p)))))
	}
}

// roundHalfAwayBits returns roundf of the float32 with bits x (|x| < 2^23,
// zeros and subnormals included), rounding halves away from zero, with
// integer operations only and no branches: the significand m, worth
// m·2^(e−23), is rounded by adding half of the unit 2^(23−e) and
// truncating. Shifts of 32 or more give 0 in Go, which is what magnitudes
// below one half need.
func roundHalfAwayBits(x uint32) int32 {
	sh := 150 - (x >> 23 & 0xFF) // 23 − e, at least 1
	m := x&0x7FFFFF | 0x800000
	r := int32((m + 1<<(sh-1)) >> sh)
	s := int32(x) >> 31
	return (r ^ s) - s
}

// DotQ8_0 returns the canonical dot product of two rows of GGML block_q8_0
// blocks (w and x of equal length, a multiple of 34 bytes):
//
//	acc[l] = +0 for l = 0..7
//	for each block b = 0, 1, ...:
//	    s   = Σ_j int32(w.q[j])·int32(x.q[j])        (exact int32)
//	    p   = float32(float32(w.d·x.d) · float32(s))  (d widened exactly)
//	    acc[b mod 8] = float32(acc[b mod 8] + p)
//	for h = 4, 2, 1:
//	    acc[l] = float32(acc[l] + acc[l+h]) for l = 0..h−1
//	return acc[0], with a NaN replaced by the canonical NaN
//
// w's quants may be any int8 (a model file may hold −128). x's quants are
// read clamped to [−127, 127]: QuantizeRowQ8_0 never writes −128, and the
// bound lets the SIMD kernels multiply bytes without saturation.
func DotQ8_0(w, x []byte) float32 {
	if len(w) != len(x) || len(w)%Q8_0BlockBytes != 0 {
		panic("tensor: DotQ8_0 needs two rows of whole, equally many Q8_0 blocks")
	}
	x = clampQ8Activations(x, nil)
	return dotQ8_0(w, x)
}

// dotQ8_0 is DotQ8_0 on an x whose quants are known to lie in [−127, 127].
func dotQ8_0(w, x []byte) float32 {
	var acc [BlockLanes]float32
	nb := len(w) / Q8_0BlockBytes
	body := nb &^ (BlockLanes - 1)
	if body > 0 {
		acc = active.Load().q8(w[:body*Q8_0BlockBytes], x[:body*Q8_0BlockBytes])
	}
	// The tail's block b goes to lane b − body, as the lane loop would put it.
	q8LanesGo(&acc, w[body*Q8_0BlockBytes:], x[body*Q8_0BlockBytes:])
	return reduceBlockLanes(&acc)
}

// blockProduct returns float32(float32(w.d·x.d)·float32(s)) for two blocks
// whose first two bytes are their binary16 scales.
func blockProduct(wb, xb []byte, s int32) float32 {
	dw := f16ToF32(binary.LittleEndian.Uint16(wb))
	dx := f16ToF32(binary.LittleEndian.Uint16(xb))
	return fmul(fmul(dw, dx), i2f(s))
}

// DotQ4_0Q8_0 returns the canonical dot product of a row of GGML block_q4_0
// blocks w (18 bytes each: binary16 d, then 16 bytes whose low nibbles are
// elements 0..15 and high nibbles elements 16..31, each stored as q+8) with
// a row of block_q8_0 blocks x holding as many blocks. The order is that of
// DotQ8_0 with w.q[j] = nibble − 8 ∈ [−8, 7], and x's quants are again read
// clamped to [−127, 127].
func DotQ4_0Q8_0(w, x []byte) float32 {
	if len(w)%Q4_0BlockBytes != 0 || len(x) != len(w)/Q4_0BlockBytes*Q8_0BlockBytes {
		panic("tensor: DotQ4_0Q8_0 needs a Q4_0 row and a Q8_0 row of equally many blocks")
	}
	x = clampQ8Activations(x, nil)
	return dotQ4_0Q8_0(w, x)
}

// dotQ4_0Q8_0 is DotQ4_0Q8_0 on an x whose quants lie in [−127, 127].
func dotQ4_0Q8_0(w, x []byte) float32 {
	var acc [BlockLanes]float32
	nb := len(w) / Q4_0BlockBytes
	body := nb &^ (BlockLanes - 1)
	if body > 0 {
		acc = active.Load().q4(w[:body*Q4_0BlockBytes], x[:body*Q8_0BlockBytes])
	}
	q4LanesGo(&acc, w[body*Q4_0BlockBytes:], x[body*Q8_0BlockBytes:])
	return reduceBlockLanes(&acc)
}

// q4BlockSum returns the exact Σ (nibble−8)·x.q of one Q4_0 block's 16
// packed bytes and one Q8_0 block's 32 quants.
func q4BlockSum(wq, xq []byte) int32 {
	wq, xq = wq[:16], xq[:32]
	var s int32
	for j, v := range wq {
		s += (int32(v&0x0F) - 8) * int32(int8(xq[j]))
		s += (int32(v>>4) - 8) * int32(int8(xq[j+16]))
	}
	return s
}

// clampQ8Activations returns x with every quant of −128 replaced by −127,
// copying into buf (or a new slice) only when there is one to replace.
// bytes.IndexByte scans with SIMD; a 0x80 inside a block's scale is skipped.
func clampQ8Activations(x, buf []byte) []byte {
	for i := 0; i < len(x); {
		j := bytes.IndexByte(x[i:], 0x80)
		if j < 0 {
			break
		}
		i += j
		if i%Q8_0BlockBytes >= 2 {
			return clampQ8Copy(x, buf)
		}
		i++
	}
	return x
}

func clampQ8Copy(x, buf []byte) []byte {
	if cap(buf) < len(x) {
		buf = make([]byte, len(x))
	}
	buf = buf[:len(x)]
	copy(buf, x)
	for i := 0; i < len(buf); i += Q8_0BlockBytes {
		for j := i + 2; j < i+Q8_0BlockBytes; j++ {
			if buf[j] == 0x80 {
				buf[j] = 0x81
			}
		}
	}
	return buf
}
