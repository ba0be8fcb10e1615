package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/opml-dev/opml/agent"
	"github.com/opml-dev/opml/bench"
	"github.com/opml-dev/opml/internal/onnxmodels"
	"github.com/opml-dev/opml/internal/progress"
)

func init() {
	register("bench vm", "benchmark the fault-proof VM (fast mode, proof mode, witnesses, vs qemu)", benchVM)
	register("bench ml", "benchmark MNIST inference natively and in the VM", benchML)
	register("bench onnx", "benchmark ONNX models natively against ONNX Runtime (1 and 2 threads), with VM steps per node", benchONNX)
	register("bench game", "benchmark MNIST disputes end to end (opml demo per mode): rounds, steps, gas, wall time", benchGame)
}

// Benchmarks print a table on stdout; while they run, a status line on stderr says which measurement runs (on a
// terminal only).

func benchGame(args []string) error {
	fs := newFlags("bench game", "bench game [--cheat MODE] [--image N]")
	cheat := fs.String("cheat", "output", "the submitter's cheat (output, step:S or silent; node:K needs two phases, which this suite also runs single-phase)")
	image := fs.Int("image", 0, "the MNIST test image asked about")
	chk, err := parse(fs, args)
	if err != nil {
		return err
	}
	chk.noArgs(fs)
	checkTestImage(chk, "image", *image)
	c, err := agent.ParseCheat(*cheat)
	if err != nil {
		chk.addf("--cheat: %s", strings.TrimPrefix(err.Error(), "agent: "))
	} else if c.Mode == agent.CheatNode {
		checkNodeCheat(chk, 1, c.Node)
	}
	if err := chk.err(); err != nil {
		return err
	}
	t, err := bench.Game(context.Background(), bench.GameOptions{Phases: []int{1, 2}, Ks: []int{1, 3, 8}, Cheat: c, Image: *image,
		Progress: progress.ForStderr(false)})
	if err != nil {
		return err
	}
	t.Write(os.Stdout)
	return nil
}

func benchML(args []string) error {
	fs := newFlags("bench ml", "bench ml [--batch N] [--images N] [--latencies N] [--vm-images N]")
	batch := fs.Int("batch", 500, "images per native batch")
	images := fs.Int("images", 10_000, "test images for the native throughput (a multiple of --batch, at most 10,000)")
	latencies := fs.Int("latencies", 200, "single-image runs for the native latency median")
	vmImages := fs.Int("vm-images", 3, "images run in the VM")
	chk, err := parse(fs, args)
	if err != nil {
		return err
	}
	chk.noArgs(fs)
	chk.check(*batch >= 1, "--batch %d: want at least 1", *batch)
	chk.check(*images >= *batch && *images <= 10_000, "--images %d: want %d..10000 (at least one batch)", *images, max(*batch, 1))
	chk.check(*latencies >= 1 && *latencies <= 10_000, "--latencies %d: want 1..10000", *latencies)
	chk.check(*vmImages >= 1 && *vmImages <= 10_000, "--vm-images %d: want 1..10000", *vmImages)
	if err := chk.err(); err != nil {
		return err
	}
	t, err := bench.ML(bench.MLOptions{Batch: *batch, Images: *images, Latencies: *latencies, VMImages: *vmImages,
		Progress: progress.ForStderr(false)})
	if err != nil {
		return err
	}
	t.Write(os.Stdout)
	return nil
}

// checkRoot notes a --root that does not hold the repository's test programs (the VM and on-chain suites build
// them from source, so they run in a clone of opml).
func checkRoot(chk *checker, root, rel string) {
	if _, err := os.Stat(filepath.Join(root, rel)); err != nil {
		chk.addf("--root %s: no %s there (this suite builds the repository's test programs: run it in a clone of opml, or pass --root)", root, rel)
	}
}

func benchVM(args []string) error {
	fs := newFlags("bench vm", "bench vm [--root DIR] [--proof-steps N]")
	root := fs.String("root", ".", "repository root holding vm/testdata/bench")
	proofSteps := fs.Int("proof-steps", 20_000, "steps to prove in proof mode")
	chk, err := parse(fs, args)
	if err != nil {
		return err
	}
	chk.noArgs(fs)
	chk.check(*proofSteps >= 1, "--proof-steps %d: want at least 1", *proofSteps)
	checkRoot(chk, *root, filepath.Join("vm", "testdata", "bench"))
	if err := chk.err(); err != nil {
		return err
	}
	t, err := bench.VM(bench.VMOptions{Root: *root, ProofSteps: *proofSteps, Progress: progress.ForStderr(false)})
	if err != nil {
		return fmt.Errorf("bench vm: %w", err)
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
	chk, err := parse(fs, args)
	if err != nil {
		return err
	}
	chk.noArgs(fs)
	chk.check(*runs >= 1, "--runs %d: want at least 1", *runs)
	checkRoot(chk, *root, filepath.Join("node_modules", "onnxruntime-node"))
	var models []onnxmodels.Model
	if *only != "" {
		all := bench.DefaultONNXModels()
		for _, name := range strings.Split(*only, ",") {
			i := slices.IndexFunc(all, func(m onnxmodels.Model) bool { return m.Name == name })
			chk.check(i >= 0, "--models: unknown model %q", name)
			if i >= 0 {
				models = append(models, all[i])
			}
		}
	}
	if err := chk.err(); err != nil {
		return err
	}
	t, err := bench.ONNX(bench.ONNXOptions{Root: *root, Runs: *runs, VM: *inVM, Models: models})
	if err != nil {
		return fmt.Errorf("bench onnx: %w", err)
	}
	t.Write(os.Stdout)
	return nil
}
