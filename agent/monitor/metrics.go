package monitor

import (
	"fmt"
	"io"
	"math/big"

	"github.com/opml-dev/opml/agent"
)

// metric is one Prometheus metric of an agent: its name (after opml_), type, help and value.
type metric struct {
	name, kind, help string
	value            func(v *agent.View) string
}

func count(n int) string      { return fmt.Sprint(n) }
func count64(n uint64) string { return fmt.Sprint(n) }

// ether turns a wei amount in decimal into ether, as Prometheus wants a float (precision beyond a float64's is
// lost here; the JSON state keeps the exact wei).
func ether(wei string) string {
	w, ok := new(big.Float).SetString(wei)
	if !ok {
		return "NaN"
	}
	f, _ := new(big.Float).Quo(w, big.NewFloat(1e18)).Float64()
	return fmt.Sprint(f)
}

// metrics are the agent's metrics, in the order they are written.
var metrics = []metric{
	{"requests_seen_total", "counter", "Requests of served models the agent has seen.", func(v *agent.View) string { return count(v.Totals.RequestsSeen) }},
	{"results_posted_total", "counter", "Entries (results with a bond) the agent has posted.", func(v *agent.View) string { return count(v.Totals.ResultsPosted) }},
	{"games_open", "gauge", "Dispute games the agent is playing.", func(v *agent.View) string { return count(v.Totals.GamesOpen) }},
	{"games_won_total", "counter", "Dispute games the agent won.", func(v *agent.View) string { return count(v.Totals.GamesWon) }},
	{"games_lost_total", "counter", "Dispute games the agent lost.", func(v *agent.View) string { return count(v.Totals.GamesLost) }},
	{"moves_total", "counter", "Dissections and choices the agent played.", func(v *agent.View) string { return count(v.Totals.Moves) }},
	{"transactions_total", "counter", "Transactions the agent sent that were mined.", func(v *agent.View) string { return count(v.Totals.Transactions) }},
	{"gas_used_total", "counter", "Gas used by the agent's transactions.", func(v *agent.View) string { return count64(v.Totals.Gas) }},
	{"gas_spent_eth_total", "counter", "Ether paid for the agent's gas.", func(v *agent.View) string { return ether(v.Totals.GasCostWei) }},
	{"bonds_locked_eth", "gauge", "Ether of the agent's bonds in requests not settled.", func(v *agent.View) string { return ether(v.Totals.BondsLockedWei) }},
	{"withdrawn_eth_total", "counter", "Ether the agent withdrew from the oracle.", func(v *agent.View) string { return ether(v.Totals.WithdrawnWei) }},
	{"owed_eth", "gauge", "Ether the oracle owes the agent, not withdrawn yet.", func(v *agent.View) string { return ether(v.OwedWei) }},
	{"balance_eth", "gauge", "The agent account's balance.", func(v *agent.View) string { return ether(v.BalanceWei) }},
	{"last_block", "gauge", "The last block whose events the agent handled.", func(v *agent.View) string { return count64(v.Scanned) }},
	{"head_block", "gauge", "The chain's head block.", func(v *agent.View) string { return count64(v.Head) }},
	{"pass_failures", "gauge", "Agent passes failed in a row (0: the last succeeded).", func(v *agent.View) string { return count(v.Health.Failures) }},
}

// WriteMetrics writes v's metrics in Prometheus' text exposition format, each labelled with the agent's role
// and account.
func WriteMetrics(w io.Writer, v *agent.View) {
	labels := fmt.Sprintf(`{role=%q,account=%q}`, v.Role, v.Account)
	for _, m := range metrics {
		fmt.Fprintf(w, "# HELP opml_%s %s\n# TYPE opml_%s %s\nopml_%s%s %s\n", m.name, m.help, m.name, m.kind, m.name, labels, m.value(v))
	}
}
