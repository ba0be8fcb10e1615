package main

import (
	"bufio"
	"context"
	"encoding/hex"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
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
	if ws := fields["WebSocket"]; ws != "ws"+strings.TrimPrefix(url, "http") {
		t.Errorf("chain dev printed WebSocket %q for %s", ws, url)
	}
	askErrors(t, url, fields["DigitConsumer"])
	askWithKeystore(t, c, url, fields["DigitConsumer"])
	if err := cmd.Process.Signal(os.Interrupt); err != nil {
		t.Fatal(err)
	}
	if err := cmd.Wait(); err != nil {
		t.Fatalf("chain dev did not stop cleanly on an interrupt: %v", err)
	}
}

// askErrors: opml ask names the contract's revert reason (the oracle's FeeTooLow custom error, decoded from the
// revert data) and a --consumer that is no contract, in one line each; the key comes from $OPML_KEY.
func askErrors(t *testing.T, url, consumer string) {
	env := append(os.Environ(), "OPML_KEY="+hex.EncodeToString(crypto.FromECDSA(chain.DevKeys()[2])))
	_, errOut, code := runOpmlIn(t, "../..", env, "", "ask", "--rpc", url, "--consumer", consumer, "--image", "3", "--fee", "1", "--wait", "0")
	// The DigitConsumer's fee: the oracle's minimum and its callback's 200,000 gas at the callback gas price.
	p := contracts.DefaultSystemParams()
	fee := new(big.Int).Add(p.MinFee, new(big.Int).Mul(p.CallbackGasPrice, big.NewInt(200_000)))
	want := fmt.Sprintf("FeeTooLow(sent=1 wei, minimum=%s)", chain.FormatEther(fee))
	if code != 1 || !strings.Contains(errOut, want) || strings.Count(errOut, "\n") != 1 {
		t.Errorf("ask --fee 1: exit %d, stderr %q; want the decoded FeeTooLow in one line", code, errOut)
	}
	stranger := crypto.PubkeyToAddress(chain.DevKeys()[3].PublicKey).Hex()
	_, errOut, code = runOpmlIn(t, "../..", env, "", "ask", "--rpc", url, "--consumer", stranger, "--image", "3", "--wait", "0")
	if code != 1 || !strings.Contains(errOut, "is not a DigitConsumer") || !strings.Contains(errOut, "no contract at this address") || strings.Contains(errOut, "unmarshal") {
		t.Errorf("ask --consumer %s (an account): exit %d, stderr %q", stranger, code, errOut)
	}
}

// askWithKeystore: a key made with opml account new, funded, signs a request through --keystore and
// --password-file; a wrong password is named as such.
func askWithKeystore(t *testing.T, c *chain.Chain, url, consumer string) {
	dir := t.TempDir()
	ks, pw, wrong := filepath.Join(dir, "keystore"), filepath.Join(dir, "password"), filepath.Join(dir, "wrong")
	os.WriteFile(pw, []byte("correct horse\n"), 0o600)
	os.WriteFile(wrong, []byte("battery staple\n"), 0o600)
	out, errOut, code := runOpml(t, "account", "new", "--keystore", ks, "--password-file", pw, "--light-kdf")
	f := strings.Fields(out)
	if code != 0 || len(f) < 2 || f[0] != "address" || !common.IsHexAddress(f[1]) {
		t.Fatalf("account new: exit %d %q %s", code, out, errOut)
	}
	addr := common.HexToAddress(f[1])
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if _, err := c.TransactValue(ctx, addr, nil, new(big.Int).Mul(big.NewInt(1e18), big.NewInt(1))); err != nil {
		t.Fatal(err)
	}
	if out, _, code := runOpml(t, "account", "list", "--keystore", ks); code != 0 || !strings.HasPrefix(out, addr.Hex()) {
		t.Fatalf("account list: exit %d %q", code, out)
	}
	out, errOut, code = runOpml(t, "ask", "--rpc", url, "--consumer", consumer, "--image", "3", "--wait", "0", "--keystore", ks, "--password-file", pw)
	if code != 0 || !strings.Contains(out, "request ") || !strings.Contains(out, "sent") {
		t.Fatalf("ask with a keystore key: exit %d %q %s", code, out, errOut)
	}
	_, errOut, code = runOpml(t, "ask", "--rpc", url, "--consumer", consumer, "--image", "3", "--wait", "0", "--keystore", ks, "--password-file", wrong)
	if code != 2 || !strings.Contains(errOut, "wrong password for "+addr.Hex()) {
		t.Fatalf("ask with a wrong password: exit %d %q", code, errOut)
	}
	// account import reads the key from stdin, never from the command line.
	_, errOut, code = runOpmlIn(t, "../..", nil, hex.EncodeToString(crypto.FromECDSA(chain.DevKeys()[3]))+"\n",
		"account", "import", "--keystore", ks, "--password-file", pw, "--light-kdf")
	if code != 0 {
		t.Fatalf("account import: exit %d %s", code, errOut)
	}
	if _, errOut, code := runOpml(t, "ask", "--rpc", url, "--consumer", consumer, "--image", "3", "--keystore", ks, "--password-file", pw); code != 2 || !strings.Contains(errOut, "several accounts") {
		t.Fatalf("a keystore with two keys and no --account: exit %d %q", code, errOut)
	}
}
