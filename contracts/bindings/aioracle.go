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

// AIOracleClaimProof is an auto generated low-level Go binding around an user-defined struct.
type AIOracleClaimProof struct {
	Claim    [32]byte
	EndState []byte
	Siblings [][32]byte
}

// AIOracleGame is an auto generated low-level Go binding around an user-defined struct.
type AIOracleGame struct {
	RequestId  *big.Int
	Challenger common.Address
	Round      uint32
	Open       bool
	Asserter   common.Address
	Bond       *big.Int
	Claim      [32]byte
	Output     []byte
}

// AIOracleRequest is an auto generated low-level Go binding around an user-defined struct.
type AIOracleRequest struct {
	ModelId          [32]byte
	Requester        common.Address
	SubmitDeadline   uint64
	Status           uint8
	Delivered        bool
	StartSet         bool
	CallbackContract common.Address
	Selector         [4]byte
	GasLimit         uint64
	Fee              *big.Int
	InputHash        [32]byte
	Submitter        common.Address
	WindowEnd        uint64
	Round            uint32
	OpenGames        uint32
	Bond             *big.Int
	Output           []byte
	Claim            [32]byte
}

// AIOracleMetaData contains all meta data concerning the AIOracle contract.
var AIOracleMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractModelRegistry\",\"name\":\"registry_\",\"type\":\"address\"},{\"internalType\":\"contractIDisputeGame\",\"name\":\"game_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"minFee_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"submitterBond_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"challengerBond_\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"challengeWindow_\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"submissionWindow_\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"BadClaimProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"size\",\"type\":\"uint256\"}],\"name\":\"BadStateSize\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"sent\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minimum\",\"type\":\"uint256\"}],\"name\":\"BondTooLow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"got\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maximum\",\"type\":\"uint64\"}],\"name\":\"CallbackGasTooHigh\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"windowEnd\",\"type\":\"uint64\"}],\"name\":\"ChallengeWindowClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"windowEnd\",\"type\":\"uint64\"}],\"name\":\"ChallengeWindowOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"sent\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minimum\",\"type\":\"uint256\"}],\"name\":\"FeeTooLow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"name\":\"GameIdTaken\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"name\":\"GameNotOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"openGames\",\"type\":\"uint32\"}],\"name\":\"GamesOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"InputNotEmpty\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"addr\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"log2Size\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"siblingCount\",\"type\":\"uint256\"}],\"name\":\"InvalidRegion\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoCallbackContract\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"winner\",\"type\":\"address\"}],\"name\":\"NotAParty\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"enumAIOracle.Status\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"NotAwaitingResult\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"enumAIOracle.Status\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"NotChallengeable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"left\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"NotEnoughGasForCallback\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"OnlyGame\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"claim\",\"type\":\"bytes32\"}],\"name\":\"SameClaim\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SelfChallenge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"StartAlreadySet\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"SubmissionClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"SubmissionStillOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"UnknownRequest\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"WithdrawFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"got\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"want\",\"type\":\"bytes32\"}],\"name\":\"WrongInput\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"WrongInputSize\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"WrongOutputSize\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"asserter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"claim\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"bond\",\"type\":\"uint256\"}],\"name\":\"Challenged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"callbackContract\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"success\",\"type\":\"bool\"}],\"name\":\"Delivered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"claim\",\"type\":\"bytes32\"}],\"name\":\"Finalized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"positions\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"phases\",\"type\":\"uint8\"}],\"name\":\"GameStartSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"}],\"name\":\"Refunded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"modelId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"input\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"callbackContract\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes4\",\"name\":\"selector\",\"type\":\"bytes4\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"}],\"name\":\"Requested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"winner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"replaced\",\"type\":\"bool\"}],\"name\":\"Resolved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"claim\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"round\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"windowEnd\",\"type\":\"uint64\"}],\"name\":\"ResultReplaced\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"claim\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"bond\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"windowEnd\",\"type\":\"uint64\"}],\"name\":\"Submitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_CHALLENGE_WINDOW\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEFAULT_SUBMISSION_WINDOW\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_CALLBACK_GAS\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"claim\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"endState\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structAIOracle.ClaimProof\",\"name\":\"c\",\"type\":\"tuple\"}],\"name\":\"challenge\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"challengeWindow\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"challengerBond\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"finalize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"game\",\"outputs\":[{\"internalType\":\"contractIDisputeGame\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"name\":\"getGame\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"round\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"open\",\"type\":\"bool\"},{\"internalType\":\"address\",\"name\":\"asserter\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"bond\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"claim\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"}],\"internalType\":\"structAIOracle.Game\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"getRequest\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"modelId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"submitDeadline\",\"type\":\"uint64\"},{\"internalType\":\"enumAIOracle.Status\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"delivered\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"startSet\",\"type\":\"bool\"},{\"internalType\":\"address\",\"name\":\"callbackContract\",\"type\":\"address\"},{\"internalType\":\"bytes4\",\"name\":\"selector\",\"type\":\"bytes4\"},{\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"inputHash\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"windowEnd\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"round\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"openGames\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"bond\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"claim\",\"type\":\"bytes32\"}],\"internalType\":\"structAIOracle.Request\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"locked\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minFee\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"nextRequestId\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"owed\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owedTotal\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"refund\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"contractModelRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"modelId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"input\",\"type\":\"bytes\"},{\"internalType\":\"address\",\"name\":\"callbackContract\",\"type\":\"address\"},{\"internalType\":\"bytes4\",\"name\":\"selector\",\"type\":\"bytes4\"},{\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"}],\"name\":\"requestCallback\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"winner\",\"type\":\"address\"}],\"name\":\"resolved\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"input\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"name\":\"setGameStart\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"submissionWindow\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"claim\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"endState\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structAIOracle.ClaimProof\",\"name\":\"c\",\"type\":\"tuple\"}],\"name\":\"submit\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"submitterBond\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "AIOracle",
	Bin: "0x61016060405260015f55348015610014575f5ffd5b50604051613e71380380613e71833981016040819052610033916100db565b6001600160a01b03808816608052861660a05260c085905260e08490526101008390526001600160401b0382161561006b578161006f565b61012c5b6001600160401b039081166101205281161561008b578061008f565b610e105b6001600160401b0316610140525061014e95505050505050565b6001600160a01b03811681146100bd575f5ffd5b50565b80516001600160401b03811681146100d6575f5ffd5b919050565b5f5f5f5f5f5f5f60e0888a0312156100f1575f5ffd5b87516100fc816100a9565b602089015190975061010d816100a9565b604089015160608a015160808b01519298509096509450925061013260a089016100c0565b915061014060c089016100c0565b905092959891949750929550565b60805160a05160c05160e051610100516101205161014051613c5461021d5f395f81816104b2015261228d01525f818161036c015281816110ad0152611b3401525f81816102b10152818161097001526109aa01525f818161043f0152818161198301526119bd01525f81816101fe01528181611fda015261202e01525f81816103cb01528181610be201528181610dc901528181611514015261169a01525f818161030e01528181610a780152818161144801528181611a040152818161207201526124860152613c545ff3fe608060405260043610610183575f3560e01c8063812fa257116100d1578063d63b272c1161007c578063e621dbc711610057578063e621dbc7146104a1578063e80802a2146104d4578063fa1f0442146104e7575f5ffd5b8063d63b272c1461042e578063da49374014610461578063df18e04714610476575f5ffd5b8063c3fe3e28116100ac578063c3fe3e28146103ba578063c58343ef146103ed578063cf30901214610419575f5ffd5b8063812fa25714610348578063861a14121461035b578063a2f77bcc1461038e575f5ffd5b80633ccfd60b116101315780636a84a9851161010c5780636a84a985146102d35780636d9809a0146102e75780637b103999146102fd575f5ffd5b80633ccfd60b1461025e57806359f225bb1461027257806368ccdc86146102a0575f5ffd5b806324ec75901161016157806324ec7590146101ed578063278ecde114610220578063388de1a01461023f575f5ffd5b806305261aea1461018757806319903959146101a8578063225ed73e146101ce575b5f5ffd5b348015610192575f5ffd5b506101a66101a1366004612f59565b6104fc565b005b6101bb6101b6366004612fb5565b61089f565b6040519081526020015b60405180910390f35b3480156101d9575f5ffd5b506101a66101e8366004613042565b610dbe565b3480156101f8575f5ffd5b506101bb7f000000000000000000000000000000000000000000000000000000000000000081565b34801561022b575f5ffd5b506101a661023a366004612f59565b6111fa565b34801561024a575f5ffd5b506101a661025936600461306c565b61135f565b348015610269575f5ffd5b506101a661178b565b34801561027d575f5ffd5b50610287610e1081565b60405167ffffffffffffffff90911681526020016101c5565b3480156102ab575f5ffd5b506101bb7f000000000000000000000000000000000000000000000000000000000000000081565b3480156102de575f5ffd5b506101bb5f5481565b3480156102f2575f5ffd5b506102876298968081565b348015610308575f5ffd5b506103307f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016101c5565b6101a6610356366004612fb5565b6118b4565b348015610366575f5ffd5b506102877f000000000000000000000000000000000000000000000000000000000000000081565b348015610399575f5ffd5b506103ad6103a8366004612f59565b611beb565b6040516101c59190613141565b3480156103c5575f5ffd5b506103307f000000000000000000000000000000000000000000000000000000000000000081565b3480156103f8575f5ffd5b5061040c610407366004612f59565b611d5b565b6040516101c591906131f7565b348015610424575f5ffd5b506101bb60055481565b348015610439575f5ffd5b506101bb7f000000000000000000000000000000000000000000000000000000000000000081565b34801561046c575f5ffd5b5061028761012c81565b348015610481575f5ffd5b506101bb61049036600461335d565b60036020525f908152604090205481565b3480156104ac575f5ffd5b506102877f000000000000000000000000000000000000000000000000000000000000000081565b6101bb6104e2366004613376565b611fd7565b3480156104f2575f5ffd5b506101bb60045481565b5f61050682612399565b905060026001820154600160e01b900460ff16600481111561052a5761052a6131cf565b14610566578181600101601c9054906101000a900460ff16604051637eeac89d60e11b815260040161055d92919061340d565b60405180910390fd5b6005810154600160a01b900467ffffffffffffffff164210156105d45760058101546040517f18c02f4100000000000000000000000000000000000000000000000000000000815260048101849052600160a01b90910467ffffffffffffffff16602482015260440161055d565b600681015463ffffffff161561062b5760068101546040517fe4b8a2af0000000000000000000000000000000000000000000000000000000081526004810184905263ffffffff909116602482015260440161055d565b60018101805460ff60e01b19167c0300000000000000000000000000000000000000000000000000000000179055600581015460078201546003830154610684926001600160a01b03169161067f91613435565b612406565b600581015460098201546040516001600160a01b039092169184917fa430655e80c59c716f2c50def91940d4d5d08c15de5ce8850b0e72c27264983d916106cf9160088701916134f9565b60405180910390a360028101545f90617530906106ff90603f90600160c01b900467ffffffffffffffff1661351a565b600284015461071f9190600160c01b900467ffffffffffffffff16613435565b6107299190613435565b9050805a1015610771575a6040517f8777884c00000000000000000000000000000000000000000000000000000000815260048101919091526024810182905260440161055d565b60028201546040515f91600160a01b900460e01b906107999086906008870190602401613539565b60408051601f198184030181529190526020810180517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff166001600160e01b0319909316929092178252600285015481519193506001600160a01b0381169267ffffffffffffffff600160c01b90920491909116915f9182918291828787f1600187018054821515600160e81b027fffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffffff9091161790556040519091506001600160a01b0384169088907fab603a6ae4979356387fd5948e84bb3f5a29558060649e873df60b5051f7bd1d9061088e90851515815260200190565b60405180910390a350505050505050565b5f5f6108aa86612399565b905060026001820154600160e01b900460ff1660048111156108ce576108ce6131cf565b14610901578581600101601c9054906101000a900460ff16604051637eeac89d60e11b815260040161055d92919061340d565b6005810154600160a01b900467ffffffffffffffff16421061096e5760058101546040517fa4da998200000000000000000000000000000000000000000000000000000000815260048101889052600160a01b90910467ffffffffffffffff16602482015260440161055d565b7f00000000000000000000000000000000000000000000000000000000000000003410156109d657604051620155b560e01b81523460048201527f0000000000000000000000000000000000000000000000000000000000000000602482015260440161055d565b6009810154833503610a17576040517f6481d3d40000000000000000000000000000000000000000000000000000000081528335600482015260240161055d565b60058101546001600160a01b03163303610a5d576040517f706cd38100000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b805460405163bc3d96a760e01b81525f916001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169163bc3d96a791610aaf9160040190815260200190565b6040805180830381865afa158015610ac9573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610aed9190613564565b91505063ffffffff81168514610b2557604051632c9e37e160e01b81526004810186905263ffffffff8216602482015260440161055d565b5f610b35835f0154888888612464565b90503460055f828254610b489190613435565b909155505060068301805463ffffffff16905f610b648361358c565b825463ffffffff9182166101009390930a928302919092021990911617905550600583015460098401546040517f26a13003000000000000000000000000000000000000000000000000000000008152600481018b90526001600160a01b0392831660248201523360448201526064810191909152608481018390527f0000000000000000000000000000000000000000000000000000000000000000909116906326a130039060a4016020604051808303815f875af1158015610c2a573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610c4e91906135b0565b5f81815260026020819052604090912090810154919550906001600160a01b031615610ca9576040517f9999e7870000000000000000000000000000000000000000000000000000000081526004810186905260240161055d565b8881556005848101546002830180546001600160a01b0390921673ffffffffffffffffffffffffffffffffffffffff19928316179055600183018054339216919091179055346003830155600482018390558101610d08888a83613632565b50600584018054600183018054600160c01b7fffffffffffffff0000000000ffffffffffffffffffffffffffffffffffffffff909116600160e01b90930463ffffffff16600160a01b0260ff60c01b19169290921791909117905554604051339187918c917ff05f6b651470dcb0beedc67556db999af2fe27217656f62b068bcd960fb6fde891610daa916001600160a01b0316908e908e908a903490613715565b60405180910390a450505050949350505050565b336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614610e22576040517fb01b58de00000000000000000000000000000000000000000000000000000000815233600482015260240161055d565b5f8281526002602052604090206001810154600160c01b900460ff16610e77576040517f035c69a60000000000000000000000000000000000000000000000000000000081526004810184905260240161055d565b60028101546001600160a01b03838116911614801590610ea7575060018101546001600160a01b03838116911614155b15610ef0576040517f968c0a42000000000000000000000000000000000000000000000000000000008152600481018490526001600160a01b038316602482015260440161055d565b6001818101805460ff60c01b19169081905582545f818152602093909352604083206005810154919390929091600160e01b900463ffffffff908116600160a01b90920416148015610f61575060026001830154600160e01b900460ff166004811115610f5f57610f5f6131cf565b145b90508015610fa05760068201805463ffffffff16905f610f808361374b565b91906101000a81548163ffffffff021916908363ffffffff160217905550505b60028401545f906001600160a01b0390811690871603610fdc5760028501546003860154610fd7916001600160a01b031690612406565b61113a565b811561111d5760018501546007840154610fff916001600160a01b031690612406565b60018501546005808501805473ffffffffffffffffffffffffffffffffffffffff19166001600160a01b039093169290921790915560038601546007850155600884019061104f90870182613769565b5060048501546009840155600583018054600160e01b900463ffffffff1690601c6110798361358c565b825463ffffffff9182166101009390930a92830291909202199091161790555060068301805463ffffffff191690556110d27f00000000000000000000000000000000000000000000000000000000000000004261383e565b60058401805467ffffffffffffffff92909216600160a01b027fffffffff0000000000000000ffffffffffffffffffffffffffffffffffffffff90921691909117905550600161113a565b6001850154600386015461113a916001600160a01b031690612406565b856001600160a01b031687857e0b80a881c6558939ec1f77349682a34afc44f2d8feff70b59bd322afc3777c84604051611178911515815260200190565b60405180910390a480156111f157600583015460098401546040516001600160a01b0383169287927f4f38986d59d46b4ca84b8cdfa27ea6fb8497b2ee21255abe1a4b19d0c639f0669261088e9260088a019291600160e01b820463ffffffff1691600160a01b900467ffffffffffffffff169061385e565b50505050505050565b5f61120482612399565b9050600180820154600160e01b900460ff166004811115611227576112276131cf565b1461125a578181600101601c9054906101000a900460ff166040516325af28db60e01b815260040161055d92919061340d565b6001810154600160a01b900467ffffffffffffffff164210156112c85760018101546040517fc41175e500000000000000000000000000000000000000000000000000000000815260048101849052600160a01b90910467ffffffffffffffff16602482015260440161055d565b6001810180547c040000000000000000000000000000000000000000000000000000000060ff60e01b198216179091556003820154611310916001600160a01b031690612406565b600181015460038201546040519081526001600160a01b039091169083907f7ca5472b7ea78c2c0141c5a12ee6d170cf4ce8ed06be3d22c8252ddfc7a6a2c49060200160405180910390a35050565b5f61136986612399565b6001810154909150600160f01b900460ff16156113b5576040517f0bcd63ff0000000000000000000000000000000000000000000000000000000081526004810187905260240161055d565b806004015485856040516113ca92919061389c565b60405180910390201461142d5784846040516113e792919061389c565b6040519081900381206004838101547fcdbaf00f00000000000000000000000000000000000000000000000000000000845290830191909152602482015260440161055d565b805460405163043cf89360e31b81525f916001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016916321e7c4989161147f9160040190815260200190565b5f60405180830381865afa158015611499573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f191682016040526114c09190810190613960565b90505f6114cd878761291d565b90505f8260400151515f146115ce5760408301516114f8908a906114f08a612b04565b858a8a612b25565b845460405163c40d47d360e01b81529192506001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169163c40d47d391611555918d91908690640100000000905f90600401613a86565b5f604051808303815f87803b15801561156c575f5ffd5b505af115801561157e573d5f5f3e3d5ffd5b505060408051848152640100000000602082015260018183015290518c93507f783a7767c68f34ef3658653e7ab34289161540dc0fbc1fc2ddc7bf261b235d2992509081900360600190a2611752565b5f8686808060200260200160405190810160405280939291908181526020018383602002808284375f9201919091525050505060e08501519091506116189063ffffffff16612bd0565b81511415806116425750836080015161163f5f5f1b86610100015163ffffffff1684612bf0565b14155b156116635760405163404dd0ed60e11b8152600481018b905260240161055d565b6116798385610100015163ffffffff1683612bf0565b855460c086015160405163c40d47d360e01b81529294506001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169263c40d47d3926116d5928f92889190600190600401613ab8565b5f604051808303815f87803b1580156116ec575f5ffd5b505af11580156116fe573d5f5f3e3d5ffd5b50505060c08501516040805185815263ffffffff90921660208301526002908201528b91507f783a7767c68f34ef3658653e7ab34289161540dc0fbc1fc2ddc7bf261b235d299060600160405180910390a2505b50505060010180547fff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff16600160f01b1790555050505050565b335f90815260036020526040812054908190036117d4576040517fd0d04f6000000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b335f908152600360205260408120819055600480548392906117f7908490613ae6565b909155505060405181815233907f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d59060200160405180910390a26040515f90339083908381818185875af1925050503d805f8114611870576040519150601f19603f3d011682016040523d82523d5f602084013e611875565b606091505b50509050806118b0576040517f750b219c00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5050565b5f6118be85612399565b9050600180820154600160e01b900460ff1660048111156118e1576118e16131cf565b14611914578481600101601c9054906101000a900460ff166040516325af28db60e01b815260040161055d92919061340d565b6001810154600160a01b900467ffffffffffffffff1642106119815760018101546040517f9e9f887900000000000000000000000000000000000000000000000000000000815260048101879052600160a01b90910467ffffffffffffffff16602482015260440161055d565b7f00000000000000000000000000000000000000000000000000000000000000003410156119e957604051620155b560e01b81523460048201527f0000000000000000000000000000000000000000000000000000000000000000602482015260440161055d565b805460405163bc3d96a760e01b81525f916001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169163bc3d96a791611a3b9160040190815260200190565b6040805180830381865afa158015611a55573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611a799190613564565b91505063ffffffff81168414611ab157604051632c9e37e160e01b81526004810185905263ffffffff8216602482015260440161055d565b5f611ac1835f0154878787612464565b60018401805460ff60e01b19167c020000000000000000000000000000000000000000000000000000000017905560058401805473ffffffffffffffffffffffffffffffffffffffff191633179055346007850155905060088301611b27868883613632565b5060098301819055611b597f00000000000000000000000000000000000000000000000000000000000000004261383e565b8360050160146101000a81548167ffffffffffffffff021916908367ffffffffffffffff1602179055503460055f828254611b949190613435565b90915550506005830154604051339189917fefdd6c3f3f0deeab619c255728f43ab069230afb258a74b2b3e35247f21124519161088e918b918b9188913491600160a01b90910467ffffffffffffffff1690613af9565b611c466040518061010001604052805f81526020015f6001600160a01b031681526020015f63ffffffff1681526020015f151581526020015f6001600160a01b031681526020015f81526020015f8152602001606081525090565b5f828152600260208181526040928390208351610100810185528154815260018201546001600160a01b0380821694830194909452600160a01b810463ffffffff1695820195909552600160c01b90940460ff161515606085015291820154166080830152600381015460a0830152600481015460c083015260058101805460e084019190611cd490613448565b80601f0160208091040260200160405190810160405280929190818152602001828054611d0090613448565b8015611d4b5780601f10611d2257610100808354040283529160200191611d4b565b820191905f5260205f20905b815481529060010190602001808311611d2e57829003601f168201915b5050505050815250509050919050565b60408051610240810182525f8082526020820181905291810182905260608082018390526080820183905260a0820183905260c0820183905260e08201839052610100820183905261012082018390526101408201839052610160820183905261018082018390526101a082018390526101c082018390526101e08201839052610200820152610220810191909152611df382612399565b60408051610240810182528254815260018301546001600160a01b0381166020830152600160a01b810467ffffffffffffffff169282019290925291906060830190600160e01b900460ff166004811115611e5057611e506131cf565b6004811115611e6157611e616131cf565b81526001820154600160e81b810460ff90811615156020840152600160f01b909104161515604082015260028201546001600160a01b038082166060840152600160a01b80830460e090811b6001600160e01b0319166080860152600160c01b90930467ffffffffffffffff90811660a0860152600386015460c086015260048601549385019390935260058501549182166101008501528104909116610120830152600160e01b900463ffffffff90811661014083015260068301541661016082015260078201546101808201526008820180546101a090920191611f4690613448565b80601f0160208091040260200160405190810160405280929190818152602001828054611f7290613448565b8015611fbd5780601f10611f9457610100808354040283529160200191611fbd565b820191905f5260205f20905b815481529060010190602001808311611fa057829003601f168201915b505050505081526020016009820154815250509050919050565b5f7f000000000000000000000000000000000000000000000000000000000000000034101561205a576040517ff04f3db20000000000000000000000000000000000000000000000000000000081523460048201527f0000000000000000000000000000000000000000000000000000000000000000602482015260440161055d565b60405163bc3d96a760e01b8152600481018890525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063bc3d96a7906024016040805180830381865afa1580156120be573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906120e29190613564565b50905063ffffffff81168614612133576040517ff50586ec0000000000000000000000000000000000000000000000000000000081526004810187905263ffffffff8216602482015260440161055d565b6001600160a01b038516612173576040517f6b7639ac00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6298968067ffffffffffffffff841611156121cf576040517f8473e5b300000000000000000000000000000000000000000000000000000000815267ffffffffffffffff8416600482015262989680602482015260440161055d565b5f805490806121dd83613b33565b909155505f8181526001602081905260409091208a815590810180543373ffffffffffffffffffffffffffffffffffffffff199091161790556002810180546001600160a01b0389167fffffffffffffffff00000000000000000000000000000000000000000000000090911617600160a01b60e089901c021777ffffffffffffffffffffffffffffffffffffffffffffffff16600160c01b67ffffffffffffffff8816021790559092506122b27f00000000000000000000000000000000000000000000000000000000000000004261383e565b60018201805467ffffffffffffffff92909216600160a01b0260ff60e01b19167fffffff000000000000000000ffffffffffffffffffffffffffffffffffffffff90921691909117600160e01b179055346003820155604051612318908990899061389c565b604051809103902081600401819055503460055f8282546123399190613435565b92505081905550336001600160a01b031689847f2d2764403c97c37449d8fe0ff889c68c5f9347bbf9b6504f896b1fac155c16c28b8b348c8c8c60405161238596959493929190613b4b565b60405180910390a450509695505050505050565b5f818152600160205260408120906001820154600160e01b900460ff1660048111156123c7576123c76131cf565b03612401576040517f1f79bbe70000000000000000000000000000000000000000000000000000000081526004810183905260240161055d565b919050565b8060055f8282546124179190613ae6565b90915550506001600160a01b0382165f9081526003602052604081208054839290612443908490613435565b925050819055508060045f82825461245b9190613435565b90915550505050565b60405163043cf89360e31b8152600481018590525f9081906001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016906321e7c498906024015f60405180830381865afa1580156124ca573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f191682016040526124f19190810190613960565b90505f6124fe868661291d565b90505f61250e6040860186613ba0565b808060200260200160405190810160405280939291908181526020018383602002808284375f92019190915250505060408501515191925050156127e0575f61255a6020870187613be6565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152505082519293505050610138146125e3576040516304decfd360e51b815260206004820152601e60248201527f74686520656e64207374617465206973206e6f74203331322062797465730000604482015260640161055d565b5f6125ed82612c56565b905086358114612666576040516304decfd360e51b815260206004820152602560248201527f74686520636c61696d206973206e6f742074686520656e64207374617465277360448201527f2068617368000000000000000000000000000000000000000000000000000000606482015260840161055d565b5f6126718260f81c90565b146126bf576040516304decfd360e51b815260206004820152601c60248201527f74686520656e6420737461746520646964206e6f742065786974203000000000604482015260640161055d565b5f6126c989612b04565b90506126d6816020613ae6565b84511461274c576040516304decfd360e51b815260206004820152602660248201527f77726f6e67206e756d626572206f66206f757470757420726567696f6e20736960448201527f626c696e67730000000000000000000000000000000000000000000000000000606482015260840161055d565b61276561275884612d46565b63d0000000838888612d77565b6127d8576040516304decfd360e51b815260206004820152602f60248201527f746865206f7574707574206973206e6f742074686520656e642073746174652760448201527f73206f757470757420726567696f6e0000000000000000000000000000000000606482015260840161055d565b505050612910565b6127ed6020860186613be6565b159050612862576040516304decfd360e51b8152602060048201526024808201527f61206d756c74692d706861736520636c61696d20686173206e6f20656e64207360448201527f7461746500000000000000000000000000000000000000000000000000000000606482015260840161055d565b6128758360e0015163ffffffff16612bd0565b815114158061289c5750845f01356128998385610120015163ffffffff1684612bf0565b14155b15612910576040516304decfd360e51b815260206004820152602960248201527f746865206f7574707574206973206e6f742074686520636c61696d2773206f7560448201527f74707574206c6561660000000000000000000000000000000000000000000000606482015260840161055d565b5050913595945050505050565b5f80600561292a84612b04565b6129349190613ae6565b6001901b90505f8167ffffffffffffffff811115612954576129546135c7565b60405190808252806020026020018201604052801561297d578160200160208202803683370190505b5090505f5b82811015612a09575f612996826020613c29565b90508581106129a55750612a09565b8681013560206129b58389613ae6565b10156129e1576129c58288613ae6565b6129d0906020613ae6565b6129db906008613c29565b5f19901b165b808484815181106129f4576129f4613c40565b60209081029190910101525050600101612982565b505b6001821115612adf575f5b612a2160028461351a565b811015612ad25781612a34826002613c29565b81518110612a4457612a44613c40565b602002602001015182826002612a5a9190613c29565b612a65906001613435565b81518110612a7557612a75613c40565b6020026020010151604051602001612a97929190918252602082015260400190565b60405160208183030381529060405280519060200120828281518110612abf57612abf613c40565b6020908102919091010152600101612a16565b50600182901c9150612a0b565b805f81518110612af157612af1613c40565b6020026020010151925050505b92915050565b60055b81816001901b10156124015780612b1d81613b33565b915050612b07565b5f5f8383808060200260200160405190810160405280939291908181526020018383602002808284375f92019190915250929350612b809250612b6b9150899050612d46565b639000000088612b7a81612d90565b85612d77565b612ba05760405163404dd0ed60e11b81526004810189905260240161055d565b612bb987612bb46390000000898986612dd8565b612e6d565b612bc287612e9e565b9150505b9695505050505050565b5f5b81816001901b10156124015780612be881613b33565b915050612bd2565b5f6101008251101580612c065750815183901c15155b15612c37578151604051634f9bb75560e11b8152600481018590525f6024820152604481019190915260640161055d565b5f602083019050612c4b8585838651612f16565b9150505b9392505050565b5f610138825114612c7f57815160405163ba32cce960e01b815260040161055d91815260200190565b5f82604d81518110612c9357612c93613c40565b602001015160f81c60f81b60f81c60ff1690505f83604e81518110612cba57612cba613c40565b602001015160f81c60f81b60f81c60ff1690505f84604f81518110612ce157612ce1613c40565b016020015160f81c905060038215612d09575f8411612d00575f612d03565b60015b60ff1690505b8115612d13575060025b855160208701207effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff1660f882901b17612bc6565b5f610138825114612d6f57815160405163ba32cce960e01b815260040161055d91815260200190565b506020015190565b5f85612d8586868686612dd8565b149695505050505050565b5f60055b82811015612dd257604080516020810184905290810183905260600160408051601f1981840301815291905280516020909101209150600101612d94565b50919050565b5f6005841080612de85750602084115b80612df65750602085901c15155b80612e0e5750612e09600180861b613ae6565b851615155b80612e245750612e1f846020613ae6565b825114155b15612e56578151604051634f9bb75560e11b81526004810187905260248101869052604481019190915260640161055d565b5f602083019050612bc6848688901c838651612f16565b610138825114612e9557815160405163ba32cce960e01b815260040161055d91815260200190565b60209190910152565b5f610138825114612ec757815160405163ba32cce960e01b815260040161055d91815260200190565b815160208301207effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff167f030000000000000000000000000000000000000000000000000000000000000017612afe565b5f8160051b83015b80841015612f4f576001851660051b868152845160208218525060405f2095508460011c9450602084019350612f1e565b5093949350505050565b5f60208284031215612f69575f5ffd5b5035919050565b5f5f83601f840112612f80575f5ffd5b50813567ffffffffffffffff811115612f97575f5ffd5b602083019150836020828501011115612fae575f5ffd5b9250929050565b5f5f5f5f60608587031215612fc8575f5ffd5b84359350602085013567ffffffffffffffff811115612fe5575f5ffd5b612ff187828801612f70565b909450925050604085013567ffffffffffffffff811115613010575f5ffd5b850160608188031215613021575f5ffd5b939692955090935050565b80356001600160a01b0381168114612401575f5ffd5b5f5f60408385031215613053575f5ffd5b823591506130636020840161302c565b90509250929050565b5f5f5f5f5f60608688031215613080575f5ffd5b85359450602086013567ffffffffffffffff81111561309d575f5ffd5b6130a988828901612f70565b909550935050604086013567ffffffffffffffff8111156130c8575f5ffd5b8601601f810188136130d8575f5ffd5b803567ffffffffffffffff8111156130ee575f5ffd5b8860208260051b8401011115613102575f5ffd5b959894975092955050506020019190565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b60208152815160208201526001600160a01b03602083015116604082015263ffffffff60408301511660608201525f6060830151613183608084018215159052565b5060808301516001600160a01b03811660a08401525060a083015160c083015260c083015160e083015260e0830151610100808401526131c7610120840182613113565b949350505050565b634e487b7160e01b5f52602160045260245ffd5b600581106131f3576131f36131cf565b9052565b60208152815160208201525f602083015161321d60408401826001600160a01b03169052565b50604083015167ffffffffffffffff8116606084015250606083015161324660808401826131e3565b50608083015180151560a08401525060a083015180151560c08401525060c08301516001600160a01b03811660e08401525060e08301516001600160e01b031981166101008401525061010083015167ffffffffffffffff8116610120840152506101208301516101408301526101408301516101608301526101608301516132db6101808401826001600160a01b03169052565b5061018083015167ffffffffffffffff81166101a0840152506101a083015163ffffffff81166101c0840152506101c083015163ffffffff81166101e0840152506101e0830151610200830152610200830151610240610220840152613345610260840182613113565b90506102208401516102408401528091505092915050565b5f6020828403121561336d575f5ffd5b612c4f8261302c565b5f5f5f5f5f5f60a0878903121561338b575f5ffd5b86359550602087013567ffffffffffffffff8111156133a8575f5ffd5b6133b489828a01612f70565b90965094506133c790506040880161302c565b925060608701356001600160e01b0319811681146133e3575f5ffd5b9150608087013567ffffffffffffffff811681146133ff575f5ffd5b809150509295509295509295565b82815260408101612c4f60208301846131e3565b634e487b7160e01b5f52601160045260245ffd5b80820180821115612afe57612afe613421565b600181811c9082168061345c57607f821691505b602082108103612dd257634e487b7160e01b5f52602260045260245ffd5b5f815461348681613448565b8085526001821680156134a057600181146134bc576134f0565b60ff1983166020870152602082151560051b87010193506134f0565b845f5260205f205f5b838110156134e75781546020828a0101526001820191506020810190506134c5565b87016020019450505b50505092915050565b604081525f61350b604083018561347a565b90508260208301529392505050565b5f8261353457634e487b7160e01b5f52601260045260245ffd5b500490565b828152604060208201525f6131c7604083018461347a565b805163ffffffff81168114612401575f5ffd5b5f5f60408385031215613575575f5ffd5b61357e83613551565b915061306360208401613551565b5f63ffffffff821663ffffffff81036135a7576135a7613421565b60010192915050565b5f602082840312156135c0575f5ffd5b5051919050565b634e487b7160e01b5f52604160045260245ffd5b601f82111561362d578282111561362d57805f5260205f20601f840160051c602085101561360657505f5b90810190601f840160051c035f5b81811015613629575f83820155600101613614565b5050505b505050565b67ffffffffffffffff83111561364a5761364a6135c7565b61365e836136588354613448565b836135db565b5f601f84116001811461368f575f85156136785750838201355b5f19600387901b1c1916600186901b1783556136e6565b5f83815260208120601f198716915b828110156136be578685013582556020948501946001909201910161369e565b50868210156136da575f1960f88860031b161c19848701351681555b505060018560011b0183555b5050505050565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b6001600160a01b0386168152608060208201525f6137376080830186886136ed565b604083019490945250606001529392505050565b5f63ffffffff82168061376057613760613421565b5f190192915050565b818103613774575050565b61377e8254613448565b67ffffffffffffffff811115613796576137966135c7565b6137aa816137a48454613448565b846135db565b5f601f8211600181146137db575f83156137c45750848201545b5f19600385901b1c1916600184901b1784556136e6565b5f8581526020808220868352908220601f198616925b8381101561381157828601548255600195860195909101906020016137f1565b508583101561382e57818501545f19600388901b60f8161c191681555b5050505050600190811b01905550565b67ffffffffffffffff8181168382160190811115612afe57612afe613421565b608081525f613870608083018761347a565b60208301959095525063ffffffff92909216604083015267ffffffffffffffff16606090910152919050565b818382375f9101908152919050565b604051610140810167ffffffffffffffff811182821017156138cf576138cf6135c7565b60405290565b5f82601f8301126138e4575f5ffd5b815167ffffffffffffffff8111156138fe576138fe6135c7565b604051601f8201601f19908116603f0116810167ffffffffffffffff8111828210171561392d5761392d6135c7565b604052818152838201602001851015613944575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b5f60208284031215613970575f5ffd5b815167ffffffffffffffff811115613986575f5ffd5b82016101408185031215613998575f5ffd5b6139a06138ab565b6139a982613551565b81526139b760208301613551565b6020820152604082015167ffffffffffffffff8111156139d5575f5ffd5b6139e1868285016138d5565b604083015250606082015167ffffffffffffffff811115613a00575f5ffd5b613a0c868285016138d5565b6060830152506080828101519082015260a08083015190820152613a3260c08301613551565b60c0820152613a4360e08301613551565b60e0820152613a556101008301613551565b610100820152613a686101208301613551565b610120820152949350505050565b600281106131f3576131f36131cf565b858152602081018590526040810184905267ffffffffffffffff8316606082015260a08101612bc66080830184613a76565b858152602081018590526040810184905263ffffffff8316606082015260a08101612bc66080830184613a76565b81810381811115612afe57612afe613421565b608081525f613b0c6080830187896136ed565b602083019590955250604081019290925267ffffffffffffffff1660609091015292915050565b5f60018201613b4457613b44613421565b5060010190565b60a081525f613b5e60a08301888a6136ed565b90508560208301526001600160a01b03851660408301526001600160e01b03198416606083015267ffffffffffffffff83166080830152979650505050505050565b5f5f8335601e19843603018112613bb5575f5ffd5b83018035915067ffffffffffffffff821115613bcf575f5ffd5b6020019150600581901b3603821315612fae575f5ffd5b5f5f8335601e19843603018112613bfb575f5ffd5b83018035915067ffffffffffffffff821115613c15575f5ffd5b602001915036819003821315612fae575f5ffd5b8082028115828204841417612afe57612afe613421565b634e487b7160e01b5f52603260045260245ffd",
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
// Solidity: constructor(address registry_, address game_, uint256 minFee_, uint256 submitterBond_, uint256 challengerBond_, uint64 challengeWindow_, uint64 submissionWindow_) returns()
func (aIOracle *AIOracle) PackConstructor(registry_ common.Address, game_ common.Address, minFee_ *big.Int, submitterBond_ *big.Int, challengerBond_ *big.Int, challengeWindow_ uint64, submissionWindow_ uint64) []byte {
	enc, err := aIOracle.abi.Pack("", registry_, game_, minFee_, submitterBond_, challengerBond_, challengeWindow_, submissionWindow_)
	if err != nil {
		panic(err)
	}
	return enc
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

// PackChallenge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x19903959.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function challenge(uint256 requestId, bytes output, (bytes32,bytes,bytes32[]) c) payable returns(uint256 gameId)
func (aIOracle *AIOracle) PackChallenge(requestId *big.Int, output []byte, c AIOracleClaimProof) []byte {
	enc, err := aIOracle.abi.Pack("challenge", requestId, output, c)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChallenge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x19903959.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function challenge(uint256 requestId, bytes output, (bytes32,bytes,bytes32[]) c) payable returns(uint256 gameId)
func (aIOracle *AIOracle) TryPackChallenge(requestId *big.Int, output []byte, c AIOracleClaimProof) ([]byte, error) {
	return aIOracle.abi.Pack("challenge", requestId, output, c)
}

// UnpackChallenge is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x19903959.
//
// Solidity: function challenge(uint256 requestId, bytes output, (bytes32,bytes,bytes32[]) c) payable returns(uint256 gameId)
func (aIOracle *AIOracle) UnpackChallenge(data []byte) (*big.Int, error) {
	out, err := aIOracle.abi.Unpack("challenge", data)
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

// PackChallengerBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x68ccdc86.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function challengerBond() view returns(uint256)
func (aIOracle *AIOracle) PackChallengerBond() []byte {
	enc, err := aIOracle.abi.Pack("challengerBond")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChallengerBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x68ccdc86.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function challengerBond() view returns(uint256)
func (aIOracle *AIOracle) TryPackChallengerBond() ([]byte, error) {
	return aIOracle.abi.Pack("challengerBond")
}

// UnpackChallengerBond is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x68ccdc86.
//
// Solidity: function challengerBond() view returns(uint256)
func (aIOracle *AIOracle) UnpackChallengerBond(data []byte) (*big.Int, error) {
	out, err := aIOracle.abi.Unpack("challengerBond", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackFinalize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x05261aea.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function finalize(uint256 requestId) returns()
func (aIOracle *AIOracle) PackFinalize(requestId *big.Int) []byte {
	enc, err := aIOracle.abi.Pack("finalize", requestId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFinalize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x05261aea.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function finalize(uint256 requestId) returns()
func (aIOracle *AIOracle) TryPackFinalize(requestId *big.Int) ([]byte, error) {
	return aIOracle.abi.Pack("finalize", requestId)
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

// PackGetGame is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa2f77bcc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getGame(uint256 gameId) view returns((uint256,address,uint32,bool,address,uint256,bytes32,bytes))
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
// Solidity: function getGame(uint256 gameId) view returns((uint256,address,uint32,bool,address,uint256,bytes32,bytes))
func (aIOracle *AIOracle) TryPackGetGame(gameId *big.Int) ([]byte, error) {
	return aIOracle.abi.Pack("getGame", gameId)
}

// UnpackGetGame is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa2f77bcc.
//
// Solidity: function getGame(uint256 gameId) view returns((uint256,address,uint32,bool,address,uint256,bytes32,bytes))
func (aIOracle *AIOracle) UnpackGetGame(data []byte) (AIOracleGame, error) {
	out, err := aIOracle.abi.Unpack("getGame", data)
	if err != nil {
		return *new(AIOracleGame), err
	}
	out0 := *abi.ConvertType(out[0], new(AIOracleGame)).(*AIOracleGame)
	return out0, nil
}

// PackGetRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc58343ef.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRequest(uint256 requestId) view returns((bytes32,address,uint64,uint8,bool,bool,address,bytes4,uint64,uint256,bytes32,address,uint64,uint32,uint32,uint256,bytes,bytes32))
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
// Solidity: function getRequest(uint256 requestId) view returns((bytes32,address,uint64,uint8,bool,bool,address,bytes4,uint64,uint256,bytes32,address,uint64,uint32,uint32,uint256,bytes,bytes32))
func (aIOracle *AIOracle) TryPackGetRequest(requestId *big.Int) ([]byte, error) {
	return aIOracle.abi.Pack("getRequest", requestId)
}

// UnpackGetRequest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc58343ef.
//
// Solidity: function getRequest(uint256 requestId) view returns((bytes32,address,uint64,uint8,bool,bool,address,bytes4,uint64,uint256,bytes32,address,uint64,uint32,uint32,uint256,bytes,bytes32))
func (aIOracle *AIOracle) UnpackGetRequest(data []byte) (AIOracleRequest, error) {
	out, err := aIOracle.abi.Unpack("getRequest", data)
	if err != nil {
		return *new(AIOracleRequest), err
	}
	out0 := *abi.ConvertType(out[0], new(AIOracleRequest)).(*AIOracleRequest)
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

// PackRefund is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x278ecde1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function refund(uint256 requestId) returns()
func (aIOracle *AIOracle) PackRefund(requestId *big.Int) []byte {
	enc, err := aIOracle.abi.Pack("refund", requestId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRefund is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x278ecde1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function refund(uint256 requestId) returns()
func (aIOracle *AIOracle) TryPackRefund(requestId *big.Int) ([]byte, error) {
	return aIOracle.abi.Pack("refund", requestId)
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

// PackRequestCallback is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe80802a2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestCallback(bytes32 modelId, bytes input, address callbackContract, bytes4 selector, uint64 gasLimit) payable returns(uint256 requestId)
func (aIOracle *AIOracle) PackRequestCallback(modelId [32]byte, input []byte, callbackContract common.Address, selector [4]byte, gasLimit uint64) []byte {
	enc, err := aIOracle.abi.Pack("requestCallback", modelId, input, callbackContract, selector, gasLimit)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestCallback is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe80802a2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestCallback(bytes32 modelId, bytes input, address callbackContract, bytes4 selector, uint64 gasLimit) payable returns(uint256 requestId)
func (aIOracle *AIOracle) TryPackRequestCallback(modelId [32]byte, input []byte, callbackContract common.Address, selector [4]byte, gasLimit uint64) ([]byte, error) {
	return aIOracle.abi.Pack("requestCallback", modelId, input, callbackContract, selector, gasLimit)
}

// UnpackRequestCallback is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe80802a2.
//
// Solidity: function requestCallback(bytes32 modelId, bytes input, address callbackContract, bytes4 selector, uint64 gasLimit) payable returns(uint256 requestId)
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

// PackSubmit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x812fa257.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function submit(uint256 requestId, bytes output, (bytes32,bytes,bytes32[]) c) payable returns()
func (aIOracle *AIOracle) PackSubmit(requestId *big.Int, output []byte, c AIOracleClaimProof) []byte {
	enc, err := aIOracle.abi.Pack("submit", requestId, output, c)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSubmit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x812fa257.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function submit(uint256 requestId, bytes output, (bytes32,bytes,bytes32[]) c) payable returns()
func (aIOracle *AIOracle) TryPackSubmit(requestId *big.Int, output []byte, c AIOracleClaimProof) ([]byte, error) {
	return aIOracle.abi.Pack("submit", requestId, output, c)
}

// PackSubmitterBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd63b272c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function submitterBond() view returns(uint256)
func (aIOracle *AIOracle) PackSubmitterBond() []byte {
	enc, err := aIOracle.abi.Pack("submitterBond")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSubmitterBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd63b272c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function submitterBond() view returns(uint256)
func (aIOracle *AIOracle) TryPackSubmitterBond() ([]byte, error) {
	return aIOracle.abi.Pack("submitterBond")
}

// UnpackSubmitterBond is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd63b272c.
//
// Solidity: function submitterBond() view returns(uint256)
func (aIOracle *AIOracle) UnpackSubmitterBond(data []byte) (*big.Int, error) {
	out, err := aIOracle.abi.Unpack("submitterBond", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
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

// AIOracleChallenged represents a Challenged event raised by the AIOracle contract.
type AIOracleChallenged struct {
	RequestId  *big.Int
	GameId     *big.Int
	Challenger common.Address
	Asserter   common.Address
	Output     []byte
	Claim      [32]byte
	Bond       *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const AIOracleChallengedEventName = "Challenged"

// ContractEventName returns the user-defined event name.
func (AIOracleChallenged) ContractEventName() string {
	return AIOracleChallengedEventName
}

// UnpackChallengedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Challenged(uint256 indexed requestId, uint256 indexed gameId, address indexed challenger, address asserter, bytes output, bytes32 claim, uint256 bond)
func (aIOracle *AIOracle) UnpackChallengedEvent(log *types.Log) (*AIOracleChallenged, error) {
	event := "Challenged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aIOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AIOracleChallenged)
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

// AIOracleFinalized represents a Finalized event raised by the AIOracle contract.
type AIOracleFinalized struct {
	RequestId *big.Int
	Submitter common.Address
	Output    []byte
	Claim     [32]byte
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
// Solidity: event Finalized(uint256 indexed requestId, address indexed submitter, bytes output, bytes32 claim)
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
	Phases    uint8
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
// Solidity: event GameStartSet(uint256 indexed requestId, bytes32 start, uint64 positions, uint8 phases)
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

// AIOracleRefunded represents a Refunded event raised by the AIOracle contract.
type AIOracleRefunded struct {
	RequestId *big.Int
	Requester common.Address
	Fee       *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const AIOracleRefundedEventName = "Refunded"

// ContractEventName returns the user-defined event name.
func (AIOracleRefunded) ContractEventName() string {
	return AIOracleRefundedEventName
}

// UnpackRefundedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Refunded(uint256 indexed requestId, address indexed requester, uint256 fee)
func (aIOracle *AIOracle) UnpackRefundedEvent(log *types.Log) (*AIOracleRefunded, error) {
	event := "Refunded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aIOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AIOracleRefunded)
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

// AIOracleRequested represents a Requested event raised by the AIOracle contract.
type AIOracleRequested struct {
	RequestId        *big.Int
	ModelId          [32]byte
	Requester        common.Address
	Input            []byte
	Fee              *big.Int
	CallbackContract common.Address
	Selector         [4]byte
	GasLimit         uint64
	Raw              *types.Log // Blockchain specific contextual infos
}

const AIOracleRequestedEventName = "Requested"

// ContractEventName returns the user-defined event name.
func (AIOracleRequested) ContractEventName() string {
	return AIOracleRequestedEventName
}

// UnpackRequestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Requested(uint256 indexed requestId, bytes32 indexed modelId, address indexed requester, bytes input, uint256 fee, address callbackContract, bytes4 selector, uint64 gasLimit)
func (aIOracle *AIOracle) UnpackRequestedEvent(log *types.Log) (*AIOracleRequested, error) {
	event := "Requested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aIOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AIOracleRequested)
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
	Winner    common.Address
	Replaced  bool
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
// Solidity: event Resolved(uint256 indexed requestId, uint256 indexed gameId, address indexed winner, bool replaced)
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

// AIOracleResultReplaced represents a ResultReplaced event raised by the AIOracle contract.
type AIOracleResultReplaced struct {
	RequestId *big.Int
	Submitter common.Address
	Output    []byte
	Claim     [32]byte
	Round     uint32
	WindowEnd uint64
	Raw       *types.Log // Blockchain specific contextual infos
}

const AIOracleResultReplacedEventName = "ResultReplaced"

// ContractEventName returns the user-defined event name.
func (AIOracleResultReplaced) ContractEventName() string {
	return AIOracleResultReplacedEventName
}

// UnpackResultReplacedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ResultReplaced(uint256 indexed requestId, address indexed submitter, bytes output, bytes32 claim, uint32 round, uint64 windowEnd)
func (aIOracle *AIOracle) UnpackResultReplacedEvent(log *types.Log) (*AIOracleResultReplaced, error) {
	event := "ResultReplaced"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aIOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AIOracleResultReplaced)
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

// AIOracleSubmitted represents a Submitted event raised by the AIOracle contract.
type AIOracleSubmitted struct {
	RequestId *big.Int
	Submitter common.Address
	Output    []byte
	Claim     [32]byte
	Bond      *big.Int
	WindowEnd uint64
	Raw       *types.Log // Blockchain specific contextual infos
}

const AIOracleSubmittedEventName = "Submitted"

// ContractEventName returns the user-defined event name.
func (AIOracleSubmitted) ContractEventName() string {
	return AIOracleSubmittedEventName
}

// UnpackSubmittedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Submitted(uint256 indexed requestId, address indexed submitter, bytes output, bytes32 claim, uint256 bond, uint64 windowEnd)
func (aIOracle *AIOracle) UnpackSubmittedEvent(log *types.Log) (*AIOracleSubmitted, error) {
	event := "Submitted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aIOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AIOracleSubmitted)
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
	if bytes.Equal(raw[:4], aIOracle.abi.Errors["BadClaimProof"].ID.Bytes()[:4]) {
		return aIOracle.UnpackBadClaimProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIOracle.abi.Errors["BadStateSize"].ID.Bytes()[:4]) {
		return aIOracle.UnpackBadStateSizeError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIOracle.abi.Errors["BondTooLow"].ID.Bytes()[:4]) {
		return aIOracle.UnpackBondTooLowError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIOracle.abi.Errors["CallbackGasTooHigh"].ID.Bytes()[:4]) {
		return aIOracle.UnpackCallbackGasTooHighError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIOracle.abi.Errors["ChallengeWindowClosed"].ID.Bytes()[:4]) {
		return aIOracle.UnpackChallengeWindowClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIOracle.abi.Errors["ChallengeWindowOpen"].ID.Bytes()[:4]) {
		return aIOracle.UnpackChallengeWindowOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIOracle.abi.Errors["FeeTooLow"].ID.Bytes()[:4]) {
		return aIOracle.UnpackFeeTooLowError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIOracle.abi.Errors["GameIdTaken"].ID.Bytes()[:4]) {
		return aIOracle.UnpackGameIdTakenError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIOracle.abi.Errors["GameNotOpen"].ID.Bytes()[:4]) {
		return aIOracle.UnpackGameNotOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIOracle.abi.Errors["GamesOpen"].ID.Bytes()[:4]) {
		return aIOracle.UnpackGamesOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIOracle.abi.Errors["InputNotEmpty"].ID.Bytes()[:4]) {
		return aIOracle.UnpackInputNotEmptyError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIOracle.abi.Errors["InvalidRegion"].ID.Bytes()[:4]) {
		return aIOracle.UnpackInvalidRegionError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIOracle.abi.Errors["NoCallbackContract"].ID.Bytes()[:4]) {
		return aIOracle.UnpackNoCallbackContractError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIOracle.abi.Errors["NotAParty"].ID.Bytes()[:4]) {
		return aIOracle.UnpackNotAPartyError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIOracle.abi.Errors["NotAwaitingResult"].ID.Bytes()[:4]) {
		return aIOracle.UnpackNotAwaitingResultError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIOracle.abi.Errors["NotChallengeable"].ID.Bytes()[:4]) {
		return aIOracle.UnpackNotChallengeableError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIOracle.abi.Errors["NotEnoughGasForCallback"].ID.Bytes()[:4]) {
		return aIOracle.UnpackNotEnoughGasForCallbackError(raw[4:])
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
	if bytes.Equal(raw[:4], aIOracle.abi.Errors["SelfChallenge"].ID.Bytes()[:4]) {
		return aIOracle.UnpackSelfChallengeError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIOracle.abi.Errors["StartAlreadySet"].ID.Bytes()[:4]) {
		return aIOracle.UnpackStartAlreadySetError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIOracle.abi.Errors["SubmissionClosed"].ID.Bytes()[:4]) {
		return aIOracle.UnpackSubmissionClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIOracle.abi.Errors["SubmissionStillOpen"].ID.Bytes()[:4]) {
		return aIOracle.UnpackSubmissionStillOpenError(raw[4:])
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
	if bytes.Equal(raw[:4], aIOracle.abi.Errors["WrongInputSize"].ID.Bytes()[:4]) {
		return aIOracle.UnpackWrongInputSizeError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIOracle.abi.Errors["WrongOutputSize"].ID.Bytes()[:4]) {
		return aIOracle.UnpackWrongOutputSizeError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// AIOracleBadClaimProof represents a BadClaimProof error raised by the AIOracle contract.
type AIOracleBadClaimProof struct {
	Reason string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadClaimProof(string reason)
func AIOracleBadClaimProofErrorID() common.Hash {
	return common.HexToHash("0x9bd9fa600cee611e630d20f129c97d7ab1fc0917085623d6e9e6569151ff1919")
}

// UnpackBadClaimProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadClaimProof(string reason)
func (aIOracle *AIOracle) UnpackBadClaimProofError(raw []byte) (*AIOracleBadClaimProof, error) {
	out := new(AIOracleBadClaimProof)
	if err := aIOracle.abi.UnpackIntoInterface(out, "BadClaimProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AIOracleBadStateSize represents a BadStateSize error raised by the AIOracle contract.
type AIOracleBadStateSize struct {
	Size *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadStateSize(uint256 size)
func AIOracleBadStateSizeErrorID() common.Hash {
	return common.HexToHash("0xba32cce9d68a9e469b787d9ba25fccf538ea6e2d7a5dca214cc0922aa046edb5")
}

// UnpackBadStateSizeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadStateSize(uint256 size)
func (aIOracle *AIOracle) UnpackBadStateSizeError(raw []byte) (*AIOracleBadStateSize, error) {
	out := new(AIOracleBadStateSize)
	if err := aIOracle.abi.UnpackIntoInterface(out, "BadStateSize", raw); err != nil {
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

// AIOracleChallengeWindowClosed represents a ChallengeWindowClosed error raised by the AIOracle contract.
type AIOracleChallengeWindowClosed struct {
	RequestId *big.Int
	WindowEnd uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ChallengeWindowClosed(uint256 requestId, uint64 windowEnd)
func AIOracleChallengeWindowClosedErrorID() common.Hash {
	return common.HexToHash("0xa4da9982d60da0fc5aa936ec0acf699730997d384b23657d976a61aa56342a0e")
}

// UnpackChallengeWindowClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ChallengeWindowClosed(uint256 requestId, uint64 windowEnd)
func (aIOracle *AIOracle) UnpackChallengeWindowClosedError(raw []byte) (*AIOracleChallengeWindowClosed, error) {
	out := new(AIOracleChallengeWindowClosed)
	if err := aIOracle.abi.UnpackIntoInterface(out, "ChallengeWindowClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AIOracleChallengeWindowOpen represents a ChallengeWindowOpen error raised by the AIOracle contract.
type AIOracleChallengeWindowOpen struct {
	RequestId *big.Int
	WindowEnd uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ChallengeWindowOpen(uint256 requestId, uint64 windowEnd)
func AIOracleChallengeWindowOpenErrorID() common.Hash {
	return common.HexToHash("0x18c02f4168fa326029792f314c82d6481b9e879d5cf1715967fe21ecf770896b")
}

// UnpackChallengeWindowOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ChallengeWindowOpen(uint256 requestId, uint64 windowEnd)
func (aIOracle *AIOracle) UnpackChallengeWindowOpenError(raw []byte) (*AIOracleChallengeWindowOpen, error) {
	out := new(AIOracleChallengeWindowOpen)
	if err := aIOracle.abi.UnpackIntoInterface(out, "ChallengeWindowOpen", raw); err != nil {
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

// AIOracleGameIdTaken represents a GameIdTaken error raised by the AIOracle contract.
type AIOracleGameIdTaken struct {
	GameId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GameIdTaken(uint256 gameId)
func AIOracleGameIdTakenErrorID() common.Hash {
	return common.HexToHash("0x9999e7871b5e18b037fd582953bec5322feaa75a680392e5d579eab54cadd62f")
}

// UnpackGameIdTakenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GameIdTaken(uint256 gameId)
func (aIOracle *AIOracle) UnpackGameIdTakenError(raw []byte) (*AIOracleGameIdTaken, error) {
	out := new(AIOracleGameIdTaken)
	if err := aIOracle.abi.UnpackIntoInterface(out, "GameIdTaken", raw); err != nil {
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

// AIOracleGamesOpen represents a GamesOpen error raised by the AIOracle contract.
type AIOracleGamesOpen struct {
	RequestId *big.Int
	OpenGames uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GamesOpen(uint256 requestId, uint32 openGames)
func AIOracleGamesOpenErrorID() common.Hash {
	return common.HexToHash("0xe4b8a2af2cd99a16e0e734b7d3a01e04a8dfbbcd532d798dcf91145a82a39a0f")
}

// UnpackGamesOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GamesOpen(uint256 requestId, uint32 openGames)
func (aIOracle *AIOracle) UnpackGamesOpenError(raw []byte) (*AIOracleGamesOpen, error) {
	out := new(AIOracleGamesOpen)
	if err := aIOracle.abi.UnpackIntoInterface(out, "GamesOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AIOracleInputNotEmpty represents a InputNotEmpty error raised by the AIOracle contract.
type AIOracleInputNotEmpty struct {
	RequestId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InputNotEmpty(uint256 requestId)
func AIOracleInputNotEmptyErrorID() common.Hash {
	return common.HexToHash("0x809ba1da2aa7de8109946cb1d11467d34f3cca45ed4bb73ea9150b12f3cdd386")
}

// UnpackInputNotEmptyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InputNotEmpty(uint256 requestId)
func (aIOracle *AIOracle) UnpackInputNotEmptyError(raw []byte) (*AIOracleInputNotEmpty, error) {
	out := new(AIOracleInputNotEmpty)
	if err := aIOracle.abi.UnpackIntoInterface(out, "InputNotEmpty", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AIOracleInvalidRegion represents a InvalidRegion error raised by the AIOracle contract.
type AIOracleInvalidRegion struct {
	Addr         *big.Int
	Log2Size     *big.Int
	SiblingCount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidRegion(uint256 addr, uint256 log2Size, uint256 siblingCount)
func AIOracleInvalidRegionErrorID() common.Hash {
	return common.HexToHash("0x9f376eaa9a7e6f45d7f65bed0267a9b8ab799ceba3fb31b476b8bd42a329f2cc")
}

// UnpackInvalidRegionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidRegion(uint256 addr, uint256 log2Size, uint256 siblingCount)
func (aIOracle *AIOracle) UnpackInvalidRegionError(raw []byte) (*AIOracleInvalidRegion, error) {
	out := new(AIOracleInvalidRegion)
	if err := aIOracle.abi.UnpackIntoInterface(out, "InvalidRegion", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AIOracleNoCallbackContract represents a NoCallbackContract error raised by the AIOracle contract.
type AIOracleNoCallbackContract struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoCallbackContract()
func AIOracleNoCallbackContractErrorID() common.Hash {
	return common.HexToHash("0x6b7639ac48f2232c18931f14d9486abbc1c27deac298d213728f7daa46c7e0c4")
}

// UnpackNoCallbackContractError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoCallbackContract()
func (aIOracle *AIOracle) UnpackNoCallbackContractError(raw []byte) (*AIOracleNoCallbackContract, error) {
	out := new(AIOracleNoCallbackContract)
	if err := aIOracle.abi.UnpackIntoInterface(out, "NoCallbackContract", raw); err != nil {
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

// AIOracleNotAwaitingResult represents a NotAwaitingResult error raised by the AIOracle contract.
type AIOracleNotAwaitingResult struct {
	RequestId *big.Int
	Status    uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAwaitingResult(uint256 requestId, uint8 status)
func AIOracleNotAwaitingResultErrorID() common.Hash {
	return common.HexToHash("0x25af28dbef8ad01dcf2cec7c22a14bdf91442f2f650e4ea7d580947ef6ae1d1c")
}

// UnpackNotAwaitingResultError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAwaitingResult(uint256 requestId, uint8 status)
func (aIOracle *AIOracle) UnpackNotAwaitingResultError(raw []byte) (*AIOracleNotAwaitingResult, error) {
	out := new(AIOracleNotAwaitingResult)
	if err := aIOracle.abi.UnpackIntoInterface(out, "NotAwaitingResult", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AIOracleNotChallengeable represents a NotChallengeable error raised by the AIOracle contract.
type AIOracleNotChallengeable struct {
	RequestId *big.Int
	Status    uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotChallengeable(uint256 requestId, uint8 status)
func AIOracleNotChallengeableErrorID() common.Hash {
	return common.HexToHash("0xfdd5913ae685ec589812a82b7ad988e4aa366f883688fde85ebc38cd27dcbc46")
}

// UnpackNotChallengeableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotChallengeable(uint256 requestId, uint8 status)
func (aIOracle *AIOracle) UnpackNotChallengeableError(raw []byte) (*AIOracleNotChallengeable, error) {
	out := new(AIOracleNotChallengeable)
	if err := aIOracle.abi.UnpackIntoInterface(out, "NotChallengeable", raw); err != nil {
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

// AIOracleSelfChallenge represents a SelfChallenge error raised by the AIOracle contract.
type AIOracleSelfChallenge struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SelfChallenge()
func AIOracleSelfChallengeErrorID() common.Hash {
	return common.HexToHash("0x706cd3811f9061dda748864fbad14571c2d33a69fc1ecc9c6510e02bfd9660b9")
}

// UnpackSelfChallengeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SelfChallenge()
func (aIOracle *AIOracle) UnpackSelfChallengeError(raw []byte) (*AIOracleSelfChallenge, error) {
	out := new(AIOracleSelfChallenge)
	if err := aIOracle.abi.UnpackIntoInterface(out, "SelfChallenge", raw); err != nil {
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

// AIOracleSubmissionClosed represents a SubmissionClosed error raised by the AIOracle contract.
type AIOracleSubmissionClosed struct {
	RequestId *big.Int
	Deadline  uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SubmissionClosed(uint256 requestId, uint64 deadline)
func AIOracleSubmissionClosedErrorID() common.Hash {
	return common.HexToHash("0x9e9f88798cb85e62d1de47435488202e7fd3dd3ce95f115d191186a8e1eadd4e")
}

// UnpackSubmissionClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SubmissionClosed(uint256 requestId, uint64 deadline)
func (aIOracle *AIOracle) UnpackSubmissionClosedError(raw []byte) (*AIOracleSubmissionClosed, error) {
	out := new(AIOracleSubmissionClosed)
	if err := aIOracle.abi.UnpackIntoInterface(out, "SubmissionClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AIOracleSubmissionStillOpen represents a SubmissionStillOpen error raised by the AIOracle contract.
type AIOracleSubmissionStillOpen struct {
	RequestId *big.Int
	Deadline  uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SubmissionStillOpen(uint256 requestId, uint64 deadline)
func AIOracleSubmissionStillOpenErrorID() common.Hash {
	return common.HexToHash("0xc41175e57a0236a1d258060dbb6d767a01900f3efc2a3176525b657a2295eaff")
}

// UnpackSubmissionStillOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SubmissionStillOpen(uint256 requestId, uint64 deadline)
func (aIOracle *AIOracle) UnpackSubmissionStillOpenError(raw []byte) (*AIOracleSubmissionStillOpen, error) {
	out := new(AIOracleSubmissionStillOpen)
	if err := aIOracle.abi.UnpackIntoInterface(out, "SubmissionStillOpen", raw); err != nil {
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

// AIOracleWrongInputSize represents a WrongInputSize error raised by the AIOracle contract.
type AIOracleWrongInputSize struct {
	Got  *big.Int
	Want *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongInputSize(uint256 got, uint256 want)
func AIOracleWrongInputSizeErrorID() common.Hash {
	return common.HexToHash("0xf50586ecb8bb2cb93f34ba727d678ee3cb9dfa268488778e6d5291854f59939c")
}

// UnpackWrongInputSizeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongInputSize(uint256 got, uint256 want)
func (aIOracle *AIOracle) UnpackWrongInputSizeError(raw []byte) (*AIOracleWrongInputSize, error) {
	out := new(AIOracleWrongInputSize)
	if err := aIOracle.abi.UnpackIntoInterface(out, "WrongInputSize", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AIOracleWrongOutputSize represents a WrongOutputSize error raised by the AIOracle contract.
type AIOracleWrongOutputSize struct {
	Got  *big.Int
	Want *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongOutputSize(uint256 got, uint256 want)
func AIOracleWrongOutputSizeErrorID() common.Hash {
	return common.HexToHash("0x2c9e37e13c313fade0e2c41b4e57b706c77f94146e449ff4c120601ad91134fc")
}

// UnpackWrongOutputSizeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongOutputSize(uint256 got, uint256 want)
func (aIOracle *AIOracle) UnpackWrongOutputSizeError(raw []byte) (*AIOracleWrongOutputSize, error) {
	out := new(AIOracleWrongOutputSize)
	if err := aIOracle.abi.UnpackIntoInterface(out, "WrongOutputSize", raw); err != nil {
		return nil, err
	}
	return out, nil
}
