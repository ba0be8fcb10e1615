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

// FakeGameMetaData contains all meta data concerning the FakeGame contract.
var FakeGameMetaData = bind.MetaData{
	ABI: "[{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"asserter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"}],\"name\":\"Opened_\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"clock\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"winner\",\"type\":\"address\"}],\"name\":\"decide\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"fakeOpened\",\"outputs\":[{\"internalType\":\"contractIDisputeResolver\",\"name\":\"resolver\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"asserter\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"asserterClaim\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"challengerClaim\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"fakeStarts\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"state\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"steps\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"gameCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"asserter\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"asserterClaim\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"challengerClaim\",\"type\":\"bytes32\"}],\"name\":\"open\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"startState\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"steps\",\"type\":\"uint64\"},{\"internalType\":\"enumIDisputeGame.LevelKind\",\"name\":\"\",\"type\":\"uint8\"}],\"name\":\"setStart\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "FakeGame",
	Bin: "0x6080604052348015600e575f5ffd5b5061053f8061001c5f395ff3fe608060405234801561000f575f5ffd5b506004361061007a575f3560e01c8063693b4da811610058578063693b4da8146100c157806391ddadf41461011a578063d5319a2c1461013c578063d666a904146101a2575f5ffd5b806326a130031461007e578063355ab2e1146100a45780634d1975b4146100b9575b5f5ffd5b61009161008c3660046103ee565b610237565b6040519081526020015b60405180910390f35b6100b76100b2366004610438565b610349565b005b6100915f5481565b6100fc6100cf366004610462565b600260209081525f92835260408084209091529082529020805460019091015467ffffffffffffffff1682565b6040805192835267ffffffffffffffff90911660208301520161009b565b61012361012c81565b60405167ffffffffffffffff909116815260200161009b565b6100b761014a36600461048a565b5060408051808201825292835267ffffffffffffffff9182166020808501918252335f9081526002825283812097815296905294209151825592516001909101805467ffffffffffffffff1916919093161790915550565b6101f56101b03660046104eb565b600160208190525f91825260409091208054918101546002820154600383015460048401546005909401546001600160a01b0395861695939492841693909116919086565b604080516001600160a01b03978816815260208101969096529386169385019390935293166060830152608082019290925260a081019190915260c00161009b565b5f5f5f815461024590610502565b91829055506040805160c08101825233815260208082018a81526001600160a01b038a81168486018181528b831660608701818152608088018d815260a089018d81525f8c81526001808b52908c90209a518b547fffffffffffffffffffffffff0000000000000000000000000000000000000000908116918a16919091178c559851908b0155935160028a01805489169188169190911790559051600389018054909716951694909417909455915160048601559051600590940193909355835192835290820152919250879183917f0a82ce897695f936c2df94337a534a89ee38ed7fa9e6cbe5eee9fd015667e85f910160405180910390a395945050505050565b5f82815260016020526040908190205490517f225ed73e000000000000000000000000000000000000000000000000000000008152600481018490526001600160a01b0383811660248301529091169063225ed73e906044015f604051808303815f87803b1580156103b9575f5ffd5b505af11580156103cb573d5f5f3e3d5ffd5b505050505050565b80356001600160a01b03811681146103e9575f5ffd5b919050565b5f5f5f5f5f60a08688031215610402575f5ffd5b85359450610412602087016103d3565b9350610420604087016103d3565b94979396509394606081013594506080013592915050565b5f5f60408385031215610449575f5ffd5b82359150610459602084016103d3565b90509250929050565b5f5f60408385031215610473575f5ffd5b61047c836103d3565b946020939093013593505050565b5f5f5f5f5f60a0868803121561049e575f5ffd5b853594506020860135935060408601359250606086013567ffffffffffffffff811681146104ca575f5ffd5b91506080860135600381106104dd575f5ffd5b809150509295509295909350565b5f602082840312156104fb575f5ffd5b5035919050565b5f60018201610538577f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b506001019056",
}

// FakeGame is an auto generated Go binding around an Ethereum contract.
type FakeGame struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *FakeGame) GetABI() abi.ABI {
	return c.abi
}

// NewFakeGame creates a new instance of FakeGame.
func NewFakeGame() *FakeGame {
	parsed, err := FakeGameMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &FakeGame{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *FakeGame) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackClock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91ddadf4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function clock() view returns(uint64)
func (fakeGame *FakeGame) PackClock() []byte {
	enc, err := fakeGame.abi.Pack("clock")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91ddadf4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function clock() view returns(uint64)
func (fakeGame *FakeGame) TryPackClock() ([]byte, error) {
	return fakeGame.abi.Pack("clock")
}

// UnpackClock is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91ddadf4.
//
// Solidity: function clock() view returns(uint64)
func (fakeGame *FakeGame) UnpackClock(data []byte) (uint64, error) {
	out, err := fakeGame.abi.Unpack("clock", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackDecide is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x355ab2e1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decide(uint256 gameId, address winner) returns()
func (fakeGame *FakeGame) PackDecide(gameId *big.Int, winner common.Address) []byte {
	enc, err := fakeGame.abi.Pack("decide", gameId, winner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecide is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x355ab2e1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decide(uint256 gameId, address winner) returns()
func (fakeGame *FakeGame) TryPackDecide(gameId *big.Int, winner common.Address) ([]byte, error) {
	return fakeGame.abi.Pack("decide", gameId, winner)
}

// PackFakeOpened is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd666a904.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function fakeOpened(uint256 ) view returns(address resolver, uint256 requestId, address asserter, address challenger, bytes32 asserterClaim, bytes32 challengerClaim)
func (fakeGame *FakeGame) PackFakeOpened(arg0 *big.Int) []byte {
	enc, err := fakeGame.abi.Pack("fakeOpened", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFakeOpened is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd666a904.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function fakeOpened(uint256 ) view returns(address resolver, uint256 requestId, address asserter, address challenger, bytes32 asserterClaim, bytes32 challengerClaim)
func (fakeGame *FakeGame) TryPackFakeOpened(arg0 *big.Int) ([]byte, error) {
	return fakeGame.abi.Pack("fakeOpened", arg0)
}

// FakeOpenedOutput serves as a container for the return parameters of contract
// method FakeOpened.
type FakeOpenedOutput struct {
	Resolver        common.Address
	RequestId       *big.Int
	Asserter        common.Address
	Challenger      common.Address
	AsserterClaim   [32]byte
	ChallengerClaim [32]byte
}

// UnpackFakeOpened is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd666a904.
//
// Solidity: function fakeOpened(uint256 ) view returns(address resolver, uint256 requestId, address asserter, address challenger, bytes32 asserterClaim, bytes32 challengerClaim)
func (fakeGame *FakeGame) UnpackFakeOpened(data []byte) (FakeOpenedOutput, error) {
	out, err := fakeGame.abi.Unpack("fakeOpened", data)
	outstruct := new(FakeOpenedOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Resolver = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.RequestId = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.Asserter = *abi.ConvertType(out[2], new(common.Address)).(*common.Address)
	outstruct.Challenger = *abi.ConvertType(out[3], new(common.Address)).(*common.Address)
	outstruct.AsserterClaim = *abi.ConvertType(out[4], new([32]byte)).(*[32]byte)
	outstruct.ChallengerClaim = *abi.ConvertType(out[5], new([32]byte)).(*[32]byte)
	return *outstruct, nil
}

// PackFakeStarts is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x693b4da8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function fakeStarts(address , uint256 ) view returns(bytes32 state, uint64 steps)
func (fakeGame *FakeGame) PackFakeStarts(arg0 common.Address, arg1 *big.Int) []byte {
	enc, err := fakeGame.abi.Pack("fakeStarts", arg0, arg1)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFakeStarts is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x693b4da8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function fakeStarts(address , uint256 ) view returns(bytes32 state, uint64 steps)
func (fakeGame *FakeGame) TryPackFakeStarts(arg0 common.Address, arg1 *big.Int) ([]byte, error) {
	return fakeGame.abi.Pack("fakeStarts", arg0, arg1)
}

// FakeStartsOutput serves as a container for the return parameters of contract
// method FakeStarts.
type FakeStartsOutput struct {
	State [32]byte
	Steps uint64
}

// UnpackFakeStarts is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x693b4da8.
//
// Solidity: function fakeStarts(address , uint256 ) view returns(bytes32 state, uint64 steps)
func (fakeGame *FakeGame) UnpackFakeStarts(data []byte) (FakeStartsOutput, error) {
	out, err := fakeGame.abi.Unpack("fakeStarts", data)
	outstruct := new(FakeStartsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.State = *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	outstruct.Steps = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackGameCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4d1975b4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function gameCount() view returns(uint256)
func (fakeGame *FakeGame) PackGameCount() []byte {
	enc, err := fakeGame.abi.Pack("gameCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGameCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4d1975b4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function gameCount() view returns(uint256)
func (fakeGame *FakeGame) TryPackGameCount() ([]byte, error) {
	return fakeGame.abi.Pack("gameCount")
}

// UnpackGameCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4d1975b4.
//
// Solidity: function gameCount() view returns(uint256)
func (fakeGame *FakeGame) UnpackGameCount(data []byte) (*big.Int, error) {
	out, err := fakeGame.abi.Unpack("gameCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOpen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x26a13003.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function open(uint256 requestId, address asserter, address challenger, bytes32 asserterClaim, bytes32 challengerClaim) returns(uint256 gameId)
func (fakeGame *FakeGame) PackOpen(requestId *big.Int, asserter common.Address, challenger common.Address, asserterClaim [32]byte, challengerClaim [32]byte) []byte {
	enc, err := fakeGame.abi.Pack("open", requestId, asserter, challenger, asserterClaim, challengerClaim)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOpen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x26a13003.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function open(uint256 requestId, address asserter, address challenger, bytes32 asserterClaim, bytes32 challengerClaim) returns(uint256 gameId)
func (fakeGame *FakeGame) TryPackOpen(requestId *big.Int, asserter common.Address, challenger common.Address, asserterClaim [32]byte, challengerClaim [32]byte) ([]byte, error) {
	return fakeGame.abi.Pack("open", requestId, asserter, challenger, asserterClaim, challengerClaim)
}

// UnpackOpen is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x26a13003.
//
// Solidity: function open(uint256 requestId, address asserter, address challenger, bytes32 asserterClaim, bytes32 challengerClaim) returns(uint256 gameId)
func (fakeGame *FakeGame) UnpackOpen(data []byte) (*big.Int, error) {
	out, err := fakeGame.abi.Unpack("open", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSetStart is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5319a2c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setStart(uint256 requestId, uint256 , bytes32 startState, uint64 steps, uint8 ) returns()
func (fakeGame *FakeGame) PackSetStart(requestId *big.Int, arg1 *big.Int, startState [32]byte, steps uint64, arg4 uint8) []byte {
	enc, err := fakeGame.abi.Pack("setStart", requestId, arg1, startState, steps, arg4)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetStart is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5319a2c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setStart(uint256 requestId, uint256 , bytes32 startState, uint64 steps, uint8 ) returns()
func (fakeGame *FakeGame) TryPackSetStart(requestId *big.Int, arg1 *big.Int, startState [32]byte, steps uint64, arg4 uint8) ([]byte, error) {
	return fakeGame.abi.Pack("setStart", requestId, arg1, startState, steps, arg4)
}

// FakeGameOpened represents a Opened_ event raised by the FakeGame contract.
type FakeGameOpened struct {
	GameId     *big.Int
	RequestId  *big.Int
	Asserter   common.Address
	Challenger common.Address
	Raw        *types.Log // Blockchain specific contextual infos
}

const FakeGameOpenedEventName = "Opened_"

// ContractEventName returns the user-defined event name.
func (FakeGameOpened) ContractEventName() string {
	return FakeGameOpenedEventName
}

// UnpackOpenedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Opened_(uint256 indexed gameId, uint256 indexed requestId, address asserter, address challenger)
func (fakeGame *FakeGame) UnpackOpenedEvent(log *types.Log) (*FakeGameOpened, error) {
	event := "Opened_"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != fakeGame.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FakeGameOpened)
	if len(log.Data) > 0 {
		if err := fakeGame.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range fakeGame.abi.Events[event].Inputs {
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
