package main

import (
	"bufio"
	"context"
	"math/big"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/opml-dev/opml/chain"
	"github.com/opml-dev/opml/contracts"
	"github.com/opml-dev/opml/contracts/bindings"
)

// TestChainDev starts `opml chain dev`, uses its JSON-RPC endpoint and deployed contracts from outside, and stops
// it with an interrupt.
func TestChainDev(t *testing.T) {
	cmd := exec.Command(opmlBin, "chain", "dev", "--port", "0", "--block-time", "50ms")
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	fields := map[string]string{}
	sc := bufio.NewScanner(stdout)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "ready") {
			break
		}
		if f := strings.Fields(line); len(f) >= 2 {
			fields[f[0]] = f[1]
		}
	}
	url, oracle := fields["JSON-RPC"], fields["AIOracle"]
	if !strings.HasPrefix(url, "http://127.0.0.1:") || !common.IsHexAddress(oracle) {
		t.Fatalf("chain dev printed %v", fields)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	c, err := chain.Dial(ctx, url, chain.DevKeys()[2])
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	ao := bindings.NewAIOracle()
	fee, err := chain.Call(ctx, c, common.HexToAddress(oracle), ao.PackMinFee(), ao.UnpackMinFee)
	if err != nil {
		t.Fatal(err)
	}
	if want := contracts.DefaultSystemParams().MinFee; fee.Cmp(want) != 0 {
		t.Fatalf("AIOracle.minFee = %v, want %v", fee, want)
	}
	// A transaction from outside is mined by the server.
	to := crypto.PubkeyToAddress(chain.DevKeys()[3].PublicKey)
	if _, err := c.TransactValue(ctx, to, nil, big.NewInt(1)); err != nil {
		t.Fatal(err)
	}
	if err := cmd.Process.Signal(os.Interrupt); err != nil {
		t.Fatal(err)
	}
	if err := cmd.Wait(); err != nil {
		t.Fatalf("chain dev did not stop cleanly on an interrupt: %v", err)
	}
}
