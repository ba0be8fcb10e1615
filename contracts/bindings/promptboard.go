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

// PromptBoardMetaData contains all meta data concerning the PromptBoard contract.
var PromptBoardMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIAIOracle\",\"name\":\"aiOracle_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"OnlyOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"contractIAIOracle\",\"name\":\"expected\",\"type\":\"address\"},{\"internalType\":\"contractIAIOracle\",\"name\":\"found\",\"type\":\"address\"}],\"name\":\"UnauthorizedCallbackSource\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"UnknownRequest\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"enumAIOracleCallbackReceiver.AIOracleError\",\"name\":\"code\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"message\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"callbackData\",\"type\":\"bytes\"}],\"name\":\"AICallbackError\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"prompt\",\"type\":\"string\"}],\"name\":\"promptRequest\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"input\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"output\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"callbackData\",\"type\":\"bytes\"}],\"name\":\"promptsUpdated\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"aiOracle\",\"outputs\":[{\"internalType\":\"contractIAIOracle\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"callbackData\",\"type\":\"bytes\"}],\"name\":\"aiOracleCallback\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"enumAIOracleCallbackReceiver.AIOracleError\",\"name\":\"code\",\"type\":\"uint8\"},{\"internalType\":\"bytes\",\"name\":\"message\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"callbackData\",\"type\":\"bytes\"}],\"name\":\"aiOracleCallbackError\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"prompt\",\"type\":\"string\"}],\"name\":\"calculateAIResult\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"callbackGasLimit\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"estimateFee\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"prompt\",\"type\":\"string\"}],\"name\":\"getAIResult\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"isFinalized\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"name\":\"prompts\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"requests\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"input\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"},{\"internalType\":\"bool\",\"name\":\"failed\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"}],\"name\":\"setCallbackGasLimit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "PromptBoard",
	Bin: "0x60c060405234801561000f575f5ffd5b5060405161140938038061140983398101604081905261002e91610043565b6001600160a01b03166080523360a052610070565b5f60208284031215610053575f5ffd5b81516001600160a01b0381168114610069575f5ffd5b9392505050565b60805160a0516113406100c95f395f818161026e015261051201525f81816101840152818161032e01528181610496015281816107a4015281816107e001528181610893015281816108cf0152610a6d01526113405ff3fe6080604052600436106100c3575f3560e01c806381d12c58116100715780638e6fd0061161004c5780638e6fd00614610290578063b0347814146102af578063fac5d7e1146102ce575f5ffd5b806381d12c581461020e5780638cbc52d91461023e5780638da5cb5b1461025d575f5ffd5b806331b221cd116100a157806331b221cd1461017357806333727c4d146101be578063813d1e15146101ed575f5ffd5b8063127e8e4d146100c757806320f38718146100f95780632c6296b714610147575b5f5ffd5b3480156100d2575f5ffd5b506100e66100e1366004610b8d565b6102e1565b6040519081526020015b60405180910390f35b348015610104575f5ffd5b5061012e610113366004610b8d565b60016020525f908152604090205467ffffffffffffffff1681565b60405167ffffffffffffffff90911681526020016100f0565b348015610152575f5ffd5b50610166610161366004610be9565b6103a4565b6040516100f09190610c5f565b34801561017e575f5ffd5b506101a67f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016100f0565b3480156101c9575f5ffd5b506101dd6101d8366004610b8d565b610465565b60405190151581526020016100f0565b3480156101f8575f5ffd5b5061020c610207366004610c78565b610507565b005b348015610219575f5ffd5b5061022d610228366004610b8d565b61059f565b6040516100f0959493929190610cb2565b348015610249575f5ffd5b50610166610258366004610d14565b6106e6565b348015610268575f5ffd5b506101a67f000000000000000000000000000000000000000000000000000000000000000081565b34801561029b575f5ffd5b5061020c6102aa366004610dd1565b610799565b3480156102ba575f5ffd5b5061020c6102c9366004610e5f565b610888565b6100e66102dc366004610be9565b6109f9565b5f818152600160205260408082205490517ee1d8d00000000000000000000000000000000000000000000000000000000081526004810184905267ffffffffffffffff90911660248201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169062e1d8d090604401602060405180830381865afa15801561037a573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061039e9190610ed8565b92915050565b606060025f8581526020019081526020015f2083836040516103c7929190610eef565b908152602001604051809103902080546103e090610efe565b80601f016020809104026020016040519081016040528092919081815260200182805461040c90610efe565b80156104575780601f1061042e57610100808354040283529160200191610457565b820191905f5260205f20905b81548152906001019060200180831161043a57829003601f168201915b505050505090509392505050565b6040517f33727c4d000000000000000000000000000000000000000000000000000000008152600481018290525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906333727c4d90602401602060405180830381865afa1580156104e3573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061039e9190610f36565b336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614610570576040517f0a86c02a0000000000000000000000000000000000000000000000000000000081523360048201526024015b60405180910390fd5b5f91825260016020526040909120805467ffffffffffffffff191667ffffffffffffffff909216919091179055565b5f602081905290815260409020805460018201546002830180546001600160a01b039093169391926105d090610efe565b80601f01602080910402602001604051908101604052809291908181526020018280546105fc90610efe565b80156106475780601f1061061e57610100808354040283529160200191610647565b820191905f5260205f20905b81548152906001019060200180831161062a57829003601f168201915b50505050509080600301805461065c90610efe565b80601f016020809104026020016040519081016040528092919081815260200182805461068890610efe565b80156106d35780601f106106aa576101008083540402835291602001916106d3565b820191905f5260205f20905b8154815290600101906020018083116106b657829003601f168201915b5050506004909301549192505060ff1685565b600260209081525f928352604090922081518083018401805192815290840192909301919091209152805461071a90610efe565b80601f016020809104026020016040519081016040528092919081815260200182805461074690610efe565b80156107915780601f1061076857610100808354040283529160200191610791565b820191905f5260205f20905b81548152906001019060200180831161077457829003601f168201915b505050505081565b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146108135760405163432e033760e11b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000166004820152336024820152604401610567565b5f868152602081905260409020600401805460ff19166001908117909155859081111561084257610842610f55565b867fbe2594e1da9c55cfaa6a9acbe56ca65088194667821fa75e20648b6d25032dcb868686866040516108789493929190610f91565b60405180910390a3505050505050565b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146109025760405163432e033760e11b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000166004820152336024820152604401610567565b5f85815260208190526040902080546001600160a01b0316610953576040517f1f79bbe700000000000000000000000000000000000000000000000000000000815260048101879052602401610567565b60038101610962858783611019565b50848460025f846001015481526020019081526020015f208360020160405161098b91906110d4565b908152602001604051809103902091826109a6929190611019565b507faf2b2381ddcb18a2b18a7826186fd216acdd9c852a8c7a9a49e7eab127f96ccf86826001015483600201888888886040516109e99796959493929190611145565b60405180910390a1505050505050565b5f5f83838080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92018290525089815260016020526040908190205490517f5b9538060000000000000000000000000000000000000000000000000000000081529495506001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001694635b9538069450349350610ab692508a918791309167ffffffffffffffff1690600401611206565b60206040518083038185885af1158015610ad2573d5f5f3e3d5ffd5b50505050506040513d601f19601f82011682018060405250810190610af79190610ed8565b5f81815260208190526040902080547fffffffffffffffffffffffff000000000000000000000000000000000000000016331781556001810187905590925060028101610b448382611257565b507fa0faead83d70148ae18b694377f9bef079251342ab90e14af0f9ef68b891269f8333888888604051610b7c959493929190611312565b60405180910390a150509392505050565b5f60208284031215610b9d575f5ffd5b5035919050565b5f5f83601f840112610bb4575f5ffd5b50813567ffffffffffffffff811115610bcb575f5ffd5b602083019150836020828501011115610be2575f5ffd5b9250929050565b5f5f5f60408486031215610bfb575f5ffd5b83359250602084013567ffffffffffffffff811115610c18575f5ffd5b610c2486828701610ba4565b9497909650939450505050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f610c716020830184610c31565b9392505050565b5f5f60408385031215610c89575f5ffd5b82359150602083013567ffffffffffffffff81168114610ca7575f5ffd5b809150509250929050565b6001600160a01b038616815284602082015260a060408201525f610cd960a0830186610c31565b8281036060840152610ceb8186610c31565b91505082151560808301529695505050505050565b634e487b7160e01b5f52604160045260245ffd5b5f5f60408385031215610d25575f5ffd5b82359150602083013567ffffffffffffffff811115610d42575f5ffd5b8301601f81018513610d52575f5ffd5b803567ffffffffffffffff811115610d6c57610d6c610d00565b604051601f8201601f19908116603f0116810167ffffffffffffffff81118282101715610d9b57610d9b610d00565b604052818152828201602001871015610db2575f5ffd5b816020840160208301375f602083830101528093505050509250929050565b5f5f5f5f5f5f60808789031215610de6575f5ffd5b86359550602087013560028110610dfb575f5ffd5b9450604087013567ffffffffffffffff811115610e16575f5ffd5b610e2289828a01610ba4565b909550935050606087013567ffffffffffffffff811115610e41575f5ffd5b610e4d89828a01610ba4565b979a9699509497509295939492505050565b5f5f5f5f5f60608688031215610e73575f5ffd5b85359450602086013567ffffffffffffffff811115610e90575f5ffd5b610e9c88828901610ba4565b909550935050604086013567ffffffffffffffff811115610ebb575f5ffd5b610ec788828901610ba4565b969995985093965092949392505050565b5f60208284031215610ee8575f5ffd5b5051919050565b818382375f9101908152919050565b600181811c90821680610f1257607f821691505b602082108103610f3057634e487b7160e01b5f52602260045260245ffd5b50919050565b5f60208284031215610f46575f5ffd5b81518015158114610c71575f5ffd5b634e487b7160e01b5f52602160045260245ffd5b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b604081525f610fa4604083018688610f69565b8281036020840152610fb7818587610f69565b979650505050505050565b601f821115611014578282111561101457805f5260205f20601f840160051c6020851015610fed57505f5b90810190601f840160051c035f5b81811015611010575f83820155600101610ffb565b5050505b505050565b67ffffffffffffffff83111561103157611031610d00565b6110458361103f8354610efe565b83610fc2565b5f601f841160018114611076575f851561105f5750838201355b5f19600387901b1c1916600186901b1783556110cd565b5f83815260208120601f198716915b828110156110a55786850135825560209485019460019092019101611085565b50868210156110c1575f1960f88860031b161c19848701351681555b505060018560011b0183555b5050505050565b5f5f83546110e181610efe565b6001821680156110f8576001811461110d5761113a565b60ff198316865281151582028601935061113a565b865f5260205f205f5b8381101561113257815488820152600190910190602001611116565b505081860193505b509195945050505050565b87815286602082015260a060408201525f5f875461116281610efe565b8060a0860152600182165f8114611180576001811461119c576111cd565b60ff19831660c087015260c082151560051b87010193506111cd565b8a5f5260205f205f5b838110156111c457815488820160c001526001909101906020016111a5565b870160c0019450505b50505082810360608401526111e3818789610f69565b905082810360808401526111f8818587610f69565b9a9950505050505050505050565b84815260a060208201525f61121e60a0830186610c31565b6001600160a01b039490941660408301525067ffffffffffffffff9190911660608201528082036080909101525f815260200192915050565b815167ffffffffffffffff81111561127157611271610d00565b6112858161127f8454610efe565b84610fc2565b6020601f8211600181146112b7575f83156112a05750848201515b5f19600385901b1c1916600184901b1784556110cd565b5f84815260208120601f198516915b828110156112e657878501518255602094850194600190920191016112c6565b508482101561130357868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b8581526001600160a01b0385166020820152836040820152608060608201525f610fb7608083018486610f6956",
}

// PromptBoard is an auto generated Go binding around an Ethereum contract.
type PromptBoard struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *PromptBoard) GetABI() abi.ABI {
	return c.abi
}

// NewPromptBoard creates a new instance of PromptBoard.
func NewPromptBoard() *PromptBoard {
	parsed, err := PromptBoardMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &PromptBoard{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *PromptBoard) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address aiOracle_) returns()
func (promptBoard *PromptBoard) PackConstructor(aiOracle_ common.Address) []byte {
	enc, err := promptBoard.abi.Pack("", aiOracle_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAiOracle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x31b221cd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function aiOracle() view returns(address)
func (promptBoard *PromptBoard) PackAiOracle() []byte {
	enc, err := promptBoard.abi.Pack("aiOracle")
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
func (promptBoard *PromptBoard) TryPackAiOracle() ([]byte, error) {
	return promptBoard.abi.Pack("aiOracle")
}

// UnpackAiOracle is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x31b221cd.
//
// Solidity: function aiOracle() view returns(address)
func (promptBoard *PromptBoard) UnpackAiOracle(data []byte) (common.Address, error) {
	out, err := promptBoard.abi.Unpack("aiOracle", data)
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
// Solidity: function aiOracleCallback(uint256 requestId, bytes output, bytes callbackData) returns()
func (promptBoard *PromptBoard) PackAiOracleCallback(requestId *big.Int, output []byte, callbackData []byte) []byte {
	enc, err := promptBoard.abi.Pack("aiOracleCallback", requestId, output, callbackData)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAiOracleCallback is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb0347814.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function aiOracleCallback(uint256 requestId, bytes output, bytes callbackData) returns()
func (promptBoard *PromptBoard) TryPackAiOracleCallback(requestId *big.Int, output []byte, callbackData []byte) ([]byte, error) {
	return promptBoard.abi.Pack("aiOracleCallback", requestId, output, callbackData)
}

// PackAiOracleCallbackError is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8e6fd006.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function aiOracleCallbackError(uint256 requestId, uint8 code, bytes message, bytes callbackData) returns()
func (promptBoard *PromptBoard) PackAiOracleCallbackError(requestId *big.Int, code uint8, message []byte, callbackData []byte) []byte {
	enc, err := promptBoard.abi.Pack("aiOracleCallbackError", requestId, code, message, callbackData)
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
func (promptBoard *PromptBoard) TryPackAiOracleCallbackError(requestId *big.Int, code uint8, message []byte, callbackData []byte) ([]byte, error) {
	return promptBoard.abi.Pack("aiOracleCallbackError", requestId, code, message, callbackData)
}

// PackCalculateAIResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfac5d7e1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function calculateAIResult(uint256 modelId, string prompt) payable returns(uint256 requestId)
func (promptBoard *PromptBoard) PackCalculateAIResult(modelId *big.Int, prompt string) []byte {
	enc, err := promptBoard.abi.Pack("calculateAIResult", modelId, prompt)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCalculateAIResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfac5d7e1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function calculateAIResult(uint256 modelId, string prompt) payable returns(uint256 requestId)
func (promptBoard *PromptBoard) TryPackCalculateAIResult(modelId *big.Int, prompt string) ([]byte, error) {
	return promptBoard.abi.Pack("calculateAIResult", modelId, prompt)
}

// UnpackCalculateAIResult is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfac5d7e1.
//
// Solidity: function calculateAIResult(uint256 modelId, string prompt) payable returns(uint256 requestId)
func (promptBoard *PromptBoard) UnpackCalculateAIResult(data []byte) (*big.Int, error) {
	out, err := promptBoard.abi.Unpack("calculateAIResult", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCallbackGasLimit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x20f38718.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function callbackGasLimit(uint256 ) view returns(uint64)
func (promptBoard *PromptBoard) PackCallbackGasLimit(arg0 *big.Int) []byte {
	enc, err := promptBoard.abi.Pack("callbackGasLimit", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCallbackGasLimit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x20f38718.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function callbackGasLimit(uint256 ) view returns(uint64)
func (promptBoard *PromptBoard) TryPackCallbackGasLimit(arg0 *big.Int) ([]byte, error) {
	return promptBoard.abi.Pack("callbackGasLimit", arg0)
}

// UnpackCallbackGasLimit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x20f38718.
//
// Solidity: function callbackGasLimit(uint256 ) view returns(uint64)
func (promptBoard *PromptBoard) UnpackCallbackGasLimit(data []byte) (uint64, error) {
	out, err := promptBoard.abi.Unpack("callbackGasLimit", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackEstimateFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x127e8e4d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function estimateFee(uint256 modelId) view returns(uint256)
func (promptBoard *PromptBoard) PackEstimateFee(modelId *big.Int) []byte {
	enc, err := promptBoard.abi.Pack("estimateFee", modelId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEstimateFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x127e8e4d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function estimateFee(uint256 modelId) view returns(uint256)
func (promptBoard *PromptBoard) TryPackEstimateFee(modelId *big.Int) ([]byte, error) {
	return promptBoard.abi.Pack("estimateFee", modelId)
}

// UnpackEstimateFee is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x127e8e4d.
//
// Solidity: function estimateFee(uint256 modelId) view returns(uint256)
func (promptBoard *PromptBoard) UnpackEstimateFee(data []byte) (*big.Int, error) {
	out, err := promptBoard.abi.Unpack("estimateFee", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetAIResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2c6296b7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getAIResult(uint256 modelId, string prompt) view returns(string)
func (promptBoard *PromptBoard) PackGetAIResult(modelId *big.Int, prompt string) []byte {
	enc, err := promptBoard.abi.Pack("getAIResult", modelId, prompt)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetAIResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2c6296b7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getAIResult(uint256 modelId, string prompt) view returns(string)
func (promptBoard *PromptBoard) TryPackGetAIResult(modelId *big.Int, prompt string) ([]byte, error) {
	return promptBoard.abi.Pack("getAIResult", modelId, prompt)
}

// UnpackGetAIResult is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2c6296b7.
//
// Solidity: function getAIResult(uint256 modelId, string prompt) view returns(string)
func (promptBoard *PromptBoard) UnpackGetAIResult(data []byte) (string, error) {
	out, err := promptBoard.abi.Unpack("getAIResult", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackIsFinalized is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x33727c4d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isFinalized(uint256 requestId) view returns(bool)
func (promptBoard *PromptBoard) PackIsFinalized(requestId *big.Int) []byte {
	enc, err := promptBoard.abi.Pack("isFinalized", requestId)
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
func (promptBoard *PromptBoard) TryPackIsFinalized(requestId *big.Int) ([]byte, error) {
	return promptBoard.abi.Pack("isFinalized", requestId)
}

// UnpackIsFinalized is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x33727c4d.
//
// Solidity: function isFinalized(uint256 requestId) view returns(bool)
func (promptBoard *PromptBoard) UnpackIsFinalized(data []byte) (bool, error) {
	out, err := promptBoard.abi.Unpack("isFinalized", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (promptBoard *PromptBoard) PackOwner() []byte {
	enc, err := promptBoard.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (promptBoard *PromptBoard) TryPackOwner() ([]byte, error) {
	return promptBoard.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (promptBoard *PromptBoard) UnpackOwner(data []byte) (common.Address, error) {
	out, err := promptBoard.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPrompts is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8cbc52d9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function prompts(uint256 , string ) view returns(string)
func (promptBoard *PromptBoard) PackPrompts(arg0 *big.Int, arg1 string) []byte {
	enc, err := promptBoard.abi.Pack("prompts", arg0, arg1)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPrompts is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8cbc52d9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function prompts(uint256 , string ) view returns(string)
func (promptBoard *PromptBoard) TryPackPrompts(arg0 *big.Int, arg1 string) ([]byte, error) {
	return promptBoard.abi.Pack("prompts", arg0, arg1)
}

// UnpackPrompts is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8cbc52d9.
//
// Solidity: function prompts(uint256 , string ) view returns(string)
func (promptBoard *PromptBoard) UnpackPrompts(data []byte) (string, error) {
	out, err := promptBoard.abi.Unpack("prompts", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackRequests is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x81d12c58.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requests(uint256 ) view returns(address sender, uint256 modelId, bytes input, bytes output, bool failed)
func (promptBoard *PromptBoard) PackRequests(arg0 *big.Int) []byte {
	enc, err := promptBoard.abi.Pack("requests", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequests is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x81d12c58.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requests(uint256 ) view returns(address sender, uint256 modelId, bytes input, bytes output, bool failed)
func (promptBoard *PromptBoard) TryPackRequests(arg0 *big.Int) ([]byte, error) {
	return promptBoard.abi.Pack("requests", arg0)
}

// RequestsOutput serves as a container for the return parameters of contract
// method Requests.
type RequestsOutput struct {
	Sender  common.Address
	ModelId *big.Int
	Input   []byte
	Output  []byte
	Failed  bool
}

// UnpackRequests is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x81d12c58.
//
// Solidity: function requests(uint256 ) view returns(address sender, uint256 modelId, bytes input, bytes output, bool failed)
func (promptBoard *PromptBoard) UnpackRequests(data []byte) (RequestsOutput, error) {
	out, err := promptBoard.abi.Unpack("requests", data)
	outstruct := new(RequestsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Sender = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.ModelId = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.Input = *abi.ConvertType(out[2], new([]byte)).(*[]byte)
	outstruct.Output = *abi.ConvertType(out[3], new([]byte)).(*[]byte)
	outstruct.Failed = *abi.ConvertType(out[4], new(bool)).(*bool)
	return *outstruct, nil
}

// PackSetCallbackGasLimit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x813d1e15.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setCallbackGasLimit(uint256 modelId, uint64 gasLimit) returns()
func (promptBoard *PromptBoard) PackSetCallbackGasLimit(modelId *big.Int, gasLimit uint64) []byte {
	enc, err := promptBoard.abi.Pack("setCallbackGasLimit", modelId, gasLimit)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetCallbackGasLimit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x813d1e15.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setCallbackGasLimit(uint256 modelId, uint64 gasLimit) returns()
func (promptBoard *PromptBoard) TryPackSetCallbackGasLimit(modelId *big.Int, gasLimit uint64) ([]byte, error) {
	return promptBoard.abi.Pack("setCallbackGasLimit", modelId, gasLimit)
}

// PromptBoardAICallbackError represents a AICallbackError event raised by the PromptBoard contract.
type PromptBoardAICallbackError struct {
	RequestId    *big.Int
	Code         uint8
	Message      []byte
	CallbackData []byte
	Raw          *types.Log // Blockchain specific contextual infos
}

const PromptBoardAICallbackErrorEventName = "AICallbackError"

// ContractEventName returns the user-defined event name.
func (PromptBoardAICallbackError) ContractEventName() string {
	return PromptBoardAICallbackErrorEventName
}

// UnpackAICallbackErrorEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AICallbackError(uint256 indexed requestId, uint8 indexed code, bytes message, bytes callbackData)
func (promptBoard *PromptBoard) UnpackAICallbackErrorEvent(log *types.Log) (*PromptBoardAICallbackError, error) {
	event := "AICallbackError"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != promptBoard.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PromptBoardAICallbackError)
	if len(log.Data) > 0 {
		if err := promptBoard.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range promptBoard.abi.Events[event].Inputs {
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

// PromptBoardPromptRequest represents a promptRequest event raised by the PromptBoard contract.
type PromptBoardPromptRequest struct {
	RequestId *big.Int
	Sender    common.Address
	ModelId   *big.Int
	Prompt    string
	Raw       *types.Log // Blockchain specific contextual infos
}

const PromptBoardPromptRequestEventName = "promptRequest"

// ContractEventName returns the user-defined event name.
func (PromptBoardPromptRequest) ContractEventName() string {
	return PromptBoardPromptRequestEventName
}

// UnpackPromptRequestEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event promptRequest(uint256 requestId, address sender, uint256 modelId, string prompt)
func (promptBoard *PromptBoard) UnpackPromptRequestEvent(log *types.Log) (*PromptBoardPromptRequest, error) {
	event := "promptRequest"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != promptBoard.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PromptBoardPromptRequest)
	if len(log.Data) > 0 {
		if err := promptBoard.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range promptBoard.abi.Events[event].Inputs {
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

// PromptBoardPromptsUpdated represents a promptsUpdated event raised by the PromptBoard contract.
type PromptBoardPromptsUpdated struct {
	RequestId    *big.Int
	ModelId      *big.Int
	Input        string
	Output       string
	CallbackData []byte
	Raw          *types.Log // Blockchain specific contextual infos
}

const PromptBoardPromptsUpdatedEventName = "promptsUpdated"

// ContractEventName returns the user-defined event name.
func (PromptBoardPromptsUpdated) ContractEventName() string {
	return PromptBoardPromptsUpdatedEventName
}

// UnpackPromptsUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event promptsUpdated(uint256 requestId, uint256 modelId, string input, string output, bytes callbackData)
func (promptBoard *PromptBoard) UnpackPromptsUpdatedEvent(log *types.Log) (*PromptBoardPromptsUpdated, error) {
	event := "promptsUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != promptBoard.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PromptBoardPromptsUpdated)
	if len(log.Data) > 0 {
		if err := promptBoard.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range promptBoard.abi.Events[event].Inputs {
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
func (promptBoard *PromptBoard) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], promptBoard.abi.Errors["OnlyOwner"].ID.Bytes()[:4]) {
		return promptBoard.UnpackOnlyOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], promptBoard.abi.Errors["UnauthorizedCallbackSource"].ID.Bytes()[:4]) {
		return promptBoard.UnpackUnauthorizedCallbackSourceError(raw[4:])
	}
	if bytes.Equal(raw[:4], promptBoard.abi.Errors["UnknownRequest"].ID.Bytes()[:4]) {
		return promptBoard.UnpackUnknownRequestError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// PromptBoardOnlyOwner represents a OnlyOwner error raised by the PromptBoard contract.
type PromptBoardOnlyOwner struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OnlyOwner(address caller)
func PromptBoardOnlyOwnerErrorID() common.Hash {
	return common.HexToHash("0x0a86c02ac610fb23f42673818e2633fb2c60a86b7fe508c07305449f01b527ed")
}

// UnpackOnlyOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OnlyOwner(address caller)
func (promptBoard *PromptBoard) UnpackOnlyOwnerError(raw []byte) (*PromptBoardOnlyOwner, error) {
	out := new(PromptBoardOnlyOwner)
	if err := promptBoard.abi.UnpackIntoInterface(out, "OnlyOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PromptBoardUnauthorizedCallbackSource represents a UnauthorizedCallbackSource error raised by the PromptBoard contract.
type PromptBoardUnauthorizedCallbackSource struct {
	Expected common.Address
	Found    common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnauthorizedCallbackSource(address expected, address found)
func PromptBoardUnauthorizedCallbackSourceErrorID() common.Hash {
	return common.HexToHash("0x865c066edb0d38a3e6ab234474b34a33cb3aa9142277c9ec6736c604ac3f0219")
}

// UnpackUnauthorizedCallbackSourceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnauthorizedCallbackSource(address expected, address found)
func (promptBoard *PromptBoard) UnpackUnauthorizedCallbackSourceError(raw []byte) (*PromptBoardUnauthorizedCallbackSource, error) {
	out := new(PromptBoardUnauthorizedCallbackSource)
	if err := promptBoard.abi.UnpackIntoInterface(out, "UnauthorizedCallbackSource", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PromptBoardUnknownRequest represents a UnknownRequest error raised by the PromptBoard contract.
type PromptBoardUnknownRequest struct {
	RequestId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownRequest(uint256 requestId)
func PromptBoardUnknownRequestErrorID() common.Hash {
	return common.HexToHash("0x1f79bbe7615659139997ff125b66c4ba38cac7dfa6b433c10ed50c7d053634ff")
}

// UnpackUnknownRequestError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownRequest(uint256 requestId)
func (promptBoard *PromptBoard) UnpackUnknownRequestError(raw []byte) (*PromptBoardUnknownRequest, error) {
	out := new(PromptBoardUnknownRequest)
	if err := promptBoard.abi.UnpackIntoInterface(out, "UnknownRequest", raw); err != nil {
		return nil, err
	}
	return out, nil
}
