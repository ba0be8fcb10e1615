package tensor_test

import (
	"bytes"
	"context"
	"os"
	"runtime"
	"testing"
	"time"

	"github.com/opml-dev/opml/internal/mipsbuild"
	"github.com/opml-dev/opml/internal/qemu"
	"github.com/opml-dev/opml/tensor/internal/kernelsuite"
	"github.com/opml-dev/opml/vm"
)

const kernelSuiteCmd = "internal/kernelsuite/cmd/kernelsuite"

// nativeKernelSuite returns the suite's lines computed here, checking that
// they are the same at GOMAXPROCS 1, 2 and 8 and that no kernel path
// disagrees with pure Go.
func nativeKernelSuite(t *testing.T) []byte {
	t.Helper()
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	var first []byte
	for _, procs := range []int{1, 2, 8} {
		runtime.GOMAXPROCS(procs)
		var b bytes.Buffer
		if err := kernelsuite.Write(&b, 1); err != nil {
			t.Fatal(err)
		}
		if bytes.Contains(b.Bytes(), []byte("MISMATCH")) || bytes.Contains(b.Bytes(), []byte("error")) {
			t.Fatalf("kernel paths disagree natively (GOMAXPROCS=%d):\n%s", procs, b.Bytes())
		}
		if first == nil {
			first = b.Bytes()
		} else if !bytes.Equal(b.Bytes(), first) {
			t.Fatalf("GOMAXPROCS=%d changes the kernel suite:\n%s\nvs\n%s", procs, b.Bytes(), first)
		}
	}
	return first
}

// TestKernelSuiteInVM runs the kernel suite inside the opml VM (soft-float
// lane loops) and requires the native lines.
func TestKernelSuiteInVM(t *testing.T) {
	want := nativeKernelSuite(t)
	elf, err := mipsbuild.Build(kernelSuiteCmd, mipsbuild.MIPS)
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(elf)
	if err != nil {
		t.Fatal(err)
	}
	e, err := vm.NewEmulator(data, vm.Config{})
	if err != nil {
		t.Fatal(err)
	}
	var got, stderr bytes.Buffer
	e.Stdout, e.Stderr = &got, &stderr
	if err := e.Run(20_000_000_000); err != nil {
		t.Fatal(err)
	}
	if e.State.Status() != vm.StatusExitedOK {
		t.Fatalf("kernel suite in the VM ended %v after %d steps: %s", e.State.Status(), e.State.Step, stderr.Bytes())
	}
	if !bytes.Equal(got.Bytes(), want) {
		t.Fatalf("kernel suite differs between the VM and native:\nVM:\n%s\nnative:\n%s", got.Bytes(), want)
	}
	t.Logf("%d kernel cases identical in the VM (%d steps)", bytes.Count(want, []byte("\n")), e.State.Step)
}

// TestKernelSuiteArm64 runs the suite built for arm64 (pure Go and NEON
// paths, each checked against the other) under qemu-aarch64.
func TestKernelSuiteArm64(t *testing.T) {
	want := nativeKernelSuite(t)
	elf, err := mipsbuild.Build(kernelSuiteCmd, mipsbuild.ARM64)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	res, err := qemu.Run(ctx, "qemu-aarch64", elf, nil, []string{"GOMAXPROCS=4"})
	if err != nil {
		t.Fatal(err)
	}
	if res.ExitCode != 0 {
		t.Fatalf("kernel suite under qemu-aarch64 exited %d: %s", res.ExitCode, res.Stderr)
	}
	if !bytes.Equal(res.Stdout, want) {
		t.Fatalf("kernel suite differs between arm64 and native:\narm64:\n%s\nnative:\n%s", res.Stdout, want)
	}
}
