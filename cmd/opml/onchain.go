package main

import (
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/opml-dev/opml/bench"
	"github.com/opml-dev/opml/chain"
	"github.com/opml-dev/opml/contracts"
	"github.com/opml-dev/opml/internal/progress"
	"github.com/opml-dev/opml/vm"
)

// The on-chain side of the CLI: `vm verify --onchain` executes a witness's step with MIPS.sol, and
// `bench onchain` measures what steps cost.

func init() {
	register("bench onchain", "benchmark MIPS.step: execution gas by instruction class and calldata per step", benchOnChain)
}

// listFlag is a repeatable string flag.
type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, ",") }
func (l *listFlag) Set(v string) error { *l = append(*l, v); return nil }

// onchainFlags are the flags of `vm verify` that concern the on-chain verifier.
type onchainFlags struct {
	onchain      bool
	rpc          string
	key          *keyFlags
	tx           *txFlags
	preimages    listFlag
	locals       listFlag
	localContext string
	noTx         bool
}

func addOnchainFlags(fs *flag.FlagSet) *onchainFlags {
	f := &onchainFlags{}
	fs.BoolVar(&f.onchain, "onchain", false, "also execute the step with MIPS.sol (on the embedded chain unless --rpc)")
	fs.StringVar(&f.rpc, "rpc", "", "with --onchain: deploy and verify on the JSON-RPC node at `URL` (needs a funded key)")
	f.key = addKeyFlags(fs, "with --rpc, the key that deploys and sends")
	f.tx = addTxFlags(fs)
	fs.Var(&f.preimages, "preimage", "with --onchain: a `FILE` holding a keccak256 preimage the step may read (repeatable)")
	fs.Var(&f.locals, "local", "with --onchain: local data for a local key, as `KEYHEX=FILE` (repeatable)")
	fs.StringVar(&f.localContext, "local-context", "", "with --onchain: the 32-byte `HEX` local context local keys are bound to (default zero)")
	fs.BoolVar(&f.noTx, "no-tx", false, "with --onchain: only eth_call, do not send the step as a transaction")
	return f
}

// onchainOnly are the flags that mean something only with --onchain.
var onchainOnly = map[string]bool{"rpc": true, "key": true, "keystore": true, "password-file": true, "account": true,
	"max-fee-per-gas": true, "max-priority-fee": true, "preimage": true, "local": true, "local-context": true, "no-tx": true}

// check notes on-chain flags given without --onchain, a key without --rpc, --rpc without a key, bad fee caps and a
// bad local context.
func (f *onchainFlags) check(fs *flag.FlagSet, chk *checker) {
	if !f.onchain {
		var stray []string
		fs.Visit(func(fl *flag.Flag) {
			if onchainOnly[fl.Name] {
				stray = append(stray, "--"+fl.Name)
			}
		})
		if len(stray) > 0 {
			chk.addf("%s need --onchain", strings.Join(stray, ", "))
		}
		return
	}
	if f.rpc != "" {
		f.key.check(chk, true)
	} else if f.key.src.Hex != "" || f.key.src.Keystore != "" {
		chk.addf("a key (--key, --keystore) needs --rpc: the embedded chain has its own")
	}
	f.tx.check(chk)
	if f.localContext != "" {
		if _, err := parseHex32("--local-context", f.localContext); err != nil {
			chk.addf("%v", err)
		}
	}
}

// parseHex32 reads 32 bytes of hex, with or without 0x.
func parseHex32(what, s string) ([32]byte, error) {
	var out [32]byte
	b, err := hex.DecodeString(strings.TrimPrefix(strings.TrimSpace(s), "0x"))
	if err != nil || len(b) != 32 {
		return out, fmt.Errorf("%s %q: want 32 bytes of hex", what, s)
	}
	return [32]byte(b), nil
}

// oracleData finds the data behind the key a step reads among the supplied files and checks it gives the
// bytes the witness recorded, so a wrong file is reported here rather than as a post-state mismatch.
func (f *onchainFlags) oracleData(read *vm.OracleRead) ([]byte, error) {
	var data []byte
	found := false
	switch read.Key[0] {
	case vm.KeyTypeKeccak256:
		for _, p := range f.preimages {
			d, err := os.ReadFile(p)
			if err != nil {
				return nil, fmt.Errorf("--preimage: %w", err)
			}
			if vm.Keccak256Key(d) == read.Key {
				data, found = d, true
				break
			}
		}
		if !found {
			return nil, fmt.Errorf("the step reads keccak256 key %#x (stream offset %d): supply its preimage with --preimage FILE (%d file(s) given, none hashes to it)",
				read.Key, read.Offset, len(f.preimages))
		}
	case vm.KeyTypeLocal:
		for _, l := range f.locals {
			keyHex, file, ok := strings.Cut(l, "=")
			if !ok {
				return nil, fmt.Errorf("--local %q: want KEYHEX=FILE", l)
			}
			key, err := parseHex32("--local key", keyHex)
			if err != nil {
				return nil, err
			}
			if key[0] != vm.KeyTypeLocal {
				return nil, fmt.Errorf("--local key %#x: a local key starts with the type byte 01", key)
			}
			if key == read.Key {
				if data, err = os.ReadFile(file); err != nil {
					return nil, fmt.Errorf("--local: %w", err)
				}
				found = true
				break
			}
		}
		if !found {
			return nil, fmt.Errorf("the step reads local key %#x (stream offset %d): supply its data with --local %x=FILE", read.Key, read.Offset, read.Key)
		}
	default:
		return nil, fmt.Errorf("the witness records an oracle read of key %#x, whose type %d no oracle serves", read.Key, read.Key[0])
	}
	dat, n, err := vm.StreamChunk(data, read.Offset)
	if err != nil {
		return nil, err
	}
	if dat != read.Data || n != read.Length {
		return nil, fmt.Errorf("the data supplied for key %#x does not give the %d bytes the witness recorded at stream offset %d", read.Key, read.Length, read.Offset)
	}
	return data, nil
}

// verifyOnChain executes the witness's step with MIPS.sol and compares it with the Go stateless step
// (goPost, or goErr if the Go step rejected the witness) and with the post-state the witness claims.
func verifyOnChain(w *vm.Witness, goPost [32]byte, goErr error, f *onchainFlags) error {
	var localContext [32]byte
	if f.localContext != "" {
		localContext, _ = parseHex32("--local-context", f.localContext) // checked with the flags
	}
	var oracleData []byte
	if w.Oracle != nil {
		var err error
		if oracleData, err = f.oracleData(w.Oracle); err != nil {
			return err
		}
	}
	var key *ecdsa.PrivateKey
	if f.rpc != "" {
		var err error
		if key, err = f.key.load(); err != nil {
			return err
		}
	}

	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	var c *chain.Chain
	where := "the embedded chain"
	if f.rpc != "" {
		var err error
		if c, err = chain.Dial(ctx, f.rpc, key); err != nil {
			return err
		}
		f.tx.apply(c)
		where = f.rpc
	} else {
		var err error
		if c, err = chain.NewEmbedded(); err != nil {
			return err
		}
	}
	defer c.Close()
	d, err := contracts.Deploy(ctx, c)
	if err != nil {
		return err
	}
	fmt.Printf("deployed:            PreimageOracle %s, MIPS %s on %s (%d gas)\n", d.Oracle, d.MIPS, where, d.DeployGas)
	if w.Oracle != nil {
		if err := d.LoadPreimagePart(ctx, w.Oracle.Key, oracleData, w.Oracle.Offset, localContext); err != nil {
			return err
		}
		fmt.Printf("oracle:              loaded part %d of key %#x\n", w.Oracle.Offset, w.Oracle.Key)
	}

	chainPost, chainErr := d.CallStep(ctx, w.State, w.Proof, localContext)
	var se *contracts.StepError
	if chainErr != nil && !errors.As(chainErr, &se) {
		return fmt.Errorf("MIPS.step on %s: %w", where, chainErr)
	}
	if chainErr != nil {
		fmt.Printf("on-chain post-state: none: %v\n", chainErr)
	} else {
		fmt.Printf("on-chain post-state: %#x\n", chainPost)
	}
	if goErr != nil {
		fmt.Printf("Go stateless step:   none: %v\n", goErr)
	} else {
		fmt.Printf("Go stateless step:   %#x\n", goPost)
	}
	switch {
	case chainErr != nil && goErr != nil:
		return &exitError{code: 1, msg: "the witness does not verify: MIPS.step and the Go stateless step both reject it"}
	case chainErr != nil || goErr != nil:
		return &exitError{code: 1, msg: "MIPS.step and the Go stateless step disagree on whether the witness is valid"}
	case chainPost != goPost:
		return &exitError{code: 1, msg: fmt.Sprintf("post-state mismatch: MIPS.step %#x, Go stateless step %#x", chainPost, goPost)}
	}

	gas, how, err := stepExecutionGas(ctx, d, w, oracleData, localContext, chainPost)
	if err != nil {
		return err
	}
	calldata := contracts.StepCalldata(w.State, w.Proof, localContext)
	fmt.Printf("execution gas:       %d (%s)\n", gas, how)
	fmt.Printf("calldata:            %d bytes\n", len(calldata))
	if !f.noTx {
		r, err := d.SendStep(ctx, w.State, w.Proof, localContext)
		if err != nil {
			return fmt.Errorf("MIPS.step as a transaction: %w", err)
		}
		fmt.Printf("transaction gas:     %d (the step mined as a transaction: 21000 + calldata + execution, or the EIP-7623 calldata floor if higher)\n", r.GasUsed)
	}
	if chainPost != w.PostStateHash {
		return &exitError{code: 1, msg: fmt.Sprintf("post-state mismatch: the witness claims %#x", w.PostStateHash)}
	}
	return nil
}

// stepExecutionGas measures the execution gas of the step: with the node's tracer if it answers, else (the
// embedded chain has none) on go-ethereum's EVM in process with the same bytecode, caller and oracle data,
// whose post-state must match the chain's.
func stepExecutionGas(ctx context.Context, d *contracts.Deployment, w *vm.Witness, oracleData []byte, localContext, chainPost [32]byte) (uint64, string, error) {
	gas, traceErr := d.TraceStepGas(ctx, w.State, w.Proof, localContext)
	if traceErr == nil {
		return gas, "MIPS.step's code, from the node's debug_traceCall; without the 21000 base and calldata cost", nil
	}
	why := "the node has no tracer"
	if !errors.Is(traceErr, contracts.ErrNoTracer) {
		why = traceErr.Error()
	}
	evm, err := contracts.NewEVM(d.Chain.From())
	if err != nil {
		return 0, "", err
	}
	if w.Oracle != nil {
		if err := evm.LoadPreimagePart(w.Oracle.Key, oracleData, w.Oracle.Offset, localContext); err != nil {
			return 0, "", err
		}
	}
	post, g, err := evm.Step(w.State, w.Proof, localContext)
	if err != nil {
		return 0, "", fmt.Errorf("in-process EVM: %w", err)
	}
	if post != chainPost {
		return 0, "", fmt.Errorf("in-process EVM post-state %#x differs from the chain's %#x", post, chainPost)
	}
	return g.Execution, "MIPS.step's code, measured on go-ethereum's EVM in process (" + why + "); without the 21000 base and calldata cost", nil
}

func benchOnChain(args []string) error {
	fs := newFlags("bench onchain", "bench onchain [--root DIR] [--samples N] [--window STEPS]")
	root := fs.String("root", ".", "repository root holding vm/testdata/progs")
	samples := fs.Int("samples", 150, "random steps sampled per program (plus the next syscall, load, store and branch after some)")
	window := fs.Uint64("window", 20_000_000, "sample each program's first `STEPS` steps at most")
	chk, err := parse(fs, args)
	if err != nil {
		return err
	}
	chk.noArgs(fs)
	chk.check(*samples >= 1, "--samples %d: want at least 1", *samples)
	chk.check(*window >= 1, "--window %d: want at least 1 step", *window)
	checkRoot(chk, *root, filepath.Join("vm", "testdata", "progs"))
	if err := chk.err(); err != nil {
		return err
	}
	t, err := bench.OnChain(bench.OnChainOptions{Root: *root, Samples: *samples, Window: *window, Progress: progress.ForStderr(false)})
	if err != nil {
		return err
	}
	t.Write(os.Stdout)
	return nil
}
