package vm

import (
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/opml-dev/opml/internal/keccak"
)

// Sizes of the canonical encodings (docs/vm.md).
const (
	ThreadSize = 148
	StateSize  = 164 + ThreadSize
)

// Quantum is the number of instruction steps a thread runs before the scheduler switches to the next one.
const Quantum = 100_000

// Status is what the first byte of a state hash says about the VM.
type Status uint8

const (
	StatusExitedOK   Status = 0
	StatusExitedFail Status = 1
	StatusFaulted    Status = 2
	StatusRunning    Status = 3
)

func (s Status) String() string {
	switch s {
	case StatusExitedOK:
		return "exited"
	case StatusExitedFail:
		return "exited with failure"
	case StatusFaulted:
		return "faulted"
	case StatusRunning:
		return "running"
	}
	return fmt.Sprintf("status(%d)", uint8(s))
}

// Fault says why the VM stopped on an instruction it could not execute.
type Fault uint8

const (
	FaultNone           Fault = 0
	FaultBadInstruction Fault = 1
	FaultUnaligned      Fault = 2
	FaultDelaySlot      Fault = 3
	FaultNullPage       Fault = 4
	FaultTrap           Fault = 5
	FaultOverflow       Fault = 6
)

func (f Fault) String() string {
	switch f {
	case FaultNone:
		return "none"
	case FaultBadInstruction:
		return "unsupported instruction"
	case FaultUnaligned:
		return "unaligned memory access"
	case FaultDelaySlot:
		return "branch in a delay slot"
	case FaultNullPage:
		return "access to the null page"
	case FaultTrap:
		return "break or trap"
	case FaultOverflow:
		return "arithmetic overflow"
	}
	return fmt.Sprintf("fault(%d)", uint8(f))
}

// Thread is the context of one emulated thread.
type Thread struct {
	TID    uint32
	PC     uint32
	NextPC uint32
	LO, HI uint32
	Regs   [32]uint32
}

// Flag bits of State.Flags.
const (
	flagReservation  = 1 << 0 // an ll reservation is valid
	flagThreadExited = 1 << 1 // the running thread called exit and is dropped at the next switch
)

// The address-space layout and initial values of docs/vm.md.
const (
	initialHeap   = 0x7F000000 // mmap hands out memory downwards from here
	heapFloor     = 0x00400000 // and never below this
	programBreak  = 0x10000000 // what brk reports
	firstTID      = 1
	stackTop      = 0x7FFFF000
	nullPageLimit = 0x1000 // accesses below fault
)

// State is the VM state without memory contents: memory is represented by its Merkle root.
type State struct {
	MemRoot          [32]byte
	PreimageKey      [32]byte
	PreimageOffset   uint32
	Heap             uint32
	LLAddr           uint32
	Flags            uint8
	ExitCode         uint8
	Exited           bool
	Fault            Fault
	Step             uint64
	StepsSinceSwitch uint64
	NextTID          uint32
	Todo, Done       [32]byte // stacks of waiting threads (H(rest ‖ threadHash)); zero when empty
	Thread           Thread   // the running thread
}

// Halted reports whether the VM has stopped (exited or faulted).
func (s *State) Halted() bool { return s.Exited || s.Fault != FaultNone }

// Status returns the status byte of the state hash.
func (s *State) Status() Status {
	switch {
	case s.Fault != FaultNone:
		return StatusFaulted
	case s.Exited && s.ExitCode == 0:
		return StatusExitedOK
	case s.Exited:
		return StatusExitedFail
	}
	return StatusRunning
}

// EncodeThread writes the 148-byte canonical encoding of a thread.
func EncodeThread(t *Thread) []byte {
	b := make([]byte, ThreadSize)
	putThread(b, t)
	return b
}

func putThread(b []byte, t *Thread) {
	binary.BigEndian.PutUint32(b[0:], t.TID)
	binary.BigEndian.PutUint32(b[4:], t.PC)
	binary.BigEndian.PutUint32(b[8:], t.NextPC)
	binary.BigEndian.PutUint32(b[12:], t.LO)
	binary.BigEndian.PutUint32(b[16:], t.HI)
	for i, r := range t.Regs {
		binary.BigEndian.PutUint32(b[20+4*i:], r)
	}
}

// DecodeThread parses a 148-byte thread encoding.
func DecodeThread(b []byte) (Thread, error) {
	var t Thread
	if len(b) != ThreadSize {
		return t, fmt.Errorf("thread encoding is %d bytes, want %d", len(b), ThreadSize)
	}
	t.TID = binary.BigEndian.Uint32(b[0:])
	t.PC = binary.BigEndian.Uint32(b[4:])
	t.NextPC = binary.BigEndian.Uint32(b[8:])
	t.LO = binary.BigEndian.Uint32(b[12:])
	t.HI = binary.BigEndian.Uint32(b[16:])
	for i := range t.Regs {
		t.Regs[i] = binary.BigEndian.Uint32(b[20+4*i:])
	}
	return t, nil
}

// ThreadHash is keccak256 of the thread's encoding.
func ThreadHash(t *Thread) [32]byte {
	var b [ThreadSize]byte
	putThread(b[:], t)
	return keccak.Sum256(b[:])
}

// pushThread returns the stack hash after pushing a thread hash onto stack.
func pushThread(stack, threadHash [32]byte) [32]byte { return keccak.HashPair(&stack, &threadHash) }

// Encode returns the canonical 312-byte encoding of the state.
func (s *State) Encode() []byte {
	b := make([]byte, StateSize)
	copy(b[0:], s.MemRoot[:])
	copy(b[32:], s.PreimageKey[:])
	binary.BigEndian.PutUint32(b[64:], s.PreimageOffset)
	binary.BigEndian.PutUint32(b[68:], s.Heap)
	binary.BigEndian.PutUint32(b[72:], s.LLAddr)
	b[76] = s.Flags
	b[77] = s.ExitCode
	if s.Exited {
		b[78] = 1
	}
	b[79] = uint8(s.Fault)
	binary.BigEndian.PutUint64(b[80:], s.Step)
	binary.BigEndian.PutUint64(b[88:], s.StepsSinceSwitch)
	binary.BigEndian.PutUint32(b[96:], s.NextTID)
	copy(b[100:], s.Todo[:])
	copy(b[132:], s.Done[:])
	putThread(b[164:], &s.Thread)
	return b
}

// DecodeState parses a canonical state encoding, rejecting values no VM can produce.
func DecodeState(b []byte) (*State, error) {
	if len(b) != StateSize {
		return nil, fmt.Errorf("state encoding is %d bytes, want %d", len(b), StateSize)
	}
	s := new(State)
	copy(s.MemRoot[:], b[0:32])
	copy(s.PreimageKey[:], b[32:64])
	s.PreimageOffset = binary.BigEndian.Uint32(b[64:])
	s.Heap = binary.BigEndian.Uint32(b[68:])
	s.LLAddr = binary.BigEndian.Uint32(b[72:])
	s.Flags = b[76]
	s.ExitCode = b[77]
	switch b[78] {
	case 0:
	case 1:
		s.Exited = true
	default:
		return nil, errors.New("state encoding: exited byte is neither 0 nor 1")
	}
	s.Fault = Fault(b[79])
	if s.Fault > FaultOverflow {
		return nil, fmt.Errorf("state encoding: unknown fault code %d", b[79])
	}
	if s.Flags&^(flagReservation|flagThreadExited) != 0 {
		return nil, fmt.Errorf("state encoding: unknown flag bits %#x", s.Flags)
	}
	s.Step = binary.BigEndian.Uint64(b[80:])
	s.StepsSinceSwitch = binary.BigEndian.Uint64(b[88:])
	s.NextTID = binary.BigEndian.Uint32(b[96:])
	copy(s.Todo[:], b[100:132])
	copy(s.Done[:], b[132:164])
	t, _ := DecodeThread(b[164:])
	s.Thread = t
	return s, nil
}

// Hash returns the state hash: keccak256 of the encoding with the first byte replaced by the status.
func (s *State) Hash() [32]byte { return HashEncoded(s.Encode(), s.Status()) }

// HashEncoded hashes a state encoding and stamps the status into the first byte.
func HashEncoded(enc []byte, status Status) [32]byte {
	h := keccak.Sum256(enc)
	h[0] = uint8(status)
	return h
}

// StatusOf returns the status stamped into a state hash.
func StatusOf(stateHash [32]byte) Status { return Status(stateHash[0]) }
