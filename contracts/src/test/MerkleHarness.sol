// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {MerkleLib} from "../MerkleLib.sol";

/// @title MerkleHarness
/// @notice Exposes MerkleLib's internal functions so Go tests can check them against the Go memory tree on a
///         real EVM, and measures the gas of one proof verification from inside the EVM.
contract MerkleHarness {
    /// @notice The proof argument is not exactly one memory proof long.
    error BadProofLength(uint256 length);

    function readLeaf(bytes32 root, uint256 leafIndex, bytes calldata proof) external pure returns (bytes32) {
        return MerkleLib.readLeafCalldata(root, leafIndex, proofOffset(proof));
    }

    function writeLeaf(uint256 leafIndex, bytes calldata proof, bytes32 newLeaf) external pure returns (bytes32) {
        return MerkleLib.writeLeafCalldata(leafIndex, proofOffset(proof), newLeaf);
    }

    function readLeafMemory(bytes32 root, uint256 leafIndex, bytes memory proofs, uint256 offset)
        external
        pure
        returns (bytes32)
    {
        return MerkleLib.readLeafMemory(root, leafIndex, proofs, offset);
    }

    function writeLeafMemory(uint256 leafIndex, bytes memory proofs, uint256 offset, bytes32 newLeaf)
        external
        pure
        returns (bytes32)
    {
        return MerkleLib.writeLeafMemory(leafIndex, proofs, offset, newLeaf);
    }

    function regionRoot(uint256 addr, uint256 log2Size, bytes32 subRoot, bytes32[] memory siblings)
        external
        pure
        returns (bytes32)
    {
        return MerkleLib.regionRoot(addr, log2Size, subRoot, siblings);
    }

    function verifyRegion(bytes32 root, uint256 addr, uint256 log2Size, bytes32 subRoot, bytes32[] memory siblings)
        external
        pure
        returns (bool)
    {
        return MerkleLib.verifyRegion(root, addr, log2Size, subRoot, siblings);
    }

    /// @notice readLeaf and the gas the library call took (gasleft before minus after, inside the EVM).
    function measureReadLeaf(bytes32 root, uint256 leafIndex, bytes calldata proof)
        external
        view
        returns (bytes32 leaf, uint256 gasUsed)
    {
        uint256 offset = proofOffset(proof);
        uint256 before = gasleft();
        leaf = MerkleLib.readLeafCalldata(root, leafIndex, offset);
        gasUsed = before - gasleft();
    }

    /// @notice writeLeaf and the gas the library call took.
    function measureWriteLeaf(uint256 leafIndex, bytes calldata proof, bytes32 newLeaf)
        external
        view
        returns (bytes32 newRoot, uint256 gasUsed)
    {
        uint256 offset = proofOffset(proof);
        uint256 before = gasleft();
        newRoot = MerkleLib.writeLeafCalldata(leafIndex, offset, newLeaf);
        gasUsed = before - gasleft();
    }

    function proofOffset(bytes calldata proof) private pure returns (uint256 offset) {
        if (proof.length != MerkleLib.PROOF_SIZE) revert BadProofLength(proof.length);
        assembly ("memory-safe") {
            offset := proof.offset
        }
    }
}
