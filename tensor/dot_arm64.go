//go:build arm64

package tensor

func archKernels() {}
