package tensor

import (
	"encoding/binary"
	"math"
	"math/rand/v2"
	"testing"
)

func testLengths(r *rand.Rand) []int {
	n := []int{0, 1, 15, 16, 17, 31, 32, 33, 63, 64, 100, 128, 255, 256, 257, 768, 1000, 4096 + 7}
	for i := 0; i < 12; i++ {
		n = append(n, r.IntN(600))
	}
	return n
}

func TestDotF32Canonical(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 1))
	for _, n := range testLengths(r) {
		for _, special := range []bool{false, true} {
			a, b := genValues(r, n, special), genValues(r, n+r.IntN(3), special)
			want := naiveDotF32(a, b[:n])
			h := make([]uint16, n)
			for i := range h {
				h[i] = uint16(r.Uint32())
				if !special && h[i]&0x7C00 == 0x7C00 {
					h[i] &^= 0x4000
				}
			}
			want16 := naiveDotF16(h, b[:n])
			forEachPath(t, func(path string) {
				if got := math.Float32bits(DotF32(a, b)); got != want {
					t.Errorf("%s: DotF32 n=%d special=%v: %#08x, want %#08x", path, n, special, got, want)
				}
				if got := math.Float32bits(DotF16F32(h, b)); got != want16 {
					t.Errorf("%s: DotF16F32 n=%d special=%v: %#08x, want %#08x", path, n, special, got, want16)
				}
			})
		}
	}
}

func TestDotF32Order(t *testing.T) {
	// 16 lanes, then the tree: 1e8 in lane 0 absorbs the 1 of element 16
	// (lane 0) but not that of element 17 (lane 1), and the tree cancels
	// lanes 0 and 8 first. A sequential sum would give 2.
	a := make([]float32, 18)
	b := make([]float32, 18)
	for i := range b {
		b[i] = 1
	}
	a[0], a[16], a[17] = 1e8, 1, 1
	a[8] = -1e8
	if got := DotF32(a, b); got != 1 {
		t.Errorf("lane order: got %v, want 1", got)
	}
	a[8] = 0
	// Lane 0 = 1e8 (the 1 was absorbed), lane 1 = 1: 1e8 + 1 rounds to 1e8.
	if got := DotF32(a, b); got != 1e8 {
		t.Errorf("lane order: got %v, want 1e8", got)
	}
}

func TestQuantizeRowQ8_0Vectors(t *testing.T) {
	// amax = 127: d = 1 (0x3C00), id = 1, halves round away from zero.
	x := make([]float32, 32)
	copy(x, []float32{127, -2, 0.5, -0.5, 2.5, -2.5, 1.49, 126.5})
	want := []int8{127, -2, 1, -1, 3, -3, 1, 127}
	dst := make([]byte, 34)
	QuantizeRowQ8_0(dst, x)
	if d := binary.LittleEndian.Uint16(dst); d != 0x3C00 {
		t.Errorf("d = %#04x, want 0x3C00", d)
	}
	for j, w := range want {
		if int8(dst[2+j]) != w {
			t.Errorf("q[%d] = %d, want %d", j, int8(dst[2+j]), w)
		}
	}
	// amax = 1: d = float32(1/127) = 0x3C010204, stored as half 0x2008;
	// id = float32(1/d) = 127 exactly (0x42FE0000), so 0.5 → 63.5 → 64.
	clear(x)
	copy(x, []float32{1, 0.5, -0.25, 0.1})
	QuantizeRowQ8_0(dst, x[:32])
	if d := binary.LittleEndian.Uint16(dst); d != 0x2008 {
		t.Errorf("d = %#04x, want 0x2008", d)
	}
	for j, w := range []int8{127, 64, -32, 13} {
		if int8(dst[2+j]) != w {
			t.Errorf("amax 1: q[%d] = %d, want %d", j, int8(dst[2+j]), w)
		}
	}
	// A zero block; a block with an infinity.
	clear(x)
	QuantizeRowQ8_0(dst, x)
	for i, v := range dst {
		if v != 0 {
			t.Fatalf("zero block byte %d = %#x", i, v)
		}
	}
	x[3] = float32(math.Inf(-1))
	x[4] = 1
	QuantizeRowQ8_0(dst, x)
	if d := binary.LittleEndian.Uint16(dst); d != 0x7E00 || dst[2+4] != 0 {
		t.Errorf("infinite block: d = %#04x, q[4] = %d", d, int8(dst[6]))
	}
}

func TestQuantizeRowQ8_0Canonical(t *testing.T) {
	r := rand.New(rand.NewPCG(2, 2))
	for i := 0; i < 40; i++ {
		n := 32 * (1 + r.IntN(8))
		x := genValues(r, n, i%2 == 1)
		if i%5 == 0 {
			// Scales across the binary16 range, into its subnormals and
			// past its largest value.
			s := math.Float32frombits(uint32(60+r.IntN(100)) << 23)
			for j := range x {
				x[j] *= s
			}
		}
		want := naiveQuantize(x)
		got := make([]byte, len(want))
		QuantizeRowQ8_0(got, x)
		for j := range got {
			if got[j] != want[j] {
				t.Fatalf("case %d: byte %d (block %d) = %#02x, want %#02x", i, j, j/34, got[j], want[j])
			}
		}
	}
}

func TestF16ConversionsExhaustive(t *testing.T) {
	for h := 0; h < 1<<16; h++ {
		if got, want := math.Float32bits(f16ToF32(uint16(h))), naiveCanon(naiveF16(uint16(h))); got != want {
			t.Fatalf("f16ToF32(%#04x) = %#08x, want %#08x", h, got, want)
		}
	}
	r := rand.New(rand.NewPCG(3, 3))
	for i := 0; i < 50000; i++ {
		v := math.Float32frombits(r.Uint32()&0x807FFFFF | uint32(95+r.IntN(50))<<23)
		if got, want := f32ToF16(v), naiveToF16(v); got != want {
			t.Fatalf("f32ToF16(%g) = %#04x, want %#04x", v, got, want)
		}
	}
}

func TestDotQ8_0Canonical(t *testing.T) {
	r := rand.New(rand.NewPCG(4, 4))
	for _, nb := range []int{1, 7, 8, 9, 16, 17, 24, 31, 64, 128 + 5} {
		for _, special := range []bool{false, true} {
			w := genBlocks(r, nb, 34, special)
			x := make([]byte, nb*34)
			QuantizeRowQ8_0(x, genValues(r, nb*32, special))
			xraw := genBlocks(r, nb, 34, special) // quants of −128 too
			w4 := genBlocks(r, nb, 18, special)
			want, wantRaw, want4 := naiveDotQ8(w, x), naiveDotQ8(w, xraw), naiveDotQ4(w4, x)
			forEachPath(t, func(path string) {
				if got := math.Float32bits(DotQ8_0(w, x)); got != want {
					t.Errorf("%s: DotQ8_0 %d blocks special=%v: %#08x, want %#08x", path, nb, special, got, want)
				}
				if got := math.Float32bits(DotQ8_0(w, xraw)); got != wantRaw {
					t.Errorf("%s: DotQ8_0 raw x %d blocks: %#08x, want %#08x", path, nb, got, wantRaw)
				}
				if got := math.Float32bits(DotQ4_0Q8_0(w4, x)); got != want4 {
					t.Errorf("%s: DotQ4_0Q8_0 %d blocks special=%v: %#08x, want %#08x", path, nb, special, got, want4)
				}
			})
		}
	}
}

// TestDotQ8_0Extremes has every product at its largest magnitude: w = −128
// against x = ±127 in every position, the case where a saturating pairwise
// byte multiply would go wrong.
func TestDotQ8_0Extremes(t *testing.T) {
	for _, xq := range []byte{0x81, 0x7F, 0x80} {
		w := make([]byte, 9*34)
		x := make([]byte, 9*34)
		for b := 0; b < 9; b++ {
			binary.LittleEndian.PutUint16(w[b*34:], 0x3C00)
			binary.LittleEndian.PutUint16(x[b*34:], 0x3C00)
			for j := 2; j < 34; j++ {
				w[b*34+j] = 0x80
				x[b*34+j] = xq
			}
		}
		want := naiveDotQ8(w, x)
		forEachPath(t, func(path string) {
			if got := math.Float32bits(DotQ8_0(w, x)); got != want {
				t.Errorf("%s: x quant %#x: %#08x (%g), want %#08x", path, xq, got, DotQ8_0(w, x), want)
			}
		})
	}
}

// FuzzDotF32 compares every kernel path with the naive order on arbitrary
// bit patterns.
func FuzzDotF32(f *testing.F) {
	f.Add([]byte{0, 0, 128, 63, 0, 0, 0, 64}, uint8(3))
	f.Fuzz(func(t *testing.T, data []byte, shift uint8) {
		n := len(data) / 8
		a, b := make([]float32, n), make([]float32, n)
		for i := 0; i < n; i++ {
			a[i] = math.Float32frombits(binary.LittleEndian.Uint32(data[8*i:]))
			b[i] = math.Float32frombits(binary.LittleEndian.Uint32(data[8*i+4:]) >> (shift % 4))
		}
		h := make([]uint16, n)
		for i := range h {
			h[i] = uint16(math.Float32bits(a[i]))
		}
		want, want16 := naiveDotF32(a, b), naiveDotF16(h, b)
		forEachPath(t, func(path string) {
			if got := math.Float32bits(DotF32(a, b)); got != want {
				t.Fatalf("%s: DotF32 %#08x, want %#08x", path, got, want)
			}
			if got := math.Float32bits(DotF16F32(h, b)); got != want16 {
				t.Fatalf("%s: DotF16F32 %#08x, want %#08x", path, got, want16)
			}
		})
	})
}

// FuzzDotQ8_0 does the same for the block formats on arbitrary bytes.
func FuzzDotQ8_0(f *testing.F) {
	f.Add(make([]byte, 34*9))
	f.Fuzz(func(t *testing.T, data []byte) {
		nb := len(data) / 68
		w, x := data[:nb*34], data[nb*34:nb*68]
		w4 := make([]byte, nb*18)
		for b := 0; b < nb; b++ {
			copy(w4[b*18:], w[b*34:b*34+18])
		}
		want, want4 := naiveDotQ8(w, x), naiveDotQ4(w4, x)
		forEachPath(t, func(path string) {
			if got := math.Float32bits(DotQ8_0(w, x)); got != want {
				t.Fatalf("%s: DotQ8_0 %#08x, want %#08x", path, got, want)
			}
			if got := math.Float32bits(DotQ4_0Q8_0(w4, x)); got != want4 {
				t.Fatalf("%s: DotQ4_0Q8_0 %#08x, want %#08x", path, got, want4)
			}
		})
	})
}

func TestRoundHalfAwayBits(t *testing.T) {
	r := rand.New(rand.NewPCG(6, 6))
	vals := []float32{0, 0.49999997, 0.5, 1.5, 2.5, -0.5, -2.5, 126.5, 127.49999, 8388607, -8388607.5,
		math.Float32frombits(1), math.Float32frombits(0x80000001), math.Float32frombits(0x807FFFFF)}
	for i := 0; i < 10000; i++ {
		vals = append(vals, math.Float32frombits(r.Uint32()&0x807FFFFF|uint32(100+r.IntN(50))<<23))
	}
	for _, v := range vals {
		want := math.Floor(math.Abs(float64(v)) + 0.5)
		if v < 0 {
			want = -want
		}
		if got := roundHalfAwayBits(math.Float32bits(v)); float64(got) != want {
			t.Fatalf("roundHalfAwayBits(%g) = %d, want %g", v, got, want)
		}
	}
}
