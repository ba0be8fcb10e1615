// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {StateLib} from "./StateLib.sol";

/// @title ModelRegistry
/// @notice The models the optimistic ML oracle serves. Anyone registers a model under an id; a registration is
///         immutable, so a request made against a model id can never be re-targeted at other weights.
/// @dev    A model is played either single-phase (one VM level over the whole-model executor run) or multi-phase
///         (a graph level over its nodes, then a VM level over the one disputed node's executor run), and carries
///         what its kind of game needs to compute agreed starts on chain (docs/game.md, "Interface"). Whether the
///         registered commitments are those of the model a party means to serve is for the party to check (the
///         agents recompute the whole registration from the model file): the registry checks only consistency.
contract ModelRegistry {
    struct ModelInfo {
        uint32 inputSize; // bytes of a request's input: the graph input tensor's canonical bytes
        uint32 outputSize; // bytes of a result's output: the graph output tensor's canonical bytes
        // Single-phase.
        bytes programStateData; // graph-mode executor state at step 0 (312 bytes), input region empty
        // Multi-phase.
        bytes executorStateData; // node-mode executor base state at step 0 (312 bytes), every region empty
        bytes32 graphState; // graph state root before any node ran, with the input's leaf zero
        bytes32 nodesRoot; // Merkle root over keccak256(abi.encode(NodeRecord)) of every node
        uint32 numNodes;
        uint32 numTensors; // leaves of the graph state tree
        uint32 inputId; // tensor id of the graph input
        uint32 outputId; // tensor id of the graph output
    }

    /// @notice What the phase handoff needs to know of one node: its descriptor's commitment and the tensors it
    ///         reads and writes, with the log2 of each region's padded size (docs/executor.md, "Commitments").
    struct NodeRecord {
        bytes32 descriptor;
        uint8 descriptorLog2;
        uint8 numInputs;
        uint32[4] inputIds;
        uint8[4] inputLog2s;
        uint32 outputId;
        uint8 outputLog2;
    }

    error AlreadyRegistered(bytes32 modelId);
    error NotRegistered(bytes32 modelId);
    error InvalidModel(string reason);

    event ModelRegistered(bytes32 indexed modelId, address indexed registrant, uint8 phases);

    mapping(bytes32 => ModelInfo) private models;
    mapping(bytes32 => bool) public registered;

    /// @notice Registers info under modelId. Reverts if modelId is taken or info is inconsistent.
    function register(bytes32 modelId, ModelInfo calldata info) external {
        if (registered[modelId]) revert AlreadyRegistered(modelId);
        if (info.inputSize == 0) revert InvalidModel("input size is zero");
        if (info.outputSize == 0) revert InvalidModel("output size is zero");
        if (StateLib.paddedLog2(info.inputSize) > 28 || StateLib.paddedLog2(info.outputSize) > 28) {
            revert InvalidModel("input or output larger than a region");
        }
        bool single = info.programStateData.length != 0;
        bool multi = info.executorStateData.length != 0;
        if (single == multi) revert InvalidModel("exactly one of programStateData and executorStateData");
        if (single) {
            if (info.programStateData.length != StateLib.STATE_SIZE) revert InvalidModel("program state is not 312 bytes");
            if (!_isFresh(info.programStateData)) revert InvalidModel("program state has exited or faulted");
            if (info.graphState != 0 || info.nodesRoot != 0 || info.numNodes != 0 || info.numTensors != 0) {
                revert InvalidModel("single-phase model with multi-phase fields");
            }
        } else {
            if (info.executorStateData.length != StateLib.STATE_SIZE) revert InvalidModel("executor state is not 312 bytes");
            if (!_isFresh(info.executorStateData)) revert InvalidModel("executor state has exited or faulted");
            if (info.numNodes == 0 || info.nodesRoot == 0 || info.graphState == 0) {
                revert InvalidModel("multi-phase model without nodes or graph state");
            }
            if (info.inputId >= info.numTensors || info.outputId >= info.numTensors || info.inputId == info.outputId) {
                revert InvalidModel("input or output tensor id out of range");
            }
        }
        registered[modelId] = true;
        models[modelId] = info;
        emit ModelRegistered(modelId, msg.sender, single ? 1 : 2);
    }

    /// @notice The model registered under modelId; reverts if there is none.
    function getModel(bytes32 modelId) external view returns (ModelInfo memory) {
        if (!registered[modelId]) revert NotRegistered(modelId);
        return models[modelId];
    }

    /// @notice 1 for a single-phase model, 2 for a multi-phase one; reverts if modelId is not registered.
    function phases(bytes32 modelId) external view returns (uint8) {
        if (!registered[modelId]) revert NotRegistered(modelId);
        return models[modelId].programStateData.length != 0 ? 1 : 2;
    }

    /// @notice Byte lengths of the input a request carries and of the output a result carries.
    function ioSizes(bytes32 modelId) external view returns (uint32 inputSize, uint32 outputSize) {
        if (!registered[modelId]) revert NotRegistered(modelId);
        ModelInfo storage m = models[modelId];
        return (m.inputSize, m.outputSize);
    }

    /// @dev Whether a state encoding is of a running state (neither exited nor faulted), as a state at step 0 is:
    ///      the game hashes registered states as running.
    function _isFresh(bytes calldata data) private pure returns (bool) {
        return data[78] == 0 && data[79] == 0;
    }
}
