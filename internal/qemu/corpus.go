package qemu

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Program is one program of a differential test corpus such as vm/testdata/progs: a directory holding a Go
// main package, and how to run it.
type Program struct {
	Name     string   // directory name
	Dir      string   // the package directory
	Args     []string // arguments after argv[0]
	Env      []string // the complete environment, NAME=value
	ExitCode int      // expected exit status
	Stderr   bool     // whether the program is expected to write to stderr
}

// ManifestName is the file in a corpus directory that overrides the defaults (no arguments, empty
// environment, exit status 0, nothing on stderr) for the programs it lists.
const ManifestName = "manifest.json"

type manifest struct {
	Comment  string `json:"_comment"`
	Programs map[string]struct {
		Args     []string `json:"args"`
		Env      []string `json:"env"`
		ExitCode int      `json:"exit_code"`
		Stderr   bool     `json:"stderr"`
	} `json:"programs"`
}

// Corpus lists the programs in dir (every subdirectory with a main.go), sorted by name, with their run
// settings from dir/manifest.json if present. A manifest entry without a program is an error, so that a
// renamed program cannot silently lose its settings.
func Corpus(dir string) ([]Program, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("qemu: reading corpus: %w", err)
	}
	var m manifest
	if data, err := os.ReadFile(filepath.Join(dir, ManifestName)); err == nil {
		dec := json.NewDecoder(bytes.NewReader(data))
		dec.DisallowUnknownFields() // a misspelt setting must not be ignored
		if err := dec.Decode(&m); err != nil {
			return nil, fmt.Errorf("qemu: corpus manifest %s: %w", filepath.Join(dir, ManifestName), err)
		}
	} else if !os.IsNotExist(err) {
		return nil, fmt.Errorf("qemu: corpus manifest: %w", err)
	}

	var progs []Program
	seen := map[string]bool{}
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		pkg := filepath.Join(dir, e.Name())
		if _, err := os.Stat(filepath.Join(pkg, "main.go")); err != nil {
			continue
		}
		p := Program{Name: e.Name(), Dir: pkg}
		if s, ok := m.Programs[e.Name()]; ok {
			p.Args, p.Env, p.ExitCode, p.Stderr = s.Args, s.Env, s.ExitCode, s.Stderr
			seen[e.Name()] = true
		}
		for _, kv := range p.Env {
			if !strings.Contains(kv, "=") {
				return nil, fmt.Errorf("qemu: corpus manifest: program %s: environment entry %q is not NAME=value", p.Name, kv)
			}
		}
		if p.ExitCode < 0 || p.ExitCode > 255 {
			return nil, fmt.Errorf("qemu: corpus manifest: program %s: exit code %d out of range", p.Name, p.ExitCode)
		}
		progs = append(progs, p)
	}
	var unknown []string
	for name := range m.Programs {
		if !seen[name] {
			unknown = append(unknown, name)
		}
	}
	if len(unknown) > 0 {
		sort.Strings(unknown)
		return nil, fmt.Errorf("qemu: corpus manifest lists programs that do not exist: %s", strings.Join(unknown, ", "))
	}
	sort.Slice(progs, func(i, j int) bool { return progs[i].Name < progs[j].Name })
	return progs, nil
}
