package agent

import (
	"context"
	"encoding/hex"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/opml-dev/opml/contracts/bindings"
)

// scanChunk is how many blocks one log query covers: public nodes cap the range of eth_getLogs.
const scanChunk = 2000

// scan handles the oracle's events from the block after the last one scanned up to Confirmations below the
// head, a chunk at a time; each chunk's records and the new scanned mark are written in one database
// transaction, so an agent killed mid-scan rescans the chunk it was in and records nothing twice. First it
// checks that the blocks it scanned last are still on the chain: if a reorganisation replaced them, it forgets
// what it learnt from the replaced blocks and scans again from where the chains fork.
func (a *Agent) scan(ctx context.Context, head uint64) error {
	if head < a.cfg.Confirmations {
		return nil
	}
	to := head - a.cfg.Confirmations
	var scanned []scannedBlock
	if err := a.store.view(func(t *storeTx) error {
		var err error
		scanned, err = t.scanned()
		return err
	}); err != nil {
		return err
	}
	scanned, err := a.checkReorg(ctx, scanned)
	if err != nil {
		return err
	}
	from := a.cfg.FromBlock
	if len(scanned) > 0 {
		from = scanned[len(scanned)-1].Number + 1
	}
	for from <= to {
		end := min(to, from+scanChunk-1)
		logs, err := a.client.FilterLogs(ctx, ethereum.FilterQuery{
			FromBlock: new(big.Int).SetUint64(from),
			ToBlock:   new(big.Int).SetUint64(end),
			Addresses: []common.Address{a.sys.AIOracle},
		})
		if err != nil {
			return fmt.Errorf("agent: read events of blocks %d..%d: %w", from, end, err)
		}
		last, err := a.client.HeaderByNumber(ctx, new(big.Int).SetUint64(end))
		if err != nil {
			return fmt.Errorf("agent: read block %d: %w", end, err)
		}
		err = a.store.update(func(t *storeTx) error {
			for i := range logs {
				if logs[i].Removed {
					continue
				}
				if err := a.handleLog(ctx, t, &logs[i], 0); err != nil {
					return err
				}
			}
			scanned = append(scanned, scannedBlock{Number: end, Hash: last.Hash()})
			return t.setScanned(scanned)
		})
		if err != nil {
			return err
		}
		from = end + 1
	}
	return nil
}

// checkReorg compares the scanned blocks with the chain. If the newest is no longer there, it finds the newest
// one that is (where the chains fork), forgets what the agent learnt from later blocks (requests, games, the
// pairings of its entries; a commit or reveal of its own that was undone is read back from the chain) and
// returns the scanned blocks up to the fork.
func (a *Agent) checkReorg(ctx context.Context, scanned []scannedBlock) ([]scannedBlock, error) {
	keep := len(scanned)
	for keep > 0 {
		b := scanned[keep-1]
		h, err := a.client.HeaderByNumber(ctx, new(big.Int).SetUint64(b.Number))
		if err == nil && h.Hash() == b.Hash {
			break
		}
		if err != nil && err != ethereum.NotFound && !isNotFound(err) {
			return nil, fmt.Errorf("agent: read block %d: %w", b.Number, err)
		}
		keep--
	}
	if keep == len(scanned) {
		return scanned, nil
	}
	fork := a.cfg.FromBlock
	if keep > 0 {
		fork = scanned[keep-1].Number + 1
	} else if len(scanned) > 0 {
		a.logf("a reorganisation deeper than the %d blocks remembered: scanning again from block %d", keepScanned, fork)
	}
	a.logf("the chain was reorganised from block %d on: forgetting what was learnt from those blocks and scanning them again", fork)
	scanned = scanned[:keep]
	err := a.store.update(func(t *storeTx) error {
		requests, err := t.requests(false)
		if err != nil {
			return err
		}
		for _, r := range requests {
			if r.Block >= fork {
				delete(a.comps, r.ID)
				if err := t.deleteRequest(r.ID); err != nil {
					return err
				}
				continue
			}
			kept := r.Paired[:0]
			for _, p := range r.Paired {
				if p.Block < fork {
					kept = append(kept, p)
				}
			}
			r.Paired, r.Done = kept, false
			if err := t.putRequest(r); err != nil {
				return err
			}
		}
		games, err := t.games(false)
		if err != nil {
			return err
		}
		for _, g := range games {
			if g.Block >= fork {
				if err := t.deleteGame(g.ID); err != nil {
					return err
				}
			}
		}
		return t.setScanned(scanned)
	})
	return scanned, err
}

// isNotFound reports whether a node's error means the block does not exist (any more).
func isNotFound(err error) bool { return err != nil && err.Error() == ethereum.NotFound.Error() }

// Event signatures of the oracle, by name.
var oracleEvents = func() map[common.Hash]string {
	out := make(map[common.Hash]string)
	for name, ev := range bindings.NewAIOracle().GetABI().Events {
		out[ev.ID] = name
	}
	return out
}()

// handleLog records what an oracle event tells the agent: a request of a served model (with its input), the
// output revealed with a claim, a game it is a party to, a game's or request's end. It is idempotent: the events
// of a transaction the agent sent are handled from its receipt at once and again when the scan reaches its
// block. gas is booked to a game the event opens (the dispute that opened it).
func (a *Agent) handleLog(ctx context.Context, t *storeTx, lg *types.Log, gas uint64) error {
	if lg.Address != a.sys.AIOracle || len(lg.Topics) == 0 {
		return nil
	}
	o := a.oracle.ABI()
	switch oracleEvents[lg.Topics[0]] {
	case "AICallbackRequest":
		ev, err := o.UnpackAICallbackRequestEvent(lg)
		if err != nil {
			return a.skip(lg, "decode AICallbackRequest event: %v", err)
		}
		m, served := a.models[ev.ModelId.String()]
		if !served {
			return nil
		}
		id, err := smallID(ev.RequestId, "request")
		if err != nil {
			return a.skip(lg, "%v", err)
		}
		if r, err := t.request(id); err != nil || r != nil {
			return err
		}
		if uint64(len(ev.Input)) > uint64(m.Info.InputSize) {
			// The oracle checks the size against the registration, so this is a registration mismatch.
			return a.skip(lg, "request %d has a %d-byte input; model %s takes %d", id, len(ev.Input), m.label(), m.Info.InputSize)
		}
		a.logf("request %d for %s seen (block %d)", id, m.name(), lg.BlockNumber)
		return t.putRequest(&requestRecord{ID: id, Model: ev.ModelId.String(), Input: ev.Input, Block: lg.BlockNumber,
			Lie: a.cfg.Cheat, Outputs: map[string][]byte{}})

	case "Revealed":
		ev, err := o.UnpackRevealedEvent(lg)
		if err != nil {
			return a.skip(lg, "decode Revealed event: %v", err)
		}
		r, err := a.tracked(t, ev.RequestId)
		if err != nil || r == nil {
			return err
		}
		key := hex.EncodeToString(ev.Claim[:])
		if _, ok := r.Outputs[key]; ok {
			return nil
		}
		if r.Outputs == nil {
			r.Outputs = map[string][]byte{}
		}
		r.Outputs[key] = ev.Output
		return t.putRequest(r)

	case "Disputed":
		ev, err := o.UnpackDisputedEvent(lg)
		if err != nil {
			return a.skip(lg, "decode Disputed event: %v", err)
		}
		var s side
		var mine, other uint32
		var opponent common.Address
		switch a.self {
		case ev.Asserter:
			s, mine, other, opponent = asserter, ev.AsserterEntry, ev.ChallengerEntry, ev.Challenger
		case ev.Challenger:
			s, mine, other, opponent = challenger, ev.ChallengerEntry, ev.AsserterEntry, ev.Asserter
		default:
			return nil
		}
		gameID, err := smallID(ev.GameId, "game")
		if err != nil {
			return a.skip(lg, "%v", err)
		}
		r, err := a.tracked(t, ev.RequestId)
		if err != nil {
			return err
		}
		if r == nil {
			return a.skip(lg, "game %d is on request %v, which the agent does not track", gameID, ev.RequestId)
		}
		if g, err := t.game(gameID); err != nil || g != nil {
			return err
		}
		r.Paired = append(r.Paired, pairing{Entry: other, Block: lg.BlockNumber})
		if err := t.putRequest(r); err != nil {
			return err
		}
		a.logf("game %d on request %d opened: my entry %d against entry %d of %s; I am the %s", gameID, r.ID, mine, other,
			shortAddr(opponent), s)
		return t.putGame(&gameRecord{ID: gameID, Request: r.ID, Block: lg.BlockNumber, Side: s, Opponent: opponent, Lie: r.Lie, Gas: gas})

	case "Eliminated":
		ev, err := o.UnpackEliminatedEvent(lg)
		if err != nil {
			return a.skip(lg, "decode Eliminated event: %v", err)
		}
		r, err := a.tracked(t, ev.RequestId)
		if err != nil || r == nil {
			return err
		}
		a.narrateElimination(ctx, r, ev.Entry, ev.Share, ev.Games)

	case "Finalized":
		ev, err := o.UnpackFinalizedEvent(lg)
		if err != nil {
			return a.skip(lg, "decode Finalized event: %v", err)
		}
		r, err := a.tracked(t, ev.RequestId)
		if err != nil || r == nil {
			return err
		}
		if ev.Claim == ([32]byte{}) {
			a.logOnce(fmt.Sprintf("final %d", r.ID), "request %d ended with no result: the fee went back to the requester", r.ID)
		} else if ev.Failed {
			a.logOnce(fmt.Sprintf("final %d", r.ID), "request %d is final: the model's run failed on the input", r.ID)
		} else {
			a.logOnce(fmt.Sprintf("final %d", r.ID), "request %d is final: %s", r.ID, a.models[r.Model].describe(r.Outputs[hex.EncodeToString(ev.Claim[:])]))
		}
	}
	return nil
}

// tracked returns the record of a request the agent handles, or nil.
func (a *Agent) tracked(t *storeTx, id *big.Int) (*requestRecord, error) {
	reqID, err := smallID(id, "request")
	if err != nil {
		return nil, nil // not an id the agent tracks
	}
	return t.request(reqID)
}

// skip narrates an event the agent cannot act on and goes on: retrying would not make it readable.
func (a *Agent) skip(lg *types.Log, format string, args ...any) error {
	a.logf("skipping the event in block %d, transaction %s: "+format, append([]any{lg.BlockNumber, lg.TxHash.Hex()}, args...)...)
	return nil
}

// smallID converts an oracle or game id (counters from 1) to a uint64.
func smallID(id *big.Int, what string) (uint64, error) {
	if id == nil || id.Sign() < 0 || !id.IsUint64() {
		return 0, fmt.Errorf("agent: %s id %v out of range", what, id)
	}
	return id.Uint64(), nil
}

// inputHash is what the oracle stores of an input.
func inputHash(input []byte) common.Hash { return crypto.Keccak256Hash(input) }
