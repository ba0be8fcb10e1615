//go:build amd64

package tensor

func archKernels() {}
