package game

import (
	"bytes"
	"errors"
	"fmt"
	"math/big"

	"github.com/opml-dev/opml/graph"
	"github.com/opml-dev/opml/internal/keccak"
	"github.com/opml-dev/opml/internal/merkle"
	"github.com/opml-dev/opml/models/executor/host"
	"github.com/opml-dev/opml/vm"
)

// ClaimProof is what an entry binds to its output (the registry's ClaimProof): the claim the game will dispute
// and the proof that it holds the output, so no output can be posted with a claim that does not commit to it.
// An empty output is the claim of a failed run: the model faulted, exited non-zero or did not halt within
// VMSteps on the input.
type ClaimProof struct {
	// Claim is the VM state hash at position VMSteps (single-phase: the halted state, or the running state
	// after VMSteps steps) or the graph state root after every node (multi-phase).
	Claim Hash
	// EndState is the 312-byte encoding of that state (single-phase); empty for multi-phase.
	EndState []byte
	// Siblings prove the outputs (VerifyClaim): those of each output's region in EndState's memory
	// (single-phase; none for a failed run) or those of each output's leaf in Claim (multi-phase; for a failed
	// run those of one output whose leaf is NoOutput, then its index).
	Siblings []Hash
}

// NoOutput is the commitment a graph state holds for a tensor without a value: the output of a node whose run
// did not exit 0 within VMSteps, or of a node with such an operand (StateLib.NO_OUTPUT). It is not the root of
// any region: keccak256 of a string.
var NoOutput = keccak.Sum256([]byte("opml: no output"))

// The contracts' computations on state encodings and memory regions (StateLib, MerkleLib), done here from
// their inputs alone so that Go code can check what the contracts will accept.

// stateHash is StateLib.stateHash: keccak256 of the encoding with the status read from the exit and fault bytes.
func stateHash(enc []byte) (Hash, error) {
	if len(enc) != vm.StateSize {
		return Hash{}, fmt.Errorf("a state encoding has %d bytes, want %d", len(enc), vm.StateSize)
	}
	status := vm.StatusRunning
	if enc[78] != 0 {
		status = vm.StatusExitedOK
		if enc[77] != 0 {
			status = vm.StatusExitedFail
		}
	}
	if enc[79] != 0 {
		status = vm.StatusFaulted
	}
	return vm.HashEncoded(enc, status), nil
}

// withMemRoot returns a copy of a state encoding with its memory root (the first word) replaced.
func withMemRoot(enc []byte, root Hash) []byte {
	out := bytes.Clone(enc)
	copy(out, root[:])
	return out
}

// regionRoot is MerkleLib.regionRoot: the memory root implied by sub being the root of the aligned region of
// 2^log2 bytes at addr, with sibs the nodes beside its path up to the root, lowest first.
func regionRoot(addr uint64, log2 uint8, sub Hash, sibs []Hash) (Hash, error) {
	if log2 < 5 || log2 > 32 || addr>>32 != 0 || addr&(1<<log2-1) != 0 || len(sibs) != 32-int(log2) {
		return Hash{}, fmt.Errorf("region of 2^%d bytes at %#x with %d siblings", log2, addr, len(sibs))
	}
	return graph.RootFromProof(sub, int(addr>>log2), sibs), nil
}

// insertRegion checks that the region of 2^log2 bytes at addr is empty in the memory whose root is root and
// returns the root with sub inserted as that region's sub-tree.
func insertRegion(root Hash, addr uint64, log2 uint8, sub Hash, sibs []Hash) (Hash, error) {
	empty, err := regionRoot(addr, log2, merkle.ZeroHash(int(log2)-5), sibs)
	if err != nil {
		return Hash{}, err
	}
	if empty != root {
		return Hash{}, fmt.Errorf("the region of 2^%d bytes at %#x is not proven empty", log2, addr)
	}
	return regionRoot(addr, log2, sub, sibs)
}

// leafRoot is MerkleLib.rootOf over a graph state or nodes tree of the given height.
func leafRoot(leaf Hash, index uint32, height int, sibs []Hash) (Hash, error) {
	if len(sibs) != height {
		return Hash{}, fmt.Errorf("%d siblings for a tree of height %d", len(sibs), height)
	}
	if uint64(index)>>height != 0 {
		return Hash{}, fmt.Errorf("leaf %d of a tree of height %d", index, height)
	}
	return graph.RootFromProof(leaf, int(index), sibs), nil
}

// PadInput returns a request's input as the model sees it: zero-padded to the model's input size (a request may
// carry fewer bytes). A longer input is an error.
func PadInput(info *ModelInfo, input []byte) ([]byte, error) {
	if uint64(len(input)) > uint64(info.InputSize) {
		return nil, fmt.Errorf("game: the input has %d bytes, the model takes %d", len(input), info.InputSize)
	}
	out := make([]byte, info.InputSize)
	copy(out, input)
	return out, nil
}

// StartValue computes the agreed start of a request's game from the input and the siblings alone, as
// ModelRegistry.gameStart does on chain. The input is zero-padded first (PadInput) and each graph input is the
// next Size bytes of it. Single-phase: for each input in order, its siblings must prove its region (at
// graph.InputAddr(0) + Offset) empty in ProgramStateData's memory with the inputs before it inserted, and the
// input's commitment is inserted as the region's sub-tree; the start is the running state hash with that root.
// Multi-phase: for each input in order, its siblings must prove its leaf zero in GraphState with the inputs
// before it set, and the leaf is set to its commitment; the start is R_0, the root at the end. The siblings are
// every input's, concatenated in order.
func StartValue(info *ModelInfo, input []byte, siblings []Hash) (Hash, error) {
	input, err := PadInput(info, input)
	if err != nil {
		return Hash{}, err
	}
	phases := info.Phases()
	if phases == 0 {
		return Hash{}, errNoPhases
	}
	var root Hash
	if phases == 1 {
		root = Hash(info.ProgramStateData[:32])
	} else {
		root = info.GraphState
	}
	height := merkle.TreeHeight(int(info.NumTensors))
	off := 0
	for _, t := range info.Inputs {
		end := off + int(t.Size)
		if end > len(input) {
			return Hash{}, fmt.Errorf("game: the inputs take more than the model's %d input bytes", info.InputSize)
		}
		sub := graph.Commit(input[off:end])
		off = end
		n := height
		if phases == 1 {
			n = 32 - int(paddedLog2(int(t.Size)))
		}
		if len(siblings) < n {
			return Hash{}, fmt.Errorf("game: start: too few siblings for input %s", t.Name)
		}
		sibs := siblings[:n]
		siblings = siblings[n:]
		if phases == 1 {
			if root, err = insertRegion(root, uint64(graph.InputAddr(0))+uint64(t.Offset), paddedLog2(int(t.Size)), sub, sibs); err != nil {
				return Hash{}, fmt.Errorf("game: start state: input %s: %w", t.Name, err)
			}
			continue
		}
		if t.ID >= info.NumTensors {
			return Hash{}, fmt.Errorf("game: input tensor %d of %d", t.ID, info.NumTensors)
		}
		empty, err := leafRoot(Hash{}, t.ID, height, sibs)
		if err != nil {
			return Hash{}, fmt.Errorf("game: start root: %w", err)
		}
		if empty != root {
			return Hash{}, fmt.Errorf("game: start root: the siblings do not prove input %s's leaf empty in the graph state", t.Name)
		}
		if root, err = leafRoot(sub, t.ID, height, sibs); err != nil {
			return Hash{}, err
		}
	}
	if len(siblings) != 0 || len(info.Inputs) == 0 {
		return Hash{}, fmt.Errorf("game: start: %d siblings left over for %d inputs", len(siblings), len(info.Inputs))
	}
	if phases == 1 {
		return vm.HashEncoded(withMemRoot(info.ProgramStateData, root), vm.StatusRunning), nil
	}
	return root, nil
}

// StartProof returns the siblings setGameStart needs for a request's input to the model g registered as info on
// the executor image exe, and the start value they yield (StartValue).
func StartProof(exe *host.Image, g *graph.Graph, info *ModelInfo, input []byte) (siblings []Hash, start Hash, err error) {
	if exe == nil {
		return nil, Hash{}, errNoImage
	}
	if input, err = PadInput(info, input); err != nil {
		return nil, Hash{}, err
	}
	if err := g.Validate(); err != nil {
		return nil, Hash{}, fmt.Errorf("game: start proof: %w", err)
	}
	ins, err := SplitTensors(info.Inputs, input)
	if err != nil {
		return nil, Hash{}, fmt.Errorf("game: start proof: %w", err)
	}
	switch info.Phases() {
	case 1:
		zero, err := zeroInputs(g)
		if err != nil {
			return nil, Hash{}, fmt.Errorf("game: start proof: %w", err)
		}
		e, err := exe.GraphEmulator(g, zero...)
		if err != nil {
			return nil, Hash{}, fmt.Errorf("game: start proof: %w", err)
		}
		// Each input's siblings are those of the memory with the inputs before it written, as gameStart inserts.
		for i, t := range info.Inputs {
			addr := graph.InputAddr(0) + t.Offset
			sibs, err := e.Mem.RegionProof(addr, int(paddedLog2(int(t.Size))))
			if err != nil {
				return nil, Hash{}, fmt.Errorf("game: start proof: %w", err)
			}
			siblings = append(siblings, sibs...)
			if err := e.Mem.WriteBytes(addr, ins[i].Bytes()); err != nil {
				return nil, Hash{}, fmt.Errorf("game: start proof: %w", err)
			}
		}
	case 2:
		commits := weightCommitments(g)
		for i, t := range info.Inputs {
			_, sibs, err := graph.StateProof(g, commits, 0, int(t.ID))
			if err != nil {
				return nil, Hash{}, fmt.Errorf("game: start proof: %w", err)
			}
			siblings = append(siblings, sibs...)
			commits[t.ID] = graph.CommitTensor(ins[i])
		}
	default:
		return nil, Hash{}, errNoPhases
	}
	start, err = StartValue(info, input, siblings)
	return siblings, start, err
}

// VerifyClaim does the checks ModelRegistry.checkClaim makes on an output (the graph outputs' bytes
// concatenated) and its claim: single-phase, EndState hashes to Claim and either has exited with code 0 with each
// output's region (at graph.OutputAddr + Offset) holding its commitment, the siblings every region's in order, or
// has not (a failed run) with an empty output; multi-phase, each output's commitment is its leaf of Claim, the
// siblings every leaf's in order, or, for an empty output, NoOutput is the leaf of one output, its siblings
// followed by its index in the list.
func VerifyClaim(info *ModelInfo, output []byte, c *ClaimProof) error {
	if c == nil {
		return errors.New("game: no claim proof")
	}
	failed := len(output) == 0
	if !failed && uint64(len(output)) != uint64(info.OutputSize) {
		return fmt.Errorf("game: the output has %d bytes, the model gives %d", len(output), info.OutputSize)
	}
	switch info.Phases() {
	case 1:
		h, err := stateHash(c.EndState)
		if err != nil {
			return fmt.Errorf("game: claim: %w", err)
		}
		if h != c.Claim {
			return errors.New("game: claim: the end state does not hash to the claim")
		}
		if failed {
			if vm.StatusOf(h) == vm.StatusExitedOK || len(c.Siblings) != 0 {
				return errors.New("game: claim: a failed run's end state did not exit 0 and has no output region")
			}
			return nil
		}
		if vm.StatusOf(h) != vm.StatusExitedOK {
			return fmt.Errorf("game: claim: the end state is %v, not exited with code 0", vm.StatusOf(h))
		}
		sibs, off := c.Siblings, 0
		for _, t := range info.Outputs {
			log2 := paddedLog2(int(t.Size))
			n := 32 - int(log2)
			if len(sibs) < n {
				return errors.New("game: claim: too few output region siblings")
			}
			root, err := regionRoot(uint64(graph.OutputAddr)+uint64(t.Offset), log2, graph.Commit(output[off:off+int(t.Size)]), sibs[:n])
			if err != nil {
				return fmt.Errorf("game: claim: %w", err)
			}
			if root != Hash(c.EndState[:32]) {
				return fmt.Errorf("game: claim: output %s is not the end state's output region", t.Name)
			}
			sibs, off = sibs[n:], off+int(t.Size)
		}
		if len(sibs) != 0 {
			return errors.New("game: claim: too many output region siblings")
		}
		return nil
	case 2:
		if len(c.EndState) != 0 {
			return errors.New("game: claim: a multi-phase claim carries no end state")
		}
		height := merkle.TreeHeight(int(info.NumTensors))
		check := func(t TensorIO, leaf Hash, sibs []Hash) error {
			if t.ID >= info.NumTensors {
				return fmt.Errorf("game: output tensor %d of %d", t.ID, info.NumTensors)
			}
			root, err := leafRoot(leaf, t.ID, height, sibs)
			if err != nil {
				return fmt.Errorf("game: claim: %w", err)
			}
			if root != c.Claim {
				return fmt.Errorf("game: claim: output %s is not the claim's output leaf", t.Name)
			}
			return nil
		}
		if failed {
			if len(c.Siblings) != height+1 {
				return errors.New("game: claim: a failed run proves one output's leaf and names it")
			}
			j := new(big.Int).SetBytes(c.Siblings[height][:])
			if !j.IsUint64() || j.Uint64() >= uint64(len(info.Outputs)) {
				return errors.New("game: claim: a failed run names no output")
			}
			return check(info.Outputs[j.Uint64()], NoOutput, c.Siblings[:height])
		}
		if len(c.Siblings) != height*len(info.Outputs) {
			return errors.New("game: claim: wrong number of output leaf siblings")
		}
		off := 0
		for i, t := range info.Outputs {
			if err := check(t, graph.Commit(output[off:off+int(t.Size)]), c.Siblings[i*height:(i+1)*height]); err != nil {
				return err
			}
			off += int(t.Size)
		}
		return nil
	}
	return errNoPhases
}
