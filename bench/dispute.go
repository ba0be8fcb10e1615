package bench

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"runtime/debug"
	"time"

	"github.com/opml-dev/opml/agent"
	"github.com/opml-dev/opml/demo"
	"github.com/opml-dev/opml/game"
	"github.com/opml-dev/opml/models/executor/host"
	"github.com/opml-dev/opml/models/llama"
	"github.com/opml-dev/opml/models/load"
	"github.com/opml-dev/opml/tensor"
	"github.com/opml-dev/opml/vm"
)

// DisputeOptions say which generation `opml bench dispute` disputes.
type DisputeOptions struct {
	Model  string // a GGUF file
	Prompt string
	N      int // tokens generated after the prompt
	// Lie is the submitter's; Node −2 picks a node at random (Seed).
	Lie  game.Lie
	Seed uint64
	// K is the number of checkpoints per dissection move (the contracts' default: 3).
	K int
	// TileSteps is the VM step budget over which a node is played as tiles (0: game.DefaultTileSteps).
	TileSteps uint64
	// Chain also plays the dispute on the embedded chain, with agents (opml demo --model): its gas and time.
	Chain bool
	// Status, if set, reports what is being done.
	Status func(format string, args ...any)
}

// DisputeResult is a measured dispute of a LLaMA generation: each phase's time and what it did.
type DisputeResult struct {
	Nodes, Length, PromptTokens int
	WeightBytes                 int64
	Tokens                      []int32 // the submitter's (the generated ones)
	Text                        string
	HonestText                  string
	LieNode                     int
	GraphRounds                 int
	DisputedNode                int
	DisputedNodeName            string
	Tiles, Tile, TileRounds     int // a tiled node's tile count, the disputed tile and the tile level's rounds
	// DisputeGas, ChainRounds and ChainHonest are the on-chain dispute's (Chain): its gas, rounds and whether the
	// dApp got the honest output.
	DisputeGas        uint64
	ChainRounds       int
	ChainHonest       bool
	VMSteps           uint64 // the disputed node's (or tile's) honest run
	VMRounds          int
	HonestWins        bool
	Phases            []DisputePhase
	Total             time.Duration
	PeakRSS           int64
	CommitmentsCached bool
}

// DisputePhase is one timed part of a dispute.
type DisputePhase struct {
	Name    string
	Time    time.Duration
	CPU     time.Duration // of the process, all threads
	Detail  string
	PeakRSS int64 // the process's peak RSS at the phase's end
}

// Dispute plays a two-phase dispute over a LLaMA generation in process, as the agents and the dispute contract
// play it (the game package's twins of the contract's checks): the submitter (lying as o.Lie says) and a
// validator compute the generation; the graph level bisects the generation graph's nodes to the first one they
// disagree on; the submitter hands off into that node's VM run, and the VM level bisects its steps to one step,
// executed by vm.StatelessStep (the Go twin of MIPS.step). Each phase is timed.
func Dispute(ctx context.Context, o DisputeOptions) (*DisputeResult, error) {
	if o.K == 0 {
		o.K = 3
	}
	status := o.Status
	if status == nil {
		status = func(string, ...any) {}
	}
	res := &DisputeResult{}
	start := time.Now()
	lastCPU, _ := SelfUsage()
	var phase phaseFunc = func(name string, t0 time.Time, format string, args ...any) {
		cpu, rss := SelfUsage()
		res.Phases = append(res.Phases, DisputePhase{Name: name, Time: time.Since(t0), CPU: cpu - lastCPU,
			Detail: fmt.Sprintf(format, args...), PeakRSS: rss})
		lastCPU = cpu
	}

	t0 := time.Now()
	status("opening %s", o.Model)
	m, err := llama.OpenGGUF(o.Model)
	if err != nil {
		return nil, err
	}
	closed := false
	closeModel := func() {
		if !closed {
			closed = true
			m.Close()
		}
	}
	defer closeModel()
	prompt := m.Tokenizer.Encode(o.Prompt)
	if len(prompt) == 0 {
		return nil, errors.New("bench dispute: the prompt is empty and the model adds no BOS token")
	}
	res.PromptTokens, res.Length = len(prompt), len(prompt)+o.N
	gg, err := m.GenerationGraph(res.Length)
	if err != nil {
		return nil, err
	}
	status("the weights' commitments")
	weights, rep, err := gg.CachedWeightCommitments(o.Model, nil)
	if err != nil {
		return nil, err
	}
	res.CommitmentsCached = rep.Hit
	exe := host.Shipped()
	info, err := game.TiledMultiPhaseModel(exe, gg.Graph, weights, o.TileSteps)
	if err != nil {
		return nil, err
	}
	recs, err := game.TiledNodeRecords(gg.Graph, info.TileSteps)
	if err != nil {
		return nil, err
	}
	for _, ti := range gg.Tensors {
		if ti.Value != nil {
			res.WeightBytes += int64(len(ti.Value.RawBytes()))
		}
	}
	req, err := gg.Request(prompt, llama.Sampler{TopP: 1})
	if err != nil {
		return nil, err
	}
	res.Nodes = len(gg.Graph.Nodes)
	cached := "hashed now"
	if rep.Hit {
		cached = "from the cache"
	}
	phase("load and register", t0, "%d nodes, L = %d (%d prompt + %d generated), weights %s, commitments %s",
		res.Nodes, res.Length, len(prompt), o.N, sizeBytes(res.WeightBytes), cached)

	lie := o.Lie
	if lie.Node == -2 {
		lie.Node = rand.New(rand.NewPCG(o.Seed, 1)).IntN(res.Nodes)
	}
	res.LieNode = lie.Node
	opts := game.Options{Weights: weights}
	t0 = time.Now()
	status("the submitter's generation (lying at node %d)", lie.Node)
	sub, err := game.NewComputationWith(exe, gg.Graph, info, req.Bytes(), &lie, opts)
	if err != nil {
		return nil, err
	}
	if res.Tokens, res.Text, err = generated(gg, sub.Output(), len(prompt)); err != nil {
		return nil, err
	}
	phase("submitter's generation", t0, "lying at node %d (%s): %q", lie.Node, nodeName(gg, lie.Node), res.Text)
	if err := ctx.Err(); err != nil {
		return nil, err
	}

	t0 = time.Now()
	status("the validator's re-generation")
	val, err := game.NewComputationWith(exe, gg.Graph, info, req.Bytes(), nil, opts)
	if err != nil {
		return nil, err
	}
	if _, res.HonestText, err = generated(gg, val.Output(), len(prompt)); err != nil {
		return nil, err
	}
	phase("validator's re-generation", t0, "%q", res.HonestText)
	subClaim, err := sub.Claim()
	if err != nil {
		return nil, err
	}
	valClaim, err := val.Claim()
	if err != nil {
		return nil, err
	}
	if subClaim.Claim == valClaim.Claim {
		return nil, errors.New("bench dispute: the submitter's claim is the honest one: nothing to dispute")
	}

	t0 = time.Now()
	status("graph level")
	graphStart, err := val.GraphValue(0)
	if err != nil {
		return nil, err
	}
	gl, err := dissect(o.K, uint64(res.Nodes), graphStart, subClaim.Claim, sub.GraphValue, val.GraphValue)
	if err != nil {
		return nil, err
	}
	node := int(gl.Lo)
	res.GraphRounds, res.DisputedNode = gl.Moves, node
	res.DisputedNodeName = nodeName(gg, node)
	phase("graph level", t0, "%d rounds to node %d (%s)", gl.Moves, node, res.DisputedNodeName)

	t0 = time.Now()
	run := game.NodeRun(node)
	// first runs the validator's VM run of `run` while the submitter makes its handoff (whose end state is that
	// of its own run): the parties run on their own machines, so these overlap.
	first := func(handoff func() error) error {
		var valErr error
		done := make(chan struct{})
		go func() {
			defer close(done)
			res.VMSteps, valErr = val.RunSteps(run)
		}()
		err := handoff()
		<-done
		return errors.Join(err, valErr)
	}
	var vmStart, vmEnd game.Hash
	var h *game.Handoff
	if !recs[node].Tiled() {
		status("handoff into node %d and the parties' VM runs", node)
		if err := first(func() (err error) { h, err = sub.Handoff(node); return err }); err != nil {
			return nil, err
		}
		if vmStart, vmEnd, err = game.VerifyHandoff(info, gl.Lo, gl.LoValue, gl.HiValue, h); err != nil {
			return nil, fmt.Errorf("bench dispute: the submitter's handoff: %w", err)
		}
		phase("handoff and VM runs", t0, "each party recomputes node %d's operands from its nearest kept values and runs it to the halt "+
			"(%d steps), keeping checkpoints; the submitter hands off (the parties overlap)", node, res.VMSteps)
	} else {
		status("handoff into node %d", node)
		if h, err = sub.Handoff(node); err != nil {
			return nil, err
		}
		tileStart, tileClaim, err := game.VerifyHandoff(info, gl.Lo, gl.LoValue, gl.HiValue, h)
		if err != nil {
			return nil, fmt.Errorf("bench dispute: the submitter's handoff: %w", err)
		}
		nodeMem, err := game.NodeMemory(info, h)
		if err != nil {
			return nil, err
		}
		phase("handoff", t0, "node %d's operands recomputed from the nearest kept values and inserted; the node is played as %d tiles",
			node, h.Node.Tiles)

		t0 = time.Now()
		status("tile level")
		tl, err := dissect(o.K, uint64(h.Node.Tiles), tileStart, tileClaim,
			func(p uint64) (game.Hash, error) { return sub.TileValue(node, p) },
			func(p uint64) (game.Hash, error) { return val.TileValue(node, p) })
		if err != nil {
			return nil, err
		}
		res.Tiles, res.Tile, res.TileRounds = int(h.Node.Tiles), int(tl.Lo), tl.Moves
		phase("tile level", t0, "%d rounds to tile %d of %d (2^%d bytes of the output each)", tl.Moves, tl.Lo, h.Node.Tiles, h.Node.TileLog2)

		t0 = time.Now()
		status("tile handoff and the parties' VM runs of tile %d", tl.Lo)
		run = game.RunRef{Node: node, Tile: int(tl.Lo)}
		var th *game.TileHandoff
		if err := first(func() (err error) { th, err = sub.TileHandoff(node, int(tl.Lo)); return err }); err != nil {
			return nil, err
		}
		var won bool
		if vmStart, vmEnd, won, err = game.VerifyTileHandoff(info, h.Node, nodeMem, tl.Lo, tl.LoValue, tl.HiValue, th); err != nil || won {
			return nil, errors.Join(errors.New("bench dispute: the submitter's tile handoff"), err)
		}
		phase("tile handoff and VM runs", t0, "each party runs tile %d to the halt (%d steps), keeping checkpoints; the submitter hands off "+
			"(the parties overlap)", tl.Lo, res.VMSteps)
	}
	if s, err := val.RunValue(run, 0); err != nil || s != vmStart {
		return nil, errors.Join(errors.New("bench dispute: the validator's VM start is not the handoff's"), err)
	}

	t0 = time.Now()
	status("VM level")
	vl, err := dissect(o.K, game.VMSteps, vmStart, vmEnd,
		func(p uint64) (game.Hash, error) { return sub.RunValue(run, p) },
		func(p uint64) (game.Hash, error) { return val.RunValue(run, p) })
	if err != nil {
		return nil, err
	}
	res.VMRounds = vl.Moves
	w, err := val.RunStepWitness(run, vl.Lo)
	if err != nil {
		return nil, err
	}
	post, err := vm.StatelessStep(w)
	if err != nil {
		return nil, err
	}
	res.HonestWins = post != vl.HiValue
	phase("VM level", t0, "%d rounds to step %d; the step executed: the %s wins", vl.Moves, vl.Lo+1,
		map[bool]string{true: "validator", false: "submitter"}[res.HonestWins])
	if o.Chain {
		// The agents map the file again: unmapping this copy first keeps the peak RSS that of one mapping.
		closeModel()
		debug.FreeOSMemory()
		if err := disputeOnChain(ctx, o, lie, res, phase); err != nil {
			return nil, err
		}
	}
	res.Total = time.Since(start)
	_, res.PeakRSS = SelfUsage()
	return res, nil
}

// phaseFunc records a phase that began at t0.
type phaseFunc func(name string, t0 time.Time, format string, args ...any)

// disputeOnChain plays the same dispute with agents on the embedded chain (the demo: contracts deployed, the model
// registered, the request asked, both agents computing and playing every move, MIPS.step on chain) and records
// its gas. The agents compute the generation again.
func disputeOnChain(ctx context.Context, o DisputeOptions, lie game.Lie, res *DisputeResult, phase phaseFunc) error {
	t0 := time.Now()
	if o.Status != nil {
		o.Status("the dispute on the embedded chain (agents)")
	}
	m, err := load.Open(o.Model, load.Options{Prompt: o.Prompt, Generate: o.N})
	if err != nil {
		return err
	}
	defer m.Close()
	cheat := agent.Cheat{Mode: agent.CheatNode, Node: lie.Node}
	if lie.Output {
		cheat = agent.Cheat{Mode: agent.CheatOutput}
	} else if lie.Step > 0 {
		cheat = agent.Cheat{Mode: agent.CheatStep, Step: lie.Step}
	}
	do := demo.DefaultOptions()
	do.Phases, do.K, do.Cheat, do.TileSteps, do.Model, do.Prompt = 2, o.K, cheat, o.TileSteps, m, o.Prompt
	do.Timeout = 30 * time.Minute
	s, err := demo.Run(ctx, do)
	if err != nil {
		return fmt.Errorf("bench dispute: on chain: %w", err)
	}
	res.DisputeGas, res.ChainRounds, res.ChainHonest = s.DisputeGas, s.Rounds, s.DeliveredCorrect
	phase("on chain (agents)", t0, "the same dispute by two agents on the embedded chain (each computes again): %d rounds, %d moves, "+
		"dispute gas %d (largest move %d); the dApp got the honest tokens: %v", s.Rounds, s.Moves, s.DisputeGas, s.MaxMoveGas, s.DeliveredCorrect)
	return nil
}

// nodeName says which step of the generation graph node i is.
func nodeName(gg *llama.GenGraph, i int) string {
	if i < 0 {
		i = len(gg.Nodes) - 1
	}
	gn := gg.Nodes[i]
	if gn.Layer >= 0 {
		return fmt.Sprintf("%v, position %d, layer %d", gn.Kind, gn.Pos, gn.Layer)
	}
	return fmt.Sprintf("%v, position %d", gn.Kind, gn.Pos)
}

// dissect plays one level of the game between an asserter and a challenger with k checkpoints per move.
func dissect(k int, m uint64, start, claim game.Hash, asserter, challenger game.Truth) (*game.Level, error) {
	l, err := game.NewLevel(k, m, start, claim)
	if err != nil {
		return nil, err
	}
	for !l.Done() {
		pos := l.Checkpoints()
		vals := make([]game.Hash, len(pos))
		for i, p := range pos {
			if vals[i], err = asserter(p); err != nil {
				return nil, err
			}
		}
		if err := l.Dissect(vals); err != nil {
			return nil, err
		}
		part, err := game.PickPart(l.Lo, l.Hi, pos, vals, challenger)
		if err != nil {
			return nil, err
		}
		if err := l.Choose(part); err != nil {
			return nil, err
		}
	}
	return l, nil
}

// generated returns the generated tokens of a generation graph's output bytes and their text.
func generated(gg *llama.GenGraph, out []byte, promptLen int) ([]int32, string, error) {
	if out == nil {
		return nil, "", nil
	}
	t, err := tensor.FromBytes(tensor.I32, out, gg.Length)
	if err != nil {
		return nil, "", err
	}
	ids, _, err := gg.Generated(t, promptLen)
	if err != nil {
		return nil, "", err
	}
	return ids, gg.Model.Tokenizer.Decode(ids), nil
}

// Table returns the result as a table of phases.
func (r *DisputeResult) Table() *Table {
	t := &Table{Title: fmt.Sprintf("A disputed LLaMA generation, two-phase: %d nodes, %d + %d tokens, weights %s",
		r.Nodes, r.PromptTokens, r.Length-r.PromptTokens, sizeBytes(r.WeightBytes)),
		Columns: []string{"phase", "seconds", "CPU s", "peak RSS", "what"}}
	var cpu time.Duration
	for _, p := range r.Phases {
		t.AddRow(p.Name, fmt.Sprintf("%.2f", p.Time.Seconds()), fmt.Sprintf("%.2f", p.CPU.Seconds()), sizeBytes(p.PeakRSS), p.Detail)
		cpu += p.CPU
	}
	t.AddRow("total", fmt.Sprintf("%.2f", r.Total.Seconds()), fmt.Sprintf("%.2f", cpu.Seconds()), sizeBytes(r.PeakRSS),
		fmt.Sprintf("peak RSS %.2f× the weights", float64(r.PeakRSS)/float64(r.WeightBytes)))
	return t
}
