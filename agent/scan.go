package agent

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/opml-dev/opml/chain"
	"github.com/opml-dev/opml/contracts/bindings"
)

// scanChunk is how many blocks one log query covers: public nodes cap the range of eth_getLogs.
const scanChunk = 2000

// scan handles the oracle's events from the block after the last one scanned up to block `to`, a chunk at a
// time; each chunk's records and the new scanned mark are written in one database transaction, so an agent
// killed mid-scan rescans the chunk it was in and records nothing twice.
func (a *Agent) scan(ctx context.Context, to uint64) error {
	last, ok, err := a.store.scanned()
	if err != nil {
		return err
	}
	from := a.cfg.FromBlock
	if ok {
		from = last + 1
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
		err = a.store.update(func(t *storeTx) error {
			for i := range logs {
				if logs[i].Removed {
					continue
				}
				if err := a.handleLog(ctx, t, &logs[i], 0); err != nil {
					return err
				}
			}
			return t.setScanned(end)
		})
		if err != nil {
			return err
		}
		from = end + 1
	}
	return nil
}

// Event signatures of the oracle, by name.
var oracleEvents = func() map[common.Hash]string {
	out := make(map[common.Hash]string)
	for name, ev := range bindings.NewAIOracle().GetABI().Events {
		out[ev.ID] = name
	}
	return out
}()

// handleLog records what an oracle event tells the agent: a request of a served model (with its input), a
// result it posted, a game it is a party to, a game's or request's end. It is idempotent: the events of a
// transaction the agent sent are handled from its receipt at once and again when the scan reaches its block.
// gas is booked to a game the event opens (the challenge that opened it).
func (a *Agent) handleLog(ctx context.Context, t *storeTx, lg *types.Log, gas uint64) error {
	if lg.Address != a.sys.AIOracle || len(lg.Topics) == 0 {
		return nil
	}
	switch oracleEvents[lg.Topics[0]] {
	case "Requested":
		ev, err := a.oracle.UnpackRequestedEvent(lg)
		if err != nil {
			return a.skip(lg, "decode Requested event: %v", err)
		}
		m, served := a.models[ev.ModelId]
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
		if uint64(len(ev.Input)) != uint64(m.Info.InputSize) {
			// The oracle checks the size against the registration, so this is a registration mismatch.
			return a.skip(lg, "request %d has a %d-byte input; model %s takes %d", id, len(ev.Input), m.label(), m.Info.InputSize)
		}
		a.logf("request %d for %s seen (block %d)", id, m.name(), lg.BlockNumber)
		return t.putRequest(&requestRecord{ID: id, Model: ev.ModelId, Input: ev.Input, Lie: a.cfg.Cheat})

	case "Submitted":
		ev, err := a.oracle.UnpackSubmittedEvent(lg)
		if err != nil {
			return a.skip(lg, "decode Submitted event: %v", err)
		}
		if ev.Submitter != a.self {
			return nil
		}
		return a.recordPosting(t, ev.RequestId, posting{Round: 0, Claim: ev.Claim, Output: ev.Output})

	case "Challenged":
		ev, err := a.oracle.UnpackChallengedEvent(lg)
		if err != nil {
			return a.skip(lg, "decode Challenged event: %v", err)
		}
		var s side
		switch a.self {
		case ev.Asserter:
			s = asserter
		case ev.Challenger:
			s = challenger
		default:
			return nil
		}
		gameID, err := smallID(ev.GameId, "game")
		if err != nil {
			return a.skip(lg, "%v", err)
		}
		reqID, err := smallID(ev.RequestId, "request")
		if err != nil {
			return a.skip(lg, "%v", err)
		}
		if g, err := t.game(gameID); err != nil || g != nil {
			return err
		}
		r, err := t.request(reqID)
		if err != nil {
			return err
		}
		if r == nil {
			return a.skip(lg, "game %d is on request %d, which the agent does not track", gameID, reqID)
		}
		info, err := chain.Call(ctx, a.chain, a.sys.AIOracle, a.oracle.PackGetGame(ev.GameId), a.oracle.UnpackGetGame)
		if err != nil {
			return fmt.Errorf("agent: read game %d: %w", gameID, err)
		}
		if s == challenger {
			if err := a.recordPosting(t, ev.RequestId, posting{Challenge: true, Round: info.Round, Claim: ev.Claim, Output: ev.Output}); err != nil {
				return err
			}
		}
		a.logf("game %d on request %d opened: I am the %s", gameID, reqID, s)
		return t.putGame(&gameRecord{ID: gameID, Request: reqID, Side: s, Round: info.Round, Lie: r.Lie, Gas: gas})

	case "Resolved":
		ev, err := a.oracle.UnpackResolvedEvent(lg)
		if err != nil {
			return a.skip(lg, "decode Resolved event: %v", err)
		}
		gameID, err := smallID(ev.GameId, "game")
		if err != nil {
			return a.skip(lg, "%v", err)
		}
		g, err := t.game(gameID)
		if err != nil || g == nil || g.Done {
			return err
		}
		g.Done, g.Won = true, ev.Winner == a.self
		a.logf("game %d on request %d resolved: the agent %s", g.ID, g.Request, map[bool]string{true: "won", false: "lost"}[g.Won])
		return t.putGame(g)

	case "Finalized", "Refunded":
		var reqID *big.Int
		if ev, err := a.oracle.UnpackFinalizedEvent(lg); err == nil {
			reqID = ev.RequestId
		} else if ev, err := a.oracle.UnpackRefundedEvent(lg); err == nil {
			reqID = ev.RequestId
		} else {
			return a.skip(lg, "decode %s event: %v", oracleEvents[lg.Topics[0]], err)
		}
		id, err := smallID(reqID, "request")
		if err != nil {
			return a.skip(lg, "%v", err)
		}
		r, err := t.request(id)
		if err != nil || r == nil || r.Done {
			return err
		}
		r.Done = true
		delete(a.comps, id)
		return t.putRequest(r)
	}
	return nil
}

// skip narrates an event the agent cannot act on and goes on: retrying would not make it readable.
func (a *Agent) skip(lg *types.Log, format string, args ...any) error {
	a.logf("skipping the event in block %d, transaction %s: "+format, append([]any{lg.BlockNumber, lg.TxHash.Hex()}, args...)...)
	return nil
}

// recordPosting adds p to the postings of request id unless it is there already.
func (a *Agent) recordPosting(t *storeTx, id *big.Int, p posting) error {
	reqID, err := smallID(id, "request")
	if err != nil {
		return nil // not an id the agent tracks
	}
	r, err := t.request(reqID)
	if err != nil || r == nil {
		return err
	}
	for _, q := range r.Posted {
		if q.Challenge == p.Challenge && q.Round == p.Round {
			return nil
		}
	}
	r.Posted = append(r.Posted, p)
	return t.putRequest(r)
}

// smallID converts an oracle or game id (counters from 1) to a uint64.
func smallID(id *big.Int, what string) (uint64, error) {
	if id == nil || id.Sign() < 0 || !id.IsUint64() {
		return 0, fmt.Errorf("agent: %s id %v out of range", what, id)
	}
	return id.Uint64(), nil
}
