package contracts_test

import (
	"bytes"
	"fmt"
	"math/big"
	"sort"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/opml-dev/opml/contracts"
	"github.com/opml-dev/opml/contracts/bindings"
)

// The attacks of the incentives review (issue 11), each played against the oracle: none of them profits. The
// games are FakeGame's, decided as the real game decides them between an honest party and a liar (the honest
// party wins, at the latest when the liar's clock runs out: 2·clock after the game opened); the real game's
// soundness is tested in game_test.go and twophase_test.go.

// honestGames are the games an honest party is in, with the time each ends at the latest.
type honestGames struct {
	e   *aiEnv
	due map[string]uint64 // game id → time
	won int
}

// open records game g, which the honest party wins 2·clock after now (the liar stalls to the end).
func (h *honestGames) open(g *big.Int) { h.due[g.String()] = h.e.cfg.Time + 2*oeClock + 1 }

// until lets time pass to t, ending every honest game due before then in the honest party's favour.
func (h *honestGames) until(t uint64, honest string) {
	ids := make([]string, 0, len(h.due))
	for id, at := range h.due {
		if at <= t {
			ids = append(ids, id)
		}
	}
	sort.Slice(ids, func(i, j int) bool { return h.due[ids[i]] < h.due[ids[j]] })
	for _, id := range ids {
		h.e.cfg.Time = max(h.e.cfg.Time, h.due[id])
		g, _ := new(big.Int).SetString(id, 10)
		h.e.decide(g, honest)
		delete(h.due, id)
		h.won++
	}
	h.e.cfg.Time = max(h.e.cfg.Time, t)
}

// TestAttackSockPuppets: the sock-puppet stall. A cheater posts a wrong result; the honest party posts the
// truth and disputes it. Every 30 seconds, to the last moment entries are accepted, a new account of the cheater
// posts another wrong claim (a new one while the window is open, then backing earlier ones), and the previous
// wrong entry throws its game against it. The honest party disputes every wrong entry as it appears. The window
// never restarts: the truth is final by window + 3·clock after the first entry, the honest party is paid for
// every wrong entry it beat, and the cheater's accounts together lose money.
func TestAttackSockPuppets(t *testing.T) {
	e := newAIEnv(t)
	img := fxImage(11)
	id := e.ask("user", img)
	h := &honestGames{e: e, due: map[string]uint64{}}
	truth := fxClaim("seven", fxDigit(7))
	lie := func(i int) bindings.OracleEntriesClaimProof { return fxClaim(fmt.Sprintf("lie %d", i), fxDigit(1)) }

	prev := e.post("cheater 0", id, fxDigit(1), lie(0))
	t0 := e.cfg.Time
	e.advance(2)
	honest := e.post("honest", id, fxDigit(7), truth)
	e.setStart(id, img)
	h.open(e.dispute("honest", id, honest, prev))
	cheaters := []common.Address{e.acct("cheater 0")}
	closesAt := e.request(id).ClosesAt
	rounds := 0
	for i := 1; e.cfg.Time+30 < closesAt; i++ {
		h.until(e.cfg.Time+30, "honest")
		c := lie(i)
		if e.cfg.Time >= t0+oeWindow {
			c = lie(i % 5) // after the window only claims already posted may be backed
		}
		who := fmt.Sprintf("cheater %d", i)
		sock := e.post(who, id, fxDigit(1), c)
		cheaters = append(cheaters, e.acct(who))
		// The previous wrong entry throws its game against the new one, which the honest party disputes at once.
		thrown := e.dispute(who, id, prev, sock)
		e.decide(thrown, who)
		h.open(e.dispute("honest", id, honest, sock))
		prev = sock
		rounds++
	}
	if rounds < 10 {
		t.Fatalf("only %d rounds of the attack", rounds)
	}
	// Let the honest games run out, then finalize: no wrong entry is left.
	h.until(closesAt, "honest")
	last := uint64(0)
	for _, at := range h.due {
		last = max(last, at)
	}
	h.until(max(last, closesAt), "honest")
	e.finalize(id, truth.Claim, fxDigit(7))
	bound := t0 + oeWindow + 3*oeClock + 1
	if e.cfg.Time > bound {
		t.Fatalf("finalized %d s after the first entry, beyond the bound of %d s", e.cfg.Time-t0, bound-t0)
	}
	if a := oeView(e, e.consumer, e.dc.PackAnswer(id), e.dc.UnpackAnswer); !a.Valid || a.Digit != 7 {
		t.Fatalf("the dApp got %+v, want 7", a)
	}
	e.must("release the honest bond", e.acct("bystander"), e.oracle, nil, e.ao.PackReleaseBond(id, honest))
	all := append([]common.Address{e.acct("honest")}, cheaters...)
	e.checkLedger(all...)
	e.withdraw(all...)
	hNet := e.net(e.acct("honest"))
	cNet := new(big.Int)
	for _, c := range cheaters {
		cNet.Add(cNet, e.net(c))
	}
	// The honest party beat every wrong entry in its own game: half of 75% of the bond for each one a sock
	// eliminated first (it had two games open then), 75% for the last, plus the fee.
	perThrown := new(big.Int).Div(pct(oeBond, 75), big.NewInt(2))
	wantHonest := sum(e.fee(), pct(oeBond, 75), new(big.Int).Mul(perThrown, big.NewInt(int64(rounds))))
	if hNet.Cmp(wantHonest) != 0 || hNet.Cmp(e.fee()) <= 0 {
		t.Fatalf("the honest party gained %v, want %v (the fee and a share of each of %d wrong entries)", hNet, wantHonest, rounds+1)
	}
	if cNet.Sign() >= 0 {
		t.Fatalf("the cheater's %d accounts together gained %v", len(cheaters), cNet)
	}
	t.Logf("%d wrong entries over %d s; finalized %d s after the first entry (bound %d s); honest +%v wei (fee %v), cheaters %v wei",
		rounds+1, closesAt-t0, e.cfg.Time-t0, bound-t0, hNet, e.fee(), cNet)
}

// TestAttackThrownTruth: a cheater posts the true result first, then, in the last second of the window, a wrong
// one from another account, and throws the true entry's game against it. The honest party, which had nothing to
// add while the only result was true, backs the true claim in the backing window and beats the wrong entry: the
// truth is final within the bound and the fee goes to the honest party.
func TestAttackThrownTruth(t *testing.T) {
	e := newAIEnv(t)
	img := fxImage(12)
	id := e.ask("user", img)
	truth, wrong := fxClaim("seven", fxDigit(7)), fxClaim("one", fxDigit(1))
	first := e.post("cheater", id, fxDigit(7), truth)
	t0 := e.cfg.Time
	e.advance(oeWindow - 1)
	sock := e.post("sock", id, fxDigit(1), wrong)
	e.setStart(id, img)
	e.decide(e.dispute("sock", id, first, sock), "sock")
	e.advance(5)
	honest := e.post("honest", id, fxDigit(7), truth)
	h := &honestGames{e: e, due: map[string]uint64{}}
	h.open(e.dispute("honest", id, honest, sock))
	h.until(e.request(id).ClosesAt+2*oeClock, "honest")
	e.finalize(id, truth.Claim, fxDigit(7))
	if fin := oeEvent(e, e.ao.UnpackFinalizedEvent); fin == nil || fin.FeeEntry != honest+1 {
		t.Fatalf("Finalized %+v: want the fee to the honest entry", fin)
	}
	if e.cfg.Time > t0+oeWindow+3*oeClock+1 {
		t.Fatalf("finalized %d s after the first entry", e.cfg.Time-t0)
	}
	e.must("release", e.acct("bystander"), e.oracle, nil, e.ao.PackReleaseBond(id, honest))
	all := []common.Address{e.acct("honest"), e.acct("cheater"), e.acct("sock")}
	e.withdraw(all...)
	if hNet := e.net(e.acct("honest")); hNet.Cmp(e.fee()) <= 0 {
		t.Fatalf("the honest party gained %v", hNet)
	}
	if cNet := new(big.Int).Add(e.net(e.acct("cheater")), e.net(e.acct("sock"))); cNet.Sign() >= 0 {
		t.Fatalf("the cheater gained %v", cNet)
	}
}

// TestCallbackGas: an 8,300-byte output delivered to a callback that needs nearly all its gas limit. Whatever
// gas the finalizing transaction carries, the delivery either does not happen (finalize reverts) or the callback
// gets its whole limit and succeeds: a finalizer cannot starve it. A callback that reverts anyway can be
// delivered again by anyone.
func TestCallbackGas(t *testing.T) {
	e := newAIEnv(t)
	const limit, size = 2_000_000, 8300
	model := e.register(fxSingleInfo("big output", size))
	burner := e.deploy(bindings.GasBurnerMetaData.Bin, bindings.NewGasBurner().PackConstructor(e.oracle, big.NewInt(2000)))
	gb := bindings.NewGasBurner()
	output := bytes.Repeat([]byte("opml"), size/4)
	claim := fxClaim("big", output)
	fee := sum(oeMinFee, new(big.Int).Mul(oeGasPrice, big.NewInt(limit)))
	ask := func() *big.Int {
		ret := e.must("ask", e.acct("user"), burner, fee, gb.PackAsk(model, fxImage(1), limit))
		id, _ := gb.UnpackAsk(ret)
		return id
	}
	id := ask()
	e.post("honest", id, output, claim)
	e.advance(oeWindow + oeClock)
	finalize := e.ao.PackFinalize(id, claim.Claim, output)
	succeeded := false
	var tried, reverted int
	for gas := uint64(limit); gas < limit+400_000 && !succeeded; gas += 3_000 {
		tried++
		_, _, err := e.callGas(e.acct("finalizer"), e.oracle, nil, finalize, gas)
		if err != nil {
			if !strings.Contains(err.Error(), "NotEnoughGasForCallback") && !strings.Contains(err.Error(), "out of gas") {
				t.Fatalf("finalize with %d gas: %v", gas, err)
			}
			reverted++
			continue
		}
		succeeded = true
		if !oeView(e, burner, gb.PackDone(id), gb.UnpackDone) {
			t.Fatalf("finalize with %d gas succeeded but the callback did not complete: it was starved", gas)
		}
		entry := oeView(e, burner, gb.PackGasAtEntry(id), gb.UnpackGasAtEntry)
		if entry.Uint64() < limit-1000 || entry.Uint64() > limit {
			t.Fatalf("the callback started with %v gas, want its limit %d", entry, limit)
		}
		if n := oeView(e, burner, gb.PackOutputLength(id), gb.UnpackOutputLength); n.Uint64() != size {
			t.Fatalf("the callback got %v output bytes", n)
		}
		t.Logf("finalize with a %d-byte output: %d transaction gas limits refused, the first that passes (%d gas) gives the callback %v of its %d",
			size, reverted, gas, entry, limit)
	}
	if !succeeded || reverted == 0 {
		t.Fatalf("%d tries, %d refused, success %v", tried, reverted, succeeded)
	}

	// A callback that reverts: the result is final anyway, and anyone delivers it once the dApp accepts it.
	e.must("pause", e.acct("user"), burner, nil, gb.PackSetPaused(true))
	id2 := ask()
	e.post("honest", id2, output, claim)
	e.advance(oeWindow + oeClock)
	e.finalize(id2, claim.Claim, output)
	if d := oeEvent(e, e.ao.UnpackDeliveredEvent); d == nil || d.Success {
		t.Fatalf("Delivered %+v, want a failed delivery", d)
	}
	if !oeView(e, e.oracle, e.ao.PackIsFinalized(id2), e.ao.UnpackIsFinalized) {
		t.Fatal("not final after a failed delivery")
	}
	e.must("deliver while the dApp still reverts", e.acct("anyone"), e.oracle, nil, e.ao.PackDeliver(id2, output))
	if d := oeEvent(e, e.ao.UnpackDeliveredEvent); d == nil || d.Success || e.request(id2).Delivered {
		t.Fatalf("Delivered %+v while the dApp reverts", d)
	}
	e.must("unpause", e.acct("user"), burner, nil, gb.PackSetPaused(false))
	e.wantRevert("deliver another output", e.acct("anyone"), e.oracle, nil, e.ao.PackDeliver(id2, output[1:]), "WrongOutput")
	e.must("deliver again", e.acct("anyone"), e.oracle, nil, e.ao.PackDeliver(id2, output))
	if !oeView(e, burner, gb.PackDone(id2), gb.UnpackDone) || !e.request(id2).Delivered {
		t.Fatal("the retried delivery did not reach the dApp")
	}
	e.wantRevert("deliver a delivered result", e.acct("anyone"), e.oracle, nil, e.ao.PackDeliver(id2, output), "AlreadyDelivered")
	e.checkLedger()
}

// TestOracleFailedRun: an entry that claims the model's run failed on the input (its claim a faulted end state,
// its output empty) is a result like any other: final after the window, paid the fee, and delivered to the dApp
// as ORA's error callback with the run-failed message.
func TestOracleFailedRun(t *testing.T) {
	e := newAIEnv(t)
	id := e.ask("user", fxImage(8))
	claim := fxFailedClaim("crash", 0, 4)
	if i := e.post("honest", id, nil, claim); e.entries(id)[i].Failed != true {
		t.Fatal("the entry is not marked failed")
	}
	e.advance(oeWindow + oeClock)
	e.wantRevert("finalize with an output", e.acct("bystander"), e.oracle, nil, e.ao.PackFinalize(id, claim.Claim, fxDigit(1)), "WrongOutput")
	e.finalize(id, claim.Claim, nil)
	if fin := oeEvent(e, e.ao.UnpackFinalizedEvent); fin == nil || !fin.Failed {
		t.Fatalf("Finalized %+v", fin)
	}
	if res := oeEvent(e, e.ao.UnpackAICallbackResultEvent); res != nil {
		t.Fatalf("AICallbackResult %+v for a failed run", res)
	}
	if cb := oeEvent(e, bindings.NewDigitConsumer().UnpackAICallbackErrorEvent); cb == nil || cb.Code != uint8(contracts.ErrInvalidInput) ||
		!strings.Contains(string(cb.Message), "run failed") {
		t.Fatalf("the dApp's AICallbackError %+v", cb)
	}
	if a := oeView(e, e.consumer, e.dc.PackAnswer(id), e.dc.UnpackAnswer); !a.Delivered || !a.Failed || a.NoResult || a.Valid {
		t.Fatalf("the dApp's answer %+v", a)
	}
	if got := e.owed(e.acct("honest")); got.Cmp(e.fee()) != 0 {
		t.Fatalf("the entry is owed %v, want the fee", got)
	}
}
