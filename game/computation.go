package game

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
	"sync"

	"github.com/opml-dev/opml/graph"
	"github.com/opml-dev/opml/internal/keccak"
	"github.com/opml-dev/opml/tensor"
	"github.com/opml-dev/opml/vm"
)

// Lie says how a dishonest party departs from the honest computation of a request (the agents' cheat modes).
// Whatever the lie, everything the party posts is well formed: its claims, checkpoints and handoffs pass every
// check the contracts make, so only the game can expose it.
type Lie struct {
	// Node is the graph node (0-based) whose output a multi-phase liar corrupts; every later node is then
	// computed from the corrupted value, so every later graph state root differs. -1 means the node that
	// produces the graph's output. A single-phase game has no graph level: Node is ignored there.
	Node int
	// Step is the first VM step at which the liar's values in the VM level of its corrupted node (or of the
	// whole run, single-phase) are wrong; 0 means that only the claimed end state is wrong, at and after the
	// step where the honest run halts.
	Step uint64
	// Output makes sure the posted output differs from the honest one: when corrupting Node leaves the graph
	// output unchanged, the liar corrupts the output's node as well. Without it a multi-phase liar posts
	// whatever output its corrupted computation gives. A single-phase liar's output is always wrong.
	Output bool
}

// Computation is one party's computation of one request, honest or lying (Lie): the output it posts, its claim,
// and its value at every position of every level of the game, with the moves that prove them (handoffs, step
// witnesses). VM runs are executed lazily, once to the halt and then again on demand: a query at a position
// before the last one answered re-runs that VM from step 0, so queries in increasing order (as a dissection
// issues them within a round) are cheapest. A Computation is safe for concurrent use.
type Computation struct {
	mu      sync.Mutex
	elf     []byte
	g       *graph.Graph
	info    *ModelInfo
	input   []byte
	lie     *Lie
	values  []*tensor.Tensor // this party's value of every tensor, by id
	commits []Hash           // and their commitments
	lies    []bool           // multi-phase: the nodes whose output this party corrupted
	records []NodeRecord     // multi-phase
	runs    map[int]*run     // by node; -1 is the single-phase whole-graph run
}

// NewComputation prepares the computation of input by the model g registered as info on the executor image
// elf; lie nil makes it honest. The graph is evaluated natively at once; VM runs happen when first needed.
func NewComputation(elf []byte, g *graph.Graph, info *ModelInfo, input []byte, lie *Lie) (*Computation, error) {
	if err := g.Validate(); err != nil {
		return nil, fmt.Errorf("game: computation: %w", err)
	}
	var want *ModelInfo
	var err error
	switch info.Phases() {
	case 1:
		want, err = SinglePhaseModel(elf, g)
	case 2:
		want, err = MultiPhaseModel(elf, g)
	default:
		return nil, errNoPhases
	}
	if err != nil {
		return nil, err
	}
	if !sameInfo(want, info) {
		return nil, errors.New("game: computation: the model info is not the registration of this graph on this executor image")
	}
	if lie != nil && (lie.Node < -1 || lie.Node >= len(g.Nodes)) {
		return nil, fmt.Errorf("game: computation: a lie at node %d of %d", lie.Node, len(g.Nodes))
	}
	spec := g.Tensors[g.Input()].Spec()
	in, err := tensor.FromBytes(spec.DType, input, spec.Shape...)
	if err != nil {
		return nil, fmt.Errorf("game: computation: the input is not %v: %w", spec, err)
	}
	honest, err := graph.Run(g, in)
	if err != nil {
		return nil, fmt.Errorf("game: computation: %w", err)
	}
	// Copies, so that a caller changing its Lie or ModelInfo later cannot change what this party claims.
	infoCopy := *info
	c := &Computation{elf: elf, g: g, info: &infoCopy, input: bytes.Clone(input), values: honest,
		lies: make([]bool, len(g.Nodes)), runs: make(map[int]*run)}
	if lie != nil {
		l := *lie
		c.lie = &l
	}
	if info.Phases() == 1 {
		if lie != nil {
			// The whole-graph run is the only VM level: the lie is in its output.
			c.values = slices.Clone(honest)
			out := producer(g, g.Output())
			if c.values[g.Output()], err = corrupt(g, out, honest[g.Output()], honest[g.Output()]); err != nil {
				return nil, err
			}
		}
	} else {
		if c.records, err = NodeRecords(g); err != nil {
			return nil, err
		}
		if lie != nil {
			if err := c.lieInGraph(honest, in); err != nil {
				return nil, err
			}
		}
	}
	c.commits = graph.Commitments(c.values)
	return c, nil
}

// sameInfo reports whether two registrations are equal (an empty state is the same as none).
func sameInfo(a, b *ModelInfo) bool {
	return a.InputSize == b.InputSize && a.OutputSize == b.OutputSize &&
		bytes.Equal(a.ProgramStateData, b.ProgramStateData) && bytes.Equal(a.ExecutorStateData, b.ExecutorStateData) &&
		a.GraphState == b.GraphState && a.NodesRoot == b.NodesRoot && a.NumNodes == b.NumNodes &&
		a.NumTensors == b.NumTensors && a.InputID == b.InputID && a.OutputID == b.OutputID
}

// producer returns the index of the node that writes tensor id, or -1.
func producer(g *graph.Graph, id int) int {
	for i, n := range g.Nodes {
		if n.Output == id {
			return i
		}
	}
	return -1
}

// lieInGraph computes a multi-phase liar's values: node Lie.Node's output corrupted, later nodes evaluated
// natively from the corrupted values.
func (c *Computation) lieInGraph(honest []*tensor.Tensor, in *tensor.Tensor) error {
	outNode := producer(c.g, c.g.Output())
	k := c.lie.Node
	if k < 0 {
		k = outNode
	}
	c.lies[k] = true
	values, err := c.evaluate(honest, in)
	if err != nil {
		return err
	}
	if c.lie.Output && bytes.Equal(values[c.g.Output()].Bytes(), honest[c.g.Output()].Bytes()) {
		c.lies[outNode] = true
		if values, err = c.evaluate(honest, in); err != nil {
			return err
		}
	}
	c.values = values
	return nil
}

// evaluate runs the graph natively on in, corrupting the output of every node in c.lies.
func (c *Computation) evaluate(honest []*tensor.Tensor, in *tensor.Tensor) ([]*tensor.Tensor, error) {
	values := make([]*tensor.Tensor, len(c.g.Tensors))
	for id, ti := range c.g.Tensors {
		if ti.Kind == graph.Weight {
			values[id] = ti.Value
		}
	}
	values[c.g.Input()] = in
	for i, n := range c.g.Nodes {
		args := make([]*tensor.Tensor, len(n.Inputs))
		for j, id := range n.Inputs {
			args[j] = values[id]
		}
		out, err := graph.EvalNode(c.g, i, args)
		if err != nil {
			return nil, fmt.Errorf("game: the liar's node %d: %w", i, err)
		}
		if c.lies[i] {
			if out, err = corrupt(c.g, i, out, honest[n.Output]); err != nil {
				return nil, err
			}
		}
		values[n.Output] = out
	}
	return values, nil
}

// corrupt returns a valid tensor of t's spec that differs from t and from honest: for the I32 result of an
// argmax over n classes the next class, (v+1) mod n, in the first element; otherwise t with one bit of its
// first possible byte flipped, keeping only encodings that are canonical (so the value round-trips).
func corrupt(g *graph.Graph, node int, t, honest *tensor.Tensor) (*tensor.Tensor, error) {
	orig, avoid := t.Bytes(), honest.Bytes()
	ok := func(cand []byte) (*tensor.Tensor, bool) {
		if bytes.Equal(cand, orig) || bytes.Equal(cand, avoid) {
			return nil, false
		}
		v, err := tensor.FromBytes(t.DType(), cand, t.Shape()...)
		if err != nil || !bytes.Equal(v.Bytes(), cand) {
			return nil, false
		}
		return v, true
	}
	if node >= 0 && g.Nodes[node].Op == graph.OpArgmax && t.DType() == tensor.I32 && len(orig) >= 4 {
		shape := g.Tensors[g.Nodes[node].Inputs[0]].Shape
		classes := uint32(shape[len(shape)-1])
		v := binary.LittleEndian.Uint32(orig)
		for d := uint32(1); d < classes; d++ {
			cand := bytes.Clone(orig)
			binary.LittleEndian.PutUint32(cand, (v+d)%classes)
			if out, good := ok(cand); good {
				return out, nil
			}
		}
	}
	for i := range orig {
		for bit := range 8 {
			cand := bytes.Clone(orig)
			cand[i] ^= 1 << bit
			if out, good := ok(cand); good {
				return out, nil
			}
		}
	}
	return nil, fmt.Errorf("game: no valid wrong value for the output of node %d", node)
}

// Output returns the output bytes this party posts: the graph output's canonical bytes.
func (c *Computation) Output() []byte { return c.values[c.g.Output()].Bytes() }

// Claim returns this party's claim with the proof that it contains Output: single-phase, its end state of the
// whole-graph run (for a liar, the honest end state with the wrong output written over the output region);
// multi-phase, its graph state root after every node.
func (c *Computation) Claim() (*ClaimProof, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.info.Phases() == 1 {
		r, err := c.run(-1)
		if err != nil {
			return nil, err
		}
		return &ClaimProof{Claim: r.claimedHash, EndState: bytes.Clone(r.claimed), Siblings: slices.Clone(r.outRegion)}, nil
	}
	n := len(c.g.Nodes)
	root, err := graph.StateRoot(c.g, c.commits, n)
	if err != nil {
		return nil, fmt.Errorf("game: claim: %w", err)
	}
	_, sibs, err := graph.StateProof(c.g, c.commits, n, c.g.Output())
	if err != nil {
		return nil, fmt.Errorf("game: claim: %w", err)
	}
	return &ClaimProof{Claim: root, Siblings: sibs}, nil
}

// StartProof returns the siblings setGameStart needs for this request and the start value they give.
func (c *Computation) StartProof() (siblings []Hash, start Hash, err error) {
	return StartProof(c.elf, c.g, c.info, c.input)
}

// GraphValue returns this party's graph state root after pos nodes (multi-phase), pos in 0..NumNodes.
func (c *Computation) GraphValue(pos uint64) (Hash, error) {
	if c.info.Phases() != 2 {
		return Hash{}, errors.New("game: a single-phase game has no graph level")
	}
	if pos > uint64(len(c.g.Nodes)) {
		return Hash{}, fmt.Errorf("game: graph position %d of %d", pos, len(c.g.Nodes))
	}
	root, err := graph.StateRoot(c.g, c.commits, int(pos))
	if err != nil {
		return Hash{}, fmt.Errorf("game: graph value %d: %w", pos, err)
	}
	return root, nil
}

// VMValue returns this party's state hash after pos steps of the VM run of node (0-based, multi-phase) or of
// the whole graph (node −1, single-phase), pos in 0..VMSteps; a halted state repeats. A liar's values are those
// of the honest run before its lie's Step (or before the halt), its claimed end state from the halt on, and in
// between a wrong but running-looking hash.
func (c *Computation) VMValue(node int, pos uint64) (Hash, error) {
	if pos > VMSteps {
		return Hash{}, fmt.Errorf("game: VM position %d beyond %d", pos, uint64(VMSteps))
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	r, err := c.run(node)
	if err != nil {
		return Hash{}, err
	}
	return r.value(pos)
}

// StepWitness returns the honest step pos → pos+1 of node's VM run (see VMValue): the pre-state encoding and
// the proof MIPS.step takes (proveStep).
func (c *Computation) StepWitness(node int, pos uint64) (state, proof []byte, err error) {
	if pos >= VMSteps {
		return nil, nil, fmt.Errorf("game: no step from position %d", pos)
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	r, err := c.run(node)
	if err != nil {
		return nil, nil, err
	}
	e, err := r.at(pos)
	if err != nil {
		return nil, nil, err
	}
	w, err := e.ProveStep()
	if err != nil {
		return nil, nil, fmt.Errorf("game: node %d: proving step %d: %w", node, pos+1, err)
	}
	if w.Oracle != nil {
		return nil, nil, fmt.Errorf("game: node %d: step %d reads the preimage oracle, which the executor never does", node, pos+1)
	}
	return w.State, w.Proof, nil
}

// VMSteps returns the number of steps node's VM run takes to halt (see VMValue for node).
func (c *Computation) VMSteps(node int) (uint64, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	r, err := c.run(node)
	if err != nil {
		return 0, err
	}
	return r.halt, nil
}

// Handoff returns this party's handoff at graph node `node` (0-based): its record, this party's output
// commitment for it and the proofs against its roots before and after the node, and the end state of the
// node's VM run on this party's operands (for the node a liar corrupted, the honest end state with the wrong
// output written over the output region).
func (c *Computation) Handoff(node int) (*Handoff, error) {
	if c.info.Phases() != 2 {
		return nil, errors.New("game: a single-phase game has no handoff")
	}
	if node < 0 || node >= len(c.g.Nodes) {
		return nil, fmt.Errorf("game: handoff at node %d of %d", node, len(c.g.Nodes))
	}
	rec := c.records[node]
	h := &Handoff{Node: rec, Output: c.commits[rec.OutputID]}
	var err error
	if h.NodeProof, err = NodeProof(c.records, node); err != nil {
		return nil, err
	}
	if _, h.OutputProof, err = graph.StateProof(c.g, c.commits, node, int(rec.OutputID)); err != nil {
		return nil, fmt.Errorf("game: handoff at node %d: %w", node, err)
	}
	// The insertions are the region proofs of the base memory as the regions are filled in order: the same
	// writes graph.NodeEmulator makes.
	e, err := vm.NewEmulator(c.elf, vm.Config{})
	if err != nil {
		return nil, fmt.Errorf("game: handoff: loading the executor: %w", err)
	}
	d, err := graph.Describe(c.g, node)
	if err != nil {
		return nil, fmt.Errorf("game: handoff at node %d: %w", node, err)
	}
	insert := func(addr uint32, log2 uint8, data []byte) error {
		sibs, err := e.Mem.RegionProof(addr, int(log2))
		if err != nil {
			return err
		}
		h.Insertions = append(h.Insertions, sibs)
		return e.Mem.WriteBytes(addr, data)
	}
	if err := insert(graph.DescriptorAddr, rec.DescriptorLog2, d.Encode()); err != nil {
		return nil, fmt.Errorf("game: handoff at node %d: descriptor: %w", node, err)
	}
	for i, id := range c.g.Nodes[node].Inputs {
		leaf, proof, err := graph.StateProof(c.g, c.commits, node, id)
		if err != nil {
			return nil, fmt.Errorf("game: handoff at node %d: operand %d: %w", node, i, err)
		}
		h.Operands = append(h.Operands, leaf)
		h.OperandProofs = append(h.OperandProofs, proof)
		if err := insert(graph.InputAddr(i), rec.InputLog2s[i], c.values[id].Bytes()); err != nil {
			return nil, fmt.Errorf("game: handoff at node %d: operand %d: %w", node, i, err)
		}
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	r, err := c.run(node)
	if err != nil {
		return nil, err
	}
	h.EndState, h.OutputRegion = bytes.Clone(r.claimed), slices.Clone(r.outRegion)
	return h, nil
}

// run returns the VM run of node (−1: the whole graph), executing it to the halt the first time.
func (c *Computation) run(node int) (*run, error) {
	if r, ok := c.runs[node]; ok {
		return r, nil
	}
	var fresh func() (*vm.Emulator, error)
	var out int // the tensor the run writes
	switch {
	case c.info.Phases() == 1 && node == -1:
		in := c.values[c.g.Input()]
		fresh = func() (*vm.Emulator, error) { return graph.GraphEmulator(c.elf, c.g, in) }
		out = c.g.Output()
	case c.info.Phases() == 2 && node >= 0 && node < len(c.g.Nodes):
		n := c.g.Nodes[node]
		args := make([]*tensor.Tensor, len(n.Inputs))
		for i, id := range n.Inputs {
			args[i] = c.values[id]
		}
		fresh = func() (*vm.Emulator, error) { return graph.NodeEmulator(c.elf, c.g, node, args) }
		out = n.Output
	case c.info.Phases() == 1:
		return nil, fmt.Errorf("game: a single-phase game has only the whole-graph run (node -1), not node %d", node)
	default:
		return nil, fmt.Errorf("game: no VM run for node %d of %d", node, len(c.g.Nodes))
	}
	// The VM computes the honest result on this party's operands; a liar claims its corrupted value instead.
	lied := c.info.Phases() == 1 && c.lie != nil || node >= 0 && c.lies[node]
	var lieFrom uint64
	if lied {
		lieFrom = c.lie.Step
	}
	r, err := newRun(node, fresh, c.values[out].Bytes(), lied, lieFrom)
	if err != nil {
		return nil, err
	}
	c.runs[node] = r
	return r, nil
}

// run is one VM execution (a node's, or the whole graph's) as one party plays it.
type run struct {
	node        int
	fresh       func() (*vm.Emulator, error)
	cur         *vm.Emulator // kept between queries; replaced by a fresh one when a query goes back
	start       Hash
	halt        uint64 // the step at which the honest run halts
	claimed     []byte // this party's end state encoding
	claimedHash Hash
	outRegion   []Hash // siblings of the output region in the end state's memory
	lieFrom     uint64 // positions in [lieFrom, halt) get wrong values; lieFrom = halt when there are none
}

// newRun executes a run to its halt. claimedOut is the output this party claims for it: the VM's own result
// unless lied, in which case it is written over the end state's output region and lieFrom (0: the halt) is
// where the party's wrong values start.
func newRun(node int, fresh func() (*vm.Emulator, error), claimedOut []byte, lied bool, lieFrom uint64) (*run, error) {
	e, err := fresh()
	if err != nil {
		return nil, fmt.Errorf("game: node %d's VM: %w", node, err)
	}
	r := &run{node: node, fresh: fresh, start: e.StateHash()}
	if err := e.Run(VMSteps); err != nil {
		return nil, fmt.Errorf("game: node %d's VM: %w", node, err)
	}
	st := &e.State
	switch {
	case !st.Halted():
		return nil, fmt.Errorf("game: node %d's VM run has not halted after %d steps", node, st.Step)
	case st.Status() != vm.StatusExitedOK:
		return nil, fmt.Errorf("game: node %d's VM run %v (exit code %d, fault %v) at step %d", node, st.Status(), st.ExitCode, st.Fault, st.Step)
	}
	r.halt, r.cur = st.Step, e
	log2 := paddedLog2(len(claimedOut))
	got, err := e.Mem.RegionRoot(graph.OutputAddr, int(log2))
	if err != nil {
		return nil, fmt.Errorf("game: node %d's output: %w", node, err)
	}
	if r.outRegion, err = e.Mem.RegionProof(graph.OutputAddr, int(log2)); err != nil {
		return nil, fmt.Errorf("game: node %d's output: %w", node, err)
	}
	claimedRoot := graph.Commit(claimedOut)
	if !lied && got != claimedRoot {
		return nil, fmt.Errorf("game: node %d's VM output %x differs from the native result %x", node, got, claimedRoot)
	}
	// The claimed end state is the final state with the claimed output's commitment as its output region's
	// root: the final state itself unless lied.
	e.StateHash() // brings the memory root into the state
	root, err := regionRoot(graph.OutputAddr, log2, claimedRoot, r.outRegion)
	if err != nil {
		return nil, fmt.Errorf("game: node %d's end state: %w", node, err)
	}
	r.claimed = withMemRoot(st.Encode(), root)
	if r.claimedHash, err = stateHash(r.claimed); err != nil {
		return nil, fmt.Errorf("game: node %d's end state: %w", node, err)
	}
	r.lieFrom = r.halt
	if lied && lieFrom > 0 && lieFrom < r.halt {
		r.lieFrom = lieFrom
	}
	return r, nil
}

// at returns the run's emulator after pos steps (at the halt if pos is beyond it).
func (r *run) at(pos uint64) (*vm.Emulator, error) {
	if r.cur == nil || r.cur.State.Step > pos {
		e, err := r.fresh()
		if err != nil {
			return nil, fmt.Errorf("game: node %d's VM: %w", r.node, err)
		}
		r.cur = e
	}
	if err := r.cur.Run(pos); err != nil {
		return nil, fmt.Errorf("game: node %d's VM: running to step %d: %w", r.node, pos, err)
	}
	return r.cur, nil
}

// value returns the party's value at pos (see Computation.VMValue).
func (r *run) value(pos uint64) (Hash, error) {
	switch {
	case pos >= r.halt:
		return r.claimedHash, nil
	case pos >= r.lieFrom:
		return lieHash(r.node, pos), nil
	case pos == 0:
		return r.start, nil
	}
	e, err := r.at(pos)
	if err != nil {
		return Hash{}, err
	}
	return e.StateHash(), nil
}

// lieHash is a liar's value at a position where it departs from the honest run: deterministic, different at
// every position, and stamped as a running state so that it looks like one.
func lieHash(node int, pos uint64) Hash {
	var b [len("opml game: a lie") + 16]byte
	n := copy(b[:], "opml game: a lie")
	binary.BigEndian.PutUint64(b[n:], uint64(int64(node)))
	binary.BigEndian.PutUint64(b[n+8:], pos)
	h := keccak.Sum256(b[:])
	h[0] = uint8(vm.StatusRunning)
	return h
}
