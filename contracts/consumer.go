package contracts

import (
	"context"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/opml-dev/opml/chain"
	"github.com/opml-dev/opml/contracts/bindings"
)

// DigitConsumer is a typed client of the example dApp DigitConsumer.
type DigitConsumer struct {
	c    *chain.Chain
	Addr common.Address
	abi  *bindings.DigitConsumer
}

// NewDigitConsumer returns a client of the DigitConsumer at addr, calling through c.
func NewDigitConsumer(c *chain.Chain, addr common.Address) *DigitConsumer {
	return &DigitConsumer{c: c, Addr: addr, abi: bindings.NewDigitConsumer()}
}

// Oracle reads the oracle the dApp asks.
func (d *DigitConsumer) Oracle(ctx context.Context) (common.Address, error) {
	return view(ctx, d.c, d.Addr, d.abi.PackAiOracle(), d.abi.UnpackAiOracle)
}

// ModelID reads the model the dApp asks.
func (d *DigitConsumer) ModelID(ctx context.Context) (*big.Int, error) {
	return view(ctx, d.c, d.Addr, d.abi.PackModelId(), d.abi.UnpackModelId)
}

// Fee reads the fee ask must carry.
func (d *DigitConsumer) Fee(ctx context.Context) (*big.Int, error) {
	fee, err := view(ctx, d.c, d.Addr, d.abi.PackFee(), d.abi.UnpackFee)
	return fee, err
}

// Answer reads what the oracle delivered for request id.
func (d *DigitConsumer) Answer(ctx context.Context, id *big.Int) (bindings.DigitConsumerAnswer, error) {
	return view(ctx, d.c, d.Addr, d.abi.PackAnswer(id), d.abi.UnpackAnswer)
}

// AskTx asks for the digit in a 784-byte image, paying fee.
func (d *DigitConsumer) AskTx(image []byte, fee *big.Int) Tx {
	return Tx{To: d.Addr, Data: d.abi.PackAsk(image), Value: fee}
}

// ReclaimFeeTx takes back the fee of a request that got no result.
func (d *DigitConsumer) ReclaimFeeTx(id *big.Int) Tx {
	return Tx{To: d.Addr, Data: d.abi.PackReclaimFee(id)}
}
