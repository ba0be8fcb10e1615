package contracts_test

import (
	"errors"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/opml-dev/opml/vm"
	"github.com/opml-dev/opml/vm/vmtest"
)

// syscallNumbers are the syscalls the spec gives a meaning to, plus two it does not.
var syscallNumbers = []uint32{4246, 4001, 4003, 4004, 4045, 4090, 4091, 4125, 4218, 4120, 4162, 4166, 4238, 4422,
	4020, 4222, 4240, 4263, 4353, 4326, 4248, 4325, 4249, 4313, 4250, 4055, 4006, 4037, 4266, 4194, 4195, 4206,
	4999, 0}

// fuzzMachine derives a pre-state from a seed: registers that are often addresses near dataBase, syscall
// numbers and file descriptors, random HI/LO, random data words, and random values in every state field the
// emulator accepts (reservation, step counters near their wrap, heap, preimage key and cursor, a pc or nextPC that
// is sometimes wrong). The instruction at pc is insn.
func fuzzMachine(insn uint32, seed uint64) (*machine, map[[32]byte][]byte) {
	rng := rand.New(rand.NewPCG(seed, uint64(insn)))
	pick := func(vals []uint32) uint32 { return vals[rng.IntN(len(vals))] }
	value := func() uint32 {
		switch rng.IntN(6) {
		case 0, 1:
			return dataBase - 64 + rng.Uint32N(256)
		case 2:
			return pick(edgeValues)
		case 3:
			return rng.Uint32N(40)
		case 4:
			return rng.Uint32N(0x1100) // around the null page
		}
		return rng.Uint32()
	}
	m := &machine{code: []uint32{insn}, regs: map[int]uint32{}, mem: map[uint32]uint32{}, hi: rng.Uint32(), lo: rng.Uint32()}
	for r := 1; r < 32; r++ {
		m.regs[r] = value()
	}
	if rng.IntN(2) == 0 {
		m.regs[v0] = pick(syscallNumbers)
		m.regs[a0] = rng.Uint32N(11)
		if rng.IntN(2) == 0 {
			m.regs[a0] = value()
		}
	}
	for i := uint32(1); i < 8; i++ {
		m.mem[codeBase+4*i] = rng.Uint32()
	}
	for a := uint32(dataBase - 64); a < dataBase+192; a += 4 {
		if rng.IntN(3) > 0 {
			m.mem[a] = rng.Uint32()
		}
	}
	preimages := map[[32]byte][]byte{}
	store := vm.NewPreimageStore()
	data := make([]byte, rng.IntN(80))
	for i := range data {
		data[i] = byte(rng.Uint32())
	}
	var key [32]byte
	switch rng.IntN(4) {
	case 0:
		key = store.AddKeccak256(data)
		preimages[key] = data
	case 1:
		key = vm.LocalKey(rng.Uint64())
		_ = store.AddLocal(key, data)
		preimages[key] = data
	case 2:
		for i := range key {
			key[i] = byte(rng.Uint32())
		}
		key[0] = byte(rng.Uint32N(2)) * 3 // types 0 and 3: not readable
	}
	m.oracle = store
	flags, llAddr := uint8(rng.IntN(4)), dataBase+4*rng.Uint32N(16)
	if rng.IntN(4) == 0 {
		llAddr = rng.Uint32()
	}
	step := pick64(rng, []uint64{rng.Uint64(), rng.Uint64N(1 << 40), ^uint64(0) - rng.Uint64N(3)})
	since := pick64(rng, []uint64{rng.Uint64N(vm.Quantum), vm.Quantum + rng.Uint64N(3), rng.Uint64()})
	heap := pick(append(slices.Clone(edgeValues), 0x7F000000, 0x00400000, 0x00401000, rng.Uint32()))
	keyOffset := rng.Uint32N(uint32(len(data)) + 12)
	halt := rng.IntN(40)
	pcMode := rng.IntN(20)
	nextTID := rng.Uint32()
	m.setup = func(s *vm.State) {
		s.Flags, s.LLAddr, s.Step, s.StepsSinceSwitch, s.Heap = flags, llAddr, step, since, heap
		s.PreimageKey, s.PreimageOffset, s.NextTID = key, keyOffset, nextTID
		switch halt {
		case 0:
			s.Exited, s.ExitCode = true, uint8(seed)
		case 1:
			s.Fault = vm.Fault(1 + seed%6)
		}
		switch pcMode {
		case 0:
			s.Thread.NextPC = uint32(seed) // a branch here is in a delay slot
		case 1:
			s.Thread.PC, s.Thread.NextPC = codeBase+1+uint32(seed%3), codeBase+8
		}
	}
	return m, preimages
}

func pick64(rng *rand.Rand, vals []uint64) uint64 { return vals[rng.IntN(len(vals))] }

// FuzzMIPSStep executes random instruction words on random pre-states with the emulator, vm.StatelessStep and
// MIPS.sol, which must agree; then it corrupts one byte of the witness (or cuts it short), and the two verifiers
// must still agree: both reject it, or both compute the same post-state.
func FuzzMIPSStep(f *testing.F) {
	// Seeds: every primary opcode, every SPECIAL/SPECIAL2/SPECIAL3 funct, REGIMM rts, loads and stores with
	// small offsets, syscalls.
	seed := uint64(1)
	add := func(insn uint32) {
		f.Add(insn, seed, uint32(seed*2654435761))
		seed++
	}
	for op := uint32(0); op < 64; op++ {
		add(vmtest.I(op, uint32(seed%32), uint32(seed*7%32), int32(seed*13%64)-32))
	}
	for funct := uint32(0); funct < 64; funct++ {
		add(vmtest.R(funct, t0, t1, t2, uint32(seed%32)))
		add(28<<26 | vmtest.R(funct, t0, t1, t2, 0))
		add(31<<26 | vmtest.R(funct, t0, t1, uint32(seed%32), uint32(seed*3%32)))
	}
	for rt := uint32(0); rt < 32; rt++ {
		add(vmtest.I(1, t0, rt, -3))
	}
	for _, op := range []uint32{32, 33, 34, 35, 36, 37, 38, 40, 41, 42, 43, 46, 48, 56} {
		for i := 0; i < 4; i++ {
			add(vmtest.I(op, uint32(1+seed%31), uint32(seed*5%32), int32(i)-2))
		}
	}
	for i := 0; i < 64; i++ {
		add(syscall)
	}

	v := newVerifier(f)
	f.Fuzz(func(t *testing.T, insn uint32, seed uint64, mutation uint32) {
		m, preimages := fuzzMachine(insn, seed)
		// A fresh chain for every input: oracle parts loaded by other inputs must not be readable here.
		v.evm = newStepEVM(t)
		v.preimages = preimages
		e := m.emulator(t)
		w, err := e.ProveStep()
		if err != nil {
			t.Fatalf("the emulator cannot execute the step: %v", err)
		}
		v.check(t, w, insn, "fuzz")

		// Corrupt the witness: flip bits of one byte of the state or the proof, or cut the proof short.
		bad := tampered(w, func(bw *vm.Witness) {
			n := uint32(len(bw.State) + len(bw.Proof))
			pos := mutation % (n + 1)
			switch {
			case pos == n:
				if len(bw.Proof) > 0 {
					bw.Proof = bw.Proof[:int(mutation>>8)%len(bw.Proof)]
				}
			case pos < uint32(len(bw.State)):
				bw.State[pos] ^= byte(mutation>>24) | 1
			default:
				bw.Proof[pos-uint32(len(bw.State))] ^= byte(mutation>>24) | 1
			}
		})
		goPost, goErr := vm.StatelessStep(bad)
		chainPost, _, chainErr := v.evm.step(bad.State, bad.Proof)
		var re *revertError
		if chainErr != nil && !errors.As(chainErr, &re) {
			t.Fatalf("MIPS.step on a corrupted witness: %v", chainErr)
		}
		switch {
		case goErr != nil && chainErr != nil:
		case goErr == nil && chainErr == nil && goPost == chainPost:
		default:
			t.Fatalf("corrupted witness (mutation %#x): vm.StatelessStep %x, %v; MIPS.step %x, %v", mutation, goPost, goErr, chainPost, chainErr)
		}
	})
}
