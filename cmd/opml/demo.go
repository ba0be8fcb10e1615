package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"github.com/opml-dev/opml/agent"
	"github.com/opml-dev/opml/demo"
)

func init() {
	register("demo", "the whole oracle end to end: a dApp asks MNIST, a cheater answers, a validator wins the game on chain", runDemo)
}

func runDemo(args []string) error {
	fs := newFlags("demo", "demo [--phases 1|2] [--k N] [--cheat MODE] [--image N] [--rpc URL --key HEX] [--json]")
	def := demo.DefaultOptions()
	phases := fs.Int("phases", def.Phases, "1: bisect the VM steps of the whole inference; 2: the graph nodes first, then one node's steps")
	k := fs.Int("k", def.K, "checkpoints per dissection move (rounds = log_{k+1} of the positions)")
	cheat := fs.String("cheat", def.Cheat.String(), "none | output | node:K | step:S | silent | false-challenge | sock-puppet | copy-submit")
	image := fs.Int("image", def.Image, "index of the MNIST test image the dApp asks about")
	rpc := fs.String("rpc", "", "play on the JSON-RPC node at `URL` (anvil, geth --dev) instead of an embedded chain; needs --key")
	keyHex := fs.String("key", "", "with --rpc: a funded private key (`HEX`) that deploys and funds the parties")
	window := fs.Duration("window", def.Window, "challenge window")
	clock := fs.Duration("clock", def.Clock, "each party's chess clock in a game")
	asJSON := fs.Bool("json", false, "print a summary object on stdout (narration goes to stderr)")
	if err := fs.Parse(args); err != nil {
		return &exitError{code: 2, msg: err.Error()}
	}
	if fs.NArg() != 0 {
		return &exitError{code: 2, msg: fmt.Sprintf("demo takes no arguments, got %q", fs.Args())}
	}
	o := def
	o.Phases, o.K, o.Image, o.RPC, o.Window, o.Clock = *phases, *k, *image, *rpc, *window, *clock
	var err error
	if o.Cheat, err = agent.ParseCheat(*cheat); err != nil {
		return &exitError{code: 2, msg: err.Error()}
	}
	if (*rpc == "") != (*keyHex == "") {
		return &exitError{code: 2, msg: "--rpc and --key go together"}
	}
	if *keyHex != "" {
		if o.Key, err = parseKey("key", *keyHex); err != nil {
			return err
		}
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
	if *asJSON {
		enc := json.NewEncoder(os.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(s)
	}
	fmt.Printf("\nwinner %s · cheater slashed %v · dApp got %d (correct %d) · %d rounds · %d VM steps in the disputed run · %d gas (%d in the dispute) · final %d s after the first entry (bound %d s) · %.1f s\n",
		s.Winner, s.CheaterSlashed, s.DeliveredResult, s.CorrectResult, s.Rounds, s.VMSteps, s.GasUsed, s.DisputeGas,
		s.FinalizedAfterSeconds, s.FinalityBoundSeconds, s.WallSeconds)
	return nil
}
