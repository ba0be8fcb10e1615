package contracts

import (
	"context"
	"fmt"
	"math/big"
	"time"

	bind "github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/opml-dev/opml/chain"
	"github.com/opml-dev/opml/contracts/bindings"
)

// SystemParams are the economic and game settings of a deployment of the whole oracle.
type SystemParams struct {
	K                int           // checkpoints per dissection move
	Clock            time.Duration // each party's chess clock in a game (and the backing window)
	MinFee           *big.Int      // wei a request must pay at least
	CallbackGasPrice *big.Int      // wei a request pays per gas of its callback, on top of MinFee
	EntryBond        *big.Int      // wei every entry (a result, competing or backing) must be bonded with
	ChallengeWindow  time.Duration // how long after the first entry new claims may be posted
	SubmissionWindow time.Duration // how long a request waits for a first entry
	// DigitModel is the model id the example dApp asks (ModelID of a registration; it need not be registered
	// yet); nil deploys no example dApp.
	DigitModel *big.Int
}

// DefaultSystemParams are minutes-scale windows and clocks and small bonds, for development chains.
func DefaultSystemParams() SystemParams {
	eth := func(milli int64) *big.Int { return new(big.Int).Mul(big.NewInt(milli), big.NewInt(1e15)) }
	return SystemParams{K: 3, Clock: 5 * time.Minute, MinFee: eth(1), CallbackGasPrice: big.NewInt(1_000_000_000),
		EntryBond: eth(100), ChallengeWindow: 5 * time.Minute, SubmissionWindow: time.Hour}
}

// FinalityBound is the longest a request can take from its first entry to being finalizable when one honest
// party plays (docs/security.md, "Finality"): the challenge window, the backing window (one clock) and one game
// (two clocks), plus the blocks of the honest party's transactions, which the bound leaves out.
func (p SystemParams) FinalityBound() time.Duration { return p.ChallengeWindow + 3*p.Clock }

// System is the oracle's contracts as deployed on one chain.
type System struct {
	PreimageOracle, MIPS, DisputeGame, ModelRegistry, AIOracle, DigitConsumer common.Address
}

// Oracle, Game, Registry and Consumer are typed clients of the system's contracts, calling through c.
func (s *System) Oracle(c *chain.Chain) *Oracle          { return NewOracle(c, s.AIOracle) }
func (s *System) Game(c *chain.Chain) *Game              { return NewGame(c, s.DisputeGame) }
func (s *System) Registry(c *chain.Chain) *Registry      { return NewRegistry(c, s.ModelRegistry) }
func (s *System) Consumer(c *chain.Chain) *DigitConsumer { return NewDigitConsumer(c, s.DigitConsumer) }

// DeploySystem deploys every contract of the optimistic ML oracle, wired together, signed by c's account.
func DeploySystem(ctx context.Context, c *chain.Chain, p SystemParams) (*System, error) {
	if p.K < 1 || p.Clock < time.Second || p.ChallengeWindow < time.Second || p.SubmissionWindow < time.Second {
		return nil, fmt.Errorf("contracts: system parameters out of range: k %d, clock %v, challenge window %v, submission window %v (want k ≥ 1 and whole seconds ≥ 1s)",
			p.K, p.Clock, p.ChallengeWindow, p.SubmissionWindow)
	}
	d, err := Deploy(ctx, c)
	if err != nil {
		return nil, err
	}
	s := &System{PreimageOracle: d.Oracle, MIPS: d.MIPS}
	steps := []struct {
		name string
		addr *common.Address
		args func() []byte // constructor arguments; a function because they name contracts deployed before
		bin  string
	}{
		{"ModelRegistry", &s.ModelRegistry, func() []byte { return nil }, bindings.ModelRegistryMetaData.Bin},
		{"DisputeGame", &s.DisputeGame, func() []byte {
			return bindings.NewDisputeGame().PackConstructor(s.MIPS, s.ModelRegistry, big.NewInt(int64(p.K)), uint64(p.Clock/time.Second))
		}, bindings.DisputeGameMetaData.Bin},
		{"AIOracle", &s.AIOracle, func() []byte {
			return bindings.NewAIOracle().PackConstructor(s.ModelRegistry, s.DisputeGame, p.MinFee, p.CallbackGasPrice, p.EntryBond,
				uint64(p.ChallengeWindow/time.Second), uint64(p.SubmissionWindow/time.Second))
		}, bindings.AIOracleMetaData.Bin},
		{"DigitConsumer", &s.DigitConsumer, func() []byte {
			return bindings.NewDigitConsumer().PackConstructor(s.AIOracle, p.DigitModel)
		}, bindings.DigitConsumerMetaData.Bin},
	}
	if p.DigitModel == nil {
		steps = steps[:len(steps)-1]
	}
	for _, st := range steps {
		addr, _, err := c.Deploy(ctx, &bind.MetaData{Bin: st.bin}, st.args())
		if err != nil {
			return nil, fmt.Errorf("deploy %s: %w", st.name, err)
		}
		*st.addr = addr
	}
	return s, nil
}

// SystemAt finds the contracts of a deployment from its AIOracle's address (the oracle knows its registry and
// game, the game its verifier, the verifier its preimage oracle). The example dApp is not part of it.
func SystemAt(ctx context.Context, c *chain.Chain, oracle common.Address) (*System, error) {
	s := &System{AIOracle: oracle}
	o, g, m := bindings.NewAIOracle(), bindings.NewDisputeGame(), bindings.NewMIPS()
	var err error
	if s.ModelRegistry, err = chain.Call(ctx, c, oracle, o.PackRegistry(), o.UnpackRegistry); err != nil {
		return nil, fmt.Errorf("contracts: no AIOracle at %s: %w", oracle, err)
	}
	if s.DisputeGame, err = chain.Call(ctx, c, oracle, o.PackGame(), o.UnpackGame); err != nil {
		return nil, err
	}
	if s.MIPS, err = chain.Call(ctx, c, s.DisputeGame, g.PackMips(), g.UnpackMips); err != nil {
		return nil, err
	}
	if s.PreimageOracle, err = chain.Call(ctx, c, s.MIPS, m.PackOracle(), m.UnpackOracle); err != nil {
		return nil, err
	}
	return s, nil
}
