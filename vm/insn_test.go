package vm

import (
	"fmt"
	"github.com/opml-dev/opml/vm/vmtest"
	"testing"
)

const (
	codeBase = 0x00010000
	dataBase = 0x00020000
	nop      = 0
)

// Register numbers used by the tests.
const (
	v0, a0, a1, a2, a3 = 2, 4, 5, 6, 7
	t0, t1, t2, t3     = 8, 9, 10, 11
	ra                 = 31
)

type insnCase struct {
	name      string
	code      []uint32
	regs      map[int]uint32
	hi, lo    uint32
	mem       map[uint32]uint32
	steps     int // default: len(code)
	wantRegs  map[int]uint32
	wantHI    *uint32
	wantLO    *uint32
	wantMem   map[uint32]uint32
	wantFault Fault
	wantPC    uint32
	oracle    Oracle
}

func u32(v uint32) *uint32 { return &v }

func (c *insnCase) emulator(t *testing.T) *Emulator {
	t.Helper()
	mem := NewMemory()
	for i, w := range c.code {
		mem.SetWord(codeBase+uint32(4*i), w)
	}
	for a, w := range c.mem {
		mem.SetWord(a, w)
	}
	s := State{NextTID: 2}
	s.Thread = Thread{TID: 1, PC: codeBase, NextPC: codeBase + 4, HI: c.hi, LO: c.lo}
	for r, v := range c.regs {
		s.Thread.Regs[r] = v
	}
	e, err := NewEmulatorWithState(s, mem)
	if err != nil {
		t.Fatal(err)
	}
	e.Oracle = c.oracle
	return e
}

// runInsnCase executes a case with the reference step, the fast loop and witnesses, requires the three to agree
// and returns the reference emulator.
func runInsnCase(t *testing.T, c *insnCase) *Emulator {
	t.Helper()
	steps := c.steps
	if steps == 0 {
		steps = len(c.code)
	}
	ref, fast, proved := c.emulator(t), c.emulator(t), c.emulator(t)
	for i := 0; i < steps; i++ {
		if err := ref.Step(); err != nil {
			t.Fatalf("reference step %d: %v", i, err)
		}
		w, err := proved.ProveStep()
		if err != nil {
			t.Fatalf("proved step %d: %v", i, err)
		}
		post, err := StatelessStep(w)
		if err != nil {
			t.Fatalf("stateless step %d: %v", i, err)
		}
		if post != w.PostStateHash {
			t.Fatalf("step %d: stateless post-state %x, emulator %x", i, post, w.PostStateHash)
		}
	}
	if err := fast.Run(uint64(steps)); err != nil {
		t.Fatal(err)
	}
	if h, f := ref.StateHash(), fast.StateHash(); h != f {
		t.Fatalf("fast loop and reference differ:\nref  %+v\nfast %+v", ref.State, fast.State)
	}
	if h, p := ref.StateHash(), proved.StateHash(); h != p {
		t.Fatalf("proved run and reference differ")
	}
	return ref
}

func TestInstructions(t *testing.T) {
	cases := []insnCase{
		{name: "addu wraps", code: []uint32{vmtest.R(33, t0, t1, t2, 0)}, regs: map[int]uint32{t0: 0x7FFFFFFF, t1: 1},
			wantRegs: map[int]uint32{t2: 0x80000000}},
		{name: "add overflow faults", code: []uint32{vmtest.R(32, t0, t1, t2, 0)}, regs: map[int]uint32{t0: 0x7FFFFFFF, t1: 1},
			wantFault: FaultOverflow, wantPC: codeBase, wantRegs: map[int]uint32{t2: 0}},
		{name: "add no overflow", code: []uint32{vmtest.R(32, t0, t1, t2, 0)}, regs: map[int]uint32{t0: 0xFFFFFFFF, t1: 0xFFFFFFFF},
			wantRegs: map[int]uint32{t2: 0xFFFFFFFE}},
		{name: "addi overflow faults", code: []uint32{vmtest.I(8, t0, t1, -1)}, regs: map[int]uint32{t0: 0x80000000},
			wantFault: FaultOverflow},
		{name: "addiu sign-extends", code: []uint32{vmtest.I(9, t0, t1, -2)}, regs: map[int]uint32{t0: 1},
			wantRegs: map[int]uint32{t1: 0xFFFFFFFF}},
		{name: "sub overflow faults", code: []uint32{vmtest.R(34, t0, t1, t2, 0)}, regs: map[int]uint32{t0: 0x80000000, t1: 1},
			wantFault: FaultOverflow},
		{name: "subu", code: []uint32{vmtest.R(35, t0, t1, t2, 0)}, regs: map[int]uint32{t0: 0, t1: 1},
			wantRegs: map[int]uint32{t2: 0xFFFFFFFF}},
		{name: "logic", code: []uint32{vmtest.R(36, t0, t1, t2, 0), vmtest.R(37, t0, t1, t3, 0), vmtest.R(38, t0, t1, a0, 0), vmtest.R(39, t0, t1, a1, 0)},
			regs:     map[int]uint32{t0: 0xF0F0FF00, t1: 0x0FF0F0F0},
			wantRegs: map[int]uint32{t2: 0x00F0F000, t3: 0xFFF0FFF0, a0: 0xFF000FF0, a1: 0x000F000F}},
		{name: "andi ori xori zero-extend", code: []uint32{vmtest.I(12, t0, t1, -1), vmtest.I(13, 0, t2, -32768), vmtest.I(14, t0, t3, -1)},
			regs:     map[int]uint32{t0: 0xFFFF0F0F},
			wantRegs: map[int]uint32{t1: 0x0F0F, t2: 0x8000, t3: 0xFFFFF0F0}},
		{name: "lui", code: []uint32{vmtest.I(15, 0, t0, -0x1235)}, wantRegs: map[int]uint32{t0: 0xEDCB0000}},
		{name: "slt sltu slti sltiu", code: []uint32{vmtest.R(42, t0, t1, t2, 0), vmtest.R(43, t0, t1, t3, 0), vmtest.I(10, t0, a0, 0), vmtest.I(11, t1, a1, -1)},
			regs:     map[int]uint32{t0: 0xFFFFFFFF, t1: 1},
			wantRegs: map[int]uint32{t2: 1, t3: 0, a0: 1, a1: 1}},
		{name: "shifts", code: []uint32{vmtest.R(0, 0, t0, t1, 4), vmtest.R(2, 0, t0, t2, 4), vmtest.R(3, 0, t0, t3, 4),
			vmtest.R(4, a0, t0, a1, 0), vmtest.R(6, a0, t0, a2, 0), vmtest.R(7, a0, t0, a3, 0)},
			regs:     map[int]uint32{t0: 0x80000001, a0: 33},
			wantRegs: map[int]uint32{t1: 0x00000010, t2: 0x08000000, t3: 0xF8000000, a1: 0x00000002, a2: 0x40000000, a3: 0xC0000000}},
		{name: "rotr rotrv", code: []uint32{vmtest.R(2, 1, t0, t1, 4), vmtest.R(6, a0, t0, t2, 1)},
			regs: map[int]uint32{t0: 0x80000001, a0: 8}, wantRegs: map[int]uint32{t1: 0x18000000, t2: 0x01800000}},
		{name: "write to r0 is discarded", code: []uint32{vmtest.I(9, 0, 0, 5), vmtest.R(33, 0, 0, t0, 0)},
			wantRegs: map[int]uint32{0: 0, t0: 0}},
		{name: "mult", code: []uint32{vmtest.R(24, t0, t1, 0, 0)}, regs: map[int]uint32{t0: 0xFFFFFFFE, t1: 3},
			wantHI: u32(0xFFFFFFFF), wantLO: u32(0xFFFFFFFA)},
		{name: "multu", code: []uint32{vmtest.R(25, t0, t1, 0, 0)}, regs: map[int]uint32{t0: 0xFFFFFFFE, t1: 3},
			wantHI: u32(2), wantLO: u32(0xFFFFFFFA)},
		{name: "div", code: []uint32{vmtest.R(26, t0, t1, 0, 0)}, regs: map[int]uint32{t0: 0xFFFFFFF9, t1: 2},
			wantHI: u32(0xFFFFFFFF), wantLO: u32(0xFFFFFFFD)},
		{name: "divu", code: []uint32{vmtest.R(27, t0, t1, 0, 0)}, regs: map[int]uint32{t0: 0xFFFFFFF9, t1: 2},
			wantHI: u32(1), wantLO: u32(0x7FFFFFFC)},
		{name: "div by zero", code: []uint32{vmtest.R(26, t0, 0, 0, 0)}, regs: map[int]uint32{t0: 7},
			wantHI: u32(7), wantLO: u32(0xFFFFFFFF)},
		{name: "divu by zero", code: []uint32{vmtest.R(27, t0, 0, 0, 0)}, regs: map[int]uint32{t0: 7},
			wantHI: u32(7), wantLO: u32(0xFFFFFFFF)},
		{name: "div overflow", code: []uint32{vmtest.R(26, t0, t1, 0, 0)}, regs: map[int]uint32{t0: 0x80000000, t1: 0xFFFFFFFF},
			wantHI: u32(0), wantLO: u32(0x80000000)},
		{name: "mfhi mflo mthi mtlo", code: []uint32{vmtest.R(16, 0, 0, t0, 0), vmtest.R(18, 0, 0, t1, 0), vmtest.R(17, t2, 0, 0, 0), vmtest.R(19, t3, 0, 0, 0)},
			hi: 5, lo: 6, regs: map[int]uint32{t2: 7, t3: 8},
			wantRegs: map[int]uint32{t0: 5, t1: 6}, wantHI: u32(7), wantLO: u32(8)},
		{name: "mul madd msub", code: []uint32{vmtest.Special2(2, t0, t1, t2), vmtest.Special2(0, t0, t1, 0), vmtest.Special2(1, t0, t1, 0), vmtest.Special2(4, t1, t1, 0), vmtest.Special2(5, t1, t1, 0)},
			regs: map[int]uint32{t0: 0xFFFFFFFF, t1: 2}, hi: 0, lo: 10,
			// mul: -2 (hi/lo untouched); madd: 10 + (-2) = 8; maddu: 8 + 0x1FFFFFFFE; msub: - 4; msubu: - 4
			wantRegs: map[int]uint32{t2: 0xFFFFFFFE}, wantHI: u32(1), wantLO: u32(0xFFFFFFFE)},
		{name: "clz clo", code: []uint32{vmtest.Special2(32, t0, 0, t1), vmtest.Special2(33, t0, 0, t2), vmtest.Special2(32, 0, 0, t3)},
			regs: map[int]uint32{t0: 0x00F00000}, wantRegs: map[int]uint32{t1: 8, t2: 0, t3: 32}},
		{name: "seb seh wsbh", code: []uint32{31<<26 | vmtest.R(32, 0, t0, t1, 16), 31<<26 | vmtest.R(32, 0, t0, t2, 24), 31<<26 | vmtest.R(32, 0, t0, t3, 2)},
			regs: map[int]uint32{t0: 0x12348680}, wantRegs: map[int]uint32{t1: 0xFFFFFF80, t2: 0xFFFF8680, t3: 0x34128086}},
		{name: "ext ins", code: []uint32{31<<26 | vmtest.R(0, t0, t1, 7, 4), 31<<26 | vmtest.R(4, t2, t3, 11, 4)},
			regs:     map[int]uint32{t0: 0x12345678, t2: 0xFF, t3: 0xAAAAAAAA},
			wantRegs: map[int]uint32{t1: 0x67, t3: 0xAAAAAFFA}},
		{name: "movz movn", code: []uint32{vmtest.R(10, t0, 0, t1, 0), vmtest.R(11, t0, 0, t2, 0), vmtest.R(11, t0, t3, a0, 0)},
			regs: map[int]uint32{t0: 9, t3: 1}, wantRegs: map[int]uint32{t1: 9, t2: 0, a0: 9}},
		{name: "lb lbu lh lhu lw sign extension", code: []uint32{vmtest.I(32, t0, t1, 1), vmtest.I(36, t0, t2, 1), vmtest.I(33, t0, t3, 2), vmtest.I(37, t0, a0, 2), vmtest.I(35, t0, a1, 0)},
			regs: map[int]uint32{t0: dataBase}, mem: map[uint32]uint32{dataBase: 0x1280F00F},
			wantRegs: map[int]uint32{t1: 0xFFFFFF80, t2: 0x80, t3: 0xFFFFF00F, a0: 0xF00F, a1: 0x1280F00F}},
		{name: "sb sh sw", code: []uint32{vmtest.I(40, t0, t1, 3), vmtest.I(41, t0, t1, 0), vmtest.I(43, t0, t1, 4)},
			regs: map[int]uint32{t0: dataBase, t1: 0xAABBCCDD}, mem: map[uint32]uint32{dataBase: 0x11223344},
			wantMem: map[uint32]uint32{dataBase: 0xCCDD33DD, dataBase + 4: 0xAABBCCDD}},
		{name: "lw unaligned faults", code: []uint32{vmtest.I(35, t0, t1, 2)}, regs: map[int]uint32{t0: dataBase}, wantFault: FaultUnaligned},
		{name: "lh unaligned faults", code: []uint32{vmtest.I(33, t0, t1, 1)}, regs: map[int]uint32{t0: dataBase}, wantFault: FaultUnaligned},
		{name: "sw unaligned faults", code: []uint32{vmtest.I(43, t0, t1, 1)}, regs: map[int]uint32{t0: dataBase}, wantFault: FaultUnaligned},
		{name: "null page load faults", code: []uint32{vmtest.I(35, 0, t1, 8)}, wantFault: FaultNullPage},
		{name: "null page store faults", code: []uint32{vmtest.I(40, 0, t1, 0xFFF)}, wantFault: FaultNullPage},
		{name: "branch taken with delay slot", code: []uint32{vmtest.I(4, 0, 0, 2), vmtest.I(9, 0, t0, 1), vmtest.I(9, 0, t1, 1), vmtest.I(9, 0, t2, 1)},
			steps: 3, wantRegs: map[int]uint32{t0: 1, t1: 0, t2: 1}, wantPC: codeBase + 16},
		{name: "branch not taken", code: []uint32{vmtest.I(5, 0, 0, 2), vmtest.I(9, 0, t0, 1), vmtest.I(9, 0, t1, 1)},
			wantRegs: map[int]uint32{t0: 1, t1: 1}},
		{name: "blez bgtz bltz bgez", code: []uint32{vmtest.I(6, t0, 0, 2), nop, nop, vmtest.I(7, t0, 0, 2), nop, nop, vmtest.I(1, t0, 0, 2), nop, nop, vmtest.I(1, t0, 1, 2), nop, nop, vmtest.I(9, 0, t1, 7)},
			regs: map[int]uint32{t0: 0xFFFFFFFF}, steps: 7, wantPC: codeBase + 36}, // blez taken, bgtz not, bltz taken
		{name: "bgezal links even when not taken", code: []uint32{vmtest.I(1, t0, 17, 4), nop},
			regs: map[int]uint32{t0: 0xFFFFFFFF}, wantRegs: map[int]uint32{ra: codeBase + 8}, wantPC: codeBase + 8},
		{name: "jal links", code: []uint32{vmtest.J(3, codeBase+0x100), nop}, wantRegs: map[int]uint32{ra: codeBase + 8}, wantPC: codeBase + 0x100},
		{name: "jalr reads rs before writing rd", code: []uint32{vmtest.R(9, t0, 0, t0, 0), nop},
			regs: map[int]uint32{t0: codeBase + 0x40}, wantRegs: map[int]uint32{t0: codeBase + 8}, wantPC: codeBase + 0x40},
		{name: "jr", code: []uint32{vmtest.R(8, t0, 0, 0, 0), vmtest.I(9, 0, t1, 3)}, regs: map[int]uint32{t0: codeBase + 0x80},
			wantRegs: map[int]uint32{t1: 3}, wantPC: codeBase + 0x80},
		{name: "branch in delay slot faults", code: []uint32{vmtest.I(4, 0, 0, 4), vmtest.I(4, 0, 0, 8)}, steps: 2,
			wantFault: FaultDelaySlot, wantPC: codeBase + 4},
		{name: "jump to unaligned address faults on fetch", code: []uint32{vmtest.R(8, t0, 0, 0, 0), nop}, steps: 3,
			regs: map[int]uint32{t0: codeBase + 0x42}, wantFault: FaultUnaligned, wantPC: codeBase + 0x42},
		{name: "break faults", code: []uint32{13}, wantFault: FaultTrap},
		{name: "teq traps", code: []uint32{vmtest.R(52, t0, t1, 0, 0)}, regs: map[int]uint32{t0: 3, t1: 3}, wantFault: FaultTrap},
		{name: "tne does not trap", code: []uint32{vmtest.R(54, t0, t1, 0, 0)}, regs: map[int]uint32{t0: 3, t1: 3}},
		{name: "unsupported instruction faults", code: []uint32{17 << 26}, wantFault: FaultBadInstruction},
		{name: "branch likely unsupported", code: []uint32{vmtest.I(20, 0, 0, 1)}, wantFault: FaultBadInstruction},
		{name: "ll sc succeeds", code: []uint32{vmtest.I(48, t0, t1, 0), vmtest.I(9, t1, t1, 1), vmtest.I(56, t0, t1, 0)},
			regs: map[int]uint32{t0: dataBase}, mem: map[uint32]uint32{dataBase: 41},
			wantRegs: map[int]uint32{t1: 1}, wantMem: map[uint32]uint32{dataBase: 42}},
		{name: "sc without ll fails", code: []uint32{vmtest.I(56, t0, t1, 0)},
			regs: map[int]uint32{t0: dataBase, t1: 5}, mem: map[uint32]uint32{dataBase: 41},
			wantRegs: map[int]uint32{t1: 0}, wantMem: map[uint32]uint32{dataBase: 41}},
		{name: "sc at another address fails", code: []uint32{vmtest.I(48, t0, t1, 0), vmtest.I(56, t0, t1, 4)},
			regs: map[int]uint32{t0: dataBase}, mem: map[uint32]uint32{dataBase: 41},
			wantRegs: map[int]uint32{t1: 0}, wantMem: map[uint32]uint32{dataBase + 4: 0}},
		{name: "sync is a no-op", code: []uint32{15}},
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
			if c.wantHI != nil && th.HI != *c.wantHI {
				t.Errorf("hi = %#x, want %#x", th.HI, *c.wantHI)
			}
			if c.wantLO != nil && th.LO != *c.wantLO {
				t.Errorf("lo = %#x, want %#x", th.LO, *c.wantLO)
			}
			for a, want := range c.wantMem {
				if got := e.Mem.Word(a); got != want {
					t.Errorf("mem[%#x] = %#x, want %#x", a, got, want)
				}
			}
			if c.wantPC != 0 && th.PC != c.wantPC {
				t.Errorf("pc = %#x, want %#x", th.PC, c.wantPC)
			}
		})
	}
}

// TestUnalignedWordAccess covers lwl/lwr/swl/swr at every alignment, against a byte-level model of big-endian
// memory written here from the MIPS manual's definition.
func TestUnalignedWordAccess(t *testing.T) {
	const memWord, regWord = 0x11223344, 0xAABBCCDD
	mb := [4]uint32{0x11, 0x22, 0x33, 0x44}
	rb := [4]uint32{0xAA, 0xBB, 0xCC, 0xDD}
	word := func(b [4]uint32) uint32 { return b[0]<<24 | b[1]<<16 | b[2]<<8 | b[3] }
	for k := uint32(0); k < 4; k++ {
		// lwl: memory bytes k..3 become register bytes 0..3-k.
		lwl := rb
		for i := k; i < 4; i++ {
			lwl[i-k] = mb[i]
		}
		// lwr: memory bytes 0..k become register bytes 3-k..3.
		lwr := rb
		for i := uint32(0); i <= k; i++ {
			lwr[3-k+i] = mb[i]
		}
		// swl: register bytes 0..3-k go to memory bytes k..3.
		swl := mb
		for i := k; i < 4; i++ {
			swl[i] = rb[i-k]
		}
		// swr: register bytes 3-k..3 go to memory bytes 0..k.
		swr := mb
		for i := uint32(0); i <= k; i++ {
			swr[i] = rb[3-k+i]
		}
		checks := []struct {
			op      uint32
			wantReg uint32
			wantMem uint32
		}{{34, word(lwl), memWord}, {38, word(lwr), memWord}, {42, regWord, word(swl)}, {46, regWord, word(swr)}}
		for _, ch := range checks {
			t.Run(fmt.Sprintf("op%d/offset%d", ch.op, k), func(t *testing.T) {
				c := insnCase{code: []uint32{vmtest.I(ch.op, t0, t1, int32(k))}, regs: map[int]uint32{t0: dataBase, t1: regWord},
					mem: map[uint32]uint32{dataBase: memWord}}
				e := runInsnCase(t, &c)
				if got := e.State.Thread.Regs[t1]; got != ch.wantReg {
					t.Errorf("register %#x, want %#x", got, ch.wantReg)
				}
				if got := e.Mem.Word(dataBase); got != ch.wantMem {
					t.Errorf("memory %#x, want %#x", got, ch.wantMem)
				}
			})
		}
	}
}
