package main

import (
	"os"

	"github.com/opml-dev/opml/bench"
)

func init() {
	register("bench vm", "benchmark the fault-proof VM (fast mode, proof mode, witnesses, vs qemu)", benchVM)
}

func benchVM(args []string) error {
	fs := newFlags("bench vm", "bench vm [--root DIR] [--proof-steps N]")
	root := fs.String("root", ".", "repository root holding vm/testdata/bench")
	proofSteps := fs.Int("proof-steps", 20_000, "steps to prove in proof mode")
	if err := fs.Parse(args); err != nil {
		return err
	}
	t, err := bench.VM(bench.VMOptions{Root: *root, ProofSteps: *proofSteps})
	if err != nil {
		return err
	}
	t.Write(os.Stdout)
	return nil
}
