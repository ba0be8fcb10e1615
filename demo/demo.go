// Package demo owns `opml demo`: the whole optimistic ML oracle played out once, end to end, on a real chain —
// deploy the contracts, register MNIST, a dApp asks for a digit, a (possibly cheating) submitter answers, an
// honest validator checks it and plays the dispute game down to one instruction executed on chain, and the
// result reaches the dApp's callback. It drives the same agents `opml serve` runs, and reports what happened
// from the chain's own records (events, receipts, balances), not from what the agents believe.
package demo

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/opml-dev/opml/agent"
	"github.com/opml-dev/opml/chain"
	"github.com/opml-dev/opml/contracts"
)

// Options choose how the demo is played.
type Options struct {
	Phases int               // 1: one VM level over the whole inference; 2: graph nodes, then one node's VM steps
	K      int               // checkpoints per dissection
	Cheat  agent.Cheat       // the submitter's cheat (or the validator's false challenge)
	Image  int               // index of the MNIST test image the dApp asks about
	RPC    string            // a node's JSON-RPC URL; empty: an embedded chain
	Key    *ecdsa.PrivateKey // with RPC: the funded key that deploys and funds the parties
	Out    io.Writer         // narration (nil: none)
	// Window and Clock are the challenge window and each party's chess clock. On chains whose clock the demo
	// can move (the embedded chain, anvil) they cost no waiting.
	Window, Clock time.Duration
	// Timeout bounds the whole run.
	Timeout time.Duration
}

// DefaultOptions is an honest validator against a submitter that lies about the output, single-phase, k = 3.
func DefaultOptions() Options {
	return Options{Phases: 1, K: 3, Cheat: agent.Cheat{Mode: agent.CheatOutput}, Image: 0,
		Window: 5 * time.Minute, Clock: 10 * time.Minute, Timeout: 10 * time.Minute}
}

// Summary is what happened, as the chain records it (the `--json` object of `opml demo`).
type Summary struct {
	Phases          int     `json:"phases"`
	K               int     `json:"k"`
	Cheat           string  `json:"cheat"`
	Image           int     `json:"image"`
	Label           int     `json:"label"`
	RequestID       uint64  `json:"request_id"`
	Disputed        bool    `json:"disputed"`
	Winner          string  `json:"winner"` // "submitter" or "validator": whose result the dApp got
	CheaterSlashed  bool    `json:"cheater_slashed"`
	ResultDelivered bool    `json:"result_delivered"`
	CorrectResult   int     `json:"correct_result"`
	DeliveredResult int     `json:"delivered_result"`
	Rounds          int     `json:"rounds"`
	VMSteps         uint64  `json:"vm_steps"`
	GasUsed         uint64  `json:"gas_used"`
	DisputeGas      uint64  `json:"dispute_gas"`
	Moves           int     `json:"moves"`
	MaxMoveGas      uint64  `json:"max_move_gas"`
	WallSeconds     float64 `json:"wall_seconds"`
	// MoveGas is the dispute's gas by kind of transaction (challenge, setGameStart, dissect, choose, handoff,
	// proveStep, timeout).
	MoveGas map[string]*MoveGas `json:"move_gas,omitempty"`
	// Money, in wei: each party's balance change over the demo with the gas it paid added back (what the
	// oracle paid it or took from it), and what the oracle still holds at the end.
	SubmitterNet   *big.Int `json:"submitter_net_wei"`
	ValidatorNet   *big.Int `json:"validator_net_wei"`
	RequesterNet   *big.Int `json:"requester_net_wei"`
	OracleBalance  *big.Int `json:"oracle_balance_wei"`
	Fee            *big.Int `json:"fee_wei"`
	SubmitterBond  *big.Int `json:"submitter_bond_wei"`
	ChallengerBond *big.Int `json:"challenger_bond_wei"`
}

// MoveGas sums the gas of one kind of dispute transaction.
type MoveGas struct {
	Count int    `json:"count"`
	Total uint64 `json:"total"`
	Max   uint64 `json:"max"`
}

// Run plays the demo once and returns its summary.
func Run(ctx context.Context, o Options) (*Summary, error) {
	if o.Phases != 1 && o.Phases != 2 {
		return nil, fmt.Errorf("demo: --phases %d (want 1 or 2)", o.Phases)
	}
	if o.K < 1 || o.K > 64 {
		return nil, fmt.Errorf("demo: --k %d (want 1..64)", o.K)
	}
	if o.Out == nil {
		o.Out = io.Discard
	}
	if o.Timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, o.Timeout)
		defer cancel()
	}
	start := time.Now()
	d := &run{o: o, say: func(who, format string, args ...any) {
		fmt.Fprintf(o.Out, "%-10s %s\n", "["+who+"]", fmt.Sprintf(format, args...))
	}}
	defer d.close()
	if err := d.setUp(ctx); err != nil {
		return nil, err
	}
	if err := d.play(ctx); err != nil {
		return nil, err
	}
	s, err := d.summarize(ctx)
	if err != nil {
		return nil, err
	}
	s.WallSeconds = time.Since(start).Seconds()
	return s, nil
}

// run is one demo in progress.
type run struct {
	o      Options
	say    func(who, format string, args ...any)
	base   *chain.Chain // the deployer
	sys    *contracts.System
	params contracts.SystemParams
	model  *agent.Model
	keys   struct{ submitter, validator, user *ecdsa.PrivateKey }
	agents []*agent.Agent
	roles  []string
	dir    string
	// what the run set up
	firstBlock uint64
	before     map[common.Address]*big.Int // balances at firstBlock
	requestID  *big.Int
	label      int
	correct    int
	canAdvance bool
}

func (d *run) close() {
	for _, a := range d.agents {
		a.Close()
	}
	if d.base != nil {
		d.base.Close()
	}
	if d.dir != "" {
		os.RemoveAll(d.dir)
	}
}

// setUp connects (or starts) the chain, funds the parties, deploys and registers, and starts the agents.
func (d *run) setUp(ctx context.Context) error {
	var err error
	if d.o.RPC == "" {
		d.base, err = chain.NewEmbedded()
		if err != nil {
			return err
		}
		keys := chain.DevKeys()
		d.keys.submitter, d.keys.validator, d.keys.user = keys[1], keys[2], keys[3]
		d.say("chain", "embedded go-ethereum chain (simulated backend, chain id %v)", d.base.ChainID())
	} else {
		if d.o.Key == nil {
			return errors.New("demo: --rpc needs --key (a funded account's private key)")
		}
		d.base, err = chain.Dial(ctx, d.o.RPC, d.o.Key)
		if err != nil {
			return err
		}
		d.say("chain", "%s (chain id %v), deployer %s", d.o.RPC, d.base.ChainID(), d.base.From())
		if err := d.fundParties(ctx); err != nil {
			return err
		}
	}
	params := contracts.DefaultSystemParams()
	params.K, params.Clock, params.ChallengeWindow = d.o.K, d.o.Clock, d.o.Window
	params.DigitModel = ModelID(d.o.Phases)
	d.params = params
	d.sys, err = contracts.DeploySystem(ctx, d.base, params)
	if err != nil {
		return err
	}
	d.say("chain", "deployed MIPS %s, DisputeGame %s (k=%d, clocks %v), AIOracle %s (window %v), DigitConsumer %s",
		short(d.sys.MIPS), short(d.sys.DisputeGame), d.o.K, d.o.Clock, short(d.sys.AIOracle), d.o.Window, short(d.sys.DigitConsumer))
	d.model, err = MNISTModel(d.o.Phases)
	if err != nil {
		return err
	}
	if err := agent.Register(ctx, d.base, d.sys, d.model); err != nil {
		return err
	}
	if d.o.Phases == 1 {
		d.say("registry", "%s registered single-phase: the whole inference is one VM run of the executor (state %s)",
			d.model.Name, shortHash(d.model.Info.ProgramStateData))
	} else {
		d.say("registry", "%s registered two-phase: %d graph nodes (nodes root %x…), each one VM run of the executor",
			d.model.Name, d.model.Info.NumNodes, d.model.Info.NodesRoot[:4])
	}
	d.dir, err = os.MkdirTemp("", "opml-demo-")
	if err != nil {
		return err
	}
	submitterCheat, validatorCheat := d.o.Cheat, agent.Cheat{}
	if d.o.Cheat.Mode == agent.CheatFalseChallenge {
		submitterCheat, validatorCheat = agent.Cheat{}, d.o.Cheat
	}
	for _, p := range []struct {
		name  string
		role  agent.Role
		key   *ecdsa.PrivateKey
		cheat agent.Cheat
	}{{"submitter", agent.Submitter, d.keys.submitter, submitterCheat}, {"validator", agent.Validator, d.keys.validator, validatorCheat}} {
		name := p.name
		a, err := agent.New(agent.Config{
			Chain: d.base.As(p.key), System: d.sys, Role: p.role, Models: []*agent.Model{d.model},
			DBPath: filepath.Join(d.dir, name+".db"), Cheat: p.cheat,
			Logf: func(format string, args ...any) { d.say(name, format, args...) },
		})
		if err != nil {
			return err
		}
		d.agents = append(d.agents, a)
		d.roles = append(d.roles, name)
		honesty := "honest"
		if p.cheat.Mode != "" {
			honesty = "cheating: " + p.cheat.String()
		}
		d.say(name, "%s, %s", crypto.PubkeyToAddress(p.key.PublicKey), honesty)
	}
	return nil
}

// fundParties gives three fresh accounts, derived from the deployer's key, enough ether to play.
func (d *run) fundParties(ctx context.Context) error {
	seed := crypto.FromECDSA(d.o.Key)
	derive := func(role string) (*ecdsa.PrivateKey, error) {
		return crypto.ToECDSA(crypto.Keccak256(seed, []byte("opml demo "+role)))
	}
	var err error
	for _, k := range []struct {
		dst  **ecdsa.PrivateKey
		role string
	}{{&d.keys.submitter, "submitter"}, {&d.keys.validator, "validator"}, {&d.keys.user, "user"}} {
		if *k.dst, err = derive(k.role); err != nil {
			return err
		}
		to := crypto.PubkeyToAddress((*k.dst).PublicKey)
		if _, err := d.base.TransactValue(ctx, to, nil, ether(1)); err != nil {
			return fmt.Errorf("demo: fund the %s: %w", k.role, err)
		}
	}
	return nil
}

func ether(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }
