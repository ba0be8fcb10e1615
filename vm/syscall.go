package vm

import (
	"encoding/binary"
	"math/bits"

	"github.com/opml-dev/opml/internal/keccak"
)

// Linux o32 syscall numbers the VM gives a meaning to.
const (
	sysExit             = 4001
	sysRead             = 4003
	sysWrite            = 4004
	sysClose            = 4006
	sysGetpid           = 4020
	sysKill             = 4037
	sysBrk              = 4045
	sysFcntl            = 4055
	sysMmap             = 4090
	sysMunmap           = 4091
	sysClone            = 4120
	sysMprotect         = 4125
	sysSchedYield       = 4162
	sysNanosleep        = 4166
	sysRtSigaction      = 4194
	sysRtSigprocmask    = 4195
	sysSigaltstack      = 4206
	sysMadvise          = 4218
	sysGettid           = 4222
	sysFutex            = 4238
	sysSchedGetaffinity = 4240
	sysExitGroup        = 4246
	sysEpollCreate      = 4248
	sysEpollCtl         = 4249
	sysEpollWait        = 4250
	sysClockGettime     = 4263
	sysTgkill           = 4266
	sysEpollPwait       = 4313
	sysEventfd2         = 4325
	sysEpollCreate1     = 4326
	sysGetrandom        = 4353
	sysFutexTime64      = 4422
)

// MIPS errno values.
const (
	errBADF  = 9
	errAGAIN = 11
	errNOMEM = 12
	errINVAL = 22
	errNOSYS = 89
)

// File descriptors with a meaning in the VM.
const (
	FdStdin         = 0
	FdStdout        = 1
	FdStderr        = 2
	FdHintWrite     = 4
	FdPreimageRead  = 5
	FdPreimageWrite = 6
	fdEpoll         = 8
	fdEventfd       = 9
)

// Preimage key types (the first byte of a key).
const (
	KeyTypeLocal     = 1
	KeyTypeKeccak256 = 2
)

const (
	mapFixed     = 0x10
	mapAnonymous = 0x800
	cloneVM      = 0x100
	cloneThread  = 0x10000
	futexWait    = 0
	futexWake    = 1
	madvDontneed = 4
)

// syscall executes the syscall instruction; the result goes to v0 (r2) and the error flag to a3 (r7).
func (e *stepper) syscall() error {
	s := e.s
	t := &s.Thread
	a0, a1, a2, a3 := t.Regs[4], t.Regs[5], t.Regs[6], t.Regs[7]
	var ret, errno uint32
	yield := false
	switch t.Regs[2] {
	case sysExitGroup:
		s.Exited, s.ExitCode = true, uint8(a0)
		return nil
	case sysExit:
		if s.Todo == ([32]byte{}) && s.Done == ([32]byte{}) {
			s.Exited, s.ExitCode = true, uint8(a0)
			return nil
		}
		s.Flags |= flagThreadExited
		s.StepsSinceSwitch = Quantum
		return nil
	case sysRead:
		switch a0 {
		case FdStdin:
		case FdPreimageRead:
			n, eno, err := e.readPreimage(a1, a2)
			if err != nil {
				return err
			}
			ret, errno = n, eno
		default:
			errno = errBADF
		}
	case sysWrite:
		switch a0 {
		case FdStdout, FdStderr, FdHintWrite:
			e.out = outputEffect{fd: a0, addr: a1, n: a2}
			ret = a2
		case fdEventfd:
			ret = a2
		case FdPreimageWrite:
			n, err := e.writePreimageKey(a1, a2)
			if err != nil {
				return err
			}
			ret = n
		default:
			errno = errBADF
		}
	case sysBrk:
		ret = programBreak
	case sysMmap:
		ret, errno = s.mmap(a0, a1, a3)
	case sysMadvise:
		var again bool
		var err error
		if errno, again, err = e.madvise(a0, a1, a2); err != nil || again {
			return err // not done: pc stays on the syscall, which the next step executes again
		}
	case sysMunmap, sysMprotect, sysClose, sysKill, sysTgkill, sysRtSigaction, sysRtSigprocmask,
		sysSigaltstack, sysEpollCtl:
	case sysClone:
		if a0&cloneVM == 0 || a0&cloneThread == 0 {
			errno = errNOSYS
			break
		}
		child := *t
		child.TID = s.NextTID
		child.Regs[29] = a1
		child.Regs[2], child.Regs[7] = 0, 0
		child.PC, child.NextPC = t.NextPC, t.NextPC+4
		s.NextTID++
		s.Todo = pushThread(s.Todo, ThreadHash(&child))
		e.threads.pushed(true, child)
		ret = child.TID
	case sysSchedYield, sysNanosleep:
		yield = true
	case sysFutex, sysFutexTime64:
		switch a1 & 0x7F {
		case futexWait:
			w, err := e.loadWord(a0)
			if err != nil {
				return err
			}
			if w != a2 {
				errno = errAGAIN
			} else {
				yield = true
			}
		case futexWake:
		default:
			errno = errNOSYS
		}
	case sysGetpid:
		ret = firstTID
	case sysGettid:
		ret = t.TID
	case sysSchedGetaffinity:
		if a1 < 4 {
			errno = errINVAL
			break
		}
		if err := e.modifyWord(a2, func(uint32) uint32 { return 1 }); err != nil {
			return err
		}
		ret = 4
	case sysClockGettime:
		if err := checkAddr(a1, 4); err != nil {
			return err
		}
		if err := checkAddr(a1+4, 4); err != nil {
			return err
		}
		sec, nsec := uint32(s.Step/1e9), uint32(s.Step%1e9)
		if err := e.modifyWord(a1, func(uint32) uint32 { return sec }); err != nil {
			return err
		}
		if err := e.modifyWord(a1+4, func(uint32) uint32 { return nsec }); err != nil {
			return err
		}
	case sysGetrandom:
		n := min(a1, 32-a0%32)
		if n > 0 {
			if err := checkAddr(a0, 1); err != nil {
				return err
			}
			var stepBytes [8]byte
			binary.BigEndian.PutUint64(stepBytes[:], s.Step)
			random := keccak.Sum256(stepBytes[:])
			if _, err := e.mem.access(a0, func(leaf *[32]byte) { copy(leaf[a0%32:a0%32+n], random[:n]) }); err != nil {
				return err
			}
		}
		ret = n
	case sysEpollCreate1, sysEpollCreate:
		ret = fdEpoll
	case sysEventfd2:
		ret = fdEventfd
	case sysEpollPwait, sysEpollWait:
		yield = a3 != 0
	case sysFcntl:
		if a0 > fdEventfd {
			errno = errBADF
		}
	default:
		errno = errNOSYS
	}
	if errno != 0 {
		t.Regs[2], t.Regs[7] = errno, 1
	} else {
		t.Regs[2], t.Regs[7] = ret, 0
	}
	if yield {
		s.StepsSinceSwitch = Quantum
	}
	e.advance()
	return nil
}

// mmap hands out memory: a page-aligned hint is honoured when fixed or below the mmap region, otherwise the
// region grows down from s.Heap.
func (s *State) mmap(addr, length, flags uint32) (ret, errno uint32) {
	if length == 0 || length > 0xFFFFF000 {
		return 0, errINVAL
	}
	length = (length + PageSize - 1) &^ (PageSize - 1)
	if flags&mapAnonymous == 0 {
		return 0, errBADF
	}
	if addr != 0 && addr%PageSize == 0 && (flags&mapFixed != 0 || uint64(addr)+uint64(length) <= uint64(s.Heap)) {
		return addr, 0
	}
	if length > s.Heap-heapFloor {
		return 0, errNOMEM
	}
	s.Heap -= length
	return s.Heap, 0
}

// madvise checks the range as Linux does. For MADV_DONTNEED it clears it, one aligned block per step from the top
// (docs/vm.md, "Clearing memory"): Go's runtime reuses pages it released that way without clearing them. Until the
// last block it leaves the rest of the length in a1 and reports again, so the syscall is executed once more.
func (e *stepper) madvise(addr, length, advice uint32) (errno uint32, again bool, err error) {
	if addr%PageSize != 0 || length > 0xFFFFF000 {
		return errINVAL, false, nil
	}
	length = (length + PageSize - 1) &^ (PageSize - 1)
	switch {
	case length == 0:
		return 0, false, nil
	case uint64(addr)+uint64(length) > 0xFFFFFFFF:
		return errINVAL, false, nil
	case addr == 0:
		return errNOMEM, false, nil
	case advice != madvDontneed:
		return 0, false, nil
	}
	end := addr + length
	block := min(end&-end, 1<<(bits.Len32(length)-1))
	if err := e.mem.zeroRegion(end-block, bits.TrailingZeros32(block)); err != nil {
		return 0, false, err
	}
	if block == length {
		return 0, false, nil
	}
	e.s.Thread.Regs[5] = length - block
	return 0, true, nil
}

// readPreimage serves read(5, buf, n) from the oracle: at most up to the end of buf's leaf.
func (e *stepper) readPreimage(buf, n uint32) (ret, errno uint32, err error) {
	s := e.s
	if n == 0 {
		return 0, 0, nil
	}
	if kt := s.PreimageKey[0]; kt != KeyTypeLocal && kt != KeyTypeKeccak256 {
		return 0, errINVAL, nil
	}
	if err := checkAddr(buf, 1); err != nil {
		return 0, 0, err
	}
	if e.oracle == nil {
		return 0, 0, errNoOracle
	}
	dat, datLen, err := e.oracle.ReadPreimage(s.PreimageKey, s.PreimageOffset)
	if err != nil {
		return 0, 0, err
	}
	m := min(n, min(datLen, 32-buf%32))
	if m > 0 {
		if _, err := e.mem.access(buf, func(leaf *[32]byte) { copy(leaf[buf%32:buf%32+m], dat[:m]) }); err != nil {
			return 0, 0, err
		}
	}
	s.PreimageOffset += m
	return m, 0, nil
}

// writePreimageKey serves write(6, buf, n): key bytes are shifted in, at most up to the end of buf's leaf.
func (e *stepper) writePreimageKey(buf, n uint32) (uint32, error) {
	s := e.s
	m := min(n, 32-buf%32)
	if m == 0 {
		return 0, nil
	}
	if err := checkAddr(buf, 1); err != nil {
		return 0, err
	}
	leaf, err := e.mem.access(buf, nil)
	if err != nil {
		return 0, err
	}
	var key [32]byte
	copy(key[:], s.PreimageKey[m:])
	copy(key[32-m:], leaf[buf%32:buf%32+m])
	s.PreimageKey = key
	s.PreimageOffset = 0
	return m, nil
}
