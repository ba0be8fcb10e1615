package agent

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/opml-dev/opml/chain"
	"github.com/opml-dev/opml/contracts"
	"github.com/opml-dev/opml/contracts/bindings"
	"github.com/opml-dev/opml/game"
)

// Request statuses of AIOracle.Status.
const (
	statusRequested = 1
	statusSubmitted = 2
	statusFinalized = 3
	statusRefunded  = 4
)

// actOnRequest does what is due on request r now: a submitter submits its result; a validator challenges a
// result that differs from its own; either finalizes a result whose window has passed.
func (a *Agent) actOnRequest(ctx context.Context, head *types.Header, r *requestRecord) (bool, error) {
	id := new(big.Int).SetUint64(r.ID)
	req, err := chain.Call(ctx, a.chain, a.sys.AIOracle, a.oracle.PackGetRequest(id), a.oracle.UnpackGetRequest)
	if err != nil {
		return false, fmt.Errorf("agent: read request %d: %w", r.ID, describe(err))
	}
	now := head.Time
	switch req.Status {
	case statusRequested:
		if a.cfg.Role != Submitter || now >= req.SubmitDeadline {
			return false, nil
		}
		return a.submit(ctx, r, id)

	case statusSubmitted:
		if now >= req.WindowEnd {
			if req.OpenGames != 0 || (a.cfg.Role != Validator && req.Submitter != a.self) {
				return false, nil
			}
			if _, err := a.send(ctx, fmt.Sprintf("finalize request %d", r.ID), a.sys.AIOracle, a.oracle.PackFinalize(id), nil, 0); err != nil {
				return true, err
			}
			a.logf("request %d finalized: output %x delivered", r.ID, req.Output)
			return true, nil
		}
		if a.cfg.Role != Validator || req.Submitter == a.self || r.challenged(req.Round) {
			return false, nil
		}
		return a.challenge(ctx, r, id, req)

	case statusFinalized, statusRefunded:
		return false, a.store.update(func(t *storeTx) error {
			rec, err := t.request(r.ID)
			if err != nil || rec == nil {
				return err
			}
			rec.Done = true
			delete(a.comps, r.ID)
			return t.putRequest(rec)
		})
	}
	return false, nil
}

// challenged reports whether the agent challenged the result of round `round`.
func (r *requestRecord) challenged(round uint32) bool {
	for _, p := range r.Posted {
		if p.Challenge && p.Round == round {
			return true
		}
	}
	return false
}

// submit posts the agent's result for request r with the submitter bond.
func (a *Agent) submit(ctx context.Context, r *requestRecord, id *big.Int) (bool, error) {
	c, err := a.computation(r)
	if err != nil {
		return false, err
	}
	proof, err := c.Claim()
	if err != nil {
		return false, fmt.Errorf("agent: request %d: claim: %w", r.ID, err)
	}
	output := c.Output()
	receipt, err := a.send(ctx, fmt.Sprintf("submit request %d", r.ID), a.sys.AIOracle,
		a.oracle.PackSubmit(id, output, claimProof(proof)), a.submitterBond, 0)
	if err != nil {
		return true, err
	}
	a.logf("request %d: submitted output %x, claim %s, bond %s wei", r.ID, output, shortHash(proof.Claim), a.submitterBond)
	return true, a.handleReceipt(ctx, receipt, 0)
}

// challenge disputes the current result of request r if it differs from the agent's own, setting the game's
// start first if nobody has.
func (a *Agent) challenge(ctx context.Context, r *requestRecord, id *big.Int, req bindings.AIOracleRequest) (bool, error) {
	c, err := a.computation(r)
	if err != nil {
		return false, err
	}
	proof, err := c.Claim()
	if err != nil {
		return false, fmt.Errorf("agent: request %d: claim: %w", r.ID, err)
	}
	if proof.Claim == req.Claim {
		return false, nil // it agrees
	}
	output := c.Output()
	if bytes.Equal(output, req.Output) {
		a.logf("request %d: result of %s has my output %x but claim %s, not %s: challenging", r.ID,
			shortAddr(req.Submitter), output, shortHash(req.Claim), shortHash(proof.Claim))
	} else {
		a.logf("request %d: result of %s has output %x, mine is %x: challenging", r.ID, shortAddr(req.Submitter), req.Output, output)
	}
	var gas uint64
	acted := false
	if !req.StartSet {
		m := a.models[r.Model]
		sibs, start, err := game.StartProof(m.ELF, m.Graph, m.Info, r.Input)
		if err != nil {
			return false, fmt.Errorf("agent: request %d: start proof: %w", r.ID, err)
		}
		receipt, err := a.send(ctx, fmt.Sprintf("set the game start of request %d", r.ID), a.sys.AIOracle,
			a.oracle.PackSetGameStart(id, r.Input, sibs), nil, 0)
		if receipt != nil {
			acted = true
		}
		var re *RevertError
		switch {
		case errors.As(err, &re) && isRevert(re, "StartAlreadySet"):
			// Another challenger set it since the request was read: the start is the same for everyone.
		case err != nil:
			return acted, err
		default:
			gas = receipt.GasUsed
			a.logf("request %d: game start set (%s)", r.ID, shortHash(start))
		}
	}
	receipt, err := a.send(ctx, fmt.Sprintf("challenge request %d", r.ID), a.sys.AIOracle,
		a.oracle.PackChallenge(id, output, claimProof(proof)), a.challengerBond, 0)
	if err != nil {
		return true, err
	}
	return true, a.handleReceipt(ctx, receipt, gas+receipt.GasUsed)
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

// isRevert reports whether a revert is the custom error name.
func isRevert(re *RevertError, name string) bool {
	return len(re.Reason) > len(name) && re.Reason[:len(name)] == name && re.Reason[len(name)] == '('
}

// claimProof is the oracle's form of a claim proof.
func claimProof(c *game.ClaimProof) bindings.AIOracleClaimProof {
	return bindings.AIOracleClaimProof{Claim: c.Claim, EndState: c.EndState, Siblings: c.Siblings}
}

// registryInfo is the registry's form of a model registration.
func registryInfo(m *game.ModelInfo) bindings.ModelRegistryModelInfo {
	return bindings.ModelRegistryModelInfo{
		InputSize: m.InputSize, OutputSize: m.OutputSize,
		ProgramStateData: m.ProgramStateData, ExecutorStateData: m.ExecutorStateData,
		GraphState: m.GraphState, NodesRoot: m.NodesRoot,
		NumNodes: m.NumNodes, NumTensors: m.NumTensors, InputId: m.InputID, OutputId: m.OutputID,
	}
}

func sameInfo(a, b bindings.ModelRegistryModelInfo) bool {
	return a.InputSize == b.InputSize && a.OutputSize == b.OutputSize &&
		bytes.Equal(a.ProgramStateData, b.ProgramStateData) && bytes.Equal(a.ExecutorStateData, b.ExecutorStateData) &&
		a.GraphState == b.GraphState && a.NodesRoot == b.NodesRoot && a.NumNodes == b.NumNodes &&
		a.NumTensors == b.NumTensors && a.InputId == b.InputId && a.OutputId == b.OutputId
}

// Registered reports whether m is registered in the system's ModelRegistry with exactly m's registration; a
// different registration under m.ID is an error (an agent must not serve it: its claims would be rejected and
// its games start where it does not agree).
func Registered(ctx context.Context, c *chain.Chain, sys *contracts.System, m *Model) (bool, error) {
	if m == nil || m.Info == nil {
		return false, errors.New("agent: no model registration")
	}
	reg := bindings.NewModelRegistry()
	registered, err := chain.Call(ctx, c, sys.ModelRegistry, reg.PackRegistered(m.ID), reg.UnpackRegistered)
	if err != nil || !registered {
		return false, describeErr("model "+m.label(), err)
	}
	onChain, err := chain.Call(ctx, c, sys.ModelRegistry, reg.PackGetModel(m.ID), reg.UnpackGetModel)
	if err != nil {
		return false, describeErr("model "+m.label(), err)
	}
	if !sameInfo(onChain, registryInfo(m.Info)) {
		return false, fmt.Errorf("agent: model %s: the registration on chain differs from the model's", m.label())
	}
	return true, nil
}

// describeErr wraps a chain error with what was being done (nil stays nil).
func describeErr(what string, err error) error {
	if err == nil {
		return nil
	}
	return fmt.Errorf("agent: %s: %w", what, describe(err))
}

// Register registers m in the system's ModelRegistry, signed by c, unless it is registered already with the
// same registration (then it does nothing); a different registration under m.ID is an error.
func Register(ctx context.Context, c *chain.Chain, sys *contracts.System, m *Model) error {
	ok, err := Registered(ctx, c, sys, m)
	if err != nil || ok {
		return err
	}
	reg := bindings.NewModelRegistry()
	if _, err := c.Transact(ctx, sys.ModelRegistry, reg.PackRegister(m.ID, registryInfo(m.Info))); err != nil {
		return describeErr("register model "+m.label(), err)
	}
	return nil
}
