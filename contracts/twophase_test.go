package contracts_test

import (
	"bytes"
	"fmt"
	"math/big"
	"math/bits"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/tracing"
	"github.com/holiman/uint256"

	"github.com/opml-dev/opml/contracts"
	"github.com/opml-dev/opml/contracts/bindings"
	"github.com/opml-dev/opml/game"
	"github.com/opml-dev/opml/graph"
	"github.com/opml-dev/opml/models/executor/host"
	"github.com/opml-dev/opml/models/mnist"
	"github.com/opml-dev/opml/tensor"
)

// The tests of the multi-phase game with a real model: the shipped int8 MNIST graph registered multi-phase on
// the shipped executor image (game.MultiPhaseModel), requested, submitted, started (setGameStart) and challenged
// through the real AIOracle, and played on go-ethereum's EVM in process by parties from package game
// (game.Computation, honest or lying): the graph level down to one node, the asserter's phase handoff into that
// node's VM level (its start state computed on chain), the VM level down to one step, and MIPS.step on it. The
// contract's start of the VM level is checked against the Go VM's own start state of the node
// (host.NodeEmulator), and every handoff, honest or forged, against game.VerifyHandoff.

// twoPhaseModel is the model every test here plays, built once.
type twoPhaseModel struct {
	exe    *host.Image
	g      *graph.Graph
	info   *game.ModelInfo
	input  []byte
	honest *game.Computation // shared: its VM runs are cached
	// values and commits are the honest value of every tensor on input, and their commitments, by id.
	values  []*tensor.Tensor
	commits []game.Hash
}

var twoPhase = sync.OnceValues(func() (*twoPhaseModel, error) { return newTwoPhaseModel(0) })

// newTwoPhaseModel builds the model registered with its nodes tiled under tileSteps (0: game.DefaultTileSteps).
func newTwoPhaseModel(tileSteps uint64) (*twoPhaseModel, error) {
	q, err := mnist.ShippedInt8()
	if err != nil {
		return nil, err
	}
	gm, err := q.Graph()
	if err != nil {
		return nil, err
	}
	m := &twoPhaseModel{exe: host.Shipped(), g: gm.Graph, input: twoPhaseImage()}
	if m.info, err = game.TiledMultiPhaseModel(m.exe, m.g, nil, tileSteps); err != nil {
		return nil, err
	}
	if m.honest, err = game.NewComputation(m.exe, m.g, m.info, m.input, nil); err != nil {
		return nil, err
	}
	in, err := gm.Input(m.input)
	if err != nil {
		return nil, err
	}
	if m.values, err = graph.Run(m.g, in); err != nil {
		return nil, err
	}
	m.commits = graph.Commitments(m.values)
	return m, nil
}

// twoPhaseImage is a 28×28 image of a stroke like a 7: a bar along row 6 and a diagonal down to the left.
func twoPhaseImage() []byte {
	img := make([]byte, mnist.Pixels)
	for x := 6; x < 22; x++ {
		img[6*28+x], img[7*28+x] = 255, 200
	}
	for y := 8; y < 24; y++ {
		x := 21 - (y-8)/2
		img[y*28+x], img[y*28+x-1] = 255, 180
	}
	return img
}

func loadTwoPhase(t *testing.T) *twoPhaseModel {
	t.Helper()
	if testing.Short() {
		t.Skip("runs the executor in the VM")
	}
	m, err := twoPhase()
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// liarAt is a party that corrupts node k's output (and, if that leaves the digit unchanged, the digit too); its
// values in node k's VM run are wrong from step `step` on (0: only the end state is wrong).
func (m *twoPhaseModel) liarAt(t *testing.T, k int, step uint64) *game.Computation {
	t.Helper()
	c, err := game.NewComputation(m.exe, m.g, m.info, m.input, &game.Lie{Node: k, Step: step, Output: true})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

var (
	tpFee  = big.NewInt(1_000_000_007)
	tpBond = big.NewInt(5_000_000_000_003)
)

// tpEnv is gameEVM with the oracle: ModelRegistry, DisputeGame (reading that registry) and AIOracle deployed,
// the parties funded, the model registered.
type tpEnv struct {
	*gameEVM
	m      *twoPhaseModel
	model  *big.Int // the model's id
	oracle common.Address
	ao     *bindings.AIOracle
	reg    *bindings.ModelRegistry
	stats  *tpStats
}

// tpStats is the gas of one two-phase game: setGameStart, the challenge that opens the game, each level's
// moves, the handoff and the step.
type tpStats struct {
	start   moveGas // setGameStart
	open    moveGas
	graph   gameStats
	handoff moveGas
	vm      gameStats
	step    moveGas
}

func newTPEnv(t *testing.T, m *twoPhaseModel, k int) *tpEnv {
	t.Helper()
	e := &tpEnv{gameEVM: newGameEVM(t, k), m: m, ao: bindings.NewAIOracle(), reg: bindings.NewModelRegistry(), stats: &tpStats{}}
	// A whole game takes about 40 moves a side at k = 1: short moves keep it inside the 300 s clocks.
	e.asserterDelay, e.challengerDelay = 3, 2
	e.oracle = e.deploy(t, bindings.AIOracleMetaData.Bin, e.ao.PackConstructor(e.registry, e.game, tpFee, big.NewInt(0), tpBond, 300, 3600))
	for _, a := range []common.Address{asserterAddr, challengAddr, bystander} {
		e.cfg.State.AddBalance(a, uint256.NewInt(1e18), tracing.BalanceChangeUnspecified)
	}
	e.model = e.register(t, m.info)
	return e
}

func tpInfo(info *game.ModelInfo) bindings.ModelRegistryModelInfo { return contracts.ModelInfo(info) }

func (e *tpEnv) register(t *testing.T, info *game.ModelInfo) *big.Int {
	t.Helper()
	ret, _, err := e.send(bystander, e.registry, e.reg.PackRegister(contracts.ModelInfo(info)))
	if err != nil {
		t.Fatalf("register: %v", err)
	}
	id, err := e.reg.UnpackRegister(ret)
	if err != nil {
		t.Fatal(err)
	}
	if id.Cmp(contracts.ModelID(info)) != 0 {
		t.Fatalf("registered as %x, contracts.ModelID gives %x", id, contracts.ModelID(info))
	}
	return id
}

// sendValue is send with msg.value.
func (e *tpEnv) sendValue(from, to common.Address, value *big.Int, calldata []byte) ([]byte, moveGas, error) {
	e.cfg.Value = value
	defer func() { e.cfg.Value = nil }()
	return e.send(from, to, calldata)
}

func tpClaim(c *game.ClaimProof) bindings.OracleEntriesClaimProof { return contracts.ClaimProof(c) }

// party is what the oracle sees of a party: the output it posts and its claim.
type party interface {
	Output() []byte
	Claim() (*game.ClaimProof, error)
}

// fixedClaim is a party with a given output and claim.
type fixedClaim struct {
	output []byte
	claim  *game.ClaimProof
}

func (f *fixedClaim) Output() []byte                   { return f.output }
func (f *fixedClaim) Claim() (*game.ClaimProof, error) { return f.claim, nil }

func (e *tpEnv) claim(t *testing.T, c party) bindings.OracleEntriesClaimProof {
	t.Helper()
	cp, err := c.Claim()
	if err != nil {
		t.Fatal(err)
	}
	return tpClaim(cp)
}

// open has bystander request the model on the image, the asserter and then the challenger post their entries
// (commit, reveal), bystander set the game start and pair the two entries in a game; model is the registered
// model id requested. It returns the request and game ids.
func (e *tpEnv) open(t *testing.T, model *big.Int, asserter, challenger party) (requestID, gameID *big.Int) {
	t.Helper()
	ret, _, err := e.sendValue(bystander, e.oracle, tpFee, e.ao.PackRequestCallback(model, e.m.input, common.Address{}, 0, []byte{}))
	if err != nil {
		t.Fatalf("request: %v", err)
	}
	if requestID, err = e.ao.UnpackRequestCallback(ret); err != nil {
		t.Fatal(err)
	}
	for _, p := range []struct {
		who   common.Address
		party party
	}{{asserterAddr, asserter}, {challengAddr, challenger}} {
		c, salt := e.claim(t, p.party), [32]byte{byte(p.who[19])}
		if _, _, err := e.send(p.who, e.oracle, e.ao.PackCommit(requestID, contracts.Commitment(requestID, p.who, p.party.Output(), c.Claim, salt))); err != nil {
			t.Fatalf("commit: %v", err)
		}
		if _, e.stats.open, err = e.sendValue(p.who, e.oracle, tpBond, e.ao.PackReveal(requestID, p.party.Output(), c, salt, 0)); err != nil {
			t.Fatalf("reveal: %v", err)
		}
	}
	sibs, start, err := e.m.honest.StartProof()
	if err != nil {
		t.Fatal(err)
	}
	_, g, err := e.send(bystander, e.oracle, e.ao.PackSetGameStart(requestID, e.m.input, sibs))
	if err != nil {
		t.Fatalf("setGameStart: %v", err)
	}
	e.stats.start = g
	// The start as the contract computed it is the honest party's value at 0: R_0, or the VM's start state.
	kind, positions, first := uint8(1), uint64(e.m.info.NumNodes), e.m.honest.GraphValue
	if e.m.info.Phases() == 1 {
		kind, positions, first = 0, game.VMSteps, func(p uint64) (game.Hash, error) { return e.m.honest.VMValue(-1, p) }
	}
	if v0, err := first(0); err != nil || v0 != start {
		t.Fatalf("StartProof gives %x, the honest value at 0 is %x (%v)", start, v0, err)
	}
	ret, g, err = e.send(bystander, e.oracle, e.ao.PackDispute(requestID, 0, 1))
	if err != nil {
		t.Fatalf("dispute: %v", err)
	}
	e.stats.open = g
	if gameID, err = e.ao.UnpackDispute(ret); err != nil {
		t.Fatal(err)
	}
	levels := e.levels(t, gameID)
	if len(levels) != 1 || levels[0].Kind != kind || levels[0].Lo != 0 || levels[0].Hi != positions ||
		levels[0].LoValue != start || levels[0].HiValue != e.claim(t, asserter).Claim {
		t.Fatalf("the game opened with levels %+v, want one level of kind %d over %d positions from %x", levels, kind, positions, start)
	}
	return requestID, gameID
}

func (e *tpEnv) levels(t *testing.T, id *big.Int) []bindings.DisputeGameLevel {
	t.Helper()
	l, err := e.g.UnpackLevels(e.view(t, e.g.PackLevels(id)))
	if err != nil {
		t.Fatal(err)
	}
	return l
}

func (e *tpEnv) info(t *testing.T, id *big.Int) bindings.GameOutput {
	t.Helper()
	info, err := e.g.UnpackGame(e.view(t, e.g.PackGame(id)))
	if err != nil {
		t.Fatal(err)
	}
	return info
}

// DisputeGame's phases.
const (
	phaseDissect  = 1
	phaseStep     = 3
	phaseResolved = 4
	phaseHandoff  = 5
)

func (e *tpEnv) wantPhase(t *testing.T, id *big.Int, want uint8) {
	t.Helper()
	if p := e.info(t, id).Phase; p != want {
		t.Fatalf("game %v in phase %d, want %d", id, p, want)
	}
}

// pickBy is the challenger that picks the first part whose end it disagrees with, by its own truth.
func pickBy(truth game.Truth) challengerStrategy {
	return func(lo, hi uint64, positions []uint64, values []game.Hash) (int, error) {
		return game.PickPart(lo, hi, positions, values, truth)
	}
}

func graphTruth(c *game.Computation) game.Truth { return c.GraphValue }

func vmTruth(c *game.Computation, node int) game.Truth {
	return func(p uint64) (game.Hash, error) { return c.VMValue(node, p) }
}

func tpHandoff(h *game.Handoff) bindings.DisputeGameHandoff {
	ops := make([][][32]byte, len(h.OperandProofs))
	for i, p := range h.OperandProofs {
		ops[i] = p
	}
	ins := make([][][32]byte, len(h.Insertions))
	for i, p := range h.Insertions {
		ins[i] = p
	}
	return bindings.DisputeGameHandoff{
		Node: bindings.ModelRegistryNodeRecord{Descriptor: h.Node.Descriptor, DescriptorLog2: h.Node.DescriptorLog2,
			NumInputs: h.Node.NumInputs, InputIds: h.Node.InputIDs, InputLog2s: h.Node.InputLog2s, OutputId: h.Node.OutputID,
			OutputLog2: h.Node.OutputLog2, TileLog2: h.Node.TileLog2, Tiles: h.Node.Tiles},
		NodeProof: h.NodeProof, Output: h.Output, OutputProof: h.OutputProof, Operands: h.Operands, OperandProofs: ops,
		Insertions: ins, EndState: h.EndState, OutputRegion: h.OutputRegion,
	}
}

// cloneHandoff is a deep copy, for forging.
func cloneHandoff(h *game.Handoff) *game.Handoff {
	c := *h
	c.NodeProof = slices.Clone(h.NodeProof)
	c.OutputProof = slices.Clone(h.OutputProof)
	c.Operands = slices.Clone(h.Operands)
	c.OperandProofs = make([][]game.Hash, len(h.OperandProofs))
	for i, p := range h.OperandProofs {
		c.OperandProofs[i] = slices.Clone(p)
	}
	c.Insertions = make([][]game.Hash, len(h.Insertions))
	for i, p := range h.Insertions {
		c.Insertions[i] = slices.Clone(p)
	}
	c.EndState = bytes.Clone(h.EndState)
	c.OutputRegion = slices.Clone(h.OutputRegion)
	return &c
}

// handoff sends the asserter's handoff and checks the VM level it opens: its start is the Go VM's start state
// of the node (host.NodeEmulator on the agreed operands), its end the handoff's end state, and both agree with
// game.VerifyHandoff.
func (e *tpEnv) handoff(t *testing.T, id *big.Int, node int, h *game.Handoff) {
	t.Helper()
	l := e.level(t, id)
	if l.Lo != uint64(node) || l.Hi != uint64(node)+1 {
		t.Fatalf("graph level at [%d, %d], want node %d", l.Lo, l.Hi, node)
	}
	start, end, err := game.VerifyHandoff(e.m.info, uint64(node), l.LoValue, l.HiValue, h)
	if err != nil {
		t.Fatalf("game.VerifyHandoff refuses the handoff: %v", err)
	}
	e.cfg.Time += e.asserterDelay
	_, g, err := e.send(asserterAddr, e.game, e.g.PackHandoff(id, tpHandoff(h)))
	if err != nil {
		t.Fatalf("handoff at node %d: %v", node, err)
	}
	e.stats.handoff = g
	if len(e.logs) != 1 {
		t.Fatalf("handoff emitted %d events", len(e.logs))
	}
	ev, err := e.g.UnpackHandedOffEvent(e.logs[0])
	if err != nil {
		t.Fatal(err)
	}
	// The node's start state as the Go VM builds it: the executor loaded, the descriptor and the operands (the
	// agreed ones: the honest party's, as the lie is at this node or later) written to their regions.
	goStart, err := e.m.honest.VMValue(node, 0)
	if err != nil {
		t.Fatal(err)
	}
	if ev.Node != uint64(node) || ev.Output != h.Output || ev.Start != start || ev.End != end || ev.Start != goStart {
		t.Fatalf("HandedOff %+v; want node %d, start %x (Go VM %x), end %x", ev, node, start, goStart, end)
	}
	levels := e.levels(t, id)
	if len(levels) != 2 {
		t.Fatalf("%d levels after the handoff", len(levels))
	}
	if v := levels[1]; v.Kind != 0 || v.Lo != 0 || v.Hi != game.VMSteps || v.LoValue != start || v.HiValue != end {
		t.Fatalf("VM level %+v", v)
	}
	if g := levels[0]; g.Lo != uint64(node) || g.Hi != uint64(node)+1 {
		t.Fatalf("the graph level changed: %+v", g)
	}
	e.wantPhase(t, id, phaseDissect)
}

// prove sends proveStep with the honest witness of the VM level's last step, from `from`.
func (e *tpEnv) prove(t *testing.T, id *big.Int, node int, from common.Address) {
	t.Helper()
	l := e.level(t, id)
	w, err := e.m.honest.StepWitness(node, l.Lo)
	if err != nil {
		t.Fatal(err)
	}
	e.cfg.Time += e.challengerDelay
	_, g, err := e.send(from, e.game, e.g.PackProveStep(id, w.State, w.Proof))
	if err != nil {
		t.Fatalf("proveStep %d: %v", l.Lo, err)
	}
	e.stats.step = g
}

// owed is what the oracle owes an account.
func (e *tpEnv) owed(t *testing.T, a common.Address) *big.Int {
	t.Helper()
	ret, _, err := e.send(bystander, e.oracle, e.ao.PackOwed(a))
	if err != nil {
		t.Fatal(err)
	}
	v, err := e.ao.UnpackOwed(ret)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// settled checks the outcome of game id on request rid: the game's winner, and the oracle's books: the loser's
// entry is eliminated, the winner is owed its share (75% of the loser's bond: one game), the rest is burned,
// and the oracle holds the fee and the winner's bond besides. It then finalizes the winner's result (which must
// be the honest one), releases its bond and has the winner withdraw.
func (e *tpEnv) settled(t *testing.T, rid, id *big.Int, winner common.Address, winnerClaim [32]byte) {
	t.Helper()
	info := e.info(t, id)
	if info.Phase != phaseResolved || info.Winner != winner {
		t.Fatalf("game %v: phase %d, winner %x; want %x", id, info.Phase, info.Winner, winner)
	}
	view := func(data []byte) []byte {
		ret, _, err := e.send(bystander, e.oracle, data)
		if err != nil {
			t.Fatal(err)
		}
		return ret
	}
	r, err := e.ao.UnpackGetRequest(view(e.ao.PackGetRequest(rid)))
	if err != nil {
		t.Fatal(err)
	}
	entries, err := e.ao.UnpackGetEntries(view(e.ao.PackGetEntries(rid)))
	if err != nil {
		t.Fatal(err)
	}
	if r.LiveCount != 1 || r.OpenGames != 0 || len(entries) != 2 {
		t.Fatalf("after the game: %d live entries, %d open games, %d entries", r.LiveCount, r.OpenGames, len(entries))
	}
	w := 0
	if entries[1].Poster == winner {
		w = 1
	}
	if !entries[w].Live || entries[1-w].Live || entries[w].Claim != winnerClaim {
		t.Fatalf("after the game: entries %+v, want %x's live with claim %x", entries, winner, winnerClaim)
	}
	share := new(big.Int).Div(new(big.Int).Mul(tpBond, big.NewInt(75)), big.NewInt(100))
	if got := e.owed(t, winner); got.Cmp(share) != 0 {
		t.Fatalf("the winner is owed %v, want %v", got, share)
	}
	locked, err := e.ao.UnpackLocked(view(e.ao.PackLocked()))
	if err != nil {
		t.Fatal(err)
	}
	burned, err := e.ao.UnpackBurned(view(e.ao.PackBurned()))
	if err != nil {
		t.Fatal(err)
	}
	wantLocked := new(big.Int).Add(tpFee, tpBond)
	balance := e.cfg.State.GetBalance(e.oracle).ToBig()
	if locked.Cmp(wantLocked) != 0 || burned.Cmp(new(big.Int).Sub(tpBond, share)) != 0 ||
		balance.Cmp(new(big.Int).Add(new(big.Int).Add(locked, share), burned)) != 0 {
		t.Fatalf("oracle: locked %v (want %v), burned %v, balance %v", locked, wantLocked, burned, balance)
	}

	// The winner's result is final once entries close: the winner gets the fee and its bond back, and
	// withdraws everything, which leaves the oracle with what was burned.
	if winnerClaim != e.claim(t, e.m.honest).Claim {
		t.Fatal("settled checks honest winners only")
	}
	e.cfg.Time = max(e.cfg.Time, r.ClosesAt)
	if _, _, err := e.send(bystander, e.oracle, e.ao.PackFinalize(rid, winnerClaim, e.m.honest.Output())); err != nil {
		t.Fatalf("finalize: %v", err)
	}
	if _, _, err := e.send(bystander, e.oracle, e.ao.PackReleaseBond(rid, uint32(w))); err != nil {
		t.Fatalf("release the bond: %v", err)
	}
	want := new(big.Int).Add(share, new(big.Int).Add(tpFee, tpBond))
	if got := e.owed(t, winner); got.Cmp(want) != 0 {
		t.Fatalf("after finalize the winner is owed %v, want %v", got, want)
	}
	before := e.cfg.State.GetBalance(winner).ToBig()
	if _, _, err := e.send(winner, e.oracle, e.ao.PackWithdraw()); err != nil {
		t.Fatalf("withdraw: %v", err)
	}
	// The in-process EVM charges no gas price: the balance grows by exactly what was owed.
	if got := e.cfg.State.GetBalance(winner).ToBig(); got.Cmp(new(big.Int).Add(before, want)) != 0 {
		t.Fatalf("the winner's balance went from %v to %v, want +%v", before, got, want)
	}
	if b := e.cfg.State.GetBalance(e.oracle).ToBig(); b.Cmp(burned) != 0 {
		t.Fatalf("the oracle holds %v after the winner withdrew, want the %v burned", b, burned)
	}
}

// playTwoPhase plays a whole game between asserter and challenger on a fresh oracle: the graph level, the
// asserter's own handoff at the node it narrows to (which must be wantNode), the VM level down to the step into
// wantStep (0: into the halt of the node's run), and the honest step.
func playTwoPhase(t *testing.T, m *twoPhaseModel, k int, asserter, challenger *game.Computation, wantNode int, wantStep uint64) (*tpEnv, *big.Int, *big.Int) {
	t.Helper()
	e := newTPEnv(t, m, k)
	rid, id := e.open(t, e.model, asserter, challenger)
	ref := narrow(t, e.gameEVM, id, k, graphTruth(asserter), pickBy(graphTruth(challenger)), &e.stats.graph)
	if ref.Lo != uint64(wantNode) {
		t.Fatalf("the graph level narrowed to node %d, want %d", ref.Lo, wantNode)
	}
	e.wantPhase(t, id, phaseHandoff)
	h, err := asserter.Handoff(wantNode)
	if err != nil {
		t.Fatal(err)
	}
	// Only the handoff moves the game on: neither a dissection nor a step, and only from the asserter.
	for _, c := range []struct {
		name string
		from common.Address
		data []byte
		want string
	}{
		{"dissect at the handoff", asserterAddr, e.g.PackDissect(id, nil), "NotInPhase"},
		{"proveStep at the handoff", challengAddr, e.g.PackProveStep(id, h.EndState, nil), "NotInPhase"},
		{"handoff by the challenger", challengAddr, e.g.PackHandoff(id, tpHandoff(h)), "NotYourMove"},
	} {
		if _, _, err := e.send(c.from, e.game, c.data); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Fatalf("%s: %v, want %s", c.name, err, c.want)
		}
	}
	e.handoff(t, id, wantNode, h)
	if _, _, err := e.send(asserterAddr, e.game, e.g.PackHandoff(id, tpHandoff(h))); err == nil || !strings.Contains(err.Error(), "NotInPhase") {
		t.Fatalf("a second handoff: %v, want NotInPhase", err)
	}
	ref = narrow(t, e.gameEVM, id, k, vmTruth(asserter, wantNode), pickBy(vmTruth(challenger, wantNode)), &e.stats.vm)
	if wantStep == 0 {
		// Both parties agree on the run up to its halt; they differ on the end state.
		if wantStep, err = m.honest.VMSteps(wantNode); err != nil {
			t.Fatal(err)
		}
	}
	if ref.Hi != wantStep {
		t.Fatalf("the VM level narrowed to [%d, %d], want the step into %d", ref.Lo, ref.Hi, wantStep)
	}
	e.wantPhase(t, id, phaseStep)
	e.prove(t, id, wantNode, challengAddr)
	return e, rid, id
}

func (s *tpStats) log(t *testing.T, name string) {
	total := s.open.tx + s.handoff.tx + s.step.tx
	exec := s.open.exec + s.handoff.exec + s.step.exec
	for _, l := range []*gameStats{&s.graph, &s.vm} {
		x, tx := l.total()
		total += tx
		exec += x
	}
	t.Logf("%s: graph level %d rounds, VM level %d rounds; tx gas: setGameStart %d, challenge (opens) %d, max dissect %d, max choose %d, handoff %d (execution %d), proveStep %d; whole game from the challenge %d tx gas (%d execution)",
		name, s.graph.rounds, s.vm.rounds, s.start.tx, s.open.tx, max(maxTx(s.graph.dissect), maxTx(s.vm.dissect)),
		max(maxTx(s.graph.choose), maxTx(s.vm.choose)), s.handoff.tx, s.handoff.exec, s.step.tx, total, exec)
}

// TestTwoPhaseGames: a lying asserter (its output of node K wrong, at the first, a middle and the last node)
// against an honest challenger, for k = 1 and 3: the challenger narrows the graph level to node K, the asserter
// hands off, the challenger narrows the node's VM run to the step into its halt, where MIPS.step gives the
// honest end state and not the asserter's. The challenger wins and the oracle pays it the submitter's bond.
func TestTwoPhaseGames(t *testing.T) {
	m := loadTwoPhase(t)
	last := len(m.g.Nodes) - 1
	for _, k := range []int{1, 3} {
		for _, node := range []int{0, 3, last} {
			name := fmt.Sprintf("k=%d/asserter lies at node %d of %d", k, node, len(m.g.Nodes))
			t.Run(name, func(t *testing.T) {
				liar := m.liarAt(t, node, 0)
				e, rid, id := playTwoPhase(t, m, k, liar, m.honest, node, 0)
				e.settled(t, rid, id, challengAddr, e.claim(t, m.honest).Claim)
				e.stats.log(t, name)
			})
		}
	}
	// A liar whose VM values depart from the run in its middle, not only at the end: the challenger narrows to
	// the first wrong step, in the middle of the node's run (node 1, the 784 → 64 matmul).
	t.Run("k=3/asserter lies at node 1 from the middle of its VM run", func(t *testing.T) {
		halt, err := m.honest.VMSteps(1)
		if err != nil {
			t.Fatal(err)
		}
		from := halt/2 + 7
		e, rid, id := playTwoPhase(t, m, 3, m.liarAt(t, 1, from), m.honest, 1, from)
		e.settled(t, rid, id, challengAddr, e.claim(t, m.honest).Claim)
		e.stats.log(t, fmt.Sprintf("k=3/asserter lies at node 1 from step %d of %d", from, halt))
	})
}

// TestTwoPhaseFalseChallenge: an honest asserter against a challenger whose output of node K is wrong. The
// challenger narrows by its own values to node K, the asserter hands off honestly, and the VM level ends at the
// step into the halt, where MIPS.step gives the asserter's end state: the challenger loses at the step.
func TestTwoPhaseFalseChallenge(t *testing.T) {
	m := loadTwoPhase(t)
	for _, node := range []int{1, len(m.g.Nodes) - 1} {
		name := fmt.Sprintf("k=3/challenger lies at node %d", node)
		t.Run(name, func(t *testing.T) {
			liar := m.liarAt(t, node, 0)
			e, rid, id := playTwoPhase(t, m, 3, m.honest, liar, node, 0)
			e.settled(t, rid, id, asserterAddr, e.claim(t, m.honest).Claim)
			e.stats.log(t, name)
		})
	}
}

// forgery is a handoff the contract must refuse, with the reason it gives.
type forgery struct {
	name, reason string
	h            *game.Handoff
}

// tryForgeries sends each forged handoff from the asserter: each must revert with BadHandoff and the reason,
// game.VerifyHandoff must refuse it too, and the game must stay where it was.
func (e *tpEnv) tryForgeries(t *testing.T, id *big.Int, node int, info *game.ModelInfo, forged []forgery) {
	t.Helper()
	l := e.level(t, id)
	for _, f := range forged {
		if _, _, err := game.VerifyHandoff(info, uint64(node), l.LoValue, l.HiValue, f.h); err == nil {
			t.Errorf("%s: game.VerifyHandoff accepts it", f.name)
		}
		_, _, err := e.send(asserterAddr, e.game, e.g.PackHandoff(id, tpHandoff(f.h)))
		if err == nil || !strings.Contains(err.Error(), "DisputeGameBadHandoff") || !strings.Contains(err.Error(), f.reason) {
			t.Errorf("%s: %v, want BadHandoff(%q)", f.name, err, f.reason)
		}
	}
	e.wantPhase(t, id, phaseHandoff)
	if got := e.levels(t, id); len(got) != 1 || got[0].Lo != l.Lo || got[0].LoValue != l.LoValue || got[0].HiValue != l.HiValue {
		t.Fatalf("a refused handoff changed the game: %+v", got)
	}
}

// loseOnTime checks that the asserter, having no handoff that passes, loses on time: not a second early.
func (e *tpEnv) loseOnTime(t *testing.T, rid, id *big.Int, challengerClaim [32]byte) {
	t.Helper()
	info := e.info(t, id)
	e.cfg.Time = info.LastMove + info.AsserterLeft
	if _, _, err := e.send(bystander, e.game, e.g.PackTimeout(id)); err == nil || !strings.Contains(err.Error(), "ClockRunning") {
		t.Fatalf("timeout with the asserter's clock at zero: %v, want ClockRunning", err)
	}
	e.cfg.Time++
	if _, _, err := e.send(bystander, e.game, e.g.PackTimeout(id)); err != nil {
		t.Fatalf("timeout: %v", err)
	}
	e.settled(t, rid, id, challengAddr, challengerClaim)
}

// TestTwoPhaseForgedHandoffs: at node 3 (requant_rows: three operands) a lying asserter's handoff, altered in
// each way that must not pass, is refused with BadHandoff; so is an asserter whose value after the node differs
// from the agreed one in another leaf too, and one whose registered executor state has a non-empty operand
// region. Each asserter then loses on time.
func TestTwoPhaseForgedHandoffs(t *testing.T) {
	m := loadTwoPhase(t)
	const node, k = 3, 3
	if n := len(m.g.Nodes[node].Inputs); n != 3 {
		t.Fatalf("node %d has %d operands; the test swaps operand proofs of a three-operand node", node, n)
	}
	liar := m.liarAt(t, node, 0)

	t.Run("altered handoffs", func(t *testing.T) {
		e := newTPEnv(t, m, k)
		rid, id := e.open(t, e.model, liar, m.honest)
		narrow(t, e.gameEVM, id, k, graphTruth(liar), pickBy(graphTruth(m.honest)), &e.stats.graph)
		good, err := liar.Handoff(node)
		if err != nil {
			t.Fatal(err)
		}
		honest, err := m.honest.Handoff(node)
		if err != nil {
			t.Fatal(err)
		}
		next, err := liar.Handoff(node + 1)
		if err != nil {
			t.Fatal(err)
		}
		if len(good.Insertions[2]) != len(good.Insertions[3]) {
			t.Fatal("operands 1 and 2 of the node have regions of different sizes")
		}
		forge := func(change func(h *game.Handoff)) *game.Handoff {
			h := cloneHandoff(good)
			change(h)
			return h
		}
		// Insertion siblings of operand 0 taken in the base memory without the descriptor: they prove the region
		// empty in a memory other than the one the contract has at that point.
		stale, err := m.exe.Emulator()
		if err != nil {
			t.Fatal(err)
		}
		staleSibs, err := stale.Mem.RegionProof(graph.InputAddr(0), int(good.Node.InputLog2s[0]))
		if err != nil {
			t.Fatal(err)
		}
		e.tryForgeries(t, id, node, m.info, []forgery{
			{"a wrong node record", "not the registered node record", forge(func(h *game.Handoff) { h.Node.OutputLog2++ })},
			{"a record with another descriptor", "not the registered node record", forge(func(h *game.Handoff) { h.Node.Descriptor[0] ^= 1 })},
			{"the record of the next node", "not the registered node record", forge(func(h *game.Handoff) {
				h.Node, h.NodeProof = next.Node, next.NodeProof
			})},
			{"a node proof too short", "node proof length", forge(func(h *game.Handoff) { h.NodeProof = h.NodeProof[1:] })},
			{"an operand not in the agreed state", "an operand is not in the agreed state", forge(func(h *game.Handoff) { h.Operands[1][5] ^= 1 })},
			{"operand proofs swapped", "an operand is not in the agreed state", forge(func(h *game.Handoff) {
				h.OperandProofs[0], h.OperandProofs[1] = h.OperandProofs[1], h.OperandProofs[0]
			})},
			{"operands and their proofs swapped", "an operand is not in the agreed state", forge(func(h *game.Handoff) {
				h.Operands[1], h.Operands[2] = h.Operands[2], h.Operands[1]
				h.OperandProofs[1], h.OperandProofs[2] = h.OperandProofs[2], h.OperandProofs[1]
			})},
			{"an operand missing", "operand or insertion count", forge(func(h *game.Handoff) {
				h.Operands, h.OperandProofs = h.Operands[:2], h.OperandProofs[:2]
			})},
			{"insertions of operands 1 and 2 swapped", "a region is not empty before insertion", forge(func(h *game.Handoff) {
				h.Insertions[2], h.Insertions[3] = h.Insertions[3], h.Insertions[2]
			})},
			{"an insertion too short", "insertion proof length", forge(func(h *game.Handoff) { h.Insertions[1] = h.Insertions[1][1:] })},
			{"insertion siblings from before the descriptor was inserted", "a region is not empty before insertion",
				forge(func(h *game.Handoff) { h.Insertions[1] = staleSibs })},
			{"the output proof of another leaf", "the output leaf is not empty in the agreed state",
				forge(func(h *game.Handoff) { h.OutputProof = h.OperandProofs[0] })},
			{"an output proof too short", "output proof length", forge(func(h *game.Handoff) { h.OutputProof = h.OutputProof[1:] })},
			{"another output", "the claimed state is not the agreed state with the output leaf set",
				forge(func(h *game.Handoff) { h.Output = honest.Output })},
			{"an end state whose output region is not the claimed output", "the end state's output region is not the claimed output",
				forge(func(h *game.Handoff) { h.EndState = honest.EndState })},
			{"output region siblings of another state", "the end state's output region is not the claimed output",
				forge(func(h *game.Handoff) { h.OutputRegion[3][0] ^= 1 })},
			{"an end state that exited 1", "the end state did not exit 0", forge(func(h *game.Handoff) { h.EndState[77] = 1 })},
			{"an end state that faulted", "the end state did not exit 0", forge(func(h *game.Handoff) { h.EndState[79] = 1 })},
			{"an end state still running", "the end state did not exit 0", forge(func(h *game.Handoff) { h.EndState[78] = 0 })},
			{"an end state of 311 bytes", "end state size", forge(func(h *game.Handoff) { h.EndState = h.EndState[:311] })},
		})
		// The unaltered handoff passes the checks (its lie is exposed only by the VM level), and only from the asserter.
		if _, _, err := e.send(challengAddr, e.game, e.g.PackHandoff(id, tpHandoff(good))); err == nil || !strings.Contains(err.Error(), "NotYourMove") {
			t.Fatalf("handoff by the challenger: %v, want NotYourMove", err)
		}
		if _, _, err := game.VerifyHandoff(m.info, node, e.level(t, id).LoValue, e.level(t, id).HiValue, good); err != nil {
			t.Fatalf("game.VerifyHandoff refuses the unaltered handoff: %v", err)
		}
		e.loseOnTime(t, rid, id, e.claim(t, m.honest).Claim)
	})

	// An asserter whose value after node 3 is the agreed one with the output leaf set and another leaf changed
	// too: a weight's, or the next node's output set early (to a wrong value, which it keeps). No output proof
	// gives both its values. The leaves are laid out here from docs/executor.md ("Graph state after k nodes").
	next := m.g.Nodes[node+1].Output
	for _, other := range []struct {
		name string
		id   int // the other leaf
	}{{"a weight leaf", m.g.Nodes[node].Inputs[1]}, {"the next node's output set early", next}} {
		t.Run("value after the node differs in "+other.name, func(t *testing.T) {
			if m.g.Tensors[m.g.Nodes[node].Inputs[1]].Kind != graph.Weight {
				t.Fatal("operand 1 of the node is not a weight")
			}
			leaves := func(p int) []game.Hash {
				l := twoPhaseLeaves(m, p)
				if p > node {
					l[other.id] = m.commits[other.id]
					l[other.id][0] ^= 1
				}
				return l
			}
			height := bits.Len(uint(len(m.g.Tensors) - 1))
			value := func(p uint64) (game.Hash, error) { return graph.MerkleRoot(leaves(int(p)), height), nil }
			n := len(m.g.Nodes)
			end, _ := value(uint64(n))
			sibs, err := graph.MerkleProof(leaves(n), height, m.g.Output())
			if err != nil {
				t.Fatal(err)
			}
			asserter := &fixedClaim{output: m.honest.Output(), claim: &game.ClaimProof{Claim: end, Siblings: sibs}}
			e := newTPEnv(t, m, k)
			if honestEnd, _ := m.honest.GraphValue(uint64(n)); honestEnd == end {
				t.Fatal("the asserter's claim is the honest one")
			}
			for p := range uint64(n + 1) {
				if v, _ := value(p); (p <= node) != (v == mustGraphValue(t, m.honest, p)) {
					t.Fatalf("the asserter's value at %d: agrees with the honest one %v", p, v == mustGraphValue(t, m.honest, p))
				}
			}
			rid, id := e.open(t, e.model, asserter, m.honest)
			ref := narrow(t, e.gameEVM, id, k, value, pickBy(graphTruth(m.honest)), &e.stats.graph)
			if ref.Lo != node {
				t.Fatalf("narrowed to node %d, want %d", ref.Lo, node)
			}
			h, err := m.honest.Handoff(node)
			if err != nil {
				t.Fatal(err)
			}
			inClaimed, err := graph.MerkleProof(leaves(node+1), height, m.g.Nodes[node].Output)
			if err != nil {
				t.Fatal(err)
			}
			withClaimed := cloneHandoff(h)
			withClaimed.OutputProof = inClaimed
			e.tryForgeries(t, id, node, m.info, []forgery{
				{"the output proof in the agreed state", "the claimed state is not the agreed state with the output leaf set", h},
				{"the output proof in the claimed state", "the output leaf is not empty in the agreed state", withClaimed},
			})
			e.loseOnTime(t, rid, id, e.claim(t, m.honest).Claim)
		})
	}

	t.Run("non-empty operand region in the registered executor state", func(t *testing.T) {
		// The same model registered with bytes left in operand region 0 of the executor state: the asserter,
		// proving the regions in that memory as it must, cannot show region 0 empty.
		dirty, err := m.exe.Emulator()
		if err != nil {
			t.Fatal(err)
		}
		if err := dirty.Mem.WriteBytes(graph.InputAddr(0)+64, []byte("left over")); err != nil {
			t.Fatal(err)
		}
		dirty.StateHash()
		info := *m.info
		info.ExecutorStateData = dirty.State.Encode()
		e := newTPEnv(t, m, k)
		dirtyID := e.register(t, &info)
		rid, id := e.open(t, dirtyID, liar, m.honest)
		narrow(t, e.gameEVM, id, k, graphTruth(liar), pickBy(graphTruth(m.honest)), &e.stats.graph)
		good, err := liar.Handoff(node)
		if err != nil {
			t.Fatal(err)
		}
		d, err := graph.Describe(m.g, node)
		if err != nil {
			t.Fatal(err)
		}
		h := cloneHandoff(good)
		h.Insertions = nil
		for i, region := range []struct {
			addr uint32
			log2 uint8
		}{{graph.DescriptorAddr, h.Node.DescriptorLog2}, {graph.InputAddr(0), h.Node.InputLog2s[0]},
			{graph.InputAddr(1), h.Node.InputLog2s[1]}, {graph.InputAddr(2), h.Node.InputLog2s[2]}} {
			sibs, err := dirty.Mem.RegionProof(region.addr, int(region.log2))
			if err != nil {
				t.Fatal(err)
			}
			h.Insertions = append(h.Insertions, sibs)
			data := d.Encode()
			if i > 0 {
				data = m.values[m.g.Nodes[node].Inputs[i-1]].Bytes()
			}
			if err := dirty.Mem.WriteBytes(region.addr, data); err != nil {
				t.Fatal(err)
			}
		}
		e.tryForgeries(t, id, node, &info, []forgery{
			{"insertions proven in the registered memory", "a region is not empty before insertion", h},
			{"insertions proven in an empty memory", "a region is not empty before insertion", good},
		})
		e.loseOnTime(t, rid, id, e.claim(t, m.honest).Claim)
	})
}

// twoPhaseLeaves are the honest graph state's leaves after p nodes (docs/executor.md): every weight's and the
// input's commitment, the outputs of nodes before p, zero for the rest.
func twoPhaseLeaves(m *twoPhaseModel, p int) []game.Hash {
	l := make([]game.Hash, len(m.g.Tensors))
	for id, ti := range m.g.Tensors {
		if ti.Kind == graph.Weight || id == m.g.Input() {
			l[id] = m.commits[id]
		}
	}
	for i := range p {
		out := m.g.Nodes[i].Output
		l[out] = m.commits[out]
	}
	return l
}

func mustGraphValue(t *testing.T, c *game.Computation, p uint64) game.Hash {
	t.Helper()
	v, err := c.GraphValue(p)
	if err != nil {
		t.Fatal(err)
	}
	return v
}
