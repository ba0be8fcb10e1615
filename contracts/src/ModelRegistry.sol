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
    /// @notice One of a model's graph inputs or outputs: what a dApp encodes into a request or decodes from a
    ///         result, and where the games find it (docs/game.md, "Inputs and outputs").
    struct TensorIO {
        string name; // the graph's name for it (an ONNX input or output name)
        uint8 dtype; // package tensor's numbers: F32 1, F16 2, BF16 3, Q8 4, I8 5, I32 6, I64 7, Bool 8
        uint32[] shape;
        uint32 id; // its tensor id: its leaf in the graph state (multi-phase)
        uint32 size; // bytes of its canonical encoding (little-endian elements, C order)
        uint32 offset; // single-phase: where graph.IOLayout puts its region, from the input (output) region's base
    }

    struct ModelInfo {
        uint32 inputSize; // bytes of a request's input: the graph inputs' canonical bytes concatenated in order
        uint32 outputSize; // bytes of a result's output: the graph outputs' canonical bytes concatenated in order
        // Single-phase.
        bytes programStateData; // graph-mode executor state at step 0 (312 bytes), input regions empty
        // Multi-phase.
        bytes executorStateData; // node-mode executor base state at step 0 (312 bytes), every region empty
        bytes32 graphState; // graph state root before any node ran, with the inputs' leaves zero
        bytes32 nodesRoot; // Merkle root over keccak256(abi.encode(NodeRecord)) of every node
        uint32 numNodes;
        uint32 numTensors; // leaves of the graph state tree
        TensorIO[] inputs; // the graph inputs, in order
        TensorIO[] outputs; // the graph outputs, in order
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
            if (info.graphState != 0 || info.nodesRoot != 0 || info.numNodes != 0 || info.numTensors != 0) {
                revert InvalidModel("single-phase model with multi-phase fields");
            }
        } else if (info.numNodes == 0 || info.nodesRoot == 0 || info.graphState == 0) {
            revert InvalidModel("multi-phase model without nodes or graph state");
        }
        _checkIO(info.inputs, info.inputSize, single, info.numTensors, "inputs");
        _checkIO(info.outputs, info.outputSize, single, info.numTensors, "outputs");
        registered[modelId] = true;
        ModelInfo storage m = models[modelId];
        m.inputSize = info.inputSize;
        m.outputSize = info.outputSize;
        m.programStateData = info.programStateData;
        m.executorStateData = info.executorStateData;
        m.graphState = info.graphState;
        m.nodesRoot = info.nodesRoot;
        m.numNodes = info.numNodes;
        m.numTensors = info.numTensors;
        _storeIO(m.inputs, info.inputs);
        _storeIO(m.outputs, info.outputs);
        emit ModelRegistered(modelId, msg.sender, single ? 1 : 2);
    }

    /// @dev The most inputs or outputs a model has (package graph's MaxGraphIO).
    uint256 private constant MAX_IO = 64;

    /// @dev Checks a model's inputs or outputs: at least one, sizes adding up to total, each region inside the
    ///      256 MiB I/O region and aligned to its padded size (single-phase), each tensor id a leaf (multi-phase).
    function _checkIO(TensorIO[] calldata io, uint32 total, bool single, uint32 numTensors, string memory what) private pure {
        if (io.length == 0 || io.length > MAX_IO) revert InvalidModel(string.concat("no ", what, " or too many"));
        uint256 sum;
        for (uint256 i = 0; i < io.length; i++) {
            TensorIO calldata t = io[i];
            if (t.size == 0) revert InvalidModel(string.concat("one of the ", what, " is empty"));
            uint256 padded = uint256(1) << StateLib.paddedLog2(t.size);
            if (single && (t.offset % padded != 0 || t.offset + padded > StateLib.REGION)) {
                revert InvalidModel(string.concat("one of the ", what, " is not an aligned region of the I/O region"));
            }
            if (!single && t.id >= numTensors) revert InvalidModel(string.concat("a tensor id of the ", what, " is out of range"));
            sum += t.size;
        }
        if (sum != total) revert InvalidModel(string.concat("the sizes of the ", what, " do not add up"));
    }

    /// @dev Copies inputs or outputs into storage, field by field (the compiler copies no nested calldata arrays).
    function _storeIO(TensorIO[] storage dst, TensorIO[] calldata src) private {
        for (uint256 i = 0; i < src.length; i++) {
            TensorIO storage t = dst.push();
            t.name = src[i].name;
            t.dtype = src[i].dtype;
            t.shape = src[i].shape;
            t.id = src[i].id;
            t.size = src[i].size;
            t.offset = src[i].offset;
        }
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
    ///         failed run (output empty). The output is the graph outputs' bytes concatenated in order. Single-phase:
    ///         claim is the VM state hash at the last position of the run (VM_STEPS) and endState its 312-byte
    ///         encoding, which exited 0 with each output in its output region (siblings: each region's, in order),
    ///         or did not (faulted, exited non-zero, or still running at VM_STEPS) with an empty output and no
    ///         siblings. Multi-phase: claim is the graph state root after every node, endState is empty and
    ///         siblings prove each output's leaf Commit(output) in order; for an empty output they prove NO_OUTPUT
    ///         at one output's leaf, followed by that output's index in the list. Reverts with BadClaimProof
    ///         otherwise.
    function checkClaim(
        uint256 modelId,
        bytes calldata output,
        bytes32 claim,
        bytes calldata endState,
        bytes32[] calldata siblings
    ) external view returns (bool failed) {
        ModelInfo storage m = _model(modelId);
        failed = output.length == 0;
        if (!failed && output.length != m.outputSize) revert BadClaimProof("the output is not the model's output size");
        if (m.programStateData.length == 0) {
            TensorIO[] storage outs = m.outputs;
            if (endState.length != 0) revert BadClaimProof("a multi-phase claim has no end state");
            uint256 height = MerkleLib.height(m.numTensors);
            if (failed) {
                if (siblings.length != height + 1 || uint256(siblings[height]) >= outs.length) {
                    revert BadClaimProof("a failed run proves one output's leaf and names it");
                }
                if (MerkleLib.rootOf(StateLib.NO_OUTPUT, outs[uint256(siblings[height])].id, _part(siblings, 0, height)) != claim) {
                    revert BadClaimProof("the output is not the claim's output leaf");
                }
                return true;
            }
            if (siblings.length != height * outs.length) revert BadClaimProof("wrong number of output leaf siblings");
            uint256 off;
            for (uint256 i = 0; i < outs.length; i++) {
                uint256 size = outs[i].size;
                bytes32 leaf = StateLib.commit(output[off:off + size]);
                if (MerkleLib.rootOf(leaf, outs[i].id, _part(siblings, i * height, height)) != claim) {
                    revert BadClaimProof("the output is not the claim's output leaf");
                }
                off += size;
            }
            return false;
        }
        bytes memory end = endState;
        if (end.length != StateLib.STATE_SIZE) revert BadClaimProof("the end state is not 312 bytes");
        bytes32 h = StateLib.stateHash(end);
        if (h != claim) revert BadClaimProof("the claim is not the end state's hash");
        if (failed) {
            if (StateLib.status(h) == StateLib.STATUS_EXITED_OK) revert BadClaimProof("a run that exited 0 has an output");
            if (siblings.length != 0) revert BadClaimProof("a failed run has no output region");
            return true;
        }
        if (StateLib.status(h) != StateLib.STATUS_EXITED_OK) revert BadClaimProof("the end state did not exit 0");
        _checkOutputRegions(StateLib.memRoot(end), m.outputs, output, siblings);
    }

    /// @dev Checks that each output is the sub-tree of its region in the memory whose root is root.
    function _checkOutputRegions(bytes32 root, TensorIO[] storage outs, bytes calldata output, bytes32[] calldata siblings)
        private
        view
    {
        uint256 pos;
        uint256 start;
        for (uint256 i = 0; i < outs.length; i++) {
            uint256 size = outs[i].size;
            uint256 n = 32 - StateLib.paddedLog2(size);
            if (siblings.length < pos + n) revert BadClaimProof("wrong number of output region siblings");
            bytes32 leaf = StateLib.commit(output[start:start + size]);
            if (!MerkleLib.verifyRegion(root, StateLib.OUTPUT_ADDR + outs[i].offset, 32 - n, leaf, _part(siblings, pos, n))) {
                revert BadClaimProof("the output is not the end state's output region");
            }
            pos += n;
            start += size;
        }
        if (pos != siblings.length) revert BadClaimProof("wrong number of output region siblings");
    }

    /// @notice The agreed start of every game on a request for input to model modelId: the value at position 0
    ///         of the first level, the level's length and kind. The model sees input zero-padded to its input size,
    ///         each graph input the next `size` bytes of it. Single-phase: the registered executor state with each
    ///         input inserted, in order, as the memory sub-tree of its region; siblings are, for each input, the
    ///         32 − log2(padded size) nodes beside its region (lowest first) in the memory with the inputs before it
    ///         inserted, checked with the region empty; one VM level over VM_STEPS. Multi-phase: the registered
    ///         graph state with each input's commitment as its leaf; siblings prove, for each input in order, its
    ///         leaf zero in the state with the inputs before it set; a graph level over the nodes.
    function gameStart(uint256 modelId, bytes calldata input, bytes32[] calldata siblings)
        external
        view
        returns (bytes32 start, uint64 positions, IDisputeGame.LevelKind kind)
    {
        ModelInfo storage m = _model(modelId);
        if (input.length > m.inputSize) revert InputTooLong(input.length, m.inputSize);
        bool single = m.programStateData.length != 0;
        bytes memory state = m.programStateData;
        bytes32 root = _startRoot(m, input, siblings, single ? StateLib.memRoot(state) : m.graphState);
        if (single) {
            StateLib.setMemRoot(state, root);
            return (StateLib.runningStateHash(state), StateLib.VM_STEPS, IDisputeGame.LevelKind.VM);
        }
        return (root, m.numNodes, IDisputeGame.LevelKind.Graph);
    }

    /// @dev root (the registered memory root or graph state) with every input inserted in order (gameStart).
    function _startRoot(ModelInfo storage m, bytes calldata input, bytes32[] calldata siblings, bytes32 root)
        private
        view
        returns (bytes32)
    {
        uint256 pos;
        uint256 off;
        for (uint256 i = 0; i < m.inputs.length; i++) {
            (root, pos) = _insertInput(m, m.inputs[i], input, siblings, pos, off, root);
            off += m.inputs[i].size;
        }
        if (pos != siblings.length) revert InputNotEmpty();
        return root;
    }

    /// @dev One input's step of _startRoot: input t, at off in the request input, its siblings from pos.
    function _insertInput(
        ModelInfo storage m,
        TensorIO storage t,
        bytes calldata input,
        bytes32[] calldata siblings,
        uint256 pos,
        uint256 off,
        bytes32 root
    ) private view returns (bytes32, uint256) {
        bytes32 sub = _commitPart(input, off, t.size);
        bool single = m.programStateData.length != 0;
        uint256 n = single ? 32 - StateLib.paddedLog2(t.size) : MerkleLib.height(m.numTensors);
        if (siblings.length < pos + n) revert InputNotEmpty();
        return (_setInput(root, single, t, sub, _part(siblings, pos, n)), pos + n);
    }

    /// @dev The root with input t's commitment sub inserted: its memory region (single-phase) or its leaf, proven
    ///      empty by sibs.
    function _setInput(bytes32 root, bool single, TensorIO storage t, bytes32 sub, bytes32[] memory sibs)
        private
        view
        returns (bytes32)
    {
        if (!single) {
            if (MerkleLib.rootOf(0, t.id, sibs) != root) revert InputNotEmpty();
            return MerkleLib.rootOf(sub, t.id, sibs);
        }
        uint256 addr = StateLib.INPUT_ADDR + t.offset;
        uint256 log2Size = 32 - sibs.length;
        if (!MerkleLib.verifyRegion(root, addr, log2Size, StateLib.zeroRoot(log2Size), sibs)) revert InputNotEmpty();
        return MerkleLib.regionRoot(addr, log2Size, sub, sibs);
    }

    function _model(uint256 modelId) private view returns (ModelInfo storage) {
        if (!registered[modelId]) revert NotRegistered(modelId);
        return models[modelId];
    }

    /// @dev siblings[from : from + n] as a memory array.
    function _part(bytes32[] calldata siblings, uint256 from, uint256 n) private pure returns (bytes32[] memory out) {
        out = new bytes32[](n);
        for (uint256 i = 0; i < n; i++) {
            out[i] = siblings[from + i];
        }
    }

    /// @dev The commitment of input[off : off + size], zero-padded where input ends before.
    function _commitPart(bytes calldata input, uint256 off, uint256 size) private pure returns (bytes32) {
        uint256 lo = off < input.length ? off : input.length;
        uint256 hi = off + size < input.length ? off + size : input.length;
        return StateLib.commitPadded(input[lo:hi], size);
    }
}
