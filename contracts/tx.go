package contracts

import (
	"context"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/opml-dev/opml/chain"
)

// Tx is a contract call to send as a transaction: built by the typed clients, sent by whoever keeps the books
// (an agent books its gas and bonds; Send is the plain way).
type Tx struct {
	To    common.Address
	Data  []byte
	Value *big.Int // nil: none
}

// Send signs tx with c's key, sends it and waits for the receipt (chain.Chain.TransactValue).
func (tx Tx) Send(ctx context.Context, c *chain.Chain) (*types.Receipt, error) {
	return c.TransactValue(ctx, tx.To, tx.Data, tx.Value)
}

// view runs a read-only call on c and decodes its result.
func view[T any](ctx context.Context, c *chain.Chain, to common.Address, calldata []byte, unpack func([]byte) (T, error)) (T, error) {
	return chain.Call(ctx, c, to, calldata, unpack)
}
