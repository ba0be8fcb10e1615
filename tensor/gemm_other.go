//go:build !amd64

package tensor

// gemmKernelSets is empty: other GOARCHes run the register-blocked pure-Go
// products (gemm_native.go, kernels_native.go) or, on MIPS, soft float.
var gemmKernelSets = map[string]*gemmKernel{}
