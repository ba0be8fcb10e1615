package contracts_test

import (
	"encoding/binary"
	"strings"
	"testing"

	"github.com/opml-dev/opml/game"
	"github.com/opml-dev/opml/graph"
	"github.com/opml-dev/opml/models/executor/host"
	"github.com/opml-dev/opml/tensor"
)

// The tests of runs that fail, played on the real oracle and game with a real model: two row ids look rows up
// in a 4×4 table (get_rows), then relu; an id outside 0..3 makes get_rows fail, natively and in the VM (the
// executor exits 1). The true result of such a request is "the run failed": the honest party claims it (an
// empty output; single-phase the VM's end state, multi-phase the graph state with NO_OUTPUT for the failed node
// and the node after it), plays it, and wins against liars that claim an output; the dApp is then told the run
// failed.

// lookupModel is the failing model registered with the given number of phases, and an input its run fails on.
func lookupModel(t *testing.T, phases int) *twoPhaseModel {
	t.Helper()
	table := make([]float32, 16)
	for i := range table {
		table[i] = float32(i) - 7.5
	}
	w, err := tensor.FromFloat32(table, 4, 4)
	if err != nil {
		t.Fatal(err)
	}
	b := graph.NewBuilder()
	ids := b.Input("ids", tensor.I32, 1, 2)
	rows := b.Node("rows", graph.OpGetRows, nil, b.Weight("table", w), ids)
	g, err := b.Build(b.Node("relu", graph.OpRelu, nil, rows))
	if err != nil {
		t.Fatal(err)
	}
	m := &twoPhaseModel{exe: host.Shipped(), g: g,
		input: binary.LittleEndian.AppendUint32(binary.LittleEndian.AppendUint32(nil, 9), 0)}
	if phases == 1 {
		m.info, err = game.SinglePhaseModel(m.exe, g)
	} else {
		m.info, err = game.MultiPhaseModel(m.exe, g)
	}
	if err != nil {
		t.Fatal(err)
	}
	if m.honest, err = game.NewComputation(m.exe, g, m.info, m.input, nil); err != nil {
		t.Fatal(err)
	}
	if !m.honest.Failed() {
		t.Fatal("the lookup of row 9 does not fail")
	}
	return m
}

func (m *twoPhaseModel) lie(t *testing.T, l game.Lie) *game.Computation {
	t.Helper()
	c, err := game.NewComputation(m.exe, m.g, m.info, m.input, &l)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// TestFailedRunGames: the honest party against liars about a run that fails, on chain.
func TestFailedRunGames(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the executor in the VM")
	}
	t.Run("single-phase: a liar asserts an output", func(t *testing.T) {
		m := lookupModel(t, 1)
		liar := m.lie(t, game.Lie{Node: -1})
		e := newTPEnv(t, m, 3)
		rid, id := e.open(t, e.model, liar, m.honest)
		ref := narrow(t, e.gameEVM, id, 3, vmTruth(liar, -1), pickBy(vmTruth(m.honest, -1)), &e.stats.vm)
		if halt, _ := m.honest.VMSteps(-1); ref.Hi != halt {
			t.Fatalf("narrowed to [%d, %d], want the step into the halt %d", ref.Lo, ref.Hi, halt)
		}
		e.prove(t, id, -1, challengAddr)
		e.settled(t, rid, id, challengAddr, e.claim(t, m.honest).Claim)
	})
	t.Run("multi-phase: a liar says the failing node succeeded", func(t *testing.T) {
		m := lookupModel(t, 2)
		e, rid, id := playTwoPhase(t, m, 3, m.lie(t, game.Lie{Node: 0}), m.honest, 0, 0)
		e.settled(t, rid, id, challengAddr, e.claim(t, m.honest).Claim)
	})
	t.Run("multi-phase: the honest asserter hands off the failure", func(t *testing.T) {
		m := lookupModel(t, 2)
		e, rid, id := playTwoPhase(t, m, 3, m.honest, m.lie(t, game.Lie{Node: 0}), 0, 0)
		e.settled(t, rid, id, asserterAddr, e.claim(t, m.honest).Claim)
	})
	t.Run("multi-phase: a node after the failure has no output either", func(t *testing.T) {
		m := lookupModel(t, 2)
		liar := m.lie(t, game.Lie{Node: -1})
		// The liar asserts an output for relu, whose operand (get_rows') has none: it cannot hand off.
		e := newTPEnv(t, m, 1)
		rid, id := e.open(t, e.model, liar, m.honest)
		ref := narrow(t, e.gameEVM, id, 1, graphTruth(liar), pickBy(graphTruth(m.honest)), &e.stats.graph)
		if ref.Lo != 1 {
			t.Fatalf("the graph level narrowed to node %d, want 1", ref.Lo)
		}
		h, err := liar.Handoff(1)
		if err != nil {
			t.Fatal(err)
		}
		if _, _, err := e.send(asserterAddr, e.game, e.g.PackHandoff(id, tpHandoff(h))); err == nil ||
			!strings.Contains(err.Error(), "an operand has no output") {
			t.Fatalf("the liar's handoff: %v, want BadHandoff", err)
		}
		e.loseOnTime(t, rid, id, e.claim(t, m.honest).Claim)

		// The honest asserter's handoff at that node settles the game at once.
		e = newTPEnv(t, m, 1)
		rid, id = e.open(t, e.model, m.honest, liar)
		ref = narrow(t, e.gameEVM, id, 1, graphTruth(m.honest), pickBy(graphTruth(liar)), &e.stats.graph)
		h, err = m.honest.Handoff(int(ref.Lo))
		if err != nil {
			t.Fatal(err)
		}
		if _, _, err := e.send(asserterAddr, e.game, e.g.PackHandoff(id, tpHandoff(h))); err != nil {
			t.Fatalf("the honest handoff: %v", err)
		}
		ev, err := e.g.UnpackHandedOffEvent(e.logs[0])
		if err != nil || ev.Output != game.NoOutput || ev.Start != ([32]byte{}) {
			t.Fatalf("HandedOff %+v (%v)", ev, err)
		}
		e.settled(t, rid, id, asserterAddr, e.claim(t, m.honest).Claim)
	})
}
