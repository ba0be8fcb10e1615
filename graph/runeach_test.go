package graph

import (
	"bytes"
	"errors"
	"testing"

	"github.com/opml-dev/opml/tensor"
)

// TestRunEach: RunEach reports every node's output as Run computes it, in
// order, and returns the graph outputs; an error from the callback stops it.
func TestRunEach(t *testing.T) {
	g, x := smallGraph(t)
	all, err := Run(g, x)
	if err != nil {
		t.Fatal(err)
	}
	next := 0
	outs, err := RunEach(g, []*tensor.Tensor{x}, func(i int, out *tensor.Tensor) error {
		if i != next || !bytes.Equal(out.Bytes(), all[g.Nodes[i].Output].Bytes()) {
			t.Fatalf("node %d (expected %d): output differs from Run's", i, next)
		}
		next++
		return nil
	})
	if err != nil || next != len(g.Nodes) || len(outs) != 1 || !bytes.Equal(outs[0].Bytes(), all[g.Output()].Bytes()) {
		t.Fatalf("RunEach: %d nodes seen, %v", next, err)
	}
	stop := errors.New("stop")
	if _, err := RunEach(g, []*tensor.Tensor{x}, func(i int, out *tensor.Tensor) error { return stop }); !errors.Is(err, stop) {
		t.Fatalf("callback error: %v", err)
	}
	if _, err := RunEach(g, nil, nil); !errors.Is(err, ErrGraph) {
		t.Fatalf("no inputs: %v", err)
	}
}
