package chain_test

import (
	"context"
	"fmt"
	"math/big"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/opml-dev/opml/chain"
)

// TestServedDevMethods drives a served embedded chain as a dApp's tooling does: anvil's evm_* methods over HTTP
// with go-ethereum's rpc client, a subscription over WebSocket, and a browser's CORS preflight.
func TestServedDevMethods(t *testing.T) {
	served, url, err := chain.ServeEmbedded(0, 20*time.Millisecond)
	if err != nil {
		t.Fatal(err)
	}
	defer served.Close()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	rc, err := rpc.DialContext(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer rc.Close()
	ec := ethclient.NewClient(rc)
	head := func() *types.Header {
		h, err := ec.HeaderByNumber(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		return h
	}

	// evm_increaseTime moves block time forward; a number and a hex string are both accepted.
	before := head()
	var added hexutil.Uint64
	if err := rc.CallContext(ctx, &added, "evm_increaseTime", 3600); err != nil {
		t.Fatal(err)
	}
	if err := rc.CallContext(ctx, nil, "evm_increaseTime", "0x3c"); err != nil {
		t.Fatal(err)
	}
	if after := head(); added != 3600 || after.Time < before.Time+3660 {
		t.Fatalf("after evm_increaseTime(3600) and (0x3c): block time %d, was %d (returned %d)", after.Time, before.Time, added)
	}

	// evm_mine seals a block; evm_setNextBlockTimestamp fixes the next block's time.
	n := head().Number.Uint64()
	if err := rc.CallContext(ctx, nil, "evm_mine"); err != nil {
		t.Fatal(err)
	}
	if got := head().Number.Uint64(); got <= n {
		t.Fatalf("evm_mine: head %d, was %d", got, n)
	}
	next := head().Time + 7200
	if err := rc.CallContext(ctx, nil, "evm_setNextBlockTimestamp", next); err != nil {
		t.Fatal(err)
	}
	if err := rc.CallContext(ctx, nil, "evm_mine"); err != nil {
		t.Fatal(err)
	}
	if got := head().Time; got != next {
		t.Fatalf("evm_setNextBlockTimestamp(%d) then evm_mine: block time %d", next, got)
	}

	// evm_snapshot / evm_revert undo a transfer, even past many blocks.
	to := crypto.PubkeyToAddress(chain.DevKeys()[3].PublicKey)
	balance := func() *big.Int {
		b, err := ec.BalanceAt(ctx, to, nil)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	start := balance()
	var id hexutil.Uint64
	if err := rc.CallContext(ctx, &id, "evm_snapshot"); err != nil {
		t.Fatal(err)
	}
	outside, err := chain.Dial(ctx, url, chain.DevKeys()[1])
	if err != nil {
		t.Fatal(err)
	}
	defer outside.Close()
	if _, err := outside.TransactValue(ctx, to, nil, big.NewInt(12345)); err != nil {
		t.Fatal(err)
	}
	for range 150 {
		if err := rc.CallContext(ctx, nil, "evm_mine"); err != nil {
			t.Fatal(err)
		}
	}
	if got := balance(); new(big.Int).Sub(got, start).Int64() != 12345 {
		t.Fatalf("transfer not seen: balance %v, was %v", got, start)
	}
	var ok bool
	if err := rc.CallContext(ctx, &ok, "evm_revert", id); err != nil || !ok {
		t.Fatalf("evm_revert(%d) = %v, %v", id, ok, err)
	}
	if got := balance(); got.Cmp(start) != 0 {
		t.Fatalf("after evm_revert: balance %v, want %v", got, start)
	}
	if err := rc.CallContext(ctx, &ok, "evm_revert", id); err != nil || ok {
		t.Fatalf("a used-up snapshot reverted again: %v, %v", ok, err)
	}
	// The chain goes on after the revert (nonces included).
	if _, err := outside.TransactValue(ctx, to, nil, big.NewInt(1)); err != nil {
		t.Fatalf("transfer after evm_revert: %v", err)
	}

	// WebSocket on the same port: new heads arrive by subscription.
	ws, err := ethclient.DialContext(ctx, "ws"+strings.TrimPrefix(url, "http"))
	if err != nil {
		t.Fatal(err)
	}
	defer ws.Close()
	heads := make(chan *types.Header, 4)
	sub, err := ws.SubscribeNewHead(ctx, heads)
	if err != nil {
		t.Fatal(err)
	}
	defer sub.Unsubscribe()
	if err := rc.CallContext(ctx, nil, "evm_mine"); err != nil {
		t.Fatal(err)
	}
	select {
	case h := <-heads:
		if h.Number.Sign() <= 0 {
			t.Fatalf("odd head %v", h.Number)
		}
	case err := <-sub.Err():
		t.Fatal(err)
	case <-time.After(10 * time.Second):
		t.Fatal("no new head over WebSocket")
	}

	// A browser on another origin: the preflight is allowed, and so is the call.
	const origin = "http://localhost:5173"
	req, _ := http.NewRequestWithContext(ctx, http.MethodOptions, url, nil)
	req.Header.Set("Origin", origin)
	req.Header.Set("Access-Control-Request-Method", "POST")
	req.Header.Set("Access-Control-Request-Headers", "content-type")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode/100 != 2 || resp.Header.Get("Access-Control-Allow-Origin") == "" ||
		!strings.Contains(strings.ToLower(resp.Header.Get("Access-Control-Allow-Headers")), "content-type") {
		t.Fatalf("preflight: status %d, headers %v", resp.StatusCode, resp.Header)
	}
	req, _ = http.NewRequestWithContext(ctx, http.MethodPost, url, strings.NewReader(`{"jsonrpc":"2.0","id":1,"method":"eth_chainId","params":[]}`))
	req.Header.Set("Origin", origin)
	req.Header.Set("Content-Type", "application/json")
	resp, err = http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 || resp.Header.Get("Access-Control-Allow-Origin") == "" {
		t.Fatalf("cross-origin call: status %d, headers %v", resp.StatusCode, resp.Header)
	}
}

// TestServeBusyPort: a port in use is reported as such, not as a panic.
func TestServeBusyPort(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	port := l.Addr().(*net.TCPAddr).Port
	_, _, err = chain.ServeEmbedded(port, time.Second)
	if err == nil || !strings.Contains(err.Error(), fmt.Sprintf("127.0.0.1:%d is already in use", port)) {
		t.Fatalf("err = %v", err)
	}
}
