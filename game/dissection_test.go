package game

import (
	"encoding/binary"
	"fmt"
	"testing"

	"github.com/opml-dev/opml/internal/keccak"
)

// trace is a party's view of a computation: the value at every position, honest up to lieFrom and different
// from there on (lieFrom beyond the end: honest).
func trace(lieFrom uint64) Truth {
	return func(pos uint64) (Hash, error) {
		var b [9]byte
		binary.BigEndian.PutUint64(b[:], pos)
		if pos >= lieFrom {
			b[8] = 1
		}
		return keccak.Sum256(b[:]), nil
	}
}

// play runs one level between an asserter and a challenger, each answering from its own trace, and returns the
// final one-step interval.
func play(t testing.TB, m uint64, k int, asserter, challenger Truth) *Level {
	t.Helper()
	start, _ := asserter(0)
	claim, _ := asserter(m)
	l, err := NewLevel(k, m, start, claim)
	if err != nil {
		t.Fatal(err)
	}
	for !l.Done() {
		pos := l.Checkpoints()
		vals := make([]Hash, len(pos))
		for i, p := range pos {
			vals[i], _ = asserter(p)
		}
		if err := l.Dissect(vals); err != nil {
			t.Fatal(err)
		}
		part, err := PickPart(l.Lo, l.Hi, pos, vals, challenger)
		if err != nil {
			t.Fatal(err)
		}
		if err := l.Choose(part); err != nil {
			t.Fatal(err)
		}
	}
	if l.Moves > Rounds(m, k) {
		t.Fatalf("m=%d k=%d: %d moves, more than the %d rounds the bound allows", m, k, l.Moves, Rounds(m, k))
	}
	return l
}

// TestHonestPartyWins: whoever is honest, the final step exposes the liar: with a lying asserter the agreed
// start is right and the claimed end wrong; with an honest asserter both ends are right.
func TestHonestPartyWins(t *testing.T) {
	honest := trace(1 << 63)
	for _, m := range []uint64{1, 2, 7, 100, 1 << 20, 1<<32 + 12345, 1 << 62} {
		for _, k := range []int{1, 2, 3, 7, 16} {
			for _, lieFrom := range []uint64{1, m / 3, m / 2, m - 1, m} {
				if lieFrom == 0 || lieFrom > m {
					continue
				}
				t.Run(fmt.Sprintf("m=%d/k=%d/lie@%d", m, k, lieFrom), func(t *testing.T) {
					l := play(t, m, k, trace(lieFrom), honest)
					lo, _ := honest(l.Lo)
					hi, _ := honest(l.Hi)
					if l.LoValue != lo || l.HiValue == hi {
						t.Fatalf("lying asserter not exposed: step %d→%d", l.Lo, l.Hi)
					}
					if l.Hi != lieFrom {
						t.Fatalf("final step ends at %d, the first lie is at %d", l.Hi, lieFrom)
					}
					// An honest asserter against a lying challenger: both ends stay the asserter's true values.
					l = play(t, m, k, honest, trace(lieFrom))
					lo, _ = honest(l.Lo)
					hi, _ = honest(l.Hi)
					if l.LoValue != lo || l.HiValue != hi {
						t.Fatalf("honest asserter's final step %d→%d is not its own", l.Lo, l.Hi)
					}
				})
			}
		}
	}
}

func TestRounds(t *testing.T) {
	cases := []struct {
		m    uint64
		k    int
		want int
	}{{1, 1, 0}, {2, 1, 1}, {1024, 1, 10}, {1 << 32, 1, 32}, {1 << 32, 3, 16}, {1 << 32, 15, 8}, {3, 2, 1}, {9, 2, 2}, {10, 2, 3}}
	for _, c := range cases {
		if got := Rounds(c.m, c.k); got != c.want {
			t.Errorf("Rounds(%d, %d) = %d, want %d (⌈log_%d %d⌉)", c.m, c.k, got, c.want, c.k+1, c.m)
		}
	}
}

func TestLevelRejectsBadMoves(t *testing.T) {
	l, _ := NewLevel(3, 100, Hash{}, Hash{1})
	if err := l.Choose(0); err == nil {
		t.Fatal("a choice before any dissection was accepted")
	}
	if err := l.Dissect(make([]Hash, 2)); err == nil {
		t.Fatal("2 values for 3 checkpoints accepted")
	}
	if err := l.Dissect(make([]Hash, 3)); err != nil {
		t.Fatal(err)
	}
	if err := l.Dissect(make([]Hash, 3)); err == nil {
		t.Fatal("a second dissection before the choice accepted")
	}
	if err := l.Choose(4); err == nil {
		t.Fatal("part 4 of 4 accepted")
	}
	if _, err := NewLevel(0, 10, Hash{}, Hash{}); err == nil {
		t.Fatal("k = 0 accepted")
	}
}
