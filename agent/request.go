package agent

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/opml-dev/opml/chain"
	"github.com/opml-dev/opml/contracts"
	"github.com/opml-dev/opml/game"
)

// actOnRequest does what is due on request r now (docs/game.md, "The agents"): post the agent's entry (commit,
// then reveal) when it has something to say, set the game start and dispute every live entry whose claim
// differs from its own, finalize once entries have closed and every live entry agrees, and take its bond back
// afterwards. It first checks that the request on chain is the one whose input it holds: after a
// reorganisation request N may be another request.
func (a *Agent) actOnRequest(ctx context.Context, head *types.Header, r *requestRecord) (bool, error) {
	id := new(big.Int).SetUint64(r.ID)
	req, err := a.oracle.Request(ctx, id)
	if err != nil {
		return false, fmt.Errorf("agent: read request %d: %w", r.ID, err)
	}
	if req.Status == contracts.StatusNone || req.InputHash != inputHash(r.Input) {
		a.logf("request %d on chain is not the request seen in block %d (a reorganisation?): forgetting it until its event is read again", r.ID, r.Block)
		return false, a.forget(r)
	}
	switch {
	case req.Status.Final():
		return a.wrapUp(ctx, r, req)
	case req.Status == contracts.StatusRequested || req.Status == contracts.StatusOpen:
		return a.contribute(ctx, head.Time, r, req)
	}
	return false, nil
}

// forget drops request r and rescans the chain from the block it was seen in.
func (a *Agent) forget(r *requestRecord) error {
	delete(a.comps, r.ID)
	return a.store.update(func(t *storeTx) error {
		if err := t.deleteRequest(r.ID); err != nil {
			return err
		}
		scanned, err := t.scanned()
		if err != nil {
			return err
		}
		keep := 0
		for keep < len(scanned) && scanned[keep].Number < r.Block {
			keep++
		}
		return t.setScanned(scanned[:keep])
	})
}

// contribute does what is due on a request still collecting entries or being disputed.
func (a *Agent) contribute(ctx context.Context, now uint64, r *requestRecord, req *contracts.Request) (bool, error) {
	entries, err := a.oracle.Entries(ctx, req.ID)
	if err != nil {
		return false, fmt.Errorf("agent: read the entries of request %d: %w", r.ID, err)
	}
	if did, err := a.finalize(ctx, now, r, req, entries); did || err != nil {
		return did, err
	}
	c, err := a.computation(r)
	if err != nil {
		return false, err
	}
	claim, err := c.Claim()
	if err != nil {
		return false, fmt.Errorf("agent: request %d: claim: %w", r.ID, err)
	}
	mine, others := a.sortEntries(r, entries, claim.Claim)
	accepting := (req.Status == contracts.StatusRequested && now < req.SubmitDeadline) ||
		(req.Status == contracts.StatusOpen && now < req.ClosesAt)
	acted := false
	if mine < 0 {
		if !accepting || !a.wantsEntry(r, entries, others) {
			return false, nil
		}
		if req.Status == contracts.StatusOpen && now >= req.WindowEnd {
			cl, err := a.oracle.ClaimState(ctx, req.ID, claim.Claim)
			if err != nil {
				return false, err
			}
			if !cl.Admitted {
				a.logOnce(fmt.Sprintf("late %d", r.ID), "request %d: my claim %s was not posted before the window closed: I can no longer post it", r.ID, shortHash(claim.Claim))
				return false, nil
			}
		}
		posted, err := a.post(ctx, r, req, c, claim, entries)
		if err != nil || !posted {
			return posted, err
		}
		// Posted: read the request and entries again and go on to the disputes in the same pass.
		acted = true
		if req, err = a.oracle.Request(ctx, req.ID); err != nil {
			return acted, err
		}
		if entries, err = a.oracle.Entries(ctx, req.ID); err != nil {
			return acted, err
		}
		if mine, others = a.sortEntries(r, entries, claim.Claim); mine < 0 {
			return acted, nil // committed, not revealed yet
		}
	}
	if !entries[mine].Live || len(others) == 0 || a.cfg.Cheat.Mode == CheatSockPuppet {
		return acted, nil
	}
	if !req.StartSet {
		did, err := a.setGameStart(ctx, r, req)
		acted = acted || did
		if err != nil {
			return acted, err
		}
	}
	for _, e := range others {
		if r.paired(e.Index) {
			continue
		}
		receipt, err := a.send(ctx, fmt.Sprintf("dispute entry %d of request %d", e.Index, r.ID),
			a.oracle.DisputeTx(req.ID, uint32(mine), e.Index), 0)
		if receipt != nil {
			acted = true
		}
		switch {
		case contracts.IsRevert(err, "AlreadyPaired") || contracts.IsRevert(err, "NotLive"):
			continue // someone else paired them, or the entry fell, since the entries were read
		case err != nil:
			return acted, err
		}
		a.logf("request %d: disputed entry %d of %s (%s), which claims %s", r.ID, e.Index, shortAddr(e.Poster),
			a.models[r.Model].describe(r.Outputs[hex.EncodeToString(e.Claim[:])]), shortHash(e.Claim))
		if err := a.handleReceipt(ctx, receipt, receipt.GasUsed); err != nil {
			return acted, err
		}
	}
	return acted, nil
}

// sortEntries finds the agent's own entry (-1: none) and the live entries it disputes: those whose claim
// differs from its own.
func (a *Agent) sortEntries(r *requestRecord, entries []contracts.Entry, claim [32]byte) (mine int, others []contracts.Entry) {
	mine = -1
	for i, e := range entries {
		if e.Poster == a.self {
			mine = i
		}
		if e.Live && e.Claim != claim && a.disputes(r, e) {
			others = append(others, e)
		}
	}
	return mine, others
}

// disputes reports whether the agent disputes entry e (whose claim differs from its own): every agent does,
// but a sock disputes only its partner's entries.
func (a *Agent) disputes(r *requestRecord, e contracts.Entry) bool {
	if r.Lie.Mode == CheatSock {
		return e.Poster == r.Lie.Partner
	}
	return e.Poster != a.self
}

// wantsEntry reports whether the agent posts an entry on the request: a submitter answers every request (a sock
// only those its partner answered); a validator posts only against a live entry whose claim differs from its
// own.
func (a *Agent) wantsEntry(r *requestRecord, entries, others []contracts.Entry) bool {
	if a.cfg.Role == Validator {
		return len(others) > 0
	}
	if r.Lie.answersAlone() {
		return true
	}
	for _, e := range entries {
		if e.Poster == r.Lie.Partner && e.Live {
			return true
		}
	}
	return false
}

// paired reports whether the agent's entry is in a game with entry i already.
func (r *requestRecord) paired(i uint32) bool {
	for _, p := range r.Paired {
		if p.Entry == i {
			return true
		}
	}
	return false
}

// post commits to the agent's entry (saving its secret salt first, so a restart can reveal it) and reveals it
// with the bond, in two transactions: the commitment holds the agent's address, so a copy of either is
// worthless, and the commit's order is the entry's priority for the fee.
func (a *Agent) post(ctx context.Context, r *requestRecord, req *contracts.Request, c *game.Computation, claim *game.ClaimProof,
	entries []contracts.Entry) (bool, error) {
	output := c.Output()
	k, err := a.oracle.Commit(ctx, req.ID, a.self)
	if err != nil {
		return false, fmt.Errorf("agent: read my commit on request %d: %w", r.ID, err)
	}
	acted := false
	if k.Order == 0 {
		p := &plan{Claim: claim.Claim}
		if _, err := rand.Read(p.Salt[:]); err != nil {
			return false, err
		}
		if err := a.store.update(func(t *storeTx) error {
			rec, err := t.request(r.ID)
			if err != nil || rec == nil {
				return err
			}
			rec.Plan = p
			return t.putRequest(rec)
		}); err != nil {
			return false, err
		}
		r.Plan = p
		commitment := contracts.Commitment(req.ID, a.self, output, claim.Claim, p.Salt)
		if _, err := a.send(ctx, fmt.Sprintf("commit to an entry on request %d", r.ID), a.oracle.CommitTx(req.ID, commitment), 0); err != nil {
			return true, err
		}
		acted = true
		if k, err = a.oracle.Commit(ctx, req.ID, a.self); err != nil {
			return acted, err
		}
	}
	if k.Revealed {
		return acted, nil
	}
	if r.Plan == nil || r.Plan.Claim != claim.Claim {
		return acted, fmt.Errorf("agent: request %d: committed, but the database has no salt for this claim: the entry cannot be revealed", r.ID)
	}
	receipt, err := a.send(ctx, fmt.Sprintf("reveal my entry on request %d", r.ID),
		a.oracle.RevealTx(req.ID, output, claim, r.Plan.Salt, revealHint(entries, claim.Claim, k.Order), a.params.EntryBond), 0)
	if err != nil {
		return true, err
	}
	a.logf("request %d: posted %s (claim %s) with a %s bond; my commit was number %d", r.ID,
		a.models[r.Model].describe(output), shortHash(claim.Claim), eth(a.params.EntryBond), k.Order)
	return true, a.handleReceipt(ctx, receipt, 0)
}

// revealHint is the reveal's hint: 1 + the live entry with the same claim and the highest priority below the
// agent's (0: none).
func revealHint(entries []contracts.Entry, claim [32]byte, priority uint32) uint32 {
	hint, best := uint32(0), uint32(0)
	for _, e := range entries {
		if e.Live && e.Claim == claim && e.Priority < priority && e.Priority > best {
			hint, best = e.Index+1, e.Priority
		}
	}
	return hint
}

// setGameStart gives the game contract the request's start, unless another party just did.
func (a *Agent) setGameStart(ctx context.Context, r *requestRecord, req *contracts.Request) (bool, error) {
	m := a.models[r.Model]
	sibs, start, err := game.StartProof(m.Executor, m.Graph, m.Info, r.Input)
	if err != nil {
		return false, fmt.Errorf("agent: request %d: start proof: %w", r.ID, err)
	}
	receipt, err := a.send(ctx, fmt.Sprintf("set the game start of request %d", r.ID), a.oracle.SetGameStartTx(req.ID, r.Input, sibs), 0)
	switch {
	case contracts.IsRevert(err, "StartAlreadySet"):
		return receipt != nil, nil // another party set it since the request was read: the start is the same for everyone
	case err != nil:
		return receipt != nil, err
	}
	a.logf("request %d: game start set (%s)", r.ID, shortHash(start))
	return true, nil
}

// finalize ends a request once it may be ended: no entry came before its deadline, or entries have closed and
// every live entry has one claim (or none is left). Anyone may; whoever is first does it.
func (a *Agent) finalize(ctx context.Context, now uint64, r *requestRecord, req *contracts.Request, entries []contracts.Entry) (bool, error) {
	var claim [32]byte
	var output []byte
	switch req.Status {
	case contracts.StatusRequested:
		if now < req.SubmitDeadline {
			return false, nil
		}
	case contracts.StatusOpen:
		if now < req.ClosesAt {
			return false, nil
		}
		for _, e := range entries {
			if !e.Live {
				continue
			}
			if claim != ([32]byte{}) && e.Claim != claim {
				return false, nil // live entries disagree: games are due first
			}
			claim = e.Claim
		}
		var ok bool
		if output, ok = r.Outputs[hex.EncodeToString(claim[:])]; !ok && claim != ([32]byte{}) {
			return false, fmt.Errorf("agent: request %d: no output seen for claim %s", r.ID, shortHash(claim))
		}
	default:
		return false, nil
	}
	receipt, err := a.send(ctx, fmt.Sprintf("finalize request %d", r.ID), a.oracle.FinalizeTx(req.ID, claim, output), 0)
	if contracts.IsRevert(err, "NotOpen") {
		return receipt != nil, nil // finalized by another party since the request was read
	}
	if err != nil {
		return receipt != nil, err
	}
	return true, a.handleReceipt(ctx, receipt, 0)
}

// wrapUp takes the agent's bond back from a final request once its entry's games have settled, and marks the
// request done when nothing is left for the agent.
func (a *Agent) wrapUp(ctx context.Context, r *requestRecord, req *contracts.Request) (bool, error) {
	entries, err := a.oracle.Entries(ctx, req.ID)
	if err != nil {
		return false, fmt.Errorf("agent: read the entries of request %d: %w", r.ID, err)
	}
	done, acted := true, false
	for _, e := range entries {
		if e.Poster != a.self {
			continue
		}
		if e.OpenGames != 0 {
			done = false
			continue
		}
		if e.Live && !e.Released {
			if _, err := a.send(ctx, fmt.Sprintf("take my bond back on request %d", r.ID), a.oracle.ReleaseBondTx(req.ID, e.Index), 0); err != nil {
				return true, err
			}
			acted = true
			a.logf("request %d: my %s bond is released", r.ID, eth(e.Bond))
		}
	}
	if !done {
		return acted, nil
	}
	return acted, a.store.update(func(t *storeTx) error {
		rec, err := t.request(r.ID)
		if err != nil || rec == nil {
			return err
		}
		rec.Done = true
		delete(a.comps, r.ID)
		return t.putRequest(rec)
	})
}

// handleReceipt records the oracle events of one of the agent's own transactions at once, so the next moves do
// not wait for the scan; gas is booked to the game the transaction opened, if any.
func (a *Agent) handleReceipt(ctx context.Context, r *types.Receipt, gas uint64) error {
	return a.store.update(func(t *storeTx) error {
		for _, lg := range r.Logs {
			if err := a.handleLog(ctx, t, lg, gas); err != nil {
				return err
			}
		}
		return nil
	})
}

// Registered reports whether m is registered in the system's ModelRegistry (under its id, the hash of its
// registration: a model registered there is exactly m's registration).
func Registered(ctx context.Context, c *chain.Chain, sys *contracts.System, m *Model) (bool, error) {
	if m == nil || m.Info == nil {
		return false, errors.New("agent: no model registration")
	}
	ok, err := sys.Registry(c).Registered(ctx, m.ID())
	if err != nil {
		return false, fmt.Errorf("agent: model %s: %w", m.label(), err)
	}
	return ok, nil
}

// Register registers m in the system's ModelRegistry, signed by c, unless it is registered already.
func Register(ctx context.Context, c *chain.Chain, sys *contracts.System, m *Model) error {
	if m == nil || m.Info == nil {
		return errors.New("agent: no model registration")
	}
	if _, err := sys.Registry(c).Register(ctx, m.Info); err != nil {
		return fmt.Errorf("agent: register model %s: %w", m.label(), err)
	}
	return nil
}
