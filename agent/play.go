package agent

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/opml-dev/opml/contracts"
	"github.com/opml-dev/opml/game"
	"github.com/opml-dev/opml/vm"
)

// levelPlay is how the agent plays one kind of level: its value at a position (for dissections and picks), and
// its move at the level's bottom. The game's level stack is generic; what differs by kind is only this table.
type levelPlay struct {
	name string
	// value is the agent's value at pos of the level, which is over run (its node: the tile level's and the VM
	// level's of multi-phase games; its tile: a tiled node's VM level's).
	value func(c *game.Computation, run game.RunRef, pos uint64) (game.Hash, error)
	// bottom is the move at the level narrowed to [lo, lo+1]: the calldata, and what it does in words.
	bottom func(a *Agent, ctx context.Context, g *gameRecord, c *game.Computation, run game.RunRef, l contracts.Level) (contracts.Tx, string, error)
}

var levelPlays = map[contracts.LevelKind]levelPlay{
	contracts.KindGraph: {
		name: "graph",
		value: func(c *game.Computation, _ game.RunRef, pos uint64) (game.Hash, error) {
			return c.GraphValue(pos)
		},
		bottom: func(a *Agent, _ context.Context, g *gameRecord, c *game.Computation, _ game.RunRef, l contracts.Level) (contracts.Tx, string, error) {
			h, err := c.Handoff(int(l.Lo))
			if err != nil {
				return contracts.Tx{}, "", fmt.Errorf("handoff: %w", err)
			}
			what := fmt.Sprintf("hand off node %d (output %s)", l.Lo, shortHash(h.Output))
			if h.Output == game.NoOutput {
				what = fmt.Sprintf("hand off node %d, which has no output (its run fails, or an operand has none)", l.Lo)
			}
			if h.Node.Tiled() {
				what += fmt.Sprintf(" to its tile level (%d tiles of 2^%d bytes)", h.Node.Tiles, h.Node.TileLog2)
			}
			return a.game.HandoffTx(new(big.Int).SetUint64(g.ID), h), what, nil
		},
	},
	contracts.KindTile: {
		name: "tile",
		value: func(c *game.Computation, run game.RunRef, pos uint64) (game.Hash, error) {
			return c.TileValue(run.Node, pos)
		},
		bottom: func(a *Agent, _ context.Context, g *gameRecord, c *game.Computation, run game.RunRef, l contracts.Level) (contracts.Tx, string, error) {
			h, err := c.TileHandoff(run.Node, int(l.Lo))
			if err != nil {
				return contracts.Tx{}, "", fmt.Errorf("tile handoff: %w", err)
			}
			what := fmt.Sprintf("hand off tile %d of node %d (root %s) to its VM run", l.Lo, run.Node, shortHash(h.TileRoot))
			return a.game.TileHandoffTx(new(big.Int).SetUint64(g.ID), h), what, nil
		},
	},
	contracts.KindVM: {
		name: "VM",
		value: func(c *game.Computation, run game.RunRef, pos uint64) (game.Hash, error) {
			return c.RunValue(run, pos)
		},
		bottom: func(a *Agent, ctx context.Context, g *gameRecord, c *game.Computation, run game.RunRef, l contracts.Level) (contracts.Tx, string, error) {
			w, err := c.RunStepWitness(run, l.Lo)
			if err != nil {
				return contracts.Tx{}, "", fmt.Errorf("step witness: %w", err)
			}
			if err := a.loadPreimage(ctx, g, w.Oracle); err != nil {
				return contracts.Tx{}, "", err
			}
			what := fmt.Sprintf("prove step %d", l.Hi)
			if st, err := vm.DecodeState(w.State); err == nil {
				what = fmt.Sprintf("prove step %d on chain: MIPS.step executes the one instruction at pc %#x from the agreed state %s; the asserter claims it ends in %s",
					l.Hi, st.Thread.PC, shortHash(l.LoValue), shortHash(l.HiValue))
			}
			return a.game.ProveStepTx(new(big.Int).SetUint64(g.ID), w.State, w.Proof), what, nil
		},
	},
}

// loadPreimage loads, before a step that reads the preimage oracle, the part the step reads: a local key's part
// for the game (the empty stream: DisputeGame.loadLocalData).
func (a *Agent) loadPreimage(ctx context.Context, g *gameRecord, read *vm.OracleRead) error {
	if read == nil {
		return nil
	}
	if read.Key[0] != vm.KeyTypeLocal {
		return fmt.Errorf("the step reads preimage %#x, which the agent cannot load", read.Key)
	}
	_, err := a.send(ctx, fmt.Sprintf("game %d: load local key %s for the step", g.ID, shortHash(read.Key)),
		a.game.LoadLocalDataTx(new(big.Int).SetUint64(g.ID), read.Key, read.Offset), g.ID)
	return err
}

// play makes the agent's move in game g if it is its move, or ends the game on time if the other party's clock
// has run out. Everything but the computation the agent plays is read from the chain.
func (a *Agent) play(ctx context.Context, head *types.Header, g *gameRecord) (bool, error) {
	id := new(big.Int).SetUint64(g.ID)
	info, err := a.game.Info(ctx, id)
	if err != nil {
		return false, fmt.Errorf("agent: read game %d: %w", g.ID, err)
	}
	switch info.Phase {
	case contracts.PhaseNone:
		return false, fmt.Errorf("agent: game %d does not exist on the game contract", g.ID)
	case contracts.PhaseResolved:
		return false, a.finishGame(g, info.Winner)
	}
	if g.Lie.silent() || g.Lie.throws(g.Opponent) {
		return false, nil // a silent cheater never moves, not even to time the other party out
	}
	mover, left := info.Mover()
	// The next block is later than the head, so a clock that has run out at the head has run out for timeout too.
	ranOut := head.Time > info.LastMove+left
	if mover != a.self {
		if !ranOut {
			return false, nil
		}
		if _, err := a.send(ctx, fmt.Sprintf("time out game %d", g.ID), a.game.TimeoutTx(id), g.ID); err != nil {
			return true, err
		}
		a.logf("game %d: the %s's clock ran out; timed it out", g.ID, map[bool]string{true: "asserter", false: "challenger"}[info.Phase.AsserterMoves()])
		return true, nil
	}
	if ranOut {
		return false, nil // a party out of time can only wait to be timed out
	}
	var req *requestRecord
	if err := a.store.view(func(t *storeTx) error {
		var err error
		req, err = t.request(g.Request)
		return err
	}); err != nil {
		return false, err
	}
	if req == nil {
		return false, fmt.Errorf("agent: game %d: request %d is not tracked", g.ID, g.Request)
	}
	comp, err := a.computation(req)
	if err != nil {
		return false, err
	}
	levels, err := a.game.Levels(ctx, id)
	if err != nil {
		return false, fmt.Errorf("agent: read the levels of game %d: %w", g.ID, err)
	}
	if len(levels) == 0 {
		return false, fmt.Errorf("agent: game %d has no level", g.ID)
	}
	cur := levels[len(levels)-1]
	lp, ok := levelPlays[cur.Kind]
	if !ok {
		return false, fmt.Errorf("agent: game %d: a level of unknown kind %v", g.ID, cur.Kind)
	}
	// The levels below a graph level are over the node it ended at (its lo), and below a tile level over the tile
	// it ended at.
	run := game.NodeRun(-1)
	for _, l := range levels[:len(levels)-1] {
		switch l.Kind {
		case contracts.KindGraph:
			run.Node = int(l.Lo)
		case contracts.KindTile:
			run.Tile = int(l.Lo)
		}
	}
	if cur.Kind == contracts.KindVM && g.VMSteps == 0 {
		if steps, err := comp.RunSteps(run); err == nil {
			g.VMSteps = steps
			a.logf("game %d: the VM search starts over 2^32 steps, the longest run a claim may stand for (so no one can "+
				"hide a longer one); my run halts at step %d and holds its final state after it, so %d rounds narrow "+
				"the search to one instruction", g.ID, steps, roundsOver(cur.Hi-cur.Lo, a.k))
		}
	}
	truth := func(pos uint64) (game.Hash, error) { return lp.value(comp, run, pos) }
	where := fmt.Sprintf("game %d, %s level [%d, %d]", g.ID, lp.name, cur.Lo, cur.Hi)
	switch {
	case cur.Kind == contracts.KindTile:
		where = fmt.Sprintf("game %d, node %d's tile level [%d, %d]", g.ID, run.Node, cur.Lo, cur.Hi)
	case run.Tile >= 0:
		where = fmt.Sprintf("game %d, node %d tile %d's VM level [%d, %d]", g.ID, run.Node, run.Tile, cur.Lo, cur.Hi)
	case run.Node >= 0:
		where = fmt.Sprintf("game %d, node %d's VM level [%d, %d]", g.ID, run.Node, cur.Lo, cur.Hi)
	}

	var tx contracts.Tx
	var what string
	switch info.Phase {
	case contracts.PhaseDissect:
		positions, err := a.game.Positions(ctx, id)
		if err != nil {
			return false, fmt.Errorf("agent: %s: read positions: %w", where, err)
		}
		values := make([]game.Hash, len(positions))
		for i, p := range positions {
			if values[i], err = truth(p); err != nil {
				return false, fmt.Errorf("agent: %s: value at %d: %w", where, p, err)
			}
		}
		tx, what = a.game.DissectTx(id, values), fmt.Sprintf("dissect at %v", positions)
		g.Rounds++

	case contracts.PhaseChoose:
		values, err := a.game.Checkpoints(ctx, id)
		if err != nil {
			return false, fmt.Errorf("agent: %s: read checkpoints: %w", where, err)
		}
		positions := game.Split(cur.Lo, cur.Hi, a.k)
		part, err := game.PickPart(cur.Lo, cur.Hi, positions, values, truth)
		if err != nil {
			return false, fmt.Errorf("agent: %s: pick a part: %w", where, err)
		}
		lo, hi := cur.Lo, cur.Hi
		if part > 0 {
			lo = positions[part-1]
		}
		if part < len(positions) {
			hi = positions[part]
		}
		tx, what = a.game.ChooseTx(id, part), fmt.Sprintf("choose part %d: [%d, %d]", part, lo, hi)
		g.Rounds++

	case contracts.PhaseHandoff, contracts.PhaseTileHandoff, contracts.PhaseStep:
		if tx, what, err = lp.bottom(a, ctx, g, comp, run, cur); err != nil {
			return false, fmt.Errorf("agent: %s: %w", where, err)
		}

	default:
		return false, fmt.Errorf("agent: game %d is in unknown phase %v", g.ID, info.Phase)
	}
	// The round count and steps are saved before sending, and the gas is booked by send into the saved record.
	if err := a.store.update(func(t *storeTx) error {
		rec, err := t.game(g.ID)
		if err != nil || rec == nil {
			return err
		}
		rec.Rounds, rec.VMSteps = g.Rounds, g.VMSteps
		return t.putGame(rec)
	}); err != nil {
		return false, err
	}
	if _, err := a.send(ctx, fmt.Sprintf("%s: %s", where, what), tx, g.ID); err != nil {
		// Not sent (or failed): the round did not happen.
		if info.Phase == contracts.PhaseDissect || info.Phase == contracts.PhaseChoose {
			_ = a.store.update(func(t *storeTx) error {
				rec, err := t.game(g.ID)
				if err != nil || rec == nil {
					return err
				}
				rec.Rounds--
				return t.putGame(rec)
			})
		}
		return true, err
	}
	a.logf("%s: %s", where, what)
	return true, nil
}

// finishGame records the end of game g.
func (a *Agent) finishGame(g *gameRecord, winner common.Address) error {
	return a.store.update(func(t *storeTx) error {
		rec, err := t.game(g.ID)
		if err != nil || rec == nil || rec.Done {
			return err
		}
		rec.Done, rec.Won = true, winner == a.self
		a.logf("game %d on request %d resolved: I %s (%d rounds, %d gas)", rec.ID, rec.Request,
			map[bool]string{true: "won", false: "lost"}[rec.Won], rec.Rounds, rec.Gas)
		return t.putGame(rec)
	})
}

// roundsOver is the number of rounds of k checkpoints that narrow a span of n steps to one.
func roundsOver(n uint64, k int) int {
	r := 0
	for ; n > 1; r++ {
		n = (n + uint64(k)) / uint64(k+1)
	}
	return r
}
