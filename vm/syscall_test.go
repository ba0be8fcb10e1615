package vm

import (
	"encoding/binary"
	"math/rand/v2"
	"testing"

	"github.com/opml-dev/opml/internal/keccak"
	"github.com/opml-dev/opml/vm/vmtest"
)

const syscallInsn = 12

func TestSyscalls(t *testing.T) {
	store := NewPreimageStore()
	preimage := []byte("the model input")
	key := store.AddKeccak256(preimage)
	keyWords := map[uint32]uint32{}
	for i := 0; i < 8; i++ {
		keyWords[dataBase+uint32(4*i)] = binary.BigEndian.Uint32(key[4*i:])
	}
	random := keccak.Sum256([]byte{0, 0, 0, 0, 0, 0, 0, 1})

	cases := []insnCase{
		{name: "unknown syscall is ENOSYS", code: []uint32{syscallInsn}, regs: map[int]uint32{v0: 4999},
			wantRegs: map[int]uint32{v0: errNOSYS, a3: 1}},
		{name: "write to stdout returns count", code: []uint32{syscallInsn}, regs: map[int]uint32{v0: sysWrite, a0: 1, a1: dataBase, a2: 5},
			wantRegs: map[int]uint32{v0: 5, a3: 0}},
		{name: "write to unknown fd is EBADF", code: []uint32{syscallInsn}, regs: map[int]uint32{v0: sysWrite, a0: 77, a1: dataBase, a2: 5},
			wantRegs: map[int]uint32{v0: errBADF, a3: 1}},
		{name: "read stdin is EOF", code: []uint32{syscallInsn}, regs: map[int]uint32{v0: sysRead, a0: 0, a1: dataBase, a2: 5},
			wantRegs: map[int]uint32{v0: 0, a3: 0}},
		{name: "brk", code: []uint32{syscallInsn}, regs: map[int]uint32{v0: sysBrk}, wantRegs: map[int]uint32{v0: programBreak}},
		{name: "mmap anonymous grows down", code: []uint32{syscallInsn}, regs: map[int]uint32{v0: sysMmap, a1: 0x1001, a3: mapAnonymous},
			wantRegs: map[int]uint32{v0: initialHeap - 0x2000, a3: 0}},
		{name: "mmap hint below the region", code: []uint32{syscallInsn}, regs: map[int]uint32{v0: sysMmap, a0: 0x20000000, a1: 0x1000, a3: mapAnonymous},
			wantRegs: map[int]uint32{v0: 0x20000000}},
		{name: "mmap hint inside the region is moved", code: []uint32{syscallInsn}, regs: map[int]uint32{v0: sysMmap, a0: 0x7F000000, a1: 0x1000, a3: mapAnonymous},
			wantRegs: map[int]uint32{v0: initialHeap - 0x1000}},
		{name: "mmap of a file is EBADF", code: []uint32{syscallInsn}, regs: map[int]uint32{v0: sysMmap, a1: 0x1000},
			wantRegs: map[int]uint32{v0: errBADF, a3: 1}},
		{name: "mmap too large is ENOMEM", code: []uint32{syscallInsn}, regs: map[int]uint32{v0: sysMmap, a1: 0x7F000000, a3: mapAnonymous},
			wantRegs: map[int]uint32{v0: errNOMEM, a3: 1}},
		{name: "clock_gettime across two leaves", code: []uint32{nop, nop, nop, syscallInsn},
			regs:     map[int]uint32{v0: sysClockGettime, a1: dataBase + 28},
			wantRegs: map[int]uint32{v0: 0, a3: 0}, wantMem: map[uint32]uint32{dataBase + 28: 0, dataBase + 32: 4}},
		{name: "clock_gettime unaligned faults", code: []uint32{syscallInsn}, regs: map[int]uint32{v0: sysClockGettime, a1: dataBase + 2},
			wantFault: FaultUnaligned},
		{name: "clock_gettime wrapping into the null page faults", code: []uint32{syscallInsn},
			regs: map[int]uint32{v0: sysClockGettime, a1: 0xFFFFFFFC}, wantFault: FaultNullPage},
		{name: "getrandom stops at the leaf end", code: []uint32{syscallInsn}, regs: map[int]uint32{v0: sysGetrandom, a0: dataBase + 28, a1: 16},
			wantRegs: map[int]uint32{v0: 4}, wantMem: map[uint32]uint32{dataBase + 28: binary.BigEndian.Uint32(random[:4]), dataBase + 32: 0}},
		{name: "futex wait on a changed word is EAGAIN", code: []uint32{syscallInsn},
			regs: map[int]uint32{v0: sysFutexTime64, a0: dataBase, a1: 128, a2: 1}, mem: map[uint32]uint32{dataBase: 2},
			wantRegs: map[int]uint32{v0: errAGAIN, a3: 1}},
		{name: "futex wait on an equal word returns 0", code: []uint32{syscallInsn},
			regs: map[int]uint32{v0: sysFutex, a0: dataBase, a1: 128, a2: 2}, mem: map[uint32]uint32{dataBase: 2},
			wantRegs: map[int]uint32{v0: 0, a3: 0}},
		{name: "sched_getaffinity reports one CPU", code: []uint32{syscallInsn},
			regs: map[int]uint32{v0: sysSchedGetaffinity, a1: 64, a2: dataBase}, mem: map[uint32]uint32{dataBase: 0xFF},
			wantRegs: map[int]uint32{v0: 4}, wantMem: map[uint32]uint32{dataBase: 1}},
		{name: "gettid", code: []uint32{syscallInsn}, regs: map[int]uint32{v0: sysGettid}, wantRegs: map[int]uint32{v0: 1}},
		{name: "preimage key then read", code: []uint32{syscallInsn, vmtest.I(9, 0, v0, sysRead), vmtest.I(9, 0, a0, FdPreimageRead), vmtest.I(9, 0, a2, 64), syscallInsn},
			regs: map[int]uint32{v0: sysWrite, a0: FdPreimageWrite, a1: dataBase, a2: 32}, mem: keyWords, oracle: store,
			// the second read lands at dataBase, the start of a leaf: 32 bytes of the stream are available,
			// 8 of them the length prefix
			wantRegs: map[int]uint32{v0: 23, a3: 0},
			wantMem:  map[uint32]uint32{dataBase: 0, dataBase + 4: uint32(len(preimage)), dataBase + 8: binary.BigEndian.Uint32(preimage)}},
		{name: "preimage read with no key is EINVAL", code: []uint32{syscallInsn},
			regs: map[int]uint32{v0: sysRead, a0: FdPreimageRead, a1: dataBase, a2: 4}, wantRegs: map[int]uint32{v0: errINVAL, a3: 1}},
		{name: "madvise unaligned is EINVAL", code: []uint32{syscallInsn}, regs: map[int]uint32{v0: sysMadvise, a0: dataBase + 8, a1: 0x1000, a2: madvDontneed},
			mem: map[uint32]uint32{dataBase + 8: 7}, wantRegs: map[int]uint32{v0: errINVAL, a3: 1}, wantMem: map[uint32]uint32{dataBase + 8: 7}},
		{name: "madvise of length 0", code: []uint32{syscallInsn}, regs: map[int]uint32{v0: sysMadvise, a0: dataBase, a2: madvDontneed},
			mem: map[uint32]uint32{dataBase: 7}, wantRegs: map[int]uint32{v0: 0, a3: 0}, wantMem: map[uint32]uint32{dataBase: 7}},
		{name: "madvise past the end of memory is EINVAL", code: []uint32{syscallInsn},
			regs: map[int]uint32{v0: sysMadvise, a0: 0xFFFFF000, a1: 1, a2: madvDontneed}, wantRegs: map[int]uint32{v0: errINVAL, a3: 1}},
		{name: "madvise of a huge length is EINVAL", code: []uint32{syscallInsn},
			regs: map[int]uint32{v0: sysMadvise, a0: dataBase, a1: 0xFFFFF001, a2: madvDontneed}, wantRegs: map[int]uint32{v0: errINVAL, a3: 1}},
		{name: "madvise of the null page is ENOMEM", code: []uint32{syscallInsn},
			regs: map[int]uint32{v0: sysMadvise, a1: 0x2000, a2: madvDontneed}, wantRegs: map[int]uint32{v0: errNOMEM, a3: 1}},
		{name: "madvise MADV_FREE keeps memory", code: []uint32{syscallInsn}, regs: map[int]uint32{v0: sysMadvise, a0: dataBase, a1: 0x1000, a2: 8},
			mem: map[uint32]uint32{dataBase: 7}, wantRegs: map[int]uint32{v0: 0, a3: 0}, wantMem: map[uint32]uint32{dataBase: 7}},
		{name: "madvise MADV_DONTNEED of one page", code: []uint32{syscallInsn, nop}, steps: 1,
			regs:     map[int]uint32{v0: sysMadvise, a0: dataBase + 0x1000, a1: 100, a2: madvDontneed},
			mem:      map[uint32]uint32{dataBase + 0xFFC: 1, dataBase + 0x1000: 2, dataBase + 0x1FFC: 3, dataBase + 0x2000: 4},
			wantRegs: map[int]uint32{v0: 0, a3: 0, a0: dataBase + 0x1000, a1: 100}, wantPC: codeBase + 4,
			wantMem: map[uint32]uint32{dataBase + 0xFFC: 1, dataBase + 0x1000: 0, dataBase + 0x1FFC: 0, dataBase + 0x2000: 4}},
		// [0x20000, 0x25000) is cleared as [0x24000, 0x25000), then [0x20000, 0x24000)
		{name: "madvise MADV_DONTNEED, first block", code: []uint32{syscallInsn, nop}, steps: 1,
			regs:     map[int]uint32{v0: sysMadvise, a0: dataBase, a1: 0x5000, a2: madvDontneed},
			mem:      map[uint32]uint32{dataBase: 1, dataBase + 0x3FFC: 2, dataBase + 0x4000: 3, dataBase + 0x4FFC: 4},
			wantRegs: map[int]uint32{v0: sysMadvise, a0: dataBase, a1: 0x4000}, wantPC: codeBase,
			wantMem: map[uint32]uint32{dataBase: 1, dataBase + 0x3FFC: 2, dataBase + 0x4000: 0, dataBase + 0x4FFC: 0}},
		{name: "madvise MADV_DONTNEED, both blocks", code: []uint32{syscallInsn, nop}, steps: 2,
			regs: map[int]uint32{v0: sysMadvise, a0: dataBase, a1: 0x5000, a2: madvDontneed},
			mem: map[uint32]uint32{dataBase - 4: 9, dataBase: 1, dataBase + 0x3FFC: 2, dataBase + 0x4000: 3, dataBase + 0x4FFC: 4,
				dataBase + 0x5000: 5},
			wantRegs: map[int]uint32{v0: 0, a3: 0, a0: dataBase, a1: 0x4000}, wantPC: codeBase + 4,
			wantMem: map[uint32]uint32{dataBase - 4: 9, dataBase: 0, dataBase + 0x3FFC: 0, dataBase + 0x4000: 0, dataBase + 0x4FFC: 0,
				dataBase + 0x5000: 5}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			e := runInsnCase(t, &c)
			th := &e.State.Thread
			if e.State.Fault != c.wantFault {
				t.Fatalf("fault %v, want %v", e.State.Fault, c.wantFault)
			}
			for r, want := range c.wantRegs {
				if th.Regs[r] != want {
					t.Errorf("r%d = %#x, want %#x", r, th.Regs[r], want)
				}
			}
			for a, want := range c.wantMem {
				if got := e.Mem.Word(a); got != want {
					t.Errorf("mem[%#x] = %#x, want %#x", a, got, want)
				}
			}
			if c.wantPC != 0 && th.PC != c.wantPC {
				t.Errorf("pc %#x, want %#x", th.PC, c.wantPC)
			}
		})
	}
}

// TestMadviseClearsRanges clears random page ranges, some of them huge, in memory written inside, around and far
// from them, and checks the result against a model: every page of the range reads zero and nothing else changed,
// in at most 40 steps, the emulator's root equals the root of the same contents written into a fresh memory, and
// a witness of every step passes the stateless step.
func TestMadviseClearsRanges(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 7))
	for i := 0; i < 60; i++ {
		first := 0x40 + rng.Uint32N(0x7FFB0) // page index, above the code at codeBase
		pages := 1 + rng.Uint32N(16)
		switch i % 3 {
		case 1:
			pages = 1 + rng.Uint32N(1<<rng.IntN(19))
		case 2: // aligned to a big power of two, as Go's heap arenas are
			k := 4 + rng.IntN(14)
			first = max(first>>k<<k, 1<<k, 0x40)
			pages = 1 << rng.IntN(k+1)
		}
		addr, length := first<<PageAddrBits, pages<<PageAddrBits-rng.Uint32N(PageSize)
		if uint64(addr)+uint64(pages)<<PageAddrBits >= 1<<32 {
			continue
		}
		end := addr + pages<<PageAddrBits
		// Words in the first, last and some middle pages of the range, and just outside it.
		words := map[uint32]uint32{addr: 1, end - 4: 2, addr - 4: 3, end: 4, 0x30000: 5}
		for j := 0; j < 20; j++ {
			words[(addr+rng.Uint32N(end-addr))&^3] = rng.Uint32() | 1
		}
		c := insnCase{code: []uint32{syscallInsn}, regs: map[int]uint32{v0: sysMadvise, a0: addr, a1: length, a2: madvDontneed},
			mem: words}
		e := c.emulator(t)
		proved := c.emulator(t)
		steps := 0
		for e.State.Thread.PC == codeBase {
			if steps++; steps > 40 || e.State.Halted() {
				t.Fatalf("clearing %d pages at %#x: more than 40 steps, or a halt (%v)", pages, addr, e.State.Fault)
			}
			if err := e.Step(); err != nil {
				t.Fatal(err)
			}
			w, err := proved.ProveStep()
			if err != nil {
				t.Fatal(err)
			}
			if post, err := StatelessStep(w); err != nil || post != w.PostStateHash {
				t.Fatalf("step %d of clearing %#x+%#x: stateless %x (%v), emulator %x", steps, addr, length, post, err, w.PostStateHash)
			}
		}
		if e.State.Thread.Regs[v0] != 0 || e.State.Thread.Regs[a3] != 0 {
			t.Fatalf("madvise(%#x, %#x) returned %d, error flag %d", addr, length, e.State.Thread.Regs[v0], e.State.Thread.Regs[a3])
		}
		want := NewMemory()
		want.SetWord(codeBase, syscallInsn)
		for a, w := range words {
			if a < addr || a >= end {
				want.SetWord(a, w)
			}
			if got := e.Mem.Word(a); (a < addr || a >= end) && got != w || a >= addr && a < end && got != 0 {
				t.Fatalf("after clearing [%#x, %#x): word at %#x is %#x (was %#x)", addr, end, a, got, w)
			}
		}
		if got, want := e.Mem.MerkleRoot(), want.MerkleRoot(); got != want {
			t.Fatalf("after clearing [%#x, %#x): memory root %x, fresh memory with the same contents %x", addr, end, got, want)
		}
		if e.StateHash() != proved.StateHash() {
			t.Fatal("proved run and reference differ")
		}
	}
}

func TestExitGroup(t *testing.T) {
	c := insnCase{code: []uint32{syscallInsn, nop}, steps: 2, regs: map[int]uint32{v0: sysExitGroup, a0: 0x103}}
	e := runInsnCase(t, &c)
	if !e.State.Exited || e.State.ExitCode != 3 || e.State.Step != 1 {
		t.Fatalf("after exit_group(0x103): exited=%v code=%d step=%d, want exited code 3 at step 1", e.State.Exited, e.State.ExitCode, e.State.Step)
	}
	if StatusOf(e.StateHash()) != StatusExitedFail {
		t.Fatalf("status %v, want exited with failure", StatusOf(e.StateHash()))
	}
}

// TestCloneAndSwitch starts a thread, yields, and checks the scheduler runs the child with its own stack and a
// zero return value, then returns to the parent.
func TestCloneAndSwitch(t *testing.T) {
	code := []uint32{
		syscallInsn,                       // clone(CLONE_VM|CLONE_THREAD, stack)
		vmtest.R(33, v0, 0, t0, 0),        // t0 = v0 (child: 0, parent: child tid)
		vmtest.I(9, 0, v0, sysSchedYield), // yield
		syscallInsn,
		vmtest.I(4, 0, 0, -1), // spin here: beq zero, zero, self
		nop,
	}
	c := insnCase{code: code, regs: map[int]uint32{v0: sysClone, a0: cloneVM | cloneThread, a1: 0x7000}, steps: 8}
	e := runInsnCase(t, &c)
	th := e.State.Thread
	if th.TID != 2 || th.Regs[29] != 0x7000 {
		t.Fatalf("running thread tid %d sp %#x, want the child (tid 2, sp 0x7000)", th.TID, th.Regs[29])
	}
	if th.Regs[t0] != 0 {
		t.Fatalf("child saw clone return %d, want 0", th.Regs[t0])
	}
	if e.Threads() != 2 {
		t.Fatalf("%d threads, want 2", e.Threads())
	}
	// Run on until the child yields back to the parent.
	c.steps = 12
	e = runInsnCase(t, &c)
	if e.State.Thread.TID != 1 || e.State.Thread.Regs[t0] != 2 {
		t.Fatalf("after the child yields: tid %d t0 %d, want the parent (tid 1) seeing child tid 2", e.State.Thread.TID, e.State.Thread.Regs[t0])
	}
}
