package main

import (
	"fmt"
	"slices"
	"strings"

	"context"
	"github.com/opml-dev/opml/internal/onnxmodels"
	"os"

	"github.com/opml-dev/opml/agent"
	"github.com/opml-dev/opml/bench"
)

func init() {
	register("bench vm", "benchmark the fault-proof VM (fast mode, proof mode, witnesses, vs qemu)", benchVM)
	register("bench ml", "benchmark MNIST inference natively and in the VM", benchML)
	register("bench onnx", "benchmark ONNX models natively against ONNX Runtime (1 and 2 threads), with VM steps per node", benchONNX)
	register("bench game", "benchmark MNIST disputes end to end (opml demo per mode): rounds, steps, gas, wall time", benchGame)
}

func benchGame(args []string) error {
	fs := newFlags("bench game", "bench game [--cheat MODE] [--image N]")
	cheat := fs.String("cheat", "output", "the submitter's cheat")
	image := fs.Int("image", 0, "the MNIST test image asked about")
	if err := fs.Parse(args); err != nil {
		return &exitError{code: 2, msg: err.Error()}
	}
	c, err := agent.ParseCheat(*cheat)
	if err != nil {
		return &exitError{code: 2, msg: err.Error()}
	}
	t, err := bench.Game(context.Background(), bench.GameOptions{Phases: []int{1, 2}, Ks: []int{1, 3, 8}, Cheat: c, Image: *image})
	if err != nil {
		return err
	}
	t.Write(os.Stdout)
	return nil
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

func benchONNX(args []string) error {
	fs := newFlags("bench onnx", "bench onnx [--runs N] [--vm] [--models NAME,...] [--root DIR]")
	only := fs.String("models", "", "run only these models (conv-block, transformer-block, ocr-det, ocr-rec, ocr-cls)")
	runs := fs.Int("runs", 5, "timed runs per engine and thread count (the median is reported)")
	inVM := fs.Bool("vm", false, "run every node in the VM and report measured steps (slow: minutes)")
	root := fs.String("root", ".", "repository root holding node_modules (onnxruntime-node, the model packages)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	var models []onnxmodels.Model
	if *only != "" {
		all := bench.DefaultONNXModels()
		for _, name := range strings.Split(*only, ",") {
			i := slices.IndexFunc(all, func(m onnxmodels.Model) bool { return m.Name == name })
			if i < 0 {
				return &exitError{code: 2, msg: fmt.Sprintf("bench onnx: unknown model %q", name)}
			}
			models = append(models, all[i])
		}
	}
	t, err := bench.ONNX(bench.ONNXOptions{Root: *root, Runs: *runs, VM: *inVM, Models: models})
	if err != nil {
		return err
	}
	t.Write(os.Stdout)
	return nil
}
