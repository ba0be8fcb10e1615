package contracts_test

import (
	"encoding/binary"
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/opml-dev/opml/contracts"
	"github.com/opml-dev/opml/contracts/bindings"
	"github.com/opml-dev/opml/game"
	"github.com/opml-dev/opml/tensor"
	"github.com/opml-dev/opml/vm"
	"github.com/opml-dev/opml/vm/vmtest"
)

// FuzzOracleLedger plays random sequences of requests, commits, reveals, disputes, game moves, timeouts,
// finalizations, bond releases and withdrawals by several accounts against the real oracle and dispute game
// (on the in-process EVM), over a tiny real model: a program that copies its 4-byte input to its output. One
// account is honest: it posts only the true result and plays its games correctly (true values, game.PickPart,
// real step proofs) without delay; the liars post wrong results and move at random or stall. After every step
// the oracle's balance must be what it holds locked, owes and has burned, and what it owes the sum of what each
// account is owed. At the end everything is settled (time passes, games run out, requests are finalized, bonds
// released, everything withdrawn) and the honest account must not have lost a wei, every request must be
// final, and the oracle must hold exactly what was burned.
func FuzzOracleLedger(f *testing.F) {
	for _, seed := range ledgerSeeds() {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 300 {
			data = data[:300]
		}
		newLedgerRun(t).play(data)
	})
}

// ledgerSeeds are scripted sequences: a liar first that stalls and times out; a liar that plays the whole game
// against the honest party; the honest party first and a liar challenging it; liars among themselves with the
// honest party beside; a request nobody answers.
func ledgerSeeds() [][]byte {
	const (
		ask, commit, reveal, start, dispute, move, wait, timeout, finalize, release, withdraw = 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10
		honest, liar0, liar1, liar2                                                           = 0, 1, 2, 3
	)
	op := func(args ...int) []byte {
		b := make([]byte, len(args))
		for i, a := range args {
			b[i] = byte(a)
		}
		return b
	}
	cat := func(parts ...[]byte) []byte {
		var out []byte
		for _, p := range parts {
			out = append(out, p...)
		}
		return out
	}
	repeat := func(n int, p []byte) []byte {
		var out []byte
		for range n {
			out = append(out, p...)
		}
		return out
	}
	settleAll := cat(repeat(4, op(wait, 255)), op(finalize, 0), op(release, 0, 0), op(release, 0, 1), op(withdraw, honest),
		op(withdraw, liar0))
	return [][]byte{
		cat(op(ask, 5, 6), op(commit, liar0, 0, 0), op(reveal, liar0, 0, 0), op(commit, honest, 0, 0), op(reveal, honest, 0, 1),
			op(start, 0), op(dispute, 0, 0, 1), op(wait, 200), op(timeout, 0), settleAll),
		cat(op(ask, 7, 1), op(commit, liar0, 0, 1), op(reveal, liar0, 0, 0), op(commit, honest, 0, 0), op(reveal, honest, 0, 0),
			op(start, 0), op(dispute, 0, 1, 0), repeat(40, op(move, 0, 1)), op(timeout, 0), settleAll),
		cat(op(ask, 9, 9), op(commit, honest, 0, 0), op(reveal, honest, 0, 0), op(commit, liar1, 0, 2), op(reveal, liar1, 0, 0),
			op(start, 0), op(dispute, 0, 0, 1), repeat(40, op(move, 0, 2)), op(wait, 250), op(timeout, 0), settleAll),
		cat(op(ask, 1, 2), op(ask, 3, 4), op(commit, liar0, 0, 0), op(commit, liar1, 0, 1), op(commit, liar2, 0, 3),
			op(commit, honest, 0, 0), op(reveal, liar0, 0, 0), op(reveal, liar1, 0, 0), op(reveal, liar2, 0, 0), op(reveal, honest, 0, 2),
			op(start, 0), op(dispute, 0, 0, 1), op(dispute, 0, 1, 3), op(dispute, 0, 0, 3), op(move, 0, 0), op(move, 1, 1),
			op(move, 0, 0), op(wait, 200), op(timeout, 0), op(timeout, 1), op(commit, honest, 1, 0), op(reveal, honest, 1, 0),
			op(withdraw, liar1), settleAll),
		cat(op(ask, 0, 0), repeat(10, op(wait, 255)), op(finalize, 0), op(commit, liar0, 0, 0), op(withdraw, liar0)),
	}
}

// The parties of the fuzz: the honest one and three liars; the requester asks.
var ledgerParties = []string{"honest", "liar 0", "liar 1", "liar 2"}

// ledgerProgram is the model: lw t1, 0(0x90000000); sw t1, 0(0xD0000000); exit_group(0).
func ledgerProgram() []uint32 {
	code := append(vmtest.LoadImm(t0, 0x9000_0000), vmtest.I(35, t0, t1, 0))
	code = append(code, vmtest.LoadImm(t2, 0xD000_0000)...)
	code = append(code, vmtest.I(43, t2, t1, 0))
	return append(code, sys(4246, 0)...)
}

// ledgerModel is the tiny model's registration: its initial state (docs/vm.md), the input region empty.
func ledgerModel(t testing.TB) (*vm.Emulator, *game.ModelInfo) {
	m := &machine{code: ledgerProgram(), setup: func(s *vm.State) { s.Heap = 0x7F00_0000 }}
	e := m.emulator(t)
	e.StateHash()
	return e, &game.ModelInfo{InputSize: 4, OutputSize: 4, ProgramStateData: e.State.Encode(),
		Inputs:  []game.TensorIO{{Name: "x", DType: tensor.I32, Shape: []int{1}, Size: 4}},
		Outputs: []game.TensorIO{{Name: "y", DType: tensor.I32, Shape: []int{1}, Size: 4}}}
}

// ledgerTruth is the honest computation of one request: the VM run of the program on the input.
type ledgerTruth struct {
	t      testing.TB
	input  []byte
	halt   uint64
	end    *game.ClaimProof
	output []byte
}

func (r *ledgerRun) truthOf(input []byte) *ledgerTruth {
	tr := &ledgerTruth{t: r.t, input: input}
	e := tr.at(100)
	if !e.State.Halted() || e.State.Status() != vm.StatusExitedOK {
		r.t.Fatal("the ledger program did not exit 0")
	}
	tr.halt = e.State.Step
	e.StateHash()
	sibs, err := e.Mem.RegionProof(0xD000_0000, 5)
	if err != nil {
		r.t.Fatal(err)
	}
	tr.output, _ = e.Mem.ReadBytes(0xD000_0000, 4)
	tr.end = &game.ClaimProof{Claim: e.StateHash(), EndState: e.State.Encode(), Siblings: sibs}
	return tr
}

// at is the emulator after pos steps of the run (halted states repeat).
func (tr *ledgerTruth) at(pos uint64) *vm.Emulator {
	e0, _ := ledgerModel(tr.t)
	if err := e0.Mem.WriteBytes(0x9000_0000, tr.input); err != nil {
		tr.t.Fatal(err)
	}
	if err := e0.Run(min(pos, 1000)); err != nil {
		tr.t.Fatal(err)
	}
	return e0
}

func (tr *ledgerTruth) value(pos uint64) (game.Hash, error) { return tr.at(pos).StateHash(), nil }

// ledgerRun is one fuzz sequence on a fresh deployment.
type ledgerRun struct {
	*gameEVM
	t        testing.TB
	oracle   common.Address
	ao       *bindings.AIOracle
	model    *big.Int
	requests []*ledgerRequest
	games    map[string]*ledgerGame // by game id
	accounts map[string]common.Address
	funding  *big.Int
	lastErr  error // of the last transaction
}

type ledgerRequest struct {
	id      *big.Int
	truth   *ledgerTruth
	started bool
	plans   map[string]*ledgerPlan // what each party committed to
}

type ledgerPlan struct {
	output []byte
	claim  *game.ClaimProof
	salt   [32]byte
}

type ledgerGame struct {
	id  *big.Int
	req *ledgerRequest
}

func newLedgerRun(t testing.TB) *ledgerRun {
	ge := newGameEVM(t, 1)
	r := &ledgerRun{gameEVM: ge, t: t, ao: bindings.NewAIOracle(), games: map[string]*ledgerGame{},
		accounts: map[string]common.Address{}, funding: new(big.Int).Mul(big.NewInt(1000), big.NewInt(1e18))}
	r.oracle = ge.deploy(t, bindings.AIOracleMetaData.Bin, r.ao.PackConstructor(ge.registry, ge.game, oeMinFee, big.NewInt(0), oeBond,
		oeWindow, oeSubmission))
	for _, name := range append(ledgerParties, "requester", "bystander") {
		a := common.BytesToAddress(crypto.Keccak256([]byte("ledger " + name)))
		ge.fund(a, r.funding)
		r.accounts[name] = a
	}
	_, info := ledgerModel(t)
	ret, _, err := ge.send(r.accounts["bystander"], ge.registry, bindings.NewModelRegistry().PackRegister(contracts.ModelInfo(info)))
	if err != nil {
		t.Fatalf("register: %v", err)
	}
	r.model, _ = bindings.NewModelRegistry().UnpackRegister(ret)
	return r
}

// oview is a read-only call to the oracle.
func (r *ledgerRun) oview(data []byte) []byte {
	ret, _, err := r.send(r.accounts["bystander"], r.oracle, data)
	if err != nil {
		r.t.Fatalf("oracle view: %v", err)
	}
	return ret
}

// tx sends data to the oracle or the game from who with value; a revert is part of the fuzz and is ignored.
func (r *ledgerRun) tx(who string, to common.Address, value *big.Int, data []byte) ([]byte, bool) {
	r.cfg.Value = value
	defer func() { r.cfg.Value = nil }()
	ret, _, err := r.send(r.accounts[who], to, data)
	r.lastErr = err
	return ret, err == nil
}

// play runs the ops encoded in data, checking the books after each, then settles everything and checks the end.
func (r *ledgerRun) play(data []byte) {
	next := func() int {
		if len(data) == 0 {
			return 0
		}
		b := data[0]
		data = data[1:]
		return int(b)
	}
	for len(data) > 0 {
		r.step(next(), next)
		r.honestActs()
		r.checkBooks()
	}
	r.settle()
}

func (r *ledgerRun) request(i int) *ledgerRequest {
	if len(r.requests) == 0 {
		return nil
	}
	return r.requests[i%len(r.requests)]
}

// step does one op.
func (r *ledgerRun) step(op int, next func() int) {
	switch op % 11 {
	case 0: // a request
		if len(r.requests) < 4 {
			input := []byte{byte(next()), byte(next()), 0, 1}
			ret, ok := r.tx("requester", r.oracle, oeMinFee, r.ao.PackRequestCallback(r.model, input, common.Address{}, 0, []byte{}))
			if ok {
				id, _ := r.ao.UnpackRequestCallback(ret)
				r.requests = append(r.requests, &ledgerRequest{id: id, truth: r.truthOf(input), plans: map[string]*ledgerPlan{}})
			}
		}
	case 1: // a commit: the honest party to the truth, a liar to a lie (or, sometimes, the truth)
		who, q, v := ledgerParties[next()%len(ledgerParties)], r.request(next()), next()
		if q == nil || q.plans[who] != nil {
			return
		}
		p := &ledgerPlan{output: q.truth.output, claim: q.truth.end, salt: crypto.Keccak256Hash([]byte(who), q.id.Bytes())}
		if who != "honest" && v%4 != 3 {
			p.output = binary.BigEndian.AppendUint32(nil, binary.BigEndian.Uint32(q.truth.output)+1+uint32(v%4))
			data, sibs := fxEndState(fmt.Sprintf("lie %d", v%4), p.output, 0, 0)
			p.claim = &game.ClaimProof{Claim: fxFinalHash(data), EndState: data, Siblings: sibs}
		}
		if _, ok := r.tx(who, r.oracle, nil, r.ao.PackCommit(q.id, contracts.Commitment(q.id, r.accounts[who], p.output, p.claim.Claim, p.salt))); ok {
			q.plans[who] = p
		}
	case 2: // a reveal
		who, q := ledgerParties[next()%len(ledgerParties)], r.request(next())
		if q == nil || q.plans[who] == nil {
			return
		}
		p := q.plans[who]
		r.tx(who, r.oracle, oeBond, r.ao.PackReveal(q.id, p.output, contracts.ClaimProof(p.claim), p.salt, uint32(next()%3)))
	case 3: // the game start
		if q := r.request(next()); q != nil {
			r.start(q)
		}
	case 4: // a dispute between two entries, by anyone
		q, a, b := r.request(next()), uint32(next()%6), uint32(next()%6)
		if q == nil {
			return
		}
		if ret, ok := r.tx("bystander", r.oracle, nil, r.ao.PackDispute(q.id, a, b)); ok {
			id, _ := r.ao.UnpackDispute(ret)
			r.games[id.String()] = &ledgerGame{id: id, req: q}
		}
	case 5: // a liar's move in one of its games
		if g := r.pickGame(next()); g != nil {
			r.liarMoves(g, next())
		}
	case 6: // time passes
		r.cfg.Time += uint64(next()) * 2
	case 7: // a timeout, by anyone
		if g := r.pickGame(next()); g != nil {
			r.tx("bystander", r.game, nil, r.g.PackTimeout(g.id))
		}
	case 8: // finalization, with the claim of the first live entry
		if q := r.request(next()); q != nil {
			r.finalize(q)
		}
	case 9: // a bond release
		if q := r.request(next()); q != nil {
			r.tx("bystander", r.oracle, nil, r.ao.PackReleaseBond(q.id, uint32(next()%6)))
		}
	case 10: // a withdrawal
		r.tx(ledgerParties[next()%len(ledgerParties)], r.oracle, nil, r.ao.PackWithdraw())
	}
}

// start sets q's game start, unless it is set: the siblings prove the input region empty in the registered
// memory.
func (r *ledgerRun) start(q *ledgerRequest) {
	if q.started {
		return
	}
	e0, _ := ledgerModel(r.t)
	sibs, err := e0.Mem.RegionProof(0x9000_0000, 5)
	if err != nil {
		r.t.Fatal(err)
	}
	_, q.started = r.tx("bystander", r.oracle, nil, r.ao.PackSetGameStart(q.id, q.truth.input, sibs))
}

// game picks one of the games opened so far.
func (r *ledgerRun) pickGame(i int) *ledgerGame {
	if len(r.games) == 0 {
		return nil
	}
	ids := make([]string, 0, len(r.games))
	for id := range r.games {
		ids = append(ids, id)
	}
	// Map iteration order is random: pick by the smallest ids for a replayable sequence.
	for a := range ids {
		for b := a + 1; b < len(ids); b++ {
			x, _ := new(big.Int).SetString(ids[a], 10)
			y, _ := new(big.Int).SetString(ids[b], 10)
			if x.Cmp(y) > 0 {
				ids[a], ids[b] = ids[b], ids[a]
			}
		}
	}
	return r.games[ids[i%len(ids)]]
}

func (r *ledgerRun) gameInfo(g *ledgerGame) (bindings.GameOutput, bindings.LevelOutput) {
	info, err := r.g.UnpackGame(r.view(r.t, r.g.PackGame(g.id)))
	if err != nil {
		r.t.Fatal(err)
	}
	lvl, err := r.g.UnpackLevel(r.view(r.t, r.g.PackLevel(g.id)))
	if err != nil {
		r.t.Fatal(err)
	}
	return info, lvl
}

// liarMoves makes the move of the party to move in g if it is a liar: random checkpoints or part, or at the
// last step the true step proof when the agreed state is true (else it cannot move).
func (r *ledgerRun) liarMoves(g *ledgerGame, choice int) {
	info, lvl := r.gameInfo(g)
	phase := contracts.Phase(info.Phase)
	mover, _ := (&contracts.GameInfo{GameOutput: info, Phase: phase}).Mover()
	if mover == r.accounts["honest"] || phase == contracts.PhaseResolved || phase == contracts.PhaseNone {
		return
	}
	who := r.name(mover)
	switch phase {
	case contracts.PhaseDissect:
		positions, err := r.g.UnpackPositions(r.view(r.t, r.g.PackPositions(g.id)))
		if err != nil {
			r.t.Fatal(err)
		}
		values := make([][32]byte, len(positions))
		for i, p := range positions {
			if choice%2 == 0 {
				values[i], _ = g.req.truth.value(p)
			} else {
				values[i] = crypto.Keccak256Hash([]byte{byte(choice), byte(i)})
				values[i][0] = 3
			}
		}
		r.tx(who, r.game, nil, r.g.PackDissect(g.id, values))
	case contracts.PhaseChoose:
		r.tx(who, r.game, nil, r.g.PackChoose(g.id, big.NewInt(int64(choice%3))))
	case contracts.PhaseStep:
		r.prove(g, lvl)
	}
}

// prove sends the true step proof of the last step of g's level, if its agreed state is the true one.
func (r *ledgerRun) prove(g *ledgerGame, lvl bindings.LevelOutput) {
	if v, _ := g.req.truth.value(lvl.Lo); v != lvl.LoValue {
		return
	}
	w, err := g.req.truth.at(lvl.Lo).ProveStep()
	if err != nil {
		r.t.Fatal(err)
	}
	r.tx("bystander", r.game, nil, r.g.PackProveStep(g.id, w.State, w.Proof))
}

func (r *ledgerRun) name(a common.Address) string {
	for n, x := range r.accounts {
		if x == a {
			return n
		}
	}
	return "bystander"
}
