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

// PreimageOracleMetaData contains all meta data concerning the PreimageOracle contract.
var PreimageOracleMetaData = bind.MetaData{
	ABI: "[{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"offset\",\"type\":\"uint256\"}],\"name\":\"PreimagePartLoaded\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"partOffset\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"preimage\",\"type\":\"bytes\"}],\"name\":\"loadKeccak256PreimagePart\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"localContext\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"partOffset\",\"type\":\"uint256\"}],\"name\":\"loadLocalData\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"localizedKey\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"localContext\",\"type\":\"bytes32\"}],\"name\":\"localizeKey\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"localized\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"name\":\"preimageLengths\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"offset\",\"type\":\"uint256\"}],\"name\":\"preimagePartOk\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"offset\",\"type\":\"uint256\"}],\"name\":\"preimageParts\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"part\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"offset\",\"type\":\"uint256\"}],\"name\":\"readPreimage\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"dat\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"datLen\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "PreimageOracle",
	Bin: "0x6080604052348015600e575f5ffd5b506105d88061001c5f395ff3fe608060405234801561000f575f5ffd5b506004361061007a575f3560e01c8063d3683efc11610058578063d3683efc1461011c578063e03110e11461012f578063e159261114610157578063fef2b4ed1461016a575f5ffd5b806361238bde1461007e5780638542cf50146100b857806393bc0292146100db575b5f5ffd5b6100a561008c36600461040f565b5f60208181529281526040808220909352908152205481565b6040519081526020015b60405180910390f35b6100cb6100c636600461040f565b610189565b60405190151581526020016100af565b6100a56100e936600461042f565b60609190911b5f90815260149190915260348120918152602091909152604090206001600160f81b0316600160f81b1790565b6100a561012a3660046104c1565b6101ab565b61014261013d36600461040f565b6101ec565b604080519283526020830191909152016100af565b6100a5610165366004610517565b6102a2565b6100a561017836600461055f565b60026020525f908152604090205481565b5f82815260016020908152604080832084845290915290205415155b92915050565b3360601b5f908152601485905260348120868252602052604081206001600160f81b0316600160f81b1790506101e3818386866102fc565b95945050505050565b5f8281526001602090815260408083208484529091528120548190808203610274576040517f08c379a000000000000000000000000000000000000000000000000000000000815260206004820152601860248201527f707265696d6167652070617274206e6f74206c6f616465640000000000000000604482015260640160405180910390fd5b5f8581526020818152604080832087845290915290205492506102986001826105a3565b9150509250929050565b5f82826040516102b39291906105b6565b6040519081900390206001600160f81b03167f02000000000000000000000000000000000000000000000000000000000000001790506102f5818585856102fc565b9392505050565b5f6103088260086105c5565b90505f5f828610156103865761031e86846105a3565b9150602082111561032e57602091505b6040518460c01b81525f60208201525f60408201526008871060018114610366578360088903880183375f8483015281519250610383565b856020811115610374575060205b80886008850137508782015192505b50505b5f8781526020818152604080832089845290915290208190556103aa8260016105c5565b5f8881526001602090815260408083208a84528252808320939093558982526002815290829020869055905187815288917fd4d59031438dd222c4f18df27d8f394b611aaa442d1ac0f8ae398ffc830c3236910160405180910390a250505050505050565b5f5f60408385031215610420575f5ffd5b50508035926020909101359150565b5f5f5f60608486031215610441575f5ffd5b83359250602084013573ffffffffffffffffffffffffffffffffffffffff8116811461046b575f5ffd5b929592945050506040919091013590565b5f5f83601f84011261048c575f5ffd5b50813567ffffffffffffffff8111156104a3575f5ffd5b6020830191508360208285010111156104ba575f5ffd5b9250929050565b5f5f5f5f5f608086880312156104d5575f5ffd5b8535945060208601359350604086013567ffffffffffffffff8111156104f9575f5ffd5b6105058882890161047c565b96999598509660600135949350505050565b5f5f5f60408486031215610529575f5ffd5b83359250602084013567ffffffffffffffff811115610546575f5ffd5b6105528682870161047c565b9497909650939450505050565b5f6020828403121561056f575f5ffd5b5035919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b818103818111156101a5576101a5610576565b818382375f9101908152919050565b808201808211156101a5576101a561057656",
}

// PreimageOracle is an auto generated Go binding around an Ethereum contract.
type PreimageOracle struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *PreimageOracle) GetABI() abi.ABI {
	return c.abi
}

// NewPreimageOracle creates a new instance of PreimageOracle.
func NewPreimageOracle() *PreimageOracle {
	parsed, err := PreimageOracleMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &PreimageOracle{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *PreimageOracle) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackLoadKeccak256PreimagePart is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe1592611.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function loadKeccak256PreimagePart(uint256 partOffset, bytes preimage) returns(bytes32 key)
func (preimageOracle *PreimageOracle) PackLoadKeccak256PreimagePart(partOffset *big.Int, preimage []byte) []byte {
	enc, err := preimageOracle.abi.Pack("loadKeccak256PreimagePart", partOffset, preimage)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLoadKeccak256PreimagePart is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe1592611.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function loadKeccak256PreimagePart(uint256 partOffset, bytes preimage) returns(bytes32 key)
func (preimageOracle *PreimageOracle) TryPackLoadKeccak256PreimagePart(partOffset *big.Int, preimage []byte) ([]byte, error) {
	return preimageOracle.abi.Pack("loadKeccak256PreimagePart", partOffset, preimage)
}

// UnpackLoadKeccak256PreimagePart is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe1592611.
//
// Solidity: function loadKeccak256PreimagePart(uint256 partOffset, bytes preimage) returns(bytes32 key)
func (preimageOracle *PreimageOracle) UnpackLoadKeccak256PreimagePart(data []byte) ([32]byte, error) {
	out, err := preimageOracle.abi.Unpack("loadKeccak256PreimagePart", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackLoadLocalData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd3683efc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function loadLocalData(bytes32 key, bytes32 localContext, bytes data, uint256 partOffset) returns(bytes32 localizedKey)
func (preimageOracle *PreimageOracle) PackLoadLocalData(key [32]byte, localContext [32]byte, data []byte, partOffset *big.Int) []byte {
	enc, err := preimageOracle.abi.Pack("loadLocalData", key, localContext, data, partOffset)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLoadLocalData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd3683efc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function loadLocalData(bytes32 key, bytes32 localContext, bytes data, uint256 partOffset) returns(bytes32 localizedKey)
func (preimageOracle *PreimageOracle) TryPackLoadLocalData(key [32]byte, localContext [32]byte, data []byte, partOffset *big.Int) ([]byte, error) {
	return preimageOracle.abi.Pack("loadLocalData", key, localContext, data, partOffset)
}

// UnpackLoadLocalData is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd3683efc.
//
// Solidity: function loadLocalData(bytes32 key, bytes32 localContext, bytes data, uint256 partOffset) returns(bytes32 localizedKey)
func (preimageOracle *PreimageOracle) UnpackLoadLocalData(data []byte) ([32]byte, error) {
	out, err := preimageOracle.abi.Unpack("loadLocalData", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackLocalizeKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x93bc0292.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function localizeKey(bytes32 key, address account, bytes32 localContext) pure returns(bytes32 localized)
func (preimageOracle *PreimageOracle) PackLocalizeKey(key [32]byte, account common.Address, localContext [32]byte) []byte {
	enc, err := preimageOracle.abi.Pack("localizeKey", key, account, localContext)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLocalizeKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x93bc0292.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function localizeKey(bytes32 key, address account, bytes32 localContext) pure returns(bytes32 localized)
func (preimageOracle *PreimageOracle) TryPackLocalizeKey(key [32]byte, account common.Address, localContext [32]byte) ([]byte, error) {
	return preimageOracle.abi.Pack("localizeKey", key, account, localContext)
}

// UnpackLocalizeKey is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x93bc0292.
//
// Solidity: function localizeKey(bytes32 key, address account, bytes32 localContext) pure returns(bytes32 localized)
func (preimageOracle *PreimageOracle) UnpackLocalizeKey(data []byte) ([32]byte, error) {
	out, err := preimageOracle.abi.Unpack("localizeKey", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackPreimageLengths is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfef2b4ed.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function preimageLengths(bytes32 key) view returns(uint256 length)
func (preimageOracle *PreimageOracle) PackPreimageLengths(key [32]byte) []byte {
	enc, err := preimageOracle.abi.Pack("preimageLengths", key)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPreimageLengths is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfef2b4ed.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function preimageLengths(bytes32 key) view returns(uint256 length)
func (preimageOracle *PreimageOracle) TryPackPreimageLengths(key [32]byte) ([]byte, error) {
	return preimageOracle.abi.Pack("preimageLengths", key)
}

// UnpackPreimageLengths is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfef2b4ed.
//
// Solidity: function preimageLengths(bytes32 key) view returns(uint256 length)
func (preimageOracle *PreimageOracle) UnpackPreimageLengths(data []byte) (*big.Int, error) {
	out, err := preimageOracle.abi.Unpack("preimageLengths", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPreimagePartOk is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8542cf50.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function preimagePartOk(bytes32 key, uint256 offset) view returns(bool)
func (preimageOracle *PreimageOracle) PackPreimagePartOk(key [32]byte, offset *big.Int) []byte {
	enc, err := preimageOracle.abi.Pack("preimagePartOk", key, offset)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPreimagePartOk is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8542cf50.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function preimagePartOk(bytes32 key, uint256 offset) view returns(bool)
func (preimageOracle *PreimageOracle) TryPackPreimagePartOk(key [32]byte, offset *big.Int) ([]byte, error) {
	return preimageOracle.abi.Pack("preimagePartOk", key, offset)
}

// UnpackPreimagePartOk is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8542cf50.
//
// Solidity: function preimagePartOk(bytes32 key, uint256 offset) view returns(bool)
func (preimageOracle *PreimageOracle) UnpackPreimagePartOk(data []byte) (bool, error) {
	out, err := preimageOracle.abi.Unpack("preimagePartOk", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackPreimageParts is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x61238bde.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function preimageParts(bytes32 key, uint256 offset) view returns(bytes32 part)
func (preimageOracle *PreimageOracle) PackPreimageParts(key [32]byte, offset *big.Int) []byte {
	enc, err := preimageOracle.abi.Pack("preimageParts", key, offset)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPreimageParts is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x61238bde.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function preimageParts(bytes32 key, uint256 offset) view returns(bytes32 part)
func (preimageOracle *PreimageOracle) TryPackPreimageParts(key [32]byte, offset *big.Int) ([]byte, error) {
	return preimageOracle.abi.Pack("preimageParts", key, offset)
}

// UnpackPreimageParts is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x61238bde.
//
// Solidity: function preimageParts(bytes32 key, uint256 offset) view returns(bytes32 part)
func (preimageOracle *PreimageOracle) UnpackPreimageParts(data []byte) ([32]byte, error) {
	out, err := preimageOracle.abi.Unpack("preimageParts", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackReadPreimage is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe03110e1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function readPreimage(bytes32 key, uint256 offset) view returns(bytes32 dat, uint256 datLen)
func (preimageOracle *PreimageOracle) PackReadPreimage(key [32]byte, offset *big.Int) []byte {
	enc, err := preimageOracle.abi.Pack("readPreimage", key, offset)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReadPreimage is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe03110e1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function readPreimage(bytes32 key, uint256 offset) view returns(bytes32 dat, uint256 datLen)
func (preimageOracle *PreimageOracle) TryPackReadPreimage(key [32]byte, offset *big.Int) ([]byte, error) {
	return preimageOracle.abi.Pack("readPreimage", key, offset)
}

// ReadPreimageOutput serves as a container for the return parameters of contract
// method ReadPreimage.
type ReadPreimageOutput struct {
	Dat    [32]byte
	DatLen *big.Int
}

// UnpackReadPreimage is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe03110e1.
//
// Solidity: function readPreimage(bytes32 key, uint256 offset) view returns(bytes32 dat, uint256 datLen)
func (preimageOracle *PreimageOracle) UnpackReadPreimage(data []byte) (ReadPreimageOutput, error) {
	out, err := preimageOracle.abi.Unpack("readPreimage", data)
	outstruct := new(ReadPreimageOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Dat = *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	outstruct.DatLen = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PreimageOraclePreimagePartLoaded represents a PreimagePartLoaded event raised by the PreimageOracle contract.
type PreimageOraclePreimagePartLoaded struct {
	Key    [32]byte
	Offset *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const PreimageOraclePreimagePartLoadedEventName = "PreimagePartLoaded"

// ContractEventName returns the user-defined event name.
func (PreimageOraclePreimagePartLoaded) ContractEventName() string {
	return PreimageOraclePreimagePartLoadedEventName
}

// UnpackPreimagePartLoadedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PreimagePartLoaded(bytes32 indexed key, uint256 offset)
func (preimageOracle *PreimageOracle) UnpackPreimagePartLoadedEvent(log *types.Log) (*PreimageOraclePreimagePartLoaded, error) {
	event := "PreimagePartLoaded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != preimageOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PreimageOraclePreimagePartLoaded)
	if len(log.Data) > 0 {
		if err := preimageOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range preimageOracle.abi.Events[event].Inputs {
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
