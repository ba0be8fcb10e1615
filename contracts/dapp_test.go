package contracts_test

import (
	"math/big"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/opml-dev/opml/contracts/bindings"
)

// TestPromptDApp: PromptBoard, a dApp in the style of ORA's prompt examples written against IAIOracle and its
// callback base only, asks opml's oracle as it would ask ORA's: the fee from estimateFee, a prompt of any length
// up to the model's input, the answer stored by prompt when the oracle calls aiOracleCallback; a failed run
// reaches its aiOracleCallbackError.
func TestPromptDApp(t *testing.T) {
	e := newAIEnv(t)
	const answer = "an optimistic machine-learning oracle"
	model := e.register(fxSingleInfo("prompt model", uint32(len(answer))))
	pb := bindings.NewPromptBoard()
	board := e.deploy(bindings.PromptBoardMetaData.Bin, pb.PackConstructor(e.oracle))
	e.must("set the callback gas", oeDeployer, board, nil, pb.PackSetCallbackGasLimit(model, 300_000))
	e.wantRevert("set it as another", e.acct("user"), board, nil, pb.PackSetCallbackGasLimit(model, 1), "OnlyOwner")
	fee := oeView(e, board, pb.PackEstimateFee(model), pb.UnpackEstimateFee)
	if want := sum(oeMinFee, new(big.Int).Mul(oeGasPrice, big.NewInt(300_000))); fee.Cmp(want) != 0 {
		t.Fatalf("the dApp's fee %v, want %v", fee, want)
	}
	const prompt = "What is opml?"
	ret := e.must("calculateAIResult", e.acct("user"), board, fee, pb.PackCalculateAIResult(model, prompt))
	id, err := pb.UnpackCalculateAIResult(ret)
	if err != nil {
		t.Fatal(err)
	}
	if ev := oeEvent(e, e.ao.UnpackAICallbackRequestEvent); ev == nil || ev.Account != board || string(ev.Input) != prompt || ev.GasLimit != 300_000 {
		t.Fatalf("AICallbackRequest %+v", ev)
	}
	claim := fxClaim("answer", []byte(answer))
	e.post("honest", id, []byte(answer), claim)
	e.advance(oeWindow + oeClock)
	e.finalize(id, claim.Claim, []byte(answer))
	if got := oeView(e, board, pb.PackGetAIResult(model, prompt), pb.UnpackGetAIResult); got != answer {
		t.Fatalf("the board says %q, want %q", got, answer)
	}
	if ev := oeEvent(e, pb.UnpackPromptsUpdatedEvent); ev == nil || ev.Input != prompt || ev.Output != answer || ev.RequestId.Cmp(id) != 0 {
		t.Fatalf("promptsUpdated %+v", ev)
	}
	if !oeView(e, board, pb.PackIsFinalized(id), pb.UnpackIsFinalized) {
		t.Fatal("the board's isFinalized is false")
	}
	// Only the oracle may call back.
	e.wantRevert("a callback from another account", e.acct("user"), board, nil, pb.PackAiOracleCallback(id, []byte("forged"), nil),
		"UnauthorizedCallbackSource")

	// A run that fails on the prompt reaches the error hook.
	ret = e.must("calculateAIResult", e.acct("user"), board, fee, pb.PackCalculateAIResult(model, "crash"))
	id2, _ := pb.UnpackCalculateAIResult(ret)
	failed := fxFailedClaim("crash", 1, 0)
	e.post("honest", id2, nil, failed)
	e.advance(oeWindow + oeClock)
	e.finalize(id2, failed.Claim, nil)
	if ev := oeEvent(e, pb.UnpackAICallbackErrorEvent); ev == nil || ev.RequestId.Cmp(id2) != 0 || !strings.Contains(string(ev.Message), "run failed") {
		t.Fatalf("AICallbackError %+v", ev)
	}
	if r := oeView(e, board, pb.PackRequests(id2), pb.UnpackRequests); !r.Failed {
		t.Fatalf("the board's request %+v is not marked failed", r)
	}
	e.checkLedger()
}

// TestSDKABIs: the SDK's ABI files are the compiled contracts' ABIs, and IAIOracle's functions and events are
// ORA's: the same names, inputs and selectors (written out here from ORA's published interface).
func TestSDKABIs(t *testing.T) {
	for _, name := range []string{"IAIOracle", "AIOracleCallbackReceiver", "AIOracle"} {
		data, err := os.ReadFile("sdk/abi/" + name + ".json")
		if err != nil {
			t.Fatal(err)
		}
		if _, err := abi.JSON(strings.NewReader(string(data))); err != nil {
			t.Fatalf("%s.json: %v", name, err)
		}
	}
	sel := func(sig string) string { return "0x" + common4(crypto.Keccak256([]byte(sig))) }
	want := map[string]string{
		"requestCallback": sel("requestCallback(uint256,bytes,address,uint64,bytes)"),
		"estimateFee":     sel("estimateFee(uint256,uint256)"),
		"isFinalized":     sel("isFinalized(uint256)"),
	}
	ora := bindings.NewAIOracle().GetABI()
	for name, s := range want {
		m, ok := ora.Methods[name]
		if !ok || "0x"+common4(m.ID) != s {
			t.Errorf("AIOracle.%s: %v, want selector %s", name, m.Sig, s)
		}
	}
	for name, sig := range map[string]string{
		"AICallbackRequest": "AICallbackRequest(address,uint256,uint256,bytes,address,uint64,bytes)",
		"AICallbackResult":  "AICallbackResult(address,uint256,address,bytes)",
	} {
		if ev, ok := ora.Events[name]; !ok || ev.ID != crypto.Keccak256Hash([]byte(sig)) {
			t.Errorf("event %s: %v, want %s", name, ev.Sig, sig)
		}
	}
	// ORA's AIOracle calls back with these two selectors (its callbackFunctionSelector and errorFunctionSelector).
	recv := bindings.NewDigitConsumer().GetABI()
	for name, s := range map[string]string{"aiOracleCallback": "0xb0347814", "aiOracleCallbackError": "0x8e6fd006"} {
		if m, ok := recv.Methods[name]; !ok || "0x"+common4(m.ID) != s {
			t.Errorf("%s: selector %x, want %s", name, m.ID, s)
		}
	}
	if !reflect.DeepEqual(recv.Events["AICallbackError"].Inputs.NonIndexed()[0].Name, "message") {
		t.Error("AICallbackError's fields")
	}
}

func common4(b []byte) string {
	const hex = "0123456789abcdef"
	out := make([]byte, 8)
	for i := 0; i < 4; i++ {
		out[2*i], out[2*i+1] = hex[b[i]>>4], hex[b[i]&15]
	}
	return string(out)
}
