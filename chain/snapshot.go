package chain

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// Snapshot marks the chain's current head, to go back to with Revert: the way tests make a reorganisation (on
// the embedded chain by forking from the head's hash, on development nodes with evm_snapshot).
func (c *Chain) Snapshot(ctx context.Context) (string, error) {
	if c.conn.snapshot == nil {
		return "", errors.New("chain: this chain takes no snapshots")
	}
	c.conn.mu.Lock()
	defer c.conn.mu.Unlock()
	id, err := c.conn.snapshot(ctx)
	if err != nil {
		return "", fmt.Errorf("chain: snapshot: %w", err)
	}
	return id, nil
}

// Revert makes the chain's head the block Snapshot marked: the blocks after it are dropped with their
// transactions, and new blocks build on it (a reorganisation, as nodes see one).
func (c *Chain) Revert(ctx context.Context, id string) error {
	if c.conn.revert == nil {
		return errors.New("chain: this chain cannot revert")
	}
	c.conn.mu.Lock()
	defer c.conn.mu.Unlock()
	if err := c.conn.revert(ctx, id); err != nil {
		return fmt.Errorf("chain: revert to %s: %w", id, err)
	}
	return nil
}

// retry calls f until it succeeds, ctx is done or it fails with an error other than the busy one (which the
// simulated backend gives while its transaction pool settles after a block).
func retry(ctx context.Context, f func() error, busy func(error) bool) error {
	for {
		err := f()
		if err == nil || !busy(err) {
			return err
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(5 * time.Millisecond):
		}
	}
}
