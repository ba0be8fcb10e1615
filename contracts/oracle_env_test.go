package contracts_test

import (
	"fmt"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/tracing"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm/runtime"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/opml-dev/opml/contracts"
	"github.com/opml-dev/opml/contracts/bindings"
)

// The oracle's tests run ModelRegistry, AIOracle and the dApps on go-ethereum's EVM in process, with FakeGame
// (a test double whose winners the test names) or the real DisputeGame: every call is one transaction at a
// block time the test sets, and no gas is charged in ether, so an account's balance moves exactly by the wei
// the contracts move, and every wei can be checked.

const (
	oeWindow     = 300 // seconds: the challenge window
	oeSubmission = 3600
	oeClock      = 300 // FakeGame's clock, hence the backing window
	oeCallback   = 200_000
)

var (
	oeMinFee    = big.NewInt(1_000_000_007) // odd amounts: a mix-up of fee and bond shows in the sums
	oeGasPrice  = big.NewInt(3)             // wei per gas of callback
	oeBond      = big.NewInt(5_000_000_000_003)
	oeFunding   = new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(1e18))
	oeDeployer  = common.HexToAddress("0x000000000000000000000000000000000000d001")
	oeStartTime = uint64(1_700_000_000)
)

// aiEnv is the oracle's contracts on an in-process EVM.
type aiEnv struct {
	t        testing.TB
	cfg      *runtime.Config
	registry common.Address
	game     common.Address // FakeGame
	oracle   common.Address
	consumer common.Address // DigitConsumer asking model
	model    *big.Int       // fxSingleInfo("mnist", 4), registered
	reg      *bindings.ModelRegistry
	fg       *bindings.FakeGame
	ao       *bindings.AIOracle
	dc       *bindings.DigitConsumer
	logs     []*types.Log // of the last successful call
	funded   map[common.Address]bool
}

func newAIEnv(t testing.TB) *aiEnv {
	t.Helper()
	db, err := state.New(types.EmptyRootHash, state.NewDatabaseForTesting())
	if err != nil {
		t.Fatal(err)
	}
	e := &aiEnv{t: t, reg: bindings.NewModelRegistry(), fg: bindings.NewFakeGame(), ao: bindings.NewAIOracle(),
		dc: bindings.NewDigitConsumer(), funded: map[common.Address]bool{},
		cfg: &runtime.Config{State: db, Origin: oeDeployer, GasLimit: 30_000_000, Time: oeStartTime, BlockNumber: big.NewInt(1)}}
	e.registry = e.deploy(bindings.ModelRegistryMetaData.Bin, nil)
	e.game = e.deploy(bindings.FakeGameMetaData.Bin, nil)
	e.oracle = e.deploy(bindings.AIOracleMetaData.Bin, e.ao.PackConstructor(e.registry, e.game, oeMinFee, oeGasPrice, oeBond,
		oeWindow, oeSubmission))
	e.model = e.register(fxSingleInfo("mnist", 4))
	e.consumer = e.deploy(bindings.DigitConsumerMetaData.Bin, e.dc.PackConstructor(e.oracle, e.model))
	return e
}

func (e *aiEnv) deploy(bin string, args []byte) common.Address {
	e.t.Helper()
	e.cfg.Origin, e.cfg.Value = oeDeployer, nil
	_, addr, _, err := runtime.Create(append(common.FromHex(bin), args...), e.cfg)
	if err != nil {
		e.t.Fatalf("deploy: %v", err)
	}
	return addr
}

// acct is the address of the party called name, funded with oeFunding the first time.
func (e *aiEnv) acct(name string) common.Address {
	a := common.BytesToAddress(crypto.Keccak256([]byte("opml test account " + name)))
	if !e.funded[a] {
		e.cfg.State.AddBalance(a, uint256.MustFromBig(oeFunding), tracing.BalanceChangeUnspecified)
		e.funded[a] = true
	}
	return a
}

// net is what account has gained (negative: lost) since it was funded.
func (e *aiEnv) net(a common.Address) *big.Int {
	return new(big.Int).Sub(e.cfg.State.GetBalance(a).ToBig(), oeFunding)
}

// oeRevert is a call that reverted, with its custom error decoded.
type oeRevert struct{ reason string }

func (r *oeRevert) Error() string { return r.reason }

// call executes data from `from` with value at the current block time, with gas gas (0: the default).
func (e *aiEnv) callGas(from, to common.Address, value *big.Int, data []byte, gas uint64) ([]byte, uint64, error) {
	e.cfg.Origin, e.cfg.Value = from, value
	if value == nil {
		e.cfg.Value = new(big.Int)
	}
	limit := e.cfg.GasLimit
	if gas != 0 {
		e.cfg.GasLimit = gas
	}
	before := len(e.cfg.State.GetLogs(common.Hash{}, 0, common.Hash{}, 0))
	ret, left, err := runtime.Call(to, data, e.cfg)
	used := e.cfg.GasLimit - left
	e.cfg.GasLimit = limit
	if err != nil {
		return ret, used, &oeRevert{reason: decodeRevert(ret) + " (" + err.Error() + ")"}
	}
	e.logs = e.cfg.State.GetLogs(common.Hash{}, 0, common.Hash{}, 0)[before:]
	return ret, used, nil
}

func (e *aiEnv) call(from, to common.Address, value *big.Int, data []byte) ([]byte, error) {
	ret, _, err := e.callGas(from, to, value, data, 0)
	return ret, err
}

func (e *aiEnv) must(what string, from, to common.Address, value *big.Int, data []byte) []byte {
	e.t.Helper()
	ret, err := e.call(from, to, value, data)
	if err != nil {
		e.t.Fatalf("%s: %v", what, err)
	}
	return ret
}

// wantRevert sends a call that must revert with the custom error want (its name without the contract's
// prefix, e.g. "BadReveal") and a reason containing each of the given strings.
func (e *aiEnv) wantRevert(what string, from, to common.Address, value *big.Int, data []byte, want string, reasons ...string) {
	e.t.Helper()
	_, err := e.call(from, to, value, data)
	if err == nil {
		e.t.Fatalf("%s: succeeded, want revert %s", what, want)
	}
	if !strings.HasPrefix(err.Error(), want+"(") {
		e.t.Fatalf("%s: %v, want revert %s", what, err, want)
	}
	for _, r := range reasons {
		if !strings.Contains(err.Error(), r) {
			e.t.Fatalf("%s: %v, want a reason with %q", what, err, r)
		}
	}
}

// decodeRevert names the custom error in revert data (contracts.RevertReason: Name(field=value, ...)), the
// example and test dApps' errors included.
func decodeRevert(data []byte) string {
	if reason, err := abi.UnpackRevert(data); err == nil {
		return reason
	}
	if len(data) < 4 {
		return fmt.Sprintf("no reason given (%#x)", data)
	}
	for _, d := range []struct {
		prefix string
		unpack func([]byte) (any, error)
	}{{"PromptBoard", bindings.NewPromptBoard().UnpackError}, {"GasBurner", bindings.NewGasBurner().UnpackError}} {
		if v, err := d.unpack(data); err == nil && v != nil {
			name := fmt.Sprintf("%T", v)
			name = name[strings.LastIndex(name, ".")+1:]
			fields := strings.TrimSuffix(strings.TrimPrefix(fmt.Sprintf("%+v", v), "&{"), "}")
			return strings.TrimPrefix(name, d.prefix) + "(" + fields + ")"
		}
	}
	return contracts.RevertReason(data)
}

func oeView[T any](e *aiEnv, to common.Address, data []byte, unpack func([]byte) (T, error)) T {
	e.t.Helper()
	logs := e.logs // a view keeps the events of the last transaction
	defer func() { e.logs = logs }()
	ret, err := e.call(oeDeployer, to, nil, data)
	if err != nil {
		e.t.Fatalf("view: %v", err)
	}
	v, err := unpack(ret)
	if err != nil {
		e.t.Fatal(err)
	}
	return v
}

// register registers info and returns its id, checked against contracts.ModelID.
func (e *aiEnv) register(info bindings.ModelRegistryModelInfo) *big.Int {
	e.t.Helper()
	ret := e.must("register", oeDeployer, e.registry, nil, e.reg.PackRegister(info))
	id, err := e.reg.UnpackRegister(ret)
	if err != nil {
		e.t.Fatal(err)
	}
	if want := contracts.ModelID(contracts.GameModelInfo(info)); id.Cmp(want) != 0 {
		e.t.Fatalf("the registry gave id %x, contracts.ModelID computes %x", id, want)
	}
	return id
}

func (e *aiEnv) advance(seconds uint64) { e.cfg.Time += seconds }

// fee is the fee of a request of model with a callback of oeCallback gas.
func (e *aiEnv) fee() *big.Int {
	return new(big.Int).Add(oeMinFee, new(big.Int).Mul(oeGasPrice, big.NewInt(oeCallback)))
}

// ask has user ask the DigitConsumer about an image, paying the fee, and returns the request id.
func (e *aiEnv) ask(user string, img []byte) *big.Int {
	e.t.Helper()
	ret := e.must("ask", e.acct(user), e.consumer, e.fee(), e.dc.PackAsk(img))
	id, err := e.dc.UnpackAsk(ret)
	if err != nil {
		e.t.Fatal(err)
	}
	return id
}

// askModel has user ask model directly (no callback) and returns the request id.
func (e *aiEnv) askModel(user string, model *big.Int, input []byte) *big.Int {
	e.t.Helper()
	ret := e.must("requestCallback", e.acct(user), e.oracle, oeMinFee, e.ao.PackRequestCallback(model, input, common.Address{}, 0, []byte{}))
	id, err := e.ao.UnpackRequestCallback(ret)
	if err != nil {
		e.t.Fatal(err)
	}
	return id
}

// salt is who's secret for an entry.
func oeSalt(who string) [32]byte { return crypto.Keccak256Hash([]byte("salt of " + who)) }

// commit has who commit to an entry (output, claim) of request id.
func (e *aiEnv) commit(who string, id *big.Int, output []byte, c bindings.OracleEntriesClaimProof) {
	e.t.Helper()
	cm := contracts.Commitment(id, e.acct(who), output, c.Claim, oeSalt(who))
	if onChain := oeView(e, e.oracle, e.ao.PackCommitmentOf(id, e.acct(who), output, c.Claim, oeSalt(who)), e.ao.UnpackCommitmentOf); onChain != cm {
		e.t.Fatalf("commitmentOf %x, contracts.Commitment %x", onChain, cm)
	}
	e.must(who+" commits", e.acct(who), e.oracle, nil, e.ao.PackCommit(id, cm))
}

// reveal has who reveal its committed entry with the bond and returns the entry's index.
func (e *aiEnv) reveal(who string, id *big.Int, output []byte, c bindings.OracleEntriesClaimProof) uint32 {
	e.t.Helper()
	ret := e.must(who+" reveals", e.acct(who), e.oracle, oeBond, e.ao.PackReveal(id, output, c, oeSalt(who), 0))
	i, err := e.ao.UnpackReveal(ret)
	if err != nil {
		e.t.Fatal(err)
	}
	return i
}

// post is commit then reveal.
func (e *aiEnv) post(who string, id *big.Int, output []byte, c bindings.OracleEntriesClaimProof) uint32 {
	e.t.Helper()
	e.commit(who, id, output, c)
	return e.reveal(who, id, output, c)
}

// setStart sets request id's game start (the input of fxSingleInfo("mnist") requests).
func (e *aiEnv) setStart(id *big.Int, input []byte) {
	e.t.Helper()
	e.must("setGameStart", e.acct("bystander"), e.oracle, nil, e.ao.PackSetGameStart(id, input, fxSiblings("mnist")))
}

// dispute pairs entries a and b of request id and returns the game id.
func (e *aiEnv) dispute(by string, id *big.Int, a, b uint32) *big.Int {
	e.t.Helper()
	ret := e.must("dispute", e.acct(by), e.oracle, nil, e.ao.PackDispute(id, a, b))
	g, err := e.ao.UnpackDispute(ret)
	if err != nil {
		e.t.Fatal(err)
	}
	return g
}

// decide ends FakeGame game g with winner who.
func (e *aiEnv) decide(g *big.Int, who string) {
	e.t.Helper()
	e.must("decide", e.acct("bystander"), e.game, nil, e.fg.PackDecide(g, e.acct(who)))
}

func (e *aiEnv) request(id *big.Int) bindings.OracleEntriesRequest {
	return oeView(e, e.oracle, e.ao.PackGetRequest(id), e.ao.UnpackGetRequest)
}

func (e *aiEnv) entries(id *big.Int) []bindings.OracleEntriesEntry {
	return oeView(e, e.oracle, e.ao.PackGetEntries(id), e.ao.UnpackGetEntries)
}

func (e *aiEnv) owed(a common.Address) *big.Int {
	return oeView(e, e.oracle, e.ao.PackOwed(a), e.ao.UnpackOwed)
}

// finalize finalizes request id with claim and output.
func (e *aiEnv) finalize(id *big.Int, claim [32]byte, output []byte) {
	e.t.Helper()
	e.must("finalize", e.acct("bystander"), e.oracle, nil, e.ao.PackFinalize(id, claim, output))
}

// checkLedger checks the oracle's books: its balance is what it holds locked, owes and has burned, and what it
// owes is the sum of what each account is owed.
func (e *aiEnv) checkLedger(accounts ...common.Address) *contracts.Ledger {
	e.t.Helper()
	l := &contracts.Ledger{
		Locked:    oeView(e, e.oracle, e.ao.PackLocked(), e.ao.UnpackLocked),
		OwedTotal: oeView(e, e.oracle, e.ao.PackOwedTotal(), e.ao.UnpackOwedTotal),
		Burned:    oeView(e, e.oracle, e.ao.PackBurned(), e.ao.UnpackBurned),
	}
	held := new(big.Int).Add(new(big.Int).Add(l.Locked, l.OwedTotal), l.Burned)
	if bal := e.cfg.State.GetBalance(e.oracle).ToBig(); bal.Cmp(held) != 0 {
		e.t.Fatalf("oracle balance %v != locked %v + owed %v + burned %v", bal, l.Locked, l.OwedTotal, l.Burned)
	}
	if accounts != nil {
		sum := new(big.Int)
		for _, a := range accounts {
			sum.Add(sum, e.owed(a))
		}
		if sum.Cmp(l.OwedTotal) != 0 {
			e.t.Fatalf("owedTotal %v, but the accounts are owed %v", l.OwedTotal, sum)
		}
	}
	return l
}

// withdraw has each account take what it is owed.
func (e *aiEnv) withdraw(accounts ...common.Address) {
	e.t.Helper()
	for _, a := range accounts {
		if e.owed(a).Sign() == 0 {
			continue
		}
		if _, err := e.call(a, e.oracle, nil, e.ao.PackWithdraw()); err != nil {
			e.t.Fatalf("withdraw: %v", err)
		}
	}
}

// event finds the first event of the last call that unpack decodes.
func oeEvent[T any](e *aiEnv, unpack func(*types.Log) (*T, error)) *T {
	for _, l := range e.logs {
		if ev, err := unpack(l); err == nil {
			return ev
		}
	}
	return nil
}

func sum(xs ...*big.Int) *big.Int {
	s := new(big.Int)
	for _, x := range xs {
		s.Add(s, x)
	}
	return s
}

func neg(x *big.Int) *big.Int { return new(big.Int).Neg(x) }

// pct is x·p/100, rounded down, as the oracle computes shares.
func pct(x *big.Int, p int64) *big.Int {
	return new(big.Int).Div(new(big.Int).Mul(x, big.NewInt(p)), big.NewInt(100))
}
