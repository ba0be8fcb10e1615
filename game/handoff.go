package game

import (
	"errors"
	"fmt"

	"github.com/opml-dev/opml/graph"
	"github.com/opml-dev/opml/internal/merkle"
	"github.com/opml-dev/opml/vm"
)

// Handoff is the asserter's move at the bottom of a graph level (the game's Handoff): with the graph level down
// to node lo, it proves which node that is, that its claimed root after the node is the agreed root before it
// with only the node's output leaf set to Output, and which operands the node reads, so that the contract can
// compute the node's VM start state; and it names the VM run's end state, which must have exited 0 with Output
// in its output region, or, for Output = NoOutput, must not have exited 0. When an operand is NoOutput the node's
// output is NoOutput without a run: the handoff then settles the game for the asserter.
type Handoff struct {
	Node      NodeRecord // the record of node lo
	NodeProof []Hash     // its siblings in the model's nodes root
	Output    Hash       // C: the commitment of the node's output
	// OutputProof are the siblings of leaf Node.OutputID: with leaf 0 they give the agreed root before the
	// node, with Output the claimed root after it.
	OutputProof   []Hash
	Operands      []Hash   // the operands' commitments, Node.NumInputs of them
	OperandProofs [][]Hash // siblings of leaf Node.InputIDs[i] in the agreed root
	// Insertions are Node.NumInputs+1 sibling lists (32 − log2 each): the descriptor region, then operand
	// regions 0.., each taken in the executor base memory with the earlier regions already inserted.
	Insertions [][]Hash
	EndState   []byte // the claimed final state of the node's VM run (312 bytes)
	// OutputRegion are the siblings of the region at graph.OutputAddr (32 − Node.OutputLog2) whose root in
	// EndState's memory must be Output; none when Output is NoOutput.
	OutputRegion []Hash
}

// Bounds the contract puts on a registered node record: the executor's regions (docs/executor.md).
const (
	maxDescriptorLog2 = 16 // graph.DescriptorRegion
	maxTensorLog2     = 28 // graph.RegionSize
)

// VerifyHandoff does every check the contract's handoff makes for the graph-level interval [node, node+1] with
// agreed value loValue and disputed value hiValue, and returns the VM level it opens: the node run's start
// state hash (computed from the registered executor base state and the proven regions) and its claimed end
// state hash. Both are zero when an operand is NoOutput (and so is Output): the asserter has then won.
func VerifyHandoff(info *ModelInfo, node uint64, loValue, hiValue Hash, h *Handoff) (start, end Hash, err error) {
	if info.Phases() != 2 {
		return Hash{}, Hash{}, errors.New("game: handoff: the model is not multi-phase")
	}
	if h == nil {
		return Hash{}, Hash{}, errors.New("game: handoff: none given")
	}
	if err := checkNodeRecord(info, node, h); err != nil {
		return Hash{}, Hash{}, fmt.Errorf("game: handoff at node %d: %w", node, err)
	}
	height := merkle.TreeHeight(int(info.NumTensors))
	empty, err := leafRoot(Hash{}, h.Node.OutputID, height, h.OutputProof)
	if err != nil {
		return Hash{}, Hash{}, fmt.Errorf("game: handoff at node %d: output proof: %w", node, err)
	}
	if empty != loValue {
		return Hash{}, Hash{}, fmt.Errorf("game: handoff at node %d: the output leaf is not empty in the agreed state", node)
	}
	if claimed, _ := leafRoot(h.Output, h.Node.OutputID, height, h.OutputProof); claimed != hiValue {
		return Hash{}, Hash{}, fmt.Errorf("game: handoff at node %d: the claimed state is not the agreed state with the output leaf set", node)
	}
	upstreamFailed, err := checkOperands(loValue, height, h)
	if err != nil {
		return Hash{}, Hash{}, fmt.Errorf("game: handoff at node %d: %w", node, err)
	}
	if upstreamFailed {
		if h.Output != NoOutput {
			return Hash{}, Hash{}, fmt.Errorf("game: handoff at node %d: an operand has no output, so the node has none", node)
		}
		return Hash{}, Hash{}, nil
	}
	if h.Node.Tiled() {
		// The game goes on over the node's tiles, from the empty output region to the claimed output.
		if len(h.EndState) != 0 || len(h.OutputRegion) != 0 {
			return Hash{}, Hash{}, fmt.Errorf("game: handoff at node %d: a tiled node has no end state", node)
		}
		if _, err := NodeMemory(info, h); err != nil {
			return Hash{}, Hash{}, fmt.Errorf("game: handoff at node %d: %w", node, err)
		}
		return TileEmpty(h.Node.OutputLog2), h.Output, nil
	}
	if start, err = nodeStart(info, h); err != nil {
		return Hash{}, Hash{}, fmt.Errorf("game: handoff at node %d: %w", node, err)
	}
	if end, err = runEnd(h.EndState, h.Output, graph.OutputAddr, h.Node.OutputLog2, h.OutputRegion); err != nil {
		return Hash{}, Hash{}, fmt.Errorf("game: handoff at node %d: %w", node, err)
	}
	return start, end, nil
}

// checkNodeRecord checks that h.Node is the registered record of node and fits the executor's layout.
func checkNodeRecord(info *ModelInfo, node uint64, h *Handoff) error {
	if node >= uint64(info.NumNodes) {
		return fmt.Errorf("no node %d of %d", node, info.NumNodes)
	}
	root, err := leafRoot(h.Node.Leaf(), uint32(node), merkle.TreeHeight(int(info.NumNodes)), h.NodeProof)
	if err != nil {
		return fmt.Errorf("node proof: %w", err)
	}
	if root != info.NodesRoot {
		return errors.New("not the registered node record")
	}
	r := &h.Node
	switch {
	case r.NumInputs == 0 || r.NumInputs > graph.MaxInputs:
		return fmt.Errorf("%d operands", r.NumInputs)
	case r.DescriptorLog2 < 5 || r.DescriptorLog2 > maxDescriptorLog2:
		return fmt.Errorf("descriptor region of 2^%d bytes", r.DescriptorLog2)
	case r.OutputLog2 < 5 || r.OutputLog2 > maxTensorLog2:
		return fmt.Errorf("output region of 2^%d bytes", r.OutputLog2)
	}
	for i := range int(r.NumInputs) {
		if r.InputLog2s[i] < 5 || r.InputLog2s[i] > maxTensorLog2 {
			return fmt.Errorf("operand %d region of 2^%d bytes", i, r.InputLog2s[i])
		}
	}
	if r.Tiled() {
		if r.TileLog2 < graph.MinTileLog2 || r.TileLog2 >= r.OutputLog2 {
			return fmt.Errorf("tiles of 2^%d bytes of a 2^%d-byte output", r.TileLog2, r.OutputLog2)
		}
		if r.Tiles < 2 || uint64(r.Tiles) > 1<<(r.OutputLog2-r.TileLog2) {
			return fmt.Errorf("%d tiles of 2^%d bytes of a 2^%d-byte output", r.Tiles, r.TileLog2, r.OutputLog2)
		}
	}
	return nil
}

// checkOperands checks that every operand is its leaf of the agreed graph state, and says whether one of them is
// NoOutput.
func checkOperands(agreed Hash, height int, h *Handoff) (failed bool, err error) {
	n := int(h.Node.NumInputs)
	if len(h.Operands) != n || len(h.OperandProofs) != n || len(h.Insertions) != n+1 {
		return false, fmt.Errorf("%d operands, %d operand proofs and %d insertions for %d operands",
			len(h.Operands), len(h.OperandProofs), len(h.Insertions), n)
	}
	for i := range n {
		r, err := leafRoot(h.Operands[i], h.Node.InputIDs[i], height, h.OperandProofs[i])
		if err != nil {
			return false, fmt.Errorf("operand %d: %w", i, err)
		}
		if r != agreed {
			return false, fmt.Errorf("operand %d is not in the agreed state", i)
		}
		failed = failed || h.Operands[i] == NoOutput
	}
	return failed, nil
}

// nodeStart computes the hash of the node run's start state: the executor base state with the descriptor and
// the operands (checked by checkOperands) inserted into empty regions, in order.
func nodeStart(info *ModelInfo, h *Handoff) (Hash, error) {
	root, err := NodeMemory(info, h)
	if err != nil {
		return Hash{}, err
	}
	return vm.HashEncoded(withMemRoot(info.ExecutorStateData, root), vm.StatusRunning), nil
}

// runEnd checks a claimed end state of a run: exited 0 with output as the root of its region (addr, log2), or,
// for NoOutput, not exited 0 and no region proof; it returns its hash.
func runEnd(endState []byte, output Hash, addr uint64, log2 uint8, region []Hash) (Hash, error) {
	end, err := stateHash(endState)
	if err != nil {
		return Hash{}, fmt.Errorf("end state: %w", err)
	}
	if output == NoOutput {
		if vm.StatusOf(end) == vm.StatusExitedOK || len(region) != 0 {
			return Hash{}, errors.New("a run without output must not have exited 0 and has no output region")
		}
		return end, nil
	}
	if s := vm.StatusOf(end); s != vm.StatusExitedOK {
		return Hash{}, fmt.Errorf("the end state is %v, not exited with code 0", s)
	}
	root, err := regionRoot(addr, log2, output, region)
	if err != nil {
		return Hash{}, fmt.Errorf("output region: %w", err)
	}
	if root != Hash(endState[:32]) {
		return Hash{}, errors.New("the end state's output region is not the claimed output")
	}
	return end, nil
}
