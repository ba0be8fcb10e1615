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

// DisputeGameMetaData contains all meta data concerning the DisputeGame contract.
var DisputeGameMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractMIPS\",\"name\":\"mips_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"k_\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"clock_\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"what\",\"type\":\"string\"}],\"name\":\"BadParameter\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"have\",\"type\":\"uint256\"}],\"name\":\"CheckpointCount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"mover\",\"type\":\"address\"}],\"name\":\"ClockRanOut\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"mover\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"secondsLeft\",\"type\":\"uint256\"}],\"name\":\"ClockRunning\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"NoStart\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"enumDisputeGame.Phase\",\"name\":\"want\",\"type\":\"uint8\"},{\"internalType\":\"enumDisputeGame.Phase\",\"name\":\"have\",\"type\":\"uint8\"}],\"name\":\"NotInPhase\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"mover\",\"type\":\"address\"}],\"name\":\"NotYourMove\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"part\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"parts\",\"type\":\"uint256\"}],\"name\":\"PartOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"want\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"have\",\"type\":\"bytes32\"}],\"name\":\"PreStateMismatch\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"part\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"lo\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"hi\",\"type\":\"uint64\"}],\"name\":\"Chosen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"lo\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"hi\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32[]\",\"name\":\"values\",\"type\":\"bytes32[]\"}],\"name\":\"Dissected\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"resolver\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"asserter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"startState\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"claim\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"steps\",\"type\":\"uint64\"}],\"name\":\"Opened\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"winner\",\"type\":\"address\"}],\"name\":\"Resolved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"resolver\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"startState\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"steps\",\"type\":\"uint64\"}],\"name\":\"StartSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"position\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"postState\",\"type\":\"bytes32\"}],\"name\":\"StepProven\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"loser\",\"type\":\"address\"}],\"name\":\"TimedOut\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"name\":\"checkpoints\",\"outputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"out\",\"type\":\"bytes32[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"part\",\"type\":\"uint256\"}],\"name\":\"choose\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"clock\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"values\",\"type\":\"bytes32[]\"}],\"name\":\"dissect\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"name\":\"game\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"resolver\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"asserter\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"internalType\":\"enumDisputeGame.Phase\",\"name\":\"phase\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"winner\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"asserterLeft\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"challengerLeft\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"lastMove\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"moves\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"gameCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"k\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"name\":\"level\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"lo\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"hi\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"loValue\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"hiValue\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"mips\",\"outputs\":[{\"internalType\":\"contractMIPS\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"asserter\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"asserterClaim\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"challengerClaim\",\"type\":\"bytes32\"}],\"name\":\"open\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"asserter\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"startState\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"claimedEnd\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"steps\",\"type\":\"uint64\"}],\"name\":\"openVM\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"name\":\"positions\",\"outputs\":[{\"internalType\":\"uint64[]\",\"name\":\"out\",\"type\":\"uint64[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"stateData\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"proveStep\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"startState\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"steps\",\"type\":\"uint64\"}],\"name\":\"setStart\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"starts\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"state\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"steps\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"stateData\",\"type\":\"bytes\"}],\"name\":\"stateHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"h\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"name\":\"timeout\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "DisputeGame",
	Bin: "0x60e060405234801561000f575f5ffd5b5060405161224b38038061224b83398101604081905261002e91610100565b600182108061003d5750604082115b156100855760405163e70e701560e01b81526020600482015260126024820152711ac81b5d5cdd081899481a5b880c4b8b8d8d60721b60448201526064015b60405180910390fd5b806001600160401b03165f036100de5760405163e70e701560e01b815260206004820152601660248201527f636c6f636b206d75737420626520706f73697469766500000000000000000000604482015260640161007c565b6001600160a01b0390921660805260a0526001600160401b031660c052610156565b5f5f5f60608486031215610112575f5ffd5b83516001600160a01b0381168114610128575f5ffd5b6020850151604086015191945092506001600160401b038116811461014b575f5ffd5b809150509250925092565b60805160a05160c0516120a86101a35f395f818161028401526117e701525f81816102f7015281816115b0015281816119a101526119c801525f81816101620152610f3101526120a85ff3fe608060405234801561000f575f5ffd5b5060043610610115575f3560e01c80636e03cd69116100ad578063a06106f01161007d578063b8a2425211610063578063b8a2425214610319578063cddbe72914610339578063ed8237b114610362575f5ffd5b8063a06106f0146102df578063b4f40c61146102f2575f5ffd5b80636e03cd69146102135780636fecd3851461026c57806391ddadf41461027f57806399fbab88146102bf575f5ffd5b806323548a8f116100e857806323548a8f146101c457806326a13003146101e55780634d1975b4146101f85780635ac7a5dc14610200575f5ffd5b806305c58df2146101195780630605a51b1461015d57806308148f7a1461019c57806313ba8000146101b1575b5f5ffd5b61012c6101273660046119f8565b610375565b6040805167ffffffffffffffff95861681529490931660208501529183015260608201526080015b60405180910390f35b6101847f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610154565b6101af6101aa3660046119f8565b610411565b005b6101af6101bf366004611a0f565b6105d3565b6101d76101d2366004611a74565b6108c1565b604051908152602001610154565b6101d76101f3366004611ace565b6109e7565b6101d75f5481565b6101af61020e366004611b18565b610a7d565b61024e610221366004611b92565b600260209081525f92835260408084209091529082529020805460019091015467ffffffffffffffff1682565b6040805192835267ffffffffffffffff909116602083015201610154565b6101af61027a366004611bd1565b610c52565b6102a67f000000000000000000000000000000000000000000000000000000000000000081565b60405167ffffffffffffffff9091168152602001610154565b6102d26102cd3660046119f8565b610d3e565b6040516101549190611c03565b6101af6102ed366004611c4f565b610e7e565b6101d77f000000000000000000000000000000000000000000000000000000000000000081565b61032c6103273660046119f8565b61102b565b6040516101549190611cc8565b61034c6103473660046119f8565b6110b9565b6040516101549a99989796959493929190611d33565b6101d7610370366004611daf565b6111d6565b5f81815260016020526040812060058101548291829182919082036103a657505f935083925082915081905061040a565b6005810180545f91906103bb90600190611e1e565b815481106103cb576103cb611e31565b5f91825260209091206003909102018054600182015460029092015467ffffffffffffffff8083169950600160401b9092049091169650909450925050505b9193509193565b5f81815260016020526040812080549091600160a01b90910460ff169081600481111561044057610440611cff565b148061045d5750600481600481111561045b5761045b611cff565b145b1561048b5782600182604051631a2ad7d160e11b815260040161048293929190611e45565b60405180910390fd5b5f60018260048111156104a0576104a0611cff565b1490505f816104bc5760028401546001600160a01b03166104cb565b60018401546001600160a01b03165b90505f826104ee576002850154600160a01b900467ffffffffffffffff16610505565b6001850154600160a01b900467ffffffffffffffff165b855467ffffffffffffffff91821692505f9161052991600160a81b90041642611e1e565b9050818111610580578261053d8284611e1e565b6040517fd68a994b0000000000000000000000000000000000000000000000000000000081526001600160a01b0390921660048301526024820152604401610482565b6040516001600160a01b038416815287907f4719ef7209543cfdc7d26e9240f79896234119be2c793bd1e1b7b9867fa630d79060200160405180910390a26105ca87878615611240565b50505050505050565b5f8281526001602052604090206105ec83826002611371565b60028101546001600160a01b0316331461062f5760028101546040516234c35560e21b81523360048201526001600160a01b039091166024820152604401610482565b6005810180545f919061064490600190611e1e565b8154811061065457610654611e31565b5f91825260209091206003909102018054600684015491925067ffffffffffffffff80821692600160401b9092041690808611156106d35785610698826001611e66565b6040517f5597f59500000000000000000000000000000000000000000000000000000000815260048101929092526024820152604401610482565b6106dd855f6113d4565b8515610746576106f98383836106f460018b611e1e565b611558565b845467ffffffffffffffff191667ffffffffffffffff9190911617845560068501610725600188611e1e565b8154811061073557610735611e31565b5f9182526020909120015460018501555b808610156107bd5761075a83838389611558565b845467ffffffffffffffff91909116600160401b027fffffffffffffffffffffffffffffffff0000000000000000ffffffffffffffff909116178455600685018054879081106107ac576107ac611e31565b5f9182526020909120015460028501555b600185018054600160e01b900463ffffffff1690601c6107dc83611e79565b825463ffffffff9182166101009390930a92830291909202199091161790555083546108139067ffffffffffffffff166001611e9d565b8454600160401b900467ffffffffffffffff908116911614610836576001610839565b60035b8554869060ff60a01b1916600160a01b83600481111561085b5761085b611cff565b021790555083546040805188815267ffffffffffffffff8084166020830152600160401b9093049092169082015287907f0cd2cdd66f91c059d454679a8372f567bd68d0ec32842cadb50bce2a05f4f6d99060600160405180910390a250505050505050565b5f61013882146109145760405163e70e701560e01b815260206004820152601d60248201527f6120737461746520656e636f64696e67206973203331322062797465730000006044820152606401610482565b5f8383604d81811061092857610928611e31565b919091013560f81c91505f90508484604e81811061094857610948611e31565b919091013560f81c91505f90508585604f81811061096857610968611e31565b919091013560f81c9150600390508215610992575f8411610989575f61098c565b60015b60ff1690505b811561099c575060025b86866040516109ac929190611ebd565b6040519081900390207effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff1660f89190911b179695505050505050565b335f90815260026020908152604080832088845282528083208151808301909252805482526001015467ffffffffffffffff16918101829052908203610a5c576040517fb2d9fefa00000000000000000000000000000000000000000000000000000000815260048101889052602401610482565b610a72878787845f015188888760200151611615565b979650505050505050565b5f83815260016020819052604090912090610a9b9085908390611371565b60018101546001600160a01b03163314610ade5760018101546040516234c35560e21b81523360048201526001600160a01b039091166024820152604401610482565b6005810180545f9190610af390600190611e1e565b81548110610b0357610b03611e31565b5f918252602082206003909102018054909250610b349067ffffffffffffffff80821691600160401b900416611978565b9050838114610b79576040517fa60e34400000000000000000000000000000000000000000000000000000000081526004810182905260248101859052604401610482565b610b848360016113d4565b60068301610b93858783611ef7565b50825460ff60a01b191674020000000000000000000000000000000000000000178355600183018054600160e01b900463ffffffff1690601c610bd583611e79565b825463ffffffff9182166101009390930a928302919092021990911617905550815460405187917f5cbb47f128354d6f9a9fbef7517b1c1b3cac4784243580075216dd38ba2ba6f191610c429167ffffffffffffffff80821692600160401b90920416908a908a90611f87565b60405180910390a2505050505050565b8067ffffffffffffffff165f03610cac5760405163e70e701560e01b815260206004820152601f60248201527f61206c6576656c206e65656473206174206c65617374206f6e652073746570006044820152606401610482565b60408051808201825283815267ffffffffffffffff8381166020808401828152335f818152600284528781208b825284528790209551865590516001909501805467ffffffffffffffff1916959094169490941790925583518681529182015285927f31feb4ed743e583a6a4655daf3145fe435838368f9c8657b92b2ab5dce4b1cb2910160405180910390a3505050565b5f8181526001602081905260409091206060918154600160a01b900460ff166004811115610d6e57610d6e611cff565b14610d795750919050565b6005810180545f9190610d8e90600190611e1e565b81548110610d9e57610d9e611e31565b5f918252602082206003909102018054909250610dcf9067ffffffffffffffff80821691600160401b900416611978565b90508067ffffffffffffffff811115610dea57610dea611ecc565b604051908082528060200260200182016040528015610e13578160200160208202803683370190505b5093505f5b81811015610e75578254610e429067ffffffffffffffff80821691600160401b9004168484611558565b858281518110610e5457610e54611e31565b67ffffffffffffffff90921660209283029190910190910152600101610e18565b50505050919050565b5f858152600160205260409020610e9786826003611371565b6005810180545f9190610eac90600190611e1e565b81548110610ebc57610ebc611e31565b905f5260205f20906003020190505f610ed587876108c1565b905081600101548114610f245760018201546040517f65e7cf52000000000000000000000000000000000000000000000000000000008152600481019190915260248101829052604401610482565b610f2e835f6113d4565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663e14ced32898989898e5f1b6040518663ffffffff1660e01b8152600401610f85959493929190612021565b602060405180830381865afa158015610fa0573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610fc4919061205a565b83546040805167ffffffffffffffff9092168252602082018390529192508a917f67543ff9e15246f7e294fd5dd272e26a867a8ab982af17a10de58017a38f8ea8910160405180910390a2611020898585600201548414611240565b505050505050505050565b5f81815260016020526040902060609060028154600160a01b900460ff16600481111561105a5761105a611cff565b036110b357806006018054806020026020016040519081016040528092919081815260200182805480156110ab57602002820191905f5260205f20905b815481526020019060010190808311611097575b505050505091505b50919050565b5f818152600160208190526040822080549181015460028201548493849384938493849384938493849384936001600160a01b03808216938116921690600160a01b900460ff166004818181111561111357611113611cff565b0361114e578454600160e81b900460ff1661113b5760028501546001600160a01b0316611150565b60018501546001600160a01b0316611150565b5f5b8560010160149054906101000a900467ffffffffffffffff168660020160149054906101000a900467ffffffffffffffff16875f0160159054906101000a900467ffffffffffffffff1688600101601c9054906101000a900463ffffffff1689600301549a509a509a509a509a509a509a509a509a509a50509193959799509193959799565b5f8167ffffffffffffffff165f036112315760405163e70e701560e01b815260206004820152601f60248201527f61206c6576656c206e65656473206174206c65617374206f6e652073746570006044820152606401610482565b610a7287878787875f88611615565b8154811515600160e81b027fffff00ffffffffffffffff00ffffffffffffffffffffffffffffffffffffffff90911617740400000000000000000000000000000000000000001782555f816112a25760028301546001600160a01b03166112b1565b60018301546001600160a01b03165b6040516001600160a01b038216815290915084907ff2ec797951845ae1f0f578b0a15d98af013a2cf72603f17e64c26e746421bce69060200160405180910390a282546040517f225ed73e000000000000000000000000000000000000000000000000000000008152600481018690526001600160a01b0383811660248301529091169063225ed73e906044015f604051808303815f87803b158015611355575f5ffd5b505af1158015611367573d5f5f3e3d5ffd5b5050505050505050565b80600481111561138357611383611cff565b8254600160a01b900460ff1660048111156113a0576113a0611cff565b146113cf578154604051631a2ad7d160e11b81526104829185918491600160a01b900460ff1690600401611e45565b505050565b81545f906113f390600160a81b900467ffffffffffffffff1642611e1e565b90505f82611416576002840154600160a01b900467ffffffffffffffff1661142d565b6001840154600160a01b900467ffffffffffffffff165b67ffffffffffffffff169050808211156114a657826114595760028401546001600160a01b0316611468565b60018401546001600160a01b03165b6040517fab230a660000000000000000000000000000000000000000000000000000000081526001600160a01b039091166004820152602401610482565b82156114e5576114b68282611e1e565b8460010160146101000a81548167ffffffffffffffff021916908367ffffffffffffffff16021790555061151a565b6114ef8282611e1e565b8460020160146101000a81548167ffffffffffffffff021916908367ffffffffffffffff1602179055505b505081547fffffff0000000000000000ffffffffffffffffffffffffffffffffffffffffff16600160a81b4267ffffffffffffffff16021790915550565b5f8061157167ffffffffffffffff808816908716611e1e565b905061157e600182611e1e565b84036115ab576115988367ffffffffffffffff8816611e66565b6115a3906001611e66565b91505061160d565b6115d67f00000000000000000000000000000000000000000000000000000000000000006001611e66565b6115e1846001611e66565b6115eb9083611ee0565b6115f59190612071565b6116099067ffffffffffffffff8816611e66565b9150505b949350505050565b5f6001600160a01b038716158061163357506001600160a01b038616155b8061164f5750856001600160a01b0316876001600160a01b0316145b156116c35760405163e70e701560e01b815260206004820152603560248201527f617373657274657220616e64206368616c6c656e676572206d7573742062652060448201527f74776f2064697374696e6374206163636f756e747300000000000000000000006064820152608401610482565b8284036117135760405163e70e701560e01b815260206004820152601060248201527f74686520636c61696d73206167726565000000000000000000000000000000006044820152606401610482565b5f5f815461172090612090565b91829055505f81815260016020819052604090912080547fffffffffffffffffffffffff0000000000000000000000000000000000000000163317815591925067ffffffffffffffff84161461177757600161177a565b60035b8154829060ff60a01b1916600160a01b83600481111561179c5761179c611cff565b0217905550805467ffffffffffffffff428116600160a81b027fffffff0000000000000000ffffffffffffffffffffffffffffffffffffffffff9092169190911782556001820180547f0000000000000000000000000000000000000000000000000000000000000000909216600160a01b027fffffffff000000000000000000000000000000000000000000000000000000009283166001600160a01b03808d16919091178217909255600284018054909316918a169190911717905560038101899055831561186f57600481018490555b60408051608080820183525f80835267ffffffffffffffff87811660208086018281528688018e815260608089018f815260058c01805460018082018355918a52988690209a516003909902909a01805494518816600160401b027fffffffffffffffffffffffffffffffff0000000000000000000000000000000090951698909716979097179290921785555196840196909655925160029092019190915584516001600160a01b038e811682528d16928101929092529381018a905291820188905281019190915233908a9084907f5158d323ad1abb757afd53ac8256010a7e10b6aa6339d4b8a234876845b5c4f29060a00160405180910390a450979650505050505050565b5f80600161199367ffffffffffffffff808716908616611e1e565b61199d9190611e1e565b90507f000000000000000000000000000000000000000000000000000000000000000081106119ec577f00000000000000000000000000000000000000000000000000000000000000006119ee565b805b9150505b92915050565b5f60208284031215611a08575f5ffd5b5035919050565b5f5f60408385031215611a20575f5ffd5b50508035926020909101359150565b5f5f83601f840112611a3f575f5ffd5b50813567ffffffffffffffff811115611a56575f5ffd5b602083019150836020828501011115611a6d575f5ffd5b9250929050565b5f5f60208385031215611a85575f5ffd5b823567ffffffffffffffff811115611a9b575f5ffd5b611aa785828601611a2f565b90969095509350505050565b80356001600160a01b0381168114611ac9575f5ffd5b919050565b5f5f5f5f5f60a08688031215611ae2575f5ffd5b85359450611af260208701611ab3565b9350611b0060408701611ab3565b94979396509394606081013594506080013592915050565b5f5f5f60408486031215611b2a575f5ffd5b83359250602084013567ffffffffffffffff811115611b47575f5ffd5b8401601f81018613611b57575f5ffd5b803567ffffffffffffffff811115611b6d575f5ffd5b8660208260051b8401011115611b81575f5ffd5b939660209190910195509293505050565b5f5f60408385031215611ba3575f5ffd5b611bac83611ab3565b946020939093013593505050565b803567ffffffffffffffff81168114611ac9575f5ffd5b5f5f5f60608486031215611be3575f5ffd5b8335925060208401359150611bfa60408501611bba565b90509250925092565b602080825282518282018190525f918401906040840190835b81811015611c4457835167ffffffffffffffff16835260209384019390920191600101611c1c565b509095945050505050565b5f5f5f5f5f60608688031215611c63575f5ffd5b85359450602086013567ffffffffffffffff811115611c80575f5ffd5b611c8c88828901611a2f565b909550935050604086013567ffffffffffffffff811115611cab575f5ffd5b611cb788828901611a2f565b969995985093965092949392505050565b602080825282518282018190525f918401906040840190835b81811015611c44578351835260209384019390920191600101611ce1565b634e487b7160e01b5f52602160045260245ffd5b60058110611d2f57634e487b7160e01b5f52602160045260245ffd5b9052565b6001600160a01b038b811682528a81166020830152891660408201526101408101611d61606083018a611d13565b6001600160a01b0397909716608082015267ffffffffffffffff95861660a082015293851660c08501529190931660e083015263ffffffff9092166101008201526101200152949350505050565b5f5f5f5f5f5f60c08789031215611dc4575f5ffd5b86359550611dd460208801611ab3565b9450611de260408801611ab3565b93506060870135925060808701359150611dfe60a08801611bba565b90509295509295509295565b634e487b7160e01b5f52601160045260245ffd5b818103818111156119f2576119f2611e0a565b634e487b7160e01b5f52603260045260245ffd5b83815260608101611e596020830185611d13565b61160d6040830184611d13565b808201808211156119f2576119f2611e0a565b5f63ffffffff821663ffffffff8103611e9457611e94611e0a565b60010192915050565b67ffffffffffffffff81811683821601908111156119f2576119f2611e0a565b818382375f9101908152919050565b634e487b7160e01b5f52604160045260245ffd5b80820281158282048414176119f2576119f2611e0a565b67ffffffffffffffff831115611f0f57611f0f611ecc565b600160401b831115611f2357611f23611ecc565b805483825580841015611f5757815f528360205f20018482035f5b81811015611f53575f83820155600101611f3e565b5050505b505f8181526020812083915b85811015611f7f57823582820155602090920191600101611f63565b505050505050565b67ffffffffffffffff8516815267ffffffffffffffff84166020820152606060408201528160608201525f7f07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff831115611fde575f5ffd5b8260051b808560808501379190910160800195945050505050565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b606081525f612034606083018789611ff9565b8281036020840152612047818688611ff9565b9150508260408301529695505050505050565b5f6020828403121561206a575f5ffd5b5051919050565b5f8261208b57634e487b7160e01b5f52601260045260245ffd5b500490565b5f600182016120a1576120a1611e0a565b506001019056",
}

// DisputeGame is an auto generated Go binding around an Ethereum contract.
type DisputeGame struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *DisputeGame) GetABI() abi.ABI {
	return c.abi
}

// NewDisputeGame creates a new instance of DisputeGame.
func NewDisputeGame() *DisputeGame {
	parsed, err := DisputeGameMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &DisputeGame{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *DisputeGame) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address mips_, uint256 k_, uint64 clock_) returns()
func (disputeGame *DisputeGame) PackConstructor(mips_ common.Address, k_ *big.Int, clock_ uint64) []byte {
	enc, err := disputeGame.abi.Pack("", mips_, k_, clock_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackCheckpoints is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb8a24252.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function checkpoints(uint256 gameId) view returns(bytes32[] out)
func (disputeGame *DisputeGame) PackCheckpoints(gameId *big.Int) []byte {
	enc, err := disputeGame.abi.Pack("checkpoints", gameId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCheckpoints is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb8a24252.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function checkpoints(uint256 gameId) view returns(bytes32[] out)
func (disputeGame *DisputeGame) TryPackCheckpoints(gameId *big.Int) ([]byte, error) {
	return disputeGame.abi.Pack("checkpoints", gameId)
}

// UnpackCheckpoints is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb8a24252.
//
// Solidity: function checkpoints(uint256 gameId) view returns(bytes32[] out)
func (disputeGame *DisputeGame) UnpackCheckpoints(data []byte) ([][32]byte, error) {
	out, err := disputeGame.abi.Unpack("checkpoints", data)
	if err != nil {
		return *new([][32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([][32]byte)).(*[][32]byte)
	return out0, nil
}

// PackChoose is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x13ba8000.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function choose(uint256 gameId, uint256 part) returns()
func (disputeGame *DisputeGame) PackChoose(gameId *big.Int, part *big.Int) []byte {
	enc, err := disputeGame.abi.Pack("choose", gameId, part)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChoose is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x13ba8000.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function choose(uint256 gameId, uint256 part) returns()
func (disputeGame *DisputeGame) TryPackChoose(gameId *big.Int, part *big.Int) ([]byte, error) {
	return disputeGame.abi.Pack("choose", gameId, part)
}

// PackClock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91ddadf4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function clock() view returns(uint64)
func (disputeGame *DisputeGame) PackClock() []byte {
	enc, err := disputeGame.abi.Pack("clock")
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
func (disputeGame *DisputeGame) TryPackClock() ([]byte, error) {
	return disputeGame.abi.Pack("clock")
}

// UnpackClock is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91ddadf4.
//
// Solidity: function clock() view returns(uint64)
func (disputeGame *DisputeGame) UnpackClock(data []byte) (uint64, error) {
	out, err := disputeGame.abi.Unpack("clock", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackDissect is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5ac7a5dc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function dissect(uint256 gameId, bytes32[] values) returns()
func (disputeGame *DisputeGame) PackDissect(gameId *big.Int, values [][32]byte) []byte {
	enc, err := disputeGame.abi.Pack("dissect", gameId, values)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDissect is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5ac7a5dc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function dissect(uint256 gameId, bytes32[] values) returns()
func (disputeGame *DisputeGame) TryPackDissect(gameId *big.Int, values [][32]byte) ([]byte, error) {
	return disputeGame.abi.Pack("dissect", gameId, values)
}

// PackGame is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcddbe729.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function game(uint256 gameId) view returns(address resolver, address asserter, address challenger, uint8 phase, address winner, uint64 asserterLeft, uint64 challengerLeft, uint64 lastMove, uint32 moves, uint256 requestId)
func (disputeGame *DisputeGame) PackGame(gameId *big.Int) []byte {
	enc, err := disputeGame.abi.Pack("game", gameId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGame is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcddbe729.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function game(uint256 gameId) view returns(address resolver, address asserter, address challenger, uint8 phase, address winner, uint64 asserterLeft, uint64 challengerLeft, uint64 lastMove, uint32 moves, uint256 requestId)
func (disputeGame *DisputeGame) TryPackGame(gameId *big.Int) ([]byte, error) {
	return disputeGame.abi.Pack("game", gameId)
}

// GameOutput serves as a container for the return parameters of contract
// method Game.
type GameOutput struct {
	Resolver       common.Address
	Asserter       common.Address
	Challenger     common.Address
	Phase          uint8
	Winner         common.Address
	AsserterLeft   uint64
	ChallengerLeft uint64
	LastMove       uint64
	Moves          uint32
	RequestId      *big.Int
}

// UnpackGame is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcddbe729.
//
// Solidity: function game(uint256 gameId) view returns(address resolver, address asserter, address challenger, uint8 phase, address winner, uint64 asserterLeft, uint64 challengerLeft, uint64 lastMove, uint32 moves, uint256 requestId)
func (disputeGame *DisputeGame) UnpackGame(data []byte) (GameOutput, error) {
	out, err := disputeGame.abi.Unpack("game", data)
	outstruct := new(GameOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Resolver = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.Asserter = *abi.ConvertType(out[1], new(common.Address)).(*common.Address)
	outstruct.Challenger = *abi.ConvertType(out[2], new(common.Address)).(*common.Address)
	outstruct.Phase = *abi.ConvertType(out[3], new(uint8)).(*uint8)
	outstruct.Winner = *abi.ConvertType(out[4], new(common.Address)).(*common.Address)
	outstruct.AsserterLeft = *abi.ConvertType(out[5], new(uint64)).(*uint64)
	outstruct.ChallengerLeft = *abi.ConvertType(out[6], new(uint64)).(*uint64)
	outstruct.LastMove = *abi.ConvertType(out[7], new(uint64)).(*uint64)
	outstruct.Moves = *abi.ConvertType(out[8], new(uint32)).(*uint32)
	outstruct.RequestId = abi.ConvertType(out[9], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackGameCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4d1975b4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function gameCount() view returns(uint256)
func (disputeGame *DisputeGame) PackGameCount() []byte {
	enc, err := disputeGame.abi.Pack("gameCount")
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
func (disputeGame *DisputeGame) TryPackGameCount() ([]byte, error) {
	return disputeGame.abi.Pack("gameCount")
}

// UnpackGameCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4d1975b4.
//
// Solidity: function gameCount() view returns(uint256)
func (disputeGame *DisputeGame) UnpackGameCount(data []byte) (*big.Int, error) {
	out, err := disputeGame.abi.Unpack("gameCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackK is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb4f40c61.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function k() view returns(uint256)
func (disputeGame *DisputeGame) PackK() []byte {
	enc, err := disputeGame.abi.Pack("k")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackK is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb4f40c61.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function k() view returns(uint256)
func (disputeGame *DisputeGame) TryPackK() ([]byte, error) {
	return disputeGame.abi.Pack("k")
}

// UnpackK is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb4f40c61.
//
// Solidity: function k() view returns(uint256)
func (disputeGame *DisputeGame) UnpackK(data []byte) (*big.Int, error) {
	out, err := disputeGame.abi.Unpack("k", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackLevel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x05c58df2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function level(uint256 gameId) view returns(uint64 lo, uint64 hi, bytes32 loValue, bytes32 hiValue)
func (disputeGame *DisputeGame) PackLevel(gameId *big.Int) []byte {
	enc, err := disputeGame.abi.Pack("level", gameId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLevel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x05c58df2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function level(uint256 gameId) view returns(uint64 lo, uint64 hi, bytes32 loValue, bytes32 hiValue)
func (disputeGame *DisputeGame) TryPackLevel(gameId *big.Int) ([]byte, error) {
	return disputeGame.abi.Pack("level", gameId)
}

// LevelOutput serves as a container for the return parameters of contract
// method Level.
type LevelOutput struct {
	Lo      uint64
	Hi      uint64
	LoValue [32]byte
	HiValue [32]byte
}

// UnpackLevel is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x05c58df2.
//
// Solidity: function level(uint256 gameId) view returns(uint64 lo, uint64 hi, bytes32 loValue, bytes32 hiValue)
func (disputeGame *DisputeGame) UnpackLevel(data []byte) (LevelOutput, error) {
	out, err := disputeGame.abi.Unpack("level", data)
	outstruct := new(LevelOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Lo = *abi.ConvertType(out[0], new(uint64)).(*uint64)
	outstruct.Hi = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	outstruct.LoValue = *abi.ConvertType(out[2], new([32]byte)).(*[32]byte)
	outstruct.HiValue = *abi.ConvertType(out[3], new([32]byte)).(*[32]byte)
	return *outstruct, nil
}

// PackMips is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0605a51b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mips() view returns(address)
func (disputeGame *DisputeGame) PackMips() []byte {
	enc, err := disputeGame.abi.Pack("mips")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMips is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0605a51b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mips() view returns(address)
func (disputeGame *DisputeGame) TryPackMips() ([]byte, error) {
	return disputeGame.abi.Pack("mips")
}

// UnpackMips is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0605a51b.
//
// Solidity: function mips() view returns(address)
func (disputeGame *DisputeGame) UnpackMips(data []byte) (common.Address, error) {
	out, err := disputeGame.abi.Unpack("mips", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackOpen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x26a13003.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function open(uint256 requestId, address asserter, address challenger, bytes32 asserterClaim, bytes32 challengerClaim) returns(uint256 gameId)
func (disputeGame *DisputeGame) PackOpen(requestId *big.Int, asserter common.Address, challenger common.Address, asserterClaim [32]byte, challengerClaim [32]byte) []byte {
	enc, err := disputeGame.abi.Pack("open", requestId, asserter, challenger, asserterClaim, challengerClaim)
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
func (disputeGame *DisputeGame) TryPackOpen(requestId *big.Int, asserter common.Address, challenger common.Address, asserterClaim [32]byte, challengerClaim [32]byte) ([]byte, error) {
	return disputeGame.abi.Pack("open", requestId, asserter, challenger, asserterClaim, challengerClaim)
}

// UnpackOpen is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x26a13003.
//
// Solidity: function open(uint256 requestId, address asserter, address challenger, bytes32 asserterClaim, bytes32 challengerClaim) returns(uint256 gameId)
func (disputeGame *DisputeGame) UnpackOpen(data []byte) (*big.Int, error) {
	out, err := disputeGame.abi.Unpack("open", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOpenVM is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xed8237b1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function openVM(uint256 requestId, address asserter, address challenger, bytes32 startState, bytes32 claimedEnd, uint64 steps) returns(uint256 gameId)
func (disputeGame *DisputeGame) PackOpenVM(requestId *big.Int, asserter common.Address, challenger common.Address, startState [32]byte, claimedEnd [32]byte, steps uint64) []byte {
	enc, err := disputeGame.abi.Pack("openVM", requestId, asserter, challenger, startState, claimedEnd, steps)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOpenVM is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xed8237b1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function openVM(uint256 requestId, address asserter, address challenger, bytes32 startState, bytes32 claimedEnd, uint64 steps) returns(uint256 gameId)
func (disputeGame *DisputeGame) TryPackOpenVM(requestId *big.Int, asserter common.Address, challenger common.Address, startState [32]byte, claimedEnd [32]byte, steps uint64) ([]byte, error) {
	return disputeGame.abi.Pack("openVM", requestId, asserter, challenger, startState, claimedEnd, steps)
}

// UnpackOpenVM is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xed8237b1.
//
// Solidity: function openVM(uint256 requestId, address asserter, address challenger, bytes32 startState, bytes32 claimedEnd, uint64 steps) returns(uint256 gameId)
func (disputeGame *DisputeGame) UnpackOpenVM(data []byte) (*big.Int, error) {
	out, err := disputeGame.abi.Unpack("openVM", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPositions is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x99fbab88.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function positions(uint256 gameId) view returns(uint64[] out)
func (disputeGame *DisputeGame) PackPositions(gameId *big.Int) []byte {
	enc, err := disputeGame.abi.Pack("positions", gameId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPositions is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x99fbab88.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function positions(uint256 gameId) view returns(uint64[] out)
func (disputeGame *DisputeGame) TryPackPositions(gameId *big.Int) ([]byte, error) {
	return disputeGame.abi.Pack("positions", gameId)
}

// UnpackPositions is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x99fbab88.
//
// Solidity: function positions(uint256 gameId) view returns(uint64[] out)
func (disputeGame *DisputeGame) UnpackPositions(data []byte) ([]uint64, error) {
	out, err := disputeGame.abi.Unpack("positions", data)
	if err != nil {
		return *new([]uint64), err
	}
	out0 := *abi.ConvertType(out[0], new([]uint64)).(*[]uint64)
	return out0, nil
}

// PackProveStep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa06106f0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proveStep(uint256 gameId, bytes stateData, bytes proof) returns()
func (disputeGame *DisputeGame) PackProveStep(gameId *big.Int, stateData []byte, proof []byte) []byte {
	enc, err := disputeGame.abi.Pack("proveStep", gameId, stateData, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProveStep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa06106f0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proveStep(uint256 gameId, bytes stateData, bytes proof) returns()
func (disputeGame *DisputeGame) TryPackProveStep(gameId *big.Int, stateData []byte, proof []byte) ([]byte, error) {
	return disputeGame.abi.Pack("proveStep", gameId, stateData, proof)
}

// PackSetStart is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6fecd385.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setStart(uint256 requestId, bytes32 startState, uint64 steps) returns()
func (disputeGame *DisputeGame) PackSetStart(requestId *big.Int, startState [32]byte, steps uint64) []byte {
	enc, err := disputeGame.abi.Pack("setStart", requestId, startState, steps)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetStart is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6fecd385.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setStart(uint256 requestId, bytes32 startState, uint64 steps) returns()
func (disputeGame *DisputeGame) TryPackSetStart(requestId *big.Int, startState [32]byte, steps uint64) ([]byte, error) {
	return disputeGame.abi.Pack("setStart", requestId, startState, steps)
}

// PackStarts is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6e03cd69.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function starts(address , uint256 ) view returns(bytes32 state, uint64 steps)
func (disputeGame *DisputeGame) PackStarts(arg0 common.Address, arg1 *big.Int) []byte {
	enc, err := disputeGame.abi.Pack("starts", arg0, arg1)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStarts is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6e03cd69.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function starts(address , uint256 ) view returns(bytes32 state, uint64 steps)
func (disputeGame *DisputeGame) TryPackStarts(arg0 common.Address, arg1 *big.Int) ([]byte, error) {
	return disputeGame.abi.Pack("starts", arg0, arg1)
}

// StartsOutput serves as a container for the return parameters of contract
// method Starts.
type StartsOutput struct {
	State [32]byte
	Steps uint64
}

// UnpackStarts is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6e03cd69.
//
// Solidity: function starts(address , uint256 ) view returns(bytes32 state, uint64 steps)
func (disputeGame *DisputeGame) UnpackStarts(data []byte) (StartsOutput, error) {
	out, err := disputeGame.abi.Unpack("starts", data)
	outstruct := new(StartsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.State = *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	outstruct.Steps = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackStateHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23548a8f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stateHash(bytes stateData) pure returns(bytes32 h)
func (disputeGame *DisputeGame) PackStateHash(stateData []byte) []byte {
	enc, err := disputeGame.abi.Pack("stateHash", stateData)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStateHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23548a8f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stateHash(bytes stateData) pure returns(bytes32 h)
func (disputeGame *DisputeGame) TryPackStateHash(stateData []byte) ([]byte, error) {
	return disputeGame.abi.Pack("stateHash", stateData)
}

// UnpackStateHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23548a8f.
//
// Solidity: function stateHash(bytes stateData) pure returns(bytes32 h)
func (disputeGame *DisputeGame) UnpackStateHash(data []byte) ([32]byte, error) {
	out, err := disputeGame.abi.Unpack("stateHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackTimeout is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x08148f7a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function timeout(uint256 gameId) returns()
func (disputeGame *DisputeGame) PackTimeout(gameId *big.Int) []byte {
	enc, err := disputeGame.abi.Pack("timeout", gameId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTimeout is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x08148f7a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function timeout(uint256 gameId) returns()
func (disputeGame *DisputeGame) TryPackTimeout(gameId *big.Int) ([]byte, error) {
	return disputeGame.abi.Pack("timeout", gameId)
}

// DisputeGameChosen represents a Chosen event raised by the DisputeGame contract.
type DisputeGameChosen struct {
	GameId *big.Int
	Part   *big.Int
	Lo     uint64
	Hi     uint64
	Raw    *types.Log // Blockchain specific contextual infos
}

const DisputeGameChosenEventName = "Chosen"

// ContractEventName returns the user-defined event name.
func (DisputeGameChosen) ContractEventName() string {
	return DisputeGameChosenEventName
}

// UnpackChosenEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Chosen(uint256 indexed gameId, uint256 part, uint64 lo, uint64 hi)
func (disputeGame *DisputeGame) UnpackChosenEvent(log *types.Log) (*DisputeGameChosen, error) {
	event := "Chosen"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputeGame.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputeGameChosen)
	if len(log.Data) > 0 {
		if err := disputeGame.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputeGame.abi.Events[event].Inputs {
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

// DisputeGameDissected represents a Dissected event raised by the DisputeGame contract.
type DisputeGameDissected struct {
	GameId *big.Int
	Lo     uint64
	Hi     uint64
	Values [][32]byte
	Raw    *types.Log // Blockchain specific contextual infos
}

const DisputeGameDissectedEventName = "Dissected"

// ContractEventName returns the user-defined event name.
func (DisputeGameDissected) ContractEventName() string {
	return DisputeGameDissectedEventName
}

// UnpackDissectedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Dissected(uint256 indexed gameId, uint64 lo, uint64 hi, bytes32[] values)
func (disputeGame *DisputeGame) UnpackDissectedEvent(log *types.Log) (*DisputeGameDissected, error) {
	event := "Dissected"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputeGame.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputeGameDissected)
	if len(log.Data) > 0 {
		if err := disputeGame.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputeGame.abi.Events[event].Inputs {
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

// DisputeGameOpened represents a Opened event raised by the DisputeGame contract.
type DisputeGameOpened struct {
	GameId     *big.Int
	RequestId  *big.Int
	Resolver   common.Address
	Asserter   common.Address
	Challenger common.Address
	StartState [32]byte
	Claim      [32]byte
	Steps      uint64
	Raw        *types.Log // Blockchain specific contextual infos
}

const DisputeGameOpenedEventName = "Opened"

// ContractEventName returns the user-defined event name.
func (DisputeGameOpened) ContractEventName() string {
	return DisputeGameOpenedEventName
}

// UnpackOpenedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Opened(uint256 indexed gameId, uint256 indexed requestId, address indexed resolver, address asserter, address challenger, bytes32 startState, bytes32 claim, uint64 steps)
func (disputeGame *DisputeGame) UnpackOpenedEvent(log *types.Log) (*DisputeGameOpened, error) {
	event := "Opened"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputeGame.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputeGameOpened)
	if len(log.Data) > 0 {
		if err := disputeGame.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputeGame.abi.Events[event].Inputs {
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

// DisputeGameResolved represents a Resolved event raised by the DisputeGame contract.
type DisputeGameResolved struct {
	GameId *big.Int
	Winner common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const DisputeGameResolvedEventName = "Resolved"

// ContractEventName returns the user-defined event name.
func (DisputeGameResolved) ContractEventName() string {
	return DisputeGameResolvedEventName
}

// UnpackResolvedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Resolved(uint256 indexed gameId, address winner)
func (disputeGame *DisputeGame) UnpackResolvedEvent(log *types.Log) (*DisputeGameResolved, error) {
	event := "Resolved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputeGame.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputeGameResolved)
	if len(log.Data) > 0 {
		if err := disputeGame.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputeGame.abi.Events[event].Inputs {
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

// DisputeGameStartSet represents a StartSet event raised by the DisputeGame contract.
type DisputeGameStartSet struct {
	Resolver   common.Address
	RequestId  *big.Int
	StartState [32]byte
	Steps      uint64
	Raw        *types.Log // Blockchain specific contextual infos
}

const DisputeGameStartSetEventName = "StartSet"

// ContractEventName returns the user-defined event name.
func (DisputeGameStartSet) ContractEventName() string {
	return DisputeGameStartSetEventName
}

// UnpackStartSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event StartSet(address indexed resolver, uint256 indexed requestId, bytes32 startState, uint64 steps)
func (disputeGame *DisputeGame) UnpackStartSetEvent(log *types.Log) (*DisputeGameStartSet, error) {
	event := "StartSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputeGame.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputeGameStartSet)
	if len(log.Data) > 0 {
		if err := disputeGame.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputeGame.abi.Events[event].Inputs {
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

// DisputeGameStepProven represents a StepProven event raised by the DisputeGame contract.
type DisputeGameStepProven struct {
	GameId    *big.Int
	Position  uint64
	PostState [32]byte
	Raw       *types.Log // Blockchain specific contextual infos
}

const DisputeGameStepProvenEventName = "StepProven"

// ContractEventName returns the user-defined event name.
func (DisputeGameStepProven) ContractEventName() string {
	return DisputeGameStepProvenEventName
}

// UnpackStepProvenEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event StepProven(uint256 indexed gameId, uint64 position, bytes32 postState)
func (disputeGame *DisputeGame) UnpackStepProvenEvent(log *types.Log) (*DisputeGameStepProven, error) {
	event := "StepProven"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputeGame.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputeGameStepProven)
	if len(log.Data) > 0 {
		if err := disputeGame.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputeGame.abi.Events[event].Inputs {
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

// DisputeGameTimedOut represents a TimedOut event raised by the DisputeGame contract.
type DisputeGameTimedOut struct {
	GameId *big.Int
	Loser  common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const DisputeGameTimedOutEventName = "TimedOut"

// ContractEventName returns the user-defined event name.
func (DisputeGameTimedOut) ContractEventName() string {
	return DisputeGameTimedOutEventName
}

// UnpackTimedOutEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TimedOut(uint256 indexed gameId, address loser)
func (disputeGame *DisputeGame) UnpackTimedOutEvent(log *types.Log) (*DisputeGameTimedOut, error) {
	event := "TimedOut"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputeGame.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputeGameTimedOut)
	if len(log.Data) > 0 {
		if err := disputeGame.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputeGame.abi.Events[event].Inputs {
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
func (disputeGame *DisputeGame) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["BadParameter"].ID.Bytes()[:4]) {
		return disputeGame.UnpackBadParameterError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["CheckpointCount"].ID.Bytes()[:4]) {
		return disputeGame.UnpackCheckpointCountError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["ClockRanOut"].ID.Bytes()[:4]) {
		return disputeGame.UnpackClockRanOutError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["ClockRunning"].ID.Bytes()[:4]) {
		return disputeGame.UnpackClockRunningError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["NoStart"].ID.Bytes()[:4]) {
		return disputeGame.UnpackNoStartError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["NotInPhase"].ID.Bytes()[:4]) {
		return disputeGame.UnpackNotInPhaseError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["NotYourMove"].ID.Bytes()[:4]) {
		return disputeGame.UnpackNotYourMoveError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["PartOutOfRange"].ID.Bytes()[:4]) {
		return disputeGame.UnpackPartOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["PreStateMismatch"].ID.Bytes()[:4]) {
		return disputeGame.UnpackPreStateMismatchError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// DisputeGameBadParameter represents a BadParameter error raised by the DisputeGame contract.
type DisputeGameBadParameter struct {
	What string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadParameter(string what)
func DisputeGameBadParameterErrorID() common.Hash {
	return common.HexToHash("0xe70e70154c448e6c8330844843e6f2f9c303eeed653927da22f68fbfa1bb820c")
}

// UnpackBadParameterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadParameter(string what)
func (disputeGame *DisputeGame) UnpackBadParameterError(raw []byte) (*DisputeGameBadParameter, error) {
	out := new(DisputeGameBadParameter)
	if err := disputeGame.abi.UnpackIntoInterface(out, "BadParameter", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameCheckpointCount represents a CheckpointCount error raised by the DisputeGame contract.
type DisputeGameCheckpointCount struct {
	Want *big.Int
	Have *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CheckpointCount(uint256 want, uint256 have)
func DisputeGameCheckpointCountErrorID() common.Hash {
	return common.HexToHash("0xa60e34405d060420024a9e7956fea93889978d2a35005af86103eb862c8cae71")
}

// UnpackCheckpointCountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CheckpointCount(uint256 want, uint256 have)
func (disputeGame *DisputeGame) UnpackCheckpointCountError(raw []byte) (*DisputeGameCheckpointCount, error) {
	out := new(DisputeGameCheckpointCount)
	if err := disputeGame.abi.UnpackIntoInterface(out, "CheckpointCount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameClockRanOut represents a ClockRanOut error raised by the DisputeGame contract.
type DisputeGameClockRanOut struct {
	Mover common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ClockRanOut(address mover)
func DisputeGameClockRanOutErrorID() common.Hash {
	return common.HexToHash("0xab230a663698068ae9d9b132205bdfaad1db0dbe4a79cd225c7a6ad9094dbb7a")
}

// UnpackClockRanOutError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ClockRanOut(address mover)
func (disputeGame *DisputeGame) UnpackClockRanOutError(raw []byte) (*DisputeGameClockRanOut, error) {
	out := new(DisputeGameClockRanOut)
	if err := disputeGame.abi.UnpackIntoInterface(out, "ClockRanOut", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameClockRunning represents a ClockRunning error raised by the DisputeGame contract.
type DisputeGameClockRunning struct {
	Mover       common.Address
	SecondsLeft *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ClockRunning(address mover, uint256 secondsLeft)
func DisputeGameClockRunningErrorID() common.Hash {
	return common.HexToHash("0xd68a994bf779013fc75a8d64c9c46c2b55bd8bed9b1567ae614bcfc9aede89f0")
}

// UnpackClockRunningError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ClockRunning(address mover, uint256 secondsLeft)
func (disputeGame *DisputeGame) UnpackClockRunningError(raw []byte) (*DisputeGameClockRunning, error) {
	out := new(DisputeGameClockRunning)
	if err := disputeGame.abi.UnpackIntoInterface(out, "ClockRunning", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameNoStart represents a NoStart error raised by the DisputeGame contract.
type DisputeGameNoStart struct {
	RequestId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoStart(uint256 requestId)
func DisputeGameNoStartErrorID() common.Hash {
	return common.HexToHash("0xb2d9fefaf2beafa9614c47e3811386ba8bc5028268258148e862ca891d77a936")
}

// UnpackNoStartError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoStart(uint256 requestId)
func (disputeGame *DisputeGame) UnpackNoStartError(raw []byte) (*DisputeGameNoStart, error) {
	out := new(DisputeGameNoStart)
	if err := disputeGame.abi.UnpackIntoInterface(out, "NoStart", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameNotInPhase represents a NotInPhase error raised by the DisputeGame contract.
type DisputeGameNotInPhase struct {
	GameId *big.Int
	Want   uint8
	Have   uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotInPhase(uint256 gameId, uint8 want, uint8 have)
func DisputeGameNotInPhaseErrorID() common.Hash {
	return common.HexToHash("0x3455afa2f04d8ef2e33932d796e3a4be505d4abd4d57e41bc766e29bfc9a5771")
}

// UnpackNotInPhaseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotInPhase(uint256 gameId, uint8 want, uint8 have)
func (disputeGame *DisputeGame) UnpackNotInPhaseError(raw []byte) (*DisputeGameNotInPhase, error) {
	out := new(DisputeGameNotInPhase)
	if err := disputeGame.abi.UnpackIntoInterface(out, "NotInPhase", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameNotYourMove represents a NotYourMove error raised by the DisputeGame contract.
type DisputeGameNotYourMove struct {
	Sender common.Address
	Mover  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotYourMove(address sender, address mover)
func DisputeGameNotYourMoveErrorID() common.Hash {
	return common.HexToHash("0x00d30d547e7a46d772988db2d1de02bba678937086311bb1ceaac981314b1893")
}

// UnpackNotYourMoveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotYourMove(address sender, address mover)
func (disputeGame *DisputeGame) UnpackNotYourMoveError(raw []byte) (*DisputeGameNotYourMove, error) {
	out := new(DisputeGameNotYourMove)
	if err := disputeGame.abi.UnpackIntoInterface(out, "NotYourMove", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGamePartOutOfRange represents a PartOutOfRange error raised by the DisputeGame contract.
type DisputeGamePartOutOfRange struct {
	Part  *big.Int
	Parts *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PartOutOfRange(uint256 part, uint256 parts)
func DisputeGamePartOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x5597f5952c17cf18027235bbcb86567791afa93f9951e3f3029c1317658a4248")
}

// UnpackPartOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PartOutOfRange(uint256 part, uint256 parts)
func (disputeGame *DisputeGame) UnpackPartOutOfRangeError(raw []byte) (*DisputeGamePartOutOfRange, error) {
	out := new(DisputeGamePartOutOfRange)
	if err := disputeGame.abi.UnpackIntoInterface(out, "PartOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGamePreStateMismatch represents a PreStateMismatch error raised by the DisputeGame contract.
type DisputeGamePreStateMismatch struct {
	Want [32]byte
	Have [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PreStateMismatch(bytes32 want, bytes32 have)
func DisputeGamePreStateMismatchErrorID() common.Hash {
	return common.HexToHash("0x65e7cf52127e4edf8f7f65ff81c78e6d36d4a81c547dae6062edf53ca962d571")
}

// UnpackPreStateMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PreStateMismatch(bytes32 want, bytes32 have)
func (disputeGame *DisputeGame) UnpackPreStateMismatchError(raw []byte) (*DisputeGamePreStateMismatch, error) {
	out := new(DisputeGamePreStateMismatch)
	if err := disputeGame.abi.UnpackIntoInterface(out, "PreStateMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}
