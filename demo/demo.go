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
	"github.com/opml-dev/opml/models/llama"
	"github.com/opml-dev/opml/models/load"
	"github.com/opml-dev/opml/tensor"
)

// Options choose how the demo is played.
type Options struct {
	Phases int         // 1: one VM level over the whole inference; 2: graph nodes, then one node's VM steps
	K      int         // checkpoints per dissection
	Cheat  agent.Cheat // the submitter's cheat, the validator's false challenge, or a third party's attack
	Image  int         // index of the MNIST test image the dApp asks about
	// TileSteps is, with two phases, the VM step budget of one node run of the registration: a node whose run is
	// estimated longer is played as tiles (0: game.DefaultTileSteps, under which MNIST has no tiled node).
	TileSteps uint64
	RPC       string            // a node's JSON-RPC URL; empty: an embedded chain
	Key       *ecdsa.PrivateKey // with RPC: the funded key that deploys and funds the parties
	Out       io.Writer         // narration (nil: none)
	// Window and Clock are the challenge window and each party's chess clock. On chains whose clock the demo
	// can move (the embedded chain, anvil) they cost no waiting.
	Window, Clock time.Duration
	// Timeout bounds the whole run.
	Timeout time.Duration
	// Model, if set, is played instead of the shipped MNIST model: its request is Inputs (by input name) or, for
	// a LLaMA model opened with a prompt, a generation after Prompt (the model's Prompt tokens) that picks its
	// tokens with Sampler (the zero value: greedy); the dApp is a TensorConsumer. Image is then unused.
	Model   *load.Model
	Inputs  map[string]*tensor.Tensor
	Prompt  string
	Sampler llama.Sampler
	// FeeCaps bound what every party's transactions pay per gas (none: the node's suggestion).
	FeeCaps chain.FeeCaps
}

// DefaultOptions is an honest validator against a submitter that lies about the output, single-phase, k = 3.
func DefaultOptions() Options {
	return Options{Phases: 1, K: 3, Cheat: agent.Cheat{Mode: agent.CheatOutput}, Image: 0,
		Window: 5 * time.Minute, Clock: 10 * time.Minute, Timeout: 10 * time.Minute}
}

// Wei is an amount of wei that JSON writes as a decimal string: JSON numbers lose precision past 2^53.
type Wei struct{ *big.Int }

// MarshalJSON writes the amount as a quoted decimal.
func (w Wei) MarshalJSON() ([]byte, error) {
	if w.Int == nil {
		return []byte(`"0"`), nil
	}
	return []byte(`"` + w.String() + `"`), nil
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
	Winner          string  `json:"winner"` // the party whose entry was paid the fee: the one whose result the dApp got
	CheaterSlashed  bool    `json:"cheater_slashed"`
	ResultDelivered bool    `json:"result_delivered"`
	CorrectResult   int     `json:"correct_result"`
	DeliveredResult int     `json:"delivered_result"`
	Entries         int     `json:"entries"`
	Games           int     `json:"games"`
	Rounds          int     `json:"rounds"`
	VMSteps         uint64  `json:"vm_steps"`
	GasUsed         uint64  `json:"gas_used"`
	DisputeGas      uint64  `json:"dispute_gas"`
	Moves           int     `json:"moves"`
	MaxMoveGas      uint64  `json:"max_move_gas"`
	WallSeconds     float64 `json:"wall_seconds"`
	// FinalizedAfterSeconds is the chain time from the first entry to finalization; FinalityBoundSeconds the
	// most it may take with one honest party (docs/security.md, "Finality": window + 3·clock, plus the blocks of
	// the honest party's transactions).
	FinalizedAfterSeconds uint64 `json:"finalized_at_seconds"`
	FinalityBoundSeconds  uint64 `json:"finality_bound_seconds"`
	// MoveGas is the dispute's gas by kind of transaction (setGameStart, dispute, dissect, choose, handoff, tileHandoff,
	// proveStep, timeout, loadLocalData).
	MoveGas map[string]*MoveGas `json:"move_gas,omitempty"`
	// OracleGas is the gas of the request's other transactions by kind (ask, commit, reveal, finalize,
	// releaseBond, withdraw): what every request costs, disputed or not.
	OracleGas map[string]*MoveGas `json:"oracle_gas,omitempty"`
	// Net is each party's balance change over the demo with the gas it paid added back (what the oracle paid it
	// or took from it), by role: submitter, validator, requester, and the cheater's extra accounts (sock,
	// copier) when there are any.
	Net map[string]Wei `json:"net_wei"`
	// The oracle's books at the end: what it holds (only what was burned, once everyone has withdrawn).
	OracleBalance Wei `json:"oracle_balance_wei"`
	Burned        Wei `json:"burned_wei"`
	Fee           Wei `json:"fee_wei"`
	Bond          Wei `json:"bond_wei"`
	// DeliveredCorrect is whether the dApp got the honest output.
	DeliveredCorrect bool `json:"delivered_correct"`
	// Model, ModelID and Outputs describe a model other than the shipped MNIST (Options.Model): its name, id,
	// and each output the dApp got (its name, dtype, shape and commitment). Tokens and Text are a LLaMA
	// generation's delivered tokens after the prompt and their text.
	Model   string          `json:"model,omitempty"`
	ModelID string          `json:"model_id,omitempty"`
	Outputs []OutputSummary `json:"outputs,omitempty"`
	Tokens  []int32         `json:"tokens,omitempty"`
	Text    string          `json:"text,omitempty"`
	// PhaseSeconds is the wall time of each phase of the demo: setup (chain, contracts, registration, agents),
	// reference (the native run the narration compares with), play (from the request to the last withdrawal),
	// summary (reading the chain's records). PeakRSS is the process's peak resident memory (set by the caller,
	// which knows what else the process did).
	PhaseSeconds map[string]float64 `json:"phase_seconds"`
	PeakRSS      int64              `json:"peak_rss_bytes,omitempty"`
}

// MoveGas sums the gas of one kind of transaction.
type MoveGas struct {
	Count int    `json:"count"`
	Total uint64 `json:"total"`
	Max   uint64 `json:"max"`
}

// add counts one transaction of kind with gas in m.
func addGas(m map[string]*MoveGas, kind string, gas uint64) {
	mg := m[kind]
	if mg == nil {
		mg = &MoveGas{}
		m[kind] = mg
	}
	mg.Count++
	mg.Total += gas
	mg.Max = max(mg.Max, gas)
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
	d := &run{o: o, keys: map[string]*ecdsa.PrivateKey{}, phases: map[string]float64{}, say: func(who, format string, args ...any) {
		fmt.Fprintf(o.Out, "%-10s %s\n", "["+who+"]", fmt.Sprintf(format, args...))
	}}
	defer d.close()
	if err := d.setUp(ctx); err != nil {
		return nil, err
	}
	d.phases["setup"] = time.Since(start).Seconds()
	t := time.Now()
	if err := d.play(ctx); err != nil {
		return nil, err
	}
	d.phases["play"] = time.Since(t).Seconds() - d.phases["reference"]
	t = time.Now()
	s, err := d.summarize(ctx)
	if err != nil {
		return nil, err
	}
	d.phases["summary"] = time.Since(t).Seconds()
	s.PhaseSeconds = d.phases
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
	keys   map[string]*ecdsa.PrivateKey // by role: submitter, validator, requester, sock, copier
	agents []*agent.Agent
	roles  []string
	copier *copier
	dir    string
	phases map[string]float64 // seconds by phase of the demo
	// A model other than MNIST: its request, and the TensorConsumer that asks it. dapp is the asking contract.
	req     *request
	tensors *contracts.TensorConsumer
	dapp    common.Address
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

// roles are the parties of the demo: the three that every demo has, and the cheater's extra account.
func (d *run) parties() []string {
	out := []string{"submitter", "validator", "requester"}
	switch d.o.Cheat.Mode {
	case agent.CheatSockPuppet:
		out = append(out, "sock")
	case agent.CheatCopySubmit:
		out = append(out, "copier")
	}
	return out
}

func (d *run) addr(role string) common.Address { return crypto.PubkeyToAddress(d.keys[role].PublicKey) }

// setUp connects (or starts) the chain, funds the parties, deploys and registers, and starts the agents.
func (d *run) setUp(ctx context.Context) error {
	var err error
	if d.o.RPC == "" {
		if d.base, err = chain.NewEmbedded(); err != nil {
			return err
		}
		d.say("chain", "embedded go-ethereum chain (simulated backend, chain id %v)", d.base.ChainID())
	} else {
		if d.o.Key == nil {
			return errors.New("demo: --rpc needs --key (a funded account's private key)")
		}
		if d.base, err = chain.Dial(ctx, d.o.RPC, d.o.Key); err != nil {
			return err
		}
		d.say("chain", "%s (chain id %v), deployer %s", d.o.RPC, d.base.ChainID(), d.base.From())
	}
	d.base.SetFeeCaps(d.o.FeeCaps) // shared by the parties' Chains (As)
	if err := d.fundParties(ctx); err != nil {
		return err
	}
	switch {
	case d.o.Model != nil:
		d.model, err = ServedModel(d.o.Model, d.o.Phases)
		if err == nil && d.o.TileSteps != 0 && d.o.Phases == 2 {
			d.model, err = TiledModel(d.model, d.o.TileSteps)
		}
	case d.o.TileSteps != 0 && d.o.Phases == 2:
		d.model, err = TiledMNISTModel(d.o.TileSteps)
	default:
		d.model, err = MNISTModel(d.o.Phases)
	}
	if err != nil {
		return err
	}
	params := contracts.DefaultSystemParams()
	params.K, params.Clock, params.ChallengeWindow = d.o.K, d.o.Clock, d.o.Window
	if d.o.Model == nil {
		params.DigitModel = d.model.ID()
	}
	d.params = params
	if d.sys, err = contracts.DeploySystem(ctx, d.base, params); err != nil {
		return err
	}
	d.say("chain", "deployed MIPS %s, DisputeGame %s (k=%d, clocks %v), AIOracle %s (window %v, backing window %v, bond %s ETH), DigitConsumer %s",
		short(d.sys.MIPS), short(d.sys.DisputeGame), d.o.K, d.o.Clock, short(d.sys.AIOracle), d.o.Window, d.o.Clock,
		eth(params.EntryBond), short(d.sys.DigitConsumer))
	if err := agent.Register(ctx, d.base, d.sys, d.model); err != nil {
		return err
	}
	id := contracts.ShortID(d.model.ID())
	if d.o.Phases == 1 {
		d.say("registry", "%s registered single-phase as model %s (the hash of its registration): the whole inference is one VM run of the executor",
			d.model.Name, id)
	} else {
		d.say("registry", "%s registered two-phase as model %s (the hash of its registration): %d graph nodes (nodes root %x…), each one VM run of the executor",
			d.model.Name, id, d.model.Info.NumNodes, d.model.Info.NodesRoot[:4])
	}
	if d.dir, err = os.MkdirTemp("", "opml-demo-"); err != nil {
		return err
	}
	submitterCheat, validatorCheat := d.o.Cheat, agent.Cheat{}
	switch d.o.Cheat.Mode {
	case agent.CheatFalseChallenge:
		submitterCheat, validatorCheat = agent.Cheat{}, d.o.Cheat
	case agent.CheatCopySubmit:
		submitterCheat = agent.Cheat{}
		d.copier = &copier{d: d, chain: d.base.As(d.keys["copier"])}
	case agent.CheatSockPuppet:
		submitterCheat.Partner = d.addr("sock")
	}
	type party struct {
		name  string
		role  agent.Role
		cheat agent.Cheat
	}
	parties := []party{{"submitter", agent.Submitter, submitterCheat}, {"validator", agent.Validator, validatorCheat}}
	if d.o.Cheat.Mode == agent.CheatSockPuppet {
		parties = append(parties, party{"sock", agent.Submitter, agent.Cheat{Mode: agent.CheatSock, Partner: d.addr("submitter")}})
	}
	for _, p := range parties {
		name := p.name
		cfg := agent.Config{
			Chain: d.base.As(d.keys[name]), System: d.sys, Role: p.role, Models: []*agent.Model{d.model},
			DBPath: filepath.Join(d.dir, name+".db"), Cheat: p.cheat,
			Logf: func(format string, args ...any) { d.say(name, format, args...) },
		}
		if name == "submitter" && d.copier != nil {
			cfg.OnSend = d.copier.frontRun
		}
		a, err := agent.New(cfg)
		if err != nil {
			return err
		}
		d.agents = append(d.agents, a)
		d.roles = append(d.roles, name)
		honesty := "honest"
		if p.cheat.Mode != "" {
			honesty = "cheating: " + p.cheat.String()
		}
		d.say(name, "%s, %s", d.addr(name), honesty)
	}
	if d.copier != nil {
		d.say("copier", "%s, cheating: copies the submitter's transactions from the mempool and sends them first", d.addr("copier"))
	}
	return nil
}

// fundParties gives each party a fresh account derived from the deployer's key (or the embedded chain's dev
// keys) with enough ether to play.
func (d *run) fundParties(ctx context.Context) error {
	if d.o.RPC == "" {
		keys := chain.DevKeys()
		d.keys["submitter"], d.keys["validator"], d.keys["requester"] = keys[1], keys[2], keys[3]
	}
	seed := crypto.Keccak256([]byte("opml demo"), d.base.From().Bytes())
	if d.o.Key != nil {
		seed = crypto.FromECDSA(d.o.Key)
	}
	for _, role := range d.parties() {
		if d.keys[role] != nil {
			continue
		}
		k, err := crypto.ToECDSA(crypto.Keccak256(seed, []byte("opml demo "+role)))
		if err != nil {
			return err
		}
		d.keys[role] = k
		if _, err := d.base.TransactValue(ctx, d.addr(role), nil, ether(1)); err != nil {
			return fmt.Errorf("demo: fund the %s: %w", role, err)
		}
	}
	return nil
}

func ether(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }
