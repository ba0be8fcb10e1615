package game

import (
	"encoding/binary"
	"testing"

	"github.com/opml-dev/opml/graph"
	"github.com/opml-dev/opml/models/executor/host"
	"github.com/opml-dev/opml/tensor"
)

// lookupGraph is a model whose run fails on some inputs: two row ids (int32) look rows up in a 4×4 table
// (get_rows), then relu. An id outside 0..3 makes get_rows fail, natively and in the VM (the executor exits 1).
func lookupGraph(t testing.TB) *graph.Graph {
	t.Helper()
	table := make([]float32, 16)
	for i := range table {
		table[i] = float32(i) - 7.5
	}
	w, err := tensor.FromFloat32(table, 4, 4)
	if err != nil {
		t.Fatal(err)
	}
	b := graph.NewBuilder()
	ids := b.Input("ids", tensor.I32, 1, 2)
	tab := b.Weight("table", w)
	rows := b.Node("rows", graph.OpGetRows, nil, tab, ids)
	out := b.Node("relu", graph.OpRelu, nil, rows)
	g, err := b.Build(out)
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// lookupInput is the input of row ids a and b.
func lookupInput(a, b int32) []byte {
	return binary.LittleEndian.AppendUint32(binary.LittleEndian.AppendUint32(nil, uint32(a)), uint32(b))
}

// TestFailedRunSinglePhase: on an input its run fails on, the honest party claims the failure (the VM's end
// state, exited 1, an empty output), and beats a liar that claims an output, as asserter and as challenger; on
// an input its run succeeds on, it beats a liar that claims a failure.
func TestFailedRunSinglePhase(t *testing.T) {
	exe, g := host.Shipped(), lookupGraph(t)
	info, err := SinglePhaseModel(exe, g)
	if err != nil {
		t.Fatal(err)
	}
	bad, good := lookupInput(1, 9), lookupInput(1, 2)
	honest, err := NewComputation(exe, g, info, bad, nil)
	if err != nil {
		t.Fatal(err)
	}
	if honest.Output() != nil || !honest.Failed() {
		t.Fatalf("the honest output of a failing run is %x", honest.Output())
	}
	c, err := honest.Claim()
	if err != nil {
		t.Fatal(err)
	}
	if err := VerifyClaim(info, nil, c); err != nil {
		t.Fatalf("the failed run's claim: %v", err)
	}
	if s := c.Claim[0]; s != 1 { // exited with a non-zero code
		t.Fatalf("the failed run's claim has status %d, want 1 (exited non-zero)", s)
	}
	liar, err := NewComputation(exe, g, info, bad, &Lie{Node: -1})
	if err != nil {
		t.Fatal(err)
	}
	lc, err := liar.Claim()
	if err != nil || liar.Output() == nil || VerifyClaim(info, liar.Output(), lc) != nil {
		t.Fatalf("the liar's claim of an output: %x, %v", liar.Output(), err)
	}
	for _, k := range []int{1, 3} {
		if settleVM(t, k, liar, honest, honest, -1) {
			t.Fatalf("k=%d: a liar asserting an output of a failing run wins", k)
		}
		if !settleVM(t, k, honest, liar, honest, -1) {
			t.Fatalf("k=%d: the honest asserter of a failed run loses", k)
		}
	}
	// A liar that claims a failure where the run succeeds.
	honestOK, err := NewComputation(exe, g, info, good, nil)
	if err != nil || honestOK.Failed() {
		t.Fatalf("the good input: %v, failed %v", err, honestOK.Failed())
	}
	failer, err := NewComputation(exe, g, info, good, &Lie{Node: -1, Fail: true})
	if err != nil {
		t.Fatal(err)
	}
	fc, err := failer.Claim()
	if err != nil || failer.Output() != nil || VerifyClaim(info, nil, fc) != nil || fc.Claim[0] != 2 {
		t.Fatalf("the liar's claim of a failure: %v, output %x, status %d", err, failer.Output(), fc.Claim[0])
	}
	if settleVM(t, 3, failer, honestOK, honestOK, -1) {
		t.Fatal("a liar asserting a failure of a good run wins")
	}
}

// TestFailedRunMultiPhase: a failing node's output is NoOutput and so is every node reading it, up to the
// graph's output; the claim's output leaf is NoOutput. A liar claiming an output for the node that read the
// failed one cannot hand off (its operand has no output) and loses; the honest asserter's handoff there wins at
// once. A liar claiming an output for the failing node itself is beaten in that node's VM run, and the honest
// handoff of the failure (an end state that exited 1) opens that run.
func TestFailedRunMultiPhase(t *testing.T) {
	exe, g := host.Shipped(), lookupGraph(t)
	info, err := MultiPhaseModel(exe, g)
	if err != nil {
		t.Fatal(err)
	}
	bad := lookupInput(9, 0)
	honest, err := NewComputation(exe, g, info, bad, nil)
	if err != nil {
		t.Fatal(err)
	}
	c, err := honest.Claim()
	if err != nil || !honest.Failed() || VerifyClaim(info, nil, c) != nil {
		t.Fatalf("the honest claim of a failed graph: %v, output %x", err, honest.Output())
	}
	// The liar that claims an output for the last node (relu of a row that does not exist).
	liar, err := NewComputation(exe, g, info, bad, &Lie{Node: -1})
	if err != nil {
		t.Fatal(err)
	}
	l := play(t, uint64(len(g.Nodes)), 1, truthOf(t, liar.GraphValue), truthOf(t, honest.GraphValue))
	if l.Lo != 1 {
		t.Fatalf("the graph level narrowed to node %d, want 1", l.Lo)
	}
	lh, err := liar.Handoff(1)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := VerifyHandoff(info, 1, l.LoValue, l.HiValue, lh); err == nil {
		t.Fatal("the liar hands off an output for a node whose operand has none")
	}
	l = play(t, uint64(len(g.Nodes)), 1, truthOf(t, honest.GraphValue), truthOf(t, liar.GraphValue))
	hh, err := honest.Handoff(int(l.Lo))
	if err != nil {
		t.Fatal(err)
	}
	start, end, err := VerifyHandoff(info, l.Lo, l.LoValue, l.HiValue, hh)
	if err != nil || start != (Hash{}) || end != (Hash{}) || hh.Output != NoOutput {
		t.Fatalf("the honest handoff of a node without operand: start %x, end %x, %v", start, end, err)
	}
	// The liar that claims node 0 (get_rows) succeeded.
	liar0, err := NewComputation(exe, g, info, bad, &Lie{Node: 0})
	if err != nil {
		t.Fatal(err)
	}
	l = play(t, uint64(len(g.Nodes)), 1, truthOf(t, liar0.GraphValue), truthOf(t, honest.GraphValue))
	if l.Lo != 0 {
		t.Fatalf("the graph level narrowed to node %d, want 0", l.Lo)
	}
	h0, err := liar0.Handoff(0)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := VerifyHandoff(info, 0, l.LoValue, l.HiValue, h0); err != nil {
		t.Fatalf("the liar's handoff of node 0 (well formed, wrong): %v", err)
	}
	if settleVM(t, 3, liar0, honest, honest, 0) {
		t.Fatal("the liar claiming node 0 succeeded wins its VM level")
	}
	l = play(t, uint64(len(g.Nodes)), 1, truthOf(t, honest.GraphValue), truthOf(t, liar0.GraphValue))
	hh, err = honest.Handoff(0)
	if err != nil {
		t.Fatal(err)
	}
	if _, end, err := VerifyHandoff(info, 0, l.LoValue, l.HiValue, hh); err != nil || end[0] != 1 || hh.Output != NoOutput {
		t.Fatalf("the honest handoff of the failing node: end status %d, %v", end[0], err)
	}
	if !settleVM(t, 3, honest, liar0, honest, 0) {
		t.Fatal("the honest asserter of node 0's failure loses its VM level")
	}
}
