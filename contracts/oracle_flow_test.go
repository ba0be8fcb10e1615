package contracts_test

import (
	"context"
	"crypto/ecdsa"
	"encoding/binary"
	"fmt"
	"math/big"
	"reflect"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	bind "github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/opml-dev/opml/chain"
	"github.com/opml-dev/opml/contracts/bindings"
)

// These tests run the dApp-facing contracts (ModelRegistry, AIOracle, DigitConsumer) on the embedded chain
// (chain.NewEmbedded), sending fees and bonds with TransactValue and moving the clock past challenge windows with
// AdvanceTime. The dispute game is FakeGame, a test double whose winner the test names; everything else is the
// real contract.

const (
	flowWindow     = 300 // seconds: the default challenge window, passed explicitly
	flowSubmission = 3600
)

var (
	flowMinFee  = big.NewInt(1_000_000_007)     // odd amounts: a mix-up of fee and bond shows in the sums
	flowSubBond = big.NewInt(5_000_000_000_003) // submitter bond
	flowChBond  = big.NewInt(3_000_000_000_011) // challenger bond
	mnistModel  = [32]byte{'m', 'n', 'i', 's', 't'}
)

// flowEnv is a fresh chain with ModelRegistry, FakeGame, AIOracle and DigitConsumer deployed and an MNIST-shaped
// model registered.
type flowEnv struct {
	t        *testing.T
	ctx      context.Context
	chain    *chain.Chain
	client   chain.Client
	keys     []*ecdsa.PrivateKey // 0 deployer/dApp user, 1 submitter, 2 and 3 challengers
	registry common.Address
	game     common.Address
	oracle   common.Address
	consumer common.Address

	reg *bindings.ModelRegistry
	fg  *bindings.FakeGame
	ao  *bindings.AIOracle
	dc  *bindings.DigitConsumer

	gas *gasLog
}

// gasLog collects the gas of every mined call by label, for the report.
type gasLog struct {
	mu   sync.Mutex
	used map[string][]uint64
}

func (g *gasLog) add(label string, gas uint64) {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.used[label] = append(g.used[label], gas)
}

var flowGas = &gasLog{used: map[string][]uint64{}}

func newFlowEnv(t *testing.T) *flowEnv {
	t.Helper()
	c, err := chain.NewEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	e := &flowEnv{t: t, ctx: context.Background(), chain: c, client: c.Client(), keys: chain.DevKeys(),
		reg: bindings.NewModelRegistry(), fg: bindings.NewFakeGame(), ao: bindings.NewAIOracle(),
		dc: bindings.NewDigitConsumer(), gas: flowGas}
	e.registry = e.deploy("ModelRegistry", bindings.ModelRegistryMetaData.Bin, nil)
	e.game = e.deploy("FakeGame (test double)", bindings.FakeGameMetaData.Bin, nil)
	e.oracle = e.deploy("AIOracle", bindings.AIOracleMetaData.Bin, e.ao.PackConstructor(e.registry, e.game, flowMinFee, flowSubBond,
		flowChBond, flowWindow, flowSubmission))
	e.consumer = e.deploy("DigitConsumer", bindings.DigitConsumerMetaData.Bin, e.dc.PackConstructor(e.oracle, mnistModel))
	e.mustSend("register", 0, e.registry, nil, e.reg.PackRegister(mnistModel, mnistInfo()))
	return e
}

// mnistInfo is a single-phase model with MNIST's shapes: 784 one-byte pixels in, one int32 digit out. The state
// encoding is arbitrary bytes of a running state (exited and fault bytes zero).
//
// The memory root (the encoding's first 32 bytes) is that of a memory whose 1024-byte input region at
// flowInputAddr is zero and whose other nodes are flowSiblings: the tree is built here from docs/vm.md
// ("Memory Merkle tree"), independently of MerkleLib.
func mnistInfo() bindings.ModelRegistryModelInfo {
	data := make([]byte, 312)
	for i := range data {
		data[i] = byte(i*7 + 1)
	}
	data[77], data[78], data[79] = 0, 0, 0 // running: neither exited nor faulted
	root := flowHashUp(flowZeroRoot(flowInputLog2), flowInputAddr>>flowInputLog2, flowSiblings())
	copy(data, root[:])
	return bindings.ModelRegistryModelInfo{InputSize: 784, OutputSize: 4, ProgramStateData: data, ExecutorStateData: []byte{}}
}

// The executor's layout (docs/executor.md, "Memory layout"): the graph input at 0x90000000, the output at
// 0xD0000000.
const (
	flowInputAddr  = 0x9000_0000
	flowInputLog2  = 10 // 784 bytes pad to 1024
	flowOutputAddr = 0xD000_0000
)

func flowPair(a, b [32]byte) [32]byte { return crypto.Keccak256Hash(a[:], b[:]) }

// flowZeroRoot is the root of 2^log2 zero bytes: Z0 = 32 zero bytes, Z(i+1) = H(Zi ‖ Zi).
func flowZeroRoot(log2 int) [32]byte {
	var z [32]byte
	for i := 5; i < log2; i++ {
		z = flowPair(z, z)
	}
	return z
}

// flowBytesRoot is the Merkle root of data zero-padded to 2^log2 bytes, leaves its 32-byte words.
func flowBytesRoot(data []byte, log2 int) [32]byte {
	padded := make([]byte, 1<<log2)
	copy(padded, data)
	level := make([][32]byte, len(padded)/32)
	for i := range level {
		copy(level[i][:], padded[32*i:])
	}
	for len(level) > 1 {
		next := make([][32]byte, len(level)/2)
		for i := range next {
			next[i] = flowPair(level[2*i], level[2*i+1])
		}
		level = next
	}
	return level[0]
}

// flowHashUp hashes node at index (among the nodes of its level) up to the root with siblings, lowest first.
func flowHashUp(node [32]byte, index uint64, siblings [][32]byte) [32]byte {
	for _, s := range siblings {
		if index&1 == 0 {
			node = flowPair(node, s)
		} else {
			node = flowPair(s, node)
		}
		index >>= 1
	}
	return node
}

// flowSiblings are the 32 − 10 nodes beside the input region's path: arbitrary but fixed hashes.
func flowSiblings() [][32]byte {
	s := make([][32]byte, 32-flowInputLog2)
	for i := range s {
		s[i] = crypto.Keccak256Hash([]byte(fmt.Sprintf("sibling %d", i)))
	}
	return s
}

// flowStateHash is the hash of a running state's encoding (docs/vm.md): keccak256, first byte 3.
func flowStateHash(data []byte) [32]byte {
	h := crypto.Keccak256Hash(data)
	h[0] = 3
	return h
}

// flowStartState is the start of a request's game: the registered state with the input's region root in place.
func flowStartState(input []byte) [32]byte {
	data := append([]byte(nil), mnistInfo().ProgramStateData...)
	root := flowHashUp(flowBytesRoot(input, flowInputLog2), flowInputAddr>>flowInputLog2, flowSiblings())
	copy(data, root[:])
	return flowStateHash(data)
}

func (e *flowEnv) addr(i int) common.Address { return crypto.PubkeyToAddress(e.keys[i].PublicKey) }

func (e *flowEnv) deploy(name, bin string, args []byte) common.Address {
	e.t.Helper()
	addr, r, err := e.chain.Deploy(e.ctx, &bind.MetaData{Bin: bin}, args)
	if err != nil {
		e.t.Fatalf("deploy %s: %v", name, flowRevert(err))
	}
	e.gas.add("deploy "+name, r.GasUsed)
	return addr
}

// send signs a transaction from key to `to` carrying value and data, has it mined and returns its receipt. A
// transaction that would revert is not sent: the error is its decoded reason.
func (e *flowEnv) send(key *ecdsa.PrivateKey, to common.Address, value *big.Int, data []byte) (*types.Receipt, error) {
	r, err := e.chain.As(key).TransactValue(e.ctx, to, data, value)
	if err != nil {
		return r, flowRevert(err)
	}
	return r, nil
}

// call sends a call from account i and records its gas under label.
func (e *flowEnv) call(label string, i int, to common.Address, value *big.Int, data []byte) (*types.Receipt, error) {
	r, err := e.send(e.keys[i], to, value, data)
	if err == nil {
		e.gas.add(label, r.GasUsed)
	}
	return r, err
}

func (e *flowEnv) mustSend(label string, i int, to common.Address, value *big.Int, data []byte) *types.Receipt {
	e.t.Helper()
	r, err := e.call(label, i, to, value, data)
	if err != nil {
		e.t.Fatalf("%s: %v", label, err)
	}
	return r
}

// wantRevert sends a call that must revert with the AIOracle (or DigitConsumer) custom error named want.
func (e *flowEnv) wantRevert(what string, i int, to common.Address, value *big.Int, data []byte, want string) {
	e.t.Helper()
	_, err := e.call(what, i, to, value, data)
	if err == nil {
		e.t.Fatalf("%s: succeeded, want revert %s", what, want)
	}
	if !strings.HasPrefix(err.Error(), want) {
		e.t.Fatalf("%s: %v, want revert %s", what, err, want)
	}
}

// revertError turns a call error carrying revert data into an error naming the custom error and its fields.
func flowRevert(err error) error {
	data, ok := chain.RevertData(err)
	if !ok {
		return err
	}
	for _, unpack := range []func([]byte) (any, error){bindings.NewAIOracle().UnpackError,
		bindings.NewDigitConsumer().UnpackError, bindings.NewModelRegistry().UnpackError,
		bindings.NewDisputeGame().UnpackError} {
		if v, uerr := unpack(data); uerr == nil {
			return fmt.Errorf("%s%+v", reflect.Indirect(reflect.ValueOf(v)).Type().Name(), v)
		}
	}
	return fmt.Errorf("%w (revert data %#x)", err, data)
}

// advance moves the chain's clock forward by seconds (one empty block with the later timestamp).
func (e *flowEnv) advance(seconds int) {
	e.t.Helper()
	if err := e.chain.AdvanceTime(e.ctx, time.Duration(seconds)*time.Second); err != nil {
		e.t.Fatalf("advance the clock by %ds: %v", seconds, err)
	}
}

func (e *flowEnv) balance(a common.Address) *big.Int {
	e.t.Helper()
	b, err := e.client.BalanceAt(e.ctx, a, nil)
	if err != nil {
		e.t.Fatal(err)
	}
	return b
}

func flowView[T any](e *flowEnv, to common.Address, data []byte, unpack func([]byte) (T, error)) T {
	e.t.Helper()
	out, err := e.client.CallContract(e.ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
	if err != nil {
		e.t.Fatalf("view: %v", flowRevert(err))
	}
	v, err := unpack(out)
	if err != nil {
		e.t.Fatal(err)
	}
	return v
}

func (e *flowEnv) request(id *big.Int) bindings.AIOracleRequest {
	return flowView(e, e.oracle, e.ao.PackGetRequest(id), e.ao.UnpackGetRequest)
}

func (e *flowEnv) owed(i int) *big.Int {
	return flowView(e, e.oracle, e.ao.PackOwed(e.addr(i)), e.ao.UnpackOwed)
}

// checkLedger checks that the oracle holds exactly what it has locked plus what it owes, that locked is what
// the test expects, and that each account is owed what the test expects.
func (e *flowEnv) checkLedger(wantLocked *big.Int, wantOwed map[int]*big.Int) {
	e.t.Helper()
	locked := flowView(e, e.oracle, e.ao.PackLocked(), e.ao.UnpackLocked)
	owedTotal := flowView(e, e.oracle, e.ao.PackOwedTotal(), e.ao.UnpackOwedTotal)
	if bal := e.balance(e.oracle); bal.Cmp(new(big.Int).Add(locked, owedTotal)) != 0 {
		e.t.Fatalf("oracle balance %v != locked %v + owed %v", bal, locked, owedTotal)
	}
	if locked.Cmp(wantLocked) != 0 {
		e.t.Fatalf("locked %v, want %v", locked, wantLocked)
	}
	sum := new(big.Int)
	for i := range e.keys {
		want := wantOwed[i]
		if want == nil {
			want = new(big.Int)
		}
		sum.Add(sum, want)
		if got := e.owed(i); got.Cmp(want) != 0 {
			e.t.Fatalf("account %d is owed %v, want %v", i, got, want)
		}
	}
	if owedTotal.Cmp(sum) != 0 {
		e.t.Fatalf("owedTotal %v, want %v", owedTotal, sum)
	}
}

// withdrawAll has every account withdraw what it is owed and checks its balance grows by exactly that minus
// the transaction's cost; the oracle ends empty.
func (e *flowEnv) withdrawAll() {
	e.t.Helper()
	for i := range e.keys {
		amount := e.owed(i)
		if amount.Sign() == 0 {
			e.wantRevert("withdraw nothing", i, e.oracle, nil, e.ao.PackWithdraw(), "AIOracleNothingToWithdraw")
			continue
		}
		before := e.balance(e.addr(i))
		r := e.mustSend("withdraw", i, e.oracle, nil, e.ao.PackWithdraw())
		cost := new(big.Int).Mul(new(big.Int).SetUint64(r.GasUsed), r.EffectiveGasPrice)
		want := new(big.Int).Sub(new(big.Int).Add(before, amount), cost)
		if got := e.balance(e.addr(i)); got.Cmp(want) != 0 {
			e.t.Fatalf("account %d after withdraw: %v, want %v", i, got, want)
		}
	}
	if bal := e.balance(e.oracle); bal.Sign() != 0 {
		e.t.Fatalf("oracle holds %v after everything settled and was withdrawn", bal)
	}
}

// digitOutput is the MNIST graph's output for digit d: one little-endian int32.
func flowDigit(d int32) []byte { return binary.LittleEndian.AppendUint32(nil, uint32(d)) }

// flowEndState is a well-formed final state of a single-phase run (docs/vm.md, "State encoding"): exited
// (byte 78) with exit code `code` (byte 77), fault `fault` (byte 79), its memory all zero but for output at the
// output region, and a step counter (bytes 80..87) taken from name so that different names give different
// states. It returns the encoding and the output region's siblings (the zero sub-trees beside its path).
func flowEndState(name string, output []byte, code, fault byte) ([]byte, [][32]byte) {
	log2 := 5
	for 1<<log2 < len(output) {
		log2++
	}
	sibs := make([][32]byte, 32-log2)
	for i := range sibs {
		sibs[i] = flowZeroRoot(log2 + i)
	}
	data := make([]byte, 312)
	root := flowHashUp(flowBytesRoot(output, log2), flowOutputAddr>>log2, sibs)
	copy(data, root[:])
	data[77], data[78], data[79] = code, 1, fault
	copy(data[80:88], crypto.Keccak256([]byte(name)))
	return data, sibs
}

// flowFinalHash is the state hash of an encoding (docs/vm.md, "State hash"): keccak256 with its first byte the
// status, 0 exited with code 0, 1 exited otherwise, 2 faulted, 3 running.
func flowFinalHash(data []byte) [32]byte {
	h := crypto.Keccak256Hash(data)
	switch {
	case data[79] != 0:
		h[0] = 2
	case data[78] == 0:
		h[0] = 3
	case data[77] != 0:
		h[0] = 1
	default:
		h[0] = 0
	}
	return h
}

// flowClaim is a single-phase claim of the result digit d, named name: an end state that exited 0 with
// flowDigit(d) in its output region, its hash and the output region's siblings.
func flowClaim(name string, d int32) bindings.AIOracleClaimProof {
	data, sibs := flowEndState(name, flowDigit(d), 0, 0)
	return bindings.AIOracleClaimProof{Claim: flowFinalHash(data), EndState: data, Siblings: sibs}
}

func flowImage(seed byte) []byte {
	img := make([]byte, 784)
	for i := range img {
		img[i] = byte(i)*seed + 3
	}
	return img
}

// ask has the dApp user (account 0) ask DigitConsumer about an image, paying fee, and returns the request id.
func (e *flowEnv) ask(fee *big.Int, img []byte) *big.Int {
	e.t.Helper()
	r := e.mustSend("DigitConsumer.ask (→ requestCallback)", 0, e.consumer, fee, e.dc.PackAsk(img))
	for _, l := range r.Logs {
		if ev, err := e.ao.UnpackRequestedEvent(l); err == nil {
			if ev.Fee.Cmp(fee) != 0 || ev.CallbackContract != e.consumer || string(ev.Input) != string(img) {
				e.t.Fatalf("Requested event %+v does not match the request", ev)
			}
			if r := e.request(ev.RequestId); r.InputHash != crypto.Keccak256Hash(img) || r.Requester != e.consumer {
				e.t.Fatalf("stored request %+v does not match the request", r)
			}
			return ev.RequestId
		}
	}
	e.t.Fatal("no Requested event")
	return nil
}

func (e *flowEnv) answer(id *big.Int) bindings.DigitConsumerAnswer {
	return flowView(e, e.consumer, e.dc.PackAnswer(id), e.dc.UnpackAnswer)
}

// finalizeDelivered finalizes id and returns whether the Delivered event says the callback succeeded.
func (e *flowEnv) finalizeDelivered(i int, id *big.Int) bool {
	e.t.Helper()
	r := e.mustSend("finalize", i, e.oracle, nil, e.ao.PackFinalize(id))
	var finalized, delivered, ok bool
	for _, l := range r.Logs {
		if _, err := e.ao.UnpackFinalizedEvent(l); err == nil {
			finalized = true
		}
		if ev, err := e.ao.UnpackDeliveredEvent(l); err == nil {
			delivered, ok = true, ev.Success
		}
	}
	if !finalized || !delivered {
		e.t.Fatalf("finalize: Finalized %v, Delivered %v events", finalized, delivered)
	}
	return ok
}

func flowSum(xs ...*big.Int) *big.Int {
	s := new(big.Int)
	for _, x := range xs {
		s.Add(s, x)
	}
	return s
}

func TestOracleUnchallengedFlow(t *testing.T) {
	e := newFlowEnv(t)
	fee := new(big.Int).Add(flowMinFee, big.NewInt(5)) // more than the minimum: all of it goes to the submitter
	id := e.ask(fee, flowImage(1))
	e.checkLedger(fee, nil)

	out := flowDigit(7)
	e.mustSend("submit", 1, e.oracle, flowSubBond, e.ao.PackSubmit(id, out, flowClaim("seven", 7)))
	e.checkLedger(flowSum(fee, flowSubBond), nil)

	e.wantRevert("finalize inside the window", 2, e.oracle, nil, e.ao.PackFinalize(id), "AIOracleChallengeWindowOpen")
	e.wantRevert("second submit", 2, e.oracle, flowSubBond, e.ao.PackSubmit(id, out, flowClaim("x", 7)), "AIOracleNotAwaitingResult")
	if a := e.answer(id); a.Delivered {
		t.Fatal("answer delivered before finalization")
	}

	e.advance(flowWindow + 5)
	e.wantRevert("challenge after the window", 2, e.oracle, flowChBond, e.ao.PackChallenge(id, flowDigit(1), flowClaim("one", 1)),
		"AIOracleChallengeWindowClosed")
	if !e.finalizeDelivered(2, id) { // anyone may finalize
		t.Fatal("DigitConsumer.onResult failed")
	}
	a := e.answer(id)
	if !a.Delivered || !a.Valid || a.Digit != 7 || string(a.Output) != string(out) {
		t.Fatalf("answer %+v, want digit 7", a)
	}
	if r := e.request(id); r.Status != 3 || !r.Delivered || r.Submitter != e.addr(1) {
		t.Fatalf("request after finalize: %+v", r)
	}
	e.wantRevert("finalize twice", 2, e.oracle, nil, e.ao.PackFinalize(id), "AIOracleNotChallengeable")
	e.checkLedger(new(big.Int), map[int]*big.Int{1: flowSum(fee, flowSubBond)})
	e.withdrawAll()
}

func TestOracleRejects(t *testing.T) {
	e := newFlowEnv(t)
	img := flowImage(2)
	sel := [4]byte(crypto.Keccak256([]byte("onResult(uint256,bytes)"))[:4])
	below := new(big.Int).Sub(flowMinFee, big.NewInt(1))
	e.wantRevert("fee below minimum", 0, e.oracle, below, e.ao.PackRequestCallback(mnistModel, img, e.consumer, sel, 100_000),
		"AIOracleFeeTooLow")
	e.wantRevert("input too short", 0, e.oracle, flowMinFee, e.ao.PackRequestCallback(mnistModel, img[:783], e.consumer, sel, 100_000),
		"AIOracleWrongInputSize")
	e.wantRevert("input too long", 0, e.oracle, flowMinFee, e.ao.PackRequestCallback(mnistModel, append(img, 0), e.consumer, sel, 100_000),
		"AIOracleWrongInputSize")
	e.wantRevert("unknown model", 0, e.oracle, flowMinFee, e.ao.PackRequestCallback([32]byte{9}, img, e.consumer, sel, 100_000),
		"ModelRegistryNotRegistered")
	e.wantRevert("callback gas above the cap", 0, e.oracle, flowMinFee, e.ao.PackRequestCallback(mnistModel, img, e.consumer, sel, 10_000_001),
		"AIOracleCallbackGasTooHigh")
	e.wantRevert("DigitConsumer wrong image size", 0, e.consumer, flowMinFee, e.dc.PackAsk(img[:100]), "DigitConsumerWrongImageSize")
	e.wantRevert("submit to unknown request", 1, e.oracle, flowSubBond, e.ao.PackSubmit(big.NewInt(99), flowDigit(1), flowClaim("a", 1)),
		"AIOracleUnknownRequest")

	id := e.ask(flowMinFee, img)
	e.wantRevert("submitter bond too low", 1, e.oracle, new(big.Int).Sub(flowSubBond, big.NewInt(1)),
		e.ao.PackSubmit(id, flowDigit(1), flowClaim("a", 1)), "AIOracleBondTooLow")
	e.wantRevert("wrong output size", 1, e.oracle, flowSubBond, e.ao.PackSubmit(id, flowDigit(1)[:3], flowClaim("a", 1)),
		"AIOracleWrongOutputSize")
	e.wantRevert("challenge before any result", 2, e.oracle, flowChBond, e.ao.PackChallenge(id, flowDigit(1), flowClaim("b", 1)),
		"AIOracleNotChallengeable")
	e.wantRevert("refund before the deadline", 0, e.oracle, nil, e.ao.PackRefund(id), "AIOracleSubmissionStillOpen")

	e.advance(flowSubmission + 5)
	e.wantRevert("late submission", 1, e.oracle, flowSubBond, e.ao.PackSubmit(id, flowDigit(1), flowClaim("a", 1)), "AIOracleSubmissionClosed")
	// The requester is the DigitConsumer contract: the refund is owed to it.
	e.mustSend("refund", 3, e.oracle, nil, e.ao.PackRefund(id))
	owedConsumer := flowView(e, e.oracle, e.ao.PackOwed(e.consumer), e.ao.UnpackOwed)
	if owedConsumer.Cmp(flowMinFee) != 0 {
		t.Fatalf("consumer owed %v after refund, want %v", owedConsumer, flowMinFee)
	}
	// The consumer forwards it to the account that asked.
	e.wantRevert("reclaim by a stranger", 3, e.consumer, nil, e.dc.PackReclaimFee(id), "DigitConsumerNotTheAsker")
	before := e.balance(e.addr(0))
	r := e.mustSend("DigitConsumer.reclaimFee (→ withdraw)", 0, e.consumer, nil, e.dc.PackReclaimFee(id))
	cost := new(big.Int).Mul(new(big.Int).SetUint64(r.GasUsed), r.EffectiveGasPrice)
	if got, want := e.balance(e.addr(0)), new(big.Int).Sub(new(big.Int).Add(before, flowMinFee), cost); got.Cmp(want) != 0 {
		t.Fatalf("asker balance after reclaim %v, want %v", got, want)
	}
	if b := e.balance(e.consumer); b.Sign() != 0 {
		t.Fatalf("consumer keeps %v", b)
	}
	e.wantRevert("reclaim twice", 0, e.consumer, nil, e.dc.PackReclaimFee(id), "DigitConsumerAlreadyReclaimed")
	e.checkLedger(new(big.Int), nil)

	id2 := e.ask(flowMinFee, img)
	e.mustSend("submit", 1, e.oracle, flowSubBond, e.ao.PackSubmit(id2, flowDigit(4), flowClaim("four", 4)))
	e.wantRevert("challenger bond too low", 2, e.oracle, new(big.Int).Sub(flowChBond, big.NewInt(1)),
		e.ao.PackChallenge(id2, flowDigit(1), flowClaim("one", 1)), "AIOracleBondTooLow")
	e.wantRevert("challenge with the same claim", 2, e.oracle, flowChBond, e.ao.PackChallenge(id2, flowDigit(4), flowClaim("four", 4)),
		"AIOracleSameClaim")
	e.wantRevert("submitter challenges itself", 1, e.oracle, flowChBond, e.ao.PackChallenge(id2, flowDigit(1), flowClaim("one", 1)),
		"AIOracleSelfChallenge")
	e.wantRevert("resolved not from the game", 2, e.oracle, nil, e.ao.PackResolved(big.NewInt(1), e.addr(2)), "AIOracleOnlyGame")
	e.wantRevert("onResult not from the oracle", 2, e.consumer, nil, e.dc.PackOnResult(id2, flowDigit(1)), "DigitConsumerOnlyOracle")

	e.wantRevert("reclaim a served request", 0, e.consumer, nil, e.dc.PackReclaimFee(id2), "DigitConsumerNotRefundable")
	e.mustSend("challenge", 2, e.oracle, flowChBond, e.ao.PackChallenge(id2, flowDigit(1), flowClaim("one", 1)))
	e.wantRevert("game reports a stranger as winner", 0, e.game, nil, e.fg.PackDecide(big.NewInt(1), e.addr(3)), "AIOracleNotAParty")
	e.advance(flowWindow + 5)
	e.wantRevert("finalize with a game open", 0, e.oracle, nil, e.ao.PackFinalize(id2), "AIOracleGamesOpen")
	e.mustSend("FakeGame.decide (→ resolved, asserter wins)", 0, e.game, nil, e.fg.PackDecide(big.NewInt(1), e.addr(1)))
	e.wantRevert("game resolved twice", 0, e.game, nil, e.fg.PackDecide(big.NewInt(1), e.addr(1)), "AIOracleGameNotOpen")
}

// flowMultiInfo is a multi-phase model with MNIST's shapes over a made-up graph of 13 tensors (a tree of height
// 4) and 8 nodes, input tensor 3 and output tensor 12. Its graph state is the root with the input's leaf zero and
// flowGraphSiblings beside it.
func flowMultiInfo() bindings.ModelRegistryModelInfo {
	data := make([]byte, 312)
	for i := range data {
		data[i] = byte(i*11 + 5)
	}
	data[77], data[78], data[79] = 0, 0, 0
	return bindings.ModelRegistryModelInfo{InputSize: 784, OutputSize: 4, ProgramStateData: []byte{}, ExecutorStateData: data,
		GraphState: flowHashUp([32]byte{}, flowMultiInput, flowGraphSiblings("input")), NodesRoot: crypto.Keccak256Hash([]byte("nodes")),
		NumNodes: 8, NumTensors: 13, InputId: flowMultiInput, OutputId: flowMultiOutput}
}

const (
	flowMultiInput  = 3
	flowMultiOutput = 12
	flowMultiHeight = 4 // 13 leaves pad to 16
)

// flowGraphSiblings are made-up siblings of one leaf of a graph state (of height flowMultiHeight), by name.
func flowGraphSiblings(name string) [][32]byte {
	s := make([][32]byte, flowMultiHeight)
	for i := range s {
		s[i] = crypto.Keccak256Hash([]byte(fmt.Sprintf("%s graph sibling %d", name, i)))
	}
	return s
}

// flowMultiClaim is a multi-phase claim of digit d: a graph state root whose leaf flowMultiOutput is the
// commitment of flowDigit(d) (a 32-byte region: the padded bytes themselves), the other leaves made up from name.
func flowMultiClaim(name string, d int32) bindings.AIOracleClaimProof {
	sibs := flowGraphSiblings(name)
	return bindings.AIOracleClaimProof{Claim: flowHashUp(flowBytesRoot(flowDigit(d), 5), flowMultiOutput, sibs), EndState: []byte{},
		Siblings: sibs}
}

func TestModelRegistry(t *testing.T) {
	e := newFlowEnv(t)
	got := flowView(e, e.registry, e.reg.PackGetModel(mnistModel), e.reg.UnpackGetModel)
	if !reflect.DeepEqual(got, mnistInfo()) {
		t.Fatalf("getModel: %+v, want %+v", got, mnistInfo())
	}
	multi := flowMultiInfo()
	single := func(change func(*bindings.ModelRegistryModelInfo)) bindings.ModelRegistryModelInfo {
		m := mnistInfo()
		change(&m)
		return m
	}
	multiWith := func(change func(*bindings.ModelRegistryModelInfo)) bindings.ModelRegistryModelInfo {
		m := flowMultiInfo()
		change(&m)
		return m
	}
	for _, tc := range []struct {
		name string
		id   [32]byte
		info bindings.ModelRegistryModelInfo
		want string // "" for success
	}{
		{"re-registration", mnistModel, mnistInfo(), "ModelRegistryAlreadyRegistered"},
		{"re-registration with other data", mnistModel, multi, "ModelRegistryAlreadyRegistered"},
		{"zero input size", [32]byte{1}, single(func(m *bindings.ModelRegistryModelInfo) { m.InputSize = 0 }), "ModelRegistryInvalidModel"},
		{"zero output size", [32]byte{1}, multiWith(func(m *bindings.ModelRegistryModelInfo) { m.OutputSize = 0 }), "ModelRegistryInvalidModel"},
		{"input larger than a region", [32]byte{1}, single(func(m *bindings.ModelRegistryModelInfo) { m.InputSize = 1<<28 + 1 }), "ModelRegistryInvalidModel"},
		{"output larger than a region", [32]byte{1}, multiWith(func(m *bindings.ModelRegistryModelInfo) { m.OutputSize = 1<<28 + 1 }), "ModelRegistryInvalidModel"},
		{"neither phase", [32]byte{1}, single(func(m *bindings.ModelRegistryModelInfo) { m.ProgramStateData = nil }), "ModelRegistryInvalidModel"},
		{"both phases", [32]byte{1}, multiWith(func(m *bindings.ModelRegistryModelInfo) { m.ProgramStateData = mnistInfo().ProgramStateData }), "ModelRegistryInvalidModel"},
		{"program state not 312 bytes", [32]byte{1}, single(func(m *bindings.ModelRegistryModelInfo) { m.ProgramStateData = m.ProgramStateData[:311] }), "ModelRegistryInvalidModel"},
		{"program state exited", [32]byte{1}, single(func(m *bindings.ModelRegistryModelInfo) { m.ProgramStateData[78] = 1 }), "ModelRegistryInvalidModel"},
		{"program state faulted", [32]byte{1}, single(func(m *bindings.ModelRegistryModelInfo) { m.ProgramStateData[79] = 3 }), "ModelRegistryInvalidModel"},
		{"single-phase with a graph state", [32]byte{1}, single(func(m *bindings.ModelRegistryModelInfo) { m.GraphState = multi.GraphState }), "ModelRegistryInvalidModel"},
		{"single-phase with a nodes root", [32]byte{1}, single(func(m *bindings.ModelRegistryModelInfo) { m.NodesRoot = multi.NodesRoot }), "ModelRegistryInvalidModel"},
		{"single-phase with nodes", [32]byte{1}, single(func(m *bindings.ModelRegistryModelInfo) { m.NumNodes = 1 }), "ModelRegistryInvalidModel"},
		{"single-phase with tensors", [32]byte{1}, single(func(m *bindings.ModelRegistryModelInfo) { m.NumTensors = 1 }), "ModelRegistryInvalidModel"},
		{"executor state not 312 bytes", [32]byte{1}, multiWith(func(m *bindings.ModelRegistryModelInfo) { m.ExecutorStateData = append(m.ExecutorStateData, 0) }), "ModelRegistryInvalidModel"},
		{"executor state exited", [32]byte{1}, multiWith(func(m *bindings.ModelRegistryModelInfo) { m.ExecutorStateData[78] = 1 }), "ModelRegistryInvalidModel"},
		{"executor state faulted", [32]byte{1}, multiWith(func(m *bindings.ModelRegistryModelInfo) { m.ExecutorStateData[79] = 1 }), "ModelRegistryInvalidModel"},
		{"no nodes", [32]byte{1}, multiWith(func(m *bindings.ModelRegistryModelInfo) { m.NumNodes = 0 }), "ModelRegistryInvalidModel"},
		{"no nodes root", [32]byte{1}, multiWith(func(m *bindings.ModelRegistryModelInfo) { m.NodesRoot = [32]byte{} }), "ModelRegistryInvalidModel"},
		{"no graph state", [32]byte{1}, multiWith(func(m *bindings.ModelRegistryModelInfo) { m.GraphState = [32]byte{} }), "ModelRegistryInvalidModel"},
		{"input id out of range", [32]byte{1}, multiWith(func(m *bindings.ModelRegistryModelInfo) { m.InputId = 13 }), "ModelRegistryInvalidModel"},
		{"output id out of range", [32]byte{1}, multiWith(func(m *bindings.ModelRegistryModelInfo) { m.OutputId = 13 }), "ModelRegistryInvalidModel"},
		{"input is the output", [32]byte{1}, multiWith(func(m *bindings.ModelRegistryModelInfo) { m.OutputId = m.InputId }), "ModelRegistryInvalidModel"},
		{"multi-phase", [32]byte{5}, multi, ""},
		{"input and output of exactly a region", [32]byte{6}, single(func(m *bindings.ModelRegistryModelInfo) { m.InputSize, m.OutputSize = 1<<28, 1<<28 }), ""},
		{"multi-phase, the last tensors are input and output", [32]byte{7}, multiWith(func(m *bindings.ModelRegistryModelInfo) { m.InputId, m.OutputId = 12, 11 }), ""},
	} {
		_, err := e.call("register", 2, e.registry, nil, e.reg.PackRegister(tc.id, tc.info))
		switch {
		case tc.want == "" && err != nil:
			t.Errorf("%s: %v", tc.name, err)
		case tc.want != "" && (err == nil || !strings.HasPrefix(err.Error(), tc.want)):
			t.Errorf("%s: %v, want %s", tc.name, err, tc.want)
		}
	}
	if r := flowView(e, e.registry, e.reg.PackRegistered([32]byte{1}), e.reg.UnpackRegistered); r {
		t.Fatal("a rejected model is registered")
	}
	got = flowView(e, e.registry, e.reg.PackGetModel([32]byte{5}), e.reg.UnpackGetModel)
	if !reflect.DeepEqual(got, multi) {
		t.Fatalf("getModel(multi): %+v, want %+v", got, multi)
	}
	for _, c := range []struct {
		id     [32]byte
		phases uint8
	}{{mnistModel, 1}, {[32]byte{5}, 2}, {[32]byte{6}, 1}, {[32]byte{7}, 2}} {
		if p := flowView(e, e.registry, e.reg.PackPhases(c.id), e.reg.UnpackPhases); p != c.phases {
			t.Errorf("phases(%x) = %d, want %d", c.id[:1], p, c.phases)
		}
	}
	if io := flowView(e, e.registry, e.reg.PackIoSizes([32]byte{6}), e.reg.UnpackIoSizes); io.InputSize != 1<<28 || io.OutputSize != 1<<28 {
		t.Errorf("ioSizes: %+v", io)
	}
	for _, data := range [][]byte{e.reg.PackPhases([32]byte{1}), e.reg.PackIoSizes([32]byte{1}), e.reg.PackGetModel([32]byte{1})} {
		if _, err := e.client.CallContract(e.ctx, ethereum.CallMsg{To: &e.registry, Data: data}, nil); err == nil ||
			!strings.HasPrefix(flowRevert(err).Error(), "ModelRegistryNotRegistered") {
			t.Errorf("view of an unregistered model: %v, want NotRegistered", flowRevert(err))
		}
	}
	// The first registration is untouched by the rejected re-registration.
	if got := flowView(e, e.registry, e.reg.PackGetModel(mnistModel), e.reg.UnpackGetModel); !reflect.DeepEqual(got, mnistInfo()) {
		t.Fatal("the registered model changed")
	}
}

// TestOracleSubmitterWins: the challenger loses; its bond goes to the submitter, which then finalizes.
func TestOracleSubmitterWins(t *testing.T) {
	e := newFlowEnv(t)
	id := e.ask(flowMinFee, flowImage(3))
	e.mustSend("submit", 1, e.oracle, flowSubBond, e.ao.PackSubmit(id, flowDigit(2), flowClaim("two", 2)))
	e.mustSend("challenge", 2, e.oracle, flowChBond, e.ao.PackChallenge(id, flowDigit(3), flowClaim("three", 3)))
	e.checkLedger(flowSum(flowMinFee, flowSubBond, flowChBond), nil)
	op := flowView(e, e.game, e.fg.PackFakeOpened(big.NewInt(1)), e.fg.UnpackFakeOpened)
	if op.Asserter != e.addr(1) || op.Challenger != e.addr(2) || op.AsserterClaim != flowClaim("two", 2).Claim ||
		op.ChallengerClaim != flowClaim("three", 3).Claim || op.RequestId.Cmp(id) != 0 || op.Resolver != e.oracle {
		t.Fatalf("game opened with %+v", op)
	}
	e.advance(flowWindow + 5)
	e.mustSend("FakeGame.decide (→ resolved, asserter wins)", 0, e.game, nil, e.fg.PackDecide(big.NewInt(1), e.addr(1)))
	e.checkLedger(flowSum(flowMinFee, flowSubBond), map[int]*big.Int{1: flowChBond})
	if !e.finalizeDelivered(0, id) {
		t.Fatal("callback failed")
	}
	if a := e.answer(id); a.Digit != 2 || !a.Valid {
		t.Fatalf("answer %+v, want 2", a)
	}
	e.checkLedger(new(big.Int), map[int]*big.Int{1: flowSum(flowChBond, flowMinFee, flowSubBond)})
	e.withdrawAll()
}

// TestOracleChallengerWins: the challenger wins; its result replaces the submitter's with a new window, is
// challenged in turn (and survives), and is the one finalized and delivered.
func TestOracleChallengerWins(t *testing.T) {
	e := newFlowEnv(t)
	id := e.ask(flowMinFee, flowImage(4))
	e.mustSend("submit", 1, e.oracle, flowSubBond, e.ao.PackSubmit(id, flowDigit(8), flowClaim("eight", 8)))
	e.mustSend("challenge", 2, e.oracle, flowChBond, e.ao.PackChallenge(id, flowDigit(6), flowClaim("six", 6)))
	e.advance(flowWindow + 5) // the game outlasts the first window
	r := e.mustSend("FakeGame.decide (→ resolved, challenger wins, replaces)", 0, e.game, nil, e.fg.PackDecide(big.NewInt(1), e.addr(2)))
	var replaced *bindings.AIOracleResultReplaced
	for _, l := range r.Logs {
		if ev, err := e.ao.UnpackResultReplacedEvent(l); err == nil {
			replaced = ev
		}
	}
	if replaced == nil || replaced.Submitter != e.addr(2) || replaced.Claim != flowClaim("six", 6).Claim || replaced.Round != 1 {
		t.Fatalf("ResultReplaced event %+v", replaced)
	}
	head, err := e.client.HeaderByNumber(e.ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if replaced.WindowEnd != head.Time+flowWindow {
		t.Fatalf("new window ends at %d, want block time %d + %d", replaced.WindowEnd, head.Time, flowWindow)
	}
	// The submitter's bond went to the challenger; the challenger's bond now backs the replacement result.
	e.checkLedger(flowSum(flowMinFee, flowChBond), map[int]*big.Int{2: flowSubBond})
	e.wantRevert("finalize inside the new window", 0, e.oracle, nil, e.ao.PackFinalize(id), "AIOracleChallengeWindowOpen")

	// The replacement can itself be challenged; here the new challenger (3) loses against it.
	e.mustSend("challenge", 3, e.oracle, flowChBond, e.ao.PackChallenge(id, flowDigit(8), flowClaim("eight", 8)))
	if g := flowView(e, e.game, e.fg.PackFakeOpened(big.NewInt(2)), e.fg.UnpackFakeOpened); g.Asserter != e.addr(2) {
		t.Fatalf("second game's asserter %v, want the replacement's submitter %v", g.Asserter, e.addr(2))
	}
	e.mustSend("FakeGame.decide (→ resolved, asserter wins)", 0, e.game, nil, e.fg.PackDecide(big.NewInt(2), e.addr(2)))
	e.advance(flowWindow + 5)
	if !e.finalizeDelivered(1, id) {
		t.Fatal("callback failed")
	}
	if a := e.answer(id); a.Digit != 6 || !a.Valid {
		t.Fatalf("answer %+v, want the challenger's 6", a)
	}
	e.checkLedger(new(big.Int), map[int]*big.Int{2: flowSum(flowSubBond, flowChBond, flowMinFee, flowChBond)})
	e.withdrawAll()
}

// TestOracleTwoChallengers: two games against one result. The first challenger to win takes the submitter's
// bond and replaces the result; the other game, now against a replaced result, is settled on its own bond.
func TestOracleTwoChallengers(t *testing.T) {
	for _, tc := range []struct {
		name         string
		secondWinner int // who wins game 2 (against the replaced result): 1 (old submitter) or 3 (challenger)
	}{{"second game won by the old submitter", 1}, {"second game won by its challenger", 3}} {
		t.Run(tc.name, func(t *testing.T) {
			e := newFlowEnv(t)
			id := e.ask(flowMinFee, flowImage(5))
			e.mustSend("submit", 1, e.oracle, flowSubBond, e.ao.PackSubmit(id, flowDigit(0), flowClaim("zero", 0)))
			e.mustSend("challenge", 2, e.oracle, flowChBond, e.ao.PackChallenge(id, flowDigit(5), flowClaim("five", 5)))
			e.mustSend("challenge", 3, e.oracle, flowChBond, e.ao.PackChallenge(id, flowDigit(9), flowClaim("nine", 9)))
			if r := e.request(id); r.OpenGames != 2 {
				t.Fatalf("open games %d, want 2", r.OpenGames)
			}
			e.checkLedger(flowSum(flowMinFee, flowSubBond, flowChBond, flowChBond), nil)
			e.mustSend("FakeGame.decide (→ resolved, challenger wins, replaces)", 0, e.game, nil, e.fg.PackDecide(big.NewInt(1), e.addr(2)))
			e.checkLedger(flowSum(flowMinFee, flowChBond, flowChBond), map[int]*big.Int{2: flowSubBond})
			if r := e.request(id); r.OpenGames != 0 || r.Submitter != e.addr(2) || r.Round != 1 {
				t.Fatalf("after replacement: %+v", r)
			}
			e.mustSend("FakeGame.decide (→ resolved, stale game)", 0, e.game, nil, e.fg.PackDecide(big.NewInt(2), e.addr(tc.secondWinner)))
			want := map[int]*big.Int{2: flowSubBond}
			want[tc.secondWinner] = flowChBond // either the old submitter wins 3's bond or 3 gets it back
			e.checkLedger(flowSum(flowMinFee, flowChBond), want)
			if r := e.request(id); r.Submitter != e.addr(2) || r.Claim != flowClaim("five", 5).Claim {
				t.Fatalf("a game against a replaced result changed the result: %+v", r)
			}
			e.advance(flowWindow + 5)
			if !e.finalizeDelivered(0, id) {
				t.Fatal("callback failed")
			}
			if a := e.answer(id); a.Digit != 5 {
				t.Fatalf("answer %+v, want 5", a)
			}
			want[2] = flowSum(flowSubBond, flowMinFee, flowChBond)
			e.checkLedger(new(big.Int), want)
			e.withdrawAll()
		})
	}
}

// TestOracleFailingCallbacks: a reverting callback and one that runs out of gas do not block finalization;
// the submitter is paid either way and Delivered reports the failure.
func TestOracleFailingCallbacks(t *testing.T) {
	e := newFlowEnv(t)
	// A DigitConsumer bound to another oracle: its onResult reverts (OnlyOracle) when this oracle calls it.
	stranger := e.deploy("DigitConsumer", bindings.DigitConsumerMetaData.Bin, e.dc.PackConstructor(e.addr(3), mnistModel))
	sel := [4]byte(crypto.Keccak256([]byte("onResult(uint256,bytes)"))[:4])
	for _, tc := range []struct {
		name     string
		callback common.Address
		gas      uint64
		wantOK   bool
	}{
		{"reverting callback", stranger, 200_000, false},
		{"callback out of gas", e.consumer, 5_000, false},
		{"working callback", e.consumer, 200_000, true},
	} {
		before := e.owed(1)
		r := e.mustSend("requestCallback", 0, e.oracle, flowMinFee,
			e.ao.PackRequestCallback(mnistModel, flowImage(6), tc.callback, sel, tc.gas))
		var id *big.Int
		for _, l := range r.Logs {
			if ev, err := e.ao.UnpackRequestedEvent(l); err == nil {
				id = ev.RequestId
			}
		}
		e.mustSend("submit", 1, e.oracle, flowSubBond, e.ao.PackSubmit(id, flowDigit(3), flowClaim("three", 3)))
		e.advance(flowWindow + 5)
		label := "finalize"
		if !tc.wantOK {
			label = "finalize (" + tc.name + ")"
		}
		fr := e.mustSend(label, 2, e.oracle, nil, e.ao.PackFinalize(id))
		var ok, seen bool
		for _, l := range fr.Logs {
			if ev, err := e.ao.UnpackDeliveredEvent(l); err == nil {
				ok, seen = ev.Success, true
			}
		}
		if !seen || ok != tc.wantOK {
			t.Fatalf("%s: Delivered seen %v success %v, want success %v", tc.name, seen, ok, tc.wantOK)
		}
		if req := e.request(id); req.Status != 3 || req.Delivered != tc.wantOK {
			t.Fatalf("%s: request %+v", tc.name, req)
		}
		if got := new(big.Int).Sub(e.owed(1), before); got.Cmp(flowSum(flowMinFee, flowSubBond)) != 0 {
			t.Fatalf("%s: submitter credited %v, want fee + bond", tc.name, got)
		}
		delivered := e.answer(id).Delivered
		if delivered != (tc.wantOK && tc.callback == e.consumer) {
			t.Fatalf("%s: consumer has the answer: %v", tc.name, delivered)
		}
	}
	// A finalizer that gives finalize too little gas for the callback's limit is refused, not recorded as a
	// failed delivery.
	r := e.mustSend("requestCallback", 0, e.oracle, flowMinFee,
		e.ao.PackRequestCallback(mnistModel, flowImage(7), e.consumer, sel, 2_000_000))
	var reqID *big.Int
	for _, l := range r.Logs {
		if ev, err := e.ao.UnpackRequestedEvent(l); err == nil {
			reqID = ev.RequestId
		}
	}
	e.mustSend("submit", 1, e.oracle, flowSubBond, e.ao.PackSubmit(reqID, flowDigit(3), flowClaim("three", 3)))
	e.advance(flowWindow + 5)
	data := e.ao.PackFinalize(reqID)
	_, err := e.client.EstimateGas(e.ctx, ethereum.CallMsg{From: e.addr(2), To: &e.oracle, Data: data, Gas: 1_000_000})
	if err == nil || !strings.HasPrefix(flowRevert(err).Error(), "AIOracleNotEnoughGasForCallback") {
		t.Fatalf("finalize with 1M gas for a 2M callback: %v, want NotEnoughGasForCallback", flowRevert(err))
	}
	if !e.finalizeDelivered(2, reqID) {
		t.Fatal("finalize with enough gas: callback failed")
	}
	e.withdrawAll()
}

// TestOracleGameStart: setGameStart hands the game the registered state with the request's input inserted,
// computed here independently.
func TestOracleGameStart(t *testing.T) {
	e := newFlowEnv(t)
	img := flowImage(9)
	id := e.ask(flowMinFee, img)
	sibs := flowSiblings()
	other := flowImage(10)
	e.wantRevert("start with another input", 2, e.oracle, nil, e.ao.PackSetGameStart(id, other, sibs), "AIOracleWrongInput")
	bad := flowSiblings()
	bad[7][0] ^= 1
	e.wantRevert("start with a wrong sibling", 2, e.oracle, nil, e.ao.PackSetGameStart(id, img, bad), "AIOracleInputNotEmpty")
	e.wantRevert("start with a sibling short", 2, e.oracle, nil, e.ao.PackSetGameStart(id, img, sibs[1:]), "AIOracleInvalidRegion")
	r := e.mustSend("setGameStart", 2, e.oracle, nil, e.ao.PackSetGameStart(id, img, sibs))
	want := flowStartState(img)
	if want == flowStateHash(mnistInfo().ProgramStateData) {
		t.Fatal("the start state does not depend on the input")
	}
	var ev *bindings.AIOracleGameStartSet
	for _, l := range r.Logs {
		if x, err := e.ao.UnpackGameStartSetEvent(l); err == nil {
			ev = x
		}
	}
	if ev == nil || ev.Start != want || ev.Positions != 1<<32 || ev.Phases != 1 {
		t.Fatalf("GameStartSet %+v, want start %x over 2^32 steps", ev, want)
	}
	st := flowView(e, e.game, e.fg.PackFakeStarts(e.oracle, id), e.fg.UnpackFakeStarts)
	if st.State != want || st.Steps != 1<<32 {
		t.Fatalf("the game got start %x / %d steps, want %x / 2^32", st.State, st.Steps, want)
	}
	e.wantRevert("start twice", 2, e.oracle, nil, e.ao.PackSetGameStart(id, img, sibs), "AIOracleStartAlreadySet")
}

// TestOracleWithDisputeGame runs the oracle with the real DisputeGame (on a real MIPS verifier): a challenge
// opens a bisection game from the start state the oracle computed; the submitter never dissects, its clock runs
// out, the challenger wins by timeout and its result replaces the submitter's and is finalized.
func TestOracleWithDisputeGame(t *testing.T) {
	e := newFlowEnv(t)
	const clock = 60
	preimages := e.deploy("PreimageOracle", bindings.PreimageOracleMetaData.Bin, nil)
	mips := e.deploy("MIPS", bindings.MIPSMetaData.Bin, bindings.NewMIPS().PackConstructor(preimages))
	dg := bindings.NewDisputeGame()
	e.game = e.deploy("DisputeGame", bindings.DisputeGameMetaData.Bin, dg.PackConstructor(mips, e.registry, big.NewInt(3), clock))
	e.oracle = e.deploy("AIOracle", bindings.AIOracleMetaData.Bin, e.ao.PackConstructor(e.registry, e.game, flowMinFee,
		flowSubBond, flowChBond, flowWindow, flowSubmission))
	e.consumer = e.deploy("DigitConsumer", bindings.DigitConsumerMetaData.Bin, e.dc.PackConstructor(e.oracle, mnistModel))

	img := flowImage(11)
	id := e.ask(flowMinFee, img)
	e.mustSend("submit", 1, e.oracle, flowSubBond, e.ao.PackSubmit(id, flowDigit(1), flowClaim("one", 1)))
	e.wantRevert("challenge before the start is set", 2, e.oracle, flowChBond,
		e.ao.PackChallenge(id, flowDigit(7), flowClaim("seven", 7)), "DisputeGameNoStart")
	e.mustSend("setGameStart", 2, e.oracle, nil, e.ao.PackSetGameStart(id, img, flowSiblings()))
	r := e.mustSend("challenge (→ DisputeGame.open)", 2, e.oracle, flowChBond, e.ao.PackChallenge(id, flowDigit(7), flowClaim("seven", 7)))
	var gameID *big.Int
	for _, l := range r.Logs {
		if ev, err := e.ao.UnpackChallengedEvent(l); err == nil {
			gameID = ev.GameId
		}
	}
	g := flowView(e, e.game, dg.PackGame(gameID), dg.UnpackGame)
	if g.Resolver != e.oracle || g.Asserter != e.addr(1) || g.Challenger != e.addr(2) || g.RequestId.Cmp(id) != 0 || g.Phase != 1 {
		t.Fatalf("DisputeGame game %v: %+v", gameID, g)
	}
	lvl := flowView(e, e.game, dg.PackLevel(gameID), dg.UnpackLevel)
	if lvl.LoValue != flowStartState(img) || lvl.HiValue != flowClaim("one", 1).Claim || lvl.Lo != 0 || lvl.Hi != 1<<32 {
		t.Fatalf("DisputeGame level %+v", lvl)
	}
	e.wantRevert("timeout while the clock runs", 3, e.game, nil, dg.PackTimeout(gameID), "DisputeGameClockRunning")
	e.advance(clock + 2)
	e.mustSend("DisputeGame.timeout (→ resolved, challenger wins, replaces)", 3, e.game, nil, dg.PackTimeout(gameID))
	req := e.request(id)
	if req.Submitter != e.addr(2) || req.Claim != flowClaim("seven", 7).Claim || req.Round != 1 || req.OpenGames != 0 {
		t.Fatalf("after the challenger won: %+v", req)
	}
	e.checkLedger(flowSum(flowMinFee, flowChBond), map[int]*big.Int{2: flowSubBond})
	e.advance(flowWindow + 5)
	if !e.finalizeDelivered(0, id) {
		t.Fatal("callback failed")
	}
	if a := e.answer(id); a.Digit != 7 || !a.Valid {
		t.Fatalf("answer %+v, want the challenger's 7", a)
	}
	e.checkLedger(new(big.Int), map[int]*big.Int{2: flowSum(flowSubBond, flowMinFee, flowChBond)})
	e.withdrawAll()
}

// TestOracleGasReport logs the gas of every call the flow tests made (run with -v after them).
func TestOracleGasReport(t *testing.T) {
	flowGas.mu.Lock()
	defer flowGas.mu.Unlock()
	if len(flowGas.used) == 0 {
		t.Skip("no flow test ran before this one")
	}
	labels := make([]string, 0, len(flowGas.used))
	for l := range flowGas.used {
		labels = append(labels, l)
	}
	sort.Strings(labels)
	for _, l := range labels {
		g := flowGas.used[l]
		lo, hi := g[0], g[0]
		for _, x := range g {
			lo, hi = min(lo, x), max(hi, x)
		}
		t.Logf("%-60s n=%-3d gas %d..%d", l, len(g), lo, hi)
	}
}
