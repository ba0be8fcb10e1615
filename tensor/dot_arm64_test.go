//go:build arm64

package tensor

func wantKernelPaths() []string { return []string{"go", "neon"} }
