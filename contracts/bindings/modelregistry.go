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

// ModelRegistryModelInfo is an auto generated low-level Go binding around an user-defined struct.
type ModelRegistryModelInfo struct {
	ProgramState        [32]byte
	ProgramStateData    []byte
	InputAddr           uint32
	InputSpecSize       uint32
	OutputSize          uint32
	GraphDescriptorRoot [32]byte
	WeightsRoot         [32]byte
	ExecutorState       [32]byte
	NumNodes            uint32
	NumTensors          uint32
}

// ModelRegistryMetaData contains all meta data concerning the ModelRegistry contract.
var ModelRegistryMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"modelId\",\"type\":\"bytes32\"}],\"name\":\"AlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"InvalidModel\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"modelId\",\"type\":\"bytes32\"}],\"name\":\"NotRegistered\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"modelId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"registrant\",\"type\":\"address\"}],\"name\":\"ModelRegistered\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"STATE_SIZE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"modelId\",\"type\":\"bytes32\"}],\"name\":\"getModel\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"programState\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"programStateData\",\"type\":\"bytes\"},{\"internalType\":\"uint32\",\"name\":\"inputAddr\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"inputSpecSize\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"outputSize\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"graphDescriptorRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"weightsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"executorState\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"numNodes\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"numTensors\",\"type\":\"uint32\"}],\"internalType\":\"structModelRegistry.ModelInfo\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"modelId\",\"type\":\"bytes32\"}],\"name\":\"ioSizes\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"inputSize\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"outputSize\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"n\",\"type\":\"uint256\"}],\"name\":\"paddedSize\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"p\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"modelId\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"programState\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"programStateData\",\"type\":\"bytes\"},{\"internalType\":\"uint32\",\"name\":\"inputAddr\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"inputSpecSize\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"outputSize\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"graphDescriptorRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"weightsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"executorState\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"numNodes\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"numTensors\",\"type\":\"uint32\"}],\"internalType\":\"structModelRegistry.ModelInfo\",\"name\":\"info\",\"type\":\"tuple\"}],\"name\":\"register\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"registered\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"runningStateHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "ModelRegistry",
	Bin: "0x6080604052348015600e575f5ffd5b50610dd08061001c5f395ff3fe608060405234801561000f575f5ffd5b506004361061007a575f3560e01c806369fe95cf1161005857806369fe95cf146100f05780637217e5be14610103578063bc3d96a714610118578063e63f423014610148575f5ffd5b806321e7c4981461007e5780634df77615146100a75780635524d548146100be575b5f5ffd5b61009161008c366004610903565b61015b565b60405161009e9190610948565b60405180910390f35b6100b061013881565b60405190815260200161009e565b6100e06100cc366004610903565b60016020525f908152604090205460ff1681565b604051901515815260200161009e565b6100b06100fe366004610a01565b61031f565b610116610111366004610a6f565b610386565b005b61012b610126366004610903565b610884565b6040805163ffffffff93841681529290911660208301520161009e565b6100b0610156366004610903565b6108eb565b6101c66040518061014001604052805f8152602001606081526020015f63ffffffff1681526020015f63ffffffff1681526020015f63ffffffff1681526020015f81526020015f81526020015f81526020015f63ffffffff1681526020015f63ffffffff1681525090565b5f8281526001602052604090205460ff166101fc57604051634660068b60e11b8152600481018390526024015b60405180910390fd5b5f82815260208181526040918290208251610140810190935280548352600181018054919284019161022d90610aba565b80601f016020809104026020016040519081016040528092919081815260200182805461025990610aba565b80156102a45780601f1061027b576101008083540402835291602001916102a4565b820191905f5260205f20905b81548152906001019060200180831161028757829003601f168201915b5050509183525050600282015463ffffffff808216602084015264010000000080830482166040850152680100000000000000009092048116606084015260038401546080840152600484015460a0840152600584015460c084015260069093015480841660e0840152049091166101009091015292915050565b5f5f8383604051610331929190610af2565b6040519081900390207effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff167f03000000000000000000000000000000000000000000000000000000000000001791505092915050565b5f8281526001602052604090205460ff16156103d1576040517f77caf672000000000000000000000000000000000000000000000000000000008152600481018390526024016101f3565b6103e16080820160608301610b15565b63ffffffff165f036104365760405163f2b451db60e01b815260206004820152601260248201527f696e7075742073697a65206973207a65726f000000000000000000000000000060448201526064016101f3565b61044660a0820160808301610b15565b63ffffffff165f0361049b5760405163f2b451db60e01b815260206004820152601360248201527f6f75747075742073697a65206973207a65726f0000000000000000000000000060448201526064016101f3565b80351580159060e0830135151590826104b2575080155b156105265760405163f2b451db60e01b815260206004820152602d60248201527f6e65697468657220612070726f6772616d207374617465206e6f7220616e206560448201527f78656375746f722073746174650000000000000000000000000000000000000060648201526084016101f3565b81156106ef5761013861053c6020850185610b37565b9050146105b25760405163f2b451db60e01b815260206004820152602360248201527f70726f6772616d2073746174652064617461206973206e6f742033313220627960448201527f746573000000000000000000000000000000000000000000000000000000000060648201526084016101f3565b82356105c46100fe6020860186610b37565b146106385760405163f2b451db60e01b815260206004820152602b60248201527f70726f6772616d20737461746520646f6573206e6f74206861736820746f207060448201527f726f6772616d537461746500000000000000000000000000000000000000000060648201526084016101f3565b61065661064b6080850160608601610b15565b63ffffffff166108eb565b6106666060850160408601610b15565b63ffffffff166106769190610b81565b156106ea5760405163f2b451db60e01b815260206004820152602b60248201527f696e70757420726567696f6e206e6f7420616c69676e656420746f206974732060448201527f7061646465642073697a6500000000000000000000000000000000000000000060648201526084016101f3565b610772565b6106fc6020840184610b37565b1590506107725760405163f2b451db60e01b815260206004820152602a60248201527f70726f6772616d207374617465206461746120776974686f757420612070726f60448201527f6772616d2073746174650000000000000000000000000000000000000000000060648201526084016101f3565b8080156107ad575060a0830135158061078d575060c0830135155b806107ad57506107a561012084016101008501610b15565b63ffffffff16155b15610823576040805163f2b451db60e01b81526020600482015260248101919091527f6d756c74692d7068617365206d6f64656c20776974686f75742064657363726960448201527f70746f7220726f6f742c207765696768747320726f6f74206f72206e6f64657360648201526084016101f3565b5f848152600160208181526040808420805460ff1916909317909255829052902083906108508282610cd8565b5050604051339085907fc0bb3838ad72991f913b1a5c821da885948755a4ee450ec034e7a256e09aca5a905f90a350505050565b5f81815260016020526040812054819060ff166108b757604051634660068b60e11b8152600481018490526024016101f3565b50505f9081526020819052604090206002015463ffffffff6401000000008204811692680100000000000000009092041690565b60205b818110156108fe5760011b6108ee565b919050565b5f60208284031215610913575f5ffd5b5035919050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b60208152815160208201525f6020830151610140604084015261096f61016084018261091a565b90506040840151610988606085018263ffffffff169052565b50606084015163ffffffff8116608085015250608084015163ffffffff811660a08501525060a084015160c084015260c084015160e084015260e08401516101008401526101008401516109e561012085018263ffffffff169052565b5061012084015163ffffffff8116610140850152509392505050565b5f5f60208385031215610a12575f5ffd5b823567ffffffffffffffff811115610a28575f5ffd5b8301601f81018513610a38575f5ffd5b803567ffffffffffffffff811115610a4e575f5ffd5b856020828401011115610a5f575f5ffd5b6020919091019590945092505050565b5f5f60408385031215610a80575f5ffd5b82359150602083013567ffffffffffffffff811115610a9d575f5ffd5b83016101408186031215610aaf575f5ffd5b809150509250929050565b600181811c90821680610ace57607f821691505b602082108103610aec57634e487b7160e01b5f52602260045260245ffd5b50919050565b818382375f9101908152919050565b63ffffffff81168114610b12575f5ffd5b50565b5f60208284031215610b25575f5ffd5b8135610b3081610b01565b9392505050565b5f5f8335601e19843603018112610b4c575f5ffd5b83018035915067ffffffffffffffff821115610b66575f5ffd5b602001915036819003821315610b7a575f5ffd5b9250929050565b5f82610b9b57634e487b7160e01b5f52601260045260245ffd5b500690565b634e487b7160e01b5f52604160045260245ffd5b601f821115610c065782821115610c0657805f5260205f20601f840160051c6020851015610bdf57505f5b90810190601f840160051c035f5b81811015610c02575f83820155600101610bed565b5050505b505050565b67ffffffffffffffff831115610c2357610c23610ba0565b610c3783610c318354610aba565b83610bb4565b5f601f841160018114610c68575f8515610c515750838201355b5f19600387901b1c1916600186901b178355610cbf565b5f83815260208120601f198716915b82811015610c975786850135825560209485019460019092019101610c77565b5086821015610cb3575f1960f88860031b161c19848701351681555b505060018560011b0183555b5050505050565b5f8135610cd281610b01565b92915050565b81358155610ce96020830183610b37565b610cf7818360018601610c0b565b505060028101610d23610d0c60408501610cc6565b825463ffffffff191663ffffffff91909116178255565b610d54610d3260608501610cc6565b825467ffffffff00000000191660209190911b67ffffffff0000000016178255565b610d8d610d6360808501610cc6565b82546bffffffff0000000000000000191660409190911b6bffffffff000000000000000016178255565b5060a0820135600382015560c0820135600482015560e0820135600582015560068101610dc0610d0c6101008501610cc6565b610c06610d326101208501610cc656",
}

// ModelRegistry is an auto generated Go binding around an Ethereum contract.
type ModelRegistry struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ModelRegistry) GetABI() abi.ABI {
	return c.abi
}

// NewModelRegistry creates a new instance of ModelRegistry.
func NewModelRegistry() *ModelRegistry {
	parsed, err := ModelRegistryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ModelRegistry{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ModelRegistry) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackSTATESIZE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4df77615.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function STATE_SIZE() view returns(uint256)
func (modelRegistry *ModelRegistry) PackSTATESIZE() []byte {
	enc, err := modelRegistry.abi.Pack("STATE_SIZE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSTATESIZE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4df77615.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function STATE_SIZE() view returns(uint256)
func (modelRegistry *ModelRegistry) TryPackSTATESIZE() ([]byte, error) {
	return modelRegistry.abi.Pack("STATE_SIZE")
}

// UnpackSTATESIZE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4df77615.
//
// Solidity: function STATE_SIZE() view returns(uint256)
func (modelRegistry *ModelRegistry) UnpackSTATESIZE(data []byte) (*big.Int, error) {
	out, err := modelRegistry.abi.Unpack("STATE_SIZE", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetModel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x21e7c498.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getModel(bytes32 modelId) view returns((bytes32,bytes,uint32,uint32,uint32,bytes32,bytes32,bytes32,uint32,uint32))
func (modelRegistry *ModelRegistry) PackGetModel(modelId [32]byte) []byte {
	enc, err := modelRegistry.abi.Pack("getModel", modelId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetModel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x21e7c498.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getModel(bytes32 modelId) view returns((bytes32,bytes,uint32,uint32,uint32,bytes32,bytes32,bytes32,uint32,uint32))
func (modelRegistry *ModelRegistry) TryPackGetModel(modelId [32]byte) ([]byte, error) {
	return modelRegistry.abi.Pack("getModel", modelId)
}

// UnpackGetModel is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x21e7c498.
//
// Solidity: function getModel(bytes32 modelId) view returns((bytes32,bytes,uint32,uint32,uint32,bytes32,bytes32,bytes32,uint32,uint32))
func (modelRegistry *ModelRegistry) UnpackGetModel(data []byte) (ModelRegistryModelInfo, error) {
	out, err := modelRegistry.abi.Unpack("getModel", data)
	if err != nil {
		return *new(ModelRegistryModelInfo), err
	}
	out0 := *abi.ConvertType(out[0], new(ModelRegistryModelInfo)).(*ModelRegistryModelInfo)
	return out0, nil
}

// PackIoSizes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc3d96a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ioSizes(bytes32 modelId) view returns(uint32 inputSize, uint32 outputSize)
func (modelRegistry *ModelRegistry) PackIoSizes(modelId [32]byte) []byte {
	enc, err := modelRegistry.abi.Pack("ioSizes", modelId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIoSizes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc3d96a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ioSizes(bytes32 modelId) view returns(uint32 inputSize, uint32 outputSize)
func (modelRegistry *ModelRegistry) TryPackIoSizes(modelId [32]byte) ([]byte, error) {
	return modelRegistry.abi.Pack("ioSizes", modelId)
}

// IoSizesOutput serves as a container for the return parameters of contract
// method IoSizes.
type IoSizesOutput struct {
	InputSize  uint32
	OutputSize uint32
}

// UnpackIoSizes is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbc3d96a7.
//
// Solidity: function ioSizes(bytes32 modelId) view returns(uint32 inputSize, uint32 outputSize)
func (modelRegistry *ModelRegistry) UnpackIoSizes(data []byte) (IoSizesOutput, error) {
	out, err := modelRegistry.abi.Unpack("ioSizes", data)
	outstruct := new(IoSizesOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.InputSize = *abi.ConvertType(out[0], new(uint32)).(*uint32)
	outstruct.OutputSize = *abi.ConvertType(out[1], new(uint32)).(*uint32)
	return *outstruct, nil
}

// PackPaddedSize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe63f4230.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function paddedSize(uint256 n) pure returns(uint256 p)
func (modelRegistry *ModelRegistry) PackPaddedSize(n *big.Int) []byte {
	enc, err := modelRegistry.abi.Pack("paddedSize", n)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPaddedSize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe63f4230.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function paddedSize(uint256 n) pure returns(uint256 p)
func (modelRegistry *ModelRegistry) TryPackPaddedSize(n *big.Int) ([]byte, error) {
	return modelRegistry.abi.Pack("paddedSize", n)
}

// UnpackPaddedSize is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe63f4230.
//
// Solidity: function paddedSize(uint256 n) pure returns(uint256 p)
func (modelRegistry *ModelRegistry) UnpackPaddedSize(data []byte) (*big.Int, error) {
	out, err := modelRegistry.abi.Unpack("paddedSize", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRegister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7217e5be.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function register(bytes32 modelId, (bytes32,bytes,uint32,uint32,uint32,bytes32,bytes32,bytes32,uint32,uint32) info) returns()
func (modelRegistry *ModelRegistry) PackRegister(modelId [32]byte, info ModelRegistryModelInfo) []byte {
	enc, err := modelRegistry.abi.Pack("register", modelId, info)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7217e5be.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function register(bytes32 modelId, (bytes32,bytes,uint32,uint32,uint32,bytes32,bytes32,bytes32,uint32,uint32) info) returns()
func (modelRegistry *ModelRegistry) TryPackRegister(modelId [32]byte, info ModelRegistryModelInfo) ([]byte, error) {
	return modelRegistry.abi.Pack("register", modelId, info)
}

// PackRegistered is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5524d548.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registered(bytes32 ) view returns(bool)
func (modelRegistry *ModelRegistry) PackRegistered(arg0 [32]byte) []byte {
	enc, err := modelRegistry.abi.Pack("registered", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegistered is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5524d548.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registered(bytes32 ) view returns(bool)
func (modelRegistry *ModelRegistry) TryPackRegistered(arg0 [32]byte) ([]byte, error) {
	return modelRegistry.abi.Pack("registered", arg0)
}

// UnpackRegistered is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5524d548.
//
// Solidity: function registered(bytes32 ) view returns(bool)
func (modelRegistry *ModelRegistry) UnpackRegistered(data []byte) (bool, error) {
	out, err := modelRegistry.abi.Unpack("registered", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackRunningStateHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x69fe95cf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function runningStateHash(bytes data) pure returns(bytes32)
func (modelRegistry *ModelRegistry) PackRunningStateHash(data []byte) []byte {
	enc, err := modelRegistry.abi.Pack("runningStateHash", data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRunningStateHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x69fe95cf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function runningStateHash(bytes data) pure returns(bytes32)
func (modelRegistry *ModelRegistry) TryPackRunningStateHash(data []byte) ([]byte, error) {
	return modelRegistry.abi.Pack("runningStateHash", data)
}

// UnpackRunningStateHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x69fe95cf.
//
// Solidity: function runningStateHash(bytes data) pure returns(bytes32)
func (modelRegistry *ModelRegistry) UnpackRunningStateHash(data []byte) ([32]byte, error) {
	out, err := modelRegistry.abi.Unpack("runningStateHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// ModelRegistryModelRegistered represents a ModelRegistered event raised by the ModelRegistry contract.
type ModelRegistryModelRegistered struct {
	ModelId    [32]byte
	Registrant common.Address
	Raw        *types.Log // Blockchain specific contextual infos
}

const ModelRegistryModelRegisteredEventName = "ModelRegistered"

// ContractEventName returns the user-defined event name.
func (ModelRegistryModelRegistered) ContractEventName() string {
	return ModelRegistryModelRegisteredEventName
}

// UnpackModelRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ModelRegistered(bytes32 indexed modelId, address indexed registrant)
func (modelRegistry *ModelRegistry) UnpackModelRegisteredEvent(log *types.Log) (*ModelRegistryModelRegistered, error) {
	event := "ModelRegistered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != modelRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ModelRegistryModelRegistered)
	if len(log.Data) > 0 {
		if err := modelRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range modelRegistry.abi.Events[event].Inputs {
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
func (modelRegistry *ModelRegistry) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["AlreadyRegistered"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackAlreadyRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["InvalidModel"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackInvalidModelError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["NotRegistered"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackNotRegisteredError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ModelRegistryAlreadyRegistered represents a AlreadyRegistered error raised by the ModelRegistry contract.
type ModelRegistryAlreadyRegistered struct {
	ModelId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyRegistered(bytes32 modelId)
func ModelRegistryAlreadyRegisteredErrorID() common.Hash {
	return common.HexToHash("0x77caf672214035207a45708060aa1e2e66841e1b2dbaefae83058807272a7a8a")
}

// UnpackAlreadyRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyRegistered(bytes32 modelId)
func (modelRegistry *ModelRegistry) UnpackAlreadyRegisteredError(raw []byte) (*ModelRegistryAlreadyRegistered, error) {
	out := new(ModelRegistryAlreadyRegistered)
	if err := modelRegistry.abi.UnpackIntoInterface(out, "AlreadyRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelRegistryInvalidModel represents a InvalidModel error raised by the ModelRegistry contract.
type ModelRegistryInvalidModel struct {
	Reason string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidModel(string reason)
func ModelRegistryInvalidModelErrorID() common.Hash {
	return common.HexToHash("0xf2b451db1f0f84cb627ec110cfeefbcbde6d0ae8a44989a8ed5414a7bc197bc0")
}

// UnpackInvalidModelError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidModel(string reason)
func (modelRegistry *ModelRegistry) UnpackInvalidModelError(raw []byte) (*ModelRegistryInvalidModel, error) {
	out := new(ModelRegistryInvalidModel)
	if err := modelRegistry.abi.UnpackIntoInterface(out, "InvalidModel", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelRegistryNotRegistered represents a NotRegistered error raised by the ModelRegistry contract.
type ModelRegistryNotRegistered struct {
	ModelId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotRegistered(bytes32 modelId)
func ModelRegistryNotRegisteredErrorID() common.Hash {
	return common.HexToHash("0x8cc00d16d993ecf8307809fb88fda776e550116fa44f080c604d0c3d12d1a849")
}

// UnpackNotRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotRegistered(bytes32 modelId)
func (modelRegistry *ModelRegistry) UnpackNotRegisteredError(raw []byte) (*ModelRegistryNotRegistered, error) {
	out := new(ModelRegistryNotRegistered)
	if err := modelRegistry.abi.UnpackIntoInterface(out, "NotRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}
