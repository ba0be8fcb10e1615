package contracts

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/opml-dev/opml/chain"
	"github.com/opml-dev/opml/contracts/bindings"
	"github.com/opml-dev/opml/game"
	"github.com/opml-dev/opml/tensor"
)

// Registry is a typed client of a deployed ModelRegistry.
type Registry struct {
	c    *chain.Chain
	Addr common.Address
	abi  *bindings.ModelRegistry
}

// NewRegistry returns a client of the ModelRegistry at addr, calling through c.
func NewRegistry(c *chain.Chain, addr common.Address) *Registry {
	return &Registry{c: c, Addr: addr, abi: bindings.NewModelRegistry()}
}

// ModelInfo is the registry's form of a registration.
func ModelInfo(m *game.ModelInfo) bindings.ModelRegistryModelInfo {
	return bindings.ModelRegistryModelInfo{
		InputSize: m.InputSize, OutputSize: m.OutputSize,
		ProgramStateData: nonNil(m.ProgramStateData), ExecutorStateData: nonNil(m.ExecutorStateData),
		GraphState: m.GraphState, NodesRoot: m.NodesRoot,
		NumNodes: m.NumNodes, NumTensors: m.NumTensors, Inputs: tensorIOs(m.Inputs), Outputs: tensorIOs(m.Outputs),
	}
}

// tensorIOs is the registry's form of a list of inputs or outputs.
func tensorIOs(list []game.TensorIO) []bindings.ModelRegistryTensorIO {
	out := make([]bindings.ModelRegistryTensorIO, len(list))
	for i, t := range list {
		shape := make([]uint32, len(t.Shape))
		for j, d := range t.Shape {
			shape[j] = uint32(d)
		}
		out[i] = bindings.ModelRegistryTensorIO{Name: t.Name, Dtype: uint8(t.DType), Shape: shape, Id: t.ID, Size: t.Size, Offset: t.Offset}
	}
	return out
}

// gameTensorIOs is the Go form of a list of inputs or outputs read from the registry.
func gameTensorIOs(list []bindings.ModelRegistryTensorIO) []game.TensorIO {
	out := make([]game.TensorIO, len(list))
	for i, t := range list {
		shape := make([]int, len(t.Shape))
		for j, d := range t.Shape {
			shape[j] = int(d)
		}
		out[i] = game.TensorIO{Name: t.Name, DType: tensor.DType(t.Dtype), Shape: shape, ID: t.Id, Size: t.Size, Offset: t.Offset}
	}
	return out
}

// GameModelInfo is the Go form of a registration read from the registry.
func GameModelInfo(m bindings.ModelRegistryModelInfo) *game.ModelInfo {
	return &game.ModelInfo{
		InputSize: m.InputSize, OutputSize: m.OutputSize, ProgramStateData: m.ProgramStateData,
		ExecutorStateData: m.ExecutorStateData, GraphState: m.GraphState, NodesRoot: m.NodesRoot,
		NumNodes: m.NumNodes, NumTensors: m.NumTensors, Inputs: gameTensorIOs(m.Inputs), Outputs: gameTensorIOs(m.Outputs),
	}
}

func nonNil(b []byte) []byte {
	if b == nil {
		return []byte{}
	}
	return b
}

// modelInfoArgs encodes a registration as modelIdOf's argument (abi.encode of the struct).
var modelInfoArgs = bindings.NewModelRegistry().GetABI().Methods["modelIdOf"].Inputs

// ModelID is the id a registration gets: keccak256 of its ABI encoding (ModelRegistry.modelIdOf), computed here.
func ModelID(m *game.ModelInfo) *big.Int {
	enc, err := modelInfoArgs.Pack(ModelInfo(m))
	if err != nil {
		panic(fmt.Sprintf("contracts: encode a model registration: %v", err)) // fixed types: cannot happen
	}
	return new(big.Int).SetBytes(crypto.Keccak256(enc))
}

// Registered reports whether a model is registered under id.
func (r *Registry) Registered(ctx context.Context, id *big.Int) (bool, error) {
	return view(ctx, r.c, r.Addr, r.abi.PackRegistered(id), r.abi.UnpackRegistered)
}

// Model returns the registration under id.
func (r *Registry) Model(ctx context.Context, id *big.Int) (*game.ModelInfo, error) {
	m, err := view(ctx, r.c, r.Addr, r.abi.PackGetModel(id), r.abi.UnpackGetModel)
	if err != nil {
		return nil, err
	}
	return GameModelInfo(m), nil
}

// RegisterTx registers m (idempotent: registering it again does nothing).
func (r *Registry) RegisterTx(m *game.ModelInfo) Tx {
	return Tx{To: r.Addr, Data: r.abi.PackRegister(ModelInfo(m))}
}

// Register registers m unless it is registered already, and returns its id.
func (r *Registry) Register(ctx context.Context, m *game.ModelInfo) (*big.Int, error) {
	id := ModelID(m)
	ok, err := r.Registered(ctx, id)
	if err != nil || ok {
		return id, err
	}
	if _, err := r.RegisterTx(m).Send(ctx, r.c); err != nil {
		return nil, fmt.Errorf("contracts: register model %s: %w", ShortID(id), err)
	}
	return id, nil
}

// ShortID is a model id for narration: its first four bytes in hex.
func ShortID(id *big.Int) string {
	b := common.BigToHash(id)
	return fmt.Sprintf("%#x…", b[:4])
}
