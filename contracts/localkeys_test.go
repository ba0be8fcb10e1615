package contracts_test

import (
	"encoding/binary"
	"math/big"
	"strings"
	"testing"

	"github.com/opml-dev/opml/game"
	"github.com/opml-dev/opml/vm"
)

// TestLocalKeysInGames: in the oracle's games every local preimage key reads as the empty stream
// (game.GameOracle), and DisputeGame.loadLocalData loads it for a game, localized where MIPS.step reads it. A
// program that reads a local key is played down to that very step: the challenger's proof reverts until the
// part is loaded, and then settles the game, with the Go VM and MIPS.sol agreeing on the step.
func TestLocalKeysInGames(t *testing.T) {
	key := vm.LocalKey(3)
	keyAddr := uint32(dataBase + 0x100)
	mem := map[uint32]uint32{}
	for i := 0; i < 8; i++ {
		mem[keyAddr+uint32(4*i)] = binary.BigEndian.Uint32(key[4*i:])
	}
	// write(6, key, 32); read(5, buf, 8); read(5, buf, 8); exit_group(0)
	code := append(sys(4004, 6, keyAddr, 32), sys(4003, 5, dataBase, 8)...)
	code = append(code, sys(4003, 5, dataBase, 8)...)
	code = append(code, sys(4246, 0)...)
	m := &machine{code: code, mem: mem}
	fresh := func() *vm.Emulator {
		e := m.emulator(t)
		e.Oracle = game.GameOracle{}
		return e
	}
	// The truth, and the step that reads the key.
	e0 := fresh()
	hashes := []game.Hash{e0.StateHash()}
	readStep := uint64(0)
	for !e0.State.Halted() {
		w, err := e0.ProveStep()
		if err != nil {
			t.Fatal(err)
		}
		if w.Oracle != nil && readStep == 0 {
			readStep = e0.State.Step - 1
			if w.Oracle.Key != key || w.Oracle.Length != 8 {
				t.Fatalf("the read gets %+v, want the 8-byte length prefix of the empty stream", w.Oracle)
			}
		}
		hashes = append(hashes, e0.StateHash())
	}
	if readStep == 0 || e0.State.Status() != vm.StatusExitedOK {
		t.Fatalf("the program read no key (%d) or did not exit 0 (%v)", readStep, e0.State.Status())
	}
	truth := func(p uint64) (game.Hash, error) { return hashes[min(p, uint64(len(hashes)-1))], nil }
	// The asserter lies from the step after the read: the game ends on the read.
	liar := func(p uint64) (game.Hash, error) {
		if p <= readStep {
			return truth(p)
		}
		h := game.Hash{3, byte(p)}
		return h, nil
	}
	ge := newGameEVM(t, 3)
	const steps = 64
	start, _ := truth(0)
	claim, _ := liar(steps)
	ret, _, err := ge.send(bystander, ge.resolver, ge.r.PackOpenVM(asserterAddr, challengAddr, start, claim, steps))
	if err != nil {
		t.Fatal(err)
	}
	id, _ := ge.r.UnpackOpenVM(ret)
	ref := narrow(t, ge, id, 3, liar, func(lo, hi uint64, positions []uint64, values []game.Hash) (int, error) {
		return game.PickPart(lo, hi, positions, values, truth)
	}, &gameStats{})
	if ref.Lo != readStep {
		t.Fatalf("the game narrowed to the step from %d, want the read from %d", ref.Lo, readStep)
	}
	e := fresh()
	if err := e.Run(readStep); err != nil {
		t.Fatal(err)
	}
	w, err := e.ProveStep()
	if err != nil {
		t.Fatal(err)
	}
	if post, err := vm.StatelessStep(w); err != nil || post != hashes[readStep+1] {
		t.Fatalf("the Go verifier: %x (%v), want %x", post, err, hashes[readStep+1])
	}
	prove := ge.g.PackProveStep(id, w.State, w.Proof)
	if _, _, err := ge.send(challengAddr, ge.game, prove); err == nil || !strings.Contains(err.Error(), "not loaded") {
		t.Fatalf("proveStep before the local data is loaded: %v, want a revert", err)
	}
	if _, _, err := ge.send(bystander, ge.game, ge.g.PackLoadLocalData(big.NewInt(999), key, big.NewInt(0))); err == nil {
		t.Fatal("loadLocalData for a game that does not exist succeeded")
	}
	if _, _, err := ge.send(bystander, ge.game, ge.g.PackLoadLocalData(id, key, new(big.Int).SetUint64(uint64(w.Oracle.Offset)))); err != nil {
		t.Fatalf("loadLocalData: %v", err)
	}
	if _, _, err := ge.send(challengAddr, ge.game, prove); err != nil {
		t.Fatalf("proveStep: %v", err)
	}
	if winner, _ := ge.winner(t, id); winner != challengAddr {
		t.Fatalf("the winner is %x, want the challenger", winner)
	}
}
