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

// OracleReaderMetaData contains all meta data concerning the OracleReader contract.
var OracleReaderMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractPreimageOracle\",\"name\":\"oracle_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"localContext\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"partOffset\",\"type\":\"uint256\"}],\"name\":\"loadLocal\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"offset\",\"type\":\"uint256\"}],\"name\":\"measureRead\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"dat\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"datLen\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"gasUsed\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"oracle\",\"outputs\":[{\"internalType\":\"contractPreimageOracle\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "OracleReader",
	Bin: "0x60a0604052348015600e575f5ffd5b50604051610468380380610468833981016040819052602b91603b565b6001600160a01b03166080526066565b5f60208284031215604a575f5ffd5b81516001600160a01b0381168114605f575f5ffd5b9392505050565b6080516103dd61008b5f395f8181609c0152818161012101526101f701526103dd5ff3fe608060405234801561000f575f5ffd5b506004361061003f575f3560e01c80632900b663146100435780635b04a1e3146100765780637dc0d1d014610097575b5f5ffd5b61005661005136600461027e565b6100e3565b604080519384526020840192909252908201526060015b60405180910390f35b61008961008436600461029e565b6101b8565b60405190815260200161006d565b6100be7f000000000000000000000000000000000000000000000000000000000000000081565b60405173ffffffffffffffffffffffffffffffffffffffff909116815260200161006d565b5f5f5f5f5a6040517fe03110e100000000000000000000000000000000000000000000000000000000815260048101889052602481018790529091507f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff169063e03110e1906044016040805180830381865afa15801561017a573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061019e9190610321565b90945092505a6101ae9082610343565b9150509250925092565b6040517fd3683efc0000000000000000000000000000000000000000000000000000000081525f9073ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000169063d3683efc906102349089908990899089908990600401610381565b6020604051808303815f875af1158015610250573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061027491906103c6565b9695505050505050565b5f5f6040838503121561028f575f5ffd5b50508035926020909101359150565b5f5f5f5f5f608086880312156102b2575f5ffd5b8535945060208601359350604086013567ffffffffffffffff8111156102d6575f5ffd5b8601601f810188136102e6575f5ffd5b803567ffffffffffffffff8111156102fc575f5ffd5b88602082840101111561030d575f5ffd5b959894975060200195606001359392505050565b5f5f60408385031215610332575f5ffd5b505080516020909101519092909150565b8181038181111561037b577f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b92915050565b85815284602082015260806040820152826080820152828460a08301375f60a084830101525f60a0601f19601f86011683010190508260608301529695505050505050565b5f602082840312156103d6575f5ffd5b505191905056",
}

// OracleReader is an auto generated Go binding around an Ethereum contract.
type OracleReader struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *OracleReader) GetABI() abi.ABI {
	return c.abi
}

// NewOracleReader creates a new instance of OracleReader.
func NewOracleReader() *OracleReader {
	parsed, err := OracleReaderMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &OracleReader{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *OracleReader) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address oracle_) returns()
func (oracleReader *OracleReader) PackConstructor(oracle_ common.Address) []byte {
	enc, err := oracleReader.abi.Pack("", oracle_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackLoadLocal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5b04a1e3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function loadLocal(bytes32 key, bytes32 localContext, bytes data, uint256 partOffset) returns(bytes32)
func (oracleReader *OracleReader) PackLoadLocal(key [32]byte, localContext [32]byte, data []byte, partOffset *big.Int) []byte {
	enc, err := oracleReader.abi.Pack("loadLocal", key, localContext, data, partOffset)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLoadLocal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5b04a1e3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function loadLocal(bytes32 key, bytes32 localContext, bytes data, uint256 partOffset) returns(bytes32)
func (oracleReader *OracleReader) TryPackLoadLocal(key [32]byte, localContext [32]byte, data []byte, partOffset *big.Int) ([]byte, error) {
	return oracleReader.abi.Pack("loadLocal", key, localContext, data, partOffset)
}

// UnpackLoadLocal is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5b04a1e3.
//
// Solidity: function loadLocal(bytes32 key, bytes32 localContext, bytes data, uint256 partOffset) returns(bytes32)
func (oracleReader *OracleReader) UnpackLoadLocal(data []byte) ([32]byte, error) {
	out, err := oracleReader.abi.Unpack("loadLocal", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMeasureRead is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2900b663.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function measureRead(bytes32 key, uint256 offset) view returns(bytes32 dat, uint256 datLen, uint256 gasUsed)
func (oracleReader *OracleReader) PackMeasureRead(key [32]byte, offset *big.Int) []byte {
	enc, err := oracleReader.abi.Pack("measureRead", key, offset)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMeasureRead is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2900b663.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function measureRead(bytes32 key, uint256 offset) view returns(bytes32 dat, uint256 datLen, uint256 gasUsed)
func (oracleReader *OracleReader) TryPackMeasureRead(key [32]byte, offset *big.Int) ([]byte, error) {
	return oracleReader.abi.Pack("measureRead", key, offset)
}

// MeasureReadOutput serves as a container for the return parameters of contract
// method MeasureRead.
type MeasureReadOutput struct {
	Dat     [32]byte
	DatLen  *big.Int
	GasUsed *big.Int
}

// UnpackMeasureRead is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2900b663.
//
// Solidity: function measureRead(bytes32 key, uint256 offset) view returns(bytes32 dat, uint256 datLen, uint256 gasUsed)
func (oracleReader *OracleReader) UnpackMeasureRead(data []byte) (MeasureReadOutput, error) {
	out, err := oracleReader.abi.Unpack("measureRead", data)
	outstruct := new(MeasureReadOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Dat = *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	outstruct.DatLen = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.GasUsed = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackOracle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7dc0d1d0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function oracle() view returns(address)
func (oracleReader *OracleReader) PackOracle() []byte {
	enc, err := oracleReader.abi.Pack("oracle")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOracle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7dc0d1d0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function oracle() view returns(address)
func (oracleReader *OracleReader) TryPackOracle() ([]byte, error) {
	return oracleReader.abi.Pack("oracle")
}

// UnpackOracle is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7dc0d1d0.
//
// Solidity: function oracle() view returns(address)
func (oracleReader *OracleReader) UnpackOracle(data []byte) (common.Address, error) {
	out, err := oracleReader.abi.Unpack("oracle", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}
