package contracts_test

import (
	"bytes"
	"encoding/binary"
	"math/big"
	"reflect"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/opml-dev/opml/contracts"
	"github.com/opml-dev/opml/contracts/bindings"
)

// TestRegistryIDs: a model's id is the hash of its registration, so nobody can take another model's id. A
// squatter that registers another program first gets another id; the real registration still gets its own,
// and a dApp deployed with that id asks the real model. Registering again is harmless.
func TestRegistryIDs(t *testing.T) {
	e := newAIEnv(t)
	real := fxSingleInfo("mnist", 4)
	got := oeView(e, e.registry, e.reg.PackGetModel(e.model), e.reg.UnpackGetModel)
	if !reflect.DeepEqual(got, real) {
		t.Fatalf("getModel: %+v, want %+v", got, real)
	}
	if id := oeView(e, e.registry, e.reg.PackModelIdOf(real), e.reg.UnpackModelIdOf); id.Cmp(e.model) != 0 {
		t.Fatalf("modelIdOf %x, registered as %x", id, e.model)
	}
	if want := new(big.Int).SetBytes(crypto.Keccak256(mustPackInfo(t, real))); want.Cmp(e.model) != 0 {
		t.Fatalf("the id is not keccak256(abi.encode(info))")
	}
	// Registering the same model again returns its id and changes nothing.
	if again := e.register(real); again.Cmp(e.model) != 0 || len(e.logs) != 0 {
		t.Fatalf("registering again gave %x and %d events", again, len(e.logs))
	}
	// A squatter's model: the same shapes, another program. It is another id.
	squat := fxSingleInfo("squatter", 4)
	squatID := e.register(squat)
	if squatID.Cmp(e.model) == 0 {
		t.Fatal("another program got the real model's id")
	}
	if ev := oeEvent(e, e.reg.UnpackModelRegisteredEvent); ev == nil || ev.ModelId.Cmp(squatID) != 0 || ev.Phases != 1 {
		t.Fatalf("ModelRegistered %+v", ev)
	}
	// The dApp built for the real model asks the real one, whatever else is registered.
	if id := oeView(e, e.consumer, e.dc.PackModelId(), e.dc.UnpackModelId); id.Cmp(e.model) != 0 {
		t.Fatalf("the dApp asks %x", id)
	}
	req := e.request(e.ask("user", fxImage(1)))
	if req.ModelId.Cmp(e.model) != 0 {
		t.Fatalf("the request is for %x", req.ModelId)
	}
	multi := fxMultiInfo("mnist")
	if id := e.register(multi); id.Cmp(e.model) == 0 || oeView(e, e.registry, e.reg.PackPhases(id), e.reg.UnpackPhases) != 2 {
		t.Fatal("the multi-phase model")
	}
	e.wantRevert("getModel of an unknown id", oeDeployer, e.registry, nil, e.reg.PackGetModel(big.NewInt(1)), "NotRegistered")
}

func mustPackInfo(t *testing.T, info bindings.ModelRegistryModelInfo) []byte {
	t.Helper()
	enc, err := bindings.NewModelRegistry().GetABI().Methods["modelIdOf"].Inputs.Pack(info)
	if err != nil {
		t.Fatal(err)
	}
	return enc
}

// TestRegistryRejectsNonInitialStates: the registry accepts only a VM's initial state (docs/vm.md, "Initial
// state") for either kind of model, checked field by field, so that every game from a registered model can be
// played to a step MIPS.step accepts. Each field set wrong is refused with its reason; the fields MIPS.step
// itself rejects make it revert, the others are what no fresh VM has.
func TestRegistryRejectsNonInitialStates(t *testing.T) {
	e := newAIEnv(t)
	set32 := func(off int, v uint32) func([]byte) { return func(d []byte) { binary.BigEndian.PutUint32(d[off:], v) } }
	setByte := func(off int, v byte) func([]byte) { return func(d []byte) { d[off] = v } }
	cases := []struct {
		name, reason string
		change       func([]byte)
		mipsReverts  bool // MIPS.step refuses a state with this field
	}{
		{"311 bytes", "not 312 bytes", nil, true},
		{"preimage key", "preimage key set", setByte(40, 1), false},
		{"preimage offset", "preimage offset set", set32(64, 8), false},
		{"heap", "heap is not 0x7F000000", set32(68, 0x7E00_0000), false},
		{"ll reservation address", "ll reservation address set", set32(72, 0x1000), false},
		{"flags (reservation)", "flags set", setByte(76, 1), false},
		{"flags (unknown bits)", "flags set", setByte(76, 4), true},
		{"exit code", "exit code set", setByte(77, 1), false},
		{"exited", "exited", setByte(78, 1), false},
		{"exited byte 2", "exited", setByte(78, 2), true},
		{"fault", "faulted", setByte(79, 2), false},
		{"fault code 7", "faulted", setByte(79, 7), true},
		{"step", "step count is not 0", setByte(87, 1), false},
		{"steps since switch", "steps since switch is not 0", setByte(95, 1), false},
		{"next thread id", "next thread id is not 2", set32(96, 3), false},
		{"todo stack", "todo stack not empty", setByte(110, 1), false},
		{"done stack", "done stack not empty", setByte(140, 1), false},
		{"thread id", "thread id is not 1", set32(164, 2), false},
		{"pc unaligned", "pc unaligned or in the null page", func(d []byte) {
			set32(168, 0x0040_1002)(d)
			set32(172, 0x0040_1006)(d)
		}, false},
		{"pc in the null page", "pc unaligned or in the null page", func(d []byte) {
			set32(168, 0x0000_0800)(d)
			set32(172, 0x0000_0804)(d)
		}, false},
		{"nextPC", "nextPC is not pc + 4", set32(172, 0x0040_1010), false},
		{"lo", "lo or hi set", set32(176, 1), false},
		{"hi", "lo or hi set", set32(180, 1), false},
		{"r0", "r0 is not 0", set32(184, 1), false},
	}
	mips := e.deploy(bindings.MIPSMetaData.Bin, bindings.NewMIPS().PackConstructor(common.Address{}))
	for _, kind := range []string{"single-phase", "multi-phase"} {
		for _, c := range cases {
			info := fxSingleInfo("bad "+c.name, 4)
			data := &info.ProgramStateData
			if kind == "multi-phase" {
				info = fxMultiInfo("bad " + c.name)
				data = &info.ExecutorStateData
			}
			if c.change == nil {
				*data = (*data)[:311]
			} else {
				c.change(*data)
			}
			e.wantRevert(kind+": "+c.name, oeDeployer, e.registry, nil, e.reg.PackRegister(info), "InvalidModel", c.reason)
			_, err := e.call(oeDeployer, mips, nil, bindings.NewMIPS().PackStep(*data, nil, [32]byte{}))
			if c.mipsReverts && (err == nil || !strings.Contains(err.Error(), "State")) {
				t.Errorf("%s: MIPS.step on the state: %v, want a revert", c.name, err)
			}
		}
	}
	// The other rules of a registration.
	for _, c := range []struct {
		name, reason string
		info         bindings.ModelRegistryModelInfo
	}{
		{"no input", "input size is zero", func() bindings.ModelRegistryModelInfo { m := fxSingleInfo("x", 4); m.InputSize = 0; return m }()},
		{"no output", "output size is zero", fxSingleInfo("x", 0)},
		{"an output larger than a region", "larger than a region", fxSingleInfo("x", 1<<28+1)},
		{"both states", "exactly one", func() bindings.ModelRegistryModelInfo {
			m := fxSingleInfo("x", 4)
			m.ExecutorStateData = m.ProgramStateData
			return m
		}()},
		{"no state", "exactly one", func() bindings.ModelRegistryModelInfo {
			m := fxSingleInfo("x", 4)
			m.ProgramStateData = []byte{}
			return m
		}()},
		{"single-phase with a graph", "multi-phase fields", func() bindings.ModelRegistryModelInfo {
			m := fxSingleInfo("x", 4)
			m.NumNodes = 1
			return m
		}()},
		{"multi-phase without nodes", "without nodes", func() bindings.ModelRegistryModelInfo { m := fxMultiInfo("x"); m.NumNodes = 0; return m }()},
		{"output id out of range", "out of range", func() bindings.ModelRegistryModelInfo { m := fxMultiInfo("x"); m.Outputs[0].Id = 13; return m }()},
		{"input id out of range", "out of range", func() bindings.ModelRegistryModelInfo { m := fxMultiInfo("x"); m.Inputs[0].Id = 16; return m }()},
		{"no outputs listed", "no outputs", func() bindings.ModelRegistryModelInfo {
			m := fxMultiInfo("x")
			m.Outputs = nil
			return m
		}()},
		{"input sizes that do not add up", "do not add up", func() bindings.ModelRegistryModelInfo {
			m := fxSingleInfo("x", 4)
			m.Inputs = append(m.Inputs, fxIO("extra", 5, 16, 0)...)
			return m
		}()},
		{"a misaligned input region", "aligned region", func() bindings.ModelRegistryModelInfo {
			m := fxSingleInfo("x", 4)
			m.Inputs[0].Offset = 32
			return m
		}()},
	} {
		e.wantRevert(c.name, oeDeployer, e.registry, nil, e.reg.PackRegister(c.info), "InvalidModel", c.reason)
	}
}

// TestRegistryClaims: what binds an output to a claim (ModelRegistry.checkClaim, docs/game.md "Claims"), for
// both kinds of model, for outputs and for failed runs (an empty output), and the checks reveal inherits.
func TestRegistryClaims(t *testing.T) {
	e := newAIEnv(t)
	check := func(model *big.Int, output []byte, c bindings.OracleEntriesClaimProof) (bool, error) {
		ret, err := e.call(oeDeployer, e.registry, nil, e.reg.PackCheckClaim(model, output, c.Claim, c.EndState, c.Siblings))
		if err != nil {
			return false, err
		}
		return e.reg.UnpackCheckClaim(ret)
	}
	want := func(name string, model *big.Int, output []byte, c bindings.OracleEntriesClaimProof, reason string) {
		t.Helper()
		if _, err := check(model, output, c); err == nil || !strings.Contains(err.Error(), "BadClaimProof") || !strings.Contains(err.Error(), reason) {
			t.Errorf("%s: %v, want BadClaimProof(%q)", name, err, reason)
		}
	}
	out := fxDigit(2)
	good := func() bindings.OracleEntriesClaimProof { return fxClaim("two", out) }
	with := func(code, fault, exited byte) bindings.OracleEntriesClaimProof {
		data, sibs := fxEndState("two", out, code, fault)
		data[78] = exited
		return bindings.OracleEntriesClaimProof{Claim: fxFinalHash(data), EndState: data, Siblings: sibs}
	}
	notHash := good()
	notHash.Claim[9] ^= 1
	otherStatus := good()
	otherStatus.Claim[0] = 3
	short := good()
	short.EndState = short.EndState[:311]
	fewer := good()
	fewer.Siblings = fewer.Siblings[:26]
	more := good()
	more.Siblings = append(more.Siblings, [32]byte{})
	wrongSibling := good()
	wrongSibling.Siblings[4][31] ^= 1
	failedWithRegion := fxFailedClaim("crash", 0, 4)
	failedWithRegion.Siblings = good().Siblings
	single := e.model
	for _, c := range []struct {
		name, reason string
		output       []byte
		c            bindings.OracleEntriesClaimProof
	}{
		{"claim is not the end state's hash", "the claim is not the end state's hash", out, notHash},
		{"claim has another status", "the claim is not the end state's hash", out, otherStatus},
		{"end state exited with code 1", "did not exit 0", out, with(1, 0, 1)},
		{"end state faulted", "did not exit 0", out, with(0, 4, 1)},
		{"end state still running", "did not exit 0", out, with(0, 0, 0)},
		{"end state of 311 bytes", "not 312 bytes", out, short},
		{"output not in the output region", "not the end state's output region", fxDigit(3), good()},
		{"a sibling too few", "wrong number of output region siblings", out, fewer},
		{"a sibling too many", "wrong number of output region siblings", out, more},
		{"a wrong sibling", "not the end state's output region", out, wrongSibling},
		{"an output of another size", "output size", append(bytes.Clone(out), 0), good()},
		{"a failed run that exited 0", "exited 0 has an output", nil, good()},
		{"a failed run with an output region", "no output region", nil, failedWithRegion},
		{"a multi-phase claim", "not 312 bytes", out, fxMultiClaim("two", out)},
	} {
		want("single-phase: "+c.name, single, c.output, c.c, c.reason)
	}
	for _, c := range []struct {
		name string
		c    bindings.OracleEntriesClaimProof
	}{{"exited 1", with(1, 0, 1)}, {"faulted", fxFailedClaim("crash", 0, 4)}, {"still running after 2^32 steps", with(0, 0, 0)}} {
		c.c.Siblings = [][32]byte{}
		if failed, err := check(single, nil, c.c); err != nil || !failed {
			t.Errorf("single-phase failed run (%s): failed %v, %v", c.name, failed, err)
		}
	}
	if failed, err := check(single, out, good()); err != nil || failed {
		t.Errorf("single-phase output: failed %v, %v", failed, err)
	}

	multi := e.register(fxMultiInfo("mnist"))
	mgood := fxMultiClaim("two", out)
	otherClaim := fxMultiClaim("two", out)
	otherClaim.Claim[3] ^= 1
	mfewer := fxMultiClaim("two", out)
	mfewer.Siblings = mfewer.Siblings[:3]
	elsewhere := fxMultiClaim("two", out)
	elsewhere.Claim = fxHashUp(fxBytesRoot(out, 5), fxMultiInput, elsewhere.Siblings)
	withState := fxMultiClaim("two", out)
	withState.EndState = good().EndState
	failedAtOutput := fxMultiClaim("two", out)
	failedAtOutput.Siblings = append(failedAtOutput.Siblings, [32]byte{})
	noOutput := fxMultiClaim("two", nil)
	noOutput.Siblings = noOutput.Siblings[:len(noOutput.Siblings)-1]
	failedNamesNone := fxMultiClaim("crash", nil)
	failedNamesNone.Siblings[len(failedNamesNone.Siblings)-1][31] = 1
	for _, c := range []struct {
		name, reason string
		output       []byte
		c            bindings.OracleEntriesClaimProof
	}{
		{"output not the claim's leaf", "not the claim's output leaf", fxDigit(3), mgood},
		{"claim not the root of the proof", "not the claim's output leaf", out, otherClaim},
		{"the output at another leaf", "not the claim's output leaf", out, elsewhere},
		{"a sibling too few", "wrong number of output leaf siblings", out, mfewer},
		{"an end state", "has no end state", out, withState},
		{"a failed run whose leaf is an output", "not the claim's output leaf", nil, failedAtOutput},
		{"a failed run without the output's index", "names it", nil, mgood},
		{"a failed run naming an output the model lacks", "names it", nil, failedNamesNone},
		{"an output whose leaf is NO_OUTPUT", "not the claim's output leaf", out, noOutput},
	} {
		want("multi-phase: "+c.name, multi, c.output, c.c, c.reason)
	}
	if failed, err := check(multi, nil, fxMultiClaim("crash", nil)); err != nil || !failed {
		t.Errorf("multi-phase failed run: failed %v, %v", failed, err)
	}
	// reveal refuses what checkClaim refuses.
	id := e.ask("user", fxImage(3))
	e.commit("liar", id, fxDigit(3), good())
	e.wantRevert("reveal a claim without the output", e.acct("liar"), e.oracle, oeBond,
		e.ao.PackReveal(id, fxDigit(3), good(), oeSalt("liar"), 0), "BadClaimProof", "not the end state's output region")
}

// TestRegistryGameStart: where a request's games start (ModelRegistry.gameStart): single-phase, the registered
// state with the input's region; multi-phase, R_0, the registered graph state with the input's commitment as the
// input leaf (computed here independently).
func TestRegistryGameStart(t *testing.T) {
	e := newAIEnv(t)
	multi := e.register(fxMultiInfo("mnist"))
	img := fxImage(14)
	start := func(model *big.Int, input []byte, sibs [][32]byte) (bindings.GameStartOutput, error) {
		ret, err := e.call(oeDeployer, e.registry, nil, e.reg.PackGameStart(model, input, sibs))
		if err != nil {
			return bindings.GameStartOutput{}, err
		}
		return e.reg.UnpackGameStart(ret)
	}
	s, err := start(e.model, img, fxSiblings("mnist"))
	if err != nil || s.Start != fxStartState("mnist", img) || s.Positions != 1<<32 || s.Kind != uint8(contracts.KindVM) {
		t.Fatalf("single-phase start %+v (%v)", s, err)
	}
	sibs := fxGraphSiblings("mnist input")
	s, err = start(multi, img, sibs)
	want := fxHashUp(fxBytesRoot(img, fxInputLog2), fxMultiInput, sibs)
	if err != nil || s.Start != want || s.Positions != 8 || s.Kind != uint8(contracts.KindGraph) {
		t.Fatalf("multi-phase start %+v (%v), want R_0 %x over 8 nodes", s, err, want)
	}
	bad := fxGraphSiblings("mnist input")
	bad[2][0] ^= 1
	for _, c := range []struct {
		name  string
		model *big.Int
		input []byte
		sibs  [][32]byte
		want  string
	}{
		{"a wrong sibling", multi, img, bad, "InputNotEmpty"},
		{"a sibling too few", multi, img, sibs[:3], "InputNotEmpty"},
		{"siblings of another graph state", multi, img, fxGraphSiblings("other"), "InputNotEmpty"},
		{"single-phase siblings of another memory", e.model, img, fxSiblings("other"), "InputNotEmpty"},
		{"an input too long", e.model, append(bytes.Clone(img), 1), fxSiblings("mnist"), "InputTooLong"},
	} {
		if _, err := start(c.model, c.input, c.sibs); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v, want %s", c.name, err, c.want)
		}
	}
}
