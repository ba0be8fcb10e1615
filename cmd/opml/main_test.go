package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/opml-dev/opml/internal/mipsbuild"
)

var opmlBin string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "opml-cli-test")
	if err != nil {
		panic(err)
	}
	opmlBin = filepath.Join(dir, "opml")
	if out, err := exec.Command("go", "build", "-o", opmlBin, ".").CombinedOutput(); err != nil {
		os.Stderr.Write(out)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

func runOpml(t *testing.T, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	return runOpmlIn(t, "../..", nil, "", args...)
}

// runOpmlIn runs the opml binary in dir with env added to the environment (nil: the test's own) and stdin, and
// fails the test if it printed a panic trace.
func runOpmlIn(t *testing.T, dir string, env []string, stdin string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	cmd := exec.Command(opmlBin, args...)
	cmd.Dir = dir
	if env != nil {
		cmd.Env = env
	}
	cmd.Stdin = strings.NewReader(stdin)
	var o, e bytes.Buffer
	cmd.Stdout, cmd.Stderr = &o, &e
	err := cmd.Run()
	code = 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(e.String(), "goroutine ") || strings.Contains(e.String(), "panic:") {
		t.Fatalf("opml %v printed a panic trace:\n%s", args, e.String())
	}
	return o.String(), e.String(), code
}

func TestVMRunWitnessVerify(t *testing.T) {
	stats := filepath.Join(t.TempDir(), "stats.json")
	out, _, code := runOpml(t, "vm", "run", "--stats", stats, "examples/hello")
	if code != 0 || !strings.Contains(out, "hello from the opml MIPS VM") {
		t.Fatalf("vm run: exit %d, output %q", code, out)
	}
	var s map[string]any
	data, _ := os.ReadFile(stats)
	if err := json.Unmarshal(data, &s); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"steps", "exited", "exit_code", "state_hash", "wall_seconds"} {
		if _, ok := s[k]; !ok {
			t.Errorf("stats lack %q", k)
		}
	}
	wfile := filepath.Join(t.TempDir(), "w.json")
	if _, errOut, code := runOpml(t, "vm", "witness", "--step", "12345", "--out", wfile, "examples/hello"); code != 0 {
		t.Fatalf("vm witness: exit %d: %s", code, errOut)
	}
	if out, errOut, code := runOpml(t, "vm", "verify", wfile); code != 0 || !strings.HasPrefix(out, "0x") {
		t.Fatalf("vm verify: exit %d: %s %s", code, out, errOut)
	}
	// A witness whose claimed post-state is wrong is rejected with a non-zero exit.
	var w map[string]any
	data, _ = os.ReadFile(wfile)
	json.Unmarshal(data, &w)
	w["post_state_hash"] = "0x03" + strings.Repeat("00", 31)
	data, _ = json.Marshal(w)
	os.WriteFile(wfile, data, 0o644)
	if _, _, code := runOpml(t, "vm", "verify", wfile); code == 0 {
		t.Fatal("vm verify accepted a wrong post-state")
	}
}

func TestVMRunExitCodeAndStopAt(t *testing.T) {
	if _, _, code := runOpml(t, "vm", "run", "vm/testdata/progs/exit3"); code != 3 {
		t.Fatalf("exit code %d, want the guest's 3", code)
	}
	stats := filepath.Join(t.TempDir(), "stats.json")
	_, errOut, code := runOpml(t, "vm", "run", "--stop-at", "1000", "--stats", stats, "examples/hello")
	if code != 0 || !strings.Contains(errOut, "stopped after 1000 steps") {
		t.Fatalf("--stop-at: exit %d, stderr %q", code, errOut)
	}
	var s struct{ Steps uint64 }
	data, _ := os.ReadFile(stats)
	json.Unmarshal(data, &s)
	if s.Steps != 1000 {
		t.Fatalf("stopped at %d steps, want 1000", s.Steps)
	}
}

func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		os.WriteFile(p, data, 0o644)
		return p
	}
	hello, err := mipsbuild.Build("../../examples/hello", mipsbuild.MIPS)
	if err != nil {
		t.Fatal(err)
	}
	helloData, _ := os.ReadFile(hello)
	arm, err := mipsbuild.Build("../../examples/hello", mipsbuild.ARM64)
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name string
		args []string
		want string
	}{
		{"not an ELF", []string{"vm", "run", write("text", []byte("hello"))}, "not an ELF"},
		{"truncated ELF", []string{"vm", "run", write("trunc", helloData[:3000])}, "ELF"},
		{"wrong architecture", []string{"vm", "run", arm}, "want 32-bit MIPS"},
		{"missing file", []string{"vm", "run", filepath.Join(dir, "nope")}, "no such file"},
		{"corrupt witness", []string{"vm", "verify", write("w.json", []byte("{not json"))}, "not valid JSON"},
		{"short witness state", []string{"vm", "verify", write("w2.json", []byte(`{"state":"0x00","proof":"0x"}`))}, "state has 1 bytes"},
		{"unknown command", []string{"vm", "frobnicate"}, "unknown command"},
		{"witness without step", []string{"vm", "witness", "examples/hello"}, "needs --step"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, errOut, code := runOpml(t, c.args...)
			if code == 0 {
				t.Fatalf("exit 0 for bad input")
			}
			if !strings.Contains(errOut, c.want) {
				t.Fatalf("stderr %q does not say %q", errOut, c.want)
			}
		})
	}
}
