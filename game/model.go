package game

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math/bits"

	"github.com/opml-dev/opml/graph"
	"github.com/opml-dev/opml/internal/keccak"
	"github.com/opml-dev/opml/internal/merkle"
	"github.com/opml-dev/opml/models/executor/host"
	"github.com/opml-dev/opml/tensor"
	"github.com/opml-dev/opml/vm"
)

// VMSteps is the number of positions of every VM level: a run that has not halted after 2^32 steps cannot be
// played (docs/game.md, "Levels").
const VMSteps = 1 << 32

// NodeRecord is what the phase handoff needs to know of one node (the registry's NodeRecord): the commitment of
// its descriptor and the tensors it reads and writes, with the log2 of each region's padded size. The record of
// every node is a leaf of the registered nodes root, so a handoff can prove which regions a node's VM run starts
// from without the contract parsing descriptors.
type NodeRecord struct {
	Descriptor     Hash
	DescriptorLog2 uint8
	NumInputs      uint8
	InputIDs       [4]uint32
	InputLog2s     [4]uint8
	OutputID       uint32
	OutputLog2     uint8
	// A node whose estimated VM run exceeds the registration's step budget is played as Tiles tiles of
	// 2^TileLog2 bytes of its output (graph.NodeDesc.PlanTiles, docs/game.md "Tiles"); both 0 for a whole node.
	TileLog2 uint8
	Tiles    uint32
}

// Tiled reports whether the node is played tile by tile.
func (r *NodeRecord) Tiled() bool { return r.TileLog2 != 0 }

// nodeRecordWords is the length in 32-byte words of the Solidity abi.encode of a NodeRecord: a static struct is
// encoded in place, one word per field and per array element.
const nodeRecordWords = 15

// DefaultTileSteps is the VM step budget of one node run when a registration names none: a node whose estimated
// run (graph.Work.Steps) exceeds it is tiled. 2^28 steps leave a 16-fold margin below VMSteps for the estimate.
const DefaultTileSteps = 1 << 28

// Encode returns the Solidity abi.encode of the record: 15 big-endian words in field order.
func (r NodeRecord) Encode() []byte {
	b := make([]byte, 32*nodeRecordWords)
	word := func(i int, v uint64) { binary.BigEndian.PutUint64(b[32*i+24:], v) }
	copy(b, r.Descriptor[:])
	word(1, uint64(r.DescriptorLog2))
	word(2, uint64(r.NumInputs))
	for i := range r.InputIDs {
		word(3+i, uint64(r.InputIDs[i]))
		word(7+i, uint64(r.InputLog2s[i]))
	}
	word(11, uint64(r.OutputID))
	word(12, uint64(r.OutputLog2))
	word(13, uint64(r.TileLog2))
	word(14, uint64(r.Tiles))
	return b
}

// Leaf returns the record's leaf in the nodes root: keccak256(abi.encode(record)), as the contract hashes it.
func (r NodeRecord) Leaf() Hash { return keccak.Sum256(r.Encode()) }

// paddedLog2 returns log2 of graph.PaddedSize(n): the size of the region that holds n bytes.
func paddedLog2(n int) uint8 { return uint8(bits.Len(uint(graph.PaddedSize(n))) - 1) }

// NodeRecords returns the record of every node of g in execution order, tiled under DefaultTileSteps.
func NodeRecords(g *graph.Graph) ([]NodeRecord, error) { return TiledNodeRecords(g, DefaultTileSteps) }

// TiledNodeRecords returns the record of every node of g in execution order, a node whose estimated VM run
// exceeds tileSteps (0: DefaultTileSteps) tiled where its op allows (graph.NodeDesc.PlanTiles).
func TiledNodeRecords(g *graph.Graph, tileSteps uint64) ([]NodeRecord, error) {
	if tileSteps == 0 {
		tileSteps = DefaultTileSteps
	}
	if err := g.Validate(); err != nil {
		return nil, fmt.Errorf("game: node records: %w", err)
	}
	recs := make([]NodeRecord, len(g.Nodes))
	for i := range g.Nodes {
		d, err := graph.Describe(g, i)
		if err != nil {
			return nil, fmt.Errorf("game: node record %d: %w", i, err)
		}
		desc := d.Encode()
		r := NodeRecord{
			Descriptor:     graph.Commit(desc),
			DescriptorLog2: paddedLog2(len(desc)),
			NumInputs:      uint8(len(d.Inputs)),
			OutputID:       uint32(d.Node.Output),
		}
		if len(desc) > graph.DescriptorRegion {
			return nil, fmt.Errorf("game: node %d's descriptor has %d bytes, more than its %d-byte region", i, len(desc), graph.DescriptorRegion)
		}
		for j, s := range d.Inputs {
			n, err := s.ByteSize()
			if err != nil {
				return nil, fmt.Errorf("game: node %d operand %d: %w", i, j, err)
			}
			r.InputIDs[j] = uint32(d.Node.Inputs[j])
			r.InputLog2s[j] = paddedLog2(n)
		}
		n, err := d.Output.ByteSize()
		if err != nil {
			return nil, fmt.Errorf("game: node %d output: %w", i, err)
		}
		r.OutputLog2 = paddedLog2(n)
		if l, tiles := d.PlanTiles(tileSteps); tiles > 1 {
			r.TileLog2, r.Tiles = l, uint32(tiles)
		}
		recs[i] = r
	}
	return recs, nil
}

func recordLeaves(recs []NodeRecord) []Hash {
	leaves := make([]Hash, len(recs))
	for i, r := range recs {
		leaves[i] = r.Leaf()
	}
	return leaves
}

// NodesRoot returns the Merkle root over the records' leaves, padded with zero leaves to a power of two.
func NodesRoot(recs []NodeRecord) Hash {
	return graph.MerkleRoot(recordLeaves(recs), merkle.TreeHeight(len(recs)))
}

// NodeProof returns the siblings, bottom-up, of record i in NodesRoot(recs).
func NodeProof(recs []NodeRecord, i int) ([]Hash, error) {
	if i < 0 || i >= len(recs) {
		return nil, fmt.Errorf("game: no node record %d of %d", i, len(recs))
	}
	return graph.MerkleProof(recordLeaves(recs), merkle.TreeHeight(len(recs)), i)
}

// ModelInfo is a model's registration (the registry's ModelInfo): what the contracts need to compute agreed
// starts and check claims. Exactly one of ProgramStateData (single-phase) and ExecutorStateData (multi-phase)
// is set; the graph fields are those of a multi-phase model and zero for a single-phase one.
type ModelInfo struct {
	// InputSize and OutputSize are the byte sizes of a request's input and a result's output: the sums of the
	// inputs' and outputs' sizes.
	InputSize, OutputSize uint32
	// ProgramStateData is the 312-byte graph-mode executor state at step 0 with the input region empty.
	ProgramStateData []byte
	// ExecutorStateData is the 312-byte node-mode executor state at step 0 with every region empty.
	ExecutorStateData []byte
	// GraphState is the graph state root before any node ran, with the input's leaf zero.
	GraphState Hash
	// NodesRoot is NodesRoot(NodeRecords(g)).
	NodesRoot            Hash
	NumNodes, NumTensors uint32
	// Inputs and Outputs are the graph's inputs and outputs in order.
	Inputs, Outputs []TensorIO
	// TileSteps is the VM step budget of one node run the node records were tiled under (0: DefaultTileSteps).
	// It is not registered on chain: the nodes root covers its effect, and a party recomputing the registration
	// must use the same budget.
	TileSteps uint64
}

// Phases returns 1 for a single-phase model, 2 for a multi-phase one and 0 for an info that is neither.
func (m *ModelInfo) Phases() int {
	switch {
	case m == nil:
		return 0
	case len(m.ProgramStateData) == vm.StateSize && len(m.ExecutorStateData) == 0:
		return 1
	case len(m.ExecutorStateData) == vm.StateSize && len(m.ProgramStateData) == 0:
		return 2
	}
	return 0
}

var (
	errNoPhases = errors.New("game: model info is neither single- nor multi-phase")
	errNoImage  = errors.New("game: no executor image")
)

// zeroInputs returns the all-zero tensors of g's inputs.
func zeroInputs(g *graph.Graph) ([]*tensor.Tensor, error) {
	out := make([]*tensor.Tensor, len(g.Inputs))
	for i, id := range g.Inputs {
		s := g.Tensors[id].Spec()
		n, err := s.ByteSize()
		if err != nil {
			return nil, err
		}
		if out[i], err = tensor.FromBytes(s.DType, make([]byte, n), s.Shape...); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// weightCommitments returns the commitment of every weight of g by tensor id, zero for other tensors.
func weightCommitments(g *graph.Graph) []Hash {
	weights := make([]*tensor.Tensor, len(g.Tensors))
	for id, ti := range g.Tensors {
		if ti.Kind == graph.Weight {
			weights[id] = ti.Value
		}
	}
	return graph.Commitments(weights)
}

// encodeAtStart returns the encoding of an emulator's state with its memory root brought up to date.
func encodeAtStart(e *vm.Emulator) []byte {
	e.StateHash()
	return e.State.Encode()
}

// SinglePhaseModel returns the registration of g played single-phase on the executor image exe: the
// graph-mode state at step 0 with an empty input region, into which setGameStart inserts a request's input.
func SinglePhaseModel(exe *host.Image, g *graph.Graph) (*ModelInfo, error) {
	if exe == nil {
		return nil, errNoImage
	}
	if err := g.Validate(); err != nil {
		return nil, fmt.Errorf("game: single-phase model: %w", err)
	}
	ins, outs, in, out, err := ioList(g)
	if err != nil {
		return nil, err
	}
	zero, err := zeroInputs(g)
	if err != nil {
		return nil, fmt.Errorf("game: single-phase model: %w", err)
	}
	// Zero bytes written to memory leave its tree as if nothing were written, so this is the state with the
	// input regions empty.
	e, err := exe.GraphEmulator(g, zero...)
	if err != nil {
		return nil, fmt.Errorf("game: single-phase model: %w", err)
	}
	return &ModelInfo{InputSize: uint32(in), OutputSize: uint32(out), ProgramStateData: encodeAtStart(e), Inputs: ins, Outputs: outs}, nil
}

// MultiPhaseModel returns the registration of g played multi-phase on the executor image exe: the node-mode base
// state (the program loaded, nothing written), the graph state before any node with the input's leaf zero, and
// the nodes root.
func MultiPhaseModel(exe *host.Image, g *graph.Graph) (*ModelInfo, error) {
	if err := g.Validate(); err != nil {
		return nil, fmt.Errorf("game: multi-phase model: %w", err)
	}
	return MultiPhaseModelCommitted(exe, g, weightCommitments(g))
}

// MultiPhaseModelCommitted is MultiPhaseModel with the commitments of g's weights given (by tensor id, zero for
// other tensors, as graph.Commitments computes them), so that a big model's registration does not hash its
// weights again (models/llama keeps them in a sidecar next to the model file). The caller vouches for them.
func MultiPhaseModelCommitted(exe *host.Image, g *graph.Graph, weights []Hash) (*ModelInfo, error) {
	return TiledMultiPhaseModel(exe, g, weights, DefaultTileSteps)
}

// TiledMultiPhaseModel is MultiPhaseModelCommitted with the nodes tiled under a budget of tileSteps VM steps per
// run (0: DefaultTileSteps); weights nil computes the weights' commitments.
func TiledMultiPhaseModel(exe *host.Image, g *graph.Graph, weights []Hash, tileSteps uint64) (*ModelInfo, error) {
	if exe == nil {
		return nil, errNoImage
	}
	if tileSteps == 0 {
		tileSteps = DefaultTileSteps
	}
	if weights == nil {
		if err := g.Validate(); err != nil {
			return nil, fmt.Errorf("game: multi-phase model: %w", err)
		}
		weights = weightCommitments(g)
	}
	recs, err := TiledNodeRecords(g, tileSteps)
	if err != nil {
		return nil, err
	}
	ins, outs, in, out, err := ioList(g)
	if err != nil {
		return nil, err
	}
	for _, id := range g.Outputs {
		if g.Tensors[id].Kind != graph.NodeOutput {
			return nil, fmt.Errorf("game: multi-phase model: the graph output %d is not a node output", id)
		}
	}
	e, err := exe.Emulator()
	if err != nil {
		return nil, fmt.Errorf("game: multi-phase model: loading the executor: %w", err)
	}
	if len(weights) != len(g.Tensors) {
		return nil, fmt.Errorf("game: multi-phase model: %d weight commitments for %d tensors", len(weights), len(g.Tensors))
	}
	leaves := make([]Hash, len(g.Tensors))
	for id, ti := range g.Tensors {
		if ti.Kind == graph.Weight {
			leaves[id] = weights[id]
		}
	}
	root, err := graph.StateRoot(g, leaves, 0)
	if err != nil {
		return nil, fmt.Errorf("game: multi-phase model: %w", err)
	}
	return &ModelInfo{
		InputSize:         uint32(in),
		OutputSize:        uint32(out),
		ExecutorStateData: encodeAtStart(e),
		GraphState:        root,
		NodesRoot:         NodesRoot(recs),
		NumNodes:          uint32(len(g.Nodes)),
		NumTensors:        uint32(len(g.Tensors)),
		Inputs:            ins,
		Outputs:           outs,
		TileSteps:         tileSteps,
	}, nil
}
