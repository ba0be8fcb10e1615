package agent

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/opml-dev/opml/chain"
)

// The agent's books: what its transactions cost and moved (kept in its database, so they survive restarts), and
// what it takes from the oracle.

// book adds a mined transaction to the ledger.
func (a *Agent) book(r *types.Receipt, value *big.Int, ok bool, gameID uint64) error {
	return a.store.update(func(t *storeTx) error {
		l, err := t.ledger()
		if err != nil {
			return err
		}
		l.Transactions++
		l.Gas += r.GasUsed
		if r.EffectiveGasPrice != nil {
			l.GasCost.Add(l.GasCost, new(big.Int).Mul(new(big.Int).SetUint64(r.GasUsed), r.EffectiveGasPrice))
		}
		if ok && value != nil {
			l.Bonds.Add(l.Bonds, value)
		}
		for _, lg := range r.Logs {
			if lg.Address != a.sys.AIOracle {
				continue
			}
			if ev, err := a.oracle.ABI().UnpackWithdrawnEvent(lg); err == nil && ev.Account == a.self {
				l.Withdrawn.Add(l.Withdrawn, ev.Amount)
			}
		}
		if err := t.putLedger(l); err != nil {
			return err
		}
		if gameID == 0 {
			return nil
		}
		g, err := t.game(gameID)
		if err != nil || g == nil {
			return err
		}
		g.Gas += r.GasUsed
		return t.putGame(g)
	})
}

// withdraw takes what the oracle owes the agent.
func (a *Agent) withdraw(ctx context.Context) (bool, error) {
	owed, err := a.oracle.Owed(ctx, a.self)
	if err != nil {
		return false, fmt.Errorf("agent: read what is owed: %w", err)
	}
	if owed.Sign() == 0 {
		return false, nil
	}
	if _, err := a.send(ctx, "withdraw", a.oracle.WithdrawTx(), 0); err != nil {
		return true, err
	}
	a.logf("withdrew %s", eth(owed))
	return true, nil
}

// eth formats wei as ether for narration.
func eth(wei *big.Int) string {
	f, _ := new(big.Float).Quo(new(big.Float).SetInt(wei), big.NewFloat(1e18)).Float64()
	return fmt.Sprintf("%g ETH", f)
}

// GameStats is what one game of the agent's cost and how it went.
type GameStats struct {
	Game, Request uint64
	Side          string // "asserter" or "challenger"
	Cheat         string // the cheat the agent played in it ("none": honest)
	// Rounds is the number of dissections played (on every level).
	Rounds int
	// VMSteps is the length of the VM run the game's VM level is over (0 until it gets there).
	VMSteps uint64
	// Gas is the gas of the agent's transactions in the game (for a challenger, the challenge included).
	Gas       uint64
	Done, Won bool
}

// Stats is what the agent's transactions cost and moved, and its games.
type Stats struct {
	Transactions int
	Gas          uint64   // gas used by all the agent's transactions
	GasCost      *big.Int // wei paid for it
	Bonds        *big.Int // wei sent as bonds
	Withdrawn    *big.Int // wei received from the oracle
	Games        []GameStats
}

// Stats reports the agent's totals and games (from its database, so they survive restarts).
func (a *Agent) Stats() (Stats, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.store == nil {
		return Stats{}, errors.New("agent: closed")
	}
	var s Stats
	err := a.store.view(func(t *storeTx) error {
		l, err := t.ledger()
		if err != nil {
			return err
		}
		l = l.clone()
		s = Stats{Transactions: l.Transactions, Gas: l.Gas, GasCost: l.GasCost, Bonds: l.Bonds, Withdrawn: l.Withdrawn}
		games, err := t.games(false)
		if err != nil {
			return err
		}
		for _, g := range games {
			s.Games = append(s.Games, GameStats{Game: g.ID, Request: g.Request, Side: g.Side.String(), Cheat: g.Lie.String(),
				Rounds: g.Rounds, VMSteps: g.VMSteps, Gas: g.Gas, Done: g.Done, Won: g.Won})
		}
		return nil
	})
	return s, err
}

// narrateElimination says whose entry lost a game and so its bond, in ETH: "entry 0 of 0x7099…79C8 lost its
// 0.1 ETH bond".
func (a *Agent) narrateElimination(ctx context.Context, r *requestRecord, entry uint32, share *big.Int, games uint32) {
	who, bond := fmt.Sprintf("entry %d", entry), "its bond"
	if entries, err := a.oracle.Entries(ctx, new(big.Int).SetUint64(r.ID)); err == nil && int(entry) < len(entries) {
		e := entries[entry]
		bond = "its " + chain.FormatEther(e.Bond) + " bond"
		if e.Poster == a.self {
			who = fmt.Sprintf("my entry %d", entry)
		} else {
			who = fmt.Sprintf("entry %d of %s", entry, shortAddr(e.Poster))
		}
	}
	a.logOnce(fmt.Sprintf("eliminated %d %d", r.ID, entry), "request %d: %s lost a game and %s (%s of it to the winner of each of its %d game(s))",
		r.ID, who, bond, chain.FormatEther(share), games)
}
