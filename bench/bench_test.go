package bench

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/opml-dev/opml/agent"
)

func TestTableWrite(t *testing.T) {
	tb := &Table{Title: "title", Columns: []string{"a", "long column"}, Notes: []string{"note"}}
	tb.AddRow("x", 1)
	tb.AddRow("longer cell", 2.5)
	var buf bytes.Buffer
	tb.Write(&buf)
	want := "title\n\na            long column\n-----------  -----------\nx            1\nlonger cell  2.5\n\nnote\n"
	if buf.String() != want {
		t.Fatalf("table:\n%q\nwant\n%q", buf.String(), want)
	}
}

// TestMLSmall runs the ML suite on a few images: every row is produced and the VM agrees with native.
func TestMLSmall(t *testing.T) {
	tb, err := ML(MLOptions{Batch: 100, Images: 200, Latencies: 5, VMImages: 1})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	tb.Write(&buf)
	for _, s := range []string{"native throughput", "native latency", "VM inference", "output commitment equal to native"} {
		if strings.Count(buf.String(), s) != 2 {
			t.Errorf("want %q for both models in:\n%s", s, buf.String())
		}
	}
}

// TestGameOneMode runs the dispute suite for one mode: its row shows the validator winning a real game.
func TestGameOneMode(t *testing.T) {
	tb, err := Game(context.Background(), GameOptions{Phases: []int{2}, Ks: []int{4}, Cheat: agent.Cheat{Mode: agent.CheatOutput}})
	if err != nil {
		t.Fatal(err)
	}
	if len(tb.Rows) != 1 || tb.Rows[0][0] != "two-phase" || tb.Rows[0][len(tb.Rows[0])-2] != "validator" {
		var buf bytes.Buffer
		tb.Write(&buf)
		t.Fatalf("want one two-phase row won by the validator:\n%s", buf.String())
	}
}
