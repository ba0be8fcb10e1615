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
	InputSize         uint32
	OutputSize        uint32
	ProgramStateData  []byte
	ExecutorStateData []byte
	GraphState        [32]byte
	NodesRoot         [32]byte
	NumNodes          uint32
	NumTensors        uint32
	InputId           uint32
	OutputId          uint32
}

// ModelRegistryMetaData contains all meta data concerning the ModelRegistry contract.
var ModelRegistryMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"modelId\",\"type\":\"bytes32\"}],\"name\":\"AlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"InvalidModel\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"modelId\",\"type\":\"bytes32\"}],\"name\":\"NotRegistered\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"modelId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"registrant\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"phases\",\"type\":\"uint8\"}],\"name\":\"ModelRegistered\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"modelId\",\"type\":\"bytes32\"}],\"name\":\"getModel\",\"outputs\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"inputSize\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"outputSize\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"programStateData\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"executorStateData\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"graphState\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"nodesRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"numNodes\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"numTensors\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"inputId\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"outputId\",\"type\":\"uint32\"}],\"internalType\":\"structModelRegistry.ModelInfo\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"modelId\",\"type\":\"bytes32\"}],\"name\":\"ioSizes\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"inputSize\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"outputSize\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"modelId\",\"type\":\"bytes32\"}],\"name\":\"phases\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"modelId\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"inputSize\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"outputSize\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"programStateData\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"executorStateData\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"graphState\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"nodesRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"numNodes\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"numTensors\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"inputId\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"outputId\",\"type\":\"uint32\"}],\"internalType\":\"structModelRegistry.ModelInfo\",\"name\":\"info\",\"type\":\"tuple\"}],\"name\":\"register\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"registered\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "ModelRegistry",
	Bin: "0x6080604052348015600e575f5ffd5b506110e48061001c5f395ff3fe608060405234801561000f575f5ffd5b5060043610610064575f3560e01c806370839a111161004d57806370839a11146100c3578063bc3d96a7146100d8578063dafe43f114610108575f5ffd5b806321e7c498146100685780635524d54814610091575b5f5ffd5b61007b610076366004610c11565b61012d565b6040516100889190610c56565b60405180910390f35b6100b361009f366004610c11565b60016020525f908152604090205460ff1681565b6040519015158152602001610088565b6100d66100d1366004610d2f565b610372565b005b6100eb6100e6366004610c11565b610aa6565b6040805163ffffffff938416815292909116602083015201610088565b61011b610116366004610c11565b610aff565b60405160ff9091168152602001610088565b60408051610140810182525f80825260208083018290526060838501819052808401526080830182905260a0830182905260c0830182905260e083018290526101008301829052610120830182905284825260019052919091205460ff166101b057604051634660068b60e11b8152600481018390526024015b60405180910390fd5b5f8281526020818152604091829020825161014081018452815463ffffffff8082168352640100000000909104169281019290925260018101805492939192918401916101fc90610d7a565b80601f016020809104026020016040519081016040528092919081815260200182805461022890610d7a565b80156102735780601f1061024a57610100808354040283529160200191610273565b820191905f5260205f20905b81548152906001019060200180831161025657829003601f168201915b5050505050815260200160028201805461028c90610d7a565b80601f01602080910402602001604051908101604052809291908181526020018280546102b890610d7a565b80156103035780601f106102da57610100808354040283529160200191610303565b820191905f5260205f20905b8154815290600101906020018083116102e657829003601f168201915b5050509183525050600382015460208201526004820154604082015260059091015463ffffffff8082166060840152640100000000820481166080840152680100000000000000008204811660a08401526c010000000000000000000000009091041660c09091015292915050565b5f8281526001602052604090205460ff16156103bd576040517f77caf672000000000000000000000000000000000000000000000000000000008152600481018390526024016101a7565b6103ca6020820182610dc6565b63ffffffff165f0361041f5760405163f2b451db60e01b815260206004820152601260248201527f696e7075742073697a65206973207a65726f000000000000000000000000000060448201526064016101a7565b61042f6040820160208301610dc6565b63ffffffff165f036104845760405163f2b451db60e01b815260206004820152601360248201527f6f75747075742073697a65206973207a65726f0000000000000000000000000060448201526064016101a7565b601c6104a16104966020840184610dc6565b63ffffffff16610b63565b11806104bf5750601c6104bd6104966040840160208501610dc6565b115b156105325760405163f2b451db60e01b8152602060048201526024808201527f696e707574206f72206f7574707574206c6172676572207468616e206120726560448201527f67696f6e0000000000000000000000000000000000000000000000000000000060648201526084016101a7565b5f6105406040830183610de1565b151591505f90506105546060840184610de1565b15159150508115158190036105d25760405163f2b451db60e01b815260206004820152603560248201527f65786163746c79206f6e65206f662070726f6772616d5374617465446174612060448201527f616e64206578656375746f72537461746544617461000000000000000000000060648201526084016101a7565b811561078d576101386105e86040850185610de1565b9050146106385760405163f2b451db60e01b815260206004820152601e60248201527f70726f6772616d207374617465206973206e6f7420333132206279746573000060448201526064016101a7565b61064d6106486040850185610de1565b610b89565b6106c05760405163f2b451db60e01b815260206004820152602360248201527f70726f6772616d2073746174652068617320657869746564206f72206661756c60448201527f746564000000000000000000000000000000000000000000000000000000000060648201526084016101a7565b60808301351515806106d5575060a083013515155b806106f457506106eb60e0840160c08501610dc6565b63ffffffff1615155b80610714575061070b610100840160e08501610dc6565b63ffffffff1615155b156107885760405163f2b451db60e01b815260206004820152602a60248201527f73696e676c652d7068617365206d6f64656c2077697468206d756c74692d706860448201527f617365206669656c64730000000000000000000000000000000000000000000060648201526084016101a7565b610a29565b61013861079d6060850185610de1565b9050146107ed5760405163f2b451db60e01b815260206004820152601f60248201527f6578656375746f72207374617465206973206e6f74203331322062797465730060448201526064016101a7565b6107fd6106486060850185610de1565b61086f5760405163f2b451db60e01b8152602060048201526024808201527f6578656375746f722073746174652068617320657869746564206f722066617560448201527f6c7465640000000000000000000000000000000000000000000000000000000060648201526084016101a7565b61087f60e0840160c08501610dc6565b63ffffffff161580610893575060a0830135155b806108a057506080830135155b156109145760405163f2b451db60e01b815260206004820152602e60248201527f6d756c74692d7068617365206d6f64656c20776974686f7574206e6f6465732060448201527f6f7220677261706820737461746500000000000000000000000000000000000060648201526084016101a7565b610925610100840160e08501610dc6565b63ffffffff1661093d61012085016101008601610dc6565b63ffffffff1610158061097d575061095c610100840160e08501610dc6565b63ffffffff1661097461014085016101208601610dc6565b63ffffffff1610155b806109b5575061099561014084016101208501610dc6565b63ffffffff166109ad61012085016101008601610dc6565b63ffffffff16145b15610a295760405163f2b451db60e01b815260206004820152602660248201527f696e707574206f72206f75747075742074656e736f72206964206f7574206f6660448201527f2072616e6765000000000000000000000000000000000000000000000000000060648201526084016101a7565b5f848152600160208181526040808420805460ff191690931790925582905290208390610a568282610f5d565b50339050847fdc5cc3521b375a72b9955bab408a87f2f6789673ae2ee39322e6c7a5e8836f2884610a88576002610a8b565b60015b60405160ff909116815260200160405180910390a350505050565b5f81815260016020526040812054819060ff16610ad957604051634660068b60e11b8152600481018490526024016101a7565b50505f9081526020819052604090205463ffffffff808216926401000000009092041690565b5f8181526001602052604081205460ff16610b3057604051634660068b60e11b8152600481018390526024016101a7565b5f8281526020819052604090206001018054610b4b90610d7a565b90505f03610b5a576002610b5d565b60015b92915050565b60055b81816001901b1015610b845780610b7c816110ac565b915050610b66565b919050565b5f8282604e818110610b9d57610b9d6110d0565b909101357fff00000000000000000000000000000000000000000000000000000000000000161590508015610c0a57508282604f818110610be057610be06110d0565b909101357fff00000000000000000000000000000000000000000000000000000000000000161590505b9392505050565b5f60208284031215610c21575f5ffd5b5035919050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b60208152610c6d60208201835163ffffffff169052565b5f6020830151610c85604084018263ffffffff169052565b5060408301516101406060840152610ca1610160840182610c28565b90506060840151601f19848303016080850152610cbe8282610c28565b915050608084015160a084015260a084015160c084015260c0840151610cec60e085018263ffffffff169052565b5060e084015163ffffffff81166101008501525061010084015163ffffffff81166101208501525061012084015163ffffffff8116610140850152509392505050565b5f5f60408385031215610d40575f5ffd5b82359150602083013567ffffffffffffffff811115610d5d575f5ffd5b83016101408186031215610d6f575f5ffd5b809150509250929050565b600181811c90821680610d8e57607f821691505b602082108103610dac57634e487b7160e01b5f52602260045260245ffd5b50919050565b63ffffffff81168114610dc3575f5ffd5b50565b5f60208284031215610dd6575f5ffd5b8135610c0a81610db2565b5f5f8335601e19843603018112610df6575f5ffd5b83018035915067ffffffffffffffff821115610e10575f5ffd5b602001915036819003821315610e24575f5ffd5b9250929050565b5f8135610b5d81610db2565b634e487b7160e01b5f52604160045260245ffd5b601f821115610e9d5782821115610e9d57805f5260205f20601f840160051c6020851015610e7657505f5b90810190601f840160051c035f5b81811015610e99575f83820155600101610e84565b5050505b505050565b67ffffffffffffffff831115610eba57610eba610e37565b610ece83610ec88354610d7a565b83610e4b565b5f601f841160018114610eff575f8515610ee85750838201355b5f19600387901b1c1916600186901b178355610f56565b5f83815260208120601f198716915b82811015610f2e5786850135825560209485019460019092019101610f0e565b5086821015610f4a575f1960f88860031b161c19848701351681555b505060018560011b0183555b5050505050565b610f80610f6983610e2b565b825463ffffffff191663ffffffff91909116178255565b610fb1610f8f60208401610e2b565b825467ffffffff00000000191660209190911b67ffffffff0000000016178255565b610fbe6040830183610de1565b610fcc818360018601610ea2565b5050610fdb6060830183610de1565b610fe9818360028601610ea2565b50506080820135600382015560a0820135600482015560058101611012610f6960c08501610e2b565b611021610f8f60e08501610e2b565b61105b6110316101008501610e2b565b82546bffffffff0000000000000000191660409190911b6bffffffff000000000000000016178255565b610e9d61106b6101208501610e2b565b82547fffffffffffffffffffffffffffffffff00000000ffffffffffffffffffffffff1660609190911b6fffffffff00000000000000000000000016178255565b5f600182016110c957634e487b7160e01b5f52601160045260245ffd5b5060010190565b634e487b7160e01b5f52603260045260245ffd",
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

// PackGetModel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x21e7c498.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getModel(bytes32 modelId) view returns((uint32,uint32,bytes,bytes,bytes32,bytes32,uint32,uint32,uint32,uint32))
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
// Solidity: function getModel(bytes32 modelId) view returns((uint32,uint32,bytes,bytes,bytes32,bytes32,uint32,uint32,uint32,uint32))
func (modelRegistry *ModelRegistry) TryPackGetModel(modelId [32]byte) ([]byte, error) {
	return modelRegistry.abi.Pack("getModel", modelId)
}

// UnpackGetModel is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x21e7c498.
//
// Solidity: function getModel(bytes32 modelId) view returns((uint32,uint32,bytes,bytes,bytes32,bytes32,uint32,uint32,uint32,uint32))
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

// PackPhases is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdafe43f1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function phases(bytes32 modelId) view returns(uint8)
func (modelRegistry *ModelRegistry) PackPhases(modelId [32]byte) []byte {
	enc, err := modelRegistry.abi.Pack("phases", modelId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPhases is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdafe43f1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function phases(bytes32 modelId) view returns(uint8)
func (modelRegistry *ModelRegistry) TryPackPhases(modelId [32]byte) ([]byte, error) {
	return modelRegistry.abi.Pack("phases", modelId)
}

// UnpackPhases is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdafe43f1.
//
// Solidity: function phases(bytes32 modelId) view returns(uint8)
func (modelRegistry *ModelRegistry) UnpackPhases(data []byte) (uint8, error) {
	out, err := modelRegistry.abi.Unpack("phases", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackRegister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70839a11.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function register(bytes32 modelId, (uint32,uint32,bytes,bytes,bytes32,bytes32,uint32,uint32,uint32,uint32) info) returns()
func (modelRegistry *ModelRegistry) PackRegister(modelId [32]byte, info ModelRegistryModelInfo) []byte {
	enc, err := modelRegistry.abi.Pack("register", modelId, info)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70839a11.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function register(bytes32 modelId, (uint32,uint32,bytes,bytes,bytes32,bytes32,uint32,uint32,uint32,uint32) info) returns()
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

// ModelRegistryModelRegistered represents a ModelRegistered event raised by the ModelRegistry contract.
type ModelRegistryModelRegistered struct {
	ModelId    [32]byte
	Registrant common.Address
	Phases     uint8
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
// Solidity: event ModelRegistered(bytes32 indexed modelId, address indexed registrant, uint8 phases)
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
