//go:build amd64

package tensor

// The amd64 GEMM micro-kernels (gemm_amd64.s). The drivers in gemm.go
// guarantee what the assembly assumes: mr rows of a readable at stride
// lda for k elements, a packed b panel of k·nr elements, and mr rows of nr
// elements of c at stride ldc.

//go:noescape
func gemm8x32AVX512(k int, a *float32, lda int, b *float32, c *float32, ldc int)

//go:noescape
func gemm6x16AVX2(k int, a *float32, lda int, b *float32, c *float32, ldc int)

//go:noescape
func gemm8x32OffsAVX512(k int, a *float32, lda int, b *float32, offs *int, c *float32, ldc int, zero bool)

//go:noescape
func gemm6x16OffsAVX2(k int, a *float32, lda int, b *float32, offs *int, c *float32, ldc int, zero bool)

// gemmKernelSets maps the kernel paths of dot_amd64.go to their GEMM tiles:
// AVX-512 keeps sixteen zmm accumulators (8 rows × 32 columns), AVX2
// twelve ymm ones (6 × 16).
var gemmKernelSets = map[string]*gemmKernel{
	"avx512": {mr: 8, nr: 32, tile: gemm8x32AVX512, tileOffs: gemm8x32OffsAVX512},
	"avx2":   {mr: 6, nr: 16, tile: gemm6x16AVX2, tileOffs: gemm6x16OffsAVX2},
}
