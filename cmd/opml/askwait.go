package main

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/opml-dev/opml/chain"
	"github.com/opml-dev/opml/contracts"
	"github.com/opml-dev/opml/internal/progress"
)

// asker waits for the answer to a request made with `opml ask`, saying on the way when its windows close (a
// line each, and a countdown on a terminal) and at the end whether the answer was disputed and which transaction
// delivered it. With --json it says nothing until the one object at the end.
type asker struct {
	ctx      context.Context
	c        *chain.Chain
	dc       *contracts.DigitConsumer
	id       *big.Int
	sent     *types.Receipt
	asJSON   bool
	progress *progress.Reporter
	result   askResult
}

// askResult is ask's --json object.
type askResult struct {
	RequestID   string   `json:"request_id"`
	AskTx       string   `json:"ask_tx"`
	FeeWei      string   `json:"fee_wei"`
	Answered    bool     `json:"answered"`
	Digit       *uint8   `json:"digit,omitempty"`
	Outcome     string   `json:"outcome,omitempty"` // "answered", "no result", "run failed", "not a digit"
	Disputed    bool     `json:"disputed"`
	Games       []uint64 `json:"games"`
	Entries     int      `json:"entries"`
	FinalizedTx string   `json:"finalized_tx,omitempty"`
	DeliveredTx string   `json:"delivered_tx,omitempty"`
	Error       string   `json:"error,omitempty"`
}

// say prints a line of narration (not with --json).
func (w *asker) say(format string, args ...any) {
	if w.asJSON {
		return
	}
	w.progress.Done()
	fmt.Fprintf(stdout, format+"\n", args...)
}

// finish prints the --json object (with err's text, if any) and returns err.
func (w *asker) finish(err error) error {
	w.progress.Done()
	if !w.asJSON {
		return err
	}
	if err != nil {
		w.result.Error = err.Error()
	}
	if w.result.Games == nil {
		w.result.Games = []uint64{}
	}
	if jerr := writeJSON(w.result); jerr != nil {
		return jerr
	}
	if err != nil {
		return &exitError{code: 1}
	}
	return nil
}

// clockTime is a chain time (unix seconds) as a wall-clock time of day.
func clockTime(unix uint64) string { return time.Unix(int64(unix), 0).Local().Format("15:04:05") }

// await polls the request until the dApp has its answer, narrating each stage once.
func (w *asker) await(limit time.Duration) error {
	oracleAddr, err := w.dc.Oracle(w.ctx)
	if err != nil {
		return err
	}
	oracle := contracts.NewOracle(w.c, oracleAddr)
	st, err := newStages(w.ctx, w.c, oracle, w.id, w.say, w.progress)
	if err != nil {
		return err
	}
	deadline := time.Now().Add(limit)
	for {
		ans, err := w.dc.Answer(w.ctx, w.id)
		if err != nil {
			return err
		}
		if ans.Delivered {
			return w.report(oracle, ans.NoResult, ans.Failed, ans.Valid, ans.Digit, ans.Output)
		}
		req, err := oracle.Request(w.ctx, w.id)
		if err != nil {
			return err
		}
		if err := st.note(w.ctx, req); err != nil {
			return err
		}
		select {
		case <-w.ctx.Done():
			return w.ctx.Err()
		case <-time.After(time.Until(deadline)):
			return fmt.Errorf("request %v: no answer within %v (results are final once entries close: a challenge window and a game clock after the first)", w.id, limit)
		case <-time.After(500 * time.Millisecond):
		}
	}
}

// stages narrates where a request stands while someone waits for it: a line when a first result is due, when the
// challenge window closes, when the result is disputed (each once), and a countdown on a terminal.
type stages struct {
	c        *chain.Chain
	id       *big.Int
	window   time.Duration
	say      func(format string, args ...any)
	progress *progress.Reporter
	said     map[string]bool
}

func newStages(ctx context.Context, c *chain.Chain, oracle *contracts.Oracle, id *big.Int, say func(string, ...any), p *progress.Reporter) (*stages, error) {
	params, err := oracle.Params(ctx)
	if err != nil {
		return nil, err
	}
	return &stages{c: c, id: id, window: time.Duration(params.ChallengeWindow) * time.Second, say: say, progress: p, said: map[string]bool{}}, nil
}

func (s *stages) once(key, format string, args ...any) {
	if !s.said[key] {
		s.said[key] = true
		s.say(format, args...)
	}
}

// note narrates req's stage by the chain's clock (the head's time).
func (s *stages) note(ctx context.Context, req *contracts.Request) error {
	head, err := s.c.Client().HeaderByNumber(ctx, nil)
	if err != nil {
		return err
	}
	now := head.Time
	left := func(t uint64) string {
		if t <= now {
			return "0s"
		}
		return progress.FormatDuration(time.Duration(t-now) * time.Second)
	}
	switch req.Status {
	case contracts.StatusRequested:
		s.once("requested", "waiting for a first result: due by %s (in %s); the challenge window then runs %s",
			clockTime(req.SubmitDeadline), left(req.SubmitDeadline), progress.FormatDuration(s.window))
		s.progress.Status("request %v: a first result due in %s", s.id, left(req.SubmitDeadline))
	case contracts.StatusOpen:
		s.once("open", "a result was posted: the challenge window closes at %s (in %s); entries close at %s",
			clockTime(req.WindowEnd), left(req.WindowEnd), clockTime(req.ClosesAt))
		switch {
		case req.OpenGames > 0:
			s.once("disputed", "the result is disputed: %d game(s) being played; the answer comes when they end", req.OpenGames)
			s.progress.Status("request %v: %d game(s) being played", s.id, req.OpenGames)
		case now < req.WindowEnd:
			s.progress.Status("request %v: the challenge window closes in %s", s.id, left(req.WindowEnd))
		case now < req.ClosesAt:
			s.once("window", "the challenge window has closed; entries close at %s (in %s)", clockTime(req.ClosesAt), left(req.ClosesAt))
			s.progress.Status("request %v: entries close in %s", s.id, left(req.ClosesAt))
		default:
			s.progress.Status("request %v: waiting for the result to be finalized and delivered", s.id)
		}
	default:
		s.progress.Status("request %v: %s, waiting for the delivery", s.id, strings.ToLower(req.Status.String()))
	}
	return nil
}

// historyLine says whether a final request was disputed and which transaction delivered its result.
func historyLine(h *contracts.RequestHistory) string {
	disputed := "undisputed"
	if h.Disputed() {
		disputed = fmt.Sprintf("disputed (game %s)", joinIDs(h.Games))
	}
	tx, block := h.ResultTx, h.ResultBlock
	if h.DeliveredTx != (common.Hash{}) {
		tx, block = h.DeliveredTx, h.DeliveredBlock
	}
	return fmt.Sprintf("the answer was %s, %d result(s) posted; delivered by transaction %s in block %d", disputed, h.Entries, tx.Hex(), block)
}

// report reads the request's history and says what the dApp got, whether it was disputed and which
// transaction delivered it.
func (w *asker) report(oracle *contracts.Oracle, noResult, failed, valid bool, digit uint8, output []byte) error {
	w.result.Answered = true
	var outcome error
	switch {
	case noResult:
		w.result.Outcome = "no result"
		outcome = fmt.Errorf("request %v: no result was left standing; the asker can reclaim the fee from the DigitConsumer", w.id)
	case failed:
		w.result.Outcome = "run failed"
		outcome = fmt.Errorf("request %v: the model's run failed on this picture", w.id)
	case !valid:
		w.result.Outcome = "not a digit"
		outcome = fmt.Errorf("request %v: the oracle delivered %x, which is not a digit", w.id, output)
	default:
		w.result.Outcome, w.result.Digit = "answered", &digit
		w.say("request %v: the oracle answered %d", w.id, digit)
	}
	h, err := oracle.History(w.ctx, w.id, w.sent.BlockNumber.Uint64())
	if err != nil {
		return errors.Join(outcome, err)
	}
	w.result.Disputed, w.result.Games, w.result.Entries = h.Disputed(), h.Games, h.Entries
	if h.FinalizedTx != (common.Hash{}) {
		w.result.FinalizedTx = h.FinalizedTx.Hex()
	}
	if h.DeliveredTx != (common.Hash{}) {
		w.result.DeliveredTx = h.DeliveredTx.Hex()
	}
	w.say("%s", historyLine(h))
	return outcome
}

func joinIDs(ids []uint64) string {
	s := make([]string, len(ids))
	for i, id := range ids {
		s[i] = fmt.Sprint(id)
	}
	return strings.Join(s, ", ")
}
