package contracts_test

import (
	"fmt"
	"math/big"
	"strings"
	"sync"
	"testing"

	"github.com/opml-dev/opml/contracts"
	"github.com/opml-dev/opml/game"
)

// The tests of the tile level on chain: the MNIST model registered with a tile budget small enough that its
// matmuls are tiled, played through the real AIOracle on go-ethereum's EVM: the graph level down to a tiled node,
// the handoff into its tile level, the tile level down to one tile, the tile handoff into that tile's VM level
// (its start state computed on chain from the node's start memory with the tile word inserted), and MIPS.step.

// tiledSteps is the tile budget of the tiled model: the 784→64 matmul (about 8 M VM steps) is tiled.
const tiledSteps = 2_000_000

var tiledTwoPhase = sync.OnceValues(func() (*twoPhaseModel, error) { return newTwoPhaseModel(tiledSteps) })

const phaseTileHandoff = 6

// firstTiled returns the first tiled node of the model and its record.
func firstTiled(t *testing.T, m *twoPhaseModel) (int, game.NodeRecord) {
	t.Helper()
	recs, err := game.TiledNodeRecords(m.g, m.info.TileSteps)
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range recs {
		if r.Tiled() {
			return i, r
		}
	}
	t.Fatal("no tiled node")
	return 0, game.NodeRecord{}
}

// playTiled plays a whole game on the tiled model between asserter and challenger down to tile wantTile of node
// wantNode, and settles it with the honest step; it returns the env with the gas of each move.
func playTiled(t *testing.T, m *twoPhaseModel, k int, asserter, challenger *game.Computation, wantNode, wantTile int) (*tpEnv, *big.Int, *big.Int, moveGas) {
	t.Helper()
	e := newTPEnv(t, m, k)
	rid, id := e.open(t, e.model, asserter, challenger)
	ref := narrow(t, e.gameEVM, id, k, graphTruth(asserter), pickBy(graphTruth(challenger)), &e.stats.graph)
	if ref.Lo != uint64(wantNode) {
		t.Fatalf("the graph level narrowed to node %d, want %d", ref.Lo, wantNode)
	}
	h, err := asserter.Handoff(wantNode)
	if err != nil {
		t.Fatal(err)
	}
	l := e.level(t, id)
	start, end, err := game.VerifyHandoff(m.info, l.Lo, l.LoValue, l.HiValue, h)
	if err != nil {
		t.Fatalf("game.VerifyHandoff: %v", err)
	}
	e.cfg.Time += e.asserterDelay
	if _, e.stats.handoff, err = e.send(asserterAddr, e.game, e.g.PackHandoff(id, contracts.Handoff(h))); err != nil {
		t.Fatalf("handoff of the tiled node %d: %v", wantNode, err)
	}
	levels := e.levels(t, id)
	rec := h.Node
	if v := levels[1]; len(levels) != 2 || v.Kind != uint8(contracts.KindTile) || v.Hi != uint64(rec.Tiles) || v.LoValue != start || v.HiValue != end {
		t.Fatalf("after the handoff: levels %+v, want a tile level over %d tiles from %x to %x", levels, rec.Tiles, start, end)
	}
	tileTruth := func(c *game.Computation) game.Truth {
		return func(p uint64) (game.Hash, error) { return c.TileValue(wantNode, p) }
	}
	var tiles gameStats
	ref = narrow(t, e.gameEVM, id, k, tileTruth(asserter), pickBy(tileTruth(challenger)), &tiles)
	if ref.Lo != uint64(wantTile) {
		t.Fatalf("the tile level narrowed to tile %d, want %d", ref.Lo, wantTile)
	}
	e.wantPhase(t, id, phaseTileHandoff)
	th, err := asserter.TileHandoff(wantNode, wantTile)
	if err != nil {
		t.Fatal(err)
	}
	mem, err := game.NodeMemory(m.info, h)
	if err != nil {
		t.Fatal(err)
	}
	tl := e.level(t, id)
	vmStart, vmEnd, won, err := game.VerifyTileHandoff(m.info, rec, mem, tl.Lo, tl.LoValue, tl.HiValue, th)
	if err != nil || won {
		t.Fatalf("game.VerifyTileHandoff: won %v, %v", won, err)
	}
	// Forged tile handoffs revert, and only the asserter hands off.
	bad := *th
	bad.TileRoot[0] ^= 1
	badIns := *th
	badIns.Insertion = append([]game.Hash(nil), th.Insertion...)
	badIns.Insertion[0][0] ^= 1
	for _, c := range []struct {
		name string
		h    *game.TileHandoff
		from string
		want string
	}{
		{"another tile root", &bad, "asserter", "BadHandoff"},
		{"a bad tile word insertion", &badIns, "asserter", "BadHandoff"},
		{"by the challenger", th, "challenger", "NotYourMove"},
	} {
		if c.h == &bad && tl.HiValue == game.NoOutput {
			continue // a claimed failure has no tile root
		}
		from := asserterAddr
		if c.from == "challenger" {
			from = challengAddr
		}
		if _, _, err := e.send(from, e.game, e.g.PackTileHandoff(id, contracts.TileHandoff(c.h))); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Fatalf("tile handoff with %s: %v, want %s", c.name, err, c.want)
		}
	}
	e.cfg.Time += e.asserterDelay
	_, tg, err := e.send(asserterAddr, e.game, e.g.PackTileHandoff(id, contracts.TileHandoff(th)))
	if err != nil {
		t.Fatalf("tile handoff at tile %d: %v", wantTile, err)
	}
	ev, err := e.g.UnpackTileHandedOffEvent(e.logs[0])
	if err != nil {
		t.Fatal(err)
	}
	run := game.RunRef{Node: wantNode, Tile: wantTile}
	goStart, err := m.honest.RunValue(run, 0)
	if err != nil {
		t.Fatal(err)
	}
	if ev.Tile != uint64(wantTile) || ev.Start != vmStart || ev.End != vmEnd || ev.Start != goStart {
		t.Fatalf("TileHandedOff %+v; want tile %d, start %x (Go VM %x), end %x", ev, wantTile, vmStart, goStart, vmEnd)
	}
	runTruth := func(c *game.Computation) game.Truth {
		return func(p uint64) (game.Hash, error) { return c.RunValue(run, p) }
	}
	narrow(t, e.gameEVM, id, k, runTruth(asserter), pickBy(runTruth(challenger)), &e.stats.vm)
	e.wantPhase(t, id, phaseStep)
	vl := e.level(t, id)
	w, err := m.honest.RunStepWitness(run, vl.Lo)
	if err != nil {
		t.Fatal(err)
	}
	e.cfg.Time += e.challengerDelay
	if _, e.stats.step, err = e.send(challengAddr, e.game, e.g.PackProveStep(id, w.State, w.Proof)); err != nil {
		t.Fatalf("proveStep: %v", err)
	}
	t.Logf("tile level: %d rounds", tiles.rounds)
	return e, rid, id, tg
}

// TestTiledGames: a liar inside the last tile of the first tiled node, asserting against an honest challenger
// and challenging an honest asserter: the game goes graph level → tile level → the tile's VM level → MIPS.step,
// and the honest party wins. The gas of the graph→tile handoff and of the tile handoff is logged.
func TestTiledGames(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the executor in the VM")
	}
	m, err := tiledTwoPhase()
	if err != nil {
		t.Fatal(err)
	}
	node, rec := firstTiled(t, m)
	lieTile := int(rec.Tiles) - 1
	liar, err := game.NewComputation(m.exe, m.g, m.info, m.input, &game.Lie{Node: node, Tile: lieTile, Output: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range []int{1, 3} {
		name := fmt.Sprintf("k=%d/asserter lies in tile %d of node %d (%d tiles of 2^%d bytes)", k, lieTile, node, rec.Tiles, rec.TileLog2)
		t.Run(name, func(t *testing.T) {
			e, rid, id, tg := playTiled(t, m, k, liar, m.honest, node, lieTile)
			e.settled(t, rid, id, challengAddr, e.claim(t, m.honest).Claim)
			t.Logf("%s: tx gas: graph→tile handoff %d (execution %d), tile handoff %d (execution %d), proveStep %d",
				name, e.stats.handoff.tx, e.stats.handoff.exec, tg.tx, tg.exec, e.stats.step.tx)
			e.stats.log(t, name)
		})
	}
	t.Run("k=3/asserter claims the node fails from tile 2", func(t *testing.T) {
		failer, err := game.NewComputation(m.exe, m.g, m.info, m.input, &game.Lie{Node: node, Tile: 2, Fail: true})
		if err != nil {
			t.Fatal(err)
		}
		e, rid, id, tg := playTiled(t, m, 3, failer, m.honest, node, 2)
		e.settled(t, rid, id, challengAddr, e.claim(t, m.honest).Claim)
		t.Logf("tile handoff of a claimed failure: %d tx gas", tg.tx)
	})
	t.Run("k=3/challenger lies in a tile", func(t *testing.T) {
		e, _, id, _ := playTiled(t, m, 3, m.honest, liar, node, lieTile)
		if info := e.info(t, id); info.Phase != phaseResolved || info.Winner != asserterAddr {
			t.Fatalf("phase %d, winner %x; want the honest asserter", info.Phase, info.Winner)
		}
	})
}
