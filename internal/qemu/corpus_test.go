package qemu

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/opml-dev/opml/internal/mipsbuild"
)

// corpusDir is the VM's differential test corpus, relative to this package.
var corpusDir = filepath.Join("..", "..", "vm", "testdata", "progs")

func TestCorpusManifest(t *testing.T) {
	write := func(t *testing.T, manifest string, programs ...string) string {
		dir := t.TempDir()
		for _, p := range programs {
			os.MkdirAll(filepath.Join(dir, p), 0o755)
			os.WriteFile(filepath.Join(dir, p, "main.go"), []byte("package main\n\nfunc main() {}\n"), 0o644)
		}
		os.Mkdir(filepath.Join(dir, "not-a-program"), 0o755)
		if manifest != "" {
			os.WriteFile(filepath.Join(dir, ManifestName), []byte(manifest), 0o644)
		}
		return dir
	}
	t.Run("defaults and overrides", func(t *testing.T) {
		dir := write(t, `{"programs": {"b": {"args": ["x"], "env": ["A=1"], "exit_code": 3, "stderr": true}}}`, "b", "a")
		progs, err := Corpus(dir)
		if err != nil {
			t.Fatal(err)
		}
		if len(progs) != 2 || progs[0].Name != "a" || progs[1].Name != "b" {
			t.Fatalf("got %+v, want programs a and b in order", progs)
		}
		a, b := progs[0], progs[1]
		if a.Args != nil || a.Env != nil || a.ExitCode != 0 || a.Stderr {
			t.Errorf("a: got %+v, want defaults", a)
		}
		if !slices.Equal(b.Args, []string{"x"}) || !slices.Equal(b.Env, []string{"A=1"}) || b.ExitCode != 3 || !b.Stderr {
			t.Errorf("b: got %+v, want the manifest's settings", b)
		}
		if b.Dir != filepath.Join(dir, "b") {
			t.Errorf("b.Dir = %s", b.Dir)
		}
	})
	for _, tt := range []struct{ name, manifest, want string }{
		{"unknown program", `{"programs": {"zzz": {}}}`, "do not exist: zzz"},
		{"misspelt field", `{"programs": {"a": {"exitcode": 3}}}`, "unknown field"},
		{"bad env", `{"programs": {"a": {"env": ["NOEQ"]}}}`, "not NAME=value"},
		{"bad exit code", `{"programs": {"a": {"exit_code": 300}}}`, "out of range"},
		{"not json", `{`, "manifest"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Corpus(write(t, tt.manifest, "a"))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("got %v, want an error containing %q", err, tt.want)
			}
		})
	}
}

// run is one execution of a corpus program by one executor.
type run struct {
	executor string
	res      Result
}

// runNative runs a host binary the way Run runs a guest: argv[0] = ProgramName, exactly env.
func runNative(ctx context.Context, path string, args, env []string) (Result, error) {
	cmd := exec.CommandContext(ctx, path, args...)
	cmd.Args[0] = ProgramName
	cmd.Env = append([]string{}, env...)
	var stdout, stderr strings.Builder
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	start := time.Now()
	err := cmd.Run()
	res := Result{Stdout: []byte(stdout.String()), Stderr: []byte(stderr.String()), Duration: time.Since(start)}
	if ee, ok := err.(*exec.ExitError); ok {
		res.ExitCode = ee.ExitCode()
	} else if err != nil {
		return res, err
	}
	return res, nil
}

// TestCorpus builds every program of the VM's corpus for MIPS and runs it under qemu-mips, checking its exit
// status and that it printed something. To show that the programs are deterministic and do not depend on
// the architecture (so that any difference between qemu-mips and the VM is the VM's), each program is also
// built for arm64 and the host, run under qemu-aarch64 and natively, and natively again with GOMAXPROCS=1
// (the VM has one CPU): all runs must print exactly the same stdout and stderr and exit the same way.
// With -short only the qemu-mips runs are done.
func TestCorpus(t *testing.T) {
	progs, err := Corpus(corpusDir)
	if err != nil {
		t.Fatal(err)
	}
	if len(progs) < 12 {
		t.Fatalf("corpus has %d programs, want at least 12", len(progs))
	}
	qemuMIPS, err := Binary("mips")
	if err != nil {
		t.Fatal(err)
	}
	qemuARM64, err := Binary("arm64")
	if err != nil {
		t.Fatal(err)
	}
	// The cross-checks need Linux binaries to run natively; -short leaves them out for quick iterations.
	crossCheck := runtime.GOOS == "linux" && !testing.Short()

	var mu sync.Mutex
	timings := map[string]time.Duration{}
	t.Cleanup(func() {
		names := make([]string, 0, len(timings))
		for n := range timings {
			names = append(names, n)
		}
		slices.Sort(names)
		var sb strings.Builder
		for _, n := range names {
			fmt.Fprintf(&sb, "\n  %-12s %6.3fs", n, timings[n].Seconds())
		}
		t.Logf("qemu-mips wall time per program:%s", sb.String())
	})

	for _, p := range progs {
		t.Run(p.Name, func(t *testing.T) {
			t.Parallel()
			ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
			defer cancel()

			elf, err := mipsbuild.Build(p.Dir, mipsbuild.MIPS)
			if err != nil {
				t.Fatal(err)
			}
			mips, err := Run(ctx, qemuMIPS, elf, p.Args, p.Env)
			if err != nil {
				t.Fatal(err)
			}
			mu.Lock()
			timings[p.Name] = mips.Duration
			mu.Unlock()
			if mips.ExitCode != p.ExitCode {
				t.Errorf("qemu-mips: exit code %d, want %d; stderr:\n%s", mips.ExitCode, p.ExitCode, mips.Stderr)
			}
			if len(mips.Stdout) == 0 {
				t.Errorf("qemu-mips: no output on stdout")
			}
			if got := len(mips.Stderr) > 0; got != p.Stderr {
				t.Errorf("qemu-mips: wrote to stderr = %v, want %v; stderr:\n%s", got, p.Stderr, mips.Stderr)
			}
			if !crossCheck {
				return
			}

			var runs []run
			arm, err := mipsbuild.Build(p.Dir, mipsbuild.ARM64)
			if err != nil {
				t.Fatal(err)
			}
			res, err := Run(ctx, qemuARM64, arm, p.Args, p.Env)
			if err != nil {
				t.Fatal(err)
			}
			runs = append(runs, run{"qemu-aarch64", res})
			host, err := mipsbuild.Build(p.Dir, runtime.GOARCH)
			if err != nil {
				t.Fatal(err)
			}
			if res, err = runNative(ctx, host, p.Args, p.Env); err != nil {
				t.Fatal(err)
			}
			runs = append(runs, run{"native " + runtime.GOARCH, res})
			if len(p.Env) == 0 { // GOMAXPROCS would show up in a program that prints its environment
				if res, err = runNative(ctx, host, p.Args, []string{"GOMAXPROCS=1"}); err != nil {
					t.Fatal(err)
				}
				runs = append(runs, run{"native GOMAXPROCS=1", res})
			}
			for _, r := range runs {
				if r.res.ExitCode != mips.ExitCode {
					t.Errorf("%s: exit code %d, qemu-mips %d", r.executor, r.res.ExitCode, mips.ExitCode)
				}
				if d := firstDiff(r.res.Stdout, mips.Stdout); d != "" {
					t.Errorf("%s: stdout differs from qemu-mips: %s", r.executor, d)
				}
				if d := firstDiff(r.res.Stderr, mips.Stderr); d != "" {
					t.Errorf("%s: stderr differs from qemu-mips: %s", r.executor, d)
				}
			}
		})
	}
}

// firstDiff describes the first line where got and want differ, or returns "" if they are equal.
func firstDiff(got, want []byte) string {
	if string(got) == string(want) {
		return ""
	}
	g, w := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
	for i := 0; i < max(len(g), len(w)); i++ {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			return fmt.Sprintf("line %d: %q, want %q", i+1, gl, wl)
		}
	}
	return "trailing difference"
}
