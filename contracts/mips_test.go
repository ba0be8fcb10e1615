package contracts_test

import (
	"errors"
	"fmt"
	"math/big"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm/runtime"

	"github.com/opml-dev/opml/contracts/bindings"
	"github.com/opml-dev/opml/vm"
)

// The tests of MIPS.sol run the contract on go-ethereum's EVM in-process (core/vm/runtime over an in-memory
// state database: the interpreter a node runs, without blocks), deployed from the committed artifact, and
// compare every post-state hash with the Go emulator's and with vm.StatelessStep's. TestMIPSOnEmbeddedChain
// also sends steps as real transactions on the embedded chain.

// stepCaller is msg.sender of step and of local-data loads: the stand-in for the dispute game.
var stepCaller = common.HexToAddress("0x00000000000000000000000000000000000dea1e")

// testLocalContext is the localContext every test step passes.
var testLocalContext = [32]byte{0x10, 0xca, 0x1c, 0x07}

// stepEVM holds a deployed PreimageOracle and MIPS on an in-memory EVM.
type stepEVM struct {
	cfg    *runtime.Config
	mips   common.Address
	oracle common.Address
	mipsB  *bindings.MIPS
	oracB  *bindings.PreimageOracle
	// loaded remembers the oracle parts already stored: (key as the VM sees it, offset).
	loaded map[oraclePart]bool
}

type oraclePart struct {
	key    [32]byte
	offset uint32
}

const evmGasLimit = 30_000_000

func newStepEVM(t testing.TB) *stepEVM {
	t.Helper()
	db, err := state.New(types.EmptyRootHash, state.NewDatabaseForTesting())
	if err != nil {
		t.Fatal(err)
	}
	e := &stepEVM{
		cfg:    &runtime.Config{State: db, Origin: stepCaller, GasLimit: evmGasLimit},
		mipsB:  bindings.NewMIPS(),
		oracB:  bindings.NewPreimageOracle(),
		loaded: make(map[oraclePart]bool),
	}
	e.oracle = e.deploy(t, bindings.PreimageOracleMetaData.Bin, nil)
	e.mips = e.deploy(t, bindings.MIPSMetaData.Bin, e.mipsB.PackConstructor(e.oracle))
	return e
}

func (e *stepEVM) deploy(t testing.TB, bin string, args []byte) common.Address {
	t.Helper()
	code := append(common.FromHex(bin), args...)
	_, addr, _, err := runtime.Create(code, e.cfg)
	if err != nil {
		t.Fatalf("deploy: %v", err)
	}
	return addr
}

// revertError is a call that reverted, with its decoded reason.
type revertError struct{ reason string }

func (r *revertError) Error() string { return "reverted: " + r.reason }

// decodeRevert names a MIPS custom error or an Error(string).
func (e *stepEVM) decodeRevert(data []byte) string {
	if reason, err := abi.UnpackRevert(data); err == nil {
		return reason
	}
	if v, err := e.mipsB.UnpackError(data); err == nil {
		return fmt.Sprintf("%T%+v", v, v)
	}
	return fmt.Sprintf("0x%x", data)
}

// call runs calldata against to and returns the output and the execution gas (without the 21000 base and the
// calldata cost of a transaction).
func (e *stepEVM) call(to common.Address, calldata []byte) ([]byte, uint64, error) {
	ret, left, err := runtime.Call(to, calldata, e.cfg)
	gas := e.cfg.GasLimit - left
	if err != nil {
		return nil, gas, &revertError{reason: e.decodeRevert(ret) + " (" + err.Error() + ")"}
	}
	return ret, gas, nil
}

// step executes MIPS.step; the error is a revert.
func (e *stepEVM) step(stateData, proof []byte) (post [32]byte, gas uint64, err error) {
	ret, gas, err := e.call(e.mips, e.mipsB.PackStep(stateData, proof, testLocalContext))
	if err != nil {
		return post, gas, err
	}
	post, err = e.mipsB.UnpackStep(ret)
	return post, gas, err
}

// loadPart stores the part of the key's stream at offset, from data, in the on-chain oracle: keccak256 keys by
// their preimage, local keys localized for stepCaller and testLocalContext.
func (e *stepEVM) loadPart(t testing.TB, key [32]byte, data []byte, offset uint32) {
	t.Helper()
	p := oraclePart{key, offset}
	if e.loaded[p] {
		return
	}
	var calldata []byte
	switch key[0] {
	case vm.KeyTypeKeccak256:
		if vm.Keccak256Key(data) != key {
			t.Fatalf("data for key %x does not hash to it", key)
		}
		calldata = e.oracB.PackLoadKeccak256PreimagePart(new(big.Int).SetUint64(uint64(offset)), data)
	case vm.KeyTypeLocal:
		calldata = e.oracB.PackLoadLocalData(key, testLocalContext, data, new(big.Int).SetUint64(uint64(offset)))
	default:
		t.Fatalf("key %x has no type the oracle loads", key)
	}
	if _, _, err := e.call(e.oracle, calldata); err != nil {
		t.Fatalf("load oracle part %x@%d: %v", key, offset, err)
	}
	e.loaded[p] = true
}

// Gas classes of a step, by what the step executed.
const (
	classALU     = "alu"
	classLoad    = "load"
	classStore   = "store"
	classBranch  = "branch"
	classSyscall = "syscall"
	classOracle  = "oracle read"
	classSwitch  = "switch"
	classFault   = "fault"
	classHalted  = "halted"
)

// stepClass classifies the step a witness proves, from its pre-state and the instruction at pc.
func stepClass(w *vm.Witness, insn uint32, post [32]byte) string {
	s, err := vm.DecodeState(w.State)
	if err != nil {
		return "invalid"
	}
	switch {
	case s.Halted():
		return classHalted
	case s.StepsSinceSwitch >= vm.Quantum && (s.Todo != [32]byte{} || s.Done != [32]byte{}):
		return classSwitch
	case vm.StatusOf(post) == vm.StatusFaulted:
		return classFault
	}
	op, funct := insn>>26, insn&63
	switch {
	case op == 0 && funct == 12:
		if s.Thread.Regs[2] == 4003 && s.Thread.Regs[4] == vm.FdPreimageRead && w.Oracle != nil {
			return classOracle
		}
		return classSyscall
	case op == 0 && (funct == 8 || funct == 9), op >= 1 && op <= 7:
		return classBranch
	case op == 32, op == 33, op == 34, op == 35, op == 36, op == 37, op == 38, op == 48:
		return classLoad
	case op >= 40:
		return classStore
	}
	return classALU
}

// gasStats collects execution gas and calldata sizes per class.
type gasStats struct {
	gas      map[string][]uint64
	calldata []int
}

func newGasStats() *gasStats { return &gasStats{gas: make(map[string][]uint64)} }

func (g *gasStats) add(class string, gas uint64, calldata int) {
	g.gas[class] = append(g.gas[class], gas)
	g.calldata = append(g.calldata, calldata)
}

func median[T int | uint64](v []T) T {
	s := slices.Clone(v)
	slices.Sort(s)
	return s[len(s)/2]
}

func (g *gasStats) all() []uint64 {
	var all []uint64
	for _, v := range g.gas {
		all = append(all, v...)
	}
	return all
}

func (g *gasStats) report(t *testing.T, what string) {
	t.Helper()
	classes := make([]string, 0, len(g.gas))
	for c := range g.gas {
		classes = append(classes, c)
	}
	sort.Strings(classes)
	var b strings.Builder
	fmt.Fprintf(&b, "execution gas of MIPS.step over %s (%d steps):\n", what, len(g.all()))
	fmt.Fprintf(&b, "  %-12s %7s %7s %7s %7s\n", "class", "steps", "min", "median", "max")
	for _, c := range classes {
		v := g.gas[c]
		fmt.Fprintf(&b, "  %-12s %7d %7d %7d %7d\n", c, len(v), slices.Min(v), median(v), slices.Max(v))
	}
	all := g.all()
	fmt.Fprintf(&b, "  %-12s %7d %7d %7d %7d\n", "all", len(all), slices.Min(all), median(all), slices.Max(all))
	fmt.Fprintf(&b, "  calldata bytes: min %d, median %d, max %d", slices.Min(g.calldata), median(g.calldata), slices.Max(g.calldata))
	t.Log(b.String())
}

// verifier runs witnesses through vm.StatelessStep and MIPS.sol and requires both to reproduce the emulator's
// post-state hash.
type verifier struct {
	evm   *stepEVM
	stats *gasStats
	// preimages holds the data behind every key the programs read, to load the on-chain oracle.
	preimages map[[32]byte][]byte
}

func newVerifier(t testing.TB) *verifier {
	return &verifier{evm: newStepEVM(t), stats: newGasStats(), preimages: make(map[[32]byte][]byte)}
}

// prove executes one step of e with a witness and checks it on both verifiers.
func (v *verifier) prove(t testing.TB, e *vm.Emulator, what string) *vm.Witness {
	t.Helper()
	insn := e.Mem.Word(e.State.Thread.PC &^ 3)
	w, err := e.ProveStep()
	if err != nil {
		t.Fatalf("%s: prove step: %v", what, err)
	}
	v.check(t, w, insn, what)
	return w
}

func (v *verifier) check(t testing.TB, w *vm.Witness, insn uint32, what string) {
	t.Helper()
	goPost, err := vm.StatelessStep(w)
	if err != nil {
		t.Fatalf("%s: step %d: vm.StatelessStep: %v", what, w.Step+1, err)
	}
	if goPost != w.PostStateHash {
		t.Fatalf("%s: step %d: vm.StatelessStep %x, emulator %x", what, w.Step+1, goPost, w.PostStateHash)
	}
	if o := w.Oracle; o != nil {
		data, ok := v.preimages[o.Key]
		if !ok {
			t.Fatalf("%s: step reads key %x, whose data the test does not know", what, o.Key)
		}
		v.evm.loadPart(t, o.Key, data, o.Offset)
	}
	post, gas, err := v.evm.step(w.State, w.Proof)
	if err != nil {
		s, _ := vm.DecodeState(w.State)
		t.Fatalf("%s: step %d (insn %08x, pre-state %+v): MIPS.step: %v", what, w.Step+1, insn, s, err)
	}
	if post != w.PostStateHash {
		pre, _ := vm.DecodeState(w.State)
		t.Fatalf("%s: step %d (insn %08x): MIPS.step %x, emulator %x\npre-state %+v", what, w.Step+1, insn, post, w.PostStateHash, pre)
	}
	v.stats.add(stepClass(w, insn, post), gas, len(v.evm.mipsB.PackStep(w.State, w.Proof, testLocalContext)))
}

// expectRevert requires MIPS.step to revert with a reason containing want, and vm.StatelessStep to reject
// the same witness.
func (v *verifier) expectRevert(t *testing.T, w *vm.Witness, want string) {
	t.Helper()
	_, _, err := v.evm.step(w.State, w.Proof)
	var re *revertError
	if !errors.As(err, &re) {
		t.Fatalf("MIPS.step: err = %v, want a revert with %q", err, want)
	}
	if !strings.Contains(re.reason, want) {
		t.Fatalf("MIPS.step reverted with %q, want %q", re.reason, want)
	}
	if _, err := vm.StatelessStep(w); err == nil {
		t.Fatalf("vm.StatelessStep accepts the witness MIPS.step rejects with %q", re.reason)
	}
}
