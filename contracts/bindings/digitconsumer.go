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
	ABI: "[{\"inputs\":[{\"internalType\":\"contractAIOracle\",\"name\":\"oracle_\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"modelId_\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"OnlyOracle\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"}],\"name\":\"WrongImageSize\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"digit\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"valid\",\"type\":\"bool\"}],\"name\":\"Answered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"asker\",\"type\":\"address\"}],\"name\":\"Asked\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"CALLBACK_GAS\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"IMAGE_SIZE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"answer\",\"outputs\":[{\"components\":[{\"internalType\":\"bool\",\"name\":\"delivered\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"valid\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"digit\",\"type\":\"uint8\"},{\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"}],\"internalType\":\"structDigitConsumer.Answer\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"image\",\"type\":\"bytes\"}],\"name\":\"ask\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"modelId\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"}],\"name\":\"onResult\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"oracle\",\"outputs\":[{\"internalType\":\"contractAIOracle\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "DigitConsumer",
	Bin: "0x60c060405234801561000f575f5ffd5b50604051610a6b380380610a6b83398101604081905261002e91610044565b6001600160a01b0390911660805260a05261007b565b5f5f60408385031215610055575f5ffd5b82516001600160a01b038116811461006b575f5ffd5b6020939093015192949293505050565b60805160a0516109bc6100af5f395f818160b8015261036b01525f818160f90152818161033c015261044e01526109bc5ff3fe60806040526004361061006e575f3560e01c8063888e11941161004c578063888e1194146101405780639779ea46146101535780639bf2b80514610182578063ef1e67de146101a3575f5ffd5b806306f702951461007257806343cdaad2146100a75780637dc0d1d0146100e8575b5f5ffd5b34801561007d575f5ffd5b5061009161008c36600461065f565b6101b8565b60405161009e9190610676565b60405180910390f35b3480156100b2575f5ffd5b506100da7f000000000000000000000000000000000000000000000000000000000000000081565b60405190815260200161009e565b3480156100f3575f5ffd5b5061011b7f000000000000000000000000000000000000000000000000000000000000000081565b60405173ffffffffffffffffffffffffffffffffffffffff909116815260200161009e565b6100da61014e36600461071e565b6102bb565b34801561015e575f5ffd5b5061016962030d4081565b60405167ffffffffffffffff909116815260200161009e565b34801561018d575f5ffd5b506101a161019c36600461075d565b610436565b005b3480156101ae575f5ffd5b506100da61031081565b604080516080810182525f80825260208201819052918101919091526060808201525f82815260208181526040918290208251608081018452815460ff808216151583526101008204811615159483019490945262010000900490921692820192909252600182018054919291606084019190610234906107a5565b80601f0160208091040260200160405190810160405280929190818152602001828054610260906107a5565b80156102ab5780601f10610282576101008083540402835291602001916102ab565b820191905f5260205f20905b81548152906001019060200180831161028e57829003601f168201915b5050505050815250509050919050565b5f61031082146102ff576040517fcfb03c59000000000000000000000000000000000000000000000000000000008152600481018390526024015b60405180910390fd5b6040517fe80802a200000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000169063e80802a29034906103c0907f0000000000000000000000000000000000000000000000000000000000000000908890889030907f9bf2b805000000000000000000000000000000000000000000000000000000009062030d40906004016107dd565b60206040518083038185885af11580156103dc573d5f5f3e3d5ffd5b50505050506040513d601f19601f82011682018060405250810190610401919061086b565b604051909150339082907f4f9899ad56476d199e6204d4faf4a2008fd7f70bea931012bce8cd069c27c61a905f90a392915050565b3373ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016146104a7576040517ff432bce90000000000000000000000000000000000000000000000000000000081523360048201526024016102f6565b5f838152602081905260409020805460ff19166001908117825581016104ce8385836108ed565b506004821480156105015750600983835f8181106104ee576104ee6109a8565b9050013560f81c60f81b60f81c60ff1611155b801561054557508282600181811061051b5761051b6109a8565b909101357fff00000000000000000000000000000000000000000000000000000000000000161590505b801561058957508282600281811061055f5761055f6109a8565b909101357fff00000000000000000000000000000000000000000000000000000000000000161590505b80156105cd5750828260038181106105a3576105a36109a8565b909101357fff00000000000000000000000000000000000000000000000000000000000000161590505b1561060a57805461ff00191661010017815582825f816105ef576105ef6109a8565b835462ff0000191692013560f81c6201000002919091178255505b80546040805160ff620100008404811682526101009093049092161515602083015285917fa32b398222ca45468cd52e4455ba1b205cd21c11810528fdb310f93d7ef09aa6910160405180910390a250505050565b5f6020828403121561066f575f5ffd5b5035919050565b6020815281511515602082015260208201511515604082015260ff60408301511660608201525f606083015160808084015280518060a0850152806020830160c086015e5f60c0828601015260c0601f19601f8301168501019250505092915050565b5f5f83601f8401126106e9575f5ffd5b50813567ffffffffffffffff811115610700575f5ffd5b602083019150836020828501011115610717575f5ffd5b9250929050565b5f5f6020838503121561072f575f5ffd5b823567ffffffffffffffff811115610745575f5ffd5b610751858286016106d9565b90969095509350505050565b5f5f5f6040848603121561076f575f5ffd5b83359250602084013567ffffffffffffffff81111561078c575f5ffd5b610798868287016106d9565b9497909650939450505050565b600181811c908216806107b957607f821691505b6020821081036107d757634e487b7160e01b5f52602260045260245ffd5b50919050565b86815260a060208201528460a0820152848660c08301375f60c086830101525f60c0601f19601f880116830101905073ffffffffffffffffffffffffffffffffffffffff851660408301527fffffffff000000000000000000000000000000000000000000000000000000008416606083015267ffffffffffffffff83166080830152979650505050505050565b5f6020828403121561087b575f5ffd5b5051919050565b634e487b7160e01b5f52604160045260245ffd5b601f8211156108e857828211156108e857805f5260205f20601f840160051c60208510156108c157505f5b90810190601f840160051c035f5b818110156108e4575f838201556001016108cf565b5050505b505050565b67ffffffffffffffff83111561090557610905610882565b6109198361091383546107a5565b83610896565b5f601f84116001811461094a575f85156109335750838201355b5f19600387901b1c1916600186901b1783556109a1565b5f83815260208120601f198716915b828110156109795786850135825560209485019460019092019101610959565b5086821015610995575f1960f88860031b161c19848701351681555b505060018560011b0183555b5050505050565b634e487b7160e01b5f52603260045260245ffd",
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
	if bytes.Equal(raw[:4], digitConsumer.abi.Errors["OnlyOracle"].ID.Bytes()[:4]) {
		return digitConsumer.UnpackOnlyOracleError(raw[4:])
	}
	if bytes.Equal(raw[:4], digitConsumer.abi.Errors["WrongImageSize"].ID.Bytes()[:4]) {
		return digitConsumer.UnpackWrongImageSizeError(raw[4:])
	}
	return nil, errors.New("Unknown error")
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
