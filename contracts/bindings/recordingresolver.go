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

// RecordingResolverMetaData contains all meta data concerning the RecordingResolver contract.
var RecordingResolverMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractDisputeGame\",\"name\":\"game_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"NotTheGame\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"game\",\"outputs\":[{\"internalType\":\"contractDisputeGame\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"asserter\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"asserterClaim\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"challengerClaim\",\"type\":\"bytes32\"}],\"name\":\"openAgain\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"asserter\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"startState\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"asserterClaim\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"challengerClaim\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"steps\",\"type\":\"uint64\"}],\"name\":\"openAsOracle\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"asserter\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"startState\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"claimedEnd\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"steps\",\"type\":\"uint64\"}],\"name\":\"openVM\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"reports\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"winner_\",\"type\":\"address\"}],\"name\":\"resolved\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"winner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "RecordingResolver",
	Bin: "0x60a060405234801561000f575f5ffd5b5060405161076c38038061076c83398101604081905261002e9161003f565b6001600160a01b031660805261006c565b5f6020828403121561004f575f5ffd5b81516001600160a01b0381168114610065575f5ffd5b9392505050565b6080516106c56100a75f395f8181610124015281816101700152818161029001528181610345015281816103a8015261044c01526106c55ff3fe608060405234801561000f575f5ffd5b506004361061007a575f3560e01c806388017aca1161005857806388017aca146100f95780639470cba71461010c578063c3fe3e281461011f578063c942adf714610146575f5ffd5b80631cbeae5e1461007e578063225ed73e146100c35780632360c729146100d8575b5f5ffd5b6100a661008c3660046104c4565b5f602081905290815260409020546001600160a01b031681565b6040516001600160a01b0390911681526020015b60405180910390f35b6100d66100d13660046104f6565b610165565b005b6100eb6100e6366004610537565b610228565b6040519081526020016100ba565b6100eb61010736600461058a565b610307565b6100eb61011a3660046105d4565b610376565b6100a67f000000000000000000000000000000000000000000000000000000000000000081565b6100eb6101543660046104c4565b60016020525f908152604090205481565b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146101cd576040517fd83a2e8100000000000000000000000000000000000000000000000000000000815233600482015260240160405180910390fd5b5f8281526020818152604080832080547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b0386161790556001909152812080549161021f83610639565b91905055505050565b6040517fed8237b10000000000000000000000000000000000000000000000000000000081525f600482018190526001600160a01b0387811660248401528681166044840152606483018690526084830185905267ffffffffffffffff841660a484015290917f00000000000000000000000000000000000000000000000000000000000000009091169063ed8237b19060c4015b6020604051808303815f875af11580156102d9573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906102fd919061065d565b9695505050505050565b6040516326a1300360e01b8152600481018690526001600160a01b038581166024830152848116604483015260648201849052608482018390525f917f0000000000000000000000000000000000000000000000000000000000000000909116906326a130039060a4016102bd565b6040517fd5319a2c0000000000000000000000000000000000000000000000000000000081525f906001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063d5319a2c906103e5908b9085908a9088908390600401610674565b5f604051808303815f87803b1580156103fc575f5ffd5b505af115801561040e573d5f5f3e3d5ffd5b50506040516326a1300360e01b8152600481018b90526001600160a01b038a81166024830152898116604483015260648201889052608482018790527f00000000000000000000000000000000000000000000000000000000000000001692506326a13003915060a4016020604051808303815f875af1158015610494573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906104b8919061065d565b98975050505050505050565b5f602082840312156104d4575f5ffd5b5035919050565b80356001600160a01b03811681146104f1575f5ffd5b919050565b5f5f60408385031215610507575f5ffd5b82359150610517602084016104db565b90509250929050565b803567ffffffffffffffff811681146104f1575f5ffd5b5f5f5f5f5f60a0868803121561054b575f5ffd5b610554866104db565b9450610562602087016104db565b9350604086013592506060860135915061057e60808701610520565b90509295509295909350565b5f5f5f5f5f60a0868803121561059e575f5ffd5b853594506105ae602087016104db565b93506105bc604087016104db565b94979396509394606081013594506080013592915050565b5f5f5f5f5f5f5f60e0888a0312156105ea575f5ffd5b873596506105fa602089016104db565b9550610608604089016104db565b9450606088013593506080880135925060a0880135915061062b60c08901610520565b905092959891949750929550565b5f6001820161065657634e487b7160e01b5f52601160045260245ffd5b5060010190565b5f6020828403121561066d575f5ffd5b5051919050565b858152602081018590526040810184905267ffffffffffffffff8316606082015260a08101600383106106b557634e487b7160e01b5f52602160045260245ffd5b826080830152969550505050505056",
}

// RecordingResolver is an auto generated Go binding around an Ethereum contract.
type RecordingResolver struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *RecordingResolver) GetABI() abi.ABI {
	return c.abi
}

// NewRecordingResolver creates a new instance of RecordingResolver.
func NewRecordingResolver() *RecordingResolver {
	parsed, err := RecordingResolverMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &RecordingResolver{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *RecordingResolver) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address game_) returns()
func (recordingResolver *RecordingResolver) PackConstructor(game_ common.Address) []byte {
	enc, err := recordingResolver.abi.Pack("", game_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackGame is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc3fe3e28.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function game() view returns(address)
func (recordingResolver *RecordingResolver) PackGame() []byte {
	enc, err := recordingResolver.abi.Pack("game")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGame is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc3fe3e28.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function game() view returns(address)
func (recordingResolver *RecordingResolver) TryPackGame() ([]byte, error) {
	return recordingResolver.abi.Pack("game")
}

// UnpackGame is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc3fe3e28.
//
// Solidity: function game() view returns(address)
func (recordingResolver *RecordingResolver) UnpackGame(data []byte) (common.Address, error) {
	out, err := recordingResolver.abi.Unpack("game", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackOpenAgain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x88017aca.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function openAgain(uint256 requestId, address asserter, address challenger, bytes32 asserterClaim, bytes32 challengerClaim) returns(uint256)
func (recordingResolver *RecordingResolver) PackOpenAgain(requestId *big.Int, asserter common.Address, challenger common.Address, asserterClaim [32]byte, challengerClaim [32]byte) []byte {
	enc, err := recordingResolver.abi.Pack("openAgain", requestId, asserter, challenger, asserterClaim, challengerClaim)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOpenAgain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x88017aca.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function openAgain(uint256 requestId, address asserter, address challenger, bytes32 asserterClaim, bytes32 challengerClaim) returns(uint256)
func (recordingResolver *RecordingResolver) TryPackOpenAgain(requestId *big.Int, asserter common.Address, challenger common.Address, asserterClaim [32]byte, challengerClaim [32]byte) ([]byte, error) {
	return recordingResolver.abi.Pack("openAgain", requestId, asserter, challenger, asserterClaim, challengerClaim)
}

// UnpackOpenAgain is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x88017aca.
//
// Solidity: function openAgain(uint256 requestId, address asserter, address challenger, bytes32 asserterClaim, bytes32 challengerClaim) returns(uint256)
func (recordingResolver *RecordingResolver) UnpackOpenAgain(data []byte) (*big.Int, error) {
	out, err := recordingResolver.abi.Unpack("openAgain", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOpenAsOracle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9470cba7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function openAsOracle(uint256 requestId, address asserter, address challenger, bytes32 startState, bytes32 asserterClaim, bytes32 challengerClaim, uint64 steps) returns(uint256)
func (recordingResolver *RecordingResolver) PackOpenAsOracle(requestId *big.Int, asserter common.Address, challenger common.Address, startState [32]byte, asserterClaim [32]byte, challengerClaim [32]byte, steps uint64) []byte {
	enc, err := recordingResolver.abi.Pack("openAsOracle", requestId, asserter, challenger, startState, asserterClaim, challengerClaim, steps)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOpenAsOracle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9470cba7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function openAsOracle(uint256 requestId, address asserter, address challenger, bytes32 startState, bytes32 asserterClaim, bytes32 challengerClaim, uint64 steps) returns(uint256)
func (recordingResolver *RecordingResolver) TryPackOpenAsOracle(requestId *big.Int, asserter common.Address, challenger common.Address, startState [32]byte, asserterClaim [32]byte, challengerClaim [32]byte, steps uint64) ([]byte, error) {
	return recordingResolver.abi.Pack("openAsOracle", requestId, asserter, challenger, startState, asserterClaim, challengerClaim, steps)
}

// UnpackOpenAsOracle is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9470cba7.
//
// Solidity: function openAsOracle(uint256 requestId, address asserter, address challenger, bytes32 startState, bytes32 asserterClaim, bytes32 challengerClaim, uint64 steps) returns(uint256)
func (recordingResolver *RecordingResolver) UnpackOpenAsOracle(data []byte) (*big.Int, error) {
	out, err := recordingResolver.abi.Unpack("openAsOracle", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOpenVM is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2360c729.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function openVM(address asserter, address challenger, bytes32 startState, bytes32 claimedEnd, uint64 steps) returns(uint256)
func (recordingResolver *RecordingResolver) PackOpenVM(asserter common.Address, challenger common.Address, startState [32]byte, claimedEnd [32]byte, steps uint64) []byte {
	enc, err := recordingResolver.abi.Pack("openVM", asserter, challenger, startState, claimedEnd, steps)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOpenVM is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2360c729.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function openVM(address asserter, address challenger, bytes32 startState, bytes32 claimedEnd, uint64 steps) returns(uint256)
func (recordingResolver *RecordingResolver) TryPackOpenVM(asserter common.Address, challenger common.Address, startState [32]byte, claimedEnd [32]byte, steps uint64) ([]byte, error) {
	return recordingResolver.abi.Pack("openVM", asserter, challenger, startState, claimedEnd, steps)
}

// UnpackOpenVM is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2360c729.
//
// Solidity: function openVM(address asserter, address challenger, bytes32 startState, bytes32 claimedEnd, uint64 steps) returns(uint256)
func (recordingResolver *RecordingResolver) UnpackOpenVM(data []byte) (*big.Int, error) {
	out, err := recordingResolver.abi.Unpack("openVM", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackReports is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc942adf7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reports(uint256 ) view returns(uint256)
func (recordingResolver *RecordingResolver) PackReports(arg0 *big.Int) []byte {
	enc, err := recordingResolver.abi.Pack("reports", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReports is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc942adf7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reports(uint256 ) view returns(uint256)
func (recordingResolver *RecordingResolver) TryPackReports(arg0 *big.Int) ([]byte, error) {
	return recordingResolver.abi.Pack("reports", arg0)
}

// UnpackReports is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc942adf7.
//
// Solidity: function reports(uint256 ) view returns(uint256)
func (recordingResolver *RecordingResolver) UnpackReports(data []byte) (*big.Int, error) {
	out, err := recordingResolver.abi.Unpack("reports", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackResolved is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x225ed73e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function resolved(uint256 gameId, address winner_) returns()
func (recordingResolver *RecordingResolver) PackResolved(gameId *big.Int, winner common.Address) []byte {
	enc, err := recordingResolver.abi.Pack("resolved", gameId, winner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackResolved is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x225ed73e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function resolved(uint256 gameId, address winner_) returns()
func (recordingResolver *RecordingResolver) TryPackResolved(gameId *big.Int, winner common.Address) ([]byte, error) {
	return recordingResolver.abi.Pack("resolved", gameId, winner)
}

// PackWinner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1cbeae5e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function winner(uint256 ) view returns(address)
func (recordingResolver *RecordingResolver) PackWinner(arg0 *big.Int) []byte {
	enc, err := recordingResolver.abi.Pack("winner", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWinner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1cbeae5e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function winner(uint256 ) view returns(address)
func (recordingResolver *RecordingResolver) TryPackWinner(arg0 *big.Int) ([]byte, error) {
	return recordingResolver.abi.Pack("winner", arg0)
}

// UnpackWinner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1cbeae5e.
//
// Solidity: function winner(uint256 ) view returns(address)
func (recordingResolver *RecordingResolver) UnpackWinner(data []byte) (common.Address, error) {
	out, err := recordingResolver.abi.Unpack("winner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (recordingResolver *RecordingResolver) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], recordingResolver.abi.Errors["NotTheGame"].ID.Bytes()[:4]) {
		return recordingResolver.UnpackNotTheGameError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// RecordingResolverNotTheGame represents a NotTheGame error raised by the RecordingResolver contract.
type RecordingResolverNotTheGame struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotTheGame(address sender)
func RecordingResolverNotTheGameErrorID() common.Hash {
	return common.HexToHash("0xd83a2e819d2df0889efad5fc130e48e1dbe9921e256d2e2f3a4bd4256dcfa673")
}

// UnpackNotTheGameError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotTheGame(address sender)
func (recordingResolver *RecordingResolver) UnpackNotTheGameError(raw []byte) (*RecordingResolverNotTheGame, error) {
	out := new(RecordingResolverNotTheGame)
	if err := recordingResolver.abi.UnpackIntoInterface(out, "NotTheGame", raw); err != nil {
		return nil, err
	}
	return out, nil
}
