package chain

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"sync"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
)

// AnvilEnv names an environment variable that, when set, is the path of the anvil binary to run instead of
// the one installed from package-lock.json.
const AnvilEnv = "OPML_ANVIL"

// Anvil is a local anvil node started by StartAnvil.
type Anvil struct {
	// URL is the node's JSON-RPC endpoint (http://127.0.0.1:port).
	URL string
	// Key is funded on the node: anvil's first default account, the same as DevKeys()[0].
	Key *ecdsa.PrivateKey

	cmd      *exec.Cmd
	stopOnce sync.Once
	stopErr  error
	exited   chan struct{}
	output   *syncBuffer
}

// StartAnvil starts the anvil binary installed by scripts/install-deps (node_modules/@foundry-rs), listening
// on 127.0.0.1 at a free port, and returns once it answers JSON-RPC. Call Stop when done. If ctx ends, anvil
// is killed. It fails with an error saying how to install anvil if it is not installed.
func StartAnvil(ctx context.Context) (*Anvil, error) {
	bin, err := findAnvil()
	if err != nil {
		return nil, err
	}
	port, err := freePort()
	if err != nil {
		return nil, fmt.Errorf("chain: anvil: %w", err)
	}
	out := new(syncBuffer)
	cmd := exec.CommandContext(ctx, bin,
		"--host", "127.0.0.1",
		"--port", strconv.Itoa(port),
		"--gas-limit", strconv.Itoa(EmbeddedGasLimit),
		"--hardfork", Hardfork,
		"--accounts", strconv.Itoa(len(devKeyHex)),
	)
	cmd.Stdout = out
	cmd.Stderr = out
	// Stop interrupts anvil so it can shut down cleanly; the context only kills it as a last resort.
	cmd.Cancel = func() error { return cmd.Process.Kill() }
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("chain: start anvil %s: %w", bin, err)
	}
	a := &Anvil{
		URL:    "http://127.0.0.1:" + strconv.Itoa(port),
		Key:    DevKeys()[0],
		cmd:    cmd,
		exited: make(chan struct{}),
		output: out,
	}
	go func() {
		_ = cmd.Wait()
		close(a.exited)
	}()
	if err := a.waitReady(ctx); err != nil {
		_ = a.Stop()
		return nil, err
	}
	return a, nil
}

// Stop stops the node and waits for it to exit. It may be called more than once.
func (a *Anvil) Stop() error {
	a.stopOnce.Do(func() {
		select {
		case <-a.exited:
			return
		default:
		}
		if err := a.cmd.Process.Signal(syscall.SIGTERM); err != nil && !errors.Is(err, os.ErrProcessDone) {
			a.stopErr = fmt.Errorf("chain: stop anvil: %w", err)
		}
		select {
		case <-a.exited:
		case <-time.After(5 * time.Second):
			_ = a.cmd.Process.Kill()
			<-a.exited
		}
	})
	return a.stopErr
}

// waitReady polls the node until it reports its chain id, it exits, or 30 s pass.
func (a *Anvil) waitReady(ctx context.Context) error {
	deadline := time.Now().Add(30 * time.Second)
	for {
		select {
		case <-a.exited:
			return fmt.Errorf("chain: anvil exited before answering: %s", a.output.String())
		default:
		}
		attempt, cancel := context.WithTimeout(ctx, time.Second)
		client, err := ethclient.DialContext(attempt, a.URL)
		if err == nil {
			_, err = client.ChainID(attempt)
			client.Close()
		}
		cancel()
		if err == nil {
			return nil
		}
		if ctx.Err() != nil {
			return fmt.Errorf("chain: waiting for anvil: %w", ctx.Err())
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("chain: anvil at %s did not answer within 30s: %v; output: %s", a.URL, err, a.output.String())
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// findAnvil returns the anvil binary: $OPML_ANVIL, else the platform package npm installed into the
// node_modules of the working directory or one of its parents (tests run in package directories).
func findAnvil() (string, error) {
	if p := os.Getenv(AnvilEnv); p != "" {
		if _, err := os.Stat(p); err != nil {
			return "", fmt.Errorf("chain: anvil from $%s: %w", AnvilEnv, err)
		}
		return p, nil
	}
	arch := map[string]string{"amd64": "amd64", "arm64": "arm64"}[runtime.GOARCH]
	if arch == "" || (runtime.GOOS != "linux" && runtime.GOOS != "darwin") {
		return "", fmt.Errorf("chain: anvil: no anvil package for %s/%s; set $%s", runtime.GOOS, runtime.GOARCH, AnvilEnv)
	}
	rel := filepath.Join("node_modules", "@foundry-rs", "anvil-"+runtime.GOOS+"-"+arch, "bin", "anvil")
	dir, err := os.Getwd()
	if err != nil {
		return "", fmt.Errorf("chain: anvil: %w", err)
	}
	for {
		p := filepath.Join(dir, rel)
		if _, err := os.Stat(p); err == nil {
			return p, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("chain: anvil is not installed (no %s in this directory or a parent): run scripts/install-deps", rel)
		}
		dir = parent
	}
}

// freePort asks the kernel for a free TCP port on 127.0.0.1. Another process could take it before anvil
// binds it; StartAnvil then fails with anvil's own error rather than talking to a stranger, since anvil
// would exit.
func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, fmt.Errorf("free port: %w", err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// syncBuffer collects a child's output; the child's writers and our readers run concurrently.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	// Keep only the start of anvil's output: its banner and any startup error, not every request log.
	if room := 64<<10 - b.buf.Len(); room > 0 {
		if len(p) > room {
			b.buf.Write(p[:room])
		} else {
			b.buf.Write(p)
		}
	}
	return len(p), nil
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}
