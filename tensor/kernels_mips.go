//go:build mips

package tensor

import (
	"math"
	"math/bits"
	"unsafe"

	"github.com/opml-dev/opml/internal/fmath"
)

// MIPS kernels (the opml VM). Go's GOMIPS=softfloat runtime spends about
// 1,300 executed instructions per float32 multiply-add; fmath.Dot32 rounds
// identically in about 130, and the Q8 kernel needs about 25 per MAC (an
// int32 MAC plus three soft-float operations per block of 32), measured
// with tensor/internal/maccost under qemu-mips. The canonical orders are
// those of kernels_native.go; everything outside these hot loops uses Go's
// own soft-float, which also rounds exactly like the hardware.

// dotF32 returns acc = 0; for i { acc = float32(acc + float32(w[i]*x[i])) }.
func dotF32(w, x []float32) float32 {
	x = x[:len(w)]
	if len(w) == 0 {
		return 0
	}
	return math.Float32frombits(fmath.Dot32(0, asBits(w), asBits(x)))
}

// asBits views a float32 slice as its bit patterns (same size, same
// alignment; nothing is copied).
func asBits(v []float32) []uint32 {
	return unsafe.Slice((*uint32)(unsafe.Pointer(&v[0])), len(v))
}

// matmulF32Rows computes out[m·N+n] = dotF32(w[n·K:], x[m·K:]) for every m
// and n0 <= n < n1.
func matmulF32Rows(out, w, x []float32, M, N, K, n0, n1 int) {
	for n := n0; n < n1; n++ {
		for m := 0; m < M; m++ {
			out[m*N+n] = dotF32(w[n*K:n*K+K], x[m*K:m*K+K])
		}
	}
}

// int32Bits converts an integer with |v| < 2^24 exactly to float32 bits.
func int32Bits(v int32) uint32 {
	if v == 0 {
		return 0
	}
	var sign uint32
	u := uint32(v)
	if v < 0 {
		sign = 0x80000000
		u = uint32(-v)
	}
	s := bits.LeadingZeros32(u) - 8 // move the leading one to bit 23
	return sign | uint32(150-s)<<23 + (u<<uint(s))&0x7FFFFF
}

// dotQ8 is the canonical Q8 dot product documented in kernels_native.go.
func dotQ8(wd []uint16, wq []int8, xd []float32, xq []int8) float32 {
	acc := uint32(0)
	xd = xd[:len(wd)]
	for b, h := range wd {
		ws := wq[b*QBlock : b*QBlock+QBlock]
		xs := xq[b*QBlock : b*QBlock+QBlock]
		var s int32
		for i := 0; i < QBlock; i++ {
			s += int32(ws[i]) * int32(xs[i])
		}
		d := fmath.Mul32(math.Float32bits(f16ToF32(h)), math.Float32bits(xd[b]))
		acc = fmath.Add32(acc, fmath.Mul32(d, int32Bits(s)))
	}
	return math.Float32frombits(acc)
}

// madd returns float32(acc + float32(a·b)).
func madd(acc, a, b float32) float32 {
	return math.Float32frombits(fmath.Add32(math.Float32bits(acc),
		fmath.Mul32(math.Float32bits(a), math.Float32bits(b))))
}
