package contracts_test

import (
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
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
	"github.com/opml-dev/opml/game"
	"github.com/opml-dev/opml/internal/mipsbuild"
	"github.com/opml-dev/opml/vm"
)

// The tests of DisputeGame.sol play whole games on go-ethereum's EVM in process (the committed artifacts of
// PreimageOracle, MIPS, DisputeGame and the RecordingResolver test contract), between parties driven from Go:
// the truth at every position is the state hash vm.Emulator computes for a real Go program built for the VM,
// the honest challenger picks with game.PickPart, positions come from game.Split and are checked against the
// contract's, a Go game.Level referee is played in lockstep, and the last step is settled with a witness from
// vm.Emulator.ProveStep. Block time is set per call, so the chess clocks are exercised exactly.

var (
	gameDeployer = common.HexToAddress("0x00000000000000000000000000000000000d0001")
	asserterAddr = common.HexToAddress("0x00000000000000000000000000000000000a55e7")
	challengAddr = common.HexToAddress("0x00000000000000000000000000000000000c4a11")
	bystander    = common.HexToAddress("0x00000000000000000000000000000000000b7577")
)

const gameClock = 300 // seconds per party

// gameEVM is the contracts deployed on an in-process EVM whose block time the test sets.
type gameEVM struct {
	cfg      *runtime.Config
	game     common.Address
	registry common.Address // the ModelRegistry the game reads at a phase handoff
	resolver common.Address
	g        *bindings.DisputeGame
	r        *bindings.RecordingResolver
	// logs are the events the last successful call emitted.
	logs []*types.Log
	// asserterDelay and challengerDelay are the seconds each of their moves takes in narrow.
	asserterDelay, challengerDelay uint64
}

func newGameEVM(t testing.TB, k int) *gameEVM {
	t.Helper()
	db, err := state.New(types.EmptyRootHash, state.NewDatabaseForTesting())
	if err != nil {
		t.Fatal(err)
	}
	e := &gameEVM{
		cfg: &runtime.Config{State: db, Origin: gameDeployer, GasLimit: 30_000_000, Time: 1_000_000,
			BlockNumber: big.NewInt(1)},
		g:             bindings.NewDisputeGame(),
		r:             bindings.NewRecordingResolver(),
		asserterDelay: 7, challengerDelay: 5,
	}
	oracle := e.deploy(t, bindings.PreimageOracleMetaData.Bin, nil)
	mips := e.deploy(t, bindings.MIPSMetaData.Bin, bindings.NewMIPS().PackConstructor(oracle))
	e.registry = e.deploy(t, bindings.ModelRegistryMetaData.Bin, nil)
	e.game = e.deploy(t, bindings.DisputeGameMetaData.Bin, e.g.PackConstructor(mips, e.registry, big.NewInt(int64(k)), gameClock))
	e.resolver = e.deploy(t, bindings.RecordingResolverMetaData.Bin, e.r.PackConstructor(e.game))
	return e
}

// fund gives account amount wei.
func (e *gameEVM) fund(account common.Address, amount *big.Int) {
	e.cfg.State.AddBalance(account, uint256.MustFromBig(amount), tracing.BalanceChangeUnspecified)
}

func (e *gameEVM) deploy(t testing.TB, bin string, args []byte) common.Address {
	t.Helper()
	e.cfg.Origin = gameDeployer
	_, addr, _, err := runtime.Create(append(common.FromHex(bin), args...), e.cfg)
	if err != nil {
		t.Fatalf("deploy: %v", err)
	}
	return addr
}

// gameRevert is a call that reverted, with the contract's custom error decoded.
type gameRevert struct{ reason string }

func (r *gameRevert) Error() string { return "reverted: " + r.reason }

// moveGas is what one call cost: its execution gas and the gas of the transaction carrying it.
type moveGas struct{ exec, tx uint64 }

// send executes calldata from `from` at the current block time.
func (e *gameEVM) send(from, to common.Address, calldata []byte) ([]byte, moveGas, error) {
	e.cfg.Origin = from
	before := len(e.cfg.State.GetLogs(common.Hash{}, 0, common.Hash{}, 0))
	ret, left, err := runtime.Call(to, calldata, e.cfg)
	e.logs = e.cfg.State.GetLogs(common.Hash{}, 0, common.Hash{}, 0)[before:]
	g := moveGas{exec: e.cfg.GasLimit - left}
	if err != nil {
		return ret, g, &gameRevert{reason: e.decode(ret) + " (" + err.Error() + ")"}
	}
	tx, terr := contracts.TransactionGas(contracts.OsakaRules(), from, to, calldata, g.exec)
	if terr != nil {
		return ret, g, terr
	}
	g.tx = tx
	return ret, g, nil
}

func (e *gameEVM) decode(ret []byte) string {
	if reason, err := abi.UnpackRevert(ret); err == nil {
		return reason
	}
	for _, dec := range []func([]byte) (any, error){e.g.UnpackError, bindings.NewMIPS().UnpackError,
		bindings.NewAIOracle().UnpackError, bindings.NewModelRegistry().UnpackError} {
		if v, err := dec(ret); err == nil {
			return fmt.Sprintf("%T%+v", v, v)
		}
	}
	return fmt.Sprintf("%#x", ret)
}

func (e *gameEVM) view(t testing.TB, calldata []byte) []byte {
	t.Helper()
	ret, _, err := e.send(bystander, e.game, calldata)
	if err != nil {
		t.Fatalf("view: %v", err)
	}
	return ret
}

func (e *gameEVM) level(t testing.TB, id *big.Int) bindings.LevelOutput {
	t.Helper()
	l, err := e.g.UnpackLevel(e.view(t, e.g.PackLevel(id)))
	if err != nil {
		t.Fatal(err)
	}
	return l
}

func (e *gameEVM) winner(t *testing.T, id *big.Int) (common.Address, uint64) {
	t.Helper()
	w, _, err := e.send(bystander, e.resolver, e.r.PackWinner(id))
	if err != nil {
		t.Fatal(err)
	}
	n, _, err := e.send(bystander, e.resolver, e.r.PackReports(id))
	if err != nil {
		t.Fatal(err)
	}
	winner, err := e.r.UnpackWinner(w)
	if err != nil {
		t.Fatal(err)
	}
	reports, err := e.r.UnpackReports(n)
	if err != nil {
		t.Fatal(err)
	}
	// The game's own record agrees with what it reported.
	info, err := e.g.UnpackGame(e.view(t, e.g.PackGame(id)))
	if err != nil {
		t.Fatal(err)
	}
	if info.Winner != winner || (info.Phase == 4) != (reports.Sign() > 0) {
		t.Fatalf("game %d: phase %d, winner %x; the resolver recorded %x", id, info.Phase, info.Winner, winner)
	}
	return winner, reports.Uint64()
}

// trace is the true execution of a program: the state hash at any step, by running an emulator to it (kept
// between queries, restarted when a query goes back).
type trace struct {
	t      *testing.T
	elf    []byte
	e      *vm.Emulator
	length uint64 // steps until it halts
}

func newTrace(t *testing.T, elf []byte) *trace {
	tr := &trace{t: t, elf: elf}
	e := tr.at(1 << 40)
	if !e.State.Halted() {
		t.Fatal("program did not halt")
	}
	tr.length = e.State.Step
	return tr
}

func (tr *trace) at(step uint64) *vm.Emulator {
	tr.t.Helper()
	if tr.e == nil || tr.e.State.Step > step {
		e, err := vm.NewEmulator(tr.elf, vm.Config{})
		if err != nil {
			tr.t.Fatal(err)
		}
		tr.e = e
	}
	if err := tr.e.Run(step); err != nil {
		tr.t.Fatalf("run to %d: %v", step, err)
	}
	return tr.e
}

func (tr *trace) hash(step uint64) (game.Hash, error) { return tr.at(step).StateHash(), nil }

// witness is the proof of step lo+1 from the true state at lo.
func (tr *trace) witness(lo uint64) *vm.Witness {
	tr.t.Helper()
	e := tr.at(lo)
	w, err := e.ProveStep()
	tr.e = nil // the emulator has moved past lo
	if err != nil {
		tr.t.Fatalf("prove step %d: %v", lo+1, err)
	}
	if w.Oracle != nil {
		tr.t.Fatalf("step %d reads the preimage oracle; the test does not load preimages", lo+1)
	}
	return w
}

// liar returns a truth that agrees with tr before step `from` and is wrong from there on.
func liar(tr *trace, from uint64) game.Truth {
	return func(p uint64) (game.Hash, error) {
		if p < from {
			return tr.hash(p)
		}
		h := game.Hash(crypto.Keccak256([]byte(fmt.Sprintf("a lie about step %d", p))))
		h[0] = 3
		return h, nil
	}
}

var gameProgram struct {
	elf []byte
	err error
}

func gameELF(t *testing.T) []byte {
	t.Helper()
	if gameProgram.elf == nil && gameProgram.err == nil {
		path, err := mipsbuild.Build(filepath.Join("..", "examples", "hello"), "mips")
		if err == nil {
			gameProgram.elf, err = os.ReadFile(path)
		}
		gameProgram.err = err
	}
	if gameProgram.err != nil {
		t.Fatalf("build examples/hello: %v", gameProgram.err)
	}
	return gameProgram.elf
}

// gameStats sums the gas of a game by move kind.
type gameStats struct {
	rounds                      int
	dissect, choose, step, open []moveGas
}

func (s *gameStats) total() (exec, tx uint64) {
	for _, list := range [][]moveGas{s.open, s.dissect, s.choose, s.step} {
		for _, g := range list {
			exec += g.exec
			tx += g.tx
		}
	}
	return exec, tx
}

func maxTx(list []moveGas) (m uint64) {
	for _, g := range list {
		m = max(m, g.tx)
	}
	return m
}

// challengerStrategy picks a part of a dissection.
type challengerStrategy func(lo, hi uint64, positions []uint64, values []game.Hash) (int, error)

func honestPick(tr *trace) challengerStrategy {
	return func(lo, hi uint64, positions []uint64, values []game.Hash) (int, error) {
		return game.PickPart(lo, hi, positions, values, tr.hash)
	}
}

// lastPick always disputes the last part: a challenger with no truth to go by.
func lastPick(lo, hi uint64, positions []uint64, values []game.Hash) (int, error) {
	return len(positions), nil
}

// playDown opens a game over [0, steps] with the asserter's values from `asserter` and narrows it to one step
// with the challenger's strategy, checking every move against the Go referee. It returns the game id, the
// final interval and the gas spent.
func playDown(t *testing.T, e *gameEVM, tr *trace, k int, steps uint64, asserter game.Truth, pick challengerStrategy) (*big.Int, game.Level, *gameStats) {
	t.Helper()
	stats := &gameStats{}
	start, _ := tr.hash(0)
	claim, err := asserter(steps)
	if err != nil {
		t.Fatal(err)
	}
	ret, g, err := e.send(bystander, e.resolver, e.r.PackOpenVM(asserterAddr, challengAddr, start, claim, steps))
	if err != nil {
		t.Fatalf("open: %v", err)
	}
	stats.open = append(stats.open, g)
	id, err := e.r.UnpackOpenVM(ret)
	if err != nil {
		t.Fatal(err)
	}
	ref := narrow(t, e, id, k, asserter, pick, stats)
	return id, ref, stats
}

// narrow plays the current level of game id, which must be at its start, down to one position: the asserter
// posts its values from `asserter`, the challenger picks with `pick`, every move checked against a Go referee
// (game.Level), the contract's positions against game.Split and its events and level against the referee's.
// Each move takes asserterDelay or challengerDelay seconds off the mover's clock. It returns the referee's final
// interval and adds the moves' gas to stats.
func narrow(t *testing.T, e *gameEVM, id *big.Int, k int, asserter game.Truth, pick challengerStrategy, stats *gameStats) game.Level {
	t.Helper()
	l := e.level(t, id)
	if l.Lo != 0 {
		t.Fatalf("level [%d, %d] is not at its start", l.Lo, l.Hi)
	}
	ref, err := game.NewLevel(k, l.Hi, l.LoValue, l.HiValue)
	if err != nil {
		t.Fatal(err)
	}
	rounds := 0
	for !ref.Done() {
		pos := ref.Checkpoints()
		onChain, err := e.g.UnpackPositions(e.view(t, e.g.PackPositions(id)))
		if err != nil {
			t.Fatal(err)
		}
		if fmt.Sprint(onChain) != fmt.Sprint(pos) {
			t.Fatalf("[%d, %d]: contract positions %v, game.Split %v", ref.Lo, ref.Hi, onChain, pos)
		}
		values := make([]game.Hash, len(pos))
		for i, p := range pos {
			if values[i], err = asserter(p); err != nil {
				t.Fatal(err)
			}
		}
		e.cfg.Time += e.asserterDelay
		_, g, err := e.send(asserterAddr, e.game, e.g.PackDissect(id, values))
		if err != nil {
			t.Fatalf("dissect [%d, %d]: %v", ref.Lo, ref.Hi, err)
		}
		stats.dissect = append(stats.dissect, g)
		// Agents follow the game by its events: the dissection's values are in the log.
		if len(e.logs) != 1 {
			t.Fatalf("dissect emitted %d events", len(e.logs))
		}
		ev, err := e.g.UnpackDissectedEvent(e.logs[0])
		if err != nil {
			t.Fatal(err)
		}
		if ev.GameId.Cmp(id) != 0 || ev.Lo != ref.Lo || ev.Hi != ref.Hi || fmt.Sprint(ev.Values) != fmt.Sprint(values) {
			t.Fatalf("Dissected event %+v", ev)
		}
		if err := ref.Dissect(values); err != nil {
			t.Fatal(err)
		}
		part, err := pick(ref.Lo, ref.Hi, pos, values)
		if err != nil {
			t.Fatal(err)
		}
		e.cfg.Time += e.challengerDelay
		_, g, err = e.send(challengAddr, e.game, e.g.PackChoose(id, big.NewInt(int64(part))))
		if err != nil {
			t.Fatalf("choose %d of [%d, %d]: %v", part, ref.Lo, ref.Hi, err)
		}
		stats.choose = append(stats.choose, g)
		if err := ref.Choose(part); err != nil {
			t.Fatal(err)
		}
		if len(e.logs) != 1 {
			t.Fatalf("choose emitted %d events", len(e.logs))
		}
		if ev, err := e.g.UnpackChosenEvent(e.logs[0]); err != nil || ev.Lo != ref.Lo || ev.Hi != ref.Hi || ev.Part.Int64() != int64(part) {
			t.Fatalf("Chosen event %+v (%v)", ev, err)
		}
		l := e.level(t, id)
		if l.Lo != ref.Lo || l.Hi != ref.Hi || l.LoValue != ref.LoValue || l.HiValue != ref.HiValue {
			t.Fatalf("after choosing %d: contract level [%d, %d], referee [%d, %d]", part, l.Lo, l.Hi, ref.Lo, ref.Hi)
		}
		rounds++
	}
	stats.rounds += rounds
	if want := game.Rounds(l.Hi, k); rounds > want {
		t.Fatalf("%d rounds, more than the worst case %d", rounds, want)
	}
	if ref.Moves != rounds {
		t.Fatalf("the referee counted %d rounds, the game %d", ref.Moves, rounds)
	}
	return *ref
}

// prove sends proveStep with the true witness of step lo+1 (optionally tampered) from `from`.
func prove(e *gameEVM, id *big.Int, from common.Address, w *vm.Witness) (moveGas, error) {
	_, g, err := e.send(from, e.game, e.g.PackProveStep(id, w.State, w.Proof))
	return g, err
}

func logStats(t *testing.T, name string, s *gameStats) {
	exec, tx := s.total()
	t.Logf("%s: %d rounds; max tx gas per move: open %d, dissect %d, choose %d, proveStep %d; whole game %d tx gas (%d execution)",
		name, s.rounds, maxTx(s.open), maxTx(s.dissect), maxTx(s.choose), maxTx(s.step), tx, exec)
}

func TestDisputeGameFullGames(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a Go program and plays games on it")
	}
	tr := newTrace(t, gameELF(t))
	t.Logf("examples/hello halts after %d steps", tr.length)
	// The level runs past the halt: positions after it repeat the halted state.
	steps := tr.length + 1000
	for _, k := range []int{1, 3, 16} {
		for i, lieFrom := range []uint64{1, tr.length / 3, tr.length, steps} {
			// Anyone may settle the last step; the outcome is the step's, whoever sends it.
			prover := []common.Address{challengAddr, bystander, asserterAddr, challengAddr}[i]
			name := fmt.Sprintf("k=%d/lying asserter from step %d", k, lieFrom)
			t.Run(name, func(t *testing.T) {
				e := newGameEVM(t, k)
				id, ref, stats := playDown(t, e, tr, k, steps, liar(tr, lieFrom), honestPick(tr))
				// The honest challenger narrows to the first wrong value.
				if ref.Hi != lieFrom {
					t.Fatalf("narrowed to [%d, %d], want the step into %d", ref.Lo, ref.Hi, lieFrom)
				}
				w := tr.witness(ref.Lo)
				// A tampered witness changes nothing: the asserter cannot make the step come out its way.
				for i, bad := range tamperedWitnesses(w) {
					if _, err := prove(e, id, asserterAddr, bad); err == nil {
						t.Fatalf("tampered witness %d was accepted", i)
					}
				}
				if who, n := e.winner(t, id); n != 0 {
					t.Fatalf("resolved early for %x", who)
				}
				g, err := prove(e, id, prover, w)
				if err != nil {
					t.Fatalf("proveStep from %x: %v", prover, err)
				}
				stats.step = append(stats.step, g)
				if who, n := e.winner(t, id); who != challengAddr || n != 1 {
					t.Fatalf("winner %x (%d reports), want the challenger", who, n)
				}
				// The game is over: no more moves.
				if _, _, err := e.send(bystander, e.game, e.g.PackTimeout(id)); err == nil {
					t.Fatal("timeout accepted after the game ended")
				}
				logStats(t, name, stats)
			})
		}
		// An equivocating asserter: wrong from a fifth of the run, right again from half of it, wrong from the
		// halt on (its claim). Its values contradict each other; the honest challenger narrows to a step where
		// they turn from right to wrong (into the first lie or into the halt, depending on where the checkpoints
		// fall) and wins there.
		eqName := fmt.Sprintf("k=%d/equivocating asserter", k)
		t.Run(eqName, func(t *testing.T) {
			first, back := tr.length/5, tr.length/2
			lying := liar(tr, first)
			equivocator := func(p uint64) (game.Hash, error) {
				if p >= back && p < tr.length {
					return tr.hash(p)
				}
				return lying(p)
			}
			e := newGameEVM(t, k)
			id, ref, stats := playDown(t, e, tr, k, steps, equivocator, honestPick(tr))
			if ref.Hi != first && ref.Hi != tr.length {
				t.Fatalf("narrowed to [%d, %d], want the step into %d or %d", ref.Lo, ref.Hi, first, tr.length)
			}
			g, err := prove(e, id, challengAddr, tr.witness(ref.Lo))
			if err != nil {
				t.Fatalf("proveStep: %v", err)
			}
			stats.step = append(stats.step, g)
			if who, n := e.winner(t, id); who != challengAddr || n != 1 {
				t.Fatalf("winner %x (%d reports), want the challenger", who, n)
			}
			logStats(t, eqName, stats)
		})
		name := fmt.Sprintf("k=%d/honest asserter vs lying challenger", k)
		t.Run(name, func(t *testing.T) {
			e := newGameEVM(t, k)
			id, ref, stats := playDown(t, e, tr, k, steps, tr.hash, lastPick)
			w := tr.witness(ref.Lo)
			if w.PostStateHash != ref.HiValue {
				t.Fatalf("the honest asserter's value at %d is not the true post-state", ref.Hi)
			}
			for i, bad := range tamperedWitnesses(w) {
				if _, err := prove(e, id, challengAddr, bad); err == nil {
					t.Fatalf("tampered witness %d was accepted", i)
				}
			}
			// The challenger's only real witness confirms the asserter.
			g, err := prove(e, id, challengAddr, w)
			if err != nil {
				t.Fatalf("proveStep: %v", err)
			}
			stats.step = append(stats.step, g)
			if who, n := e.winner(t, id); who != asserterAddr || n != 1 {
				t.Fatalf("winner %x (%d reports), want the asserter", who, n)
			}
			logStats(t, name, stats)
		})
	}
}

// tamperedWitnesses are variations of w that must not verify: a register changed in the state (wrong
// pre-state), a flipped byte in each of the first memory proofs, and a truncated proof.
func tamperedWitnesses(w *vm.Witness) []*vm.Witness {
	var out []*vm.Witness
	state := append([]byte(nil), w.State...)
	state[311] ^= 1 // the running thread's last register
	out = append(out, &vm.Witness{State: state, Proof: w.Proof})
	for _, off := range []int{40, vm.ProofSize + 40, 2*vm.ProofSize + 40} {
		if off < len(w.Proof) {
			proof := append([]byte(nil), w.Proof...)
			proof[off] ^= 0x80
			out = append(out, &vm.Witness{State: w.State, Proof: proof})
		}
	}
	if len(w.Proof) > 0 {
		out = append(out, &vm.Witness{State: w.State, Proof: w.Proof[:len(w.Proof)-1]})
	}
	return out
}

func TestDisputeGameClocks(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a Go program")
	}
	tr := newTrace(t, gameELF(t))
	steps := tr.length
	start, _ := tr.hash(0)
	lie := liar(tr, steps/2)
	claim, _ := lie(steps)

	open := func(t *testing.T, e *gameEVM) *big.Int {
		ret, _, err := e.send(bystander, e.resolver, e.r.PackOpenVM(asserterAddr, challengAddr, start, claim, steps))
		if err != nil {
			t.Fatal(err)
		}
		id, err := e.r.UnpackOpenVM(ret)
		if err != nil {
			t.Fatal(err)
		}
		return id
	}
	expectRevert := func(t *testing.T, what string, err error) {
		t.Helper()
		var r *gameRevert
		if !errors.As(err, &r) {
			t.Fatalf("%s: want a revert, got %v", what, err)
		}
	}

	t.Run("stalling asserter", func(t *testing.T) {
		e := newGameEVM(t, 2)
		id := open(t, e)
		e.cfg.Time += gameClock // exactly used up: still its move
		_, _, err := e.send(bystander, e.game, e.g.PackTimeout(id))
		expectRevert(t, "timeout with the clock at zero", err)
		e.cfg.Time++
		_, _, err = e.send(asserterAddr, e.game, e.g.PackDissect(id, make([][32]byte, 2)))
		expectRevert(t, "dissect after the clock ran out", err)
		if _, _, err := e.send(bystander, e.game, e.g.PackTimeout(id)); err != nil {
			t.Fatalf("timeout: %v", err)
		}
		if who, n := e.winner(t, id); who != challengAddr || n != 1 {
			t.Fatalf("winner %x (%d reports), want the challenger", who, n)
		}
	})

	t.Run("stalling challenger, clocks add up", func(t *testing.T) {
		e := newGameEVM(t, 2)
		id := open(t, e)
		pos := game.Split(0, steps, 2)
		values := make([][32]byte, len(pos))
		for i, p := range pos {
			values[i], _ = lie(p)
		}
		e.cfg.Time += 100
		if _, _, err := e.send(asserterAddr, e.game, e.g.PackDissect(id, values)); err != nil {
			t.Fatal(err)
		}
		// Moves out of turn or by the wrong party are rejected.
		_, _, err := e.send(asserterAddr, e.game, e.g.PackChoose(id, big.NewInt(0)))
		expectRevert(t, "choose by the asserter", err)
		_, _, err = e.send(challengAddr, e.game, e.g.PackChoose(id, big.NewInt(3)))
		expectRevert(t, "part out of range", err)
		e.cfg.Time += 250
		if _, _, err := e.send(challengAddr, e.game, e.g.PackChoose(id, big.NewInt(2))); err != nil {
			t.Fatal(err)
		}
		// The asserter has 200 s left, the challenger 50 s.
		info, err := e.g.UnpackGame(e.view(t, e.g.PackGame(id)))
		if err != nil {
			t.Fatal(err)
		}
		if info.AsserterLeft != gameClock-100 || info.ChallengerLeft != gameClock-250 {
			t.Fatalf("clocks %d and %d, want %d and %d", info.AsserterLeft, info.ChallengerLeft, gameClock-100, gameClock-250)
		}
		pos = game.Split(pos[1], steps, 2)
		values = make([][32]byte, len(pos))
		for i, p := range pos {
			values[i], _ = lie(p)
		}
		e.cfg.Time += 200
		if _, _, err := e.send(asserterAddr, e.game, e.g.PackDissect(id, values)); err != nil {
			t.Fatalf("dissect with exactly the time left: %v", err)
		}
		e.cfg.Time += 50
		_, _, err = e.send(bystander, e.game, e.g.PackTimeout(id))
		expectRevert(t, "timeout with 0 s left", err)
		e.cfg.Time++
		if _, _, err := e.send(bystander, e.game, e.g.PackTimeout(id)); err != nil {
			t.Fatalf("timeout: %v", err)
		}
		if who, n := e.winner(t, id); who != asserterAddr || n != 1 {
			t.Fatalf("winner %x (%d reports), want the asserter", who, n)
		}
	})

	t.Run("challenger never proves the last step", func(t *testing.T) {
		e := newGameEVM(t, 16)
		id, ref, _ := playDown(t, e, tr, 16, steps, tr.hash, lastPick)
		if !ref.Done() {
			t.Fatal("not narrowed")
		}
		info, err := e.g.UnpackGame(e.view(t, e.g.PackGame(id)))
		if err != nil {
			t.Fatal(err)
		}
		if info.ChallengerLeft >= gameClock || info.AsserterLeft >= gameClock {
			t.Fatalf("the moves took no time off the clocks (%d, %d s left)", info.AsserterLeft, info.ChallengerLeft)
		}
		e.cfg.Time += info.ChallengerLeft
		_, _, err = e.send(bystander, e.game, e.g.PackTimeout(id))
		expectRevert(t, "timeout before the clock ran out", err)
		e.cfg.Time++
		_, _, err = e.send(challengAddr, e.game, e.g.PackProveStep(id, tr.witness(ref.Lo).State, tr.witness(ref.Lo).Proof))
		expectRevert(t, "proveStep after the clock ran out", err)
		if _, _, err := e.send(bystander, e.game, e.g.PackTimeout(id)); err != nil {
			t.Fatalf("timeout: %v", err)
		}
		if who, n := e.winner(t, id); who != asserterAddr || n != 1 {
			t.Fatalf("winner %x (%d reports), want the asserter", who, n)
		}
	})
}

// TestDisputeGameOpen checks the oracle's entry point: open takes the start the resolver set, once.
func TestDisputeGameOpen(t *testing.T) {
	e := newGameEVM(t, 4)
	start := [32]byte{3, 1}
	claim := [32]byte{0, 2}
	other := [32]byte{0, 3}
	ret, _, err := e.send(bystander, e.resolver, e.r.PackOpenAsOracle(big.NewInt(7), asserterAddr, challengAddr, start, claim, other, 1000))
	if err != nil {
		t.Fatalf("open: %v", err)
	}
	id, err := e.r.UnpackOpenAsOracle(ret)
	if err != nil {
		t.Fatal(err)
	}
	if l := e.level(t, id); l.Lo != 0 || l.Hi != 1000 || l.LoValue != start || l.HiValue != claim {
		t.Fatalf("level %+v", l)
	}
	// A second challenger's game on the same request starts from the same state.
	ret, _, err = e.send(bystander, e.resolver, e.r.PackOpenAgain(big.NewInt(7), asserterAddr, bystander, claim, [32]byte{0, 4}))
	if err != nil {
		t.Fatalf("open again: %v", err)
	}
	id2, err := e.r.UnpackOpenAgain(ret)
	if err != nil {
		t.Fatal(err)
	}
	if l := e.level(t, id2); id2.Cmp(id) == 0 || l.Hi != 1000 || l.LoValue != start || l.HiValue != claim {
		t.Fatalf("second game %d: level %+v", id2, l)
	}
	// Another request has no start yet.
	if _, _, err := e.send(bystander, e.resolver, e.r.PackOpenAgain(big.NewInt(8), asserterAddr, challengAddr, claim, other)); err == nil {
		t.Fatal("open on a request without a start accepted")
	}
	// Without a start set by the caller, open is refused.
	for _, c := range []struct {
		name string
		data []byte
	}{
		{"open without setStart", e.g.PackOpen(big.NewInt(7), asserterAddr, challengAddr, claim, other)},
		{"same parties", e.g.PackOpenVM(big.NewInt(1), asserterAddr, asserterAddr, start, claim, 10)},
		{"zero steps", e.g.PackOpenVM(big.NewInt(1), asserterAddr, challengAddr, start, claim, 0)},
		{"proveStep on a game that is not at one step", e.g.PackProveStep(id, make([]byte, 312), nil)},
		{"dissect a game that does not exist", e.g.PackDissect(big.NewInt(99), nil)},
	} {
		if _, _, err := e.send(asserterAddr, e.game, c.data); err == nil {
			t.Errorf("%s: accepted", c.name)
		}
	}
}

// TestDisputeGamePositions compares the contract's checkpoint positions with game.Split at the start of games of
// many lengths, up to the largest a uint64 holds, for several k.
func TestDisputeGamePositions(t *testing.T) {
	lengths := []uint64{1, 2, 3, 4, 5, 15, 16, 17, 18, 33, 100, 1000, 1 << 32, 1<<32 + 7, 1<<64 - 1}
	for _, k := range []int{1, 2, 5, 16, 64} {
		e := newGameEVM(t, k)
		for _, m := range lengths {
			ret, _, err := e.send(bystander, e.resolver, e.r.PackOpenVM(asserterAddr, challengAddr, [32]byte{1}, [32]byte{2}, m))
			if err != nil {
				t.Fatalf("k=%d m=%d: open: %v", k, m, err)
			}
			id, err := e.r.UnpackOpenVM(ret)
			if err != nil {
				t.Fatal(err)
			}
			got, err := e.g.UnpackPositions(e.view(t, e.g.PackPositions(id)))
			if err != nil {
				t.Fatal(err)
			}
			want := game.Split(0, m, k)
			if fmt.Sprint(got) != fmt.Sprint(want) {
				t.Errorf("k=%d m=%d: contract %v, game.Split %v", k, m, got, want)
			}
			// A wrong number of values is refused.
			if len(want) > 0 {
				if _, _, err := e.send(asserterAddr, e.game, e.g.PackDissect(id, make([][32]byte, len(want)+1))); err == nil {
					t.Errorf("k=%d m=%d: %d values accepted for %d positions", k, m, len(want)+1, len(want))
				}
			}
		}
	}
}
