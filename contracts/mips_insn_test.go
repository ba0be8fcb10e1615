package contracts_test

import (
	"encoding/binary"
	"fmt"
	"testing"

	"github.com/opml-dev/opml/internal/keccak"
	"github.com/opml-dev/opml/vm"
	"github.com/opml-dev/opml/vm/vmtest"
)

const (
	codeBase = 0x00010000
	dataBase = 0x00020000
	nop      = 0
	syscall  = 12
)

// Registers used by the tests.
const (
	v0, a0, a1, a2, a3 = 2, 4, 5, 6, 7
	t0, t1, t2         = 8, 9, 10
	sp, ra             = 29, 31
)

// edgeValues are register values at the boundaries of 32-bit arithmetic.
var edgeValues = []uint32{0, 1, 33, 0x7FFF, 0x8000, 0x7FFFFFFF, 0x80000000, 0xFFFFFFFF, 0xFFFFFFFE, 0x12345678,
	0xFFFF8000}

// machine describes a hand-made starting point: code at codeBase, registers, HI/LO, memory words and any other
// state fields.
type machine struct {
	code   []uint32
	regs   map[int]uint32
	hi, lo uint32
	mem    map[uint32]uint32
	setup  func(s *vm.State)
	oracle *vm.PreimageStore
}

func (m *machine) emulator(t testing.TB) *vm.Emulator {
	t.Helper()
	mem := vm.NewMemory()
	for i, w := range m.code {
		mem.SetWord(codeBase+uint32(4*i), w)
	}
	for a, w := range m.mem {
		mem.SetWord(a, w)
	}
	s := vm.State{NextTID: 2}
	s.Thread = vm.Thread{TID: 1, PC: codeBase, NextPC: codeBase + 4, HI: m.hi, LO: m.lo}
	for r, v := range m.regs {
		s.Thread.Regs[r] = v
	}
	if m.setup != nil {
		m.setup(&s)
	}
	e, err := vm.NewEmulatorWithState(s, mem)
	if err != nil {
		t.Fatal(err)
	}
	if m.oracle != nil {
		e.Oracle = m.oracle
	}
	return e
}

// run proves n steps of the machine on both verifiers and returns the emulator after them.
func (v *verifier) run(t testing.TB, m *machine, n int, what string) *vm.Emulator {
	t.Helper()
	e := m.emulator(t)
	for i := 0; i < n; i++ {
		v.prove(t, e, fmt.Sprintf("%s, step %d", what, i+1))
	}
	return e
}

// one proves the single instruction insn with rs = t0 = vs and rt = t1 = vt (and t2 = vt ^ 0x5A5A5A5A as the
// old rd) and returns the emulator after it.
func (v *verifier) one(t testing.TB, insn, vs, vt uint32, what string) *vm.Emulator {
	t.Helper()
	m := &machine{code: []uint32{insn}, regs: map[int]uint32{t0: vs, t1: vt, t2: vt ^ 0x5A5A5A5A}, hi: vs ^ 0x0F0F0F0F, lo: vt ^ 0xF0F0F0F0}
	return v.run(t, m, 1, fmt.Sprintf("%s (insn %08x, rs %#x, rt %#x)", what, insn, vs, vt))
}

func wantReg(t testing.TB, e *vm.Emulator, r int, want uint32, what string) {
	t.Helper()
	if got := e.State.Thread.Regs[r]; got != want {
		t.Fatalf("%s: r%d = %#x, want %#x", what, r, got, want)
	}
}

func wantFault(t testing.TB, e *vm.Emulator, want vm.Fault, what string) {
	t.Helper()
	if got := e.State.Fault; got != want {
		t.Fatalf("%s: fault %v, want %v", what, got, want)
	}
}

// TestMIPSSpecial runs every SPECIAL funct (but syscall, tested below) over edge operands and shift amounts.
func TestMIPSSpecial(t *testing.T) {
	v := newVerifier(t)
	for funct := uint32(0); funct < 64; funct++ {
		if funct == syscall {
			continue
		}
		// The shift amount only matters to the immediate shifts; elsewhere one non-zero value shows it ignored.
		shamts := []uint32{0, 5}
		if funct == 0 || funct == 2 || funct == 3 {
			shamts = []uint32{0, 1, 8, 31}
		}
		for _, sa := range shamts {
			insn := vmtest.R(funct, t0, t1, t2, sa)
			for _, vs := range edgeValues {
				for _, vt := range edgeValues {
					v.one(t, insn, vs, vt, fmt.Sprintf("special funct %d", funct))
					if funct == 6 { // rotrv: bit 6 set
						v.one(t, insn|1<<6, vs, vt, "rotrv")
					}
				}
			}
		}
		if funct == 2 { // rotr: bit 21 set (rs = 1)
			for _, sa := range shamts {
				for _, vt := range edgeValues {
					v.one(t, vmtest.R(funct, 1, t1, t2, sa), 0, vt, "rotr")
				}
			}
		}
	}
	// Independent spot checks that the cases above really exercise the semantics.
	e := v.one(t, vmtest.R(33, t0, t1, t2, 0), 0x7FFFFFFF, 1, "addu")
	wantReg(t, e, t2, 0x80000000, "addu wraps")
	e = v.one(t, vmtest.R(32, t0, t1, t2, 0), 0x7FFFFFFF, 1, "add")
	wantFault(t, e, vm.FaultOverflow, "add overflow")
	e = v.one(t, vmtest.R(34, t0, t1, t2, 0), 0x80000000, 1, "sub")
	wantFault(t, e, vm.FaultOverflow, "sub overflow")
	e = v.one(t, vmtest.R(3, 0, t1, t2, 4), 0, 0x80000000, "sra")
	wantReg(t, e, t2, 0xF8000000, "sra sign-extends")
	e = v.one(t, vmtest.R(2, 1, t1, t2, 8), 0, 0x12345678, "rotr")
	wantReg(t, e, t2, 0x78123456, "rotr")
	e = v.one(t, vmtest.R(26, t0, t1, 0, 0), 7, 0, "div by zero")
	if e.State.Thread.LO != 0xFFFFFFFF || e.State.Thread.HI != 7 {
		t.Fatalf("div by zero: lo %#x hi %#x", e.State.Thread.LO, e.State.Thread.HI)
	}
	e = v.one(t, vmtest.R(26, t0, t1, 0, 0), 0x80000000, 0xFFFFFFFF, "div overflow")
	if e.State.Thread.LO != 0x80000000 || e.State.Thread.HI != 0 {
		t.Fatalf("div 0x80000000/-1: lo %#x hi %#x", e.State.Thread.LO, e.State.Thread.HI)
	}
	e = v.one(t, vmtest.R(24, t0, t1, 0, 0), 0xFFFFFFFF, 2, "mult")
	if e.State.Thread.LO != 0xFFFFFFFE || e.State.Thread.HI != 0xFFFFFFFF {
		t.Fatalf("mult -1*2: lo %#x hi %#x", e.State.Thread.LO, e.State.Thread.HI)
	}
	e = v.one(t, vmtest.R(1, t0, t1, t2, 0), 0, 0, "funct 1")
	wantFault(t, e, vm.FaultBadInstruction, "unsupported funct")
	e = v.one(t, vmtest.R(13, 0, 0, 0, 0), 0, 0, "break")
	wantFault(t, e, vm.FaultTrap, "break")
	v.stats.report(t, "SPECIAL instructions")
}

// TestMIPSImmediates runs every opcode 8..15 over edge operands and immediates.
func TestMIPSImmediates(t *testing.T) {
	v := newVerifier(t)
	for op := uint32(8); op <= 15; op++ {
		for _, imm := range []int32{0, 1, -1, 0x7FFF, -0x8000, 0x1234, -2} {
			for _, vs := range edgeValues {
				v.one(t, vmtest.I(op, t0, t1, imm), vs, 0xDEADBEEF, fmt.Sprintf("op %d", op))
			}
		}
	}
	e := v.one(t, vmtest.I(8, t0, t1, -1), 0x80000000, 0, "addi")
	wantFault(t, e, vm.FaultOverflow, "addi overflow")
	e = v.one(t, vmtest.I(9, t0, t1, -2), 1, 0, "addiu")
	wantReg(t, e, t1, 0xFFFFFFFF, "addiu sign-extends")
	e = v.one(t, vmtest.I(11, t0, t1, -1), 5, 0, "sltiu")
	wantReg(t, e, t1, 1, "sltiu compares with the sign-extended immediate as unsigned")
	e = v.one(t, vmtest.I(13, t0, t1, -1), 0, 0, "ori")
	wantReg(t, e, t1, 0xFFFF, "ori zero-extends")
	v.stats.report(t, "immediate ALU instructions")
}

// TestMIPSUnsupportedOpcodes checks every primary opcode without a meaning faults with code 1 on both sides.
func TestMIPSUnsupportedOpcodes(t *testing.T) {
	v := newVerifier(t)
	supported := map[uint32]bool{0: true, 1: true, 2: true, 3: true, 4: true, 5: true, 6: true, 7: true, 8: true, 9: true,
		10: true, 11: true, 12: true, 13: true, 14: true, 15: true, 28: true, 31: true, 32: true, 33: true, 34: true,
		35: true, 36: true, 37: true, 38: true, 40: true, 41: true, 42: true, 43: true, 46: true, 48: true, 56: true}
	for op := uint32(0); op < 64; op++ {
		if supported[op] {
			continue
		}
		e := v.one(t, vmtest.I(op, t0, t1, 0x10), dataBase, 0, fmt.Sprintf("op %d", op))
		wantFault(t, e, vm.FaultBadInstruction, fmt.Sprintf("op %d", op))
	}
}

// TestMIPSBranches runs every branch and jump taken and not taken, with their delay slots, links, and the
// delay-slot fault.
func TestMIPSBranches(t *testing.T) {
	v := newVerifier(t)
	const back = -3 // branch target before the branch
	branches := []uint32{
		vmtest.I(4, t0, t1, 5), vmtest.I(5, t0, t1, 5), vmtest.I(4, t0, t1, back), vmtest.I(5, t0, t1, back),
		vmtest.I(6, t0, 0, 5), vmtest.I(7, t0, 0, 5), vmtest.I(6, t0, 0, back), vmtest.I(7, t0, 0, back),
		vmtest.J(2, codeBase+0x40), vmtest.J(3, codeBase+0x40), vmtest.J(2, 0x0FFFFFFC), vmtest.J(3, 0),
		vmtest.R(8, t0, 0, 0, 0), vmtest.R(9, t0, 0, ra, 0), vmtest.R(9, t0, 0, t0, 0), vmtest.R(9, t0, 0, 0, 0), vmtest.R(9, t1, 0, t2, 0),
	}
	for rt := uint32(0); rt < 32; rt++ { // REGIMM: bltz, bgez, bltzal, bgezal; the rest fault
		branches = append(branches, vmtest.I(1, t0, rt, 5), vmtest.I(1, t0, rt, back))
	}
	values := []uint32{0, 1, 0x7FFFFFFF, 0x80000000, 0xFFFFFFFF, codeBase + 0x100, codeBase + 0x102}
	for _, insn := range branches {
		for _, vs := range values {
			for _, vt := range []uint32{0, vs, 0xFFFFFFFF} {
				what := fmt.Sprintf("branch %08x rs %#x rt %#x", insn, vs, vt)
				m := &machine{code: []uint32{insn, vmtest.I(9, 0, t2, 7)}, regs: map[int]uint32{t0: vs, t1: vt}}
				v.run(t, m, 2, what) // the branch and its delay slot
				// The same branch in a delay slot faults, whatever it would have done.
				m.setup = func(s *vm.State) { s.Thread.NextPC = codeBase + 0x200 }
				e := v.run(t, m, 1, what+" in a delay slot")
				if insn>>26 != 1 || (insn>>16)&31 == 0 || (insn>>16)&31 == 1 || (insn>>16)&31 == 16 || (insn>>16)&31 == 17 {
					wantFault(t, e, vm.FaultDelaySlot, what+" in a delay slot")
				}
			}
		}
	}
	// Branch targets wrap around the address space like the Go step's uint32 arithmetic.
	m := &machine{code: []uint32{vmtest.I(4, 0, 0, -0x8000)}, setup: func(s *vm.State) {
		s.Thread.PC, s.Thread.NextPC = 0x00001000, 0x00001004
	}}
	m2 := m.emulator(t)
	m2.Mem.SetWord(0x1000, vmtest.I(4, 0, 0, -0x8000))
	v.prove(t, m2, "beq to a wrapped target")
	if m2.State.Thread.NextPC != 0xFFFE1004 {
		t.Fatalf("wrapped branch target %#x", m2.State.Thread.NextPC)
	}
	e := v.run(t, &machine{code: []uint32{vmtest.R(9, t0, 0, t0, 0)}, regs: map[int]uint32{t0: codeBase + 0x80}}, 1, "jalr rs = rd")
	if e.State.Thread.NextPC != codeBase+0x80 || e.State.Thread.Regs[t0] != codeBase+8 {
		t.Fatalf("jalr t0, t0: nextPC %#x, t0 %#x", e.State.Thread.NextPC, e.State.Thread.Regs[t0])
	}
	e = v.run(t, &machine{code: []uint32{vmtest.I(1, t0, 16, 5)}, regs: map[int]uint32{t0: 1}}, 1, "bltzal not taken")
	wantReg(t, e, ra, codeBase+8, "bltzal links even when not taken")
	v.stats.report(t, "branches and jumps")
}

// TestMIPSSpecial2And3 runs every SPECIAL2 and SPECIAL3 funct, ext/ins over all positions and sizes and the
// BSHFL variants.
func TestMIPSSpecial2And3(t *testing.T) {
	v := newVerifier(t)
	for funct := uint32(0); funct < 64; funct++ {
		for _, vs := range edgeValues {
			for _, vt := range []uint32{0, 1, 0x80000000, 0xFFFFFFFF, 0x12345678, 3} {
				v.one(t, 28<<26|vmtest.R(funct, t0, t1, t2, 0), vs, vt, fmt.Sprintf("special2 funct %d", funct))
			}
		}
		for _, sa := range []uint32{0, 2, 16, 24, 5} {
			v.one(t, 31<<26|vmtest.R(funct, t0, t1, t2, sa), 0xF00DFACE, 0x8081FF7F, fmt.Sprintf("special3 funct %d sa %d", funct, sa))
		}
	}
	for pos := uint32(0); pos < 32; pos++ {
		for field := uint32(0); field < 32; field++ { // ext: size-1; ins: msb
			v.one(t, 31<<26|vmtest.R(0, t0, t1, field, pos), 0xC3A5F00F, 0x5A5A5A5A, "ext")
			v.one(t, 31<<26|vmtest.R(4, t0, t1, field, pos), 0xC3A5F00F, 0x5A5A5A5A, "ins")
		}
	}
	e := v.one(t, 28<<26|vmtest.R(32, t0, 0, t2, 0), 0x00010000, 0, "clz")
	wantReg(t, e, t2, 15, "clz")
	e = v.one(t, 28<<26|vmtest.R(33, t0, 0, t2, 0), 0xFFFF0000, 0, "clo")
	wantReg(t, e, t2, 16, "clo")
	e = v.one(t, 31<<26|vmtest.R(0, t0, t1, 3, 4), 0x000000F0, 0, "ext")
	wantReg(t, e, t1, 0xF, "ext 4 bits at 4")
	e = v.one(t, 31<<26|vmtest.R(0, t0, t1, 31, 1), 0, 0, "ext")
	wantFault(t, e, vm.FaultBadInstruction, "ext past bit 31")
	e = v.one(t, 31<<26|vmtest.R(32, 0, t1, t2, 16), 0, 0x80, "seb")
	wantReg(t, e, t2, 0xFFFFFF80, "seb")
	v.stats.report(t, "SPECIAL2 and SPECIAL3")
}

// TestMIPSLoadsStores runs every load and store at all four alignments, across leaf boundaries, with negative
// offsets, unaligned and in the null page.
func TestMIPSLoadsStores(t *testing.T) {
	v := newVerifier(t)
	ops := []uint32{32, 33, 34, 35, 36, 37, 38, 40, 41, 42, 43, 46, 48, 56}
	memWords := map[uint32]uint32{dataBase: 0x8192A3B4, dataBase + 4: 0xC5D6E7F8, dataBase + 28: 0x01020304,
		dataBase + 32: 0xF1F2F3F4, dataBase - 4: 0x7F80FF00}
	for _, op := range ops {
		for _, base := range []uint32{dataBase, dataBase + 28, dataBase + 32, dataBase + 64} {
			for off := int32(-4); off < 8; off++ {
				for _, vt := range []uint32{0x11223344, 0xFFFFFFFF, 0x80008080} {
					m := &machine{code: []uint32{vmtest.I(op, t0, t1, off)}, regs: map[int]uint32{t0: base, t1: vt}, mem: memWords}
					v.run(t, m, 1, fmt.Sprintf("op %d at %#x%+d", op, base, off))
				}
			}
		}
		// The null page and a wrapped address.
		for _, base := range []uint32{0, 0x0FFC, 0xFFFFFFFC} {
			m := &machine{code: []uint32{vmtest.I(op, t0, t1, 4)}, regs: map[int]uint32{t0: base, t1: 1}}
			v.run(t, m, 1, fmt.Sprintf("op %d at %#x+4", op, base))
		}
	}
	// lwl/lwr and swl/swr pairs assemble and split an unaligned word at every alignment.
	for align := uint32(0); align < 4; align++ {
		addr := dataBase + 8 + align
		m := &machine{
			code: []uint32{vmtest.I(34, t0, t1, 0), vmtest.I(38, t0, t1, 3), vmtest.I(42, t0, t2, 0), vmtest.I(46, t0, t2, 3)},
			regs: map[int]uint32{t0: addr, t2: 0xA1B2C3D4},
			mem:  map[uint32]uint32{dataBase + 8: 0x00112233, dataBase + 12: 0x44556677},
		}
		e := v.run(t, m, 4, fmt.Sprintf("lwl/lwr/swl/swr at alignment %d", align))
		want := uint32(uint64(0x0011223344556677) >> (32 - 8*align))
		wantReg(t, e, t1, want, fmt.Sprintf("lwl+lwr at alignment %d", align))
		got := uint64(e.Mem.Word(dataBase+8))<<32 | uint64(e.Mem.Word(dataBase+12))
		if w := uint32(got >> (32 - 8*align)); w != 0xA1B2C3D4 {
			t.Fatalf("swl+swr at alignment %d stored %#x", align, w)
		}
	}
	e := v.run(t, &machine{code: []uint32{vmtest.I(32, t0, t1, 0)}, regs: map[int]uint32{t0: dataBase}, mem: memWords}, 1, "lb")
	wantReg(t, e, t1, 0xFFFFFF81, "lb sign-extends")
	e = v.run(t, &machine{code: []uint32{vmtest.I(37, t0, t1, 2)}, regs: map[int]uint32{t0: dataBase}, mem: memWords}, 1, "lhu")
	wantReg(t, e, t1, 0xA3B4, "lhu")
	e = v.run(t, &machine{code: []uint32{vmtest.I(35, t0, t1, 2)}, regs: map[int]uint32{t0: dataBase}}, 1, "lw unaligned")
	wantFault(t, e, vm.FaultUnaligned, "lw unaligned")
	e = v.run(t, &machine{code: []uint32{vmtest.I(43, t0, t1, 0x10)}, regs: map[int]uint32{t0: 0}}, 1, "sw null page")
	wantFault(t, e, vm.FaultNullPage, "sw null page")
	v.stats.report(t, "loads and stores")
}

// TestMIPSLLSC runs ll/sc sequences: success, a different address, no reservation, a reservation already used,
// and a reservation dropped by a thread switch.
func TestMIPSLLSC(t *testing.T) {
	v := newVerifier(t)
	mem := map[uint32]uint32{dataBase: 5, dataBase + 4: 9}
	cases := []struct {
		name   string
		code   []uint32
		setup  func(*vm.State)
		wantT2 uint32
	}{
		{"ll then sc", []uint32{vmtest.I(48, t0, t1, 0), vmtest.I(56, t0, t2, 0)}, nil, 1},
		{"ll then sc elsewhere", []uint32{vmtest.I(48, t0, t1, 0), vmtest.I(56, t0, t2, 4)}, nil, 0},
		{"sc without ll", []uint32{nop, vmtest.I(56, t0, t2, 0)}, nil, 0},
		{"sc with a valid reservation from the state", []uint32{nop, vmtest.I(56, t0, t2, 0)}, func(s *vm.State) {
			s.Flags, s.LLAddr = 1, dataBase
		}, 1},
		{"sc with a stale reservation address", []uint32{nop, vmtest.I(56, t0, t2, 0)}, func(s *vm.State) {
			s.Flags, s.LLAddr = 0, dataBase
		}, 0},
		{"ll sc sc", []uint32{vmtest.I(48, t0, t1, 0), vmtest.I(56, t0, t2, 0), vmtest.I(56, t0, t2, 0)}, nil, 0},
		{"sc unaligned", []uint32{vmtest.I(48, t0, t1, 0), vmtest.I(56, t0, t2, 2)}, nil, 0x2222},
	}
	for _, c := range cases {
		m := &machine{code: c.code, regs: map[int]uint32{t0: dataBase, t2: 0x2222}, mem: mem, setup: c.setup}
		e := v.run(t, m, len(c.code), c.name)
		if c.name == "ll sc sc" {
			if e.State.Thread.Regs[t2] != 0 || e.Mem.Word(dataBase) != 0x2222 {
				t.Fatalf("%s: t2 %#x, mem %#x", c.name, e.State.Thread.Regs[t2], e.Mem.Word(dataBase))
			}
			continue
		}
		wantReg(t, e, t2, c.wantT2, c.name)
	}
	v.stats.report(t, "ll/sc")
}

// TestMIPSFetchAndHalted covers the fetch faults, halted states (same hash, no proof) and the wrap of the
// 64-bit step counters.
func TestMIPSFetchAndHalted(t *testing.T) {
	v := newVerifier(t)
	for _, pc := range []uint32{codeBase + 2, 0x0FFC, 0} {
		e := v.run(t, &machine{code: []uint32{nop}, setup: func(s *vm.State) { s.Thread.PC, s.Thread.NextPC = pc, pc+4 }}, 1, fmt.Sprintf("fetch at %#x", pc))
		if e.State.Fault == vm.FaultNone {
			t.Fatalf("fetch at %#x did not fault", pc)
		}
	}
	for _, setup := range []func(*vm.State){
		func(s *vm.State) { s.Exited = true },
		func(s *vm.State) { s.Exited, s.ExitCode = true, 3 },
		func(s *vm.State) { s.Fault = vm.FaultTrap },
		func(s *vm.State) { s.Exited, s.Fault = true, vm.FaultOverflow },
	} {
		e := (&machine{code: []uint32{nop}, setup: setup}).emulator(t)
		w := v.prove(t, e, "halted state")
		if w.PostStateHash != w.PreStateHash || len(w.Proof) != 0 {
			t.Fatalf("halted state changed or needed a proof")
		}
	}
	e := v.run(t, &machine{code: []uint32{vmtest.I(9, 0, t1, 1), vmtest.R(13, 0, 0, 0, 0)}, setup: func(s *vm.State) {
		s.Step, s.StepsSinceSwitch = ^uint64(0), ^uint64(0)
	}}, 2, "step counters wrap")
	if e.State.Step != 1 || e.State.Fault != vm.FaultTrap {
		t.Fatalf("after the wrap: step %d, fault %v", e.State.Step, e.State.Fault)
	}
	v.stats.report(t, "fetch faults and halted states")
}

// loadImm returns the instructions that set r to v.
// sys returns the instructions of a syscall with the given number and arguments a0..a3.
func sys(num uint32, args ...uint32) []uint32 {
	var code []uint32
	for i, a := range args {
		code = append(code, vmtest.LoadImm(uint32(a0+i), a)...)
	}
	code = append(code, vmtest.LoadImm(v0, num)...)
	return append(code, syscall)
}

// TestMIPSSyscalls runs every syscall of the spec with ordinary and edge arguments.
func TestMIPSSyscalls(t *testing.T) {
	v := newVerifier(t)
	type call struct {
		num  uint32
		args []uint32
	}
	calls := []call{
		{4246, []uint32{0}}, {4246, []uint32{0x1FF}}, {4001, []uint32{3}},
		{4003, []uint32{0, dataBase, 8}}, {4003, []uint32{7, dataBase, 8}}, {4003, []uint32{5, dataBase, 0}},
		{4003, []uint32{5, dataBase, 8}}, // key type 0: EINVAL
		{4004, []uint32{1, dataBase, 5}}, {4004, []uint32{2, dataBase, 5}}, {4004, []uint32{4, dataBase, 5}},
		{4004, []uint32{9, dataBase, 5}}, {4004, []uint32{3, dataBase, 5}}, {4004, []uint32{6, dataBase + 4, 8}},
		{4004, []uint32{6, dataBase + 30, 8}}, {4004, []uint32{6, dataBase, 0}}, {4004, []uint32{6, dataBase, 40}},
		{4004, []uint32{6, 0x10, 4}},
		{4045, nil},
		{4090, []uint32{0, 0x1001, 0, 0x800}}, {4090, []uint32{0, 0, 0, 0x800}}, {4090, []uint32{0, 0xFFFFF001, 0, 0x800}},
		{4090, []uint32{0, 0x1000, 0, 0}}, {4090, []uint32{0x20000000, 0x1000, 0, 0x800}},
		{4090, []uint32{0x7F000000, 0x1000, 0, 0x800}}, {4090, []uint32{0x7F000000, 0x1000, 0, 0x810}},
		{4090, []uint32{0x20000001, 0x1000, 0, 0x800}}, {4090, []uint32{0, 0x7F000000, 0, 0x800}},
		{4091, nil}, {4125, nil}, {4218, nil}, {4218, []uint32{dataBase, 0x1000, 4}}, {4218, []uint32{dataBase, 1, 8}},
		{4218, []uint32{dataBase + 4, 0x1000, 4}}, {4218, []uint32{dataBase, 0xFFFFF001, 4}}, {4218, []uint32{0, 0x1000, 4}},
		{4218, []uint32{0xFFFFF000, 0x1000, 4}}, {4218, []uint32{0xFFFFE000, 0x1000, 4}}, {4218, []uint32{dataBase, 0x5000, 4}},
		{4006, nil}, {4037, nil}, {4266, nil}, {4194, nil}, {4195, nil},
		{4206, nil}, {4249, nil},
		{4120, []uint32{0x10100, 0x7000}}, {4120, []uint32{0x100, 0x7000}},
		{4162, nil}, {4166, nil},
		{4238, []uint32{dataBase, 128, 7}}, {4238, []uint32{dataBase, 0, 2}}, {4422, []uint32{dataBase, 1, 0}},
		{4422, []uint32{dataBase, 9, 0}}, {4238, []uint32{dataBase + 2, 0, 0}}, {4238, []uint32{0x20, 0, 0}},
		{4020, nil}, {4222, nil},
		{4240, []uint32{0, 3, dataBase}}, {4240, []uint32{0, 64, dataBase + 4}}, {4240, []uint32{0, 64, dataBase + 1}},
		{4240, []uint32{0, 64, 0}},
		{4263, []uint32{0, dataBase}}, {4263, []uint32{1, dataBase + 28}}, {4263, []uint32{0, dataBase + 2}},
		{4263, []uint32{0, 0xFFFFFFFC}}, {4263, []uint32{0, 0x0FF8}},
		{4353, []uint32{dataBase, 16}}, {4353, []uint32{dataBase + 28, 16}}, {4353, []uint32{dataBase + 3, 64}},
		{4353, []uint32{dataBase, 0}}, {4353, []uint32{0x40, 4}},
		{4326, nil}, {4248, nil}, {4325, nil}, {4313, []uint32{8, 0, 1, 0}}, {4313, []uint32{8, 0, 1, 5}},
		{4250, []uint32{8, 0, 1, 0xFFFFFFFF}},
		{4055, []uint32{9}}, {4055, []uint32{10}},
		{4999, nil}, {0, nil}, {4000, nil},
	}
	mem := map[uint32]uint32{dataBase: 7, dataBase + 4: 0x02AABBCC, dataBase + 8: 0xDDEEFF00, dataBase + 28: 0x55555555}
	for _, c := range calls {
		code := sys(c.num, c.args...)
		m := &machine{code: code, mem: mem, setup: func(s *vm.State) { s.Step = 1_234_567_890_123 }}
		v.run(t, m, len(code), fmt.Sprintf("syscall %d%v", c.num, c.args))
	}
	// Independent spot checks.
	code := sys(4263, 0, dataBase)
	e := v.run(t, &machine{code: code, setup: func(s *vm.State) { s.Step = 5_000_000_005 }}, len(code), "clock_gettime")
	if sec, nsec := e.Mem.Word(dataBase), e.Mem.Word(dataBase+4); sec != 5 || nsec != uint32(5+len(code)) {
		t.Fatalf("clock_gettime at step %d: %d s %d ns", 5_000_000_005+len(code), sec, nsec)
	}
	code = sys(4353, dataBase, 4)
	e = v.run(t, &machine{code: code}, len(code), "getrandom")
	random := keccak.Sum256(binary.BigEndian.AppendUint64(nil, uint64(len(code))))
	if got := e.Mem.Word(dataBase); got != binary.BigEndian.Uint32(random[:4]) {
		t.Fatalf("getrandom wrote %#x", got)
	}
	v.stats.report(t, "syscalls")
}

// TestMIPSPreimage writes keccak256 and local keys through fd 6 and reads their streams through fd 5 at every
// buffer alignment, to the end of the stream.
func TestMIPSPreimage(t *testing.T) {
	v := newVerifier(t)
	store := vm.NewPreimageStore()
	data := []byte("opml: the model input, long enough to span more than one 32-byte part of the stream")
	kkey := store.AddKeccak256(data)
	v.preimages[kkey] = data
	lkey := vm.LocalKey(7)
	local := []byte("local data bound to one dispute")
	if err := store.AddLocal(lkey, local); err != nil {
		t.Fatal(err)
	}
	v.preimages[lkey] = local
	for _, key := range [][32]byte{kkey, lkey} {
		for _, bufOff := range []uint32{0, 3, 17, 31} {
			keyAddr := uint32(dataBase + 0x100)
			mem := map[uint32]uint32{}
			for i := 0; i < 8; i++ {
				mem[keyAddr+uint32(4*i)] = binary.BigEndian.Uint32(key[4*i:])
			}
			// write(6, key, 32); loop: read(5, buf, 32 - bufOff) until it returns 0.
			code := sys(4004, 6, keyAddr, 32)
			loop := uint32(len(code))
			code = append(code, sys(4003, 5, dataBase+bufOff, 32)...)
			n := uint32(len(code))
			code = append(code, vmtest.I(5, v0, 0, int32(loop)-int32(n)-1), nop, vmtest.R(13, 0, 0, 0, 0))
			m := &machine{code: code, mem: mem, oracle: store}
			e := m.emulator(t)
			for i := 0; i < 2000 && !e.State.Halted(); i++ {
				v.prove(t, e, fmt.Sprintf("preimage key type %d, buffer offset %d", key[0], bufOff))
			}
			if e.State.Fault != vm.FaultTrap {
				t.Fatalf("preimage loop did not reach its break: %+v", e.State)
			}
			if e.State.PreimageOffset != uint32(8+len(v.preimages[key])) {
				t.Fatalf("read cursor %d at the end, want %d", e.State.PreimageOffset, 8+len(v.preimages[key]))
			}
		}
	}
	// A key whose data the oracle does not have: the emulator cannot prove the step and MIPS.step reverts.
	unknown := vm.Keccak256Key([]byte("never loaded"))
	code := sys(4003, 5, dataBase, 8)
	m := &machine{code: code, setup: func(s *vm.State) { s.PreimageKey = unknown }, oracle: store}
	e := m.emulator(t)
	for i := 0; i < len(code)-1; i++ {
		v.prove(t, e, "set up an unknown key")
	}
	if _, err := e.ProveStep(); err == nil {
		t.Fatal("the emulator read a key its oracle does not have")
	}
	v.stats.report(t, "preimage key writes and reads")
}

// TestMIPSMadvise clears page ranges with madvise(MADV_DONTNEED), from one page to 1 GiB, in memory written inside
// and around them, and proves every step of every call on both verifiers.
func TestMIPSMadvise(t *testing.T) {
	v := newVerifier(t)
	ranges := [][2]uint32{{0x21000, 0x1000}, {0x20000, 0x5000}, {0x21000, 0x1F001}, {0x1F000, 0x22000},
		{0x3FF000, 0x402000}, {0x40000000, 0x40000000}, {0x7FFFF000, 0x2000}, {0x80000000, 0x7FFFF000}}
	for _, r := range ranges {
		addr, length := r[0], r[1]
		end := addr + (length+0xFFF)&^0xFFF
		mem := map[uint32]uint32{addr: 1, end - 4: 2, addr - 4: 3, end: 4, addr + (end-addr)/2&^3: 5, 0x80001000: 6}
		code := sys(4218, addr, length, 4)
		e := (&machine{code: code, mem: mem}).emulator(t)
		steps := 0
		for e.State.Thread.PC <= codeBase+4*uint32(len(code)-1) {
			if steps++; steps > len(code)+40 || e.State.Halted() {
				t.Fatalf("madvise(%#x, %#x): not done after %d steps (fault %v)", addr, length, steps, e.State.Fault)
			}
			v.prove(t, e, fmt.Sprintf("madvise(%#x, %#x)", addr, length))
		}
		wantReg(t, e, v0, 0, "madvise")
		wantReg(t, e, a3, 0, "madvise")
		for a, w := range mem {
			if a < 0x1000 {
				continue
			}
			want := w
			if a >= addr && a < end {
				want = 0
			}
			if got := e.Mem.Word(a); got != want {
				t.Fatalf("madvise(%#x, %#x): word at %#x is %#x, want %#x", addr, length, a, got, want)
			}
		}
		t.Logf("madvise(%#x, %#x): %d steps", addr, length, steps-len(code)+1)
	}
	v.stats.report(t, "madvise")
}

// TestMIPSThreads runs clone, yields, switch steps (with the todo stack emptied into a new pass) and the exit of
// one thread and then of the last.
func TestMIPSThreads(t *testing.T) {
	v := newVerifier(t)
	// main: clone a child (it starts after the syscall, like the parent); both yield twice, then exit; the
	// child (v0 = 0) exits first with code 0, the parent with code 7.
	code := sys(4120, 0x10100, 0x7000)
	code = append(code, vmtest.R(37, v0, 0, t0, 0)) // t0 = v0: the child's tid in the parent, 0 in the child
	for i := 0; i < 2; i++ {
		code = append(code, sys(4162)...)
	}
	code = append(code, vmtest.I(5, t0, 0, 6), nop) // parent: skip the child's exit (5 instructions)
	code = append(code, sys(4001, 0)...)
	code = append(code, sys(4162)...)
	code = append(code, sys(4001, 7)...)
	e := (&machine{code: code}).emulator(t)
	switches := 0
	for i := 0; i < 200 && !e.State.Halted(); i++ {
		if e.State.StepsSinceSwitch >= vm.Quantum && (e.State.Todo != [32]byte{} || e.State.Done != [32]byte{}) {
			switches++
		}
		v.prove(t, e, "threads")
	}
	if !e.State.Exited || e.State.ExitCode != 7 || switches < 4 {
		t.Fatalf("threads: exited %v code %d after %d switches", e.State.Exited, e.State.ExitCode, switches)
	}
	v.stats.report(t, "threads")
}
