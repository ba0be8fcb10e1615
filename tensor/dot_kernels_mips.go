//go:build mips

package tensor

import (
	"math"

	"github.com/opml-dev/opml/internal/fmath"
)

// The lane loops in the MIPS VM: fmath's soft float, which rounds exactly
// like the hardware of the native builds. fmath.Dot32 runs one lane at a
// time over that lane's elements, gathered (as bit patterns) into small
// stack buffers, so its fast path stays contiguous.

var goKernels = dotKernels{
	name:  "go",
	f32:   f32LanesSoft,
	f32x4: f32x4LanesSoft,
	f16:   f16LanesSoft,
	f16x4: f16x4LanesSoft,
	q8:    q8LanesGo,
	q4:    q4LanesGo,
}

// gatherRun is how many elements of one lane are gathered at a time.
const gatherRun = 64

func f32LanesSoft(acc *[FloatLanes]float32, a, b []float32) {
	b = b[:len(a)]
	var ga, gb [gatherRun]uint32
	for start := 0; start < len(a); start += FloatLanes * gatherRun {
		end := min(len(a), start+FloatLanes*gatherRun)
		for l := range acc {
			n := 0
			for i := start + l; i < end; i += FloatLanes {
				ga[n], gb[n] = math.Float32bits(a[i]), math.Float32bits(b[i])
				n++
			}
			acc[l] = math.Float32frombits(fmath.Dot32(math.Float32bits(acc[l]), ga[:n], gb[:n]))
		}
	}
}

func f32x4LanesSoft(acc *[4][FloatLanes]float32, w []float32, stride int, x []float32) {
	for r := range acc {
		f32LanesSoft(&acc[r], w[r*stride:r*stride+len(x)], x)
	}
}

func f16LanesSoft(acc *[FloatLanes]float32, w []uint16, x []float32) {
	var wide [FloatLanes * gatherRun]float32
	for len(w) > 0 {
		n := min(len(w), len(wide))
		for i, h := range w[:n] {
			wide[i] = f16ToF32(h)
		}
		f32LanesSoft(acc, wide[:n], x[:n])
		w, x = w[n:], x[n:]
	}
}

func f16x4LanesSoft(acc *[4][FloatLanes]float32, w []uint16, stride int, x []float32) {
	for r := range acc {
		f16LanesSoft(&acc[r], w[r*stride:r*stride+len(x)], x)
	}
}
