package vm

import (
	"encoding/binary"
	"encoding/json"
	"math/rand/v2"
	"os"
	"testing"

	"github.com/opml-dev/opml/internal/mipsbuild"
)

// fuzzState builds a state and memory from fuzz input: registers, hi/lo and flags from the bytes, one instruction
// at pc, and data words at the addresses the registers point to, so loads and stores hit written memory.
func fuzzState(seed uint64, insn uint32, flags uint8) (*Emulator, bool) {
	rng := rand.New(rand.NewPCG(seed, uint64(insn)))
	mem := NewMemory()
	s := State{NextTID: 2, Heap: initialHeap}
	pc := 0x10000 + rng.Uint32N(0x1000)*4
	s.Thread = Thread{TID: 1, PC: pc, NextPC: pc + 4, HI: rng.Uint32(), LO: rng.Uint32()}
	if flags&4 != 0 { // in a delay slot
		s.Thread.NextPC = 0x30000
	}
	for r := 1; r < 32; r++ {
		switch rng.IntN(4) {
		case 0:
			s.Thread.Regs[r] = rng.Uint32()
		case 1:
			s.Thread.Regs[r] = rng.Uint32N(64)
		default:
			s.Thread.Regs[r] = 0x20000 + rng.Uint32N(0x100)
		}
	}
	if flags&1 != 0 {
		s.Flags |= flagReservation
		s.LLAddr = 0x20000 + rng.Uint32N(0x40)*4
	}
	if flags&2 != 0 { // a syscall: pick a known number and plausible arguments
		nums := []uint32{sysRead, sysWrite, sysMmap, sysBrk, sysClone, sysFutex, sysClockGettime, sysGetrandom,
			sysSchedGetaffinity, sysExit, sysExitGroup, sysGettid, sysNanosleep, sysEpollPwait, sysMadvise, 4999}
		s.Thread.Regs[2] = nums[rng.IntN(len(nums))]
		if s.Thread.Regs[2] == sysMadvise && rng.IntN(2) == 0 { // a range of pages over the data words
			s.Thread.Regs[4], s.Thread.Regs[5], s.Thread.Regs[6] = 0x1F000+rng.Uint32N(3)<<12, rng.Uint32N(0x4000), madvDontneed
		}
	}
	mem.SetWord(pc, insn)
	for i := 0; i < 64; i++ {
		mem.SetWord(0x20000+uint32(4*i), rng.Uint32())
	}
	s.Step = rng.Uint64N(1 << 40)
	e, err := NewEmulatorWithState(s, mem)
	return e, err == nil
}

// FuzzStepAgreement executes one random instruction three ways: reference step, fast loop, and the stateless
// step from the witness. All must agree, on faults too.
func FuzzStepAgreement(f *testing.F) {
	f.Add(uint64(1), uint32(0x01095021), uint8(0))
	f.Add(uint64(2), uint32(0x8d090004), uint8(0))
	f.Add(uint64(3), uint32(0x0000000c), uint8(2))
	f.Add(uint64(4), uint32(0xe1090000), uint8(1))
	f.Add(uint64(5), uint32(0x10000004), uint8(4))
	f.Add(uint64(139), uint32(0x0000000c), uint8(2)) // madvise(0x20000, 0x2389, MADV_DONTNEED): two blocks
	f.Fuzz(func(t *testing.T, seed uint64, insn uint32, flags uint8) {
		ref, ok := fuzzState(seed, insn, flags)
		if !ok {
			return
		}
		proved, _ := fuzzState(seed, insn, flags)
		fast, _ := fuzzState(seed, insn, flags)
		refErr := ref.Step()
		w, proveErr := proved.ProveStep()
		if (refErr == nil) != (proveErr == nil) {
			t.Fatalf("reference error %v, proving error %v", refErr, proveErr)
		}
		if refErr != nil {
			return // e.g. a preimage read without an oracle: not a VM state
		}
		post, err := StatelessStep(w)
		if err != nil {
			t.Fatalf("stateless step rejected an honest witness: %v", err)
		}
		if post != w.PostStateHash || post != ref.StateHash() {
			t.Fatalf("post-states differ: stateless %x, proved %x, reference %x", post, w.PostStateHash, ref.StateHash())
		}
		if n := fast.runFast(1); n == 1 && fast.StateHash() != ref.StateHash() {
			t.Fatalf("fast loop differs from the reference on %#08x:\nfast %+v\nref  %+v", insn, fast.State.Thread, ref.State.Thread)
		}
		// A tampered memory proof must be rejected, never accepted with another post-state.
		if len(w.Proof) >= ProofSize {
			bad := *w
			bad.Proof = append([]byte(nil), w.Proof...)
			bad.Proof[32+int(seed%uint64(len(bad.Proof)-32))] ^= 1
			if got, err := StatelessStep(&bad); err == nil && got != post {
				t.Fatalf("tampered proof accepted with post-state %x", got)
			}
		}
	})
}

// FuzzMemoryProofs writes random data and checks proofs and region roots against the root.
func FuzzMemoryProofs(f *testing.F) {
	f.Add(uint64(1), uint32(0x1000), uint16(100))
	f.Add(uint64(2), uint32(0xFFFFFFE0), uint16(32))
	f.Fuzz(func(t *testing.T, seed uint64, addr uint32, n uint16) {
		rng := rand.New(rand.NewPCG(seed, 7))
		m := NewMemory()
		data := make([]byte, int(n)%5000)
		for i := range data {
			data[i] = byte(rng.Uint32())
		}
		if uint64(addr)+uint64(len(data)) > 1<<32 {
			addr -= uint32(len(data))
		}
		if err := m.WriteBytes(addr, data); err != nil {
			t.Fatal(err)
		}
		root := m.MerkleRoot()
		for i := 0; i < 8; i++ {
			a := addr + uint32(rng.IntN(len(data)+1))
			proof := m.MerkleProof(a)
			leaf, ok := VerifyProof(root, a, proof[:])
			if !ok || leaf != m.Leaf(a) {
				t.Fatalf("proof for %#x does not verify", a)
			}
			k := 5 + rng.IntN(28)
			sub, err := m.RegionRoot(a, k)
			if err != nil {
				t.Fatal(err)
			}
			// The region root, hashed up with the region's siblings, gives the memory root.
			sibs, _ := m.RegionProof(a, k)
			node, index := sub, a>>uint(k)
			for _, s := range sibs {
				if index&1 == 1 {
					node = hashPair(s, node)
				} else {
					node = hashPair(node, s)
				}
				index >>= 1
			}
			if node != root {
				t.Fatalf("region root 2^%d at %#x does not hash up to the memory root", k, a)
			}
		}
		got, _ := m.ReadBytes(addr, len(data))
		if string(got) != string(data) {
			t.Fatal("read back differs")
		}
	})
}

// FuzzParseELF: malformed ELF input gives an error, never a panic.
func FuzzParseELF(f *testing.F) {
	if elf, err := mipsbuild.Build("../examples/hello", mipsbuild.MIPS); err == nil {
		if data, err := os.ReadFile(elf); err == nil {
			f.Add(data[:8192]) // headers and the start of the text: a real file, cut short
		}
	}
	f.Add([]byte("\x7fELF\x01\x02\x01"))
	f.Fuzz(func(t *testing.T, data []byte) {
		prog, err := ParseELF(data)
		if err == nil {
			if _, err := NewEmulatorFromProgram(prog, Config{}); err != nil {
				return
			}
		}
	})
}

// FuzzWitnessInput: corrupt witness JSON gives an error, never a panic.
func FuzzWitnessInput(f *testing.F) {
	f.Add([]byte(`{"step":1,"state":"0x00","proof":"0x"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var w Witness
		if json.Unmarshal(data, &w) == nil {
			_, _ = StatelessStep(&w)
		}
	})
}

func hashPair(a, b [32]byte) [32]byte { return keccakPair(&a, &b) }

func TestMemoryRootMatchesNaive(t *testing.T) {
	// A memory with two words far apart, hashed naively over the sparse tree by the definition.
	m := NewMemory()
	m.SetWord(0x1234, 0xDEADBEEF)
	m.SetWord(0x80000000, 1)
	var l1, l2 [32]byte
	binary.BigEndian.PutUint32(l1[0x1234%32:], 0xDEADBEEF)
	binary.BigEndian.PutUint32(l2[0:], 1)
	var naive func(height int, base uint64) [32]byte
	naive = func(height int, base uint64) [32]byte {
		size := uint64(32) << height
		has := func(a uint64) bool { return a >= base && a < base+size }
		if !has(0x1234) && !has(0x80000000) {
			return zeroHashes[height]
		}
		if height == 0 {
			if has(0x1234) {
				return l1
			}
			return l2
		}
		return hashPair(naive(height-1, base), naive(height-1, base+size/2))
	}
	if got, want := m.MerkleRoot(), naive(TreeDepth, 0); got != want {
		t.Fatalf("root %x, naive %x", got, want)
	}
}
