//go:build amd64

package tensor

//go:noescape
func dwRowAVX512(acc *float32, blocks int, w *float32, taps int, src *float32, offs *int)

// dwRowSets maps kernel paths to SIMD forms of dwRowGo (len(acc) a
// multiple of 16, src readable that far past every tap).
var dwRowSets = map[string]func(acc, w, src []float32, offs []int){
	"avx512": func(acc, w, src []float32, offs []int) {
		_ = src[offs[len(offs)-1]+len(acc)-1]
		dwRowAVX512(&acc[0], len(acc)/16, &w[:len(offs)][0], len(offs), &src[0], &offs[0])
	},
}
