package game

import (
	"encoding/binary"
	"fmt"

	"github.com/opml-dev/opml/graph"
	"github.com/opml-dev/opml/internal/keccak"
	"github.com/opml-dev/opml/internal/merkle"
	"github.com/opml-dev/opml/tensor"
	"github.com/opml-dev/opml/vm"
)

// RunRef names one VM run of a computation: Node −1 is the whole graph (single-phase), Tile −1 a whole node,
// else tile Tile of a tiled node.
type RunRef struct{ Node, Tile int }

// NodeRun names the run of a whole node (or, node −1, of the whole graph).
func NodeRun(node int) RunRef { return RunRef{Node: node, Tile: -1} }

// run returns the VM run of node (−1: the whole graph), executing it to the halt (or VMSteps) the first time.
func (c *Computation) run(node int) (*run, error) { return c.runOf(NodeRun(node)) }

// runOf returns the VM run ref names, executing it to the halt (or VMSteps) the first time.
func (c *Computation) runOf(ref RunRef) (*run, error) {
	if r, ok := c.runs[ref]; ok {
		return r, nil
	}
	if ref.Tile >= 0 {
		return c.tileRun(ref)
	}
	node := ref.Node
	var fresh func() (*vm.Emulator, error)
	var outs []region    // the regions the run writes
	var nativeOK = false // whether the native evaluation says the run exits 0
	switch {
	case c.info.Phases() == 1 && node == -1:
		fresh = func() (*vm.Emulator, error) { return withGameOracle(c.exe.GraphEmulator(c.g, c.ins...)) }
		nativeOK = true
		for i, id := range c.g.Outputs {
			t := c.info.Outputs[i]
			r := region{addr: graph.OutputAddr + t.Offset, log2: paddedLog2(int(t.Size)), claimed: valueBytes(c.ev.outs[id])}
			if v := c.honest[id]; v != nil {
				r.native = v.Bytes()
			} else {
				nativeOK = false
			}
			outs = append(outs, r)
		}
	case c.info.Phases() == 2 && node >= 0 && node < len(c.g.Nodes):
		n := c.g.Nodes[node]
		args, value, err := c.ev.nodeValues(node)
		if err != nil {
			return nil, err
		}
		for _, arg := range args {
			if arg == nil {
				return nil, fmt.Errorf("game: node %d has an operand without value: it has no VM run", node)
			}
		}
		fresh = func() (*vm.Emulator, error) { return withGameOracle(c.exe.NodeEmulator(c.g, node, args)) }
		size, err := c.g.Tensors[n.Output].Spec().ByteSize()
		if err != nil {
			return nil, fmt.Errorf("game: node %d's output: %w", node, err)
		}
		r := region{addr: graph.OutputAddr, log2: paddedLog2(size), claimed: valueBytes(value)}
		if v, err := graph.EvalNode(c.g, node, args); err == nil {
			r.native, nativeOK = v.Bytes(), true
		}
		outs = append(outs, r)
	case c.info.Phases() == 1:
		return nil, fmt.Errorf("game: a single-phase game has only the whole-graph run (node -1), not node %d", node)
	default:
		return nil, fmt.Errorf("game: no VM run for node %d of %d", node, len(c.g.Nodes))
	}
	// The VM computes the honest result on this party's operands; a liar claims its corrupted value instead.
	lied := c.info.Phases() == 1 && c.lie != nil || node >= 0 && c.ev.lies[node]
	var lieFrom uint64
	if lied {
		lieFrom = c.lie.Step
	}
	r, err := newRun(node, fresh, outs, nativeOK, lied, lieFrom)
	if err != nil {
		return nil, err
	}
	c.runs[ref] = r
	return r, nil
}

// region is one output region of a run: where it is, what the native evaluation says the run writes there, and
// what this party claims it holds (nil: that the run failed).
type region struct {
	addr            uint32
	log2            uint8
	native, claimed []byte
}

// valueBytes returns t's canonical bytes, nil for no value.
func valueBytes(t *tensor.Tensor) []byte {
	if t == nil {
		return nil
	}
	return t.Bytes()
}

// withGameOracle gives an emulator the preimages of the oracle's games (GameOracle).
func withGameOracle(e *vm.Emulator, err error) (*vm.Emulator, error) {
	if err != nil {
		return nil, err
	}
	e.Oracle = GameOracle{}
	return e, nil
}

// run is one VM execution (a node's, or the whole graph's) as one party plays it.
type run struct {
	node        int
	fresh       func() (*vm.Emulator, error)
	cur         *vm.Emulator // kept between queries; resumed from a checkpoint when a query goes back
	cps         checkpoints
	start       Hash
	halt        uint64 // the step at which the honest run halts (VMSteps if it does not)
	failed      bool   // the party claims the run failed
	claimed     []byte // this party's end state encoding
	claimedHash Hash
	outRegion   []Hash // siblings of the output region in the end state's memory (none for a failed run)
	lieFrom     uint64 // positions in [lieFrom, halt) get wrong values; lieFrom = halt when there are none
}

// newRun executes a run to its halt (or VMSteps). The VM must agree with the native evaluation: it exits 0 with
// the native outputs in its output regions exactly when nativeOK. Each region's claimed bytes are what this
// party claims for the run (nil in any: that it failed); unless lied they are what the VM computed. A liar's end
// state is the honest one with the claimed outputs written over the output regions and marked exited 0, or,
// claiming a failure, marked faulted; lieFrom (0: the halt) is where the party's wrong values start.
func newRun(node int, fresh func() (*vm.Emulator, error), outs []region, nativeOK bool, lied bool, lieFrom uint64) (*run, error) {
	e, err := fresh()
	if err != nil {
		return nil, fmt.Errorf("game: node %d's VM: %w", node, err)
	}
	r := &run{node: node, fresh: fresh, start: e.StateHash(), cps: checkpoints{oracle: e.Oracle, maxQueried: queriedCheckpoints}}
	if err := r.cps.runKeeping(e, VMSteps); err != nil {
		return nil, fmt.Errorf("game: node %d's VM: %w", node, err)
	}
	st := &e.State
	ok := st.Halted() && st.Status() == vm.StatusExitedOK
	if ok != nativeOK {
		return nil, fmt.Errorf("game: node %d: the VM run %v (exit code %d, fault %v, step %d) but the native evaluation %s",
			node, st.Status(), st.ExitCode, st.Fault, st.Step, map[bool]string{true: "succeeds", false: "fails"}[nativeOK])
	}
	r.halt, r.cur = st.Step, e
	e.StateHash() // brings the memory root into the state
	end := st.Encode()
	claimFail := false
	for _, o := range outs {
		claimFail = claimFail || o.claimed == nil
		if !ok {
			continue
		}
		got, err := e.Mem.RegionRoot(o.addr, int(o.log2))
		if err != nil {
			return nil, fmt.Errorf("game: node %d's output: %w", node, err)
		}
		// A region's root, not graph.Commit: a tile's bytes may fill less than half of its region.
		if want := merkle.RootAt(o.native, int(o.log2)-5); got != want {
			return nil, fmt.Errorf("game: node %d's VM output %x differs from the native result %x", node, got, want)
		}
	}
	switch {
	case !lied && !ok, lied && claimFail && !ok:
		r.failed, r.claimed = true, end
	case lied && claimFail:
		// Claiming a failure of a run that exits 0: the end state marked faulted (a break instruction).
		r.failed, r.claimed = true, end
		r.claimed[79] = byte(vm.FaultTrap)
	default:
		// The claimed end state is the final state with the claimed outputs in its output regions and exited 0:
		// the final state itself unless lied. A liar's outputs are written into the halted VM's memory: the
		// emulator is not run on from there (a query before the halt resumes a checkpoint).
		if lied {
			for _, o := range outs {
				if err := e.Mem.WriteBytes(o.addr, o.claimed); err != nil {
					return nil, fmt.Errorf("game: node %d's end state: %w", node, err)
				}
			}
			e.StateHash()
		}
		for _, o := range outs {
			sibs, err := e.Mem.RegionProof(o.addr, int(o.log2))
			if err != nil {
				return nil, fmt.Errorf("game: node %d's output: %w", node, err)
			}
			r.outRegion = append(r.outRegion, sibs...)
		}
		r.claimed = st.Encode()
		r.claimed[77], r.claimed[78], r.claimed[79] = 0, 1, 0 // exited with code 0, not faulted
	}
	if r.claimedHash, err = stateHash(r.claimed); err != nil {
		return nil, fmt.Errorf("game: node %d's end state: %w", node, err)
	}
	r.lieFrom = r.halt
	if lied && lieFrom > 0 && lieFrom < r.halt {
		r.lieFrom = lieFrom
	}
	return r, nil
}

// at returns the run's emulator after pos steps (at the halt if pos is beyond it): the current one run on, or
// one resumed from the latest checkpoint before pos if that is nearer.
func (r *run) at(pos uint64) (*vm.Emulator, error) {
	if e := r.cps.resume(pos, r.cur); e != nil {
		r.cur = e
	}
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
	// A queried position is where the next round of a dissection may start: keep it.
	r.cps.keepQueried(e)
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
