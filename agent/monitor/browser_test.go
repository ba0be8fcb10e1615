package monitor

import (
	"bufio"
	"context"
	"encoding/json"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/opml-dev/opml/agent"
	"github.com/opml-dev/opml/chain"
	"github.com/opml-dev/opml/contracts"
	"github.com/opml-dev/opml/demo"
	"github.com/opml-dev/opml/models/mnist"
)

const chromiumPath = "/usr/bin/chromium" // Debian's package (scripts/install-deps)

// TestDashboardInBrowser opens the dashboard of a validator in headless Chromium (driven by playwright-core
// from npm) while the validator plays a real game against a cheating submitter on the embedded chain: the page
// loads from the embedded HTML alone, shows the game with its phase, level stack, clock and moves, and shows the
// moves going up as the agents play, with no reload.
func TestDashboardInBrowser(t *testing.T) {
	if _, err := os.Stat(chromiumPath); err != nil {
		t.Fatalf("%s: %v (scripts/install-deps installs chromium)", chromiumPath, err)
	}
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(root, "node_modules", "playwright-core")); err != nil {
		t.Fatalf("playwright-core: %v (scripts/install-deps installs the npm packages)", err)
	}

	ctx := context.Background()
	c, err := chain.NewEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	m, err := demo.MNISTModel(2)
	if err != nil {
		t.Fatal(err)
	}
	p := contracts.DefaultSystemParams()
	p.DigitModel = m.ID()
	sys, err := contracts.DeploySystem(ctx, c, p)
	if err != nil {
		t.Fatal(err)
	}
	if err := agent.Register(ctx, c, sys, m); err != nil {
		t.Fatal(err)
	}
	keys := chain.DevKeys()
	dir := t.TempDir()
	newAgent := func(name string, key int, role agent.Role, cheat agent.Cheat) *agent.Agent {
		a, err := agent.New(agent.Config{Chain: c.As(keys[key]), System: sys, Role: role, Models: []*agent.Model{m},
			DBPath: filepath.Join(dir, name+".db"), Cheat: cheat, Logf: func(f string, args ...any) { t.Logf(name+": "+f, args...) }})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { a.Close() })
		return a
	}
	sub := newAgent("submitter", 1, agent.Submitter, agent.Cheat{Mode: agent.CheatOutput})
	val := newAgent("validator", 2, agent.Validator, agent.Cheat{})

	// The test steps the agents itself (rather than Run them), so that it can hold the game while the browser
	// starts.
	step := func() bool {
		acted := false
		for _, a := range []*agent.Agent{sub, val} {
			did, err := a.Step(ctx)
			if err != nil {
				t.Errorf("step: %v", err)
			}
			acted = acted || did
		}
		if !acted {
			if err := c.AdvanceTime(ctx, time.Minute); err != nil {
				t.Error(err)
			}
		}
		return acted
	}
	test, err := mnist.LoadTest()
	if err != nil {
		t.Fatal(err)
	}
	fee, err := sys.Consumer(c).Fee(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := sys.Consumer(c).AskTx(test.Image(4), fee).Send(ctx, c.As(keys[0])); err != nil {
		t.Fatal(err)
	}
	// Play until the game is open and both have moved.
	for pass := 0; ; pass++ {
		step()
		v, err := val.View(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if len(v.Games) == 1 && v.Games[0].Moves >= 2 {
			break
		}
		if pass > 40 {
			t.Fatalf("no game after %d passes: %+v", pass, v)
		}
	}

	srv := httptest.NewServer(New(healthySource{val}, 100*time.Millisecond).Handler())
	defer srv.Close()
	node := exec.Command("node", filepath.Join("testdata", "dashboard.mjs"), srv.URL+"/", chromiumPath)
	stdin, err := node.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := node.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr strings.Builder
	node.Stderr = &stderr
	if err := node.Start(); err != nil {
		t.Fatal(err)
	}
	defer node.Process.Kill()
	lines := make(chan string)
	go func() {
		sc := bufio.NewScanner(stdout)
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			lines <- sc.Text()
		}
		close(lines)
	}()
	next := func(prefix string) string {
		t.Helper()
		select {
		case l, ok := <-lines:
			if !ok || !strings.HasPrefix(l, prefix) {
				node.Wait()
				t.Fatalf("browser script: got %q, want %s…; stderr:\n%s", l, prefix, stderr.String())
			}
			return l
		case <-time.After(3 * time.Minute):
			t.Fatalf("browser script: no %s line; stderr:\n%s", prefix, stderr.String())
		}
		return ""
	}
	next("LOADED")
	game := next("GAME")
	t.Logf("the page shows %s", game)
	// Resume the game: the page must show the new moves by itself.
	stdin.Write([]byte("GO\n"))
	done, stopped := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(stopped)
		for {
			select {
			case <-done:
				return
			case <-time.After(300 * time.Millisecond):
			}
			step()
		}
	}()
	defer func() { close(done); <-stopped }()
	line := next("DONE")
	var res struct {
		Game                  string
		Phase                 string
		Levels                int
		Clock                 string
		MovesBefore           int
		MovesAfter            int
		NotReloaded           bool
		Navigations, Updates  int
		RequestRow, MovesCard string
		Errors, External      []string
	}
	if err := json.Unmarshal([]byte(strings.TrimPrefix(line, "DONE ")), &res); err != nil {
		t.Fatal(err)
	}
	t.Logf("browser: %+v", res)
	switch {
	case res.Game != "1" || res.Levels < 1:
		t.Errorf("game row %q with %d levels, want game 1 and its level stack", res.Game, res.Levels)
	case res.Phase == "Resolved" || res.Phase == "":
		t.Errorf("the game shown first is in phase %q, want one being played", res.Phase)
	case !strings.Contains(res.Clock, "clock runs out in"):
		t.Errorf("the mover's clock reads %q, want a countdown", res.Clock)
	case res.MovesAfter <= res.MovesBefore:
		t.Errorf("moves %d then %d", res.MovesBefore, res.MovesAfter)
	case !res.NotReloaded || res.Navigations != 1:
		t.Errorf("the page was reloaded (marker kept %v, %d navigations)", res.NotReloaded, res.Navigations)
	case res.Updates < 2:
		t.Errorf("%d updates drawn", res.Updates)
	case !strings.Contains(res.RequestRow, "0.1 ETH"):
		t.Errorf("the request row %q shows no bond in ETH", res.RequestRow)
	case len(res.Errors) > 0 || len(res.External) > 0:
		t.Errorf("script errors %v, requests outside the monitor %v", res.Errors, res.External)
	}
	if err := node.Wait(); err != nil {
		t.Fatalf("browser script: %v; stderr:\n%s", err, stderr.String())
	}
}

// healthySource is an agent stepped by the test, not by Run: its health is that of the test's passes.
type healthySource struct{ *agent.Agent }

func (h healthySource) Health() agent.Health { return agent.Health{LastOK: time.Now()} }
