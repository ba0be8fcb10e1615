package main

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestDemoJSON runs `opml demo --json` as a user would and checks the summary object's fields.
func TestDemoJSON(t *testing.T) {
	stdout, stderr, code := runOpml(t, "demo", "--json", "--phases", "2", "--k", "2", "--cheat", "node:3", "--image", "5")
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
	if !strings.Contains(stderr, "hand off node 3") {
		t.Errorf("the narration (stderr) does not show the handoff at node 3:\n%s", stderr)
	}
}
