package vm

import (
	"bytes"
	"context"
	"os"
	"testing"
	"time"

	"github.com/opml-dev/opml/internal/mipsbuild"
	"github.com/opml-dev/opml/internal/qemu"
)

// corpusProgram is a corpus program built for the VM.
type corpusProgram struct {
	qemu.Program
	elf  string
	data []byte
}

// buildCorpus builds every program of testdata/progs for the VM.
func buildCorpus(t testing.TB) []corpusProgram {
	progs, err := qemu.Corpus("testdata/progs")
	if err != nil {
		t.Fatal(err)
	}
	if len(progs) < 10 {
		t.Fatalf("the corpus has %d programs, want at least 10", len(progs))
	}
	var out []corpusProgram
	for _, p := range progs {
		elf, err := mipsbuild.Build(p.Dir, mipsbuild.MIPS)
		if err != nil {
			t.Fatal(err)
		}
		data, err := os.ReadFile(elf)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, corpusProgram{p, elf, data})
	}
	return out
}

func (p *corpusProgram) emulator(t testing.TB) *Emulator {
	e, err := NewEmulator(p.data, Config{Args: p.Args, Env: p.Env})
	if err != nil {
		t.Fatal(err)
	}
	return e
}

// TestMatchesQEMU runs every corpus program under qemu-mips and in the VM: output and exit code must be
// byte-identical.
func TestMatchesQEMU(t *testing.T) {
	qemuBin, err := qemu.Binary("mips")
	if err != nil {
		t.Fatal(err)
	}
	var qemuTime, vmTime time.Duration
	for _, p := range buildCorpus(t) {
		t.Run(p.Name, func(t *testing.T) {
			want, err := qemu.Run(context.Background(), qemuBin, p.elf, p.Args, p.Env)
			if err != nil {
				t.Fatal(err)
			}
			if want.ExitCode != p.ExitCode {
				t.Fatalf("under qemu the program exited %d, the corpus expects %d", want.ExitCode, p.ExitCode)
			}
			e := p.emulator(t)
			var stdout, stderr bytes.Buffer
			e.Stdout, e.Stderr = &stdout, &stderr
			start := time.Now()
			if err := e.Run(20_000_000_000); err != nil {
				t.Fatal(err)
			}
			took := time.Since(start)
			qemuTime += want.Duration
			vmTime += took
			if e.State.Fault != FaultNone {
				t.Fatalf("VM faulted at step %d: %v (pc %#x); qemu stdout:\n%s", e.State.Step, e.State.Fault, e.State.Thread.PC, want.Stdout)
			}
			if !e.State.Exited {
				t.Fatalf("VM did not exit within %d steps", e.State.Step)
			}
			if !bytes.Equal(stdout.Bytes(), want.Stdout) {
				t.Errorf("stdout differs:\nVM:\n%s\nqemu:\n%s", stdout.Bytes(), want.Stdout)
			}
			if !bytes.Equal(stderr.Bytes(), want.Stderr) {
				t.Errorf("stderr differs:\nVM:\n%s\nqemu:\n%s", stderr.Bytes(), want.Stderr)
			}
			if int(e.State.ExitCode) != want.ExitCode {
				t.Errorf("exit code %d, qemu %d", e.State.ExitCode, want.ExitCode)
			}
			t.Logf("%d steps, %d threads, VM %v, qemu %v", e.State.Step, e.Threads(), took, want.Duration)
		})
	}
	t.Logf("total wall time: VM %v, qemu-mips %v (ratio %.2f)", vmTime, qemuTime, vmTime.Seconds()/qemuTime.Seconds())
}

// TestSampledStepsAgree proves steps sampled across real programs — at the start, in the middle, at thread
// switches, at syscalls and at the final exit — and checks the stateless step reproduces every post-state.
func TestSampledStepsAgree(t *testing.T) {
	kinds := map[string]int{}
	total := 0
	for i, p := range buildCorpus(t) {
		if i%2 == 1 {
			continue // half the corpus keeps the test quick; the programs cover every instruction kind
		}
		// A first run finds the program's length.
		probe := p.emulator(t)
		if err := probe.Run(20_000_000_000); err != nil {
			t.Fatal(err)
		}
		length := probe.State.Step
		e := p.emulator(t)
		var points []uint64
		for k := uint64(0); k < 24; k++ {
			points = append(points, length*k/24)
		}
		points = append(points, length-40)
		for _, at := range points {
			if err := e.Run(at); err != nil {
				t.Fatal(err)
			}
			for j := 0; j < 40 && !e.State.Halted(); j++ {
				insn := e.Mem.Word(e.State.Thread.PC)
				kind := "instruction"
				switch {
				case e.State.StepsSinceSwitch >= Quantum && e.Threads() > 1:
					kind = "thread switch"
				case insn == syscallInsn:
					kind = "syscall"
				case insn>>26 >= 32 && insn>>26 < 40 || insn>>26 == 48:
					kind = "load"
				case insn>>26 >= 40:
					kind = "store"
				}
				w, err := e.ProveStep()
				if err != nil {
					t.Fatal(err)
				}
				post, err := StatelessStep(w)
				if err != nil {
					t.Fatalf("%s step %d: stateless step: %v", p.Name, w.Step, err)
				}
				if post != w.PostStateHash {
					t.Fatalf("%s step %d: stateless %x, emulator %x", p.Name, w.Step, post, w.PostStateHash)
				}
				kinds[kind]++
				total++
				if e.State.Halted() {
					kinds["exit"]++
				}
			}
			// Find the next thread switch and prove it too.
			if e.Threads() > 1 && !e.State.Halted() {
				if err := e.Run(e.State.Step + Quantum - min(e.State.StepsSinceSwitch, Quantum)); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
	t.Logf("%d proven steps: %v", total, kinds)
	for _, k := range []string{"instruction", "load", "store", "syscall", "thread switch", "exit"} {
		if kinds[k] == 0 {
			t.Errorf("no %s step was sampled", k)
		}
	}
}
