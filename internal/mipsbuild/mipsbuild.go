// Package mipsbuild cross-compiles Go main packages into the ELF programs that the opml VM runs
// (GOOS=linux GOARCH=mips GOMIPS=softfloat, statically linked), and into arm64 and host binaries of the
// same source so that differential tests can compare them against other executors.
//
// Builds are reproducible: cgo is off, paths are trimmed, VCS stamping is off, and the caller's GOFLAGS and
// code-generation variables (GOMIPS, GOARM64, GOAMD64, GOEXPERIMENT, ...) are replaced by fixed values, so
// one source tree always yields the same binary for a given Go toolchain. A Builder keeps a cache of built
// binaries keyed on the toolchain, the target and the contents of every non-standard-library source file the
// package depends on, so tests do not relink programs that have not changed.
package mipsbuild

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
)

// Targets accepted by Build and Compile besides the host's own GOARCH.
const (
	// MIPS is the VM's target: 32-bit big-endian MIPS with software floating point.
	MIPS = "mips"
	// ARM64 is a second cross target, runnable under qemu-aarch64.
	ARM64 = "arm64"
)

// BuildError reports a failed go invocation together with everything the toolchain printed.
type BuildError struct {
	Pkg    string // package directory that was being built
	GOARCH string // target architecture
	Step   string // "go list" or "go build"
	Output string // combined stdout and stderr of the go command
	Err    error  // the exec error (usually *exec.ExitError)
}

func (e *BuildError) Error() string {
	return fmt.Sprintf("mipsbuild: %s of %s for %s failed: %v\n%s", e.Step, e.Pkg, e.GOARCH, e.Err,
		strings.TrimRight(e.Output, "\n"))
}

func (e *BuildError) Unwrap() error { return e.Err }

// Builder compiles packages with one Go toolchain into one cache directory.
// The zero value uses GoBinary() and DefaultCacheDir(). A Builder is safe for concurrent use.
type Builder struct {
	// Go is the go command to run. Empty means GoBinary().
	Go string
	// CacheDir holds built binaries. Empty means DefaultCacheDir().
	CacheDir string
}

// GoBinary returns the go command of the toolchain running this process (GOROOT/bin/go), falling back to the
// first go on PATH. Using the running toolchain keeps test binaries and the programs they build in step.
func GoBinary() (string, error) {
	name := "go"
	if runtime.GOOS == "windows" {
		name = "go.exe"
	}
	if root := runtime.GOROOT(); root != "" {
		p := filepath.Join(root, "bin", name)
		if fi, err := os.Stat(p); err == nil && !fi.IsDir() {
			return p, nil
		}
	}
	p, err := exec.LookPath("go")
	if err != nil {
		return "", fmt.Errorf("mipsbuild: no go command in GOROOT (%q) or on PATH: %w", runtime.GOROOT(), err)
	}
	return p, nil
}

// DefaultCacheDir is <user cache dir>/opml-mipsbuild, or <temp dir>/opml-mipsbuild when the user has no cache
// directory (for example when HOME is unset in a sandbox).
func DefaultCacheDir() string {
	if dir, err := os.UserCacheDir(); err == nil {
		return filepath.Join(dir, "opml-mipsbuild")
	}
	return filepath.Join(os.TempDir(), "opml-mipsbuild")
}

// Build compiles the main package in pkgDir for goarch with the default Builder and returns the path of the
// cached binary. See Builder.Build.
func Build(pkgDir, goarch string) (string, error) {
	var b Builder
	return b.Build(context.Background(), pkgDir, goarch)
}

// targetEnv returns GOOS, GOARCH and the code-generation variables for goarch, or an error for an
// unsupported target.
func targetEnv(goarch string) ([]string, error) {
	switch goarch {
	case MIPS:
		return []string{"GOOS=linux", "GOARCH=mips", "GOMIPS=softfloat"}, nil
	case ARM64:
		// v8.0 is the baseline every arm64 machine and qemu-aarch64 supports.
		return []string{"GOOS=linux", "GOARCH=arm64", "GOARM64=v8.0"}, nil
	}
	// The host, when it is neither of the above (a switch case would duplicate ARM64 on arm64 hosts).
	if goarch == runtime.GOARCH {
		env := []string{"GOOS=" + runtime.GOOS, "GOARCH=" + runtime.GOARCH}
		if goarch == "amd64" {
			env = append(env, "GOAMD64=v1")
		}
		return env, nil
	}
	return nil, fmt.Errorf("mipsbuild: unsupported GOARCH %q (want %q, %q or the host's %q)",
		goarch, MIPS, ARM64, runtime.GOARCH)
}

// buildFlags are the go build flags every build uses. -trimpath and -buildvcs=false make the binary
// independent of where the source lives and of the state of the git work tree.
var buildFlags = []string{"-trimpath", "-buildvcs=false"}

// overriddenVars are removed from the inherited environment so the caller's shell cannot change the code
// that is generated. GOCACHE, GOPATH, GOMODCACHE, GOPROXY and HOME are kept: they only say where things are.
var overriddenVars = map[string]bool{
	"GOOS": true, "GOARCH": true, "GOMIPS": true, "GOMIPS64": true, "GOARM": true, "GOARM64": true,
	"GOAMD64": true, "GO386": true, "GOPPC64": true, "GORISCV64": true, "GOWASM": true,
	"GOEXPERIMENT": true, "GOFLAGS": true, "CGO_ENABLED": true, "GOTOOLCHAIN": true, "GOWORK": true,
	"GODEBUG": true,
}

// goEnv is the environment of the go commands run for goarch.
func goEnv(goarch string) ([]string, error) {
	target, err := targetEnv(goarch)
	if err != nil {
		return nil, err
	}
	var env []string
	for _, kv := range os.Environ() {
		name, _, _ := strings.Cut(kv, "=")
		if !overriddenVars[name] {
			env = append(env, kv)
		}
	}
	// GOTOOLCHAIN=local: never switch to (or download) another toolchain behind the caller's back.
	env = append(env, "CGO_ENABLED=0", "GOFLAGS=", "GOTOOLCHAIN=local", "GOWORK=off")
	return append(env, target...), nil
}

func (b *Builder) goCmd() (string, error) {
	if b.Go != "" {
		return b.Go, nil
	}
	return GoBinary()
}

// Compile builds the main package in pkgDir for goarch into out, bypassing the cache. out's directory must
// exist. On failure the error is a *BuildError carrying the compiler output.
func (b *Builder) Compile(ctx context.Context, pkgDir, goarch, out string) error {
	goBin, err := b.goCmd()
	if err != nil {
		return err
	}
	env, err := goEnv(goarch)
	if err != nil {
		return err
	}
	absOut, err := filepath.Abs(out)
	if err != nil {
		return fmt.Errorf("mipsbuild: output path %q: %w", out, err)
	}
	if fi, err := os.Stat(pkgDir); err != nil {
		return fmt.Errorf("mipsbuild: package directory: %w", err)
	} else if !fi.IsDir() {
		return fmt.Errorf("mipsbuild: package path %q is not a directory", pkgDir)
	}
	args := append([]string{"build"}, buildFlags...)
	args = append(args, "-o", absOut, ".")
	cmd := exec.CommandContext(ctx, goBin, args...)
	cmd.Dir = pkgDir
	cmd.Env = env
	output, err := cmd.CombinedOutput()
	if err != nil {
		return &BuildError{Pkg: pkgDir, GOARCH: goarch, Step: "go build", Output: string(output), Err: err}
	}
	return nil
}

// listedPackage is the part of `go list -json` output the cache key needs.
type listedPackage struct {
	ImportPath     string
	Name           string
	Dir            string
	Standard       bool
	GoFiles        []string
	CgoFiles       []string
	SFiles         []string
	HFiles         []string
	SysoFiles      []string
	EmbedFiles     []string
	IgnoredGoFiles []string // hashed too: a build-tag change can move files in or out of the build
	Module         *struct{ GoMod string }
}

// Key returns the cache key of the main package in pkgDir built for goarch: a hex SHA-256 over the toolchain
// version and GOROOT, the target environment, the build flags, and the import path, file names and contents of
// every package outside the standard library in the build (plus their go.mod files). Standard-library
// packages are covered by the toolchain version.
func (b *Builder) Key(ctx context.Context, pkgDir, goarch string) (string, error) {
	goBin, err := b.goCmd()
	if err != nil {
		return "", err
	}
	env, err := goEnv(goarch)
	if err != nil {
		return "", err
	}
	target, _ := targetEnv(goarch)

	h := sha256.New()
	fmt.Fprintf(h, "opml-mipsbuild v1\x00%s\x00%s\x00%s\x00", goBin, strings.Join(target, " "),
		strings.Join(buildFlags, " "))

	version := exec.CommandContext(ctx, goBin, "env", "GOVERSION", "GOROOT")
	version.Dir = pkgDir
	version.Env = env
	out, err := version.CombinedOutput()
	if err != nil {
		return "", &BuildError{Pkg: pkgDir, GOARCH: goarch, Step: "go env", Output: string(out), Err: err}
	}
	h.Write(out)

	// -e keeps go list going on broken packages; the build then reports the real compiler error.
	list := exec.CommandContext(ctx, goBin, "list", "-e", "-deps",
		"-json=ImportPath,Name,Dir,Standard,GoFiles,CgoFiles,SFiles,HFiles,SysoFiles,EmbedFiles,IgnoredGoFiles,Module", ".")
	list.Dir = pkgDir
	list.Env = env
	var stdout, stderr bytes.Buffer
	list.Stdout, list.Stderr = &stdout, &stderr
	if err := list.Run(); err != nil {
		return "", &BuildError{Pkg: pkgDir, GOARCH: goarch, Step: "go list",
			Output: stdout.String() + stderr.String(), Err: err}
	}
	goMods := map[string]bool{}
	dec := json.NewDecoder(&stdout)
	var root listedPackage // -deps lists the package itself last
	for {
		var p listedPackage
		if err := dec.Decode(&p); err == io.EOF {
			break
		} else if err != nil {
			return "", fmt.Errorf("mipsbuild: decoding go list output for %s: %w", pkgDir, err)
		}
		root = p
		if p.Standard {
			continue
		}
		fmt.Fprintf(h, "package\x00%s\x00", p.ImportPath)
		var files []string
		for _, group := range [][]string{p.GoFiles, p.CgoFiles, p.SFiles, p.HFiles, p.SysoFiles, p.EmbedFiles, p.IgnoredGoFiles} {
			files = append(files, group...)
		}
		sort.Strings(files)
		for _, name := range files {
			if err := hashFile(h, name, filepath.Join(p.Dir, name)); err != nil {
				return "", err
			}
		}
		if p.Module != nil && p.Module.GoMod != "" {
			goMods[p.Module.GoMod] = true
		}
	}
	// A package with a parse error has no name yet; let go build report that error.
	if root.Name != "main" && root.Name != "" {
		return "", fmt.Errorf("mipsbuild: %s is package %s, not a main package", pkgDir, root.Name)
	}
	mods := make([]string, 0, len(goMods))
	for m := range goMods {
		mods = append(mods, m)
	}
	sort.Strings(mods)
	for _, m := range mods {
		if err := hashFile(h, "go.mod", m); err != nil {
			return "", err
		}
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// hashFile writes the name, length and contents of the file at path into h, so that moving bytes between
// files or renaming a file changes the key.
func hashFile(h io.Writer, name, path string) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("mipsbuild: hashing source: %w", err)
	}
	fmt.Fprintf(h, "file\x00%s\x00%d\x00", name, len(data))
	h.Write(data)
	return nil
}

// buildLocks serialises builds of the same cache entry within this process, so parallel tests asking for one
// program link it once.
var buildLocks sync.Map // cache path -> *sync.Mutex

// Build returns the path of a binary of the main package in pkgDir for goarch, building it into the cache
// directory unless a binary for the same key is already there. The returned file must not be modified.
func (b *Builder) Build(ctx context.Context, pkgDir, goarch string) (string, error) {
	key, err := b.Key(ctx, pkgDir, goarch)
	if err != nil {
		return "", err
	}
	dir := b.CacheDir
	if dir == "" {
		dir = DefaultCacheDir()
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", fmt.Errorf("mipsbuild: cache directory: %w", err)
	}
	// Named by key alone, so the same source found in another directory is still a cache hit.
	final := filepath.Join(dir, goarch+"-"+key[:40]+".elf")

	mu, _ := buildLocks.LoadOrStore(final, new(sync.Mutex))
	mu.(*sync.Mutex).Lock()
	defer mu.(*sync.Mutex).Unlock()

	if fi, err := os.Stat(final); err == nil && fi.Mode().IsRegular() && fi.Size() > 0 {
		return final, nil
	}
	// Build to a private name and rename: another process reading the cache never sees a partial binary.
	// (A fresh directory, not a temp file: go build refuses to overwrite a file it did not write.)
	tmpDir, err := os.MkdirTemp(dir, ".build-*")
	if err != nil {
		return "", fmt.Errorf("mipsbuild: cache directory: %w", err)
	}
	defer os.RemoveAll(tmpDir)
	tmpName := filepath.Join(tmpDir, "out.elf")
	if err := b.Compile(ctx, pkgDir, goarch, tmpName); err != nil {
		return "", err
	}
	if err := os.Rename(tmpName, final); err != nil {
		return "", fmt.Errorf("mipsbuild: installing into cache: %w", err)
	}
	return final, nil
}
