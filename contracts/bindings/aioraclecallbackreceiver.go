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

// AIOracleCallbackReceiverMetaData contains all meta data concerning the AIOracleCallbackReceiver contract.
var AIOracleCallbackReceiverMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIAIOracle\",\"name\":\"expected\",\"type\":\"address\"},{\"internalType\":\"contractIAIOracle\",\"name\":\"found\",\"type\":\"address\"}],\"name\":\"UnauthorizedCallbackSource\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"enumAIOracleCallbackReceiver.AIOracleError\",\"name\":\"code\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"message\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"callbackData\",\"type\":\"bytes\"}],\"name\":\"AICallbackError\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"aiOracle\",\"outputs\":[{\"internalType\":\"contractIAIOracle\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"callbackData\",\"type\":\"bytes\"}],\"name\":\"aiOracleCallback\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"enumAIOracleCallbackReceiver.AIOracleError\",\"name\":\"code\",\"type\":\"uint8\"},{\"internalType\":\"bytes\",\"name\":\"message\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"callbackData\",\"type\":\"bytes\"}],\"name\":\"aiOracleCallbackError\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"isFinalized\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "AIOracleCallbackReceiver",
}

// AIOracleCallbackReceiver is an auto generated Go binding around an Ethereum contract.
type AIOracleCallbackReceiver struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *AIOracleCallbackReceiver) GetABI() abi.ABI {
	return c.abi
}

// NewAIOracleCallbackReceiver creates a new instance of AIOracleCallbackReceiver.
func NewAIOracleCallbackReceiver() *AIOracleCallbackReceiver {
	parsed, err := AIOracleCallbackReceiverMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &AIOracleCallbackReceiver{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *AIOracleCallbackReceiver) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackAiOracle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x31b221cd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function aiOracle() view returns(address)
func (aIOracleCallbackReceiver *AIOracleCallbackReceiver) PackAiOracle() []byte {
	enc, err := aIOracleCallbackReceiver.abi.Pack("aiOracle")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAiOracle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x31b221cd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function aiOracle() view returns(address)
func (aIOracleCallbackReceiver *AIOracleCallbackReceiver) TryPackAiOracle() ([]byte, error) {
	return aIOracleCallbackReceiver.abi.Pack("aiOracle")
}

// UnpackAiOracle is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x31b221cd.
//
// Solidity: function aiOracle() view returns(address)
func (aIOracleCallbackReceiver *AIOracleCallbackReceiver) UnpackAiOracle(data []byte) (common.Address, error) {
	out, err := aIOracleCallbackReceiver.abi.Unpack("aiOracle", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackAiOracleCallback is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb0347814.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function aiOracleCallback(uint256 requestId, bytes output, bytes callbackData) returns()
func (aIOracleCallbackReceiver *AIOracleCallbackReceiver) PackAiOracleCallback(requestId *big.Int, output []byte, callbackData []byte) []byte {
	enc, err := aIOracleCallbackReceiver.abi.Pack("aiOracleCallback", requestId, output, callbackData)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAiOracleCallback is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb0347814.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function aiOracleCallback(uint256 requestId, bytes output, bytes callbackData) returns()
func (aIOracleCallbackReceiver *AIOracleCallbackReceiver) TryPackAiOracleCallback(requestId *big.Int, output []byte, callbackData []byte) ([]byte, error) {
	return aIOracleCallbackReceiver.abi.Pack("aiOracleCallback", requestId, output, callbackData)
}

// PackAiOracleCallbackError is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8e6fd006.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function aiOracleCallbackError(uint256 requestId, uint8 code, bytes message, bytes callbackData) returns()
func (aIOracleCallbackReceiver *AIOracleCallbackReceiver) PackAiOracleCallbackError(requestId *big.Int, code uint8, message []byte, callbackData []byte) []byte {
	enc, err := aIOracleCallbackReceiver.abi.Pack("aiOracleCallbackError", requestId, code, message, callbackData)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAiOracleCallbackError is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8e6fd006.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function aiOracleCallbackError(uint256 requestId, uint8 code, bytes message, bytes callbackData) returns()
func (aIOracleCallbackReceiver *AIOracleCallbackReceiver) TryPackAiOracleCallbackError(requestId *big.Int, code uint8, message []byte, callbackData []byte) ([]byte, error) {
	return aIOracleCallbackReceiver.abi.Pack("aiOracleCallbackError", requestId, code, message, callbackData)
}

// PackIsFinalized is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x33727c4d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isFinalized(uint256 requestId) view returns(bool)
func (aIOracleCallbackReceiver *AIOracleCallbackReceiver) PackIsFinalized(requestId *big.Int) []byte {
	enc, err := aIOracleCallbackReceiver.abi.Pack("isFinalized", requestId)
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
func (aIOracleCallbackReceiver *AIOracleCallbackReceiver) TryPackIsFinalized(requestId *big.Int) ([]byte, error) {
	return aIOracleCallbackReceiver.abi.Pack("isFinalized", requestId)
}

// UnpackIsFinalized is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x33727c4d.
//
// Solidity: function isFinalized(uint256 requestId) view returns(bool)
func (aIOracleCallbackReceiver *AIOracleCallbackReceiver) UnpackIsFinalized(data []byte) (bool, error) {
	out, err := aIOracleCallbackReceiver.abi.Unpack("isFinalized", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// AIOracleCallbackReceiverAICallbackError represents a AICallbackError event raised by the AIOracleCallbackReceiver contract.
type AIOracleCallbackReceiverAICallbackError struct {
	RequestId    *big.Int
	Code         uint8
	Message      []byte
	CallbackData []byte
	Raw          *types.Log // Blockchain specific contextual infos
}

const AIOracleCallbackReceiverAICallbackErrorEventName = "AICallbackError"

// ContractEventName returns the user-defined event name.
func (AIOracleCallbackReceiverAICallbackError) ContractEventName() string {
	return AIOracleCallbackReceiverAICallbackErrorEventName
}

// UnpackAICallbackErrorEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AICallbackError(uint256 indexed requestId, uint8 indexed code, bytes message, bytes callbackData)
func (aIOracleCallbackReceiver *AIOracleCallbackReceiver) UnpackAICallbackErrorEvent(log *types.Log) (*AIOracleCallbackReceiverAICallbackError, error) {
	event := "AICallbackError"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aIOracleCallbackReceiver.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AIOracleCallbackReceiverAICallbackError)
	if len(log.Data) > 0 {
		if err := aIOracleCallbackReceiver.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aIOracleCallbackReceiver.abi.Events[event].Inputs {
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

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (aIOracleCallbackReceiver *AIOracleCallbackReceiver) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], aIOracleCallbackReceiver.abi.Errors["UnauthorizedCallbackSource"].ID.Bytes()[:4]) {
		return aIOracleCallbackReceiver.UnpackUnauthorizedCallbackSourceError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// AIOracleCallbackReceiverUnauthorizedCallbackSource represents a UnauthorizedCallbackSource error raised by the AIOracleCallbackReceiver contract.
type AIOracleCallbackReceiverUnauthorizedCallbackSource struct {
	Expected common.Address
	Found    common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnauthorizedCallbackSource(address expected, address found)
func AIOracleCallbackReceiverUnauthorizedCallbackSourceErrorID() common.Hash {
	return common.HexToHash("0x865c066edb0d38a3e6ab234474b34a33cb3aa9142277c9ec6736c604ac3f0219")
}

// UnpackUnauthorizedCallbackSourceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnauthorizedCallbackSource(address expected, address found)
func (aIOracleCallbackReceiver *AIOracleCallbackReceiver) UnpackUnauthorizedCallbackSourceError(raw []byte) (*AIOracleCallbackReceiverUnauthorizedCallbackSource, error) {
	out := new(AIOracleCallbackReceiverUnauthorizedCallbackSource)
	if err := aIOracleCallbackReceiver.abi.UnpackIntoInterface(out, "UnauthorizedCallbackSource", raw); err != nil {
		return nil, err
	}
	return out, nil
}
