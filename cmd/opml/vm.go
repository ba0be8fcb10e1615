package main

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"time"

	"github.com/opml-dev/opml/internal/mipsbuild"
	"github.com/opml-dev/opml/internal/progress"
	"github.com/opml-dev/opml/vm"
)

func init() {
	register("vm run", "run a MIPS program (ELF file or Go package directory) in the VM", vmRun)
	register("vm witness", "write the witness of one step of a program", vmWitness)
	register("vm verify", "recompute a step's post-state from its witness alone", vmVerify)
}

// loadProgram reads an ELF file, or builds a Go main package directory for the VM first.
func loadProgram(path string) (*vm.Program, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("program %w", fileProblem(path, err))
	}
	if fi.IsDir() {
		elfPath, err := mipsbuild.Build(path, mipsbuild.MIPS)
		if err != nil {
			return nil, err
		}
		path = elfPath
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("program: %w", err)
	}
	prog, err := vm.ParseELF(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return prog, nil
}

type runStats struct {
	Steps          uint64  `json:"steps"`
	Exited         bool    `json:"exited"`
	ExitCode       int     `json:"exit_code"`
	Status         string  `json:"status"`
	Fault          string  `json:"fault,omitempty"`
	StateHash      string  `json:"state_hash"`
	WallSeconds    float64 `json:"wall_seconds"`
	StepsPerSecond float64 `json:"steps_per_second"`
	Threads        int     `json:"threads"`
	MemoryPages    int     `json:"memory_pages"`
}

func vmRun(args []string) error {
	fs := newFlags("vm run", "vm run [--stop-at N] [--stats FILE.json] [--snapshot-dir DIR [--snapshot-every K]] PROGRAM [ARGS...]")
	stopAt := fs.Uint64("stop-at", math.MaxUint64, "stop after exactly `N` steps")
	statsFile := fs.String("stats", "", "write run statistics as JSON to `FILE`")
	snapDir := fs.String("snapshot-dir", "", "save snapshots of the VM state in `DIR` (for fast witnesses later)")
	snapEvery := fs.Uint64("snapshot-every", 10_000_000, "snapshot interval in `steps` (smaller: faster witnesses, more disk)")
	passthrough(fs)
	describe(fs, "Flags go before PROGRAM: what follows it is the program's own arguments.")
	chk, err := parse(fs, args)
	if err != nil {
		return err
	}
	chk.check(fs.NArg() >= 1, "needs a program (an ELF file or a Go package directory)")
	chk.check(*snapEvery >= 1, "--snapshot-every %d: want at least 1 step", *snapEvery)
	if err := chk.err(); err != nil {
		return err
	}
	prog, err := loadProgram(fs.Arg(0))
	if err != nil {
		return err
	}
	e, err := vm.NewEmulatorFromProgram(prog, vm.Config{Args: fs.Args()[1:]})
	if err != nil {
		return err
	}
	e.Stdout, e.Stderr = os.Stdout, os.Stderr
	start := time.Now()
	var runErr error
	if *snapDir != "" {
		st, err := vm.OpenSnapshotStore(*snapDir, e.StateHash())
		if err != nil {
			return err
		}
		defer st.Close()
		runErr = e.RunWithSnapshots(*stopAt, *snapEvery, st)
	} else {
		runErr = e.Run(*stopAt)
	}
	wall := time.Since(start).Seconds()
	s := &e.State
	stats := runStats{Steps: s.Step, Exited: s.Exited, ExitCode: int(s.ExitCode), Status: s.Status().String(),
		WallSeconds: wall, StepsPerSecond: float64(s.Step) / wall,
		Threads: e.Threads(), MemoryPages: e.Mem.PageCount()}
	if s.Fault != vm.FaultNone {
		stats.Fault = s.Fault.String()
	}
	// The state hash needs the whole memory hashed: compute it only when it is reported.
	halted := s.Exited || s.Fault != vm.FaultNone
	if *statsFile != "" || !halted {
		stats.StateHash = fmt.Sprintf("%#x", e.StateHash())
	}
	if *statsFile != "" {
		data, _ := json.MarshalIndent(stats, "", "  ")
		if err := os.WriteFile(*statsFile, append(data, '\n'), 0o644); err != nil {
			return err
		}
	}
	if runErr != nil {
		return runErr
	}
	switch {
	case s.Fault != vm.FaultNone:
		return &exitError{code: 70, msg: fmt.Sprintf("VM fault at step %d: %v (pc %#x)", s.Step, s.Fault, s.Thread.PC)}
	case s.Exited:
		return &exitError{code: int(s.ExitCode)}
	default:
		fmt.Fprintf(os.Stderr, "opml: stopped after %d steps (running); state %s\n", s.Step, stats.StateHash)
		return nil
	}
}

func vmWitness(args []string) error {
	fs := newFlags("vm witness", "vm witness --step N [--out FILE.json] [--snapshot-dir DIR] PROGRAM [ARGS...]")
	step := fs.Int64("step", -1, "the witness executes step `N`+1 from the state after N steps")
	out := fs.String("out", "", "write the witness to `FILE` instead of stdout")
	snapDir := fs.String("snapshot-dir", "", "start from the nearest snapshot in `DIR` (written by vm run --snapshot-dir)")
	passthrough(fs)
	describe(fs, "Flags go before PROGRAM: what follows it is the program's own arguments.")
	chk, err := parse(fs, args)
	if err != nil {
		return err
	}
	chk.check(*step >= 0, "needs --step N (N ≥ 0)")
	chk.check(fs.NArg() >= 1, "needs a program (an ELF file or a Go package directory)")
	if err := chk.err(); err != nil {
		return err
	}
	prog := progress.ForStderr(false)
	defer prog.Done()
	program, err := loadProgram(fs.Arg(0))
	if err != nil {
		return err
	}
	fresh := func() (*vm.Emulator, error) {
		return vm.NewEmulatorFromProgram(program, vm.Config{Args: fs.Args()[1:]})
	}
	e, err := fresh()
	if err != nil {
		return err
	}
	if *snapDir != "" {
		st, err := vm.OpenSnapshotStore(*snapDir, e.StateHash())
		if err != nil {
			return err
		}
		defer st.Close()
		prog.Status("vm witness: restoring the snapshot nearest step %d", *step)
		if e, err = st.EmulatorAt(uint64(*step), fresh); err != nil {
			return err
		}
	} else if err := runShowingProgress(e, uint64(*step), prog); err != nil {
		return err
	}
	if e.State.Step != uint64(*step) {
		fmt.Fprintf(os.Stderr, "opml: the program halted after %d steps; the witness is of its final state\n", e.State.Step)
	}
	prog.Status("vm witness: hashing the state and proving step %d", e.State.Step+1)
	w, err := e.ProveStep()
	if err != nil {
		return err
	}
	data, err := json.MarshalIndent(w, "", "  ")
	if err != nil {
		return err
	}
	data = append(data, '\n')
	if *out == "" {
		_, err = os.Stdout.Write(data)
		return err
	}
	return os.WriteFile(*out, data, 0o644)
}

func vmVerify(args []string) error {
	fs := newFlags("vm verify", "vm verify [--onchain [--rpc URL --key HEX] [--preimage FILE]... [--local KEYHEX=FILE]...] FILE.json")
	oc := addOnchainFlags(fs)
	chk, err := parse(fs, args)
	if err != nil {
		return err
	}
	oc.check(fs, chk)
	chk.nArgs(fs, 1, "one witness file")
	if err := chk.err(); err != nil {
		return err
	}
	data, err := os.ReadFile(fs.Arg(0))
	if err != nil {
		return fileProblem(fs.Arg(0), err)
	}
	w, err := vm.ParseWitness(data)
	if err != nil {
		return fmt.Errorf("%s: %w", fs.Arg(0), err)
	}
	post, err := vm.StatelessStep(w)
	if oc.onchain {
		return verifyOnChain(w, post, err, oc)
	}
	if err != nil {
		return fmt.Errorf("%s: %w", fs.Arg(0), err)
	}
	fmt.Printf("%#x\n", post)
	if post != w.PostStateHash {
		return &exitError{code: 1, msg: fmt.Sprintf("post-state mismatch: the witness claims %#x", w.PostStateHash)}
	}
	return nil
}

// runShowingProgress runs e to step target in chunks, showing how far it got.
func runShowingProgress(e *vm.Emulator, target uint64, prog *progress.Reporter) error {
	const chunk = 50_000_000 // ≈ 0.3 s of the fast interpreter
	for e.State.Step < target && !e.State.Halted() {
		if err := e.Run(min(target, e.State.Step+chunk)); err != nil {
			return err
		}
		prog.Count("vm witness: running to the step, steps", int64(e.State.Step), int64(target))
	}
	return nil
}
