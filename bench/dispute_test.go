package bench

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/opml-dev/opml/game"
	"github.com/opml-dev/opml/models/llama"
	"github.com/opml-dev/opml/tensor"
)

// TestDisputeTiny disputes generations of the tiny synthetic Q8_0 model with a liar at a random node, at the
// first node and at the output: the graph level ends at the lie (or at the first node its lie changes), the VM
// level at one step the validator wins, and the table lists every phase; under a small tile budget the logits
// node is played as tiles (a tile level between the graph and VM levels).
func TestDisputeTiny(t *testing.T) {
	path := filepath.Join(t.TempDir(), "tiny.gguf")
	s := &llama.Synth{Shape: llama.Shapes["tiny"], Type: tensor.RowQ8_0, Seed: 1}
	if err := s.WriteFiles(path, "gguf"); err != nil {
		t.Fatal(err)
	}
	nodes := 0
	for _, tc := range []struct {
		lie       game.Lie
		tileSteps uint64
	}{{game.Lie{Node: -2}, 0}, {game.Lie{Node: 0}, 0}, {game.Lie{Node: -1, Output: true}, 0}, {game.Lie{Node: -3}, 1 << 22}} {
		lie := tc.lie
		if lie.Node == -3 { // the last logits node, played as tiles under a small budget
			lie.Node = nodes - 3
		}
		res, err := Dispute(context.Background(), DisputeOptions{Model: path, Prompt: "Once upon a time", N: 4, Lie: lie, Seed: 5,
			TileSteps: tc.tileSteps})
		if err != nil {
			t.Fatal(err)
		}
		nodes = res.Nodes
		if tc.tileSteps != 0 && (res.Tiles < 2 || res.TileRounds == 0) {
			t.Errorf("the logits node under %d steps: %d tiles, %d tile rounds", tc.tileSteps, res.Tiles, res.TileRounds)
		}
		if !res.HonestWins {
			t.Errorf("lie %+v: the submitter wins", lie)
		}
		if lie.Node >= 0 && res.DisputedNode != lie.Node {
			t.Errorf("lie at node %d: the graph level ends at node %d", lie.Node, res.DisputedNode)
		}
		if lie.Node == -2 && (res.LieNode < 0 || res.DisputedNode != res.LieNode) {
			t.Errorf("a random lie at node %d: the graph level ends at node %d", res.LieNode, res.DisputedNode)
		}
		if lie.Output && res.DisputedNode != res.Nodes-1 {
			t.Errorf("the output liar: the graph level ends at node %d of %d", res.DisputedNode, res.Nodes)
		}
		if res.VMSteps == 0 || res.VMRounds == 0 || res.GraphRounds == 0 {
			t.Errorf("lie %+v: %d VM steps, %d VM rounds, %d graph rounds", lie, res.VMSteps, res.VMRounds, res.GraphRounds)
		}
		var buf bytes.Buffer
		res.Table().Write(&buf)
		for _, phase := range []string{"submitter's generation", "validator's re-generation", "graph level", "handoff and VM runs", "VM level", "total"} {
			if !strings.Contains(buf.String(), phase) {
				t.Errorf("no %q row:\n%s", phase, buf.String())
			}
		}
	}
}

// TestDisputeTinyOnChain also plays the dispute with agents on the embedded chain: the dApp gets the honest
// tokens and the dispute's gas is reported.
func TestDisputeTinyOnChain(t *testing.T) {
	path := filepath.Join(t.TempDir(), "tiny.gguf")
	s := &llama.Synth{Shape: llama.Shapes["tiny"], Type: tensor.RowQ8_0, Seed: 1}
	if err := s.WriteFiles(path, "gguf"); err != nil {
		t.Fatal(err)
	}
	res, err := Dispute(context.Background(), DisputeOptions{Model: path, Prompt: "Once upon a time", N: 4, Lie: game.Lie{Node: 40}, Chain: true})
	if err != nil {
		t.Fatal(err)
	}
	if !res.HonestWins || !res.ChainHonest || res.DisputeGas == 0 || res.ChainRounds < res.GraphRounds+res.VMRounds {
		t.Fatalf("in process the validator wins: %v; on chain: the dApp got the honest tokens: %v, %d gas, %d rounds (%d + %d in process)",
			res.HonestWins, res.ChainHonest, res.DisputeGas, res.ChainRounds, res.GraphRounds, res.VMRounds)
	}
}
