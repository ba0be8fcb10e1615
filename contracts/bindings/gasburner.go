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

// GasBurnerMetaData contains all meta data concerning the GasBurner contract.
var GasBurnerMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIAIOracle\",\"name\":\"oracle_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"spare_\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"Paused\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"contractIAIOracle\",\"name\":\"expected\",\"type\":\"address\"},{\"internalType\":\"contractIAIOracle\",\"name\":\"found\",\"type\":\"address\"}],\"name\":\"UnauthorizedCallbackSource\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"enumAIOracleCallbackReceiver.AIOracleError\",\"name\":\"code\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"message\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"callbackData\",\"type\":\"bytes\"}],\"name\":\"AICallbackError\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"aiOracle\",\"outputs\":[{\"internalType\":\"contractIAIOracle\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"aiOracleCallback\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"enumAIOracleCallbackReceiver.AIOracleError\",\"name\":\"code\",\"type\":\"uint8\"},{\"internalType\":\"bytes\",\"name\":\"message\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"callbackData\",\"type\":\"bytes\"}],\"name\":\"aiOracleCallbackError\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"input\",\"type\":\"bytes\"},{\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"}],\"name\":\"ask\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"done\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"gasAtEntry\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"isFinalized\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"outputLength\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bool\",\"name\":\"p\",\"type\":\"bool\"}],\"name\":\"setPaused\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"spare\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "GasBurner",
	Bin: "0x60c060405234801561000f575f5ffd5b506040516109f13803806109f183398101604081905261002e91610044565b6001600160a01b0390911660805260a05261007b565b5f5f60408385031215610055575f5ffd5b82516001600160a01b038116811461006b575f5ffd5b6020939093015192949293505050565b60805160a0516109246100cd5f395f8181610277015261059501525f81816101220152818161029c0152818161036a015281816103ec01528181610428015281816104c301526104ff01526109245ff3fe6080604052600436106100b8575f3560e01c80635c975abb11610071578063b03478141161004c578063b03478141461021c578063cef0bcd91461023b578063d05a2a2114610266575f5ffd5b80635c975abb146101b95780636618ea46146101d25780638e6fd006146101fd575f5ffd5b806331b221cd116100a157806331b221cd1461011157806333727c4d1461015c57806358a743c71461018b575f5ffd5b806316c38b3c146100bc57806329f4592a146100eb575b5f5ffd5b3480156100c7575f5ffd5b506100e96100d6366004610627565b6003805460ff1916911515919091179055565b005b6100fe6100f936600461068e565b610299565b6040519081526020015b60405180910390f35b34801561011c575f5ffd5b506101447f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610108565b348015610167575f5ffd5b5061017b6101763660046106f5565b610339565b6040519015158152602001610108565b348015610196575f5ffd5b5061017b6101a53660046106f5565b60026020525f908152604090205460ff1681565b3480156101c4575f5ffd5b5060035461017b9060ff1681565b3480156101dd575f5ffd5b506100fe6101ec3660046106f5565b60016020525f908152604090205481565b348015610208575f5ffd5b506100e961021736600461070c565b6103e1565b348015610227575f5ffd5b506100e961023636600461079a565b6104b8565b348015610246575f5ffd5b506100fe6102553660046106f5565b5f6020819052908152604090205481565b348015610271575f5ffd5b506100fe7f000000000000000000000000000000000000000000000000000000000000000081565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316635b9538063487878730886040518763ffffffff1660e01b81526004016102ef95949392919061083b565b60206040518083038185885af115801561030b573d5f5f3e3d5ffd5b50505050506040513d601f19601f82011682018060405250810190610330919061088e565b95945050505050565b6040517f33727c4d000000000000000000000000000000000000000000000000000000008152600481018290525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906333727c4d90602401602060405180830381865afa1580156103b7573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906103db91906108a5565b92915050565b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146104605760405163432e033760e11b81526001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001660048201523360248201526044015b60405180910390fd5b846001811115610472576104726108c0565b867fbe2594e1da9c55cfaa6a9acbe56ca65088194667821fa75e20648b6d25032dcb868686866040516104a894939291906108d4565b60405180910390a3505050505050565b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146105325760405163432e033760e11b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000166004820152336024820152604401610457565b5f5a60035490915060ff1615610574576040517f9e87fac800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f86815260208181526040808320849055600190915290208490555b6105bc7f000000000000000000000000000000000000000000000000000000000000000061c350610905565b5a11156105f8576004546040516020016105d891815260200190565b60408051601f198184030181529190528051602090910120600455610590565b5050505f9283525050600260205260409020805460ff19166001179055565b8015158114610624575f5ffd5b50565b5f60208284031215610637575f5ffd5b813561064281610617565b9392505050565b5f5f83601f840112610659575f5ffd5b50813567ffffffffffffffff811115610670575f5ffd5b602083019150836020828501011115610687575f5ffd5b9250929050565b5f5f5f5f606085870312156106a1575f5ffd5b84359350602085013567ffffffffffffffff8111156106be575f5ffd5b6106ca87828801610649565b909450925050604085013567ffffffffffffffff811681146106ea575f5ffd5b939692955090935050565b5f60208284031215610705575f5ffd5b5035919050565b5f5f5f5f5f5f60808789031215610721575f5ffd5b86359550602087013560028110610736575f5ffd5b9450604087013567ffffffffffffffff811115610751575f5ffd5b61075d89828a01610649565b909550935050606087013567ffffffffffffffff81111561077c575f5ffd5b61078889828a01610649565b979a9699509497509295939492505050565b5f5f5f5f5f606086880312156107ae575f5ffd5b85359450602086013567ffffffffffffffff8111156107cb575f5ffd5b6107d788828901610649565b909550935050604086013567ffffffffffffffff8111156107f6575f5ffd5b61080288828901610649565b969995985093965092949392505050565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b85815260a060208201525f61085460a083018688610813565b6001600160a01b039490941660408301525067ffffffffffffffff9190911660608201528082036080909101525f81526020019392505050565b5f6020828403121561089e575f5ffd5b5051919050565b5f602082840312156108b5575f5ffd5b815161064281610617565b634e487b7160e01b5f52602160045260245ffd5b604081525f6108e7604083018688610813565b82810360208401526108fa818587610813565b979650505050505050565b808201808211156103db57634e487b7160e01b5f52601160045260245ffd",
}

// GasBurner is an auto generated Go binding around an Ethereum contract.
type GasBurner struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *GasBurner) GetABI() abi.ABI {
	return c.abi
}

// NewGasBurner creates a new instance of GasBurner.
func NewGasBurner() *GasBurner {
	parsed, err := GasBurnerMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &GasBurner{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *GasBurner) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address oracle_, uint256 spare_) returns()
func (gasBurner *GasBurner) PackConstructor(oracle_ common.Address, spare_ *big.Int) []byte {
	enc, err := gasBurner.abi.Pack("", oracle_, spare_)
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
func (gasBurner *GasBurner) PackAiOracle() []byte {
	enc, err := gasBurner.abi.Pack("aiOracle")
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
func (gasBurner *GasBurner) TryPackAiOracle() ([]byte, error) {
	return gasBurner.abi.Pack("aiOracle")
}

// UnpackAiOracle is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x31b221cd.
//
// Solidity: function aiOracle() view returns(address)
func (gasBurner *GasBurner) UnpackAiOracle(data []byte) (common.Address, error) {
	out, err := gasBurner.abi.Unpack("aiOracle", data)
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
func (gasBurner *GasBurner) PackAiOracleCallback(requestId *big.Int, output []byte, arg2 []byte) []byte {
	enc, err := gasBurner.abi.Pack("aiOracleCallback", requestId, output, arg2)
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
func (gasBurner *GasBurner) TryPackAiOracleCallback(requestId *big.Int, output []byte, arg2 []byte) ([]byte, error) {
	return gasBurner.abi.Pack("aiOracleCallback", requestId, output, arg2)
}

// PackAiOracleCallbackError is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8e6fd006.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function aiOracleCallbackError(uint256 requestId, uint8 code, bytes message, bytes callbackData) returns()
func (gasBurner *GasBurner) PackAiOracleCallbackError(requestId *big.Int, code uint8, message []byte, callbackData []byte) []byte {
	enc, err := gasBurner.abi.Pack("aiOracleCallbackError", requestId, code, message, callbackData)
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
func (gasBurner *GasBurner) TryPackAiOracleCallbackError(requestId *big.Int, code uint8, message []byte, callbackData []byte) ([]byte, error) {
	return gasBurner.abi.Pack("aiOracleCallbackError", requestId, code, message, callbackData)
}

// PackAsk is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x29f4592a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ask(uint256 modelId, bytes input, uint64 gasLimit) payable returns(uint256)
func (gasBurner *GasBurner) PackAsk(modelId *big.Int, input []byte, gasLimit uint64) []byte {
	enc, err := gasBurner.abi.Pack("ask", modelId, input, gasLimit)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAsk is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x29f4592a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ask(uint256 modelId, bytes input, uint64 gasLimit) payable returns(uint256)
func (gasBurner *GasBurner) TryPackAsk(modelId *big.Int, input []byte, gasLimit uint64) ([]byte, error) {
	return gasBurner.abi.Pack("ask", modelId, input, gasLimit)
}

// UnpackAsk is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x29f4592a.
//
// Solidity: function ask(uint256 modelId, bytes input, uint64 gasLimit) payable returns(uint256)
func (gasBurner *GasBurner) UnpackAsk(data []byte) (*big.Int, error) {
	out, err := gasBurner.abi.Unpack("ask", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDone is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x58a743c7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function done(uint256 ) view returns(bool)
func (gasBurner *GasBurner) PackDone(arg0 *big.Int) []byte {
	enc, err := gasBurner.abi.Pack("done", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDone is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x58a743c7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function done(uint256 ) view returns(bool)
func (gasBurner *GasBurner) TryPackDone(arg0 *big.Int) ([]byte, error) {
	return gasBurner.abi.Pack("done", arg0)
}

// UnpackDone is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x58a743c7.
//
// Solidity: function done(uint256 ) view returns(bool)
func (gasBurner *GasBurner) UnpackDone(data []byte) (bool, error) {
	out, err := gasBurner.abi.Unpack("done", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackGasAtEntry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcef0bcd9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function gasAtEntry(uint256 ) view returns(uint256)
func (gasBurner *GasBurner) PackGasAtEntry(arg0 *big.Int) []byte {
	enc, err := gasBurner.abi.Pack("gasAtEntry", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGasAtEntry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcef0bcd9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function gasAtEntry(uint256 ) view returns(uint256)
func (gasBurner *GasBurner) TryPackGasAtEntry(arg0 *big.Int) ([]byte, error) {
	return gasBurner.abi.Pack("gasAtEntry", arg0)
}

// UnpackGasAtEntry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcef0bcd9.
//
// Solidity: function gasAtEntry(uint256 ) view returns(uint256)
func (gasBurner *GasBurner) UnpackGasAtEntry(data []byte) (*big.Int, error) {
	out, err := gasBurner.abi.Unpack("gasAtEntry", data)
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
func (gasBurner *GasBurner) PackIsFinalized(requestId *big.Int) []byte {
	enc, err := gasBurner.abi.Pack("isFinalized", requestId)
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
func (gasBurner *GasBurner) TryPackIsFinalized(requestId *big.Int) ([]byte, error) {
	return gasBurner.abi.Pack("isFinalized", requestId)
}

// UnpackIsFinalized is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x33727c4d.
//
// Solidity: function isFinalized(uint256 requestId) view returns(bool)
func (gasBurner *GasBurner) UnpackIsFinalized(data []byte) (bool, error) {
	out, err := gasBurner.abi.Unpack("isFinalized", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackOutputLength is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6618ea46.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function outputLength(uint256 ) view returns(uint256)
func (gasBurner *GasBurner) PackOutputLength(arg0 *big.Int) []byte {
	enc, err := gasBurner.abi.Pack("outputLength", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOutputLength is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6618ea46.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function outputLength(uint256 ) view returns(uint256)
func (gasBurner *GasBurner) TryPackOutputLength(arg0 *big.Int) ([]byte, error) {
	return gasBurner.abi.Pack("outputLength", arg0)
}

// UnpackOutputLength is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6618ea46.
//
// Solidity: function outputLength(uint256 ) view returns(uint256)
func (gasBurner *GasBurner) UnpackOutputLength(data []byte) (*big.Int, error) {
	out, err := gasBurner.abi.Unpack("outputLength", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function paused() view returns(bool)
func (gasBurner *GasBurner) PackPaused() []byte {
	enc, err := gasBurner.abi.Pack("paused")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function paused() view returns(bool)
func (gasBurner *GasBurner) TryPackPaused() ([]byte, error) {
	return gasBurner.abi.Pack("paused")
}

// UnpackPaused is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (gasBurner *GasBurner) UnpackPaused(data []byte) (bool, error) {
	out, err := gasBurner.abi.Unpack("paused", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackSetPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x16c38b3c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setPaused(bool p) returns()
func (gasBurner *GasBurner) PackSetPaused(p bool) []byte {
	enc, err := gasBurner.abi.Pack("setPaused", p)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x16c38b3c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setPaused(bool p) returns()
func (gasBurner *GasBurner) TryPackSetPaused(p bool) ([]byte, error) {
	return gasBurner.abi.Pack("setPaused", p)
}

// PackSpare is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd05a2a21.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function spare() view returns(uint256)
func (gasBurner *GasBurner) PackSpare() []byte {
	enc, err := gasBurner.abi.Pack("spare")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSpare is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd05a2a21.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function spare() view returns(uint256)
func (gasBurner *GasBurner) TryPackSpare() ([]byte, error) {
	return gasBurner.abi.Pack("spare")
}

// UnpackSpare is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd05a2a21.
//
// Solidity: function spare() view returns(uint256)
func (gasBurner *GasBurner) UnpackSpare(data []byte) (*big.Int, error) {
	out, err := gasBurner.abi.Unpack("spare", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// GasBurnerAICallbackError represents a AICallbackError event raised by the GasBurner contract.
type GasBurnerAICallbackError struct {
	RequestId    *big.Int
	Code         uint8
	Message      []byte
	CallbackData []byte
	Raw          *types.Log // Blockchain specific contextual infos
}

const GasBurnerAICallbackErrorEventName = "AICallbackError"

// ContractEventName returns the user-defined event name.
func (GasBurnerAICallbackError) ContractEventName() string {
	return GasBurnerAICallbackErrorEventName
}

// UnpackAICallbackErrorEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AICallbackError(uint256 indexed requestId, uint8 indexed code, bytes message, bytes callbackData)
func (gasBurner *GasBurner) UnpackAICallbackErrorEvent(log *types.Log) (*GasBurnerAICallbackError, error) {
	event := "AICallbackError"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != gasBurner.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GasBurnerAICallbackError)
	if len(log.Data) > 0 {
		if err := gasBurner.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range gasBurner.abi.Events[event].Inputs {
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
func (gasBurner *GasBurner) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], gasBurner.abi.Errors["Paused"].ID.Bytes()[:4]) {
		return gasBurner.UnpackPausedError(raw[4:])
	}
	if bytes.Equal(raw[:4], gasBurner.abi.Errors["UnauthorizedCallbackSource"].ID.Bytes()[:4]) {
		return gasBurner.UnpackUnauthorizedCallbackSourceError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// GasBurnerPaused represents a Paused error raised by the GasBurner contract.
type GasBurnerPaused struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Paused()
func GasBurnerPausedErrorID() common.Hash {
	return common.HexToHash("0x9e87fac88ff661f02d44f95383c817fece4bce600a3dab7a54406878b965e752")
}

// UnpackPausedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Paused()
func (gasBurner *GasBurner) UnpackPausedError(raw []byte) (*GasBurnerPaused, error) {
	out := new(GasBurnerPaused)
	if err := gasBurner.abi.UnpackIntoInterface(out, "Paused", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GasBurnerUnauthorizedCallbackSource represents a UnauthorizedCallbackSource error raised by the GasBurner contract.
type GasBurnerUnauthorizedCallbackSource struct {
	Expected common.Address
	Found    common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnauthorizedCallbackSource(address expected, address found)
func GasBurnerUnauthorizedCallbackSourceErrorID() common.Hash {
	return common.HexToHash("0x865c066edb0d38a3e6ab234474b34a33cb3aa9142277c9ec6736c604ac3f0219")
}

// UnpackUnauthorizedCallbackSourceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnauthorizedCallbackSource(address expected, address found)
func (gasBurner *GasBurner) UnpackUnauthorizedCallbackSourceError(raw []byte) (*GasBurnerUnauthorizedCallbackSource, error) {
	out := new(GasBurnerUnauthorizedCallbackSource)
	if err := gasBurner.abi.UnpackIntoInterface(out, "UnauthorizedCallbackSource", raw); err != nil {
		return nil, err
	}
	return out, nil
}
