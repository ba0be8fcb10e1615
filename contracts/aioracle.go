package contracts

import (
	"context"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/opml-dev/opml/chain"
	"github.com/opml-dev/opml/contracts/bindings"
	"github.com/opml-dev/opml/game"
)

// Oracle is a typed client of a deployed AIOracle: its views decoded into Go types with the enums of enums.go,
// and its transactions built as Tx values.
type Oracle struct {
	c    *chain.Chain
	Addr common.Address
	abi  *bindings.AIOracle
}

// NewOracle returns a client of the AIOracle at addr, calling through c.
func NewOracle(c *chain.Chain, addr common.Address) *Oracle {
	return &Oracle{c: c, Addr: addr, abi: bindings.NewAIOracle()}
}

// ABI is the oracle's binding, for decoding its events.
func (o *Oracle) ABI() *bindings.AIOracle { return o.abi }

// Request is a request as the oracle stores it, its status typed.
type Request struct {
	bindings.OracleEntriesRequest
	ID     *big.Int
	Status RequestStatus
}

// Entry is one entry of a request, with its index.
type Entry struct {
	bindings.OracleEntriesEntry
	Index uint32
}

// OracleParams are the oracle's fixed settings.
type OracleParams struct {
	MinFee, CallbackGasPrice, EntryBond *big.Int
	ChallengeWindow, BackingWindow      uint64 // seconds
	SubmissionWindow                    uint64
	BondKeptPercent                     uint64
}

// Params reads the oracle's fixed settings.
func (o *Oracle) Params(ctx context.Context) (*OracleParams, error) {
	p := &OracleParams{}
	var err error
	if p.MinFee, err = view(ctx, o.c, o.Addr, o.abi.PackMinFee(), o.abi.UnpackMinFee); err != nil {
		return nil, err
	}
	if p.CallbackGasPrice, err = view(ctx, o.c, o.Addr, o.abi.PackCallbackGasPrice(), o.abi.UnpackCallbackGasPrice); err != nil {
		return nil, err
	}
	if p.EntryBond, err = view(ctx, o.c, o.Addr, o.abi.PackEntryBond(), o.abi.UnpackEntryBond); err != nil {
		return nil, err
	}
	if p.ChallengeWindow, err = view(ctx, o.c, o.Addr, o.abi.PackChallengeWindow(), o.abi.UnpackChallengeWindow); err != nil {
		return nil, err
	}
	if p.BackingWindow, err = view(ctx, o.c, o.Addr, o.abi.PackBackingWindow(), o.abi.UnpackBackingWindow); err != nil {
		return nil, err
	}
	if p.SubmissionWindow, err = view(ctx, o.c, o.Addr, o.abi.PackSubmissionWindow(), o.abi.UnpackSubmissionWindow); err != nil {
		return nil, err
	}
	kept, err := view(ctx, o.c, o.Addr, o.abi.PackBONDKEPTPERCENT(), o.abi.UnpackBONDKEPTPERCENT)
	if err != nil {
		return nil, err
	}
	p.BondKeptPercent = kept.Uint64()
	return p, nil
}

// Request reads request id.
func (o *Oracle) Request(ctx context.Context, id *big.Int) (*Request, error) {
	r, err := view(ctx, o.c, o.Addr, o.abi.PackGetRequest(id), o.abi.UnpackGetRequest)
	if err != nil {
		return nil, err
	}
	return &Request{OracleEntriesRequest: r, ID: new(big.Int).Set(id), Status: RequestStatus(r.Status)}, nil
}

// Entries reads every entry of request id, in reveal order.
func (o *Oracle) Entries(ctx context.Context, id *big.Int) ([]Entry, error) {
	es, err := view(ctx, o.c, o.Addr, o.abi.PackGetEntries(id), o.abi.UnpackGetEntries)
	if err != nil {
		return nil, err
	}
	out := make([]Entry, len(es))
	for i, e := range es {
		out[i] = Entry{OracleEntriesEntry: e, Index: uint32(i)}
	}
	return out, nil
}

// Game reads what the oracle knows of game id: its request and the two entries.
func (o *Oracle) Game(ctx context.Context, id *big.Int) (bindings.OracleEntriesGame, error) {
	return view(ctx, o.c, o.Addr, o.abi.PackGetGame(id), o.abi.UnpackGetGame)
}

// Commit reads account's commit on request id (order 0: none).
func (o *Oracle) Commit(ctx context.Context, id *big.Int, account common.Address) (bindings.CommitsOutput, error) {
	return view(ctx, o.c, o.Addr, o.abi.PackCommits(id, account), o.abi.UnpackCommits)
}

// ClaimState reads what the oracle keeps of a claim on request id: its live entries, the first of them by
// priority (1 + index), and whether it was posted before the window closed (then it may be backed until entries
// close).
func (o *Oracle) ClaimState(ctx context.Context, id *big.Int, claim [32]byte) (bindings.ClaimsOutput, error) {
	return view(ctx, o.c, o.Addr, o.abi.PackClaims(id, claim), o.abi.UnpackClaims)
}

// Owed reads what account may withdraw.
func (o *Oracle) Owed(ctx context.Context, account common.Address) (*big.Int, error) {
	return view(ctx, o.c, o.Addr, o.abi.PackOwed(account), o.abi.UnpackOwed)
}

// Ledger is the oracle's books: what it holds locked, owes and has burned.
type Ledger struct{ Locked, OwedTotal, Burned *big.Int }

// Ledger reads the oracle's books.
func (o *Oracle) Ledger(ctx context.Context) (*Ledger, error) {
	l := &Ledger{}
	var err error
	if l.Locked, err = view(ctx, o.c, o.Addr, o.abi.PackLocked(), o.abi.UnpackLocked); err != nil {
		return nil, err
	}
	if l.OwedTotal, err = view(ctx, o.c, o.Addr, o.abi.PackOwedTotal(), o.abi.UnpackOwedTotal); err != nil {
		return nil, err
	}
	if l.Burned, err = view(ctx, o.c, o.Addr, o.abi.PackBurned(), o.abi.UnpackBurned); err != nil {
		return nil, err
	}
	return l, nil
}

// EstimateFee reads the fee a request of model id with a callback of gasLimit gas pays.
func (o *Oracle) EstimateFee(ctx context.Context, model *big.Int, gasLimit uint64) (*big.Int, error) {
	fee, err := view(ctx, o.c, o.Addr, o.abi.PackEstimateFee(model, new(big.Int).SetUint64(gasLimit)), o.abi.UnpackEstimateFee)
	return fee, err
}

// RequestTx asks model for its output on input, delivered to callback with gasLimit gas and data; fee is the
// value sent.
func (o *Oracle) RequestTx(model *big.Int, input []byte, callback common.Address, gasLimit uint64, data []byte, fee *big.Int) Tx {
	return Tx{To: o.Addr, Data: o.abi.PackRequestCallback(model, input, callback, gasLimit, nonNil(data)), Value: fee}
}

// commitmentArgs encodes commitmentOf's preimage: abi.encode(requestId, poster, keccak256(output), claim, salt).
var commitmentArgs = func() abi.Arguments {
	t := func(s string) abi.Type { ty, _ := abi.NewType(s, "", nil); return ty }
	return abi.Arguments{{Type: t("uint256")}, {Type: t("address")}, {Type: t("bytes32")}, {Type: t("bytes32")}, {Type: t("bytes32")}}
}()

// Commitment is what poster commits to for an entry of request id (OracleEntries.commitmentOf): the request, the
// poster, the output's hash, the claim and a secret salt.
func Commitment(id *big.Int, poster common.Address, output []byte, claim, salt [32]byte) [32]byte {
	enc, err := commitmentArgs.Pack(id, poster, crypto.Keccak256Hash(output), claim, salt)
	if err != nil {
		panic(err) // fixed types: cannot happen
	}
	return crypto.Keccak256Hash(enc)
}

// CommitTx commits to an entry of request id.
func (o *Oracle) CommitTx(id *big.Int, commitment [32]byte) Tx {
	return Tx{To: o.Addr, Data: o.abi.PackCommit(id, commitment)}
}

// ClaimProof is the oracle's form of a claim proof.
func ClaimProof(c *game.ClaimProof) bindings.OracleEntriesClaimProof {
	sibs := c.Siblings
	if sibs == nil {
		sibs = [][32]byte{}
	}
	return bindings.OracleEntriesClaimProof{Claim: c.Claim, EndState: nonNil(c.EndState), Siblings: sibs}
}

// RevealTx reveals the committed entry (output, its claim proof, salt) of request id with bond; after is the
// insertion hint (OracleEntries.reveal; 0 is always right).
func (o *Oracle) RevealTx(id *big.Int, output []byte, c *game.ClaimProof, salt [32]byte, after uint32, bond *big.Int) Tx {
	return Tx{To: o.Addr, Data: o.abi.PackReveal(id, nonNil(output), ClaimProof(c), salt, after), Value: bond}
}

// SetGameStartTx gives the game contract the start of request id's games.
func (o *Oracle) SetGameStartTx(id *big.Int, input []byte, siblings []game.Hash) Tx {
	return Tx{To: o.Addr, Data: o.abi.PackSetGameStart(id, nonNil(input), hashes(siblings))}
}

// DisputeTx pairs entries a and b of request id in a game.
func (o *Oracle) DisputeTx(id *big.Int, a, b uint32) Tx {
	return Tx{To: o.Addr, Data: o.abi.PackDispute(id, a, b)}
}

// FinalizeTx ends request id with claim and its output (ignored with no live entry).
func (o *Oracle) FinalizeTx(id *big.Int, claim [32]byte, output []byte) Tx {
	return Tx{To: o.Addr, Data: o.abi.PackFinalize(id, claim, nonNil(output))}
}

// DeliverTx retries the delivery of request id's result.
func (o *Oracle) DeliverTx(id *big.Int, output []byte) Tx {
	return Tx{To: o.Addr, Data: o.abi.PackDeliver(id, nonNil(output))}
}

// ReleaseBondTx gives entry index of request id its bond back.
func (o *Oracle) ReleaseBondTx(id *big.Int, index uint32) Tx {
	return Tx{To: o.Addr, Data: o.abi.PackReleaseBond(id, index)}
}

// WithdrawTx takes what the sender is owed.
func (o *Oracle) WithdrawTx() Tx { return Tx{To: o.Addr, Data: o.abi.PackWithdraw()} }

func hashes(h []game.Hash) [][32]byte {
	if h == nil {
		return [][32]byte{}
	}
	return h
}
