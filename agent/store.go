package agent

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	bolt "go.etcd.io/bbolt"
)

// The store keeps what an agent cannot read back from the chain: how far it has scanned, the inputs of the
// requests it handles (they are only in the Requested event) and what it posted, and the games it is a party to
// with the computation it plays in each. Everything else (phases, clocks, intervals, balances) is read from the
// chain on every pass, so a restarted agent picks up where it was.

var (
	bucketMeta     = []byte("meta")
	bucketRequests = []byte("requests")
	bucketGames    = []byte("games")

	keyIdentity = []byte("identity") // which account and oracle the store belongs to
	keyScanned  = []byte("scanned")  // the last block whose events were handled
	keyLedger   = []byte("ledger")
)

// side is an agent's part in one game.
type side int

const (
	asserter side = iota + 1
	challenger
)

func (s side) String() string {
	switch s {
	case asserter:
		return "asserter"
	case challenger:
		return "challenger"
	}
	return fmt.Sprintf("side(%d)", int(s))
}

// posting is a result the agent put on chain for a request: submitted, or claimed in a challenge.
type posting struct {
	Challenge bool     // false: submit
	Round     uint32   // the result round it was posted in (a challenge disputes this round)
	Claim     [32]byte // the claim posted
	Output    []byte
}

// requestRecord is a request of a served model.
type requestRecord struct {
	ID    uint64
	Model [32]byte
	Input []byte
	// Lie is the cheat whose computation the agent posts and plays on this request, fixed when the request is
	// first seen so a restart with other settings does not change sides mid-game.
	Lie    Cheat
	Posted []posting
	// Done: finalized or refunded; nothing is left to do.
	Done bool
}

// gameRecord is a game the agent is a party to.
type gameRecord struct {
	ID, Request uint64
	Side        side
	Round       uint32 // the result round the game disputes
	Lie         Cheat  // the computation the agent plays
	Done, Won   bool
	// Measured: the dissection rounds the agent played, the VM steps of the run its VM level is over, and the
	// gas of the agent's transactions in the game (the challenge that opened it included).
	Rounds  int
	VMSteps uint64
	Gas     uint64
}

// ledger is what the agent's transactions moved: gas and wei.
type ledger struct {
	Transactions int
	Gas          uint64
	GasCost      *big.Int // wei paid for gas
	Bonds        *big.Int // wei sent as bonds
	Withdrawn    *big.Int // wei received from withdraw
}

func newLedger() ledger {
	return ledger{GasCost: new(big.Int), Bonds: new(big.Int), Withdrawn: new(big.Int)}
}

func (l ledger) clone() ledger {
	return ledger{Transactions: l.Transactions, Gas: l.Gas, GasCost: new(big.Int).Set(l.GasCost),
		Bonds: new(big.Int).Set(l.Bonds), Withdrawn: new(big.Int).Set(l.Withdrawn)}
}

type identity struct {
	Account common.Address
	Oracle  common.Address
	ChainID string
}

type store struct{ db *bolt.DB }

// openStore opens (creating it if need be) the store at path for the given account and oracle; a store written
// for another account, oracle or chain is refused, since its records would not describe this agent's position.
func openStore(path string, id identity) (*store, error) {
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: 2 * time.Second})
	if err != nil {
		return nil, fmt.Errorf("agent: open store %s: %w", path, err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		for _, b := range [][]byte{bucketMeta, bucketRequests, bucketGames} {
			if _, err := tx.CreateBucketIfNotExists(b); err != nil {
				return err
			}
		}
		meta := tx.Bucket(bucketMeta)
		want, err := json.Marshal(id)
		if err != nil {
			return err
		}
		have := meta.Get(keyIdentity)
		if have == nil {
			return meta.Put(keyIdentity, want)
		}
		var got identity
		if err := json.Unmarshal(have, &got); err != nil {
			return fmt.Errorf("identity record: %w", err)
		}
		if got != id {
			return fmt.Errorf("it belongs to account %s on oracle %s (chain %s), not account %s on oracle %s (chain %s)",
				got.Account, got.Oracle, got.ChainID, id.Account, id.Oracle, id.ChainID)
		}
		return nil
	})
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("agent: store %s: %w", path, err)
	}
	return &store{db: db}, nil
}

func (s *store) close() error { return s.db.Close() }

func idKey(id uint64) []byte { return binary.BigEndian.AppendUint64(nil, id) }

// scanned returns the last block whose events were handled, and false if none was yet.
func (s *store) scanned() (uint64, bool, error) {
	var n uint64
	var ok bool
	err := s.db.View(func(tx *bolt.Tx) error {
		v := tx.Bucket(bucketMeta).Get(keyScanned)
		if v == nil {
			return nil
		}
		if len(v) != 8 {
			return errors.New("agent: store: malformed scanned block")
		}
		n, ok = binary.BigEndian.Uint64(v), true
		return nil
	})
	return n, ok, err
}

// storeTx is one atomic change of the store.
type storeTx struct{ tx *bolt.Tx }

func (s *store) update(fn func(*storeTx) error) error {
	return s.db.Update(func(tx *bolt.Tx) error { return fn(&storeTx{tx}) })
}

func (s *store) view(fn func(*storeTx) error) error {
	return s.db.View(func(tx *bolt.Tx) error { return fn(&storeTx{tx}) })
}

func (t *storeTx) setScanned(block uint64) error {
	return t.tx.Bucket(bucketMeta).Put(keyScanned, idKey(block))
}

func getJSON[T any](b *bolt.Bucket, key []byte) (*T, error) {
	v := b.Get(key)
	if v == nil {
		return nil, nil
	}
	out := new(T)
	if err := json.Unmarshal(v, out); err != nil {
		return nil, fmt.Errorf("agent: store: record %x: %w", key, err)
	}
	return out, nil
}

func putJSON(b *bolt.Bucket, key []byte, v any) error {
	data, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("agent: store: %w", err)
	}
	return b.Put(key, data)
}

// request returns request id's record, or nil if the agent does not handle it.
func (t *storeTx) request(id uint64) (*requestRecord, error) {
	return getJSON[requestRecord](t.tx.Bucket(bucketRequests), idKey(id))
}

func (t *storeTx) putRequest(r *requestRecord) error {
	return putJSON(t.tx.Bucket(bucketRequests), idKey(r.ID), r)
}

// game returns game id's record, or nil if the agent is no party to it.
func (t *storeTx) game(id uint64) (*gameRecord, error) {
	return getJSON[gameRecord](t.tx.Bucket(bucketGames), idKey(id))
}

func (t *storeTx) putGame(g *gameRecord) error {
	return putJSON(t.tx.Bucket(bucketGames), idKey(g.ID), g)
}

func (t *storeTx) ledger() (ledger, error) {
	l, err := getJSON[ledger](t.tx.Bucket(bucketMeta), keyLedger)
	if err != nil || l == nil {
		return newLedger(), err
	}
	for _, p := range []**big.Int{&l.GasCost, &l.Bonds, &l.Withdrawn} {
		if *p == nil {
			*p = new(big.Int)
		}
	}
	return *l, nil
}

func (t *storeTx) putLedger(l ledger) error { return putJSON(t.tx.Bucket(bucketMeta), keyLedger, l) }

// requests returns every request record in id order; open only: those not done.
func (t *storeTx) requests(openOnly bool) ([]*requestRecord, error) {
	var out []*requestRecord
	err := t.tx.Bucket(bucketRequests).ForEach(func(k, v []byte) error {
		r := new(requestRecord)
		if err := json.Unmarshal(v, r); err != nil {
			return fmt.Errorf("agent: store: request %x: %w", k, err)
		}
		if !openOnly || !r.Done {
			out = append(out, r)
		}
		return nil
	})
	return out, err
}

// games returns every game record in id order; open only: those not done.
func (t *storeTx) games(openOnly bool) ([]*gameRecord, error) {
	var out []*gameRecord
	err := t.tx.Bucket(bucketGames).ForEach(func(k, v []byte) error {
		g := new(gameRecord)
		if err := json.Unmarshal(v, g); err != nil {
			return fmt.Errorf("agent: store: game %x: %w", k, err)
		}
		if !openOnly || !g.Done {
			out = append(out, g)
		}
		return nil
	})
	return out, err
}
