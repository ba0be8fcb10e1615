package llama_test

import (
	"bytes"
	"context"
	"os"
	"runtime"
	"testing"
	"time"

	"github.com/opml-dev/opml/internal/mipsbuild"
	"github.com/opml-dev/opml/internal/qemu"
	"github.com/opml-dev/opml/models/llama/internal/crosscheck"
	"github.com/opml-dev/opml/vm"
)

// TestCrossArch runs a tiny model's forward pass (every weight type, a
// prompt, greedy and sampled tokens) natively at GOMAXPROCS 1 and 4, as an
// arm64 binary under qemu-aarch64 and as a MIPS program inside the opml
// VM: every row of logits must be the same bits everywhere.
func TestCrossArch(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	var want bytes.Buffer
	for _, procs := range []int{1, 4} {
		runtime.GOMAXPROCS(procs)
		var got bytes.Buffer
		if err := crosscheck.Write(&got, crosscheck.Formats...); err != nil {
			t.Fatal(err)
		}
		if want.Len() == 0 {
			want = got
		} else if !bytes.Equal(got.Bytes(), want.Bytes()) {
			t.Fatalf("GOMAXPROCS %d:\n%s\nGOMAXPROCS 1:\n%s", procs, got.Bytes(), want.Bytes())
		}
	}
	const pkg = "internal/crosscheck/cmd/crosscheck"

	arm, err := mipsbuild.Build(pkg, mipsbuild.ARM64)
	if err != nil {
		t.Fatal(err)
	}
	emu, err := qemu.Binary("arm64")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	res, err := qemu.Run(ctx, emu, arm, nil, []string{"GOMAXPROCS=2"})
	if err != nil {
		t.Fatal(err)
	}
	if res.ExitCode != 0 || !bytes.Equal(res.Stdout, want.Bytes()) {
		t.Fatalf("arm64 (exit %d, %s):\n%s\nnative:\n%s", res.ExitCode, res.Stderr, res.Stdout, want.Bytes())
	}

	// In the VM one weight type per run: each run is a few hundred million
	// steps.
	elf, err := mipsbuild.Build(pkg, mipsbuild.MIPS)
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(elf)
	if err != nil {
		t.Fatal(err)
	}
	prog, err := vm.ParseELF(data)
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	var steps uint64
	var got bytes.Buffer
	for _, f := range crosscheck.Formats {
		e, err := vm.NewEmulatorFromProgram(prog, vm.Config{Args: []string{"-types", f.String()}})
		if err != nil {
			t.Fatal(err)
		}
		var stderr bytes.Buffer
		e.Stdout, e.Stderr = &got, &stderr
		if err := e.Run(2_000_000_000); err != nil {
			t.Fatal(err)
		}
		if e.State.Status() != vm.StatusExitedOK {
			t.Fatalf("%v: the VM run ended %v after %d steps: %.2000s", f, e.State.Status(), e.State.Step, stderr.Bytes())
		}
		steps += e.State.Step
	}
	if !bytes.Equal(got.Bytes(), want.Bytes()) {
		t.Fatalf("VM:\n%s\nnative:\n%s", got.Bytes(), want.Bytes())
	}
	t.Logf("%d lines identical natively, on arm64 and in the VM (%d VM steps, %v)", bytes.Count(want.Bytes(), []byte("\n")), steps, time.Since(start).Round(time.Millisecond))
}
