// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title MerkleLib
/// @notice The memory Merkle tree of the opml VM (docs/vm.md, "Memory Merkle tree"): leaves are the raw 32-byte
///         words of a 4 GiB memory, internal node = keccak256(left ‖ right), depth 27.
/// @dev    A memory proof is 896 bytes: the leaf, then 27 siblings from the leaf level upwards. At level j the
///         node is the right child when bit j of the leaf index is set. The hashing loops are written in assembly
///         (scratch space 0x00..0x3f only) because a step verifies several proofs.
library MerkleLib {
    /// @notice Depth of the memory tree: 2^27 leaves of 32 bytes.
    uint256 internal constant DEPTH = 27;
    /// @notice Size in bytes of a memory proof (leaf + DEPTH siblings).
    uint256 internal constant PROOF_SIZE = 896;

    /// @notice The leaf index is not below 2^27.
    error LeafIndexOutOfRange(uint256 leafIndex);
    /// @notice The proof does not lie entirely inside the calldata or the memory buffer it was read from.
    error ProofOutOfBounds(uint256 offset, uint256 available);
    /// @notice The proof's leaf and siblings do not hash to the expected root.
    error InvalidMemoryProof(bytes32 expectedRoot, bytes32 provenRoot);
    /// @notice The region is not an aligned block of 2^k bytes with 5 ≤ k ≤ 32, or the sibling count is not 32 − k.
    error InvalidRegion(uint256 addr, uint256 log2Size, uint256 siblingCount);

    // ---------------------------------------------------------------------------------------------------------
    // Proofs in calldata
    // ---------------------------------------------------------------------------------------------------------

    /// @notice Verifies the memory proof at calldata offset `proofOffset` against `root` for leaf `leafIndex`
    ///         and returns the proven leaf. Reverts with InvalidMemoryProof if it does not verify.
    function readLeafCalldata(bytes32 root, uint256 leafIndex, uint256 proofOffset)
        internal
        pure
        returns (bytes32 leaf)
    {
        checkCalldataProof(leafIndex, proofOffset);
        assembly ("memory-safe") {
            leaf := calldataload(proofOffset)
        }
        bytes32 proven = hashUpCalldata(leaf, leafIndex, proofOffset + 32);
        if (proven != root) revert InvalidMemoryProof(root, proven);
    }

    /// @notice The root after leaf `leafIndex` is replaced by `newLeaf`, using the siblings of the proof at
    ///         calldata offset `proofOffset`. The caller must have verified that proof against the current root.
    function writeLeafCalldata(uint256 leafIndex, uint256 proofOffset, bytes32 newLeaf)
        internal
        pure
        returns (bytes32 newRoot)
    {
        checkCalldataProof(leafIndex, proofOffset);
        return hashUpCalldata(newLeaf, leafIndex, proofOffset + 32);
    }

    /// @notice The root after the aligned block of 2^(height+5) bytes holding leaf `leafIndex` is cleared to zeros,
    ///         using the siblings from level `height` up of that leaf's proof at calldata offset `proofOffset`. The
    ///         caller must have verified that proof against the current root, and height must be at most DEPTH.
    function zeroBlockCalldata(uint256 leafIndex, uint256 proofOffset, uint256 height)
        internal
        pure
        returns (bytes32 newRoot)
    {
        checkCalldataProof(leafIndex, proofOffset);
        assembly ("memory-safe") {
            // the root of 2^height zero leaves
            let node := 0
            for { let i := 0 } lt(i, height) { i := add(i, 1) } {
                mstore(0x00, node)
                mstore(0x20, node)
                node := keccak256(0x00, 0x40)
            }
            let index := shr(height, leafIndex)
            let end := add(proofOffset, PROOF_SIZE)
            for { let p := add(add(proofOffset, 32), shl(5, height)) } lt(p, end) { p := add(p, 32) } {
                let at := shl(5, and(index, 1))
                mstore(at, node)
                mstore(xor(at, 0x20), calldataload(p))
                node := keccak256(0x00, 0x40)
                index := shr(1, index)
            }
            newRoot := node
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Proofs in memory
    // ---------------------------------------------------------------------------------------------------------

    /// @notice As readLeafCalldata, for a proof at byte `offset` of the memory buffer `proofs`.
    function readLeafMemory(bytes32 root, uint256 leafIndex, bytes memory proofs, uint256 offset)
        internal
        pure
        returns (bytes32 leaf)
    {
        checkMemoryProof(leafIndex, proofs, offset);
        uint256 ptr;
        assembly ("memory-safe") {
            ptr := add(add(proofs, 0x20), offset)
            leaf := mload(ptr)
        }
        bytes32 proven = hashUpMemory(leaf, leafIndex, ptr + 32, DEPTH);
        if (proven != root) revert InvalidMemoryProof(root, proven);
    }

    /// @notice As writeLeafCalldata, for a proof at byte `offset` of the memory buffer `proofs`.
    function writeLeafMemory(uint256 leafIndex, bytes memory proofs, uint256 offset, bytes32 newLeaf)
        internal
        pure
        returns (bytes32 newRoot)
    {
        checkMemoryProof(leafIndex, proofs, offset);
        uint256 siblings;
        assembly ("memory-safe") {
            siblings := add(add(add(proofs, 0x20), offset), 0x20)
        }
        return hashUpMemory(newLeaf, leafIndex, siblings, DEPTH);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Aligned regions
    // ---------------------------------------------------------------------------------------------------------

    /// @notice The memory root implied by `subRoot` being the root of the aligned region of 2^log2Size bytes at
    ///         `addr`, with `siblings` the 32 − log2Size nodes beside the path from the region up to the root
    ///         (lowest first). 5 ≤ log2Size ≤ 32; addr must be a multiple of 2^log2Size and below 2^32.
    /// @dev    With the old siblings and a new sub-root this also yields the root after the region is replaced.
    function regionRoot(uint256 addr, uint256 log2Size, bytes32 subRoot, bytes32[] memory siblings)
        internal
        pure
        returns (bytes32 root)
    {
        if (
            log2Size < 5 || log2Size > 32 || addr >> 32 != 0 || addr & ((1 << log2Size) - 1) != 0
                || siblings.length != 32 - log2Size
        ) revert InvalidRegion(addr, log2Size, siblings.length);
        uint256 data;
        assembly ("memory-safe") {
            data := add(siblings, 0x20)
        }
        return hashUpMemory(subRoot, addr >> log2Size, data, siblings.length);
    }

    /// @notice Whether `subRoot` is the root of the aligned region of 2^log2Size bytes at `addr` in the memory
    ///         whose root is `root`, given the siblings above the region (see regionRoot).
    function verifyRegion(bytes32 root, uint256 addr, uint256 log2Size, bytes32 subRoot, bytes32[] memory siblings)
        internal
        pure
        returns (bool)
    {
        return regionRoot(addr, log2Size, subRoot, siblings) == root;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Small trees (graph states, node records)
    // ---------------------------------------------------------------------------------------------------------

    /// @notice Height of the smallest power-of-two tree with n leaves (graph.treeHeight): 0 for one leaf or none.
    function height(uint256 n) internal pure returns (uint256 h) {
        while ((uint256(1) << h) < n) h++;
    }

    /// @notice The root of a tree of height siblings.length implied by leaf `index` being `leaf`, with `siblings`
    ///         beside its path, lowest first (graph.RootFromProof). Reverts if index does not fit the height.
    function rootOf(bytes32 leaf, uint256 index, bytes32[] memory siblings) internal pure returns (bytes32) {
        if (siblings.length >= 256 || index >> siblings.length != 0) {
            revert InvalidRegion(index, 0, siblings.length);
        }
        uint256 data;
        assembly ("memory-safe") {
            data := add(siblings, 0x20)
        }
        return hashUpMemory(leaf, index, data, siblings.length);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Bounds
    // ---------------------------------------------------------------------------------------------------------

    function checkCalldataProof(uint256 leafIndex, uint256 proofOffset) private pure {
        if (leafIndex >> DEPTH != 0) revert LeafIndexOutOfRange(leafIndex);
        // calldataload past the end reads zeros; a truncated proof must not verify against a zero-padded tree.
        if (proofOffset > msg.data.length || msg.data.length - proofOffset < PROOF_SIZE) {
            revert ProofOutOfBounds(proofOffset, msg.data.length);
        }
    }

    function checkMemoryProof(uint256 leafIndex, bytes memory proofs, uint256 offset) private pure {
        if (leafIndex >> DEPTH != 0) revert LeafIndexOutOfRange(leafIndex);
        if (offset > proofs.length || proofs.length - offset < PROOF_SIZE) {
            revert ProofOutOfBounds(offset, proofs.length);
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Hashing
    // ---------------------------------------------------------------------------------------------------------

    /// @dev Folds the 27 siblings at calldata offset `siblings` into `node`; bit j of `index` set means the node
    ///      is the right child at level j. Unrolled: a step verifies several proofs, and the loop's bookkeeping
    ///      cost more than the hashing.
    function hashUpCalldata(bytes32 node, uint256 index, uint256 siblings) private pure returns (bytes32 root) {
        assembly ("memory-safe") {
            // pair hashes node with its sibling, node on the right when bit 0 of idx is set.
            function pair(n, idx, sib) -> h {
                let at := shl(5, and(idx, 1))
                mstore(at, n)
                mstore(xor(at, 0x20), sib)
                h := keccak256(0x00, 0x40)
            }
            node := pair(node, index, calldataload(siblings))
            node := pair(node, shr(1, index), calldataload(add(siblings, 32)))
            node := pair(node, shr(2, index), calldataload(add(siblings, 64)))
            node := pair(node, shr(3, index), calldataload(add(siblings, 96)))
            node := pair(node, shr(4, index), calldataload(add(siblings, 128)))
            node := pair(node, shr(5, index), calldataload(add(siblings, 160)))
            node := pair(node, shr(6, index), calldataload(add(siblings, 192)))
            node := pair(node, shr(7, index), calldataload(add(siblings, 224)))
            node := pair(node, shr(8, index), calldataload(add(siblings, 256)))
            node := pair(node, shr(9, index), calldataload(add(siblings, 288)))
            node := pair(node, shr(10, index), calldataload(add(siblings, 320)))
            node := pair(node, shr(11, index), calldataload(add(siblings, 352)))
            node := pair(node, shr(12, index), calldataload(add(siblings, 384)))
            node := pair(node, shr(13, index), calldataload(add(siblings, 416)))
            node := pair(node, shr(14, index), calldataload(add(siblings, 448)))
            node := pair(node, shr(15, index), calldataload(add(siblings, 480)))
            node := pair(node, shr(16, index), calldataload(add(siblings, 512)))
            node := pair(node, shr(17, index), calldataload(add(siblings, 544)))
            node := pair(node, shr(18, index), calldataload(add(siblings, 576)))
            node := pair(node, shr(19, index), calldataload(add(siblings, 608)))
            node := pair(node, shr(20, index), calldataload(add(siblings, 640)))
            node := pair(node, shr(21, index), calldataload(add(siblings, 672)))
            node := pair(node, shr(22, index), calldataload(add(siblings, 704)))
            node := pair(node, shr(23, index), calldataload(add(siblings, 736)))
            node := pair(node, shr(24, index), calldataload(add(siblings, 768)))
            node := pair(node, shr(25, index), calldataload(add(siblings, 800)))
            node := pair(node, shr(26, index), calldataload(add(siblings, 832)))
            root := node
        }
    }

    /// @dev As hashUpCalldata for `count` siblings at memory pointer `siblings`.
    function hashUpMemory(bytes32 node, uint256 index, uint256 siblings, uint256 count)
        private
        pure
        returns (bytes32 root)
    {
        assembly ("memory-safe") {
            for { let end := add(siblings, shl(5, count)) } lt(siblings, end) { siblings := add(siblings, 0x20) } {
                let at := shl(5, and(index, 1))
                mstore(at, node)
                mstore(xor(at, 0x20), mload(siblings))
                node := keccak256(0x00, 0x40)
                index := shr(1, index)
            }
            root := node
        }
    }
}
