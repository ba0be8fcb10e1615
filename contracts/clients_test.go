package contracts_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/opml-dev/opml/chain"
	"github.com/opml-dev/opml/contracts"
	"github.com/opml-dev/opml/game"
)

// TestClients drives one request through the typed clients on the embedded chain (DeploySystem with a hand-built
// model): the consumer asks, an entry is committed and revealed, the request finalizes and delivers, the bond is
// released and withdrawn; every view reads back what the transactions did, and reverts surface as named
// RevertErrors (IsRevert).
func TestClients(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	c, err := chain.NewEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	info := contracts.GameModelInfo(fxSingleInfo("clients", 4))
	p := contracts.DefaultSystemParams()
	p.DigitModel = contracts.ModelID(info)
	sys, err := contracts.DeploySystem(ctx, c, p)
	if err != nil {
		t.Fatal(err)
	}
	keys := chain.DevKeys()
	user, poster := c.As(keys[1]), c.As(keys[2])
	reg, oracle, dg := sys.Registry(c), sys.Oracle(c), sys.Game(c)
	if id, err := reg.Register(ctx, info); err != nil || id.Cmp(p.DigitModel) != 0 {
		t.Fatalf("Register: %v, %v", id, err)
	}
	if got, err := reg.Model(ctx, p.DigitModel); err != nil || contracts.ModelID(got).Cmp(p.DigitModel) != 0 {
		t.Fatalf("Model: %v", err)
	}
	params, err := oracle.Params(ctx)
	if err != nil || params.EntryBond.Cmp(p.EntryBond) != 0 || params.BackingWindow != uint64(p.Clock/time.Second) ||
		params.BondKeptPercent != 75 {
		t.Fatalf("Params %+v (%v)", params, err)
	}
	if k, err := dg.K(ctx); err != nil || k != p.K {
		t.Fatalf("K %d (%v)", k, err)
	}
	if clock, err := dg.Clock(ctx); err != nil || clock != uint64(p.Clock/time.Second) {
		t.Fatalf("Clock %d (%v)", clock, err)
	}
	consumer := sys.Consumer(user)
	fee, err := consumer.Fee(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if est, err := oracle.EstimateFee(ctx, p.DigitModel, 200_000); err != nil || est.Cmp(fee) != 0 {
		t.Fatalf("EstimateFee %v (%v), the dApp's fee %v", est, err, fee)
	}
	if _, err := consumer.AskTx(fxImage(1), new(big.Int).Sub(fee, big.NewInt(1))).Send(ctx, user); !contracts.IsRevert(err, "FeeTooLow") {
		t.Fatalf("ask with too low a fee: %v, want FeeTooLow", err)
	}
	if _, err := consumer.AskTx(fxImage(1), fee).Send(ctx, user); err != nil {
		t.Fatal(err)
	}
	id := big.NewInt(1)
	out, claim := fxDigit(7), fxClaim("seven", fxDigit(7))
	proof := &game.ClaimProof{Claim: claim.Claim, EndState: claim.EndState, Siblings: claim.Siblings}
	salt := [32]byte{7}
	if _, err := oracle.CommitTx(id, contracts.Commitment(id, poster.From(), out, claim.Claim, salt)).Send(ctx, poster); err != nil {
		t.Fatal(err)
	}
	if k, err := oracle.Commit(ctx, id, poster.From()); err != nil || k.Order != 1 || k.Revealed {
		t.Fatalf("Commit %+v (%v)", k, err)
	}
	if _, err := oracle.RevealTx(id, out, proof, salt, 0, params.EntryBond).Send(ctx, poster); err != nil {
		t.Fatal(err)
	}
	r, err := oracle.Request(ctx, id)
	if err != nil || r.Status != contracts.StatusOpen || r.LiveCount != 1 {
		t.Fatalf("Request %+v (%v)", r, err)
	}
	entries, err := oracle.Entries(ctx, id)
	if err != nil || len(entries) != 1 || entries[0].Poster != poster.From() || entries[0].Claim != claim.Claim {
		t.Fatalf("Entries %+v (%v)", entries, err)
	}
	if cl, err := oracle.ClaimState(ctx, id, claim.Claim); err != nil || cl.Live != 1 || cl.Head != 1 || !cl.Admitted {
		t.Fatalf("ClaimState %+v (%v)", cl, err)
	}
	if _, err := oracle.FinalizeTx(id, claim.Claim, out).Send(ctx, poster); !contracts.IsRevert(err, "StillOpen") {
		t.Fatalf("finalize before entries close: %v, want StillOpen", err)
	}
	if err := c.AdvanceTime(ctx, p.ChallengeWindow+p.Clock); err != nil {
		t.Fatal(err)
	}
	if _, err := oracle.FinalizeTx(id, claim.Claim, out).Send(ctx, poster); err != nil {
		t.Fatal(err)
	}
	if a, err := consumer.Answer(ctx, id); err != nil || !a.Delivered || a.Digit != 7 {
		t.Fatalf("Answer %+v (%v)", a, err)
	}
	if _, err := oracle.DeliverTx(id, out).Send(ctx, poster); !contracts.IsRevert(err, "AlreadyDelivered") {
		t.Fatalf("deliver a delivered result: %v, want AlreadyDelivered", err)
	}
	if _, err := oracle.ReleaseBondTx(id, 0).Send(ctx, poster); err != nil {
		t.Fatal(err)
	}
	if owed, err := oracle.Owed(ctx, poster.From()); err != nil || owed.Cmp(new(big.Int).Add(fee, params.EntryBond)) != 0 {
		t.Fatalf("Owed %v (%v), want the fee and the bond", owed, err)
	}
	if _, err := oracle.WithdrawTx().Send(ctx, poster); err != nil {
		t.Fatal(err)
	}
	l, err := oracle.Ledger(ctx)
	if err != nil || l.Locked.Sign() != 0 || l.OwedTotal.Sign() != 0 || l.Burned.Sign() != 0 {
		t.Fatalf("Ledger %+v (%v)", l, err)
	}
	if g, err := oracle.Game(ctx, big.NewInt(1)); err != nil || g.Open || g.RequestId.Sign() != 0 {
		t.Fatalf("Game of a request without games: %+v (%v)", g, err)
	}
	if at, err := consumer.Oracle(ctx); err != nil || at != sys.AIOracle {
		t.Fatalf("the dApp's oracle %s (%v)", at, err)
	}
	if found, err := contracts.SystemAt(ctx, c, sys.AIOracle); err != nil || found.DisputeGame != sys.DisputeGame ||
		found.ModelRegistry != sys.ModelRegistry || found.MIPS == (common.Address{}) {
		t.Fatalf("SystemAt %+v (%v)", found, err)
	}
}
