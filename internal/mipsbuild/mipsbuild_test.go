package mipsbuild

import (
	"bytes"
	"context"
	"debug/elf"
	"encoding/binary"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
)

const helloSrc = `package main

import "fmt"

func main() { fmt.Println("hello from", 6*7) }
`

// writeModule creates a one-package module in a fresh directory and returns the package directory.
func writeModule(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	if _, ok := files["go.mod"]; !ok {
		files["go.mod"] = "module example.com/prog\n\ngo 1.26\n"
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestBuildTargets(t *testing.T) {
	pkg := writeModule(t, map[string]string{"main.go": helloSrc})
	b := &Builder{CacheDir: t.TempDir()}
	tests := []struct {
		goarch  string
		machine elf.Machine
		class   elf.Class
		order   string
	}{
		{MIPS, elf.EM_MIPS, elf.ELFCLASS32, "BigEndian"},
		{ARM64, elf.EM_AARCH64, elf.ELFCLASS64, "LittleEndian"},
	}
	for _, tt := range tests {
		t.Run(tt.goarch, func(t *testing.T) {
			path, err := b.Build(context.Background(), pkg, tt.goarch)
			if err != nil {
				t.Fatal(err)
			}
			f, err := elf.Open(path)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			if f.Machine != tt.machine || f.Class != tt.class || f.ByteOrder.String() != tt.order {
				t.Errorf("got machine %v class %v order %v, want %v %v %v",
					f.Machine, f.Class, f.ByteOrder, tt.machine, tt.class, tt.order)
			}
			if f.Type != elf.ET_EXEC {
				t.Errorf("ELF type %v, want a static executable", f.Type)
			}
			for _, p := range f.Progs {
				if p.Type == elf.PT_INTERP {
					t.Errorf("binary has an interpreter; want a static binary")
				}
			}
			if tt.goarch == MIPS {
				if n := countFPUInstructions(t, f); n != 0 {
					t.Errorf("softfloat binary has %d FPU instructions", n)
				}
			}
		})
	}
	t.Run("host", func(t *testing.T) {
		path, err := b.Build(context.Background(), pkg, runtime.GOARCH)
		if err != nil {
			t.Fatal(err)
		}
		out, err := exec.Command(path).CombinedOutput()
		if err != nil {
			t.Fatalf("running host build: %v\n%s", err, out)
		}
		if got, want := string(out), "hello from 42\n"; got != want {
			t.Errorf("host binary printed %q, want %q", got, want)
		}
	})
}

// countFPUInstructions counts the COP1 and FPU load/store words (lwc1, ldc1, swc1, sdc1) in .text.
// The VM does not implement the FPU, so a GOMIPS=softfloat build must have none.
func countFPUInstructions(t *testing.T, f *elf.File) int {
	t.Helper()
	text := f.Section(".text")
	if text == nil {
		t.Fatal("no .text section")
	}
	data, err := text.Data()
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for i := 0; i+4 <= len(data); i += 4 {
		switch binary.BigEndian.Uint32(data[i:]) >> 26 {
		case 0x11, 0x31, 0x35, 0x39, 0x3d:
			n++
		}
	}
	return n
}

func TestBuildCache(t *testing.T) {
	pkg := writeModule(t, map[string]string{"main.go": helloSrc})
	b := &Builder{CacheDir: t.TempDir()}
	ctx := context.Background()

	first, err := b.Build(ctx, pkg, MIPS)
	if err != nil {
		t.Fatal(err)
	}
	fi1, err := os.Stat(first)
	if err != nil {
		t.Fatal(err)
	}
	// Backdate the cached file: a rebuild would give it a fresh modification time.
	old := time.Now().Add(-time.Hour).Truncate(time.Second)
	if err := os.Chtimes(first, old, old); err != nil {
		t.Fatal(err)
	}
	second, err := b.Build(ctx, pkg, MIPS)
	if err != nil {
		t.Fatal(err)
	}
	if second != first {
		t.Fatalf("unchanged source rebuilt to a new path: %s vs %s", second, first)
	}
	if fi2, err := os.Stat(second); err != nil || !fi2.ModTime().Equal(old) || fi2.Size() != fi1.Size() {
		t.Fatalf("cached binary was rewritten (mtime %v, want %v; err %v)", fi2.ModTime(), old, err)
	}

	// Any change to the source must give a different key and a fresh build.
	if err := os.WriteFile(filepath.Join(pkg, "main.go"), []byte(strings.Replace(helloSrc, "6*7", "6*9", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	third, err := b.Build(ctx, pkg, MIPS)
	if err != nil {
		t.Fatal(err)
	}
	if third == first {
		t.Fatalf("changed source reused the cached binary %s", first)
	}
	a, _ := os.ReadFile(first)
	c, _ := os.ReadFile(third)
	if bytes.Equal(a, c) {
		t.Fatalf("changed source produced an identical binary")
	}

	// A new file in the package changes the key as well.
	if err := os.WriteFile(filepath.Join(pkg, "extra.go"), []byte("package main\n\nvar extra = 1\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	k1, err := b.Key(ctx, pkg, MIPS)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(filepath.Join(pkg, "extra.go")); err != nil {
		t.Fatal(err)
	}
	k2, err := b.Key(ctx, pkg, MIPS)
	if err != nil {
		t.Fatal(err)
	}
	if k1 == k2 {
		t.Fatalf("adding a file did not change the key")
	}
	// The key also depends on the target.
	k3, err := b.Key(ctx, pkg, ARM64)
	if err != nil {
		t.Fatal(err)
	}
	if k3 == k2 {
		t.Fatalf("mips and arm64 builds share a key")
	}
}

// TestCompileReproducible builds the same source from two different directories: -trimpath and
// -buildvcs=false must make the binaries byte-identical.
func TestCompileReproducible(t *testing.T) {
	var b Builder
	var bins [][]byte
	for i := 0; i < 2; i++ {
		pkg := writeModule(t, map[string]string{"main.go": helloSrc})
		out := filepath.Join(t.TempDir(), "prog.elf")
		if err := b.Compile(context.Background(), pkg, MIPS, out); err != nil {
			t.Fatal(err)
		}
		data, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		if bytes.Contains(data, []byte(pkg)) {
			t.Errorf("binary contains its build directory %s", pkg)
		}
		bins = append(bins, data)
	}
	if !bytes.Equal(bins[0], bins[1]) {
		t.Fatalf("two builds of the same source differ")
	}
}

func TestBuildErrors(t *testing.T) {
	b := &Builder{CacheDir: t.TempDir()}
	ctx := context.Background()

	broken := writeModule(t, map[string]string{"main.go": "package main\n\nfunc main() { undefinedThing() }\n"})
	_, err := b.Build(ctx, broken, MIPS)
	var be *BuildError
	if !errors.As(err, &be) {
		t.Fatalf("broken package: got %v, want a *BuildError", err)
	}
	if be.Step != "go build" || !strings.Contains(be.Output, "undefined: undefinedThing") ||
		!strings.Contains(err.Error(), "undefined: undefinedThing") {
		t.Errorf("error does not carry the compiler output: %v", err)
	}
	syntax := writeModule(t, map[string]string{"main.go": "package main\n\nfunc main() {\n"})
	if _, err := b.Build(ctx, syntax, MIPS); !errors.As(err, &be) || !strings.Contains(be.Output, "syntax error") {
		t.Errorf("syntax error: got %v, want a *BuildError with the parser's message", err)
	}
	entries, _ := os.ReadDir(b.CacheDir)
	for _, e := range entries {
		t.Errorf("failed build left %s in the cache", e.Name())
	}

	library := writeModule(t, map[string]string{"lib.go": "package lib\n\nfunc F() int { return 1 }\n"})
	tests := []struct {
		name, pkg, goarch, want string
	}{
		{"not a main package", library, MIPS, "not a main package"},
		{"unsupported arch", broken, "riscv64x", "unsupported GOARCH"},
		{"missing dir", filepath.Join(t.TempDir(), "nope"), MIPS, "no such file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := b.Build(ctx, tt.pkg, tt.goarch)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("got %v, want an error containing %q", err, tt.want)
			}
		})
	}
}
