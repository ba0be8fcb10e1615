package monitor

import (
	"bufio"
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/opml-dev/opml/agent"
)

// sampleView is a View with every total set to a distinct value.
func sampleView() *agent.View {
	v := &agent.View{Role: "validator", Account: "0x00000000000000000000000000000000000000aa", Head: 120, Scanned: 118,
		BalanceWei: "1500000000000000000", OwedWei: "250000000000000000"}
	v.Totals = agent.Totals{RequestsSeen: 7, ResultsPosted: 3, GamesOpen: 1, GamesWon: 2, GamesLost: 4, Moves: 31, Transactions: 40,
		Gas: 9_876_543, GasCostWei: "12345000000000000", BondsLockedWei: "100000000000000000", WithdrawnWei: "300000000000000000"}
	v.Health.Failures = 0
	return v
}

var sampleLine = regexp.MustCompile(`^(opml_[a-z_]+)\{role="validator",account="0x0{38}aa"\} (\S+)$`)

// TestMetricsText: every metric is written in Prometheus' text format (HELP, TYPE, one sample), prefixed opml_,
// with the View's values (wei as ether), and the list is all there.
func TestMetricsText(t *testing.T) {
	var b strings.Builder
	WriteMetrics(&b, sampleView())
	got := map[string]string{}
	types := map[string]string{}
	sc := bufio.NewScanner(strings.NewReader(b.String()))
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "# HELP opml_"):
		case strings.HasPrefix(line, "# TYPE opml_"):
			f := strings.Fields(line)
			if len(f) != 4 || (f[3] != "counter" && f[3] != "gauge") {
				t.Fatalf("bad TYPE line %q", line)
			}
			types[f[2]] = f[3]
		default:
			m := sampleLine.FindStringSubmatch(line)
			if m == nil {
				t.Fatalf("line %q is not a labelled opml_ sample", line)
			}
			if _, dup := got[m[1]]; dup {
				t.Fatalf("%s written twice", m[1])
			}
			if types[m[1]] == "" {
				t.Fatalf("%s has no TYPE line before its sample", m[1])
			}
			if types[m[1]] == "counter" && !strings.HasSuffix(m[1], "_total") {
				t.Errorf("counter %s does not end in _total", m[1])
			}
			got[m[1]] = m[2]
		}
	}
	for name, want := range map[string]string{
		"opml_requests_seen_total":  "7",
		"opml_results_posted_total": "3",
		"opml_games_open":           "1",
		"opml_games_won_total":      "2",
		"opml_games_lost_total":     "4",
		"opml_moves_total":          "31",
		"opml_gas_used_total":       "9876543",
		"opml_gas_spent_eth_total":  "0.012345",
		"opml_bonds_locked_eth":     "0.1",
		"opml_balance_eth":          "1.5",
		"opml_owed_eth":             "0.25",
		"opml_withdrawn_eth_total":  "0.3",
		"opml_last_block":           "118",
		"opml_head_block":           "120",
	} {
		if got[name] != want {
			t.Errorf("%s = %q, want %q", name, got[name], want)
		}
	}
}

// fakeSource is a Source with a fixed View and health: the health rules are the unit under test here.
type fakeSource struct {
	view   *agent.View
	err    error
	health agent.Health
}

func (f *fakeSource) View(context.Context) (*agent.View, error) { return f.view, f.err }
func (f *fakeSource) Health() agent.Health                      { return f.health }

func TestHealthz(t *testing.T) {
	now := time.Now()
	for _, tt := range []struct {
		name   string
		health agent.Health
		code   int
		want   string
	}{
		{"passing", agent.Health{LastOK: now.Add(-time.Second)}, 200, "ok"},
		{"one failure", agent.Health{LastOK: now.Add(-time.Second), Failures: 1, LastErr: "lost a race"}, 200, "ok"},
		{"failing", agent.Health{LastOK: now.Add(-time.Second), Failures: 3, LastErr: "connection refused"}, 503, "3 passes failed in a row: connection refused"},
		{"starting", agent.Health{}, 503, "no pass has completed"},
		{"stalled", agent.Health{LastOK: now.Add(-5 * time.Minute)}, 503, "no pass completed for 5m"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			srv := httptest.NewServer(New(&fakeSource{view: sampleView(), health: tt.health}, 2*time.Second).Handler())
			defer srv.Close()
			res, err := http.Get(srv.URL + "/healthz")
			if err != nil {
				t.Fatal(err)
			}
			defer res.Body.Close()
			body := new(strings.Builder)
			bufio.NewReader(res.Body).WriteTo(body)
			if res.StatusCode != tt.code || !strings.Contains(body.String(), tt.want) {
				t.Fatalf("/healthz: %d %q, want %d with %q", res.StatusCode, body, tt.code, tt.want)
			}
		})
	}
}

// TestMetricsUnavailable: a View that cannot be read answers 503 with the reason, not stale or zero metrics.
func TestMetricsUnavailable(t *testing.T) {
	srv := httptest.NewServer(New(&fakeSource{err: errors.New("agent: read the chain head: connection refused")}, time.Second).Handler())
	defer srv.Close()
	for _, path := range []string{"/metrics", "/api/state"} {
		res, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if res.StatusCode != http.StatusServiceUnavailable {
			t.Errorf("%s with the chain down: %d, want 503", path, res.StatusCode)
		}
	}
}
