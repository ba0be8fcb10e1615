package main

import (
	"encoding/json"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestHelp: help goes to stdout with exit status 0, however it is asked for, and a command's help is that
// command's, not the global list.
func TestHelp(t *testing.T) {
	for _, c := range []struct {
		args []string
		want []string // on stdout
		not  string   // not on stdout
	}{
		{[]string{}, []string{"usage: opml <command>", "demo", "chain dev", "version"}, ""},
		{[]string{"--help"}, []string{"usage: opml <command>", "bench ml"}, ""},
		{[]string{"-h"}, []string{"usage: opml <command>"}, ""},
		{[]string{"help"}, []string{"usage: opml <command>"}, ""},
		{[]string{"help", "demo"}, []string{"opml demo —", "--window", "--phases", "common flags:", "--config"}, "commands:"},
		{[]string{"demo", "--help"}, []string{"opml demo —", "--cheat"}, "commands:"},
		{[]string{"demo", "--image", "3", "-h"}, []string{"opml demo —"}, ""},
		{[]string{"help", "chain", "dev"}, []string{"opml chain dev —", "--port", "(default 8545)"}, "commands:"},
		{[]string{"chain", "dev", "-h"}, []string{"opml chain dev —"}, ""},
		{[]string{"chain"}, []string{"opml chain —", "commands:", "dev"}, "bench"},
		{[]string{"vm"}, []string{"commands:", "run", "witness", "verify"}, "chain"},
		{[]string{"bench"}, []string{"commands:", "vm", "ml", "game", "onchain"}, "inspect"},
		{[]string{"model"}, []string{"commands:", "inspect", "import"}, ""},
		{[]string{"mnist", "--help"}, []string{"commands:", "train"}, ""},
		{[]string{"account"}, []string{"commands:", "new", "import", "list"}, ""},
		{[]string{"help", "vm"}, []string{"commands:", "run"}, ""},
		{[]string{"help", "vm", "run"}, []string{"opml vm run —", "Flags go before PROGRAM", "--stop-at"}, ""},
		{[]string{"version"}, []string{"opml ", "go1."}, ""},
		{[]string{"--version"}, []string{"opml "}, ""},
	} {
		t.Run(strings.Join(c.args, " "), func(t *testing.T) {
			out, errOut, code := runOpml(t, c.args...)
			if code != 0 || errOut != "" {
				t.Fatalf("exit %d, stderr %q", code, errOut)
			}
			for _, w := range c.want {
				if !strings.Contains(out, w) {
					t.Errorf("stdout lacks %q:\n%s", w, out)
				}
			}
			if c.not != "" && strings.Contains(out, c.not) {
				t.Errorf("stdout has %q:\n%s", c.not, out)
			}
		})
	}
	out, _, _ := runOpml(t, "version", "--json")
	var v map[string]any
	if err := json.Unmarshal([]byte(out), &v); err != nil || v["version"] == nil || v["go"] == nil {
		t.Fatalf("version --json: %v %s", err, out)
	}
}

// TestVersionNamesCommit: a binary built in a git checkout names the commit it was built from (`go build` stamps
// it; this test asks for the stamp explicitly, since environments may turn it off with GOFLAGS=-buildvcs=false).
// Outside a checkout there is no commit to name and nothing to check.
func TestVersionNamesCommit(t *testing.T) {
	head, err := exec.Command("git", "rev-parse", "HEAD").Output()
	if err != nil {
		t.Logf("not a git checkout (%v): no commit to name", err)
		return
	}
	commit := strings.TrimSpace(string(head))
	bin := filepath.Join(t.TempDir(), "opml")
	if out, err := exec.Command("go", "build", "-buildvcs=true", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build -buildvcs=true: %v\n%s", err, out)
	}
	out, err := exec.Command(bin, "version", "--json").Output()
	var v map[string]any
	if err != nil || json.Unmarshal(out, &v) != nil || v["commit"] != commit {
		t.Fatalf("version --json: %v %s, want commit %s", err, out, commit)
	}
	if out, err := exec.Command(bin, "version").Output(); err != nil || !strings.Contains(string(out), "commit "+commit) {
		t.Fatalf("version: %v, does not name commit %s:\n%s", err, commit, out)
	}
}

// TestUsageErrors: every bad input the issue lists gets a non-zero exit and one line per problem naming the bad
// value, with nothing on stdout, no Go trace, no struct dump and no "internal error" — all found before any work.
func TestUsageErrors(t *testing.T) {
	dir := t.TempDir()
	busy, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer busy.Close()
	busyPort := fmt.Sprint(busy.Addr().(*net.TCPAddr).Port)
	huge, err := filepath.Abs("../../models/mnist/testdata/huge.png")
	if err != nil {
		t.Fatal(err)
	}
	png := writeDigitPNG(t, 0)
	cfg := filepath.Join(dir, "bad.toml")
	os.WriteFile(cfg, []byte("[infer]\nmodle = \"mnist\"\n"), 0o644)
	broken := filepath.Join(dir, "broken.toml")
	os.WriteFile(broken, []byte("rpc = \n"), 0o644)
	for _, c := range []struct {
		name string
		args []string
		code int
		want []string // each on its own line of stderr
	}{
		{"zero window", []string{"demo", "--window", "0s"}, 2, []string{"--window 0s: want at least 1s"}},
		{"busy port", []string{"chain", "dev", "--port", busyPort}, 1, []string{"127.0.0.1:" + busyPort + " is already in use"}},
		{"huge picture", []string{"infer", "--input", huge}, 2, []string{"image too large: 100000x100000 pixels"}},
		{"extra argument", []string{"infer", "--input", png, "extra"}, 2, []string{`infer takes no arguments, got "extra"`}},
		{"missing model file", []string{"infer", "--model", "/nonexistent.opml", "--input", png}, 2, []string{"/nonexistent.opml: no such file"}},
		{"unknown model name", []string{"infer", "--model", "resnet", "--input", png}, 2, []string{`unknown model "resnet"`}},
		{"missing input file", []string{"infer", "--input", filepath.Join(dir, "a.png")}, 2, []string{"a.png: no such file"}},
		{"image index", []string{"demo", "--image", "20000"}, 2, []string{"--image 20000: the MNIST test set has images 0..9999"}},
		{"node cheat single-phase", []string{"demo", "--cheat", "node:3"}, 2, []string{"--cheat node:3 needs --phases 2"}},
		{"node cheat past the graph", []string{"demo", "--phases", "2", "--cheat", "node:99"}, 2, []string{"--cheat node:99: the MNIST graph has nodes 0.."}},
		{"zero epochs", []string{"mnist", "train", "--epochs", "0"}, 2, []string{"--epochs 0: want at least 1"}},
		{"all at once", []string{"demo", "--window", "0s", "--image", "-1", "--k", "0", "--bogus", "--clock", "soon"},
			2, []string{"--window 0s", "--image -1", "--k 0", "unknown flag --bogus", `--clock "soon": want a duration`}},
		{"flag without value", []string{"infer", "--input"}, 2, []string{"--input needs a value"}},
		{"bad fee", []string{"ask", "--rpc", "http://127.0.0.1:1", "--key", "0x01", "--consumer", "0x01", "--image", "1", "--fee", "lots"},
			2, []string{`--fee: "lots" is not an amount`, `--consumer "0x01" is not an address`, "--key: not a private key"}},
		{"ask without key", []string{"ask", "--rpc", "http://127.0.0.1:1", "--consumer", "0x5FC8d32690cc91D4c39d9d3abcBD16989F875707", "--image", "1"},
			2, []string{"needs a key: --keystore DIR --password-file FILE, or $OPML_KEY"}},
		{"keystore without password", []string{"serve", "--role", "validator", "--rpc", "http://x", "--oracle", "0x5FC8d32690cc91D4c39d9d3abcBD16989F875707", "--db", "d", "--keystore", dir},
			2, []string{"--keystore needs --password-file"}},
		{"serve role", []string{"serve", "--role", "watcher"}, 2, []string{`--role "watcher": want submitter or validator`, "--rpc is required", "--oracle is required", "--db is required", "needs a key"}},
		{"fee caps", []string{"serve", "--role", "validator", "--rpc", "http://x", "--oracle", "0x5FC8d32690cc91D4c39d9d3abcBD16989F875707", "--db", "d", "--key", "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d",
			"--max-fee-per-gas", "1gwei", "--max-priority-fee", "2gwei"}, 2, []string{"--max-priority-fee 2gwei is above --max-fee-per-gas 1gwei"}},
		{"bad rpc url", []string{"ask", "--rpc", "localhost:8545", "--key", "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80", "--consumer", "0x5FC8d32690cc91D4c39d9d3abcBD16989F875707", "--image", "1"},
			1, []string{`scheme "localhost"`}},
		{"log level", []string{"version", "--log-level", "loud", "--log-format", "xml"}, 2, []string{`level "loud"`, `format "xml"`}},
		{"config unknown key", []string{"infer", "--config", cfg, "--input", png}, 2, []string{`[infer] has no setting "modle"`}},
		{"config syntax", []string{"infer", "--config", broken, "--input", png}, 2, []string{"broken.toml: line 1"}},
		{"config missing", []string{"infer", "--config", filepath.Join(dir, "none.toml"), "--input", png}, 2, []string{"none.toml: no such file"}},
		{"unknown command", []string{"chain", "mine"}, 2, []string{`unknown command "chain mine"`}},
		{"help for nothing", []string{"help", "frobnicate"}, 2, []string{`no command "frobnicate"`}},
		{"model import from", []string{"model", "import", "--from", "gguf", png, filepath.Join(dir, "o.opml")}, 2, []string{`unknown --from "gguf"`}},
		{"bench root", []string{"bench", "vm", "--root", dir}, 2, []string{"no vm/testdata/bench there"}},
		{"witness step", []string{"vm", "witness", "examples/hello"}, 2, []string{"needs --step N"}},
		{"ml images", []string{"bench", "ml", "--images", "0"}, 2, []string{"--images 0"}},
		{"dispute without model", []string{"bench", "dispute", "--prompt", "x"}, 2, []string{"--model"}},
		{"dispute cheat", []string{"bench", "dispute", "--model", png, "--cheat", "node:x"}, 2, []string{"--cheat node:x: want node:K"}},
		{"dispute phases", []string{"bench", "dispute", "--model", png, "--phases", "1"}, 2, []string{"--phases 1: a LLaMA generation is disputed two-phase"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			out, errOut, code := runOpml(t, c.args...)
			if code != c.code {
				t.Fatalf("exit %d, want %d; stderr %q", code, c.code, errOut)
			}
			if out != "" {
				t.Errorf("stdout %q, want nothing", out)
			}
			lines := strings.Split(strings.TrimRight(errOut, "\n"), "\n")
			for _, w := range c.want {
				found := false
				for _, l := range lines {
					found = found || strings.Contains(l, w)
				}
				if !found {
					t.Errorf("no stderr line says %q:\n%s", w, errOut)
				}
			}
			if len(lines) > len(c.want) {
				t.Errorf("%d lines for %d problems:\n%s", len(lines), len(c.want), errOut)
			}
			for _, l := range lines {
				if !strings.HasPrefix(l, "opml: ") || strings.Contains(l, "{") || strings.Contains(l, "internal error") {
					t.Errorf("line %q: want \"opml: \" and a message, no struct, no internal error", l)
				}
			}
		})
	}
}

// TestFlagsAfterArguments: flags may follow positional arguments, and `--` ends the flags.
func TestFlagsAfterArguments(t *testing.T) {
	idx, _ := writeIDX(t, 2)
	out, errOut, code := runOpml(t, "infer", "--input", idx, "--json", "--model", "mnist-int8")
	var res struct{ Model string }
	if code != 0 || json.Unmarshal([]byte(out), &res) != nil || res.Model != "mnist-int8" {
		t.Fatalf("infer with flags in any order: exit %d %s %s", code, out, errOut)
	}
	model := filepath.Join(t.TempDir(), "m.opml")
	if _, errOut, code := runOpml(t, "model", "import", "--from", "onnx", "--", "missing.onnx", model); code != 2 || !strings.Contains(errOut, "missing.onnx: no such file") {
		t.Fatalf("-- then arguments: exit %d %s", code, errOut)
	}
	// model inspect FILE --json: the flag after the file.
	q := filepath.Join(t.TempDir(), "q.opml")
	if _, errOut, code := runOpml(t, "mnist", "train", "--hidden", "2", "--epochs", "1", "--batch", "60000", "--out", filepath.Dir(q)); code != 0 {
		t.Fatalf("mnist train: %s", errOut)
	}
	out, errOut, code = runOpml(t, "model", "inspect", filepath.Join(filepath.Dir(q), "mnist-int8.opml"), "--json")
	var rep struct {
		GraphCommitment string `json:"graph_commitment"`
	}
	if code != 0 || json.Unmarshal([]byte(out), &rep) != nil || !strings.HasPrefix(rep.GraphCommitment, "0x") {
		t.Fatalf("model inspect FILE --json: exit %d %q %s", code, out, errOut)
	}
}

// TestConfigFile: a TOML file sets flags (a command's table over the top level), and the command line wins.
func TestConfigFile(t *testing.T) {
	idx, _ := writeIDX(t, 1)
	cfg := filepath.Join(t.TempDir(), "opml.toml")
	os.WriteFile(cfg, []byte(fmt.Sprintf("log-level = \"warn\"\nmodel = \"mnist\"\n\n[infer]\nmodel = \"mnist-int8\"\ninput = %q\njson = true\n", idx)), 0o644)
	out, errOut, code := runOpml(t, "infer", "--config", cfg)
	var res struct{ Model string }
	if code != 0 || json.Unmarshal([]byte(out), &res) != nil || res.Model != "mnist-int8" {
		t.Fatalf("infer from the config file: exit %d %q %s", code, out, errOut)
	}
	out, errOut, code = runOpml(t, "infer", "--config", cfg, "--model", "mnist")
	if code != 0 || json.Unmarshal([]byte(out), &res) != nil || res.Model != "mnist" {
		t.Fatalf("the command line over the file: exit %d %q %s", code, out, errOut)
	}
}
