// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IDisputeGame, IDisputeResolver} from "./IDisputeResolver.sol";
import {MIPS} from "./MIPS.sol";
import {MerkleLib} from "./MerkleLib.sol";
import {ModelRegistry} from "./ModelRegistry.sol";
import {PreimageOracle} from "./PreimageOracle.sol";
import {StateLib} from "./StateLib.sol";

/// @title DisputeGame
/// @notice The bisection game of docs/game.md: an asserter stands by the value it claims at the end of a level
///         whose start is agreed, a challenger disputes it. Each round the asserter posts its values at the `k`
///         checkpoint positions of the disputed interval (the positions game.Split gives), the challenger picks
///         the part whose start it accepts and whose end it disputes. A VM level (positions are steps, values
///         state hashes) ends in one step that MIPS.step settles: the asserter wins iff the step from the agreed
///         state ends in the asserter's value. A graph level (positions are nodes, values graph state roots) ends
///         in one node, which the asserter hands off to a VM level over that node's executor run: the start
///         state is computed here from the agreed graph state, and the asserter's end state must hold the output
///         it claimed for the node (`handoff`). Each party has a chess clock; a party whose clock runs out loses.
///         The outcome goes to the game's resolver (whoever opened it) through IDisputeResolver.resolved.
/// @dev    Start state. The oracle's entry point `open` has no start state in its signature, so the resolver
///         first calls `setStart(requestId, startState, steps)` (once per request: every game the resolver opens
///         on that request afterwards starts there, as several challengers each get a game against the same
///         result). `openVM` takes the start directly. The start state is the resolver's business (for a
///         single-phase game: the executor state with the request's input placed in memory).
///         Levels. A game holds a stack of levels, the current one last: a single-phase game one VM level, a
///         multi-phase game a graph level and, after the handoff, the VM level of the disputed node. A level's
///         bottom names the next level's agreed start and disputed end. Dissection, clocks and storage are the
///         same for every level; a deeper stack (blocks of nodes over nodes, for large models) needs only a new
///         kind's bottom check.
///         Failed runs. A node whose run does not exit 0 within VM_STEPS (a fault, a non-zero exit, no halt) has
///         the output NO_OUTPUT, and so has every node with a NO_OUTPUT operand: the handoff checks both (docs/game.md,
///         "Failed runs"). A VM level's end value may be any state: a claim of a failed single-phase run is the
///         failed state itself.
///         Preimages. MIPS.step is called by this contract with localContext = bytes32(gameId). In these games
///         every local preimage key (type 1) reads as the empty stream: anyone loads a part of it for a game with
///         loadLocalData, so a step that reads one can always be proven. keccak256 keys can be loaded by anyone
///         who has the preimage.
contract DisputeGame is IDisputeGame {
    /// @notice Who must move next.
    enum Phase {
        None, // no such game
        Dissect, // the asserter posts checkpoints
        Choose, // the challenger picks a part
        Step, // a VM level is down to one step: the challenger (or anyone) proves it
        Resolved,
        Handoff, // a graph level is down to one node: the asserter hands off to that node's VM or tile level
        TileHandoff // a tile level is down to one tile: the asserter hands off to that tile's VM level
    }

    /// @notice One level of a game: positions lo..hi, the value at lo agreed, the value at hi disputed.
    struct Level {
        uint64 lo;
        uint64 hi;
        LevelKind kind;
        bytes32 loValue;
        bytes32 hiValue;
    }

    /// @notice The asserter's phase handoff at node lo of a graph level [lo, lo+1] (docs/game.md, "Interface").
    struct Handoff {
        ModelRegistry.NodeRecord node; // the record of node lo
        bytes32[] nodeProof; // its leaf's siblings in the model's nodesRoot
        bytes32 output; // the commitment of the node's output the asserter claims
        bytes32[] outputProof; // siblings of leaf node.outputId: with 0 it gives loValue, with output hiValue
        bytes32[] operands; // the commitments of the node's operands
        bytes32[][] operandProofs; // their leaves' siblings in loValue
        bytes32[][] insertions; // siblings of the descriptor's, then each operand's region, inserted in order
        bytes endState; // the asserter's final state of the node's run (312 bytes, exited 0); empty for a tiled node
        bytes32[] outputRegion; // siblings of the output region in endState's memory, whose root is output
    }

    /// @notice The asserter's handoff at tile lo of a tile level [lo, lo+1] (docs/game.md, "Tiles").
    struct TileHandoff {
        bytes32 tileRoot; // the commitment of the tile's 2^tileLog2 bytes the asserter claims
        bytes32[] tileProof; // siblings of leaf lo in the tile tree: with the zero tile it gives loValue, with tileRoot hiValue
        bytes32[] insertion; // siblings of the tile word's region (TILE_ADDR, 32 bytes) in the node's start memory
        bytes endState; // the asserter's final state of the tile's run (312 bytes)
        bytes32[] outputRegion; // siblings of the tile's region at OUTPUT_ADDR + lo·2^tileLog2 in endState's memory
    }

    /// @dev What a tile level's bottom needs of its node, kept at the graph→tile handoff.
    struct TiledNode {
        bytes32 memRoot; // the node's start memory: the executor base with the descriptor and operands inserted
        uint8 outputLog2;
        uint8 tileLog2;
    }

    /// @dev Packed into three slots before requestId: opening a game writes few slots.
    struct Game {
        address resolver;
        Phase phase;
        uint64 lastMove; // when the clock of the party to move started running
        bool asserterWon; // once resolved
        address asserter;
        uint64 asserterLeft; // seconds left on the asserter's clock (not counting the running period)
        uint32 moves; // dissections and choices so far
        address challenger;
        uint64 challengerLeft;
        uint256 requestId;
        bytes32 challengerClaim; // recorded for the resolver; the game only disputes the asserter's claim
        uint256 modelId; // the registered model a handoff reads
        Level[] levels;
        bytes32[] checkpoints; // the asserter's values for the pending dissection
    }

    struct Start {
        uint256 modelId;
        bytes32 value;
        uint64 length;
        LevelKind kind;
    }

    /// @notice The one-step verifier.
    MIPS public immutable mips;
    /// @notice Where handoffs read a model's node records and executor state.
    ModelRegistry public immutable registry;
    /// @notice Checkpoints per dissection.
    uint256 public immutable k;
    /// @notice Seconds on each party's chess clock at the start of a game.
    uint64 public immutable override clock;

    /// @notice Number of games opened; game ids are 1..gameCount.
    uint256 public gameCount;

    mapping(uint256 => Game) private games;
    /// @notice The node of a game's tile level, by game id.
    mapping(uint256 => TiledNode) private tiledNodes;
    /// @notice Start states set by a resolver for a request, taken by `open`.
    mapping(address => mapping(uint256 => Start)) public starts;

    event StartSet(
        address indexed resolver, uint256 indexed requestId, uint256 modelId, bytes32 start, uint64 positions, LevelKind kind
    );
    event Opened(
        uint256 indexed gameId,
        uint256 indexed requestId,
        address indexed resolver,
        address asserter,
        address challenger,
        bytes32 start,
        bytes32 claim,
        uint64 positions,
        LevelKind kind
    );
    /// @notice The asserter's values at the positions Split(lo, hi, k).
    event Dissected(uint256 indexed gameId, uint64 lo, uint64 hi, bytes32[] values);
    /// @notice The challenger picked `part`; the disputed interval is now [lo, hi].
    event Chosen(uint256 indexed gameId, uint256 part, uint64 lo, uint64 hi);
    /// @notice MIPS.step from the state at `position` gave `postState`.
    event StepProven(uint256 indexed gameId, uint64 position, bytes32 postState);
    /// @notice The graph level ended at `node`; the game goes on over that node's VM run from start to end (both
    ///         zero when an operand has no output: the node has none either, and the asserter has won).
    event HandedOff(uint256 indexed gameId, uint64 node, bytes32 output, bytes32 start, bytes32 end);
    /// @notice The tile level ended at `tile`; the game goes on over that tile's VM run from start to end (both zero
    ///         when the agreed value already says the node has no output: the asserter has won).
    event TileHandedOff(uint256 indexed gameId, uint64 tile, bytes32 tileRoot, bytes32 start, bytes32 end);
    event TimedOut(uint256 indexed gameId, address loser);
    event Resolved(uint256 indexed gameId, address winner);

    error BadParameter(string what);
    error NoStart(uint256 requestId);
    error NotInPhase(uint256 gameId, Phase want, Phase have);
    error NotYourMove(address sender, address mover);
    error ClockRanOut(address mover);
    error ClockRunning(address mover, uint256 secondsLeft);
    error CheckpointCount(uint256 want, uint256 have);
    error PartOutOfRange(uint256 part, uint256 parts);
    error PreStateMismatch(bytes32 want, bytes32 have);
    error BadHandoff(string reason);

    constructor(MIPS mips_, ModelRegistry registry_, uint256 k_, uint64 clock_) {
        if (k_ < 1 || k_ > 64) revert BadParameter("k must be in 1..64");
        if (clock_ == 0) revert BadParameter("clock must be positive");
        mips = mips_;
        registry = registry_;
        k = k_;
        clock = clock_;
    }

    // -------------------------------------------------------------------------------------------------------
    // Opening
    // -------------------------------------------------------------------------------------------------------

    /// @inheritdoc IDisputeGame
    function setStart(uint256 requestId, uint256 modelId, bytes32 start, uint64 length, LevelKind kind) external {
        if (length == 0) revert BadParameter("a level needs at least one step");
        starts[msg.sender][requestId] = Start(modelId, start, length, kind);
        emit StartSet(msg.sender, requestId, modelId, start, length, kind);
    }

    /// @inheritdoc IDisputeGame
    /// @dev The start is the one the caller last set with `setStart` for `requestId`.
    function open(uint256 requestId, address asserter, address challenger, bytes32 asserterClaim, bytes32 challengerClaim)
        external
        returns (uint256 gameId)
    {
        Start memory s = starts[msg.sender][requestId];
        if (s.length == 0) revert NoStart(requestId);
        gameId = _open(requestId, asserter, challenger, s.value, asserterClaim, challengerClaim, s.length, s.kind);
        if (s.kind == LevelKind.Graph) games[gameId].modelId = s.modelId;
    }

    /// @notice Opens a game over positions 0..steps: the state hash at 0 is `startState` (agreed), the asserter
    ///         claims `claimedEnd` at `steps`. The caller is the game's resolver.
    function openVM(
        uint256 requestId,
        address asserter,
        address challenger,
        bytes32 startState,
        bytes32 claimedEnd,
        uint64 steps
    ) external returns (uint256 gameId) {
        if (steps == 0) revert BadParameter("a level needs at least one step");
        return _open(requestId, asserter, challenger, startState, claimedEnd, bytes32(0), steps, LevelKind.VM);
    }

    function _open(
        uint256 requestId,
        address asserter,
        address challenger,
        bytes32 startState,
        bytes32 claim,
        bytes32 challengerClaim,
        uint64 length,
        LevelKind kind
    ) private returns (uint256 gameId) {
        if (asserter == address(0) || challenger == address(0) || asserter == challenger) {
            revert BadParameter("asserter and challenger must be two distinct accounts");
        }
        if (claim == challengerClaim) revert BadParameter("the claims agree");
        gameId = ++gameCount;
        Game storage g = games[gameId];
        g.resolver = msg.sender;
        g.phase = length == 1 ? _bottom(kind) : Phase.Dissect;
        g.lastMove = uint64(block.timestamp);
        g.asserter = asserter;
        g.asserterLeft = clock;
        g.challenger = challenger;
        g.challengerLeft = clock;
        g.requestId = requestId;
        if (challengerClaim != 0) g.challengerClaim = challengerClaim;
        g.levels.push(Level(0, length, kind, startState, claim));
        emit Opened(gameId, requestId, msg.sender, asserter, challenger, startState, claim, length, kind);
    }

    // -------------------------------------------------------------------------------------------------------
    // Moves
    // -------------------------------------------------------------------------------------------------------

    /// @notice The asserter's move: its state hashes at the positions `positions(gameId)` returns, in order.
    function dissect(uint256 gameId, bytes32[] calldata values) external {
        Game storage g = games[gameId];
        _requirePhase(gameId, g, Phase.Dissect);
        if (msg.sender != g.asserter) revert NotYourMove(msg.sender, g.asserter);
        Level storage l = g.levels[g.levels.length - 1];
        uint256 n = _checkpointCount(l.lo, l.hi);
        if (values.length != n) revert CheckpointCount(n, values.length);
        _spend(g, true);
        g.checkpoints = values;
        g.phase = Phase.Choose;
        g.moves++;
        emit Dissected(gameId, l.lo, l.hi, values);
    }

    /// @notice The challenger's move: part i runs from checkpoint i-1 (or lo) to checkpoint i (or hi, for
    ///         i = the number of checkpoints); the challenger accepts its start and disputes its end.
    function choose(uint256 gameId, uint256 part) external {
        Game storage g = games[gameId];
        _requirePhase(gameId, g, Phase.Choose);
        if (msg.sender != g.challenger) revert NotYourMove(msg.sender, g.challenger);
        Level storage l = g.levels[g.levels.length - 1];
        uint64 lo = l.lo;
        uint64 hi = l.hi;
        uint256 n = g.checkpoints.length;
        if (part > n) revert PartOutOfRange(part, n + 1);
        _spend(g, false);
        if (part > 0) {
            l.lo = _position(lo, hi, n, part - 1);
            l.loValue = g.checkpoints[part - 1];
        }
        if (part < n) {
            l.hi = _position(lo, hi, n, part);
            l.hiValue = g.checkpoints[part];
        }
        // The checkpoints stay in storage: the next dissection overwrites them, which costs less than
        // clearing them now and writing fresh slots then.
        g.moves++;
        g.phase = l.hi == l.lo + 1 ? _bottom(l.kind) : Phase.Dissect;
        emit Chosen(gameId, part, l.lo, l.hi);
    }

    /// @notice Settles the one disputed step: `stateData` is the 312-byte encoding of the agreed state at lo and
    ///         `proof` its step witness (vm.Emulator.ProveStep). The asserter wins iff MIPS.step gives its value
    ///         at hi. Anyone may call it while it is the challenger's move; the outcome does not depend on who
    ///         calls, only on the step (a witness that does not verify makes MIPS.step revert, changing nothing).
    function proveStep(uint256 gameId, bytes calldata stateData, bytes calldata proof) external {
        Game storage g = games[gameId];
        _requirePhase(gameId, g, Phase.Step);
        Level storage l = g.levels[g.levels.length - 1];
        bytes32 pre = stateHash(stateData);
        if (pre != l.loValue) revert PreStateMismatch(l.loValue, pre);
        // The challenger's clock stops when the step is proven in time; once it ran out, only timeout remains.
        _spend(g, false);
        bytes32 post = mips.step(stateData, proof, bytes32(gameId));
        emit StepProven(gameId, l.lo, post);
        _resolve(gameId, g, post == l.hiValue);
    }

    /// @notice The asserter's move when a graph level is down to node lo: it shows that its value at lo+1 is the
    ///         agreed value at lo with only the node's output leaf set (to h.output). If an operand (proven in the
    ///         agreed value) is NO_OUTPUT, the node's output must be NO_OUTPUT too and the asserter has shown its value
    ///         right: it wins. Otherwise it claims a final state of the node's executor run: exited 0 with h.output
    ///         as its output region, or, for h.output = NO_OUTPUT, a state that did not exit 0. The run's start state
    ///         is computed here: the model's registered executor base state with the node's descriptor and operands
    ///         inserted as the sub-trees of their regions. The game goes on over that run's steps, on the same
    ///         clocks. Any proof that does not check reverts with BadHandoff.
    function handoff(uint256 gameId, Handoff calldata h) external {
        Game storage g = games[gameId];
        _requirePhase(gameId, g, Phase.Handoff);
        if (msg.sender != g.asserter) revert NotYourMove(msg.sender, g.asserter);
        Level storage l = g.levels[g.levels.length - 1];
        ModelRegistry.ModelInfo memory m = registry.getModel(g.modelId);
        _checkNodeRecord(m, l.lo, h);
        uint256 height = MerkleLib.height(m.numTensors);
        bytes32[] memory proof = h.outputProof;
        if (proof.length != height) revert BadHandoff("output proof length");
        if (MerkleLib.rootOf(0, h.node.outputId, proof) != l.loValue) {
            revert BadHandoff("the output leaf is not empty in the agreed state");
        }
        if (MerkleLib.rootOf(h.output, h.node.outputId, proof) != l.hiValue) {
            revert BadHandoff("the claimed state is not the agreed state with the output leaf set");
        }
        bool upstreamFailed = _checkOperands(l.loValue, height, h);
        _spend(g, true);
        g.moves++;
        if (upstreamFailed) {
            if (h.output != StateLib.NO_OUTPUT) revert BadHandoff("an operand has no output, so the node has none");
            emit HandedOff(gameId, l.lo, h.output, 0, 0);
            _resolve(gameId, g, true);
            return;
        }
        bytes32 root = _nodeMemory(m, h);
        if (h.node.tileLog2 != 0) {
            // A tiled node: the game goes on over its tiles, from the empty output region to the claimed output.
            if (h.endState.length != 0 || h.outputRegion.length != 0) revert BadHandoff("a tiled node has no end state");
            tiledNodes[gameId] = TiledNode(root, h.node.outputLog2, h.node.tileLog2);
            bytes32 empty = StateLib.zeroRoot(h.node.outputLog2);
            emit HandedOff(gameId, l.lo, h.output, empty, h.output);
            _push(g, Level(0, h.node.tiles, LevelKind.Tile, empty, h.output));
            return;
        }
        bytes32 start = _runStart(m.executorStateData, root);
        bytes32 end = _runEnd(h.endState, h.output, StateLib.OUTPUT_ADDR, h.node.outputLog2, h.outputRegion);
        emit HandedOff(gameId, l.lo, h.output, start, end);
        _push(g, Level(0, StateLib.VM_STEPS, LevelKind.VM, start, end));
    }

    /// @notice The asserter's move when a tile level is down to tile t = lo. The level's values are the roots of
    ///         the node's output region with tiles 0..p−1 filled (a Merkle tree over the tile roots, absent tiles
    ///         the zero sub-tree), or NO_OUTPUT from the first tile whose run fails. With hiValue a root, the
    ///         asserter shows that it is loValue with only leaf t set (to h.tileRoot) and claims a final state of
    ///         tile t's run that exited 0 with h.tileRoot in the tile's place in the output region. With hiValue
    ///         NO_OUTPUT it claims a final state that did not exit 0 (or wins at once if loValue is NO_OUTPUT
    ///         too). The run starts from the node's start memory with the tile word (t, tileLog2) inserted at
    ///         TILE_ADDR. Any proof that does not check reverts with BadHandoff.
    function tileHandoff(uint256 gameId, TileHandoff calldata h) external {
        Game storage g = games[gameId];
        _requirePhase(gameId, g, Phase.TileHandoff);
        if (msg.sender != g.asserter) revert NotYourMove(msg.sender, g.asserter);
        Level storage l = g.levels[g.levels.length - 1];
        TiledNode memory n = tiledNodes[gameId];
        uint64 t = l.lo;
        bool failed = l.hiValue == StateLib.NO_OUTPUT;
        _spend(g, true);
        g.moves++;
        if (failed && l.loValue == StateLib.NO_OUTPUT) {
            emit TileHandedOff(gameId, t, StateLib.NO_OUTPUT, 0, 0);
            _resolve(gameId, g, true);
            return;
        }
        if (!failed) {
            bytes32[] memory proof = h.tileProof;
            if (proof.length != uint256(n.outputLog2) - n.tileLog2) revert BadHandoff("tile proof length");
            if (MerkleLib.rootOf(StateLib.zeroRoot(n.tileLog2), t, proof) != l.loValue) {
                revert BadHandoff("the tile is not empty in the agreed value");
            }
            if (MerkleLib.rootOf(h.tileRoot, t, proof) != l.hiValue) {
                revert BadHandoff("the claimed value is not the agreed value with the tile set");
            }
        }
        bytes32 output = failed ? StateLib.NO_OUTPUT : h.tileRoot;
        bytes32 start = _tileStart(g.modelId, n, t, h.insertion);
        bytes32 end = _runEnd(h.endState, output, _tileAddr(n, t), n.tileLog2, h.outputRegion);
        emit TileHandedOff(gameId, t, output, start, end);
        _push(g, Level(0, StateLib.VM_STEPS, LevelKind.VM, start, end));
    }

    /// @dev The hash of tile t's start state: the node's start memory with the tile word inserted at TILE_ADDR,
    ///      the tile word being tileLog2 and t as big-endian uint32s, then zeros (graph.EncodeTile).
    function _tileStart(uint256 modelId, TiledNode memory n, uint64 t, bytes32[] calldata insertion)
        private
        view
        returns (bytes32)
    {
        bytes32 word = bytes32((uint256(n.tileLog2) << 224) | (uint256(t) << 192));
        bytes32 root = _insert(n.memRoot, StateLib.TILE_ADDR, 5, word, insertion);
        return _runStart(registry.getModel(modelId).executorStateData, root);
    }

    /// @dev Where tile t lies in the output region.
    function _tileAddr(TiledNode memory n, uint64 t) private pure returns (uint256) {
        return uint256(StateLib.OUTPUT_ADDR) + (uint256(t) << n.tileLog2);
    }

    /// @dev Pushes the next level of a game and hands the move to the asserter (a level of one position is at its
    ///      bottom at once).
    function _push(Game storage g, Level memory next) private {
        g.levels.push(next);
        g.phase = next.hi == 1 ? _bottom(next.kind) : Phase.Dissect;
    }

    /// @notice Loads the part at partOffset of the stream of local key `key` for game gameId: the empty stream
    ///         (see Preimages above), localized for this contract and the game, where MIPS.step reads it. Anyone
    ///         may call it, for a game that exists.
    function loadLocalData(uint256 gameId, bytes32 key, uint256 partOffset) external returns (bytes32 localizedKey) {
        if (games[gameId].phase == Phase.None) revert NotInPhase(gameId, Phase.Dissect, Phase.None);
        return mips.oracle().loadLocalData(key, bytes32(gameId), "", partOffset);
    }

    /// @notice Ends the game against the party to move once its clock has run out; anyone may call it.
    function timeout(uint256 gameId) external {
        Game storage g = games[gameId];
        Phase p = g.phase;
        if (p == Phase.None || p == Phase.Resolved) revert NotInPhase(gameId, Phase.Dissect, p);
        bool asserterMoves = _asserterMoves(p);
        address mover = asserterMoves ? g.asserter : g.challenger;
        uint256 left = asserterMoves ? g.asserterLeft : g.challengerLeft;
        uint256 elapsed = block.timestamp - g.lastMove;
        if (elapsed <= left) revert ClockRunning(mover, left - elapsed);
        emit TimedOut(gameId, mover);
        _resolve(gameId, g, !asserterMoves);
    }

    // -------------------------------------------------------------------------------------------------------
    // Views
    // -------------------------------------------------------------------------------------------------------

    /// @notice The state hash of a 312-byte state encoding (docs/vm.md): keccak256 with its first byte replaced
    ///         by the status (0 exited 0, 1 exited non-zero, 2 faulted, 3 running).
    function stateHash(bytes calldata stateData) public pure returns (bytes32) {
        if (stateData.length != StateLib.STATE_SIZE) revert BadParameter("a state encoding is 312 bytes");
        return StateLib.stateHash(stateData);
    }

    /// @notice The checkpoint positions the asserter must post values for now (empty unless it is its move).
    function positions(uint256 gameId) external view returns (uint64[] memory out) {
        Game storage g = games[gameId];
        if (g.phase != Phase.Dissect) return out;
        Level storage l = g.levels[g.levels.length - 1];
        uint256 n = _checkpointCount(l.lo, l.hi);
        out = new uint64[](n);
        for (uint256 i = 0; i < n; i++) {
            out[i] = _position(l.lo, l.hi, n, i);
        }
    }

    /// @notice A game's parties, phase, winner (zero until resolved) and clocks.
    function game(uint256 gameId)
        external
        view
        returns (
            address resolver,
            address asserter,
            address challenger,
            Phase phase,
            address winner,
            uint64 asserterLeft,
            uint64 challengerLeft,
            uint64 lastMove,
            uint32 moves,
            uint256 requestId
        )
    {
        Game storage g = games[gameId];
        return (
            g.resolver,
            g.asserter,
            g.challenger,
            g.phase,
            g.phase != Phase.Resolved ? address(0) : g.asserterWon ? g.asserter : g.challenger,
            g.asserterLeft,
            g.challengerLeft,
            g.lastMove,
            g.moves,
            g.requestId
        );
    }

    /// @notice The current level of a game: the disputed interval and its values.
    function level(uint256 gameId) external view returns (uint64 lo, uint64 hi, bytes32 loValue, bytes32 hiValue) {
        Game storage g = games[gameId];
        if (g.levels.length == 0) return (0, 0, 0, 0);
        Level storage l = g.levels[g.levels.length - 1];
        return (l.lo, l.hi, l.loValue, l.hiValue);
    }

    /// @notice Every level of a game, the current one last.
    function levels(uint256 gameId) external view returns (Level[] memory) {
        return games[gameId].levels;
    }

    /// @notice The asserter's values of the pending dissection (empty unless it is the challenger's move).
    function checkpoints(uint256 gameId) external view returns (bytes32[] memory out) {
        Game storage g = games[gameId];
        if (g.phase == Phase.Choose) out = g.checkpoints;
    }

    // -------------------------------------------------------------------------------------------------------
    // Internals
    // -------------------------------------------------------------------------------------------------------

    /// @dev How many checkpoints Split(lo, hi, k) gives: k, or every interior point when there are fewer.
    function _checkpointCount(uint64 lo, uint64 hi) private view returns (uint256) {
        uint256 interior = uint256(hi) - uint256(lo) - 1;
        return interior < k ? interior : k;
    }

    /// @dev Checkpoint i (0-based) of n for [lo, hi], as game.Split computes it: every interior point when
    ///      n < k or n = hi-lo-1, else lo + floor((hi-lo)·(i+1)/(k+1)). The two agree when n = hi-lo-1 = k.
    function _position(uint64 lo, uint64 hi, uint256 n, uint256 i) private view returns (uint64) {
        uint256 span = uint256(hi) - uint256(lo);
        if (n == span - 1) return uint64(uint256(lo) + i + 1);
        return uint64(uint256(lo) + span * (i + 1) / (k + 1));
    }

    // The level stack is generic: what differs between level kinds is only the move at a level's bottom, in
    // these two tables. A new kind adds its bottom phase to BOTTOMS (by LevelKind) and, if the asserter makes that
    // move, the phase's bit to ASSERTER_MOVES.

    /// @dev The phase of a level narrowed to one position, by kind: a VM level ends in one step, a graph level in
    ///      one node's handoff.
    function _bottom(LevelKind kind) private pure returns (Phase) {
        Phase[3] memory bottoms = [Phase.Step, Phase.Handoff, Phase.TileHandoff];
        return bottoms[uint8(kind)];
    }

    /// @dev The phases in which the asserter moves (a bit per phase); the challenger moves in the others.
    uint256 private constant ASSERTER_MOVES =
        (1 << uint8(Phase.Dissect)) | (1 << uint8(Phase.Handoff)) | (1 << uint8(Phase.TileHandoff));

    function _asserterMoves(Phase p) private pure returns (bool) {
        return (ASSERTER_MOVES >> uint8(p)) & 1 == 1;
    }

    /// @dev Checks h.node is the registered record of node `node` and fits the executor's layout.
    function _checkNodeRecord(ModelRegistry.ModelInfo memory m, uint256 node, Handoff calldata h) private pure {
        bytes32[] memory proof = h.nodeProof;
        if (proof.length != MerkleLib.height(m.numNodes)) revert BadHandoff("node proof length");
        if (MerkleLib.rootOf(keccak256(abi.encode(h.node)), node, proof) != m.nodesRoot) {
            revert BadHandoff("not the registered node record");
        }
        // A registered record is trusted only as far as the registry checked it: bound what the layout allows.
        uint256 n = h.node.numInputs;
        if (n == 0 || n > 4) revert BadHandoff("operand count");
        if (h.node.descriptorLog2 < 5 || h.node.descriptorLog2 > 16) revert BadHandoff("descriptor size");
        if (h.node.outputLog2 < 5 || h.node.outputLog2 > 28) revert BadHandoff("output size");
        for (uint256 i = 0; i < n; i++) {
            if (h.node.inputLog2s[i] < 5 || h.node.inputLog2s[i] > 28) revert BadHandoff("operand size");
        }
        uint256 tl = h.node.tileLog2;
        if (tl != 0) {
            if (tl < 5 || tl >= h.node.outputLog2) revert BadHandoff("tile size");
            if (h.node.tiles < 2 || h.node.tiles > uint256(1) << (h.node.outputLog2 - tl)) revert BadHandoff("tile count");
        }
    }

    /// @dev Checks that every operand h.operands[i] is leaf inputIds[i] of the agreed graph state `agreed`, and says
    ///      whether one of them is NO_OUTPUT.
    function _checkOperands(bytes32 agreed, uint256 height, Handoff calldata h) private pure returns (bool failed) {
        uint256 n = h.node.numInputs;
        if (h.operands.length != n || h.operandProofs.length != n || h.insertions.length != n + 1) {
            revert BadHandoff("operand or insertion count");
        }
        for (uint256 i = 0; i < n; i++) {
            bytes32[] memory proof = h.operandProofs[i];
            if (proof.length != height || MerkleLib.rootOf(h.operands[i], h.node.inputIds[i], proof) != agreed) {
                revert BadHandoff("an operand is not in the agreed state");
            }
            if (h.operands[i] == StateLib.NO_OUTPUT) failed = true;
        }
    }

    /// @dev The memory root of node h.node's start state: the executor base state's with the descriptor and the
    ///      operands (checked by _checkOperands) inserted into empty regions, in order.
    function _nodeMemory(ModelRegistry.ModelInfo memory m, Handoff calldata h) private pure returns (bytes32) {
        bytes memory state = m.executorStateData;
        bytes32 root = _insert(
            StateLib.memRoot(state), StateLib.DESCRIPTOR_ADDR, h.node.descriptorLog2, h.node.descriptor, h.insertions[0]
        );
        for (uint256 i = 0; i < h.node.numInputs; i++) {
            uint256 addr = uint256(StateLib.INPUT_ADDR) + i * StateLib.REGION;
            root = _insert(root, addr, h.node.inputLog2s[i], h.operands[i], h.insertions[i + 1]);
        }
        return root;
    }

    /// @dev The hash of the running state `base` (the executor base state) with memory root `root`.
    function _runStart(bytes memory base, bytes32 root) private pure returns (bytes32) {
        StateLib.setMemRoot(base, root);
        return StateLib.runningStateHash(base);
    }

    /// @dev The memory root after writing the sub-tree `value` into the empty region (addr, log2Size) of `root`.
    function _insert(bytes32 root, uint256 addr, uint256 log2Size, bytes32 value, bytes32[] calldata siblings)
        private
        pure
        returns (bytes32)
    {
        bytes32[] memory sibs = siblings;
        if (sibs.length != 32 - log2Size) revert BadHandoff("insertion proof length");
        if (!MerkleLib.verifyRegion(root, addr, log2Size, StateLib.zeroRoot(log2Size), sibs)) {
            revert BadHandoff("a region is not empty before insertion");
        }
        return MerkleLib.regionRoot(addr, log2Size, value, sibs);
    }

    /// @dev The hash of the asserter's end state `data` of a run: exited 0 with `output` as the root of the region
    ///      (addr, log2), or, when output is NO_OUTPUT, a state that did not exit 0 (faulted, exited non-zero, or
    ///      still running) with no region proof.
    function _runEnd(bytes calldata endState, bytes32 output, uint256 addr, uint256 log2, bytes32[] calldata region)
        private
        pure
        returns (bytes32 end)
    {
        bytes memory data = endState;
        if (data.length != StateLib.STATE_SIZE) revert BadHandoff("end state size");
        end = StateLib.stateHash(data);
        bytes32[] memory sibs = region;
        if (output == StateLib.NO_OUTPUT) {
            if (StateLib.status(end) == StateLib.STATUS_EXITED_OK) revert BadHandoff("a node without output did not fail");
            if (sibs.length != 0) revert BadHandoff("a node without output has no output region");
            return end;
        }
        if (StateLib.status(end) != StateLib.STATUS_EXITED_OK) revert BadHandoff("the end state did not exit 0");
        if (sibs.length != 32 - log2) revert BadHandoff("output region proof length");
        if (!MerkleLib.verifyRegion(StateLib.memRoot(data), addr, log2, output, sibs)) {
            revert BadHandoff("the end state's output region is not the claimed output");
        }
    }

    function _requirePhase(uint256 gameId, Game storage g, Phase want) private view {
        if (g.phase != want) revert NotInPhase(gameId, want, g.phase);
    }

    /// @dev Charges the time since the last move to the mover's clock and restarts the clock for the other party.
    function _spend(Game storage g, bool asserterMoves) private {
        uint256 elapsed = block.timestamp - g.lastMove;
        uint256 left = asserterMoves ? g.asserterLeft : g.challengerLeft;
        if (elapsed > left) revert ClockRanOut(asserterMoves ? g.asserter : g.challenger);
        if (asserterMoves) g.asserterLeft = uint64(left - elapsed);
        else g.challengerLeft = uint64(left - elapsed);
        g.lastMove = uint64(block.timestamp);
    }

    function _resolve(uint256 gameId, Game storage g, bool asserterWon) private {
        g.phase = Phase.Resolved;
        g.asserterWon = asserterWon;
        address winner = asserterWon ? g.asserter : g.challenger;
        emit Resolved(gameId, winner);
        IDisputeResolver(g.resolver).resolved(gameId, winner);
    }
}
