//go:build !amd64 && !arm64

package tensor

func wantKernelPaths() []string { return []string{"go"} }
