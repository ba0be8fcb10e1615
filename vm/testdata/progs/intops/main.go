// Command intops runs long chains of integer operations whose results feed into each other, so that a single
// wrong result from any arithmetic, shift, comparison, conversion or bit-manipulation instruction changes the
// printed checksums. It covers 8- to 64-bit widths, signed and unsigned, with operands chosen by a generator
// to hit carries, sign bits and shift amounts of 32 and more (which Go defines but MIPS instructions do not).
package main

import (
	"encoding/binary"
	"fmt"
	"math/bits"
)

type gen struct{ s uint64 }

func (g *gen) u64() uint64 {
	// splitmix64
	g.s += 0x9E3779B97F4A7C15
	z := g.s
	z = (z ^ z>>30) * 0xBF58476D1CE4E5B9
	z = (z ^ z>>27) * 0x94D049BB133111EB
	return z ^ z>>31
}

// interesting mixes generated values with the corner cases that break emulators.
func (g *gen) u32() uint32 {
	switch r := g.u64(); r % 8 {
	case 0:
		return []uint32{0, 1, 0x7FFFFFFF, 0x80000000, 0xFFFFFFFF, 0xFFFF, 0x10000, 0x8000}[(r>>8)%8]
	default:
		return uint32(r >> 16)
	}
}

type acc struct{ h uint64 }

func (a *acc) add(v uint64) { a.h = bits.RotateLeft64(a.h^v, 23)*0x100000001B3 + 1 }

func main() {
	g := &gen{s: 1}
	const rounds = 10000
	var add32, mul32, div32, shift32, cmp32, bit32, add64, mul64, div64, shift64, conv, bitsAcc acc
	for i := 0; i < rounds; i++ {
		a, b := g.u32(), g.u32()
		sa, sb := int32(a), int32(b)
		add32.add(uint64(a + b))
		add32.add(uint64(a - b))
		add32.add(uint64(uint32(sa+sb) ^ uint32(sa-sb)))
		add32.add(uint64(-a))
		mul32.add(uint64(a * b))
		mul32.add(uint64(uint32(sa * sb)))
		hi, lo := bits.Mul32(a, b)
		mul32.add(uint64(hi)<<32 | uint64(lo))
		mul32.add(uint64(int64(sa) * int64(sb)))
		if b != 0 {
			div32.add(uint64(a/b)<<32 | uint64(a%b))
		}
		if sb != 0 {
			div32.add(uint64(uint32(sa/sb))<<32 | uint64(uint32(sa%sb)))
		}
		div32.add(uint64(a / 7))
		div32.add(uint64(uint32(sa / 10)))
		div32.add(uint64(uint32(sa % -3)))
		s := b % 40 // 32..39 are legal in Go and must give 0 or sign fill
		shift32.add(uint64(a<<s) ^ uint64(a>>s)<<32)
		shift32.add(uint64(uint32(sa >> s)))
		shift32.add(uint64(uint32(sa << (s % 32))))
		shift32.add(uint64(bits.RotateLeft32(a, int(sb%64))))
		shift32.add(uint64(a >> 31 << 3 >> 1))
		var c uint64
		for k, cond := range []bool{a < b, sa < sb, a <= b, sa >= sb, a == b, sa != sb, sa < 0, a > 0x7FFFFFFF} {
			if cond {
				c |= 1 << k
			}
		}
		cmp32.add(c)
		bit32.add(uint64(a&b) | uint64(a|b)<<32)
		bit32.add(uint64(a ^ b))
		bit32.add(uint64(^(a | b)))
		bit32.add(uint64(a &^ b))
		bitsAcc.add(uint64(bits.LeadingZeros32(a)) | uint64(bits.TrailingZeros32(b))<<8 | uint64(bits.OnesCount32(a^b))<<16 | uint64(bits.Len32(b))<<24)
		bitsAcc.add(uint64(bits.ReverseBytes32(a)) | uint64(bits.Reverse32(b))<<32)
		bitsAcc.add(uint64(bits.ReverseBytes16(uint16(a))))

		x, y := g.u64(), uint64(g.u32())|uint64(g.u32())<<32
		sx, sy := int64(x), int64(y)
		add64.add(x + y)
		add64.add(x - y)
		sum, carry := bits.Add64(x, y, uint64(i&1))
		diff, borrow := bits.Sub64(x, y, carry)
		add64.add(sum ^ diff ^ borrow<<63)
		mul64.add(x * y)
		mul64.add(uint64(sx * sy))
		h, l := bits.Mul64(x, y)
		mul64.add(h ^ bits.RotateLeft64(l, 7))
		if y != 0 {
			div64.add(x / y)
			div64.add(x % y)
		}
		if sy != 0 && !(sx == -1<<63 && sy == -1) {
			div64.add(uint64(sx / sy))
			div64.add(uint64(sx % sy))
		}
		div64.add(x / 1000000007)
		div64.add(uint64(sx / -1000))
		if hiDiv := h % (y | 1); true {
			q, r := bits.Div64(hiDiv, l, y|1)
			div64.add(q ^ r)
		}
		s64 := y % 70
		shift64.add(x<<s64 ^ x>>s64)
		shift64.add(uint64(sx >> s64))
		shift64.add(bits.RotateLeft64(x, int(sy%130)))
		bitsAcc.add(uint64(bits.LeadingZeros64(x>>(s64%64))) | uint64(bits.TrailingZeros64(y))<<8 | uint64(bits.OnesCount64(x))<<16)

		conv.add(uint64(int64(int8(a))) ^ uint64(int64(int16(b)))<<8)
		conv.add(uint64(uint8(a)) | uint64(uint16(b))<<16 | uint64(int32(int8(b>>8)))<<32)
		conv.add(uint64(int64(sa)) ^ uint64(uint32(x)))
		conv.add(uint64(int32(sx)) ^ uint64(int8(sx>>5)))
		var buf [8]byte
		binary.BigEndian.PutUint32(buf[:], a)
		binary.LittleEndian.PutUint32(buf[4:], b)
		conv.add(binary.BigEndian.Uint64(buf[:]) ^ binary.LittleEndian.Uint64(buf[:]))
		// Unaligned loads through a byte slice.
		odd := make([]byte, 12)
		binary.BigEndian.PutUint64(odd[i%5:], x)
		conv.add(uint64(binary.BigEndian.Uint32(odd[1:])) ^ uint64(binary.LittleEndian.Uint16(odd[3:])))
	}
	for _, r := range []struct {
		name string
		a    acc
	}{{"add32", add32}, {"mul32", mul32}, {"div32", div32}, {"shift32", shift32}, {"cmp32", cmp32}, {"bit32", bit32},
		{"add64", add64}, {"mul64", mul64}, {"div64", div64}, {"shift64", shift64}, {"conv", conv}, {"bits", bitsAcc}} {
		fmt.Printf("%-8s %#016x\n", r.name, r.a.h)
	}

	// A few exact values that are easy to check by hand.
	m32, neg1 := int32(-2147483648), int32(-1)
	all1, minus7 := uint32(0xFFFFFFFF), int32(-7)
	fmt.Println(m32/neg1, m32%neg1, all1*all1, minus7>>1, minus7/2, minus7%2, all1>>31)
	u := uint32(1)
	sh := uint(33)
	fmt.Println(u<<sh, int32(-8)>>sh, uint64(1)<<(sh+30), int64(-1)>>sh)
	fmt.Println(bits.LeadingZeros32(0), bits.LeadingZeros32(1), bits.TrailingZeros64(0), bits.OnesCount64(^uint64(0)))
}
