package agent

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/opml-dev/opml/chain"
	"github.com/opml-dev/opml/contracts/bindings"
	"github.com/opml-dev/opml/game"
	"github.com/opml-dev/opml/vm"
)

// Phases of DisputeGame.Phase and kinds of IDisputeGame.LevelKind.
const (
	phaseNone     = 0
	phaseDissect  = 1
	phaseChoose   = 2
	phaseStep     = 3
	phaseResolved = 4
	phaseHandoff  = 5

	kindVM    = 0
	kindGraph = 1
)

// play makes the agent's move in game g if it is its move, or ends the game on time if the other party's clock
// has run out. Everything but the computation the agent plays is read from the chain.
func (a *Agent) play(ctx context.Context, head *types.Header, g *gameRecord) (bool, error) {
	id := new(big.Int).SetUint64(g.ID)
	info, err := chain.Call(ctx, a.chain, a.sys.DisputeGame, a.dg.PackGame(id), a.dg.UnpackGame)
	if err != nil {
		return false, fmt.Errorf("agent: read game %d: %w", g.ID, describe(err))
	}
	switch info.Phase {
	case phaseNone:
		return false, fmt.Errorf("agent: game %d does not exist on the game contract", g.ID)
	case phaseResolved:
		return false, a.finishGame(g, info.Winner)
	}
	if g.Lie.silent() {
		return false, nil // a silent cheater never moves, not even to time the other party out
	}
	asserterMoves := info.Phase == phaseDissect || info.Phase == phaseHandoff
	mover, left := info.Challenger, info.ChallengerLeft
	if asserterMoves {
		mover, left = info.Asserter, info.AsserterLeft
	}
	// The next block is later than the head, so a clock that has run out at the head has run out for timeout too.
	ranOut := head.Time > info.LastMove+left
	if mover != a.self {
		if !ranOut {
			return false, nil
		}
		if _, err := a.send(ctx, fmt.Sprintf("time out game %d", g.ID), a.sys.DisputeGame, a.dg.PackTimeout(id), nil, g.ID); err != nil {
			return true, err
		}
		a.logf("game %d: the %s's clock ran out; timed it out", g.ID, map[bool]string{true: "asserter", false: "challenger"}[asserterMoves])
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
	levels, err := chain.Call(ctx, a.chain, a.sys.DisputeGame, a.dg.PackLevels(id), a.dg.UnpackLevels)
	if err != nil {
		return false, fmt.Errorf("agent: read the levels of game %d: %w", g.ID, describe(err))
	}
	if len(levels) == 0 {
		return false, fmt.Errorf("agent: game %d has no level", g.ID)
	}
	cur := levels[len(levels)-1]
	// The VM level of a multi-phase game is over the run of the node the graph level ended at (its lo).
	node := -1
	if cur.Kind == kindVM && len(levels) > 1 {
		node = int(levels[len(levels)-2].Lo)
	}
	if cur.Kind == kindVM && g.VMSteps == 0 {
		if steps, err := comp.VMSteps(node); err == nil {
			g.VMSteps = steps
		}
	}
	truth := func(pos uint64) (game.Hash, error) {
		if cur.Kind == kindGraph {
			return comp.GraphValue(pos)
		}
		return comp.VMValue(node, pos)
	}
	where := fmt.Sprintf("game %d, %s level [%d, %d]", g.ID, kindName(cur.Kind), cur.Lo, cur.Hi)
	if node >= 0 {
		where = fmt.Sprintf("game %d, node %d's VM level [%d, %d]", g.ID, node, cur.Lo, cur.Hi)
	}

	var calldata []byte
	var what string
	switch info.Phase {
	case phaseDissect:
		positions, err := chain.Call(ctx, a.chain, a.sys.DisputeGame, a.dg.PackPositions(id), a.dg.UnpackPositions)
		if err != nil {
			return false, fmt.Errorf("agent: %s: read positions: %w", where, describe(err))
		}
		values := make([][32]byte, len(positions))
		for i, p := range positions {
			if values[i], err = truth(p); err != nil {
				return false, fmt.Errorf("agent: %s: value at %d: %w", where, p, err)
			}
		}
		calldata, what = a.dg.PackDissect(id, values), fmt.Sprintf("dissect at %v", positions)
		g.Rounds++

	case phaseChoose:
		values, err := chain.Call(ctx, a.chain, a.sys.DisputeGame, a.dg.PackCheckpoints(id), a.dg.UnpackCheckpoints)
		if err != nil {
			return false, fmt.Errorf("agent: %s: read checkpoints: %w", where, describe(err))
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
		calldata, what = a.dg.PackChoose(id, big.NewInt(int64(part))), fmt.Sprintf("choose part %d: [%d, %d]", part, lo, hi)
		g.Rounds++

	case phaseHandoff:
		h, err := comp.Handoff(int(cur.Lo))
		if err != nil {
			return false, fmt.Errorf("agent: %s: handoff: %w", where, err)
		}
		calldata, what = a.dg.PackHandoff(id, handoff(h)), fmt.Sprintf("hand off node %d (output %s)", cur.Lo, shortHash(h.Output))

	case phaseStep:
		state, proof, err := comp.StepWitness(node, cur.Lo)
		if err != nil {
			return false, fmt.Errorf("agent: %s: step witness: %w", where, err)
		}
		what = fmt.Sprintf("prove step %d", cur.Hi)
		if st, err := vm.DecodeState(state); err == nil {
			what = fmt.Sprintf("prove step %d on chain: MIPS.step executes the one instruction at pc %#x from the agreed state %s; the asserter claims it ends in %s",
				cur.Hi, st.Thread.PC, shortHash(cur.LoValue), shortHash(cur.HiValue))
		}
		calldata = a.dg.PackProveStep(id, state, proof)

	default:
		return false, fmt.Errorf("agent: game %d is in unknown phase %d", g.ID, info.Phase)
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
	if _, err := a.send(ctx, fmt.Sprintf("%s: %s", where, what), a.sys.DisputeGame, calldata, nil, g.ID); err != nil {
		// Not sent (or failed): the round did not happen.
		if info.Phase == phaseDissect || info.Phase == phaseChoose {
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

func kindName(kind uint8) string {
	if kind == kindGraph {
		return "graph"
	}
	return "VM"
}

// handoff is the game contract's form of a phase handoff.
func handoff(h *game.Handoff) bindings.DisputeGameHandoff {
	n := h.Node
	return bindings.DisputeGameHandoff{
		Node: bindings.ModelRegistryNodeRecord{Descriptor: n.Descriptor, DescriptorLog2: n.DescriptorLog2,
			NumInputs: n.NumInputs, InputIds: n.InputIDs, InputLog2s: n.InputLog2s, OutputId: n.OutputID, OutputLog2: n.OutputLog2},
		NodeProof:     h.NodeProof,
		Output:        h.Output,
		OutputProof:   h.OutputProof,
		Operands:      h.Operands,
		OperandProofs: h.OperandProofs,
		Insertions:    h.Insertions,
		EndState:      h.EndState,
		OutputRegion:  h.OutputRegion,
	}
}
