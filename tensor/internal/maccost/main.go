// Command maccost runs one matrix-vector product of a chosen weight type so
// that the cost of a multiply-accumulate (MAC) in the MIPS VM can be
// measured. Build it for the VM's target and count executed instructions
// per function under qemu-user, one instruction per translation block:
//
//	GOOS=linux GOARCH=mips GOMIPS=softfloat go build -o maccost ./tensor/internal/maccost
//	qemu-mips -singlestep -d exec,nochain -D /dev/stdout ./maccost -dtype f32 -rows 16 -k 1024 |
//	    awk '/^Trace/ {c[$NF]++} END {for (s in c) print c[s], s}' | sort -rn
//
// and divide the counts of the kernel functions (tensor.dotF32,
// fmath.Dot32/dot32Fast, tensor.dotQ8, fmath.*, ...) by rows·k. Whole-program
// differences are unreliable because Go's background threads (sysmon, GC)
// also execute while the emulator is slow. Inputs are generated with
// integer arithmetic only.
package main

import (
	"flag"
	"fmt"
	"math"
	"math/rand/v2"
	"os"

	"github.com/opml-dev/opml/tensor"
)

func main() {
	dtype := flag.String("dtype", "f32", "weight type: f32, f16, bf16, q8 or i8")
	rows := flag.Int("rows", 16, "weight rows (outputs)")
	k := flag.Int("k", 1024, "inner dimension (a multiple of 32 for q8)")
	setupOnly := flag.Bool("setup-only", false, "build the operands but skip the product")
	flag.Parse()
	if err := run(*dtype, *rows, *k, *setupOnly); err != nil {
		fmt.Fprintln(os.Stderr, "maccost:", err)
		os.Exit(1)
	}
}

func run(dtype string, rows, k int, setupOnly bool) error {
	r := rand.New(rand.NewPCG(1, 2))
	value := func() float32 {
		return math.Float32frombits(r.Uint32()&0x807FFFFF | uint32(119+r.IntN(12))<<23)
	}
	if dtype == "i8" {
		wv, xv := make([]int8, rows*k), make([]int8, k)
		for i := range wv {
			wv[i] = int8(r.Uint32())
		}
		for i := range xv {
			xv[i] = int8(r.Uint32())
		}
		w, err := tensor.FromInt8(wv, rows, k)
		if err != nil {
			return err
		}
		x, err := tensor.FromInt8(xv, 1, k)
		if err != nil {
			return err
		}
		if setupOnly {
			return nil
		}
		out, err := tensor.MatMulI8(w, x)
		if err != nil {
			return err
		}
		v, _ := out.Int32s()
		fmt.Println(v[0])
		return nil
	}
	dt := map[string]tensor.DType{"f32": tensor.F32, "f16": tensor.F16, "bf16": tensor.BF16, "q8": tensor.Q8}[dtype]
	if dt == 0 {
		return fmt.Errorf("unknown dtype %q", dtype)
	}
	wv, xv := make([]float32, rows*k), make([]float32, k)
	for i := range wv {
		wv[i] = value()
	}
	for i := range xv {
		xv[i] = value()
	}
	w, err := tensor.FromFloat32(wv, rows, k)
	if err != nil {
		return err
	}
	if w, err = tensor.Convert(w, dt); err != nil {
		return err
	}
	x, err := tensor.FromFloat32(xv, 1, k)
	if err != nil {
		return err
	}
	if setupOnly {
		return nil
	}
	out, err := tensor.MatMul(w, x)
	if err != nil {
		return err
	}
	v, _ := out.Float32s()
	fmt.Println(math.Float32bits(v[0]))
	return nil
}
