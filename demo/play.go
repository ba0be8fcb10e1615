package demo

import (
	"context"
	"encoding/binary"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/opml-dev/opml/agent"
	"github.com/opml-dev/opml/contracts"
	"github.com/opml-dev/opml/game"
	"github.com/opml-dev/opml/graph"
	"github.com/opml-dev/opml/models/mnist"
	"github.com/opml-dev/opml/tensor"
)

// idleAdvance is how far the demo moves the chain's clock when no agent has anything to do (waiting out a
// challenge window or a silent party's clock).
const idleAdvance = 30 * time.Second

// play has the dApp ask for a digit and steps the agents until the answer is final and every party has been
// paid.
func (d *run) play(ctx context.Context) error {
	var err error
	if d.firstBlock, err = d.blockNumber(ctx); err != nil {
		return err
	}
	d.before = map[common.Address]*big.Int{}
	for _, p := range d.parties() {
		a := d.addr(p)
		if d.before[a], err = d.base.Client().BalanceAt(ctx, a, new(big.Int).SetUint64(d.firstBlock)); err != nil {
			return fmt.Errorf("demo: balance of %s: %w", a, err)
		}
	}
	if d.o.Model != nil {
		start := time.Now()
		if d.req, err = prepareRequest(d.o.Model, d.o); err != nil {
			return err
		}
		d.phases["reference"] = time.Since(start).Seconds()
		if err := d.askTensors(ctx); err != nil {
			return err
		}
	} else if err := d.askDigit(ctx); err != nil {
		return err
	}
	oracle := d.sys.Oracle(d.base)
	d.canAdvance = true
	idle := false
	for {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("demo: gave up waiting for the request to finalize: %w", err)
		}
		acted := false
		for i, a := range d.agents {
			ok, err := a.Step(ctx)
			if err != nil {
				return fmt.Errorf("demo: %s: %w", d.roles[i], err)
			}
			acted = acted || ok
		}
		if acted {
			idle = false
			continue
		}
		r, err := oracle.Request(ctx, d.requestID)
		if err != nil {
			return err
		}
		if r.Status.Final() {
			return nil // and no agent has anything left to do: everyone has withdrawn
		}
		if !idle {
			d.say("chain", "nobody has a move until entries close or a clock runs out: time passes")
			idle = true
		}
		if err := d.wait(ctx); err != nil {
			return err
		}
	}
}

// askDigit has the DigitConsumer ask for the digit in the chosen MNIST test image.
func (d *run) askDigit(ctx context.Context) error {
	test, err := mnist.LoadTest()
	if err != nil {
		return err
	}
	if d.o.Image < 0 || d.o.Image >= test.Len() {
		return fmt.Errorf("demo: --image %d: the MNIST test set has images 0..%d", d.o.Image, test.Len()-1)
	}
	img := test.Image(d.o.Image)
	d.label = int(test.Labels[d.o.Image])
	if d.correct, err = Digit(d.model.Graph, img); err != nil {
		return err
	}
	d.dapp = d.sys.DigitConsumer
	user := d.base.As(d.keys["requester"])
	dc := d.sys.Consumer(user)
	fee, err := dc.Fee(ctx)
	if err != nil {
		return err
	}
	receipt, err := dc.AskTx(img, fee).Send(ctx, user)
	if err != nil {
		return fmt.Errorf("demo: the dApp's request: %w", err)
	}
	if err := d.requestFrom(receipt.Logs); err != nil {
		return err
	}
	d.say("dApp", "DigitConsumer asks for the digit in MNIST test image #%d (labelled %d), fee %s ETH: request %v",
		d.o.Image, d.label, eth(fee), d.requestID)
	d.say("dApp", "(the model's correct answer, computed natively here for reference: %d)", d.correct)
	return nil
}

// requestFrom reads the request's id from the oracle's event among the logs of the dApp's transaction.
func (d *run) requestFrom(logs []*types.Log) error {
	oracle := d.sys.Oracle(d.base)
	for _, l := range logs {
		if ev, err := oracle.ABI().UnpackAICallbackRequestEvent(l); err == nil {
			d.requestID = ev.RequestId
		}
	}
	if d.requestID == nil {
		return fmt.Errorf("demo: the dApp's request emitted no AICallbackRequest event")
	}
	return nil
}

// input returns the request's input bytes.
func (d *run) input() ([]byte, error) {
	if d.req != nil {
		return d.req.input, nil
	}
	test, err := mnist.LoadTest()
	if err != nil {
		return nil, err
	}
	return test.Image(d.o.Image), nil
}

// wait lets time pass on the chain: at once where the clock can be moved, else by waiting.
func (d *run) wait(ctx context.Context) error {
	if d.canAdvance {
		err := d.base.AdvanceTime(ctx, idleAdvance)
		if err == nil {
			return nil
		}
		d.canAdvance = false
		d.say("chain", "this node cannot move its clock (%v): waiting in real time", err)
	}
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-time.After(time.Second):
		return nil
	}
}

// Digit runs an MNIST int8 graph natively on raw pixels and returns the digit it predicts.
func Digit(g *graph.Graph, pixels []byte) (int, error) {
	in, err := tensor.FromBytes(tensor.I8, pixels, 1, mnist.Pixels)
	if err != nil {
		return 0, err
	}
	values, err := graph.Run(g, in)
	if err != nil {
		return 0, err
	}
	return decodeDigit(values[g.Output()].Bytes())
}

// decodeDigit reads an output as the DigitConsumer does: one little-endian int32.
func decodeDigit(out []byte) (int, error) {
	if len(out) != 4 {
		return 0, fmt.Errorf("demo: an output of %d bytes is not one int32", len(out))
	}
	return int(int32(binary.LittleEndian.Uint32(out))), nil
}

// summarize reads the outcome back from the chain.
func (d *run) summarize(ctx context.Context) (*Summary, error) {
	s := &Summary{Phases: d.o.Phases, K: d.o.K, Cheat: d.o.Cheat.String(), Image: d.o.Image, Label: d.label,
		RequestID: d.requestID.Uint64(), CorrectResult: d.correct, DeliveredResult: -1, Net: map[string]Wei{}}
	if d.tensors != nil {
		s.Image, s.Label, s.CorrectResult = -1, -1, -1
		if err := d.summarizeTensors(ctx, s); err != nil {
			return nil, err
		}
	} else {
		ans, err := d.sys.Consumer(d.base).Answer(ctx, d.requestID)
		if err != nil {
			return nil, err
		}
		s.ResultDelivered = ans.Delivered && ans.Valid
		if s.ResultDelivered {
			s.DeliveredResult = int(ans.Digit)
		}
		s.DeliveredCorrect = s.ResultDelivered && s.DeliveredResult == s.CorrectResult
	}
	oracle := d.sys.Oracle(d.base)
	entries, err := oracle.Entries(ctx, d.requestID)
	if err != nil {
		return nil, err
	}
	s.Entries = len(entries)
	role := map[common.Address]string{}
	for _, p := range d.parties() {
		role[d.addr(p)] = p
	}
	// The cheater's entries: the submitter's and its sock's, or the false challenger's.
	cheater := map[common.Address]bool{}
	switch d.o.Cheat.Mode {
	case "", agent.CheatCopySubmit:
	case agent.CheatFalseChallenge:
		cheater[d.addr("validator")] = true
	default:
		cheater[d.addr("submitter")] = true
		if d.o.Cheat.Mode == agent.CheatSockPuppet {
			cheater[d.addr("sock")] = true
		}
	}

	// Walk the blocks of the demo: gas by party and by kind, games and their moves, the times of the first entry
	// and of finalization.
	gameAddr := d.sys.DisputeGame
	ao, dg := oracle.ABI(), d.sys.Game(d.base).ABI()
	aoABI, dgABI := ao.GetABI(), dg.GetABI()
	var games []*big.Int
	var firstEntry, finalized uint64
	paidGas := map[common.Address]*big.Int{}
	s.MoveGas, s.OracleGas = map[string]*MoveGas{}, map[string]*MoveGas{}
	disputeKinds := map[string]bool{"setGameStart": true, "dispute": true}
	err = d.eachTx(ctx, func(tx *types.Transaction, from common.Address, rc *types.Receipt, blockTime uint64) {
		if role[from] != "" {
			s.GasUsed += rc.GasUsed
		}
		if paidGas[from] == nil {
			paidGas[from] = new(big.Int)
		}
		paidGas[from].Add(paidGas[from], new(big.Int).Mul(new(big.Int).SetUint64(rc.GasUsed), rc.EffectiveGasPrice))
		if to := tx.To(); to != nil && rc.Status == types.ReceiptStatusSuccessful {
			kind, dispute := "", false
			switch *to {
			case gameAddr:
				if m, err := dgABI.MethodById(tx.Data()); err == nil {
					kind, dispute = m.Name, true
				}
			case d.sys.AIOracle:
				if m, err := aoABI.MethodById(tx.Data()); err == nil {
					kind, dispute = m.Name, disputeKinds[m.Name]
				}
			case d.dapp:
				kind = "ask"
			}
			switch {
			case dispute:
				s.DisputeGas += rc.GasUsed
				s.Moves++
				s.MaxMoveGas = max(s.MaxMoveGas, rc.GasUsed)
				addGas(s.MoveGas, kind, rc.GasUsed)
			case kind != "":
				addGas(s.OracleGas, kind, rc.GasUsed)
			}
		}
		for _, l := range rc.Logs {
			if ev, err := ao.UnpackRevealedEvent(l); err == nil && ev.RequestId.Cmp(d.requestID) == 0 && firstEntry == 0 {
				firstEntry = blockTime
			}
			if ev, err := ao.UnpackDisputedEvent(l); err == nil && ev.RequestId.Cmp(d.requestID) == 0 {
				games = append(games, ev.GameId)
			}
			if ev, err := ao.UnpackFinalizedEvent(l); err == nil && ev.RequestId.Cmp(d.requestID) == 0 {
				finalized = blockTime
				if ev.FeeEntry > 0 && int(ev.FeeEntry) <= len(entries) {
					s.Winner = role[entries[ev.FeeEntry-1].Poster]
				}
			}
			if ev, err := ao.UnpackEliminatedEvent(l); err == nil && ev.RequestId.Cmp(d.requestID) == 0 &&
				int(ev.Entry) < len(entries) && cheater[entries[ev.Entry].Poster] {
				s.CheaterSlashed = true
			}
			if _, err := dg.UnpackDissectedEvent(l); err == nil && l.Address == gameAddr {
				s.Rounds++
			}
		}
	})
	if err != nil {
		return nil, err
	}
	s.Games, s.Disputed = len(games), len(games) > 0
	if finalized >= firstEntry && firstEntry > 0 {
		s.FinalizedAfterSeconds = finalized - firstEntry
	}
	s.FinalityBoundSeconds = uint64(d.params.FinalityBound() / time.Second)
	for _, p := range d.parties() {
		a := d.addr(p)
		now, err := d.base.Client().BalanceAt(ctx, a, nil)
		if err != nil {
			return nil, fmt.Errorf("demo: balance of %s: %w", a, err)
		}
		n := new(big.Int).Sub(now, d.before[a])
		if g := paidGas[a]; g != nil {
			n.Add(n, g)
		}
		s.Net[p] = Wei{n}
	}
	bal, err := d.base.Client().BalanceAt(ctx, d.sys.AIOracle, nil)
	if err != nil {
		return nil, err
	}
	l, err := oracle.Ledger(ctx)
	if err != nil {
		return nil, err
	}
	var fee *big.Int
	if d.tensors != nil {
		fee, err = d.tensors.Fee(ctx)
	} else {
		fee, err = d.sys.Consumer(d.base).Fee(ctx)
	}
	if err != nil {
		return nil, err
	}
	s.OracleBalance, s.Burned, s.Fee, s.Bond = Wei{bal}, Wei{l.Burned}, Wei{fee}, Wei{d.params.EntryBond}
	if s.Disputed {
		if s.VMSteps, err = d.disputedSteps(ctx, games[0]); err != nil {
			return nil, err
		}
	}
	got := fmt.Sprintf("%d (correct: %d)", s.DeliveredResult, s.CorrectResult)
	if d.tensors != nil {
		got = fmt.Sprintf("the correct output: %v", s.DeliveredCorrect)
		if s.Tokens != nil {
			got += fmt.Sprintf(", tokens %v %q", s.Tokens, s.Text)
		}
	}
	d.say("result", "the dApp got %s; the %s's result stood; %d entries, %d games, %d rounds, %d game transactions, %d gas in the dispute; final %d s after the first entry (bound %d s)",
		got, s.Winner, s.Entries, s.Games, s.Rounds, s.Moves, s.DisputeGas, s.FinalizedAfterSeconds,
		s.FinalityBoundSeconds)
	for _, p := range d.parties() {
		d.say("result", "%-9s %s ETH", p, eth(s.Net[p].Int))
	}
	return s, nil
}

// disputedSteps returns how many steps the honest VM run that the game's last level bisected takes.
func (d *run) disputedSteps(ctx context.Context, gameID *big.Int) (uint64, error) {
	levels, err := d.sys.Game(d.base).Levels(ctx, gameID)
	if err != nil {
		return 0, err
	}
	run := game.NodeRun(-1)
	for _, l := range levels[:len(levels)-1] {
		switch l.Kind {
		case contracts.KindGraph:
			run.Node = int(l.Lo)
		case contracts.KindTile:
			run.Tile = int(l.Lo)
		}
	}
	if levels[len(levels)-1].Kind != contracts.KindVM {
		return 0, nil // the game ended in the graph or tile level
	}
	input, err := d.input()
	if err != nil {
		return 0, err
	}
	c, err := game.NewComputation(d.model.Executor, d.model.Graph, d.model.Info, input, nil)
	if err != nil {
		return 0, err
	}
	return c.RunSteps(run)
}

// eachTx calls f with every transaction of the demo's blocks, its sender, its receipt and its block's time.
func (d *run) eachTx(ctx context.Context, f func(*types.Transaction, common.Address, *types.Receipt, uint64)) error {
	reader, ok := d.base.Client().(interface {
		BlockByNumber(context.Context, *big.Int) (*types.Block, error)
	})
	if !ok {
		return fmt.Errorf("demo: the chain client cannot read blocks")
	}
	last, err := d.blockNumber(ctx)
	if err != nil {
		return err
	}
	signer := types.LatestSignerForChainID(d.base.ChainID())
	for n := d.firstBlock + 1; n <= last; n++ {
		b, err := reader.BlockByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			return fmt.Errorf("demo: block %d: %w", n, err)
		}
		for _, tx := range b.Transactions() {
			from, err := types.Sender(signer, tx)
			if err != nil {
				return err
			}
			rc, err := d.base.Client().TransactionReceipt(ctx, tx.Hash())
			if err != nil {
				return fmt.Errorf("demo: receipt of %s: %w", tx.Hash(), err)
			}
			f(tx, from, rc, b.Time())
		}
	}
	return nil
}

func (d *run) blockNumber(ctx context.Context) (uint64, error) {
	h, err := d.base.Client().HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("demo: latest block: %w", err)
	}
	return h.Number.Uint64(), nil
}

func short(a common.Address) string { return a.Hex()[:10] + "…" }

func shortHash(data []byte) string { return fmt.Sprintf("%x…", crypto.Keccak256(data)[:4]) }

// eth formats wei as ether.
func eth(wei *big.Int) string {
	f, _ := new(big.Float).Quo(new(big.Float).SetInt(wei), big.NewFloat(1e18)).Float64()
	return fmt.Sprintf("%g", f)
}
