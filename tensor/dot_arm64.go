//go:build arm64

package tensor

// The arm64 lane loops (dot_arm64.s). Advanced SIMD is part of every arm64
// CPU Go runs on, so NEON needs no detection. The Go wrappers guarantee what
// the assembly assumes: lengths that are positive multiples of 16 elements
// or 8 blocks, x quants in [−127, 127], and rows long enough for every load.

//go:noescape
func f32LanesNEON(a, b []float32) (acc [FloatLanes]float32)

//go:noescape
func f32x4LanesNEON(w []float32, stride int, x []float32) (acc [4][FloatLanes]float32)

//go:noescape
func f16LanesNEON(w []uint16, x []float32) (acc [FloatLanes]float32)

//go:noescape
func f16x4LanesNEON(w []uint16, stride int, x []float32) (acc [4][FloatLanes]float32)

//go:noescape
func q8LanesNEON(w, x []byte) (acc [BlockLanes]float32)

//go:noescape
func q4LanesNEON(w, x []byte) (acc [BlockLanes]float32)

var neonKernels = dotKernels{
	name:  "neon",
	f32:   f32LanesNEON,
	f32x4: f32x4LanesNEON,
	f16:   f16LanesNEON,
	f16x4: f16x4LanesNEON,
	q8:    q8LanesNEON,
	q4:    q4LanesNEON,
	q8x4:  q8x4LanesNEON,
	q4x4:  q4x4LanesNEON,
	quant: quantizeBlocksGo,
}

func archKernels() { kernelSets = append(kernelSets, &neonKernels) }
