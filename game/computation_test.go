package game

import (
	"bytes"
	"encoding/binary"
	"testing"
	"time"

	"github.com/opml-dev/opml/graph"
	"github.com/opml-dev/opml/models/executor/host"
	"github.com/opml-dev/opml/tensor"
	"github.com/opml-dev/opml/vm"
)

// truthOf turns a party's value function into a Truth that fails the test on error.
func truthOf(t testing.TB, f func(uint64) (Hash, error)) Truth {
	return func(pos uint64) (Hash, error) {
		h, err := f(pos)
		if err != nil {
			t.Fatalf("value at %d: %v", pos, err)
		}
		return h, nil
	}
}

func vmTruth(t testing.TB, c *Computation, node int) Truth { return runTruth(t, c, NodeRun(node)) }

func runTruth(t testing.TB, c *Computation, ref RunRef) Truth {
	return truthOf(t, func(pos uint64) (Hash, error) { return c.RunValue(ref, pos) })
}

// stepResult executes the step from lo with the witness the honest party gives, as proveStep does on chain (with
// vm.StatelessStep, the Go twin of MIPS.step): it returns the pre-state's hash and the post-state's.
func stepResult(t testing.TB, honest *Computation, node int, lo uint64) (pre, post Hash) {
	return runStepResult(t, honest, NodeRun(node), lo)
}

func runStepResult(t testing.TB, honest *Computation, ref RunRef, lo uint64) (pre, post Hash) {
	t.Helper()
	w, err := honest.RunStepWitness(ref, lo)
	if err != nil {
		t.Fatal(err)
	}
	if pre, err = stateHash(w.State); err != nil {
		t.Fatal(err)
	}
	post, err = vm.StatelessStep(w)
	if err != nil {
		t.Fatalf("step %d: %v", lo+1, err)
	}
	return pre, post
}

// settleVM plays a VM level to its last step and settles it as the contract does: it reports whether the
// asserter wins.
func settleVM(t testing.TB, k int, asserter, challenger, honest *Computation, node int) bool {
	return settleRun(t, k, asserter, challenger, honest, NodeRun(node))
}

func settleRun(t testing.TB, k int, asserter, challenger, honest *Computation, ref RunRef) bool {
	t.Helper()
	l := play(t, VMSteps, k, runTruth(t, asserter, ref), runTruth(t, challenger, ref))
	pre, post := runStepResult(t, honest, ref, l.Lo)
	if pre != l.LoValue {
		t.Fatalf("run %v: the honest pre-state at %d is not the agreed value", ref, l.Lo)
	}
	return post == l.HiValue
}

func TestHonestSinglePhase(t *testing.T) {
	exe, gm := testModel(t)
	g := gm.Graph
	info, err := SinglePhaseModel(exe, g)
	if err != nil {
		t.Fatal(err)
	}
	input := testImage(4)
	c, err := NewComputation(exe, g, info, input, nil)
	if err != nil {
		t.Fatal(err)
	}
	values := nativeValues(t, g, input)
	if !bytes.Equal(c.Output(), values[g.Output()].Bytes()) {
		t.Fatalf("output %x, native %x", c.Output(), values[g.Output()].Bytes())
	}
	halt, err := c.VMSteps(-1)
	if err != nil {
		t.Fatal(err)
	}
	// An independent run of the graph-mode executor.
	in, _ := tensor.FromBytes(g.Tensors[g.Input()].DType, input, g.Tensors[g.Input()].Shape...)
	fresh := func() *vm.Emulator {
		e, err := exe.GraphEmulator(g, in)
		if err != nil {
			t.Fatal(err)
		}
		return e
	}
	e := fresh()
	if err := e.Run(VMSteps); err != nil {
		t.Fatal(err)
	}
	if err := host.CheckOutput(e, g.Tensors[g.Output()].Spec(), graph.Commit(values[g.Output()].Bytes())); err != nil {
		t.Fatal(err)
	}
	if e.State.Step != halt {
		t.Fatalf("VMSteps %d, the run halts at %d", halt, e.State.Step)
	}
	claim, err := c.Claim()
	if err != nil {
		t.Fatal(err)
	}
	if claim.Claim != e.StateHash() || !bytes.Equal(claim.EndState, e.State.Encode()) {
		t.Fatal("the claim is not the final state")
	}
	_, start, err := c.StartProof()
	if err != nil {
		t.Fatal(err)
	}
	// Positions out of order exercise the re-runs.
	for _, pos := range []uint64{0, halt / 2, 1, 1000, halt - 1, halt, halt + 1, 1 << 31, VMSteps, 1000} {
		got, err := c.VMValue(-1, pos)
		if err != nil {
			t.Fatal(err)
		}
		e := fresh()
		if err := e.Run(pos); err != nil {
			t.Fatal(err)
		}
		if want := e.StateHash(); got != want {
			t.Errorf("VMValue(%d) = %x, want %x", pos, got, want)
		}
		if pos == 0 && got != start {
			t.Errorf("VMValue(0) is not the start setGameStart computes")
		}
	}
	for _, lo := range []uint64{0, 1234, halt - 1, halt, VMSteps - 1} {
		pre, post := stepResult(t, c, -1, lo)
		wantPre, _ := c.VMValue(-1, lo)
		wantPost, _ := c.VMValue(-1, lo+1)
		if pre != wantPre || post != wantPost {
			t.Errorf("step %d: %x → %x, want %x → %x", lo+1, pre, post, wantPre, wantPost)
		}
	}
}

func TestHonestMultiPhase(t *testing.T) {
	exe, gm := testModel(t)
	g := gm.Graph
	info, err := MultiPhaseModel(exe, g)
	if err != nil {
		t.Fatal(err)
	}
	input := testImage(5)
	c, err := NewComputation(exe, g, info, input, nil)
	if err != nil {
		t.Fatal(err)
	}
	values := nativeValues(t, g, input)
	commits := graph.Commitments(values)
	if !bytes.Equal(c.Output(), values[g.Output()].Bytes()) {
		t.Fatalf("output %x, native %x", c.Output(), values[g.Output()].Bytes())
	}
	_, start, err := c.StartProof()
	if err != nil {
		t.Fatal(err)
	}
	claim, err := c.Claim()
	if err != nil {
		t.Fatal(err)
	}
	for pos := range len(g.Nodes) + 1 {
		got, err := c.GraphValue(uint64(pos))
		if err != nil {
			t.Fatal(err)
		}
		want, _ := graph.StateRoot(g, commits, pos)
		if got != want {
			t.Errorf("GraphValue(%d) is not the native state root", pos)
		}
		if pos == 0 && got != start || pos == len(g.Nodes) && got != claim.Claim {
			t.Errorf("GraphValue(%d) is not the start or the claim", pos)
		}
	}
	for j, n := range g.Nodes {
		h, err := c.Handoff(j)
		if err != nil {
			t.Fatal(err)
		}
		lo, _ := c.GraphValue(uint64(j))
		hi, _ := c.GraphValue(uint64(j + 1))
		start, end, err := VerifyHandoff(info, uint64(j), lo, hi, h)
		if err != nil {
			t.Fatalf("node %d: %v", j, err)
		}
		// Independently: the node's executor run on the native operands.
		args := make([]*tensor.Tensor, len(n.Inputs))
		for i, id := range n.Inputs {
			args[i] = values[id]
		}
		e, err := exe.NodeEmulator(g, j, args)
		if err != nil {
			t.Fatal(err)
		}
		if start != e.StateHash() {
			t.Errorf("node %d: the handoff's start is not the node emulator's state", j)
		}
		if err := e.Run(VMSteps); err != nil {
			t.Fatal(err)
		}
		if err := host.CheckOutput(e, g.Tensors[n.Output].Spec(), commits[n.Output]); err != nil {
			t.Fatalf("node %d: %v", j, err)
		}
		if end != e.StateHash() {
			t.Errorf("node %d: the handoff's end is not the node run's final state", j)
		}
		halt, _ := c.VMSteps(j)
		for _, p := range []struct {
			pos  uint64
			want Hash
		}{{0, start}, {halt, end}, {VMSteps, end}} {
			if got, err := c.VMValue(j, p.pos); err != nil || got != p.want {
				t.Errorf("node %d: VMValue(%d) = %x, %v; want %x", j, p.pos, got, err, p.want)
			}
		}
	}
}

func TestHandoffRejectsTampering(t *testing.T) {
	exe, gm := testModel(t)
	g := gm.Graph
	info, err := MultiPhaseModel(exe, g)
	if err != nil {
		t.Fatal(err)
	}
	input := testImage(6)
	c, err := NewComputation(exe, g, info, input, nil)
	if err != nil {
		t.Fatal(err)
	}
	const node = 0 // requant_rows of the pixels: three operands
	liar, err := NewComputation(exe, g, info, input, &Lie{Node: node})
	if err != nil {
		t.Fatal(err)
	}
	honest, err := c.Handoff(node)
	if err != nil {
		t.Fatal(err)
	}
	lying, err := liar.Handoff(node)
	if err != nil {
		t.Fatal(err)
	}
	next, err := c.Handoff(node + 1)
	if err != nil {
		t.Fatal(err)
	}
	lo, _ := c.GraphValue(node)
	hi, _ := c.GraphValue(node + 1)
	liarHi, _ := liar.GraphValue(node + 1)
	if _, _, err := VerifyHandoff(info, node, lo, liarHi, lying); err != nil {
		t.Fatalf("the liar's handoff against its own claim: %v", err)
	}
	clone := func(f func(h *Handoff)) *Handoff {
		h := *honest
		h.NodeProof = slicesClone(h.NodeProof)
		h.OutputProof = slicesClone(h.OutputProof)
		h.Operands = slicesClone(h.Operands)
		h.OperandProofs, h.Insertions = nil, nil
		for _, p := range honest.OperandProofs {
			h.OperandProofs = append(h.OperandProofs, slicesClone(p))
		}
		for _, p := range honest.Insertions {
			h.Insertions = append(h.Insertions, slicesClone(p))
		}
		h.EndState = bytes.Clone(h.EndState)
		h.OutputRegion = slicesClone(h.OutputRegion)
		f(&h)
		return &h
	}
	tests := []struct {
		name   string
		node   uint64
		lo, hi Hash
		h      *Handoff
	}{
		{"wrong operand", node, lo, hi, clone(func(h *Handoff) { h.Operands[1][3] ^= 1 })},
		{"operands swapped", node, lo, hi, clone(func(h *Handoff) {
			h.Operands[0], h.Operands[1] = h.Operands[1], h.Operands[0]
			h.OperandProofs[0], h.OperandProofs[1] = h.OperandProofs[1], h.OperandProofs[0]
		})},
		{"operand proof changed", node, lo, hi, clone(func(h *Handoff) { h.OperandProofs[2][0][0] ^= 1 })},
		{"operand missing", node, lo, hi, clone(func(h *Handoff) { h.Operands = h.Operands[:2] })},
		{"record of another node", node, lo, hi, clone(func(h *Handoff) { h.Node = next.Node })},
		{"record changed", node, lo, hi, clone(func(h *Handoff) { h.Node.InputLog2s[0]++ })},
		{"node proof changed", node, lo, hi, clone(func(h *Handoff) { h.NodeProof[0][1] ^= 1 })},
		{"handed off at the wrong node", node + 1, lo, hi, honest},
		{"another node's handoff", node, lo, hi, next},
		{"output leaf elsewhere", node, lo, hi, clone(func(h *Handoff) { h.OutputProof = h.OperandProofs[0] })},
		{"another output", node, lo, hi, clone(func(h *Handoff) { h.Output = lying.Output })},
		{"end state with another output", node, lo, hi, clone(func(h *Handoff) { h.EndState = lying.EndState })},
		{"the liar's handoff against the honest claim", node, lo, hi, lying},
		{"the honest handoff against the liar's claim", node, lo, liarHi, honest},
		{"faulted end state", node, lo, hi, clone(func(h *Handoff) { h.EndState[79] = 2 })},
		{"end state exited 1", node, lo, hi, clone(func(h *Handoff) { h.EndState[77] = 1 })},
		{"end state running", node, lo, hi, clone(func(h *Handoff) { h.EndState[78] = 0 })},
		{"end state truncated", node, lo, hi, clone(func(h *Handoff) { h.EndState = h.EndState[:200] })},
		{"output region changed", node, lo, hi, clone(func(h *Handoff) { h.OutputRegion[3][0] ^= 1 })},
		{"insertion changed", node, lo, hi, clone(func(h *Handoff) { h.Insertions[2][0][0] ^= 1 })},
		{"insertions swapped", node, lo, hi, clone(func(h *Handoff) { h.Insertions[1], h.Insertions[2] = h.Insertions[2], h.Insertions[1] })},
		{"insertion missing", node, lo, hi, clone(func(h *Handoff) { h.Insertions = h.Insertions[:3] })},
		{"descriptor insertion cut", node, lo, hi, clone(func(h *Handoff) { h.Insertions[0] = h.Insertions[0][1:] })},
		{"agreed value changed", node, hi, hi, honest},
		{"node beyond the graph", uint64(len(g.Nodes)), lo, hi, honest},
		{"no handoff", node, lo, hi, nil},
	}
	for _, tt := range tests {
		if _, _, err := VerifyHandoff(info, tt.node, tt.lo, tt.hi, tt.h); err == nil {
			t.Errorf("%s: accepted", tt.name)
		}
	}
	single, _ := SinglePhaseModel(exe, g)
	if _, _, err := VerifyHandoff(single, node, lo, hi, honest); err == nil {
		t.Error("a handoff for a single-phase model: accepted")
	}
}

// firstDigit returns the first int32 of an output.
func firstDigit(b []byte) int32 { return int32(binary.LittleEndian.Uint32(b)) }

func TestLyingSinglePhase(t *testing.T) {
	exe, gm := testModel(t)
	g := gm.Graph
	info, err := SinglePhaseModel(exe, g)
	if err != nil {
		t.Fatal(err)
	}
	input := testImage(7)
	honest, err := NewComputation(exe, g, info, input, nil)
	if err != nil {
		t.Fatal(err)
	}
	halt, err := honest.VMSteps(-1)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		lie     Lie
		lieFrom uint64
	}{
		{"only the end state", Lie{Node: -1}, halt},
		{"from step 1", Lie{Node: -1, Step: 1}, 1},
		{"from step 1,000,000", Lie{Node: -1, Step: 1_000_000}, 1_000_000},
		{"from after the halt", Lie{Node: 3, Step: halt + 10, Output: true}, halt},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			liar, err := NewComputation(exe, g, info, input, &tt.lie)
			if err != nil {
				t.Fatal(err)
			}
			if got, want := firstDigit(liar.Output()), (firstDigit(honest.Output())+1)%10; got != want {
				t.Errorf("the liar posts digit %d, want %d", got, want)
			}
			claim, err := liar.Claim()
			if err != nil {
				t.Fatal(err)
			}
			if err := VerifyClaim(info, liar.Output(), claim); err != nil {
				t.Fatalf("the liar's claim is not accepted: %v", err)
			}
			end, err := vm.DecodeState(claim.EndState)
			if err != nil || end.Step != halt || end.Status() != vm.StatusExitedOK {
				t.Fatalf("the liar's end state is not a well-formed exited state at the halt: %+v, %v", end, err)
			}
			for _, pos := range []uint64{0, tt.lieFrom - 1, tt.lieFrom, (tt.lieFrom + halt) / 2, halt - 1, halt, VMSteps} {
				l, err := liar.VMValue(-1, pos)
				if err != nil {
					t.Fatal(err)
				}
				h, _ := honest.VMValue(-1, pos)
				switch {
				case pos < tt.lieFrom && l != h:
					t.Errorf("position %d before the lie: the liar differs", pos)
				case pos >= tt.lieFrom && l == h:
					t.Errorf("position %d: the liar is honest", pos)
				case pos >= tt.lieFrom && pos < halt && vm.StatusOf(l) != vm.StatusRunning:
					t.Errorf("position %d: the lie is %v, not running", pos, vm.StatusOf(l))
				case pos >= halt && l != claim.Claim:
					t.Errorf("position %d: not the claimed end", pos)
				}
			}
			t0 := time.Now()
			if settleVM(t, 3, liar, honest, honest, -1) {
				t.Error("the lying asserter wins")
			}
			t.Logf("lying asserter, honest challenger, k=3: %v for both parties' queries", time.Since(t0))
			if !settleVM(t, 3, honest, liar, honest, -1) {
				t.Error("the honest asserter loses")
			}
		})
	}
}

func TestLyingMultiPhase(t *testing.T) {
	exe, gm := testModel(t)
	g := gm.Graph
	info, err := MultiPhaseModel(exe, g)
	if err != nil {
		t.Fatal(err)
	}
	input := testImage(8)
	honest, err := NewComputation(exe, g, info, input, nil)
	if err != nil {
		t.Fatal(err)
	}
	last := len(g.Nodes) - 1
	tests := []struct {
		name   string
		lie    Lie
		first  int  // the first node whose output the liar corrupts
		output bool // the posted output differs
	}{
		{"first node", Lie{Node: 0}, 0, false},
		{"hidden layer, VM lie from step 100,000", Lie{Node: 3, Step: 100_000}, 3, false},
		{"output node", Lie{Node: -1}, last, true},
		{"hidden layer and the output", Lie{Node: 2, Step: 5, Output: true}, 2, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			liar, err := NewComputation(exe, g, info, input, &tt.lie)
			if err != nil {
				t.Fatal(err)
			}
			if tt.output && bytes.Equal(liar.Output(), honest.Output()) {
				t.Error("the liar posts the honest output")
			}
			claim, err := liar.Claim()
			if err != nil {
				t.Fatal(err)
			}
			if err := VerifyClaim(info, liar.Output(), claim); err != nil {
				t.Fatalf("the liar's claim is not accepted: %v", err)
			}
			for pos := range uint64(len(g.Nodes) + 1) {
				l, _ := liar.GraphValue(pos)
				h, _ := honest.GraphValue(pos)
				if (l == h) != (pos <= uint64(tt.first)) {
					t.Errorf("graph position %d: liar and honest agree: %v", pos, l == h)
				}
			}
			graphTruth := func(c *Computation) Truth { return truthOf(t, c.GraphValue) }
			for _, liarAsserts := range []bool{true, false} {
				asserter, challenger := honest, liar
				if liarAsserts {
					asserter, challenger = liar, honest
				}
				l := play(t, uint64(len(g.Nodes)), 3, graphTruth(asserter), graphTruth(challenger))
				if liarAsserts && l.Lo != uint64(tt.first) {
					t.Errorf("the graph level ends at node %d, not the first lie %d", l.Lo, tt.first)
				}
				h, err := asserter.Handoff(int(l.Lo))
				if err != nil {
					t.Fatal(err)
				}
				start, end, err := VerifyHandoff(info, l.Lo, l.LoValue, l.HiValue, h)
				if err != nil {
					t.Fatalf("the asserter's handoff at node %d: %v", l.Lo, err)
				}
				node := int(l.Lo)
				for _, c := range []*Computation{asserter, challenger} {
					if s, _ := c.VMValue(node, 0); s != start {
						t.Fatalf("node %d: a party's VM start is not the handoff's", node)
					}
				}
				if e, _ := asserter.VMValue(node, VMSteps); e != end {
					t.Fatalf("node %d: the asserter's VM end is not its handoff's", node)
				}
				if won := settleVM(t, 3, asserter, challenger, honest, node); won != !liarAsserts {
					t.Errorf("liar asserts: %v; the asserter wins: %v", liarAsserts, won)
				}
			}
		})
	}
}

func TestComputationRejectsBadUse(t *testing.T) {
	exe, gm := testModel(t)
	g := gm.Graph
	single, _ := SinglePhaseModel(exe, g)
	multi, _ := MultiPhaseModel(exe, g)
	input := testImage(9)
	other := *multi
	other.NodesRoot[0] ^= 1
	for _, tt := range []struct {
		name  string
		info  *ModelInfo
		input []byte
		lie   *Lie
	}{
		{"long input", single, append(bytes.Clone(input), 1), nil},
		{"no info", nil, input, nil},
		{"info of another model", &other, input, nil},
		{"lie beyond the graph", multi, input, &Lie{Node: len(g.Nodes)}},
		{"lie before the graph", multi, input, &Lie{Node: -2}},
	} {
		if _, err := NewComputation(exe, g, tt.info, tt.input, tt.lie); err == nil {
			t.Errorf("%s: no error", tt.name)
		}
	}
	if _, err := NewComputation(exe, nil, single, input, nil); err == nil {
		t.Error("no graph: no error")
	}
	cs, err := NewComputation(exe, g, single, input, nil)
	if err != nil {
		t.Fatal(err)
	}
	cm, err := NewComputation(exe, g, multi, input, nil)
	if err != nil {
		t.Fatal(err)
	}
	calls := []struct {
		name string
		err  func() error
	}{
		{"single-phase GraphValue", func() error { _, err := cs.GraphValue(0); return err }},
		{"single-phase Handoff", func() error { _, err := cs.Handoff(0); return err }},
		{"single-phase VMValue of a node", func() error { _, err := cs.VMValue(0, 0); return err }},
		{"VMValue beyond the level", func() error { _, err := cs.VMValue(-1, VMSteps+1); return err }},
		{"StepWitness from the last position", func() error { _, err := cs.StepWitness(-1, VMSteps); return err }},
		{"multi-phase VMValue of the whole graph", func() error { _, err := cm.VMValue(-1, 0); return err }},
		{"VMSteps of a node beyond the graph", func() error { _, err := cm.VMSteps(len(g.Nodes)); return err }},
		{"GraphValue beyond the graph", func() error { _, err := cm.GraphValue(uint64(len(g.Nodes) + 1)); return err }},
		{"Handoff before the graph", func() error { _, err := cm.Handoff(-1); return err }},
	}
	for _, c := range calls {
		if c.err() == nil {
			t.Errorf("%s: no error", c.name)
		}
	}
}

// BenchmarkSinglePhaseGame measures both parties' work in a whole single-phase MNIST int8 game at k = 3 with a
// lying asserter: preparing both computations, every VM run and re-run behind the checkpoint values, and the
// final step's witness. Queries that go back re-run the VM from step 0, so a lie late in the run, disputed in an
// early part of a round, costs the most.
func BenchmarkSinglePhaseGame(b *testing.B) {
	exe, gm := testModel(b)
	g := gm.Graph
	info, err := SinglePhaseModel(exe, g)
	if err != nil {
		b.Fatal(err)
	}
	input := testImage(7)
	for _, bc := range []struct {
		name string
		lie  Lie
	}{
		{"lie-at-the-end", Lie{Node: -1}},
		{"lie-from-step-1", Lie{Node: -1, Step: 1}},
		{"lie-from-step-1000000", Lie{Node: -1, Step: 1_000_000}},
		{"lie-from-step-2000000", Lie{Node: -1, Step: 2_000_000}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			for b.Loop() {
				honest, err := NewComputation(exe, g, info, input, nil)
				if err != nil {
					b.Fatal(err)
				}
				liar, err := NewComputation(exe, g, info, input, &bc.lie)
				if err != nil {
					b.Fatal(err)
				}
				if settleVM(b, 3, liar, honest, honest, -1) {
					b.Fatal("the lying asserter wins")
				}
			}
		})
	}
}
