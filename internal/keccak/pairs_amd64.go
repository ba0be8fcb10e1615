//go:build amd64 && !purego

package keccak

import (
	"fmt"
	"os"

	"golang.org/x/sys/cpu"
)

//go:noescape
func pairs4AVX2(out, in *byte, groups int)

//go:noescape
func pairs8AVX512(out, in *byte, groups int)

const (
	kernelAVX512 = iota
	kernelAVX2
)

func hashLanes(kernel int, out, in *byte, groups int) {
	switch kernel {
	case kernelAVX512:
		pairs8AVX512(out, in, groups)
	case kernelAVX2:
		pairs4AVX2(out, in, groups)
	}
}

func init() {
	if cpu.X86.HasAVX512F {
		implementations = append(implementations, lanes{"avx512", 8, kernelAVX512})
	}
	if cpu.X86.HasAVX2 {
		implementations = append(implementations, lanes{"avx2", 4, kernelAVX2})
	}
	active = implementations
	if name := os.Getenv("OPML_KECCAK"); name != "" {
		if _, err := Use(name); err != nil {
			fmt.Fprintf(os.Stderr, "OPML_KECCAK: %v; using %s\n", err, Implementation())
		}
	}
}
