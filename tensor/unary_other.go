//go:build !amd64

package tensor

// unarySliceSets is empty: other GOARCHes use the pure-Go slice forms.
var unarySliceSets = map[string]map[UnaryOp]func(dst, src []float32){}

// nanSets is empty: other GOARCHes scan for NaNs in Go.
var nanSets = map[string]func(x []float32){}

// clipSets is empty: other GOARCHes run Clip's Go loop.
var clipSets = map[string]func(dst, src []float32, lo, hi float32){}

// reluSets is empty: other GOARCHes run Relu's Go loop.
var reluSets = map[string]func(dst, src []float32){}
