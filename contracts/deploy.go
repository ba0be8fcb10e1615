package contracts

import (
	"context"
	"errors"
	"fmt"
	"math"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm/runtime"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/holiman/uint256"

	"github.com/opml-dev/opml/chain"
	"github.com/opml-dev/opml/contracts/bindings"
	"github.com/opml-dev/opml/vm"
)

// This file puts the verifier to work outside tests: PreimageOracle and MIPS deployed on a chain (the embedded
// one or any JSON-RPC node) and, for gas measurements that need no node, on go-ethereum's EVM in process.

// StepGas is what one MIPS.step costs.
type StepGas struct {
	// Execution is the gas MIPS.step's code uses (the oracle call included): the gas it is given when the
	// EVM starts executing it minus the gas left when it returns. It leaves out the intrinsic cost of a
	// transaction (21000 and the calldata), so it is also what a contract pays when it calls step.
	Execution uint64
	// Calldata is the length of step's ABI-encoded calldata in bytes (selector included).
	Calldata int
	// Transaction is the gas the step uses as a transaction of its own: 21000 + calldata cost + Execution,
	// or the EIP-7623 calldata floor when that is higher (it usually is: proofs are dense calldata).
	Transaction uint64
}

// StepError is a step that MIPS.step rejected (reverted), with its decoded reason.
type StepError struct{ Reason string }

func (e *StepError) Error() string { return "MIPS.step reverted: " + e.Reason }

// oracleLoadCalldata is the PreimageOracle call that stores the part at offset of the stream of key (as the VM
// sees it): keccak256 keys by their whole preimage, local keys localized for the sender and localContext.
func oracleLoadCalldata(key [32]byte, data []byte, offset uint32, localContext [32]byte) ([]byte, error) {
	oracle := bindings.NewPreimageOracle()
	off := new(big.Int).SetUint64(uint64(offset))
	switch key[0] {
	case vm.KeyTypeKeccak256:
		if vm.Keccak256Key(data) != key {
			return nil, fmt.Errorf("oracle: the data given for key %#x does not hash to it", key)
		}
		return oracle.PackLoadKeccak256PreimagePart(off, data), nil
	case vm.KeyTypeLocal:
		return oracle.PackLoadLocalData(key, localContext, data, off), nil
	}
	return nil, fmt.Errorf("oracle: key %#x has type %d; only local (1) and keccak256 (2) keys are loaded", key, key[0])
}

// Deployment is a PreimageOracle and a MIPS verifier wired to it, deployed on a chain.
type Deployment struct {
	Chain  *chain.Chain
	Oracle common.Address
	MIPS   common.Address
	// DeployGas is the gas both deployments used.
	DeployGas uint64
}

// Deploy deploys a PreimageOracle and a MIPS verifier that reads it, signed by c's account.
func Deploy(ctx context.Context, c *chain.Chain) (*Deployment, error) {
	oracle, r1, err := c.Deploy(ctx, &bindings.PreimageOracleMetaData, nil)
	if err != nil {
		return nil, fmt.Errorf("deploy PreimageOracle: %w", err)
	}
	mips, r2, err := c.Deploy(ctx, &bindings.MIPSMetaData, bindings.NewMIPS().PackConstructor(oracle))
	if err != nil {
		return nil, fmt.Errorf("deploy MIPS: %w", err)
	}
	return &Deployment{Chain: c, Oracle: oracle, MIPS: mips, DeployGas: r1.GasUsed + r2.GasUsed}, nil
}

// LoadPreimagePart stores the part at offset of key's stream in the oracle, unless it is there already. key is
// the key as the VM sees it; local keys are localized for the deployment's account and localContext, so steps
// must be sent from the same account with the same localContext to read them.
func (d *Deployment) LoadPreimagePart(ctx context.Context, key [32]byte, data []byte, offset uint32, localContext [32]byte) error {
	calldata, err := oracleLoadCalldata(key, data, offset, localContext)
	if err != nil {
		return err
	}
	oracle := bindings.NewPreimageOracle()
	onChainKey := key
	if key[0] == vm.KeyTypeLocal {
		onChainKey, err = chain.Call(ctx, d.Chain, d.Oracle, oracle.PackLocalizeKey(key, d.Chain.From(), localContext), oracle.UnpackLocalizeKey)
		if err != nil {
			return fmt.Errorf("oracle: localize key %#x: %w", key, err)
		}
	}
	ok, err := chain.Call(ctx, d.Chain, d.Oracle, oracle.PackPreimagePartOk(onChainKey, new(big.Int).SetUint64(uint64(offset))), oracle.UnpackPreimagePartOk)
	if err != nil {
		return fmt.Errorf("oracle: is part %d of %#x loaded: %w", offset, key, err)
	}
	if ok {
		return nil
	}
	if _, err := d.Chain.Transact(ctx, d.Oracle, calldata); err != nil {
		return fmt.Errorf("oracle: load part %d of %#x: %w", offset, key, err)
	}
	return nil
}

// StepCalldata is the calldata of MIPS.step(state, proof, localContext).
func StepCalldata(state, proof []byte, localContext [32]byte) []byte {
	return bindings.NewMIPS().PackStep(state, proof, localContext)
}

// CallStep executes MIPS.step with eth_call and returns the post-state hash. A revert is a *StepError.
func (d *Deployment) CallStep(ctx context.Context, state, proof []byte, localContext [32]byte) ([32]byte, error) {
	post, err := chain.Call(ctx, d.Chain, d.MIPS, StepCalldata(state, proof, localContext), bindings.NewMIPS().UnpackStep)
	if err != nil {
		if data, ok := chain.RevertData(err); ok {
			return post, &StepError{Reason: RevertReason(data)}
		}
		return post, err
	}
	return post, nil
}

// SendStep sends MIPS.step as a transaction and returns its receipt (step is view: the transaction changes
// nothing, it only measures what a step costs when it is mined).
func (d *Deployment) SendStep(ctx context.Context, state, proof []byte, localContext [32]byte) (*types.Receipt, error) {
	return d.Chain.Transact(ctx, d.MIPS, StepCalldata(state, proof, localContext))
}

// ErrNoTracer means the node does not answer debug_traceCall.
var ErrNoTracer = errors.New("the node has no debug_traceCall")

// TraceStepGas measures the execution gas of MIPS.step with the node's opcode tracer (debug_traceCall, as geth
// and anvil serve it): the gas left before the first instruction of the outermost frame minus the gas left
// after its last one. It returns ErrNoTracer (wrapped) if the node does not offer the debug API.
func (d *Deployment) TraceStepGas(ctx context.Context, state, proof []byte, localContext [32]byte) (uint64, error) {
	rc, ok := d.Chain.Client().(interface{ Client() *rpc.Client })
	if !ok {
		return 0, fmt.Errorf("trace step: %w (no JSON-RPC client)", ErrNoTracer)
	}
	type structLog struct {
		Op      string `json:"op"`
		Gas     uint64 `json:"gas"`
		GasCost uint64 `json:"gasCost"`
		Depth   int    `json:"depth"`
	}
	var res struct {
		Failed     bool        `json:"failed"`
		StructLogs []structLog `json:"structLogs"`
	}
	call := map[string]any{
		"from": d.Chain.From(),
		"to":   d.MIPS,
		"data": hexutil.Bytes(StepCalldata(state, proof, localContext)),
		"gas":  hexutil.Uint64(chain.EmbeddedGasLimit / 10),
	}
	opts := map[string]any{"disableStorage": true, "disableStack": true, "enableMemory": false, "enableReturnData": false}
	if err := rc.Client().CallContext(ctx, &res, "debug_traceCall", call, "latest", opts); err != nil {
		var rpcErr rpc.Error
		if errors.As(err, &rpcErr) && rpcErr.ErrorCode() == -32601 { // method not found
			return 0, fmt.Errorf("trace step: %w: %v", ErrNoTracer, err)
		}
		return 0, fmt.Errorf("trace step: %w", err)
	}
	if res.Failed {
		return 0, errors.New("trace step: MIPS.step reverted")
	}
	if len(res.StructLogs) == 0 {
		return 0, errors.New("trace step: the tracer returned no instructions")
	}
	first := res.StructLogs[0]
	last := first
	for _, l := range res.StructLogs {
		if l.Depth == first.Depth {
			last = l
		}
	}
	if last.Gas < last.GasCost || first.Gas < last.Gas-last.GasCost {
		return 0, fmt.Errorf("trace step: inconsistent gas in the trace (first %d, last %d-%d)", first.Gas, last.Gas, last.GasCost)
	}
	return first.Gas - (last.Gas - last.GasCost), nil
}

// EVM is a PreimageOracle and a MIPS verifier on go-ethereum's EVM in process (core/vm/runtime over an
// in-memory state, Osaka rules as on the embedded chain): no blocks and no node, so it measures a step's
// execution gas exactly and quickly. Every call comes from one caller (the stand-in for the dispute game).
type EVM struct {
	cfg    *runtime.Config
	rules  params.Rules
	Oracle common.Address
	MIPS   common.Address
	loaded map[evmPart]bool
}

type evmPart struct {
	key          [32]byte
	offset       uint32
	localContext [32]byte
}

// evmGasLimit is the gas every call is given: the Osaka transaction gas cap (EIP-7825).
const evmGasLimit = 1 << 24

// osakaConfig is the dev chain configuration with every fork up to Osaka active from genesis.
func osakaConfig() *params.ChainConfig {
	cfg := *params.AllDevChainProtocolChanges
	cfg.AmsterdamTime = nil
	cfg.BogotaTime = nil
	cfg.UBTTime = nil
	return &cfg
}

// NewEVM deploys a PreimageOracle and a MIPS verifier on a fresh in-process EVM whose calls come from caller.
func NewEVM(caller common.Address) (*EVM, error) {
	db, err := state.New(types.EmptyRootHash, state.NewDatabaseForTesting())
	if err != nil {
		return nil, fmt.Errorf("evm: state: %w", err)
	}
	cfg := &runtime.Config{State: db, Origin: caller, GasLimit: evmGasLimit, ChainConfig: osakaConfig(),
		BlockNumber: big.NewInt(1), Time: 1}
	e := &EVM{cfg: cfg, loaded: make(map[evmPart]bool)}
	e.rules = cfg.ChainConfig.Rules(cfg.BlockNumber, true, cfg.Time)
	if !e.rules.IsOsaka {
		return nil, errors.New("evm: the chain configuration does not activate Osaka")
	}
	if e.Oracle, err = e.deploy(bindings.PreimageOracleMetaData.Bin, nil); err != nil {
		return nil, fmt.Errorf("evm: deploy PreimageOracle: %w", err)
	}
	if e.MIPS, err = e.deploy(bindings.MIPSMetaData.Bin, bindings.NewMIPS().PackConstructor(e.Oracle)); err != nil {
		return nil, fmt.Errorf("evm: deploy MIPS: %w", err)
	}
	return e, nil
}

func (e *EVM) deploy(bin string, args []byte) (common.Address, error) {
	code := append(common.FromHex(bin), args...)
	_, addr, _, err := runtime.Create(code, e.cfg)
	return addr, err
}

// call executes calldata against to and returns the output and the execution gas.
func (e *EVM) call(to common.Address, calldata []byte) ([]byte, uint64, error) {
	ret, left, err := runtime.Call(to, calldata, e.cfg)
	return ret, e.cfg.GasLimit - left, err
}

// LoadPreimagePart stores the part at offset of key's stream (key as the VM sees it) in the oracle, unless it
// is there already; local keys are localized for the EVM's caller and localContext.
func (e *EVM) LoadPreimagePart(key [32]byte, data []byte, offset uint32, localContext [32]byte) error {
	p := evmPart{key, offset, localContext}
	if e.loaded[p] {
		return nil
	}
	calldata, err := oracleLoadCalldata(key, data, offset, localContext)
	if err != nil {
		return err
	}
	if ret, _, err := e.call(e.Oracle, calldata); err != nil {
		return fmt.Errorf("oracle: load part %d of %#x: %v (%s)", offset, key, err, RevertReason(ret))
	}
	e.loaded[p] = true
	return nil
}

// Step executes MIPS.step and returns the post-state hash and what the step costs. A revert is a *StepError.
func (e *EVM) Step(state, proof []byte, localContext [32]byte) ([32]byte, StepGas, error) {
	var post [32]byte
	calldata := StepCalldata(state, proof, localContext)
	ret, gas, err := e.call(e.MIPS, calldata)
	g := StepGas{Execution: gas, Calldata: len(calldata)}
	if err != nil {
		return post, g, &StepError{Reason: RevertReason(ret) + " (" + err.Error() + ")"}
	}
	if g.Transaction, err = TransactionGas(e.rules, e.cfg.Origin, e.MIPS, calldata, gas); err != nil {
		return post, g, err
	}
	post, err = bindings.NewMIPS().UnpackStep(ret)
	return post, g, err
}

// TransactionGas is the gas a transaction to `to` with calldata uses when its code uses execution gas and
// refunds nothing: the intrinsic gas plus execution, or the EIP-7623 calldata floor if higher.
func TransactionGas(rules params.Rules, from, to common.Address, calldata []byte, execution uint64) (uint64, error) {
	intrinsic, err := core.IntrinsicGas(calldata, nil, nil, from, &to, new(uint256.Int), rules)
	if err != nil {
		return 0, fmt.Errorf("intrinsic gas: %w", err)
	}
	if execution > math.MaxUint64-intrinsic {
		return 0, errors.New("gas overflows")
	}
	total := intrinsic + execution
	if rules.IsPrague {
		floor, err := core.FloorDataGas(rules, from, &to, new(uint256.Int), calldata, nil)
		if err != nil {
			return 0, fmt.Errorf("calldata floor: %w", err)
		}
		total = max(total, floor)
	}
	return total, nil
}

// OsakaRules are the rules of the embedded chain and of anvil (chain.Hardfork), for TransactionGas.
func OsakaRules() params.Rules {
	return osakaConfig().Rules(big.NewInt(1), true, 1)
}
