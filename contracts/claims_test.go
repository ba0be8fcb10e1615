package contracts_test

import (
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/opml-dev/opml/contracts/bindings"
)

// The tests of what binds a result to the claim its game disputes (AIOracle's ClaimProof, docs/game.md
// "Claims") and of the multi-phase agreed start, on the embedded chain with FakeGame. Claims and starts are
// built in Go from docs/vm.md and docs/executor.md (flowEndState, flowHashUp), independently of StateLib and
// MerkleLib.

var flowMultiModel = [32]byte{'m', 'n', 'i', 's', 't', '-', '2'}

// askModel has account 0 request model's output on input directly from the oracle (the DigitConsumer asks
// only the single-phase model) and returns the request id.
func (e *flowEnv) askModel(model [32]byte, input []byte) *big.Int {
	e.t.Helper()
	sel := [4]byte{1, 2, 3, 4}
	r := e.mustSend("requestCallback", 0, e.oracle, flowMinFee, e.ao.PackRequestCallback(model, input, e.consumer, sel, 100_000))
	for _, l := range r.Logs {
		if ev, err := e.ao.UnpackRequestedEvent(l); err == nil {
			return ev.RequestId
		}
	}
	e.t.Fatal("no Requested event")
	return nil
}

// wantRevertReason is wantRevert for a custom error with a reason string: the error must name want and carry
// a reason containing reason.
func (e *flowEnv) wantRevertReason(what string, i int, to common.Address, value *big.Int, data []byte, want, reason string) {
	e.t.Helper()
	_, err := e.call(what, i, to, value, data)
	if err == nil {
		e.t.Fatalf("%s: succeeded, want revert %s(%q)", what, want, reason)
	}
	if !strings.HasPrefix(err.Error(), want) || !strings.Contains(err.Error(), reason) {
		e.t.Fatalf("%s: %v, want revert %s(%q)", what, err, want, reason)
	}
}

// badSingleClaims are single-phase claim proofs of digit d that submit and challenge must refuse, each with
// the reason the oracle gives.
func badSingleClaims(name string, d int32) []struct {
	name, reason string
	output       []byte
	c            bindings.AIOracleClaimProof
} {
	out := flowDigit(d)
	good := func() bindings.AIOracleClaimProof { return flowClaim(name, d) }
	with := func(code, fault, exited byte) bindings.AIOracleClaimProof {
		data, sibs := flowEndState(name, out, code, fault)
		data[78] = exited
		return bindings.AIOracleClaimProof{Claim: flowFinalHash(data), EndState: data, Siblings: sibs}
	}
	notHash := good()
	notHash.Claim[9] ^= 1
	runningStatus := good()
	runningStatus.Claim[0] = 3 // the encoding's hash, with the status of a running state
	short := good()
	short.EndState = short.EndState[:311]
	fewer := good()
	fewer.Siblings = fewer.Siblings[:26]
	more := good()
	more.Siblings = append(more.Siblings, [32]byte{})
	wrongSibling := good()
	wrongSibling.Siblings[4][31] ^= 1
	other := flowDigit(d + 1)
	return []struct {
		name, reason string
		output       []byte
		c            bindings.AIOracleClaimProof
	}{
		{"claim is not the end state's hash", "the claim is not the end state's hash", out, notHash},
		{"claim has another status", "the claim is not the end state's hash", out, runningStatus},
		{"end state exited with code 1", "did not exit 0", out, with(1, 0, 1)},
		{"end state faulted", "did not exit 0", out, with(0, 4, 1)},
		{"end state faulted before exiting", "did not exit 0", out, with(0, 2, 0)},
		{"end state still running", "did not exit 0", out, with(0, 0, 0)},
		{"end state of 311 bytes", "not 312 bytes", out, short},
		{"output not in the output region", "not the end state's output region", other, good()},
		{"a sibling too few", "wrong number of output region siblings", out, fewer},
		{"a sibling too many", "wrong number of output region siblings", out, more},
		{"a wrong sibling", "not the end state's output region", out, wrongSibling},
	}
}

func TestOracleClaimProofs(t *testing.T) {
	e := newFlowEnv(t)
	t.Run("single-phase", func(t *testing.T) {
		e.t = t
		id := e.ask(flowMinFee, flowImage(12))
		for _, bad := range badSingleClaims("two", 2) {
			e.wantRevertReason("submit: "+bad.name, 1, e.oracle, flowSubBond, e.ao.PackSubmit(id, bad.output, bad.c),
				"AIOracleBadClaimProof", bad.reason)
		}
		// A multi-phase claim is no single-phase claim.
		e.wantRevertReason("submit: a multi-phase claim", 1, e.oracle, flowSubBond, e.ao.PackSubmit(id, flowDigit(2), flowMultiClaim("two", 2)),
			"AIOracleBadClaimProof", "not 312 bytes")
		e.mustSend("submit", 1, e.oracle, flowSubBond, e.ao.PackSubmit(id, flowDigit(2), flowClaim("two", 2)))
		if r := e.request(id); r.Claim != flowClaim("two", 2).Claim || string(r.Output) != string(flowDigit(2)) {
			t.Fatalf("stored result %+v", r)
		}
		for _, bad := range badSingleClaims("three", 3) {
			e.wantRevertReason("challenge: "+bad.name, 2, e.oracle, flowChBond, e.ao.PackChallenge(id, bad.output, bad.c),
				"AIOracleBadClaimProof", bad.reason)
		}
		// The same output with another end state is another claim, and a legitimate challenge.
		e.mustSend("challenge", 2, e.oracle, flowChBond, e.ao.PackChallenge(id, flowDigit(2), flowClaim("two again", 2)))
		e.checkLedger(flowSum(flowMinFee, flowSubBond, flowChBond), nil)
	})

	t.Run("multi-phase", func(t *testing.T) {
		e.t = t
		e.mustSend("register", 0, e.registry, nil, e.reg.PackRegister(flowMultiModel, flowMultiInfo()))
		id := e.askModel(flowMultiModel, flowImage(13))
		good := flowMultiClaim("two", 2)
		otherClaim := good
		otherClaim.Claim[3] ^= 1
		fewer := flowMultiClaim("two", 2)
		fewer.Siblings = fewer.Siblings[:3]
		more := flowMultiClaim("two", 2)
		more.Siblings = append(more.Siblings, [32]byte{})
		withState := flowMultiClaim("two", 2)
		withState.EndState = flowClaim("two", 2).EndState
		// The output leaf proven at another tensor id (the input's) is not the output.
		elsewhere := flowMultiClaim("two", 2)
		elsewhere.Claim = flowHashUp(flowBytesRoot(flowDigit(2), 5), flowMultiInput, elsewhere.Siblings)
		for _, bad := range []struct {
			name, reason string
			output       []byte
			c            bindings.AIOracleClaimProof
		}{
			{"output not the claim's leaf", "not the claim's output leaf", flowDigit(3), good},
			{"claim not the root of the proof", "not the claim's output leaf", flowDigit(2), otherClaim},
			{"the output at another leaf", "not the claim's output leaf", flowDigit(2), elsewhere},
			{"a sibling too few", "not the claim's output leaf", flowDigit(2), fewer},
			{"a sibling too many", "not the claim's output leaf", flowDigit(2), more},
			{"an end state", "has no end state", flowDigit(2), withState},
			{"a single-phase claim", "has no end state", flowDigit(2), flowClaim("two", 2)},
		} {
			e.wantRevertReason("submit: "+bad.name, 1, e.oracle, flowSubBond, e.ao.PackSubmit(id, bad.output, bad.c),
				"AIOracleBadClaimProof", bad.reason)
		}
		e.mustSend("submit", 1, e.oracle, flowSubBond, e.ao.PackSubmit(id, flowDigit(2), good))
		e.mustSend("setGameStart", 2, e.oracle, nil, e.ao.PackSetGameStart(id, flowImage(13), flowGraphSiblings("input")))
		e.wantRevertReason("challenge: output not the claim's leaf", 2, e.oracle, flowChBond,
			e.ao.PackChallenge(id, flowDigit(4), flowMultiClaim("seven", 7)), "AIOracleBadClaimProof", "not the claim's output leaf")
		e.mustSend("challenge", 2, e.oracle, flowChBond, e.ao.PackChallenge(id, flowDigit(7), flowMultiClaim("seven", 7)))
		op := flowView(e, e.game, e.fg.PackFakeOpened(big.NewInt(2)), e.fg.UnpackFakeOpened)
		if op.AsserterClaim != good.Claim || op.ChallengerClaim != flowMultiClaim("seven", 7).Claim || op.RequestId.Cmp(id) != 0 {
			t.Fatalf("game opened with %+v", op)
		}
	})
}

// TestOracleMultiPhaseGameStart: setGameStart on a multi-phase model hands the game R_0, the registered graph
// state with the input's commitment as the input leaf (computed here independently), over the model's nodes.
func TestOracleMultiPhaseGameStart(t *testing.T) {
	e := newFlowEnv(t)
	e.mustSend("register", 0, e.registry, nil, e.reg.PackRegister(flowMultiModel, flowMultiInfo()))
	img := flowImage(14)
	id := e.askModel(flowMultiModel, img)
	sibs := flowGraphSiblings("input")
	bad := flowGraphSiblings("input")
	bad[2][0] ^= 1
	for _, c := range []struct {
		name string
		sibs [][32]byte
	}{{"a wrong sibling", bad}, {"a sibling too few", sibs[:3]}, {"a sibling too many", append(flowGraphSiblings("input"), [32]byte{})},
		{"siblings of another graph state", flowGraphSiblings("output")}} {
		e.wantRevert("multi-phase start with "+c.name, 2, e.oracle, nil, e.ao.PackSetGameStart(id, img, c.sibs), "AIOracleInputNotEmpty")
	}
	e.wantRevert("multi-phase start with another input", 2, e.oracle, nil, e.ao.PackSetGameStart(id, flowImage(15), sibs), "AIOracleWrongInput")
	r := e.mustSend("setGameStart (multi-phase)", 2, e.oracle, nil, e.ao.PackSetGameStart(id, img, sibs))
	want := flowHashUp(flowBytesRoot(img, flowInputLog2), flowMultiInput, sibs)
	if want == flowMultiInfo().GraphState {
		t.Fatal("R_0 does not depend on the input")
	}
	var ev *bindings.AIOracleGameStartSet
	for _, l := range r.Logs {
		if x, err := e.ao.UnpackGameStartSetEvent(l); err == nil {
			ev = x
		}
	}
	if ev == nil || ev.Start != want || ev.Positions != 8 || ev.Phases != 2 {
		t.Fatalf("GameStartSet %+v, want R_0 %x over 8 nodes, 2 phases", ev, want)
	}
	st := flowView(e, e.game, e.fg.PackFakeStarts(e.oracle, id), e.fg.UnpackFakeStarts)
	if st.State != want || st.Steps != 8 {
		t.Fatalf("the game got start %x over %d positions, want %x over 8", st.State, st.Steps, want)
	}
	e.wantRevert("start twice", 2, e.oracle, nil, e.ao.PackSetGameStart(id, img, sibs), "AIOracleStartAlreadySet")

	// A registered graph state whose input leaf is not empty: no siblings prove it empty, so no start.
	full := flowMultiInfo()
	full.GraphState = flowHashUp(flowBytesRoot(flowImage(1), flowInputLog2), flowMultiInput, sibs)
	filled := [32]byte{'f', 'u', 'l', 'l'}
	e.mustSend("register", 0, e.registry, nil, e.reg.PackRegister(filled, full))
	id2 := e.askModel(filled, flowImage(1))
	e.wantRevert("multi-phase start over a non-empty input leaf", 2, e.oracle, nil, e.ao.PackSetGameStart(id2, flowImage(1), sibs),
		"AIOracleInputNotEmpty")
}
