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

// MerkleHarnessMetaData contains all meta data concerning the MerkleHarness contract.
var MerkleHarnessMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"BadProofLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"expectedRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"provenRoot\",\"type\":\"bytes32\"}],\"name\":\"InvalidMemoryProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"addr\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"log2Size\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"siblingCount\",\"type\":\"uint256\"}],\"name\":\"InvalidRegion\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leafIndex\",\"type\":\"uint256\"}],\"name\":\"LeafIndexOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"offset\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"available\",\"type\":\"uint256\"}],\"name\":\"ProofOutOfBounds\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"leafIndex\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"measureReadLeaf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"gasUsed\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leafIndex\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"newLeaf\",\"type\":\"bytes32\"}],\"name\":\"measureWriteLeaf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"newRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"gasUsed\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"leafIndex\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"readLeaf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"leafIndex\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"proofs\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"offset\",\"type\":\"uint256\"}],\"name\":\"readLeafMemory\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"addr\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"log2Size\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"subRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"name\":\"regionRoot\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"addr\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"log2Size\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"subRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"name\":\"verifyRegion\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leafIndex\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"newLeaf\",\"type\":\"bytes32\"}],\"name\":\"writeLeaf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"leafIndex\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"proofs\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"offset\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"newLeaf\",\"type\":\"bytes32\"}],\"name\":\"writeLeafMemory\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "MerkleHarness",
	Bin: "0x6080604052348015600e575f5ffd5b50610b688061001c5f395ff3fe608060405234801561000f575f5ffd5b5060043610610084575f3560e01c806389aa3d241161005857806389aa3d241461010c578063b98919391461011f578063c7dbceb914610132578063f1ffc99014610145575f5ffd5b80628943be146100885780630c17ea95146100b55780631c33ed7f146100d857806332de7738146100f9575b5f5ffd5b61009b610096366004610807565b610158565b604080519283526020830191909152015b60405180910390f35b6100c86100c3366004610911565b610190565b60405190151581526020016100ac565b6100eb6100e63660046109dc565b6101a8565b6040519081526020016100ac565b61009b610107366004610a2f565b6101be565b6100eb61011a366004610a7e565b6101dc565b6100eb61012d366004610a2f565b6101e9565b6100eb610140366004610807565b6101fe565b6100eb610153366004610ad2565b610213565b5f5f5f6101658585610220565b90505f5a905061017688888461026b565b93505a6101839082610b3c565b9250505094509492505050565b5f61019e8686868686610532565b9695505050505050565b5f6101b58585858561054b565b95945050505050565b5f5f5f6101cb8686610220565b90505f5a905061017688838761056a565b5f6101b58585858561058d565b5f6101b5856101f88686610220565b8461056a565b5f6101b5858561020e8686610220565b61026b565b5f6101b5858585856105f6565b5f6103808214610264576040517fa8f394fb000000000000000000000000000000000000000000000000000000008152600481018390526024015b60405180910390fd5b5090919050565b5f61027683836106a4565b5080355f6104fe828561028a866020610b55565b6020600583811b821694855282359482189490945260405f818120600486811b85169182528585013591851891909152828220600387811b86169182528487013591861891909152838320600288811b8716918252606088013591871891909152848420600189811b8816918252608089013591881891909152858520878a1690815260a0890135908818528585209089901c871690815260c0880135908718528484209088901c861690815260e0870135908618528383209087901c8516908152610100860135908518528282209086901c8416908152610120850135908418528181209585901c831695865261014084013595831895909552808520600685901c831690815261016084013590831852808520600785901c831690815261018084013590831852808520600885901c83169081526101a084013590831852808520600985901c83169081526101c084013590831852808520600a85901c83169081526101e084013590831852808520600b85901c831690815261020084013590831852808520600c85901c831690815261022084013590831852808520600d85901c831690815261024084013590831852808520600e85901c831690815261026084013590831852808520600f85901c831690815261028084013590831852808520601085901c83169081526102a084013590831852808520601185901c83169081526102c084013590831852808520601285901c83169081526102e084013590831852808520601385901c831690815261030084013590831852808520601485901c83169081526103208401359083185280852060159490941c821693845261034090920135921891909152902090565b905084811461052a57604051633b587e1760e01b8152600481018690526024810182905260440161025b565b509392505050565b5f85610540868686866105f6565b149695505050505050565b5f61055785858561070d565b60408484010161019e838783601b61077f565b5f61057584846106a4565b610585828561028a866020610b55565b949350505050565b5f61059984848461070d565b5f8260208501019050805191505f6105c083878460206105b99190610b55565b601b61077f565b90508681146105ec57604051633b587e1760e01b8152600481018890526024810182905260440161025b565b5050949350505050565b5f60058410806106065750602084115b806106145750602085901c15155b8061062c5750610627600180861b610b3c565b851615155b80610642575061063d846020610b3c565b825114155b1561068d5781516040517f9f376eaa0000000000000000000000000000000000000000000000000000000081526004810187905260248101869052604481019190915260640161025b565b5f60208301905061019e848688901c83865161077f565b601b82901c156106ca5760405163047eb0c160e51b81526004810183905260240161025b565b368111806106e257506103806106e08236610b3c565b105b1561070957604051630bf0ab0960e11b81526004810182905236602482015260440161025b565b5050565b601b83901c156107335760405163047eb0c160e51b81526004810184905260240161025b565b815181118061074f575061038081835161074d9190610b3c565b105b1561077a578151604051630bf0ab0960e11b815261025b918391600401918252602082015260400190565b505050565b5f8160051b83015b808410156107b8576001851660051b868152845160208218525060405f2095508460011c9450602084019350610787565b5093949350505050565b5f5f83601f8401126107d2575f5ffd5b50813567ffffffffffffffff8111156107e9575f5ffd5b602083019150836020828501011115610800575f5ffd5b9250929050565b5f5f5f5f6060858703121561081a575f5ffd5b8435935060208501359250604085013567ffffffffffffffff81111561083e575f5ffd5b61084a878288016107c2565b95989497509550505050565b634e487b7160e01b5f52604160045260245ffd5b604051601f8201601f1916810167ffffffffffffffff8111828210171561089357610893610856565b604052919050565b5f82601f8301126108aa575f5ffd5b813567ffffffffffffffff8111156108c4576108c4610856565b8060051b6108d46020820161086a565b918252602081850181019290810190868411156108ef575f5ffd5b6020860192505b8383101561019e5782358252602092830192909101906108f6565b5f5f5f5f5f60a08688031215610925575f5ffd5b85359450602086013593506040860135925060608601359150608086013567ffffffffffffffff811115610957575f5ffd5b6109638882890161089b565b9150509295509295909350565b5f82601f83011261097f575f5ffd5b813567ffffffffffffffff81111561099957610999610856565b6109ac601f8201601f191660200161086a565b8181528460208386010111156109c0575f5ffd5b816020850160208301375f918101602001919091529392505050565b5f5f5f5f608085870312156109ef575f5ffd5b84359350602085013567ffffffffffffffff811115610a0c575f5ffd5b610a1887828801610970565b949794965050505060408301359260600135919050565b5f5f5f5f60608587031215610a42575f5ffd5b84359350602085013567ffffffffffffffff811115610a5f575f5ffd5b610a6b878288016107c2565b9598909750949560400135949350505050565b5f5f5f5f60808587031215610a91575f5ffd5b8435935060208501359250604085013567ffffffffffffffff811115610ab5575f5ffd5b610ac187828801610970565b949793965093946060013593505050565b5f5f5f5f60808587031215610ae5575f5ffd5b843593506020850135925060408501359150606085013567ffffffffffffffff811115610b10575f5ffd5b610b1c8782880161089b565b91505092959194509250565b634e487b7160e01b5f52601160045260245ffd5b81810381811115610b4f57610b4f610b28565b92915050565b80820180821115610b4f57610b4f610b2856",
}

// MerkleHarness is an auto generated Go binding around an Ethereum contract.
type MerkleHarness struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *MerkleHarness) GetABI() abi.ABI {
	return c.abi
}

// NewMerkleHarness creates a new instance of MerkleHarness.
func NewMerkleHarness() *MerkleHarness {
	parsed, err := MerkleHarnessMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &MerkleHarness{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *MerkleHarness) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackMeasureReadLeaf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x008943be.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function measureReadLeaf(bytes32 root, uint256 leafIndex, bytes proof) view returns(bytes32 leaf, uint256 gasUsed)
func (merkleHarness *MerkleHarness) PackMeasureReadLeaf(root [32]byte, leafIndex *big.Int, proof []byte) []byte {
	enc, err := merkleHarness.abi.Pack("measureReadLeaf", root, leafIndex, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMeasureReadLeaf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x008943be.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function measureReadLeaf(bytes32 root, uint256 leafIndex, bytes proof) view returns(bytes32 leaf, uint256 gasUsed)
func (merkleHarness *MerkleHarness) TryPackMeasureReadLeaf(root [32]byte, leafIndex *big.Int, proof []byte) ([]byte, error) {
	return merkleHarness.abi.Pack("measureReadLeaf", root, leafIndex, proof)
}

// MeasureReadLeafOutput serves as a container for the return parameters of contract
// method MeasureReadLeaf.
type MeasureReadLeafOutput struct {
	Leaf    [32]byte
	GasUsed *big.Int
}

// UnpackMeasureReadLeaf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x008943be.
//
// Solidity: function measureReadLeaf(bytes32 root, uint256 leafIndex, bytes proof) view returns(bytes32 leaf, uint256 gasUsed)
func (merkleHarness *MerkleHarness) UnpackMeasureReadLeaf(data []byte) (MeasureReadLeafOutput, error) {
	out, err := merkleHarness.abi.Unpack("measureReadLeaf", data)
	outstruct := new(MeasureReadLeafOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Leaf = *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	outstruct.GasUsed = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackMeasureWriteLeaf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x32de7738.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function measureWriteLeaf(uint256 leafIndex, bytes proof, bytes32 newLeaf) view returns(bytes32 newRoot, uint256 gasUsed)
func (merkleHarness *MerkleHarness) PackMeasureWriteLeaf(leafIndex *big.Int, proof []byte, newLeaf [32]byte) []byte {
	enc, err := merkleHarness.abi.Pack("measureWriteLeaf", leafIndex, proof, newLeaf)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMeasureWriteLeaf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x32de7738.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function measureWriteLeaf(uint256 leafIndex, bytes proof, bytes32 newLeaf) view returns(bytes32 newRoot, uint256 gasUsed)
func (merkleHarness *MerkleHarness) TryPackMeasureWriteLeaf(leafIndex *big.Int, proof []byte, newLeaf [32]byte) ([]byte, error) {
	return merkleHarness.abi.Pack("measureWriteLeaf", leafIndex, proof, newLeaf)
}

// MeasureWriteLeafOutput serves as a container for the return parameters of contract
// method MeasureWriteLeaf.
type MeasureWriteLeafOutput struct {
	NewRoot [32]byte
	GasUsed *big.Int
}

// UnpackMeasureWriteLeaf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x32de7738.
//
// Solidity: function measureWriteLeaf(uint256 leafIndex, bytes proof, bytes32 newLeaf) view returns(bytes32 newRoot, uint256 gasUsed)
func (merkleHarness *MerkleHarness) UnpackMeasureWriteLeaf(data []byte) (MeasureWriteLeafOutput, error) {
	out, err := merkleHarness.abi.Unpack("measureWriteLeaf", data)
	outstruct := new(MeasureWriteLeafOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.NewRoot = *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	outstruct.GasUsed = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackReadLeaf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc7dbceb9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function readLeaf(bytes32 root, uint256 leafIndex, bytes proof) pure returns(bytes32)
func (merkleHarness *MerkleHarness) PackReadLeaf(root [32]byte, leafIndex *big.Int, proof []byte) []byte {
	enc, err := merkleHarness.abi.Pack("readLeaf", root, leafIndex, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReadLeaf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc7dbceb9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function readLeaf(bytes32 root, uint256 leafIndex, bytes proof) pure returns(bytes32)
func (merkleHarness *MerkleHarness) TryPackReadLeaf(root [32]byte, leafIndex *big.Int, proof []byte) ([]byte, error) {
	return merkleHarness.abi.Pack("readLeaf", root, leafIndex, proof)
}

// UnpackReadLeaf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc7dbceb9.
//
// Solidity: function readLeaf(bytes32 root, uint256 leafIndex, bytes proof) pure returns(bytes32)
func (merkleHarness *MerkleHarness) UnpackReadLeaf(data []byte) ([32]byte, error) {
	out, err := merkleHarness.abi.Unpack("readLeaf", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackReadLeafMemory is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x89aa3d24.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function readLeafMemory(bytes32 root, uint256 leafIndex, bytes proofs, uint256 offset) pure returns(bytes32)
func (merkleHarness *MerkleHarness) PackReadLeafMemory(root [32]byte, leafIndex *big.Int, proofs []byte, offset *big.Int) []byte {
	enc, err := merkleHarness.abi.Pack("readLeafMemory", root, leafIndex, proofs, offset)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReadLeafMemory is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x89aa3d24.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function readLeafMemory(bytes32 root, uint256 leafIndex, bytes proofs, uint256 offset) pure returns(bytes32)
func (merkleHarness *MerkleHarness) TryPackReadLeafMemory(root [32]byte, leafIndex *big.Int, proofs []byte, offset *big.Int) ([]byte, error) {
	return merkleHarness.abi.Pack("readLeafMemory", root, leafIndex, proofs, offset)
}

// UnpackReadLeafMemory is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x89aa3d24.
//
// Solidity: function readLeafMemory(bytes32 root, uint256 leafIndex, bytes proofs, uint256 offset) pure returns(bytes32)
func (merkleHarness *MerkleHarness) UnpackReadLeafMemory(data []byte) ([32]byte, error) {
	out, err := merkleHarness.abi.Unpack("readLeafMemory", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackRegionRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf1ffc990.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function regionRoot(uint256 addr, uint256 log2Size, bytes32 subRoot, bytes32[] siblings) pure returns(bytes32)
func (merkleHarness *MerkleHarness) PackRegionRoot(addr *big.Int, log2Size *big.Int, subRoot [32]byte, siblings [][32]byte) []byte {
	enc, err := merkleHarness.abi.Pack("regionRoot", addr, log2Size, subRoot, siblings)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegionRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf1ffc990.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function regionRoot(uint256 addr, uint256 log2Size, bytes32 subRoot, bytes32[] siblings) pure returns(bytes32)
func (merkleHarness *MerkleHarness) TryPackRegionRoot(addr *big.Int, log2Size *big.Int, subRoot [32]byte, siblings [][32]byte) ([]byte, error) {
	return merkleHarness.abi.Pack("regionRoot", addr, log2Size, subRoot, siblings)
}

// UnpackRegionRoot is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf1ffc990.
//
// Solidity: function regionRoot(uint256 addr, uint256 log2Size, bytes32 subRoot, bytes32[] siblings) pure returns(bytes32)
func (merkleHarness *MerkleHarness) UnpackRegionRoot(data []byte) ([32]byte, error) {
	out, err := merkleHarness.abi.Unpack("regionRoot", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackVerifyRegion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0c17ea95.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyRegion(bytes32 root, uint256 addr, uint256 log2Size, bytes32 subRoot, bytes32[] siblings) pure returns(bool)
func (merkleHarness *MerkleHarness) PackVerifyRegion(root [32]byte, addr *big.Int, log2Size *big.Int, subRoot [32]byte, siblings [][32]byte) []byte {
	enc, err := merkleHarness.abi.Pack("verifyRegion", root, addr, log2Size, subRoot, siblings)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyRegion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0c17ea95.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyRegion(bytes32 root, uint256 addr, uint256 log2Size, bytes32 subRoot, bytes32[] siblings) pure returns(bool)
func (merkleHarness *MerkleHarness) TryPackVerifyRegion(root [32]byte, addr *big.Int, log2Size *big.Int, subRoot [32]byte, siblings [][32]byte) ([]byte, error) {
	return merkleHarness.abi.Pack("verifyRegion", root, addr, log2Size, subRoot, siblings)
}

// UnpackVerifyRegion is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0c17ea95.
//
// Solidity: function verifyRegion(bytes32 root, uint256 addr, uint256 log2Size, bytes32 subRoot, bytes32[] siblings) pure returns(bool)
func (merkleHarness *MerkleHarness) UnpackVerifyRegion(data []byte) (bool, error) {
	out, err := merkleHarness.abi.Unpack("verifyRegion", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackWriteLeaf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb9891939.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function writeLeaf(uint256 leafIndex, bytes proof, bytes32 newLeaf) pure returns(bytes32)
func (merkleHarness *MerkleHarness) PackWriteLeaf(leafIndex *big.Int, proof []byte, newLeaf [32]byte) []byte {
	enc, err := merkleHarness.abi.Pack("writeLeaf", leafIndex, proof, newLeaf)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWriteLeaf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb9891939.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function writeLeaf(uint256 leafIndex, bytes proof, bytes32 newLeaf) pure returns(bytes32)
func (merkleHarness *MerkleHarness) TryPackWriteLeaf(leafIndex *big.Int, proof []byte, newLeaf [32]byte) ([]byte, error) {
	return merkleHarness.abi.Pack("writeLeaf", leafIndex, proof, newLeaf)
}

// UnpackWriteLeaf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb9891939.
//
// Solidity: function writeLeaf(uint256 leafIndex, bytes proof, bytes32 newLeaf) pure returns(bytes32)
func (merkleHarness *MerkleHarness) UnpackWriteLeaf(data []byte) ([32]byte, error) {
	out, err := merkleHarness.abi.Unpack("writeLeaf", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackWriteLeafMemory is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1c33ed7f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function writeLeafMemory(uint256 leafIndex, bytes proofs, uint256 offset, bytes32 newLeaf) pure returns(bytes32)
func (merkleHarness *MerkleHarness) PackWriteLeafMemory(leafIndex *big.Int, proofs []byte, offset *big.Int, newLeaf [32]byte) []byte {
	enc, err := merkleHarness.abi.Pack("writeLeafMemory", leafIndex, proofs, offset, newLeaf)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWriteLeafMemory is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1c33ed7f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function writeLeafMemory(uint256 leafIndex, bytes proofs, uint256 offset, bytes32 newLeaf) pure returns(bytes32)
func (merkleHarness *MerkleHarness) TryPackWriteLeafMemory(leafIndex *big.Int, proofs []byte, offset *big.Int, newLeaf [32]byte) ([]byte, error) {
	return merkleHarness.abi.Pack("writeLeafMemory", leafIndex, proofs, offset, newLeaf)
}

// UnpackWriteLeafMemory is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1c33ed7f.
//
// Solidity: function writeLeafMemory(uint256 leafIndex, bytes proofs, uint256 offset, bytes32 newLeaf) pure returns(bytes32)
func (merkleHarness *MerkleHarness) UnpackWriteLeafMemory(data []byte) ([32]byte, error) {
	out, err := merkleHarness.abi.Unpack("writeLeafMemory", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (merkleHarness *MerkleHarness) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], merkleHarness.abi.Errors["BadProofLength"].ID.Bytes()[:4]) {
		return merkleHarness.UnpackBadProofLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], merkleHarness.abi.Errors["InvalidMemoryProof"].ID.Bytes()[:4]) {
		return merkleHarness.UnpackInvalidMemoryProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], merkleHarness.abi.Errors["InvalidRegion"].ID.Bytes()[:4]) {
		return merkleHarness.UnpackInvalidRegionError(raw[4:])
	}
	if bytes.Equal(raw[:4], merkleHarness.abi.Errors["LeafIndexOutOfRange"].ID.Bytes()[:4]) {
		return merkleHarness.UnpackLeafIndexOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], merkleHarness.abi.Errors["ProofOutOfBounds"].ID.Bytes()[:4]) {
		return merkleHarness.UnpackProofOutOfBoundsError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// MerkleHarnessBadProofLength represents a BadProofLength error raised by the MerkleHarness contract.
type MerkleHarnessBadProofLength struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadProofLength(uint256 length)
func MerkleHarnessBadProofLengthErrorID() common.Hash {
	return common.HexToHash("0xa8f394fb410556dcd423cf848731ed88743928c3abde5d117b9de63e587b0ac4")
}

// UnpackBadProofLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadProofLength(uint256 length)
func (merkleHarness *MerkleHarness) UnpackBadProofLengthError(raw []byte) (*MerkleHarnessBadProofLength, error) {
	out := new(MerkleHarnessBadProofLength)
	if err := merkleHarness.abi.UnpackIntoInterface(out, "BadProofLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MerkleHarnessInvalidMemoryProof represents a InvalidMemoryProof error raised by the MerkleHarness contract.
type MerkleHarnessInvalidMemoryProof struct {
	ExpectedRoot [32]byte
	ProvenRoot   [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidMemoryProof(bytes32 expectedRoot, bytes32 provenRoot)
func MerkleHarnessInvalidMemoryProofErrorID() common.Hash {
	return common.HexToHash("0x3b587e17c7ca87504118b665d99d763cb43212f2b10f84063a531b8197bb92d5")
}

// UnpackInvalidMemoryProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidMemoryProof(bytes32 expectedRoot, bytes32 provenRoot)
func (merkleHarness *MerkleHarness) UnpackInvalidMemoryProofError(raw []byte) (*MerkleHarnessInvalidMemoryProof, error) {
	out := new(MerkleHarnessInvalidMemoryProof)
	if err := merkleHarness.abi.UnpackIntoInterface(out, "InvalidMemoryProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MerkleHarnessInvalidRegion represents a InvalidRegion error raised by the MerkleHarness contract.
type MerkleHarnessInvalidRegion struct {
	Addr         *big.Int
	Log2Size     *big.Int
	SiblingCount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidRegion(uint256 addr, uint256 log2Size, uint256 siblingCount)
func MerkleHarnessInvalidRegionErrorID() common.Hash {
	return common.HexToHash("0x9f376eaa9a7e6f45d7f65bed0267a9b8ab799ceba3fb31b476b8bd42a329f2cc")
}

// UnpackInvalidRegionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidRegion(uint256 addr, uint256 log2Size, uint256 siblingCount)
func (merkleHarness *MerkleHarness) UnpackInvalidRegionError(raw []byte) (*MerkleHarnessInvalidRegion, error) {
	out := new(MerkleHarnessInvalidRegion)
	if err := merkleHarness.abi.UnpackIntoInterface(out, "InvalidRegion", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MerkleHarnessLeafIndexOutOfRange represents a LeafIndexOutOfRange error raised by the MerkleHarness contract.
type MerkleHarnessLeafIndexOutOfRange struct {
	LeafIndex *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LeafIndexOutOfRange(uint256 leafIndex)
func MerkleHarnessLeafIndexOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x8fd618205f1ad147d0f5e88c70991e65198f870668b61c12f80dd28dab2e2d9c")
}

// UnpackLeafIndexOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LeafIndexOutOfRange(uint256 leafIndex)
func (merkleHarness *MerkleHarness) UnpackLeafIndexOutOfRangeError(raw []byte) (*MerkleHarnessLeafIndexOutOfRange, error) {
	out := new(MerkleHarnessLeafIndexOutOfRange)
	if err := merkleHarness.abi.UnpackIntoInterface(out, "LeafIndexOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MerkleHarnessProofOutOfBounds represents a ProofOutOfBounds error raised by the MerkleHarness contract.
type MerkleHarnessProofOutOfBounds struct {
	Offset    *big.Int
	Available *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProofOutOfBounds(uint256 offset, uint256 available)
func MerkleHarnessProofOutOfBoundsErrorID() common.Hash {
	return common.HexToHash("0x17e15612dfbeb374678aa0d91a708fb89c9b8d2c6d37e36b3105b1b2d49ff313")
}

// UnpackProofOutOfBoundsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProofOutOfBounds(uint256 offset, uint256 available)
func (merkleHarness *MerkleHarness) UnpackProofOutOfBoundsError(raw []byte) (*MerkleHarnessProofOutOfBounds, error) {
	out := new(MerkleHarnessProofOutOfBounds)
	if err := merkleHarness.abi.UnpackIntoInterface(out, "ProofOutOfBounds", raw); err != nil {
		return nil, err
	}
	return out, nil
}
