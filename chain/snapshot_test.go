package chain_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/opml-dev/opml/chain"
)

// exerciseRevert sends a transfer, reverts to a snapshot taken before it and checks that the chain forgot it:
// the receipt is gone, the balance and nonce are back, and the same nonce sends another transaction.
func exerciseRevert(t *testing.T, c *chain.Chain) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	to := crypto.PubkeyToAddress(chain.DevKeys()[3].PublicKey)
	balance := func() *big.Int {
		b, err := c.Client().BalanceAt(ctx, to, nil)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	before := balance()
	snap, err := c.Snapshot(ctx)
	if err != nil {
		t.Fatal(err)
	}
	head, err := c.Client().HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	r, err := c.TransactValue(ctx, to, nil, big.NewInt(12345))
	if err != nil {
		t.Fatal(err)
	}
	if got := balance(); got.Cmp(new(big.Int).Add(before, big.NewInt(12345))) != 0 {
		t.Fatalf("balance %v after the transfer", got)
	}
	if err := c.Revert(ctx, snap); err != nil {
		t.Fatal(err)
	}
	if got := balance(); got.Cmp(before) != 0 {
		t.Fatalf("balance %v after the revert, want %v", got, before)
	}
	if _, err := c.Client().TransactionReceipt(ctx, r.TxHash); err == nil {
		t.Fatal("the reverted transaction still has a receipt")
	}
	if b, err := c.Client().HeaderByNumber(ctx, r.BlockNumber); err == nil && b.Hash() == r.BlockHash {
		t.Fatal("the reverted block is still on the chain")
	}
	r2, err := c.TransactValue(ctx, to, nil, big.NewInt(7))
	if err != nil {
		t.Fatal(err)
	}
	if got := balance(); got.Cmp(new(big.Int).Add(before, big.NewInt(7))) != 0 {
		t.Fatalf("balance %v after a transfer on the new branch", got)
	}
	if r2.BlockNumber.Uint64() <= head.Number.Uint64() {
		t.Fatalf("the new branch's block %v is not after the snapshot's %v", r2.BlockNumber, head.Number)
	}
}

func TestEmbeddedSnapshot(t *testing.T) {
	c, err := chain.NewEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	exerciseRevert(t, c)
	exerciseRevert(t, c)
}

func TestAnvilSnapshot(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	a, err := chain.StartAnvil(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Stop()
	c, err := chain.Dial(ctx, a.URL, chain.DevKeys()[0])
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	exerciseRevert(t, c)
}
