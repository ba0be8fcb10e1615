package tensor_test

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/opml-dev/opml/tensor/internal/opsuite"
)

// TestGOMAXPROCSIndependence runs every suite op with 1, 2 and 8 threads
// and requires byte-identical outputs.
func TestGOMAXPROCSIndependence(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	for _, seed := range []uint64{1, 2, 3} {
		cases := opsuite.Cases(seed)
		var first [][]byte
		for _, procs := range []int{1, 2, 8} {
			runtime.GOMAXPROCS(procs)
			for i, c := range cases {
				out, err := c.Run()
				if err != nil {
					t.Fatalf("seed %d %s: %v", seed, c.Name, err)
				}
				b := out.Bytes()
				if procs == 1 {
					first = append(first, b)
					continue
				}
				if !bytes.Equal(b, first[i]) {
					t.Errorf("seed %d %s: GOMAXPROCS=%d output differs from GOMAXPROCS=1", seed, c.Name, procs)
				}
			}
		}
	}
}

// TestCrossArchitecture builds cmd/opsuite for mips (softfloat, the VM's
// target) and arm64 (which contracts a*b+c into FMA unless prevented) and
// runs both under qemu-user, requiring the same hashes as this process.
func TestCrossArchitecture(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and emulates two binaries")
	}
	var want bytes.Buffer
	if err := opsuite.Write(&want, 1); err != nil {
		t.Fatal(err)
	}
	targets := []struct {
		qemu string
		env  []string
	}{
		{"qemu-mips", []string{"GOOS=linux", "GOARCH=mips", "GOMIPS=softfloat"}},
		{"qemu-aarch64", []string{"GOOS=linux", "GOARCH=arm64"}},
	}
	dir := t.TempDir()
	for _, tg := range targets {
		t.Run(tg.qemu, func(t *testing.T) {
			qemu, err := exec.LookPath(tg.qemu)
			if err != nil {
				t.Skipf("%s not installed", tg.qemu)
			}
			bin := filepath.Join(dir, tg.qemu+".opsuite")
			build := exec.Command("go", "build", "-o", bin, "./internal/opsuite/cmd/opsuite")
			build.Env = append(os.Environ(), tg.env...)
			if out, err := build.CombinedOutput(); err != nil {
				t.Fatalf("build: %v\n%s", err, out)
			}
			ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
			defer cancel()
			got, err := exec.CommandContext(ctx, qemu, bin).Output()
			if err != nil {
				t.Fatalf("run: %v", err)
			}
			gotLines := strings.Split(string(got), "\n")
			wantLines := strings.Split(want.String(), "\n")
			if len(gotLines) != len(wantLines) {
				t.Fatalf("%d lines, want %d", len(gotLines), len(wantLines))
			}
			for i := range wantLines {
				if gotLines[i] != wantLines[i] {
					t.Errorf("got  %s\nwant %s", gotLines[i], wantLines[i])
				}
			}
		})
	}
}
