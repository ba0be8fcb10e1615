package vm

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/opml-dev/opml/internal/mipsbuild"
	"github.com/opml-dev/opml/internal/qemu"
)

// corpusPrograms returns the directories of the differential-test corpus.
func corpusPrograms(t testing.TB) []string {
	entries, err := os.ReadDir("testdata/progs")
	var dirs []string
	for _, e := range entries {
		if e.IsDir() {
			dirs = append(dirs, filepath.Join("testdata/progs", e.Name()))
		}
	}
	if err != nil || len(dirs) == 0 {
		t.Fatalf("no corpus programs in testdata/progs: %v", err)
	}
	return dirs
}

// buildCorpus builds every corpus program for the VM.
func buildCorpus(t testing.TB) map[string]string {
	elfs := make(map[string]string)
	for _, dir := range corpusPrograms(t) {
		elf, err := mipsbuild.Build(dir, mipsbuild.MIPS)
		if err != nil {
			t.Fatal(err)
		}
		elfs[filepath.Base(dir)] = elf
	}
	return elfs
}

// TestMatchesQEMU runs every corpus program under qemu-mips and in the VM: output and exit code must be
// byte-identical.
func TestMatchesQEMU(t *testing.T) {
	qemuBin, err := qemu.Binary("mips")
	if err != nil {
		t.Fatal(err)
	}
	var qemuTime, vmTime time.Duration
	for name, elfPath := range buildCorpus(t) {
		t.Run(name, func(t *testing.T) {
			want, err := qemu.Run(context.Background(), qemuBin, elfPath, nil, nil)
			if err != nil {
				t.Fatal(err)
			}
			data, err := os.ReadFile(elfPath)
			if err != nil {
				t.Fatal(err)
			}
			e, err := NewEmulator(data, Config{})
			if err != nil {
				t.Fatal(err)
			}
			var stdout, stderr bytes.Buffer
			e.Stdout, e.Stderr = &stdout, &stderr
			start := time.Now()
			if err := e.Run(20_000_000_000); err != nil {
				t.Fatal(err)
			}
			took := time.Since(start)
			qemuTime += want.Duration
			vmTime += took
			if e.State.Fault != FaultNone {
				t.Fatalf("VM faulted at step %d: %v (pc %#x); qemu stdout:\n%s", e.State.Step, e.State.Fault, e.State.Thread.PC, want.Stdout)
			}
			if !e.State.Exited {
				t.Fatalf("VM did not exit within %d steps", e.State.Step)
			}
			if !bytes.Equal(stdout.Bytes(), want.Stdout) {
				t.Errorf("stdout differs:\nVM:\n%s\nqemu:\n%s", stdout.Bytes(), want.Stdout)
			}
			if !bytes.Equal(stderr.Bytes(), want.Stderr) {
				t.Errorf("stderr differs:\nVM:\n%s\nqemu:\n%s", stderr.Bytes(), want.Stderr)
			}
			if int(e.State.ExitCode) != want.ExitCode {
				t.Errorf("exit code %d, qemu %d", e.State.ExitCode, want.ExitCode)
			}
			t.Logf("%d steps, %d threads, VM %v, qemu %v", e.State.Step, e.Threads(), took, want.Duration)
		})
	}
	t.Logf("total wall time: VM %v, qemu-mips %v (ratio %.2f)", vmTime, qemuTime, vmTime.Seconds()/qemuTime.Seconds())
}
