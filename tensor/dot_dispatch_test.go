package tensor

import (
	"os"
	"os/exec"
	"slices"
	"strings"
	"testing"
)

// TestKernelPaths checks that this CPU registers the kernel paths it
// should (wantKernelPaths, per GOARCH) and that the default is the
// preferred one.
func TestKernelPaths(t *testing.T) {
	paths := KernelPaths()
	t.Logf("kernel paths on this CPU: %v; active: %s", paths, KernelPath())
	if want := wantKernelPaths(); !slices.Equal(paths, want) {
		t.Errorf("kernel paths %v, want %v", paths, want)
	}
	if os.Getenv(KernelEnv) == "" && KernelPath() != paths[len(paths)-1] {
		t.Errorf("default kernel path %s, want the preferred %s", KernelPath(), paths[len(paths)-1])
	}
	if err := SetKernelPath("no-such-path"); err == nil {
		t.Error("SetKernelPath accepted an unknown path")
	}
}

// TestKernelEnv starts this test binary again with OPML_KERNELS=go, then
// with a path no CPU has, and checks the path in use and what is said.
func TestKernelEnv(t *testing.T) {
	if os.Getenv("OPML_KERNELS_CHILD") == "1" {
		os.Stdout.WriteString("path=" + KernelPath() + "\n")
		return
	}
	child := func(value string) string {
		cmd := exec.Command(os.Args[0], "-test.run=^TestKernelEnv$", "-test.v")
		cmd.Env = append(os.Environ(), KernelEnv+"="+value, "OPML_KERNELS_CHILD=1")
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("%v\n%s", err, out)
		}
		return string(out)
	}
	if out := child("go"); !strings.Contains(out, "path=go\n") {
		t.Fatalf("with %s=go the child reports:\n%s", KernelEnv, out)
	}
	paths := KernelPaths()
	preferred := paths[len(paths)-1]
	out := child("vliw")
	if !strings.Contains(out, "path="+preferred+"\n") || !strings.Contains(out, KernelEnv+`: tensor: kernel path "vliw" not available`) {
		t.Fatalf("with %s=vliw the child reports:\n%s", KernelEnv, out)
	}
}
