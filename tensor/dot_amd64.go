//go:build amd64

package tensor

import "golang.org/x/sys/cpu"

// The amd64 lane loops (dot_amd64.s, dot_avx512_amd64.s). Their Go
// wrappers guarantee what the assembly assumes: lengths that are positive
// multiples of 16 elements or 8 blocks, x quants in [−127, 127], and rows
// of w long enough for every lane loop's loads.

//go:noescape
func f32LanesAVX2(a, b []float32) (acc [FloatLanes]float32)

//go:noescape
func f32x4LanesAVX2(w []float32, stride int, x []float32) (acc [4][FloatLanes]float32)

//go:noescape
func f16LanesAVX2(w []uint16, x []float32) (acc [FloatLanes]float32)

//go:noescape
func f16x4LanesAVX2(w []uint16, stride int, x []float32) (acc [4][FloatLanes]float32)

//go:noescape
func q8LanesAVX2(w, x []byte) (acc [BlockLanes]float32)

//go:noescape
func q4LanesAVX2(w, x []byte) (acc [BlockLanes]float32)

//go:noescape
func f32LanesAVX512(a, b []float32) (acc [FloatLanes]float32)

//go:noescape
func f32x4LanesAVX512(w []float32, stride int, x []float32) (acc [4][FloatLanes]float32)

//go:noescape
func f16LanesAVX512(w []uint16, x []float32) (acc [FloatLanes]float32)

//go:noescape
func f16x4LanesAVX512(w []uint16, stride int, x []float32) (acc [4][FloatLanes]float32)

var avx2Kernels = dotKernels{
	name:  "avx2",
	f32:   f32LanesAVX2,
	f32x4: f32x4LanesAVX2,
	f16:   f16LanesAVX2,
	f16x4: f16x4LanesAVX2,
	q8:    q8LanesAVX2,
	q4:    q4LanesAVX2,
	q8x4:  q8x4LanesAVX2,
	q4x4:  q4x4LanesAVX2,
	quant: quantizeBlocksAVX2,
}

// avx512Kernels runs the float lanes in one zmm register; the block
// formats keep the AVX2 loops, whose eight block lanes fill one ymm, but
// for the panels where the CPU has VNNI (archKernels).
var avx512Kernels = dotKernels{
	name:  "avx512",
	f32:   f32LanesAVX512,
	f32x4: f32x4LanesAVX512,
	f16:   f16LanesAVX512,
	f16x4: f16x4LanesAVX512,
	q8:    q8LanesAVX2,
	q4:    q4LanesAVX2,
	q8x4:  q8x4LanesAVX2,
	q4x4:  q4x4LanesAVX2,
	quant: quantizeBlocksAVX2,
}

// archKernels registers AVX2 (with F16C for the binary16 conversions) and,
// on top of it, AVX-512. x/sys/cpu reports them only where the operating
// system saves the wider registers.
func archKernels() {
	if !cpu.X86.HasAVX2 || !cpu.X86.HasF16C {
		return
	}
	kernelSets = append(kernelSets, &avx2Kernels)
	if cpu.X86.HasAVX512F {
		if cpu.X86.HasAVX512VL && cpu.X86.HasAVX512VNNI {
			avx512Kernels.q8x4, avx512Kernels.q4x4 = q8x4LanesVNNI, q4x4LanesVNNI
		}
		kernelSets = append(kernelSets, &avx512Kernels)
	}
}
