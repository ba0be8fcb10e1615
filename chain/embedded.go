package chain

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
)

// Hardfork is the fork both the embedded chain and StartAnvil's node run: the one in force on mainnet, so
// measured gas is what mainnet charges (go-ethereum's dev config would otherwise enable forks still in
// development, whose gas schedule differs).
const Hardfork = "osaka"

// EmbeddedGasLimit is the block gas limit of the embedded chain and of StartAnvil's node: far above mainnet's,
// so a one-step proof or a large deployment never hits it in tests.
const EmbeddedGasLimit = 100_000_000

// devKeyHex are the first private keys of the well-known development mnemonic ("test test … junk") that
// anvil and hardhat fund by default. They are public: never use them on a real network.
var devKeyHex = [...]string{
	"ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80",
	"59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d",
	"5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a",
	"7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6",
}

// DevKeys returns the development keys funded on the embedded chain (and, being anvil's defaults, on anvil).
func DevKeys() []*ecdsa.PrivateKey {
	keys := make([]*ecdsa.PrivateKey, len(devKeyHex))
	for i, h := range devKeyHex {
		key, err := crypto.HexToECDSA(h)
		if err != nil {
			panic(fmt.Sprintf("chain: dev key %d: %v", i, err)) // constant input: cannot happen
		}
		keys[i] = key
	}
	return keys
}

// NewEmbedded starts an in-process development chain (go-ethereum's simulated backend, all forks up to
// Hardfork active) with DevKeys funded and signs with DevKeys()[0]. Every transaction sent through a Chain on it is
// sealed into its own block at once. Close it when done.
func NewEmbedded() (*Chain, error) {
	c, _, err := newEmbedded()
	return c, err
}

// ServeEmbedded starts the embedded chain with a JSON-RPC endpoint on 127.0.0.1:port (0: a free port) for other
// tools (cast, ethers, a wallet) and returns its URL. Transactions that arrive over JSON-RPC are sealed into a
// block within interval; those sent through the returned Chain are sealed at once, as on NewEmbedded's chain. When
// idle it seals an empty block every second, so block time keeps up with the wall clock.
func ServeEmbedded(port int, interval time.Duration) (*Chain, string, error) {
	if port == 0 {
		p, err := freePort()
		if err != nil {
			return nil, "", err
		}
		port = p
	}
	if interval <= 0 {
		return nil, "", fmt.Errorf("chain: block interval %v must be positive", interval)
	}
	c, backend, err := newEmbedded(func(n *node.Config, _ *ethconfig.Config) {
		n.HTTPHost, n.HTTPPort = "127.0.0.1", port
		n.HTTPModules = []string{"eth", "net", "web3"}
		n.HTTPVirtualHosts = []string{"localhost", "127.0.0.1"}
	})
	if err != nil {
		return nil, "", err
	}
	stop := make(chan struct{})
	done := make(chan struct{})
	go func() { // seal what arrived over JSON-RPC
		defer close(done)
		tick := time.NewTicker(interval)
		defer tick.Stop()
		lastSeal := time.Now()
		for {
			select {
			case <-stop:
				return
			case <-tick.C:
				c.conn.mu.Lock()
				n, err := c.conn.client.(interface {
					PendingTransactionCount(context.Context) (uint, error)
				}).PendingTransactionCount(context.Background())
				// An idle chain still seals an empty block every heartbeat, so its clock (block time) follows
				// the wall clock: challenge windows and chess clocks run out without anyone transacting.
				if (err == nil && n > 0) || time.Since(lastSeal) >= heartbeat {
					backend.Commit()
					lastSeal = time.Now()
				}
				c.conn.mu.Unlock()
			}
		}
	}()
	closeBackend := c.conn.close
	c.conn.close = func() error {
		close(stop)
		<-done
		return closeBackend()
	}
	return c, fmt.Sprintf("http://127.0.0.1:%d", port), nil
}

// heartbeat is the longest a served embedded chain goes without sealing a block.
const heartbeat = time.Second

func newEmbedded(options ...func(*node.Config, *ethconfig.Config)) (*Chain, *simulated.Backend, error) {
	keys := DevKeys()
	// 10^6 ether each: plenty for any test, far from overflow.
	balance := new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(1e18))
	alloc := make(types.GenesisAlloc, len(keys))
	for _, key := range keys {
		alloc[crypto.PubkeyToAddress(key.PublicKey)] = types.Account{Balance: balance}
	}
	backend := simulated.NewBackend(alloc, append([]func(*node.Config, *ethconfig.Config){
		simulated.WithBlockGasLimit(EmbeddedGasLimit),
		simulated.WithCallGasLimit(EmbeddedGasLimit),
		untilOsaka,
	}, options...)...)
	client := backend.Client()
	chainID, err := client.ChainID(context.Background())
	if err != nil {
		backend.Close()
		return nil, nil, fmt.Errorf("chain: embedded chain id: %w", err)
	}
	c := &conn{
		client:  client,
		chainID: chainID,
		commit:  func() { backend.Commit() },
		advance: func(ctx context.Context, d time.Duration) error {
			// AdjustTime refuses while the pool still lists a transaction; the pool drops mined ones
			// asynchronously after Commit, so it may need a moment.
			for {
				err := backend.AdjustTime(d)
				if err == nil || !strings.Contains(err.Error(), "non-empty block") {
					return err
				}
				select {
				case <-ctx.Done():
					return ctx.Err()
				case <-time.After(5 * time.Millisecond):
				}
			}
		},
		close: backend.Close,
	}
	c.snapshot = func(ctx context.Context) (string, error) {
		h, err := client.HeaderByNumber(ctx, nil)
		if err != nil {
			return "", err
		}
		return h.Hash().Hex(), nil
	}
	c.revert = func(ctx context.Context, id string) error {
		// Fork refuses while the pool still lists a mined transaction (it drops them asynchronously).
		if err := retry(ctx, func() error { return backend.Fork(common.HexToHash(id)) },
			func(err error) bool { return strings.Contains(err.Error(), "pending block dirty") }); err != nil {
			return err
		}
		// The dropped blocks' transactions are not replayed: the pool forgets them, and the next block is the
		// first of the new branch.
		backend.Rollback()
		backend.Commit()
		return nil
	}
	return newChain(c, keys[0], true), backend, nil
}

// untilOsaka keeps the dev chain's forks up to Osaka and drops the ones after it.
func untilOsaka(_ *node.Config, ethConf *ethconfig.Config) {
	cfg := *ethConf.Genesis.Config
	cfg.AmsterdamTime = nil
	cfg.BogotaTime = nil
	cfg.UBTTime = nil
	ethConf.Genesis.Config = &cfg
}
