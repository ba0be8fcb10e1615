package contracts_test

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/opml-dev/opml/chain"
	"github.com/opml-dev/opml/contracts"
	"github.com/opml-dev/opml/internal/mipsbuild"
	"github.com/opml-dev/opml/vm"
	"github.com/opml-dev/opml/vm/vmtest"
)

// TestAnvilSteps deploys the oracle and MIPS on anvil over JSON-RPC (contracts.Deploy) and verifies real steps
// there: steps sampled from Go programs of the corpus and oracle reads of keccak256 and local keys must give
// the same post-state on anvil (eth_call), in vm.StatelessStep and in the emulator. For a subset, the execution
// gas anvil's tracer reports must equal what go-ethereum's EVM in process measures for the same step, which
// holds the gas figures of `opml bench onchain` to a real node's.
func TestAnvilSteps(t *testing.T) {
	programs, samples := []string{"goroutines", "strfmt", "intops"}, 120
	if testing.Short() {
		programs, samples = programs[:2], 40
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	node, err := chain.StartAnvil(ctx)
	if err != nil {
		t.Fatal(err) // no skip: anvil is part of the toolchain (scripts/install-deps)
	}
	defer func() {
		if err := node.Stop(); err != nil {
			t.Error(err)
		}
	}()
	c, err := chain.Dial(ctx, node.URL, node.Key)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	d, err := contracts.Deploy(ctx, c)
	if err != nil {
		t.Fatal(err)
	}
	local, err := contracts.NewEVM(c.From())
	if err != nil {
		t.Fatal(err)
	}
	a := &anvilChecker{ctx: ctx, d: d, evm: local, preimages: make(map[[32]byte][]byte)}

	for pi, name := range programs {
		a.sampleProgram(t, name, uint64(pi), samples)
	}
	a.oracleReads(t)

	minSteps := 300
	if testing.Short() {
		minSteps = 100
	}
	if a.steps < minSteps {
		t.Fatalf("only %d steps verified on anvil", a.steps)
	}
	if a.oracleSteps < 2 || a.switchSteps == 0 || a.traced < 20 {
		t.Fatalf("coverage: %d oracle reads, %d switch steps, %d traced steps", a.oracleSteps, a.switchSteps, a.traced)
	}
	t.Logf("%d steps verified on anvil (%d oracle reads, %d thread switches); %d traced, execution gas equal to the in-process EVM's; %d mined, transaction gas as computed",
		a.steps, a.oracleSteps, a.switchSteps, a.traced, a.mined)
}

// anvilChecker verifies witnesses on anvil and counts what it verified.
type anvilChecker struct {
	ctx       context.Context
	d         *contracts.Deployment
	evm       *contracts.EVM
	preimages map[[32]byte][]byte

	steps, oracleSteps, switchSteps, traced, mined int
}

var anvilLocalContext = [32]byte{0xa1, 0x71, 0x1e}

// check proves one step of e and requires anvil, vm.StatelessStep and the emulator to agree on it.
func (a *anvilChecker) check(t *testing.T, e *vm.Emulator, what string, trace bool) {
	t.Helper()
	switching := e.State.StepsSinceSwitch >= vm.Quantum && (e.State.Todo != [32]byte{} || e.State.Done != [32]byte{})
	w, err := e.ProveStep()
	if err != nil {
		t.Fatalf("%s: prove: %v", what, err)
	}
	goPost, err := vm.StatelessStep(w)
	if err != nil {
		t.Fatalf("%s: vm.StatelessStep: %v", what, err)
	}
	if goPost != w.PostStateHash || goPost != e.StateHash() {
		t.Fatalf("%s: vm.StatelessStep %x, witness %x, emulator %x", what, goPost, w.PostStateHash, e.StateHash())
	}
	if o := w.Oracle; o != nil {
		data, ok := a.preimages[o.Key]
		if !ok {
			t.Fatalf("%s: the step reads key %x, which the test did not supply", what, o.Key)
		}
		if err := a.d.LoadPreimagePart(a.ctx, o.Key, data, o.Offset, anvilLocalContext); err != nil {
			t.Fatalf("%s: %v", what, err)
		}
		if err := a.evm.LoadPreimagePart(o.Key, data, o.Offset, anvilLocalContext); err != nil {
			t.Fatalf("%s: %v", what, err)
		}
		a.oracleSteps++
	}
	post, err := a.d.CallStep(a.ctx, w.State, w.Proof, anvilLocalContext)
	if err != nil {
		t.Fatalf("%s: MIPS.step on anvil: %v", what, err)
	}
	if post != goPost {
		t.Fatalf("%s: MIPS.step on anvil %x, vm.StatelessStep %x", what, post, goPost)
	}
	if switching {
		a.switchSteps++
	}
	a.steps++
	if !trace {
		return
	}
	traced, err := a.d.TraceStepGas(a.ctx, w.State, w.Proof, anvilLocalContext)
	if err != nil {
		t.Fatalf("%s: %v", what, err)
	}
	evmPost, g, err := a.evm.Step(w.State, w.Proof, anvilLocalContext)
	if err != nil || evmPost != post {
		t.Fatalf("%s: in-process EVM: %x, %v; anvil %x", what, evmPost, err, post)
	}
	if traced != g.Execution {
		t.Fatalf("%s: execution gas %d on anvil, %d in the in-process EVM", what, traced, g.Execution)
	}
	a.traced++
	if a.traced%10 == 1 {
		// Mined as a transaction, the step costs what contracts.TransactionGas derives from its execution gas.
		r, err := a.d.SendStep(a.ctx, w.State, w.Proof, anvilLocalContext)
		if err != nil {
			t.Fatalf("%s: step as a transaction: %v", what, err)
		}
		if r.GasUsed != g.Transaction {
			t.Fatalf("%s: transaction gas %d on anvil, %d computed (execution %d, calldata %d bytes)", what, r.GasUsed, g.Transaction, g.Execution, g.Calldata)
		}
		a.mined++
	}
}

// sampleProgram verifies n steps at random points of a corpus program, plus the next syscall after every
// fourth and a thread switch after every fifth when the program has other threads.
func (a *anvilChecker) sampleProgram(t *testing.T, name string, seed uint64, n int) {
	t.Helper()
	path, err := mipsbuild.Build(filepath.Join("..", "vm", "testdata", "progs", name), mipsbuild.MIPS)
	if err != nil {
		t.Fatalf("build %s: %v", name, err)
	}
	elf, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	full, err := vm.NewEmulator(elf, vm.Config{})
	if err != nil {
		t.Fatal(err)
	}
	if err := full.Run(1 << 40); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	if !full.State.Exited || full.State.ExitCode != 0 {
		t.Fatalf("%s did not exit cleanly: %+v", name, full.State)
	}
	rng := rand.New(rand.NewPCG(seed, 0xa4f11))
	points := make([]uint64, n)
	for i := range points {
		points[i] = rng.Uint64N(full.State.Step)
	}
	slices.Sort(points)
	e, err := vm.NewEmulator(elf, vm.Config{})
	if err != nil {
		t.Fatal(err)
	}
	before := a.steps
	for i, p := range points {
		if err := e.Run(p); err != nil {
			t.Fatalf("%s: run to %d: %v", name, p, err)
		}
		if e.State.Halted() {
			break
		}
		a.check(t, e, fmt.Sprintf("%s step %d", name, e.State.Step+1), i%10 == 0)
		if i%4 == 1 {
			for k := 0; k < 100_000 && !e.State.Halted() && !anvilIsSyscall(e.Mem.Word(e.State.Thread.PC&^3)); k++ {
				if err := e.Step(); err != nil {
					t.Fatal(err)
				}
			}
			if !e.State.Halted() {
				a.check(t, e, fmt.Sprintf("%s syscall at step %d", name, e.State.Step+1), true)
			}
		}
		if i%5 == 2 && !e.State.Halted() && (e.State.Todo != [32]byte{} || e.State.Done != [32]byte{}) {
			if e.State.StepsSinceSwitch < vm.Quantum {
				if err := e.Run(e.State.Step + vm.Quantum - e.State.StepsSinceSwitch); err != nil {
					t.Fatal(err)
				}
			}
			if !e.State.Halted() {
				a.check(t, e, fmt.Sprintf("%s step %d after a quantum", name, e.State.Step+1), true)
			}
		}
	}
	t.Logf("%s: %d steps long, %d steps verified on anvil", name, full.State.Step, a.steps-before)
}

func anvilIsSyscall(insn uint32) bool { return insn>>26 == 0 && insn&63 == 12 }

// oracleReads runs a hand-made program that writes a key to fd 6 and reads its stream from fd 5 to the end,
// once for a keccak256 key and once for a local key, and verifies every step.
func (a *anvilChecker) oracleReads(t *testing.T) {
	t.Helper()
	store := vm.NewPreimageStore()
	data := []byte("opml on anvil: an oracle preimage longer than one 32-byte part of its stream")
	kkey := store.AddKeccak256(data)
	a.preimages[kkey] = data
	lkey := vm.LocalKey(42)
	ldata := []byte("local data of one dispute")
	if err := store.AddLocal(lkey, ldata); err != nil {
		t.Fatal(err)
	}
	a.preimages[lkey] = ldata
	for _, key := range [][32]byte{kkey, lkey} {
		e := anvilOracleProgram(t, key, store)
		for i := 0; i < 500 && !e.State.Halted(); i++ {
			a.check(t, e, fmt.Sprintf("oracle key type %d, step %d", key[0], e.State.Step+1), true)
		}
		if e.State.Fault != vm.FaultTrap || e.State.PreimageOffset != uint32(8+len(a.preimages[key])) {
			t.Fatalf("oracle program for key type %d ended with %+v", key[0], e.State)
		}
	}
	// A read whose part was never loaded: anvil reverts with the oracle's reason.
	never := vm.Keccak256Key([]byte("never loaded on anvil"))
	e := anvilOracleProgram(t, never, nil)
	for !e.State.Halted() && e.State.PreimageKey != never {
		if err := e.Step(); err != nil {
			t.Fatal(err)
		}
	}
	for !anvilIsSyscall(e.Mem.Word(e.State.Thread.PC)) || e.State.Thread.Regs[2] != 4003 {
		if err := e.Step(); err != nil {
			t.Fatal(err)
		}
	}
	st := e.State
	st.MemRoot = e.Mem.MerkleRoot()
	proof := e.Mem.MerkleProof(st.Thread.PC)
	_, err := a.d.CallStep(a.ctx, st.Encode(), proof[:], anvilLocalContext)
	var se *contracts.StepError
	if !errors.As(err, &se) {
		t.Fatalf("step reading an unloaded part: err = %v, want a revert", err)
	}
	t.Logf("unloaded oracle part: %v", err)
}

// anvilOracleProgram builds: write(6, key, 32); loop: read(5, buf, 32); bne v0, zero, loop; break.
func anvilOracleProgram(t *testing.T, key [32]byte, store *vm.PreimageStore) *vm.Emulator {
	t.Helper()
	const codeAt, keyAt, bufAt = 0x10000, 0x20000, 0x20100
	li := vmtest.LoadImm
	sys := func(num uint32, args ...uint32) []uint32 {
		var code []uint32
		for i, v := range args {
			code = append(code, li(uint32(4+i), v)...)
		}
		return append(append(code, li(2, num)...), 12)
	}
	code := sys(4004, vm.FdPreimageWrite, keyAt, 32)
	loop := len(code)
	code = append(code, sys(4003, vm.FdPreimageRead, bufAt+5, 32)...)
	back := int32(loop) - int32(len(code)) - 1
	code = append(code, 5<<26|2<<21|uint32(uint16(back)), 0, 13)
	mem := vm.NewMemory()
	for i, w := range code {
		mem.SetWord(codeAt+uint32(4*i), w)
	}
	for i := 0; i < 8; i++ {
		mem.SetWord(keyAt+uint32(4*i), binary.BigEndian.Uint32(key[4*i:]))
	}
	s := vm.State{NextTID: 2, Heap: 0x7F000000, Thread: vm.Thread{TID: 1, PC: codeAt, NextPC: codeAt + 4}}
	e, err := vm.NewEmulatorWithState(s, mem)
	if err != nil {
		t.Fatal(err)
	}
	if store != nil {
		e.Oracle = store
	}
	return e
}
