package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestModelIDRegisterGGUF: `model id FILE.gguf` prints the same registration on every run (the second from the
// commitments cache), another --length gives another id, `model register` registers it on the embedded chain, and
// bad input is one line with a non-zero exit.
func TestModelIDRegisterGGUF(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "tiny.gguf")
	if _, errOut, code := runOpml(t, "llama", "synth", "--shape", "tiny", "--dtype", "q8_0", "--seed", "5", "--out", path); code != 0 {
		t.Fatalf("synth: exit %d: %s", code, errOut)
	}
	id := func(args ...string) llamaModelReport {
		t.Helper()
		out, errOut, code := runOpml(t, append([]string{"model", "id", "--json", path}, args...)...)
		if code != 0 {
			t.Fatalf("model id: exit %d: %s", code, errOut)
		}
		var r llamaModelReport
		if err := json.Unmarshal([]byte(out), &r); err != nil {
			t.Fatalf("%v: %s", err, out)
		}
		return r
	}
	first, second := id("--length", "6"), id("--length", "6")
	if first.CacheHit || !second.CacheHit || first.TwoPhase != second.TwoPhase || first.GraphState != second.GraphState ||
		first.NodesRoot != second.NodesRoot || first.Length != 6 || first.InputBytes != 4*(8+6) || first.OutputBytes != 4*6 {
		t.Fatalf("model id twice:\n%+v\n%+v", first, second)
	}
	if _, err := os.Stat(first.Cache); err != nil {
		t.Fatal(err)
	}
	if other := id(); other.TwoPhase == first.TwoPhase || other.Length != defaultGenLength {
		t.Fatalf("--length 6 and the default length give the same id")
	}

	out, errOut, code := runOpml(t, "model", "register", "--length", "6", "--json", path)
	if code != 0 {
		t.Fatalf("register: exit %d: %s", code, errOut)
	}
	var reg registerResult
	if err := json.Unmarshal([]byte(out), &reg); err != nil || reg.TwoPhase != first.TwoPhase || !reg.Registered || reg.Gas == 0 || reg.Chain != "embedded" {
		t.Fatalf("register: %v %+v", err, reg)
	}

	notModel := filepath.Join(dir, "notes.gguf")
	if err := os.WriteFile(notModel, []byte("not a model"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"model", "id", path, "--length", "1"}, 2, "--length 1"},
		{[]string{"model", "id", path, "--length", "5000"}, 1, "length 5000"},
		{[]string{"model", "register", notModel}, 1, "not a GGUF model file"},
		{[]string{"model", "register", filepath.Join(dir, "missing.gguf")}, 2, "no such file"},
		{[]string{"model", "register", path, "--oracle", "0x0000000000000000000000000000000000000001"}, 2, "--oracle needs --rpc"},
		{[]string{"model", "register", path, "--rpc", "http://127.0.0.1:1"}, 2, "--oracle"},
	} {
		out, errOut, code := runOpml(t, c.args...)
		if code != c.code || out != "" || !strings.Contains(errOut, c.want) || strings.Count(strings.TrimSpace(errOut), "\n") > 1 {
			t.Errorf("%v: exit %d (want %d), stdout %q, stderr %q (want %q)", c.args, code, c.code, out, errOut, c.want)
		}
	}
}
