package tensor_test

import (
	"bytes"
	"os"
	"testing"

	"github.com/opml-dev/opml/internal/mipsbuild"
	"github.com/opml-dev/opml/tensor/internal/opsuite"
	"github.com/opml-dev/opml/vm"
)

// TestOpSuiteInVM runs the seeded op suite inside the opml VM (the mips kernels on soft float) and requires every
// op's digest to equal the native one.
func TestOpSuiteInVM(t *testing.T) {
	var want bytes.Buffer
	if err := opsuite.Write(&want, 1); err != nil {
		t.Fatal(err)
	}
	elf, err := mipsbuild.Build("internal/opsuite/cmd/opsuite", mipsbuild.MIPS)
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
		t.Fatalf("op suite in the VM ended %v after %d steps: %s", e.State.Status(), e.State.Step, stderr.Bytes())
	}
	if !bytes.Equal(got.Bytes(), want.Bytes()) {
		t.Fatalf("op digests differ between the VM and native:\nVM:\n%s\nnative:\n%s", got.Bytes(), want.Bytes())
	}
	t.Logf("%d ops identical in the VM (%d steps)", bytes.Count(want.Bytes(), []byte("\n")), e.State.Step)
}
