package tensor

import (
	"encoding/binary"
	"fmt"
	"math"
	"math/rand/v2"
	"runtime"
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

// rawMatrix builds a random matrix of the given format.
func rawMatrix(r *rand.Rand, f RowFormat, rows, cols int, special bool) RawMatrix {
	m := RawMatrix{Format: f, Rows: rows, Cols: cols}
	switch f {
	case RowF32:
		m.Data = make([]byte, 4*rows*cols)
		for i := 0; i < rows*cols; i++ {
			binary.LittleEndian.PutUint32(m.Data[4*i:], math.Float32bits(genValue(r, special)))
		}
	case RowF16:
		m.Data = make([]byte, 2*rows*cols)
		for i := 0; i < rows*cols; i++ {
			binary.LittleEndian.PutUint16(m.Data[2*i:], f32ToF16(genValue(r, special)))
		}
	case RowQ8_0:
		m.Data = genBlocks(r, rows*cols/32, 34, special)
	case RowQ4_0:
		m.Data = genBlocks(r, rows*cols/32, 18, special)
	}
	return m
}

// naiveRowDot is the documented dot of row n of m with activation row x.
func naiveRowDot(m RawMatrix, n int, x []float32) uint32 {
	s, _ := m.Format.RowBytes(m.Cols)
	row := m.Data[n*s : (n+1)*s]
	switch m.Format {
	case RowF32:
		w := make([]float32, m.Cols)
		for i := range w {
			w[i] = math.Float32frombits(binary.LittleEndian.Uint32(row[4*i:]))
		}
		return naiveDotF32(w, x)
	case RowF16:
		w := make([]uint16, m.Cols)
		for i := range w {
			w[i] = binary.LittleEndian.Uint16(row[2*i:])
		}
		return naiveDotF16(w, x)
	case RowQ8_0:
		return naiveDotQ8(row, naiveQuantize(x))
	}
	return naiveDotQ4(row, naiveQuantize(x))
}

func TestMatMulRaw(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	r := rand.New(rand.NewPCG(5, 5))
	shapes := [][3]int{{1, 1, 32}, {3, 5, 64}, {2, 13, 96}, {4, 37, 160}, {1, 130, 256}, {5, 9, 1024}}
	for _, f := range []RowFormat{RowF32, RowF16, RowQ8_0, RowQ4_0} {
		for si, s := range shapes {
			batch, rows, cols := s[0], s[1], s[2]
			if f == RowF32 || f == RowF16 {
				cols += si // tails
			}
			special := si%2 == 1
			m := rawMatrix(r, f, rows, cols, special)
			x := genValues(r, batch*cols, special)
			want := make([]uint32, batch*rows)
			for b := 0; b < batch; b++ {
				for n := 0; n < rows; n++ {
					want[b*rows+n] = naiveRowDot(m, n, x[b*cols:(b+1)*cols])
				}
			}
			name := fmt.Sprintf("%v %dx%dx%d", f, batch, rows, cols)
			forEachPath(t, func(path string) {
				for _, procs := range []int{1, 2, 8} {
					runtime.GOMAXPROCS(procs)
					out := make([]float32, batch*rows)
					if err := MatMulRaw(out, m, x, batch); err != nil {
						t.Fatalf("%s: %v", name, err)
					}
					for i, v := range out {
						if math.Float32bits(v) != want[i] {
							t.Fatalf("%s %s procs %d: out[%d] = %#08x, want %#08x", path, name, procs, i, math.Float32bits(v), want[i])
						}
					}
					// Batch invariance: each row alone gives the same bits.
					one := make([]float32, rows)
					for b := 0; b < batch; b++ {
						if err := MatMulRaw(one, m, x[b*cols:(b+1)*cols], 1); err != nil {
							t.Fatal(err)
						}
						for n, v := range one {
							if math.Float32bits(v) != math.Float32bits(out[b*rows+n]) {
								t.Fatalf("%s %s: batch row %d differs alone at %d", path, name, b, n)
							}
						}
					}
				}
			})
		}
	}
}

func TestMatMulRawErrors(t *testing.T) {
	m := RawMatrix{Format: RowQ8_0, Rows: 2, Cols: 32, Data: make([]byte, 68)}
	x := make([]float32, 32)
	out := make([]float32, 2)
	if err := MatMulRaw(out, m, x, 1); err != nil {
		t.Fatal(err)
	}
	bad := []struct {
		name string
		m    RawMatrix
		x    []float32
		out  []float32
	}{
		{"short data", RawMatrix{RowQ8_0, 2, 32, make([]byte, 67)}, x, out},
		{"cols not blocks", RawMatrix{RowQ8_0, 2, 31, make([]byte, 68)}, x, out},
		{"unknown format", RawMatrix{9, 2, 32, make([]byte, 68)}, x, out},
		{"no rows", RawMatrix{RowF32, 0, 32, nil}, x, out},
		{"short x", m, x[:31], out},
		{"short out", m, x, out[:1]},
	}
	for _, c := range bad {
		if err := MatMulRaw(c.out, c.m, c.x, 1); err == nil {
			t.Errorf("%s: no error", c.name)
		}
	}
	if err := MatMulRawQ8(out, RawMatrix{RowF32, 2, 32, make([]byte, 256)}, make([]byte, 34), 1); err == nil {
		t.Error("MatMulRawQ8 accepted f32 weights")
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

// TestMatMulRawUnaligned gives F32 and F16 rows at an odd address (decoded
// rather than used in place) and requires the same bits.
func TestMatMulRawUnaligned(t *testing.T) {
	r := rand.New(rand.NewPCG(12, 12))
	for _, f := range []RowFormat{RowF32, RowF16} {
		m := rawMatrix(r, f, 9, 70, true)
		x := genValues(r, 2*70, true)
		want := make([]float32, 2*9)
		if err := MatMulRaw(want, m, x, 2); err != nil {
			t.Fatal(err)
		}
		shifted := make([]byte, len(m.Data)+1)
		copy(shifted[1:], m.Data)
		m.Data = shifted[1:]
		got := make([]float32, 2*9)
		if err := MatMulRaw(got, m, x, 2); err != nil {
			t.Fatal(err)
		}
		for i := range got {
			if math.Float32bits(got[i]) != math.Float32bits(want[i]) {
				t.Fatalf("%v: unaligned rows give out[%d] = %#08x, aligned %#08x", f, i, math.Float32bits(got[i]), math.Float32bits(want[i]))
			}
		}
	}
}
