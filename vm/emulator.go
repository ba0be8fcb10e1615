package vm

import (
	"errors"
	"fmt"
	"io"
)

// Emulator runs a program: the state, the memory behind its root, and the threads behind its stack hashes.
type Emulator struct {
	State State
	Mem   *Memory

	// Oracle answers preimage reads; nil if the program reads none.
	Oracle Oracle
	// Stdout and Stderr receive the program's output; nil discards it.
	Stdout, Stderr io.Writer
	// Hint, if set, receives what the program writes to the hint descriptor.
	Hint func([]byte)

	todo, done threadStack
}

// threadStack is the emulator's copy of one of the state's thread stacks: the threads, bottom first, and the
// stack hash after each push.
type threadStack struct {
	threads []Thread
	hashes  [][32]byte
}

func (st *threadStack) top() [32]byte {
	if len(st.hashes) == 0 {
		return [32]byte{}
	}
	return st.hashes[len(st.hashes)-1]
}

func (st *threadStack) push(t Thread) {
	st.hashes = append(st.hashes, pushThread(st.top(), ThreadHash(&t)))
	st.threads = append(st.threads, t)
}

func (st *threadStack) pop() (Thread, [32]byte, error) {
	n := len(st.threads)
	if n == 0 {
		return Thread{}, [32]byte{}, errors.New("no thread to switch to")
	}
	t := st.threads[n-1]
	st.threads, st.hashes = st.threads[:n-1], st.hashes[:n-1]
	return t, st.top(), nil
}

// Config says how to start a program.
type Config struct {
	Args []string // after argv[0]
	Env  []string
}

// NewEmulator loads an ELF image and returns an emulator at step 0.
func NewEmulator(elfData []byte, cfg Config) (*Emulator, error) {
	prog, err := ParseELF(elfData)
	if err != nil {
		return nil, err
	}
	return NewEmulatorFromProgram(prog, cfg)
}

// NewEmulatorFromProgram loads a parsed program.
func NewEmulatorFromProgram(prog *Program, cfg Config) (*Emulator, error) {
	mem := NewMemory()
	s, err := prog.Load(mem, cfg.Args, cfg.Env)
	if err != nil {
		return nil, err
	}
	return &Emulator{State: *s, Mem: mem}, nil
}

// emulatorThreads lets the reference step keep the emulator's thread stacks in sync with the state's hashes.
type emulatorThreads struct{ e *Emulator }

func (et emulatorThreads) swapped() {
	et.e.todo, et.e.done = et.e.done, threadStack{}
}

func (et emulatorThreads) pushed(todo bool, t Thread) {
	if todo {
		et.e.todo.push(t)
	} else {
		et.e.done.push(t)
	}
}

func (et emulatorThreads) pop() (Thread, [32]byte, error) { return et.e.todo.pop() }

// directMemory is the emulator's memory seen by a step without proofs.
type directMemory struct{ m *Memory }

func (d directMemory) access(addr uint32, modify func(*[32]byte)) ([32]byte, error) {
	leaf := d.m.Leaf(addr)
	if modify != nil {
		updated := leaf
		modify(&updated)
		d.m.SetLeaf(addr, updated)
	}
	return leaf, nil
}

func (d directMemory) zeroRegion(addr uint32, k int) error {
	d.m.zeroRegion(addr, k)
	return nil
}

// Threads returns the number of live threads.
func (e *Emulator) Threads() int {
	n := len(e.todo.threads) + len(e.done.threads)
	if e.State.Flags&flagThreadExited == 0 {
		n++
	}
	return n
}

// StateHash brings the memory root up to date and returns the state hash.
func (e *Emulator) StateHash() [32]byte {
	e.State.MemRoot = e.Mem.MerkleRoot()
	return e.State.Hash()
}

// Step executes one step with the reference semantics, without producing a proof.
func (e *Emulator) Step() error {
	return e.stepWith(directMemory{e.Mem}, e.Oracle, emulatorThreads{e})
}

func (e *Emulator) stepWith(mem stepMemory, oracle Oracle, threads threadStacks) error {
	st := stepper{s: &e.State, mem: mem, oracle: oracle, threads: threads}
	if err := st.step(); err != nil {
		return fmt.Errorf("step %d: %w", e.State.Step, err)
	}
	if st.out.n > 0 {
		return e.emitOutput(st.out)
	}
	return nil
}

func (e *Emulator) emitOutput(out outputEffect) error {
	var w io.Writer
	switch out.fd {
	case FdStdout:
		w = e.Stdout
	case FdStderr:
		w = e.Stderr
	}
	if w == nil && (out.fd != FdHintWrite || e.Hint == nil) {
		return nil
	}
	data, err := e.Mem.ReadBytes(out.addr, int(out.n))
	if err != nil {
		return fmt.Errorf("output of the program: %w", err)
	}
	if out.fd == FdHintWrite {
		e.Hint(data)
		return nil
	}
	_, err = w.Write(data)
	return err
}

// NewEmulatorWithState returns an emulator over a hand-made state and memory, for tests and tools that place
// instructions themselves. The state's thread stacks must be empty: the emulator cannot invent their threads.
func NewEmulatorWithState(s State, mem *Memory) (*Emulator, error) {
	if s.Todo != ([32]byte{}) || s.Done != ([32]byte{}) {
		return nil, errors.New("a hand-made state cannot have waiting threads")
	}
	if s.Heap == 0 {
		s.Heap = initialHeap
	}
	return &Emulator{State: s, Mem: mem}, nil
}
