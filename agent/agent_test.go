package agent

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/opml-dev/opml/chain"
	"github.com/opml-dev/opml/contracts"
	"github.com/opml-dev/opml/contracts/bindings"
	"github.com/opml-dev/opml/game"
	"github.com/opml-dev/opml/models/executor/host"
	"github.com/opml-dev/opml/models/mnist"
)

// The tests run a submitter and a validator Agent against the whole oracle deployed on the embedded chain
// (contracts.DeploySystem) with the shipped MNIST int8 model registered single- or multi-phase, a dApp user
// asking the DigitConsumer for the digit of a real MNIST test image. The agents are stepped in turn and the
// chain's clock is moved on whenever neither has anything to do, until the request is finalized. The digit the
// consumer receives is checked against mnist.MLPInt8.Predict (the native model, not the graph the agents run),
// and every wei is accounted for: bonds, fees, shares and gas against the accounts' balances on chain.

// testFee, the bond and windows: odd amounts, so a mix-up of fee and bond shows in the sums.
var (
	testFee        = big.NewInt(1_000_000_000_007) // minFee; the DigitConsumer's callback gas is paid on top
	testBond       = big.NewInt(5_000_000_000_003)
	testShare      = new(big.Int).Div(new(big.Int).Mul(testBond, big.NewInt(75)), big.NewInt(100)) // one game's share
	testClock      = 20 * time.Minute
	testWindow     = 5 * time.Minute
	idleAdvance    = 61 * time.Second
	userKey        = 0
	submitterKey   = 1
	validatorKey   = 2
	digitModelName = "mnist-int8"
)

// mnistFixture is the shipped int8 model, its graph and both registrations, built once.
var mnistFixture = sync.OnceValues(func() (*fixture, error) {
	q, err := mnist.ShippedInt8()
	if err != nil {
		return nil, err
	}
	gm, err := q.Graph()
	if err != nil {
		return nil, err
	}
	exe := host.Shipped()
	single, err := game.SinglePhaseModel(exe, gm.Graph)
	if err != nil {
		return nil, err
	}
	multi, err := game.MultiPhaseModel(exe, gm.Graph)
	if err != nil {
		return nil, err
	}
	test, err := mnist.LoadTest()
	if err != nil {
		return nil, err
	}
	return &fixture{q: q, gm: gm, exe: exe, single: single, multi: multi, test: test}, nil
})

type fixture struct {
	q             *mnist.MLPInt8
	gm            *mnist.GraphModel
	exe           *host.Image
	single, multi *game.ModelInfo
	test          *mnist.Dataset
}

// env is a chain with the oracle deployed and the MNIST model registered under the DigitConsumer's model id.
type env struct {
	t     *testing.T
	ctx   context.Context
	chain *chain.Chain
	sys   *contracts.System
	model *Model
	fx    *fixture
	keys  []*ecdsa.PrivateKey
	dir   string
	fee   *big.Int // what the DigitConsumer's requests pay
	// start balances of every dev account
	start map[common.Address]*big.Int
}

func newEnv(t *testing.T, phases int) *env {
	t.Helper()
	fx, err := mnistFixture()
	if err != nil {
		t.Fatal(err)
	}
	c, err := chain.NewEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	info := fx.single
	if phases == 2 {
		info = fx.multi
	}
	p := contracts.DefaultSystemParams()
	p.Clock, p.ChallengeWindow = testClock, testWindow
	p.MinFee, p.EntryBond = testFee, testBond
	p.DigitModel = contracts.ModelID(info)
	ctx := context.Background()
	sys, err := contracts.DeploySystem(ctx, c, p)
	if err != nil {
		t.Fatal(err)
	}
	e := &env{t: t, ctx: ctx, chain: c, sys: sys, fx: fx, keys: chain.DevKeys(), dir: t.TempDir(),
		model: &Model{Name: digitModelName, Graph: fx.gm.Graph, Executor: fx.exe, Info: info},
		start: map[common.Address]*big.Int{}}
	if err := Register(ctx, c, sys, e.model); err != nil {
		t.Fatal(err)
	}
	// Registering again with the same registration is a no-op.
	if err := Register(ctx, c, sys, e.model); err != nil {
		t.Fatalf("second registration: %v", err)
	}
	if e.fee, err = sys.Consumer(c).Fee(ctx); err != nil {
		t.Fatal(err)
	}
	for _, k := range e.keys {
		e.start[addrOf(k)] = e.balance(addrOf(k))
	}
	return e
}

func addrOf(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }

func (e *env) balance(a common.Address) *big.Int {
	e.t.Helper()
	b, err := e.chain.Client().BalanceAt(e.ctx, a, nil)
	if err != nil {
		e.t.Fatal(err)
	}
	return b
}

// agent starts an agent on key i with its database in the test's directory under name.
func (e *env) agent(name string, key int, role Role, cheat Cheat) *Agent {
	e.t.Helper()
	a, err := New(Config{Chain: e.chain.As(e.keys[key]), System: e.sys, Role: role, Models: []*Model{e.model},
		DBPath: filepath.Join(e.dir, name+".db"), Cheat: cheat,
		Logf: func(format string, args ...any) { e.t.Logf(format, args...) }})
	if err != nil {
		e.t.Fatal(err)
	}
	return a
}

// ask has the user ask the DigitConsumer for the digit of test image i and returns the request id.
func (e *env) ask(i int) (*big.Int, []byte) {
	e.t.Helper()
	image := e.fx.test.Image(i)
	dc := e.sys.Consumer(e.chain)
	r, err := dc.AskTx(image, e.fee).Send(e.ctx, e.chain.As(e.keys[userKey]))
	if err != nil {
		e.t.Fatalf("ask: %v", err)
	}
	for _, lg := range r.Logs {
		if ev, err := bindings.NewDigitConsumer().UnpackAskedEvent(lg); err == nil {
			return ev.RequestId, image
		}
	}
	e.t.Fatal("ask: no Asked event")
	return nil, nil
}

// request reads request id from the oracle.
func (e *env) request(id *big.Int) *contracts.Request {
	e.t.Helper()
	r, err := e.sys.Oracle(e.chain).Request(e.ctx, id)
	if err != nil {
		e.t.Fatal(err)
	}
	return r
}

// settledAll reports whether the oracle owes nobody anything and holds no bond: everyone has withdrawn.
func (e *env) settledAll() bool {
	l, err := e.sys.Oracle(e.chain).Ledger(e.ctx)
	return err == nil && l.OwedTotal.Sign() == 0 && l.Locked.Sign() == 0
}

// drive steps the agents in turn, moving the chain's clock on when none acted, until done reports true.
func (e *env) drive(agents []*Agent, done func() bool, maxPasses int) {
	e.t.Helper()
	for pass := 0; pass < maxPasses; pass++ {
		acted := false
		for _, a := range agents {
			did, err := a.Step(e.ctx)
			if err != nil {
				e.t.Fatalf("pass %d: %s step: %v", pass, a.cfg.Role, err)
			}
			acted = acted || did
		}
		if done() {
			return
		}
		if !acted {
			if err := e.chain.AdvanceTime(e.ctx, idleAdvance); err != nil {
				e.t.Fatal(err)
			}
		}
	}
	e.t.Fatalf("not done after %d passes", maxPasses)
}

func (e *env) finalized(id *big.Int) func() bool {
	return func() bool { return e.request(id).Status.Final() }
}

// checkDelivered checks that the consumer got the digit the native model predicts for image.
func (e *env) checkDelivered(id *big.Int, image []byte) {
	e.t.Helper()
	ans, err := e.sys.Consumer(e.chain).Answer(e.ctx, id)
	if err != nil {
		e.t.Fatal(err)
	}
	want := e.fx.q.Predict(image)
	if !ans.Delivered || !ans.Valid || int(ans.Digit) != want {
		e.t.Fatalf("consumer's answer %+v, want digit %d delivered", ans, want)
	}
}

// checkMoney checks an agent's ledger against its expected bonds and withdrawals and against its balance on
// chain, and that the oracle holds nothing once everything is settled and withdrawn.
func (e *env) checkMoney(a *Agent, key int, bonds, withdrawn *big.Int) Stats {
	e.t.Helper()
	s, err := a.Stats()
	if err != nil {
		e.t.Fatal(err)
	}
	if s.Bonds.Cmp(bonds) != 0 || s.Withdrawn.Cmp(withdrawn) != 0 {
		e.t.Errorf("%s: bonds %s, withdrawn %s; want %s, %s", a.cfg.Role, s.Bonds, s.Withdrawn, bonds, withdrawn)
	}
	addr := addrOf(e.keys[key])
	want := new(big.Int).Sub(e.start[addr], s.GasCost)
	want.Sub(want, s.Bonds).Add(want, s.Withdrawn)
	if got := e.balance(addr); got.Cmp(want) != 0 {
		e.t.Errorf("%s: balance %s, want start %s − gas %s − bonds %s + withdrawn %s = %s", a.cfg.Role, got,
			e.start[addr], s.GasCost, s.Bonds, s.Withdrawn, want)
	}
	return s
}

// checkOracleEmpty checks that, everything settled and withdrawn, the oracle holds only what it burned.
func (e *env) checkOracleEmpty() {
	e.t.Helper()
	l, err := e.sys.Oracle(e.chain).Ledger(e.ctx)
	if err != nil {
		e.t.Fatal(err)
	}
	if l.Locked.Sign() != 0 || l.OwedTotal.Sign() != 0 || e.balance(e.sys.AIOracle).Cmp(l.Burned) != 0 {
		e.t.Errorf("oracle holds %s wei (locked %s, owed %s, burned %s), want only the burned", e.balance(e.sys.AIOracle),
			l.Locked, l.OwedTotal, l.Burned)
	}
}

func sum(xs ...*big.Int) *big.Int {
	s := new(big.Int)
	for _, x := range xs {
		s.Add(s, x)
	}
	return s
}

func logGames(t *testing.T, name string, s Stats) {
	for _, g := range s.Games {
		t.Logf("%s: game %d (%s, cheat %s): won %v, %d rounds, VM run of %d steps, %d gas", name, g.Game, g.Side, g.Cheat,
			g.Won, g.Rounds, g.VMSteps, g.Gas)
	}
	t.Logf("%s: %d transactions, %d gas in all", name, s.Transactions, s.Gas)
}

func TestHonestSubmitterNoGame(t *testing.T) {
	e := newEnv(t, 1)
	sub := e.agent("submitter", submitterKey, Submitter, Cheat{})
	val := e.agent("validator", validatorKey, Validator, Cheat{})
	defer sub.Close()
	defer val.Close()
	id, image := e.ask(0)
	e.drive([]*Agent{sub, val}, e.finalized(id), 40)
	// More passes: the submitter takes its bond back and withdraws.
	e.drive([]*Agent{sub, val}, e.settledAll, 5)
	e.checkDelivered(id, image)
	ss := e.checkMoney(sub, submitterKey, testBond, sum(testBond, e.fee))
	vs := e.checkMoney(val, validatorKey, new(big.Int), new(big.Int))
	if len(ss.Games)+len(vs.Games) != 0 {
		t.Fatalf("games played on an honest result: %+v %+v", ss.Games, vs.Games)
	}
	e.checkOracleEmpty()
}

// playCheat runs a request with a submitter and validator playing the given cheats to the end and checks the
// outcome: the honest side wins, the consumer gets the right digit, and the money adds up.
func playCheat(t *testing.T, phases int, subCheat, valCheat Cheat) {
	e := newEnv(t, phases)
	sub := e.agent("submitter", submitterKey, Submitter, subCheat)
	val := e.agent("validator", validatorKey, Validator, valCheat)
	defer sub.Close()
	defer val.Close()
	id, image := e.ask(3)
	e.drive([]*Agent{sub, val}, e.finalized(id), 200)
	e.drive([]*Agent{sub, val}, e.settledAll, 10)
	e.checkDelivered(id, image)
	var ss, vs Stats
	if subCheat.Mode != "" {
		// The validator wins: 75% of the submitter's bond, its own back, and the fee (its entry is the only one
		// of the final claim).
		ss = e.checkMoney(sub, submitterKey, testBond, new(big.Int))
		vs = e.checkMoney(val, validatorKey, testBond, sum(testShare, testBond, e.fee))
	} else {
		// The submitter wins: 75% of the false challenger's bond, and its own back with the fee.
		ss = e.checkMoney(sub, submitterKey, testBond, sum(testShare, testBond, e.fee))
		vs = e.checkMoney(val, validatorKey, testBond, new(big.Int))
	}
	e.checkOracleEmpty()
	logGames(t, "submitter", ss)
	logGames(t, "validator", vs)
	if len(ss.Games) != 1 || len(vs.Games) != 1 {
		t.Fatalf("%d and %d games, want one game", len(ss.Games), len(vs.Games))
	}
	honestWon := vs.Games[0].Won
	if subCheat.Mode == "" {
		honestWon = ss.Games[0].Won
	}
	if !honestWon || ss.Games[0].Won == vs.Games[0].Won || !ss.Games[0].Done || !vs.Games[0].Done {
		t.Fatalf("outcome: submitter %+v, validator %+v", ss.Games[0], vs.Games[0])
	}
}

func TestCheatingSubmitterSinglePhase(t *testing.T) {
	playCheat(t, 1, Cheat{Mode: CheatOutput}, Cheat{})
}

func TestCheatingSubmitterMultiPhase(t *testing.T) {
	playCheat(t, 2, Cheat{Mode: CheatOutput}, Cheat{})
}

func TestFalseChallengeSinglePhase(t *testing.T) {
	playCheat(t, 1, Cheat{}, Cheat{Mode: CheatFalseChallenge})
}

func TestSilentSubmitter(t *testing.T) {
	playCheat(t, 2, Cheat{Mode: CheatSilent}, Cheat{})
}

// TestKillAndRestart stops both agents at several points of a multi-phase game (closing their databases) and
// starts new ones on the same databases: they resume, and the honest validator wins. In the last case the
// validator's database is lost: a fresh one, rebuilt from the chain's events, is enough to win too.
func TestKillAndRestart(t *testing.T) {
	for _, tt := range []struct {
		name      string
		moves     uint32 // stop once the game has this many moves (0: right after the submission)
		freshDB   bool   // restart the validator on a new database
		wantMoves uint32 // at least this many moves when stopped
	}{
		{name: "after the submission"},
		{name: "in the graph level", moves: 2, wantMoves: 2},
		{name: "after the handoff", moves: 5, wantMoves: 5},
		{name: "in the VM level", moves: 12, wantMoves: 12},
		{name: "validator database lost", moves: 12, freshDB: true, wantMoves: 12},
	} {
		t.Run(tt.name, func(t *testing.T) {
			e := newEnv(t, 2)
			sub := e.agent("submitter", submitterKey, Submitter, Cheat{Mode: CheatOutput})
			val := e.agent("validator", validatorKey, Validator, Cheat{})
			id, image := e.ask(5)
			dg := bindings.NewDisputeGame()
			game := func() (bindings.GameOutput, bool) {
				n, err := chain.Call(e.ctx, e.chain, e.sys.DisputeGame, dg.PackGameCount(), dg.UnpackGameCount)
				if err != nil || n.Sign() == 0 {
					return bindings.GameOutput{}, false
				}
				g, err := chain.Call(e.ctx, e.chain, e.sys.DisputeGame, dg.PackGame(n), dg.UnpackGame)
				if err != nil {
					t.Fatal(err)
				}
				return g, true
			}
			if tt.moves == 0 {
				e.drive([]*Agent{sub}, func() bool { return e.request(id).Status == contracts.StatusOpen }, 1)
			} else {
				e.drive([]*Agent{sub, val}, func() bool { g, ok := game(); return ok && g.Moves >= tt.moves }, 100)
			}
			g, _ := game()
			if g.Moves < tt.wantMoves || contracts.Phase(g.Phase) == contracts.PhaseResolved {
				t.Fatalf("stopped at move %d, phase %d", g.Moves, g.Phase)
			}
			if err := sub.Close(); err != nil {
				t.Fatal(err)
			}
			if err := val.Close(); err != nil {
				t.Fatal(err)
			}
			if _, err := sub.Step(e.ctx); err == nil {
				t.Fatal("a closed agent stepped")
			}
			t.Logf("stopped both agents after %d moves", g.Moves)
			valDB := "validator"
			if tt.freshDB {
				valDB = "validator-again"
			}
			sub = e.agent("submitter", submitterKey, Submitter, Cheat{Mode: CheatOutput})
			val = e.agent(valDB, validatorKey, Validator, Cheat{})
			defer sub.Close()
			defer val.Close()
			e.drive([]*Agent{sub, val}, e.finalized(id), 200)
			e.drive([]*Agent{sub, val}, e.settledAll, 10)
			e.checkDelivered(id, image)
			e.checkOracleEmpty()
			e.checkMoney(sub, submitterKey, testBond, new(big.Int))
			if g, _ := game(); g.Winner != addrOf(e.keys[validatorKey]) {
				t.Fatalf("game won by %s", g.Winner)
			}
			vs, err := val.Stats()
			if err != nil {
				t.Fatal(err)
			}
			if len(vs.Games) != 1 || !vs.Games[0].Won || !vs.Games[0].Done {
				t.Fatalf("validator's games %+v", vs.Games)
			}
			if !tt.freshDB {
				e.checkMoney(val, validatorKey, testBond, sum(testShare, testBond, e.fee))
			}
			logGames(t, "validator (restarted)", vs)
		})
	}
}

func TestCheatingSubmitterNodeLie(t *testing.T) {
	playCheat(t, 2, Cheat{Mode: CheatNode, Node: 2}, Cheat{})
}

func TestCheatingSubmitterStepLie(t *testing.T) {
	playCheat(t, 1, Cheat{Mode: CheatStep, Step: 1_000_000}, Cheat{})
}

func TestFalseChallengeMultiPhase(t *testing.T) {
	playCheat(t, 2, Cheat{}, Cheat{Mode: CheatFalseChallenge})
}

// TestRun runs both agents with Run in the background, as the command does, until the request is final.
func TestRun(t *testing.T) {
	e := newEnv(t, 1)
	sub := e.agent("submitter", submitterKey, Submitter, Cheat{})
	val := e.agent("validator", validatorKey, Validator, Cheat{})
	defer sub.Close()
	defer val.Close()
	ctx, cancel := context.WithCancel(e.ctx)
	done := make(chan error, 2)
	for _, a := range []*Agent{sub, val} {
		go func() { done <- a.Run(ctx, 10*time.Millisecond) }()
	}
	stopped := false
	stop := func() {
		if stopped {
			return
		}
		stopped = true
		cancel()
		for range 2 {
			if err := <-done; err != nil {
				t.Errorf("Run: %v", err)
			}
		}
	}
	defer stop()
	id, image := e.ask(7)
	wait := func(what string, cond func() bool) {
		t.Helper()
		deadline := time.Now().Add(30 * time.Second)
		for !cond() {
			if time.Now().After(deadline) {
				t.Fatalf("timed out waiting for %s", what)
			}
			time.Sleep(10 * time.Millisecond)
		}
	}
	wait("the result", func() bool { return e.request(id).Status == contracts.StatusOpen })
	if err := e.chain.AdvanceTime(e.ctx, testWindow+testClock); err != nil {
		t.Fatal(err)
	}
	wait("finalization", e.finalized(id))
	wait("the withdrawal", e.settledAll)
	stop()
	e.checkDelivered(id, image)
	e.checkMoney(sub, submitterKey, testBond, sum(testBond, e.fee))
	e.checkOracleEmpty()
}

func TestRevertReasons(t *testing.T) {
	e := newEnv(t, 1)
	o := bindings.NewAIOracle()
	_, err := e.chain.Transact(e.ctx, e.sys.AIOracle, o.PackFinalize(big.NewInt(999), [32]byte{}, nil))
	var re *RevertError
	if !errors.As(err, &re) || re.Reason != "UnknownRequest(requestId=999)" {
		t.Fatalf("finalize of an unknown request: %v", err)
	}
	_, err = e.chain.Transact(e.ctx, e.sys.DisputeGame, bindings.NewDisputeGame().PackTimeout(big.NewInt(5)))
	if !errors.As(err, &re) || re.Reason != "NotInPhase(gameId=5, want=1, have=0)" {
		t.Fatalf("timeout of a game that does not exist: %v", err)
	}
	for _, tt := range []struct {
		data []byte
		want string
	}{
		{nil, "no reason given (0x)"},
		{[]byte{1, 2}, "no reason given (0x0102)"},
		{[]byte{1, 2, 3, 4, 5}, "unknown error 0x0102030405"},
	} {
		if got := contracts.RevertReason(tt.data); got != tt.want {
			t.Errorf("RevertReason(%x) = %q, want %q", tt.data, got, tt.want)
		}
	}
}

func TestNewRejects(t *testing.T) {
	e := newEnv(t, 1)
	unregistered := *e.model
	info := *e.fx.single
	info.OutputSize++ // another registration: another id, not registered
	unregistered.Info = &info
	multi := *e.model
	multi.Info = e.fx.multi
	good := func() Config {
		return Config{Chain: e.chain.As(e.keys[submitterKey]), System: e.sys, Role: Submitter, Models: []*Model{e.model},
			DBPath: filepath.Join(e.dir, "new.db")}
	}
	for _, tt := range []struct {
		name   string
		change func(*Config)
		want   string
	}{
		{"no chain", func(c *Config) { c.Chain = nil }, "no chain"},
		{"no system", func(c *Config) { c.System = nil }, "no system"},
		{"no role", func(c *Config) { c.Role = 0 }, "unknown role"},
		{"no models", func(c *Config) { c.Models = nil }, "no models"},
		{"no database", func(c *Config) { c.DBPath = "" }, "no database"},
		{"validator cheat on a submitter", func(c *Config) { c.Cheat = Cheat{Mode: CheatFalseChallenge} }, "a submitter cannot play it"},
		{"lie at a node the model lacks", func(c *Config) {
			if err := Register(e.ctx, e.chain, e.sys, &multi); err != nil {
				t.Fatal(err)
			}
			c.Models, c.Cheat = []*Model{&multi}, Cheat{Mode: CheatNode, Node: len(e.fx.gm.Graph.Nodes)}
		}, "has 8 nodes"},
		{"the demo's cheat", func(c *Config) { c.Cheat = Cheat{Mode: CheatCopySubmit} }, "an agent cannot play it"},
		{"a sock without its partner", func(c *Config) { c.Cheat = Cheat{Mode: CheatSock} }, "needs the partner"},
		{"model twice", func(c *Config) { c.Models = []*Model{e.model, e.model} }, "given twice"},
		{"model without graph", func(c *Config) { c.Models = []*Model{{Info: e.model.Info}} }, "needs a graph"},
		{"unregistered", func(c *Config) { c.Models = []*Model{&unregistered} }, "is not registered"},
		{"database of another account", func(c *Config) {
			c.Chain = e.chain.As(e.keys[validatorKey])
		}, "belongs to account"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if tt.name == "database of another account" {
				a, err := New(good())
				if err != nil {
					t.Fatal(err)
				}
				a.Close()
			}
			cfg := good()
			tt.change(&cfg)
			a, err := New(cfg)
			if err == nil {
				a.Close()
				t.Fatalf("New succeeded, want an error containing %q", tt.want)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("New: %v, want an error containing %q", err, tt.want)
			}
		})
	}
}

// TestTwoValidators has two honest validators dispute one cheating result: each posts the true result and wins
// its game; the cheater's bond is shared between them (it had both games open when it fell), the fee goes to the
// one that committed first, and both get their bonds back.
func TestTwoValidators(t *testing.T) {
	e := newEnv(t, 1)
	const secondKey = 3
	sub := e.agent("submitter", submitterKey, Submitter, Cheat{Mode: CheatOutput})
	first := e.agent("validator", validatorKey, Validator, Cheat{})
	second := e.agent("validator2", secondKey, Validator, Cheat{})
	defer sub.Close()
	defer first.Close()
	defer second.Close()
	id, image := e.ask(9)
	agents := []*Agent{sub, first, second}
	e.drive(agents, e.finalized(id), 200)
	e.drive(agents, e.settledAll, 10)
	e.checkDelivered(id, image)
	e.checkOracleEmpty()
	half := new(big.Int).Div(testShare, big.NewInt(2))
	ss := e.checkMoney(sub, submitterKey, testBond, new(big.Int))
	fs := e.checkMoney(first, validatorKey, testBond, sum(half, testBond, e.fee))
	s2 := e.checkMoney(second, secondKey, testBond, sum(half, testBond))
	if len(ss.Games) != 2 || len(fs.Games) != 1 || len(s2.Games) != 1 || !fs.Games[0].Won || !s2.Games[0].Won ||
		ss.Games[0].Won || ss.Games[1].Won {
		t.Fatalf("games: submitter %+v, first %+v, second %+v", ss.Games, fs.Games, s2.Games)
	}
	logGames(t, "submitter", ss)
}

// TestClockRunsOut has the validator move one second too late: its choice passes gas estimation (in the last
// block its clock still had zero seconds left) and fails when mined (ClockRanOut). The failed transaction's gas
// is booked, the error explains it, and the cheating submitter times the validator out and wins: a party that
// does not move in time loses, even when it is right.
func TestClockRunsOut(t *testing.T) {
	e := newEnv(t, 1)
	sub := e.agent("submitter", submitterKey, Submitter, Cheat{Mode: CheatOutput})
	val := e.agent("validator", validatorKey, Validator, Cheat{})
	defer sub.Close()
	defer val.Close()
	id, _ := e.ask(11)
	for _, a := range []*Agent{sub, val, sub} { // post, post and dispute, first dissection
		if _, err := a.Step(e.ctx); err != nil {
			t.Fatal(err)
		}
	}
	dg := bindings.NewDisputeGame()
	gameID := big.NewInt(1)
	g, err := chain.Call(e.ctx, e.chain, e.sys.DisputeGame, dg.PackGame(gameID), dg.UnpackGame)
	if err != nil || contracts.Phase(g.Phase) != contracts.PhaseChoose {
		t.Fatalf("game %+v, %v; want it in phase choose", g, err)
	}
	head, err := e.chain.Client().HeaderByNumber(e.ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := e.chain.AdvanceTime(e.ctx, time.Duration(g.LastMove+g.ChallengerLeft-head.Time)*time.Second); err != nil {
		t.Fatal(err)
	}
	before, err := val.Stats()
	if err != nil {
		t.Fatal(err)
	}
	_, err = val.send(e.ctx, "late choice", contracts.Tx{To: e.sys.DisputeGame, Data: dg.PackChoose(gameID, big.NewInt(0))}, 1)
	if err == nil || !strings.Contains(err.Error(), "failed in block") || !strings.Contains(err.Error(), "a changed clock") {
		t.Fatalf("late choice: %v", err)
	}
	t.Logf("late choice: %v", err)
	after, err := val.Stats()
	if err != nil {
		t.Fatal(err)
	}
	if after.Transactions != before.Transactions+1 || after.Gas <= before.Gas || after.Games[0].Gas <= before.Games[0].Gas {
		t.Fatalf("the failed transaction was not booked: %+v then %+v", before, after)
	}
	e.drive([]*Agent{sub, val}, e.finalized(id), 50)
	e.drive([]*Agent{sub, val}, e.settledAll, 10)
	e.checkOracleEmpty()
	ss := e.checkMoney(sub, submitterKey, testBond, sum(testShare, testBond, e.fee))
	vs := e.checkMoney(val, validatorKey, testBond, new(big.Int))
	if !ss.Games[0].Won || vs.Games[0].Won {
		t.Fatalf("games: submitter %+v, validator %+v", ss.Games, vs.Games)
	}
}

// TestFromBlock starts a validator with a new database after a request was made: it does not see the request.
func TestFromBlock(t *testing.T) {
	e := newEnv(t, 1)
	e.ask(0)
	head, err := e.chain.Client().HeaderByNumber(e.ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	tracked := func(from uint64, name string) int {
		a, err := New(Config{Chain: e.chain.As(e.keys[validatorKey]), System: e.sys, Role: Validator,
			Models: []*Model{e.model}, DBPath: filepath.Join(e.dir, name), FromBlock: from})
		if err != nil {
			t.Fatal(err)
		}
		defer a.Close()
		if _, err := a.Step(e.ctx); err != nil {
			t.Fatal(err)
		}
		var n int
		if err := a.store.view(func(tx *storeTx) error {
			rs, err := tx.requests(false)
			n = len(rs)
			return err
		}); err != nil {
			t.Fatal(err)
		}
		return n
	}
	if n := tracked(0, "genesis.db"); n != 1 {
		t.Errorf("from genesis: %d requests tracked, want 1", n)
	}
	if n := tracked(head.Number.Uint64()+1, "later.db"); n != 0 {
		t.Errorf("from after the request: %d requests tracked, want 0", n)
	}
}

// TestInFlight: an agent waits while its account has transactions that are not mined yet (left by a killed
// incarnation), and goes on once they are.
func TestInFlight(t *testing.T) {
	c, url, err := chain.ServeEmbedded(0, 2*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	key := chain.DevKeys()[3]
	remote, err := chain.Dial(ctx, url, key)
	if err != nil {
		t.Fatal(err)
	}
	defer remote.Close()
	a := &Agent{client: remote.Client(), self: remote.From()}
	if busy, err := a.inFlight(ctx); err != nil || busy {
		t.Fatalf("inFlight with nothing sent: %v, %v", busy, err)
	}
	sent := make(chan error, 1)
	go func() {
		_, err := remote.TransactValue(ctx, c.From(), nil, big.NewInt(1)) // waits for the next block
		sent <- err
	}()
	for {
		busy, err := a.inFlight(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if busy {
			break
		}
		select {
		case err := <-sent:
			t.Fatalf("the transaction was mined before inFlight saw it pending (%v)", err)
		case <-time.After(10 * time.Millisecond):
		}
	}
	if err := <-sent; err != nil {
		t.Fatal(err)
	}
	if busy, err := a.inFlight(ctx); err != nil || busy {
		t.Fatalf("inFlight after the transaction was mined: %v, %v", busy, err)
	}
}
