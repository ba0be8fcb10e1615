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
	Failed    bool
	NoResult  bool
	Digit     uint8
	Output    []byte
}

// DigitConsumerMetaData contains all meta data concerning the DigitConsumer contract.
var DigitConsumerMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIAIOracle\",\"name\":\"oracle_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"modelId_\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"NotRefundable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotTheAsker\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"OnlyOracle\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"contractIAIOracle\",\"name\":\"expected\",\"type\":\"address\"},{\"internalType\":\"contractIAIOracle\",\"name\":\"found\",\"type\":\"address\"}],\"name\":\"UnauthorizedCallbackSource\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"}],\"name\":\"WrongImageSize\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"enumAIOracleCallbackReceiver.AIOracleError\",\"name\":\"code\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"message\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"callbackData\",\"type\":\"bytes\"}],\"name\":\"AICallbackError\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"digit\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"valid\",\"type\":\"bool\"}],\"name\":\"Answered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"asker\",\"type\":\"address\"}],\"name\":\"Asked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"noResult\",\"type\":\"bool\"}],\"name\":\"NoAnswer\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"CALLBACK_GAS\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"IMAGE_SIZE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"aiOracle\",\"outputs\":[{\"internalType\":\"contractIAIOracle\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"aiOracleCallback\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"enumAIOracleCallbackReceiver.AIOracleError\",\"name\":\"code\",\"type\":\"uint8\"},{\"internalType\":\"bytes\",\"name\":\"message\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"callbackData\",\"type\":\"bytes\"}],\"name\":\"aiOracleCallbackError\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"answer\",\"outputs\":[{\"components\":[{\"internalType\":\"bool\",\"name\":\"delivered\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"valid\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"failed\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"noResult\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"digit\",\"type\":\"uint8\"},{\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"}],\"internalType\":\"structDigitConsumer.Answer\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"image\",\"type\":\"bytes\"}],\"name\":\"ask\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"askerOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"fee\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"feeOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"isFinalized\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"modelId\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"reclaimFee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"reclaimed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	ID:  "DigitConsumer",
	Bin: "0x60c060405234801561000f575f5ffd5b5060405161137438038061137483398101604081905261002e91610044565b6001600160a01b0390911660805260a05261007b565b5f5f60408385031215610055575f5ffd5b82516001600160a01b038116811461006b575f5ffd5b6020939093015192949293505050565b60805160a05161128c6100e85f395f81816102100152818161060e0152610adb01525f818160ec01528181610196015281816104f9015281816105df015281816107030152818161073f01528181610885015281816108c101528181610b0c0152610c8a015261128c5ff3fe6080604052600436106100dc575f3560e01c80639779ea461161007c578063ddca3f4311610057578063ddca3f431461031f578063ed815a8914610333578063ef1e67de14610352578063f6b0e54714610367575f5ffd5b80639779ea46146102a6578063af9e3a36146102d5578063b034781414610300575f5ffd5b806343cdaad2116100b757806343cdaad2146101ff578063628aadd514610240578063888e1194146102745780638e6fd00614610287575f5ffd5b806306f702951461015057806331b221cd1461018557806333727c4d146101d0575f5ffd5b3661014c57336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461014a576040517ff432bce90000000000000000000000000000000000000000000000000000000081523360048201526024015b60405180910390fd5b005b5f5ffd5b34801561015b575f5ffd5b5061016f61016a366004610de0565b610395565b60405161017c9190610e25565b60405180910390f35b348015610190575f5ffd5b506101b87f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b03909116815260200161017c565b3480156101db575f5ffd5b506101ef6101ea366004610de0565b6104c8565b604051901515815260200161017c565b34801561020a575f5ffd5b506102327f000000000000000000000000000000000000000000000000000000000000000081565b60405190815260200161017c565b34801561024b575f5ffd5b506101b861025a366004610de0565b60016020525f90815260409020546001600160a01b031681565b610232610282366004610ec9565b610570565b348015610292575f5ffd5b5061014a6102a1366004610f08565b6106f8565b3480156102b1575f5ffd5b506102bc62030d4081565b60405167ffffffffffffffff909116815260200161017c565b3480156102e0575f5ffd5b506102326102ef366004610de0565b60026020525f908152604090205481565b34801561030b575f5ffd5b5061014a61031a366004610f96565b61087a565b34801561032a575f5ffd5b50610232610ab4565b34801561033e575f5ffd5b5061014a61034d366004610de0565b610b81565b34801561035d575f5ffd5b5061023261031081565b348015610372575f5ffd5b506101ef610381366004610de0565b60036020525f908152604090205460ff1681565b6040805160c0810182525f808252602082018190529181018290526060808201839052608082019290925260a08101919091525f8281526020818152604091829020825160c081018452815460ff8082161515835261010082048116151594830194909452620100008104841615159482019490945263010000008404831615156060820152640100000000909304909116608083015260018101805460a0840191906104419061100f565b80601f016020809104026020016040519081016040528092919081815260200182805461046d9061100f565b80156104b85780601f1061048f576101008083540402835291602001916104b8565b820191905f5260205f20905b81548152906001019060200180831161049b57829003601f168201915b5050505050815250509050919050565b6040517f33727c4d000000000000000000000000000000000000000000000000000000008152600481018290525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906333727c4d90602401602060405180830381865afa158015610546573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061056a9190611047565b92915050565b5f61031082146105af576040517fcfb03c5900000000000000000000000000000000000000000000000000000000815260048101839052602401610141565b6040517f5b9538060000000000000000000000000000000000000000000000000000000081526001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690635b953806903490610641907f00000000000000000000000000000000000000000000000000000000000000009088908890309062030d4090600401611095565b60206040518083038185885af115801561065d573d5f5f3e3d5ffd5b50505050506040513d601f19601f8201168201806040525081019061068291906110e8565b5f81815260016020908152604080832080547fffffffffffffffffffffffff000000000000000000000000000000000000000016339081179091556002909252808320349055519293509183917f4f9899ad56476d199e6204d4faf4a2008fd7f70bea931012bce8cd069c27c61a91a392915050565b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146107725760405163432e033760e11b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000166004820152336024820152604401610141565b5f8681526020819052604090819020805462ff00ff19166201000117815590517f520eadb9f5802a48282a64e9af5eaec0cf3b87b8c1ac6f36dec6c2c694b26fb8906107c190879087906110ff565b604051908190039020825463ff000000191691146301000000021781558560018111156107f0576107f061110e565b877fbe2594e1da9c55cfaa6a9acbe56ca65088194667821fa75e20648b6d25032dcb878787876040516108269493929190611122565b60405180910390a38054604051630100000090910460ff161515815287907f48387f9e99a2b4b95cdea2e3dab4d4882c68804172877c256a09ae7e433c9a219060200160405180910390a250505050505050565b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146108f45760405163432e033760e11b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000166004820152336024820152604401610141565b5f858152602081905260409020805460ff191660019081178255810161091b8587836111bd565b5060048414801561094e5750600985855f81811061093b5761093b611278565b9050013560f81c60f81b60f81c60ff1611155b801561099257508484600181811061096857610968611278565b909101357fff00000000000000000000000000000000000000000000000000000000000000161590505b80156109d65750848460028181106109ac576109ac611278565b909101357fff00000000000000000000000000000000000000000000000000000000000000161590505b8015610a1a5750848460038181106109f0576109f0611278565b909101357fff00000000000000000000000000000000000000000000000000000000000000161590505b15610a5b57805461ff00191661010017815584845f81610a3c57610a3c611278565b835464ff00000000191692013560f81c64010000000002919091178255505b80546040805160ff6401000000008404811682526101009093049092161515602083015287917fa32b398222ca45468cd52e4455ba1b205cd21c11810528fdb310f93d7ef09aa6910160405180910390a2505050505050565b6040517ee1d8d00000000000000000000000000000000000000000000000000000000081527f0000000000000000000000000000000000000000000000000000000000000000600482015262030d4060248201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169062e1d8d090604401602060405180830381865afa158015610b58573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610b7c91906110e8565b905090565b5f818152600160205260409020546001600160a01b03163314610bd9576040517f77abad9700000000000000000000000000000000000000000000000000000000815260048101829052336024820152604401610141565b5f818152602081905260409020546301000000900460ff161580610c0a57505f8181526003602052604090205460ff165b15610c44576040517ffda10c4200000000000000000000000000000000000000000000000000000000815260048101829052602401610141565b5f8181526003602052604090819020805460ff19166001179055517fdf18e0470000000000000000000000000000000000000000000000000000000081523060048201527f0000000000000000000000000000000000000000000000000000000000000000906001600160a01b0382169063df18e04790602401602060405180830381865afa158015610cd9573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610cfd91906110e8565b15610d5157806001600160a01b0316633ccfd60b6040518163ffffffff1660e01b81526004015f604051808303815f87803b158015610d3a575f5ffd5b505af1158015610d4c573d5f5f3e3d5ffd5b505050505b5f828152600260205260408082205490513391908381818185875af1925050503d805f8114610d9b576040519150601f19603f3d011682016040523d82523d5f602084013e610da0565b606091505b5050905080610ddb576040517f90b8ec1800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b505050565b5f60208284031215610df0575f5ffd5b5035919050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b6020815281511515602082015260208201511515604082015260408201511515606082015260608201511515608082015260ff60808301511660a08201525f60a083015160c080840152610e7c60e0840182610df7565b949350505050565b5f5f83601f840112610e94575f5ffd5b50813567ffffffffffffffff811115610eab575f5ffd5b602083019150836020828501011115610ec2575f5ffd5b9250929050565b5f5f60208385031215610eda575f5ffd5b823567ffffffffffffffff811115610ef0575f5ffd5b610efc85828601610e84565b90969095509350505050565b5f5f5f5f5f5f60808789031215610f1d575f5ffd5b86359550602087013560028110610f32575f5ffd5b9450604087013567ffffffffffffffff811115610f4d575f5ffd5b610f5989828a01610e84565b909550935050606087013567ffffffffffffffff811115610f78575f5ffd5b610f8489828a01610e84565b979a9699509497509295939492505050565b5f5f5f5f5f60608688031215610faa575f5ffd5b85359450602086013567ffffffffffffffff811115610fc7575f5ffd5b610fd388828901610e84565b909550935050604086013567ffffffffffffffff811115610ff2575f5ffd5b610ffe88828901610e84565b969995985093965092949392505050565b600181811c9082168061102357607f821691505b60208210810361104157634e487b7160e01b5f52602260045260245ffd5b50919050565b5f60208284031215611057575f5ffd5b81518015158114611066575f5ffd5b9392505050565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b85815260a060208201525f6110ae60a08301868861106d565b6001600160a01b039490941660408301525067ffffffffffffffff9190911660608201528082036080909101525f81526020019392505050565b5f602082840312156110f8575f5ffd5b5051919050565b818382375f9101908152919050565b634e487b7160e01b5f52602160045260245ffd5b604081525f61113560408301868861106d565b828103602084015261114881858761106d565b979650505050505050565b634e487b7160e01b5f52604160045260245ffd5b601f821115610ddb5782821115610ddb57805f5260205f20601f840160051c602085101561119257505f5b90810190601f840160051c035f5b818110156111b5575f838201556001016111a0565b505050505050565b67ffffffffffffffff8311156111d5576111d5611153565b6111e9836111e3835461100f565b83611167565b5f601f84116001811461121a575f85156112035750838201355b5f19600387901b1c1916600186901b178355611271565b5f83815260208120601f198716915b828110156112495786850135825560209485019460019092019101611229565b5086821015611265575f1960f88860031b161c19848701351681555b505060018560011b0183555b5050505050565b634e487b7160e01b5f52603260045260245ffd",
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
// Solidity: constructor(address oracle_, uint256 modelId_) returns()
func (digitConsumer *DigitConsumer) PackConstructor(oracle_ common.Address, modelId_ *big.Int) []byte {
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

// PackAiOracle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x31b221cd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function aiOracle() view returns(address)
func (digitConsumer *DigitConsumer) PackAiOracle() []byte {
	enc, err := digitConsumer.abi.Pack("aiOracle")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAiOracle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x31b221cd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function aiOracle() view returns(address)
func (digitConsumer *DigitConsumer) TryPackAiOracle() ([]byte, error) {
	return digitConsumer.abi.Pack("aiOracle")
}

// UnpackAiOracle is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x31b221cd.
//
// Solidity: function aiOracle() view returns(address)
func (digitConsumer *DigitConsumer) UnpackAiOracle(data []byte) (common.Address, error) {
	out, err := digitConsumer.abi.Unpack("aiOracle", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackAiOracleCallback is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb0347814.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function aiOracleCallback(uint256 requestId, bytes output, bytes ) returns()
func (digitConsumer *DigitConsumer) PackAiOracleCallback(requestId *big.Int, output []byte, arg2 []byte) []byte {
	enc, err := digitConsumer.abi.Pack("aiOracleCallback", requestId, output, arg2)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAiOracleCallback is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb0347814.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function aiOracleCallback(uint256 requestId, bytes output, bytes ) returns()
func (digitConsumer *DigitConsumer) TryPackAiOracleCallback(requestId *big.Int, output []byte, arg2 []byte) ([]byte, error) {
	return digitConsumer.abi.Pack("aiOracleCallback", requestId, output, arg2)
}

// PackAiOracleCallbackError is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8e6fd006.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function aiOracleCallbackError(uint256 requestId, uint8 code, bytes message, bytes callbackData) returns()
func (digitConsumer *DigitConsumer) PackAiOracleCallbackError(requestId *big.Int, code uint8, message []byte, callbackData []byte) []byte {
	enc, err := digitConsumer.abi.Pack("aiOracleCallbackError", requestId, code, message, callbackData)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAiOracleCallbackError is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8e6fd006.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function aiOracleCallbackError(uint256 requestId, uint8 code, bytes message, bytes callbackData) returns()
func (digitConsumer *DigitConsumer) TryPackAiOracleCallbackError(requestId *big.Int, code uint8, message []byte, callbackData []byte) ([]byte, error) {
	return digitConsumer.abi.Pack("aiOracleCallbackError", requestId, code, message, callbackData)
}

// PackAnswer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06f70295.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function answer(uint256 requestId) view returns((bool,bool,bool,bool,uint8,bytes))
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
// Solidity: function answer(uint256 requestId) view returns((bool,bool,bool,bool,uint8,bytes))
func (digitConsumer *DigitConsumer) TryPackAnswer(requestId *big.Int) ([]byte, error) {
	return digitConsumer.abi.Pack("answer", requestId)
}

// UnpackAnswer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06f70295.
//
// Solidity: function answer(uint256 requestId) view returns((bool,bool,bool,bool,uint8,bytes))
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

// PackFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xddca3f43.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function fee() view returns(uint256)
func (digitConsumer *DigitConsumer) PackFee() []byte {
	enc, err := digitConsumer.abi.Pack("fee")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xddca3f43.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function fee() view returns(uint256)
func (digitConsumer *DigitConsumer) TryPackFee() ([]byte, error) {
	return digitConsumer.abi.Pack("fee")
}

// UnpackFee is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xddca3f43.
//
// Solidity: function fee() view returns(uint256)
func (digitConsumer *DigitConsumer) UnpackFee(data []byte) (*big.Int, error) {
	out, err := digitConsumer.abi.Unpack("fee", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackFeeOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaf9e3a36.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function feeOf(uint256 ) view returns(uint256)
func (digitConsumer *DigitConsumer) PackFeeOf(arg0 *big.Int) []byte {
	enc, err := digitConsumer.abi.Pack("feeOf", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFeeOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaf9e3a36.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function feeOf(uint256 ) view returns(uint256)
func (digitConsumer *DigitConsumer) TryPackFeeOf(arg0 *big.Int) ([]byte, error) {
	return digitConsumer.abi.Pack("feeOf", arg0)
}

// UnpackFeeOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xaf9e3a36.
//
// Solidity: function feeOf(uint256 ) view returns(uint256)
func (digitConsumer *DigitConsumer) UnpackFeeOf(data []byte) (*big.Int, error) {
	out, err := digitConsumer.abi.Unpack("feeOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackIsFinalized is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x33727c4d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isFinalized(uint256 requestId) view returns(bool)
func (digitConsumer *DigitConsumer) PackIsFinalized(requestId *big.Int) []byte {
	enc, err := digitConsumer.abi.Pack("isFinalized", requestId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsFinalized is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x33727c4d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isFinalized(uint256 requestId) view returns(bool)
func (digitConsumer *DigitConsumer) TryPackIsFinalized(requestId *big.Int) ([]byte, error) {
	return digitConsumer.abi.Pack("isFinalized", requestId)
}

// UnpackIsFinalized is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x33727c4d.
//
// Solidity: function isFinalized(uint256 requestId) view returns(bool)
func (digitConsumer *DigitConsumer) UnpackIsFinalized(data []byte) (bool, error) {
	out, err := digitConsumer.abi.Unpack("isFinalized", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackModelId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x43cdaad2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function modelId() view returns(uint256)
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
// Solidity: function modelId() view returns(uint256)
func (digitConsumer *DigitConsumer) TryPackModelId() ([]byte, error) {
	return digitConsumer.abi.Pack("modelId")
}

// UnpackModelId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x43cdaad2.
//
// Solidity: function modelId() view returns(uint256)
func (digitConsumer *DigitConsumer) UnpackModelId(data []byte) (*big.Int, error) {
	out, err := digitConsumer.abi.Unpack("modelId", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
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

// DigitConsumerAICallbackError represents a AICallbackError event raised by the DigitConsumer contract.
type DigitConsumerAICallbackError struct {
	RequestId    *big.Int
	Code         uint8
	Message      []byte
	CallbackData []byte
	Raw          *types.Log // Blockchain specific contextual infos
}

const DigitConsumerAICallbackErrorEventName = "AICallbackError"

// ContractEventName returns the user-defined event name.
func (DigitConsumerAICallbackError) ContractEventName() string {
	return DigitConsumerAICallbackErrorEventName
}

// UnpackAICallbackErrorEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AICallbackError(uint256 indexed requestId, uint8 indexed code, bytes message, bytes callbackData)
func (digitConsumer *DigitConsumer) UnpackAICallbackErrorEvent(log *types.Log) (*DigitConsumerAICallbackError, error) {
	event := "AICallbackError"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != digitConsumer.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DigitConsumerAICallbackError)
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

// DigitConsumerNoAnswer represents a NoAnswer event raised by the DigitConsumer contract.
type DigitConsumerNoAnswer struct {
	RequestId *big.Int
	NoResult  bool
	Raw       *types.Log // Blockchain specific contextual infos
}

const DigitConsumerNoAnswerEventName = "NoAnswer"

// ContractEventName returns the user-defined event name.
func (DigitConsumerNoAnswer) ContractEventName() string {
	return DigitConsumerNoAnswerEventName
}

// UnpackNoAnswerEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event NoAnswer(uint256 indexed requestId, bool noResult)
func (digitConsumer *DigitConsumer) UnpackNoAnswerEvent(log *types.Log) (*DigitConsumerNoAnswer, error) {
	event := "NoAnswer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != digitConsumer.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DigitConsumerNoAnswer)
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
	if bytes.Equal(raw[:4], digitConsumer.abi.Errors["UnauthorizedCallbackSource"].ID.Bytes()[:4]) {
		return digitConsumer.UnpackUnauthorizedCallbackSourceError(raw[4:])
	}
	if bytes.Equal(raw[:4], digitConsumer.abi.Errors["WrongImageSize"].ID.Bytes()[:4]) {
		return digitConsumer.UnpackWrongImageSizeError(raw[4:])
	}
	return nil, errors.New("Unknown error")
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

// DigitConsumerUnauthorizedCallbackSource represents a UnauthorizedCallbackSource error raised by the DigitConsumer contract.
type DigitConsumerUnauthorizedCallbackSource struct {
	Expected common.Address
	Found    common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnauthorizedCallbackSource(address expected, address found)
func DigitConsumerUnauthorizedCallbackSourceErrorID() common.Hash {
	return common.HexToHash("0x865c066edb0d38a3e6ab234474b34a33cb3aa9142277c9ec6736c604ac3f0219")
}

// UnpackUnauthorizedCallbackSourceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnauthorizedCallbackSource(address expected, address found)
func (digitConsumer *DigitConsumer) UnpackUnauthorizedCallbackSourceError(raw []byte) (*DigitConsumerUnauthorizedCallbackSource, error) {
	out := new(DigitConsumerUnauthorizedCallbackSource)
	if err := digitConsumer.abi.UnpackIntoInterface(out, "UnauthorizedCallbackSource", raw); err != nil {
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
