package game

import (
	"bytes"
	"fmt"
	"reflect"
	"testing"
)

// TestSegmentsGiveKeptValues computes honest and lying parties keeping only the values live every few nodes
// (recomputing the rest when asked) and with the weights' commitments given, and requires the same output,
// claim, graph values and handoffs (operands, insertions, VM end state) as keeping every value.
func TestSegmentsGiveKeptValues(t *testing.T) {
	exe, gm := testModel(t)
	g := gm.Graph
	info, err := MultiPhaseModel(exe, g)
	if err != nil {
		t.Fatal(err)
	}
	input := testImage(3)
	last := len(g.Nodes) - 1
	lies := []*Lie{nil, {Node: 0}, {Node: 4}, {Node: -1}, {Node: 2, Output: true}, {Node: 5, Fail: true}, {Node: last, Salt: 2}}
	for _, lie := range lies {
		ref, err := NewComputation(exe, g, info, input, lie)
		if err != nil {
			t.Fatal(err)
		}
		if !ref.ev.keepsAll() {
			t.Fatal("a small graph does not keep every value by default")
		}
		for _, segment := range []int{1, 3, 5} {
			t.Run(fmt.Sprintf("lie %+v, segment %d", lie, segment), func(t *testing.T) {
				c, err := NewComputationWith(exe, g, info, input, lie, Options{Segment: segment, Weights: weightCommitments(g)})
				if err != nil {
					t.Fatal(err)
				}
				if c.ev.keepsAll() {
					t.Fatal("every value kept")
				}
				if !bytes.Equal(c.Output(), ref.Output()) || c.Failed() != ref.Failed() {
					t.Fatal("another output")
				}
				cc, err := c.Claim()
				if err != nil {
					t.Fatal(err)
				}
				rc, _ := ref.Claim()
				if !reflect.DeepEqual(cc, rc) {
					t.Fatal("another claim")
				}
				for pos := range uint64(len(g.Nodes) + 1) {
					a, _ := c.GraphValue(pos)
					b, _ := ref.GraphValue(pos)
					if a != b {
						t.Fatalf("graph position %d differs", pos)
					}
				}
				// Backwards, so that segments are recomputed out of order, then forwards, so that a segment goes on
				// from where the last request left it.
				var order []int
				for node := last; node >= 0; node -= 2 {
					order = append(order, node)
				}
				for node := 0; node <= last; node += 3 {
					order = append(order, node)
				}
				for _, node := range order {
					a, err := c.Handoff(node)
					if err != nil {
						t.Fatal(err)
					}
					b, err := ref.Handoff(node)
					if err != nil {
						t.Fatal(err)
					}
					if !reflect.DeepEqual(a, b) {
						t.Fatalf("the handoff at node %d differs", node)
					}
				}
			})
		}
	}
	if _, err := NewComputationWith(exe, g, info, input, nil, Options{Weights: make([]Hash, 3)}); err == nil {
		t.Fatal("a wrong number of weight commitments accepted")
	}
	bad := weightCommitments(g)
	bad[g.Nodes[0].Inputs[1]][0] ^= 1
	if _, err := NewComputationWith(exe, g, info, input, nil, Options{Weights: bad}); err == nil {
		t.Fatal("wrong weight commitments accepted")
	}
}
