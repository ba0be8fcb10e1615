package chain_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/opml-dev/opml/chain"
)

func TestParseAmount(t *testing.T) {
	for in, want := range map[string]string{"1500000000": "1500000000", "1.5gwei": "1500000000", "2 gwei": "2000000000",
		"0.1ether": "100000000000000000", "1ETH": "1000000000000000000", "7wei": "7", "0": "0"} {
		got, err := chain.ParseAmount(in)
		if err != nil || got.String() != want {
			t.Errorf("ParseAmount(%q) = %v, %v; want %s", in, got, err, want)
		}
	}
	for _, bad := range []string{"", "-1", "1.5", "0.5wei", "1e9", "ten", "1/2gwei"} {
		if v, err := chain.ParseAmount(bad); err == nil {
			t.Errorf("ParseAmount(%q) = %v, want an error", bad, v)
		}
	}
	if s := chain.FormatEther(big.NewInt(1e17)); s != "0.1 ETH" {
		t.Errorf("FormatEther(1e17) = %q", s)
	}
	if s := chain.FormatGwei(big.NewInt(1_500_000_000)); s != "1.5 gwei" {
		t.Errorf("FormatGwei = %q", s)
	}
}

func TestBackoffAndHealth(t *testing.T) {
	b := chain.Backoff{Min: time.Second, Max: 5 * time.Second}
	var got []time.Duration
	for range 5 {
		got = append(got, b.Next())
	}
	if want := []time.Duration{1, 2, 4, 5, 5}; !equalSeconds(got, want) {
		t.Fatalf("waits %v, want %v seconds", got, want)
	}
	b.Reset()
	if d := b.Next(); d != time.Second {
		t.Fatalf("after Reset: %v", d)
	}

	var logs bytes.Buffer
	h := &chain.Health{Log: slog.New(slog.NewTextHandler(&logs, nil)), URL: "http://127.0.0.1:1"}
	for range 4 {
		h.Failed(errors.New("connection refused"))
	}
	h.OK()
	h.OK()
	lines := strings.Split(strings.TrimSpace(logs.String()), "\n")
	if len(lines) != 2 || !strings.Contains(lines[0], "level=WARN") || !strings.Contains(lines[1], "answering again") {
		t.Fatalf("want one warning when the node stops answering and one line when it is back, got:\n%s", logs.String())
	}
}

func equalSeconds(got []time.Duration, want []time.Duration) bool {
	for i := range want {
		if got[i] != want[i]*time.Second {
			return false
		}
	}
	return true
}

// TestDialRetryWaitsForTheNode: DialRetry keeps trying a node that is not up yet and connects once it is.
func TestDialRetryWaitsForTheNode(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := l.Addr().(*net.TCPAddr).Port
	l.Close()
	url := fmt.Sprintf("http://127.0.0.1:%d", port)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	go func() {
		time.Sleep(700 * time.Millisecond)
		served, _, err := chain.ServeEmbedded(port, 50*time.Millisecond)
		if err == nil {
			<-ctx.Done()
			served.Close()
		}
	}()
	var logs bytes.Buffer
	h := &chain.Health{Log: slog.New(slog.NewTextHandler(&logs, nil)), URL: url, Backoff: chain.Backoff{Min: 100 * time.Millisecond, Max: 400 * time.Millisecond}}
	c, err := chain.DialRetry(ctx, url, chain.DevKeys()[0], h)
	if err != nil {
		t.Fatal(err)
	}
	c.Close()
	if n := strings.Count(logs.String(), "\n"); n != 2 {
		t.Fatalf("want 2 log lines (down, back), got %d:\n%s", n, logs.String())
	}
	if _, err := chain.DialRetry(ctx, "htp://x", chain.DevKeys()[0], nil); !errors.Is(err, chain.ErrBadURL) {
		t.Fatalf("a bad URL: %v, want ErrBadURL at once", err)
	}
}

// TestFeeCapsAndNoCode: fee caps bound what a transaction offers, and refuse to send while the base fee is above
// them; a call to an account without code says so.
func TestFeeCapsAndNoCode(t *testing.T) {
	c, err := chain.NewEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	to := crypto.PubkeyToAddress(chain.DevKeys()[3].PublicKey)
	c.SetFeeCaps(chain.FeeCaps{MaxFeePerGas: big.NewInt(1)})
	if _, err := c.TransactValue(ctx, to, nil, big.NewInt(1)); !errors.Is(err, chain.ErrFeeCap) {
		t.Fatalf("a 1-wei fee cap: %v, want ErrFeeCap", err)
	}
	head, err := c.Client().HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	// The caps bind (the default offer is tip + 2 × base fee) yet leave the miner its minimum tip.
	tip, err := c.Client().SuggestGasTipCap(ctx)
	if err != nil {
		t.Fatal(err)
	}
	maxFee := new(big.Int).Add(head.BaseFee, tip)
	c.SetFeeCaps(chain.FeeCaps{MaxFeePerGas: maxFee, MaxPriorityFee: tip})
	r, err := c.TransactValue(ctx, to, nil, big.NewInt(1))
	if err != nil {
		t.Fatal(err)
	}
	tx, _, err := c.Client().TransactionByHash(ctx, r.TxHash)
	if err != nil {
		t.Fatal(err)
	}
	if tx.GasFeeCap().Cmp(maxFee) != 0 || tx.GasTipCap().Cmp(tip) > 0 {
		t.Fatalf("tx offers fee cap %v tip %v, caps %v and %v", tx.GasFeeCap(), tx.GasTipCap(), maxFee, tip)
	}
	_, err = chain.Call(ctx, c, common.HexToAddress("0x1234"), []byte{1, 2, 3, 4}, func(b []byte) ([]byte, error) { return b, nil })
	if !errors.Is(err, chain.ErrNoCode) {
		t.Fatalf("call to an empty account: %v, want ErrNoCode", err)
	}
}
