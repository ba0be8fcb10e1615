// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title ModelRegistry
/// @notice The models the optimistic ML oracle serves. Anyone registers a model under an id; a registration is
///         immutable, so a request made against a model id can never be re-targeted at other weights.
/// @dev    A model carries what either kind of dispute game needs to compute its agreed start on chain
///         (docs/game.md): the single-phase fields (the whole-model executor) and/or the multi-phase fields (the
///         graph descriptor and weights roots, the per-node executor). Either set may be left zero, not both.
contract ModelRegistry {
    /// @notice Length of a VM state encoding (docs/vm.md, "State encoding").
    uint256 public constant STATE_SIZE = 312;
    /// @notice Status byte of a running (neither exited nor faulted) state hash (docs/vm.md, "State hash").
    uint8 private constant STATUS_RUNNING = 3;

    struct ModelInfo {
        // Single-phase.
        bytes32 programState; // hash of the whole-model executor's initial state, model loaded, input empty
        bytes programStateData; // its 312-byte encoding: the game inserts the request's input into it
        uint32 inputAddr; // where the input region starts in the executor's memory
        uint32 inputSpecSize; // byte length of the input tensor a request must carry
        uint32 outputSize; // byte length of the output tensor a result must carry
        // Multi-phase.
        bytes32 graphDescriptorRoot;
        bytes32 weightsRoot;
        bytes32 executorState; // hash of the per-node executor's base state
        uint32 numNodes;
        uint32 numTensors;
    }

    error AlreadyRegistered(bytes32 modelId);
    error NotRegistered(bytes32 modelId);
    error InvalidModel(string reason);

    event ModelRegistered(bytes32 indexed modelId, address indexed registrant);

    mapping(bytes32 => ModelInfo) private models;
    mapping(bytes32 => bool) public registered;

    /// @notice Registers info under modelId. Reverts if modelId is taken or info is inconsistent.
    function register(bytes32 modelId, ModelInfo calldata info) external {
        if (registered[modelId]) revert AlreadyRegistered(modelId);
        if (info.inputSpecSize == 0) revert InvalidModel("input size is zero");
        if (info.outputSize == 0) revert InvalidModel("output size is zero");
        bool single = info.programState != bytes32(0);
        bool multi = info.executorState != bytes32(0);
        if (!single && !multi) revert InvalidModel("neither a program state nor an executor state");
        if (single) {
            if (info.programStateData.length != STATE_SIZE) revert InvalidModel("program state data is not 312 bytes");
            if (runningStateHash(info.programStateData) != info.programState) {
                revert InvalidModel("program state does not hash to programState");
            }
            // The input is inserted as the sub-tree of its region (docs/executor.md): the region must be
            // aligned to its padded size (which also keeps it inside the 2^32-byte memory).
            if (info.inputAddr % paddedSize(info.inputSpecSize) != 0) {
                revert InvalidModel("input region not aligned to its padded size");
            }
        } else if (info.programStateData.length != 0) {
            revert InvalidModel("program state data without a program state");
        }
        if (multi && (info.graphDescriptorRoot == bytes32(0) || info.weightsRoot == bytes32(0) || info.numNodes == 0)) {
            revert InvalidModel("multi-phase model without descriptor root, weights root or nodes");
        }
        registered[modelId] = true;
        models[modelId] = info;
        emit ModelRegistered(modelId, msg.sender);
    }

    /// @notice The model registered under modelId; reverts if there is none.
    function getModel(bytes32 modelId) external view returns (ModelInfo memory) {
        if (!registered[modelId]) revert NotRegistered(modelId);
        return models[modelId];
    }

    /// @notice Byte lengths of the input a request carries and of the output a result carries.
    function ioSizes(bytes32 modelId) external view returns (uint32 inputSize, uint32 outputSize) {
        if (!registered[modelId]) revert NotRegistered(modelId);
        ModelInfo storage m = models[modelId];
        return (m.inputSpecSize, m.outputSize);
    }

    /// @notice The size of the memory region a tensor of n bytes occupies: the smallest power of two ≥ max(32, n)
    ///         (docs/executor.md, "PaddedSize").
    function paddedSize(uint256 n) public pure returns (uint256 p) {
        p = 32;
        while (p < n) p <<= 1;
    }

    /// @notice The state hash of a running state's encoding: keccak256 with the first byte set to the status.
    function runningStateHash(bytes calldata data) public pure returns (bytes32) {
        bytes32 h = keccak256(data);
        return (h & ~bytes32(uint256(0xff) << 248)) | bytes32(uint256(STATUS_RUNNING) << 248);
    }
}
