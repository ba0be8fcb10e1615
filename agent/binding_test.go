package agent

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/opml-dev/opml/chain"
)

// TestDatabaseBoundToChain: a database used on one chain is refused on another chain with the same genesis, chain
// id and addresses (a development chain restarted), with an error naming --resync; with Resync the agent starts
// over and sees the new chain's request.
func TestDatabaseBoundToChain(t *testing.T) {
	first := newEnv(t, 1)
	first.ask(0) // the first chain's blocks differ from the second's
	db := filepath.Join(t.TempDir(), "validator.db")
	open := func(e *env, resync bool) (*Agent, error) {
		return New(Config{Chain: e.chain.As(e.keys[validatorKey]), System: e.sys, Role: Validator, Models: []*Model{e.model},
			DBPath: db, Resync: resync})
	}
	a, err := open(first, false)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := a.Step(first.ctx); err != nil {
		t.Fatal(err)
	}
	a.Close()
	// The same chain again: accepted.
	if a, err = open(first, false); err != nil {
		t.Fatalf("reopened on its own chain: %v", err)
	}
	a.Close()

	second := newEnv(t, 1)
	if second.sys.AIOracle != first.sys.AIOracle || second.chain.ChainID().Cmp(first.chain.ChainID()) != 0 {
		t.Fatalf("the chains differ in addresses or id: the test needs two chains alike but for their blocks")
	}
	id, _ := second.ask(3)
	_, err = open(second, false)
	if !errors.Is(err, ErrOtherChain) || !strings.Contains(err.Error(), "--resync") || strings.Contains(err.Error(), "\n") {
		t.Fatalf("opened on another chain: %v, want a one-line ErrOtherChain naming --resync", err)
	}
	a, err = open(second, true)
	if err != nil {
		t.Fatalf("with Resync: %v", err)
	}
	defer a.Close()
	if _, err := a.Step(second.ctx); err != nil {
		t.Fatal(err)
	}
	var seen bool
	if err := a.store.view(func(tx *storeTx) error {
		r, err := tx.request(id.Uint64())
		seen = r != nil && bytes.Equal(r.Input, second.fx.test.Image(3))
		return err
	}); err != nil {
		t.Fatal(err)
	}
	if !seen {
		t.Fatalf("after a resync the agent does not track request %v of the new chain", id)
	}
}

// TestCheckFunds: an account that cannot pay a bond and gas is refused in one line; a funded one passes.
func TestCheckFunds(t *testing.T) {
	e := newEnv(t, 1)
	poor, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	check := func(name string, c Config) error {
		c.System, c.Role, c.Models, c.DBPath = e.sys, Validator, []*Model{e.model}, filepath.Join(e.dir, name+".db")
		a, err := New(c)
		if err != nil {
			t.Fatal(err)
		}
		defer a.Close()
		return a.CheckFunds(e.ctx)
	}
	err = check("poor", Config{Chain: e.chain.As(poor)})
	if !errors.Is(err, ErrFunds) || !strings.Contains(err.Error(), "0 ETH") || !strings.Contains(err.Error(), "bond") {
		t.Fatalf("an empty account: %v, want ErrFunds naming its balance and the bond", err)
	}
	t.Log(err)
	if err := check("rich", Config{Chain: e.chain.As(e.keys[validatorKey])}); err != nil {
		t.Fatalf("a funded account: %v", err)
	}
}

// recorder is a slog handler that keeps the records.
type recorder struct {
	mu      sync.Mutex
	records []slog.Record
}

func (r *recorder) Enabled(context.Context, slog.Level) bool { return true }
func (r *recorder) Handle(_ context.Context, rec slog.Record) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.records = append(r.records, rec)
	return nil
}
func (r *recorder) WithAttrs([]slog.Attr) slog.Handler { return r }
func (r *recorder) WithGroup(string) slog.Handler      { return r }

func (r *recorder) count(level slog.Level, contains string) int {
	r.mu.Lock()
	defer r.mu.Unlock()
	n := 0
	for _, rec := range r.records {
		if rec.Level == level && strings.Contains(rec.Message, contains) {
			n++
		}
	}
	return n
}

// TestRunBacksOff: with the node gone, Run logs one warning and retries with growing waits, not a line a poll.
func TestRunBacksOff(t *testing.T) {
	e := newEnv(t, 1)
	rec := &recorder{}
	a, err := New(Config{Chain: e.chain.As(e.keys[validatorKey]), System: e.sys, Role: Validator, Models: []*Model{e.model},
		DBPath: filepath.Join(e.dir, "v.db"), Log: slog.New(rec)})
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	e.chain.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 700*time.Millisecond)
	defer cancel()
	const poll = 10 * time.Millisecond
	if err := a.Run(ctx, poll); err != nil {
		t.Fatal(err)
	}
	warns, debugs := rec.count(slog.LevelWarn, "failed"), rec.count(slog.LevelDebug, "failed")
	// Waits of 10, 20, 40, 80, 160, 320 ms fill 700 ms: about 6 passes, where a fixed poll would make 70.
	if warns != 1 || debugs < 2 || debugs > 8 {
		t.Fatalf("%d warnings and %d debug lines for a node down 700 ms, want 1 warning and a few backed-off retries", warns, debugs)
	}
	if h := a.Health(); h.Failures != debugs+1 || h.LastErr == "" {
		t.Fatalf("health %+v after %d failed passes", h, debugs+1)
	}
}

// TestResumeNarrated: an agent restarted during a game says which game it resumes, at which level.
func TestResumeNarrated(t *testing.T) {
	e := newEnv(t, 2)
	sub := e.agent("submitter", submitterKey, Submitter, Cheat{Mode: CheatOutput})
	val := e.agent("validator", validatorKey, Validator, Cheat{})
	defer sub.Close()
	e.ask(2)
	e.drive([]*Agent{sub, val}, func() bool {
		s, err := val.Stats()
		return err == nil && len(s.Games) == 1 && s.Games[0].Rounds >= 1
	}, 50)
	val.Close()
	rec := &recorder{}
	again, err := New(Config{Chain: e.chain.As(e.keys[validatorKey]), System: e.sys, Role: Validator, Models: []*Model{e.model},
		DBPath: filepath.Join(e.dir, "validator.db"), Log: slog.New(rec)})
	if err != nil {
		t.Fatal(err)
	}
	defer again.Close()
	if rec.count(slog.LevelInfo, "resuming game 1 at level 1: graph level") != 1 {
		t.Fatalf("no line resuming game 1 at its level: %v", rec.records)
	}
}

// TestEliminationNarrated: the validator's log says, in ETH, that the cheater's entry lost its bond, and once,
// when the game gets there, why its VM search starts over 2^32 steps.
func TestEliminationNarrated(t *testing.T) {
	e := newEnv(t, 1)
	sub := e.agent("submitter", submitterKey, Submitter, Cheat{Mode: CheatOutput})
	defer sub.Close()
	rec := &recorder{}
	val, err := New(Config{Chain: e.chain.As(e.keys[validatorKey]), System: e.sys, Role: Validator, Models: []*Model{e.model},
		DBPath: filepath.Join(e.dir, "validator.db"), Log: slog.New(rec)})
	if err != nil {
		t.Fatal(err)
	}
	defer val.Close()
	id, _ := e.ask(1)
	e.drive([]*Agent{sub, val}, e.finalized(id), 200)
	want := "entry 0 of " + shortAddr(addrOf(e.keys[submitterKey])) + " lost a game and its " + chain.FormatEther(testBond) + " bond"
	if rec.count(slog.LevelInfo, want) == 0 {
		t.Fatalf("no line %q in the validator's log", want)
	}
	// Once, when its game reaches the VM level: why the search starts over 2^32 steps.
	if n := rec.count(slog.LevelInfo, "the VM search starts over 2^32 steps, the longest run a claim may stand for"); n != 1 {
		t.Fatalf("%d lines saying why the VM search starts over 2^32 steps, want 1: %v", n, rec.records)
	}
}

// TestViewAfterAGame: the validator's View after winning a game against a cheater: the totals, the request and
// its entries, the game's level stack and its payout (the cheater's share, in wei as a decimal string).
func TestViewAfterAGame(t *testing.T) {
	e := newEnv(t, 2)
	sub := e.agent("submitter", submitterKey, Submitter, Cheat{Mode: CheatOutput})
	val := e.agent("validator", validatorKey, Validator, Cheat{})
	defer sub.Close()
	defer val.Close()
	id, _ := e.ask(1)
	e.drive([]*Agent{sub, val}, e.finalized(id), 300)
	e.drive([]*Agent{sub, val}, e.settledAll, 10)
	v, err := val.View(e.ctx)
	if err != nil {
		t.Fatal(err)
	}
	tot := v.Totals
	if tot.RequestsSeen != 1 || tot.ResultsPosted != 1 || tot.GamesWon != 1 || tot.GamesLost != 0 || tot.GamesOpen != 0 ||
		tot.Moves == 0 || tot.Gas == 0 || tot.BondsLockedWei != "0" || v.Scanned == 0 || v.Role != "validator" {
		t.Fatalf("totals %+v (scanned %d)", tot, v.Scanned)
	}
	if len(v.Requests) != 1 || v.Requests[0].Status != "Finalized" || len(v.Requests[0].Entries) != 2 || !v.Requests[0].Entries[1].Mine {
		t.Fatalf("requests %+v", v.Requests)
	}
	g := v.Games[0]
	if len(v.Games) != 1 || !g.Won || !g.Done || g.Phase != "Resolved" || len(g.Levels) != 2 || g.Levels[0].Kind != "graph" ||
		g.Levels[1].Kind != "VM" || g.PayoutWei != testShare.String() {
		t.Fatalf("game %+v, want won, two levels and a payout of %v", g, testShare)
	}
	sv, err := sub.View(e.ctx)
	if err != nil {
		t.Fatal(err)
	}
	if sv.Totals.GamesLost != 1 || sv.Games[0].PayoutWei != "-"+testShare.String() {
		t.Fatalf("the cheater's view: %+v, game %+v", sv.Totals, sv.Games[0])
	}
}

func TestNewestDone(t *testing.T) {
	done := make([]bool, keepDone+5)
	for i := range done {
		done[i] = i != 2 // one open request among old settled ones
	}
	show := newestDone(len(done), func(i int) bool { return done[i] })
	n := 0
	for i, s := range show {
		if s {
			n++
		}
		if want := i == 2 || i >= 5; s != want {
			t.Errorf("record %d shown %v, want %v", i, s, want)
		}
	}
	if n != keepDone+1 {
		t.Errorf("%d shown, want %d", n, keepDone+1)
	}
}
