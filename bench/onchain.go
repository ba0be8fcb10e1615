package bench

import (
	"encoding/binary"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"slices"

	"github.com/ethereum/go-ethereum/common"

	"github.com/opml-dev/opml/contracts"
	"github.com/opml-dev/opml/internal/mipsbuild"
	"github.com/opml-dev/opml/internal/progress"
	"github.com/opml-dev/opml/internal/qemu"
	"github.com/opml-dev/opml/vm"
	"github.com/opml-dev/opml/vm/vmtest"
)

// OnChainOptions says which steps the on-chain benchmark measures.
type OnChainOptions struct {
	Root    string // repository root (holds vm/testdata/progs)
	Samples int    // random steps sampled per program
	Window  uint64 // sample within each program's first Window steps
	// Progress shows which program is sampled (nil: nothing).
	Progress *progress.Reporter
}

func (o *OnChainOptions) defaults() {
	if o.Root == "" {
		o.Root = "."
	}
	if o.Samples == 0 {
		o.Samples = 150
	}
	if o.Window == 0 {
		o.Window = 20_000_000
	}
}

// Step classes, by what the step executes.
const (
	classALU     = "ALU"
	classLoad    = "load"
	classStore   = "store"
	classBranch  = "branch"
	classSyscall = "syscall"
	classOracle  = "oracle read"
	classSwitch  = "thread switch"
	classFault   = "fault"
)

var classOrder = []string{classALU, classLoad, classStore, classBranch, classSyscall, classOracle, classSwitch, classFault}

// Targets of the on-chain verifier.
const (
	targetMedianGas = 25_000
	targetCalldata  = 2_300
)

// stepClass classifies the step about to execute from the pre-state and the instruction at pc.
func stepClass(s *vm.State, insn uint32, readsOracle bool) string {
	if s.StepsSinceSwitch >= vm.Quantum && (s.Todo != [32]byte{} || s.Done != [32]byte{}) {
		return classSwitch
	}
	op, funct := insn>>26, insn&63
	switch {
	case op == 0 && funct == 12:
		if s.Thread.Regs[2] == 4003 && s.Thread.Regs[4] == vm.FdPreimageRead && readsOracle {
			return classOracle
		}
		return classSyscall
	case op == 0 && (funct == 8 || funct == 9), op >= 1 && op <= 7:
		return classBranch
	case op >= 32 && op <= 38, op == 48:
		return classLoad
	case op == 40, op == 41, op == 42, op == 43, op == 46, op == 56:
		return classStore
	}
	return classALU
}

// gasSample is one measured step.
type gasSample struct {
	class  string
	random bool // sampled at a random point (not sought out for its class)
	gas    contracts.StepGas
}

// onchainRun measures steps on the in-process EVM, checking each against vm.StatelessStep and the emulator.
type onchainRun struct {
	evm     *contracts.EVM
	samples []gasSample
	// preimages holds the data behind the keys of the hand-made oracle programs.
	preimages map[[32]byte][]byte
}

var benchLocalContext = [32]byte{0xbe, 0xac}

// measure proves the next step of e, runs it on MIPS.sol and records its gas.
func (r *onchainRun) measure(e *vm.Emulator, random bool, what string) error {
	pre := e.State
	insn := e.Mem.Word(pre.Thread.PC &^ 3)
	w, err := e.ProveStep()
	if err != nil {
		return fmt.Errorf("%s: prove step %d: %w", what, pre.Step+1, err)
	}
	goPost, err := vm.StatelessStep(w)
	if err != nil || goPost != w.PostStateHash {
		return fmt.Errorf("%s: step %d: vm.StatelessStep %x (%v), emulator %x", what, pre.Step+1, goPost, err, w.PostStateHash)
	}
	if o := w.Oracle; o != nil {
		data, ok := r.preimages[o.Key]
		if !ok {
			return fmt.Errorf("%s: step %d reads key %x, whose data the benchmark does not have", what, pre.Step+1, o.Key)
		}
		if err := r.evm.LoadPreimagePart(o.Key, data, o.Offset, benchLocalContext); err != nil {
			return err
		}
	}
	post, g, err := r.evm.Step(w.State, w.Proof, benchLocalContext)
	if err != nil {
		return fmt.Errorf("%s: step %d: %w", what, pre.Step+1, err)
	}
	if post != goPost {
		return fmt.Errorf("%s: step %d: MIPS.step %x, vm.StatelessStep %x", what, pre.Step+1, post, goPost)
	}
	class := stepClass(&pre, insn, w.Oracle != nil)
	if vm.StatusOf(post) == vm.StatusFaulted && pre.Fault == vm.FaultNone {
		class = classFault
	}
	r.samples = append(r.samples, gasSample{class: class, random: random, gas: g})
	return nil
}

// nextOf are the instruction kinds the benchmark seeks after some samples, so every class is measured often
// enough for its median to mean something.
var nextOf = []func(insn uint32) bool{
	func(insn uint32) bool { return insn>>26 == 0 && insn&63 == 12 },         // syscall
	func(insn uint32) bool { op := insn >> 26; return op >= 32 && op <= 38 }, // load
	func(insn uint32) bool {
		op := insn >> 26
		return op == 40 || op == 41 || op == 42 || op == 43 || op == 46
	}, // store
	func(insn uint32) bool { op := insn >> 26; return op >= 1 && op <= 7 }, // branch
}

// program samples one corpus program: random points within the window, the next syscall, load, store or branch
// after some of them, and a thread switch after some when the program has other threads.
func (r *onchainRun) program(p qemu.Program, opts OnChainOptions, seed uint64) (int, error) {
	path, err := mipsbuild.Build(p.Dir, mipsbuild.MIPS)
	if err != nil {
		return 0, err
	}
	elf, err := os.ReadFile(path)
	if err != nil {
		return 0, err
	}
	cfg := vm.Config{Args: p.Args, Env: p.Env}
	e, err := vm.NewEmulator(elf, cfg)
	if err != nil {
		return 0, fmt.Errorf("%s: %w", p.Name, err)
	}
	if err := e.Run(opts.Window); err != nil {
		return 0, fmt.Errorf("%s: %w", p.Name, err)
	}
	length := e.State.Step
	if length == 0 {
		return 0, fmt.Errorf("%s: halted at once", p.Name)
	}
	rng := rand.New(rand.NewPCG(seed, 0x0c4a1))
	points := make([]uint64, opts.Samples)
	for i := range points {
		points[i] = rng.Uint64N(length)
	}
	slices.Sort(points)
	if e, err = vm.NewEmulator(elf, cfg); err != nil {
		return 0, err
	}
	before := len(r.samples)
	for i, at := range points {
		if err := e.Run(at); err != nil {
			return 0, fmt.Errorf("%s: %w", p.Name, err)
		}
		if e.State.Halted() {
			break
		}
		if err := r.measure(e, true, p.Name); err != nil {
			return 0, err
		}
		if i%2 == 0 {
			want := nextOf[(i/2)%len(nextOf)]
			for n := 0; n < 100_000 && !e.State.Halted() && !want(e.Mem.Word(e.State.Thread.PC&^3)); n++ {
				if err := e.Step(); err != nil {
					return 0, err
				}
			}
			if !e.State.Halted() {
				if err := r.measure(e, false, p.Name); err != nil {
					return 0, err
				}
			}
		}
		if i%5 == 0 && !e.State.Halted() && (e.State.Todo != [32]byte{} || e.State.Done != [32]byte{}) {
			if e.State.StepsSinceSwitch < vm.Quantum {
				if err := e.Run(e.State.Step + vm.Quantum - e.State.StepsSinceSwitch); err != nil {
					return 0, err
				}
			}
			if !e.State.Halted() && e.State.StepsSinceSwitch >= vm.Quantum {
				if err := r.measure(e, false, p.Name); err != nil {
					return 0, err
				}
			}
		}
	}
	return len(r.samples) - before, nil
}

// oracleReads measures the reads of hand-made programs that write a key to fd 6 and read its stream from
// fd 5 to the end, for a keccak256 and a local key at several buffer alignments. Only the read steps count.
func (r *onchainRun) oracleReads() (int, error) {
	store := vm.NewPreimageStore()
	data := make([]byte, 300)
	for i := range data {
		data[i] = byte(i*7 + 3)
	}
	kkey := store.AddKeccak256(data)
	lkey := vm.LocalKey(1)
	local := []byte("local input of one dispute: the model's input tensor would be here")
	if err := store.AddLocal(lkey, local); err != nil {
		return 0, err
	}
	r.preimages[kkey], r.preimages[lkey] = data, local
	n := 0
	for _, key := range [][32]byte{kkey, lkey} {
		for _, bufOff := range []uint32{0, 5, 31} {
			e, err := oracleProgram(key, bufOff, store)
			if err != nil {
				return 0, err
			}
			for i := 0; i < 5000 && !e.State.Halted(); i++ {
				s := e.State
				if stepClass(&s, e.Mem.Word(s.Thread.PC&^3), true) != classOracle {
					if err := e.Step(); err != nil {
						return 0, err
					}
					continue
				}
				if err := r.measure(e, false, "oracle program"); err != nil {
					return 0, err
				}
				n++
			}
			if e.State.Fault != vm.FaultTrap {
				return 0, fmt.Errorf("oracle program did not end at its break: %+v", e.State)
			}
		}
	}
	return n, nil
}

// oracleProgram builds: write(6, key, 32); loop: read(5, buf + bufOff, 32); bne v0, zero, loop; break.
func oracleProgram(key [32]byte, bufOff uint32, store vm.Oracle) (*vm.Emulator, error) {
	const codeAt, keyAt, bufAt = 0x10000, 0x20000, 0x20100
	li := vmtest.LoadImm
	sys := func(num uint32, args ...uint32) []uint32 {
		var code []uint32
		for i, v := range args {
			code = append(code, li(uint32(4+i), v)...)
		}
		return append(append(code, li(2, num)...), 12)
	}
	code := sys(4004, vm.FdPreimageWrite, keyAt, 32)
	loop := len(code)
	code = append(code, sys(4003, vm.FdPreimageRead, bufAt+bufOff, 32)...)
	back := int32(loop) - int32(len(code)) - 1
	code = append(code, 5<<26|2<<21|uint32(uint16(back)), 0, 13)
	mem := vm.NewMemory()
	for i, w := range code {
		mem.SetWord(codeAt+uint32(4*i), w)
	}
	for i := 0; i < 8; i++ {
		mem.SetWord(keyAt+uint32(4*i), binary.BigEndian.Uint32(key[4*i:]))
	}
	e, err := vm.NewEmulatorWithState(vm.State{NextTID: 2, Heap: 0x7F000000,
		Thread: vm.Thread{TID: 1, PC: codeAt, NextPC: codeAt + 4}}, mem)
	if err != nil {
		return nil, err
	}
	e.Oracle = store
	return e, nil
}

func median[T int | uint64 | float64](v []T) T {
	s := slices.Clone(v)
	slices.Sort(s)
	return s[len(s)/2]
}

// OnChain measures MIPS.step: execution gas and calldata per step by instruction class, over steps sampled
// from the corpus programs (vm/testdata/progs) and hand-made oracle reads, each checked against
// vm.StatelessStep and the emulator.
func OnChain(opts OnChainOptions) (*Table, error) {
	opts.defaults()
	evm, err := contracts.NewEVM(common.HexToAddress("0x000000000000000000000000000000000000ca11"))
	if err != nil {
		return nil, err
	}
	r := &onchainRun{evm: evm, preimages: make(map[[32]byte][]byte)}
	progDir := filepath.Join(opts.Root, "vm", "testdata", "progs")
	if _, err := os.Stat(progDir); err != nil {
		return nil, fmt.Errorf("corpus %s not found: run opml bench from the repository root or pass --root", progDir)
	}
	corpus, err := qemu.Corpus(progDir)
	if err != nil {
		return nil, err
	}
	defer opts.Progress.Done()
	for i, p := range corpus {
		opts.Progress.Count("bench onchain: sampling steps of program "+p.Name+",", int64(i+1), int64(len(corpus)))
		if _, err := r.program(p, opts, uint64(i)); err != nil {
			return nil, err
		}
	}
	oracle, err := r.oracleReads()
	if err != nil {
		return nil, err
	}

	t := &Table{Title: "opml bench onchain — MIPS.step gas per step",
		Columns: []string{"class", "steps", "exec gas median", "exec gas max", "calldata median", "calldata max", "tx gas median"}}
	row := func(name string, keep func(gasSample) bool) (gas []uint64, calldata []int) {
		var tx []uint64
		for _, s := range r.samples {
			if keep(s) {
				gas = append(gas, s.gas.Execution)
				calldata = append(calldata, s.gas.Calldata)
				tx = append(tx, s.gas.Transaction)
			}
		}
		if len(gas) > 0 {
			t.AddRow(name, len(gas), median(gas), slices.Max(gas), median(calldata), slices.Max(calldata), median(tx))
		}
		return gas, calldata
	}
	for _, c := range classOrder {
		row(c, func(s gasSample) bool { return s.class == c })
	}
	randomGas, randomCalldata := row("all random samples", func(s gasSample) bool { return s.random })
	_, allCalldata := row("all measured steps", func(gasSample) bool { return true })
	if len(randomGas) == 0 {
		return nil, fmt.Errorf("no steps measured")
	}

	verdict := func(ok bool) string {
		if ok {
			return "met"
		}
		return "NOT met"
	}
	over := 0
	for _, n := range allCalldata {
		if n > targetCalldata {
			over++
		}
	}
	m := median(randomGas)
	t.Notes = append(t.Notes,
		fmt.Sprintf("median execution gas over %d random samples of %d programs: %d (target ≤ %d: %s)",
			len(randomGas), len(corpus), m, targetMedianGas, verdict(m <= targetMedianGas)),
		fmt.Sprintf("calldata per step: median %d bytes over the random samples, max %d over all %d steps; %d steps above %d bytes (target ≤ %d: %s for the median, %s for every step)",
			median(randomCalldata), slices.Max(allCalldata), len(allCalldata), over, targetCalldata, targetCalldata,
			verdict(median(randomCalldata) <= targetCalldata), verdict(over == 0)),
		fmt.Sprintf("samples: %d random points in each program's first %d steps, the next syscall/load/store/branch after every second, a thread switch after every fifth when other threads exist; %d oracle reads of hand-made programs (keccak256 and local keys)",
			opts.Samples, opts.Window, oracle),
		"exec gas: gas given to MIPS.step's code minus gas left when it returns, on go-ethereum's EVM in process (Osaka rules, contracts.EVM); it excludes the 21000 base and the calldata cost and equals what a node's debug_traceCall reports (TestAnvilSteps checks that on anvil)",
		"tx gas: the step as a transaction of its own: 21000 + calldata (4/16 gas per zero/non-zero byte) + exec gas, or the EIP-7623 floor (10/40 per byte) when higher",
		"every step is also checked: MIPS.step post-state = vm.StatelessStep = emulator",
		fmt.Sprintf("machine: %d cores, %s/%s, %s", runtime.NumCPU(), runtime.GOOS, runtime.GOARCH, runtime.Version()),
	)
	return t, nil
}
