package chain

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// DevAPI is the "evm" JSON-RPC namespace of the embedded chain: the development methods of anvil and Hardhat that
// dApp test suites (viem's test actions, ethers scripts, Foundry scripts against a local node) use to move time and
// undo state. Each seals blocks under the chain's own lock, so it is ordered with the transactions a Chain sends.
//
//	evm_increaseTime(seconds)        seal the pending transactions, then an empty block seconds later than the head;
//	                                 returns the seconds (later blocks follow the wall clock from there)
//	evm_mine([timestamp])            seal a block (at timestamp, if given); returns "0x0"
//	evm_setNextBlockTimestamp(t)     the next block gets timestamp t (an empty block is sealed at t-1 now)
//	evm_snapshot()                   remember the head; returns an id
//	evm_revert(id)                   drop the pending transactions and return the chain to snapshot id's head;
//	                                 that snapshot and later ones are used up (Hardhat's rule); false for an
//	                                 unknown id. Block time does not go back: later blocks are later than any
//	                                 sealed so far.
//
// Quantities may be JSON numbers or hex strings ("0x3c"), as the clients send either.
type DevAPI struct {
	dev *devNode
	mu  *sync.Mutex // the chain's send-and-seal lock

	snapMu    sync.Mutex
	snapshots []common.Hash // id i+1 is snapshots[i]; a used-up id is the zero hash
}

// Quantity is a JSON-RPC integer parameter given as a number or as a hex or decimal string.
type Quantity uint64

// UnmarshalJSON reads 60, "60" or "0x3c".
func (q *Quantity) UnmarshalJSON(b []byte) error {
	s := strings.TrimSpace(string(b))
	if unq, err := strconv.Unquote(s); err == nil {
		s = unq
	}
	var v uint64
	var err error
	if strings.HasPrefix(s, "0x") || strings.HasPrefix(s, "0X") {
		v, err = strconv.ParseUint(s[2:], 16, 64)
	} else {
		var n json.Number = json.Number(s)
		var i int64
		if i, err = n.Int64(); err == nil && i < 0 {
			err = errors.New("negative")
		}
		v = uint64(i)
	}
	if err != nil {
		return fmt.Errorf("%s is not a quantity (want a number or 0x-hex)", b)
	}
	*q = Quantity(v)
	return nil
}

// sealPending seals a block if transactions wait in the pool.
func (api *DevAPI) sealPending() {
	if n, _ := api.dev.pending(); n > 0 {
		api.dev.beacon.Commit()
	}
}

// IncreaseTime is evm_increaseTime.
func (api *DevAPI) IncreaseTime(ctx context.Context, seconds Quantity) (hexutil.Uint64, error) {
	if seconds == 0 {
		return 0, nil
	}
	if seconds > 100*365*24*3600 {
		return 0, fmt.Errorf("evm_increaseTime: %d seconds is more than a century", seconds)
	}
	api.mu.Lock()
	defer api.mu.Unlock()
	api.sealPending()
	if err := api.dev.adjustTime(ctx, time.Duration(seconds)*time.Second); err != nil {
		return 0, err
	}
	return hexutil.Uint64(seconds), nil
}

// Mine is evm_mine.
func (api *DevAPI) Mine(ctx context.Context, timestamp *Quantity) (string, error) {
	api.mu.Lock()
	defer api.mu.Unlock()
	if timestamp != nil {
		if err := api.setNext(ctx, uint64(*timestamp)); err != nil {
			return "", err
		}
	}
	api.dev.beacon.Commit()
	return "0x0", nil
}

// SetNextBlockTimestamp is evm_setNextBlockTimestamp.
func (api *DevAPI) SetNextBlockTimestamp(ctx context.Context, timestamp Quantity) error {
	api.mu.Lock()
	defer api.mu.Unlock()
	return api.setNext(ctx, uint64(timestamp))
}

// setNext seals the pending transactions and an empty block at t-1, so that the next block, sealed before the
// wall clock passes t, gets t.
func (api *DevAPI) setNext(ctx context.Context, t uint64) error {
	api.sealPending()
	head := api.dev.eth.BlockChain().CurrentBlock()
	if t <= head.Time+1 {
		return fmt.Errorf("timestamp %d is not later than the next block's %d", t, head.Time+1)
	}
	if t-1 > head.Time {
		return api.dev.adjustTime(ctx, time.Duration(t-1-head.Time)*time.Second)
	}
	return nil
}

// Snapshot is evm_snapshot.
func (api *DevAPI) Snapshot() (hexutil.Uint64, error) {
	api.mu.Lock()
	defer api.mu.Unlock()
	api.sealPending()
	api.snapMu.Lock()
	defer api.snapMu.Unlock()
	api.snapshots = append(api.snapshots, api.dev.eth.BlockChain().CurrentBlock().Hash())
	return hexutil.Uint64(len(api.snapshots)), nil
}

// Revert is evm_revert.
func (api *DevAPI) Revert(id Quantity) (bool, error) {
	api.mu.Lock()
	defer api.mu.Unlock()
	api.snapMu.Lock()
	defer api.snapMu.Unlock()
	if id < 1 || int(id) > len(api.snapshots) || api.snapshots[id-1] == (common.Hash{}) {
		return false, nil
	}
	hash := api.snapshots[id-1]
	api.dev.beacon.Rollback()
	if err := api.dev.beacon.Fork(hash); err != nil {
		return false, fmt.Errorf("evm_revert: %w", err)
	}
	for i := int(id) - 1; i < len(api.snapshots); i++ {
		api.snapshots[i] = common.Hash{}
	}
	return true, nil
}
