//go:build !mips

package tensor

// Native float32 arithmetic for the dot kernels' tails and reduction trees
// (dot.go); dot_arith_mips.go is the soft-float twin with identical
// rounding. Each helper rounds once, to nearest even.

func fadd(a, b float32) float32 { return a + b }

func fmul(a, b float32) float32 { return a * b }

func fdiv(a, b float32) float32 { return a / b }

// i2f converts an int32 to float32 (exact for |s| < 2^24, which holds for
// every block sum).
func i2f(s int32) float32 { return float32(s) }
