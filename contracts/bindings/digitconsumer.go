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

// DigitConsumerAnswer is an auto generated low-level Go binding around an user-defined struct.
type DigitConsumerAnswer struct {
	Delivered bool
	Valid     bool
	Digit     uint8
	Output    []byte
}

// DigitConsumerMetaData contains all meta data concerning the DigitConsumer contract.
var DigitConsumerMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractAIOracle\",\"name\":\"oracle_\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"modelId_\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"AlreadyReclaimed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"NotRefundable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotTheAsker\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"OnlyOracle\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"}],\"name\":\"WrongImageSize\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"digit\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"valid\",\"type\":\"bool\"}],\"name\":\"Answered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"asker\",\"type\":\"address\"}],\"name\":\"Asked\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"CALLBACK_GAS\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"IMAGE_SIZE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"answer\",\"outputs\":[{\"components\":[{\"internalType\":\"bool\",\"name\":\"delivered\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"valid\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"digit\",\"type\":\"uint8\"},{\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"}],\"internalType\":\"structDigitConsumer.Answer\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"image\",\"type\":\"bytes\"}],\"name\":\"ask\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"askerOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"modelId\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"}],\"name\":\"onResult\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"oracle\",\"outputs\":[{\"internalType\":\"contractAIOracle\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"reclaimFee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"reclaimed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	ID:  "DigitConsumer",
	Bin: "0x60c060405234801561000f575f5ffd5b5060405161126b38038061126b83398101604081905261002e91610044565b6001600160a01b0390911660805260a05261007b565b5f5f60408385031215610055575f5ffd5b82516001600160a01b038116811461006b575f5ffd5b6020939093015192949293505050565b60805160a0516111986100d35f395f8181610151015261047401525f818160c0015281816101de015281816104450152818161057f015281816108680152818161092101528181610a050152610a7d01526111985ff3fe6080604052600436106100b0575f3560e01c80639779ea4611610066578063ed815a891161004c578063ed815a8914610261578063ef1e67de14610280578063f6b0e54714610295575f5ffd5b80639779ea46146102135780639bf2b80514610242575f5ffd5b8063628aadd511610096578063628aadd5146101815780637dc0d1d0146101cd578063888e119414610200575f5ffd5b806306f702951461010b57806343cdaad214610140575f5ffd5b3661010757336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146101055760405163f432bce960e01b81523360048201526024015b60405180910390fd5b005b5f5ffd5b348015610116575f5ffd5b5061012a610125366004610b72565b6102d3565b6040516101379190610b89565b60405180910390f35b34801561014b575f5ffd5b506101737f000000000000000000000000000000000000000000000000000000000000000081565b604051908152602001610137565b34801561018c575f5ffd5b506101b561019b366004610b72565b60016020525f90815260409020546001600160a01b031681565b6040516001600160a01b039091168152602001610137565b3480156101d8575f5ffd5b506101b57f000000000000000000000000000000000000000000000000000000000000000081565b61017361020e366004610c31565b6103d6565b34801561021e575f5ffd5b5061022962030d4081565b60405167ffffffffffffffff9091168152602001610137565b34801561024d575f5ffd5b5061010561025c366004610c70565b610574565b34801561026c575f5ffd5b5061010561027b366004610b72565b610777565b34801561028b575f5ffd5b5061017361031081565b3480156102a0575f5ffd5b506102c36102af366004610b72565b60026020525f908152604090205460ff1681565b6040519015158152602001610137565b604080516080810182525f80825260208201819052918101919091526060808201525f82815260208181526040918290208251608081018452815460ff80821615158352610100820481161515948301949094526201000090049092169282019290925260018201805491929160608401919061034f90610cb8565b80601f016020809104026020016040519081016040528092919081815260200182805461037b90610cb8565b80156103c65780601f1061039d576101008083540402835291602001916103c6565b820191905f5260205f20905b8154815290600101906020018083116103a957829003601f168201915b5050505050815250509050919050565b5f6103108214610415576040517fcfb03c59000000000000000000000000000000000000000000000000000000008152600481018390526024016100fc565b6040517fe80802a20000000000000000000000000000000000000000000000000000000081526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063e80802a29034906104c9907f0000000000000000000000000000000000000000000000000000000000000000908890889030907f9bf2b805000000000000000000000000000000000000000000000000000000009062030d4090600401610cf0565b60206040518083038185885af11580156104e5573d5f5f3e3d5ffd5b50505050506040513d601f19601f8201168201806040525081019061050a9190610d71565b5f8181526001602052604080822080547fffffffffffffffffffffffff0000000000000000000000000000000000000000163390811790915590519293509183917f4f9899ad56476d199e6204d4faf4a2008fd7f70bea931012bce8cd069c27c61a91a392915050565b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146105bf5760405163f432bce960e01b81523360048201526024016100fc565b5f838152602081905260409020805460ff19166001908117825581016105e6838583610df2565b506004821480156106195750600983835f81811061060657610606610ead565b9050013560f81c60f81b60f81c60ff1611155b801561065d57508282600181811061063357610633610ead565b909101357fff00000000000000000000000000000000000000000000000000000000000000161590505b80156106a157508282600281811061067757610677610ead565b909101357fff00000000000000000000000000000000000000000000000000000000000000161590505b80156106e55750828260038181106106bb576106bb610ead565b909101357fff00000000000000000000000000000000000000000000000000000000000000161590505b1561072257805461ff00191661010017815582825f8161070757610707610ead565b835462ff0000191692013560f81c6201000002919091178255505b80546040805160ff620100008404811682526101009093049092161515602083015285917fa32b398222ca45468cd52e4455ba1b205cd21c11810528fdb310f93d7ef09aa6910160405180910390a250505050565b5f818152600160205260409020546001600160a01b031633146107cf576040517f77abad97000000000000000000000000000000000000000000000000000000008152600481018290523360248201526044016100fc565b5f8181526002602052604090205460ff161561081a576040517fcf67765b000000000000000000000000000000000000000000000000000000008152600481018290526024016100fc565b5f81815260026020526040808220805460ff19166001179055517fc58343ef000000000000000000000000000000000000000000000000000000008152600481018390526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063c58343ef906024015f60405180830381865afa1580156108ac573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f191682016040526108d39190810190611007565b90506001816060015160048111156108ed576108ed611184565b03610985576040517f278ecde1000000000000000000000000000000000000000000000000000000008152600481018390527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063278ecde1906024015f604051808303815f87803b15801561096a575f5ffd5b505af115801561097c573d5f5f3e3d5ffd5b505050506109d7565b60048160600151600481111561099d5761099d611184565b146109d7576040517ffda10c42000000000000000000000000000000000000000000000000000000008152600481018390526024016100fc565b6040517fdf18e0470000000000000000000000000000000000000000000000000000000081523060048201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063df18e04790602401602060405180830381865afa158015610a52573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610a769190610d71565b15610aea577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316633ccfd60b6040518163ffffffff1660e01b81526004015f604051808303815f87803b158015610ad3575f5ffd5b505af1158015610ae5573d5f5f3e3d5ffd5b505050505b6101208101516040515f9133918381818185875af1925050503d805f8114610b2d576040519150601f19603f3d011682016040523d82523d5f602084013e610b32565b606091505b5050905080610b6d576040517f90b8ec1800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b505050565b5f60208284031215610b82575f5ffd5b5035919050565b6020815281511515602082015260208201511515604082015260ff60408301511660608201525f606083015160808084015280518060a0850152806020830160c086015e5f60c0828601015260c0601f19601f8301168501019250505092915050565b5f5f83601f840112610bfc575f5ffd5b50813567ffffffffffffffff811115610c13575f5ffd5b602083019150836020828501011115610c2a575f5ffd5b9250929050565b5f5f60208385031215610c42575f5ffd5b823567ffffffffffffffff811115610c58575f5ffd5b610c6485828601610bec565b90969095509350505050565b5f5f5f60408486031215610c82575f5ffd5b83359250602084013567ffffffffffffffff811115610c9f575f5ffd5b610cab86828701610bec565b9497909650939450505050565b600181811c90821680610ccc57607f821691505b602082108103610cea57634e487b7160e01b5f52602260045260245ffd5b50919050565b86815260a060208201528460a0820152848660c08301375f60c086830101525f60c0601f19601f88011683010190506001600160a01b03851660408301527fffffffff000000000000000000000000000000000000000000000000000000008416606083015267ffffffffffffffff83166080830152979650505050505050565b5f60208284031215610d81575f5ffd5b5051919050565b634e487b7160e01b5f52604160045260245ffd5b601f821115610b6d5782821115610b6d57805f5260205f20601f840160051c6020851015610dc757505f5b90810190601f840160051c035f5b81811015610dea575f83820155600101610dd5565b505050505050565b67ffffffffffffffff831115610e0a57610e0a610d88565b610e1e83610e188354610cb8565b83610d9c565b5f601f841160018114610e4f575f8515610e385750838201355b5f19600387901b1c1916600186901b178355610ea6565b5f83815260208120601f198716915b82811015610e7e5786850135825560209485019460019092019101610e5e565b5086821015610e9a575f1960f88860031b161c19848701351681555b505060018560011b0183555b5050505050565b634e487b7160e01b5f52603260045260245ffd5b604051610240810167ffffffffffffffff81118282101715610ee557610ee5610d88565b60405290565b80516001600160a01b0381168114610f01575f5ffd5b919050565b805167ffffffffffffffff81168114610f01575f5ffd5b805160058110610f01575f5ffd5b80518015158114610f01575f5ffd5b80517fffffffff0000000000000000000000000000000000000000000000000000000081168114610f01575f5ffd5b805163ffffffff81168114610f01575f5ffd5b5f82601f830112610f8b575f5ffd5b815167ffffffffffffffff811115610fa557610fa5610d88565b604051601f8201601f19908116603f0116810167ffffffffffffffff81118282101715610fd457610fd4610d88565b604052818152838201602001851015610feb575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b5f60208284031215611017575f5ffd5b815167ffffffffffffffff81111561102d575f5ffd5b8201610240818503121561103f575f5ffd5b611047610ec1565b8151815261105760208301610eeb565b602082015261106860408301610f06565b604082015261107960608301610f1d565b606082015261108a60808301610f2b565b608082015261109b60a08301610f2b565b60a08201526110ac60c08301610eeb565b60c08201526110bd60e08301610f3a565b60e08201526110cf6101008301610f06565b610100820152610120828101519082015261014080830151908201526110f86101608301610eeb565b61016082015261110b6101808301610f06565b61018082015261111e6101a08301610f69565b6101a08201526111316101c08301610f69565b6101c08201526101e0828101519082015261020082015167ffffffffffffffff81111561115c575f5ffd5b61116886828501610f7c565b6102008301525061022091820151918101919091529392505050565b634e487b7160e01b5f52602160045260245ffd",
}

// DigitConsumer is an auto generated Go binding around an Ethereum contract.
type DigitConsumer struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *DigitConsumer) GetABI() abi.ABI {
	return c.abi
}

// NewDigitConsumer creates a new instance of DigitConsumer.
func NewDigitConsumer() *DigitConsumer {
	parsed, err := DigitConsumerMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &DigitConsumer{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *DigitConsumer) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address oracle_, bytes32 modelId_) returns()
func (digitConsumer *DigitConsumer) PackConstructor(oracle_ common.Address, modelId_ [32]byte) []byte {
	enc, err := digitConsumer.abi.Pack("", oracle_, modelId_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackCALLBACKGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9779ea46.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function CALLBACK_GAS() view returns(uint64)
func (digitConsumer *DigitConsumer) PackCALLBACKGAS() []byte {
	enc, err := digitConsumer.abi.Pack("CALLBACK_GAS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCALLBACKGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9779ea46.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function CALLBACK_GAS() view returns(uint64)
func (digitConsumer *DigitConsumer) TryPackCALLBACKGAS() ([]byte, error) {
	return digitConsumer.abi.Pack("CALLBACK_GAS")
}

// UnpackCALLBACKGAS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9779ea46.
//
// Solidity: function CALLBACK_GAS() view returns(uint64)
func (digitConsumer *DigitConsumer) UnpackCALLBACKGAS(data []byte) (uint64, error) {
	out, err := digitConsumer.abi.Unpack("CALLBACK_GAS", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackIMAGESIZE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xef1e67de.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function IMAGE_SIZE() view returns(uint256)
func (digitConsumer *DigitConsumer) PackIMAGESIZE() []byte {
	enc, err := digitConsumer.abi.Pack("IMAGE_SIZE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIMAGESIZE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xef1e67de.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function IMAGE_SIZE() view returns(uint256)
func (digitConsumer *DigitConsumer) TryPackIMAGESIZE() ([]byte, error) {
	return digitConsumer.abi.Pack("IMAGE_SIZE")
}

// UnpackIMAGESIZE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xef1e67de.
//
// Solidity: function IMAGE_SIZE() view returns(uint256)
func (digitConsumer *DigitConsumer) UnpackIMAGESIZE(data []byte) (*big.Int, error) {
	out, err := digitConsumer.abi.Unpack("IMAGE_SIZE", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackAnswer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06f70295.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function answer(uint256 requestId) view returns((bool,bool,uint8,bytes))
func (digitConsumer *DigitConsumer) PackAnswer(requestId *big.Int) []byte {
	enc, err := digitConsumer.abi.Pack("answer", requestId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAnswer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06f70295.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function answer(uint256 requestId) view returns((bool,bool,uint8,bytes))
func (digitConsumer *DigitConsumer) TryPackAnswer(requestId *big.Int) ([]byte, error) {
	return digitConsumer.abi.Pack("answer", requestId)
}

// UnpackAnswer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06f70295.
//
// Solidity: function answer(uint256 requestId) view returns((bool,bool,uint8,bytes))
func (digitConsumer *DigitConsumer) UnpackAnswer(data []byte) (DigitConsumerAnswer, error) {
	out, err := digitConsumer.abi.Unpack("answer", data)
	if err != nil {
		return *new(DigitConsumerAnswer), err
	}
	out0 := *abi.ConvertType(out[0], new(DigitConsumerAnswer)).(*DigitConsumerAnswer)
	return out0, nil
}

// PackAsk is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x888e1194.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ask(bytes image) payable returns(uint256 requestId)
func (digitConsumer *DigitConsumer) PackAsk(image []byte) []byte {
	enc, err := digitConsumer.abi.Pack("ask", image)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAsk is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x888e1194.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ask(bytes image) payable returns(uint256 requestId)
func (digitConsumer *DigitConsumer) TryPackAsk(image []byte) ([]byte, error) {
	return digitConsumer.abi.Pack("ask", image)
}

// UnpackAsk is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x888e1194.
//
// Solidity: function ask(bytes image) payable returns(uint256 requestId)
func (digitConsumer *DigitConsumer) UnpackAsk(data []byte) (*big.Int, error) {
	out, err := digitConsumer.abi.Unpack("ask", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackAskerOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x628aadd5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function askerOf(uint256 ) view returns(address)
func (digitConsumer *DigitConsumer) PackAskerOf(arg0 *big.Int) []byte {
	enc, err := digitConsumer.abi.Pack("askerOf", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAskerOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x628aadd5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function askerOf(uint256 ) view returns(address)
func (digitConsumer *DigitConsumer) TryPackAskerOf(arg0 *big.Int) ([]byte, error) {
	return digitConsumer.abi.Pack("askerOf", arg0)
}

// UnpackAskerOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x628aadd5.
//
// Solidity: function askerOf(uint256 ) view returns(address)
func (digitConsumer *DigitConsumer) UnpackAskerOf(data []byte) (common.Address, error) {
	out, err := digitConsumer.abi.Unpack("askerOf", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackModelId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x43cdaad2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function modelId() view returns(bytes32)
func (digitConsumer *DigitConsumer) PackModelId() []byte {
	enc, err := digitConsumer.abi.Pack("modelId")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackModelId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x43cdaad2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function modelId() view returns(bytes32)
func (digitConsumer *DigitConsumer) TryPackModelId() ([]byte, error) {
	return digitConsumer.abi.Pack("modelId")
}

// UnpackModelId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x43cdaad2.
//
// Solidity: function modelId() view returns(bytes32)
func (digitConsumer *DigitConsumer) UnpackModelId(data []byte) ([32]byte, error) {
	out, err := digitConsumer.abi.Unpack("modelId", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackOnResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9bf2b805.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onResult(uint256 requestId, bytes output) returns()
func (digitConsumer *DigitConsumer) PackOnResult(requestId *big.Int, output []byte) []byte {
	enc, err := digitConsumer.abi.Pack("onResult", requestId, output)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9bf2b805.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onResult(uint256 requestId, bytes output) returns()
func (digitConsumer *DigitConsumer) TryPackOnResult(requestId *big.Int, output []byte) ([]byte, error) {
	return digitConsumer.abi.Pack("onResult", requestId, output)
}

// PackOracle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7dc0d1d0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function oracle() view returns(address)
func (digitConsumer *DigitConsumer) PackOracle() []byte {
	enc, err := digitConsumer.abi.Pack("oracle")
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
func (digitConsumer *DigitConsumer) TryPackOracle() ([]byte, error) {
	return digitConsumer.abi.Pack("oracle")
}

// UnpackOracle is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7dc0d1d0.
//
// Solidity: function oracle() view returns(address)
func (digitConsumer *DigitConsumer) UnpackOracle(data []byte) (common.Address, error) {
	out, err := digitConsumer.abi.Unpack("oracle", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackReclaimFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xed815a89.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reclaimFee(uint256 requestId) returns()
func (digitConsumer *DigitConsumer) PackReclaimFee(requestId *big.Int) []byte {
	enc, err := digitConsumer.abi.Pack("reclaimFee", requestId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReclaimFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xed815a89.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reclaimFee(uint256 requestId) returns()
func (digitConsumer *DigitConsumer) TryPackReclaimFee(requestId *big.Int) ([]byte, error) {
	return digitConsumer.abi.Pack("reclaimFee", requestId)
}

// PackReclaimed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf6b0e547.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reclaimed(uint256 ) view returns(bool)
func (digitConsumer *DigitConsumer) PackReclaimed(arg0 *big.Int) []byte {
	enc, err := digitConsumer.abi.Pack("reclaimed", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReclaimed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf6b0e547.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reclaimed(uint256 ) view returns(bool)
func (digitConsumer *DigitConsumer) TryPackReclaimed(arg0 *big.Int) ([]byte, error) {
	return digitConsumer.abi.Pack("reclaimed", arg0)
}

// UnpackReclaimed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf6b0e547.
//
// Solidity: function reclaimed(uint256 ) view returns(bool)
func (digitConsumer *DigitConsumer) UnpackReclaimed(data []byte) (bool, error) {
	out, err := digitConsumer.abi.Unpack("reclaimed", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// DigitConsumerAnswered represents a Answered event raised by the DigitConsumer contract.
type DigitConsumerAnswered struct {
	RequestId *big.Int
	Digit     uint8
	Valid     bool
	Raw       *types.Log // Blockchain specific contextual infos
}

const DigitConsumerAnsweredEventName = "Answered"

// ContractEventName returns the user-defined event name.
func (DigitConsumerAnswered) ContractEventName() string {
	return DigitConsumerAnsweredEventName
}

// UnpackAnsweredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Answered(uint256 indexed requestId, uint8 digit, bool valid)
func (digitConsumer *DigitConsumer) UnpackAnsweredEvent(log *types.Log) (*DigitConsumerAnswered, error) {
	event := "Answered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != digitConsumer.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DigitConsumerAnswered)
	if len(log.Data) > 0 {
		if err := digitConsumer.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range digitConsumer.abi.Events[event].Inputs {
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

// DigitConsumerAsked represents a Asked event raised by the DigitConsumer contract.
type DigitConsumerAsked struct {
	RequestId *big.Int
	Asker     common.Address
	Raw       *types.Log // Blockchain specific contextual infos
}

const DigitConsumerAskedEventName = "Asked"

// ContractEventName returns the user-defined event name.
func (DigitConsumerAsked) ContractEventName() string {
	return DigitConsumerAskedEventName
}

// UnpackAskedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Asked(uint256 indexed requestId, address indexed asker)
func (digitConsumer *DigitConsumer) UnpackAskedEvent(log *types.Log) (*DigitConsumerAsked, error) {
	event := "Asked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != digitConsumer.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DigitConsumerAsked)
	if len(log.Data) > 0 {
		if err := digitConsumer.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range digitConsumer.abi.Events[event].Inputs {
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
func (digitConsumer *DigitConsumer) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], digitConsumer.abi.Errors["AlreadyReclaimed"].ID.Bytes()[:4]) {
		return digitConsumer.UnpackAlreadyReclaimedError(raw[4:])
	}
	if bytes.Equal(raw[:4], digitConsumer.abi.Errors["NotRefundable"].ID.Bytes()[:4]) {
		return digitConsumer.UnpackNotRefundableError(raw[4:])
	}
	if bytes.Equal(raw[:4], digitConsumer.abi.Errors["NotTheAsker"].ID.Bytes()[:4]) {
		return digitConsumer.UnpackNotTheAskerError(raw[4:])
	}
	if bytes.Equal(raw[:4], digitConsumer.abi.Errors["OnlyOracle"].ID.Bytes()[:4]) {
		return digitConsumer.UnpackOnlyOracleError(raw[4:])
	}
	if bytes.Equal(raw[:4], digitConsumer.abi.Errors["TransferFailed"].ID.Bytes()[:4]) {
		return digitConsumer.UnpackTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], digitConsumer.abi.Errors["WrongImageSize"].ID.Bytes()[:4]) {
		return digitConsumer.UnpackWrongImageSizeError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// DigitConsumerAlreadyReclaimed represents a AlreadyReclaimed error raised by the DigitConsumer contract.
type DigitConsumerAlreadyReclaimed struct {
	RequestId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyReclaimed(uint256 requestId)
func DigitConsumerAlreadyReclaimedErrorID() common.Hash {
	return common.HexToHash("0xcf67765bd4da626caacaf7511cd21ef41582151eb8eb36325f95050a99e4356f")
}

// UnpackAlreadyReclaimedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyReclaimed(uint256 requestId)
func (digitConsumer *DigitConsumer) UnpackAlreadyReclaimedError(raw []byte) (*DigitConsumerAlreadyReclaimed, error) {
	out := new(DigitConsumerAlreadyReclaimed)
	if err := digitConsumer.abi.UnpackIntoInterface(out, "AlreadyReclaimed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DigitConsumerNotRefundable represents a NotRefundable error raised by the DigitConsumer contract.
type DigitConsumerNotRefundable struct {
	RequestId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotRefundable(uint256 requestId)
func DigitConsumerNotRefundableErrorID() common.Hash {
	return common.HexToHash("0xfda10c426a11978b887145c723a575d4e1fc1c4b48639722b8555b939daf7c50")
}

// UnpackNotRefundableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotRefundable(uint256 requestId)
func (digitConsumer *DigitConsumer) UnpackNotRefundableError(raw []byte) (*DigitConsumerNotRefundable, error) {
	out := new(DigitConsumerNotRefundable)
	if err := digitConsumer.abi.UnpackIntoInterface(out, "NotRefundable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DigitConsumerNotTheAsker represents a NotTheAsker error raised by the DigitConsumer contract.
type DigitConsumerNotTheAsker struct {
	RequestId *big.Int
	Caller    common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotTheAsker(uint256 requestId, address caller)
func DigitConsumerNotTheAskerErrorID() common.Hash {
	return common.HexToHash("0x77abad97e91c6c2d033acdb8716b9023fa530ce093b9ca9a3abb24c149122a25")
}

// UnpackNotTheAskerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotTheAsker(uint256 requestId, address caller)
func (digitConsumer *DigitConsumer) UnpackNotTheAskerError(raw []byte) (*DigitConsumerNotTheAsker, error) {
	out := new(DigitConsumerNotTheAsker)
	if err := digitConsumer.abi.UnpackIntoInterface(out, "NotTheAsker", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DigitConsumerOnlyOracle represents a OnlyOracle error raised by the DigitConsumer contract.
type DigitConsumerOnlyOracle struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OnlyOracle(address caller)
func DigitConsumerOnlyOracleErrorID() common.Hash {
	return common.HexToHash("0xf432bce9404def2199d845223dd29b84a830e5be27111a58d4cee69a3e16b039")
}

// UnpackOnlyOracleError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OnlyOracle(address caller)
func (digitConsumer *DigitConsumer) UnpackOnlyOracleError(raw []byte) (*DigitConsumerOnlyOracle, error) {
	out := new(DigitConsumerOnlyOracle)
	if err := digitConsumer.abi.UnpackIntoInterface(out, "OnlyOracle", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DigitConsumerTransferFailed represents a TransferFailed error raised by the DigitConsumer contract.
type DigitConsumerTransferFailed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransferFailed()
func DigitConsumerTransferFailedErrorID() common.Hash {
	return common.HexToHash("0x90b8ec1877afffd816d05d9b13947f3ff18ec5851c38bad15ec2b710f92391b1")
}

// UnpackTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransferFailed()
func (digitConsumer *DigitConsumer) UnpackTransferFailedError(raw []byte) (*DigitConsumerTransferFailed, error) {
	out := new(DigitConsumerTransferFailed)
	if err := digitConsumer.abi.UnpackIntoInterface(out, "TransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DigitConsumerWrongImageSize represents a WrongImageSize error raised by the DigitConsumer contract.
type DigitConsumerWrongImageSize struct {
	Got *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongImageSize(uint256 got)
func DigitConsumerWrongImageSizeErrorID() common.Hash {
	return common.HexToHash("0xcfb03c59f882ec8c81b746813c776c18d8d2d5647428e11c57a727df0fad8b69")
}

// UnpackWrongImageSizeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongImageSize(uint256 got)
func (digitConsumer *DigitConsumer) UnpackWrongImageSizeError(raw []byte) (*DigitConsumerWrongImageSize, error) {
	out := new(DigitConsumerWrongImageSize)
	if err := digitConsumer.abi.UnpackIntoInterface(out, "WrongImageSize", raw); err != nil {
		return nil, err
	}
	return out, nil
}
