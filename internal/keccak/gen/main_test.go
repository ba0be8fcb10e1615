package main

import (
	"bytes"
	"os"
	"testing"
)

// TestCommittedAssemblyIsGenerated: pairs_amd64.s is exactly this generator's output.
func TestCommittedAssemblyIsGenerated(t *testing.T) {
	committed, err := os.ReadFile("../pairs_amd64.s")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(committed, Generate()) {
		t.Fatal("internal/keccak/pairs_amd64.s is not the output of internal/keccak/gen: run go generate ./internal/keccak and commit it")
	}
}

// TestPiReturnsAfter24Rounds: the register renaming that implements pi is the identity again after the 24
// rounds, so the digest lanes are in Z0..Z3 and Z25..Z31 are free for the final transposition.
func TestPiReturnsAfter24Rounds(t *testing.T) {
	for l := 0; l < 25; l++ {
		m := l
		for r := 0; r < 24; r++ {
			m = piDest(m)
		}
		if m != l {
			t.Fatalf("lane %d ends at %d after 24 rounds", l, m)
		}
	}
}
