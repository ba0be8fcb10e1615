package vm

import (
	"encoding/binary"
	"math/bits"
)

// Run executes steps until the program halts or the step counter reaches stopAt. It runs the common instructions
// in a tight interpreter loop and hands everything else (syscalls, ll/sc, thread switches, faults, rare
// instructions) to the reference step, so semantics live in one place; the fuzz and corpus tests hold the loop to
// them.
func (e *Emulator) Run(stopAt uint64) error {
	s := &e.State
	for s.Step < stopAt && !s.Halted() {
		budget := stopAt - s.Step
		if s.Todo != ([32]byte{}) || s.Done != ([32]byte{}) {
			if s.StepsSinceSwitch >= Quantum {
				budget = 0
			} else {
				budget = min(budget, Quantum-s.StepsSinceSwitch)
			}
		}
		if n := e.runFast(budget); n < budget || budget == 0 {
			if s.Step >= stopAt {
				break
			}
			if err := e.Step(); err != nil {
				return err
			}
		}
	}
	return nil
}

// Predecoded instructions. Each executed code page keeps an array of decoded instructions (dropped when the page
// is written), so the loop dispatches once per instruction on a dense opcode with its operands already extracted.
// Instructions whose only effect is writing r0 decode to opNop; anything the loop does not handle decodes to
// opSlow and goes to the reference step.
type decoded struct {
	op         uint8
	rd, rs, rt uint8
	imm        uint32 // sign- or zero-extended immediate, shift amount, branch offset (<< 2) or jump target
}

type decodedPage [PageSize / 4]decoded

const (
	opSlow = iota
	opNop
	opSll
	opSrl
	opSra
	opSllv
	opSrlv
	opSrav
	opJr
	opJalr
	opMovz
	opMovn
	opMfhi
	opMthi
	opMflo
	opMtlo
	opMult
	opMultu
	opDiv
	opDivu
	opAddu
	opSubu
	opAnd
	opOr
	opXor
	opNor
	opSlt
	opSltu
	opBltz
	opBgez
	opBltzal
	opBgezal
	opJ
	opJal
	opBeq
	opBne
	opBlez
	opBgtz
	opAddiu
	opSlti
	opSltiu
	opAndi
	opOri
	opXori
	opLui
	opMul
	opClz
	opClo
	opLb
	opLbu
	opLh
	opLhu
	opLw
	opSb
	opSh
	opSw
)

// decode maps an instruction word to its fast form.
func decode(insn uint32) decoded {
	rs, rt, rd := uint8(insn>>21&31), uint8(insn>>16&31), uint8(insn>>11&31)
	simm := uint32(int32(int16(insn)))
	zimm := insn & 0xFFFF
	d := decoded{rs: rs, rt: rt, rd: rd}
	alu := func(op uint8, dest uint8, imm uint32) decoded { // an instruction whose only effect is writing dest
		if dest == 0 {
			return decoded{op: opNop}
		}
		d.op, d.imm = op, imm
		return d
	}
	switch insn >> 26 {
	case 0:
		sa := insn >> 6 & 31
		switch insn & 63 {
		case 0:
			return alu(opSll, rd, sa)
		case 2:
			if insn&(1<<21) == 0 {
				return alu(opSrl, rd, sa)
			}
		case 3:
			return alu(opSra, rd, sa)
		case 4:
			return alu(opSllv, rd, 0)
		case 6:
			if insn&(1<<6) == 0 {
				return alu(opSrlv, rd, 0)
			}
		case 7:
			return alu(opSrav, rd, 0)
		case 8:
			d.op = opJr
			return d
		case 9:
			d.op = opJalr
			if rd == 0 {
				d.op = opJr
			}
			return d
		case 10:
			return alu(opMovz, rd, 0)
		case 11:
			return alu(opMovn, rd, 0)
		case 15:
			return decoded{op: opNop}
		case 16:
			return alu(opMfhi, rd, 0)
		case 17:
			d.op = opMthi
			return d
		case 18:
			return alu(opMflo, rd, 0)
		case 19:
			d.op = opMtlo
			return d
		case 24, 25, 26, 27:
			d.op = [4]uint8{opMult, opMultu, opDiv, opDivu}[insn&63-24]
			return d
		case 33:
			return alu(opAddu, rd, 0)
		case 35:
			return alu(opSubu, rd, 0)
		case 36:
			return alu(opAnd, rd, 0)
		case 37:
			return alu(opOr, rd, 0)
		case 38:
			return alu(opXor, rd, 0)
		case 39:
			return alu(opNor, rd, 0)
		case 42:
			return alu(opSlt, rd, 0)
		case 43:
			return alu(opSltu, rd, 0)
		}
	case 1:
		d.imm = simm << 2
		switch rt {
		case 0:
			d.op = opBltz
		case 1:
			d.op = opBgez
		case 16:
			d.op = opBltzal
		case 17:
			d.op = opBgezal
		default:
			return decoded{op: opSlow}
		}
		return d
	case 2, 3:
		d.op = [2]uint8{opJ, opJal}[insn>>26-2]
		d.imm = (insn & 0x03FFFFFF) << 2
		return d
	case 4, 5, 6, 7:
		d.op = [4]uint8{opBeq, opBne, opBlez, opBgtz}[insn>>26-4]
		d.imm = simm << 2
		return d
	case 9:
		return alu(opAddiu, rt, simm)
	case 10:
		return alu(opSlti, rt, simm)
	case 11:
		return alu(opSltiu, rt, simm)
	case 12:
		return alu(opAndi, rt, zimm)
	case 13:
		return alu(opOri, rt, zimm)
	case 14:
		return alu(opXori, rt, zimm)
	case 15:
		return alu(opLui, rt, insn<<16)
	case 28:
		switch insn & 63 {
		case 2:
			return alu(opMul, rd, 0)
		case 32:
			return alu(opClz, rd, 0)
		case 33:
			return alu(opClo, rd, 0)
		}
	case 32, 33, 35, 36, 37: // loads into r0 still fault on bad addresses: leave them to the reference step
		if rt == 0 {
			return decoded{op: opSlow}
		}
		d.op = [6]uint8{opLb, opLh, opSlow, opLw, opLbu, opLhu}[insn>>26-32]
		d.imm = simm
		return d
	case 40, 41, 43:
		d.op = [4]uint8{opSb, opSh, opSlow, opSw}[insn>>26-40]
		d.imm = simm
		return d
	}
	return decoded{op: opSlow}
}

// decodePage decodes every word of a page.
func decodePage(p *page) *decodedPage {
	dec := new(decodedPage)
	for i := range dec {
		dec[i] = decode(binary.BigEndian.Uint32(p.data[4*i:]))
	}
	return dec
}

// runFast executes at most budget instruction steps and returns how many it executed; it stops early, before
// executing it, at the first instruction it leaves to the reference step.
func (e *Emulator) runFast(budget uint64) uint64 {
	s := &e.State
	t := &s.Thread
	regs := &t.Regs
	mem := e.Mem
	pc, npc := t.PC, t.NextPC
	var code *decodedPage
	codeKey := uint32(1) // page base of code; 1 never matches an aligned pc
	left := budget

	// store writes an aligned word, records the dirty leaf and drops the page's decoded code.
	store := func(addr, v uint32) {
		idx := addr >> PageAddrBits
		p := mem.page(idx)
		if p == nil {
			p = mem.allocPage(idx)
		}
		if !p.dirty { // a shared page is clean: the first write since a checkpoint copies it
			if p.shared {
				p = mem.own(idx, p)
				codeKey = 1 // the running page may be this one
			}
			p.dirty = true
			mem.dirtyPages = append(mem.dirtyPages, idx)
		}
		off := addr & (PageSize - 1)
		binary.BigEndian.PutUint32(p.data[off:], v)
		leaf := off >> 5
		p.dirtyLeaves[leaf>>6] |= 1 << (leaf & 63)
		if p.decoded != nil {
			p.decoded = nil
			codeKey = 1 // the running page may be this one
		}
	}
	load := func(addr uint32) uint32 {
		if p := mem.page(addr >> PageAddrBits); p != nil {
			return binary.BigEndian.Uint32(p.data[addr&(PageSize-1):])
		}
		return 0
	}

loop:
	for ; left > 0; left-- {
		if pc&^(PageSize-4) != codeKey {
			if pc&3 != 0 || pc < nullPageLimit {
				break
			}
			p := mem.page(pc >> PageAddrBits)
			if p == nil {
				break
			}
			if p.decoded == nil {
				p.decoded = decodePage(p)
			}
			code, codeKey = p.decoded, pc&^(PageSize-1)
		}
		d := &code[(pc&(PageSize-1))>>2]
		nextPC := npc + 4
		switch d.op {
		case opNop:
		case opSll:
			regs[d.rd] = regs[d.rt] << d.imm
		case opSrl:
			regs[d.rd] = regs[d.rt] >> d.imm
		case opSra:
			regs[d.rd] = uint32(int32(regs[d.rt]) >> d.imm)
		case opSllv:
			regs[d.rd] = regs[d.rt] << (regs[d.rs] & 31)
		case opSrlv:
			regs[d.rd] = regs[d.rt] >> (regs[d.rs] & 31)
		case opSrav:
			regs[d.rd] = uint32(int32(regs[d.rt]) >> (regs[d.rs] & 31))
		case opJr:
			if npc != pc+4 {
				break loop
			}
			nextPC = regs[d.rs]
		case opJalr:
			if npc != pc+4 {
				break loop
			}
			nextPC = regs[d.rs]
			regs[d.rd] = pc + 8
		case opMovz:
			if regs[d.rt] == 0 {
				regs[d.rd] = regs[d.rs]
			}
		case opMovn:
			if regs[d.rt] != 0 {
				regs[d.rd] = regs[d.rs]
			}
		case opMfhi:
			regs[d.rd] = t.HI
		case opMthi:
			t.HI = regs[d.rs]
		case opMflo:
			regs[d.rd] = t.LO
		case opMtlo:
			t.LO = regs[d.rs]
		case opMult:
			p := uint64(int64(int32(regs[d.rs])) * int64(int32(regs[d.rt])))
			t.HI, t.LO = uint32(p>>32), uint32(p)
		case opMultu:
			t.HI, t.LO = bits.Mul32(regs[d.rs], regs[d.rt])
		case opDiv:
			vs, vt := regs[d.rs], regs[d.rt]
			switch {
			case vt == 0:
				t.LO, t.HI = 0xFFFFFFFF, vs
			case vs == 0x80000000 && vt == 0xFFFFFFFF:
				t.LO, t.HI = 0x80000000, 0
			default:
				t.LO, t.HI = uint32(int32(vs)/int32(vt)), uint32(int32(vs)%int32(vt))
			}
		case opDivu:
			vs, vt := regs[d.rs], regs[d.rt]
			if vt == 0 {
				t.LO, t.HI = 0xFFFFFFFF, vs
			} else {
				t.LO, t.HI = vs/vt, vs%vt
			}
		case opAddu:
			regs[d.rd] = regs[d.rs] + regs[d.rt]
		case opSubu:
			regs[d.rd] = regs[d.rs] - regs[d.rt]
		case opAnd:
			regs[d.rd] = regs[d.rs] & regs[d.rt]
		case opOr:
			regs[d.rd] = regs[d.rs] | regs[d.rt]
		case opXor:
			regs[d.rd] = regs[d.rs] ^ regs[d.rt]
		case opNor:
			regs[d.rd] = ^(regs[d.rs] | regs[d.rt])
		case opSlt:
			regs[d.rd] = boolWord(int32(regs[d.rs]) < int32(regs[d.rt]))
		case opSltu:
			regs[d.rd] = boolWord(regs[d.rs] < regs[d.rt])
		case opBltz, opBgez, opBltzal, opBgezal:
			if npc != pc+4 {
				break loop
			}
			neg := int32(regs[d.rs]) < 0
			if d.op >= opBltzal {
				regs[31] = pc + 8
			}
			if neg == (d.op == opBltz || d.op == opBltzal) {
				nextPC = npc + d.imm
			}
		case opJ, opJal:
			if npc != pc+4 {
				break loop
			}
			if d.op == opJal {
				regs[31] = pc + 8
			}
			nextPC = npc&0xF0000000 | d.imm
		case opBeq:
			if npc != pc+4 {
				break loop
			}
			if regs[d.rs] == regs[d.rt] {
				nextPC = npc + d.imm
			}
		case opBne:
			if npc != pc+4 {
				break loop
			}
			if regs[d.rs] != regs[d.rt] {
				nextPC = npc + d.imm
			}
		case opBlez:
			if npc != pc+4 {
				break loop
			}
			if int32(regs[d.rs]) <= 0 {
				nextPC = npc + d.imm
			}
		case opBgtz:
			if npc != pc+4 {
				break loop
			}
			if int32(regs[d.rs]) > 0 {
				nextPC = npc + d.imm
			}
		case opAddiu:
			regs[d.rt] = regs[d.rs] + d.imm
		case opSlti:
			regs[d.rt] = boolWord(int32(regs[d.rs]) < int32(d.imm))
		case opSltiu:
			regs[d.rt] = boolWord(regs[d.rs] < d.imm)
		case opAndi:
			regs[d.rt] = regs[d.rs] & d.imm
		case opOri:
			regs[d.rt] = regs[d.rs] | d.imm
		case opXori:
			regs[d.rt] = regs[d.rs] ^ d.imm
		case opLui:
			regs[d.rt] = d.imm
		case opMul:
			regs[d.rd] = regs[d.rs] * regs[d.rt]
		case opClz:
			regs[d.rd] = uint32(bits.LeadingZeros32(regs[d.rs]))
		case opClo:
			regs[d.rd] = uint32(bits.LeadingZeros32(^regs[d.rs]))
		case opLb, opLbu:
			addr := regs[d.rs] + d.imm
			if addr < nullPageLimit {
				break loop
			}
			b := uint32(0)
			if p := mem.page(addr >> PageAddrBits); p != nil {
				b = uint32(p.data[addr&(PageSize-1)])
			}
			if d.op == opLb {
				b = uint32(int32(int8(b)))
			}
			regs[d.rt] = b
		case opLh, opLhu:
			addr := regs[d.rs] + d.imm
			if addr&1 != 0 || addr < nullPageLimit {
				break loop
			}
			h := uint32(0)
			if p := mem.page(addr >> PageAddrBits); p != nil {
				h = uint32(binary.BigEndian.Uint16(p.data[addr&(PageSize-1):]))
			}
			if d.op == opLh {
				h = uint32(int32(int16(h)))
			}
			regs[d.rt] = h
		case opLw:
			addr := regs[d.rs] + d.imm
			if addr&3 != 0 || addr < nullPageLimit {
				break loop
			}
			regs[d.rt] = load(addr)
		case opSb:
			addr := regs[d.rs] + d.imm
			if addr < nullPageLimit {
				break loop
			}
			w := addr &^ 3
			sh := 24 - 8*(addr&3)
			store(w, load(w)&^(0xFF<<sh)|(regs[d.rt]&0xFF)<<sh)
		case opSh:
			addr := regs[d.rs] + d.imm
			if addr&1 != 0 || addr < nullPageLimit {
				break loop
			}
			w := addr &^ 3
			sh := 16 - 8*(addr&3)
			store(w, load(w)&^(0xFFFF<<sh)|(regs[d.rt]&0xFFFF)<<sh)
		case opSw:
			addr := regs[d.rs] + d.imm
			if addr&3 != 0 || addr < nullPageLimit {
				break loop
			}
			store(addr, regs[d.rt])
		default:
			break loop
		}
		pc, npc = npc, nextPC
	}
	t.PC, t.NextPC = pc, npc
	n := budget - left
	s.Step += n
	s.StepsSinceSwitch += n
	return n
}
