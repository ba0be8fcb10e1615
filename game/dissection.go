// Package game owns the dispute game's logic, shared by the contracts' Go twins and the agents (docs/game.md):
// how an interval of positions is dissected, which part an honest challenger picks, and a referee that plays one
// level of the game the way the dispute contract does; the Go twins of what the contracts compute and check (a
// model's registration, a request's agreed start, the claim a result binds, the phase handoff from the graph
// level into a node's VM level); and Computation, one party's view of a request, honest or lying, which gives
// its value at every position of every level and the moves that prove them.
//
// The package is chain-agnostic: it speaks in hashes and byte strings, which the agents convert to contract
// bindings.
package game

import (
	"errors"
	"fmt"
	"math/bits"
)

// Hash is a claimed value at a position: a graph state root or a VM state hash.
type Hash = [32]byte

// Split returns the checkpoint positions the asserter posts for the interval [lo, hi] with k checkpoints per
// move: the k interior points that cut it into k+1 parts as equal as integer division allows, or every
// interior point when the interval has fewer than k of them.
func Split(lo, hi uint64, k int) []uint64 {
	if hi <= lo+1 || k < 1 {
		return nil
	}
	span := hi - lo
	if span-1 <= uint64(k) {
		out := make([]uint64, 0, span-1)
		for p := lo + 1; p < hi; p++ {
			out = append(out, p)
		}
		return out
	}
	out := make([]uint64, k)
	for i := range out {
		out[i] = lo + mulDiv(span, uint64(i+1), uint64(k+1))
	}
	return out
}

// mulDiv returns a·b/c without overflow; callers have b < c, so the quotient fits in 64 bits.
func mulDiv(a, b, c uint64) uint64 {
	hi, lo := bits.Mul64(a, b)
	q, _ := bits.Div64(hi, lo, c)
	return q
}

// Rounds returns how many dissections narrow [0, m] to a single step with k checkpoints per move.
func Rounds(m uint64, k int) int {
	r := 0
	for lo, hi := uint64(0), m; hi > lo+1; r++ {
		cps := Split(lo, hi, k)
		// The worst case is the widest part.
		widest, prev, bestLo := uint64(0), lo, lo
		for _, p := range append(cps, hi) {
			if p-prev > widest {
				widest, bestLo = p-prev, prev
			}
			prev = p
		}
		lo, hi = bestLo, bestLo+widest
	}
	return r
}

// Truth gives a party's own value at a position (what it computed).
type Truth func(pos uint64) (Hash, error)

// PickPart is the honest challenger's move: given the asserter's checkpoints for [lo, hi] (whose value at lo it
// accepts and at hi disputes), it returns the index of the first part whose end it disputes: part i spans from
// checkpoint i−1 (or lo) to checkpoint i (or hi, for i = len(checkpoints)).
func PickPart(lo, hi uint64, positions []uint64, values []Hash, truth Truth) (int, error) {
	if len(positions) != len(values) {
		return 0, errors.New("game: checkpoint positions and values differ in number")
	}
	for i, p := range positions {
		mine, err := truth(p)
		if err != nil {
			return 0, err
		}
		if mine != values[i] {
			return i, nil
		}
	}
	return len(positions), nil
}

// Level is one level of a game: an interval whose start value is agreed and whose end value is disputed,
// narrowed move by move until it is a single step.
type Level struct {
	K              int
	Lo, Hi         uint64
	LoValue        Hash // agreed
	HiValue        Hash // the asserter's claim, disputed
	Moves          int  // dissections so far
	pendingPos     []uint64
	pendingValues  []Hash
	awaitingChoice bool
}

// NewLevel starts a level over [0, m] with the agreed start value and the asserter's claimed end value.
func NewLevel(k int, m uint64, start, claim Hash) (*Level, error) {
	if k < 1 {
		return nil, fmt.Errorf("game: %d checkpoints per move (want at least 1)", k)
	}
	if m < 1 {
		return nil, errors.New("game: a level needs at least one step")
	}
	return &Level{K: k, Lo: 0, Hi: m, LoValue: start, HiValue: claim}, nil
}

// Done reports whether the level has narrowed to one step: the transition from (Lo, LoValue) to (Hi, HiValue)
// is what the next level or the one-step verifier settles.
func (l *Level) Done() bool { return l.Hi == l.Lo+1 }

// Checkpoints returns the positions the asserter must post values for now.
func (l *Level) Checkpoints() []uint64 { return Split(l.Lo, l.Hi, l.K) }

// Dissect records the asserter's checkpoint values.
func (l *Level) Dissect(values []Hash) error {
	switch {
	case l.Done():
		return errors.New("game: the level is already down to one step")
	case l.awaitingChoice:
		return errors.New("game: the challenger has not chosen a part yet")
	}
	pos := l.Checkpoints()
	if len(values) != len(pos) {
		return fmt.Errorf("game: %d checkpoint values for %d positions", len(values), len(pos))
	}
	l.pendingPos, l.pendingValues, l.awaitingChoice = pos, values, true
	l.Moves++
	return nil
}

// Choose records the challenger's choice of part (see PickPart) and narrows the interval to it.
func (l *Level) Choose(part int) error {
	if !l.awaitingChoice {
		return errors.New("game: no dissection to choose from")
	}
	if part < 0 || part > len(l.pendingPos) {
		return fmt.Errorf("game: part %d out of range [0, %d]", part, len(l.pendingPos))
	}
	if part > 0 {
		l.Lo, l.LoValue = l.pendingPos[part-1], l.pendingValues[part-1]
	}
	if part < len(l.pendingPos) {
		l.Hi, l.HiValue = l.pendingPos[part], l.pendingValues[part]
	}
	l.awaitingChoice = false
	l.pendingPos, l.pendingValues = nil, nil
	return nil
}
