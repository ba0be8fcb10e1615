//go:build !mips

package tensor

// The pure-Go lane loops (hardware float32, no FMA: every product is
// converted to float32 before it is added). They are the reference the
// SIMD implementations are tested against, and the fallback everywhere.

var goKernels = dotKernels{
	name:  "go",
	f32:   f32LanesGoV,
	f32x4: f32x4LanesGo,
	f16:   f16LanesGoV,
	f16x4: f16x4LanesGo,
	q8:    q8LanesGoV,
	q4:    q4LanesGoV,
	q8x4:  q8x4LanesGo,
	q4x4:  q4x4LanesGo,
	quant: quantizeBlocksGo,
}

func f32LanesGoV(a, b []float32) (acc [FloatLanes]float32) {
	f32LanesGo(&acc, a, b)
	return acc
}

func f16LanesGoV(w []uint16, x []float32) (acc [FloatLanes]float32) {
	f16LanesGo(&acc, w, x)
	return acc
}

func f32LanesGo(acc *[FloatLanes]float32, a, b []float32) {
	b = b[:len(a)]
	s0, s1, s2, s3, s4, s5, s6, s7 := acc[0], acc[1], acc[2], acc[3], acc[4], acc[5], acc[6], acc[7]
	s8, s9, s10, s11, s12, s13, s14, s15 := acc[8], acc[9], acc[10], acc[11], acc[12], acc[13], acc[14], acc[15]
	for i := 0; i+FloatLanes <= len(a); i += FloatLanes {
		x := a[i : i+FloatLanes : i+FloatLanes]
		y := b[i : i+FloatLanes : i+FloatLanes]
		s0 += float32(x[0] * y[0])
		s1 += float32(x[1] * y[1])
		s2 += float32(x[2] * y[2])
		s3 += float32(x[3] * y[3])
		s4 += float32(x[4] * y[4])
		s5 += float32(x[5] * y[5])
		s6 += float32(x[6] * y[6])
		s7 += float32(x[7] * y[7])
		s8 += float32(x[8] * y[8])
		s9 += float32(x[9] * y[9])
		s10 += float32(x[10] * y[10])
		s11 += float32(x[11] * y[11])
		s12 += float32(x[12] * y[12])
		s13 += float32(x[13] * y[13])
		s14 += float32(x[14] * y[14])
		s15 += float32(x[15] * y[15])
	}
	*acc = [FloatLanes]float32{s0, s1, s2, s3, s4, s5, s6, s7, s8, s9, s10, s11, s12, s13, s14, s15}
}

func f32x4LanesGo(w []float32, stride int, x []float32) (acc [4][FloatLanes]float32) {
	for r := range acc {
		f32LanesGo(&acc[r], w[r*stride:r*stride+len(x)], x)
	}
	return acc
}

// f16LanesGo widens 256 weights at a time through the exact conversion
// table and runs the float32 loop on them.
func f16LanesGo(acc *[FloatLanes]float32, w []uint16, x []float32) {
	table := f16Table()
	var wide [256]float32
	for len(w) > 0 {
		n := min(len(w), len(wide))
		for i, h := range w[:n] {
			wide[i] = table[h]
		}
		f32LanesGo(acc, wide[:n], x[:n])
		w, x = w[n:], x[n:]
	}
}

func f16x4LanesGo(w []uint16, stride int, x []float32) (acc [4][FloatLanes]float32) {
	for r := range acc {
		f16LanesGo(&acc[r], w[r*stride:r*stride+len(x)], x)
	}
	return acc
}
