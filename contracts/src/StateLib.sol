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

    /// @notice The commitment a graph state holds for a tensor that has no value because the node computing it
    ///         (or one it depends on) did not exit 0 within VM_STEPS (docs/game.md, "Failed runs"). No tensor
    ///         commitment can equal it: it is keccak256 of a string, not a Merkle root of a region.
    bytes32 internal constant NO_OUTPUT = keccak256("opml: no output");

    /// @notice The initial values of the state fields docs/vm.md ("Initial state") fixes.
    uint32 internal constant INITIAL_HEAP = 0x7F000000;
    uint32 internal constant FIRST_TID = 1;

    /// @notice The executor's memory layout (docs/executor.md, "Memory layout"): operand i at
    ///         INPUT_ADDR + i·REGION (the graph input is operand 0), the result at OUTPUT_ADDR, the descriptor at
    ///         DESCRIPTOR_ADDR.
    uint32 internal constant INPUT_ADDR = 0x90000000;
    uint32 internal constant REGION = 0x10000000;
    uint32 internal constant OUTPUT_ADDR = 0xD0000000;
    uint32 internal constant DESCRIPTOR_ADDR = 0x80000000;
    /// @notice Where a tile run's tile word lies (graph.TileAddr): a 32-byte region, zero for a whole node.
    uint32 internal constant TILE_ADDR = 0x80010000;
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

    /// @notice Why a 312-byte encoding is not the state of a VM that has just loaded a program (docs/vm.md,
    ///         "Initial state": every field but the memory root and the registers is fixed, the pc is an aligned
    ///         address above the null page and nextPC follows it, r0 is zero), or "" if it is one. A game from
    ///         such a state can always be played: MIPS.step accepts it and every later state a step produces,
    ///         and its thread stacks are empty, so no thread switch needs a witness nobody has.
    function initialStateFault(bytes calldata data) internal pure returns (string memory) {
        if (data.length != STATE_SIZE) return "not 312 bytes";
        if (bytes32(data[32:64]) != 0) return "preimage key set";
        if (_u32(data, 64) != 0) return "preimage offset set";
        if (_u32(data, 68) != INITIAL_HEAP) return "heap is not 0x7F000000";
        if (_u32(data, 72) != 0) return "ll reservation address set";
        if (data[76] != 0) return "flags set";
        if (data[77] != 0) return "exit code set";
        if (data[78] != 0) return "exited";
        if (data[79] != 0) return "faulted";
        if (bytes8(data[80:88]) != 0) return "step count is not 0";
        if (bytes8(data[88:96]) != 0) return "steps since switch is not 0";
        if (_u32(data, 96) != FIRST_TID + 1) return "next thread id is not 2";
        if (bytes32(data[100:132]) != 0) return "todo stack not empty";
        if (bytes32(data[132:164]) != 0) return "done stack not empty";
        if (_u32(data, 164) != FIRST_TID) return "thread id is not 1";
        uint256 pc = _u32(data, 168);
        if (pc % 4 != 0 || pc < 0x1000) return "pc unaligned or in the null page";
        if (_u32(data, 172) != uint32(pc + 4)) return "nextPC is not pc + 4";
        if (_u32(data, 176) != 0 || _u32(data, 180) != 0) return "lo or hi set";
        if (_u32(data, 184) != 0) return "r0 is not 0";
        return "";
    }

    function _u32(bytes calldata data, uint256 offset) private pure returns (uint256) {
        return uint32(bytes4(data[offset:offset + 4]));
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

    /// @notice The commitment of data zero-padded to size bytes (size ≥ data.length): graph.Commit of the padded
    ///         bytes, which is what a model whose input is size bytes sees of a shorter request input. The tree
    ///         over data is hashed up beside all-zero sub-trees, so the padding costs one hash per level.
    function commitPadded(bytes calldata data, uint256 size) internal pure returns (bytes32 root) {
        uint256 level = paddedLog2(data.length);
        root = commit(data);
        bytes32 zero = zeroRoot(level);
        for (uint256 top = paddedLog2(size); level < top; level++) {
            root = keccak256(abi.encodePacked(root, zero));
            zero = keccak256(abi.encodePacked(zero, zero));
        }
    }
}
