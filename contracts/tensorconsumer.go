package contracts

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/opml-dev/opml/chain"
	"github.com/opml-dev/opml/contracts/bindings"
)

// TensorConsumer is a typed client of the example dApp TensorConsumer: any model, tensors in and out.
type TensorConsumer struct {
	c    *chain.Chain
	Addr common.Address
	abi  *bindings.TensorConsumer
}

// NewTensorConsumer returns a client of the TensorConsumer at addr, calling through c.
func NewTensorConsumer(c *chain.Chain, addr common.Address) *TensorConsumer {
	return &TensorConsumer{c: c, Addr: addr, abi: bindings.NewTensorConsumer()}
}

// TensorCallbackGas is the callback gas a TensorConsumer needs to store an output of n bytes: a new storage
// word costs 22,100 gas, and the rest of the callback stays under 50,000.
func TensorCallbackGas(n uint32) uint64 { return 50_000 + 25_000*uint64((n+31)/32) }

// DeployTensorConsumer deploys a TensorConsumer of the system's oracle asking model id (registered already), with
// the callback gas its output size needs, signed by c.
func DeployTensorConsumer(ctx context.Context, c *chain.Chain, sys *System, id *big.Int) (*TensorConsumer, error) {
	reg := bindings.NewModelRegistry()
	sizes, err := chain.Call(ctx, c, sys.ModelRegistry, reg.PackIoSizes(id), reg.UnpackIoSizes)
	if err != nil {
		return nil, fmt.Errorf("contracts: model %s: %w", ShortID(id), err)
	}
	args := bindings.NewTensorConsumer().PackConstructor(sys.AIOracle, sys.ModelRegistry, id, TensorCallbackGas(sizes.OutputSize))
	addr, _, err := c.Deploy(ctx, &bind.MetaData{Bin: bindings.TensorConsumerMetaData.Bin}, args)
	if err != nil {
		return nil, fmt.Errorf("deploy TensorConsumer: %w", err)
	}
	return NewTensorConsumer(c, addr), nil
}

// Fee reads the fee ask must carry.
func (d *TensorConsumer) Fee(ctx context.Context) (*big.Int, error) {
	return view(ctx, d.c, d.Addr, d.abi.PackFee(), d.abi.UnpackFee)
}

// ModelID reads the model the dApp asks.
func (d *TensorConsumer) ModelID(ctx context.Context) (*big.Int, error) {
	return view(ctx, d.c, d.Addr, d.abi.PackModelId(), d.abi.UnpackModelId)
}

// Answer reads what the oracle delivered for request id.
func (d *TensorConsumer) Answer(ctx context.Context, id *big.Int) (bindings.TensorConsumerAnswer, error) {
	return view(ctx, d.c, d.Addr, d.abi.PackAnswer(id), d.abi.UnpackAnswer)
}

// AskTx asks the model about input (its inputs' bytes concatenated), paying fee.
func (d *TensorConsumer) AskTx(input []byte, fee *big.Int) Tx {
	return Tx{To: d.Addr, Data: d.abi.PackAsk(input), Value: fee}
}
