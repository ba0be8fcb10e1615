package agent

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"

	"github.com/opml-dev/opml/contracts"
)

// View is what an agent is doing, for a monitor: its totals (the metrics), the requests it tracks with their
// windows, its games with their level stacks, clocks and moves, and its bonds and payouts. Everything the chain
// knows is read from the chain at the time of the View; amounts are wei in decimal strings (JSON numbers lose
// precision past 2^53).
type View struct {
	Role    string `json:"role"`
	Account string `json:"account"`
	Oracle  string `json:"oracle"`
	// Head and HeadTime are the chain's head block and its time (unix seconds): the clock of every deadline.
	Head     uint64 `json:"head"`
	HeadTime uint64 `json:"head_time"`
	// Scanned is the last block whose events the agent handled.
	Scanned    uint64 `json:"scanned"`
	BalanceWei string `json:"balance_wei"`
	OwedWei    string `json:"owed_wei"` // what the oracle owes the agent, not withdrawn yet
	Totals     Totals `json:"totals"`
	Health     struct {
		LastOK   int64  `json:"last_ok"` // unix seconds; 0: no pass succeeded yet
		LastErr  string `json:"last_err,omitempty"`
		Failures int    `json:"failures"`
	} `json:"health"`
	// Requests and Games are the open ones and the keepDone newest settled ones; Totals count them all.
	Requests []RequestView `json:"requests"`
	Games    []GameView    `json:"games"`
}

// Totals are the agent's counters since its database was made.
type Totals struct {
	RequestsSeen   int    `json:"requests_seen"`
	ResultsPosted  int    `json:"results_posted"`
	GamesOpen      int    `json:"games_open"`
	GamesWon       int    `json:"games_won"`
	GamesLost      int    `json:"games_lost"`
	Moves          int    `json:"moves"` // dissections and choices played
	Transactions   int    `json:"transactions"`
	Gas            uint64 `json:"gas"`
	GasCostWei     string `json:"gas_cost_wei"`
	BondsLockedWei string `json:"bonds_locked_wei"` // the agent's bonds in requests that are not settled
	WithdrawnWei   string `json:"withdrawn_wei"`
}

// RequestView is a tracked request: its state and windows (unix seconds, 0: not set) and its entries.
type RequestView struct {
	ID             uint64      `json:"id"`
	Model          string      `json:"model"`
	Status         string      `json:"status"`
	FeeWei         string      `json:"fee_wei"`
	SubmitDeadline uint64      `json:"submit_deadline"`
	WindowEnd      uint64      `json:"window_end"`
	ClosesAt       uint64      `json:"closes_at"`
	Done           bool        `json:"done"`
	Entries        []EntryView `json:"entries"`
}

// EntryView is one entry of a request.
type EntryView struct {
	Index    uint32 `json:"index"`
	Poster   string `json:"poster"`
	Mine     bool   `json:"mine"`
	Output   string `json:"output"` // what it means ("digit 7"), if its output was revealed
	Claim    string `json:"claim"`
	Live     bool   `json:"live"`
	Released bool   `json:"released"`
	BondWei  string `json:"bond_wei"`
	// ShareWei is what each game the entry lost paid its winner (set when it was eliminated).
	ShareWei string `json:"share_wei"`
}

// GameView is one of the agent's games.
type GameView struct {
	ID       uint64 `json:"id"`
	Request  uint64 `json:"request"`
	Side     string `json:"side"`
	Opponent string `json:"opponent"`
	Phase    string `json:"phase"`
	// Mover is the side to move; MoverDeadline when its clock runs out (unix seconds).
	Mover          string      `json:"mover"`
	MyTurn         bool        `json:"my_turn"`
	MoverDeadline  uint64      `json:"mover_deadline"`
	AsserterLeft   uint64      `json:"asserter_left"` // seconds on each clock at the last move
	ChallengerLeft uint64      `json:"challenger_left"`
	LastMove       uint64      `json:"last_move"`
	Moves          uint32      `json:"moves"`
	Levels         []LevelView `json:"levels"` // the stack, the current level last
	// Positions are the positions the asserter must post values at now (in a dissection).
	Positions []uint64 `json:"positions"`
	Rounds    int      `json:"rounds"`
	VMSteps   uint64   `json:"vm_steps"`
	Gas       uint64   `json:"gas"`
	Done      bool     `json:"done"`
	Won       bool     `json:"won"`
	// PayoutWei is what the game moved for the agent once resolved: the loser's share if it won, minus it if it lost.
	PayoutWei string `json:"payout_wei"`
}

// LevelView is one level of a game: what its positions are and the range still disputed.
type LevelView struct {
	Kind string `json:"kind"`
	Lo   uint64 `json:"lo"`
	Hi   uint64 `json:"hi"`
}

// View reads what the agent is doing (see View).
func (a *Agent) View(ctx context.Context) (*View, error) {
	a.mu.Lock()
	if a.store == nil {
		a.mu.Unlock()
		return nil, errors.New("agent: closed")
	}
	var requests []*requestRecord
	var games []*gameRecord
	var scanned []scannedBlock
	var l ledger
	err := a.store.view(func(t *storeTx) error {
		var err error
		if requests, err = t.requests(false); err != nil {
			return err
		}
		if games, err = t.games(false); err != nil {
			return err
		}
		if scanned, err = t.scanned(); err != nil {
			return err
		}
		l, err = t.ledger()
		return err
	})
	a.mu.Unlock()
	if err != nil {
		return nil, err
	}
	head, err := a.client.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("agent: read the chain head: %w", err)
	}
	balance, err := a.client.BalanceAt(ctx, a.self, nil)
	if err != nil {
		return nil, fmt.Errorf("agent: read the balance: %w", err)
	}
	owed, err := a.oracle.Owed(ctx, a.self)
	if err != nil {
		return nil, fmt.Errorf("agent: read what is owed: %w", err)
	}
	v := &View{Role: a.cfg.Role.String(), Account: a.self.Hex(), Oracle: a.sys.AIOracle.Hex(), Head: head.Number.Uint64(),
		HeadTime: head.Time, BalanceWei: balance.String(), OwedWei: owed.String(), Requests: []RequestView{}, Games: []GameView{}}
	if len(scanned) > 0 {
		v.Scanned = scanned[len(scanned)-1].Number
	}
	h := a.Health()
	if !h.LastOK.IsZero() {
		v.Health.LastOK = h.LastOK.Unix()
	}
	v.Health.LastErr, v.Health.Failures = h.LastErr, h.Failures
	locked := new(big.Int)
	entriesOf := map[uint64][]contracts.Entry{}
	showRequest := newestDone(len(requests), func(i int) bool { return requests[i].Done })
	for i, r := range requests {
		if !showRequest[i] {
			if r.Plan != nil {
				v.Totals.ResultsPosted++ // settled long ago: counted from the database, not read again
			}
			continue
		}
		rv, entries, err := a.viewRequest(ctx, r)
		if err != nil {
			return nil, err
		}
		entriesOf[r.ID] = entries
		for _, e := range entries {
			if e.Poster == a.self {
				v.Totals.ResultsPosted++
				if e.Live && !e.Released {
					locked.Add(locked, e.Bond)
				}
			}
		}
		v.Requests = append(v.Requests, rv)
	}
	showGame := newestDone(len(games), func(i int) bool { return games[i].Done })
	for i, g := range games {
		switch {
		case !g.Done:
			v.Totals.GamesOpen++
		case g.Won:
			v.Totals.GamesWon++
		default:
			v.Totals.GamesLost++
		}
		v.Totals.Moves += g.Rounds
		if !showGame[i] {
			continue
		}
		gv, err := a.viewGame(ctx, g, entriesOf[g.Request])
		if err != nil {
			return nil, err
		}
		v.Games = append(v.Games, gv)
	}
	v.Totals.RequestsSeen = len(requests)
	v.Totals.Transactions, v.Totals.Gas = l.Transactions, l.Gas
	v.Totals.GasCostWei, v.Totals.WithdrawnWei, v.Totals.BondsLockedWei = l.GasCost.String(), l.Withdrawn.String(), locked.String()
	return v, nil
}

// keepDone is how many settled requests and games a View shows, the newest: older ones are only counted, so that
// a View's chain reads grow with the agent's open work, not with its history.
const keepDone = 20

// newestDone marks which of n records (in id order) a View shows: every open one and the last keepDone done.
func newestDone(n int, done func(i int) bool) []bool {
	show := make([]bool, n)
	kept := 0
	for i := n - 1; i >= 0; i-- {
		if !done(i) || kept < keepDone {
			show[i] = true
			if done(i) {
				kept++
			}
		}
	}
	return show
}

func (a *Agent) viewRequest(ctx context.Context, r *requestRecord) (RequestView, []contracts.Entry, error) {
	id := new(big.Int).SetUint64(r.ID)
	req, err := a.oracle.Request(ctx, id)
	if err != nil {
		return RequestView{}, nil, fmt.Errorf("agent: read request %d: %w", r.ID, err)
	}
	entries, err := a.oracle.Entries(ctx, id)
	if err != nil {
		return RequestView{}, nil, fmt.Errorf("agent: read the entries of request %d: %w", r.ID, err)
	}
	m := a.models[r.Model]
	rv := RequestView{ID: r.ID, Model: m.name(), Status: req.Status.String(), FeeWei: req.Fee.String(),
		SubmitDeadline: req.SubmitDeadline, WindowEnd: req.WindowEnd, ClosesAt: req.ClosesAt, Done: r.Done, Entries: []EntryView{}}
	for _, e := range entries {
		ev := EntryView{Index: e.Index, Poster: e.Poster.Hex(), Mine: e.Poster == a.self, Claim: shortHash(e.Claim), Live: e.Live,
			Released: e.Released, BondWei: e.Bond.String(), ShareWei: e.Share.String()}
		if out, ok := r.Outputs[hex.EncodeToString(e.Claim[:])]; ok {
			ev.Output = m.describe(out)
		} else if e.Failed {
			ev.Output = m.describe(nil)
		}
		rv.Entries = append(rv.Entries, ev)
	}
	return rv, entries, nil
}

func (a *Agent) viewGame(ctx context.Context, g *gameRecord, entries []contracts.Entry) (GameView, error) {
	id := new(big.Int).SetUint64(g.ID)
	info, err := a.game.Info(ctx, id)
	if err != nil {
		return GameView{}, fmt.Errorf("agent: read game %d: %w", g.ID, err)
	}
	levels, err := a.game.Levels(ctx, id)
	if err != nil {
		return GameView{}, fmt.Errorf("agent: read the levels of game %d: %w", g.ID, err)
	}
	gv := GameView{ID: g.ID, Request: g.Request, Side: g.Side.String(), Opponent: g.Opponent.Hex(), Phase: info.Phase.String(),
		AsserterLeft: info.AsserterLeft, ChallengerLeft: info.ChallengerLeft, LastMove: info.LastMove, Moves: info.Moves,
		Levels: []LevelView{}, Positions: []uint64{}, Rounds: g.Rounds, VMSteps: g.VMSteps, Gas: g.Gas, Done: g.Done, Won: g.Won, PayoutWei: "0"}
	for _, l := range levels {
		gv.Levels = append(gv.Levels, LevelView{Kind: levelPlays[l.Kind].name, Lo: l.Lo, Hi: l.Hi})
	}
	if info.Phase != contracts.PhaseResolved {
		mover, left := info.Mover()
		gv.Mover, gv.MyTurn, gv.MoverDeadline = asserter.String(), mover == a.self, info.LastMove+left
		if !info.Phase.AsserterMoves() {
			gv.Mover = challenger.String()
		}
		if info.Phase == contracts.PhaseDissect {
			if gv.Positions, err = a.game.Positions(ctx, id); err != nil {
				return GameView{}, fmt.Errorf("agent: read the positions of game %d: %w", g.ID, err)
			}
		}
	} else if og, err := a.oracle.Game(ctx, id); err == nil {
		loser := og.AsserterEntry
		if info.Winner == info.Asserter {
			loser = og.ChallengerEntry
		}
		if int(loser) < len(entries) {
			share := new(big.Int).Set(entries[loser].Share)
			if info.Winner != a.self {
				share.Neg(share)
			}
			gv.PayoutWei = share.String()
		}
	}
	return gv, nil
}
