package bench

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"time"

	"github.com/opml-dev/opml/internal/mipsbuild"
	"github.com/opml-dev/opml/internal/progress"
	"github.com/opml-dev/opml/internal/qemu"
	"github.com/opml-dev/opml/vm"
)

// VMOptions says where the benchmark programs are and how much to measure.
type VMOptions struct {
	Root        string // repository root (holds vm/testdata)
	ProofSteps  int    // steps to prove in proof mode
	Witnesses   int    // witnesses to produce from snapshots
	SnapshotGap uint64 // snapshot interval for the witness benchmark
	// Progress shows which measurement runs (nil: nothing).
	Progress *progress.Reporter
}

func (o *VMOptions) defaults() {
	if o.Root == "" {
		o.Root = "."
	}
	if o.ProofSteps == 0 {
		o.ProofSteps = 20_000
	}
	if o.Witnesses == 0 {
		o.Witnesses = 5
	}
	if o.SnapshotGap == 0 {
		o.SnapshotGap = 1_000_000
	}
}

func buildProgram(root, rel string) ([]byte, string, error) {
	dir := filepath.Join(root, rel)
	if _, err := os.Stat(dir); err != nil {
		return nil, "", fmt.Errorf("benchmark program %s not found: run opml bench from the repository root or pass --root", rel)
	}
	elf, err := mipsbuild.Build(dir, mipsbuild.MIPS)
	if err != nil {
		return nil, "", err
	}
	data, err := os.ReadFile(elf)
	return data, elf, err
}

// VM measures the fault-proof VM: fast-mode and proof-mode speed, witnesses from snapshots on a large
// program, the Merkle tree's memory overhead, and wall time against qemu-mips on the same programs.
func VM(opts VMOptions) (*Table, error) {
	opts.defaults()
	t := &Table{Title: "opml bench vm — the fault-proof VM", Columns: []string{"measure", "value", "detail"}}

	defer opts.Progress.Done()
	opts.Progress.Status("bench vm: building the compute program")
	compute, computeELF, err := buildProgram(opts.Root, "vm/testdata/bench/compute")
	if err != nil {
		return nil, err
	}
	// Fast mode on one core: the interpreter is single-threaded.
	opts.Progress.Status("bench vm: fast mode")
	prev := runtime.GOMAXPROCS(1)
	e, err := vm.NewEmulator(compute, vm.Config{})
	if err != nil {
		runtime.GOMAXPROCS(prev)
		return nil, err
	}
	start := time.Now()
	err = e.Run(1 << 62)
	fastWall := time.Since(start)
	runtime.GOMAXPROCS(prev)
	if err != nil {
		return nil, err
	}
	steps := e.State.Step
	t.AddRow("fast mode", perSecond(float64(steps)/fastWall.Seconds()),
		fmt.Sprintf("compute program, %d steps in %.3f s, GOMAXPROCS=1", steps, fastWall.Seconds()))

	// Proof mode: a witness for every step, from the middle of the same program.
	e, _ = vm.NewEmulator(compute, vm.Config{})
	if err := e.Run(steps / 2); err != nil {
		return nil, err
	}
	e.StateHash()
	start = time.Now()
	for i := 0; i < opts.ProofSteps; i++ {
		if _, err := e.ProveStep(); err != nil {
			return nil, err
		}
		opts.Progress.Count("bench vm: proof mode, witnesses", int64(i+1), int64(opts.ProofSteps))
	}
	proofWall := time.Since(start)
	t.AddRow("proof mode", perSecond(float64(opts.ProofSteps)/proofWall.Seconds()),
		fmt.Sprintf("%d consecutive witnesses (pre/post state hash + memory proofs)", opts.ProofSteps))

	// Qemu side by side on the same program.
	opts.Progress.Status("bench vm: the compute program under qemu-mips")
	if qemuBin, err := qemu.Binary("mips"); err == nil {
		res, err := qemu.Run(context.Background(), qemuBin, computeELF, nil, nil)
		if err == nil {
			t.AddRow("compute vs qemu-mips", fmt.Sprintf("%.2fx", fastWall.Seconds()/res.Duration.Seconds()),
				fmt.Sprintf("VM %.3f s, qemu-mips %.3f s (process wall time)", fastWall.Seconds(), res.Duration.Seconds()))
		}
	}

	// The differential-test corpus, side by side with qemu-mips: the wall-time comparison.
	opts.Progress.Status("bench vm: the test corpus in the VM and under qemu-mips")
	row, err := corpusVsQEMU(opts.Root)
	if err != nil {
		return nil, err
	}
	t.AddRow(row...)

	// A large program: memory overhead of the tree and witnesses from snapshots.
	opts.Progress.Status("bench vm: a large program with snapshots")
	bigmem, _, err := buildProgram(opts.Root, "vm/testdata/bench/bigmem")
	if err != nil {
		return nil, err
	}
	fresh := func() (*vm.Emulator, error) { return vm.NewEmulator(bigmem, vm.Config{}) }
	e, _ = fresh()
	program := e.StateHash()
	dir, err := os.MkdirTemp("", "opml-bench-snapshots")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	st, err := vm.OpenSnapshotStore(dir, program)
	if err != nil {
		return nil, err
	}
	defer st.Close()
	start = time.Now()
	if err := e.RunWithSnapshots(1<<62, opts.SnapshotGap, st); err != nil {
		return nil, err
	}
	snapWall := time.Since(start)
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	rootStart := time.Now()
	e2, _ := fresh()
	if err := e2.Run(e.State.Step); err != nil {
		return nil, err
	}
	runWall := time.Since(rootStart)
	runtime.GC()
	runtime.ReadMemStats(&after)
	dataBytes := uint64(e2.Mem.PageCount()) * vm.PageSize
	hashStart := time.Now()
	e2.StateHash()
	hashWall := time.Since(hashStart)
	var hashed runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&hashed)
	t.AddRow("large program", fmt.Sprintf("%d MiB", dataBytes>>20),
		fmt.Sprintf("%d steps, %d pages; run %.2f s; with snapshots every %d steps %.2f s", e.State.Step, e2.Mem.PageCount(), runWall.Seconds(), opts.SnapshotGap, snapWall.Seconds()))
	t.AddRow("full Merkle root", fmt.Sprintf("%.2f s", hashWall.Seconds()),
		fmt.Sprintf("hashing all %d MiB once (%d cores)", dataBytes>>20, runtime.GOMAXPROCS(0)))
	overhead := int64(hashed.HeapAlloc) - int64(after.HeapAlloc)
	t.AddRow("tree memory overhead", fmt.Sprintf("%.2f%%", 100*float64(overhead)/float64(dataBytes)),
		fmt.Sprintf("%d KiB of tree nodes for %d MiB of pages", overhead>>10, dataBytes>>20))
	var worst time.Duration
	for i := 1; i <= opts.Witnesses; i++ {
		at := e.State.Step * uint64(i) / uint64(opts.Witnesses+1)
		start := time.Now()
		w, err := st.EmulatorAt(at, fresh)
		if err != nil {
			return nil, err
		}
		if _, err := w.ProveStep(); err != nil {
			return nil, err
		}
		worst = max(worst, time.Since(start))
		opts.Progress.Count("bench vm: witnesses from snapshots", int64(i), int64(opts.Witnesses))
	}
	t.AddRow("witness from snapshot", fmt.Sprintf("%.2f s", worst.Seconds()),
		fmt.Sprintf("worst of %d witnesses at steps spread over the large program (restore + replay ≤ %d steps + prove)", opts.Witnesses, opts.SnapshotGap))
	t.Notes = append(t.Notes, fmt.Sprintf("machine: %d cores, %s/%s, %s", runtime.NumCPU(), runtime.GOOS, runtime.GOARCH, runtime.Version()))
	return t, nil
}

// corpusVsQEMU runs every program of vm/testdata/progs in the VM and under qemu-mips and compares total wall time.
func corpusVsQEMU(root string) ([]any, error) {
	qemuBin, err := qemu.Binary("mips")
	if err != nil {
		return nil, err
	}
	progs, err := qemu.Corpus(filepath.Join(root, "vm", "testdata", "progs"))
	if err != nil {
		return nil, err
	}
	var vmWall, qemuWall time.Duration
	var steps uint64
	for _, p := range progs {
		elf, err := mipsbuild.Build(p.Dir, mipsbuild.MIPS)
		if err != nil {
			return nil, err
		}
		data, err := os.ReadFile(elf)
		if err != nil {
			return nil, err
		}
		e, err := vm.NewEmulator(data, vm.Config{Args: p.Args, Env: p.Env})
		if err != nil {
			return nil, err
		}
		start := time.Now()
		if err := e.Run(1 << 40); err != nil {
			return nil, fmt.Errorf("%s: %w", p.Name, err)
		}
		vmWall += time.Since(start)
		steps += e.State.Step
		res, err := qemu.Run(context.Background(), qemuBin, elf, p.Args, p.Env)
		if err != nil {
			return nil, fmt.Errorf("%s under qemu: %w", p.Name, err)
		}
		qemuWall += res.Duration
	}
	return []any{"corpus vs qemu-mips", fmt.Sprintf("%.2fx", vmWall.Seconds()/qemuWall.Seconds()),
		fmt.Sprintf("%d programs of vm/testdata/progs, %d steps: VM %.2f s, qemu-mips %.2f s (target ≤ 4x)", len(progs), steps, vmWall.Seconds(), qemuWall.Seconds())}, nil
}
