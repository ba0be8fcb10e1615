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

// OracleEntriesClaimProof is an auto generated low-level Go binding around an user-defined struct.
type OracleEntriesClaimProof struct {
	Claim    [32]byte
	EndState []byte
	Siblings [][32]byte
}

// OracleEntriesEntry is an auto generated low-level Go binding around an user-defined struct.
type OracleEntriesEntry struct {
	Poster     common.Address
	Priority   uint32
	OpenGames  uint32
	Live       bool
	Failed     bool
	Released   bool
	Bond       *big.Int
	Held       *big.Int
	Share      *big.Int
	Next       uint32
	Prev       uint32
	Claim      [32]byte
	OutputHash [32]byte
}

// OracleEntriesGame is an auto generated low-level Go binding around an user-defined struct.
type OracleEntriesGame struct {
	RequestId       *big.Int
	AsserterEntry   uint32
	ChallengerEntry uint32
	Open            bool
}

// OracleEntriesRequest is an auto generated low-level Go binding around an user-defined struct.
type OracleEntriesRequest struct {
	Requester        common.Address
	SubmitDeadline   uint64
	Status           uint8
	StartSet         bool
	Delivered        bool
	Failed           bool
	CallbackContract common.Address
	GasLimit         uint64
	FeeEntry         uint32
	WindowEnd        uint64
	ClosesAt         uint64
	EntryCount       uint32
	LiveCount        uint32
	CommitCount      uint32
	OpenGames        uint32
	ModelId          *big.Int
	Fee              *big.Int
	InputHash        [32]byte
	FinalClaim       [32]byte
	OutputHash       [32]byte
	CallbackData     []byte
}

// AIOracleMetaData contains all meta data concerning the AIOracle contract.
var AIOracleMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractModelRegistry\",\"name\":\"registry_\",\"type\":\"address\"},{\"internalType\":\"contractIDisputeGame\",\"name\":\"game_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"minFee_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"callbackGasPrice_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"entryBond_\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"challengeWindow_\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"submissionWindow_\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"poster\",\"type\":\"address\"}],\"name\":\"AlreadyCommitted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"AlreadyDelivered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"a\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"b\",\"type\":\"uint32\"}],\"name\":\"AlreadyPaired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"poster\",\"type\":\"address\"}],\"name\":\"AlreadyRevealed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadReveal\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"sent\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minimum\",\"type\":\"uint256\"}],\"name\":\"BondTooLow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"got\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maximum\",\"type\":\"uint64\"}],\"name\":\"CallbackGasTooHigh\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CallbackWithoutGas\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"claim\",\"type\":\"bytes32\"}],\"name\":\"ClaimNotAdmitted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"claim\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"live\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"allLive\",\"type\":\"uint32\"}],\"name\":\"Disagreement\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"enumOracleEntries.Status\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"EntriesClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"sent\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minimum\",\"type\":\"uint256\"}],\"name\":\"FeeTooLow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"name\":\"GameNotOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maximum\",\"type\":\"uint256\"}],\"name\":\"InputTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"poster\",\"type\":\"address\"}],\"name\":\"NoCommit\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"NoGameStart\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"winner\",\"type\":\"address\"}],\"name\":\"NotAParty\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"left\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"NotEnoughGasForCallback\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"enumOracleEntries.Status\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"NotFinal\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"entry\",\"type\":\"uint32\"}],\"name\":\"NotLive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"enumOracleEntries.Status\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"NotOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"NotRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"entry\",\"type\":\"uint32\"}],\"name\":\"NotReleasable\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"OnlyGame\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"claim\",\"type\":\"bytes32\"}],\"name\":\"SameClaim\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"StartAlreadySet\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"until\",\"type\":\"uint64\"}],\"name\":\"StillOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"entry\",\"type\":\"uint32\"}],\"name\":\"UnknownEntry\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"UnknownRequest\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"WithdrawFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"got\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"want\",\"type\":\"bytes32\"}],\"name\":\"WrongInput\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"got\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"want\",\"type\":\"bytes32\"}],\"name\":\"WrongOutput\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"input\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"callbackContract\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"callbackData\",\"type\":\"bytes\"}],\"name\":\"AICallbackRequest\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"invoker\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"}],\"name\":\"AICallbackResult\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"entry\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"poster\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"BondReleased\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"entry\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Burned\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"poster\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"order\",\"type\":\"uint32\"}],\"name\":\"Committed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"callbackContract\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"success\",\"type\":\"bool\"}],\"name\":\"Delivered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"asserterEntry\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"challengerEntry\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"asserter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"}],\"name\":\"Disputed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"entry\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"share\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"games\",\"type\":\"uint32\"}],\"name\":\"Eliminated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"claim\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"failed\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"feeEntry\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"}],\"name\":\"Finalized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"positions\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"enumIDisputeGame.LevelKind\",\"name\":\"kind\",\"type\":\"uint8\"}],\"name\":\"GameStartSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"winner\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"loser\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"paid\",\"type\":\"uint256\"}],\"name\":\"Resolved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"entry\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"poster\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"claim\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"failed\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"bond\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"priority\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"windowEnd\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"closesAt\",\"type\":\"uint64\"}],\"name\":\"Revealed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"BOND_KEPT_PERCENT\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"CALL_OVERHEAD\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEFAULT_CHALLENGE_WINDOW\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEFAULT_SUBMISSION_WINDOW\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_CALLBACK_GAS\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"NO_RESULT\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"RUN_FAILED\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"backingWindow\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"burned\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"callbackGasPrice\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"challengeWindow\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"claims\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"live\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"head\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"admitted\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"name\":\"commit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"poster\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"claim\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"name\":\"commitmentOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"commits\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"order\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"revealed\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"}],\"name\":\"deliver\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"a\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"b\",\"type\":\"uint32\"}],\"name\":\"dispute\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"entryBond\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"gasLimit\",\"type\":\"uint256\"}],\"name\":\"estimateFee\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"claim\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"}],\"name\":\"finalize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"game\",\"outputs\":[{\"internalType\":\"contractIDisputeGame\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"getEntries\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"poster\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"priority\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"openGames\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"live\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"failed\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"released\",\"type\":\"bool\"},{\"internalType\":\"uint128\",\"name\":\"bond\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"held\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"share\",\"type\":\"uint128\"},{\"internalType\":\"uint32\",\"name\":\"next\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"prev\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"claim\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"outputHash\",\"type\":\"bytes32\"}],\"internalType\":\"structOracleEntries.Entry[]\",\"name\":\"\",\"type\":\"tuple[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"}],\"name\":\"getEntry\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"poster\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"priority\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"openGames\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"live\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"failed\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"released\",\"type\":\"bool\"},{\"internalType\":\"uint128\",\"name\":\"bond\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"held\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"share\",\"type\":\"uint128\"},{\"internalType\":\"uint32\",\"name\":\"next\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"prev\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"claim\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"outputHash\",\"type\":\"bytes32\"}],\"internalType\":\"structOracleEntries.Entry\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"name\":\"getGame\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"asserterEntry\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"challengerEntry\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"open\",\"type\":\"bool\"}],\"internalType\":\"structOracleEntries.Game\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"getRequest\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"submitDeadline\",\"type\":\"uint64\"},{\"internalType\":\"enumOracleEntries.Status\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"startSet\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"delivered\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"failed\",\"type\":\"bool\"},{\"internalType\":\"address\",\"name\":\"callbackContract\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"feeEntry\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"windowEnd\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"closesAt\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"entryCount\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"liveCount\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"commitCount\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"openGames\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"inputHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"finalClaim\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"outputHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"callbackData\",\"type\":\"bytes\"}],\"internalType\":\"structOracleEntries.Request\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"isFinalized\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"locked\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minFee\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"nextRequestId\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"owed\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owedTotal\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"contractModelRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"}],\"name\":\"releaseBond\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"input\",\"type\":\"bytes\"},{\"internalType\":\"address\",\"name\":\"callbackContract\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"callbackData\",\"type\":\"bytes\"}],\"name\":\"requestCallback\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"winner\",\"type\":\"address\"}],\"name\":\"resolved\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"claim\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"endState\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structOracleEntries.ClaimProof\",\"name\":\"c\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"after_\",\"type\":\"uint32\"}],\"name\":\"reveal\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"input\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"name\":\"setGameStart\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"submissionWindow\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "AIOracle",
	Bin: "0x6101806040526001600455348015610015575f5ffd5b506040516151f53803806151f583398101604081905261003491610152565b8686846001600160401b0385161561004c5784610050565b61012c5b6001600160a01b03808516608052831660a081905260c08390526001600160401b03821660e052604080516324776b7d60e21b815290516391ddadf4916004808201926020929091908290030181865afa1580156100b0573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906100d491906101c5565b6001600160401b03908116610100526101208a90526101408990528516159350610102925050505780610106565b610e105b6001600160401b031661016052506101e595505050505050565b6001600160a01b0381168114610134575f5ffd5b50565b80516001600160401b038116811461014d575f5ffd5b919050565b5f5f5f5f5f5f5f60e0888a031215610168575f5ffd5b875161017381610120565b602089015190975061018481610120565b604089015160608a015160808b0151929850909650945092506101a960a08901610137565b91506101b760c08901610137565b905092959891949750929550565b5f602082840312156101d5575f5ffd5b6101de82610137565b9392505050565b60805160a05160c05160e05161010051610120516101405161016051614f536102a25f395f81816108e60152611cdf01525f81816107d30152610a5401525f81816103170152610a7f01525f81816103f601526120cc01525f8181610587015261207e01525f818161091901528181611eef0152611f4201525f818161080601528181610c35015281816111f001526116f701525f8181610510015281816109a00152818161115301528181611ace0152611f7f0152614f535ff3fe608060405260043610610290575f3560e01c80637b10399911610165578063c3fe3e28116100c6578063df18e0471161007c578063ed10633c11610062578063ed10633c14610908578063f2f038771461093b578063fa1f04421461095a575f5ffd5b8063df18e047146108aa578063e621dbc7146108d5575f5ffd5b8063cf309012116100ac578063cf30901214610854578063d3549ebd14610869578063da49374014610895575f5ffd5b8063c3fe3e28146107f5578063c58343ef14610828575f5ffd5b8063a2f77bcc1161011b578063bcfad65211610101578063bcfad65214610729578063bd85918214610748578063bf903247146107c2575f5ffd5b8063a2f77bcc1461062f578063b78e55641461070a575f5ffd5b8063861a14121161014b578063861a141214610576578063885d68a8146105a9578063934ab52e1461061b575f5ffd5b80637b103999146104ff5780637df1d5d21461054a575f5ffd5b80633ccfd60b1161020f5780635b953806116101c55780636d9809a0116101ab5780636d9809a0146104ac57806372972992146104c257806373f42561146104ea575f5ffd5b80635b953806146104845780636a84a98514610497575f5ffd5b80633e230498116101f55780633e23049814610431578063475bb4371461045057806359f225bb1461046f575f5ffd5b80633ccfd60b146103d15780633e00b67a146103e5575f5ffd5b80632b9ca7a911610264578063352e13b41161024a578063352e13b4146103895780633796c1131461039e578063388de1a0146103b2575f5ffd5b80632b9ca7a91461033957806333727c4d1461035a575f5ffd5b8062e1d8d014610294578063157305fe146102c6578063225ed73e146102e757806324ec759014610306575b5f5ffd5b34801561029f575f5ffd5b506102b36102ae366004613fd4565b61096f565b6040519081526020015b60405180910390f35b3480156102d1575f5ffd5b506102e56102e0366004614039565b610aac565b005b3480156102f2575f5ffd5b506102e5610301366004614097565b610c2a565b348015610311575f5ffd5b506102b37f000000000000000000000000000000000000000000000000000000000000000081565b348015610344575f5ffd5b5061034d611017565b6040516102bd91906140ef565b348015610365575f5ffd5b50610379610374366004614101565b611033565b60405190151581526020016102bd565b348015610394575f5ffd5b506102b361138881565b3480156103a9575f5ffd5b506102b3604b81565b3480156103bd575f5ffd5b506102e56103cc366004614118565b611083565b3480156103dc575f5ffd5b506102e56112e8565b3480156103f0575f5ffd5b506104187f000000000000000000000000000000000000000000000000000000000000000081565b60405167ffffffffffffffff90911681526020016102bd565b34801561043c575f5ffd5b506102b361044b3660046141d3565b611411565b34801561045b575f5ffd5b506102e561046a366004614212565b611859565b34801561047a575f5ffd5b50610418610e1081565b6102b3610492366004614255565b611a42565b3480156104a2575f5ffd5b506102b360045481565b3480156104b7575f5ffd5b506104186298968081565b6104d56104d03660046142f1565b611dd6565b60405163ffffffff90911681526020016102bd565b3480156104f5575f5ffd5b506102b360035481565b34801561050a575f5ffd5b506105327f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016102bd565b348015610555575f5ffd5b50610569610564366004614212565b61255a565b6040516102bd919061449b565b348015610581575f5ffd5b506104187f000000000000000000000000000000000000000000000000000000000000000081565b3480156105b4575f5ffd5b506105f96105c3366004614097565b600760209081525f92835260408084209091529082529020805460019091015463ffffffff811690640100000000900460ff1683565b6040805193845263ffffffff90921660208401521515908201526060016102bd565b348015610626575f5ffd5b5061034d612714565b34801561063a575f5ffd5b506106c5610649366004614101565b604080516080810182525f808252602082018190529181018290526060810191909152505f9081526009602090815260409182902082516080810184528154815260019091015463ffffffff80821693830193909352640100000000810490921692810192909252600160401b900460ff161515606082015290565b6040516102bd91905f6080820190508251825263ffffffff602084015116602083015263ffffffff604084015116604083015260608301511515606083015292915050565b348015610715575f5ffd5b506102b36107243660046144aa565b612730565b348015610734575f5ffd5b506102e5610743366004614511565b6127a8565b348015610753575f5ffd5b5061079d610762366004613fd4565b600860209081525f928352604080842090915290825290205463ffffffff80821691640100000000810490911690600160401b900460ff1683565b6040805163ffffffff94851681529390921660208401521515908201526060016102bd565b3480156107cd575f5ffd5b506102b37f000000000000000000000000000000000000000000000000000000000000000081565b348015610800575f5ffd5b506105327f000000000000000000000000000000000000000000000000000000000000000081565b348015610833575f5ffd5b50610847610842366004614101565b612c03565b6040516102bd9190614588565b34801561085f575f5ffd5b506102b360025481565b348015610874575f5ffd5b50610888610883366004614101565b612eb2565b6040516102bd919061471b565b3480156108a0575f5ffd5b5061041861012c81565b3480156108b5575f5ffd5b506102b36108c4366004614769565b5f6020819052908152604090205481565b3480156108e0575f5ffd5b506104187f000000000000000000000000000000000000000000000000000000000000000081565b348015610913575f5ffd5b506102b37f000000000000000000000000000000000000000000000000000000000000000081565b348015610946575f5ffd5b506102e5610955366004613fd4565b612fe4565b348015610965575f5ffd5b506102b360015481565b6040517fe6cf1346000000000000000000000000000000000000000000000000000000008152600481018390525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063e6cf134690602401602060405180830381865afa1580156109ed573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610a119190614782565b610a4f576040517f05ce1197000000000000000000000000000000000000000000000000000000008152600481018490526024015b60405180910390fd5b610a797f0000000000000000000000000000000000000000000000000000000000000000836147b5565b610aa3907f00000000000000000000000000000000000000000000000000000000000000006147cc565b90505b92915050565b5f610ab6846130fe565b905060038154600160e01b900460ff166004811115610ad757610ad7614560565b14158015610b02575060048154600160e01b900460ff166004811115610aff57610aff614560565b14155b15610b495780546040517f3e88f07b000000000000000000000000000000000000000000000000000000008152610a46918691600160e01b90910460ff16906004016147df565b8054600160f01b900460ff1615610b8f576040517f5b7e830100000000000000000000000000000000000000000000000000000000815260048101859052602401610a46565b60038154600160e01b900460ff166004811115610bae57610bae614560565b148015610bd6575080600701548383604051610bcb9291906147f3565b604051809103902014155b15610c18578282604051610beb9291906147f3565b6040519081900381206007830154634aea314d60e11b8352610a4692600401918252602082015260400190565b610c2484828585613168565b50505050565b336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614610c8e576040517fb01b58de000000000000000000000000000000000000000000000000000000008152336004820152602401610a46565b5f8281526009602052604090206001810154600160401b900460ff16610ce3576040517f035c69a600000000000000000000000000000000000000000000000000000000815260048101849052602401610a46565b60018101805468ff00000000000000001981169182905582545f81815260066020526040902080549193909263ffffffff908116926401000000009092041690839082908110610d3557610d35614802565b5f9182526020909120600590910201546001600160a01b0390811690871603610d5e5790610ddc565b828263ffffffff1681548110610d7657610d76614802565b5f9182526020909120600590910201546001600160a01b03878116911614610ddc576040517f968c0a42000000000000000000000000000000000000000000000000000000008152600481018890526001600160a01b0387166024820152604401610a46565b5f838363ffffffff1681548110610df557610df5614802565b905f5260205f20906005020190505f848363ffffffff1681548110610e1c57610e1c614802565b5f91825260209091206005909102018054909150600160e01b900460ff1615610e4a57610e4a8684836134e1565b600181015460028201545f916001600160801b03600160801b9091048116911610610e89576001820154600160801b90046001600160801b0316610e98565b60028201546001600160801b03165b6001830180546001600160801b0392831693508392601091610ec3918591600160801b900416614816565b82546001600160801b039182166101009390930a9283029190920219909116179055508254610efb906001600160a01b031682613640565b5f8781526005602052604090206002018054600160e01b900463ffffffff1690601c610f2683614835565b82546101009290920a63ffffffff8181021990931691831602179091558454600160c01b9004169050836018610f5b83614835565b82546101009290920a63ffffffff8181021990931691831602179091558354600160c01b9004169050826018610f9083614835565b82546101009290920a63ffffffff818102199093169183160217909155604080518883168152918716602083015281018390528b915088907f68f7f09da49ff3f891eb31ed98bbbb9a034abaa57e48f8be15892f7818e8e8479060600160405180910390a36110008785846136a9565b61100b8786856136a9565b50505050505050505050565b604051806080016040528060558152602001614ed96055913981565b5f81815260056020526040812054600160e01b900460ff16600381600481111561105f5761105f614560565b148061107c5750600481600481111561107a5761107a614560565b145b9392505050565b5f61108d866130fe565b8054909150600160e81b900460ff16156110d6576040517f0bcd63ff00000000000000000000000000000000000000000000000000000000815260048101879052602401610a46565b806005015485856040516110eb9291906147f3565b60405180910390201461114e5784846040516111089291906147f3565b60405190819003812060058301547fcdbaf00f000000000000000000000000000000000000000000000000000000008352610a4692600401918252602082015260400190565b5f5f5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663ff2c34f985600301548a8a8a8a6040518663ffffffff1660e01b81526004016111a99594939291906148c4565b606060405180830381865afa1580156111c4573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906111e891906148fc565b9250925092507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663d5319a2c8a86600301548686866040518663ffffffff1660e01b8152600401611246959493929190614944565b5f604051808303815f87803b15801561125d575f5ffd5b505af115801561126f573d5f5f3e3d5ffd5b505085547fffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffffff16600160e81b178655505060405189907f783a7767c68f34ef3658653e7ab34289161540dc0fbc1fc2ddc7bf261b235d29906112d590869086908690614976565b60405180910390a2505050505050505050565b335f9081526020819052604081205490819003611331576040517fd0d04f6000000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b335f9081526020819052604081208190556001805483929061135490849061499a565b909155505060405181815233907f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d59060200160405180910390a26040515f90339083908381818185875af1925050503d805f81146113cd576040519150601f19603f3d011682016040523d82523d5f602084013e6113d2565b606091505b505090508061140d576040517f750b219c00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5050565b5f5f61141c856130fe565b905060028154600160e01b900460ff16600481111561143d5761143d614560565b1461146b578054604051630a3c599b60e11b8152610a46918791600160e01b90910460ff16906004016147df565b8054600160e81b900460ff166114b0576040517f44029c7400000000000000000000000000000000000000000000000000000000815260048101869052602401610a46565b8263ffffffff168463ffffffff1611156114c8579192915b5f6114d38686613752565b90505f6114e08786613752565b9050806003015482600301540361152b5781600301546040517f6481d3d4000000000000000000000000000000000000000000000000000000008152600401610a4691815260200190565b5f8787876040516020016115589392919092835263ffffffff918216602084015216604082015260600190565b60408051601f1981840301815291815281516020928301205f818152600a90935291205490915060ff16156115c9576040517f67822f0000000000000000000000000000000000000000000000000000000000815263ffffffff808916600483015287166024820152604401610a46565b5f818152600a60205260409020805460ff19166001179055825463ffffffff600160c01b909104168360186115fd836149ad565b82546101009290920a63ffffffff8181021990931691831602179091558354600160c01b9004169050826018611632836149ad565b91906101000a81548163ffffffff021916908363ffffffff1602179055505083600201601c81819054906101000a900463ffffffff1680929190611675906149ad565b825463ffffffff9182166101009390930a92830291909202199091161790555082548254600380860154908501546040517f26a13003000000000000000000000000000000000000000000000000000000008152600481018d90526001600160a01b0394851660248201529284166044840152606483019190915260848201527f000000000000000000000000000000000000000000000000000000000000000091909116906326a130039060a4016020604051808303815f875af1158015611740573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061176491906149d1565b60408051608080820183528b825263ffffffff8b811660208085018281528d841686880181815260016060808a018281525f8d8152600988528c90209a518b559451999091018054925194511515600160401b0268ff0000000000000000199589166401000000000267ffffffffffffffff199094169a90981699909917919091179290921694909417909555895489548751938452918301939093526001600160a01b039283169582019590955293169183019190915291965086918a917f8bdafdc856656e21366a0530a861a4f62c7b338448bca9f5db0a407ec126dd00910160405180910390a3505050509392505050565b5f611863836130fe565b600281015490915063ffffffff600160801b9091048116908316106118aa5760405163134ab92b60e31b81526004810184905263ffffffff83166024820152604401610a46565b5f838152600660205260408120805463ffffffff85169081106118cf576118cf614802565b5f9182526020909120600590910201905060038254600160e01b900460ff1660048111156118ff576118ff614560565b1415801561192a575060048254600160e01b900460ff16600481111561192757611927614560565b14155b8061193e57508054600160e01b900460ff16155b8061195157508054600160f01b900460ff165b8061196957508054600160c01b900463ffffffff1615155b156119af576040517ffa80859a0000000000000000000000000000000000000000000000000000000081526004810185905263ffffffff84166024820152604401610a46565b805460ff60f01b198116600160f01b17825560018201546119e2916001600160a01b0316906001600160801b0316613640565b805460018201546040516001600160801b0390911681526001600160a01b039091169063ffffffff85169086907f68deb7aa45adec6a7f8a3d9ea47a82e2e0758d3c106bd7f61f45670bb091ccbd9060200160405180910390a450505050565b5f5f611a58898667ffffffffffffffff1661096f565b905080341015611a9d576040517ff04f3db200000000000000000000000000000000000000000000000000000000815234600482015260248101829052604401610a46565b6040517f9c73d7f0000000000000000000000000000000000000000000000000000000008152600481018a90525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690639c73d7f0906024016040805180830381865afa158015611b1a573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611b3e91906149e8565b50905063ffffffff8116881115611b90576040517f8d3c92070000000000000000000000000000000000000000000000000000000081526004810189905263ffffffff82166024820152604401610a46565b6001600160a01b0387161567ffffffffffffffff87161514611bde576040517fb8545ebb00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6298968067ffffffffffffffff87161115611c3a576040517f8473e5b300000000000000000000000000000000000000000000000000000000815267ffffffffffffffff87166004820152629896806024820152604401610a46565b60048054905f611c4983614a15565b909155505f818152600560205260409020600381018c9055805473ffffffffffffffffffffffffffffffffffffffff19163317815560018101805467ffffffffffffffff8a16600160a01b027fffffffff000000000000000000000000000000000000000000000000000000009091166001600160a01b038c161717905590935060088101611cd9868883614acf565b50611d047f000000000000000000000000000000000000000000000000000000000000000042614b8a565b815467ffffffffffffffff91909116600160a01b0260ff60e01b19167fffffff000000000000000000ffffffffffffffffffffffffffffffffffffffff90911617600160e01b178155346004820155604051611d63908b908b906147f3565b6040519081900390206005820155611d7a3461381c565b83336001600160a01b03167f849aa5adc3bf6a75cb08afbf31d88d1528c274e5d84e3d4355d23d8e9ebd649b8d8d8d8d8d8d8d604051611dc09796959493929190614baa565b60405180910390a3505050979650505050505050565b5f5f611de1886130fe565b9050611ded8882613835565b5f88815260076020908152604080832033845290915281206001810154909163ffffffff9091169003611e55576040517f4c7e1fb1000000000000000000000000000000000000000000000000000000008152600481018a9052336024820152604401610a46565b6001810154640100000000900460ff1615611ea5576040517fc339a8ea000000000000000000000000000000000000000000000000000000008152600481018a9052336024820152604401610a46565b8054611eb68a338b8b8b358b612730565b14611eed576040517f8ff14e0d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b7f0000000000000000000000000000000000000000000000000000000000000000341015611f6e576040517e0155b50000000000000000000000000000000000000000000000000000000081523460048201527f00000000000000000000000000000000000000000000000000000000000000006024820152604401610a46565b60038201545f906001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016906396fed23e908b8b8b35611fb760208e018e614c03565b8e8060400190611fc79190614c46565b6040518963ffffffff1660e01b8152600401611fea989796959493929190614c8c565b602060405180830381865afa158015612005573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906120299190614782565b905060018354600160e01b900460ff16600481111561204a5761204a614560565b0361211c57825460ff60e01b19167c02000000000000000000000000000000000000000000000000000000001783556120a37f000000000000000000000000000000000000000000000000000000000000000042614b8a565b60028401805467ffffffffffffffff191667ffffffffffffffff9290921691821790556120f1907f000000000000000000000000000000000000000000000000000000000000000090614b8a565b8360020160086101000a81548167ffffffffffffffff021916908367ffffffffffffffff1602179055505b5f8a81526008602090815260408083208a3584529091529020600284015467ffffffffffffffff1642101561216657805468ff00000000000000001916600160401b1781556121ab565b8054600160401b900460ff166121ab576040517fd922a6e300000000000000000000000000000000000000000000000000000000815288356004820152602401610a46565b60018301805464ff00000000191664010000000017905560028401805463ffffffff600160801b909104169060106121e2836149ad565b825463ffffffff91821661010093840a90810290830219909116179092555f8e815260066020908152604080832081516101a08101835233815260018b810154909716938101939093528282018490526060830195909552871515608083015260a082018390526001600160801b03341660c083015260e0820183905292810182905261012081018290526101408101919091528b3561016082015290519297509091610180820190612298908e908e906147f3565b60408051918290039091209091528254600181810185555f9485526020948590208451600590930201805495850151938501516060860151608087015160a08801511515600160f01b0260ff60f01b19911515600160e81b02919091167fff0000ffffffffffffffffffffffffffffffffffffffffffffffffffffffffff921515600160e01b0260ff60e01b1963ffffffff958616600160c01b02167fffffff0000000000ffffffffffffffffffffffffffffffffffffffffffffffff998616600160a01b9081027fffffffffffffffff000000000000000000000000000000000000000000000000909d166001600160a01b03909a16999099179b909b17989098169990991796909617169690961793909317835560c084015160e08501516001600160801b03908116600160801b90810292821692909217928501929092556101008501516002850180546101208801516101408901518a169096029590981690920273ffffffffffffffffffffffffffffffffffffffff1997909716921691909117949094177fffffffffffffffff00000000ffffffffffffffffffffffffffffffffffffffff1617909255610160810151600383015561018001516004909101556124698b828789613907565b600284018054600160a01b900463ffffffff16906014612488836149ad565b91906101000a81548163ffffffff021916908363ffffffff160217905550506124b03461381c565b336001600160a01b03168563ffffffff168c7f0df8fa5d474c94d5c78be5384105dab7d323db3e48059ee6e80a1617340c10678d8d8d5f013588348b6001015f9054906101000a900463ffffffff168d6002015f9054906101000a900467ffffffffffffffff168e60020160089054906101000a900467ffffffffffffffff16604051612544989796959493929190614ce2565b60405180910390a4505050509695505050505050565b604080516101a0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e0810182905261010081018290526101208101829052610140810182905261016081018290526101808101919091525f8381526006602052604090205463ffffffff8316106126045760405163134ab92b60e31b81526004810184905263ffffffff83166024820152604401610a46565b5f838152600660205260409020805463ffffffff841690811061262957612629614802565b5f918252602091829020604080516101a081018252600590930290910180546001600160a01b038116845263ffffffff600160a01b808304821696860196909652600160c01b820481169385019390935260ff600160e01b8204811615156060860152600160e81b8204811615156080860152600160f01b90910416151560a084015260018101546001600160801b0380821660c0860152600160801b91829004811660e08601526002830154908116610100860152908104831661012085015293909304166101408201526003820154610160820152600490910154610180820152905092915050565b604051806060016040528060258152602001614f2e6025913981565b5f868686866040516127439291906147f3565b604051908190038120612785939291879087906020019485526001600160a01b0393909316602085015260408401919091526060830152608082015260a00190565b6040516020818303038152906040528051906020012090505b9695505050505050565b5f6127b2856130fe565b905060018154600160e01b900460ff1660048111156127d3576127d3614560565b0361282c578054600160a01b900467ffffffffffffffff164210156128275780546040516389dc8b8f60e01b815260048101879052600160a01b90910467ffffffffffffffff166024820152604401610a46565b6128ce565b60028154600160e01b900460ff16600481111561284b5761284b614560565b036128a5576002810154600160401b900467ffffffffffffffff164210156128275760028101546040516389dc8b8f60e01b815260048101879052600160401b90910467ffffffffffffffff166024820152604401610a46565b8054604051630a3c599b60e11b8152610a46918791600160e01b90910460ff16906004016147df565b6002810154600160a01b900463ffffffff165f036129935780547c040000000000000000000000000000000000000000000000000000000060ff60e01b1982161782556004820154612929916001600160a01b031690613640565b6004810154604080515f808252602082018190528183015260608101929092525186917f77e2de0322bbd0bcf4d75df46d8f9466e36328a888792f0dbcfa6b7dbf15646b919081900360800190a261298d85826129885f808789614d3a565b613168565b50610c24565b5f85815260086020908152604080832087845290915290206002820154815463ffffffff908116600160a01b9092041614612a2857805460028301546040517f9127de97000000000000000000000000000000000000000000000000000000008152600481018990526024810188905263ffffffff9283166044820152600160a01b9091049091166064820152608401610a46565b5f8681526006602052604081208254612a5190600190640100000000900463ffffffff16614d61565b63ffffffff1681548110612a6757612a67614802565b905f5260205f209060050201905080600401548585604051612a8a9291906147f3565b604051809103902014612ad4578484604051612aa79291906147f3565b604051908190038120600483810154634aea314d60e11b8452908301919091526024820152604401610a46565b8254600390849060ff60e01b1916600160e01b830217905550600683018690556004818101546007850155815484547effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff16600160f81b600160e81b90920460ff1615159190910217845582546001850180546001600160e01b031664010000000090920463ffffffff16600160e01b02919091179055815490840154612b82916001600160a01b031690613640565b805482546004850154604080518a8152600160e81b90940460ff161515602085015264010000000090920463ffffffff1691830191909152606082015287907f77e2de0322bbd0bcf4d75df46d8f9466e36328a888792f0dbcfa6b7dbf15646b9060800160405180910390a2612bfa87848787613168565b50505050505050565b604080516102a0810182525f8082526020820181905291810182905260608082018390526080820183905260a0820183905260c0820183905260e08201839052610100820183905261012082018390526101408201839052610160820183905261018082018390526101a082018390526101c082018390526101e08201839052610200820183905261022082018390526102408201839052610260820192909252610280810191909152612cb6826130fe565b604080516102a08101825282546001600160a01b0381168252600160a01b810467ffffffffffffffff166020830152909291830190600160e01b900460ff166004811115612d0657612d06614560565b6004811115612d1757612d17614560565b8152815460ff600160e81b8204811615156020840152600160f01b8204811615156040840152600160f81b909104161515606082015260018201546001600160a01b038116608083015267ffffffffffffffff600160a01b808304821660a085015263ffffffff600160e01b93849004811660c0860152600286015480841660e0870152600160401b8104909316610100860152600160801b830481166101208601529082048116610140850152600160c01b820481166101608501529190041661018082015260038201546101a082015260048201546101c082015260058201546101e08201526006820154610200820152600782015461022082015260088201805461024090920191612e2b90614a41565b80601f0160208091040260200160405190810160405280929190818152602001828054612e5790614a41565b8015612ea25780601f10612e7957610100808354040283529160200191612ea2565b820191905f5260205f20905b815481529060010190602001808311612e8557829003601f168201915b5050505050815250509050919050565b606060065f8381526020019081526020015f20805480602002602001604051908101604052809291908181526020015f905b82821015612fd9575f848152602090819020604080516101a0810182526005860290920180546001600160a01b038116845263ffffffff600160a01b808304821686880152600160c01b830482169486019490945260ff600160e01b8304811615156060870152600160e81b8304811615156080870152600160f01b909204909116151560a08501526001808301546001600160801b0380821660c0880152600160801b91829004811660e08801526002850154908116610100880152908104831661012087015293909304166101408401526003810154610160840152600401546101808301529083529092019101612ee4565b505050509050919050565b5f612fee836130fe565b9050612ffa8382613835565b5f8381526007602090815260408083203384529091529020600181015463ffffffff161561305d576040517fd42c398500000000000000000000000000000000000000000000000000000000815260048101859052336024820152604401610a46565b82815560028201805460189061307f90600160c01b900463ffffffff166149ad565b825463ffffffff9182166101009390930a838102920219161790915560018201805463ffffffff191682179055604051339186917f21ffd389b17ad41d1ee17bbcf719aca8138c83aa902eaf323b2d65c8f53f4d2c916130f09188919091825263ffffffff16602082015260400190565b60405180910390a350505050565b5f818152600560205260408120908154600160e01b900460ff16600481111561312957613129614560565b03613163576040517f1f79bbe700000000000000000000000000000000000000000000000000000000815260048101839052602401610a46565b919050565b60018301546001600160a01b03168061321657835460ff60f01b1916600160f01b17845560038454600160e01b900460ff1660048111156131ab576131ab614560565b1480156131c157508354600160f81b900460ff16155b1561298d57835460405186916001600160a01b0316907fb7b413554c4e94c80cfbb175a0e4727f2f425d29b980195c49dac293c2914fc09061320890339088908890614d7d565b60405180910390a350610c24565b606060048554600160e01b900460ff16600481111561323757613237614560565b148061324b57508454600160f81b900460ff165b156132fd57845486905f90600160f81b900460ff1661328257604051806060016040528060258152602001614f2e6025913961329c565b604051806080016040528060558152602001614ed9605591395b876008016040516024016132b39493929190614e27565b60408051601f198184030181529190526020810180516001600160e01b03167f8e6fd00600000000000000000000000000000000000000000000000000000000179052905061335d565b858484876008016040516024016133179493929190614e72565b60408051601f198184030181529190526020810180516001600160e01b03167fb03478140000000000000000000000000000000000000000000000000000000017905290505b6001850154600160a01b900467ffffffffffffffff165f611388613382603f84614e9d565b61338c90846147cc565b61339691906147cc565b9050805a10156133de575a6040517f8777884c000000000000000000000000000000000000000000000000000000008152600481019190915260248101829052604401610a46565b5f5f5f8551602087015f8988f1885460ff60f01b1916600160f01b821515908102919091178a556040519081529091506001600160a01b038616908a907fab603a6ae4979356387fd5948e84bb3f5a29558060649e873df60b5051f7bd1d9060200160405180910390a3808015613471575060038854600160e01b900460ff16600481111561346f5761346f614560565b145b801561348657508754600160f81b900460ff16155b156134d65787546040518a916001600160a01b0316907fb7b413554c4e94c80cfbb175a0e4727f2f425d29b980195c49dac293c2914fc0906134cd9033908c908c90614d7d565b60405180910390a35b505050505050505050565b805460ff60e01b191681555f838152600660209081526040808320600883528184206003860154855290925290912061351b919084613dd2565b5f8381526005602052604090206002018054600160a01b900463ffffffff1690601461354683614835565b82546101009290920a63ffffffff8181021990931691831602179091556001830180546001600160801b03908116600160801b81028082179093558554600160c01b900490931693506064926135a092604b9216176147b5565b6135aa9190614e9d565b6135b49190614e9d565b6002820180547fffffffffffffffffffffffffffffffff00000000000000000000000000000000166001600160801b03929092169182179055815460408051928352600160c01b90910463ffffffff908116602084015284169185917fd1dd02b58415c2b5684a3956ea612580152332c575f793c32f7d7af4a1232920910160405180910390a3505050565b805f0361364b575050565b8060025f82825461365c919061499a565b90915550506001600160a01b0382165f90815260208190526040812080548392906136889084906147cc565b925050819055508060015f8282546136a091906147cc565b90915550505050565b8054600160e01b900460ff16806136cd57508054600160c01b900463ffffffff1615155b806136ea57506001810154600160801b90046001600160801b0316155b156136f457505050565b6001810180546001600160801b03808216909255600160801b90041661371981613fa1565b8263ffffffff16847fe9e13cea09f55002f94db17e4ee9bd6c7c1f8133028623468196849fea2b60bc836040516130f091815260200190565b5f8281526006602052604081205463ffffffff8316106137945760405163134ab92b60e31b81526004810184905263ffffffff83166024820152604401610a46565b5f838152600660205260409020805463ffffffff84169081106137b9576137b9614802565b5f91825260209091206005909102018054909150600160e01b900460ff16610aa6576040517f2852d99e0000000000000000000000000000000000000000000000000000000081526004810184905263ffffffff83166024820152604401610a46565b8060025f82825461382d91906147cc565b909155505050565b5f60018254600160e01b900460ff16600481111561385557613855614560565b14801561387357508154600160a01b900467ffffffffffffffff1642105b806138b9575060028254600160e01b900460ff16600481111561389857613898614560565b1480156138b957506002820154600160401b900467ffffffffffffffff1642105b9050806139025781546040517f44ed1b21000000000000000000000000000000000000000000000000000000008152610a46918591600160e01b90910460ff16906004016147df565b505050565b5f8481526006602052604081208054909190829063ffffffff861690811061393157613931614802565b5f918252602082208754600590920201925063ffffffff16908690613955836149ad565b91906101000a81548163ffffffff021916908363ffffffff160217905550505f8363ffffffff165f1415801561399757508463ffffffff168463ffffffff1611155b15613a1d575f836139a9600187614d61565b63ffffffff16815481106139bf576139bf614802565b5f91825260209091206005909102018054909150600160e01b900460ff1680156139f0575082600301548160030154145b8015613a1257508254815463ffffffff600160a01b9283900481169290910416105b15613a1b578491505b505b63ffffffff8116158015613a3f57508554640100000000900463ffffffff1615155b8015613aa657508154865463ffffffff600160a01b9092048216918591613a7191600191640100000000900416614d61565b63ffffffff1681548110613a8757613a87614802565b5f918252602090912060059091020154600160a01b900463ffffffff16105b15613abd57508454640100000000900463ffffffff165b63ffffffff811615613bf5575b82613ad6600183614d61565b63ffffffff1681548110613aec57613aec614802565b5f918252602090912060059091020160020154600160801b900463ffffffff1615801590613ba757508154600160a01b900463ffffffff1683600181613b328286614d61565b63ffffffff1681548110613b4857613b48614802565b905f5260205f20906005020160020160109054906101000a900463ffffffff16613b729190614d61565b63ffffffff1681548110613b8857613b88614802565b5f918252602090912060059091020154600160a01b900463ffffffff16105b15613bf55782613bb8600183614d61565b63ffffffff1681548110613bce57613bce614802565b905f5260205f20906005020160020160109054906101000a900463ffffffff169050613aca565b5f63ffffffff821615613c495783613c0e600184614d61565b63ffffffff1681548110613c2457613c24614802565b905f5260205f20906005020160020160109054906101000a900463ffffffff16613c5a565b8654640100000000900463ffffffff165b6002840180547fffffffffffffffff0000000000000000ffffffffffffffffffffffffffffffff16600160a01b63ffffffff8681169182027fffffffffffffffffffffffff00000000ffffffffffffffffffffffffffffffff1692909217600160801b92851692909202919091179091559091505f03613d0657613cdf866001614ebc565b875463ffffffff919091166401000000000267ffffffff0000000019909116178755613d61565b613d11866001614ebc565b84613d1d600185614d61565b63ffffffff1681548110613d3357613d33614802565b905f5260205f20906005020160020160106101000a81548163ffffffff021916908363ffffffff1602179055505b63ffffffff811615613dc857613d78866001614ebc565b84613d84600184614d61565b63ffffffff1681548110613d9a57613d9a614802565b905f5260205f20906005020160020160146101000a81548163ffffffff021916908363ffffffff1602179055505b5050505050505050565b5f838263ffffffff1681548110613deb57613deb614802565b5f918252602082208554600590920201925063ffffffff16908490613e0f83614835565b91906101000a81548163ffffffff021916908363ffffffff160217905550508060020160149054906101000a900463ffffffff1663ffffffff165f03613e7e576002810154835467ffffffff000000001916600160801b90910463ffffffff1664010000000002178355613eed565b600281015463ffffffff600160801b82048116918691613ea991600191600160a01b90910416614d61565b63ffffffff1681548110613ebf57613ebf614802565b905f5260205f20906005020160020160106101000a81548163ffffffff021916908363ffffffff1602179055505b6002810154600160801b900463ffffffff1615613f7357600281015463ffffffff600160a01b82048116918691613f2f91600191600160801b90910416614d61565b63ffffffff1681548110613f4557613f45614802565b905f5260205f20906005020160020160146101000a81548163ffffffff021916908363ffffffff1602179055505b60020180547fffffffffffffffff0000000000000000ffffffffffffffffffffffffffffffff169055505050565b805f03613fab5750565b8060025f828254613fbc919061499a565b925050819055508060035f82825461382d91906147cc565b5f5f60408385031215613fe5575f5ffd5b50508035926020909101359150565b5f5f83601f840112614004575f5ffd5b50813567ffffffffffffffff81111561401b575f5ffd5b602083019150836020828501011115614032575f5ffd5b9250929050565b5f5f5f6040848603121561404b575f5ffd5b83359250602084013567ffffffffffffffff811115614068575f5ffd5b61407486828701613ff4565b9497909650939450505050565b80356001600160a01b0381168114613163575f5ffd5b5f5f604083850312156140a8575f5ffd5b823591506140b860208401614081565b90509250929050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f610aa360208301846140c1565b5f60208284031215614111575f5ffd5b5035919050565b5f5f5f5f5f6060868803121561412c575f5ffd5b85359450602086013567ffffffffffffffff811115614149575f5ffd5b61415588828901613ff4565b909550935050604086013567ffffffffffffffff811115614174575f5ffd5b8601601f81018813614184575f5ffd5b803567ffffffffffffffff81111561419a575f5ffd5b8860208260051b84010111156141ae575f5ffd5b959894975092955050506020019190565b63ffffffff811681146141d0575f5ffd5b50565b5f5f5f606084860312156141e5575f5ffd5b8335925060208401356141f7816141bf565b91506040840135614207816141bf565b809150509250925092565b5f5f60408385031215614223575f5ffd5b823591506020830135614235816141bf565b809150509250929050565b67ffffffffffffffff811681146141d0575f5ffd5b5f5f5f5f5f5f5f60a0888a03121561426b575f5ffd5b87359650602088013567ffffffffffffffff811115614288575f5ffd5b6142948a828b01613ff4565b90975095506142a7905060408901614081565b935060608801356142b781614240565b9250608088013567ffffffffffffffff8111156142d2575f5ffd5b6142de8a828b01613ff4565b989b979a50959850939692959293505050565b5f5f5f5f5f5f60a08789031215614306575f5ffd5b86359550602087013567ffffffffffffffff811115614323575f5ffd5b61432f89828a01613ff4565b909650945050604087013567ffffffffffffffff81111561434e575f5ffd5b87016060818a03121561435f575f5ffd5b9250606087013591506080870135614376816141bf565b809150509295509295509295565b80516001600160a01b0316825260208101516143a8602084018263ffffffff169052565b5060408101516143c0604084018263ffffffff169052565b5060608101516143d4606084018215159052565b5060808101516143e8608084018215159052565b5060a08101516143fc60a084018215159052565b5060c081015161441760c08401826001600160801b03169052565b5060e081015161443260e08401826001600160801b03169052565b5061010081015161444f6101008401826001600160801b03169052565b5061012081015161446961012084018263ffffffff169052565b5061014081015161448361014084018263ffffffff169052565b50610160818101519083015261018090810151910152565b6101a08101610aa68284614384565b5f5f5f5f5f5f60a087890312156144bf575f5ffd5b863595506144cf60208801614081565b9450604087013567ffffffffffffffff8111156144ea575f5ffd5b6144f689828a01613ff4565b979a9699509760608101359660809091013595509350505050565b5f5f5f5f60608587031215614524575f5ffd5b8435935060208501359250604085013567ffffffffffffffff811115614548575f5ffd5b61455487828801613ff4565b95989497509550505050565b634e487b7160e01b5f52602160045260245ffd5b6005811061458457614584614560565b9052565b602081526145a26020820183516001600160a01b03169052565b5f60208301516145be604084018267ffffffffffffffff169052565b5060408301516145d16060840182614574565b506060830151801515608084015250608083015180151560a08401525060a083015180151560c08401525060c08301516001600160a01b03811660e08401525060e083015167ffffffffffffffff81166101008401525061010083015163ffffffff81166101208401525061012083015167ffffffffffffffff81166101408401525061014083015167ffffffffffffffff81166101608401525061016083015163ffffffff81166101808401525061018083015163ffffffff81166101a0840152506101a083015163ffffffff81166101c0840152506101c083015163ffffffff81166101e0840152506101e08301516102008301526102008301516102208301526102208301516102408301526102408301516102608301526102608301516102808301526102808301516102a0808401526147136102c08401826140c1565b949350505050565b602080825282518282018190525f918401906040840190835b8181101561475e57614747838551614384565b602093909301926101a09290920191600101614734565b509095945050505050565b5f60208284031215614779575f5ffd5b610aa382614081565b5f60208284031215614792575f5ffd5b8151801515811461107c575f5ffd5b634e487b7160e01b5f52601160045260245ffd5b8082028115828204841417610aa657610aa66147a1565b80820180821115610aa657610aa66147a1565b8281526040810161107c6020830184614574565b818382375f9101908152919050565b634e487b7160e01b5f52603260045260245ffd5b6001600160801b038281168282160390811115610aa657610aa66147a1565b5f63ffffffff82168061484a5761484a6147a1565b5f190192915050565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b8183525f7f07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8311156148ab575f5ffd5b8260051b80836020870137939093016020019392505050565b858152606060208201525f6148dd606083018688614853565b82810360408401526148f081858761487b565b98975050505050505050565b5f5f5f6060848603121561490e575f5ffd5b83519250602084015161492081614240565b604085015190925060038110614207575f5ffd5b6003811061458457614584614560565b858152602081018590526040810184905267ffffffffffffffff8316606082015260a0810161279e6080830184614934565b83815267ffffffffffffffff83166020820152606081016147136040830184614934565b81810381811115610aa657610aa66147a1565b5f63ffffffff821663ffffffff81036149c8576149c86147a1565b60010192915050565b5f602082840312156149e1575f5ffd5b5051919050565b5f5f604083850312156149f9575f5ffd5b8251614a04816141bf565b6020840151909250614235816141bf565b5f60018201614a2657614a266147a1565b5060010190565b634e487b7160e01b5f52604160045260245ffd5b600181811c90821680614a5557607f821691505b602082108103614a7357634e487b7160e01b5f52602260045260245ffd5b50919050565b601f821115613902578282111561390257805f5260205f20601f840160051c6020851015614aa457505f5b90810190601f840160051c035f5b81811015614ac7575f83820155600101614ab2565b505050505050565b67ffffffffffffffff831115614ae757614ae7614a2d565b614afb83614af58354614a41565b83614a79565b5f601f841160018114614b2c575f8515614b155750838201355b5f19600387901b1c1916600186901b178355614b83565b5f83815260208120601f198716915b82811015614b5b5786850135825560209485019460019092019101614b3b565b5086821015614b77575f1960f88860031b161c19848701351681555b505060018560011b0183555b5050505050565b67ffffffffffffffff8181168382160190811115610aa657610aa66147a1565b87815260a060208201525f614bc360a08301888a614853565b6001600160a01b038716604084015267ffffffffffffffff861660608401528281036080840152614bf5818587614853565b9a9950505050505050505050565b5f5f8335601e19843603018112614c18575f5ffd5b83018035915067ffffffffffffffff821115614c32575f5ffd5b602001915036819003821315614032575f5ffd5b5f5f8335601e19843603018112614c5b575f5ffd5b83018035915067ffffffffffffffff821115614c75575f5ffd5b6020019150600581901b3603821315614032575f5ffd5b88815260a060208201525f614ca560a08301898b614853565b8760408401528281036060840152614cbe818789614853565b90508281036080840152614cd381858761487b565b9b9a5050505050505050505050565b60e081525f614cf560e083018a8c614853565b6020830198909852509415156040860152606085019390935263ffffffff91909116608084015267ffffffffffffffff90811660a08401521660c09091015292915050565b5f5f85851115614d48575f5ffd5b83861115614d54575f5ffd5b5050820193919092039150565b63ffffffff8281168282160390811115610aa657610aa66147a1565b6001600160a01b0384168152604060208201525f614d9f604083018486614853565b95945050505050565b5f8154614db481614a41565b808552600182168015614dce5760018114614dea57614e1e565b60ff1983166020870152602082151560051b8701019350614e1e565b845f5260205f205f5b83811015614e155781546020828a010152600182019150602081019050614df3565b87016020019450505b50505092915050565b8481525f60028510614e3b57614e3b614560565b84602083015260806040830152614e5560808301856140c1565b8281036060840152614e678185614da8565b979650505050505050565b848152606060208201525f614e8b606083018587614853565b8281036040840152614e678185614da8565b5f82614eb757634e487b7160e01b5f52601260045260245ffd5b500490565b63ffffffff8181168382160190811115610aa657610aa66147a156fe6f706d6c3a20746865206d6f64656c27732072756e206661696c6564202861206661756c742c2061206e6f6e2d7a65726f20657869742c206f72206e6f2068616c742077697468696e20325e3332207374657073296f706d6c3a206e6f20726573756c743b20746865206665652077617320726566756e646564",
}

// AIOracle is an auto generated Go binding around an Ethereum contract.
type AIOracle struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *AIOracle) GetABI() abi.ABI {
	return c.abi
}

// NewAIOracle creates a new instance of AIOracle.
func NewAIOracle() *AIOracle {
	parsed, err := AIOracleMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &AIOracle{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *AIOracle) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address registry_, address game_, uint256 minFee_, uint256 callbackGasPrice_, uint256 entryBond_, uint64 challengeWindow_, uint64 submissionWindow_) returns()
func (aIOracle *AIOracle) PackConstructor(registry_ common.Address, game_ common.Address, minFee_ *big.Int, callbackGasPrice_ *big.Int, entryBond_ *big.Int, challengeWindow_ uint64, submissionWindow_ uint64) []byte {
	enc, err := aIOracle.abi.Pack("", registry_, game_, minFee_, callbackGasPrice_, entryBond_, challengeWindow_, submissionWindow_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackBONDKEPTPERCENT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3796c113.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function BOND_KEPT_PERCENT() view returns(uint256)
func (aIOracle *AIOracle) PackBONDKEPTPERCENT() []byte {
	enc, err := aIOracle.abi.Pack("BOND_KEPT_PERCENT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBONDKEPTPERCENT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3796c113.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function BOND_KEPT_PERCENT() view returns(uint256)
func (aIOracle *AIOracle) TryPackBONDKEPTPERCENT() ([]byte, error) {
	return aIOracle.abi.Pack("BOND_KEPT_PERCENT")
}

// UnpackBONDKEPTPERCENT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3796c113.
//
// Solidity: function BOND_KEPT_PERCENT() view returns(uint256)
func (aIOracle *AIOracle) UnpackBONDKEPTPERCENT(data []byte) (*big.Int, error) {
	out, err := aIOracle.abi.Unpack("BOND_KEPT_PERCENT", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCALLOVERHEAD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x352e13b4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function CALL_OVERHEAD() view returns(uint256)
func (aIOracle *AIOracle) PackCALLOVERHEAD() []byte {
	enc, err := aIOracle.abi.Pack("CALL_OVERHEAD")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCALLOVERHEAD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x352e13b4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function CALL_OVERHEAD() view returns(uint256)
func (aIOracle *AIOracle) TryPackCALLOVERHEAD() ([]byte, error) {
	return aIOracle.abi.Pack("CALL_OVERHEAD")
}

// UnpackCALLOVERHEAD is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x352e13b4.
//
// Solidity: function CALL_OVERHEAD() view returns(uint256)
func (aIOracle *AIOracle) UnpackCALLOVERHEAD(data []byte) (*big.Int, error) {
	out, err := aIOracle.abi.Unpack("CALL_OVERHEAD", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDEFAULTCHALLENGEWINDOW is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xda493740.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_CHALLENGE_WINDOW() view returns(uint64)
func (aIOracle *AIOracle) PackDEFAULTCHALLENGEWINDOW() []byte {
	enc, err := aIOracle.abi.Pack("DEFAULT_CHALLENGE_WINDOW")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDEFAULTCHALLENGEWINDOW is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xda493740.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DEFAULT_CHALLENGE_WINDOW() view returns(uint64)
func (aIOracle *AIOracle) TryPackDEFAULTCHALLENGEWINDOW() ([]byte, error) {
	return aIOracle.abi.Pack("DEFAULT_CHALLENGE_WINDOW")
}

// UnpackDEFAULTCHALLENGEWINDOW is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xda493740.
//
// Solidity: function DEFAULT_CHALLENGE_WINDOW() view returns(uint64)
func (aIOracle *AIOracle) UnpackDEFAULTCHALLENGEWINDOW(data []byte) (uint64, error) {
	out, err := aIOracle.abi.Unpack("DEFAULT_CHALLENGE_WINDOW", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackDEFAULTSUBMISSIONWINDOW is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x59f225bb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_SUBMISSION_WINDOW() view returns(uint64)
func (aIOracle *AIOracle) PackDEFAULTSUBMISSIONWINDOW() []byte {
	enc, err := aIOracle.abi.Pack("DEFAULT_SUBMISSION_WINDOW")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDEFAULTSUBMISSIONWINDOW is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x59f225bb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DEFAULT_SUBMISSION_WINDOW() view returns(uint64)
func (aIOracle *AIOracle) TryPackDEFAULTSUBMISSIONWINDOW() ([]byte, error) {
	return aIOracle.abi.Pack("DEFAULT_SUBMISSION_WINDOW")
}

// UnpackDEFAULTSUBMISSIONWINDOW is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x59f225bb.
//
// Solidity: function DEFAULT_SUBMISSION_WINDOW() view returns(uint64)
func (aIOracle *AIOracle) UnpackDEFAULTSUBMISSIONWINDOW(data []byte) (uint64, error) {
	out, err := aIOracle.abi.Unpack("DEFAULT_SUBMISSION_WINDOW", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackMAXCALLBACKGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6d9809a0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_CALLBACK_GAS() view returns(uint64)
func (aIOracle *AIOracle) PackMAXCALLBACKGAS() []byte {
	enc, err := aIOracle.abi.Pack("MAX_CALLBACK_GAS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXCALLBACKGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6d9809a0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_CALLBACK_GAS() view returns(uint64)
func (aIOracle *AIOracle) TryPackMAXCALLBACKGAS() ([]byte, error) {
	return aIOracle.abi.Pack("MAX_CALLBACK_GAS")
}

// UnpackMAXCALLBACKGAS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6d9809a0.
//
// Solidity: function MAX_CALLBACK_GAS() view returns(uint64)
func (aIOracle *AIOracle) UnpackMAXCALLBACKGAS(data []byte) (uint64, error) {
	out, err := aIOracle.abi.Unpack("MAX_CALLBACK_GAS", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackNORESULT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x934ab52e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function NO_RESULT() view returns(bytes)
func (aIOracle *AIOracle) PackNORESULT() []byte {
	enc, err := aIOracle.abi.Pack("NO_RESULT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNORESULT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x934ab52e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function NO_RESULT() view returns(bytes)
func (aIOracle *AIOracle) TryPackNORESULT() ([]byte, error) {
	return aIOracle.abi.Pack("NO_RESULT")
}

// UnpackNORESULT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x934ab52e.
//
// Solidity: function NO_RESULT() view returns(bytes)
func (aIOracle *AIOracle) UnpackNORESULT(data []byte) ([]byte, error) {
	out, err := aIOracle.abi.Unpack("NO_RESULT", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackRUNFAILED is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b9ca7a9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function RUN_FAILED() view returns(bytes)
func (aIOracle *AIOracle) PackRUNFAILED() []byte {
	enc, err := aIOracle.abi.Pack("RUN_FAILED")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRUNFAILED is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b9ca7a9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function RUN_FAILED() view returns(bytes)
func (aIOracle *AIOracle) TryPackRUNFAILED() ([]byte, error) {
	return aIOracle.abi.Pack("RUN_FAILED")
}

// UnpackRUNFAILED is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2b9ca7a9.
//
// Solidity: function RUN_FAILED() view returns(bytes)
func (aIOracle *AIOracle) UnpackRUNFAILED(data []byte) ([]byte, error) {
	out, err := aIOracle.abi.Unpack("RUN_FAILED", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackBackingWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e00b67a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function backingWindow() view returns(uint64)
func (aIOracle *AIOracle) PackBackingWindow() []byte {
	enc, err := aIOracle.abi.Pack("backingWindow")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBackingWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e00b67a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function backingWindow() view returns(uint64)
func (aIOracle *AIOracle) TryPackBackingWindow() ([]byte, error) {
	return aIOracle.abi.Pack("backingWindow")
}

// UnpackBackingWindow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3e00b67a.
//
// Solidity: function backingWindow() view returns(uint64)
func (aIOracle *AIOracle) UnpackBackingWindow(data []byte) (uint64, error) {
	out, err := aIOracle.abi.Unpack("backingWindow", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackBurned is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x73f42561.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function burned() view returns(uint256)
func (aIOracle *AIOracle) PackBurned() []byte {
	enc, err := aIOracle.abi.Pack("burned")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBurned is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x73f42561.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function burned() view returns(uint256)
func (aIOracle *AIOracle) TryPackBurned() ([]byte, error) {
	return aIOracle.abi.Pack("burned")
}

// UnpackBurned is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x73f42561.
//
// Solidity: function burned() view returns(uint256)
func (aIOracle *AIOracle) UnpackBurned(data []byte) (*big.Int, error) {
	out, err := aIOracle.abi.Unpack("burned", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCallbackGasPrice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbf903247.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function callbackGasPrice() view returns(uint256)
func (aIOracle *AIOracle) PackCallbackGasPrice() []byte {
	enc, err := aIOracle.abi.Pack("callbackGasPrice")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCallbackGasPrice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbf903247.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function callbackGasPrice() view returns(uint256)
func (aIOracle *AIOracle) TryPackCallbackGasPrice() ([]byte, error) {
	return aIOracle.abi.Pack("callbackGasPrice")
}

// UnpackCallbackGasPrice is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbf903247.
//
// Solidity: function callbackGasPrice() view returns(uint256)
func (aIOracle *AIOracle) UnpackCallbackGasPrice(data []byte) (*big.Int, error) {
	out, err := aIOracle.abi.Unpack("callbackGasPrice", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackChallengeWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x861a1412.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function challengeWindow() view returns(uint64)
func (aIOracle *AIOracle) PackChallengeWindow() []byte {
	enc, err := aIOracle.abi.Pack("challengeWindow")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChallengeWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x861a1412.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function challengeWindow() view returns(uint64)
func (aIOracle *AIOracle) TryPackChallengeWindow() ([]byte, error) {
	return aIOracle.abi.Pack("challengeWindow")
}

// UnpackChallengeWindow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x861a1412.
//
// Solidity: function challengeWindow() view returns(uint64)
func (aIOracle *AIOracle) UnpackChallengeWindow(data []byte) (uint64, error) {
	out, err := aIOracle.abi.Unpack("challengeWindow", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackClaims is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbd859182.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claims(uint256 , bytes32 ) view returns(uint32 live, uint32 head, bool admitted)
func (aIOracle *AIOracle) PackClaims(arg0 *big.Int, arg1 [32]byte) []byte {
	enc, err := aIOracle.abi.Pack("claims", arg0, arg1)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaims is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbd859182.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claims(uint256 , bytes32 ) view returns(uint32 live, uint32 head, bool admitted)
func (aIOracle *AIOracle) TryPackClaims(arg0 *big.Int, arg1 [32]byte) ([]byte, error) {
	return aIOracle.abi.Pack("claims", arg0, arg1)
}

// ClaimsOutput serves as a container for the return parameters of contract
// method Claims.
type ClaimsOutput struct {
	Live     uint32
	Head     uint32
	Admitted bool
}

// UnpackClaims is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbd859182.
//
// Solidity: function claims(uint256 , bytes32 ) view returns(uint32 live, uint32 head, bool admitted)
func (aIOracle *AIOracle) UnpackClaims(data []byte) (ClaimsOutput, error) {
	out, err := aIOracle.abi.Unpack("claims", data)
	outstruct := new(ClaimsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Live = *abi.ConvertType(out[0], new(uint32)).(*uint32)
	outstruct.Head = *abi.ConvertType(out[1], new(uint32)).(*uint32)
	outstruct.Admitted = *abi.ConvertType(out[2], new(bool)).(*bool)
	return *outstruct, nil
}

// PackCommit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2f03877.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commit(uint256 requestId, bytes32 commitment) returns()
func (aIOracle *AIOracle) PackCommit(requestId *big.Int, commitment [32]byte) []byte {
	enc, err := aIOracle.abi.Pack("commit", requestId, commitment)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2f03877.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commit(uint256 requestId, bytes32 commitment) returns()
func (aIOracle *AIOracle) TryPackCommit(requestId *big.Int, commitment [32]byte) ([]byte, error) {
	return aIOracle.abi.Pack("commit", requestId, commitment)
}

// PackCommitmentOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb78e5564.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commitmentOf(uint256 requestId, address poster, bytes output, bytes32 claim, bytes32 salt) pure returns(bytes32)
func (aIOracle *AIOracle) PackCommitmentOf(requestId *big.Int, poster common.Address, output []byte, claim [32]byte, salt [32]byte) []byte {
	enc, err := aIOracle.abi.Pack("commitmentOf", requestId, poster, output, claim, salt)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommitmentOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb78e5564.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commitmentOf(uint256 requestId, address poster, bytes output, bytes32 claim, bytes32 salt) pure returns(bytes32)
func (aIOracle *AIOracle) TryPackCommitmentOf(requestId *big.Int, poster common.Address, output []byte, claim [32]byte, salt [32]byte) ([]byte, error) {
	return aIOracle.abi.Pack("commitmentOf", requestId, poster, output, claim, salt)
}

// UnpackCommitmentOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb78e5564.
//
// Solidity: function commitmentOf(uint256 requestId, address poster, bytes output, bytes32 claim, bytes32 salt) pure returns(bytes32)
func (aIOracle *AIOracle) UnpackCommitmentOf(data []byte) ([32]byte, error) {
	out, err := aIOracle.abi.Unpack("commitmentOf", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackCommits is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x885d68a8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commits(uint256 , address ) view returns(bytes32 commitment, uint32 order, bool revealed)
func (aIOracle *AIOracle) PackCommits(arg0 *big.Int, arg1 common.Address) []byte {
	enc, err := aIOracle.abi.Pack("commits", arg0, arg1)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommits is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x885d68a8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commits(uint256 , address ) view returns(bytes32 commitment, uint32 order, bool revealed)
func (aIOracle *AIOracle) TryPackCommits(arg0 *big.Int, arg1 common.Address) ([]byte, error) {
	return aIOracle.abi.Pack("commits", arg0, arg1)
}

// CommitsOutput serves as a container for the return parameters of contract
// method Commits.
type CommitsOutput struct {
	Commitment [32]byte
	Order      uint32
	Revealed   bool
}

// UnpackCommits is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x885d68a8.
//
// Solidity: function commits(uint256 , address ) view returns(bytes32 commitment, uint32 order, bool revealed)
func (aIOracle *AIOracle) UnpackCommits(data []byte) (CommitsOutput, error) {
	out, err := aIOracle.abi.Unpack("commits", data)
	outstruct := new(CommitsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Commitment = *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	outstruct.Order = *abi.ConvertType(out[1], new(uint32)).(*uint32)
	outstruct.Revealed = *abi.ConvertType(out[2], new(bool)).(*bool)
	return *outstruct, nil
}

// PackDeliver is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x157305fe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deliver(uint256 requestId, bytes output) returns()
func (aIOracle *AIOracle) PackDeliver(requestId *big.Int, output []byte) []byte {
	enc, err := aIOracle.abi.Pack("deliver", requestId, output)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeliver is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x157305fe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deliver(uint256 requestId, bytes output) returns()
func (aIOracle *AIOracle) TryPackDeliver(requestId *big.Int, output []byte) ([]byte, error) {
	return aIOracle.abi.Pack("deliver", requestId, output)
}

// PackDispute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e230498.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function dispute(uint256 requestId, uint32 a, uint32 b) returns(uint256 gameId)
func (aIOracle *AIOracle) PackDispute(requestId *big.Int, a uint32, b uint32) []byte {
	enc, err := aIOracle.abi.Pack("dispute", requestId, a, b)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDispute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e230498.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function dispute(uint256 requestId, uint32 a, uint32 b) returns(uint256 gameId)
func (aIOracle *AIOracle) TryPackDispute(requestId *big.Int, a uint32, b uint32) ([]byte, error) {
	return aIOracle.abi.Pack("dispute", requestId, a, b)
}

// UnpackDispute is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3e230498.
//
// Solidity: function dispute(uint256 requestId, uint32 a, uint32 b) returns(uint256 gameId)
func (aIOracle *AIOracle) UnpackDispute(data []byte) (*big.Int, error) {
	out, err := aIOracle.abi.Unpack("dispute", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackEntryBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xed10633c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function entryBond() view returns(uint256)
func (aIOracle *AIOracle) PackEntryBond() []byte {
	enc, err := aIOracle.abi.Pack("entryBond")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEntryBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xed10633c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function entryBond() view returns(uint256)
func (aIOracle *AIOracle) TryPackEntryBond() ([]byte, error) {
	return aIOracle.abi.Pack("entryBond")
}

// UnpackEntryBond is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xed10633c.
//
// Solidity: function entryBond() view returns(uint256)
func (aIOracle *AIOracle) UnpackEntryBond(data []byte) (*big.Int, error) {
	out, err := aIOracle.abi.Unpack("entryBond", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackEstimateFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00e1d8d0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function estimateFee(uint256 modelId, uint256 gasLimit) view returns(uint256)
func (aIOracle *AIOracle) PackEstimateFee(modelId *big.Int, gasLimit *big.Int) []byte {
	enc, err := aIOracle.abi.Pack("estimateFee", modelId, gasLimit)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEstimateFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00e1d8d0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function estimateFee(uint256 modelId, uint256 gasLimit) view returns(uint256)
func (aIOracle *AIOracle) TryPackEstimateFee(modelId *big.Int, gasLimit *big.Int) ([]byte, error) {
	return aIOracle.abi.Pack("estimateFee", modelId, gasLimit)
}

// UnpackEstimateFee is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x00e1d8d0.
//
// Solidity: function estimateFee(uint256 modelId, uint256 gasLimit) view returns(uint256)
func (aIOracle *AIOracle) UnpackEstimateFee(data []byte) (*big.Int, error) {
	out, err := aIOracle.abi.Unpack("estimateFee", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackFinalize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbcfad652.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function finalize(uint256 requestId, bytes32 claim, bytes output) returns()
func (aIOracle *AIOracle) PackFinalize(requestId *big.Int, claim [32]byte, output []byte) []byte {
	enc, err := aIOracle.abi.Pack("finalize", requestId, claim, output)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFinalize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbcfad652.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function finalize(uint256 requestId, bytes32 claim, bytes output) returns()
func (aIOracle *AIOracle) TryPackFinalize(requestId *big.Int, claim [32]byte, output []byte) ([]byte, error) {
	return aIOracle.abi.Pack("finalize", requestId, claim, output)
}

// PackGame is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc3fe3e28.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function game() view returns(address)
func (aIOracle *AIOracle) PackGame() []byte {
	enc, err := aIOracle.abi.Pack("game")
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
func (aIOracle *AIOracle) TryPackGame() ([]byte, error) {
	return aIOracle.abi.Pack("game")
}

// UnpackGame is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc3fe3e28.
//
// Solidity: function game() view returns(address)
func (aIOracle *AIOracle) UnpackGame(data []byte) (common.Address, error) {
	out, err := aIOracle.abi.Unpack("game", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackGetEntries is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd3549ebd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getEntries(uint256 requestId) view returns((address,uint32,uint32,bool,bool,bool,uint128,uint128,uint128,uint32,uint32,bytes32,bytes32)[])
func (aIOracle *AIOracle) PackGetEntries(requestId *big.Int) []byte {
	enc, err := aIOracle.abi.Pack("getEntries", requestId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetEntries is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd3549ebd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getEntries(uint256 requestId) view returns((address,uint32,uint32,bool,bool,bool,uint128,uint128,uint128,uint32,uint32,bytes32,bytes32)[])
func (aIOracle *AIOracle) TryPackGetEntries(requestId *big.Int) ([]byte, error) {
	return aIOracle.abi.Pack("getEntries", requestId)
}

// UnpackGetEntries is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd3549ebd.
//
// Solidity: function getEntries(uint256 requestId) view returns((address,uint32,uint32,bool,bool,bool,uint128,uint128,uint128,uint32,uint32,bytes32,bytes32)[])
func (aIOracle *AIOracle) UnpackGetEntries(data []byte) ([]OracleEntriesEntry, error) {
	out, err := aIOracle.abi.Unpack("getEntries", data)
	if err != nil {
		return *new([]OracleEntriesEntry), err
	}
	out0 := *abi.ConvertType(out[0], new([]OracleEntriesEntry)).(*[]OracleEntriesEntry)
	return out0, nil
}

// PackGetEntry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7df1d5d2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getEntry(uint256 requestId, uint32 index) view returns((address,uint32,uint32,bool,bool,bool,uint128,uint128,uint128,uint32,uint32,bytes32,bytes32))
func (aIOracle *AIOracle) PackGetEntry(requestId *big.Int, index uint32) []byte {
	enc, err := aIOracle.abi.Pack("getEntry", requestId, index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetEntry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7df1d5d2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getEntry(uint256 requestId, uint32 index) view returns((address,uint32,uint32,bool,bool,bool,uint128,uint128,uint128,uint32,uint32,bytes32,bytes32))
func (aIOracle *AIOracle) TryPackGetEntry(requestId *big.Int, index uint32) ([]byte, error) {
	return aIOracle.abi.Pack("getEntry", requestId, index)
}

// UnpackGetEntry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7df1d5d2.
//
// Solidity: function getEntry(uint256 requestId, uint32 index) view returns((address,uint32,uint32,bool,bool,bool,uint128,uint128,uint128,uint32,uint32,bytes32,bytes32))
func (aIOracle *AIOracle) UnpackGetEntry(data []byte) (OracleEntriesEntry, error) {
	out, err := aIOracle.abi.Unpack("getEntry", data)
	if err != nil {
		return *new(OracleEntriesEntry), err
	}
	out0 := *abi.ConvertType(out[0], new(OracleEntriesEntry)).(*OracleEntriesEntry)
	return out0, nil
}

// PackGetGame is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa2f77bcc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getGame(uint256 gameId) view returns((uint256,uint32,uint32,bool))
func (aIOracle *AIOracle) PackGetGame(gameId *big.Int) []byte {
	enc, err := aIOracle.abi.Pack("getGame", gameId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetGame is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa2f77bcc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getGame(uint256 gameId) view returns((uint256,uint32,uint32,bool))
func (aIOracle *AIOracle) TryPackGetGame(gameId *big.Int) ([]byte, error) {
	return aIOracle.abi.Pack("getGame", gameId)
}

// UnpackGetGame is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa2f77bcc.
//
// Solidity: function getGame(uint256 gameId) view returns((uint256,uint32,uint32,bool))
func (aIOracle *AIOracle) UnpackGetGame(data []byte) (OracleEntriesGame, error) {
	out, err := aIOracle.abi.Unpack("getGame", data)
	if err != nil {
		return *new(OracleEntriesGame), err
	}
	out0 := *abi.ConvertType(out[0], new(OracleEntriesGame)).(*OracleEntriesGame)
	return out0, nil
}

// PackGetRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc58343ef.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRequest(uint256 requestId) view returns((address,uint64,uint8,bool,bool,bool,address,uint64,uint32,uint64,uint64,uint32,uint32,uint32,uint32,uint256,uint256,bytes32,bytes32,bytes32,bytes))
func (aIOracle *AIOracle) PackGetRequest(requestId *big.Int) []byte {
	enc, err := aIOracle.abi.Pack("getRequest", requestId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc58343ef.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getRequest(uint256 requestId) view returns((address,uint64,uint8,bool,bool,bool,address,uint64,uint32,uint64,uint64,uint32,uint32,uint32,uint32,uint256,uint256,bytes32,bytes32,bytes32,bytes))
func (aIOracle *AIOracle) TryPackGetRequest(requestId *big.Int) ([]byte, error) {
	return aIOracle.abi.Pack("getRequest", requestId)
}

// UnpackGetRequest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc58343ef.
//
// Solidity: function getRequest(uint256 requestId) view returns((address,uint64,uint8,bool,bool,bool,address,uint64,uint32,uint64,uint64,uint32,uint32,uint32,uint32,uint256,uint256,bytes32,bytes32,bytes32,bytes))
func (aIOracle *AIOracle) UnpackGetRequest(data []byte) (OracleEntriesRequest, error) {
	out, err := aIOracle.abi.Unpack("getRequest", data)
	if err != nil {
		return *new(OracleEntriesRequest), err
	}
	out0 := *abi.ConvertType(out[0], new(OracleEntriesRequest)).(*OracleEntriesRequest)
	return out0, nil
}

// PackIsFinalized is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x33727c4d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isFinalized(uint256 requestId) view returns(bool)
func (aIOracle *AIOracle) PackIsFinalized(requestId *big.Int) []byte {
	enc, err := aIOracle.abi.Pack("isFinalized", requestId)
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
func (aIOracle *AIOracle) TryPackIsFinalized(requestId *big.Int) ([]byte, error) {
	return aIOracle.abi.Pack("isFinalized", requestId)
}

// UnpackIsFinalized is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x33727c4d.
//
// Solidity: function isFinalized(uint256 requestId) view returns(bool)
func (aIOracle *AIOracle) UnpackIsFinalized(data []byte) (bool, error) {
	out, err := aIOracle.abi.Unpack("isFinalized", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackLocked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcf309012.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function locked() view returns(uint256)
func (aIOracle *AIOracle) PackLocked() []byte {
	enc, err := aIOracle.abi.Pack("locked")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLocked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcf309012.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function locked() view returns(uint256)
func (aIOracle *AIOracle) TryPackLocked() ([]byte, error) {
	return aIOracle.abi.Pack("locked")
}

// UnpackLocked is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcf309012.
//
// Solidity: function locked() view returns(uint256)
func (aIOracle *AIOracle) UnpackLocked(data []byte) (*big.Int, error) {
	out, err := aIOracle.abi.Unpack("locked", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMinFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x24ec7590.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function minFee() view returns(uint256)
func (aIOracle *AIOracle) PackMinFee() []byte {
	enc, err := aIOracle.abi.Pack("minFee")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMinFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x24ec7590.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function minFee() view returns(uint256)
func (aIOracle *AIOracle) TryPackMinFee() ([]byte, error) {
	return aIOracle.abi.Pack("minFee")
}

// UnpackMinFee is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x24ec7590.
//
// Solidity: function minFee() view returns(uint256)
func (aIOracle *AIOracle) UnpackMinFee(data []byte) (*big.Int, error) {
	out, err := aIOracle.abi.Unpack("minFee", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackNextRequestId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6a84a985.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nextRequestId() view returns(uint256)
func (aIOracle *AIOracle) PackNextRequestId() []byte {
	enc, err := aIOracle.abi.Pack("nextRequestId")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNextRequestId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6a84a985.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nextRequestId() view returns(uint256)
func (aIOracle *AIOracle) TryPackNextRequestId() ([]byte, error) {
	return aIOracle.abi.Pack("nextRequestId")
}

// UnpackNextRequestId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6a84a985.
//
// Solidity: function nextRequestId() view returns(uint256)
func (aIOracle *AIOracle) UnpackNextRequestId(data []byte) (*big.Int, error) {
	out, err := aIOracle.abi.Unpack("nextRequestId", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOwed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdf18e047.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owed(address ) view returns(uint256)
func (aIOracle *AIOracle) PackOwed(arg0 common.Address) []byte {
	enc, err := aIOracle.abi.Pack("owed", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdf18e047.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owed(address ) view returns(uint256)
func (aIOracle *AIOracle) TryPackOwed(arg0 common.Address) ([]byte, error) {
	return aIOracle.abi.Pack("owed", arg0)
}

// UnpackOwed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdf18e047.
//
// Solidity: function owed(address ) view returns(uint256)
func (aIOracle *AIOracle) UnpackOwed(data []byte) (*big.Int, error) {
	out, err := aIOracle.abi.Unpack("owed", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOwedTotal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfa1f0442.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owedTotal() view returns(uint256)
func (aIOracle *AIOracle) PackOwedTotal() []byte {
	enc, err := aIOracle.abi.Pack("owedTotal")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwedTotal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfa1f0442.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owedTotal() view returns(uint256)
func (aIOracle *AIOracle) TryPackOwedTotal() ([]byte, error) {
	return aIOracle.abi.Pack("owedTotal")
}

// UnpackOwedTotal is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfa1f0442.
//
// Solidity: function owedTotal() view returns(uint256)
func (aIOracle *AIOracle) UnpackOwedTotal(data []byte) (*big.Int, error) {
	out, err := aIOracle.abi.Unpack("owedTotal", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b103999.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registry() view returns(address)
func (aIOracle *AIOracle) PackRegistry() []byte {
	enc, err := aIOracle.abi.Pack("registry")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b103999.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registry() view returns(address)
func (aIOracle *AIOracle) TryPackRegistry() ([]byte, error) {
	return aIOracle.abi.Pack("registry")
}

// UnpackRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (aIOracle *AIOracle) UnpackRegistry(data []byte) (common.Address, error) {
	out, err := aIOracle.abi.Unpack("registry", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackReleaseBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x475bb437.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function releaseBond(uint256 requestId, uint32 index) returns()
func (aIOracle *AIOracle) PackReleaseBond(requestId *big.Int, index uint32) []byte {
	enc, err := aIOracle.abi.Pack("releaseBond", requestId, index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReleaseBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x475bb437.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function releaseBond(uint256 requestId, uint32 index) returns()
func (aIOracle *AIOracle) TryPackReleaseBond(requestId *big.Int, index uint32) ([]byte, error) {
	return aIOracle.abi.Pack("releaseBond", requestId, index)
}

// PackRequestCallback is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5b953806.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestCallback(uint256 modelId, bytes input, address callbackContract, uint64 gasLimit, bytes callbackData) payable returns(uint256 requestId)
func (aIOracle *AIOracle) PackRequestCallback(modelId *big.Int, input []byte, callbackContract common.Address, gasLimit uint64, callbackData []byte) []byte {
	enc, err := aIOracle.abi.Pack("requestCallback", modelId, input, callbackContract, gasLimit, callbackData)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestCallback is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5b953806.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestCallback(uint256 modelId, bytes input, address callbackContract, uint64 gasLimit, bytes callbackData) payable returns(uint256 requestId)
func (aIOracle *AIOracle) TryPackRequestCallback(modelId *big.Int, input []byte, callbackContract common.Address, gasLimit uint64, callbackData []byte) ([]byte, error) {
	return aIOracle.abi.Pack("requestCallback", modelId, input, callbackContract, gasLimit, callbackData)
}

// UnpackRequestCallback is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5b953806.
//
// Solidity: function requestCallback(uint256 modelId, bytes input, address callbackContract, uint64 gasLimit, bytes callbackData) payable returns(uint256 requestId)
func (aIOracle *AIOracle) UnpackRequestCallback(data []byte) (*big.Int, error) {
	out, err := aIOracle.abi.Unpack("requestCallback", data)
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
// Solidity: function resolved(uint256 gameId, address winner) returns()
func (aIOracle *AIOracle) PackResolved(gameId *big.Int, winner common.Address) []byte {
	enc, err := aIOracle.abi.Pack("resolved", gameId, winner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackResolved is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x225ed73e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function resolved(uint256 gameId, address winner) returns()
func (aIOracle *AIOracle) TryPackResolved(gameId *big.Int, winner common.Address) ([]byte, error) {
	return aIOracle.abi.Pack("resolved", gameId, winner)
}

// PackReveal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x72972992.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reveal(uint256 requestId, bytes output, (bytes32,bytes,bytes32[]) c, bytes32 salt, uint32 after_) payable returns(uint32 index)
func (aIOracle *AIOracle) PackReveal(requestId *big.Int, output []byte, c OracleEntriesClaimProof, salt [32]byte, after uint32) []byte {
	enc, err := aIOracle.abi.Pack("reveal", requestId, output, c, salt, after)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReveal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x72972992.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reveal(uint256 requestId, bytes output, (bytes32,bytes,bytes32[]) c, bytes32 salt, uint32 after_) payable returns(uint32 index)
func (aIOracle *AIOracle) TryPackReveal(requestId *big.Int, output []byte, c OracleEntriesClaimProof, salt [32]byte, after uint32) ([]byte, error) {
	return aIOracle.abi.Pack("reveal", requestId, output, c, salt, after)
}

// UnpackReveal is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x72972992.
//
// Solidity: function reveal(uint256 requestId, bytes output, (bytes32,bytes,bytes32[]) c, bytes32 salt, uint32 after_) payable returns(uint32 index)
func (aIOracle *AIOracle) UnpackReveal(data []byte) (uint32, error) {
	out, err := aIOracle.abi.Unpack("reveal", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackSetGameStart is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x388de1a0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setGameStart(uint256 requestId, bytes input, bytes32[] siblings) returns()
func (aIOracle *AIOracle) PackSetGameStart(requestId *big.Int, input []byte, siblings [][32]byte) []byte {
	enc, err := aIOracle.abi.Pack("setGameStart", requestId, input, siblings)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetGameStart is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x388de1a0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setGameStart(uint256 requestId, bytes input, bytes32[] siblings) returns()
func (aIOracle *AIOracle) TryPackSetGameStart(requestId *big.Int, input []byte, siblings [][32]byte) ([]byte, error) {
	return aIOracle.abi.Pack("setGameStart", requestId, input, siblings)
}

// PackSubmissionWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe621dbc7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function submissionWindow() view returns(uint64)
func (aIOracle *AIOracle) PackSubmissionWindow() []byte {
	enc, err := aIOracle.abi.Pack("submissionWindow")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSubmissionWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe621dbc7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function submissionWindow() view returns(uint64)
func (aIOracle *AIOracle) TryPackSubmissionWindow() ([]byte, error) {
	return aIOracle.abi.Pack("submissionWindow")
}

// UnpackSubmissionWindow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe621dbc7.
//
// Solidity: function submissionWindow() view returns(uint64)
func (aIOracle *AIOracle) UnpackSubmissionWindow(data []byte) (uint64, error) {
	out, err := aIOracle.abi.Unpack("submissionWindow", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw() returns()
func (aIOracle *AIOracle) PackWithdraw() []byte {
	enc, err := aIOracle.abi.Pack("withdraw")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw() returns()
func (aIOracle *AIOracle) TryPackWithdraw() ([]byte, error) {
	return aIOracle.abi.Pack("withdraw")
}

// AIOracleAICallbackRequest represents a AICallbackRequest event raised by the AIOracle contract.
type AIOracleAICallbackRequest struct {
	Account          common.Address
	RequestId        *big.Int
	ModelId          *big.Int
	Input            []byte
	CallbackContract common.Address
	GasLimit         uint64
	CallbackData     []byte
	Raw              *types.Log // Blockchain specific contextual infos
}

const AIOracleAICallbackRequestEventName = "AICallbackRequest"

// ContractEventName returns the user-defined event name.
func (AIOracleAICallbackRequest) ContractEventName() string {
	return AIOracleAICallbackRequestEventName
}

// UnpackAICallbackRequestEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AICallbackRequest(address indexed account, uint256 indexed requestId, uint256 modelId, bytes input, address callbackContract, uint64 gasLimit, bytes callbackData)
func (aIOracle *AIOracle) UnpackAICallbackRequestEvent(log *types.Log) (*AIOracleAICallbackRequest, error) {
	event := "AICallbackRequest"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aIOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AIOracleAICallbackRequest)
	if len(log.Data) > 0 {
		if err := aIOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aIOracle.abi.Events[event].Inputs {
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

// AIOracleAICallbackResult represents a AICallbackResult event raised by the AIOracle contract.
type AIOracleAICallbackResult struct {
	Account   common.Address
	RequestId *big.Int
	Invoker   common.Address
	Output    []byte
	Raw       *types.Log // Blockchain specific contextual infos
}

const AIOracleAICallbackResultEventName = "AICallbackResult"

// ContractEventName returns the user-defined event name.
func (AIOracleAICallbackResult) ContractEventName() string {
	return AIOracleAICallbackResultEventName
}

// UnpackAICallbackResultEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AICallbackResult(address indexed account, uint256 indexed requestId, address invoker, bytes output)
func (aIOracle *AIOracle) UnpackAICallbackResultEvent(log *types.Log) (*AIOracleAICallbackResult, error) {
	event := "AICallbackResult"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aIOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AIOracleAICallbackResult)
	if len(log.Data) > 0 {
		if err := aIOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aIOracle.abi.Events[event].Inputs {
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

// AIOracleBondReleased represents a BondReleased event raised by the AIOracle contract.
type AIOracleBondReleased struct {
	RequestId *big.Int
	Entry     uint32
	Poster    common.Address
	Amount    *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const AIOracleBondReleasedEventName = "BondReleased"

// ContractEventName returns the user-defined event name.
func (AIOracleBondReleased) ContractEventName() string {
	return AIOracleBondReleasedEventName
}

// UnpackBondReleasedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BondReleased(uint256 indexed requestId, uint32 indexed entry, address indexed poster, uint256 amount)
func (aIOracle *AIOracle) UnpackBondReleasedEvent(log *types.Log) (*AIOracleBondReleased, error) {
	event := "BondReleased"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aIOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AIOracleBondReleased)
	if len(log.Data) > 0 {
		if err := aIOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aIOracle.abi.Events[event].Inputs {
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

// AIOracleBurned represents a Burned event raised by the AIOracle contract.
type AIOracleBurned struct {
	RequestId *big.Int
	Entry     uint32
	Amount    *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const AIOracleBurnedEventName = "Burned"

// ContractEventName returns the user-defined event name.
func (AIOracleBurned) ContractEventName() string {
	return AIOracleBurnedEventName
}

// UnpackBurnedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Burned(uint256 indexed requestId, uint32 indexed entry, uint256 amount)
func (aIOracle *AIOracle) UnpackBurnedEvent(log *types.Log) (*AIOracleBurned, error) {
	event := "Burned"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aIOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AIOracleBurned)
	if len(log.Data) > 0 {
		if err := aIOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aIOracle.abi.Events[event].Inputs {
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

// AIOracleCommitted represents a Committed event raised by the AIOracle contract.
type AIOracleCommitted struct {
	RequestId  *big.Int
	Poster     common.Address
	Commitment [32]byte
	Order      uint32
	Raw        *types.Log // Blockchain specific contextual infos
}

const AIOracleCommittedEventName = "Committed"

// ContractEventName returns the user-defined event name.
func (AIOracleCommitted) ContractEventName() string {
	return AIOracleCommittedEventName
}

// UnpackCommittedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Committed(uint256 indexed requestId, address indexed poster, bytes32 commitment, uint32 order)
func (aIOracle *AIOracle) UnpackCommittedEvent(log *types.Log) (*AIOracleCommitted, error) {
	event := "Committed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aIOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AIOracleCommitted)
	if len(log.Data) > 0 {
		if err := aIOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aIOracle.abi.Events[event].Inputs {
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

// AIOracleDelivered represents a Delivered event raised by the AIOracle contract.
type AIOracleDelivered struct {
	RequestId        *big.Int
	CallbackContract common.Address
	Success          bool
	Raw              *types.Log // Blockchain specific contextual infos
}

const AIOracleDeliveredEventName = "Delivered"

// ContractEventName returns the user-defined event name.
func (AIOracleDelivered) ContractEventName() string {
	return AIOracleDeliveredEventName
}

// UnpackDeliveredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Delivered(uint256 indexed requestId, address indexed callbackContract, bool success)
func (aIOracle *AIOracle) UnpackDeliveredEvent(log *types.Log) (*AIOracleDelivered, error) {
	event := "Delivered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aIOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AIOracleDelivered)
	if len(log.Data) > 0 {
		if err := aIOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aIOracle.abi.Events[event].Inputs {
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

// AIOracleDisputed represents a Disputed event raised by the AIOracle contract.
type AIOracleDisputed struct {
	RequestId       *big.Int
	GameId          *big.Int
	AsserterEntry   uint32
	ChallengerEntry uint32
	Asserter        common.Address
	Challenger      common.Address
	Raw             *types.Log // Blockchain specific contextual infos
}

const AIOracleDisputedEventName = "Disputed"

// ContractEventName returns the user-defined event name.
func (AIOracleDisputed) ContractEventName() string {
	return AIOracleDisputedEventName
}

// UnpackDisputedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Disputed(uint256 indexed requestId, uint256 indexed gameId, uint32 asserterEntry, uint32 challengerEntry, address asserter, address challenger)
func (aIOracle *AIOracle) UnpackDisputedEvent(log *types.Log) (*AIOracleDisputed, error) {
	event := "Disputed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aIOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AIOracleDisputed)
	if len(log.Data) > 0 {
		if err := aIOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aIOracle.abi.Events[event].Inputs {
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

// AIOracleEliminated represents a Eliminated event raised by the AIOracle contract.
type AIOracleEliminated struct {
	RequestId *big.Int
	Entry     uint32
	Share     *big.Int
	Games     uint32
	Raw       *types.Log // Blockchain specific contextual infos
}

const AIOracleEliminatedEventName = "Eliminated"

// ContractEventName returns the user-defined event name.
func (AIOracleEliminated) ContractEventName() string {
	return AIOracleEliminatedEventName
}

// UnpackEliminatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Eliminated(uint256 indexed requestId, uint32 indexed entry, uint256 share, uint32 games)
func (aIOracle *AIOracle) UnpackEliminatedEvent(log *types.Log) (*AIOracleEliminated, error) {
	event := "Eliminated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aIOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AIOracleEliminated)
	if len(log.Data) > 0 {
		if err := aIOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aIOracle.abi.Events[event].Inputs {
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

// AIOracleFinalized represents a Finalized event raised by the AIOracle contract.
type AIOracleFinalized struct {
	RequestId *big.Int
	Claim     [32]byte
	Failed    bool
	FeeEntry  uint32
	Fee       *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const AIOracleFinalizedEventName = "Finalized"

// ContractEventName returns the user-defined event name.
func (AIOracleFinalized) ContractEventName() string {
	return AIOracleFinalizedEventName
}

// UnpackFinalizedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Finalized(uint256 indexed requestId, bytes32 claim, bool failed, uint32 feeEntry, uint256 fee)
func (aIOracle *AIOracle) UnpackFinalizedEvent(log *types.Log) (*AIOracleFinalized, error) {
	event := "Finalized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aIOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AIOracleFinalized)
	if len(log.Data) > 0 {
		if err := aIOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aIOracle.abi.Events[event].Inputs {
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

// AIOracleGameStartSet represents a GameStartSet event raised by the AIOracle contract.
type AIOracleGameStartSet struct {
	RequestId *big.Int
	Start     [32]byte
	Positions uint64
	Kind      uint8
	Raw       *types.Log // Blockchain specific contextual infos
}

const AIOracleGameStartSetEventName = "GameStartSet"

// ContractEventName returns the user-defined event name.
func (AIOracleGameStartSet) ContractEventName() string {
	return AIOracleGameStartSetEventName
}

// UnpackGameStartSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event GameStartSet(uint256 indexed requestId, bytes32 start, uint64 positions, uint8 kind)
func (aIOracle *AIOracle) UnpackGameStartSetEvent(log *types.Log) (*AIOracleGameStartSet, error) {
	event := "GameStartSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aIOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AIOracleGameStartSet)
	if len(log.Data) > 0 {
		if err := aIOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aIOracle.abi.Events[event].Inputs {
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

// AIOracleResolved represents a Resolved event raised by the AIOracle contract.
type AIOracleResolved struct {
	RequestId *big.Int
	GameId    *big.Int
	Winner    uint32
	Loser     uint32
	Paid      *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const AIOracleResolvedEventName = "Resolved"

// ContractEventName returns the user-defined event name.
func (AIOracleResolved) ContractEventName() string {
	return AIOracleResolvedEventName
}

// UnpackResolvedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Resolved(uint256 indexed requestId, uint256 indexed gameId, uint32 winner, uint32 loser, uint256 paid)
func (aIOracle *AIOracle) UnpackResolvedEvent(log *types.Log) (*AIOracleResolved, error) {
	event := "Resolved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aIOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AIOracleResolved)
	if len(log.Data) > 0 {
		if err := aIOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aIOracle.abi.Events[event].Inputs {
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

// AIOracleRevealed represents a Revealed event raised by the AIOracle contract.
type AIOracleRevealed struct {
	RequestId *big.Int
	Entry     uint32
	Poster    common.Address
	Output    []byte
	Claim     [32]byte
	Failed    bool
	Bond      *big.Int
	Priority  uint32
	WindowEnd uint64
	ClosesAt  uint64
	Raw       *types.Log // Blockchain specific contextual infos
}

const AIOracleRevealedEventName = "Revealed"

// ContractEventName returns the user-defined event name.
func (AIOracleRevealed) ContractEventName() string {
	return AIOracleRevealedEventName
}

// UnpackRevealedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Revealed(uint256 indexed requestId, uint32 indexed entry, address indexed poster, bytes output, bytes32 claim, bool failed, uint256 bond, uint32 priority, uint64 windowEnd, uint64 closesAt)
func (aIOracle *AIOracle) UnpackRevealedEvent(log *types.Log) (*AIOracleRevealed, error) {
	event := "Revealed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aIOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AIOracleRevealed)
	if len(log.Data) > 0 {
		if err := aIOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aIOracle.abi.Events[event].Inputs {
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

// AIOracleWithdrawn represents a Withdrawn event raised by the AIOracle contract.
type AIOracleWithdrawn struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const AIOracleWithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (AIOracleWithdrawn) ContractEventName() string {
	return AIOracleWithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(address indexed account, uint256 amount)
func (aIOracle *AIOracle) UnpackWithdrawnEvent(log *types.Log) (*AIOracleWithdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aIOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AIOracleWithdrawn)
	if len(log.Data) > 0 {
		if err := aIOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aIOracle.abi.Events[event].Inputs {
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
func (aIOracle *AIOracle) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], aIOracle.abi.Errors["AlreadyCommitted"].ID.Bytes()[:4]) {
		return aIOracle.UnpackAlreadyCommittedError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIOracle.abi.Errors["AlreadyDelivered"].ID.Bytes()[:4]) {
		return aIOracle.UnpackAlreadyDeliveredError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIOracle.abi.Errors["AlreadyPaired"].ID.Bytes()[:4]) {
		return aIOracle.UnpackAlreadyPairedError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIOracle.abi.Errors["AlreadyRevealed"].ID.Bytes()[:4]) {
		return aIOracle.UnpackAlreadyRevealedError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIOracle.abi.Errors["BadReveal"].ID.Bytes()[:4]) {
		return aIOracle.UnpackBadRevealError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIOracle.abi.Errors["BondTooLow"].ID.Bytes()[:4]) {
		return aIOracle.UnpackBondTooLowError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIOracle.abi.Errors["CallbackGasTooHigh"].ID.Bytes()[:4]) {
		return aIOracle.UnpackCallbackGasTooHighError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIOracle.abi.Errors["CallbackWithoutGas"].ID.Bytes()[:4]) {
		return aIOracle.UnpackCallbackWithoutGasError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIOracle.abi.Errors["ClaimNotAdmitted"].ID.Bytes()[:4]) {
		return aIOracle.UnpackClaimNotAdmittedError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIOracle.abi.Errors["Disagreement"].ID.Bytes()[:4]) {
		return aIOracle.UnpackDisagreementError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIOracle.abi.Errors["EntriesClosed"].ID.Bytes()[:4]) {
		return aIOracle.UnpackEntriesClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIOracle.abi.Errors["FeeTooLow"].ID.Bytes()[:4]) {
		return aIOracle.UnpackFeeTooLowError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIOracle.abi.Errors["GameNotOpen"].ID.Bytes()[:4]) {
		return aIOracle.UnpackGameNotOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIOracle.abi.Errors["InputTooLong"].ID.Bytes()[:4]) {
		return aIOracle.UnpackInputTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIOracle.abi.Errors["NoCommit"].ID.Bytes()[:4]) {
		return aIOracle.UnpackNoCommitError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIOracle.abi.Errors["NoGameStart"].ID.Bytes()[:4]) {
		return aIOracle.UnpackNoGameStartError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIOracle.abi.Errors["NotAParty"].ID.Bytes()[:4]) {
		return aIOracle.UnpackNotAPartyError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIOracle.abi.Errors["NotEnoughGasForCallback"].ID.Bytes()[:4]) {
		return aIOracle.UnpackNotEnoughGasForCallbackError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIOracle.abi.Errors["NotFinal"].ID.Bytes()[:4]) {
		return aIOracle.UnpackNotFinalError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIOracle.abi.Errors["NotLive"].ID.Bytes()[:4]) {
		return aIOracle.UnpackNotLiveError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIOracle.abi.Errors["NotOpen"].ID.Bytes()[:4]) {
		return aIOracle.UnpackNotOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIOracle.abi.Errors["NotRegistered"].ID.Bytes()[:4]) {
		return aIOracle.UnpackNotRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIOracle.abi.Errors["NotReleasable"].ID.Bytes()[:4]) {
		return aIOracle.UnpackNotReleasableError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIOracle.abi.Errors["NothingToWithdraw"].ID.Bytes()[:4]) {
		return aIOracle.UnpackNothingToWithdrawError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIOracle.abi.Errors["OnlyGame"].ID.Bytes()[:4]) {
		return aIOracle.UnpackOnlyGameError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIOracle.abi.Errors["SameClaim"].ID.Bytes()[:4]) {
		return aIOracle.UnpackSameClaimError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIOracle.abi.Errors["StartAlreadySet"].ID.Bytes()[:4]) {
		return aIOracle.UnpackStartAlreadySetError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIOracle.abi.Errors["StillOpen"].ID.Bytes()[:4]) {
		return aIOracle.UnpackStillOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIOracle.abi.Errors["UnknownEntry"].ID.Bytes()[:4]) {
		return aIOracle.UnpackUnknownEntryError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIOracle.abi.Errors["UnknownRequest"].ID.Bytes()[:4]) {
		return aIOracle.UnpackUnknownRequestError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIOracle.abi.Errors["WithdrawFailed"].ID.Bytes()[:4]) {
		return aIOracle.UnpackWithdrawFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIOracle.abi.Errors["WrongInput"].ID.Bytes()[:4]) {
		return aIOracle.UnpackWrongInputError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIOracle.abi.Errors["WrongOutput"].ID.Bytes()[:4]) {
		return aIOracle.UnpackWrongOutputError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// AIOracleAlreadyCommitted represents a AlreadyCommitted error raised by the AIOracle contract.
type AIOracleAlreadyCommitted struct {
	RequestId *big.Int
	Poster    common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyCommitted(uint256 requestId, address poster)
func AIOracleAlreadyCommittedErrorID() common.Hash {
	return common.HexToHash("0xd42c3985415fe3c33d0f0749432682c56d039cfb7a2286e4db68b4b1a46aa79d")
}

// UnpackAlreadyCommittedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyCommitted(uint256 requestId, address poster)
func (aIOracle *AIOracle) UnpackAlreadyCommittedError(raw []byte) (*AIOracleAlreadyCommitted, error) {
	out := new(AIOracleAlreadyCommitted)
	if err := aIOracle.abi.UnpackIntoInterface(out, "AlreadyCommitted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AIOracleAlreadyDelivered represents a AlreadyDelivered error raised by the AIOracle contract.
type AIOracleAlreadyDelivered struct {
	RequestId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyDelivered(uint256 requestId)
func AIOracleAlreadyDeliveredErrorID() common.Hash {
	return common.HexToHash("0x5b7e830103e1087f82eb68e29b9e6af36523d13560c950832f16fd8cff2d75cd")
}

// UnpackAlreadyDeliveredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyDelivered(uint256 requestId)
func (aIOracle *AIOracle) UnpackAlreadyDeliveredError(raw []byte) (*AIOracleAlreadyDelivered, error) {
	out := new(AIOracleAlreadyDelivered)
	if err := aIOracle.abi.UnpackIntoInterface(out, "AlreadyDelivered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AIOracleAlreadyPaired represents a AlreadyPaired error raised by the AIOracle contract.
type AIOracleAlreadyPaired struct {
	A uint32
	B uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyPaired(uint32 a, uint32 b)
func AIOracleAlreadyPairedErrorID() common.Hash {
	return common.HexToHash("0x67822f002f3d0c307c6bfe10deff254d493e62ccc13c9f8fa5ddb098af65477f")
}

// UnpackAlreadyPairedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyPaired(uint32 a, uint32 b)
func (aIOracle *AIOracle) UnpackAlreadyPairedError(raw []byte) (*AIOracleAlreadyPaired, error) {
	out := new(AIOracleAlreadyPaired)
	if err := aIOracle.abi.UnpackIntoInterface(out, "AlreadyPaired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AIOracleAlreadyRevealed represents a AlreadyRevealed error raised by the AIOracle contract.
type AIOracleAlreadyRevealed struct {
	RequestId *big.Int
	Poster    common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyRevealed(uint256 requestId, address poster)
func AIOracleAlreadyRevealedErrorID() common.Hash {
	return common.HexToHash("0xc339a8eafd48dabac86cb46ba11d79d623822599e1f7cd11ef84ff056b7d4ce9")
}

// UnpackAlreadyRevealedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyRevealed(uint256 requestId, address poster)
func (aIOracle *AIOracle) UnpackAlreadyRevealedError(raw []byte) (*AIOracleAlreadyRevealed, error) {
	out := new(AIOracleAlreadyRevealed)
	if err := aIOracle.abi.UnpackIntoInterface(out, "AlreadyRevealed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AIOracleBadReveal represents a BadReveal error raised by the AIOracle contract.
type AIOracleBadReveal struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadReveal()
func AIOracleBadRevealErrorID() common.Hash {
	return common.HexToHash("0x8ff14e0d07ca4f2f9380e8c8365d9e1548f71c5a569f55c866b261c9c71709b2")
}

// UnpackBadRevealError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadReveal()
func (aIOracle *AIOracle) UnpackBadRevealError(raw []byte) (*AIOracleBadReveal, error) {
	out := new(AIOracleBadReveal)
	if err := aIOracle.abi.UnpackIntoInterface(out, "BadReveal", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AIOracleBondTooLow represents a BondTooLow error raised by the AIOracle contract.
type AIOracleBondTooLow struct {
	Sent    *big.Int
	Minimum *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BondTooLow(uint256 sent, uint256 minimum)
func AIOracleBondTooLowErrorID() common.Hash {
	return common.HexToHash("0x000155b5ebd7e31e61b2db21f595e5ecb1232ce27e1acf6160bc8d8a6f74ef24")
}

// UnpackBondTooLowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BondTooLow(uint256 sent, uint256 minimum)
func (aIOracle *AIOracle) UnpackBondTooLowError(raw []byte) (*AIOracleBondTooLow, error) {
	out := new(AIOracleBondTooLow)
	if err := aIOracle.abi.UnpackIntoInterface(out, "BondTooLow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AIOracleCallbackGasTooHigh represents a CallbackGasTooHigh error raised by the AIOracle contract.
type AIOracleCallbackGasTooHigh struct {
	Got     uint64
	Maximum uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CallbackGasTooHigh(uint64 got, uint64 maximum)
func AIOracleCallbackGasTooHighErrorID() common.Hash {
	return common.HexToHash("0x8473e5b324b32efd9980fb2b5ab2022eb50d31f1a0c3c5a6a01344f8453bb6f5")
}

// UnpackCallbackGasTooHighError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CallbackGasTooHigh(uint64 got, uint64 maximum)
func (aIOracle *AIOracle) UnpackCallbackGasTooHighError(raw []byte) (*AIOracleCallbackGasTooHigh, error) {
	out := new(AIOracleCallbackGasTooHigh)
	if err := aIOracle.abi.UnpackIntoInterface(out, "CallbackGasTooHigh", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AIOracleCallbackWithoutGas represents a CallbackWithoutGas error raised by the AIOracle contract.
type AIOracleCallbackWithoutGas struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CallbackWithoutGas()
func AIOracleCallbackWithoutGasErrorID() common.Hash {
	return common.HexToHash("0xb8545ebb99afdb6bc6441f25902319434a1e333fc1841af3524b1c813ffc24c5")
}

// UnpackCallbackWithoutGasError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CallbackWithoutGas()
func (aIOracle *AIOracle) UnpackCallbackWithoutGasError(raw []byte) (*AIOracleCallbackWithoutGas, error) {
	out := new(AIOracleCallbackWithoutGas)
	if err := aIOracle.abi.UnpackIntoInterface(out, "CallbackWithoutGas", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AIOracleClaimNotAdmitted represents a ClaimNotAdmitted error raised by the AIOracle contract.
type AIOracleClaimNotAdmitted struct {
	Claim [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ClaimNotAdmitted(bytes32 claim)
func AIOracleClaimNotAdmittedErrorID() common.Hash {
	return common.HexToHash("0xd922a6e3e82a23edf7536e48336f03a49f03e55e9472d664da93a146ef1cc09a")
}

// UnpackClaimNotAdmittedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ClaimNotAdmitted(bytes32 claim)
func (aIOracle *AIOracle) UnpackClaimNotAdmittedError(raw []byte) (*AIOracleClaimNotAdmitted, error) {
	out := new(AIOracleClaimNotAdmitted)
	if err := aIOracle.abi.UnpackIntoInterface(out, "ClaimNotAdmitted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AIOracleDisagreement represents a Disagreement error raised by the AIOracle contract.
type AIOracleDisagreement struct {
	RequestId *big.Int
	Claim     [32]byte
	Live      uint32
	AllLive   uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Disagreement(uint256 requestId, bytes32 claim, uint32 live, uint32 allLive)
func AIOracleDisagreementErrorID() common.Hash {
	return common.HexToHash("0x9127de97ff259a7ff6cdaee90075d07f1527f6e2529691e13a487e7a70c5c913")
}

// UnpackDisagreementError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Disagreement(uint256 requestId, bytes32 claim, uint32 live, uint32 allLive)
func (aIOracle *AIOracle) UnpackDisagreementError(raw []byte) (*AIOracleDisagreement, error) {
	out := new(AIOracleDisagreement)
	if err := aIOracle.abi.UnpackIntoInterface(out, "Disagreement", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AIOracleEntriesClosed represents a EntriesClosed error raised by the AIOracle contract.
type AIOracleEntriesClosed struct {
	RequestId *big.Int
	Status    uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EntriesClosed(uint256 requestId, uint8 status)
func AIOracleEntriesClosedErrorID() common.Hash {
	return common.HexToHash("0x44ed1b21a0d9611f172f273de53c4a3514d6356f86236bf5b4c0e7296ebefd89")
}

// UnpackEntriesClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EntriesClosed(uint256 requestId, uint8 status)
func (aIOracle *AIOracle) UnpackEntriesClosedError(raw []byte) (*AIOracleEntriesClosed, error) {
	out := new(AIOracleEntriesClosed)
	if err := aIOracle.abi.UnpackIntoInterface(out, "EntriesClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AIOracleFeeTooLow represents a FeeTooLow error raised by the AIOracle contract.
type AIOracleFeeTooLow struct {
	Sent    *big.Int
	Minimum *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FeeTooLow(uint256 sent, uint256 minimum)
func AIOracleFeeTooLowErrorID() common.Hash {
	return common.HexToHash("0xf04f3db281357fe66c8cdb6010552fb4fc5fa45b6647fc12b290172e5583e248")
}

// UnpackFeeTooLowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FeeTooLow(uint256 sent, uint256 minimum)
func (aIOracle *AIOracle) UnpackFeeTooLowError(raw []byte) (*AIOracleFeeTooLow, error) {
	out := new(AIOracleFeeTooLow)
	if err := aIOracle.abi.UnpackIntoInterface(out, "FeeTooLow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AIOracleGameNotOpen represents a GameNotOpen error raised by the AIOracle contract.
type AIOracleGameNotOpen struct {
	GameId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GameNotOpen(uint256 gameId)
func AIOracleGameNotOpenErrorID() common.Hash {
	return common.HexToHash("0x035c69a6e123c9bf91ee8569a629b0e7720596039585cc518202c3456d8a6354")
}

// UnpackGameNotOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GameNotOpen(uint256 gameId)
func (aIOracle *AIOracle) UnpackGameNotOpenError(raw []byte) (*AIOracleGameNotOpen, error) {
	out := new(AIOracleGameNotOpen)
	if err := aIOracle.abi.UnpackIntoInterface(out, "GameNotOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AIOracleInputTooLong represents a InputTooLong error raised by the AIOracle contract.
type AIOracleInputTooLong struct {
	Got     *big.Int
	Maximum *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InputTooLong(uint256 got, uint256 maximum)
func AIOracleInputTooLongErrorID() common.Hash {
	return common.HexToHash("0x8d3c9207d948bd5fbce28948d473df3ccc46d2ffafab953b075bc54c6ff842dc")
}

// UnpackInputTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InputTooLong(uint256 got, uint256 maximum)
func (aIOracle *AIOracle) UnpackInputTooLongError(raw []byte) (*AIOracleInputTooLong, error) {
	out := new(AIOracleInputTooLong)
	if err := aIOracle.abi.UnpackIntoInterface(out, "InputTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AIOracleNoCommit represents a NoCommit error raised by the AIOracle contract.
type AIOracleNoCommit struct {
	RequestId *big.Int
	Poster    common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoCommit(uint256 requestId, address poster)
func AIOracleNoCommitErrorID() common.Hash {
	return common.HexToHash("0x4c7e1fb1dbc9a25d527fee9bfa8bc0efe7bb936d12063f8053f1d4cc2edfb9bb")
}

// UnpackNoCommitError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoCommit(uint256 requestId, address poster)
func (aIOracle *AIOracle) UnpackNoCommitError(raw []byte) (*AIOracleNoCommit, error) {
	out := new(AIOracleNoCommit)
	if err := aIOracle.abi.UnpackIntoInterface(out, "NoCommit", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AIOracleNoGameStart represents a NoGameStart error raised by the AIOracle contract.
type AIOracleNoGameStart struct {
	RequestId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoGameStart(uint256 requestId)
func AIOracleNoGameStartErrorID() common.Hash {
	return common.HexToHash("0x44029c7491936eae6c0b5dcf0f25fb79ec3a5b2c27620db24c5ac591a333ff66")
}

// UnpackNoGameStartError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoGameStart(uint256 requestId)
func (aIOracle *AIOracle) UnpackNoGameStartError(raw []byte) (*AIOracleNoGameStart, error) {
	out := new(AIOracleNoGameStart)
	if err := aIOracle.abi.UnpackIntoInterface(out, "NoGameStart", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AIOracleNotAParty represents a NotAParty error raised by the AIOracle contract.
type AIOracleNotAParty struct {
	GameId *big.Int
	Winner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAParty(uint256 gameId, address winner)
func AIOracleNotAPartyErrorID() common.Hash {
	return common.HexToHash("0x968c0a42fb3bec2e939ff72609ff32973e417dbef6aad55d585f715b9f82a7c5")
}

// UnpackNotAPartyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAParty(uint256 gameId, address winner)
func (aIOracle *AIOracle) UnpackNotAPartyError(raw []byte) (*AIOracleNotAParty, error) {
	out := new(AIOracleNotAParty)
	if err := aIOracle.abi.UnpackIntoInterface(out, "NotAParty", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AIOracleNotEnoughGasForCallback represents a NotEnoughGasForCallback error raised by the AIOracle contract.
type AIOracleNotEnoughGasForCallback struct {
	Left   *big.Int
	Needed *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotEnoughGasForCallback(uint256 left, uint256 needed)
func AIOracleNotEnoughGasForCallbackErrorID() common.Hash {
	return common.HexToHash("0x8777884c8f15ee266bc1f09e0a39b43b919fa323755e5f0e468a99f644a38f95")
}

// UnpackNotEnoughGasForCallbackError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotEnoughGasForCallback(uint256 left, uint256 needed)
func (aIOracle *AIOracle) UnpackNotEnoughGasForCallbackError(raw []byte) (*AIOracleNotEnoughGasForCallback, error) {
	out := new(AIOracleNotEnoughGasForCallback)
	if err := aIOracle.abi.UnpackIntoInterface(out, "NotEnoughGasForCallback", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AIOracleNotFinal represents a NotFinal error raised by the AIOracle contract.
type AIOracleNotFinal struct {
	RequestId *big.Int
	Status    uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotFinal(uint256 requestId, uint8 status)
func AIOracleNotFinalErrorID() common.Hash {
	return common.HexToHash("0x3e88f07bb02b4a355480758b57b3acb07a55ef62eab3c2686a7c86aa7f19d6e1")
}

// UnpackNotFinalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotFinal(uint256 requestId, uint8 status)
func (aIOracle *AIOracle) UnpackNotFinalError(raw []byte) (*AIOracleNotFinal, error) {
	out := new(AIOracleNotFinal)
	if err := aIOracle.abi.UnpackIntoInterface(out, "NotFinal", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AIOracleNotLive represents a NotLive error raised by the AIOracle contract.
type AIOracleNotLive struct {
	RequestId *big.Int
	Entry     uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotLive(uint256 requestId, uint32 entry)
func AIOracleNotLiveErrorID() common.Hash {
	return common.HexToHash("0x2852d99efe2059101189a46eedddce721c86e6189dc10d46c775a5ef1e1cd505")
}

// UnpackNotLiveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotLive(uint256 requestId, uint32 entry)
func (aIOracle *AIOracle) UnpackNotLiveError(raw []byte) (*AIOracleNotLive, error) {
	out := new(AIOracleNotLive)
	if err := aIOracle.abi.UnpackIntoInterface(out, "NotLive", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AIOracleNotOpen represents a NotOpen error raised by the AIOracle contract.
type AIOracleNotOpen struct {
	RequestId *big.Int
	Status    uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOpen(uint256 requestId, uint8 status)
func AIOracleNotOpenErrorID() common.Hash {
	return common.HexToHash("0x1478b336ebba4dfd96bf096d8bc4a44b32316911465ff4ba7f300234ff86871a")
}

// UnpackNotOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOpen(uint256 requestId, uint8 status)
func (aIOracle *AIOracle) UnpackNotOpenError(raw []byte) (*AIOracleNotOpen, error) {
	out := new(AIOracleNotOpen)
	if err := aIOracle.abi.UnpackIntoInterface(out, "NotOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AIOracleNotRegistered represents a NotRegistered error raised by the AIOracle contract.
type AIOracleNotRegistered struct {
	ModelId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotRegistered(uint256 modelId)
func AIOracleNotRegisteredErrorID() common.Hash {
	return common.HexToHash("0x05ce119729e7b1fcf3b3a4b0144ccfe95ca21086a7e249cd9e82ce991a9a64e9")
}

// UnpackNotRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotRegistered(uint256 modelId)
func (aIOracle *AIOracle) UnpackNotRegisteredError(raw []byte) (*AIOracleNotRegistered, error) {
	out := new(AIOracleNotRegistered)
	if err := aIOracle.abi.UnpackIntoInterface(out, "NotRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AIOracleNotReleasable represents a NotReleasable error raised by the AIOracle contract.
type AIOracleNotReleasable struct {
	RequestId *big.Int
	Entry     uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotReleasable(uint256 requestId, uint32 entry)
func AIOracleNotReleasableErrorID() common.Hash {
	return common.HexToHash("0xfa80859aae6e9538c0d940274949306d92105b58aa2e1b3a4df46652b7a87693")
}

// UnpackNotReleasableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotReleasable(uint256 requestId, uint32 entry)
func (aIOracle *AIOracle) UnpackNotReleasableError(raw []byte) (*AIOracleNotReleasable, error) {
	out := new(AIOracleNotReleasable)
	if err := aIOracle.abi.UnpackIntoInterface(out, "NotReleasable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AIOracleNothingToWithdraw represents a NothingToWithdraw error raised by the AIOracle contract.
type AIOracleNothingToWithdraw struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToWithdraw()
func AIOracleNothingToWithdrawErrorID() common.Hash {
	return common.HexToHash("0xd0d04f60bf4f7629141a1f00f5d2908fa0f3e15bf4cbf8bb8edc6fcbdf2509fa")
}

// UnpackNothingToWithdrawError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToWithdraw()
func (aIOracle *AIOracle) UnpackNothingToWithdrawError(raw []byte) (*AIOracleNothingToWithdraw, error) {
	out := new(AIOracleNothingToWithdraw)
	if err := aIOracle.abi.UnpackIntoInterface(out, "NothingToWithdraw", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AIOracleOnlyGame represents a OnlyGame error raised by the AIOracle contract.
type AIOracleOnlyGame struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OnlyGame(address caller)
func AIOracleOnlyGameErrorID() common.Hash {
	return common.HexToHash("0xb01b58de9ec9613b8bd71cca5ac5e37ce4c58dd1160f365768ba887cff67ffa0")
}

// UnpackOnlyGameError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OnlyGame(address caller)
func (aIOracle *AIOracle) UnpackOnlyGameError(raw []byte) (*AIOracleOnlyGame, error) {
	out := new(AIOracleOnlyGame)
	if err := aIOracle.abi.UnpackIntoInterface(out, "OnlyGame", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AIOracleSameClaim represents a SameClaim error raised by the AIOracle contract.
type AIOracleSameClaim struct {
	Claim [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SameClaim(bytes32 claim)
func AIOracleSameClaimErrorID() common.Hash {
	return common.HexToHash("0x6481d3d444c0a04305394cd0ac4b133dbf7c244fd2e095214c52a207e2a89e06")
}

// UnpackSameClaimError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SameClaim(bytes32 claim)
func (aIOracle *AIOracle) UnpackSameClaimError(raw []byte) (*AIOracleSameClaim, error) {
	out := new(AIOracleSameClaim)
	if err := aIOracle.abi.UnpackIntoInterface(out, "SameClaim", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AIOracleStartAlreadySet represents a StartAlreadySet error raised by the AIOracle contract.
type AIOracleStartAlreadySet struct {
	RequestId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StartAlreadySet(uint256 requestId)
func AIOracleStartAlreadySetErrorID() common.Hash {
	return common.HexToHash("0x0bcd63fffb88950c652ccaca82daffef3a6a0a1e33d7ab81db0cfbfa1b011871")
}

// UnpackStartAlreadySetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StartAlreadySet(uint256 requestId)
func (aIOracle *AIOracle) UnpackStartAlreadySetError(raw []byte) (*AIOracleStartAlreadySet, error) {
	out := new(AIOracleStartAlreadySet)
	if err := aIOracle.abi.UnpackIntoInterface(out, "StartAlreadySet", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AIOracleStillOpen represents a StillOpen error raised by the AIOracle contract.
type AIOracleStillOpen struct {
	RequestId *big.Int
	Until     uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StillOpen(uint256 requestId, uint64 until)
func AIOracleStillOpenErrorID() common.Hash {
	return common.HexToHash("0x89dc8b8faa7ee79fa958d35767911150ae534cceebaa0b908e31586a75c1da7f")
}

// UnpackStillOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StillOpen(uint256 requestId, uint64 until)
func (aIOracle *AIOracle) UnpackStillOpenError(raw []byte) (*AIOracleStillOpen, error) {
	out := new(AIOracleStillOpen)
	if err := aIOracle.abi.UnpackIntoInterface(out, "StillOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AIOracleUnknownEntry represents a UnknownEntry error raised by the AIOracle contract.
type AIOracleUnknownEntry struct {
	RequestId *big.Int
	Entry     uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownEntry(uint256 requestId, uint32 entry)
func AIOracleUnknownEntryErrorID() common.Hash {
	return common.HexToHash("0x9a55c958acbe68691078f4d3da4e86fde94afaf10defad59b73377e10a4cc6e3")
}

// UnpackUnknownEntryError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownEntry(uint256 requestId, uint32 entry)
func (aIOracle *AIOracle) UnpackUnknownEntryError(raw []byte) (*AIOracleUnknownEntry, error) {
	out := new(AIOracleUnknownEntry)
	if err := aIOracle.abi.UnpackIntoInterface(out, "UnknownEntry", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AIOracleUnknownRequest represents a UnknownRequest error raised by the AIOracle contract.
type AIOracleUnknownRequest struct {
	RequestId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownRequest(uint256 requestId)
func AIOracleUnknownRequestErrorID() common.Hash {
	return common.HexToHash("0x1f79bbe7615659139997ff125b66c4ba38cac7dfa6b433c10ed50c7d053634ff")
}

// UnpackUnknownRequestError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownRequest(uint256 requestId)
func (aIOracle *AIOracle) UnpackUnknownRequestError(raw []byte) (*AIOracleUnknownRequest, error) {
	out := new(AIOracleUnknownRequest)
	if err := aIOracle.abi.UnpackIntoInterface(out, "UnknownRequest", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AIOracleWithdrawFailed represents a WithdrawFailed error raised by the AIOracle contract.
type AIOracleWithdrawFailed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WithdrawFailed()
func AIOracleWithdrawFailedErrorID() common.Hash {
	return common.HexToHash("0x750b219cf41756317cec42a05eeadd7c26774653485899be023c221c437fe020")
}

// UnpackWithdrawFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WithdrawFailed()
func (aIOracle *AIOracle) UnpackWithdrawFailedError(raw []byte) (*AIOracleWithdrawFailed, error) {
	out := new(AIOracleWithdrawFailed)
	if err := aIOracle.abi.UnpackIntoInterface(out, "WithdrawFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AIOracleWrongInput represents a WrongInput error raised by the AIOracle contract.
type AIOracleWrongInput struct {
	Got  [32]byte
	Want [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongInput(bytes32 got, bytes32 want)
func AIOracleWrongInputErrorID() common.Hash {
	return common.HexToHash("0xcdbaf00ffa5134b414ff177993ef11e4f7e0de11e0bac5b9863b325ab603ecf5")
}

// UnpackWrongInputError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongInput(bytes32 got, bytes32 want)
func (aIOracle *AIOracle) UnpackWrongInputError(raw []byte) (*AIOracleWrongInput, error) {
	out := new(AIOracleWrongInput)
	if err := aIOracle.abi.UnpackIntoInterface(out, "WrongInput", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AIOracleWrongOutput represents a WrongOutput error raised by the AIOracle contract.
type AIOracleWrongOutput struct {
	Got  [32]byte
	Want [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongOutput(bytes32 got, bytes32 want)
func AIOracleWrongOutputErrorID() common.Hash {
	return common.HexToHash("0x95d4629a491464d3ee6159f555cae6e6a524fccc5ec05655e5a143f8741fcfad")
}

// UnpackWrongOutputError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongOutput(bytes32 got, bytes32 want)
func (aIOracle *AIOracle) UnpackWrongOutputError(raw []byte) (*AIOracleWrongOutput, error) {
	out := new(AIOracleWrongOutput)
	if err := aIOracle.abi.UnpackIntoInterface(out, "WrongOutput", raw); err != nil {
		return nil, err
	}
	return out, nil
}
