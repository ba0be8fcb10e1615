//go:build !amd64

package tensor

// gemmKernelSets is empty: other GOARCHes run the register-blocked pure-Go
// products (gemm_native.go, kernels_native.go) or, on MIPS, soft float.
var gemmKernelSets = map[string]*gemmKernel{}

// dwRowSets is empty: other GOARCHes run dwRowGo.
var dwRowSets = map[string]func(acc, w, src []float32, offs []int){}
