package game

import "github.com/opml-dev/opml/vm"

// A dissection asks a party for VM states in an order that goes back: each round's checkpoints ascend, but the
// next round starts at the beginning of the part the challenger picked, before the last state asked. So no query
// replays a run from step 0, a run keeps frozen states (vm.Checkpoint, copy-on-write pages: each holds its page
// table and the pages written since the previous one) and resumes the latest one before the position asked:
//
//   - a grid taken during the first run to the halt, every `every` steps, the interval doubling (and every other
//     checkpoint dropped) whenever the grid grows past gridCheckpoints, so a run of any length keeps at most
//     gridCheckpoints+1 of them, at most halt/(gridCheckpoints/2) steps apart;
//   - the state at every position asked for a value (the agreed start of every later round is one of them), the
//     latest queriedCheckpoints of them.
//
// A query then re-executes at most the distance to the nearest earlier checkpoint: the first round's positions
// cost up to one grid interval each, later rounds start exactly at their agreed start.
const (
	gridCheckpoints    = 32
	queriedCheckpoints = 64
	firstGridInterval  = 1 << 20
)

// checkpoints are one run's frozen states.
type checkpoints struct {
	oracle     vm.Oracle // given to resumed emulators
	maxQueried int       // how many queried positions are kept (queriedCheckpoints)
	every      uint64
	grid       []*vm.Checkpoint // ascending
	queried    []*vm.Checkpoint // oldest first
}

// runKeeping runs e to its halt or to stop, keeping the grid.
func (c *checkpoints) runKeeping(e *vm.Emulator, stop uint64) error {
	c.every = firstGridInterval
	for {
		st := &e.State
		if st.Step%c.every == 0 && !st.Halted() && st.Step < stop {
			c.grid = append(c.grid, e.Checkpoint())
			if len(c.grid) > gridCheckpoints {
				c.every *= 2
				kept := c.grid[:0]
				for _, cp := range c.grid {
					if cp.Step()%c.every == 0 {
						kept = append(kept, cp)
					}
				}
				clear(c.grid[len(kept):])
				c.grid = kept
			}
		}
		if st.Halted() || st.Step >= stop {
			return nil
		}
		if err := e.Run(min(stop, (st.Step/c.every+1)*c.every)); err != nil {
			return err
		}
	}
}

// latest returns the latest checkpoint at or before pos, or nil.
func (c *checkpoints) latest(pos uint64) *vm.Checkpoint {
	var best *vm.Checkpoint
	for _, list := range [][]*vm.Checkpoint{c.grid, c.queried} {
		for _, cp := range list {
			if cp.Step() <= pos && (best == nil || cp.Step() > best.Step()) {
				best = cp
			}
		}
	}
	return best
}

// resume returns an emulator resumed from the latest checkpoint at or before pos, or nil when cur (nil: none)
// is at least as near: at or after that checkpoint and not beyond pos.
func (c *checkpoints) resume(pos uint64, cur *vm.Emulator) *vm.Emulator {
	cp := c.latest(pos)
	if cp == nil || cur != nil && cur.State.Step <= pos && cur.State.Step >= cp.Step() {
		return nil
	}
	e := cp.Resume()
	e.Oracle = c.oracle
	return e
}

// keepQueried keeps e's state, at a position just asked, unless a checkpoint is there already.
func (c *checkpoints) keepQueried(e *vm.Emulator) {
	if cp := c.latest(e.State.Step); cp != nil && cp.Step() == e.State.Step {
		return
	}
	if c.maxQueried == 0 {
		return
	}
	if len(c.queried) == c.maxQueried {
		c.queried[0] = nil
		c.queried = c.queried[1:]
	}
	c.queried = append(c.queried, e.Checkpoint())
}
