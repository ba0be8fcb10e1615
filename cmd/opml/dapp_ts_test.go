package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/opml-dev/opml/demo"
	"github.com/opml-dev/opml/models/mnist"
)

// TestTypeScriptDApp runs the TypeScript example (examples/dapp-ts/ask.ts, viem from npm, run with tsx after a
// type check with tsc) as a dApp developer would: against `opml chain dev` with an `opml serve` submitter, it
// asks for the digit of an MNIST test image and must print the digit the model gives and the delivering
// transaction.
func TestTypeScriptDApp(t *testing.T) {
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	bin := func(name string) string {
		p := filepath.Join(root, "node_modules", ".bin", name)
		if _, err := os.Stat(p); err != nil {
			t.Fatalf("%s: %v (scripts/install-deps installs the npm packages)", p, err)
		}
		return p
	}
	tsx, tsc := bin("tsx"), bin("tsc")
	if out, err := exec.Command(tsc, "-p", filepath.Join(root, "examples", "dapp-ts")).CombinedOutput(); err != nil {
		t.Fatalf("tsc: %v\n%s", err, out)
	}

	dev, url, oracle := startChainDev(t, "--window", "2s", "--clock", "2s")
	consumer := strings.Fields(dev.waitFor(t, "DigitConsumer", time.Second))[1]
	sub := startOpml(t, "serve", "--role", "submitter", "--rpc", url, "--key", keyOf(1), "--oracle", oracle,
		"--db", filepath.Join(t.TempDir(), "s.db"), "--poll", "100ms")
	sub.waitFor(t, "serving", time.Minute)

	test, err := mnist.LoadTest()
	if err != nil {
		t.Fatal(err)
	}
	const image = 3
	m, err := demo.MNISTModel(1)
	if err != nil {
		t.Fatal(err)
	}
	want, err := demo.Digit(m.Graph, test.Image(image))
	if err != nil {
		t.Fatal(err)
	}
	pixels := filepath.Join(t.TempDir(), "digit.raw")
	if err := os.WriteFile(pixels, test.Image(image), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(tsx, filepath.Join(root, "examples", "dapp-ts", "ask.ts"), "--rpc", url, "--consumer", consumer,
		"--pixels", pixels, "--timeout", "180")
	cmd.Env = append(os.Environ(), "OPML_KEY=0x"+keyOf(0))
	out, err := cmd.CombinedOutput()
	t.Logf("ask.ts:\n%s", out)
	if err != nil {
		t.Fatalf("ask.ts: %v", err)
	}
	if !regexp.MustCompile(fmt.Sprintf(`(?m)^request 1: digit %d \(delivered by tx 0x[0-9a-f]{64}\)$`, want)).Match(out) {
		t.Fatalf("ask.ts did not print digit %d with the delivering transaction", want)
	}
}
