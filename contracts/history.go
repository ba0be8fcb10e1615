package contracts

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// RequestHistory is what happened to one request, from the oracle's events: the entries revealed, the games
// played on it, and the transactions that finalized and delivered its result.
type RequestHistory struct {
	Entries int      // entries revealed
	Games   []uint64 // the games played on it (Disputed events), in order
	// FinalizedTx finalized the request; DeliveredTx called the dApp back (the same transaction when the
	// callback ran within finalize); Delivered: the callback succeeded. Zero hashes: not yet.
	FinalizedTx, DeliveredTx common.Hash
	FinalizedBlock           uint64
	DeliveredBlock           uint64
	Delivered                bool
	// ResultTx emitted AICallbackResult, the result delivered (with or without a callback).
	ResultTx    common.Hash
	ResultBlock uint64
}

// Disputed reports whether any game was played on the request.
func (h *RequestHistory) Disputed() bool { return len(h.Games) > 0 }

// History reads request id's events from block from on (the request's block, or 0).
func (o *Oracle) History(ctx context.Context, id *big.Int, from uint64) (*RequestHistory, error) {
	abi := o.abi.GetABI()
	topics := make([]common.Hash, 0, 4)
	for _, name := range []string{"Revealed", "Disputed", "Finalized", "Delivered"} {
		topics = append(topics, abi.Events[name].ID)
	}
	logs, err := o.c.Client().FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(from),
		Addresses: []common.Address{o.Addr},
		Topics:    [][]common.Hash{topics, {common.BigToHash(id)}},
	})
	if err != nil {
		return nil, fmt.Errorf("read the events of request %v: %w", id, err)
	}
	// AICallbackResult has the request id as its second indexed argument.
	results, err := o.c.Client().FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(from),
		Addresses: []common.Address{o.Addr},
		Topics:    [][]common.Hash{{abi.Events["AICallbackResult"].ID}, nil, {common.BigToHash(id)}},
	})
	if err != nil {
		return nil, fmt.Errorf("read the results of request %v: %w", id, err)
	}
	logs = append(logs, results...)
	h := &RequestHistory{}
	for i := range logs {
		if err := h.add(o, &logs[i]); err != nil {
			return nil, err
		}
	}
	return h, nil
}

func (h *RequestHistory) add(o *Oracle, lg *types.Log) error {
	if lg.Removed {
		return nil
	}
	switch lg.Topics[0] {
	case o.abi.GetABI().Events["Revealed"].ID:
		h.Entries++
	case o.abi.GetABI().Events["Disputed"].ID:
		ev, err := o.abi.UnpackDisputedEvent(lg)
		if err != nil {
			return fmt.Errorf("decode a Disputed event: %w", err)
		}
		h.Games = append(h.Games, ev.GameId.Uint64())
	case o.abi.GetABI().Events["Finalized"].ID:
		h.FinalizedTx, h.FinalizedBlock = lg.TxHash, lg.BlockNumber
	case o.abi.GetABI().Events["AICallbackResult"].ID:
		h.ResultTx, h.ResultBlock = lg.TxHash, lg.BlockNumber
	case o.abi.GetABI().Events["Delivered"].ID:
		ev, err := o.abi.UnpackDeliveredEvent(lg)
		if err != nil {
			return fmt.Errorf("decode a Delivered event: %w", err)
		}
		// A failed callback may be retried (deliver): the last attempt counts.
		h.DeliveredTx, h.DeliveredBlock, h.Delivered = lg.TxHash, lg.BlockNumber, ev.Success
	}
	return nil
}
