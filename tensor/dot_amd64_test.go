//go:build amd64

package tensor

import "golang.org/x/sys/cpu"

func wantKernelPaths() []string {
	want := []string{"go"}
	if cpu.X86.HasAVX2 && cpu.X86.HasF16C {
		want = append(want, "avx2")
		if cpu.X86.HasAVX512F {
			want = append(want, "avx512")
		}
	}
	return want
}
