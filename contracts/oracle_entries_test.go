package contracts_test

import (
	"bytes"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/opml-dev/opml/contracts"
	"github.com/opml-dev/opml/contracts/bindings"
)

// TestOracleUnchallenged: a dApp asks, one entry is posted and nobody disputes it. Nothing can be finalized
// before entries close (window, then backing window); then anyone finalizes: the output reaches the dApp with
// ORA's callback, the fee goes to the entry, its bond comes back, and every wei is where it should be.
func TestOracleUnchallenged(t *testing.T) {
	e := newAIEnv(t)
	img := fxImage(1)
	id := e.ask("user", img)
	ev := oeEvent(e, e.ao.UnpackAICallbackRequestEvent)
	if ev == nil || ev.Account != e.consumer || ev.ModelId.Cmp(e.model) != 0 || !bytes.Equal(ev.Input, img) ||
		ev.CallbackContract != e.consumer || ev.GasLimit != oeCallback {
		t.Fatalf("AICallbackRequest %+v", ev)
	}
	r := e.request(id)
	if contracts.RequestStatus(r.Status) != contracts.StatusRequested || r.InputHash != crypto.Keccak256Hash(img) || r.Fee.Cmp(e.fee()) != 0 {
		t.Fatalf("request %+v", r)
	}
	e.wantRevert("finalize before any entry", e.acct("bystander"), e.oracle, nil, e.ao.PackFinalize(id, [32]byte{}, nil), "StillOpen")

	claim := fxClaim("seven", fxDigit(7))
	first := e.post("honest", id, fxDigit(7), claim)
	rv := oeEvent(e, e.ao.UnpackRevealedEvent)
	t0 := e.cfg.Time
	if first != 0 || rv == nil || rv.Priority != 1 || rv.WindowEnd != t0+oeWindow || rv.ClosesAt != t0+oeWindow+oeClock || rv.Failed {
		t.Fatalf("entry %d, Revealed %+v", first, rv)
	}
	e.advance(oeWindow + oeClock - 1)
	e.wantRevert("finalize a second before entries close", e.acct("bystander"), e.oracle, nil, e.ao.PackFinalize(id, claim.Claim, fxDigit(7)), "StillOpen")
	e.advance(1)
	e.wantRevert("finalize another claim", e.acct("bystander"), e.oracle, nil, e.ao.PackFinalize(id, fxClaim("eight", fxDigit(8)).Claim, fxDigit(8)), "Disagreement")
	e.wantRevert("finalize with another output", e.acct("bystander"), e.oracle, nil, e.ao.PackFinalize(id, claim.Claim, fxDigit(8)), "WrongOutput")
	e.finalize(id, claim.Claim, fxDigit(7))
	if res := oeEvent(e, e.ao.UnpackAICallbackResultEvent); res == nil || res.Account != e.consumer || !bytes.Equal(res.Output, fxDigit(7)) {
		t.Fatalf("AICallbackResult %+v", res)
	}
	if a := oeView(e, e.consumer, e.dc.PackAnswer(id), e.dc.UnpackAnswer); !a.Delivered || !a.Valid || a.Digit != 7 {
		t.Fatalf("the dApp's answer %+v", a)
	}
	if !oeView(e, e.oracle, e.ao.PackIsFinalized(id), e.ao.UnpackIsFinalized) || !oeView(e, e.consumer, e.dc.PackIsFinalized(id), e.dc.UnpackIsFinalized) {
		t.Fatal("isFinalized is false after finalize")
	}
	e.wantRevert("finalize twice", e.acct("bystander"), e.oracle, nil, e.ao.PackFinalize(id, claim.Claim, fxDigit(7)), "NotOpen")
	e.wantRevert("deliver a delivered result", e.acct("bystander"), e.oracle, nil, e.ao.PackDeliver(id, fxDigit(7)), "AlreadyDelivered")
	honest := e.acct("honest")
	if got := e.owed(honest); got.Cmp(e.fee()) != 0 {
		t.Fatalf("the entry is owed %v, want the fee %v", got, e.fee())
	}
	e.must("release the bond", e.acct("bystander"), e.oracle, nil, e.ao.PackReleaseBond(id, 0))
	e.wantRevert("release it twice", e.acct("bystander"), e.oracle, nil, e.ao.PackReleaseBond(id, 0), "NotReleasable")
	e.checkLedger(honest)
	e.withdraw(honest)
	if got := e.net(honest); got.Cmp(e.fee()) != 0 {
		t.Fatalf("the submitter gained %v, want the fee %v", got, e.fee())
	}
	if got := e.net(e.acct("user")); got.Cmp(neg(e.fee())) != 0 {
		t.Fatalf("the user paid %v, want the fee %v", neg(got), e.fee())
	}
	if bal := e.cfg.State.GetBalance(e.oracle); !bal.IsZero() {
		t.Fatalf("the oracle holds %v at the end", bal)
	}
}

// TestOracleRequestRules: what requestCallback accepts (ORA's rules: a fee of at least estimateFee, a callback
// and a gas limit together), and a request with an input shorter than the model's.
func TestOracleRequestRules(t *testing.T) {
	e := newAIEnv(t)
	user := e.acct("user")
	fee := oeView(e, e.oracle, e.ao.PackEstimateFee(e.model, big.NewInt(oeCallback)), e.ao.UnpackEstimateFee)
	if fee.Cmp(e.fee()) != 0 {
		t.Fatalf("estimateFee %v, want minFee + gas·price = %v", fee, e.fee())
	}
	if got := oeView(e, e.consumer, e.dc.PackFee(), e.dc.UnpackFee); got.Cmp(fee) != 0 {
		t.Fatalf("the dApp's fee %v, want %v", got, fee)
	}
	low := new(big.Int).Sub(fee, big.NewInt(1))
	for _, c := range []struct {
		name  string
		value *big.Int
		data  []byte
		want  string
	}{
		{"a fee one wei short", low, e.ao.PackRequestCallback(e.model, fxImage(1), e.consumer, oeCallback, nil), "FeeTooLow"},
		{"an unregistered model", fee, e.ao.PackRequestCallback(big.NewInt(7), fxImage(1), e.consumer, oeCallback, nil), "NotRegistered"},
		{"an input longer than the model's", fee, e.ao.PackRequestCallback(e.model, append(fxImage(1), 0), e.consumer, oeCallback, nil), "InputTooLong"},
		{"a callback without gas", fee, e.ao.PackRequestCallback(e.model, fxImage(1), e.consumer, 0, nil), "CallbackWithoutGas"},
		{"gas without a callback", fee, e.ao.PackRequestCallback(e.model, fxImage(1), common.Address{}, oeCallback, nil), "CallbackWithoutGas"},
		{"too much callback gas", sum(oeMinFee, new(big.Int).Mul(oeGasPrice, big.NewInt(20_000_000))),
			e.ao.PackRequestCallback(e.model, fxImage(1), e.consumer, 20_000_000, nil), "CallbackGasTooHigh"},
	} {
		e.wantRevert(c.name, user, e.oracle, c.value, c.data, c.want)
	}
	// A short input is zero-padded: its game starts where the padded input's does.
	short := fxImage(3)[:500]
	id := e.askModel("user", e.model, short)
	e.must("setGameStart with the short input", user, e.oracle, nil, e.ao.PackSetGameStart(id, short, fxSiblings("mnist")))
	start := oeEvent(e, e.ao.UnpackGameStartSetEvent)
	padded := make([]byte, fxInputSize)
	copy(padded, short)
	if start == nil || start.Start != fxStartState("mnist", padded) || start.Positions != 1<<32 || start.Kind != uint8(contracts.KindVM) {
		t.Fatalf("GameStartSet %+v, want the start of the zero-padded input", start)
	}
	e.wantRevert("setGameStart with the padded input (another input hash)", user, e.oracle, nil,
		e.ao.PackSetGameStart(e.askModel("user", e.model, short), padded, fxSiblings("mnist")), "WrongInput")
	e.wantRevert("setGameStart twice", user, e.oracle, nil, e.ao.PackSetGameStart(id, short, fxSiblings("mnist")), "StartAlreadySet")
	e.checkLedger()
}

// TestOracleCommitReveal: the rules of posting an entry. A copied commit is worthless (the reveal recomputes the
// commitment with the sender), and a front-runner that copies the honest submitter's revealed result gains
// nothing: the fee goes to the earliest commit, its own bond only comes back.
func TestOracleCommitReveal(t *testing.T) {
	e := newAIEnv(t)
	id := e.ask("user", fxImage(2))
	out, claim := fxDigit(2), fxClaim("two", fxDigit(2))
	honest, copier := e.acct("honest"), e.acct("copier")
	e.wantRevert("reveal without a commit", honest, e.oracle, oeBond, e.ao.PackReveal(id, out, claim, oeSalt("honest"), 0), "NoCommit")
	honestCommit := e.ao.PackCommit(id, contracts.Commitment(id, honest, out, claim.Claim, oeSalt("honest")))
	e.must("honest commits", honest, e.oracle, nil, honestCommit)
	e.wantRevert("commit twice", honest, e.oracle, nil, honestCommit, "AlreadyCommitted")
	// The copier sends the honest commit as is, and later the honest reveal as is: the commitment held the
	// honest sender, so the copy does not reveal.
	e.must("copier copies the commit", copier, e.oracle, nil, honestCommit)
	honestReveal := e.ao.PackReveal(id, out, claim, oeSalt("honest"), 0)
	e.wantRevert("copier copies the reveal", copier, e.oracle, oeBond, honestReveal, "BadReveal")
	e.wantRevert("reveal with another salt", honest, e.oracle, oeBond, e.ao.PackReveal(id, out, claim, oeSalt("x"), 0), "BadReveal")
	e.wantRevert("reveal another output", honest, e.oracle, oeBond, e.ao.PackReveal(id, fxDigit(3), claim, oeSalt("honest"), 0), "BadReveal")
	e.wantRevert("reveal with a low bond", honest, e.oracle, new(big.Int).Sub(oeBond, big.NewInt(1)), honestReveal, "BondTooLow")
	// A front-runner that saw the result commits and reveals it before the honest reveal is mined.
	e.post("front-runner", id, out, claim)
	e.must("honest reveals", honest, e.oracle, oeBond, honestReveal)
	e.wantRevert("reveal twice", honest, e.oracle, oeBond, honestReveal, "AlreadyRevealed")
	es := e.entries(id)
	if len(es) != 2 || es[0].Poster != e.acct("front-runner") || es[0].Priority != 3 || es[1].Poster != honest || es[1].Priority != 1 {
		t.Fatalf("entries %+v: want the front-runner's first (priority 3), the honest one second (priority 1)", es)
	}
	e.advance(oeWindow + oeClock)
	e.finalize(id, claim.Claim, out)
	if fin := oeEvent(e, e.ao.UnpackFinalizedEvent); fin == nil || fin.FeeEntry != 2 {
		t.Fatalf("Finalized %+v: want the fee paid to entry 1 (the honest, earliest commit)", fin)
	}
	for i := range es {
		e.must("release", e.acct("bystander"), e.oracle, nil, e.ao.PackReleaseBond(id, uint32(i)))
	}
	accounts := []common.Address{honest, copier, e.acct("front-runner")}
	e.checkLedger(accounts...)
	e.withdraw(accounts...)
	if got := e.net(honest); got.Cmp(e.fee()) != 0 {
		t.Fatalf("honest submitter gained %v, want the fee %v", got, e.fee())
	}
	for _, a := range accounts[1:] {
		if got := e.net(a); got.Sign() != 0 {
			t.Fatalf("a copier (%s) ends with %v wei, want nothing gained or lost but gas", a, got)
		}
	}
}

// TestOracleWindows: new claims until windowEnd, backing of claims already posted until closesAt (one clock
// later), nothing after; a request nobody answers before its deadline ends with no result: the fee goes back
// and the dApp is told (ORA's error callback), and the asker reclaims the fee through the dApp.
func TestOracleWindows(t *testing.T) {
	e := newAIEnv(t)
	id := e.ask("user", fxImage(4))
	e.post("first", id, fxDigit(4), fxClaim("four", fxDigit(4)))
	e.advance(oeWindow - 1)
	e.post("second", id, fxDigit(5), fxClaim("five", fxDigit(5))) // a new claim, the last second it may come
	e.advance(1)
	e.commit("late", id, fxDigit(6), fxClaim("six", fxDigit(6)))
	e.wantRevert("a new claim after the window", e.acct("late"), e.oracle, oeBond,
		e.ao.PackReveal(id, fxDigit(6), fxClaim("six", fxDigit(6)), oeSalt("late"), 0), "ClaimNotAdmitted")
	e.post("backer", id, fxDigit(4), fxClaim("four", fxDigit(4))) // backing a claim already posted
	e.advance(oeClock - 1)
	e.post("last backer", id, fxDigit(5), fxClaim("five", fxDigit(5)))
	e.advance(1)
	e.wantRevert("commit after entries closed", e.acct("too late"), e.oracle, nil, e.ao.PackCommit(id, [32]byte{1}), "EntriesClosed")
	e.wantRevert("finalize with two claims live", e.acct("bystander"), e.oracle, nil,
		e.ao.PackFinalize(id, fxClaim("four", fxDigit(4)).Claim, fxDigit(4)), "Disagreement", "live=2", "allLive=4")

	// No entry before the deadline: no result.
	id2 := e.ask("asker", fxImage(5))
	e.advance(oeSubmission - 1)
	e.wantRevert("no result before the deadline", e.acct("bystander"), e.oracle, nil, e.ao.PackFinalize(id2, [32]byte{}, nil), "StillOpen")
	e.advance(1)
	e.wantRevert("commit after the deadline", e.acct("late"), e.oracle, nil, e.ao.PackCommit(id2, [32]byte{2}), "EntriesClosed")
	e.finalize(id2, [32]byte{}, nil)
	r := e.request(id2)
	if contracts.RequestStatus(r.Status) != contracts.StatusNoResult || !r.Delivered {
		t.Fatalf("request %+v: want NoResult, delivered", r)
	}
	if a := oeView(e, e.consumer, e.dc.PackAnswer(id2), e.dc.UnpackAnswer); !a.Delivered || !a.Failed || !a.NoResult {
		t.Fatalf("the dApp's answer %+v: want told of no result", a)
	}
	if !oeView(e, e.oracle, e.ao.PackIsFinalized(id2), e.ao.UnpackIsFinalized) {
		t.Fatal("isFinalized is false after no result")
	}
	e.wantRevert("reclaim by another", e.acct("user"), e.consumer, nil, e.dc.PackReclaimFee(id2), "NotTheAsker")
	e.must("reclaim the fee", e.acct("asker"), e.consumer, nil, e.dc.PackReclaimFee(id2))
	e.wantRevert("reclaim twice", e.acct("asker"), e.consumer, nil, e.dc.PackReclaimFee(id2), "NotRefundable")
	if got := e.net(e.acct("asker")); got.Sign() != 0 {
		t.Fatalf("the asker of an unanswered request ends with %v wei, want its fee back", got)
	}
	e.checkLedger()
}

// TestOracleDisputes: pairing entries in games, and what a game's end does to the bonds: the loser is
// eliminated, each game it loses pays its winner a share of 75% of its bond split over the games it had open
// when eliminated, the rest is burned once its last game settles; a request whose entries all fell ends with no
// result.
func TestOracleDisputes(t *testing.T) {
	e := newAIEnv(t)
	img := fxImage(6)
	id := e.ask("user", img)
	x, y, z := fxClaim("x", fxDigit(1)), fxClaim("y", fxDigit(2)), fxClaim("z", fxDigit(3))
	a := e.post("a", id, fxDigit(1), x)
	b := e.post("b", id, fxDigit(2), y)
	c := e.post("c", id, fxDigit(3), z)
	same := e.post("a2", id, fxDigit(1), x)
	by := e.acct("bystander")
	e.wantRevert("a game before the start is set", by, e.oracle, nil, e.ao.PackDispute(id, a, b), "NoGameStart")
	e.setStart(id, img)
	e.wantRevert("a game between one claim", by, e.oracle, nil, e.ao.PackDispute(id, a, same), "SameClaim")
	e.wantRevert("a game with an unknown entry", by, e.oracle, nil, e.ao.PackDispute(id, a, 9), "UnknownEntry")
	ab := e.dispute("bystander", id, b, a) // the older entry (a) asserts whatever the order given
	if op := oeView(e, e.game, e.fg.PackFakeOpened(ab), e.fg.UnpackFakeOpened); op.Asserter != e.acct("a") || op.Challenger != e.acct("b") ||
		op.AsserterClaim != x.Claim || op.ChallengerClaim != y.Claim {
		t.Fatalf("the game opened with %+v", op)
	}
	e.wantRevert("the same pair again", by, e.oracle, nil, e.ao.PackDispute(id, a, b), "AlreadyPaired")
	bc := e.dispute("bystander", id, b, c)
	ac := e.dispute("bystander", id, a, c)
	e.wantRevert("a resolution not from the game", by, e.oracle, nil, e.ao.PackResolved(ab, e.acct("a")), "OnlyGame")
	e.wantRevert("a winner who is no party", by, e.game, nil, e.fg.PackDecide(ab, e.acct("c")), "NotAParty")

	share := func(n int64) *big.Int { return new(big.Int).Div(pct(oeBond, 75), big.NewInt(n)) }
	// c beats b: b had two games open, so each game it loses pays half of 75% of its bond.
	e.decide(bc, "c")
	if el := oeEvent(e, e.ao.UnpackEliminatedEvent); el == nil || el.Entry != b || el.Share.Cmp(share(2)) != 0 || el.Games != 2 {
		t.Fatalf("Eliminated %+v, want entry b with a share of %v over 2 games", el, share(2))
	}
	e.wantRevert("the game again", by, e.game, nil, e.fg.PackDecide(bc, e.acct("c")), "GameNotOpen")
	e.wantRevert("a game with an eliminated entry", by, e.oracle, nil, e.ao.PackDispute(id, b, same), "NotLive")
	// b (eliminated) beats a in their game: a is eliminated, b's poster is paid a's share.
	e.decide(ab, "b")
	// a beats c: c is eliminated with one game open and pays a's poster 75% of its bond.
	e.decide(ac, "a")
	want := map[string]*big.Int{"a": share(1), "b": share(2), "c": share(2)}
	for who, w := range want {
		if got := e.owed(e.acct(who)); got.Cmp(w) != 0 {
			t.Fatalf("%s is owed %v, want %v", who, got, w)
		}
	}
	burned := sum(new(big.Int).Sub(oeBond, share(2)), new(big.Int).Sub(oeBond, share(2)), new(big.Int).Sub(oeBond, share(1)))
	if l := e.checkLedger(); l.Burned.Cmp(burned) != 0 {
		t.Fatalf("burned %v, want %v", l.Burned, burned)
	}
	// Only a2 is live: its claim is final.
	e.advance(oeWindow + oeClock)
	e.finalize(id, x.Claim, fxDigit(1))
	e.must("release a2's bond", by, e.oracle, nil, e.ao.PackReleaseBond(id, same))
	e.wantRevert("release an eliminated entry's bond", by, e.oracle, nil, e.ao.PackReleaseBond(id, a), "NotReleasable")

	// Three entries that eliminate one another: no live entry is left, so no result.
	id2 := e.ask("user", img)
	p := e.post("p", id2, fxDigit(1), x)
	q := e.post("q", id2, fxDigit(2), y)
	e.setStart(id2, img)
	pq := e.dispute("bystander", id2, p, q)
	r := e.post("r", id2, fxDigit(3), z)
	qr := e.dispute("bystander", id2, q, r)
	pr := e.dispute("bystander", id2, p, r)
	e.decide(qr, "r") // q out
	e.decide(pq, "q") // p out (by the eliminated q)
	e.decide(pr, "p") // r out (by the eliminated p)
	if n := e.request(id2).LiveCount; n != 0 {
		t.Fatalf("%d live entries, want none", n)
	}
	e.advance(oeWindow + oeClock)
	e.finalize(id2, [32]byte{}, nil)
	if r := e.request(id2); contracts.RequestStatus(r.Status) != contracts.StatusNoResult {
		t.Fatalf("status %v, want NoResult", contracts.RequestStatus(r.Status))
	}
	accounts := []common.Address{e.acct("a"), e.acct("b"), e.acct("c"), e.acct("a2"), e.acct("p"), e.acct("q"), e.acct("r"), e.consumer}
	e.checkLedger(accounts...)
	e.withdraw(accounts...)
	// Every account's balance moved by exactly its bonds, shares and fees; the oracle keeps only what was burned.
	total := e.cfg.State.GetBalance(e.consumer).ToBig() // the dApp holds the refunded fee
	for _, a := range accounts[:len(accounts)-1] {
		total.Add(total, e.net(a))
	}
	total.Add(total, e.net(e.acct("user")))
	l := e.checkLedger()
	if l.Locked.Sign() != 0 || l.OwedTotal.Sign() != 0 || new(big.Int).Add(total, l.Burned).Sign() != 0 {
		t.Fatalf("after everything: locked %v, owed %v, burned %v, the parties' total %v", l.Locked, l.OwedTotal, l.Burned, total)
	}
}

// TestOracleEntryList: the fee goes to the live entry of the final claim that committed first, whatever the
// order of reveals and the hints given, and whichever entries of the claim fell.
func TestOracleEntryList(t *testing.T) {
	e := newAIEnv(t)
	img := fxImage(7)
	id := e.ask("user", img)
	x, y := fxClaim("x", fxDigit(1)), fxClaim("y", fxDigit(2))
	// Commits in order c0..c5; reveals in another order, with hints right, wrong and absent.
	names := []string{"c0", "c1", "c2", "c3", "c4", "c5"}
	for _, n := range names {
		e.commit(n, id, fxDigit(1), x)
	}
	idx := map[string]uint32{}
	for _, r := range []struct {
		who  string
		hint uint32
	}{{"c3", 0}, {"c1", 0}, {"c5", 1}, {"c0", 7}, {"c4", 1}, {"c2", 2}} {
		ret := e.must("reveal "+r.who, e.acct(r.who), e.oracle, oeBond, e.ao.PackReveal(id, fxDigit(1), x, oeSalt(r.who), r.hint))
		i, _ := e.ao.UnpackReveal(ret)
		idx[r.who] = i
	}
	w := e.post("wrong", id, fxDigit(2), y)
	e.setStart(id, img)
	// c0 and c2 throw their games against the wrong entry, which then loses to c4.
	g0 := e.dispute("bystander", id, idx["c0"], w)
	g2 := e.dispute("bystander", id, idx["c2"], w)
	g4 := e.dispute("bystander", id, idx["c4"], w)
	e.decide(g0, "wrong")
	e.decide(g2, "wrong")
	e.decide(g4, "c4")
	es := e.entries(id)
	cl := oeView(e, e.oracle, e.ao.PackClaims(id, x.Claim), e.ao.UnpackClaims)
	// The list from the head: live entries of x by priority.
	var order []string
	for at := cl.Head; at != 0; at = es[at-1].Next {
		for n, i := range idx {
			if i == at-1 {
				order = append(order, n)
			}
		}
		if prev := es[at-1].Prev; prev != 0 && es[prev-1].Priority > es[at-1].Priority {
			t.Fatal("the list is not in priority order")
		}
	}
	if want := []string{"c1", "c3", "c4", "c5"}; len(order) != len(want) || cl.Live != 4 || func() bool {
		for i := range want {
			if order[i] != want[i] {
				return true
			}
		}
		return false
	}() {
		t.Fatalf("live entries of the claim %v (%d), want %v", order, cl.Live, want)
	}
	e.advance(oeWindow + oeClock)
	e.finalize(id, x.Claim, fxDigit(1))
	if fin := oeEvent(e, e.ao.UnpackFinalizedEvent); fin == nil || fin.FeeEntry != idx["c1"]+1 {
		t.Fatalf("Finalized %+v: want the fee to c1, the earliest live commit", fin)
	}
	if got := e.owed(e.acct("c1")); got.Cmp(e.fee()) != 0 {
		t.Fatalf("c1 is owed %v, want the fee", got)
	}
	e.checkLedger()
}

// claimsOf is a helper for the tests that name entries: the claim proof of digit d under name.
func claimsOf(name string, d int32) (output []byte, c bindings.OracleEntriesClaimProof) {
	return fxDigit(d), fxClaim(name, fxDigit(d))
}
