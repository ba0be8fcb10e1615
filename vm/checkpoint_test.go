package vm

import (
	"math/rand/v2"
	"os"
	"slices"
	"testing"

	"github.com/opml-dev/opml/internal/mipsbuild"
)

// TestCheckpointsResumeExactly runs corpus programs (threads; heap given back with madvise and reused) taking
// in-memory checkpoints as they go, then checks that an emulator resumed from the nearest checkpoint before a
// random step reaches the same state as a straight run, proves a step that verifies, and ends where the
// uninterrupted run ends; that the run that took them ends where a straight run does (writes after a checkpoint
// copy the page, never change it); and that a checkpoint resumed twice gives the same states.
func TestCheckpointsResumeExactly(t *testing.T) {
	for _, prog := range []string{"goroutines", "scavenge"} {
		t.Run(prog, func(t *testing.T) {
			elf, err := mipsbuild.Build("testdata/progs/"+prog, mipsbuild.MIPS)
			if err != nil {
				t.Fatal(err)
			}
			data, err := os.ReadFile(elf)
			if err != nil {
				t.Fatal(err)
			}
			fresh := func() *Emulator {
				e, err := NewEmulator(data, Config{})
				if err != nil {
					t.Fatal(err)
				}
				return e
			}
			straight := fresh()
			if err := straight.Run(1 << 62); err != nil {
				t.Fatal(err)
			}
			final, halt := straight.StateHash(), straight.State.Step

			e := fresh()
			every := halt/20 + 1
			var cps []*Checkpoint
			for !e.State.Halted() {
				cps = append(cps, e.Checkpoint())
				if err := e.Run(e.State.Step + every); err != nil {
					t.Fatal(err)
				}
			}
			if e.StateHash() != final {
				t.Fatal("the run that took checkpoints ends in another state than a straight run")
			}
			rng := rand.New(rand.NewPCG(1, uint64(halt)))
			positions := []uint64{0, every, halt - 1, halt}
			for range 6 {
				positions = append(positions, rng.Uint64N(halt))
			}
			for _, pos := range positions {
				i, _ := slices.BinarySearchFunc(cps, pos+1, func(cp *Checkpoint, p uint64) int { return int(cp.Step()) - int(p) })
				cp := cps[i-1]
				var hashes [2][32]byte
				for try := range hashes {
					r := cp.Resume()
					if err := r.Run(pos); err != nil {
						t.Fatal(err)
					}
					hashes[try] = r.StateHash()
					if try == 1 && !r.State.Halted() {
						w, err := r.ProveStep()
						if err != nil {
							t.Fatal(err)
						}
						if post, err := StatelessStep(w); err != nil || post != w.PostStateHash {
							t.Fatalf("the witness of step %d from a checkpoint does not verify: %v", pos, err)
						}
						if err := r.Run(1 << 62); err != nil {
							t.Fatal(err)
						}
						if r.StateHash() != final {
							t.Fatalf("the run resumed from step %d ends in another state", cp.Step())
						}
					}
				}
				ref := fresh()
				if err := ref.Run(pos); err != nil {
					t.Fatal(err)
				}
				if want := ref.StateHash(); hashes[0] != want || hashes[1] != want {
					t.Fatalf("step %d from the checkpoint at %d: %x, then %x; a straight run: %x", pos, cp.Step(), hashes[0], hashes[1], want)
				}
			}
		})
	}
}
