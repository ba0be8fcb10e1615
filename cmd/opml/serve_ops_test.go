package main

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// startChainDev starts `opml chain dev` on a free port and returns it with its JSON-RPC URL and oracle address.
func startChainDev(t *testing.T, extra ...string) (dev *process, url, oracle string) {
	t.Helper()
	dev = startOpml(t, append([]string{"chain", "dev", "--port", "0", "--block-time", "20ms"}, extra...)...)
	url = strings.Fields(dev.waitFor(t, "JSON-RPC", time.Minute))[1]
	oracle = strings.Fields(dev.waitFor(t, "AIOracle", time.Second))[1]
	dev.waitFor(t, "ready", 10*time.Second)
	return dev, url, oracle
}

func httpGet(t *testing.T, url string) (int, string) {
	t.Helper()
	res, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	body, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	return res.StatusCode, string(body)
}

// TestServeOperations runs `opml serve` as an operator would: JSON logs, the monitor on --http (metrics, health,
// the dashboard page); then the development chain is restarted and the validator started on its old database
// is refused in one line naming --resync, and with --resync it serves the new chain.
func TestServeOperations(t *testing.T) {
	dev, url, oracle := startChainDev(t)
	db := filepath.Join(t.TempDir(), "validator.db")
	serve := func(url, oracle string, extra ...string) *process {
		return startOpml(t, append([]string{"serve", "--role", "validator", "--rpc", url, "--key", keyOf(2), "--oracle", oracle,
			"--db", db, "--poll", "100ms"}, extra...)...)
	}
	v := serve(url, oracle, "--log-format", "json", "--http", "127.0.0.1:0")
	line := v.waitFor(t, "monitor on http://", time.Minute)
	var rec map[string]any
	if err := json.Unmarshal([]byte(line), &rec); err != nil || rec["level"] != "INFO" || rec["time"] == nil || rec["role"] != "validator" {
		t.Fatalf("--log-format json: line %q (%v), want a JSON object with level, time and role", line, err)
	}
	base := regexp.MustCompile(`http://127\.0\.0\.1:\d+/`).FindString(rec["msg"].(string))
	deadline := time.Now().Add(30 * time.Second)
	for {
		code, body := httpGet(t, base+"healthz")
		if code == 200 && strings.TrimSpace(body) == "ok" {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("/healthz: %d %q", code, body)
		}
		time.Sleep(100 * time.Millisecond)
	}
	code, metrics := httpGet(t, base+"metrics")
	for _, name := range []string{"opml_requests_seen_total", "opml_results_posted_total", "opml_games_open", "opml_games_won_total",
		"opml_games_lost_total", "opml_moves_total", "opml_gas_used_total", "opml_bonds_locked_eth", "opml_balance_eth", "opml_last_block"} {
		if code != 200 || !regexp.MustCompile(`(?m)^`+name+`\{role="validator",account="0x[0-9a-fA-F]{40}"\} \S+$`).MatchString(metrics) {
			t.Fatalf("/metrics (%d) has no sample of %s:\n%s", code, name, metrics)
		}
	}
	if code, page := httpGet(t, base); code != 200 || !strings.Contains(page, "<title>opml agent</title>") {
		t.Fatalf("/: %d, %.200q", code, page)
	}

	// The chain is restarted: same genesis, same addresses, other blocks.
	v.cmd.Process.Kill()
	v.cmd.Wait()
	dev.cmd.Process.Kill()
	dev.cmd.Wait()
	time.Sleep(1100 * time.Millisecond) // the new chain's blocks get other times, hence other hashes
	_, url2, oracle2 := startChainDev(t)
	if oracle2 != oracle {
		t.Fatalf("the restarted chain deployed the oracle at %s, not %s: the test needs a chain alike but for its blocks", oracle2, oracle)
	}
	_, stderr, code := runOpml(t, "serve", "--role", "validator", "--rpc", url2, "--key", keyOf(2), "--oracle", oracle2, "--db", db)
	if code == 0 || !strings.Contains(stderr, "another chain") || !strings.Contains(stderr, "--resync") || strings.Count(stderr, "\n") != 1 {
		t.Fatalf("serve on the old database after a chain restart: exit %d, stderr %q; want one line naming --resync", code, stderr)
	}
	again := serve(url2, oracle2, "--resync")
	again.waitFor(t, "serving", time.Minute)
}

// TestServeChecksFunds: an account that cannot pay a bond is refused at start, in one line.
func TestServeChecksFunds(t *testing.T) {
	_, url, oracle := startChainDev(t)
	poor := "4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318" // a key no chain funds
	_, stderr, code := runOpml(t, "serve", "--role", "submitter", "--rpc", url, "--key", poor, "--oracle", oracle,
		"--db", filepath.Join(t.TempDir(), "s.db"))
	if code == 0 || !strings.Contains(stderr, "not enough funds") || !strings.Contains(stderr, "0 ETH") || strings.Count(stderr, "\n") != 1 {
		t.Fatalf("serve with an empty account: exit %d, stderr %q", code, stderr)
	}
}

// TestAskJSON: `opml ask --json` prints nothing but one object at the end: the answer, whether it was disputed,
// the transactions, and the fee in wei as a decimal string.
func TestAskJSON(t *testing.T) {
	dev, url, oracle := startChainDev(t, "--window", "2s", "--clock", "2s")
	consumer := strings.Fields(dev.waitFor(t, "DigitConsumer", time.Second))[1]
	sub := startOpml(t, "serve", "--role", "submitter", "--rpc", url, "--key", keyOf(1), "--oracle", oracle,
		"--db", filepath.Join(t.TempDir(), "s.db"), "--poll", "100ms")
	sub.waitFor(t, "serving", time.Minute)
	stdout, stderr, code := runOpml(t, "ask", "--rpc", url, "--key", keyOf(3), "--consumer", consumer, "--image", "0", "--wait", "3m", "--json")
	if code != 0 {
		t.Fatalf("ask --json: exit %d, stdout %s, stderr %q", code, stdout, stderr)
	}
	var res map[string]any
	if err := json.Unmarshal([]byte(stdout), &res); err != nil {
		t.Fatalf("ask --json printed %q: %v", stdout, err)
	}
	fee, _ := res["fee_wei"].(string)
	if res["answered"] != true || res["digit"] != 7.0 || res["disputed"] != false || res["entries"] != 1.0 ||
		!regexp.MustCompile(`^[1-9][0-9]*$`).MatchString(fee) ||
		!regexp.MustCompile(`^0x[0-9a-f]{64}$`).MatchString(fmt.Sprint(res["delivered_tx"])) || stderr != "" {
		t.Fatalf("ask --json: %s (stderr %q); want the digit 7 answered undisputed, the fee as a decimal string, the delivering transaction", stdout, stderr)
	}
}
