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

// TensorConsumerAnswer is an auto generated low-level Go binding around an user-defined struct.
type TensorConsumerAnswer struct {
	Delivered bool
	Failed    bool
	NoResult  bool
	Output    []byte
}

// TensorConsumerMetaData contains all meta data concerning the TensorConsumer contract.
var TensorConsumerMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIAIOracle\",\"name\":\"oracle_\",\"type\":\"address\"},{\"internalType\":\"contractModelRegistry\",\"name\":\"registry\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"modelId_\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"callbackGas_\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"NotRefundable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotTheAsker\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"OnlyOracle\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"contractIAIOracle\",\"name\":\"expected\",\"type\":\"address\"},{\"internalType\":\"contractIAIOracle\",\"name\":\"found\",\"type\":\"address\"}],\"name\":\"UnauthorizedCallbackSource\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"WrongInputSize\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"enumAIOracleCallbackReceiver.AIOracleError\",\"name\":\"code\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"message\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"callbackData\",\"type\":\"bytes\"}],\"name\":\"AICallbackError\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"outputHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"outputBytes\",\"type\":\"uint256\"}],\"name\":\"Answered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"asker\",\"type\":\"address\"}],\"name\":\"Asked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"noResult\",\"type\":\"bool\"}],\"name\":\"NoAnswer\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"aiOracle\",\"outputs\":[{\"internalType\":\"contractIAIOracle\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"aiOracleCallback\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"enumAIOracleCallbackReceiver.AIOracleError\",\"name\":\"code\",\"type\":\"uint8\"},{\"internalType\":\"bytes\",\"name\":\"message\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"callbackData\",\"type\":\"bytes\"}],\"name\":\"aiOracleCallbackError\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"answer\",\"outputs\":[{\"components\":[{\"internalType\":\"bool\",\"name\":\"delivered\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"failed\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"noResult\",\"type\":\"bool\"},{\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"}],\"internalType\":\"structTensorConsumer.Answer\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"input\",\"type\":\"bytes\"}],\"name\":\"ask\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"askerOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"callbackGas\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"fee\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"feeOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"inputSize\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"isFinalized\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"modelId\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"outputSize\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"reclaimFee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"reclaimed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	ID:  "TensorConsumer",
	Bin: "0x610120604052348015610010575f5ffd5b5060405161142338038061142383398101604081905261002f916100df565b6001600160a01b0384811660805260a08390526001600160401b03821660c0526040516309c73d7f60e41b81526004810184905290841690639c73d7f0906024016040805180830381865afa15801561008a573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906100ae9190610154565b63ffffffff908116610100521660e0525061018592505050565b6001600160a01b03811681146100dc575f5ffd5b50565b5f5f5f5f608085870312156100f2575f5ffd5b84516100fd816100c8565b602086015190945061010e816100c8565b6040860151606087015191945092506001600160401b0381168114610131575f5ffd5b939692955090935050565b805163ffffffff8116811461014f575f5ffd5b919050565b5f5f60408385031215610165575f5ffd5b61016e8361013c565b915061017c6020840161013c565b90509250929050565b60805160a05160c05160e051610100516111f961022a5f395f61026301525f81816101a1015281816105d8015261063201525f818161033d015281816106e60152610a9001525f8181610296015281816106be0152610a6101525f818160f7015281816101e9015281816105590152818161068f015281816107d00152818161080c0152818161094d0152818161098901528181610ab90152610c3601526111f95ff3fe6080604052600436106100e7575f3560e01c8063888e119411610087578063b034781411610057578063b0347814146103a3578063ddca3f43146103c2578063ed815a89146103d6578063f6b0e547146103f5575f5ffd5b8063888e1194146102fa5780638e6fd0061461030d578063a10132ad1461032c578063af9e3a3614610378575f5ffd5b806333727c4d116100c257806333727c4d1461022357806339d671051461025257806343cdaad214610285578063628aadd5146102c6575f5ffd5b806306f702951461015b5780632b47809c1461019057806331b221cd146101d8575f5ffd5b3661015757336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614610155576040517ff432bce90000000000000000000000000000000000000000000000000000000081523360048201526024015b60405180910390fd5b005b5f5ffd5b348015610166575f5ffd5b5061017a610175366004610d8c565b610423565b6040516101879190610da3565b60405180910390f35b34801561019b575f5ffd5b506101c37f000000000000000000000000000000000000000000000000000000000000000081565b60405163ffffffff9091168152602001610187565b3480156101e3575f5ffd5b5061020b7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610187565b34801561022e575f5ffd5b5061024261023d366004610d8c565b610528565b6040519015158152602001610187565b34801561025d575f5ffd5b506101c37f000000000000000000000000000000000000000000000000000000000000000081565b348015610290575f5ffd5b506102b87f000000000000000000000000000000000000000000000000000000000000000081565b604051908152602001610187565b3480156102d1575f5ffd5b5061020b6102e0366004610d8c565b60016020525f90815260409020546001600160a01b031681565b6102b8610308366004610e4a565b6105d0565b348015610318575f5ffd5b50610155610327366004610e89565b6107c5565b348015610337575f5ffd5b5061035f7f000000000000000000000000000000000000000000000000000000000000000081565b60405167ffffffffffffffff9091168152602001610187565b348015610383575f5ffd5b506102b8610392366004610d8c565b60026020525f908152604090205481565b3480156103ae575f5ffd5b506101556103bd366004610f17565b610942565b3480156103cd575f5ffd5b506102b8610a3a565b3480156103e1575f5ffd5b506101556103f0366004610d8c565b610b2e565b348015610400575f5ffd5b5061024261040f366004610d8c565b60036020525f908152604090205460ff1681565b604080516080810182525f80825260208201819052918101919091526060808201525f82815260208181526040918290208251608081018452815460ff80821615158352610100820481161515948301949094526201000090049092161515928201929092526001820180549192916060840191906104a190610f90565b80601f01602080910402602001604051908101604052809291908181526020018280546104cd90610f90565b80156105185780601f106104ef57610100808354040283529160200191610518565b820191905f5260205f20905b8154815290600101906020018083116104fb57829003601f168201915b5050505050815250509050919050565b6040517f33727c4d000000000000000000000000000000000000000000000000000000008152600481018290525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906333727c4d90602401602060405180830381865afa1580156105a6573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906105ca9190610fc8565b92915050565b5f63ffffffff7f000000000000000000000000000000000000000000000000000000000000000016821461065f576040517ff50586ec0000000000000000000000000000000000000000000000000000000081526004810183905263ffffffff7f000000000000000000000000000000000000000000000000000000000000000016602482015260440161014c565b6040517f5b9538060000000000000000000000000000000000000000000000000000000081526001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690635b95380690349061070e907f0000000000000000000000000000000000000000000000000000000000000000908890889030907f000000000000000000000000000000000000000000000000000000000000000090600401611016565b60206040518083038185885af115801561072a573d5f5f3e3d5ffd5b50505050506040513d601f19601f8201168201806040525081019061074f9190611069565b5f81815260016020908152604080832080547fffffffffffffffffffffffff000000000000000000000000000000000000000016339081179091556002909252808320349055519293509183917f4f9899ad56476d199e6204d4faf4a2008fd7f70bea931012bce8cd069c27c61a91a392915050565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461083f5760405163432e033760e11b81526001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016600482015233602482015260440161014c565b5f8681526020819052604090819020805461ffff191661010117815590517f520eadb9f5802a48282a64e9af5eaec0cf3b87b8c1ac6f36dec6c2c694b26fb89061088c9087908790611080565b604051908190039020825462ff00001916911462010000021781558560018111156108b9576108b961108f565b877fbe2594e1da9c55cfaa6a9acbe56ca65088194667821fa75e20648b6d25032dcb878787876040516108ef94939291906110a3565b60405180910390a380546040516201000090910460ff161515815287907f48387f9e99a2b4b95cdea2e3dab4d4882c68804172877c256a09ae7e433c9a219060200160405180910390a250505050505050565b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146109bc5760405163432e033760e11b81526001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016600482015233602482015260440161014c565b5f858152602081905260409020805460ff19166001908117825581016109e385878361113e565b50857f809c78715385cdf655bfc2e314753b8f0251dd6c0b686b5ed98b2a55e431ba278686604051610a16929190611080565b604080519182900382208252602082018890520160405180910390a2505050505050565b6040517ee1d8d00000000000000000000000000000000000000000000000000000000081527f0000000000000000000000000000000000000000000000000000000000000000600482015267ffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001660248201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169062e1d8d090604401602060405180830381865afa158015610b05573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610b299190611069565b905090565b5f818152600160205260409020546001600160a01b03163314610b86576040517f77abad970000000000000000000000000000000000000000000000000000000081526004810182905233602482015260440161014c565b5f8181526020819052604090205462010000900460ff161580610bb657505f8181526003602052604090205460ff165b15610bf0576040517ffda10c420000000000000000000000000000000000000000000000000000000081526004810182905260240161014c565b5f8181526003602052604090819020805460ff19166001179055517fdf18e0470000000000000000000000000000000000000000000000000000000081523060048201527f0000000000000000000000000000000000000000000000000000000000000000906001600160a01b0382169063df18e04790602401602060405180830381865afa158015610c85573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610ca99190611069565b15610cfd57806001600160a01b0316633ccfd60b6040518163ffffffff1660e01b81526004015f604051808303815f87803b158015610ce6575f5ffd5b505af1158015610cf8573d5f5f3e3d5ffd5b505050505b5f828152600260205260408082205490513391908381818185875af1925050503d805f8114610d47576040519150601f19603f3d011682016040523d82523d5f602084013e610d4c565b606091505b5050905080610d87576040517f90b8ec1800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b505050565b5f60208284031215610d9c575f5ffd5b5035919050565b602081528151151560208201526020820151151560408201526040820151151560608201525f606083015160808084015280518060a0850152806020830160c086015e5f60c0828601015260c0601f19601f8301168501019250505092915050565b5f5f83601f840112610e15575f5ffd5b50813567ffffffffffffffff811115610e2c575f5ffd5b602083019150836020828501011115610e43575f5ffd5b9250929050565b5f5f60208385031215610e5b575f5ffd5b823567ffffffffffffffff811115610e71575f5ffd5b610e7d85828601610e05565b90969095509350505050565b5f5f5f5f5f5f60808789031215610e9e575f5ffd5b86359550602087013560028110610eb3575f5ffd5b9450604087013567ffffffffffffffff811115610ece575f5ffd5b610eda89828a01610e05565b909550935050606087013567ffffffffffffffff811115610ef9575f5ffd5b610f0589828a01610e05565b979a9699509497509295939492505050565b5f5f5f5f5f60608688031215610f2b575f5ffd5b85359450602086013567ffffffffffffffff811115610f48575f5ffd5b610f5488828901610e05565b909550935050604086013567ffffffffffffffff811115610f73575f5ffd5b610f7f88828901610e05565b969995985093965092949392505050565b600181811c90821680610fa457607f821691505b602082108103610fc257634e487b7160e01b5f52602260045260245ffd5b50919050565b5f60208284031215610fd8575f5ffd5b81518015158114610fe7575f5ffd5b9392505050565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b85815260a060208201525f61102f60a083018688610fee565b6001600160a01b039490941660408301525067ffffffffffffffff9190911660608201528082036080909101525f81526020019392505050565b5f60208284031215611079575f5ffd5b5051919050565b818382375f9101908152919050565b634e487b7160e01b5f52602160045260245ffd5b604081525f6110b6604083018688610fee565b82810360208401526110c9818587610fee565b979650505050505050565b634e487b7160e01b5f52604160045260245ffd5b601f821115610d875782821115610d8757805f5260205f20601f840160051c602085101561111357505f5b90810190601f840160051c035f5b81811015611136575f83820155600101611121565b505050505050565b67ffffffffffffffff831115611156576111566110d4565b61116a836111648354610f90565b836110e8565b5f601f84116001811461119b575f85156111845750838201355b5f19600387901b1c1916600186901b1783556111f2565b5f83815260208120601f198716915b828110156111ca57868501358255602094850194600190920191016111aa565b50868210156111e6575f1960f88860031b161c19848701351681555b505060018560011b0183555b505050505056",
}

// TensorConsumer is an auto generated Go binding around an Ethereum contract.
type TensorConsumer struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *TensorConsumer) GetABI() abi.ABI {
	return c.abi
}

// NewTensorConsumer creates a new instance of TensorConsumer.
func NewTensorConsumer() *TensorConsumer {
	parsed, err := TensorConsumerMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &TensorConsumer{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *TensorConsumer) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address oracle_, address registry, uint256 modelId_, uint64 callbackGas_) returns()
func (tensorConsumer *TensorConsumer) PackConstructor(oracle_ common.Address, registry common.Address, modelId_ *big.Int, callbackGas_ uint64) []byte {
	enc, err := tensorConsumer.abi.Pack("", oracle_, registry, modelId_, callbackGas_)
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
func (tensorConsumer *TensorConsumer) PackAiOracle() []byte {
	enc, err := tensorConsumer.abi.Pack("aiOracle")
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
func (tensorConsumer *TensorConsumer) TryPackAiOracle() ([]byte, error) {
	return tensorConsumer.abi.Pack("aiOracle")
}

// UnpackAiOracle is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x31b221cd.
//
// Solidity: function aiOracle() view returns(address)
func (tensorConsumer *TensorConsumer) UnpackAiOracle(data []byte) (common.Address, error) {
	out, err := tensorConsumer.abi.Unpack("aiOracle", data)
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
func (tensorConsumer *TensorConsumer) PackAiOracleCallback(requestId *big.Int, output []byte, arg2 []byte) []byte {
	enc, err := tensorConsumer.abi.Pack("aiOracleCallback", requestId, output, arg2)
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
func (tensorConsumer *TensorConsumer) TryPackAiOracleCallback(requestId *big.Int, output []byte, arg2 []byte) ([]byte, error) {
	return tensorConsumer.abi.Pack("aiOracleCallback", requestId, output, arg2)
}

// PackAiOracleCallbackError is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8e6fd006.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function aiOracleCallbackError(uint256 requestId, uint8 code, bytes message, bytes callbackData) returns()
func (tensorConsumer *TensorConsumer) PackAiOracleCallbackError(requestId *big.Int, code uint8, message []byte, callbackData []byte) []byte {
	enc, err := tensorConsumer.abi.Pack("aiOracleCallbackError", requestId, code, message, callbackData)
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
func (tensorConsumer *TensorConsumer) TryPackAiOracleCallbackError(requestId *big.Int, code uint8, message []byte, callbackData []byte) ([]byte, error) {
	return tensorConsumer.abi.Pack("aiOracleCallbackError", requestId, code, message, callbackData)
}

// PackAnswer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06f70295.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function answer(uint256 requestId) view returns((bool,bool,bool,bytes))
func (tensorConsumer *TensorConsumer) PackAnswer(requestId *big.Int) []byte {
	enc, err := tensorConsumer.abi.Pack("answer", requestId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAnswer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06f70295.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function answer(uint256 requestId) view returns((bool,bool,bool,bytes))
func (tensorConsumer *TensorConsumer) TryPackAnswer(requestId *big.Int) ([]byte, error) {
	return tensorConsumer.abi.Pack("answer", requestId)
}

// UnpackAnswer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06f70295.
//
// Solidity: function answer(uint256 requestId) view returns((bool,bool,bool,bytes))
func (tensorConsumer *TensorConsumer) UnpackAnswer(data []byte) (TensorConsumerAnswer, error) {
	out, err := tensorConsumer.abi.Unpack("answer", data)
	if err != nil {
		return *new(TensorConsumerAnswer), err
	}
	out0 := *abi.ConvertType(out[0], new(TensorConsumerAnswer)).(*TensorConsumerAnswer)
	return out0, nil
}

// PackAsk is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x888e1194.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ask(bytes input) payable returns(uint256 requestId)
func (tensorConsumer *TensorConsumer) PackAsk(input []byte) []byte {
	enc, err := tensorConsumer.abi.Pack("ask", input)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAsk is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x888e1194.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ask(bytes input) payable returns(uint256 requestId)
func (tensorConsumer *TensorConsumer) TryPackAsk(input []byte) ([]byte, error) {
	return tensorConsumer.abi.Pack("ask", input)
}

// UnpackAsk is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x888e1194.
//
// Solidity: function ask(bytes input) payable returns(uint256 requestId)
func (tensorConsumer *TensorConsumer) UnpackAsk(data []byte) (*big.Int, error) {
	out, err := tensorConsumer.abi.Unpack("ask", data)
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
func (tensorConsumer *TensorConsumer) PackAskerOf(arg0 *big.Int) []byte {
	enc, err := tensorConsumer.abi.Pack("askerOf", arg0)
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
func (tensorConsumer *TensorConsumer) TryPackAskerOf(arg0 *big.Int) ([]byte, error) {
	return tensorConsumer.abi.Pack("askerOf", arg0)
}

// UnpackAskerOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x628aadd5.
//
// Solidity: function askerOf(uint256 ) view returns(address)
func (tensorConsumer *TensorConsumer) UnpackAskerOf(data []byte) (common.Address, error) {
	out, err := tensorConsumer.abi.Unpack("askerOf", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackCallbackGas is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa10132ad.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function callbackGas() view returns(uint64)
func (tensorConsumer *TensorConsumer) PackCallbackGas() []byte {
	enc, err := tensorConsumer.abi.Pack("callbackGas")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCallbackGas is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa10132ad.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function callbackGas() view returns(uint64)
func (tensorConsumer *TensorConsumer) TryPackCallbackGas() ([]byte, error) {
	return tensorConsumer.abi.Pack("callbackGas")
}

// UnpackCallbackGas is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa10132ad.
//
// Solidity: function callbackGas() view returns(uint64)
func (tensorConsumer *TensorConsumer) UnpackCallbackGas(data []byte) (uint64, error) {
	out, err := tensorConsumer.abi.Unpack("callbackGas", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xddca3f43.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function fee() view returns(uint256)
func (tensorConsumer *TensorConsumer) PackFee() []byte {
	enc, err := tensorConsumer.abi.Pack("fee")
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
func (tensorConsumer *TensorConsumer) TryPackFee() ([]byte, error) {
	return tensorConsumer.abi.Pack("fee")
}

// UnpackFee is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xddca3f43.
//
// Solidity: function fee() view returns(uint256)
func (tensorConsumer *TensorConsumer) UnpackFee(data []byte) (*big.Int, error) {
	out, err := tensorConsumer.abi.Unpack("fee", data)
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
func (tensorConsumer *TensorConsumer) PackFeeOf(arg0 *big.Int) []byte {
	enc, err := tensorConsumer.abi.Pack("feeOf", arg0)
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
func (tensorConsumer *TensorConsumer) TryPackFeeOf(arg0 *big.Int) ([]byte, error) {
	return tensorConsumer.abi.Pack("feeOf", arg0)
}

// UnpackFeeOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xaf9e3a36.
//
// Solidity: function feeOf(uint256 ) view returns(uint256)
func (tensorConsumer *TensorConsumer) UnpackFeeOf(data []byte) (*big.Int, error) {
	out, err := tensorConsumer.abi.Unpack("feeOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackInputSize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b47809c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function inputSize() view returns(uint32)
func (tensorConsumer *TensorConsumer) PackInputSize() []byte {
	enc, err := tensorConsumer.abi.Pack("inputSize")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInputSize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b47809c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function inputSize() view returns(uint32)
func (tensorConsumer *TensorConsumer) TryPackInputSize() ([]byte, error) {
	return tensorConsumer.abi.Pack("inputSize")
}

// UnpackInputSize is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2b47809c.
//
// Solidity: function inputSize() view returns(uint32)
func (tensorConsumer *TensorConsumer) UnpackInputSize(data []byte) (uint32, error) {
	out, err := tensorConsumer.abi.Unpack("inputSize", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackIsFinalized is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x33727c4d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isFinalized(uint256 requestId) view returns(bool)
func (tensorConsumer *TensorConsumer) PackIsFinalized(requestId *big.Int) []byte {
	enc, err := tensorConsumer.abi.Pack("isFinalized", requestId)
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
func (tensorConsumer *TensorConsumer) TryPackIsFinalized(requestId *big.Int) ([]byte, error) {
	return tensorConsumer.abi.Pack("isFinalized", requestId)
}

// UnpackIsFinalized is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x33727c4d.
//
// Solidity: function isFinalized(uint256 requestId) view returns(bool)
func (tensorConsumer *TensorConsumer) UnpackIsFinalized(data []byte) (bool, error) {
	out, err := tensorConsumer.abi.Unpack("isFinalized", data)
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
func (tensorConsumer *TensorConsumer) PackModelId() []byte {
	enc, err := tensorConsumer.abi.Pack("modelId")
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
func (tensorConsumer *TensorConsumer) TryPackModelId() ([]byte, error) {
	return tensorConsumer.abi.Pack("modelId")
}

// UnpackModelId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x43cdaad2.
//
// Solidity: function modelId() view returns(uint256)
func (tensorConsumer *TensorConsumer) UnpackModelId(data []byte) (*big.Int, error) {
	out, err := tensorConsumer.abi.Unpack("modelId", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOutputSize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x39d67105.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function outputSize() view returns(uint32)
func (tensorConsumer *TensorConsumer) PackOutputSize() []byte {
	enc, err := tensorConsumer.abi.Pack("outputSize")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOutputSize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x39d67105.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function outputSize() view returns(uint32)
func (tensorConsumer *TensorConsumer) TryPackOutputSize() ([]byte, error) {
	return tensorConsumer.abi.Pack("outputSize")
}

// UnpackOutputSize is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x39d67105.
//
// Solidity: function outputSize() view returns(uint32)
func (tensorConsumer *TensorConsumer) UnpackOutputSize(data []byte) (uint32, error) {
	out, err := tensorConsumer.abi.Unpack("outputSize", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackReclaimFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xed815a89.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reclaimFee(uint256 requestId) returns()
func (tensorConsumer *TensorConsumer) PackReclaimFee(requestId *big.Int) []byte {
	enc, err := tensorConsumer.abi.Pack("reclaimFee", requestId)
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
func (tensorConsumer *TensorConsumer) TryPackReclaimFee(requestId *big.Int) ([]byte, error) {
	return tensorConsumer.abi.Pack("reclaimFee", requestId)
}

// PackReclaimed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf6b0e547.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reclaimed(uint256 ) view returns(bool)
func (tensorConsumer *TensorConsumer) PackReclaimed(arg0 *big.Int) []byte {
	enc, err := tensorConsumer.abi.Pack("reclaimed", arg0)
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
func (tensorConsumer *TensorConsumer) TryPackReclaimed(arg0 *big.Int) ([]byte, error) {
	return tensorConsumer.abi.Pack("reclaimed", arg0)
}

// UnpackReclaimed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf6b0e547.
//
// Solidity: function reclaimed(uint256 ) view returns(bool)
func (tensorConsumer *TensorConsumer) UnpackReclaimed(data []byte) (bool, error) {
	out, err := tensorConsumer.abi.Unpack("reclaimed", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// TensorConsumerAICallbackError represents a AICallbackError event raised by the TensorConsumer contract.
type TensorConsumerAICallbackError struct {
	RequestId    *big.Int
	Code         uint8
	Message      []byte
	CallbackData []byte
	Raw          *types.Log // Blockchain specific contextual infos
}

const TensorConsumerAICallbackErrorEventName = "AICallbackError"

// ContractEventName returns the user-defined event name.
func (TensorConsumerAICallbackError) ContractEventName() string {
	return TensorConsumerAICallbackErrorEventName
}

// UnpackAICallbackErrorEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AICallbackError(uint256 indexed requestId, uint8 indexed code, bytes message, bytes callbackData)
func (tensorConsumer *TensorConsumer) UnpackAICallbackErrorEvent(log *types.Log) (*TensorConsumerAICallbackError, error) {
	event := "AICallbackError"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != tensorConsumer.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TensorConsumerAICallbackError)
	if len(log.Data) > 0 {
		if err := tensorConsumer.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range tensorConsumer.abi.Events[event].Inputs {
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

// TensorConsumerAnswered represents a Answered event raised by the TensorConsumer contract.
type TensorConsumerAnswered struct {
	RequestId   *big.Int
	OutputHash  [32]byte
	OutputBytes *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const TensorConsumerAnsweredEventName = "Answered"

// ContractEventName returns the user-defined event name.
func (TensorConsumerAnswered) ContractEventName() string {
	return TensorConsumerAnsweredEventName
}

// UnpackAnsweredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Answered(uint256 indexed requestId, bytes32 outputHash, uint256 outputBytes)
func (tensorConsumer *TensorConsumer) UnpackAnsweredEvent(log *types.Log) (*TensorConsumerAnswered, error) {
	event := "Answered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != tensorConsumer.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TensorConsumerAnswered)
	if len(log.Data) > 0 {
		if err := tensorConsumer.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range tensorConsumer.abi.Events[event].Inputs {
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

// TensorConsumerAsked represents a Asked event raised by the TensorConsumer contract.
type TensorConsumerAsked struct {
	RequestId *big.Int
	Asker     common.Address
	Raw       *types.Log // Blockchain specific contextual infos
}

const TensorConsumerAskedEventName = "Asked"

// ContractEventName returns the user-defined event name.
func (TensorConsumerAsked) ContractEventName() string {
	return TensorConsumerAskedEventName
}

// UnpackAskedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Asked(uint256 indexed requestId, address indexed asker)
func (tensorConsumer *TensorConsumer) UnpackAskedEvent(log *types.Log) (*TensorConsumerAsked, error) {
	event := "Asked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != tensorConsumer.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TensorConsumerAsked)
	if len(log.Data) > 0 {
		if err := tensorConsumer.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range tensorConsumer.abi.Events[event].Inputs {
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

// TensorConsumerNoAnswer represents a NoAnswer event raised by the TensorConsumer contract.
type TensorConsumerNoAnswer struct {
	RequestId *big.Int
	NoResult  bool
	Raw       *types.Log // Blockchain specific contextual infos
}

const TensorConsumerNoAnswerEventName = "NoAnswer"

// ContractEventName returns the user-defined event name.
func (TensorConsumerNoAnswer) ContractEventName() string {
	return TensorConsumerNoAnswerEventName
}

// UnpackNoAnswerEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event NoAnswer(uint256 indexed requestId, bool noResult)
func (tensorConsumer *TensorConsumer) UnpackNoAnswerEvent(log *types.Log) (*TensorConsumerNoAnswer, error) {
	event := "NoAnswer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != tensorConsumer.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TensorConsumerNoAnswer)
	if len(log.Data) > 0 {
		if err := tensorConsumer.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range tensorConsumer.abi.Events[event].Inputs {
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
func (tensorConsumer *TensorConsumer) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], tensorConsumer.abi.Errors["NotRefundable"].ID.Bytes()[:4]) {
		return tensorConsumer.UnpackNotRefundableError(raw[4:])
	}
	if bytes.Equal(raw[:4], tensorConsumer.abi.Errors["NotTheAsker"].ID.Bytes()[:4]) {
		return tensorConsumer.UnpackNotTheAskerError(raw[4:])
	}
	if bytes.Equal(raw[:4], tensorConsumer.abi.Errors["OnlyOracle"].ID.Bytes()[:4]) {
		return tensorConsumer.UnpackOnlyOracleError(raw[4:])
	}
	if bytes.Equal(raw[:4], tensorConsumer.abi.Errors["TransferFailed"].ID.Bytes()[:4]) {
		return tensorConsumer.UnpackTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], tensorConsumer.abi.Errors["UnauthorizedCallbackSource"].ID.Bytes()[:4]) {
		return tensorConsumer.UnpackUnauthorizedCallbackSourceError(raw[4:])
	}
	if bytes.Equal(raw[:4], tensorConsumer.abi.Errors["WrongInputSize"].ID.Bytes()[:4]) {
		return tensorConsumer.UnpackWrongInputSizeError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// TensorConsumerNotRefundable represents a NotRefundable error raised by the TensorConsumer contract.
type TensorConsumerNotRefundable struct {
	RequestId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotRefundable(uint256 requestId)
func TensorConsumerNotRefundableErrorID() common.Hash {
	return common.HexToHash("0xfda10c426a11978b887145c723a575d4e1fc1c4b48639722b8555b939daf7c50")
}

// UnpackNotRefundableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotRefundable(uint256 requestId)
func (tensorConsumer *TensorConsumer) UnpackNotRefundableError(raw []byte) (*TensorConsumerNotRefundable, error) {
	out := new(TensorConsumerNotRefundable)
	if err := tensorConsumer.abi.UnpackIntoInterface(out, "NotRefundable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TensorConsumerNotTheAsker represents a NotTheAsker error raised by the TensorConsumer contract.
type TensorConsumerNotTheAsker struct {
	RequestId *big.Int
	Caller    common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotTheAsker(uint256 requestId, address caller)
func TensorConsumerNotTheAskerErrorID() common.Hash {
	return common.HexToHash("0x77abad97e91c6c2d033acdb8716b9023fa530ce093b9ca9a3abb24c149122a25")
}

// UnpackNotTheAskerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotTheAsker(uint256 requestId, address caller)
func (tensorConsumer *TensorConsumer) UnpackNotTheAskerError(raw []byte) (*TensorConsumerNotTheAsker, error) {
	out := new(TensorConsumerNotTheAsker)
	if err := tensorConsumer.abi.UnpackIntoInterface(out, "NotTheAsker", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TensorConsumerOnlyOracle represents a OnlyOracle error raised by the TensorConsumer contract.
type TensorConsumerOnlyOracle struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OnlyOracle(address caller)
func TensorConsumerOnlyOracleErrorID() common.Hash {
	return common.HexToHash("0xf432bce9404def2199d845223dd29b84a830e5be27111a58d4cee69a3e16b039")
}

// UnpackOnlyOracleError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OnlyOracle(address caller)
func (tensorConsumer *TensorConsumer) UnpackOnlyOracleError(raw []byte) (*TensorConsumerOnlyOracle, error) {
	out := new(TensorConsumerOnlyOracle)
	if err := tensorConsumer.abi.UnpackIntoInterface(out, "OnlyOracle", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TensorConsumerTransferFailed represents a TransferFailed error raised by the TensorConsumer contract.
type TensorConsumerTransferFailed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransferFailed()
func TensorConsumerTransferFailedErrorID() common.Hash {
	return common.HexToHash("0x90b8ec1877afffd816d05d9b13947f3ff18ec5851c38bad15ec2b710f92391b1")
}

// UnpackTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransferFailed()
func (tensorConsumer *TensorConsumer) UnpackTransferFailedError(raw []byte) (*TensorConsumerTransferFailed, error) {
	out := new(TensorConsumerTransferFailed)
	if err := tensorConsumer.abi.UnpackIntoInterface(out, "TransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TensorConsumerUnauthorizedCallbackSource represents a UnauthorizedCallbackSource error raised by the TensorConsumer contract.
type TensorConsumerUnauthorizedCallbackSource struct {
	Expected common.Address
	Found    common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnauthorizedCallbackSource(address expected, address found)
func TensorConsumerUnauthorizedCallbackSourceErrorID() common.Hash {
	return common.HexToHash("0x865c066edb0d38a3e6ab234474b34a33cb3aa9142277c9ec6736c604ac3f0219")
}

// UnpackUnauthorizedCallbackSourceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnauthorizedCallbackSource(address expected, address found)
func (tensorConsumer *TensorConsumer) UnpackUnauthorizedCallbackSourceError(raw []byte) (*TensorConsumerUnauthorizedCallbackSource, error) {
	out := new(TensorConsumerUnauthorizedCallbackSource)
	if err := tensorConsumer.abi.UnpackIntoInterface(out, "UnauthorizedCallbackSource", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TensorConsumerWrongInputSize represents a WrongInputSize error raised by the TensorConsumer contract.
type TensorConsumerWrongInputSize struct {
	Got  *big.Int
	Want *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongInputSize(uint256 got, uint256 want)
func TensorConsumerWrongInputSizeErrorID() common.Hash {
	return common.HexToHash("0xf50586ecb8bb2cb93f34ba727d678ee3cb9dfa268488778e6d5291854f59939c")
}

// UnpackWrongInputSizeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongInputSize(uint256 got, uint256 want)
func (tensorConsumer *TensorConsumer) UnpackWrongInputSizeError(raw []byte) (*TensorConsumerWrongInputSize, error) {
	out := new(TensorConsumerWrongInputSize)
	if err := tensorConsumer.abi.UnpackIntoInterface(out, "WrongInputSize", raw); err != nil {
		return nil, err
	}
	return out, nil
}
