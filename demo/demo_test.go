package demo

import (
	"context"
	"fmt"
	"math/big"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/opml-dev/opml/agent"
	"github.com/opml-dev/opml/chain"
	"github.com/opml-dev/opml/game"
	"github.com/opml-dev/opml/models/mnist"
)

// testImage is the MNIST test image every case asks about.
const testImage = 0

// honestSteps returns the steps of the honest VM run of node (−1: the whole inference) on the test image.
func honestSteps(t *testing.T, phases, node int) uint64 {
	t.Helper()
	m, err := MNISTModel(phases)
	if err != nil {
		t.Fatal(err)
	}
	test, err := mnist.LoadTest()
	if err != nil {
		t.Fatal(err)
	}
	c, err := game.NewComputation(m.Executor, m.Graph, m.Info, test.Image(testImage), nil)
	if err != nil {
		t.Fatal(err)
	}
	n, err := c.VMSteps(node)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// cheats returns every cheat the demo offers for a model played with the given phases: lies at the output, at
// the first, a middle and the last graph node (two-phase), at the first, a middle and the last VM step of the
// disputed run, silence (stalling past the clock), a false challenge against an honest submitter, the
// sock-puppet stall, a front-runner copying the honest submitter, and none.
func cheats(t *testing.T, phases int) []agent.Cheat {
	m, err := MNISTModel(phases)
	if err != nil {
		t.Fatal(err)
	}
	// The step lies play in the run the game disputes: the whole inference single-phase, the last node (whose
	// output a step lie corrupts) two-phase.
	node := -1
	if phases == 2 {
		node = int(m.Info.NumNodes) - 1
	}
	last := honestSteps(t, phases, node)
	// A random step, new each run (its seed is in the test's name, so a failure can be replayed).
	random := 2 + rand.Uint64N(last-2)
	out := []agent.Cheat{{}, {Mode: agent.CheatOutput}, {Mode: agent.CheatSilent}, {Mode: agent.CheatFalseChallenge},
		{Mode: agent.CheatSockPuppet}, {Mode: agent.CheatCopySubmit},
		{Mode: agent.CheatStep, Step: 1}, {Mode: agent.CheatStep, Step: last / 3}, {Mode: agent.CheatStep, Step: random},
		{Mode: agent.CheatStep, Step: last}}
	if phases == 2 {
		n := int(m.Info.NumNodes)
		out = append(out, agent.Cheat{Mode: agent.CheatNode, Node: 0}, agent.Cheat{Mode: agent.CheatNode, Node: n / 2},
			agent.Cheat{Mode: agent.CheatNode, Node: n - 1})
	}
	return out
}

// checkOutcome checks a demo's summary: the honest party wins with a positive reward, the dApp gets the
// correct digit, every wei moved as the rules say (the oracle ends with only what it burned), and the request
// was final within the bound.
func checkOutcome(t *testing.T, s *Summary, c agent.Cheat) {
	t.Helper()
	if !s.ResultDelivered || !s.DeliveredCorrect || s.DeliveredResult != s.CorrectResult {
		t.Errorf("the dApp got %d (delivered %v, correct %v), want the correct %d", s.DeliveredResult, s.ResultDelivered,
			s.DeliveredCorrect, s.CorrectResult)
	}
	fee, bond := s.Fee.Int, s.Bond.Int
	share := new(big.Int).Div(new(big.Int).Mul(bond, big.NewInt(75)), big.NewInt(100))
	burn := new(big.Int).Sub(bond, share)
	neg := func(x *big.Int) *big.Int { return new(big.Int).Neg(x) }
	sum := func(xs ...*big.Int) *big.Int {
		out := new(big.Int)
		for _, x := range xs {
			out.Add(out, x)
		}
		return out
	}
	zero := new(big.Int)
	want := map[string]*big.Int{"requester": neg(fee)}
	var winner string
	var burned *big.Int
	switch c.Mode {
	case "", agent.CheatCopySubmit:
		winner, burned = "submitter", zero
		want["submitter"], want["validator"] = fee, zero
		if c.Mode == agent.CheatCopySubmit {
			want["copier"] = zero
		}
		if s.Disputed {
			t.Errorf("an honest result was disputed")
		}
	case agent.CheatFalseChallenge:
		winner, burned = "submitter", burn
		want["submitter"], want["validator"] = sum(fee, share), neg(bond)
	case agent.CheatSockPuppet:
		winner, burned = "validator", nil
	default:
		winner, burned = "validator", burn
		want["submitter"], want["validator"] = neg(bond), sum(fee, share)
	}
	if s.Winner != winner {
		t.Errorf("winner %s, want %s", s.Winner, winner)
	}
	// A silent cheater never dissects: its game ends on its clock, with no rounds.
	if c.Mode != "" && c.Mode != agent.CheatCopySubmit && (!s.Disputed || !s.CheaterSlashed || (s.Rounds == 0) != (c.Mode == agent.CheatSilent)) {
		t.Errorf("disputed %v, cheater slashed %v, %d rounds: the cheat was not caught by a game", s.Disputed, s.CheaterSlashed, s.Rounds)
	}
	for who, w := range want {
		if got := s.Net[who]; got.Int == nil || got.Cmp(w) != 0 {
			t.Errorf("%s: %v wei, want %v", who, got, w)
		}
	}
	if c.Mode == agent.CheatSockPuppet {
		if s.Net["validator"].Cmp(fee) <= 0 || new(big.Int).Add(s.Net["submitter"].Int, s.Net["sock"].Int).Sign() >= 0 || s.Games < 2 {
			t.Errorf("sock-puppet: validator %v (fee %v), cheater %v + sock %v, %d games", s.Net["validator"], fee,
				s.Net["submitter"], s.Net["sock"], s.Games)
		}
	}
	if burned != nil && s.Burned.Cmp(burned) != 0 {
		t.Errorf("burned %v, want %v", s.Burned, burned)
	}
	total := new(big.Int).Set(s.OracleBalance.Int)
	for _, n := range s.Net {
		total.Add(total, n.Int)
	}
	if s.OracleBalance.Cmp(s.Burned.Int) != 0 || total.Sign() != 0 {
		t.Errorf("the oracle holds %v (burned %v); the parties' nets and the oracle add up to %v, not 0", s.OracleBalance, s.Burned, total)
	}
	// The demo lets time pass in steps of idleAdvance when nobody can move.
	if s.FinalizedAfterSeconds > s.FinalityBoundSeconds+uint64(idleAdvance/time.Second) {
		t.Errorf("final %d s after the first entry, beyond the bound of %d s", s.FinalizedAfterSeconds, s.FinalityBoundSeconds)
	}
}

// TestDemoMatrix plays the demo for every cheat × {single-phase, two-phase} × {k = 1, k = 4} on the embedded
// chain: the honest party must win every time, and the money must add up to the wei.
func TestDemoMatrix(t *testing.T) {
	for _, phases := range []int{1, 2} {
		for _, c := range cheats(t, phases) {
			for _, k := range []int{1, 4} {
				t.Run(fmt.Sprintf("phases=%d/cheat=%s/k=%d", phases, c, k), func(t *testing.T) {
					o := DefaultOptions()
					o.Phases, o.K, o.Cheat, o.Image = phases, k, c, testImage
					s, err := Run(context.Background(), o)
					if err != nil {
						t.Fatal(err)
					}
					checkOutcome(t, s, c)
					t.Logf("%d rounds, %d VM steps, %d game txs, %d dispute gas (max move %d), %.1f s",
						s.Rounds, s.VMSteps, s.Moves, s.DisputeGas, s.MaxMoveGas, s.WallSeconds)
				})
			}
		}
	}
}

// TestDemoOnAnvil plays the demo on a real node: anvil, started here on 127.0.0.1, with parties funded from its
// first dev key.
func TestDemoOnAnvil(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	a, err := chain.StartAnvil(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Stop()
	for _, phases := range []int{1, 2} {
		o := DefaultOptions()
		o.Phases, o.RPC, o.Key = phases, a.URL, chain.DevKeys()[0]
		s, err := Run(ctx, o)
		if err != nil {
			t.Fatalf("%d-phase: %v", phases, err)
		}
		checkOutcome(t, s, o.Cheat)
	}
}

// TestDemoTiledNode plays the two-phase demo on MNIST registered with a tile budget small enough that its first
// matmul is tiled, against a submitter lying inside tile 5 of that node (node:1:5): the game goes through the
// tile level and the honest validator wins; the narration names the tile, gives the answer as a digit and says
// why the VM search starts over 2^32 steps.
func TestDemoTiledNode(t *testing.T) {
	o := DefaultOptions()
	o.Phases, o.K, o.Image, o.TileSteps = 2, 3, testImage, 2_000_000
	o.Cheat = agent.Cheat{Mode: agent.CheatNode, Node: 1, Tile: 5}
	var out strings.Builder
	o.Out = &out
	s, err := Run(context.Background(), o)
	if err != nil {
		t.Fatal(err)
	}
	checkOutcome(t, s, o.Cheat)
	if g := s.MoveGas["tileHandoff"]; g == nil || g.Count != 1 {
		t.Fatalf("tile handoffs %+v, want one", g)
	}
	for _, want := range []string{"tile 5 of node 1", "the VM search starts over 2^32 steps", fmt.Sprintf("digit %d", s.CorrectResult)} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("the narration does not say %q:\n%s", want, out.String())
		}
	}
	t.Logf("%d rounds, %d VM steps, tile handoff %d gas, %d dispute gas, %.1f s", s.Rounds, s.VMSteps,
		s.MoveGas["tileHandoff"].Max, s.DisputeGas, s.WallSeconds)
}
