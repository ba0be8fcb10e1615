package demo

import (
	"context"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/opml-dev/opml/agent"
	"github.com/opml-dev/opml/chain"
	"github.com/opml-dev/opml/game"
	"github.com/opml-dev/opml/models/llama"
	"github.com/opml-dev/opml/models/llama/llamacpp"
	"github.com/opml-dev/opml/models/load"
	"github.com/opml-dev/opml/tensor"
)

// The tiny LLaMA's generation the dApp asks for: a prompt and the tokens to generate (greedy).
const (
	llamaPrompt = "The old lady pulled her spectacles down"
	llamaTokens = 4
)

// openTinyLlama synthesizes the tiny LLaMA (F32 weights, whose greedy tokens llama.cpp reproduces to the end)
// as a GGUF file and opens its generation graph for the prompt.
func openTinyLlama(t testing.TB) *load.Model { return openTinyLlamaOf(t, tensor.RowF32) }

// openTinyLlamaQ8 is the tiny LLaMA with Q8_0 weights: its generation is one VM run of 2 × 10^9 steps, small
// enough to be played single-phase (its F32 twin's is ten times longer).
func openTinyLlamaQ8(t testing.TB) *load.Model { return openTinyLlamaOf(t, tensor.RowQ8_0) }

func openTinyLlamaOf(t testing.TB, weights tensor.RowFormat) *load.Model {
	t.Helper()
	path := filepath.Join(t.TempDir(), "tiny.gguf")
	s := &llama.Synth{Shape: llama.Shapes["tiny"], Type: weights, Seed: 7}
	if err := s.WriteFiles(path, "gguf"); err != nil {
		t.Fatal(err)
	}
	m, err := load.Open(path, load.Options{Prompt: llamaPrompt, Generate: llamaTokens})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { m.Close() })
	return m
}

// llamaCppTokens returns llama.cpp's greedy continuation of the model's prompt.
func llamaCppTokens(t *testing.T, m *load.Model) []int32 {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	resp, err := llamacpp.Run(ctx, llamacpp.Request{Model: m.Path, Threads: 1, ContextSize: 64,
		Ops: []llamacpp.Op{{Op: "generate", Tokens: m.Prompt, N: llamaTokens}}})
	if err != nil {
		t.Fatal(err)
	}
	return resp.Results[0].Generated
}

// llamaCheats are the demo's cheats on a generation graph: a lie at the output, at the first, a middle and the
// last node, at a random VM step of the output node's run, a false challenge and silence. The middle node is
// the first from the middle whose VM run is not a vocabulary-wide one (logits, next: 10^8–10^9 steps with F32
// weights, a case for the tile level).
func llamaCheats(t *testing.T, m *load.Model, sm *agent.Model) []agent.Cheat {
	t.Helper()
	n := len(m.Graph.Nodes)
	mid := n / 2
	for mid < n-1 && (m.Llama.Nodes[mid].Kind == llama.NodeLogits || m.Llama.Nodes[mid].Kind == llama.NodeNext) {
		mid++
	}
	req, err := m.Llama.Request(m.Prompt, llama.Sampler{TopP: 1})
	if err != nil {
		t.Fatal(err)
	}
	c, err := game.NewComputation(sm.Executor, sm.Graph, sm.Info, req.Bytes(), nil)
	if err != nil {
		t.Fatal(err)
	}
	last, err := c.VMSteps(n - 1)
	if err != nil {
		t.Fatal(err)
	}
	return []agent.Cheat{{Mode: agent.CheatOutput}, {Mode: agent.CheatNode, Node: 0}, {Mode: agent.CheatNode, Node: mid},
		{Mode: agent.CheatNode, Node: n - 1}, {Mode: agent.CheatStep, Step: 1 + rand.Uint64N(last-1)},
		{Mode: agent.CheatFalseChallenge}, {Mode: agent.CheatSilent}}
}

// TestDemoLlama plays a tiny LLaMA's generation end to end on the embedded chain against every cheat class: the
// honest party wins each game and the dApp receives llama.cpp's greedy tokens.
func TestDemoLlama(t *testing.T) {
	m := openTinyLlama(t)
	want := llamaCppTokens(t, m)
	sm, err := ServedModel(m, 2)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range llamaCheats(t, m, sm) {
		t.Run(fmt.Sprintf("cheat=%s", c), func(t *testing.T) {
			o := DefaultOptions()
			o.Phases, o.Cheat, o.Model, o.Prompt = 2, c, m, llamaPrompt
			s, err := Run(context.Background(), o)
			if err != nil {
				t.Fatal(err)
			}
			checkTensorOutcome(t, s, c, 1)
			if !slices.Equal(s.Tokens, want) {
				t.Errorf("the dApp got tokens %v (%q), llama.cpp generates %v", s.Tokens, s.Text, want)
			}
			t.Logf("%d nodes, %d rounds, %d VM steps, %d game txs, %d dispute gas (max move %d), phases %v, %.1f s",
				len(m.Graph.Nodes), s.Rounds, s.VMSteps, s.Moves, s.DisputeGas, s.MaxMoveGas, s.PhaseSeconds, s.WallSeconds)
		})
	}
}

// TestDemoLlamaSampled plays a generation sampled with a temperature, top-p and seed (the sampling step is a node
// of the graph: the request carries the settings) against an output liar and a liar at the last sampling node:
// the honest side wins and the dApp receives the tokens `opml generate` samples with the same settings.
func TestDemoLlamaSampled(t *testing.T) {
	m := openTinyLlama(t)
	sampler := llama.Sampler{Temperature: 0.9, TopP: 0.95, Seed: 1234}
	gen, err := m.Llama.Model.Generate(m.Prompt, llamaTokens, sampler, nil)
	if err != nil {
		t.Fatal(err)
	}
	greedy, err := m.Llama.Model.Generate(m.Prompt, llamaTokens, llama.Sampler{TopP: 1}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if slices.Equal(gen.Tokens, greedy.Tokens) {
		t.Fatalf("the sampled tokens %v are the greedy ones: the test would not tell them apart", gen.Tokens)
	}
	want := gen.Tokens
	lastSample := -1
	for i, n := range m.Llama.Nodes {
		if n.Kind == llama.NodeNext {
			lastSample = i
		}
	}
	for _, c := range []agent.Cheat{{Mode: agent.CheatOutput}, {Mode: agent.CheatNode, Node: lastSample}} {
		t.Run(fmt.Sprintf("cheat=%s", c), func(t *testing.T) {
			o := DefaultOptions()
			o.Phases, o.Cheat, o.Model, o.Prompt, o.Sampler = 2, c, m, llamaPrompt, sampler
			s, err := Run(context.Background(), o)
			if err != nil {
				t.Fatal(err)
			}
			checkTensorOutcome(t, s, c, 1)
			if !slices.Equal(s.Tokens, want) {
				t.Errorf("the dApp got tokens %v (%q), opml generate samples %v", s.Tokens, s.Text, want)
			}
			t.Logf("%d rounds, %d VM steps, %d dispute gas, %.1f s", s.Rounds, s.VMSteps, s.DisputeGas, s.WallSeconds)
		})
	}
}

// TestDemoLlamaSinglePhase plays the tiny Q8_0 LLaMA's generation as one VM run (single-phase: the game bisects
// the steps of the whole generation) against every cheat class a single-phase game has and the hardened oracle's
// attacks: the honest side wins and the dApp receives llama.cpp's greedy tokens.
func TestDemoLlamaSinglePhase(t *testing.T) {
	m := openTinyLlamaQ8(t)
	want := llamaCppTokens(t, m)
	var runSteps uint64 // the generation's VM steps, from the first game
	cheats := []func() agent.Cheat{
		func() agent.Cheat { return agent.Cheat{Mode: agent.CheatOutput} },
		func() agent.Cheat { return agent.Cheat{Mode: agent.CheatStep, Step: 1 + rand.Uint64N(runSteps-1)} },
		func() agent.Cheat { return agent.Cheat{Mode: agent.CheatFalseChallenge} },
		func() agent.Cheat { return agent.Cheat{Mode: agent.CheatSilent} },
		func() agent.Cheat { return agent.Cheat{Mode: agent.CheatSockPuppet} },
		func() agent.Cheat { return agent.Cheat{Mode: agent.CheatCopySubmit} },
	}
	for _, cheat := range cheats {
		c := cheat()
		t.Run(fmt.Sprintf("cheat=%s", c), func(t *testing.T) {
			o := DefaultOptions()
			o.Phases, o.Cheat, o.Model, o.Prompt = 1, c, m, llamaPrompt
			s, err := Run(context.Background(), o)
			if err != nil {
				t.Fatal(err)
			}
			checkTensorOutcome(t, s, c, 1)
			if !slices.Equal(s.Tokens, want) {
				t.Errorf("the dApp got tokens %v (%q), llama.cpp generates %v", s.Tokens, s.Text, want)
			}
			if c.Mode == agent.CheatOutput {
				if s.VMSteps < 2 || s.VMSteps >= game.VMSteps {
					t.Fatalf("the disputed run took %d steps, want a halting run of 2..2^32", s.VMSteps)
				}
				runSteps = s.VMSteps
			}
			t.Logf("%d rounds, %d VM steps, %d game txs, %d dispute gas (max move %d), phases %v, %.1f s",
				s.Rounds, s.VMSteps, s.Moves, s.DisputeGas, s.MaxMoveGas, s.PhaseSeconds, s.WallSeconds)
		})
		if runSteps == 0 {
			t.Fatal("no step count from the output liar's game")
		}
	}
}

// TestDemoLlamaRefusesLongSinglePhase: a generation whose one VM run would not halt within 2^32 steps (the F32
// tiny LLaMA's) is not registered single-phase.
func TestDemoLlamaRefusesLongSinglePhase(t *testing.T) {
	m := openTinyLlama(t)
	if _, err := ServedModel(m, 1); err == nil || !strings.Contains(err.Error(), "play it two-phase") {
		t.Fatalf("single-phase registration of the F32 tiny LLaMA: %v, want a refusal", err)
	}
	if err := openTinyLlamaQ8(t).SinglePhaseFits(); err != nil {
		t.Fatalf("the Q8_0 tiny LLaMA: %v", err)
	}
}

// TestDemoLlamaOnAnvil plays the tiny LLaMA's generation on anvil against an output liar and a liar inside a tile
// of its tiled node, and the Q8_0 one's single-phase against an output liar (one anvil for all: each demo deploys
// its own contracts).
func TestDemoLlamaOnAnvil(t *testing.T) {
	m, q8 := openTinyLlama(t), openTinyLlamaQ8(t)
	wants := map[*load.Model][]int32{m: llamaCppTokens(t, m), q8: llamaCppTokens(t, q8)}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	a, err := chain.StartAnvil(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Stop()
	budget, node := tiledLlamaNode(t, m)
	for _, tc := range []struct {
		model     *load.Model
		phases    int
		cheat     agent.Cheat
		tileSteps uint64
	}{
		{m, 2, DefaultOptions().Cheat, 0},
		{m, 2, agent.Cheat{Mode: agent.CheatNode, Node: node, Tile: 1}, budget},
		{q8, 1, DefaultOptions().Cheat, 0},
	} {
		t.Run(fmt.Sprintf("phases=%d/cheat=%s/tile-steps=%d", tc.phases, tc.cheat, tc.tileSteps), func(t *testing.T) {
			want := wants[tc.model]
			o := DefaultOptions()
			o.Phases, o.RPC, o.Key, o.Model, o.Prompt = tc.phases, a.URL, chain.DevKeys()[0], tc.model, llamaPrompt
			o.Cheat, o.TileSteps = tc.cheat, tc.tileSteps
			s, err := Run(ctx, o)
			if err != nil {
				t.Fatal(err)
			}
			checkTensorOutcome(t, s, o.Cheat, 1)
			if tc.tileSteps != 0 {
				if g := s.MoveGas["tileHandoff"]; g == nil || g.Count != 1 {
					t.Fatalf("tile handoffs %+v, want one", g)
				}
			}
			if !slices.Equal(s.Tokens, want) {
				t.Errorf("the dApp got tokens %v (%q), llama.cpp generates %v", s.Tokens, s.Text, want)
			}
			t.Logf("%d rounds, %d dispute gas, %.1f s", s.Rounds, s.DisputeGas, s.WallSeconds)
		})
	}
}

// TestDemoLlamaTiledAndAttacks plays the tiny LLaMA's generation against a liar inside a tile of a tiled node (the
// registration tiled under a small step budget) and against the hardened oracle's attacks (a cheater that also
// challenges itself from a second account, a copier front-running the honest submitter): the honest side wins and
// the dApp receives llama.cpp's greedy tokens.
func TestDemoLlamaTiledAndAttacks(t *testing.T) {
	m := openTinyLlama(t)
	want := llamaCppTokens(t, m)
	budget, node := tiledLlamaNode(t, m)
	for _, tc := range []struct {
		cheat     agent.Cheat
		tileSteps uint64
	}{
		{agent.Cheat{Mode: agent.CheatNode, Node: node, Tile: 1}, budget},
		{agent.Cheat{Mode: agent.CheatSockPuppet}, 0},
		{agent.Cheat{Mode: agent.CheatCopySubmit}, 0},
	} {
		t.Run(fmt.Sprintf("cheat=%s/tile-steps=%d", tc.cheat, tc.tileSteps), func(t *testing.T) {
			o := DefaultOptions()
			o.Phases, o.Cheat, o.Model, o.Prompt, o.TileSteps = 2, tc.cheat, m, llamaPrompt, tc.tileSteps
			s, err := Run(context.Background(), o)
			if err != nil {
				t.Fatal(err)
			}
			checkTensorOutcome(t, s, tc.cheat, 1)
			if tc.tileSteps != 0 {
				if g := s.MoveGas["tileHandoff"]; g == nil || g.Count != 1 {
					t.Fatalf("tile handoffs %+v, want one (node %d tiled under %d steps)", g, node, tc.tileSteps)
				}
			}
			if !slices.Equal(s.Tokens, want) {
				t.Errorf("the dApp got tokens %v (%q), llama.cpp generates %v", s.Tokens, s.Text, want)
			}
			t.Logf("%d rounds, %d dispute gas, %.1f s", s.Rounds, s.DisputeGas, s.WallSeconds)
		})
	}
}

// tiledLlamaNode returns the largest of a few small VM step budgets under which a node of the tiny LLaMA is played
// as several tiles, and the last such node.
func tiledLlamaNode(t *testing.T, m *load.Model) (budget uint64, node int) {
	t.Helper()
	for _, b := range []uint64{4_000_000, 2_000_000, 1_000_000} {
		recs, err := game.TiledNodeRecords(m.Graph, b)
		if err != nil {
			t.Fatal(err)
		}
		node = -1
		for i := range recs {
			if recs[i].Tiled() && recs[i].Tiles > 1 {
				node = i
			}
		}
		if node >= 0 {
			return b, node
		}
	}
	t.Fatal("no node of the tiny LLaMA is tiled even under a budget of 1,000,000 steps")
	return 0, -1
}
