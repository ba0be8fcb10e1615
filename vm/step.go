package vm

import (
	"encoding/binary"
	"errors"
	"math/bits"
)

// This file holds the reference semantics of one step (docs/vm.md). The emulator's proof mode and the stateless
// verifier both run it, each over its own view of memory; the fast interpreter (fast.go) is tested against it.

// stepMemory is what a step sees of memory. Every call is one access and, in a witness, one memory proof.
type stepMemory interface {
	// access returns the leaf holding addr; if modify is not nil it is applied to the leaf, which is written back.
	access(addr uint32, modify func(leaf *[32]byte)) ([32]byte, error)
	// zeroRegion clears the aligned region of 2^k bytes at addr (PageAddrBits ≤ k ≤ 31); its proof is that of the
	// region's first leaf.
	zeroRegion(addr uint32, k int) error
}

// Oracle supplies preimage data: the 32 bytes of the key's stream (uint64 length ‖ data) from offset, and how
// many of them exist.
type Oracle interface {
	ReadPreimage(key [32]byte, offset uint32) (dat [32]byte, datLen uint32, err error)
}

// errNoOracle is returned by a step that reads preimage data without an oracle.
var errNoOracle = errors.New("the program reads from the preimage oracle but no oracle is configured")

// threadStacks mirrors the todo and done stacks whose hashes the state holds: the emulator keeps the threads
// themselves, a witness supplies the one popped.
type threadStacks interface {
	swapped()                   // todo, done = done, empty
	pushed(todo bool, t Thread) // t was pushed onto todo (or done)
	pop() (next Thread, rest [32]byte, err error)
}

// faultError stops a step with a VM fault; the caller turns it into the fault state.
type faultError struct{ fault Fault }

func (f faultError) Error() string { return f.fault.String() }

func fault(f Fault) error { return faultError{f} }

// outputEffect describes a write the program made to a host-visible file descriptor during a step.
type outputEffect struct {
	fd   uint32
	addr uint32
	n    uint32
}

// stepper executes steps of the reference semantics over a stepMemory.
type stepper struct {
	s       *State
	mem     stepMemory
	oracle  Oracle
	threads threadStacks
	out     outputEffect
}

// step executes one step. A VM fault is not an error: it is recorded in the state. Errors mean the step could not
// be executed (a proof or oracle datum was missing or wrong) and leave the state undefined.
func (e *stepper) step() error {
	s := e.s
	e.out = outputEffect{}
	if s.Halted() {
		return nil
	}
	pre := *s
	s.Step++
	if s.StepsSinceSwitch >= Quantum && (s.Todo != [32]byte{} || s.Done != [32]byte{}) {
		return e.switchThread()
	}
	s.StepsSinceSwitch++
	err := e.execute()
	var f faultError
	if errors.As(err, &f) {
		*s = pre
		s.Step++
		s.Fault = f.fault
		e.out = outputEffect{}
		return nil
	}
	return err
}

func (e *stepper) switchThread() error {
	s := e.s
	if s.Todo == ([32]byte{}) {
		s.Todo, s.Done = s.Done, [32]byte{}
		e.threads.swapped()
	}
	if s.Flags&flagThreadExited == 0 {
		s.Done = pushThread(s.Done, ThreadHash(&s.Thread))
		e.threads.pushed(false, s.Thread)
	}
	next, rest, err := e.threads.pop()
	if err != nil {
		return err
	}
	if pushThread(rest, ThreadHash(&next)) != s.Todo {
		return errors.New("switch step: the thread and stack given do not hash to the todo stack")
	}
	s.Todo = rest
	s.Thread = next
	s.StepsSinceSwitch = 0
	s.Flags = 0
	return nil
}

// checkAddr faults on accesses to the null page or misaligned for the given width.
func checkAddr(addr, width uint32) error {
	if addr&(width-1) != 0 {
		return fault(FaultUnaligned)
	}
	if addr < nullPageLimit {
		return fault(FaultNullPage)
	}
	return nil
}

func (e *stepper) loadWord(addr uint32) (uint32, error) {
	if err := checkAddr(addr, 4); err != nil {
		return 0, err
	}
	leaf, err := e.mem.access(addr, nil)
	if err != nil {
		return 0, err
	}
	return binary.BigEndian.Uint32(leaf[addr&31:]), nil
}

// modifyWord applies f to the aligned word at addr in one access.
func (e *stepper) modifyWord(addr uint32, f func(old uint32) uint32) error {
	if err := checkAddr(addr, 4); err != nil {
		return err
	}
	_, err := e.mem.access(addr, func(leaf *[32]byte) {
		w := leaf[addr&31 : addr&31+4]
		binary.BigEndian.PutUint32(w, f(binary.BigEndian.Uint32(w)))
	})
	return err
}

func signExtend(v uint32, bitsWide uint) uint32 {
	shift := 32 - bitsWide
	return uint32(int32(v<<shift) >> shift)
}

func (e *stepper) execute() error {
	s := e.s
	t := &s.Thread
	insn, err := e.loadWord(t.PC)
	if err != nil {
		return err
	}
	op := insn >> 26
	rs := (insn >> 21) & 31
	rt := (insn >> 16) & 31
	rd := (insn >> 11) & 31
	sa := (insn >> 6) & 31
	funct := insn & 63
	imm := insn & 0xFFFF
	simm := signExtend(imm, 16)
	vs, vt := t.Regs[rs], t.Regs[rt]

	switch op {
	case 0:
		return e.special(insn, rs, rt, rd, sa, funct, vs, vt)
	case 1: // REGIMM
		var taken bool
		switch rt {
		case 0, 16:
			taken = int32(vs) < 0
		case 1, 17:
			taken = int32(vs) >= 0
		default:
			return fault(FaultBadInstruction)
		}
		link := rt >= 16
		return e.branch(taken, t.PC+4+simm<<2, link, 31)
	case 2, 3: // j, jal
		target := (t.PC+4)&0xF0000000 | (insn&0x03FFFFFF)<<2
		return e.branch(true, target, op == 3, 31)
	case 4:
		return e.branch(vs == vt, t.PC+4+simm<<2, false, 0)
	case 5:
		return e.branch(vs != vt, t.PC+4+simm<<2, false, 0)
	case 6:
		return e.branch(int32(vs) <= 0, t.PC+4+simm<<2, false, 0)
	case 7:
		return e.branch(int32(vs) > 0, t.PC+4+simm<<2, false, 0)
	case 8: // addi
		r := vs + simm
		if (vs^r)&(simm^r)&0x80000000 != 0 {
			return fault(FaultOverflow)
		}
		e.setReg(rt, r)
	case 9:
		e.setReg(rt, vs+simm)
	case 10:
		e.setReg(rt, boolWord(int32(vs) < int32(simm)))
	case 11:
		e.setReg(rt, boolWord(vs < simm))
	case 12:
		e.setReg(rt, vs&imm)
	case 13:
		e.setReg(rt, vs|imm)
	case 14:
		e.setReg(rt, vs^imm)
	case 15:
		e.setReg(rt, imm<<16)
	case 28:
		if err := e.special2(rs, rt, rd, funct, vs, vt); err != nil {
			return err
		}
	case 31:
		if err := e.special3(insn, rs, rt, rd, sa, funct, vs, vt); err != nil {
			return err
		}
	case 32, 33, 34, 35, 36, 37, 38, 40, 41, 42, 43, 46, 48, 56:
		if err := e.loadStore(op, rt, vs+simm, vt); err != nil {
			return err
		}
	default:
		return fault(FaultBadInstruction)
	}
	e.advance()
	return nil
}

func boolWord(b bool) uint32 {
	if b {
		return 1
	}
	return 0
}

func (e *stepper) setReg(r, v uint32) {
	if r != 0 {
		e.s.Thread.Regs[r] = v
	}
}

func (e *stepper) advance() {
	t := &e.s.Thread
	t.PC = t.NextPC
	t.NextPC += 4
}

// branch finishes a branch or jump: it checks the delay-slot rule, links, and redirects nextPC.
func (e *stepper) branch(taken bool, target uint32, link bool, linkReg uint32) error {
	t := &e.s.Thread
	if t.NextPC != t.PC+4 {
		return fault(FaultDelaySlot)
	}
	if link {
		e.setReg(linkReg, t.PC+8)
	}
	t.PC = t.NextPC
	if taken {
		t.NextPC = target
	} else {
		t.NextPC += 4
	}
	return nil
}

func (e *stepper) special(insn, rs, rt, rd, sa, funct, vs, vt uint32) error {
	t := &e.s.Thread
	switch funct {
	case 0:
		e.setReg(rd, vt<<sa)
	case 2:
		if insn&(1<<21) != 0 {
			e.setReg(rd, bits.RotateLeft32(vt, -int(sa)))
		} else {
			e.setReg(rd, vt>>sa)
		}
	case 3:
		e.setReg(rd, uint32(int32(vt)>>sa))
	case 4:
		e.setReg(rd, vt<<(vs&31))
	case 6:
		if insn&(1<<6) != 0 {
			e.setReg(rd, bits.RotateLeft32(vt, -int(vs&31)))
		} else {
			e.setReg(rd, vt>>(vs&31))
		}
	case 7:
		e.setReg(rd, uint32(int32(vt)>>(vs&31)))
	case 8: // jr
		return e.branch(true, vs, false, 0)
	case 9: // jalr: the target is read before the link is written
		return e.branch(true, vs, true, rd)
	case 10:
		if vt == 0 {
			e.setReg(rd, vs)
		}
	case 11:
		if vt != 0 {
			e.setReg(rd, vs)
		}
	case 12:
		return e.syscall()
	case 13:
		return fault(FaultTrap)
	case 15: // sync
	case 16:
		e.setReg(rd, t.HI)
	case 17:
		t.HI = vs
	case 18:
		e.setReg(rd, t.LO)
	case 19:
		t.LO = vs
	case 24:
		p := uint64(int64(int32(vs)) * int64(int32(vt)))
		t.HI, t.LO = uint32(p>>32), uint32(p)
	case 25:
		p := uint64(vs) * uint64(vt)
		t.HI, t.LO = uint32(p>>32), uint32(p)
	case 26:
		switch {
		case vt == 0:
			t.LO, t.HI = 0xFFFFFFFF, vs
		case vs == 0x80000000 && vt == 0xFFFFFFFF:
			t.LO, t.HI = 0x80000000, 0
		default:
			t.LO, t.HI = uint32(int32(vs)/int32(vt)), uint32(int32(vs)%int32(vt))
		}
	case 27:
		if vt == 0 {
			t.LO, t.HI = 0xFFFFFFFF, vs
		} else {
			t.LO, t.HI = vs/vt, vs%vt
		}
	case 32: // add traps on signed overflow
		r := vs + vt
		if (vs^r)&(vt^r)&0x80000000 != 0 {
			return fault(FaultOverflow)
		}
		e.setReg(rd, r)
	case 34: // sub traps on signed overflow
		r := vs - vt
		if (vs^vt)&(vs^r)&0x80000000 != 0 {
			return fault(FaultOverflow)
		}
		e.setReg(rd, r)
	case 33:
		e.setReg(rd, vs+vt)
	case 35:
		e.setReg(rd, vs-vt)
	case 36:
		e.setReg(rd, vs&vt)
	case 37:
		e.setReg(rd, vs|vt)
	case 38:
		e.setReg(rd, vs^vt)
	case 39:
		e.setReg(rd, ^(vs | vt))
	case 42:
		e.setReg(rd, boolWord(int32(vs) < int32(vt)))
	case 43:
		e.setReg(rd, boolWord(vs < vt))
	case 48, 49, 50, 51, 52, 54:
		var trap bool
		switch funct {
		case 48:
			trap = int32(vs) >= int32(vt)
		case 49:
			trap = vs >= vt
		case 50:
			trap = int32(vs) < int32(vt)
		case 51:
			trap = vs < vt
		case 52:
			trap = vs == vt
		case 54:
			trap = vs != vt
		}
		if trap {
			return fault(FaultTrap)
		}
	default:
		return fault(FaultBadInstruction)
	}
	e.advance()
	return nil
}

func (e *stepper) special2(rs, rt, rd, funct, vs, vt uint32) error {
	t := &e.s.Thread
	acc := uint64(t.HI)<<32 | uint64(t.LO)
	switch funct {
	case 0:
		acc += uint64(int64(int32(vs)) * int64(int32(vt)))
	case 1:
		acc += uint64(vs) * uint64(vt)
	case 2:
		e.setReg(rd, vs*vt)
		return nil
	case 4:
		acc -= uint64(int64(int32(vs)) * int64(int32(vt)))
	case 5:
		acc -= uint64(vs) * uint64(vt)
	case 32:
		e.setReg(rd, uint32(bits.LeadingZeros32(vs)))
		return nil
	case 33:
		e.setReg(rd, uint32(bits.LeadingZeros32(^vs)))
		return nil
	default:
		return fault(FaultBadInstruction)
	}
	t.HI, t.LO = uint32(acc>>32), uint32(acc)
	return nil
}

func (e *stepper) special3(insn, rs, rt, rd, sa, funct, vs, vt uint32) error {
	switch funct {
	case 0: // ext: rt = bits [pos, pos+size) of rs; size-1 in rd, pos in sa
		pos, size := sa, rd+1
		if pos+size > 32 {
			return fault(FaultBadInstruction)
		}
		e.setReg(rt, (vs>>pos)&lowMask(size))
	case 4: // ins: bits [pos, msb] of rt from the low bits of rs; msb in rd, pos in sa
		pos, msb := sa, rd
		if msb < pos {
			return fault(FaultBadInstruction)
		}
		mask := lowMask(msb-pos+1) << pos
		e.setReg(rt, vt&^mask|(vs<<pos)&mask)
	case 32:
		switch sa {
		case 2:
			e.setReg(rd, (vt&0x00FF00FF)<<8|(vt&0xFF00FF00)>>8)
		case 16:
			e.setReg(rd, signExtend(vt&0xFF, 8))
		case 24:
			e.setReg(rd, signExtend(vt&0xFFFF, 16))
		default:
			return fault(FaultBadInstruction)
		}
	default:
		return fault(FaultBadInstruction)
	}
	return nil
}

func lowMask(n uint32) uint32 {
	if n >= 32 {
		return 0xFFFFFFFF
	}
	return 1<<n - 1
}

func (e *stepper) loadStore(op, rt, addr, vt uint32) error {
	s := e.s
	t := &s.Thread
	word := addr &^ 3
	shift := 8 * (addr & 3) // big-endian: byte 0 is the most significant
	switch op {
	case 32, 36: // lb, lbu
		w, err := e.loadWord(word)
		if err != nil {
			return err
		}
		b := (w >> (24 - shift)) & 0xFF
		if op == 32 {
			b = signExtend(b, 8)
		}
		e.setReg(rt, b)
	case 33, 37: // lh, lhu
		if err := checkAddr(addr, 2); err != nil {
			return err
		}
		w, err := e.loadWord(word)
		if err != nil {
			return err
		}
		h := (w >> (16 - shift)) & 0xFFFF
		if op == 33 {
			h = signExtend(h, 16)
		}
		e.setReg(rt, h)
	case 35, 48: // lw, ll
		w, err := e.loadWord(addr)
		if err != nil {
			return err
		}
		e.setReg(rt, w)
		if op == 48 {
			s.LLAddr = addr
			s.Flags |= flagReservation
		}
	case 34: // lwl: the bytes from addr to the end of its word go to the top of rt
		w, err := e.loadWord(word)
		if err != nil {
			return err
		}
		mask := uint32(0xFFFFFFFF) << shift
		e.setReg(rt, t.Regs[rt]&^mask|(w<<shift)&mask)
	case 38: // lwr: the bytes from the start of its word to addr go to the bottom of rt
		w, err := e.loadWord(word)
		if err != nil {
			return err
		}
		rshift := 24 - shift
		mask := uint32(0xFFFFFFFF) >> rshift
		e.setReg(rt, t.Regs[rt]&^mask|(w>>rshift)&mask)
	case 40: // sb
		return e.modifyWord(word, func(old uint32) uint32 {
			sh := 24 - shift
			return old&^(0xFF<<sh) | (vt&0xFF)<<sh
		})
	case 41: // sh
		if err := checkAddr(addr, 2); err != nil {
			return err
		}
		return e.modifyWord(word, func(old uint32) uint32 {
			sh := 16 - shift
			return old&^(0xFFFF<<sh) | (vt&0xFFFF)<<sh
		})
	case 43: // sw
		return e.modifyWord(addr, func(uint32) uint32 { return vt })
	case 42: // swl: the top bytes of rt go from addr to the end of its word
		return e.modifyWord(word, func(old uint32) uint32 {
			mask := uint32(0xFFFFFFFF) >> shift
			return old&^mask | (vt>>shift)&mask
		})
	case 46: // swr: the bottom bytes of rt go from the start of its word to addr
		return e.modifyWord(word, func(old uint32) uint32 {
			lshift := 24 - shift
			mask := uint32(0xFFFFFFFF) << lshift
			return old&^mask | (vt<<lshift)&mask
		})
	case 56: // sc
		if err := checkAddr(addr, 4); err != nil {
			return err
		}
		ok := s.Flags&flagReservation != 0 && s.LLAddr == addr
		s.Flags &^= flagReservation
		if ok {
			if err := e.modifyWord(addr, func(uint32) uint32 { return vt }); err != nil {
				return err
			}
		}
		e.setReg(rt, boolWord(ok))
	}
	return nil
}
