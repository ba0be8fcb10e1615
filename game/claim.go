package game

import (
	"bytes"
	"errors"
	"fmt"

	"github.com/opml-dev/opml/graph"
	"github.com/opml-dev/opml/internal/keccak"
	"github.com/opml-dev/opml/internal/merkle"
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
	// Siblings prove the output: those of the output region in EndState's memory (single-phase, 32 − log2
	// of them; none for a failed run) or those of leaf OutputID in Claim (multi-phase; the leaf is NoOutput
	// for a failed run).
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
// ModelRegistry.gameStart does on chain: single-phase, the siblings must prove the input region (at
// graph.InputAddr(0)) empty in ProgramStateData's memory, and the start is the running state hash of that state
// with Commit(input) inserted as the region's sub-tree; multi-phase, they must prove leaf InputID zero in
// GraphState, and the start is R_0, the root with that leaf Commit(input). The input is zero-padded first
// (PadInput).
func StartValue(info *ModelInfo, input []byte, siblings []Hash) (Hash, error) {
	input, err := PadInput(info, input)
	if err != nil {
		return Hash{}, err
	}
	switch info.Phases() {
	case 1:
		st := info.ProgramStateData
		root, err := insertRegion(Hash(st[:32]), uint64(graph.InputAddr(0)), paddedLog2(len(input)), graph.Commit(input), siblings)
		if err != nil {
			return Hash{}, fmt.Errorf("game: start state: %w", err)
		}
		return vm.HashEncoded(withMemRoot(st, root), vm.StatusRunning), nil
	case 2:
		height := merkle.TreeHeight(int(info.NumTensors))
		if info.InputID >= info.NumTensors {
			return Hash{}, fmt.Errorf("game: input tensor %d of %d", info.InputID, info.NumTensors)
		}
		empty, err := leafRoot(Hash{}, info.InputID, height, siblings)
		if err != nil {
			return Hash{}, fmt.Errorf("game: start root: %w", err)
		}
		if empty != info.GraphState {
			return Hash{}, errors.New("game: start root: the siblings do not prove the input leaf empty in the graph state")
		}
		return leafRoot(graph.Commit(input), info.InputID, height, siblings)
	}
	return Hash{}, errNoPhases
}

// StartProof returns the siblings setGameStart needs for a request's input to the model g registered as info on
// the executor image elf, and the start value they yield (StartValue).
func StartProof(elf []byte, g *graph.Graph, info *ModelInfo, input []byte) (siblings []Hash, start Hash, err error) {
	if input, err = PadInput(info, input); err != nil {
		return nil, Hash{}, err
	}
	if err := g.Validate(); err != nil {
		return nil, Hash{}, fmt.Errorf("game: start proof: %w", err)
	}
	switch info.Phases() {
	case 1:
		zero, err := zeroInput(g)
		if err != nil {
			return nil, Hash{}, fmt.Errorf("game: start proof: %w", err)
		}
		e, err := graph.GraphEmulator(elf, g, zero)
		if err != nil {
			return nil, Hash{}, fmt.Errorf("game: start proof: %w", err)
		}
		siblings, err = e.Mem.RegionProof(graph.InputAddr(0), int(paddedLog2(len(input))))
		if err != nil {
			return nil, Hash{}, fmt.Errorf("game: start proof: %w", err)
		}
	case 2:
		_, siblings, err = graph.StateProof(g, weightCommitments(g), 0, g.Input())
		if err != nil {
			return nil, Hash{}, fmt.Errorf("game: start proof: %w", err)
		}
	default:
		return nil, Hash{}, errNoPhases
	}
	start, err = StartValue(info, input, siblings)
	return siblings, start, err
}

// VerifyClaim does the checks ModelRegistry.checkClaim makes on an output and its claim: single-phase, EndState
// hashes to Claim and either has exited with code 0 with an output region (at graph.OutputAddr) whose root is
// Commit(output), or has not (a failed run) with an empty output; multi-phase, Commit(output) is leaf OutputID
// of Claim, or NoOutput for an empty output.
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
		root, err := regionRoot(graph.OutputAddr, paddedLog2(len(output)), graph.Commit(output), c.Siblings)
		if err != nil {
			return fmt.Errorf("game: claim: %w", err)
		}
		if root != Hash(c.EndState[:32]) {
			return errors.New("game: claim: the output is not the end state's output region")
		}
		return nil
	case 2:
		if len(c.EndState) != 0 {
			return errors.New("game: claim: a multi-phase claim carries no end state")
		}
		if info.OutputID >= info.NumTensors {
			return fmt.Errorf("game: output tensor %d of %d", info.OutputID, info.NumTensors)
		}
		leaf := NoOutput
		if !failed {
			leaf = graph.Commit(output)
		}
		root, err := leafRoot(leaf, info.OutputID, merkle.TreeHeight(int(info.NumTensors)), c.Siblings)
		if err != nil {
			return fmt.Errorf("game: claim: %w", err)
		}
		if root != c.Claim {
			return errors.New("game: claim: the output is not the claim's output leaf")
		}
		return nil
	}
	return errNoPhases
}
