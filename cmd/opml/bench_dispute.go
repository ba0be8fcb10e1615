package main

import (
	"context"
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/opml-dev/opml/bench"
	"github.com/opml-dev/opml/game"
	"github.com/opml-dev/opml/internal/progress"
)

func init() {
	register("bench dispute", "benchmark a disputed LLaMA generation: each party's generation, the graph and VM levels, peak RSS", benchDispute)
}

func benchDispute(args []string) error {
	fs := newFlags("bench dispute", "bench dispute --model FILE.gguf --prompt TEXT -n N [--phases 2] [--cheat node:K|node:random|output|step:S] [--seed S] [--k K] [--tile-steps N] [--chain] [--json]")
	describe(fs, "Plays a two-phase dispute over a greedy LLaMA generation in this process: the submitter (lying as --cheat says) "+
		"and a validator generate; the graph level bisects the generation's nodes to the first disputed one, the submitter hands "+
		"off into it and the VM level bisects its run to one step, executed as MIPS.step does. Prints each phase's time and the "+
		"peak RSS. The weights' commitments come from (or go to) the sidecar next to the model file.")
	model := fs.String("model", "", "the GGUF model `FILE`")
	prompt := fs.String("prompt", "", "the prompt `TEXT`")
	n := fs.Int("n", 16, "tokens to generate")
	phases := fs.Int("phases", 2, "2: a LLaMA generation is disputed two-phase (its VM run as one program would not fit 2^32 steps)")
	cheat := fs.String("cheat", "node:random", "the submitter's lie: node:K (its output at graph node K), node:random, output (the generated tokens) or step:S (the output node's VM run from step S)")
	seed := fs.Uint64("seed", 1, "the seed of node:random")
	k := fs.Int("k", 3, "checkpoints per dissection move")
	tileSteps := fs.Uint64("tile-steps", 0, "play a node whose VM run would exceed `N` steps as tiles (0: the default, 2^28)")
	onChain := fs.Bool("chain", false, "also play the dispute with agents on the embedded chain (opml demo --model) and report its gas; the agents compute again")
	asJSON := fs.Bool("json", false, "print a JSON object")
	chk, err := parse(fs, args)
	if err != nil {
		return err
	}
	chk.noArgs(fs)
	chk.require(fs, "model")
	chk.check(*n >= 1, "-n %d: want at least 1", *n)
	chk.check(*phases == 2, "--phases %d: a LLaMA generation is disputed two-phase (--phases 2)", *phases)
	chk.check(*k >= 1, "--k %d: want at least 1", *k)
	lie, cheatErr := parseDisputeCheat(*cheat)
	if cheatErr != nil {
		chk.addf("--cheat %s: %v", *cheat, cheatErr)
	}
	if *model != "" {
		if _, err := os.Stat(*model); err != nil {
			chk.addf("%v", fileProblem(*model, err))
		}
	}
	if err := chk.err(); err != nil {
		return err
	}
	prog := progress.ForStderr(*asJSON)
	res, err := bench.Dispute(context.Background(), bench.DisputeOptions{Model: *model, Prompt: *prompt, N: *n, Lie: lie, Seed: *seed,
		K: *k, TileSteps: *tileSteps, Chain: *onChain, Status: prog.Status})
	prog.Done()
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSON(res)
	}
	res.Table().Write(stdout)
	fmt.Fprintln(stdout)
	return nil
}

// parseDisputeCheat reads bench dispute's --cheat.
func parseDisputeCheat(s string) (game.Lie, error) {
	kind, arg, _ := strings.Cut(s, ":")
	switch {
	case s == "output":
		return game.Lie{Node: -1, Output: true}, nil
	case s == "node:random":
		return game.Lie{Node: -2}, nil
	case kind == "node":
		k, err := strconv.Atoi(arg)
		if err != nil || k < 0 {
			return game.Lie{}, fmt.Errorf("want node:K with a node index K ≥ 0, or node:random")
		}
		return game.Lie{Node: k}, nil
	case kind == "step":
		st, err := strconv.ParseUint(arg, 10, 64)
		if err != nil || st == 0 {
			return game.Lie{}, fmt.Errorf("want step:S with a step S ≥ 1")
		}
		return game.Lie{Node: -1, Step: st}, nil
	}
	return game.Lie{}, fmt.Errorf("want node:K, node:random, output or step:S")
}
