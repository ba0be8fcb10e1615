package vm

import (
	"encoding/binary"
	"math/bits"
)

// Run executes steps until the program halts or the step counter reaches stopAt. It runs the common instructions
// in a tight interpreter loop and hands everything else (syscalls, ll/sc, thread switches, faults, rare
// instructions) to the reference step, so semantics live in one place; TestFastMatchesReference holds the loop
// to them.
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

// runFast executes at most budget instruction steps and returns how many it executed; it stops early, before
// executing it, at the first instruction it leaves to the reference step.
func (e *Emulator) runFast(budget uint64) uint64 {
	s := &e.State
	t := &s.Thread
	regs := &t.Regs
	mem := e.Mem
	pc, npc, hi, lo := t.PC, t.NextPC, t.HI, t.LO
	var code *[PageSize]byte
	codeKey := uint32(1) // page base of code; 1 never matches an aligned pc
	var n uint64

	// store writes an aligned word and records the dirty leaf.
	store := func(addr, v uint32) {
		idx := addr >> PageAddrBits
		p := mem.page(idx)
		if p == nil {
			p = mem.allocPage(idx)
		}
		off := addr & (PageSize - 1)
		binary.BigEndian.PutUint32(p.data[off:], v)
		leaf := off >> 5
		p.dirtyLeaves[leaf>>6] |= 1 << (leaf & 63)
		if !p.dirty {
			p.dirty = true
			mem.dirtyPages = append(mem.dirtyPages, idx)
		}
	}
	load := func(addr uint32) uint32 {
		if p := mem.page(addr >> PageAddrBits); p != nil {
			return binary.BigEndian.Uint32(p.data[addr&(PageSize-1):])
		}
		return 0
	}

loop:
	for ; n < budget; n++ {
		if pc&^(PageSize-4) != codeKey {
			if pc&3 != 0 || pc < nullPageLimit {
				break
			}
			p := mem.page(pc >> PageAddrBits)
			if p == nil {
				break
			}
			code, codeKey = &p.data, pc&^(PageSize-1)
		}
		insn := binary.BigEndian.Uint32(code[pc&(PageSize-1):])
		rs := (insn >> 21) & 31
		rt := (insn >> 16) & 31
		simm := uint32(int32(int16(insn)))
		nextPC := npc + 4
		switch insn >> 26 {
		case 0:
			rd := (insn >> 11) & 31
			vs, vt := regs[rs], regs[rt]
			switch insn & 63 {
			case 0:
				regs[rd] = vt << ((insn >> 6) & 31)
			case 2:
				if insn&(1<<21) != 0 {
					break loop
				}
				regs[rd] = vt >> ((insn >> 6) & 31)
			case 3:
				regs[rd] = uint32(int32(vt) >> ((insn >> 6) & 31))
			case 4:
				regs[rd] = vt << (vs & 31)
			case 6:
				if insn&(1<<6) != 0 {
					break loop
				}
				regs[rd] = vt >> (vs & 31)
			case 7:
				regs[rd] = uint32(int32(vt) >> (vs & 31))
			case 8, 9:
				if npc != pc+4 {
					break loop
				}
				if insn&63 == 9 {
					regs[rd] = pc + 8
				}
				nextPC = vs
			case 10:
				if vt == 0 {
					regs[rd] = vs
				}
			case 11:
				if vt != 0 {
					regs[rd] = vs
				}
			case 15: // sync
			case 16:
				regs[rd] = hi
			case 17:
				hi = vs
			case 18:
				regs[rd] = lo
			case 19:
				lo = vs
			case 24:
				p := uint64(int64(int32(vs)) * int64(int32(vt)))
				hi, lo = uint32(p>>32), uint32(p)
			case 25:
				hi, lo = bits.Mul32(vs, vt)
			case 26:
				switch {
				case vt == 0:
					lo, hi = 0xFFFFFFFF, vs
				case vs == 0x80000000 && vt == 0xFFFFFFFF:
					lo, hi = 0x80000000, 0
				default:
					lo, hi = uint32(int32(vs)/int32(vt)), uint32(int32(vs)%int32(vt))
				}
			case 27:
				if vt == 0 {
					lo, hi = 0xFFFFFFFF, vs
				} else {
					lo, hi = vs/vt, vs%vt
				}
			case 33:
				regs[rd] = vs + vt
			case 35:
				regs[rd] = vs - vt
			case 36:
				regs[rd] = vs & vt
			case 37:
				regs[rd] = vs | vt
			case 38:
				regs[rd] = vs ^ vt
			case 39:
				regs[rd] = ^(vs | vt)
			case 42:
				regs[rd] = boolWord(int32(vs) < int32(vt))
			case 43:
				regs[rd] = boolWord(vs < vt)
			default:
				break loop
			}
		case 1:
			vs := regs[rs]
			var taken bool
			switch rt {
			case 0, 16:
				taken = int32(vs) < 0
			case 1, 17:
				taken = int32(vs) >= 0
			default:
				break loop
			}
			if npc != pc+4 {
				break loop
			}
			if rt >= 16 {
				regs[31] = pc + 8
			}
			if taken {
				nextPC = npc + simm<<2
			}
		case 2, 3:
			if npc != pc+4 {
				break loop
			}
			if insn>>26 == 3 {
				regs[31] = pc + 8
			}
			nextPC = npc&0xF0000000 | (insn&0x03FFFFFF)<<2
		case 4, 5, 6, 7:
			if npc != pc+4 {
				break loop
			}
			vs, vt := regs[rs], regs[rt]
			var taken bool
			switch insn >> 26 {
			case 4:
				taken = vs == vt
			case 5:
				taken = vs != vt
			case 6:
				taken = int32(vs) <= 0
			case 7:
				taken = int32(vs) > 0
			}
			if taken {
				nextPC = npc + simm<<2
			}
		case 9:
			regs[rt] = regs[rs] + simm
		case 10:
			regs[rt] = boolWord(int32(regs[rs]) < int32(simm))
		case 11:
			regs[rt] = boolWord(regs[rs] < simm)
		case 12:
			regs[rt] = regs[rs] & (insn & 0xFFFF)
		case 13:
			regs[rt] = regs[rs] | (insn & 0xFFFF)
		case 14:
			regs[rt] = regs[rs] ^ (insn & 0xFFFF)
		case 15:
			regs[rt] = insn << 16
		case 28:
			rd := (insn >> 11) & 31
			vs, vt := regs[rs], regs[rt]
			switch insn & 63 {
			case 2:
				regs[rd] = vs * vt
			case 32:
				regs[rd] = uint32(bits.LeadingZeros32(vs))
			case 33:
				regs[rd] = uint32(bits.LeadingZeros32(^vs))
			default:
				break loop
			}
		case 32, 36: // lb, lbu
			addr := regs[rs] + simm
			if addr < nullPageLimit {
				break loop
			}
			b := uint32(0)
			if p := mem.page(addr >> PageAddrBits); p != nil {
				b = uint32(p.data[addr&(PageSize-1)])
			}
			if insn>>26 == 32 {
				b = uint32(int32(int8(b)))
			}
			regs[rt] = b
		case 33, 37: // lh, lhu
			addr := regs[rs] + simm
			if addr&1 != 0 || addr < nullPageLimit {
				break loop
			}
			h := uint32(0)
			if p := mem.page(addr >> PageAddrBits); p != nil {
				h = uint32(binary.BigEndian.Uint16(p.data[addr&(PageSize-1):]))
			}
			if insn>>26 == 33 {
				h = uint32(int32(int16(h)))
			}
			regs[rt] = h
		case 35: // lw
			addr := regs[rs] + simm
			if addr&3 != 0 || addr < nullPageLimit {
				break loop
			}
			regs[rt] = load(addr)
		case 40: // sb
			addr := regs[rs] + simm
			if addr < nullPageLimit {
				break loop
			}
			w := addr &^ 3
			sh := 24 - 8*(addr&3)
			store(w, load(w)&^(0xFF<<sh)|(regs[rt]&0xFF)<<sh)
		case 41: // sh
			addr := regs[rs] + simm
			if addr&1 != 0 || addr < nullPageLimit {
				break loop
			}
			w := addr &^ 3
			sh := 16 - 8*(addr&3)
			store(w, load(w)&^(0xFFFF<<sh)|(regs[rt]&0xFFFF)<<sh)
		case 43: // sw
			addr := regs[rs] + simm
			if addr&3 != 0 || addr < nullPageLimit {
				break loop
			}
			store(addr, regs[rt])
		default:
			break loop
		}
		regs[0] = 0
		pc, npc = npc, nextPC
	}
	t.PC, t.NextPC, t.HI, t.LO = pc, npc, hi, lo
	s.Step += n
	s.StepsSinceSwitch += n
	return n
}
