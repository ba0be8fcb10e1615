package qemu

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/opml-dev/opml/internal/mipsbuild"
)

// echoSrc prints its argv and environment, writes a line to stderr, then exits with, or dies from, what its
// first argument asks for.
const echoSrc = `package main

import (
	"fmt"
	"os"
	"strconv"
	"syscall"
	"time"
)

func main() {
	fmt.Printf("argc=%d\n", len(os.Args))
	for i, a := range os.Args {
		fmt.Printf("argv[%d]=%q\n", i, a)
	}
	for _, kv := range os.Environ() {
		fmt.Printf("env %q\n", kv)
	}
	fmt.Fprintln(os.Stderr, "to stderr")
	if len(os.Args) > 1 {
		switch os.Args[1] {
		case "hang":
			for {
				time.Sleep(time.Millisecond)
			}
		case "kill":
			syscall.Kill(os.Getpid(), syscall.SIGKILL)
		default:
			code, _ := strconv.Atoi(os.Args[1])
			os.Exit(code)
		}
	}
}
`

var (
	buildOnce sync.Once
	echoELFs  map[string]string
	buildErr  error
)

// echoELF builds echoSrc once per test binary for goarch.
func echoELF(t *testing.T, goarch string) string {
	t.Helper()
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "qemu-echo-")
		if err != nil {
			buildErr = err
			return
		}
		defer os.RemoveAll(dir) // the binaries live on in the build cache
		files := map[string]string{"go.mod": "module example.com/echo\n\ngo 1.26\n", "main.go": echoSrc}
		for name, body := range files {
			if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
				buildErr = err
				return
			}
		}
		echoELFs = map[string]string{}
		for _, arch := range []string{mipsbuild.MIPS, mipsbuild.ARM64} {
			p, err := mipsbuild.Build(dir, arch)
			if err != nil {
				buildErr = err
				return
			}
			echoELFs[arch] = p
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return echoELFs[goarch]
}

func TestRun(t *testing.T) {
	tests := []struct {
		name     string
		args     []string
		env      []string
		stdout   string
		exitCode int
	}{
		{"no args, empty env", nil, nil, "argc=1\nargv[0]=\"program\"\n", 0},
		{"exit code", []string{"3"}, nil, "argc=2\nargv[0]=\"program\"\nargv[1]=\"3\"\n", 3},
		{"env passed exactly, in order", []string{"0", "two words"}, []string{"Z=1", "EMPTY=", "A=x=y"},
			"argc=3\nargv[0]=\"program\"\nargv[1]=\"0\"\nargv[2]=\"two words\"\nenv \"Z=1\"\nenv \"EMPTY=\"\nenv \"A=x=y\"\n", 0},
		{"large exit code", []string{"255"}, nil, "argc=2\nargv[0]=\"program\"\nargv[1]=\"255\"\n", 255},
	}
	for _, arch := range []string{"mips", "arm64"} {
		emu, err := Binary(arch)
		if err != nil {
			t.Fatal(err)
		}
		elfPath := echoELF(t, arch)
		for _, tt := range tests {
			t.Run(arch+"/"+tt.name, func(t *testing.T) {
				res, err := Run(context.Background(), emu, elfPath, tt.args, tt.env)
				if err != nil {
					t.Fatal(err)
				}
				if got := string(res.Stdout); got != tt.stdout {
					t.Errorf("stdout:\n%s\nwant:\n%s", got, tt.stdout)
				}
				if got := string(res.Stderr); got != "to stderr\n" {
					t.Errorf("stderr %q, want %q", got, "to stderr\n")
				}
				if res.ExitCode != tt.exitCode || res.Signal != 0 {
					t.Errorf("exit code %d signal %v, want %d and none", res.ExitCode, res.Signal, tt.exitCode)
				}
			})
		}
	}
}

func TestRunSignal(t *testing.T) {
	res, err := Run(context.Background(), "qemu-mips", echoELF(t, "mips"), []string{"kill"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if res.ExitCode != -1 || res.Signal != syscall.SIGKILL {
		t.Fatalf("exit code %d signal %v, want -1 and SIGKILL", res.ExitCode, res.Signal)
	}
}

func TestRunTimeout(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second) // long enough to print under load
	defer cancel()
	start := time.Now()
	res, err := Run(ctx, "qemu-mips", echoELF(t, "mips"), []string{"hang"}, nil)
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("got %v, want a deadline error", err)
	}
	if took := time.Since(start); took > 10*time.Second {
		t.Errorf("timeout took %v to take effect", took)
	}
	// The output written before the deadline is kept.
	if !strings.HasPrefix(string(res.Stdout), "argc=2\n") {
		t.Errorf("partial stdout %q lost", res.Stdout)
	}
}

func TestRunErrors(t *testing.T) {
	mipsELF := echoELF(t, "mips")
	arm64ELF := echoELF(t, "arm64")
	notELF := filepath.Join(t.TempDir(), "not.elf")
	if err := os.WriteFile(notELF, []byte("#!/bin/sh\necho hi\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, emu, elf string
		env            []string
		want           string
	}{
		{"missing emulator", "qemu-opml-no-such-emulator", mipsELF, nil, "scripts/install-deps"},
		{"wrong architecture", "qemu-mips", arm64ELF, nil, "qemu-mips runs"},
		{"not an ELF", "qemu-mips", notELF, nil, "bad magic"},
		{"missing ELF", "qemu-mips", filepath.Join(t.TempDir(), "nope"), nil, "no such file"},
		{"bad env entry", "qemu-mips", mipsELF, []string{"NOEQUALS"}, "not NAME=value"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Run(context.Background(), tt.emu, tt.elf, nil, tt.env)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("got %v, want an error containing %q", err, tt.want)
			}
		})
	}
}

func TestBinaryMissing(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	_, err := Binary("mips")
	if err == nil || !strings.Contains(err.Error(), "scripts/install-deps") {
		t.Fatalf("got %v, want an error telling to run scripts/install-deps", err)
	}
	if _, err := Binary("sparc"); err == nil {
		t.Fatal("Binary accepted an unknown GOARCH")
	}
}
