package main

import (
	"os"

	"github.com/opml-dev/opml/bench"
)

func init() {
	register("bench vm", "benchmark the fault-proof VM (fast mode, proof mode, witnesses, vs qemu)", benchVM)
	register("bench ml", "benchmark MNIST inference natively and in the VM", benchML)
}

func benchML(args []string) error {
	fs := newFlags("bench ml", "bench ml [--batch N]")
	batch := fs.Int("batch", 500, "images per native batch")
	if err := fs.Parse(args); err != nil {
		return err
	}
	t, err := bench.ML(bench.MLOptions{Batch: *batch})
	if err != nil {
		return err
	}
	t.Write(os.Stdout)
	return nil
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
