package tensor

import (
	"encoding/binary"
	"math"
	"math/rand/v2"
	"sort"
	"testing"
)

// The naive* functions transcribe the documented canonical orders
// literally, one scalar operation at a time, independently of the kernels'
// code; every kernel path must match them bit for bit.

func naiveCanon(v float32) uint32 {
	if v != v {
		return 0x7FC00000
	}
	return math.Float32bits(v)
}

func naiveTree(acc []float32) float32 {
	for h := len(acc) / 2; h >= 1; h /= 2 {
		for l := 0; l < h; l++ {
			acc[l] = acc[l] + acc[l+h]
		}
	}
	return acc[0]
}

func naiveDotF32(a, b []float32) uint32 {
	acc := make([]float32, 16)
	for i := range a {
		p := float32(a[i] * b[i])
		acc[i%16] = float32(acc[i%16] + p)
	}
	return naiveCanon(naiveTree(acc))
}

func naiveDotF16(w []uint16, x []float32) uint32 {
	a := make([]float32, len(w))
	for i, h := range w {
		a[i] = naiveF16(h)
	}
	return naiveDotF32(a, x)
}

// naiveF16 widens binary16 by its definition, (−1)^s · 2^(e−15) · (1 + m/1024),
// in float64 (exact), then to float32 (exact).
func naiveF16(h uint16) float32 {
	s, e, m := h>>15, int(h>>10&0x1F), float64(h&0x3FF)
	var v float64
	switch {
	case e == 0x1F && m != 0:
		return float32(math.NaN())
	case e == 0x1F:
		v = math.Inf(1)
	case e == 0:
		v = math.Ldexp(m, -24)
	default:
		v = math.Ldexp(1+m/1024, e-15)
	}
	if s == 1 {
		v = -v
	}
	return float32(v)
}

// naiveToF16 rounds to binary16 by search: of the two representable
// values around v, the nearer, ties to the even significand; from 65520 up
// (half an ulp past the largest half) to infinity.
func naiveToF16(v float32) uint16 {
	if v != v {
		return 0x7E00
	}
	var sign uint16
	if math.Signbit(float64(v)) {
		sign = 0x8000
		v = -v
	}
	if float64(v) >= 65520 {
		return sign | 0x7C00
	}
	// Positive halves are ordered like their bit patterns.
	lo := uint16(sort.Search(0x7C00, func(h int) bool { return float64(naiveF16(uint16(h))) > float64(v) }) - 1)
	dlo := float64(v) - float64(naiveF16(lo))
	dhi := float64(naiveF16(lo+1)) - float64(v)
	if dhi < dlo || (dhi == dlo && lo&1 == 1) {
		lo++
	}
	return sign | lo
}

func naiveQuantize(x []float32) []byte {
	out := make([]byte, len(x)/32*34)
	for b := 0; b < len(x)/32; b++ {
		blk := x[b*32 : b*32+32]
		dst := out[b*34 : b*34+34]
		finite := true
		amax := float32(0)
		for _, v := range blk {
			if math.IsNaN(float64(v)) || math.IsInf(float64(v), 0) {
				finite = false
			}
			if a := float32(math.Abs(float64(v))); a > amax {
				amax = a
			}
		}
		if !finite {
			binary.LittleEndian.PutUint16(dst, 0x7E00)
			continue
		}
		d := float32(amax / 127)
		var id float32
		if d != 0 {
			id = float32(1 / d)
		}
		binary.LittleEndian.PutUint16(dst, naiveToF16(d))
		for j, v := range blk {
			p := float64(float32(v * id))
			if math.IsNaN(p) || math.IsInf(p, 0) {
				continue
			}
			// roundf: halves away from zero.
			r := math.Floor(math.Abs(p) + 0.5)
			if p < 0 {
				r = -r
			}
			dst[2+j] = byte(int8(r))
		}
	}
	return out
}

func naiveBlockDot(wd, xd uint16, wq, xq []int32) float32 {
	var s int32
	for j := range wq {
		s += wq[j] * xq[j]
	}
	return float32(float32(naiveF16(wd)*naiveF16(xd)) * float32(s))
}

func xQuants(xb []byte) []int32 {
	q := make([]int32, 32)
	for j := range q {
		q[j] = max(-127, int32(int8(xb[2+j])))
	}
	return q
}

func naiveDotQ8(w, x []byte) uint32 {
	acc := make([]float32, 8)
	for b := 0; b < len(w)/34; b++ {
		wb, xb := w[b*34:b*34+34], x[b*34:b*34+34]
		wq := make([]int32, 32)
		for j := range wq {
			wq[j] = int32(int8(wb[2+j]))
		}
		p := naiveBlockDot(binary.LittleEndian.Uint16(wb), binary.LittleEndian.Uint16(xb), wq, xQuants(xb))
		acc[b%8] = float32(acc[b%8] + p)
	}
	return naiveCanon(naiveTree(acc))
}

func naiveDotQ4(w, x []byte) uint32 {
	acc := make([]float32, 8)
	for b := 0; b < len(w)/18; b++ {
		wb, xb := w[b*18:b*18+18], x[b*34:b*34+34]
		wq := make([]int32, 32)
		for j := 0; j < 16; j++ {
			wq[j] = int32(wb[2+j]&15) - 8
			wq[j+16] = int32(wb[2+j]>>4) - 8
		}
		p := naiveBlockDot(binary.LittleEndian.Uint16(wb), binary.LittleEndian.Uint16(xb), wq, xQuants(xb))
		acc[b%8] = float32(acc[b%8] + p)
	}
	return naiveCanon(naiveTree(acc))
}

// genValue draws a float32 of typical size; with special, about one value
// in 16 is a NaN, ±Inf, ±0, a subnormal, or a huge or tiny normal.
func genValue(r *rand.Rand, special bool) float32 {
	if special && r.IntN(16) == 0 {
		switch r.IntN(8) {
		case 0:
			return math.Float32frombits(0x7F800001 | r.Uint32()&0x807FFFFF) // NaN, any payload and sign
		case 1:
			return float32(math.Inf(1 - 2*r.IntN(2)))
		case 2:
			return math.Float32frombits(r.Uint32() & 0x80000000)
		case 3:
			return math.Float32frombits(r.Uint32() & 0x807FFFFF) // subnormal
		case 4:
			return math.Float32frombits(r.Uint32()&0x807FFFFF | uint32(240+r.IntN(14))<<23) // huge
		default:
			return math.Float32frombits(r.Uint32()&0x807FFFFF | uint32(1+r.IntN(20))<<23) // tiny
		}
	}
	return math.Float32frombits(r.Uint32()&0x807FFFFF | uint32(118+r.IntN(14))<<23)
}

func genValues(r *rand.Rand, n int, special bool) []float32 {
	v := make([]float32, n)
	for i := range v {
		v[i] = genValue(r, special)
	}
	return v
}

// genBlocks draws n raw blocks of the given size: random quants (every
// byte value, −128 included) and scales that are usually moderate but may
// be any binary16 (NaN, Inf, subnormal) when special.
func genBlocks(r *rand.Rand, n, size int, special bool) []byte {
	b := make([]byte, n*size)
	for i := range b {
		b[i] = byte(r.Uint32())
	}
	for i := 0; i < n; i++ {
		d := uint16(r.IntN(0x1000)) + 0x1800 // about 2^-9 .. 2^-5
		if special && r.IntN(8) == 0 {
			d = uint16(r.Uint32())
		}
		binary.LittleEndian.PutUint16(b[i*size:], d)
	}
	return b
}

// forEachPath runs f once with every kernel implementation this CPU has.
func forEachPath(t testing.TB, f func(path string)) {
	t.Helper()
	prev := KernelPath()
	defer SetKernelPath(prev)
	for _, p := range KernelPaths() {
		if err := SetKernelPath(p); err != nil {
			t.Fatal(err)
		}
		f(p)
	}
}
