package agent

import (
	"bytes"
	"context"
	"math/big"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/opml-dev/opml/contracts"
	"github.com/opml-dev/opml/game"
)

// sentLog records the transactions an agent sends (Config.OnSend).
type sentLog struct {
	mu  sync.Mutex
	txs []contracts.Tx
}

func (l *sentLog) add(tx contracts.Tx) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.txs = append(l.txs, tx)
}

func (l *sentLog) count() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.txs)
}

// reveals returns the outputs of the reveals the agent sent.
func (l *sentLog) reveals(t *testing.T) [][]byte {
	l.mu.Lock()
	defer l.mu.Unlock()
	reveal := contracts.NewOracle(nil, [20]byte{}).ABI().GetABI().Methods["reveal"]
	var out [][]byte
	for _, tx := range l.txs {
		if len(tx.Data) >= 4 && bytes.Equal(tx.Data[:4], reveal.ID) {
			args, err := reveal.Inputs.Unpack(tx.Data[4:])
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, args[1].([]byte))
		}
	}
	return out
}

// watchedAgent is an agent whose transactions and narration the test sees.
func (e *env) watchedAgent(name string, key int, role Role, confirmations uint64) (*Agent, *sentLog, *strings.Builder) {
	e.t.Helper()
	sent := &sentLog{}
	var mu sync.Mutex
	narration := &strings.Builder{}
	a, err := New(Config{Chain: e.chain.As(e.keys[key]), System: e.sys, Role: role, Models: []*Model{e.model},
		DBPath: filepath.Join(e.dir, name+".db"), Confirmations: confirmations, OnSend: sent.add,
		Logf: func(format string, args ...any) {
			mu.Lock()
			defer mu.Unlock()
			e.t.Logf(name+": "+format, args...)
			narration.WriteString(strings.ReplaceAll(format, "%", "") + "\n")
		}})
	if err != nil {
		e.t.Fatal(err)
	}
	return a, sent, narration
}

// honestOutput is the output the honest computation gives for image.
func (e *env) honestOutput(image []byte) []byte {
	c, err := game.NewComputation(e.model.Executor, e.model.Graph, e.model.Info, image, nil)
	if err != nil {
		e.t.Fatal(err)
	}
	return c.Output()
}

// TestReorgUnderRunningAgent: a submitter runs (Run, in the background) and answers request 1, for image A. The
// chain is then reorganised back to before the request, and request 1 is made again, for image B. The agent
// notices that the blocks it scanned are gone, forgets what it learnt from them, and answers request 1 for B:
// it never posts a result for A on the new branch, and the dApp gets B's digit.
func TestReorgUnderRunningAgent(t *testing.T) {
	e := newEnv(t, 1)
	sub, sent, narration := e.watchedAgent("submitter", submitterKey, Submitter, 0)
	defer sub.Close()
	ctx, cancel := context.WithCancel(e.ctx)
	done := make(chan error, 1)
	go func() { done <- sub.Run(ctx, 5*time.Millisecond) }()
	defer func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("Run: %v", err)
		}
	}()
	wait := func(what string, cond func() bool) {
		t.Helper()
		deadline := time.Now().Add(60 * time.Second)
		for !cond() {
			if time.Now().After(deadline) {
				t.Fatalf("timed out waiting for %s", what)
			}
			time.Sleep(10 * time.Millisecond)
		}
	}
	snap, err := e.chain.Snapshot(e.ctx)
	if err != nil {
		t.Fatal(err)
	}
	idA, imageA := e.ask(1)
	wait("the answer to A", func() bool { return len(sent.reveals(t)) == 1 })
	if got := sent.reveals(t)[0]; !bytes.Equal(got, e.honestOutput(imageA)) {
		t.Fatalf("the agent posted %x for A, want %x", got, e.honestOutput(imageA))
	}
	before := sent.count()
	if err := e.chain.Revert(e.ctx, snap); err != nil {
		t.Fatal(err)
	}
	idB, imageB := e.ask(2)
	if idA.Cmp(idB) != 0 || e.fx.q.Predict(imageA) == e.fx.q.Predict(imageB) {
		t.Fatalf("request ids %v and %v, digits %d and %d: the test wants the same id for different answers", idA, idB,
			e.fx.q.Predict(imageA), e.fx.q.Predict(imageB))
	}
	wait("the answer to B", func() bool { return len(sent.reveals(t)) == 2 })
	if got := sent.reveals(t)[1]; !bytes.Equal(got, e.honestOutput(imageB)) {
		t.Fatalf("after the reorganisation the agent posted %x, want B's %x", got, e.honestOutput(imageB))
	}
	if !strings.Contains(narration.String(), "reorganised") {
		t.Errorf("the agent did not say it saw a reorganisation:\n%s", narration.String())
	}
	t.Logf("%d transactions before the reorganisation, %d in all", before, sent.count())
	if err := e.chain.AdvanceTime(e.ctx, testWindow+testClock); err != nil {
		t.Fatal(err)
	}
	wait("finalization", e.finalized(idB))
	e.checkDelivered(idB, imageB)
}

// TestConfirmationDepth: an agent that acts only on events three blocks deep does not answer a request whose
// block is reorganised away before it is confirmed, and answers the request that replaces it once that one is.
func TestConfirmationDepth(t *testing.T) {
	e := newEnv(t, 1)
	sub, sent, _ := e.watchedAgent("submitter", submitterKey, Submitter, 3)
	defer sub.Close()
	snap, err := e.chain.Snapshot(e.ctx)
	if err != nil {
		t.Fatal(err)
	}
	e.ask(1)
	for range 2 { // two more blocks: the request is two deep
		if err := e.chain.AdvanceTime(e.ctx, time.Second); err != nil {
			t.Fatal(err)
		}
		if _, err := sub.Step(e.ctx); err != nil {
			t.Fatal(err)
		}
	}
	if n := sent.count(); n != 0 {
		t.Fatalf("the agent sent %d transactions on an unconfirmed request", n)
	}
	if err := e.chain.Revert(e.ctx, snap); err != nil {
		t.Fatal(err)
	}
	id, image := e.ask(2)
	for range 3 {
		if _, err := sub.Step(e.ctx); err != nil {
			t.Fatal(err)
		}
		if err := e.chain.AdvanceTime(e.ctx, time.Second); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := sub.Step(e.ctx); err != nil {
		t.Fatal(err)
	}
	if rs := sent.reveals(t); len(rs) != 1 || !bytes.Equal(rs[0], e.honestOutput(image)) {
		t.Fatalf("the agent revealed %x, want only B's %x", rs, e.honestOutput(image))
	}
	if r := e.request(id); r.EntryCount != 1 {
		t.Fatalf("%d entries", r.EntryCount)
	}
}

// TestInputHashGuard: an agent whose database holds another input for a request than the one on chain (as after
// a reorganisation its scan did not notice) sends nothing for it, forgets it, reads its event again, and then
// answers the request on chain.
func TestInputHashGuard(t *testing.T) {
	e := newEnv(t, 1)
	sub, sent, narration := e.watchedAgent("submitter", submitterKey, Submitter, 0)
	defer sub.Close()
	id, image := e.ask(2)
	head, err := e.chain.Client().HeaderByNumber(e.ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	// The agent's database says request 1 is image A, and that it has scanned the chain to the head.
	if err := sub.store.update(func(tx *storeTx) error {
		if err := tx.putRequest(&requestRecord{ID: id.Uint64(), Model: e.model.ID().String(), Input: e.fx.test.Image(1),
			Block: head.Number.Uint64(), Outputs: map[string][]byte{}}); err != nil {
			return err
		}
		return tx.setScanned([]scannedBlock{{Number: head.Number.Uint64(), Hash: head.Hash()}})
	}); err != nil {
		t.Fatal(err)
	}
	if _, err := sub.Step(e.ctx); err != nil {
		t.Fatal(err)
	}
	if n := sent.count(); n != 0 {
		t.Fatalf("the agent sent %d transactions for a request whose input it has wrong", n)
	}
	if !strings.Contains(narration.String(), "not the request seen") {
		t.Fatalf("the agent did not say why it skipped the request:\n%s", narration.String())
	}
	for range 2 {
		if _, err := sub.Step(e.ctx); err != nil {
			t.Fatal(err)
		}
	}
	if rs := sent.reveals(t); len(rs) != 1 || !bytes.Equal(rs[0], e.honestOutput(image)) {
		t.Fatalf("the agent revealed %x, want %x", rs, e.honestOutput(image))
	}
	if r := e.request(id); r.InputHash != inputHash(image) || r.EntryCount != 1 {
		t.Fatalf("request %+v", r)
	}
}

// TestSockPuppetAgents: the stall of issue 11 played by agents. A cheating submitter posts a wrong digit; its
// second account (a sock) posts another wrong digit and pairs it with the cheater's entry, a game the cheater
// throws; the honest validator posts the true digit and disputes both. The truth is final, the validator is
// paid for both wrong entries, and the cheater's accounts together lose money.
func TestSockPuppetAgents(t *testing.T) {
	e := newEnv(t, 1)
	const sockKey = 3
	sub := e.agent("cheater", submitterKey, Submitter, Cheat{Mode: CheatSockPuppet, Partner: addrOf(e.keys[sockKey])})
	sock := e.agent("sock", sockKey, Submitter, Cheat{Mode: CheatSock, Partner: addrOf(e.keys[submitterKey])})
	val := e.agent("validator", validatorKey, Validator, Cheat{})
	defer sub.Close()
	defer sock.Close()
	defer val.Close()
	id, image := e.ask(4)
	agents := []*Agent{sub, sock, val}
	e.drive(agents, e.finalized(id), 300)
	e.drive(agents, e.settledAll, 10)
	e.checkDelivered(id, image)
	e.checkOracleEmpty()
	vs, err := val.Stats()
	if err != nil {
		t.Fatal(err)
	}
	gain := new(big.Int).Sub(vs.Withdrawn, vs.Bonds)
	if gain.Cmp(e.fee) <= 0 || len(vs.Games) != 2 || !vs.Games[0].Won || !vs.Games[1].Won {
		t.Fatalf("the validator gained %v (fee %v) in games %+v", gain, e.fee, vs.Games)
	}
	loss := new(big.Int)
	for _, a := range []*Agent{sub, sock} {
		s, err := a.Stats()
		if err != nil {
			t.Fatal(err)
		}
		loss.Add(loss, new(big.Int).Sub(s.Withdrawn, s.Bonds))
	}
	if loss.Sign() >= 0 {
		t.Fatalf("the cheater's accounts gained %v", loss)
	}
	t.Logf("validator +%v wei (fee %v); the cheater's two accounts %v wei", gain, e.fee, loss)
}
