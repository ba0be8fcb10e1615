package game

import (
	"bytes"
	"errors"
	"fmt"
	"slices"

	"github.com/opml-dev/opml/graph"
	"github.com/opml-dev/opml/internal/merkle"
	"github.com/opml-dev/opml/tensor"
	"github.com/opml-dev/opml/vm"
)

// The tile level (docs/game.md, "Tiles"). A tiled node's handoff opens a level over positions 0..Tiles whose
// value at p is the root of the node's output region with tiles 0..p−1 filled: the Merkle tree over the tiles'
// roots (merkle.SubtreesRoot), absent tiles the zero sub-tree; at 0 the empty region (agreed), at Tiles the
// node's output commitment. A party that claims the node has no output claims NoOutput from the position after
// the first tile whose run fails. The level ends at one tile, whose run the TileHandoff hands to a VM level.

// TileHandoff is the asserter's move at the bottom [t, t+1] of a tile level (the contract's tileHandoff).
type TileHandoff struct {
	TileRoot Hash // the commitment of the tile's 2^TileLog2 bytes (zero when the asserter claims its run fails)
	// TileProof are the siblings of leaf t in the tile tree: with the zero tile they give the agreed value at t,
	// with TileRoot the claimed value at t+1 (none when that is NoOutput).
	TileProof []Hash
	// Insertion are the siblings of the tile word's region (graph.TileAddr, 32 bytes) in the node's start memory.
	Insertion    []Hash
	EndState     []byte // the claimed final state of the tile's run (312 bytes)
	OutputRegion []Hash // siblings of the tile's region at graph.OutputAddr + t·2^TileLog2 in EndState's memory
}

// TileEmpty is the agreed value at position 0 of a tile level over an output region of 2^outputLog2 bytes.
func TileEmpty(outputLog2 uint8) Hash { return merkle.ZeroHash(int(outputLog2) - 5) }

// NodeMemory returns the memory root of the start state of handoff h's node: the model's executor base memory
// with the descriptor and the operands inserted (checked by VerifyHandoff), which a tile level's handoffs start
// from.
func NodeMemory(info *ModelInfo, h *Handoff) (Hash, error) {
	if len(h.Insertions) != int(h.Node.NumInputs)+1 || len(h.Operands) != int(h.Node.NumInputs) {
		return Hash{}, errors.New("game: node memory: insertion or operand count")
	}
	base := info.ExecutorStateData
	if len(base) != vm.StateSize {
		return Hash{}, errNoPhases
	}
	root, err := insertRegion(Hash(base[:32]), graph.DescriptorAddr, h.Node.DescriptorLog2, h.Node.Descriptor, h.Insertions[0])
	if err != nil {
		return Hash{}, fmt.Errorf("descriptor: %w", err)
	}
	for i := range int(h.Node.NumInputs) {
		root, err = insertRegion(root, uint64(graph.InputAddr(i)), h.Node.InputLog2s[i], h.Operands[i], h.Insertions[i+1])
		if err != nil {
			return Hash{}, fmt.Errorf("operand %d: %w", i, err)
		}
	}
	return root, nil
}

// VerifyTileHandoff does every check the contract's tileHandoff makes at the bottom [t, t+1] of the tile level of
// node record rec, whose start memory is nodeMem, with agreed value loValue and disputed value hiValue. It
// returns the tile run's VM level (start and claimed end state hashes), or won true when both values are NoOutput
// (the asserter has then won without a run).
func VerifyTileHandoff(info *ModelInfo, rec NodeRecord, nodeMem Hash, t uint64, loValue, hiValue Hash, h *TileHandoff) (start, end Hash, won bool, err error) {
	fail := func(format string, args ...any) (Hash, Hash, bool, error) {
		return Hash{}, Hash{}, false, fmt.Errorf("game: tile handoff at tile %d: "+format, append([]any{t}, args...)...)
	}
	if !rec.Tiled() || t >= uint64(rec.Tiles) {
		return fail("not a tile of the node")
	}
	failed := hiValue == NoOutput
	if failed && loValue == NoOutput {
		return Hash{}, Hash{}, true, nil
	}
	output := NoOutput
	if !failed {
		levels := int(rec.OutputLog2) - int(rec.TileLog2)
		empty, err := leafRoot(TileEmpty(rec.TileLog2), uint32(t), levels, h.TileProof)
		if err != nil {
			return fail("tile proof: %v", err)
		}
		if empty != loValue {
			return fail("the tile is not empty in the agreed value")
		}
		if claimed, _ := leafRoot(h.TileRoot, uint32(t), levels, h.TileProof); claimed != hiValue {
			return fail("the claimed value is not the agreed value with the tile set")
		}
		output = h.TileRoot
	}
	word := graph.EncodeTile(rec.TileLog2, uint32(t))
	root, err := insertRegion(nodeMem, graph.TileAddr, 5, word, h.Insertion)
	if err != nil {
		return fail("tile word: %v", err)
	}
	start = vm.HashEncoded(withMemRoot(info.ExecutorStateData, root), vm.StatusRunning)
	if end, err = runEnd(h.EndState, output, uint64(graph.OutputAddr)+t<<rec.TileLog2, rec.TileLog2, h.OutputRegion); err != nil {
		return fail("%v", err)
	}
	return start, end, false, nil
}

// tileValues are a tiled node's tiles as one party claims them.
type tileValues struct {
	rec    NodeRecord
	tiles  [][]byte // the tiles' bytes, up to the first failing one
	roots  []Hash   // and their roots
	failed int      // the first tile whose run the party claims fails; rec.Tiles when it claims an output
}

// value is the party's value at position pos of the tile level.
func (tv *tileValues) value(pos uint64) Hash {
	switch {
	case pos == 0:
		return TileEmpty(tv.rec.OutputLog2)
	case pos > uint64(tv.failed):
		return NoOutput
	}
	return merkle.SubtreesRoot(tv.roots[:pos], int(tv.rec.TileLog2)-5, int(tv.rec.OutputLog2-tv.rec.TileLog2))
}

// tilesOf returns node's tiles as this party claims them: its output's bytes cut into tiles; or, when it claims
// no output, the tiles computed natively up to the first that fails (for a liar claiming a failure where there
// is none, up to its Lie's tile). The caller holds c.mu.
func (c *Computation) tilesOf(node int) (*tileValues, error) {
	if tv, ok := c.tiles[node]; ok {
		return tv, nil
	}
	if c.info.Phases() != 2 || node < 0 || node >= len(c.g.Nodes) || !c.records[node].Tiled() {
		return nil, fmt.Errorf("game: node %d is not tiled", node)
	}
	rec := c.records[node]
	tv := &tileValues{rec: rec, failed: int(rec.Tiles)}
	size := 1 << rec.TileLog2
	_, v, err := c.ev.nodeValues(node)
	if err != nil {
		return nil, err
	}
	if v != nil {
		b := v.Bytes()
		for t := range int(rec.Tiles) {
			tv.tiles = append(tv.tiles, b[t*size:min((t+1)*size, len(b))])
		}
	} else {
		tv.failed = -1
		for t := range int(rec.Tiles) {
			b, err := c.nativeTile(node, t)
			if err != nil {
				tv.failed = t
				break
			}
			if c.ev.lies[node] && t == min(max(c.lie.Tile, 0), int(rec.Tiles)-1) {
				tv.failed = t // a liar claiming a failure where there is none
				break
			}
			tv.tiles = append(tv.tiles, b)
		}
		if tv.failed < 0 {
			return nil, fmt.Errorf("game: node %d has no output but every tile of it has one", node)
		}
	}
	for _, b := range tv.tiles {
		tv.roots = append(tv.roots, merkle.RootAt(b, int(rec.TileLog2)-5))
	}
	c.tiles[node] = tv
	return tv, nil
}

// operands returns this party's operands of node, an error if one has no value. The caller holds c.mu.
func (c *Computation) operands(node int) ([]*tensor.Tensor, error) {
	args, _, err := c.ev.nodeValues(node)
	if err != nil {
		return nil, err
	}
	for _, arg := range args {
		if arg == nil {
			return nil, fmt.Errorf("game: node %d has an operand without value: it has no VM run", node)
		}
	}
	return args, nil
}

// nativeTile evaluates tile t of node natively on this party's operands.
func (c *Computation) nativeTile(node, t int) ([]byte, error) {
	args, err := c.operands(node)
	if err != nil {
		return nil, err
	}
	d, err := graph.Describe(c.g, node)
	if err != nil {
		return nil, err
	}
	in := make([][]byte, len(args))
	for i, a := range args {
		in[i] = a.Bytes()
	}
	return d.EvalTile(in, c.records[node].TileLog2, uint32(t))
}

// TileValue returns this party's value at position pos (0..Tiles) of node's tile level.
func (c *Computation) TileValue(node int, pos uint64) (Hash, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	tv, err := c.tilesOf(node)
	if err != nil {
		return Hash{}, err
	}
	if pos > uint64(tv.rec.Tiles) {
		return Hash{}, fmt.Errorf("game: tile position %d of %d", pos, tv.rec.Tiles)
	}
	return tv.value(pos), nil
}

// tileRun executes tile ref.Tile of node ref.Node. The caller holds c.mu.
func (c *Computation) tileRun(ref RunRef) (*run, error) {
	node, t := ref.Node, ref.Tile
	tv, err := c.tilesOf(node)
	if err != nil {
		return nil, err
	}
	if t >= int(tv.rec.Tiles) {
		return nil, fmt.Errorf("game: tile %d of %d of node %d", t, tv.rec.Tiles, node)
	}
	args, err := c.operands(node)
	if err != nil {
		return nil, err
	}
	native, nerr := c.nativeTile(node, t)
	var claimed []byte // nil: the party claims the tile's run fails
	if t < tv.failed {
		claimed = tv.tiles[t]
	}
	lied := c.ev.lies[node] && !(nerr == nil && claimed != nil && bytes.Equal(claimed, native))
	var lieFrom uint64
	if lied {
		lieFrom = c.lie.Step
	}
	log2 := tv.rec.TileLog2
	fresh := func() (*vm.Emulator, error) {
		return withGameOracle(c.exe.TileEmulator(c.g, node, args, log2, uint32(t)))
	}
	outs := []region{{addr: graph.OutputAddr + uint32(t)<<log2, log2: log2, native: native, claimed: claimed}}
	r, err := newRun(node, fresh, outs, nerr == nil, lied, lieFrom)
	if err != nil {
		return nil, fmt.Errorf("game: tile %d: %w", t, err)
	}
	c.runs[ref] = r
	return r, nil
}

// TileHandoff returns this party's handoff at tile t of node's tile level: the tile's root and its proof
// between this party's values at t and t+1, the insertion of the tile word into the node's start memory, and
// the end state of the tile's run (for a liar's corrupted tile, the honest end state with its wrong bytes written
// over the tile, or marked failed).
func (c *Computation) TileHandoff(node, t int) (*TileHandoff, error) {
	e, _, err := c.nodeMemory(node)
	if err != nil {
		return nil, err
	}
	h := &TileHandoff{}
	if h.Insertion, err = e.Mem.RegionProof(graph.TileAddr, 5); err != nil {
		return nil, fmt.Errorf("game: tile handoff: %w", err)
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	tv, err := c.tilesOf(node)
	if err != nil {
		return nil, err
	}
	if t < 0 || t >= int(tv.rec.Tiles) {
		return nil, fmt.Errorf("game: tile handoff at tile %d of %d", t, tv.rec.Tiles)
	}
	if t > tv.failed {
		return h, nil // the agreed value is NoOutput already: no run
	}
	if t < tv.failed {
		h.TileRoot = tv.roots[t]
		h.TileProof = merkle.SubtreesProof(tv.roots[:t], int(tv.rec.TileLog2)-5, int(tv.rec.OutputLog2-tv.rec.TileLog2), t)
	}
	r, err := c.runOf(RunRef{Node: node, Tile: t})
	if err != nil {
		return nil, err
	}
	h.EndState, h.OutputRegion = bytes.Clone(r.claimed), slices.Clone(r.outRegion)
	return h, nil
}
