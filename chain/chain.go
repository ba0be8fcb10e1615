// Package chain owns connecting to Ethereum: the embedded development chain (go-ethereum's simulated backend,
// for tests and local runs), a local anvil node, and external nodes reached over JSON-RPC. A Chain signs with
// one private key and offers the few operations the rest of opml needs, typed around the abigen v2 bindings:
// Deploy a contract from its bind.MetaData, Transact (send and wait for the receipt) and Call (eth_call).
package chain

import (
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
)

// Client is what a Chain needs from its connection; *ethclient.Client and the simulated backend's client
// both provide it.
type Client interface {
	bind.ContractBackend
	bind.DeployBackend
	ChainID(ctx context.Context) (*big.Int, error)
	BalanceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (*big.Int, error)
}

// conn is a connection shared by a Chain and the Chains derived from it with As.
type conn struct {
	client  Client
	chainID *big.Int
	// commit seals a block; set only on the embedded chain, which mines nothing by itself.
	commit func()
	// advance moves the chain's clock forward and seals a block at the new time.
	advance func(ctx context.Context, d time.Duration) error
	// snapshot and revert mark the head and go back to it (snapshot.go); nil where the chain cannot.
	snapshot func(ctx context.Context) (string, error)
	revert   func(ctx context.Context, id string) error
	close    func() error
	// mu serializes send-and-commit so each transaction gets its own block and nonces stay in order.
	mu sync.Mutex
	// caps bound the fees of transactions (SetFeeCaps).
	caps FeeCaps
}

// Chain is a connection to an Ethereum chain together with the key that signs its transactions.
type Chain struct {
	conn *conn
	key  *ecdsa.PrivateKey
	from common.Address
	// owner is set on the Chain that opened the connection: only it closes it.
	owner bool
}

// Dial connects to the JSON-RPC endpoint at url and signs with key.
func Dial(ctx context.Context, url string, key *ecdsa.PrivateKey) (*Chain, error) {
	if key == nil {
		return nil, errors.New("chain: dial: no private key")
	}
	if err := checkURL(url); err != nil {
		return nil, err
	}
	client, err := ethclient.DialContext(ctx, url)
	if err != nil {
		return nil, fmt.Errorf("chain: dial %s: %w", url, err)
	}
	chainID, err := client.ChainID(ctx)
	if err != nil {
		client.Close()
		return nil, fmt.Errorf("chain: dial %s: chain id: %w", url, err)
	}
	c := &conn{client: client, chainID: chainID, close: func() error { client.Close(); return nil }}
	c.advance = func(ctx context.Context, d time.Duration) error {
		// evm_increaseTime / evm_mine: anvil's (and hardhat's) development methods.
		if err := client.Client().CallContext(ctx, nil, "evm_increaseTime", int64(d/time.Second)); err != nil {
			return err
		}
		return client.Client().CallContext(ctx, nil, "evm_mine")
	}
	c.snapshot = func(ctx context.Context) (string, error) {
		var id string
		err := client.Client().CallContext(ctx, &id, "evm_snapshot")
		return id, err
	}
	c.revert = func(ctx context.Context, id string) error {
		var ok bool
		if err := client.Client().CallContext(ctx, &ok, "evm_revert", id); err != nil {
			return err
		}
		if !ok {
			return fmt.Errorf("the node has no snapshot %s", id)
		}
		return nil
	}
	return newChain(c, key, true), nil
}

func newChain(c *conn, key *ecdsa.PrivateKey, owner bool) *Chain {
	return &Chain{conn: c, key: key, from: crypto.PubkeyToAddress(key.PublicKey), owner: owner}
}

// As returns a Chain on the same connection that signs with key. Closing it does nothing; close the Chain it
// was derived from.
func (c *Chain) As(key *ecdsa.PrivateKey) *Chain {
	return newChain(c.conn, key, false)
}

// Close closes the connection (and stops the embedded chain) if c opened it.
func (c *Chain) Close() error {
	if !c.owner || c.conn.close == nil {
		return nil
	}
	closeConn := c.conn.close
	c.conn.close = nil
	return closeConn()
}

// From is the address that signs c's transactions and is msg.sender of its calls.
func (c *Chain) From() common.Address { return c.from }

// ChainID is the chain's EIP-155 id.
func (c *Chain) ChainID() *big.Int { return new(big.Int).Set(c.conn.chainID) }

// Client is the underlying connection, for what Chain does not cover (events, balances, blocks). On the
// embedded chain a transaction sent through it directly is only mined by the next Deploy or Transact.
func (c *Chain) Client() Client { return c.conn.client }

// Deploy deploys the contract described by meta (a binding's MetaData) with the ABI-encoded constructor
// arguments (nil if none; bindings build them with PackConstructor) and waits for the receipt.
func (c *Chain) Deploy(ctx context.Context, meta *bind.MetaData, constructorInput []byte) (common.Address, *types.Receipt, error) {
	if meta == nil || meta.Bin == "" {
		return common.Address{}, nil, errors.New("chain: deploy: no bytecode in metadata")
	}
	if len(meta.Deps) > 0 {
		return common.Address{}, nil, errors.New("chain: deploy: contracts that link libraries are not supported")
	}
	code, err := hex.DecodeString(strings.TrimPrefix(meta.Bin, "0x"))
	if err != nil {
		return common.Address{}, nil, fmt.Errorf("chain: deploy: bytecode: %w", err)
	}
	receipt, err := c.send(ctx, func(opts *bind.TransactOpts) (*types.Transaction, error) {
		_, tx, err := bind.DeployContract(opts, code, c.conn.client, constructorInput)
		return tx, err
	})
	if err != nil {
		return common.Address{}, nil, fmt.Errorf("chain: deploy: %w", err)
	}
	return receipt.ContractAddress, receipt, nil
}

// Transact sends a transaction calling to with calldata (a binding's Pack… output), waits until it is mined
// and returns its receipt. A transaction that would revert is not sent: the error carries the revert reason
// (see RevertData). A mined transaction that failed is an error too.
func (c *Chain) Transact(ctx context.Context, to common.Address, calldata []byte) (*types.Receipt, error) {
	return c.TransactValue(ctx, to, calldata, nil)
}

// TransactValue is Transact with value wei sent along (fees, bonds); nil sends none. With empty calldata it is a
// plain transfer, to a contract or to an account without code.
func (c *Chain) TransactValue(ctx context.Context, to common.Address, calldata []byte, value *big.Int) (*types.Receipt, error) {
	contract := bind.NewBoundContract(to, abi.ABI{}, c.conn.client, c.conn.client, c.conn.client)
	// Estimate here rather than in bind: bind refuses to estimate for an address without code (a transfer needs
	// none), and the estimate needs headroom. Nodes estimate on the latest block, but the transaction runs in a
	// later one, where time has passed: a dispute move that charges the elapsed time to a chess clock writes a
	// changed slot there and a same-value one in the estimate, thousands of gas apart.
	gas, err := c.conn.client.EstimateGas(ctx, ethereum.CallMsg{From: c.from, To: &to, Value: value, Data: calldata})
	if err != nil {
		return nil, fmt.Errorf("chain: transact to %s: %w", to, decodeRevert(err))
	}
	gasLimit := gas
	if len(calldata) > 0 {
		gasLimit += gas/4 + gasHeadroom
	}
	receipt, err := c.send(ctx, func(opts *bind.TransactOpts) (*types.Transaction, error) {
		opts.Value, opts.GasLimit = value, gasLimit
		return bind.Transact(contract, opts, calldata)
	})
	if err != nil {
		return receipt, fmt.Errorf("chain: transact to %s: %w", to, err)
	}
	return receipt, nil
}

// gasHeadroom is added, with a quarter of the estimate, to a contract call's estimated gas (see TransactValue).
const gasHeadroom = 30_000

// FailedTxError is a transaction that was mined but reverted. TransactValue returns its receipt with it (the gas
// was spent).
type FailedTxError struct {
	Hash    common.Hash
	Receipt *types.Receipt
}

func (e *FailedTxError) Error() string {
	return fmt.Sprintf("tx %s failed in block %d (gas used %d)", e.Hash, e.Receipt.BlockNumber, e.Receipt.GasUsed)
}

// AdvanceTime moves the chain's clock forward by d and seals a block with the later timestamp, so contracts see
// time pass (challenge windows, chess clocks). It works on the embedded chain and on development nodes that
// offer evm_increaseTime and evm_mine (anvil); other nodes return an error.
func (c *Chain) AdvanceTime(ctx context.Context, d time.Duration) error {
	if d < time.Second {
		return fmt.Errorf("chain: advance time by %v: less than a second", d)
	}
	c.conn.mu.Lock()
	defer c.conn.mu.Unlock()
	if err := c.conn.advance(ctx, d); err != nil {
		return fmt.Errorf("chain: advance time by %v: %w", d, err)
	}
	return nil
}

// Call runs calldata against the contract at to on the latest block with msg.sender = c.From() and decodes
// the result with unpack (a binding's Unpack… method; nil for functions returning nothing).
func Call[T any](ctx context.Context, c *Chain, to common.Address, calldata []byte, unpack func([]byte) (T, error)) (T, error) {
	var zero T
	out, err := c.conn.client.CallContract(ctx, ethereum.CallMsg{From: c.from, To: &to, Data: calldata}, nil)
	if err != nil {
		return zero, fmt.Errorf("chain: call %s: %w", to, decodeRevert(err))
	}
	if unpack == nil {
		return zero, nil
	}
	if len(out) == 0 && len(calldata) > 0 {
		// A call to an account without code "succeeds" with no data; decoding it would say only that the data is
		// empty.
		code, err := c.conn.client.CodeAt(ctx, to, nil)
		if err == nil && len(code) == 0 {
			return zero, fmt.Errorf("chain: call %s: %w", to, ErrNoCode)
		}
		return zero, fmt.Errorf("chain: call %s: the contract returned no data (is it the contract you meant?)", to)
	}
	v, err := unpack(out)
	if err != nil {
		return zero, fmt.Errorf("chain: call %s: decode result: %w", to, err)
	}
	return v, nil
}

// RevertData returns the raw revert data (a custom error or Error(string) encoding) carried by an error from
// Call or Transact, and whether there was any. Bindings decode it with UnpackError.
func RevertData(err error) ([]byte, bool) {
	var de rpc.DataError
	if !errors.As(err, &de) {
		return nil, false
	}
	s, ok := de.ErrorData().(string)
	if !ok {
		return nil, false
	}
	data, decodeErr := hex.DecodeString(strings.TrimPrefix(s, "0x"))
	if decodeErr != nil {
		return nil, false
	}
	return data, true
}

// send signs and sends one transaction built by build, seals a block on the embedded chain, and waits for
// the receipt.
func (c *Chain) send(ctx context.Context, build func(*bind.TransactOpts) (*types.Transaction, error)) (*types.Receipt, error) {
	opts := bind.NewKeyedTransactor(c.key, c.conn.chainID)
	opts.Context = ctx

	c.conn.mu.Lock()
	if err := c.applyFeeCaps(ctx, opts); err != nil {
		c.conn.mu.Unlock()
		return nil, err
	}
	tx, err := build(opts)
	if err == nil && c.conn.commit != nil {
		c.conn.commit()
	}
	c.conn.mu.Unlock()
	if err != nil {
		return nil, decodeRevert(err)
	}
	receipt, err := waitReceipt(ctx, c.conn.client, tx.Hash())
	if err != nil {
		return nil, fmt.Errorf("tx %s: %w", tx.Hash(), err)
	}
	if receipt.Status != types.ReceiptStatusSuccessful {
		return receipt, &FailedTxError{Hash: tx.Hash(), Receipt: receipt}
	}
	return receipt, nil
}

// waitReceipt polls for a receipt. bind.WaitMined polls once a second; local chains mine in milliseconds.
func waitReceipt(ctx context.Context, client Client, hash common.Hash) (*types.Receipt, error) {
	const poll = 20 * time.Millisecond
	for {
		receipt, err := client.TransactionReceipt(ctx, hash)
		if err == nil {
			return receipt, nil
		}
		// geth answers "transaction indexing is in progress" over JSON-RPC until its indexer catches up.
		if !errors.Is(err, ethereum.NotFound) && !strings.Contains(err.Error(), "indexing is in progress") {
			return nil, fmt.Errorf("receipt: %w", err)
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("waiting for receipt: %w", ctx.Err())
		case <-time.After(poll):
		}
	}
}
