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

// StateLibMetaData contains all meta data concerning the StateLib contract.
var StateLibMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"size\",\"type\":\"uint256\"}],\"name\":\"BadStateSize\",\"type\":\"error\"}]",
	ID:  "StateLib",
	Bin: "0x601f6032600b8282823980515f1a607314602657634e487b7160e01b5f525f60045260245ffd5b305f52607381538281f3fe730000000000000000000000000000000000000000301460806040525f5ffd",
}

// StateLib is an auto generated Go binding around an Ethereum contract.
type StateLib struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *StateLib) GetABI() abi.ABI {
	return c.abi
}

// NewStateLib creates a new instance of StateLib.
func NewStateLib() *StateLib {
	parsed, err := StateLibMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &StateLib{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *StateLib) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (stateLib *StateLib) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], stateLib.abi.Errors["BadStateSize"].ID.Bytes()[:4]) {
		return stateLib.UnpackBadStateSizeError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// StateLibBadStateSize represents a BadStateSize error raised by the StateLib contract.
type StateLibBadStateSize struct {
	Size *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadStateSize(uint256 size)
func StateLibBadStateSizeErrorID() common.Hash {
	return common.HexToHash("0xba32cce9d68a9e469b787d9ba25fccf538ea6e2d7a5dca214cc0922aa046edb5")
}

// UnpackBadStateSizeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadStateSize(uint256 size)
func (stateLib *StateLib) UnpackBadStateSizeError(raw []byte) (*StateLibBadStateSize, error) {
	out := new(StateLibBadStateSize)
	if err := stateLib.abi.UnpackIntoInterface(out, "BadStateSize", raw); err != nil {
		return nil, err
	}
	return out, nil
}
