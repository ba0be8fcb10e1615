package game

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"maps"
	"slices"
	"sync"

	"github.com/opml-dev/opml/graph"
	"github.com/opml-dev/opml/models/executor/host"
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
	// Fail makes the liar claim that the corrupted run failed (no output) where it did not; without it a liar
	// whose honest run failed claims an output (the zero tensor) instead.
	Fail bool
	// Salt varies the wrong value (a liar with another salt posts another wrong output or claim), so several
	// liars can post different wrong claims.
	Salt uint32
	// Tile is, when Node is tiled, the tile whose bytes the liar corrupts (0: the first); beyond the last it is
	// the last.
	Tile int
}

// Computation is one party's computation of one request, honest or lying (Lie): the output it posts, its claim,
// and its value at every position of every level of the game, with the moves that prove them (handoffs, step
// witnesses). VM runs are executed lazily, once to the halt and then again on demand: a query at a position
// before the last one answered re-runs that VM from step 0, so queries in increasing order (as a dissection
// issues them within a round) are cheapest. A Computation is safe for concurrent use.
//
// A run that does not exit 0 within VMSteps (a fault, a non-zero exit, no halt) fails: single-phase, the claim
// is then the VM state at VMSteps and the output empty; multi-phase, the failing node's output and that of
// every node reading it is NoOutput. Failure is read natively (graph evaluation errors) and checked against the
// VM run the game plays.
type Computation struct {
	mu    sync.Mutex
	exe   *host.Image
	g     *graph.Graph
	info  *ModelInfo
	input []byte           // zero-padded to the model's input size
	ins   []*tensor.Tensor // the graph inputs cut out of it
	lie   *Lie
	ev    *evaluation // this party's values and commitments
	// honest holds the honest native values of the graph outputs by tensor id (nil: none; single-phase only).
	honest  map[int]*tensor.Tensor
	records []NodeRecord // multi-phase
	runs    map[RunRef]*run
	tiles   map[int]*tileValues // a tiled node's tiles as this party claims them, by node
}

// Options tune a computation of a big graph; the zero value suits small ones.
type Options struct {
	// Weights are the commitments of the graph's weights by tensor id, as MultiPhaseModelCommitted takes them
	// (a big model's from its commitments cache): the caller vouches for them. nil: they are hashed.
	Weights []Hash
	// Segment is the number of nodes between the points where a multi-phase computation keeps the values live
	// there, recomputing the values inside a segment when one of its nodes is disputed. 0 keeps every value if
	// the node outputs take at most keepAllBytes, else keeps segmentsKept segments' starts.
	Segment int
}

// keepAllBytes and segmentsKept size the automatic Options.Segment: a LLaMA-7B generation of 32 tokens has
// ≈ 0.6 GB of node outputs, whose segment starts (the residual, the sequence, the KV caches) take ≈ 10 MB each.
const (
	keepAllBytes = 256 << 20
	segmentsKept = 16
)

// NewComputation prepares the computation of input (zero-padded to the model's input size) by the model g
// registered as info on the executor image exe; lie nil makes it honest. The graph is evaluated natively at
// once; VM runs happen when first needed.
func NewComputation(exe *host.Image, g *graph.Graph, info *ModelInfo, input []byte, lie *Lie) (*Computation, error) {
	return NewComputationWith(exe, g, info, input, lie, Options{})
}

// NewComputationWith is NewComputation tuned by opts.
func NewComputationWith(exe *host.Image, g *graph.Graph, info *ModelInfo, input []byte, lie *Lie, opts Options) (*Computation, error) {
	if err := g.Validate(); err != nil {
		return nil, fmt.Errorf("game: computation: %w", err)
	}
	weights := opts.Weights
	if weights == nil {
		weights = weightCommitments(g)
	} else if len(weights) != len(g.Tensors) {
		return nil, fmt.Errorf("game: computation: %d weight commitments for %d tensors", len(weights), len(g.Tensors))
	}
	var want *ModelInfo
	var err error
	switch info.Phases() {
	case 1:
		want, err = SinglePhaseModel(exe, g)
	case 2:
		want, err = TiledMultiPhaseModel(exe, g, weights, info.TileSteps)
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
	if input, err = PadInput(info, input); err != nil {
		return nil, err
	}
	ins, err := SplitTensors(info.Inputs, input)
	if err != nil {
		return nil, fmt.Errorf("game: computation: %w", err)
	}
	// Copies, so that a caller changing its Lie or ModelInfo later cannot change what this party claims.
	infoCopy := *info
	c := &Computation{exe: exe, g: g, info: &infoCopy, input: input, ins: ins, runs: make(map[RunRef]*run),
		tiles: make(map[int]*tileValues)}
	if lie != nil {
		l := *lie
		c.lie = &l
	}
	every := opts.Segment
	if info.Phases() == 1 {
		every = 0 // the whole graph runs in one VM run: small
	} else if every == 0 {
		every = autoSegment(g)
	}
	honest := newEvaluation(g, ins, weights, every)
	if info.Phases() == 1 {
		if err := honest.run(0); err != nil {
			return nil, err
		}
		c.ev, c.honest = honest, honest.outs
		if lie != nil {
			// The whole-graph run is the only VM level: the lie is in its output.
			liar := *honest
			liar.all = slices.Clone(honest.all)
			liar.commits = slices.Clone(honest.commits)
			out := honest.out
			if liar.out, err = c.wrongValue(producer(g, g.Output()), out, out); err != nil {
				return nil, err
			}
			liar.all[g.Output()] = liar.out
			liar.outs = maps.Clone(honest.outs)
			liar.outs[g.Output()] = liar.out
			liar.commits[g.Output()] = commitOrNone(liar.out)
			c.ev = &liar
		}
		return c, nil
	}
	if c.records, err = TiledNodeRecords(g, info.TileSteps); err != nil {
		return nil, err
	}
	if lie == nil {
		if err := honest.run(0); err != nil {
			return nil, err
		}
		c.ev = honest
		return c, nil
	}
	return c, c.lieInGraph(honest)
}

// autoSegment returns Options.Segment's default for the multi-phase graph g.
func autoSegment(g *graph.Graph) int {
	var total int64
	for _, n := range g.Nodes {
		size, err := g.Tensors[n.Output].Spec().ByteSize()
		if err == nil {
			total += int64(size)
		}
	}
	if total <= keepAllBytes {
		return 0
	}
	return (len(g.Nodes) + segmentsKept - 1) / segmentsKept
}

// commitOrNone returns the commitment of a node output's value, NoOutput for none.
func commitOrNone(v *tensor.Tensor) Hash {
	if v == nil {
		return NoOutput
	}
	return graph.CommitTensor(v)
}

// sameInfo reports whether two registrations are equal (an empty state is the same as none).
func sameInfo(a, b *ModelInfo) bool {
	return a.InputSize == b.InputSize && a.OutputSize == b.OutputSize &&
		bytes.Equal(a.ProgramStateData, b.ProgramStateData) && bytes.Equal(a.ExecutorStateData, b.ExecutorStateData) &&
		a.GraphState == b.GraphState && a.NodesRoot == b.NodesRoot && a.NumNodes == b.NumNodes &&
		a.NumTensors == b.NumTensors && sameIO(a.Inputs, b.Inputs) && sameIO(a.Outputs, b.Outputs)
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
// natively from the corrupted values. The nodes before the lie are the honest ones: the liar's evaluation
// starts from the honest one's values kept before it. Only a liar that must post a wrong output evaluates the
// honest graph to the end, to compare the outputs.
func (c *Computation) lieInGraph(honest *evaluation) error {
	outNode := producer(c.g, c.g.Output())
	k := c.lie.Node
	if k < 0 {
		k = outNode
	}
	var honestOut *tensor.Tensor
	if c.lie.Output {
		if err := honest.run(0); err != nil {
			return err
		}
		honestOut = honest.outs[c.g.Output()]
	}
	// At the lie the liar's operands are the honest ones, so the value computed there is the honest value; at
	// the output node, after it, the honest value is the honest evaluation's.
	from := 0 // the honest evaluation ran only if its output was needed
	if c.lie.Output {
		from = k
	}
	liar := honest.fork(from, func(i int, v *tensor.Tensor) (*tensor.Tensor, error) {
		h := v
		if i == outNode && i != k {
			h = honestOut
		}
		return c.wrongValue(i, v, h)
	})
	liar.lies[k] = true
	if err := liar.run(from); err != nil {
		return err
	}
	same := true
	for _, id := range c.g.Outputs {
		same = same && sameValue(liar.outs[id], honest.outs[id])
	}
	if c.lie.Output && same {
		liar.lies[outNode] = true
		if err := liar.run(outNode); err != nil {
			return err
		}
	}
	c.ev = liar
	return nil
}

// sameValue reports whether two tensor values (nil: none) are the same.
func sameValue(a, b *tensor.Tensor) bool {
	if a == nil || b == nil {
		return a == b
	}
	return bytes.Equal(a.Bytes(), b.Bytes())
}

// wrongValue is a liar's value for node's output where the computed one is t and the honest one honest (nil:
// none): none if the lie is Fail; the zero tensor of the output's spec (or, if that is honest, a corruption of
// it) where there is no value; else a corruption of t (corrupt).
func (c *Computation) wrongValue(node int, t, honest *tensor.Tensor) (*tensor.Tensor, error) {
	if c.lie.Fail {
		return nil, nil
	}
	if t == nil {
		spec := c.g.Tensors[c.g.Nodes[node].Output].Spec()
		n, err := spec.ByteSize()
		if err != nil {
			return nil, err
		}
		zero, err := tensor.FromBytes(spec.DType, make([]byte, n), spec.Shape...)
		if err != nil {
			return nil, err
		}
		if honest == nil || !sameValue(zero, honest) {
			return zero, nil
		}
		t = zero
	}
	if honest == nil {
		honest = t
	}
	from := 0
	if node >= 0 && node < len(c.records) && c.records[node].Tiled() {
		r := c.records[node]
		from = min(max(c.lie.Tile, 0), int(r.Tiles)-1) << r.TileLog2
	}
	return corrupt(c.g, node, t, honest, c.lie.Salt, from)
}

// corrupt returns a valid tensor of t's spec that differs from t and from honest: for the I32 result of an
// argmax over n classes the next class, (v+1+salt) mod n, in the first element; otherwise t with one bit of a
// byte flipped (the salt-th possible one, counting bytes from byte `from` on, wrapping), keeping only encodings
// that are canonical (so the value round-trips).
func corrupt(g *graph.Graph, node int, t, honest *tensor.Tensor, salt uint32, from int) (*tensor.Tensor, error) {
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
	skip := salt
	if node >= 0 && g.Nodes[node].Op == graph.OpArgmax && t.DType() == tensor.I32 && len(orig) >= 4 {
		shape := g.Tensors[g.Nodes[node].Inputs[0]].Shape
		classes := uint32(shape[len(shape)-1])
		v := binary.LittleEndian.Uint32(orig)
		for d := uint32(1); d < classes; d++ {
			cand := bytes.Clone(orig)
			binary.LittleEndian.PutUint32(cand, (v+d+salt)%classes)
			if out, good := ok(cand); good {
				return out, nil
			}
		}
	}
	for j := range orig {
		i := (from + j) % len(orig)
		for bit := range 8 {
			cand := bytes.Clone(orig)
			cand[i] ^= 1 << bit
			if out, good := ok(cand); good {
				if skip == 0 {
					return out, nil
				}
				skip--
			}
		}
	}
	return nil, fmt.Errorf("game: no valid wrong value for the output of node %d", node)
}

// Output returns the output bytes this party posts: the graph outputs' canonical bytes concatenated, or nil when
// its run failed, that is when an output has no value (the claim of a failed run has an empty output).
func (c *Computation) Output() []byte {
	var out []byte
	for _, id := range c.g.Outputs {
		v := c.ev.outs[id]
		if v == nil {
			return nil
		}
		out = append(out, v.Bytes()...)
	}
	return out
}

// Failed reports whether this party claims that the run failed (no output).
func (c *Computation) Failed() bool { return c.Output() == nil }

// Claim returns this party's claim with the proof that it contains Output: single-phase, its end state of the
// whole-graph run (for a liar, the honest end state with the wrong output written over the output region, or
// marked failed); multi-phase, its graph state root after every node.
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
	root, err := graph.StateRoot(c.g, c.ev.commits, n)
	if err != nil {
		return nil, fmt.Errorf("game: claim: %w", err)
	}
	failed := c.Failed()
	var sibs []Hash
	for j, id := range c.g.Outputs {
		if failed && c.ev.outs[id] != nil {
			continue
		}
		_, s, err := graph.StateProof(c.g, c.ev.commits, n, id)
		if err != nil {
			return nil, fmt.Errorf("game: claim: %w", err)
		}
		sibs = append(sibs, s...)
		if failed {
			// One output without a value proves the failure; its index follows its siblings.
			var index Hash
			binary.BigEndian.PutUint64(index[24:], uint64(j))
			sibs = append(sibs, index)
			break
		}
	}
	return &ClaimProof{Claim: root, Siblings: sibs}, nil
}

// StartProof returns the siblings setGameStart needs for this request and the start value they give.
func (c *Computation) StartProof() (siblings []Hash, start Hash, err error) {
	return StartProof(c.exe, c.g, c.info, c.input)
}

// GraphValue returns this party's graph state root after pos nodes (multi-phase), pos in 0..NumNodes.
func (c *Computation) GraphValue(pos uint64) (Hash, error) {
	if c.info.Phases() != 2 {
		return Hash{}, errors.New("game: a single-phase game has no graph level")
	}
	if pos > uint64(len(c.g.Nodes)) {
		return Hash{}, fmt.Errorf("game: graph position %d of %d", pos, len(c.g.Nodes))
	}
	root, err := graph.StateRoot(c.g, c.ev.commits, int(pos))
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
	return c.RunValue(NodeRun(node), pos)
}

// RunValue is VMValue for the run ref names (a whole node's, or a tile's).
func (c *Computation) RunValue(ref RunRef, pos uint64) (Hash, error) {
	if pos > VMSteps {
		return Hash{}, fmt.Errorf("game: VM position %d beyond %d", pos, uint64(VMSteps))
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	r, err := c.runOf(ref)
	if err != nil {
		return Hash{}, err
	}
	return r.value(pos)
}

// StepWitness returns the honest step pos → pos+1 of node's VM run (see VMValue): the pre-state encoding, the
// proof MIPS.step takes (proveStep) and the preimage read the step makes, if any (its part must be loaded on
// chain first: a local key with DisputeGame.loadLocalData).
func (c *Computation) StepWitness(node int, pos uint64) (*vm.Witness, error) {
	return c.RunStepWitness(NodeRun(node), pos)
}

// RunStepWitness is StepWitness for the run ref names.
func (c *Computation) RunStepWitness(ref RunRef, pos uint64) (*vm.Witness, error) {
	if pos >= VMSteps {
		return nil, fmt.Errorf("game: no step from position %d", pos)
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	r, err := c.runOf(ref)
	if err != nil {
		return nil, err
	}
	e, err := r.at(pos)
	if err != nil {
		return nil, err
	}
	w, err := e.ProveStep()
	if err != nil {
		return nil, fmt.Errorf("game: run %v: proving step %d: %w", ref, pos+1, err)
	}
	return w, nil
}

// VMSteps returns the number of steps node's VM run takes to halt, or VMSteps if it does not halt (see VMValue
// for node).
func (c *Computation) VMSteps(node int) (uint64, error) { return c.RunSteps(NodeRun(node)) }

// RunSteps is VMSteps for the run ref names.
func (c *Computation) RunSteps(ref RunRef) (uint64, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	r, err := c.runOf(ref)
	if err != nil {
		return 0, err
	}
	return r.halt, nil
}

// Handoff returns this party's handoff at graph node `node` (0-based): its record, this party's output
// commitment for it and the proofs against its roots before and after the node, and the end state of the
// node's VM run on this party's operands (for the node a liar corrupted, the honest end state with the wrong
// output written over the output region, or marked failed). When an operand has no value the node has none
// either and there is no VM run: the handoff carries NoOutput, empty insertions and no end state.
func (c *Computation) Handoff(node int) (*Handoff, error) {
	if c.info.Phases() != 2 {
		return nil, errors.New("game: a single-phase game has no handoff")
	}
	if node < 0 || node >= len(c.g.Nodes) {
		return nil, fmt.Errorf("game: handoff at node %d of %d", node, len(c.g.Nodes))
	}
	rec := c.records[node]
	h := &Handoff{Node: rec, Output: c.ev.commits[rec.OutputID]}
	var err error
	if h.NodeProof, err = NodeProof(c.records, node); err != nil {
		return nil, err
	}
	if _, h.OutputProof, err = graph.StateProof(c.g, c.ev.commits, node, int(rec.OutputID)); err != nil {
		return nil, fmt.Errorf("game: handoff at node %d: %w", node, err)
	}
	upstreamFailed := false
	for i, id := range c.g.Nodes[node].Inputs {
		leaf, proof, err := graph.StateProof(c.g, c.ev.commits, node, id)
		if err != nil {
			return nil, fmt.Errorf("game: handoff at node %d: operand %d: %w", node, i, err)
		}
		h.Operands = append(h.Operands, leaf)
		h.OperandProofs = append(h.OperandProofs, proof)
		upstreamFailed = upstreamFailed || leaf == NoOutput
	}
	if upstreamFailed {
		h.Insertions = make([][]Hash, len(h.Operands)+1)
		return h, nil
	}
	if _, h.Insertions, err = c.nodeMemory(node); err != nil {
		return nil, err
	}
	if rec.Tiled() {
		return h, nil // the game goes on over the node's tiles: no end state
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

// nodeMemory returns the executor at step 0 of node's run, with the descriptor and this party's operands
// written, and the insertions that prove it from the base memory: the region proofs of the base memory as the
// regions are filled in order, the same writes host.NodeEmulator makes.
func (c *Computation) nodeMemory(node int) (*vm.Emulator, [][]Hash, error) {
	rec := c.records[node]
	e, err := c.exe.Emulator()
	if err != nil {
		return nil, nil, fmt.Errorf("game: handoff: loading the executor: %w", err)
	}
	d, err := graph.Describe(c.g, node)
	if err != nil {
		return nil, nil, fmt.Errorf("game: handoff at node %d: %w", node, err)
	}
	var insertions [][]Hash
	insert := func(addr uint32, log2 uint8, data []byte) error {
		sibs, err := e.Mem.RegionProof(addr, int(log2))
		if err != nil {
			return err
		}
		insertions = append(insertions, sibs)
		return e.Mem.WriteBytes(addr, data)
	}
	if err := insert(graph.DescriptorAddr, rec.DescriptorLog2, d.Encode()); err != nil {
		return nil, nil, fmt.Errorf("game: handoff at node %d: descriptor: %w", node, err)
	}
	c.mu.Lock()
	args, err := c.operands(node)
	c.mu.Unlock()
	if err != nil {
		return nil, nil, err
	}
	for i, arg := range args {
		if err := insert(graph.InputAddr(i), rec.InputLog2s[i], arg.Bytes()); err != nil {
			return nil, nil, fmt.Errorf("game: handoff at node %d: operand %d: %w", node, i, err)
		}
	}
	return e, insertions, nil
}
