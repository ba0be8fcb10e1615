//go:build mips

package llm

// In the VM the table would cost every run of the executor a few million
// steps to build, more than the widenings of a node need: convert directly
// (the same values).
func widen(h uint16) float32 { return f16ToF32Slow(h) }
