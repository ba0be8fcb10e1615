//go:build mips

package tensor

import (
	"math"

	"github.com/opml-dev/opml/internal/fmath"
)

// The lane loops in the MIPS VM: fmath's soft float, which rounds exactly
// like the hardware of the native builds. fmath.Dot32Stride runs one lane
// at a time over that lane's elements (every 16th), in place.

var goKernels = dotKernels{
	name:  "go",
	f32:   f32LanesSoftV,
	f32x4: f32x4LanesSoft,
	f16:   f16LanesSoftV,
	f16x4: f16x4LanesSoft,
	q8:    q8LanesGoV,
	q4:    q4LanesGoV,
	q8x4:  q8x4LanesGo,
	q4x4:  q4x4LanesGo,
	quant: quantizeBlocksGo,
}

func f32LanesSoftV(a, b []float32) (acc [FloatLanes]float32) {
	f32LanesSoft(&acc, a, b)
	return acc
}

func f16LanesSoftV(w []uint16, x []float32) (acc [FloatLanes]float32) {
	f16LanesSoft(&acc, w, x)
	return acc
}

func f32LanesSoft(acc *[FloatLanes]float32, a, b []float32) {
	ab, bb := asBits(a), asBits(b[:len(a)])
	for l := range acc {
		acc[l] = math.Float32frombits(fmath.Dot32Stride(math.Float32bits(acc[l]), ab[l:], bb[l:], FloatLanes))
	}
}

func f32x4LanesSoft(w []float32, stride int, x []float32) (acc [4][FloatLanes]float32) {
	for r := range acc {
		f32LanesSoft(&acc[r], w[r*stride:r*stride+len(x)], x)
	}
	return acc
}

// f16LanesSoft widens 1,024 weights at a time and runs the float32 loop.
func f16LanesSoft(acc *[FloatLanes]float32, w []uint16, x []float32) {
	var wide [1024]float32
	for len(w) > 0 {
		n := min(len(w), len(wide))
		for i, h := range w[:n] {
			wide[i] = f16ToF32(h)
		}
		f32LanesSoft(acc, wide[:n], x[:n])
		w, x = w[n:], x[n:]
	}
}

func f16x4LanesSoft(w []uint16, stride int, x []float32) (acc [4][FloatLanes]float32) {
	for r := range acc {
		f16LanesSoft(&acc[r], w[r*stride:r*stride+len(x)], x)
	}
	return acc
}
