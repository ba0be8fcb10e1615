package chain_test

import (
	"context"
	"encoding/binary"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/opml-dev/opml/chain"
	"github.com/opml-dev/opml/contracts/bindings"
)

// exerciseOracle deploys PreimageOracle on c, loads one part of a preimage and reads it back: the same code
// runs on the embedded chain and on anvil over JSON-RPC. It returns the gas the load used.
func exerciseOracle(t *testing.T, c *chain.Chain) uint64 {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	addr, receipt, err := c.Deploy(ctx, &bindings.PreimageOracleMetaData, nil)
	if err != nil {
		t.Fatal(err)
	}
	if receipt.GasUsed == 0 || addr == (common.Address{}) {
		t.Fatalf("deploy receipt: gas %d, address %s", receipt.GasUsed, addr)
	}
	oracle := bindings.NewPreimageOracle()
	data := []byte("a preimage loaded over JSON-RPC")
	receipt, err = c.Transact(ctx, addr, oracle.PackLoadKeccak256PreimagePart(big.NewInt(0), data))
	if err != nil {
		t.Fatal(err)
	}
	key := [32]byte(crypto.Keccak256(data))
	key[0] = 2
	got, err := chain.Call(ctx, c, addr, oracle.PackReadPreimage(key, big.NewInt(0)), oracle.UnpackReadPreimage)
	if err != nil {
		t.Fatal(err)
	}
	var want [32]byte
	binary.BigEndian.PutUint64(want[:8], uint64(len(data)))
	copy(want[8:], data)
	if got.Dat != want || got.DatLen.Int64() != 32 {
		t.Fatalf("readPreimage = (%x, %v), want (%x, 32)", got.Dat, got.DatLen, want)
	}
	t.Logf("load of one part: %d gas", receipt.GasUsed)

	// A call that reverts reports the reason, and so does a transaction that would revert (it is not sent).
	unloaded := oracle.PackReadPreimage(key, big.NewInt(1))
	_, err = chain.Call(ctx, c, addr, unloaded, oracle.UnpackReadPreimage)
	if reason := revertReason(t, err); reason != "preimage part not loaded" {
		t.Fatalf("call revert reason = %q", reason)
	}
	if _, err := c.Transact(ctx, addr, unloaded); err == nil || !strings.Contains(err.Error(), "preimage part not loaded") {
		t.Fatalf("transact of a reverting call: err = %v", err)
	}
	return receipt.GasUsed
}

// exerciseValueAndTime sends ether with a transaction and moves the clock: what fees, bonds and challenge
// windows need. The same code runs on the embedded chain and on anvil.
func exerciseValueAndTime(t *testing.T, c *chain.Chain) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	to := crypto.PubkeyToAddress(chain.DevKeys()[3].PublicKey)
	before, err := c.Client().BalanceAt(ctx, to, nil)
	if err != nil {
		t.Fatal(err)
	}
	value := big.NewInt(1_234_567_891)
	if _, err := c.TransactValue(ctx, to, nil, value); err != nil {
		t.Fatal(err)
	}
	after, err := c.Client().BalanceAt(ctx, to, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := new(big.Int).Sub(after, before); got.Cmp(value) != 0 {
		t.Fatalf("recipient received %v wei, want %v", got, value)
	}

	head, err := c.Client().HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := c.AdvanceTime(ctx, 300*time.Second); err != nil {
		t.Fatal(err)
	}
	later, err := c.Client().HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if later.Time < head.Time+300 || later.Number.Cmp(head.Number) <= 0 {
		t.Fatalf("after advancing 300 s: block %v at %d, before block %v at %d", later.Number, later.Time, head.Number, head.Time)
	}
	// Transactions still go through after the jump.
	if _, err := c.TransactValue(ctx, to, nil, value); err != nil {
		t.Fatal(err)
	}
	if err := c.AdvanceTime(ctx, time.Millisecond); err == nil {
		t.Fatal("advancing by less than a second was accepted")
	}
}

func revertReason(t *testing.T, err error) string {
	t.Helper()
	if err == nil {
		t.Fatal("no error, want a revert")
	}
	data, ok := chain.RevertData(err)
	if !ok {
		t.Fatalf("no revert data in %v", err)
	}
	reason, err := abi.UnpackRevert(data)
	if err != nil {
		t.Fatal(err)
	}
	return reason
}

func TestEmbedded(t *testing.T) {
	c, err := chain.NewEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	ctx := context.Background()
	for i, key := range chain.DevKeys() {
		addr := crypto.PubkeyToAddress(key.PublicKey)
		bal, err := c.Client().BalanceAt(ctx, addr, nil)
		if err != nil || bal.Sign() <= 0 {
			t.Fatalf("dev account %d (%s): balance %v, %v", i, addr, bal, err)
		}
	}
	header, err := c.Client().HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if header.GasLimit < 60_000_000 {
		t.Fatalf("block gas limit %d, want at least 60M", header.GasLimit)
	}
	exerciseOracle(t, c)
	exerciseValueAndTime(t, c)

	// Another dev account on the same connection signs its own transactions.
	bob := c.As(chain.DevKeys()[1])
	if bob.From() == c.From() {
		t.Fatal("As did not switch accounts")
	}
	exerciseOracle(t, bob)
	if err := bob.Close(); err != nil {
		t.Fatal(err)
	}
	// Closing a derived Chain leaves the connection open.
	if _, err := c.Client().HeaderByNumber(ctx, nil); err != nil {
		t.Fatalf("connection closed by a derived Chain: %v", err)
	}
}

func TestAnvil(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	node, err := chain.StartAnvil(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer func() {
		if err := node.Stop(); err != nil {
			t.Error(err)
		}
	}()

	// The dev keys are anvil's own default accounts: check against what anvil reports.
	rc, err := rpc.DialContext(ctx, node.URL)
	if err != nil {
		t.Fatal(err)
	}
	var accounts []common.Address
	if err := rc.CallContext(ctx, &accounts, "eth_accounts"); err != nil {
		t.Fatal(err)
	}
	rc.Close()
	keys := chain.DevKeys()
	if len(accounts) < len(keys) {
		t.Fatalf("anvil reports %d accounts, want at least %d", len(accounts), len(keys))
	}
	for i, key := range keys {
		if got := crypto.PubkeyToAddress(key.PublicKey); got != accounts[i] {
			t.Fatalf("dev key %d is %s, anvil's account %d is %s", i, got, i, accounts[i])
		}
	}

	c, err := chain.Dial(ctx, node.URL, node.Key)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if c.ChainID().Int64() != 31337 {
		t.Fatalf("anvil chain id %v, want 31337", c.ChainID())
	}
	anvilGas := exerciseOracle(t, c)
	exerciseValueAndTime(t, c)

	// Both chains run the same fork, so the same transaction costs the same gas on both.
	embedded, err := chain.NewEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	defer embedded.Close()
	if embeddedGas := exerciseOracle(t, embedded); embeddedGas != anvilGas {
		t.Fatalf("the same load used %d gas on anvil and %d on the embedded chain", anvilGas, embeddedGas)
	}

	if err := node.Stop(); err != nil {
		t.Fatal(err)
	}
	if _, err := c.Client().HeaderByNumber(ctx, nil); err == nil {
		t.Fatal("anvil still answers after Stop")
	}
}

func TestStartAnvilNotInstalled(t *testing.T) {
	t.Chdir(t.TempDir())
	t.Setenv(chain.AnvilEnv, "")
	_, err := chain.StartAnvil(context.Background())
	if err == nil || !strings.Contains(err.Error(), "scripts/install-deps") {
		t.Fatalf("StartAnvil without anvil: err = %v, want one pointing at scripts/install-deps", err)
	}
}

func TestDialErrors(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if _, err := chain.Dial(ctx, "http://127.0.0.1:1", chain.DevKeys()[0]); err == nil {
		t.Fatal("Dial of a closed port succeeded")
	}
	if _, err := chain.Dial(ctx, "http://127.0.0.1:1", nil); err == nil {
		t.Fatal("Dial without a key succeeded")
	}
}

// TestServeEmbedded: the embedded chain served over JSON-RPC takes transactions from an outside client (sealed by
// the server within its interval) and from its own handle, on one chain.
func TestServeEmbedded(t *testing.T) {
	served, url, err := chain.ServeEmbedded(0, 20*time.Millisecond)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	outside, err := chain.Dial(ctx, url, chain.DevKeys()[1])
	if err != nil {
		served.Close()
		t.Fatal(err)
	}
	gasOutside := exerciseOracle(t, outside)
	if gasInside := exerciseOracle(t, served); gasInside != gasOutside {
		t.Fatalf("the same load used %d gas over JSON-RPC and %d in process", gasOutside, gasInside)
	}
	// Both handles see one chain.
	ha, err := outside.Client().HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	hb, err := served.Client().HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if ha.Hash() != hb.Hash() || ha.Number.Int64() < 4 {
		t.Fatalf("heads: block %v over JSON-RPC, block %v in process", ha.Number, hb.Number)
	}
	outside.Close()
	if err := served.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := chain.Dial(ctx, url, chain.DevKeys()[1]); err == nil {
		t.Fatal("the endpoint still answers after Close")
	}
}
