package merkle_test

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/opml-dev/opml/internal/qemu"
)

// TestArm64UnderQemu builds the tests of internal/keccak and of this package for arm64 (where HashPairs is
// the portable Go path) and runs them under qemu-aarch64: the same roots as x/crypto's hashes by definition,
// at every worker count and GOMAXPROCS.
func TestArm64UnderQemu(t *testing.T) {
	if runtime.GOARCH != "amd64" || runtime.GOOS != "linux" {
		t.Skip("cross-checks arm64 from a linux/amd64 host")
	}
	emulator, err := qemu.Binary("arm64")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for _, pkg := range []string{"github.com/opml-dev/opml/internal/keccak", "github.com/opml-dev/opml/internal/merkle"} {
		name := filepath.Base(pkg)
		t.Run(name, func(t *testing.T) {
			bin := filepath.Join(dir, name+".test")
			build := exec.Command("go", "test", "-c", "-o", bin, pkg)
			build.Env = append(os.Environ(), "GOOS=linux", "GOARCH=arm64", "CGO_ENABLED=0")
			if out, err := build.CombinedOutput(); err != nil {
				t.Fatalf("go test -c for arm64: %v\n%s", err, out)
			}
			ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
			defer cancel()
			res, err := qemu.Run(ctx, emulator, bin, []string{"-test.v", "-test.run", "^(Test|Fuzz)"}, []string{"TMPDIR=" + dir})
			if err != nil {
				t.Fatal(err)
			}
			out := string(res.Stdout) + string(res.Stderr)
			if res.ExitCode != 0 || !strings.Contains(out, "\nPASS") {
				t.Fatalf("arm64 tests of %s failed (exit %d):\n%s", pkg, res.ExitCode, out)
			}
			if !strings.Contains(out, "kernels on this CPU: [generic]") && name == "keccak" {
				t.Fatalf("arm64 tests of %s did not report the portable kernel:\n%s", pkg, out)
			}
			t.Logf("%s: arm64 tests passed under qemu in %v", name, res.Duration.Round(time.Millisecond))
		})
	}
}
