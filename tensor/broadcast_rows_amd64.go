//go:build amd64

package tensor

//go:noescape
func rowAddVVAVX512(d, x, y *float32, n int)

//go:noescape
func rowAddVSAVX512(d, x, y *float32, n int)

//go:noescape
func rowSubVVAVX512(d, x, y *float32, n int)

//go:noescape
func rowSubVSAVX512(d, x, y *float32, n int)

//go:noescape
func rowMulVVAVX512(d, x, y *float32, n int)

//go:noescape
func rowMulVSAVX512(d, x, y *float32, n int)

//go:noescape
func rowDivVVAVX512(d, x, y *float32, n int)

//go:noescape
func rowDivVSAVX512(d, x, y *float32, n int)

// rowSets maps kernel paths to SIMD row loops of binary ops, by op and
// form (vector-vector, vector-scalar).
var rowSets = map[string]map[BinaryOp][2]func(d, x, y *float32, n int){
	"avx512": {
		BinAdd: {rowAddVVAVX512, rowAddVSAVX512},
		BinSub: {rowSubVVAVX512, rowSubVSAVX512},
		BinMul: {rowMulVVAVX512, rowMulVSAVX512},
		BinDiv: {rowDivVVAVX512, rowDivVSAVX512},
	},
}
