package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/opml-dev/opml/agent"
	"github.com/opml-dev/opml/bench"
	"github.com/opml-dev/opml/demo"
	"github.com/opml-dev/opml/models/load"
	"github.com/opml-dev/opml/models/mnist"
)

func init() {
	register("demo", "the whole oracle end to end: a dApp asks MNIST, a cheater answers, a validator wins the game on chain", runDemo)
}

func runDemo(args []string) error {
	fs := newFlags("demo", "demo [--model FILE.onnx|FILE.opml --input [NAME=]FILE.npy ... | --model FILE.gguf --prompt TEXT -n N [--temp T --top-p P --seed S]] [--phases 1|2] [--k N] [--cheat MODE] [--image N] [--tile-steps N] [--window D] [--clock D] [--rpc URL (--keystore DIR --password-file F | $OPML_KEY)] [--json]")
	def := demo.DefaultOptions()
	phases := fs.Int("phases", def.Phases, "1: bisect the VM steps of the whole inference; 2: the graph nodes first, then one node's steps")
	k := fs.Int("k", def.K, "checkpoints per dissection move (rounds = log_{k+1} of the positions)")
	cheat := fs.String("cheat", def.Cheat.String(), "none | output | node:K[:S] (two-phase; S: a tile of a tiled node) | step:S | silent | false-challenge | sock-puppet | copy-submit")
	tileSteps := fs.Uint64("tile-steps", 0, "two-phase: the VM step budget of one node run; longer nodes are played as tiles (0: 2^28)")
	image := fs.Int("image", def.Image, "index of the MNIST test image the dApp asks about (0..9999)")
	rpc := fs.String("rpc", "", "play on the JSON-RPC node at `URL` (anvil, geth --dev) instead of an embedded chain; needs a funded key")
	key := addKeyFlags(fs, "with --rpc, the funded key that deploys and funds the parties")
	window := fs.Duration("window", def.Window, "challenge window (at least 1s)")
	clock := fs.Duration("clock", def.Clock, "each party's chess clock in a game (at least 1s)")
	asJSON := fs.Bool("json", false, "print a summary object on stdout (narration goes to stderr; wei amounts as decimal strings)")
	model := fs.String("model", "", "play on this model `FILE` (.onnx, .opml, .gguf) instead of the shipped MNIST; the dApp is a TensorConsumer")
	var inputs inputFlags
	fs.Var(&inputs, "input", "with --model: an input tensor as `NAME=FILE.npy` (repeatable; a bare FILE.npy for a one-input model)")
	prompt := fs.String("prompt", "", "with --model FILE.gguf: the prompt `TEXT` whose continuation the dApp asks for")
	gen := fs.Int("n", 8, "with --prompt: the `N` tokens to generate")
	sf := addSamplerFlags(fs)
	tx := addTxFlags(fs)
	chk, err := parse(fs, args)
	if err != nil {
		return err
	}
	chk.noArgs(fs)
	if *model != "" {
		if _, err := os.Stat(*model); err != nil {
			chk.addf("--model: %v", fileProblem(*model, err))
		}
		chk.check((len(inputs) == 0) != (*prompt == ""), "--model needs --input tensors (ONNX, opml) or a --prompt (GGUF)")
		chk.check(*gen >= 1, "-n %d: want at least 1 token", *gen)
	} else {
		chk.check(len(inputs) == 0 && *prompt == "", "--input and --prompt need --model FILE")
	}
	o := def
	o.Phases, o.K, o.Image, o.RPC, o.Window, o.Clock = *phases, *k, *image, *rpc, *window, *clock
	sf.check(chk)
	o.Sampler = sf.sampler()
	chk.check(o.Phases == 1 || o.Phases == 2, "--phases %d: want 1 or 2", o.Phases)
	chk.check(o.K >= 1, "--k %d: want at least 1 checkpoint per move", o.K)
	o.TileSteps = *tileSteps
	chk.check(o.TileSteps == 0 || o.TileSteps >= 1_000_000 && o.Phases == 2, "--tile-steps %d: want at least 1000000 (a run's start alone is about 430000 steps), with --phases 2", o.TileSteps)
	chk.check(o.Window >= time.Second, "--window %v: want at least 1s", o.Window)
	chk.check(o.Clock >= time.Second, "--clock %v: want at least 1s", o.Clock)
	checkTestImage(chk, "image", o.Image)
	if o.Cheat, err = agent.ParseCheat(*cheat); err != nil {
		chk.addf("--cheat: %s", strings.TrimPrefix(err.Error(), "agent: "))
	} else if o.Cheat.Mode == agent.CheatNode && *model == "" {
		checkNodeCheat(chk, o.Phases, o.Cheat.Node)
	}
	named, bare, err := readInputs(inputs)
	if err != nil {
		chk.addf("%v", err)
	}
	if *rpc != "" {
		key.check(chk, true)
	} else if key.src.Hex != "" || key.src.Keystore != "" {
		chk.addf("a key (--key, --keystore) needs --rpc: the embedded chain funds its own parties")
	}
	tx.check(chk)
	if err := chk.err(); err != nil {
		return err
	}
	o.FeeCaps = tx.caps
	if *rpc != "" {
		if o.Key, err = key.load(); err != nil {
			return err
		}
	}
	if *model != "" {
		phasesSet := false
		fs.Visit(func(f *flag.Flag) { phasesSet = phasesSet || f.Name == "phases" })
		if !phasesSet && load.KindOf(*model) == "gguf" {
			o.Phases = 2 // a LLaMA generation is played two-phase unless --phases 1 asks (small models only)
		}
		if err := openDemoModel(&o, *model, named, bare, *prompt, *gen); err != nil {
			return err
		}
		defer o.Model.Close()
	}
	o.Out = os.Stdout
	if *asJSON {
		o.Out = os.Stderr
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	s, err := demo.Run(ctx, o)
	if err != nil {
		return err
	}
	_, s.PeakRSS = bench.SelfUsage()
	if *asJSON {
		return writeJSON(s)
	}
	if o.Model != nil {
		printModelDemo(s)
		return nil
	}
	fmt.Printf("\nwinner %s · cheater slashed %v · dApp got %d (correct %d) · %d rounds · %d VM steps in the disputed run · %d gas (%d in the dispute) · final %d s after the first entry (bound %d s) · %.1f s\n",
		s.Winner, s.CheaterSlashed, s.DeliveredResult, s.CorrectResult, s.Rounds, s.VMSteps, s.GasUsed, s.DisputeGas,
		s.FinalizedAfterSeconds, s.FinalityBoundSeconds, s.WallSeconds)
	return nil
}

// checkTestImage notes an index outside the embedded MNIST test set.
func checkTestImage(chk *checker, flagName string, i int) {
	test, err := mnist.LoadTest()
	if err != nil {
		chk.addf("%v", err)
		return
	}
	chk.check(i >= 0 && i < test.Len(), "--%s %d: the MNIST test set has images 0..%d", flagName, i, test.Len()-1)
}

// checkNodeCheat notes a node:K cheat the demo cannot play: single-phase games have no graph nodes to lie about,
// and K must be a node of the model.
func checkNodeCheat(chk *checker, phases, node int) {
	if phases != 2 {
		chk.addf("--cheat node:%d needs --phases 2 (a single-phase game bisects VM steps, not graph nodes; use output or step:S)", node)
		return
	}
	m, err := demo.MNISTModel(2)
	if err != nil {
		chk.addf("%v", err)
		return
	}
	n := len(m.Graph.Nodes)
	chk.check(node < n, "--cheat node:%d: the MNIST graph has nodes 0..%d", node, n-1)
}
