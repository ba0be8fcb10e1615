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

// The store keeps what an agent cannot read back from the chain: how far it has scanned (and the hashes of the
// blocks it scanned last, to notice a reorganisation), the inputs of the requests it handles (they are only in
// the request event), the entry it committed to with its secret salt, the outputs revealed for each claim, and
// the games it is a party to with the computation it plays in each. Everything else (statuses, entries,
// phases, clocks, balances) is read from the chain on every pass, so a restarted agent picks up where it was.

var (
	bucketMeta     = []byte("meta")
	bucketRequests = []byte("requests")
	bucketGames    = []byte("games")

	keyIdentity = []byte("identity") // which account and oracle the store belongs to
	keyScanned  = []byte("scanned")  // the blocks whose events were handled last, newest last
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

// plan is the entry the agent commits to and reveals on a request: its output and claim (the computation's),
// and the secret salt of the commitment, saved before the commit is sent so that a restarted agent can reveal.
type plan struct {
	Salt  [32]byte
	Claim [32]byte
}

// requestRecord is a request of a served model.
type requestRecord struct {
	ID    uint64
	Model string // the model id in decimal
	Input []byte
	Block uint64 // where the request event was seen
	// Lie is the cheat whose computation the agent posts and plays on this request, fixed when the request is
	// first seen so a restart with other settings does not change sides mid-game.
	Lie  Cheat
	Plan *plan
	// Outputs are the outputs revealed with each claim (by anyone), to finalize with.
	Outputs map[string][]byte // claim in hex → output
	// Paired are the entries the agent's entry was paired with in a game, and where.
	Paired []pairing
	// Done: final and nothing left for the agent to do (its bond released or lost).
	Done bool
}

// pairing is one game of the agent's entry: the other entry, and the block of the dispute.
type pairing struct {
	Entry uint32
	Block uint64
}

// gameRecord is a game the agent is a party to.
type gameRecord struct {
	ID, Request uint64
	Block       uint64 // where the game was opened
	Side        side
	Opponent    common.Address
	Lie         Cheat // the computation the agent plays
	Done, Won   bool
	// Measured: the dissection rounds the agent played, the VM steps of the run its VM level is over, and the
	// gas of the agent's transactions in the game (the dispute that opened it included, if the agent sent it).
	Rounds  int
	VMSteps uint64
	Gas     uint64
}

// scannedBlock is a block whose events were handled, by number and hash.
type scannedBlock struct {
	Number uint64
	Hash   common.Hash
}

// keepScanned is how many of the last scanned blocks are remembered to find where a reorganisation forked.
const keepScanned = 128

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
// With resync it is emptied first.
func openStore(path string, id identity, resync bool) (*store, error) {
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: 2 * time.Second})
	if err != nil {
		return nil, fmt.Errorf("agent: open store %s: %w", path, err)
	}
	if resync {
		if err := resetStore(db); err != nil {
			db.Close()
			return nil, fmt.Errorf("agent: start store %s over: %w", path, err)
		}
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

// storeTx is one atomic change of the store.
type storeTx struct{ tx *bolt.Tx }

func (s *store) update(fn func(*storeTx) error) error {
	return s.db.Update(func(tx *bolt.Tx) error { return fn(&storeTx{tx}) })
}

func (s *store) view(fn func(*storeTx) error) error {
	return s.db.View(func(tx *bolt.Tx) error { return fn(&storeTx{tx}) })
}

// scanned returns the last blocks whose events were handled, oldest first (none: nothing scanned yet).
func (t *storeTx) scanned() ([]scannedBlock, error) {
	v := t.tx.Bucket(bucketMeta).Get(keyScanned)
	if v == nil {
		return nil, nil
	}
	var out []scannedBlock
	if err := json.Unmarshal(v, &out); err != nil {
		return nil, errors.New("agent: store: malformed scanned blocks")
	}
	return out, nil
}

// setScanned records that the events up to block b were handled, keeping the last keepScanned blocks.
func (t *storeTx) setScanned(blocks []scannedBlock) error {
	if len(blocks) > keepScanned {
		blocks = blocks[len(blocks)-keepScanned:]
	}
	return putJSON(t.tx.Bucket(bucketMeta), keyScanned, blocks)
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

func (t *storeTx) deleteRequest(id uint64) error {
	return t.tx.Bucket(bucketRequests).Delete(idKey(id))
}

// game returns game id's record, or nil if the agent is no party to it.
func (t *storeTx) game(id uint64) (*gameRecord, error) {
	return getJSON[gameRecord](t.tx.Bucket(bucketGames), idKey(id))
}

func (t *storeTx) putGame(g *gameRecord) error {
	return putJSON(t.tx.Bucket(bucketGames), idKey(g.ID), g)
}

func (t *storeTx) deleteGame(id uint64) error { return t.tx.Bucket(bucketGames).Delete(idKey(id)) }

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
