package mnist

import (
	"bytes"
	"context"
	"os/exec"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/opml-dev/opml/internal/mipsbuild"
	"github.com/opml-dev/opml/internal/qemu"
)

// TestSameBitsOnEveryArchitecture runs testdata/fingerprint natively, on
// arm64 and on the VM's soft-float MIPS (both under qemu) and requires
// identical digests of training, quantization and inference results.
func TestSameBitsOnEveryArchitecture(t *testing.T) {
	if testing.Short() {
		t.Skip("cross-builds and emulation skipped in -short mode")
	}
	dataDir, err := DataDir()
	if err != nil {
		t.Fatal(err)
	}
	weightsDir, err := filepath.Abs("weights")
	if err != nil {
		t.Fatal(err)
	}
	args := []string{dataDir, weightsDir}
	prog := filepath.Join("testdata", "fingerprint")

	host, err := mipsbuild.Build(prog, runtime.GOARCH)
	if err != nil {
		t.Fatal(err)
	}
	want, err := exec.Command(host, args...).Output()
	if err != nil {
		t.Fatalf("native fingerprint: %v", err)
	}
	t.Logf("native:\n%s", want)
	for _, arch := range []string{mipsbuild.ARM64, mipsbuild.MIPS} {
		t.Run(arch, func(t *testing.T) {
			elf, err := mipsbuild.Build(prog, arch)
			if err != nil {
				t.Fatal(err)
			}
			emu, err := qemu.Binary(arch)
			if err != nil {
				t.Fatal(err)
			}
			res, err := qemu.Run(context.Background(), emu, elf, args, nil)
			if err != nil {
				t.Fatal(err)
			}
			if res.ExitCode != 0 {
				t.Fatalf("exit %d, stderr:\n%s", res.ExitCode, res.Stderr)
			}
			if !bytes.Equal(res.Stdout, want) {
				t.Errorf("%s digests differ from native (%v under qemu):\n%s", arch, res.Duration, res.Stdout)
			}
		})
	}
}
