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

// IDisputeGameMetaData contains all meta data concerning the IDisputeGame contract.
var IDisputeGameMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"clock\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"asserter\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"asserterClaim\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"challengerClaim\",\"type\":\"bytes32\"}],\"name\":\"open\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"positions\",\"type\":\"uint64\"},{\"internalType\":\"enumIDisputeGame.LevelKind\",\"name\":\"kind\",\"type\":\"uint8\"}],\"name\":\"setStart\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "IDisputeGame",
}

// IDisputeGame is an auto generated Go binding around an Ethereum contract.
type IDisputeGame struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *IDisputeGame) GetABI() abi.ABI {
	return c.abi
}

// NewIDisputeGame creates a new instance of IDisputeGame.
func NewIDisputeGame() *IDisputeGame {
	parsed, err := IDisputeGameMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &IDisputeGame{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *IDisputeGame) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackClock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91ddadf4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function clock() view returns(uint64)
func (iDisputeGame *IDisputeGame) PackClock() []byte {
	enc, err := iDisputeGame.abi.Pack("clock")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91ddadf4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function clock() view returns(uint64)
func (iDisputeGame *IDisputeGame) TryPackClock() ([]byte, error) {
	return iDisputeGame.abi.Pack("clock")
}

// UnpackClock is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91ddadf4.
//
// Solidity: function clock() view returns(uint64)
func (iDisputeGame *IDisputeGame) UnpackClock(data []byte) (uint64, error) {
	out, err := iDisputeGame.abi.Unpack("clock", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackOpen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x26a13003.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function open(uint256 requestId, address asserter, address challenger, bytes32 asserterClaim, bytes32 challengerClaim) returns(uint256 gameId)
func (iDisputeGame *IDisputeGame) PackOpen(requestId *big.Int, asserter common.Address, challenger common.Address, asserterClaim [32]byte, challengerClaim [32]byte) []byte {
	enc, err := iDisputeGame.abi.Pack("open", requestId, asserter, challenger, asserterClaim, challengerClaim)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOpen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x26a13003.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function open(uint256 requestId, address asserter, address challenger, bytes32 asserterClaim, bytes32 challengerClaim) returns(uint256 gameId)
func (iDisputeGame *IDisputeGame) TryPackOpen(requestId *big.Int, asserter common.Address, challenger common.Address, asserterClaim [32]byte, challengerClaim [32]byte) ([]byte, error) {
	return iDisputeGame.abi.Pack("open", requestId, asserter, challenger, asserterClaim, challengerClaim)
}

// UnpackOpen is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x26a13003.
//
// Solidity: function open(uint256 requestId, address asserter, address challenger, bytes32 asserterClaim, bytes32 challengerClaim) returns(uint256 gameId)
func (iDisputeGame *IDisputeGame) UnpackOpen(data []byte) (*big.Int, error) {
	out, err := iDisputeGame.abi.Unpack("open", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSetStart is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5319a2c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setStart(uint256 requestId, uint256 modelId, bytes32 start, uint64 positions, uint8 kind) returns()
func (iDisputeGame *IDisputeGame) PackSetStart(requestId *big.Int, modelId *big.Int, start [32]byte, positions uint64, kind uint8) []byte {
	enc, err := iDisputeGame.abi.Pack("setStart", requestId, modelId, start, positions, kind)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetStart is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5319a2c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setStart(uint256 requestId, uint256 modelId, bytes32 start, uint64 positions, uint8 kind) returns()
func (iDisputeGame *IDisputeGame) TryPackSetStart(requestId *big.Int, modelId *big.Int, start [32]byte, positions uint64, kind uint8) ([]byte, error) {
	return iDisputeGame.abi.Pack("setStart", requestId, modelId, start, positions, kind)
}
