package vm

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// Snapshots let a witness at step N be produced by re-executing at most K steps: every K steps the full VM state
// is written to a directory. Memory pages are stored once per distinct content in an append-only pack, keyed by
// their Merkle root (which the tree computes anyway), so a snapshot itself is only the state, the threads and a
// table of page roots, and restoring it needs no hashing of page contents.
//
// Layout of a snapshot directory:
//
//	pages.pack          records of root (32 bytes) ‖ page data (4096 bytes)
//	snap-<step>.bin     magic, program id, state encoding, thread stacks, page table (index, root)
const (
	snapshotMagic  = "OPMLSNP1"
	packRecordSize = 32 + PageSize
	packName       = "pages.pack"
)

// SnapshotStore reads and writes the snapshots of one program in a directory.
type SnapshotStore struct {
	dir     string
	program [32]byte // hash of the program's initial state: snapshots of other programs are refused
	pack    *os.File
	packLen int64
	index   map[[32]byte]int64 // page root → offset of its record in the pack
}

// OpenSnapshotStore opens (creating if needed) the snapshot directory of the program whose initial state hash is
// program.
func OpenSnapshotStore(dir string, program [32]byte) (*SnapshotStore, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("snapshots: %w", err)
	}
	f, err := os.OpenFile(filepath.Join(dir, packName), os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, fmt.Errorf("snapshots: %w", err)
	}
	st := &SnapshotStore{dir: dir, program: program, pack: f, index: make(map[[32]byte]int64)}
	info, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("snapshots: %w", err)
	}
	// A record cut short by a crash is dropped: it is rewritten when next needed.
	st.packLen = info.Size() - info.Size()%packRecordSize
	var root [32]byte
	for off := int64(0); off < st.packLen; off += packRecordSize {
		if _, err := f.ReadAt(root[:], off); err != nil {
			f.Close()
			return nil, fmt.Errorf("snapshots: reading %s: %w", packName, err)
		}
		st.index[root] = off
	}
	return st, nil
}

// Close releases the pack file.
func (st *SnapshotStore) Close() error { return st.pack.Close() }

// Steps returns the steps at which snapshots exist, ascending.
func (st *SnapshotStore) Steps() ([]uint64, error) {
	entries, err := os.ReadDir(st.dir)
	if err != nil {
		return nil, fmt.Errorf("snapshots: %w", err)
	}
	var steps []uint64
	for _, e := range entries {
		name := e.Name()
		if !strings.HasPrefix(name, "snap-") || !strings.HasSuffix(name, ".bin") {
			continue
		}
		if n, err := strconv.ParseUint(strings.TrimSuffix(strings.TrimPrefix(name, "snap-"), ".bin"), 10, 64); err == nil {
			steps = append(steps, n)
		}
	}
	slices.Sort(steps)
	return steps, nil
}

func (st *SnapshotStore) path(step uint64) string {
	return filepath.Join(st.dir, fmt.Sprintf("snap-%d.bin", step))
}

// Save writes a snapshot of the emulator's current state.
func (st *SnapshotStore) Save(e *Emulator) error {
	e.StateHash() // brings every page root up to date
	m := e.Mem
	var table []byte
	for di, d := range m.dirs {
		if d == nil {
			continue
		}
		for pi, p := range d {
			if p == nil || p.root == zeroHashes[pageDepth] {
				continue
			}
			if _, ok := st.index[p.root]; !ok {
				rec := make([]byte, 0, packRecordSize)
				rec = append(append(rec, p.root[:]...), p.data[:]...)
				if _, err := st.pack.WriteAt(rec, st.packLen); err != nil {
					return fmt.Errorf("snapshots: writing page: %w", err)
				}
				st.index[p.root] = st.packLen
				st.packLen += packRecordSize
			}
			table = binary.BigEndian.AppendUint32(table, uint32(di<<dirBits|pi))
			table = append(table, p.root[:]...)
		}
	}
	var buf []byte
	buf = append(buf, snapshotMagic...)
	buf = append(buf, st.program[:]...)
	buf = append(buf, e.State.Encode()...)
	for _, stack := range []*threadStack{&e.todo, &e.done} {
		buf = binary.BigEndian.AppendUint32(buf, uint32(len(stack.threads)))
		for i := range stack.threads {
			buf = append(buf, EncodeThread(&stack.threads[i])...)
		}
	}
	buf = binary.BigEndian.AppendUint32(buf, uint32(len(table)/36))
	buf = append(buf, table...)
	// Write to a temporary name, then rename: a crash never leaves a half-written snapshot behind.
	tmp := st.path(e.State.Step) + ".tmp"
	if err := os.WriteFile(tmp, buf, 0o644); err != nil {
		return fmt.Errorf("snapshots: %w", err)
	}
	if err := st.pack.Sync(); err != nil {
		return fmt.Errorf("snapshots: %w", err)
	}
	return os.Rename(tmp, st.path(e.State.Step))
}

// Load restores the snapshot taken at step into a new emulator (without oracle or output writers).
func (st *SnapshotStore) Load(step uint64) (*Emulator, error) {
	f, err := os.Open(st.path(step))
	if err != nil {
		return nil, fmt.Errorf("snapshots: %w", err)
	}
	defer f.Close()
	r := bufio.NewReader(f)
	bad := func(what string, err error) error {
		return fmt.Errorf("snapshot at step %d is corrupt (%s): %v", step, what, err)
	}
	head := make([]byte, len(snapshotMagic)+32+StateSize)
	if _, err := io.ReadFull(r, head); err != nil {
		return nil, bad("header", err)
	}
	if string(head[:len(snapshotMagic)]) != snapshotMagic {
		return nil, bad("magic", errors.New("not a snapshot file"))
	}
	if [32]byte(head[len(snapshotMagic):len(snapshotMagic)+32]) != st.program {
		return nil, fmt.Errorf("snapshot at step %d belongs to another program", step)
	}
	s, err := DecodeState(head[len(snapshotMagic)+32:])
	if err != nil {
		return nil, bad("state", err)
	}
	e := &Emulator{State: *s, Mem: NewMemory()}
	readU32 := func() (uint32, error) {
		var b [4]byte
		_, err := io.ReadFull(r, b[:])
		return binary.BigEndian.Uint32(b[:]), err
	}
	for _, stack := range []*threadStack{&e.todo, &e.done} {
		n, err := readU32()
		if err != nil || n > 1<<20 {
			return nil, bad("thread count", err)
		}
		enc := make([]byte, ThreadSize)
		for i := uint32(0); i < n; i++ {
			if _, err := io.ReadFull(r, enc); err != nil {
				return nil, bad("thread", err)
			}
			t, _ := DecodeThread(enc)
			stack.push(t)
		}
	}
	if e.todo.top() != s.Todo || e.done.top() != s.Done {
		return nil, bad("threads", errors.New("thread stacks do not match the state"))
	}
	n, err := readU32()
	if err != nil {
		return nil, bad("page table", err)
	}
	entry := make([]byte, 36)
	data := make([]byte, PageSize)
	for i := uint32(0); i < n; i++ {
		if _, err := io.ReadFull(r, entry); err != nil {
			return nil, bad("page table", err)
		}
		idx, root := binary.BigEndian.Uint32(entry), [32]byte(entry[4:])
		off, ok := st.index[root]
		if !ok || idx >= 1<<(32-PageAddrBits) {
			return nil, bad("page table", fmt.Errorf("page %d is not in the pack", idx))
		}
		if _, err := st.pack.ReadAt(data, off+32); err != nil {
			return nil, bad("pack", err)
		}
		e.Mem.restorePage(idx, data, root)
	}
	if e.StateHash(); e.State.MemRoot != s.MemRoot {
		return nil, bad("memory", errors.New("restored memory does not match the state's memory root"))
	}
	return e, nil
}

// Nearest returns the latest snapshot at or before step, or ok = false if there is none.
func (st *SnapshotStore) Nearest(step uint64) (at uint64, ok bool, err error) {
	steps, err := st.Steps()
	if err != nil {
		return 0, false, err
	}
	for i := len(steps) - 1; i >= 0; i-- {
		if steps[i] <= step {
			return steps[i], true, nil
		}
	}
	return 0, false, nil
}

// RunWithSnapshots runs like Run, saving a snapshot whenever the step counter is a multiple of every (and at
// the start). Snapshots that already exist are not rewritten.
func (e *Emulator) RunWithSnapshots(stopAt, every uint64, st *SnapshotStore) error {
	if every == 0 {
		return errors.New("snapshot interval must be positive")
	}
	have, err := st.Steps()
	if err != nil {
		return err
	}
	for {
		if e.State.Step%every == 0 && !e.State.Halted() && !slices.Contains(have, e.State.Step) {
			if err := st.Save(e); err != nil {
				return err
			}
		}
		if e.State.Step >= stopAt || e.State.Halted() {
			return nil
		}
		next := min(stopAt, (e.State.Step/every+1)*every)
		if err := e.Run(next); err != nil {
			return err
		}
	}
}

// EmulatorAt returns an emulator at step (or at the step the program halted, if earlier), starting from the
// latest snapshot at or before it, so at most the snapshot interval is re-executed. fresh builds the emulator at
// step 0 when no snapshot helps.
func (st *SnapshotStore) EmulatorAt(step uint64, fresh func() (*Emulator, error)) (*Emulator, error) {
	at, ok, err := st.Nearest(step)
	if err != nil {
		return nil, err
	}
	var e *Emulator
	if ok {
		e, err = st.Load(at)
	} else {
		e, err = fresh()
	}
	if err != nil {
		return nil, err
	}
	return e, e.Run(step)
}
