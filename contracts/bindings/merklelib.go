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

// MerkleLibMetaData contains all meta data concerning the MerkleLib contract.
var MerkleLibMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"expectedRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"provenRoot\",\"type\":\"bytes32\"}],\"name\":\"InvalidMemoryProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"addr\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"log2Size\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"siblingCount\",\"type\":\"uint256\"}],\"name\":\"InvalidRegion\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leafIndex\",\"type\":\"uint256\"}],\"name\":\"LeafIndexOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"offset\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"available\",\"type\":\"uint256\"}],\"name\":\"ProofOutOfBounds\",\"type\":\"error\"}]",
	ID:  "MerkleLib",
	Bin: "0x601f6032600b8282823980515f1a607314602657634e487b7160e01b5f525f60045260245ffd5b305f52607381538281f3fe730000000000000000000000000000000000000000301460806040525f5ffd",
}

// MerkleLib is an auto generated Go binding around an Ethereum contract.
type MerkleLib struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *MerkleLib) GetABI() abi.ABI {
	return c.abi
}

// NewMerkleLib creates a new instance of MerkleLib.
func NewMerkleLib() *MerkleLib {
	parsed, err := MerkleLibMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &MerkleLib{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *MerkleLib) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (merkleLib *MerkleLib) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], merkleLib.abi.Errors["InvalidMemoryProof"].ID.Bytes()[:4]) {
		return merkleLib.UnpackInvalidMemoryProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], merkleLib.abi.Errors["InvalidRegion"].ID.Bytes()[:4]) {
		return merkleLib.UnpackInvalidRegionError(raw[4:])
	}
	if bytes.Equal(raw[:4], merkleLib.abi.Errors["LeafIndexOutOfRange"].ID.Bytes()[:4]) {
		return merkleLib.UnpackLeafIndexOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], merkleLib.abi.Errors["ProofOutOfBounds"].ID.Bytes()[:4]) {
		return merkleLib.UnpackProofOutOfBoundsError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// MerkleLibInvalidMemoryProof represents a InvalidMemoryProof error raised by the MerkleLib contract.
type MerkleLibInvalidMemoryProof struct {
	ExpectedRoot [32]byte
	ProvenRoot   [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidMemoryProof(bytes32 expectedRoot, bytes32 provenRoot)
func MerkleLibInvalidMemoryProofErrorID() common.Hash {
	return common.HexToHash("0x3b587e17c7ca87504118b665d99d763cb43212f2b10f84063a531b8197bb92d5")
}

// UnpackInvalidMemoryProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidMemoryProof(bytes32 expectedRoot, bytes32 provenRoot)
func (merkleLib *MerkleLib) UnpackInvalidMemoryProofError(raw []byte) (*MerkleLibInvalidMemoryProof, error) {
	out := new(MerkleLibInvalidMemoryProof)
	if err := merkleLib.abi.UnpackIntoInterface(out, "InvalidMemoryProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MerkleLibInvalidRegion represents a InvalidRegion error raised by the MerkleLib contract.
type MerkleLibInvalidRegion struct {
	Addr         *big.Int
	Log2Size     *big.Int
	SiblingCount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidRegion(uint256 addr, uint256 log2Size, uint256 siblingCount)
func MerkleLibInvalidRegionErrorID() common.Hash {
	return common.HexToHash("0x9f376eaa9a7e6f45d7f65bed0267a9b8ab799ceba3fb31b476b8bd42a329f2cc")
}

// UnpackInvalidRegionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidRegion(uint256 addr, uint256 log2Size, uint256 siblingCount)
func (merkleLib *MerkleLib) UnpackInvalidRegionError(raw []byte) (*MerkleLibInvalidRegion, error) {
	out := new(MerkleLibInvalidRegion)
	if err := merkleLib.abi.UnpackIntoInterface(out, "InvalidRegion", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MerkleLibLeafIndexOutOfRange represents a LeafIndexOutOfRange error raised by the MerkleLib contract.
type MerkleLibLeafIndexOutOfRange struct {
	LeafIndex *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LeafIndexOutOfRange(uint256 leafIndex)
func MerkleLibLeafIndexOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x8fd618205f1ad147d0f5e88c70991e65198f870668b61c12f80dd28dab2e2d9c")
}

// UnpackLeafIndexOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LeafIndexOutOfRange(uint256 leafIndex)
func (merkleLib *MerkleLib) UnpackLeafIndexOutOfRangeError(raw []byte) (*MerkleLibLeafIndexOutOfRange, error) {
	out := new(MerkleLibLeafIndexOutOfRange)
	if err := merkleLib.abi.UnpackIntoInterface(out, "LeafIndexOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MerkleLibProofOutOfBounds represents a ProofOutOfBounds error raised by the MerkleLib contract.
type MerkleLibProofOutOfBounds struct {
	Offset    *big.Int
	Available *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProofOutOfBounds(uint256 offset, uint256 available)
func MerkleLibProofOutOfBoundsErrorID() common.Hash {
	return common.HexToHash("0x17e15612dfbeb374678aa0d91a708fb89c9b8d2c6d37e36b3105b1b2d49ff313")
}

// UnpackProofOutOfBoundsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProofOutOfBounds(uint256 offset, uint256 available)
func (merkleLib *MerkleLib) UnpackProofOutOfBoundsError(raw []byte) (*MerkleLibProofOutOfBounds, error) {
	out := new(MerkleLibProofOutOfBounds)
	if err := merkleLib.abi.UnpackIntoInterface(out, "ProofOutOfBounds", raw); err != nil {
		return nil, err
	}
	return out, nil
}
