package contracts

import (
	"context"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/opml-dev/opml/chain"
	"github.com/opml-dev/opml/contracts/bindings"
	"github.com/opml-dev/opml/game"
)

// Game is a typed client of a deployed DisputeGame.
type Game struct {
	c    *chain.Chain
	Addr common.Address
	abi  *bindings.DisputeGame
}

// NewGame returns a client of the DisputeGame at addr, calling through c.
func NewGame(c *chain.Chain, addr common.Address) *Game {
	return &Game{c: c, Addr: addr, abi: bindings.NewDisputeGame()}
}

// ABI is the game's binding, for decoding its events.
func (g *Game) ABI() *bindings.DisputeGame { return g.abi }

// GameInfo is a game's parties, phase, winner and clocks.
type GameInfo struct {
	bindings.GameOutput
	Phase Phase
}

// Mover is the party to move, and the seconds left on its clock when its turn began.
func (i *GameInfo) Mover() (common.Address, uint64) {
	if i.Phase.AsserterMoves() {
		return i.Asserter, i.AsserterLeft
	}
	return i.Challenger, i.ChallengerLeft
}

// Level is one level of a game, its kind typed.
type Level struct {
	bindings.DisputeGameLevel
	Kind LevelKind
}

// K reads the checkpoints per dissection.
func (g *Game) K(ctx context.Context) (int, error) {
	k, err := view(ctx, g.c, g.Addr, g.abi.PackK(), g.abi.UnpackK)
	if err != nil {
		return 0, err
	}
	return int(k.Int64()), nil
}

// Clock reads each party's chess clock in seconds.
func (g *Game) Clock(ctx context.Context) (uint64, error) {
	return view(ctx, g.c, g.Addr, g.abi.PackClock(), g.abi.UnpackClock)
}

// Info reads game id.
func (g *Game) Info(ctx context.Context, id *big.Int) (*GameInfo, error) {
	i, err := view(ctx, g.c, g.Addr, g.abi.PackGame(id), g.abi.UnpackGame)
	if err != nil {
		return nil, err
	}
	return &GameInfo{GameOutput: i, Phase: Phase(i.Phase)}, nil
}

// Levels reads every level of game id, the current one last.
func (g *Game) Levels(ctx context.Context, id *big.Int) ([]Level, error) {
	ls, err := view(ctx, g.c, g.Addr, g.abi.PackLevels(id), g.abi.UnpackLevels)
	if err != nil {
		return nil, err
	}
	out := make([]Level, len(ls))
	for i, l := range ls {
		out[i] = Level{DisputeGameLevel: l, Kind: LevelKind(l.Kind)}
	}
	return out, nil
}

// Positions reads the positions the asserter must post values for now.
func (g *Game) Positions(ctx context.Context, id *big.Int) ([]uint64, error) {
	return view(ctx, g.c, g.Addr, g.abi.PackPositions(id), g.abi.UnpackPositions)
}

// Checkpoints reads the asserter's values of the pending dissection.
func (g *Game) Checkpoints(ctx context.Context, id *big.Int) ([][32]byte, error) {
	return view(ctx, g.c, g.Addr, g.abi.PackCheckpoints(id), g.abi.UnpackCheckpoints)
}

// DissectTx posts the asserter's values at the positions Positions gave.
func (g *Game) DissectTx(id *big.Int, values []game.Hash) Tx {
	return Tx{To: g.Addr, Data: g.abi.PackDissect(id, hashes(values))}
}

// ChooseTx picks part of the pending dissection.
func (g *Game) ChooseTx(id *big.Int, part int) Tx {
	return Tx{To: g.Addr, Data: g.abi.PackChoose(id, big.NewInt(int64(part)))}
}

// HandoffTx is the asserter's phase handoff.
func (g *Game) HandoffTx(id *big.Int, h *game.Handoff) Tx {
	return Tx{To: g.Addr, Data: g.abi.PackHandoff(id, Handoff(h))}
}

// TileHandoffTx is the asserter's handoff at the bottom of a tile level.
func (g *Game) TileHandoffTx(id *big.Int, h *game.TileHandoff) Tx {
	return Tx{To: g.Addr, Data: g.abi.PackTileHandoff(id, TileHandoff(h))}
}

// ProveStepTx settles the one disputed step with its witness.
func (g *Game) ProveStepTx(id *big.Int, state, proof []byte) Tx {
	return Tx{To: g.Addr, Data: g.abi.PackProveStep(id, state, nonNil(proof))}
}

// TimeoutTx ends game id against the party whose clock ran out.
func (g *Game) TimeoutTx(id *big.Int) Tx { return Tx{To: g.Addr, Data: g.abi.PackTimeout(id)} }

// LoadLocalDataTx loads the part at offset of local key's (empty) stream for game id.
func (g *Game) LoadLocalDataTx(id *big.Int, key [32]byte, offset uint32) Tx {
	return Tx{To: g.Addr, Data: g.abi.PackLoadLocalData(id, key, new(big.Int).SetUint64(uint64(offset)))}
}

// NodeRecord is the contracts' form of a node record.
func NodeRecord(n game.NodeRecord) bindings.ModelRegistryNodeRecord {
	return bindings.ModelRegistryNodeRecord{Descriptor: n.Descriptor, DescriptorLog2: n.DescriptorLog2, NumInputs: n.NumInputs, TileLog2: n.TileLog2, Tiles: n.Tiles,
		InputIds: n.InputIDs, InputLog2s: n.InputLog2s, OutputId: n.OutputID, OutputLog2: n.OutputLog2}
}

// Handoff is the game contract's form of a phase handoff.
func Handoff(h *game.Handoff) bindings.DisputeGameHandoff {
	nested := func(in [][]game.Hash) [][][32]byte {
		out := make([][][32]byte, len(in))
		for i, p := range in {
			out[i] = hashes(p)
		}
		return out
	}
	return bindings.DisputeGameHandoff{
		Node:          NodeRecord(h.Node),
		NodeProof:     hashes(h.NodeProof),
		Output:        h.Output,
		OutputProof:   hashes(h.OutputProof),
		Operands:      hashes(h.Operands),
		OperandProofs: nested(h.OperandProofs),
		Insertions:    nested(h.Insertions),
		EndState:      nonNil(h.EndState),
		OutputRegion:  hashes(h.OutputRegion),
	}
}

// TileHandoff is the game contract's form of a tile handoff.
func TileHandoff(h *game.TileHandoff) bindings.DisputeGameTileHandoff {
	return bindings.DisputeGameTileHandoff{
		TileRoot:     h.TileRoot,
		TileProof:    hashes(h.TileProof),
		Insertion:    hashes(h.Insertion),
		EndState:     nonNil(h.EndState),
		OutputRegion: hashes(h.OutputRegion),
	}
}
