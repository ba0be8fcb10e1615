// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bindings

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// IAIOracleMetaData contains all meta data concerning the IAIOracle contract.
var IAIOracleMetaData = bind.MetaData{
	ABI: "[{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"input\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"callbackContract\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"callbackData\",\"type\":\"bytes\"}],\"name\":\"AICallbackRequest\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"invoker\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"}],\"name\":\"AICallbackResult\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"gasLimit\",\"type\":\"uint256\"}],\"name\":\"estimateFee\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"isFinalized\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"input\",\"type\":\"bytes\"},{\"internalType\":\"address\",\"name\":\"callbackContract\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"callbackData\",\"type\":\"bytes\"}],\"name\":\"requestCallback\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"}]",
	ID:  "IAIOracle",
}

// IAIOracle is an auto generated Go binding around an Ethereum contract.
type IAIOracle struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *IAIOracle) GetABI() abi.ABI {
	return c.abi
}

// NewIAIOracle creates a new instance of IAIOracle.
func NewIAIOracle() *IAIOracle {
	parsed, err := IAIOracleMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &IAIOracle{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *IAIOracle) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackEstimateFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00e1d8d0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function estimateFee(uint256 modelId, uint256 gasLimit) view returns(uint256)
func (iAIOracle *IAIOracle) PackEstimateFee(modelId *big.Int, gasLimit *big.Int) []byte {
	enc, err := iAIOracle.abi.Pack("estimateFee", modelId, gasLimit)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEstimateFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00e1d8d0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function estimateFee(uint256 modelId, uint256 gasLimit) view returns(uint256)
func (iAIOracle *IAIOracle) TryPackEstimateFee(modelId *big.Int, gasLimit *big.Int) ([]byte, error) {
	return iAIOracle.abi.Pack("estimateFee", modelId, gasLimit)
}

// UnpackEstimateFee is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x00e1d8d0.
//
// Solidity: function estimateFee(uint256 modelId, uint256 gasLimit) view returns(uint256)
func (iAIOracle *IAIOracle) UnpackEstimateFee(data []byte) (*big.Int, error) {
	out, err := iAIOracle.abi.Unpack("estimateFee", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackIsFinalized is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x33727c4d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isFinalized(uint256 requestId) view returns(bool)
func (iAIOracle *IAIOracle) PackIsFinalized(requestId *big.Int) []byte {
	enc, err := iAIOracle.abi.Pack("isFinalized", requestId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsFinalized is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x33727c4d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isFinalized(uint256 requestId) view returns(bool)
func (iAIOracle *IAIOracle) TryPackIsFinalized(requestId *big.Int) ([]byte, error) {
	return iAIOracle.abi.Pack("isFinalized", requestId)
}

// UnpackIsFinalized is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x33727c4d.
//
// Solidity: function isFinalized(uint256 requestId) view returns(bool)
func (iAIOracle *IAIOracle) UnpackIsFinalized(data []byte) (bool, error) {
	out, err := iAIOracle.abi.Unpack("isFinalized", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackRequestCallback is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5b953806.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestCallback(uint256 modelId, bytes input, address callbackContract, uint64 gasLimit, bytes callbackData) payable returns(uint256)
func (iAIOracle *IAIOracle) PackRequestCallback(modelId *big.Int, input []byte, callbackContract common.Address, gasLimit uint64, callbackData []byte) []byte {
	enc, err := iAIOracle.abi.Pack("requestCallback", modelId, input, callbackContract, gasLimit, callbackData)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestCallback is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5b953806.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestCallback(uint256 modelId, bytes input, address callbackContract, uint64 gasLimit, bytes callbackData) payable returns(uint256)
func (iAIOracle *IAIOracle) TryPackRequestCallback(modelId *big.Int, input []byte, callbackContract common.Address, gasLimit uint64, callbackData []byte) ([]byte, error) {
	return iAIOracle.abi.Pack("requestCallback", modelId, input, callbackContract, gasLimit, callbackData)
}

// UnpackRequestCallback is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5b953806.
//
// Solidity: function requestCallback(uint256 modelId, bytes input, address callbackContract, uint64 gasLimit, bytes callbackData) payable returns(uint256)
func (iAIOracle *IAIOracle) UnpackRequestCallback(data []byte) (*big.Int, error) {
	out, err := iAIOracle.abi.Unpack("requestCallback", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// IAIOracleAICallbackRequest represents a AICallbackRequest event raised by the IAIOracle contract.
type IAIOracleAICallbackRequest struct {
	Account          common.Address
	RequestId        *big.Int
	ModelId          *big.Int
	Input            []byte
	CallbackContract common.Address
	GasLimit         uint64
	CallbackData     []byte
	Raw              *types.Log // Blockchain specific contextual infos
}

const IAIOracleAICallbackRequestEventName = "AICallbackRequest"

// ContractEventName returns the user-defined event name.
func (IAIOracleAICallbackRequest) ContractEventName() string {
	return IAIOracleAICallbackRequestEventName
}

// UnpackAICallbackRequestEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AICallbackRequest(address indexed account, uint256 indexed requestId, uint256 modelId, bytes input, address callbackContract, uint64 gasLimit, bytes callbackData)
func (iAIOracle *IAIOracle) UnpackAICallbackRequestEvent(log *types.Log) (*IAIOracleAICallbackRequest, error) {
	event := "AICallbackRequest"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iAIOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IAIOracleAICallbackRequest)
	if len(log.Data) > 0 {
		if err := iAIOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iAIOracle.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IAIOracleAICallbackResult represents a AICallbackResult event raised by the IAIOracle contract.
type IAIOracleAICallbackResult struct {
	Account   common.Address
	RequestId *big.Int
	Invoker   common.Address
	Output    []byte
	Raw       *types.Log // Blockchain specific contextual infos
}

const IAIOracleAICallbackResultEventName = "AICallbackResult"

// ContractEventName returns the user-defined event name.
func (IAIOracleAICallbackResult) ContractEventName() string {
	return IAIOracleAICallbackResultEventName
}

// UnpackAICallbackResultEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AICallbackResult(address indexed account, uint256 indexed requestId, address invoker, bytes output)
func (iAIOracle *IAIOracle) UnpackAICallbackResultEvent(log *types.Log) (*IAIOracleAICallbackResult, error) {
	event := "AICallbackResult"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iAIOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IAIOracleAICallbackResult)
	if len(log.Data) > 0 {
		if err := iAIOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iAIOracle.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}
