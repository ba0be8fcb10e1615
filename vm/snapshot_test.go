package vm

import (
	"os"
	"testing"

	"github.com/opml-dev/opml/internal/mipsbuild"
)

// TestSnapshotsRestoreExactly runs a corpus program with snapshots, then checks that an emulator restored from
// any snapshot and run on reaches the same states as the uninterrupted run.
func TestSnapshotsRestoreExactly(t *testing.T) {
	elf, err := mipsbuild.Build("testdata/progs/goroutines", mipsbuild.MIPS)
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(elf)
	if err != nil {
		t.Fatal(err)
	}
	fresh := func() (*Emulator, error) { return NewEmulator(data, Config{}) }
	e, _ := fresh()
	program := e.StateHash()
	st, err := OpenSnapshotStore(t.TempDir(), program)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	const every = 300_000
	if err := e.RunWithSnapshots(1<<62, every, st); err != nil {
		t.Fatal(err)
	}
	final := e.StateHash()
	steps, _ := st.Steps()
	if len(steps) < 3 {
		t.Fatalf("only %d snapshots for %d steps", len(steps), e.State.Step)
	}
	for _, at := range []uint64{0, every + 12345, e.State.Step / 2, e.State.Step - 1} {
		r, err := st.EmulatorAt(at, fresh)
		if err != nil {
			t.Fatal(err)
		}
		ref, _ := fresh()
		if err := ref.Run(at); err != nil {
			t.Fatal(err)
		}
		if r.StateHash() != ref.StateHash() {
			t.Fatalf("restored state at step %d differs from a straight run", at)
		}
		w, err := r.ProveStep()
		if err != nil {
			t.Fatal(err)
		}
		if post, err := StatelessStep(w); err != nil || post != w.PostStateHash {
			t.Fatalf("witness at step %d from a snapshot: %v", at, err)
		}
		if err := r.Run(1 << 62); err != nil {
			t.Fatal(err)
		}
		if r.StateHash() != final {
			t.Fatalf("run resumed at step %d ends in another state", at)
		}
	}
	// A store for another program refuses these snapshots.
	other, _ := OpenSnapshotStore(st.dir, [32]byte{1})
	defer other.Close()
	if _, err := other.Load(steps[1]); err == nil {
		t.Fatal("snapshot of another program was accepted")
	}
}
