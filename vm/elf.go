package vm

import (
	"bytes"
	"debug/elf"
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/opml-dev/opml/internal/keccak"
)

// Program is a MIPS executable checked and ready to be loaded.
type Program struct {
	Entry    uint32
	Segments []Segment
}

// Segment is one PT_LOAD segment: Data is copied to Addr, the rest up to MemSize is zero.
type Segment struct {
	Addr    uint32
	Data    []byte
	MemSize uint32
}

// ParseELF checks that data is a 32-bit big-endian MIPS executable built for soft float and returns its segments.
func ParseELF(data []byte) (prog *Program, err error) {
	defer func() {
		if r := recover(); r != nil { // debug/elf is robust, but a malformed file must never crash the caller
			prog, err = nil, fmt.Errorf("malformed ELF: %v", r)
		}
	}()
	if len(data) < 4 || !bytes.Equal(data[:4], []byte(elf.ELFMAG)) {
		return nil, errors.New("not an ELF file")
	}
	f, err := elf.NewFile(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("truncated or malformed ELF: %w", err)
	}
	switch {
	case f.Class != elf.ELFCLASS32:
		return nil, fmt.Errorf("ELF is %v, want 32-bit MIPS (GOARCH=mips)", f.Class)
	case f.Machine != elf.EM_MIPS:
		return nil, fmt.Errorf("ELF is for %v, want MIPS (GOARCH=mips)", f.Machine)
	case f.Data != elf.ELFDATA2MSB:
		return nil, errors.New("ELF is little-endian MIPS (GOARCH=mipsle), want big-endian (GOARCH=mips)")
	case f.Type != elf.ET_EXEC:
		return nil, fmt.Errorf("ELF type is %v, want an executable", f.Type)
	}
	prog = &Program{Entry: uint32(f.Entry)}
	for _, ph := range f.Progs {
		if ph.Type != elf.PT_LOAD || ph.Memsz == 0 {
			continue
		}
		if ph.Filesz > ph.Memsz {
			return nil, fmt.Errorf("malformed ELF: segment at %#x has file size %d > memory size %d", ph.Vaddr, ph.Filesz, ph.Memsz)
		}
		if ph.Vaddr+ph.Memsz > 1<<32 || ph.Vaddr < nullPageLimit {
			return nil, fmt.Errorf("ELF segment [%#x, %#x) is outside the VM's address space", ph.Vaddr, ph.Vaddr+ph.Memsz)
		}
		seg := Segment{Addr: uint32(ph.Vaddr), MemSize: uint32(ph.Memsz), Data: make([]byte, ph.Filesz)}
		if n, err := ph.ReadAt(seg.Data, 0); err != nil || uint64(n) != ph.Filesz {
			return nil, fmt.Errorf("truncated ELF: segment at %#x: %v", ph.Vaddr, err)
		}
		prog.Segments = append(prog.Segments, seg)
	}
	if text := f.Section(".text"); text != nil {
		code, err := text.Data()
		if err != nil {
			return nil, fmt.Errorf("truncated ELF: .text: %w", err)
		}
		if addr, ok := findFPUInstruction(uint32(text.Addr), code); ok {
			return nil, fmt.Errorf("hard-float ELF: FPU instruction at %#x; build with GOMIPS=softfloat", addr)
		}
	}
	if len(prog.Segments) == 0 {
		return nil, errors.New("ELF has no loadable segments")
	}
	if prog.Entry%4 != 0 || prog.Entry < nullPageLimit {
		return nil, fmt.Errorf("ELF entry point %#x is not a valid instruction address", prog.Entry)
	}
	return prog, nil
}

// findFPUInstruction returns the address of the first coprocessor-1 instruction in code (the .text section).
func findFPUInstruction(addr uint32, code []byte) (uint32, bool) {
	for off := 0; off+4 <= len(code); off += 4 {
		switch binary.BigEndian.Uint32(code[off:]) >> 26 {
		case 17, 19, 49, 53, 57, 61: // COP1, COP1X, lwc1, ldc1, swc1, sdc1
			return addr + uint32(off), true
		}
	}
	return 0, false
}

// Load writes the program and its initial stack into memory and returns the initial state (memRoot not set).
func (p *Program) Load(mem *Memory, args, env []string) (*State, error) {
	for _, seg := range p.Segments {
		if err := mem.WriteBytes(seg.Addr, seg.Data); err != nil {
			return nil, err
		}
	}
	sp, err := writeInitialStack(mem, append([]string{"program"}, args...), env)
	if err != nil {
		return nil, err
	}
	s := &State{Heap: initialHeap, NextTID: firstTID + 1}
	s.Thread.TID = firstTID
	s.Thread.PC = p.Entry
	s.Thread.NextPC = p.Entry + 4
	s.Thread.Regs[29] = sp
	return s, nil
}

// writeInitialStack lays out argc, argv, envp and the auxiliary vector the way Linux does for o32.
func writeInitialStack(mem *Memory, argv, env []string) (uint32, error) {
	const (
		atNull   = 0
		atPagesz = 6
		atRandom = 25
	)
	pos := uint32(stackTop)
	random := keccak.Sum256([]byte("opml"))
	pos -= 16
	randomAddr := pos
	if err := mem.WriteBytes(pos, random[:16]); err != nil {
		return 0, err
	}
	putString := func(str string) (uint32, error) {
		pos -= uint32(len(str) + 1)
		return pos, mem.WriteBytes(pos, append([]byte(str), 0))
	}
	var ptrs []uint32
	for _, list := range [][]string{argv, env} {
		for _, str := range list {
			if len(str) > 1<<16 {
				return 0, errors.New("argument or environment string too long")
			}
			addr, err := putString(str)
			if err != nil {
				return 0, err
			}
			ptrs = append(ptrs, addr)
		}
	}
	var vec []uint32
	vec = append(vec, uint32(len(argv)))
	vec = append(vec, ptrs[:len(argv)]...)
	vec = append(vec, 0)
	vec = append(vec, ptrs[len(argv):]...)
	vec = append(vec, 0, atPagesz, PageSize, atRandom, randomAddr, atNull, 0)
	sp := (pos - uint32(4*len(vec))) &^ 15
	buf := make([]byte, 4*len(vec))
	for i, v := range vec {
		binary.BigEndian.PutUint32(buf[4*i:], v)
	}
	return sp, mem.WriteBytes(sp, buf)
}
