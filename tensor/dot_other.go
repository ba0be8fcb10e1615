//go:build !amd64 && !arm64

package tensor

// archKernels adds nothing: this GOARCH runs the pure-Go (or, on MIPS, the
// soft-float) lane loops only.
func archKernels() {}
