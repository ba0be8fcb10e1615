//go:build amd64

package tensor

// quantizeBlocksAVX2 is the AVX2 quant entry of the kernel table
// (quantize_amd64.s).
//
//go:noescape
func quantizeBlocksAVX2(dst []byte, x []float32) (done int)
