package tensor

import (
	"fmt"
	"os"
	"strings"
	"sync/atomic"
)

// dotKernels is one implementation of the lane loops of the dot kernels
// (dot.go): the pure-Go one (dot_kernels_go.go, or the soft-float one on
// MIPS) and, where the CPU has them, SIMD ones (dot_amd64.go,
// dot_arm64.go). Every entry must leave acc exactly as the pure-Go one
// does; the tests compare them bit for bit.
type dotKernels struct {
	name string
	// f32 returns the 16 lanes, from +0, of a[i]·b[i] added into lane
	// i mod 16 in increasing i; len(a) = len(b) is a positive multiple of
	// 16. (Lanes are returned by value: a pointer passed through a function
	// value would escape, costing an allocation per dot product.)
	f32 func(a, b []float32) [FloatLanes]float32
	// f32x4 is f32 for four rows of w at once, row r at w[r·stride:];
	// len(x) is a positive multiple of 16.
	f32x4 func(w []float32, stride int, x []float32) [4][FloatLanes]float32
	// f16 is f32 with a binary16 first operand, widened exactly.
	f16 func(w []uint16, x []float32) [FloatLanes]float32
	// f16x4 is f32x4 with binary16 rows.
	f16x4 func(w []uint16, stride int, x []float32) [4][FloatLanes]float32
	// q8 returns the 8 lanes, from +0, of the products of block b of w and
	// x (block_q8_0 rows of a positive multiple of 8 blocks) added into
	// lane b mod 8; x's quants lie in [−127, 127].
	q8 func(w, x []byte) [BlockLanes]float32
	// q4 is q8 for a block_q4_0 row w.
	q4 func(w, x []byte) [BlockLanes]float32
	// q8x4 and q4x4 are q8 and q4 for four rows of w at once, row r at
	// w[r·stride:] (blockpanel.go).
	q8x4, q4x4 blockPanel
	// quant quantizes whole blocks of x into dst as QuantizeRowQ8_0,
	// stopping before the first block that holds a NaN or an infinity,
	// and returns the number of blocks written.
	quant func(dst []byte, x []float32) int
}

// kernelSets lists the implementations this CPU runs, the pure-Go one
// first and the preferred one last; architecture files append to it in
// init.
var kernelSets = []*dotKernels{&goKernels}

// active is the implementation in use.
var active atomic.Pointer[dotKernels]

// KernelEnv names the environment variable that selects the kernel
// implementation at start-up (one of KernelPaths; "go" forces pure Go).
// Unset, the preferred one is used; naming one this CPU lacks, the
// preferred one is used and a line on stderr says so.
const KernelEnv = "OPML_KERNELS"

func init() {
	archKernels()
	active.Store(kernelSets[len(kernelSets)-1])
	if name := os.Getenv(KernelEnv); name != "" {
		if err := SetKernelPath(name); err != nil {
			fmt.Fprintf(os.Stderr, "%s: %v; using %s\n", KernelEnv, err, KernelPath())
		}
	}
}

// KernelPaths returns the names of the kernel implementations this CPU can
// run: "go" (pure Go, or soft float on MIPS) first, the preferred one last.
func KernelPaths() []string {
	names := make([]string, len(kernelSets))
	for i, s := range kernelSets {
		names[i] = s.name
	}
	return names
}

// KernelPath returns the name of the kernel implementation in use.
func KernelPath() string { return active.Load().name }

// SetKernelPath selects the kernel implementation by name, for tests and
// benchmarks; every implementation gives the same bits. It must not be
// called while kernels run.
func SetKernelPath(name string) error {
	for _, s := range kernelSets {
		if s.name == name {
			active.Store(s)
			return nil
		}
	}
	return fmt.Errorf("tensor: kernel path %q not available on this CPU (have %s)", name, strings.Join(KernelPaths(), ", "))
}
