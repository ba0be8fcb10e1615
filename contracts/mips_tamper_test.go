package contracts_test

import (
	"context"
	"math/big"
	"slices"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/opml-dev/opml/chain"
	"github.com/opml-dev/opml/contracts/bindings"
	"github.com/opml-dev/opml/vm"
	"github.com/opml-dev/opml/vm/vmtest"
)

// witnessAt runs the machine for skip steps and returns the witness of the next one (already checked on both
// verifiers).
func (v *verifier) witnessAt(t *testing.T, m *machine, skip int) *vm.Witness {
	t.Helper()
	e := m.emulator(t)
	for i := 0; i < skip; i++ {
		if err := e.Step(); err != nil {
			t.Fatal(err)
		}
	}
	return v.prove(t, e, "honest witness")
}

func tampered(w *vm.Witness, edit func(w *vm.Witness)) *vm.Witness {
	c := *w
	c.State = slices.Clone(w.State)
	c.Proof = slices.Clone(w.Proof)
	edit(&c)
	return &c
}

// TestMIPSTampering requires MIPS.step to revert, with the reason named, on witnesses that are wrong: a memory
// proof that does not match the root, proofs out of order, a truncated proof, a malformed or wrong pre-state,
// a thread witness that does not hash to the todo stack. vm.StatelessStep must reject each of them too.
func TestMIPSTampering(t *testing.T) {
	v := newVerifier(t)
	// sw t1, 4(t0): a fetch proof and a data proof.
	store := v.witnessAt(t, &machine{code: []uint32{vmtest.I(43, t0, t1, 4)}, regs: map[int]uint32{t0: dataBase, t1: 0xCAFE}}, 0)
	if len(store.Proof) != 2*vm.ProofSize {
		t.Fatalf("store witness has %d proof bytes", len(store.Proof))
	}
	cases := []struct {
		name string
		w    *vm.Witness
		want string
	}{
		{"fetch leaf flipped", tampered(store, func(w *vm.Witness) { w.Proof[5] ^= 1 }), "InvalidMemoryProof"},
		{"fetch sibling flipped", tampered(store, func(w *vm.Witness) { w.Proof[32*20+7] ^= 0x80 }), "InvalidMemoryProof"},
		{"data leaf flipped", tampered(store, func(w *vm.Witness) { w.Proof[vm.ProofSize+4] ^= 1 }), "InvalidMemoryProof"},
		{"data top sibling flipped", tampered(store, func(w *vm.Witness) { w.Proof[2*vm.ProofSize-1] ^= 1 }), "InvalidMemoryProof"},
		{"proofs swapped", tampered(store, func(w *vm.Witness) {
			w.Proof = append(slices.Clone(w.Proof[vm.ProofSize:]), w.Proof[:vm.ProofSize]...)
		}), "InvalidMemoryProof"},
		{"proof one byte short", tampered(store, func(w *vm.Witness) { w.Proof = w.Proof[:len(w.Proof)-1] }), "ProofTooShort"},
		{"data proof missing", tampered(store, func(w *vm.Witness) { w.Proof = w.Proof[:vm.ProofSize] }), "ProofTooShort"},
		{"no proof", tampered(store, func(w *vm.Witness) { w.Proof = nil }), "ProofTooShort"},
		{"memory root changed", tampered(store, func(w *vm.Witness) { w.State[31] ^= 1 }), "InvalidMemoryProof"},
		{"state one byte short", tampered(store, func(w *vm.Witness) { w.State = w.State[:vm.StateSize-1] }), "StateLengthInvalid"},
		{"state one byte long", tampered(store, func(w *vm.Witness) { w.State = append(w.State, 0) }), "StateLengthInvalid"},
		{"no state", tampered(store, func(w *vm.Witness) { w.State = nil }), "StateLengthInvalid"},
		{"unknown flag", tampered(store, func(w *vm.Witness) { w.State[76] = 4 }), "StateFieldInvalid"},
		{"exited byte 2", tampered(store, func(w *vm.Witness) { w.State[78] = 2 }), "StateFieldInvalid"},
		{"unknown fault code", tampered(store, func(w *vm.Witness) { w.State[79] = 7 }), "StateFieldInvalid"},
	}

	// A switch step: clone, then yield, so the next step pops the child.
	code := append(sys(4120, 0x10100, 0x7000), sys(4162)...)
	m := &machine{code: code}
	sw := v.witnessAt(t, m, len(code))
	if len(sw.Proof) != vm.ThreadSize+32 {
		t.Fatalf("switch witness has %d proof bytes", len(sw.Proof))
	}
	cases = append(cases, []struct {
		name string
		w    *vm.Witness
		want string
	}{
		{"switch: thread register changed", tampered(sw, func(w *vm.Witness) { w.Proof[20+4*29+3] ^= 1 }), "ThreadWitnessMismatch"},
		{"switch: stack beneath changed", tampered(sw, func(w *vm.Witness) { w.Proof[vm.ThreadSize] ^= 1 }), "ThreadWitnessMismatch"},
		{"switch: todo changed", tampered(sw, func(w *vm.Witness) { w.State[100] ^= 1 }), "ThreadWitnessMismatch"},
		{"switch: witness one byte short", tampered(sw, func(w *vm.Witness) { w.Proof = w.Proof[:len(w.Proof)-1] }), "ProofTooShort"},
		{"switch: no witness", tampered(sw, func(w *vm.Witness) { w.Proof = nil }), "ProofTooShort"},
	}...)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { v.expectRevert(t, c.w, c.want) })
	}

	// Bytes after those a step uses are ignored by both verifiers, so they cannot change the outcome.
	padded := tampered(store, func(w *vm.Witness) { w.Proof = append(w.Proof, make([]byte, 100)...) })
	v.check(t, padded, vmtest.I(43, t0, t1, 4), "proof with trailing bytes")

	// A pre-state that differs from the honest one in a register is a valid claim about another state: both
	// verifiers compute the same post-state, which differs from the honest one.
	other := tampered(store, func(w *vm.Witness) { w.State[164+20+4*t1+3] ^= 1 })
	goPost, err := vm.StatelessStep(other)
	if err != nil {
		t.Fatal(err)
	}
	post, _, err := v.evm.step(other.State, other.Proof)
	if err != nil || post != goPost || post == store.PostStateHash {
		t.Fatalf("changed register: MIPS.step %x (%v), vm.StatelessStep %x, honest %x", post, err, goPost, store.PostStateHash)
	}
}

// TestMIPSOracleNotLoaded requires MIPS.step to revert when the oracle part a read needs is not on chain, also
// when it was loaded for another dispute (localContext) or by another caller.
func TestMIPSOracleNotLoaded(t *testing.T) {
	v := newVerifier(t)
	store := vm.NewPreimageStore()
	lkey := vm.LocalKey(3)
	local := []byte("local input of one dispute")
	if err := store.AddLocal(lkey, local); err != nil {
		t.Fatal(err)
	}
	data := []byte("a keccak256 preimage")
	kkey := store.AddKeccak256(data)
	for _, key := range [][32]byte{kkey, lkey} {
		code := sys(4003, 5, dataBase, 32)
		m := &machine{code: code, oracle: store, setup: func(s *vm.State) { s.PreimageKey = key }}
		e := m.emulator(t)
		for i := 0; i < len(code)-1; i++ {
			if err := e.Step(); err != nil {
				t.Fatal(err)
			}
		}
		w, err := e.ProveStep()
		if err != nil {
			t.Fatal(err)
		}
		if w.Oracle == nil {
			t.Fatal("the read step carries no oracle datum")
		}
		expectNotLoaded := func(what string) {
			t.Helper()
			_, _, err := v.evm.step(w.State, w.Proof)
			if err == nil {
				t.Fatalf("key type %d, %s: MIPS.step succeeded without the oracle part", key[0], what)
			}
			if re, ok := err.(*revertError); !ok || !strings.HasPrefix(re.reason, "preimage part not loaded") {
				t.Fatalf("key type %d, %s: %v, want the oracle's 'preimage part not loaded'", key[0], what, err)
			}
		}
		expectNotLoaded("nothing loaded")
		if key[0] == vm.KeyTypeLocal {
			// Loaded for another dispute, and by another caller for this dispute: neither is readable here.
			oracle := bindings.NewPreimageOracle()
			if _, _, err := v.evm.call(v.evm.oracle, oracle.PackLoadLocalData(lkey, [32]byte{0xbb}, local, big.NewInt(0))); err != nil {
				t.Fatal(err)
			}
			v.evm.cfg.Origin = common.HexToAddress("0x0000000000000000000000000000000000000bad")
			_, _, err := v.evm.call(v.evm.oracle, oracle.PackLoadLocalData(lkey, testLocalContext, local, big.NewInt(0)))
			v.evm.cfg.Origin = stepCaller
			if err != nil {
				t.Fatal(err)
			}
			expectNotLoaded("loaded for another context and by another caller")
		}
		// Once loaded as the spec says, the same witness verifies.
		v.preimages[key] = store2data(key, kkey, data, local)
		v.check(t, w, syscall, "read after loading")
	}
}

func store2data(key, kkey [32]byte, keccakData, local []byte) []byte {
	if key == kkey {
		return keccakData
	}
	return local
}

// TestMIPSOnEmbeddedChain deploys the oracle and MIPS on the embedded chain and checks steps through eth_call
// and as mined transactions, reporting the whole transaction's gas (base, calldata and execution).
func TestMIPSOnEmbeddedChain(t *testing.T) {
	c, err := chain.NewEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	ctx := context.Background()
	oracleAddr, _, err := c.Deploy(ctx, &bindings.PreimageOracleMetaData, nil)
	if err != nil {
		t.Fatal(err)
	}
	mips := bindings.NewMIPS()
	mipsAddr, receipt, err := c.Deploy(ctx, &bindings.MIPSMetaData, mips.PackConstructor(oracleAddr))
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("MIPS deployment: %d gas", receipt.GasUsed)
	code := []uint32{vmtest.I(9, 0, t0, 0x40), vmtest.I(15, 0, t1, 2), vmtest.I(43, t1, t0, 8), vmtest.I(35, t1, t2, 8),
		vmtest.I(4, t0, t2, 2), nop, vmtest.R(13, 0, 0, 0, 0), vmtest.R(33, t0, t2, t2, 0)}
	e := (&machine{code: code}).emulator(t)
	for i := 0; i < 6; i++ {
		insn := e.Mem.Word(e.State.Thread.PC)
		w, err := e.ProveStep()
		if err != nil {
			t.Fatal(err)
		}
		calldata := mips.PackStep(w.State, w.Proof, testLocalContext)
		post, err := chain.Call(ctx, c, mipsAddr, calldata, mips.UnpackStep)
		if err != nil {
			t.Fatalf("step %d: %v", i+1, err)
		}
		if post != w.PostStateHash {
			t.Fatalf("step %d: MIPS.step %x, emulator %x", i+1, post, w.PostStateHash)
		}
		r, err := c.Transact(ctx, mipsAddr, calldata)
		if err != nil {
			t.Fatalf("step %d as a transaction: %v", i+1, err)
		}
		t.Logf("step %d (insn %08x, %s): transaction gas %d, calldata %d bytes", i+1, insn,
			stepClass(w, insn, post), r.GasUsed, len(calldata))
	}
	if e.State.Thread.Regs[t2] != 0x40 {
		t.Fatalf("program did not run as written: t2 = %#x", e.State.Thread.Regs[t2])
	}
}
