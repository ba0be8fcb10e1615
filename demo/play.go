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
	"github.com/opml-dev/opml/chain"
	"github.com/opml-dev/opml/contracts/bindings"
	"github.com/opml-dev/opml/game"
	"github.com/opml-dev/opml/graph"
	"github.com/opml-dev/opml/models/mnist"
	"github.com/opml-dev/opml/tensor"
)

// Request statuses of AIOracle.Status.
const statusFinalized = 3

// idleAdvance is how far the demo moves the chain's clock when no agent has anything to do (waiting out a
// challenge window or a silent party's clock).
const idleAdvance = 30 * time.Second

// play has the dApp ask for a digit and steps the agents until the answer is final and every party has been
// paid.
func (d *run) play(ctx context.Context) error {
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
	if d.firstBlock, err = d.blockNumber(ctx); err != nil {
		return err
	}
	d.before = map[common.Address]*big.Int{}
	for _, a := range d.accounts() {
		if d.before[a], err = d.base.Client().BalanceAt(ctx, a, new(big.Int).SetUint64(d.firstBlock)); err != nil {
			return fmt.Errorf("demo: balance of %s: %w", a, err)
		}
	}

	user := d.base.As(d.keys.user)
	fee := new(big.Int).Set(d.params.MinFee)
	receipt, err := user.TransactValue(ctx, d.sys.DigitConsumer, bindings.NewDigitConsumer().PackAsk(img), fee)
	if err != nil {
		return fmt.Errorf("demo: the dApp's request: %w", err)
	}
	oracle := bindings.NewAIOracle()
	for _, l := range receipt.Logs {
		if ev, err := oracle.UnpackRequestedEvent(l); err == nil {
			d.requestID = ev.RequestId
		}
	}
	if d.requestID == nil {
		return fmt.Errorf("demo: the dApp's request emitted no Requested event")
	}
	d.say("dApp", "DigitConsumer asks for the digit in MNIST test image #%d (labelled %d), fee %s ETH: request %v",
		d.o.Image, d.label, eth(fee), d.requestID)
	d.say("dApp", "(the model's correct answer, computed natively here for reference: %d)", d.correct)

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
		r, err := chain.Call(ctx, d.base, d.sys.AIOracle, oracle.PackGetRequest(d.requestID), oracle.UnpackGetRequest)
		if err != nil {
			return err
		}
		if r.Status == statusFinalized {
			return nil // and no agent has anything left to do: everyone has withdrawn
		}
		if !idle {
			d.say("chain", "nobody has a move until a challenge window closes or a clock runs out: time passes")
			idle = true
		}
		if err := d.wait(ctx); err != nil {
			return err
		}
	}
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
		RequestID: d.requestID.Uint64(), CorrectResult: d.correct, DeliveredResult: -1}
	consumer := bindings.NewDigitConsumer()
	ans, err := chain.Call(ctx, d.base, d.sys.DigitConsumer, consumer.PackAnswer(d.requestID), consumer.UnpackAnswer)
	if err != nil {
		return nil, err
	}
	s.ResultDelivered = ans.Delivered && ans.Valid
	if s.ResultDelivered {
		s.DeliveredResult = int(ans.Digit)
	}
	oracle := bindings.NewAIOracle()
	r, err := chain.Call(ctx, d.base, d.sys.AIOracle, oracle.PackGetRequest(d.requestID), oracle.UnpackGetRequest)
	if err != nil {
		return nil, err
	}
	submitter := crypto.PubkeyToAddress(d.keys.submitter.PublicKey)
	validator := crypto.PubkeyToAddress(d.keys.validator.PublicKey)
	s.Winner = "submitter"
	if r.Submitter == validator {
		s.Winner = "validator"
	}

	// Walk the blocks of the demo: gas by party and by kind, games and their moves.
	gameAddr := d.sys.DisputeGame
	dg := bindings.NewDisputeGame()
	var games []*big.Int
	parties := map[common.Address]bool{submitter: true, validator: true, crypto.PubkeyToAddress(d.keys.user.PublicKey): true}
	challengeSel, startSel := selector(oracle.PackChallenge(big.NewInt(0), nil, bindings.AIOracleClaimProof{})),
		selector(oracle.PackSetGameStart(big.NewInt(0), nil, nil))
	paidGas := map[common.Address]*big.Int{}
	s.MoveGas = map[string]*MoveGas{}
	err = d.eachTx(ctx, func(tx *types.Transaction, from common.Address, rc *types.Receipt) {
		if parties[from] {
			s.GasUsed += rc.GasUsed
		}
		if paidGas[from] == nil {
			paidGas[from] = new(big.Int)
		}
		paidGas[from].Add(paidGas[from], new(big.Int).Mul(new(big.Int).SetUint64(rc.GasUsed), rc.EffectiveGasPrice))
		to := tx.To()
		if to == nil {
			return
		}
		dispute := *to == gameAddr || (*to == d.sys.AIOracle && (selector(tx.Data()) == challengeSel || selector(tx.Data()) == startSel))
		if dispute && rc.Status == types.ReceiptStatusSuccessful {
			s.DisputeGas += rc.GasUsed
			s.Moves++
			s.MaxMoveGas = max(s.MaxMoveGas, rc.GasUsed)
			kind := "other"
			abi := dg.GetABI()
			if *to == d.sys.AIOracle {
				abi = oracle.GetABI()
			}
			if m, err := abi.MethodById(tx.Data()); err == nil {
				kind = m.Name
			}
			mg := s.MoveGas[kind]
			if mg == nil {
				mg = &MoveGas{}
				s.MoveGas[kind] = mg
			}
			mg.Count++
			mg.Total += rc.GasUsed
			mg.Max = max(mg.Max, rc.GasUsed)
		}
		for _, l := range rc.Logs {
			if ev, err := oracle.UnpackChallengedEvent(l); err == nil && ev.RequestId.Cmp(d.requestID) == 0 {
				games = append(games, ev.GameId)
			}
			if _, err := dg.UnpackDissectedEvent(l); err == nil && l.Address == gameAddr {
				s.Rounds++
			}
			if ev, err := oracle.UnpackResolvedEvent(l); err == nil && ev.RequestId.Cmp(d.requestID) == 0 {
				cheater := submitter
				if d.o.Cheat.Mode == agent.CheatFalseChallenge {
					cheater = validator
				}
				if d.o.Cheat.Mode != "" && ev.Winner != cheater {
					s.CheaterSlashed = true
				}
			}
		}
	})
	if err != nil {
		return nil, err
	}
	net := func(a common.Address) (*big.Int, error) {
		now, err := d.base.Client().BalanceAt(ctx, a, nil)
		if err != nil {
			return nil, fmt.Errorf("demo: balance of %s: %w", a, err)
		}
		n := new(big.Int).Sub(now, d.before[a])
		if g := paidGas[a]; g != nil {
			n.Add(n, g)
		}
		return n, nil
	}
	acc := d.accounts()
	for i, dst := range []**big.Int{&s.SubmitterNet, &s.ValidatorNet, &s.RequesterNet} {
		if *dst, err = net(acc[i]); err != nil {
			return nil, err
		}
	}
	if s.OracleBalance, err = d.base.Client().BalanceAt(ctx, d.sys.AIOracle, nil); err != nil {
		return nil, err
	}
	s.Fee, s.SubmitterBond, s.ChallengerBond = d.params.MinFee, d.params.SubmitterBond, d.params.ChallengerBond
	s.Disputed = len(games) > 0
	if s.Disputed {
		if s.VMSteps, err = d.disputedSteps(ctx, games[0]); err != nil {
			return nil, err
		}
	}
	d.say("result", "the dApp got %d (correct: %d); %s's result stood; %d rounds, %d game transactions, %d gas in the dispute",
		s.DeliveredResult, s.CorrectResult, s.Winner, s.Rounds, s.Moves, s.DisputeGas)
	return s, nil
}

// disputedSteps returns how many steps the honest VM run that the game's last level bisected takes.
func (d *run) disputedSteps(ctx context.Context, gameID *big.Int) (uint64, error) {
	dg := bindings.NewDisputeGame()
	levels, err := chain.Call(ctx, d.base, d.sys.DisputeGame, dg.PackLevels(gameID), dg.UnpackLevels)
	if err != nil {
		return 0, err
	}
	node := -1
	if len(levels) == 2 {
		node = int(levels[0].Lo)
	} else if d.o.Phases == 2 {
		return 0, nil // the game ended in the graph level
	}
	test, err := mnist.LoadTest()
	if err != nil {
		return 0, err
	}
	c, err := game.NewComputation(d.model.ELF, d.model.Graph, d.model.Info, test.Image(d.o.Image), nil)
	if err != nil {
		return 0, err
	}
	return c.VMSteps(node)
}

// accounts returns the submitter's, the validator's and the dApp user's addresses.
func (d *run) accounts() []common.Address {
	return []common.Address{crypto.PubkeyToAddress(d.keys.submitter.PublicKey),
		crypto.PubkeyToAddress(d.keys.validator.PublicKey), crypto.PubkeyToAddress(d.keys.user.PublicKey)}
}

// eachTx calls f with every transaction of the demo's blocks, its sender and its receipt.
func (d *run) eachTx(ctx context.Context, f func(*types.Transaction, common.Address, *types.Receipt)) error {
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
			f(tx, from, rc)
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

func selector(calldata []byte) [4]byte { return [4]byte(calldata[:4]) }

func short(a common.Address) string { return a.Hex()[:10] + "…" }

func shortHash(data []byte) string { return fmt.Sprintf("%x…", crypto.Keccak256(data)[:4]) }

// eth formats wei as ether.
func eth(wei *big.Int) string {
	f, _ := new(big.Float).Quo(new(big.Float).SetInt(wei), big.NewFloat(1e18)).Float64()
	return fmt.Sprintf("%g", f)
}
