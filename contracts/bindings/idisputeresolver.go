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

// IDisputeResolverMetaData contains all meta data concerning the IDisputeResolver contract.
var IDisputeResolverMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"winner\",\"type\":\"address\"}],\"name\":\"resolved\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "IDisputeResolver",
}

// IDisputeResolver is an auto generated Go binding around an Ethereum contract.
type IDisputeResolver struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *IDisputeResolver) GetABI() abi.ABI {
	return c.abi
}

// NewIDisputeResolver creates a new instance of IDisputeResolver.
func NewIDisputeResolver() *IDisputeResolver {
	parsed, err := IDisputeResolverMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &IDisputeResolver{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *IDisputeResolver) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackResolved is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x225ed73e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function resolved(uint256 gameId, address winner) returns()
func (iDisputeResolver *IDisputeResolver) PackResolved(gameId *big.Int, winner common.Address) []byte {
	enc, err := iDisputeResolver.abi.Pack("resolved", gameId, winner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackResolved is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x225ed73e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function resolved(uint256 gameId, address winner) returns()
func (iDisputeResolver *IDisputeResolver) TryPackResolved(gameId *big.Int, winner common.Address) ([]byte, error) {
	return iDisputeResolver.abi.Pack("resolved", gameId, winner)
}
