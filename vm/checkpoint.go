package vm

import "slices"

// A Checkpoint is an emulator's state frozen in memory, to resume from later without re-executing the steps
// before it (a dispute asks for states in an order that goes back). Its memory shares pages with the emulator,
// copy-on-write: taking one costs the page table, not the pages, and a page is copied only when the emulator or
// a resumed one writes it, so a series of checkpoints holds each page version once.
type Checkpoint struct {
	state      State
	dirs       []dirEntry // the non-empty page directories
	pageCount  int
	todo, done threadStack
}

type dirEntry struct {
	index int
	dir   pageDir
}

// Checkpoint freezes the emulator's current state (its memory root brought up to date).
func (e *Emulator) Checkpoint() *Checkpoint {
	e.StateHash() // every page clean: shared pages are never dirty
	m := e.Mem
	cp := &Checkpoint{state: e.State, pageCount: m.pageCount, todo: e.todo.clone(), done: e.done.clone()}
	for di, d := range m.dirs {
		if d == nil {
			continue
		}
		for _, p := range d {
			if p != nil {
				p.shared = true
			}
		}
		cp.dirs = append(cp.dirs, dirEntry{di, *d})
	}
	return cp
}

// Step returns the step counter at the checkpoint.
func (cp *Checkpoint) Step() uint64 { return cp.state.Step }

// Resume returns a new emulator at the checkpoint (without oracle, output writers or hint: the caller sets
// them). Running it leaves the checkpoint as it was; the memory tree above the pages is rebuilt from the pages'
// roots, about one hash per page.
func (cp *Checkpoint) Resume() *Emulator {
	m := NewMemory()
	m.pageCount = cp.pageCount
	for _, d := range cp.dirs {
		dir := d.dir
		m.dirs[d.index] = &dir
		for pi, p := range dir {
			if p != nil {
				m.restored = append(m.restored, uint32(d.index<<dirBits|pi))
			}
		}
	}
	return &Emulator{State: cp.state, Mem: m, todo: cp.todo.clone(), done: cp.done.clone()}
}

func (st *threadStack) clone() threadStack {
	return threadStack{threads: slices.Clone(st.threads), hashes: slices.Clone(st.hashes)}
}
