package chain

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"net"
	"strings"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/eth/catalyst"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/eth/filters"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/p2p"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
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

// NewEmbedded starts an in-process development chain (go-ethereum's execution client with a simulated beacon, all
// forks up to Hardfork active, chain id 1337) with DevKeys funded and signs with DevKeys()[0]. Every transaction sent
// through a Chain on it is sealed into its own block at once. Close it when done.
func NewEmbedded() (*Chain, error) {
	c, _, err := newEmbedded(nil)
	return c, err
}

// ServeEmbedded starts the embedded chain with a JSON-RPC endpoint on 127.0.0.1:port (0: a free port) for other
// tools (cast, ethers, viem, a wallet, a dApp in a browser) and returns its URL. The same port serves HTTP and
// WebSocket (ws://127.0.0.1:port), answers CORS preflights from any origin, and offers anvil's development methods
// (DevAPI: evm_increaseTime, evm_mine, evm_snapshot, evm_revert, evm_setNextBlockTimestamp) beside eth, net and web3.
// Transactions that arrive over JSON-RPC are sealed into a block within interval; those sent through the returned
// Chain are sealed at once, as on NewEmbedded's chain. When idle it seals an empty block every second, so block
// time keeps up with the wall clock.
func ServeEmbedded(port int, interval time.Duration) (*Chain, string, error) {
	if interval <= 0 {
		return nil, "", fmt.Errorf("chain: block interval %v must be positive", interval)
	}
	if port < 0 || port > 65535 {
		return nil, "", fmt.Errorf("chain: port %d: want 0..65535", port)
	}
	if port == 0 {
		p, err := freePort()
		if err != nil {
			return nil, "", err
		}
		port = p
	} else if err := portFree(port); err != nil {
		return nil, "", err
	}
	c, dev, err := newEmbedded(func(n *node.Config) {
		n.HTTPHost, n.HTTPPort = "127.0.0.1", port
		n.WSHost, n.WSPort = "127.0.0.1", port // one port for both, as anvil
		modules := []string{"eth", "net", "web3", "evm"}
		n.HTTPModules, n.WSModules = modules, modules
		// A dApp served from another origin (a dev server on :5173) calls the chain from the browser: allow it,
		// as anvil does. The chain is a development chain on loopback only.
		n.HTTPCors, n.WSOrigins = []string{"*"}, []string{"*"}
		n.HTTPVirtualHosts = []string{"localhost", "127.0.0.1"}
	})
	if err != nil {
		if isAddrInUse(err) {
			return nil, "", fmt.Errorf("chain: 127.0.0.1:%d is already in use (another node running? choose another port, or 0 for a free one)", port)
		}
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
				n, err := dev.pending()
				// An idle chain still seals an empty block every heartbeat, so its clock (block time) follows
				// the wall clock: challenge windows and chess clocks run out without anyone transacting.
				if (err == nil && n > 0) || time.Since(lastSeal) >= heartbeat {
					dev.beacon.Commit()
					lastSeal = time.Now()
				}
				c.conn.mu.Unlock()
			}
		}
	}()
	closeNode := c.conn.close
	c.conn.close = func() error {
		close(stop)
		<-done
		return closeNode()
	}
	return c, fmt.Sprintf("http://127.0.0.1:%d", port), nil
}

// heartbeat is the longest a served embedded chain goes without sealing a block.
const heartbeat = time.Second

// portFree checks that 127.0.0.1:port can be listened on, so a busy port is reported as such.
func portFree(port int) error {
	l, err := net.Listen("tcp", fmt.Sprintf("127.0.0.1:%d", port))
	if err != nil {
		if isAddrInUse(err) {
			return fmt.Errorf("chain: 127.0.0.1:%d is already in use (another node running? choose another port, or 0 for a free one)", port)
		}
		return fmt.Errorf("chain: cannot listen on 127.0.0.1:%d: %w", port, err)
	}
	return l.Close()
}

func isAddrInUse(err error) bool {
	return errors.Is(err, syscall.EADDRINUSE) || strings.Contains(err.Error(), "address already in use")
}

// devNode is the embedded chain's node: go-ethereum's execution client driven by a simulated beacon.
type devNode struct {
	stack  *node.Node
	eth    *eth.Ethereum
	beacon *catalyst.SimulatedBeacon
	client *ethclient.Client
}

func (d *devNode) pending() (int, error) {
	p, _ := d.eth.TxPool().Stats()
	return p, nil
}

func (d *devNode) close() error {
	d.client.Close()
	return errors.Join(d.beacon.Stop(), d.stack.Close())
}

// newEmbedded builds the chain as go-ethereum's simulated backend does, with the development API registered
// (which the simulated backend cannot take) and the node configured by configure (nil: no endpoint).
func newEmbedded(configure func(*node.Config)) (*Chain, *devNode, error) {
	keys := DevKeys()
	// 10^6 ether each: plenty for any test, far from overflow.
	balance := new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(1e18))
	alloc := core.SystemContractAllocs() // the system contracts the forks call into
	for _, key := range keys {
		alloc[crypto.PubkeyToAddress(key.PublicKey)] = types.Account{Balance: balance}
	}
	nodeConf := node.DefaultConfig
	nodeConf.DataDir = ""
	nodeConf.P2P = p2p.Config{NoDiscovery: true}
	nodeConf.HTTPHost, nodeConf.WSHost = "", ""
	if configure != nil {
		configure(&nodeConf)
	}
	chainConf := *params.AllDevChainProtocolChanges
	untilOsaka(&chainConf)
	ethConf := ethconfig.Defaults
	ethConf.Genesis = &core.Genesis{Config: &chainConf, GasLimit: EmbeddedGasLimit, Alloc: alloc}
	ethConf.Miner.GasCeil = EmbeddedGasLimit
	ethConf.RPCGasCap = EmbeddedGasLimit
	ethConf.SyncMode = ethconfig.FullSync
	ethConf.TxPool.NoLocals = true
	ethConf.LogNoHistory = true

	stack, err := node.New(&nodeConf)
	if err != nil {
		return nil, nil, fmt.Errorf("chain: embedded node: %w", err)
	}
	backend, err := eth.New(stack, &ethConf)
	if err != nil {
		stack.Close()
		return nil, nil, fmt.Errorf("chain: embedded node: %w", err)
	}
	dev := &devNode{stack: stack, eth: backend}
	c := &conn{}
	filterSystem := filters.NewFilterSystem(backend.APIBackend, filters.Config{})
	stack.RegisterAPIs([]rpc.API{
		{Namespace: "eth", Service: filters.NewFilterAPI(filterSystem)},
		{Namespace: "evm", Service: &DevAPI{dev: dev, mu: &c.mu}},
	})
	if err := stack.Start(); err != nil {
		stack.Close()
		return nil, nil, fmt.Errorf("chain: embedded node: %w", err)
	}
	if dev.beacon, err = catalyst.NewSimulatedBeacon(0, common.Address{}, backend); err == nil {
		err = dev.beacon.Fork(backend.BlockChain().GetCanonicalHash(0))
	}
	if err != nil {
		stack.Close()
		return nil, nil, fmt.Errorf("chain: embedded beacon: %w", err)
	}
	dev.client = ethclient.NewClient(stack.Attach())
	chainID, err := dev.client.ChainID(context.Background())
	if err != nil {
		dev.close()
		return nil, nil, fmt.Errorf("chain: embedded chain id: %w", err)
	}
	c.client, c.chainID = dev.client, chainID
	c.commit = func() { dev.beacon.Commit() }
	c.advance = func(ctx context.Context, d time.Duration) error { return dev.adjustTime(ctx, d) }
	c.close = dev.close
	c.snapshot = func(context.Context) (string, error) {
		return dev.eth.BlockChain().CurrentBlock().Hash().Hex(), nil
	}
	c.revert = func(ctx context.Context, id string) error {
		// Fork refuses while the pool still lists a mined transaction (it drops them asynchronously).
		if err := retry(ctx, func() error { return dev.beacon.Fork(common.HexToHash(id)) },
			func(err error) bool { return strings.Contains(err.Error(), "pending block dirty") }); err != nil {
			return err
		}
		// The pool takes back the dropped blocks' transactions when it sees the new head; they are not replayed:
		// the pool is cleared once it has, and the next block is the first of the new branch.
		if err := dev.eth.TxPool().Sync(); err != nil {
			return err
		}
		dev.beacon.Rollback()
		dev.beacon.Commit()
		return nil
	}
	return newChain(c, keys[0], true), dev, nil
}

// adjustTime seals an empty block d later than the head.
func (d *devNode) adjustTime(ctx context.Context, by time.Duration) error {
	// AdjustTime refuses while the pool still lists a transaction; the pool drops mined ones asynchronously
	// after a seal, so it may need a moment.
	for {
		err := d.beacon.AdjustTime(by)
		if err == nil || !strings.Contains(err.Error(), "non-empty block") {
			return err
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(5 * time.Millisecond):
		}
	}
}

// untilOsaka keeps the dev chain's forks up to Osaka and drops the ones after it.
func untilOsaka(cfg *params.ChainConfig) {
	cfg.AmsterdamTime = nil
	cfg.BogotaTime = nil
	cfg.UBTTime = nil
}
