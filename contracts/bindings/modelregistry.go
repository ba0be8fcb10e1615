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
	ABI: "[{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"modelId\",\"type\":\"bytes32\"}],\"name\":\"AlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"InvalidModel\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"modelId\",\"type\":\"bytes32\"}],\"name\":\"NotRegistered\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"modelId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"registrant\",\"type\":\"address\"}],\"name\":\"ModelRegistered\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"STATE_SIZE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"modelId\",\"type\":\"bytes32\"}],\"name\":\"getModel\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"programState\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"programStateData\",\"type\":\"bytes\"},{\"internalType\":\"uint32\",\"name\":\"inputAddr\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"inputSpecSize\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"outputSize\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"graphDescriptorRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"weightsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"executorState\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"numNodes\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"numTensors\",\"type\":\"uint32\"}],\"internalType\":\"structModelRegistry.ModelInfo\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"modelId\",\"type\":\"bytes32\"}],\"name\":\"ioSizes\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"inputSize\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"outputSize\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"modelId\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"programState\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"programStateData\",\"type\":\"bytes\"},{\"internalType\":\"uint32\",\"name\":\"inputAddr\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"inputSpecSize\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"outputSize\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"graphDescriptorRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"weightsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"executorState\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"numNodes\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"numTensors\",\"type\":\"uint32\"}],\"internalType\":\"structModelRegistry.ModelInfo\",\"name\":\"info\",\"type\":\"tuple\"}],\"name\":\"register\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"registered\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"runningStateHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "ModelRegistry",
	Bin: "0x6080604052348015600e575f5ffd5b50610cc98061001c5f395ff3fe608060405234801561000f575f5ffd5b506004361061006f575f3560e01c806369fe95cf1161004d57806369fe95cf146100e55780637217e5be146100f8578063bc3d96a71461010d575f5ffd5b806321e7c498146100735780634df776151461009c5780635524d548146100b3575b5f5ffd5b61008661008136600461081b565b61013d565b6040516100939190610860565b60405180910390f35b6100a561013881565b604051908152602001610093565b6100d56100c136600461081b565b60016020525f908152604090205460ff1681565b6040519015158152602001610093565b6100a56100f3366004610919565b610301565b61010b610106366004610987565b610368565b005b61012061011b36600461081b565b6107b4565b6040805163ffffffff938416815292909116602083015201610093565b6101a86040518061014001604052805f8152602001606081526020015f63ffffffff1681526020015f63ffffffff1681526020015f63ffffffff1681526020015f81526020015f81526020015f81526020015f63ffffffff1681526020015f63ffffffff1681525090565b5f8281526001602052604090205460ff166101de57604051634660068b60e11b8152600481018390526024015b60405180910390fd5b5f82815260208181526040918290208251610140810190935280548352600181018054919284019161020f906109d2565b80601f016020809104026020016040519081016040528092919081815260200182805461023b906109d2565b80156102865780601f1061025d57610100808354040283529160200191610286565b820191905f5260205f20905b81548152906001019060200180831161026957829003601f168201915b5050509183525050600282015463ffffffff808216602084015264010000000080830482166040850152680100000000000000009092048116606084015260038401546080840152600484015460a0840152600584015460c084015260069093015480841660e0840152049091166101009091015292915050565b5f5f8383604051610313929190610a0a565b6040519081900390207effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff167f03000000000000000000000000000000000000000000000000000000000000001791505092915050565b5f8281526001602052604090205460ff16156103b3576040517f77caf672000000000000000000000000000000000000000000000000000000008152600481018390526024016101d5565b6103c36080820160608301610a2d565b63ffffffff165f036104185760405163f2b451db60e01b815260206004820152601260248201527f696e7075742073697a65206973207a65726f000000000000000000000000000060448201526064016101d5565b61042860a0820160808301610a2d565b63ffffffff165f0361047d5760405163f2b451db60e01b815260206004820152601360248201527f6f75747075742073697a65206973207a65726f0000000000000000000000000060448201526064016101d5565b80351580159060e083013515159082610494575080155b156105085760405163f2b451db60e01b815260206004820152602d60248201527f6e65697468657220612070726f6772616d207374617465206e6f7220616e206560448201527f78656375746f722073746174650000000000000000000000000000000000000060648201526084016101d5565b811561061f5761013861051e6020850185610a4f565b9050146105945760405163f2b451db60e01b815260206004820152602360248201527f70726f6772616d2073746174652064617461206973206e6f742033313220627960448201527f746573000000000000000000000000000000000000000000000000000000000060648201526084016101d5565b82356105a66100f36020860186610a4f565b1461061a5760405163f2b451db60e01b815260206004820152602b60248201527f70726f6772616d20737461746520646f6573206e6f74206861736820746f207060448201527f726f6772616d537461746500000000000000000000000000000000000000000060648201526084016101d5565b6106a2565b61062c6020840184610a4f565b1590506106a25760405163f2b451db60e01b815260206004820152602a60248201527f70726f6772616d207374617465206461746120776974686f757420612070726f60448201527f6772616d2073746174650000000000000000000000000000000000000000000060648201526084016101d5565b8080156106dd575060a083013515806106bd575060c0830135155b806106dd57506106d561012084016101008501610a2d565b63ffffffff16155b15610753576040805163f2b451db60e01b81526020600482015260248101919091527f6d756c74692d7068617365206d6f64656c20776974686f75742064657363726960448201527f70746f7220726f6f742c207765696768747320726f6f74206f72206e6f64657360648201526084016101d5565b5f848152600160208181526040808420805460ff1916909317909255829052902083906107808282610bd1565b5050604051339085907fc0bb3838ad72991f913b1a5c821da885948755a4ee450ec034e7a256e09aca5a905f90a350505050565b5f81815260016020526040812054819060ff166107e757604051634660068b60e11b8152600481018490526024016101d5565b50505f9081526020819052604090206002015463ffffffff6401000000008204811692680100000000000000009092041690565b5f6020828403121561082b575f5ffd5b5035919050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b60208152815160208201525f60208301516101406040840152610887610160840182610832565b905060408401516108a0606085018263ffffffff169052565b50606084015163ffffffff8116608085015250608084015163ffffffff811660a08501525060a084015160c084015260c084015160e084015260e08401516101008401526101008401516108fd61012085018263ffffffff169052565b5061012084015163ffffffff8116610140850152509392505050565b5f5f6020838503121561092a575f5ffd5b823567ffffffffffffffff811115610940575f5ffd5b8301601f81018513610950575f5ffd5b803567ffffffffffffffff811115610966575f5ffd5b856020828401011115610977575f5ffd5b6020919091019590945092505050565b5f5f60408385031215610998575f5ffd5b82359150602083013567ffffffffffffffff8111156109b5575f5ffd5b830161014081860312156109c7575f5ffd5b809150509250929050565b600181811c908216806109e657607f821691505b602082108103610a0457634e487b7160e01b5f52602260045260245ffd5b50919050565b818382375f9101908152919050565b63ffffffff81168114610a2a575f5ffd5b50565b5f60208284031215610a3d575f5ffd5b8135610a4881610a19565b9392505050565b5f5f8335601e19843603018112610a64575f5ffd5b83018035915067ffffffffffffffff821115610a7e575f5ffd5b602001915036819003821315610a92575f5ffd5b9250929050565b634e487b7160e01b5f52604160045260245ffd5b601f821115610aff5782821115610aff57805f5260205f20601f840160051c6020851015610ad857505f5b90810190601f840160051c035f5b81811015610afb575f83820155600101610ae6565b5050505b505050565b67ffffffffffffffff831115610b1c57610b1c610a99565b610b3083610b2a83546109d2565b83610aad565b5f601f841160018114610b61575f8515610b4a5750838201355b5f19600387901b1c1916600186901b178355610bb8565b5f83815260208120601f198716915b82811015610b905786850135825560209485019460019092019101610b70565b5086821015610bac575f1960f88860031b161c19848701351681555b505060018560011b0183555b5050505050565b5f8135610bcb81610a19565b92915050565b81358155610be26020830183610a4f565b610bf0818360018601610b04565b505060028101610c1c610c0560408501610bbf565b825463ffffffff191663ffffffff91909116178255565b610c4d610c2b60608501610bbf565b825467ffffffff00000000191660209190911b67ffffffff0000000016178255565b610c86610c5c60808501610bbf565b82546bffffffff0000000000000000191660409190911b6bffffffff000000000000000016178255565b5060a0820135600382015560c0820135600482015560e0820135600582015560068101610cb9610c056101008501610bbf565b610aff610c2b6101208501610bbf56",
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
