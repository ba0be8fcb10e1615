// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title StateLib
/// @notice What the oracle and the game compute on VM state encodings and tensor commitments (docs/vm.md, "State
///         encoding" and "State hash"; docs/executor.md, "Commitments"), in one place.
library StateLib {
    /// @notice Length of a VM state encoding.
    uint256 internal constant STATE_SIZE = 312;
    /// @notice Status bytes of a state hash.
    uint256 internal constant STATUS_EXITED_OK = 0;
    uint256 internal constant STATUS_RUNNING = 3;

    /// @notice The executor's memory layout (docs/executor.md, "Memory layout"): operand i at
    ///         INPUT_ADDR + i·REGION (the graph input is operand 0), the result at OUTPUT_ADDR, the descriptor at
    ///         DESCRIPTOR_ADDR.
    uint32 internal constant INPUT_ADDR = 0x90000000;
    uint32 internal constant REGION = 0x10000000;
    uint32 internal constant OUTPUT_ADDR = 0xD0000000;
    uint32 internal constant DESCRIPTOR_ADDR = 0x80000000;
    /// @notice Positions of a VM level: steps 0..2^32, halted states repeating (docs/game.md).
    uint64 internal constant VM_STEPS = 1 << 32;

    error BadStateSize(uint256 size);

    /// @notice The state hash of a 312-byte encoding: keccak256 with its first byte replaced by the status
    ///         (0 exited 0, 1 exited non-zero, 2 faulted, 3 running).
    function stateHash(bytes memory data) internal pure returns (bytes32) {
        if (data.length != STATE_SIZE) revert BadStateSize(data.length);
        uint256 exitCode = uint8(data[77]);
        uint256 exited = uint8(data[78]);
        uint256 fault = uint8(data[79]);
        uint256 s = STATUS_RUNNING;
        if (exited != 0) s = exitCode > 0 ? 1 : 0;
        if (fault != 0) s = 2;
        return withStatus(keccak256(data), s);
    }

    /// @notice The state hash of an encoding known to be of a running state (a state at step 0).
    function runningStateHash(bytes memory data) internal pure returns (bytes32) {
        if (data.length != STATE_SIZE) revert BadStateSize(data.length);
        return withStatus(keccak256(data), STATUS_RUNNING);
    }

    /// @notice The status byte of a state hash.
    function status(bytes32 h) internal pure returns (uint256) {
        return uint256(h) >> 248;
    }

    function withStatus(bytes32 h, uint256 s) private pure returns (bytes32) {
        return (h & ~bytes32(uint256(0xff) << 248)) | bytes32(s << 248);
    }

    /// @notice The memory root of a state encoding (its first word).
    function memRoot(bytes memory data) internal pure returns (bytes32 root) {
        if (data.length != STATE_SIZE) revert BadStateSize(data.length);
        assembly ("memory-safe") {
            root := mload(add(data, 0x20))
        }
    }

    /// @notice Replaces the memory root of a state encoding in place.
    function setMemRoot(bytes memory data, bytes32 root) internal pure {
        if (data.length != STATE_SIZE) revert BadStateSize(data.length);
        assembly ("memory-safe") {
            mstore(add(data, 0x20), root)
        }
    }

    /// @notice log2 of the padded size of n bytes: the smallest k ≥ 5 with 2^k ≥ n.
    function paddedLog2(uint256 n) internal pure returns (uint256 k) {
        k = 5;
        while ((uint256(1) << k) < n) k++;
    }

    /// @notice Root of an all-zero region of 2^log2Size bytes: Z0 = 32 zero bytes, Z(i+1) = H(Zi ‖ Zi).
    function zeroRoot(uint256 log2Size) internal pure returns (bytes32 z) {
        for (uint256 i = 5; i < log2Size; i++) {
            z = keccak256(abi.encodePacked(z, z));
        }
    }

    /// @notice The commitment of data (graph.Commit): the Merkle root of data zero-padded to 2^paddedLog2 bytes,
    ///         leaves its 32-byte words.
    function commit(bytes calldata data) internal pure returns (bytes32) {
        uint256 n = 1 << (paddedLog2(data.length) - 5);
        bytes32[] memory level = new bytes32[](n);
        for (uint256 i = 0; i < n; i++) {
            uint256 off = i * 32;
            if (off >= data.length) break; // the rest stays zero
            bytes32 w;
            assembly ("memory-safe") {
                w := calldataload(add(data.offset, off)) // reads past the end as zeros
            }
            if (data.length - off < 32) w &= bytes32(type(uint256).max << (8 * (32 - (data.length - off))));
            level[i] = w;
        }
        for (; n > 1; n >>= 1) {
            for (uint256 i = 0; i < n / 2; i++) {
                level[i] = keccak256(abi.encodePacked(level[2 * i], level[2 * i + 1]));
            }
        }
        return level[0];
    }
}
