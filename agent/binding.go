package agent

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	bolt "go.etcd.io/bbolt"

	"github.com/opml-dev/opml/chain"
)

// An agent's database describes its position on one chain: the requests it saw, the entries it committed to, the
// games it plays. Started on another chain with the same account, oracle address and chain id (a development
// chain restarted, where every deployment lands on the same addresses), it would wait for events of blocks that
// will never come and miss the new chain's requests. So the database is bound to its chain by the genesis block's
// hash and by the blocks it processed last: on a mismatch the agent refuses to start, and Config.Resync starts
// the database over on the chain it is given.

// ErrOtherChain is wrapped by New's error when the database was written on another chain.
var ErrOtherChain = errors.New("agent: the database was written on another chain")

var keyGenesis = []byte("genesis") // the genesis block's hash of the chain the store is bound to

// resetStore forgets everything a store holds: the requests, games, scanned blocks, ledger and binding.
func resetStore(db *bolt.DB) error {
	return db.Update(func(tx *bolt.Tx) error {
		for _, b := range [][]byte{bucketMeta, bucketRequests, bucketGames} {
			if tx.Bucket(b) == nil {
				continue
			}
			if err := tx.DeleteBucket(b); err != nil {
				return err
			}
		}
		return nil
	})
}

// bindChain checks that the store belongs to the agent's chain (or binds a new store to it): the genesis hash
// must be the one recorded and one of the blocks processed last must still be on the chain (a reorganisation
// deeper than the blocks remembered is another chain for the agent's purposes).
func (a *Agent) bindChain(ctx context.Context) error {
	genesis, err := a.client.HeaderByNumber(ctx, big.NewInt(0))
	if err != nil {
		return fmt.Errorf("agent: read the genesis block: %w", err)
	}
	var stored []byte
	var scanned []scannedBlock
	if err := a.store.view(func(t *storeTx) error {
		stored = append([]byte(nil), t.tx.Bucket(bucketMeta).Get(keyGenesis)...)
		scanned, err = t.scanned()
		return err
	}); err != nil {
		return err
	}
	if len(stored) > 0 && common.BytesToHash(stored) != genesis.Hash() {
		return a.otherChain(fmt.Sprintf("its genesis block is %s, this chain's %s", shortHash(common.BytesToHash(stored)), shortHash(genesis.Hash())))
	}
	if len(scanned) > 0 {
		onChain := false
		for i := len(scanned) - 1; i >= 0 && !onChain; i-- {
			h, err := a.client.HeaderByNumber(ctx, new(big.Int).SetUint64(scanned[i].Number))
			switch {
			case err == nil:
				onChain = h.Hash() == scanned[i].Hash
			case !errors.Is(err, ethereum.NotFound) && !isNotFound(err):
				return fmt.Errorf("agent: read block %d: %w", scanned[i].Number, err)
			}
		}
		if !onChain {
			last := scanned[len(scanned)-1]
			return a.otherChain(fmt.Sprintf("the block it processed last, %d (%s), is not on this chain", last.Number, shortHash(last.Hash)))
		}
	}
	if len(stored) == 0 {
		return a.store.update(func(t *storeTx) error {
			return t.tx.Bucket(bucketMeta).Put(keyGenesis, genesis.Hash().Bytes())
		})
	}
	return nil
}

func (a *Agent) otherChain(why string) error {
	return fmt.Errorf("%w: %s: %s; start it over with --resync (or use another database)", ErrOtherChain, a.cfg.DBPath, why)
}

// fundsGasReserve is the gas CheckFunds wants paid for beside a bond: an entry (commit and reveal, about 300k)
// and the moves of a game on the MNIST model (a few dozen, about 2M with the one-step proof).
const fundsGasReserve = 3_000_000

// ErrFunds is wrapped by CheckFunds' error.
var ErrFunds = errors.New("agent: not enough funds")

// CheckFunds refuses an account that cannot pay an entry's bond and the gas of a game at the chain's current gas
// price: started anyway, the agent would fail at its first entry or, worse, in the middle of a game it then
// loses on time.
func (a *Agent) CheckFunds(ctx context.Context) error {
	balance, err := a.client.BalanceAt(ctx, a.self, nil)
	if err != nil {
		return fmt.Errorf("agent: read the balance of %s: %w", a.self, err)
	}
	price, err := a.client.SuggestGasPrice(ctx)
	if err != nil {
		return fmt.Errorf("agent: read the gas price: %w", err)
	}
	gas := new(big.Int).Mul(price, big.NewInt(fundsGasReserve))
	need := new(big.Int).Add(a.params.EntryBond, gas)
	if balance.Cmp(need) < 0 {
		return fmt.Errorf("%w: account %s has %s; an entry needs a %s bond plus gas (about %s: %d gas at %s), %s in all: fund the account first",
			ErrFunds, a.self, chain.FormatEther(balance), chain.FormatEther(a.params.EntryBond), chain.FormatEther(gas),
			fundsGasReserve, chain.FormatGwei(price), chain.FormatEther(need))
	}
	return nil
}

// logResume says where the agent stands in every open game and request it resumes from its database.
func (a *Agent) logResume(ctx context.Context) error {
	var requests []*requestRecord
	var games []*gameRecord
	if err := a.store.view(func(t *storeTx) error {
		var err error
		if requests, err = t.requests(true); err != nil {
			return err
		}
		games, err = t.games(true)
		return err
	}); err != nil {
		return err
	}
	if len(requests) > 0 {
		ids := make([]uint64, len(requests))
		for i, r := range requests {
			ids[i] = r.ID
		}
		a.logf("resuming %d open request(s) from the database: %v", len(requests), ids)
	}
	for _, g := range games {
		levels, err := a.game.Levels(ctx, new(big.Int).SetUint64(g.ID))
		if err != nil {
			return fmt.Errorf("agent: read the levels of game %d: %w", g.ID, err)
		}
		if len(levels) == 0 {
			a.logf("resuming game %d on request %d (no level yet); I am the %s", g.ID, g.Request, g.Side)
			continue
		}
		cur := levels[len(levels)-1]
		a.logf("resuming game %d at level %d: %s level [%d, %d], request %d; I am the %s after %d rounds", g.ID, len(levels),
			levelPlays[cur.Kind].name, cur.Lo, cur.Hi, g.Request, g.Side, g.Rounds)
	}
	return nil
}
