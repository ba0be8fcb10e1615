// Package agent owns the automatic parties of the optimistic ML oracle: a submitter that answers inference
// requests for the models it serves, posting each result with a bond, and a validator that recomputes every
// posted result and, where one differs from its own, posts its own and disputes the others. Both play the dispute games they are a party
// to (docs/game.md) move by move: dissections, choices, the phase handoff and the final one-step proof, or a
// timeout when the other party's clock has run out. They finalize results whose challenge window has passed and
// withdraw what the oracle owes them.
//
// An Agent works in passes (Step): it reads the oracle's events since the last block it scanned, then acts on
// everything that is due, reading the current state of every request and game it tracks from the chain. What the
// chain cannot tell it (how far it scanned, request inputs, the games it is in and the computation it plays in
// each) is kept in a bbolt database, so an agent killed at any moment resumes every open game when it is started
// again on the same database.
//
// A Cheat makes an agent dishonest, to demonstrate that an honest party wins against it.
package agent

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/opml-dev/opml/chain"
	"github.com/opml-dev/opml/contracts"
	"github.com/opml-dev/opml/game"
	"github.com/opml-dev/opml/graph"
	"github.com/opml-dev/opml/models/executor/host"
)

// Role is what an agent does with requests.
type Role int

const (
	// Submitter answers requests for the models it serves.
	Submitter Role = iota + 1
	// Validator recomputes posted results and, when one differs from its own, posts its own and disputes it.
	Validator
)

func (r Role) String() string {
	switch r {
	case Submitter:
		return "submitter"
	case Validator:
		return "validator"
	}
	return fmt.Sprintf("Role(%d)", int(r))
}

// Model is a model an agent serves: the graph and executor image it computes with, and the registration
// (which must be registered on chain; its id is the registration's hash).
type Model struct {
	Name     string
	Graph    *graph.Graph
	Executor *host.Image
	Info     *game.ModelInfo
	// Describe, if set, says what an output means in narration (say, "digit 7").
	Describe func(output []byte) string
	// Weights, if set, are the commitments of Graph's weights by tensor id (a big model's, from its commitments
	// cache), so that computing a request does not hash the weights again.
	Weights []game.Hash
}

// describe says what an output is, for narration: Describe's words, or the bytes in hex; "the run failed" for
// none.
func (m *Model) describe(output []byte) string {
	switch {
	case output == nil:
		return "the run failed (no output)"
	case m.Describe != nil:
		return m.Describe(output)
	}
	return fmt.Sprintf("output %x", output)
}

// ID is the model's id: the hash of its registration (contracts.ModelID).
func (m *Model) ID() *big.Int { return contracts.ModelID(m.Info) }

// Config is an agent's set-up.
type Config struct {
	// Chain signs as the agent.
	Chain  *chain.Chain
	System *contracts.System
	Role   Role
	Models []*Model
	// DBPath is the agent's bbolt database (created if missing).
	DBPath string
	// FromBlock is where an agent with a new database starts reading the oracle's events (0: genesis); set it
	// to the oracle's deployment block on a long chain.
	FromBlock uint64
	// Confirmations is how deep below the chain's head a block must be before the agent acts on its events
	// (0: at once). A reorganisation deeper than that is still noticed (the hashes of scanned blocks are kept)
	// and undone.
	Confirmations uint64
	Cheat         Cheat
	// Logf narrates what the agent does; nil is silent. Log, if set, is used instead: narration at info, a
	// failing pass at warn (with backoff, so a node that is down does not fill the log).
	Logf func(format string, args ...any)
	Log  *slog.Logger
	// Resync starts the database over: what it holds (of another chain, say) is forgotten and the oracle's events
	// are read again from FromBlock.
	Resync bool
	// OnSend, if set, sees every transaction the agent is about to send, before it is sent: what a watcher of
	// the mempool sees (the demo's front-runner uses it).
	OnSend func(tx contracts.Tx)
}

// Agent is one automatic party. Its methods may be called from several goroutines.
type Agent struct {
	cfg    Config
	chain  *chain.Chain
	client chain.Client
	sys    *contracts.System
	self   common.Address
	models map[string]*Model // by id in decimal
	store  *store

	oracle *contracts.Oracle
	game   *contracts.Game
	params *contracts.OracleParams
	k      int

	mu    sync.Mutex
	comps map[uint64]*game.Computation // by request id: the computation the agent posts and plays

	health health          // how Run's passes went, for monitoring
	said   map[string]bool // narration said once (logOnce), by key
}

// setupTimeout bounds the chain reads New makes.
const setupTimeout = 30 * time.Second

// New checks cfg against the chain (every model must be registered) and opens the agent's database.
func New(cfg Config) (*Agent, error) {
	switch {
	case cfg.Chain == nil:
		return nil, errors.New("agent: no chain")
	case cfg.System == nil:
		return nil, errors.New("agent: no system addresses")
	case cfg.Role != Submitter && cfg.Role != Validator:
		return nil, fmt.Errorf("agent: unknown role %d", int(cfg.Role))
	case len(cfg.Models) == 0:
		return nil, errors.New("agent: no models to serve")
	case cfg.DBPath == "":
		return nil, errors.New("agent: no database path")
	}
	if err := cfg.Cheat.check(cfg.Role); err != nil {
		return nil, err
	}
	a := &Agent{
		cfg:    cfg,
		chain:  cfg.Chain,
		client: cfg.Chain.Client(),
		sys:    cfg.System,
		self:   cfg.Chain.From(),
		models: make(map[string]*Model, len(cfg.Models)),
		oracle: cfg.System.Oracle(cfg.Chain),
		game:   cfg.System.Game(cfg.Chain),
		comps:  make(map[uint64]*game.Computation),
	}
	ctx, cancel := context.WithTimeout(context.Background(), setupTimeout)
	defer cancel()
	for _, m := range cfg.Models {
		if err := a.checkModel(ctx, m); err != nil {
			return nil, err
		}
		if cfg.Cheat.Mode == CheatNode && m.Info.Phases() == 2 && uint64(cfg.Cheat.Node) >= uint64(m.Info.NumNodes) {
			return nil, fmt.Errorf("agent: cheat %s: model %s has %d nodes", cfg.Cheat, m.label(), m.Info.NumNodes)
		}
		a.models[m.ID().String()] = m
	}
	var err error
	if a.k, err = a.game.K(ctx); err != nil {
		return nil, fmt.Errorf("agent: read the game's k: %w", err)
	}
	if a.k < 1 || a.k > 64 {
		return nil, fmt.Errorf("agent: the game's k is %d", a.k)
	}
	if a.params, err = a.oracle.Params(ctx); err != nil {
		return nil, fmt.Errorf("agent: read the oracle's settings: %w", err)
	}
	a.store, err = openStore(cfg.DBPath, identity{Account: a.self, Oracle: a.sys.AIOracle, ChainID: a.chain.ChainID().String()}, cfg.Resync)
	if err != nil {
		return nil, err
	}
	if err := a.bindChain(ctx); err != nil {
		a.store.close()
		return nil, err
	}
	if err := a.logResume(ctx); err != nil {
		a.store.close()
		return nil, err
	}
	return a, nil
}

// checkModel refuses a model that is not registered: the agent would watch for requests that cannot come.
func (a *Agent) checkModel(ctx context.Context, m *Model) error {
	if m == nil || m.Graph == nil || m.Executor == nil || m.Info == nil {
		return errors.New("agent: a model needs a graph, an executor image and its registration")
	}
	if p := m.Info.Phases(); p != 1 && p != 2 {
		return fmt.Errorf("agent: model %s: the registration is neither single- nor multi-phase", m.label())
	}
	if _, dup := a.models[m.ID().String()]; dup {
		return fmt.Errorf("agent: model %s given twice", m.label())
	}
	ok, err := Registered(ctx, a.chain, a.sys, m)
	if err != nil {
		return err
	}
	if !ok {
		return fmt.Errorf("agent: model %s is not registered", m.label())
	}
	return nil
}

// name is how narration calls the model.
func (m *Model) name() string {
	if m.Name != "" {
		return m.Name
	}
	return contracts.ShortID(m.ID())
}

// label names the model and its id, for errors.
func (m *Model) label() string {
	if m.Name != "" {
		return fmt.Sprintf("%q (%s)", m.Name, contracts.ShortID(m.ID()))
	}
	return contracts.ShortID(m.ID())
}

// Close closes the agent's database. The chain is the caller's to close.
func (a *Agent) Close() error {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.store == nil {
		return nil
	}
	err := a.store.close()
	a.store = nil
	return err
}

// Run calls Step until ctx is done, at once again after a pass that sent a transaction, else after poll.
// Errors of a pass (an RPC that failed, a transaction that reverted) are logged and the work is retried, after
// waits that double up to maxBackoff while passes keep failing; an error like the last one is logged at debug
// level only, so a node that is down gives one warning, not a line per poll. It returns nil when ctx is done.
func (a *Agent) Run(ctx context.Context, poll time.Duration) error {
	if poll <= 0 {
		return fmt.Errorf("agent: poll interval %v must be positive", poll)
	}
	backoff := chain.Backoff{Min: poll, Max: max(poll, maxBackoff)}
	last := ""
	for {
		acted, err := a.Step(ctx)
		if ctx.Err() != nil {
			return nil
		}
		a.health.pass(err)
		wait := poll
		if err != nil {
			wait = backoff.Next()
			if msg := err.Error(); msg != last {
				a.warn("a pass failed; retrying", err, wait)
				last = msg
			} else if a.cfg.Log != nil {
				a.cfg.Log.Debug("the pass failed again", "err", err.Error(), "retry_in", wait.String())
			}
		} else {
			if last != "" {
				a.logf("passes succeed again")
			}
			backoff.Reset()
			last = ""
			if acted {
				continue
			}
		}
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(wait):
		}
	}
}

// maxBackoff bounds Run's wait between failing passes.
const maxBackoff = time.Minute

// Step makes one pass: it reads the oracle's events since the last block scanned, then acts on every request
// and game the agent tracks (submitting, challenging, moving, timing out, finalizing) and withdraws what it is
// owed. It reports whether it sent a transaction. An error on one request or game does not stop the others; the
// errors are returned together.
func (a *Agent) Step(ctx context.Context) (acted bool, err error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.store == nil {
		return false, errors.New("agent: closed")
	}
	if busy, err := a.inFlight(ctx); err != nil || busy {
		return false, err
	}
	head, err := a.client.HeaderByNumber(ctx, nil)
	if err != nil {
		return false, fmt.Errorf("agent: read the chain head: %w", err)
	}
	if err := a.scan(ctx, head.Number.Uint64()); err != nil {
		return false, err
	}
	var errs []error
	var requests []*requestRecord
	if err := a.store.view(func(t *storeTx) error {
		var err error
		requests, err = t.requests(true)
		return err
	}); err != nil {
		return false, err
	}
	for _, r := range requests {
		did, err := a.actOnRequest(ctx, head, r)
		acted = acted || did
		if err != nil {
			errs = append(errs, err)
		}
	}
	// Games are loaded after the requests were acted on: a challenge just sent opened one.
	var games []*gameRecord
	if err := a.store.view(func(t *storeTx) error {
		var err error
		games, err = t.games(true)
		return err
	}); err != nil {
		return acted, err
	}
	for _, g := range games {
		did, err := a.play(ctx, head, g)
		acted = acted || did
		if err != nil {
			errs = append(errs, err)
		}
	}
	did, err := a.withdraw(ctx)
	acted = acted || did
	if err != nil {
		errs = append(errs, err)
	}
	return acted, errors.Join(errs...)
}

// inFlight reports whether transactions the agent's account sent are still unmined. An agent waits for its own
// transactions to be mined, so outside a pass that happens only after a restart, when the killed agent left one
// pending: acting before it is mined (and its events scanned) could, say, challenge the same result twice.
func (a *Agent) inFlight(ctx context.Context) (bool, error) {
	nonces, ok := a.client.(interface {
		NonceAt(context.Context, common.Address, *big.Int) (uint64, error)
	})
	if !ok {
		return false, nil
	}
	pending, err := a.client.PendingNonceAt(ctx, a.self)
	if err != nil {
		return false, fmt.Errorf("agent: read the pending nonce: %w", err)
	}
	mined, err := nonces.NonceAt(ctx, a.self, nil)
	if err != nil {
		return false, fmt.Errorf("agent: read the nonce: %w", err)
	}
	if pending > mined {
		a.logOnce(fmt.Sprintf("pending %d", mined), "waiting for %d transaction(s) sent before a restart to be mined", pending-mined)
		return true, nil
	}
	return false, nil
}

func (a *Agent) logf(format string, args ...any) {
	switch {
	case a.cfg.Log != nil:
		a.cfg.Log.Info(fmt.Sprintf(format, args...))
	case a.cfg.Logf != nil:
		a.cfg.Logf(format, args...)
	}
}

// logOnce narrates a state the agent finds on every pass until it changes (a claim it can no longer post, a
// request final), or hears of twice (from its receipt and from the scan), once per key.
func (a *Agent) logOnce(key, format string, args ...any) {
	if a.said == nil {
		a.said = map[string]bool{}
	}
	if a.said[key] {
		return
	}
	a.said[key] = true
	a.logf(format, args...)
}

// warn logs a failed pass and when it is retried.
func (a *Agent) warn(msg string, err error, retry time.Duration) {
	switch {
	case a.cfg.Log != nil:
		a.cfg.Log.Warn(msg, "err", err.Error(), "retry_in", retry.String())
	case a.cfg.Logf != nil:
		a.cfg.Logf("%v (retrying in %v)", err, retry)
	}
}

func shortAddr(addr common.Address) string {
	h := addr.Hex()
	return h[:6] + "…" + h[len(h)-4:]
}

func shortHash(h [32]byte) string { return fmt.Sprintf("%#x…", h[:4]) }

// computation returns the computation the agent posts and plays on request r, computing it the first time.
func (a *Agent) computation(r *requestRecord) (*game.Computation, error) {
	if c, ok := a.comps[r.ID]; ok {
		return c, nil
	}
	m, ok := a.models[r.Model]
	if !ok {
		return nil, fmt.Errorf("agent: request %d: model %s is not served", r.ID, r.Model)
	}
	start := time.Now()
	c, err := game.NewComputationWith(m.Executor, m.Graph, m.Info, r.Input, r.Lie.lie(), game.Options{Weights: m.Weights})
	if err != nil {
		return nil, fmt.Errorf("agent: request %d: compute: %w", r.ID, err)
	}
	cheat := ""
	if r.Lie.Mode != "" {
		cheat = " (cheating: " + r.Lie.String() + ")"
	}
	// The VM runs the game needs happen later, when their values are first asked for.
	a.logf("request %d: %s evaluated in %v: %s%s", r.ID, m.name(), time.Since(start).Round(time.Millisecond), m.describe(c.Output()), cheat)
	a.comps[r.ID] = c
	return c, nil
}

// send signs and sends a transaction, waits for it to be mined and books its gas (and the game's, if gameID is
// not 0) and the bond it carried. A transaction that would revert is not sent; its error names the reason.
func (a *Agent) send(ctx context.Context, what string, tx contracts.Tx, gameID uint64) (*types.Receipt, error) {
	if a.cfg.OnSend != nil {
		a.cfg.OnSend(tx)
	}
	to, calldata, value := tx.To, tx.Data, tx.Value
	// A transaction mined and failed comes back with its receipt: its gas was spent.
	receipt, err := a.chain.TransactValue(ctx, to, calldata, value)
	if receipt != nil {
		if berr := a.book(receipt, value, err == nil, gameID); berr != nil && err == nil {
			err = berr
		}
	}
	if err != nil {
		if receipt != nil && receipt.Status != types.ReceiptStatusSuccessful {
			err = fmt.Errorf("%w: %s", err, a.whyFailed(ctx, to, calldata, value, receipt))
		}
		return receipt, fmt.Errorf("agent: %s: %w", what, err)
	}
	return receipt, nil
}

// whyFailed explains a mined transaction that failed: it replays the call on the state before its block, which
// gives the revert reason, or, if the call succeeds there with unlimited gas, says it ran out of gas.
func (a *Agent) whyFailed(ctx context.Context, to common.Address, calldata []byte, value *big.Int, r *types.Receipt) string {
	if r.BlockNumber == nil || r.BlockNumber.Sign() == 0 {
		return "no reason known"
	}
	parent := new(big.Int).Sub(r.BlockNumber, big.NewInt(1))
	_, err := a.client.CallContract(ctx, ethereum.CallMsg{From: a.self, To: &to, Data: calldata, Value: value}, parent)
	if err == nil {
		return "replayed on the state before its block it succeeds: it ran out of gas or depends on the block's time (a changed clock)"
	}
	if data, ok := chain.RevertData(err); ok {
		return "replayed on the state before its block: reverted: " + contracts.RevertReason(data)
	}
	return "replay: " + err.Error()
}
