// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IDisputeGame} from "./IDisputeResolver.sol";
import {MerkleLib} from "./MerkleLib.sol";
import {StateLib} from "./StateLib.sol";

/// @title ModelRegistry
/// @notice The models the optimistic ML oracle serves, and what their games need to know of them. A model's id is
///         the hash of its registration (`modelIdOf`), so an id names one set of commitments forever: nobody can
///         take a name first, and a dApp that asks a model id asks exactly the model whose file hashes to it.
/// @dev    A model is played either single-phase (one VM level over the whole-model executor run) or multi-phase
///         (a graph level over its nodes, then a VM level over the one disputed node's executor run). The
///         registry checks everything that can be checked on chain: sizes, the kind's fields, and that the
///         registered VM state is a VM's initial state (StateLib.initialStateFault), so every game from it can
///         be played to one step MIPS.step accepts. That the commitments are those of the model a party means to
///         serve is for the party to check: the agents recompute the whole registration from the model file.
///         The oracle asks the registry whether a claim holds an output (`checkClaim`) and where a request's
///         games start (`gameStart`): what a claim and a start are depends on the model's kind, which only the
///         registry interprets (docs/game.md, "Claims").
contract ModelRegistry {
    struct ModelInfo {
        uint32 inputSize; // bytes of the model's input: the graph input tensor's canonical bytes
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
        // A node whose VM run exceeds the registration's step budget is split into `tiles` tiles of 2^tileLog2
        // bytes of its output (docs/game.md, "Tiles"); both 0 for a node played whole.
        uint8 tileLog2;
        uint32 tiles;
    }

    error NotRegistered(uint256 modelId);
    error InvalidModel(string reason);
    error BadClaimProof(string reason);
    error InputTooLong(uint256 got, uint256 maximum);
    error InputNotEmpty();

    event ModelRegistered(uint256 indexed modelId, address indexed registrant, uint8 phases);

    mapping(uint256 => ModelInfo) private models;
    mapping(uint256 => bool) public registered;

    /// @notice The id of a registration: keccak256 of its ABI encoding, as a number.
    function modelIdOf(ModelInfo calldata info) public pure returns (uint256) {
        return uint256(keccak256(abi.encode(info)));
    }

    /// @notice Registers info under its id and returns the id; registering the same info again only returns it.
    ///         Reverts with InvalidModel if info is inconsistent or its VM state is not an initial one.
    function register(ModelInfo calldata info) external returns (uint256 modelId) {
        modelId = modelIdOf(info);
        if (registered[modelId]) return modelId;
        if (info.inputSize == 0) revert InvalidModel("input size is zero");
        if (info.outputSize == 0) revert InvalidModel("output size is zero");
        if (StateLib.paddedLog2(info.inputSize) > 28 || StateLib.paddedLog2(info.outputSize) > 28) {
            revert InvalidModel("input or output larger than a region");
        }
        bool single = info.programStateData.length != 0;
        bool multi = info.executorStateData.length != 0;
        if (single == multi) revert InvalidModel("exactly one of programStateData and executorStateData");
        string memory fault = StateLib.initialStateFault(single ? info.programStateData : info.executorStateData);
        if (bytes(fault).length != 0) revert InvalidModel(string.concat("the VM state is not an initial state: ", fault));
        if (single) {
            if (info.graphState != 0 || info.nodesRoot != 0 || info.numNodes != 0 || info.numTensors != 0 || info.inputId != 0
                    || info.outputId != 0) {
                revert InvalidModel("single-phase model with multi-phase fields");
            }
        } else {
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
    function getModel(uint256 modelId) public view returns (ModelInfo memory) {
        if (!registered[modelId]) revert NotRegistered(modelId);
        return models[modelId];
    }

    /// @notice 1 for a single-phase model, 2 for a multi-phase one; reverts if modelId is not registered.
    function phases(uint256 modelId) external view returns (uint8) {
        if (!registered[modelId]) revert NotRegistered(modelId);
        return models[modelId].programStateData.length != 0 ? 1 : 2;
    }

    /// @notice The byte lengths of the model's input (a request's input may be shorter: it is zero-padded) and of
    ///         a result's output.
    function ioSizes(uint256 modelId) external view returns (uint32 inputSize, uint32 outputSize) {
        if (!registered[modelId]) revert NotRegistered(modelId);
        ModelInfo storage m = models[modelId];
        return (m.inputSize, m.outputSize);
    }

    /// @notice Checks that a claim holds output (docs/game.md, "Claims") and says whether it is the claim of a
    ///         failed run (output empty). Single-phase: claim is the VM state hash at the last position of the run
    ///         (VM_STEPS) and endState its 312-byte encoding, which exited 0 with output as its output region
    ///         (siblings), or did not (faulted, exited non-zero, or still running at VM_STEPS) with an empty output
    ///         and no siblings. Multi-phase: claim is the graph state root after every node, endState is empty and
    ///         siblings prove its leaf outputId: Commit(output), or NO_OUTPUT for an empty output. Reverts with
    ///         BadClaimProof otherwise.
    function checkClaim(
        uint256 modelId,
        bytes calldata output,
        bytes32 claim,
        bytes calldata endState,
        bytes32[] calldata siblings
    ) external view returns (bool failed) {
        ModelInfo memory m = getModel(modelId);
        failed = output.length == 0;
        if (!failed && output.length != m.outputSize) revert BadClaimProof("the output is not the model's output size");
        bytes32 leaf = failed ? StateLib.NO_OUTPUT : StateLib.commit(output);
        bytes32[] memory sibs = siblings;
        if (m.programStateData.length == 0) {
            if (endState.length != 0) revert BadClaimProof("a multi-phase claim has no end state");
            if (sibs.length != MerkleLib.height(m.numTensors) || MerkleLib.rootOf(leaf, m.outputId, sibs) != claim) {
                revert BadClaimProof("the output is not the claim's output leaf");
            }
            return failed;
        }
        bytes memory end = endState;
        if (end.length != StateLib.STATE_SIZE) revert BadClaimProof("the end state is not 312 bytes");
        bytes32 h = StateLib.stateHash(end);
        if (h != claim) revert BadClaimProof("the claim is not the end state's hash");
        if (failed) {
            if (StateLib.status(h) == StateLib.STATUS_EXITED_OK) revert BadClaimProof("a run that exited 0 has an output");
            if (sibs.length != 0) revert BadClaimProof("a failed run has no output region");
            return true;
        }
        if (StateLib.status(h) != StateLib.STATUS_EXITED_OK) revert BadClaimProof("the end state did not exit 0");
        uint256 log2Size = StateLib.paddedLog2(output.length);
        if (sibs.length != 32 - log2Size) revert BadClaimProof("wrong number of output region siblings");
        if (!MerkleLib.verifyRegion(StateLib.memRoot(end), StateLib.OUTPUT_ADDR, log2Size, leaf, sibs)) {
            revert BadClaimProof("the output is not the end state's output region");
        }
    }

    /// @notice The agreed start of every game on a request for input to model modelId: the value at position 0
    ///         of the first level, the level's length and kind. The model sees input zero-padded to its input size.
    ///         Single-phase: the registered executor state with the input inserted as the memory sub-tree of the
    ///         input region; siblings are the 32 − log2(padded input size) nodes beside that region (lowest first),
    ///         checked with the region empty; one VM level over VM_STEPS. Multi-phase: the registered graph state
    ///         with the input's commitment as the input's leaf; siblings prove that leaf zero in the registered
    ///         state; a graph level over the nodes.
    function gameStart(uint256 modelId, bytes calldata input, bytes32[] calldata siblings)
        external
        view
        returns (bytes32 start, uint64 positions, IDisputeGame.LevelKind kind)
    {
        ModelInfo memory m = getModel(modelId);
        if (input.length > m.inputSize) revert InputTooLong(input.length, m.inputSize);
        bytes32 inputRoot = StateLib.commitPadded(input, m.inputSize);
        bytes32[] memory sibs = siblings;
        if (m.programStateData.length != 0) {
            bytes memory state = m.programStateData;
            uint256 log2Size = StateLib.paddedLog2(m.inputSize);
            if (!MerkleLib.verifyRegion(StateLib.memRoot(state), StateLib.INPUT_ADDR, log2Size, StateLib.zeroRoot(log2Size), sibs)) {
                revert InputNotEmpty();
            }
            StateLib.setMemRoot(state, MerkleLib.regionRoot(StateLib.INPUT_ADDR, log2Size, inputRoot, sibs));
            return (StateLib.runningStateHash(state), StateLib.VM_STEPS, IDisputeGame.LevelKind.VM);
        }
        if (sibs.length != MerkleLib.height(m.numTensors) || MerkleLib.rootOf(0, m.inputId, sibs) != m.graphState) {
            revert InputNotEmpty();
        }
        return (MerkleLib.rootOf(inputRoot, m.inputId, sibs), m.numNodes, IDisputeGame.LevelKind.Graph);
    }
}
