package main

import (
	"bufio"
	"encoding/hex"
	"fmt"
	"io"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/opml-dev/opml/chain"
	"github.com/opml-dev/opml/demo"
	"github.com/opml-dev/opml/models/mnist"
)

// process is an opml command running in the background whose output lines are watched.
type process struct {
	cmd   *exec.Cmd
	mu    sync.Mutex
	lines []string
	seen  chan struct{} // signalled on every line
}

func startOpml(t *testing.T, args ...string) *process {
	t.Helper()
	p := &process{cmd: exec.Command(opmlBin, args...), seen: make(chan struct{}, 1)}
	out, err := p.cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	p.cmd.Stderr = p.cmd.Stdout
	if err := p.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go p.read(out)
	t.Cleanup(func() { p.cmd.Process.Kill(); p.cmd.Wait() })
	return p
}

func (p *process) read(r io.Reader) {
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		p.mu.Lock()
		p.lines = append(p.lines, sc.Text())
		p.mu.Unlock()
		select {
		case p.seen <- struct{}{}:
		default:
		}
	}
}

// waitFor returns the first line containing s, waiting up to d for it.
func (p *process) waitFor(t *testing.T, s string, d time.Duration) string {
	t.Helper()
	deadline := time.After(d)
	for {
		p.mu.Lock()
		for _, l := range p.lines {
			if strings.Contains(l, s) {
				p.mu.Unlock()
				return l
			}
		}
		p.mu.Unlock()
		select {
		case <-p.seen:
		case <-deadline:
			p.mu.Lock()
			defer p.mu.Unlock()
			t.Fatalf("%s: no line with %q within %v; output:\n%s", strings.Join(p.cmd.Args, " "), s, d, strings.Join(p.lines, "\n"))
		}
	}
}

// TestServeAgentsOnChainDev runs the oracle the way an operator would: `opml chain dev`, a cheating
// `opml serve --role submitter` and an honest `opml serve --role validator`, each its own process, and a dApp
// user from outside. The validator is killed (SIGKILL) as soon as its game opens and restarted on the same
// database: it must resume the game, win it, and the dApp must get the correct digit.
func TestServeAgentsOnChainDev(t *testing.T) {
	dev := startOpml(t, "chain", "dev", "--port", "0", "--block-time", "20ms", "--window", "10s", "--clock", "40s") // a window a loaded machine meets
	url := strings.Fields(dev.waitFor(t, "JSON-RPC", time.Minute))[1]
	oracle := strings.Fields(dev.waitFor(t, "AIOracle", time.Second))[1]
	consumer := common.HexToAddress(strings.Fields(dev.waitFor(t, "DigitConsumer", time.Second))[1])
	dev.waitFor(t, "ready", 10*time.Second)

	keyHex := func(i int) string { return hex.EncodeToString(crypto.FromECDSA(chain.DevKeys()[i])) }
	dir := t.TempDir()
	serve := func(role string, key int, extra ...string) *process {
		args := append([]string{"serve", "--role", role, "--rpc", url, "--key", keyHex(key), "--oracle", oracle,
			"--db", filepath.Join(dir, role+".db"), "--poll", "100ms"}, extra...)
		return startOpml(t, args...)
	}
	submitter := serve("submitter", 1, "--cheat", "output")
	validator := serve("validator", 2)
	submitter.waitFor(t, "serving", time.Minute)
	validator.waitFor(t, "serving", time.Minute)

	test, err := mnist.LoadTest()
	if err != nil {
		t.Fatal(err)
	}
	const image = 1
	m, err := demo.MNISTModel(1)
	if err != nil {
		t.Fatal(err)
	}
	want, err := demo.Digit(m.Graph, test.Image(image))
	if err != nil {
		t.Fatal(err)
	}
	// The dApp user asks from the command line and waits for the answer.
	ask := startOpml(t, "ask", "--rpc", url, "--key", keyHex(3), "--consumer", consumer.Hex(), "--image", fmt.Sprint(image), "--wait", "4m")

	validator.waitFor(t, "opened", 2*time.Minute)
	if err := validator.cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	validator.cmd.Wait()
	restarted := serve("validator", 2)
	restarted.waitFor(t, "won", 3*time.Minute)

	answer := ask.waitFor(t, "the oracle answered", 3*time.Minute)
	if !strings.HasSuffix(answer, fmt.Sprintf("answered %d", want)) {
		t.Fatalf("opml ask: %q, want the digit %d", answer, want)
	}
	// On the way ask said when the window closes and that the result was disputed, and at the end which
	// transaction delivered the answer.
	ask.waitFor(t, "the challenge window closes at", time.Second)
	ask.waitFor(t, "the result is disputed", time.Second)
	if l := ask.waitFor(t, "the answer was", 10*time.Second); !regexp.MustCompile(`disputed \(game 1\), 2 result\(s\) posted; delivered by transaction 0x[0-9a-f]{64} in block \d+$`).MatchString(l) {
		t.Fatalf("opml ask's last line %q, want the game and the delivering transaction", l)
	}
	submitter.waitFor(t, "lost", time.Minute)
}

// TestServeBadInput: missing or malformed flags are refused with a one-line error and exit code 2.
func TestServeBadInput(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"serve"}, "--role"},
		{[]string{"serve", "--role", "miner"}, "want submitter or validator"},
		{[]string{"serve", "--role", "validator", "--rpc", "http://127.0.0.1:1", "--key", "00", "--oracle", "0x1", "--db", "x"}, "not an address"},
		{[]string{"serve", "--role", "submitter", "--rpc", "http://127.0.0.1:1", "--key", "zz", "--oracle", common.Address{}.Hex(), "--db", "x"}, "--key"},
		{[]string{"serve", "--role", "submitter", "--rpc", "u", "--key", keyOf(1), "--oracle", common.Address{}.Hex(), "--db", "x", "--cheat", "lie"}, "unknown cheat"},
		{[]string{"ask"}, "--rpc"},
		{[]string{"ask", "--rpc", "u", "--key", keyOf(3), "--consumer", common.Address{}.Hex()}, "exactly one of --input FILE and --image N"},
		{[]string{"ask", "--rpc", "u", "--key", keyOf(3), "--consumer", common.Address{}.Hex(), "--input", "/nonexistent.png"}, "no such file"},
		{[]string{"demo", "--phases", "3"}, "phases"},
		{[]string{"demo", "--cheat", "node:x"}, "node index"},
		{[]string{"demo", "--rpc", "http://127.0.0.1:1"}, "needs a key"},
		{[]string{"demo", "extra"}, "no arguments"},
	} {
		_, stderr, code := runOpml(t, tc.args...)
		if code == 0 || !strings.Contains(stderr, tc.want) || strings.Contains(stderr, "goroutine") {
			t.Errorf("opml %s: exit %d, stderr %q; want a non-zero exit and an error mentioning %q", strings.Join(tc.args, " "), code, stderr, tc.want)
		}
	}
}

func keyOf(i int) string { return fmt.Sprintf("%x", crypto.FromECDSA(chain.DevKeys()[i])) }
