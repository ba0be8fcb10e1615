package main

import (
	"strings"
	"testing"
)

// TestDemoFeeCaps: the demo takes the fee caps of every command that sends transactions; a bad amount is a usage
// error, and a cap below the chain's base fee stops the demo before its first transaction, in one line.
func TestDemoFeeCaps(t *testing.T) {
	_, stderr, code := runOpml(t, "demo", "--max-fee-per-gas", "lots", "--max-priority-fee", "2gwei")
	if code != 2 || !strings.Contains(stderr, "--max-fee-per-gas") {
		t.Errorf("demo --max-fee-per-gas lots: exit %d, stderr %q", code, stderr)
	}
	_, stderr, code = runOpml(t, "demo", "--max-fee-per-gas", "1wei")
	if code != 1 || !strings.Contains(stderr, "base fee above the fee cap") || strings.Count(stderr, "\n") != 1 {
		t.Errorf("demo --max-fee-per-gas 1wei: exit %d, stderr %q; want the cap named in one line", code, stderr)
	}
}
