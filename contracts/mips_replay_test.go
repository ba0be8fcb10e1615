package contracts_test

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/opml-dev/opml/internal/mipsbuild"
	"github.com/opml-dev/opml/vm"
)

// replayPrograms are the real Go programs (vm/testdata/progs) whose executions are sampled: between them the Go
// runtime's scheduler and GC, channels and locks, reflection, big integers, panics, regexps and formatting use
// every instruction class Go emits, many syscalls and several threads. (maps, sorting, hashes and gcstress run
// for hundreds of millions of steps and would only make the test slower.)
var replayPrograms = []string{"goroutines", "syncprims", "jsonreflect", "bigmath", "panics", "regexp", "strfmt"}

// samplesPerProgram × len(replayPrograms) plus the extra syscall, memory and switch samples is well over the
// 2000 steps the test must cover.
const samplesPerProgram = 320

func buildProgram(t *testing.T, name string) []byte {
	t.Helper()
	path, err := mipsbuild.Build(filepath.Join("..", "vm", "testdata", "progs", name), "mips")
	if err != nil {
		t.Fatalf("build %s: %v", name, err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// nextInsnIs reports whether the instruction at pc satisfies pred.
func nextInsnIs(e *vm.Emulator, pred func(insn uint32) bool) bool {
	return pred(e.Mem.Word(e.State.Thread.PC &^ 3))
}

func isSyscall(insn uint32) bool { return insn>>26 == 0 && insn&63 == 12 }
func isMemory(insn uint32) bool  { return insn>>26 >= 32 }

// TestMIPSReplayPrograms samples steps across the executions of real Go programs and requires MIPS.sol,
// vm.StatelessStep and the emulator to agree on every one: single steps at random points, the next syscall or
// memory access after some of them, and thread switches.
func TestMIPSReplayPrograms(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs Go programs in the VM")
	}
	v := newVerifier(t)
	total := 0
	for pi, name := range replayPrograms {
		elf := buildProgram(t, name)
		// First run: the length of the execution, to spread the samples over it.
		full, err := vm.NewEmulator(elf, vm.Config{})
		if err != nil {
			t.Fatal(err)
		}
		if err := full.Run(1 << 40); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if !full.State.Exited || full.State.ExitCode != 0 {
			t.Fatalf("%s: did not exit cleanly: %+v", name, full.State)
		}
		length := full.State.Step
		rng := rand.New(rand.NewPCG(uint64(pi), 0x5eed))
		points := make([]uint64, samplesPerProgram)
		for i := range points {
			points[i] = rng.Uint64N(length)
		}
		slices.Sort(points)

		e, err := vm.NewEmulator(elf, vm.Config{})
		if err != nil {
			t.Fatal(err)
		}
		before := len(v.stats.all())
		switches := 0
		for i, p := range points {
			if err := e.Run(p); err != nil {
				t.Fatalf("%s: run to %d: %v", name, p, err)
			}
			if e.State.Halted() {
				break
			}
			v.prove(t, e, fmt.Sprintf("%s step %d", name, e.State.Step+1))
			// Every third sample also proves the next syscall or memory access (alternately), found by
			// stepping with the reference semantics.
			if i%3 == 0 {
				pred := isSyscall
				if i%6 == 3 {
					pred = isMemory
				}
				for n := 0; n < 50_000 && !e.State.Halted() && !nextInsnIs(e, pred); n++ {
					if err := e.Step(); err != nil {
						t.Fatal(err)
					}
				}
				if !e.State.Halted() {
					v.prove(t, e, fmt.Sprintf("%s step %d", name, e.State.Step+1))
				}
			}
			// Every fourth sample, when other threads exist, runs to the end of the quantum and proves the switch.
			if i%4 == 0 && !e.State.Halted() && (e.State.Todo != [32]byte{} || e.State.Done != [32]byte{}) {
				if e.State.StepsSinceSwitch < vm.Quantum {
					if err := e.Run(e.State.Step + vm.Quantum - e.State.StepsSinceSwitch); err != nil {
						t.Fatal(err)
					}
				}
				if !e.State.Halted() && e.State.StepsSinceSwitch >= vm.Quantum && (e.State.Todo != [32]byte{} || e.State.Done != [32]byte{}) {
					v.prove(t, e, fmt.Sprintf("%s switch at step %d", name, e.State.Step+1))
					switches++
				}
			}
		}
		n := len(v.stats.all()) - before
		total += n
		t.Logf("%s: %d steps long, %d steps proven (%d switch steps)", name, length, n, switches)
	}
	if total < 2000 {
		t.Fatalf("only %d steps proven", total)
	}
	if len(v.stats.gas[classSwitch]) == 0 || len(v.stats.gas[classSyscall]) == 0 {
		t.Fatalf("the samples missed switch or syscall steps")
	}
	v.stats.report(t, "samples of real Go programs")
	if m := median(v.stats.all()); m > 25_000 {
		t.Errorf("median execution gas %d is over the 25000 target", m)
	}
}

// TestMIPSReplayMadvise proves every step of the first calls of madvise(MADV_DONTNEED) that Go's runtime makes in a
// real program (the corpus program scavenge gives its heap back to the system), on both verifiers: the calls
// clear many pages of a written heap, in several steps each.
func TestMIPSReplayMadvise(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs a Go program in the VM")
	}
	v := newVerifier(t)
	e, err := vm.NewEmulator(buildProgram(t, "scavenge"), vm.Config{})
	if err != nil {
		t.Fatal(err)
	}
	calls, steps := 0, 0
	for calls < 3 {
		if e.State.Halted() || e.State.Step > 100_000_000 {
			t.Fatalf("%d calls of madvise(MADV_DONTNEED) in the first %d steps, want 3", calls, e.State.Step)
		}
		th := &e.State.Thread
		if !nextInsnIs(e, isSyscall) || th.Regs[2] != 4218 || th.Regs[6] != 4 {
			if err := e.Step(); err != nil {
				t.Fatal(err)
			}
			continue
		}
		// One call: its steps until this thread leaves the syscall (or is switched out).
		tid, pc, addr, length := th.TID, th.PC, th.Regs[4], th.Regs[5]
		n := 0
		for !e.State.Halted() && e.State.Thread.TID == tid && e.State.Thread.PC == pc {
			v.prove(t, e, fmt.Sprintf("madvise(%#x, %#x) at step %d", addr, length, e.State.Step+1))
			n++
		}
		t.Logf("madvise(%#x, %#x) at step %d: %d steps proven", addr, length, e.State.Step-uint64(n), n)
		calls++
		steps += n
	}
	if steps <= calls {
		t.Fatalf("the calls took %d steps: none cleared more than one block", steps)
	}
	v.stats.report(t, "madvise calls of a real Go program")
}
