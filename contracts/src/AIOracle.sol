// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ModelRegistry} from "./ModelRegistry.sol";
import {IDisputeGame, IDisputeResolver} from "./IDisputeResolver.sol";
import {MerkleLib} from "./MerkleLib.sol";
import {StateLib} from "./StateLib.sol";

/// @title AIOracle
/// @notice The dApp-facing entry point of the optimistic ML oracle. A dApp requests an inference (paying a fee);
///         a submitter posts the result with a bond; during the challenge window anyone may dispute it with a
///         bond, which opens a dispute game; a result that survives its window is finalized: delivered to the
///         dApp's callback, the fee paid to its submitter. When a challenger wins, its own result replaces the
///         submitter's and gets a new window, so a dishonest challenger can be challenged in turn.
/// @dev    Money: every wei the contract holds is either locked (a pending fee, a result's bond, an open game's
///         bond) or owed to an account, which takes it with withdraw (pull payments: no external call moves
///         ether except withdraw, which changes state first). address(this).balance == locked + owedTotal.
///         Bonds: the loser's bond goes to the winner. A result's bond is at stake in every game against it
///         but is paid once: to the first challenger that wins, whose result then replaces it. Games against
///         a replaced result still settle their challenger's bond (refunded if it wins, to the old submitter if
///         it loses).
contract AIOracle is IDisputeResolver {
    /// @notice Default challenge window when the constructor is given zero.
    uint64 public constant DEFAULT_CHALLENGE_WINDOW = 5 minutes;
    /// @notice Default time a request waits for a first result before its requester may take the fee back.
    uint64 public constant DEFAULT_SUBMISSION_WINDOW = 1 hours;
    /// @notice The largest callback gas limit a request may ask for, so finalize always fits in a transaction.
    uint64 public constant MAX_CALLBACK_GAS = 10_000_000;
    /// @notice Gas finalize keeps for itself after the callback returns (event, bookkeeping).
    uint256 private constant FINALIZE_RESERVE = 30_000;

    enum Status {
        None,
        Requested, // waiting for a first result
        Submitted, // a result is in its challenge window or being disputed
        Finalized,
        Refunded // no result came in time; the fee went back to the requester
    }

    // Field order packs storage slots (requester with the deadline and status; the callback with its selector and
    // gas; the submitter with its window and round; the challenger with its round and open flag).
    struct Request {
        bytes32 modelId;
        address requester;
        uint64 submitDeadline; // a first result must come before this time
        Status status;
        bool delivered; // finalized and the callback returned without reverting
        bool startSet; // the game contract knows this request's start state
        address callbackContract;
        bytes4 selector;
        uint64 gasLimit;
        uint256 fee;
        bytes32 inputHash; // keccak256 of the input; the input itself is in the Requested event (storing 784
        // bytes would cost ~550k gas), and whoever needs it on chain (the game) is given it and checks the hash
        // The current result.
        address submitter;
        uint64 windowEnd; // challenges are accepted while block.timestamp < windowEnd
        uint32 round; // how many times the result was replaced
        uint32 openGames; // open games against the current result
        uint256 bond;
        bytes output;
        bytes32 claim;
    }

    struct Game {
        uint256 requestId;
        address challenger;
        uint32 round; // the result round it disputes
        bool open;
        address asserter;
        uint256 bond; // the challenger's
        bytes32 claim; // the challenger's
        bytes output; // the challenger's
    }

    /// @notice What binds a result's output to the claim a game disputes (docs/game.md, "Claims"). Single-phase:
    ///         claim is the final VM state hash, endState its 312-byte encoding (exited 0) and siblings prove the
    ///         output's commitment as the output region of its memory. Multi-phase: claim is the graph state root
    ///         after every node, endState is empty and siblings prove the output's commitment as the graph
    ///         output's leaf.
    struct ClaimProof {
        bytes32 claim;
        bytes endState;
        bytes32[] siblings;
    }

    error FeeTooLow(uint256 sent, uint256 minimum);
    error BondTooLow(uint256 sent, uint256 minimum);
    error WrongInputSize(uint256 got, uint256 want);
    error WrongOutputSize(uint256 got, uint256 want);
    error CallbackGasTooHigh(uint64 got, uint64 maximum);
    error NoCallbackContract();
    error UnknownRequest(uint256 requestId);
    error NotAwaitingResult(uint256 requestId, Status status);
    error SubmissionClosed(uint256 requestId, uint64 deadline);
    error SubmissionStillOpen(uint256 requestId, uint64 deadline);
    error NotChallengeable(uint256 requestId, Status status);
    error ChallengeWindowClosed(uint256 requestId, uint64 windowEnd);
    error ChallengeWindowOpen(uint256 requestId, uint64 windowEnd);
    error GamesOpen(uint256 requestId, uint32 openGames);
    error SameClaim(bytes32 claim);
    error SelfChallenge();
    error OnlyGame(address caller);
    error GameIdTaken(uint256 gameId);
    error GameNotOpen(uint256 gameId);
    error NotAParty(uint256 gameId, address winner);
    error NotEnoughGasForCallback(uint256 left, uint256 needed);
    error NothingToWithdraw();
    error WrongInput(bytes32 got, bytes32 want);
    error BadClaimProof(string reason);
    error StartAlreadySet(uint256 requestId);
    error InputNotEmpty(uint256 requestId);
    error WithdrawFailed();

    event Requested(
        uint256 indexed requestId,
        bytes32 indexed modelId,
        address indexed requester,
        bytes input,
        uint256 fee,
        address callbackContract,
        bytes4 selector,
        uint64 gasLimit
    );
    event Submitted(
        uint256 indexed requestId, address indexed submitter, bytes output, bytes32 claim, uint256 bond, uint64 windowEnd
    );
    event Challenged(
        uint256 indexed requestId,
        uint256 indexed gameId,
        address indexed challenger,
        address asserter,
        bytes output,
        bytes32 claim,
        uint256 bond
    );
    event Resolved(uint256 indexed requestId, uint256 indexed gameId, address indexed winner, bool replaced);
    event ResultReplaced(
        uint256 indexed requestId, address indexed submitter, bytes output, bytes32 claim, uint32 round, uint64 windowEnd
    );
    event Finalized(uint256 indexed requestId, address indexed submitter, bytes output, bytes32 claim);
    event Delivered(uint256 indexed requestId, address indexed callbackContract, bool success);
    event Refunded(uint256 indexed requestId, address indexed requester, uint256 fee);
    event Withdrawn(address indexed account, uint256 amount);
    event GameStartSet(uint256 indexed requestId, bytes32 start, uint64 positions, uint8 phases);

    ModelRegistry public immutable registry;
    IDisputeGame public immutable game;
    uint256 public immutable minFee;
    uint256 public immutable submitterBond;
    uint256 public immutable challengerBond;
    uint64 public immutable challengeWindow;
    uint64 public immutable submissionWindow;

    uint256 public nextRequestId = 1;
    mapping(uint256 => Request) private requests;
    mapping(uint256 => Game) private games;

    /// @notice What each account may withdraw.
    mapping(address => uint256) public owed;
    /// @notice Sum of owed.
    uint256 public owedTotal;
    /// @notice Ether held for pending fees, current results' bonds and open games' bonds.
    uint256 public locked;

    /// @param challengeWindow_  seconds a result may be challenged; 0 means DEFAULT_CHALLENGE_WINDOW
    /// @param submissionWindow_ seconds a request waits for a first result; 0 means DEFAULT_SUBMISSION_WINDOW
    constructor(
        ModelRegistry registry_,
        IDisputeGame game_,
        uint256 minFee_,
        uint256 submitterBond_,
        uint256 challengerBond_,
        uint64 challengeWindow_,
        uint64 submissionWindow_
    ) {
        registry = registry_;
        game = game_;
        minFee = minFee_;
        submitterBond = submitterBond_;
        challengerBond = challengerBond_;
        challengeWindow = challengeWindow_ == 0 ? DEFAULT_CHALLENGE_WINDOW : challengeWindow_;
        submissionWindow = submissionWindow_ == 0 ? DEFAULT_SUBMISSION_WINDOW : submissionWindow_;
    }

    // -------------------------------------------------------------------------------------------------------------
    // Requests and results
    // -------------------------------------------------------------------------------------------------------------

    /// @notice Asks for model modelId's output on input; when final it is delivered by calling
    ///         callbackContract with selector(requestId, output) and gasLimit gas. msg.value is the fee.
    function requestCallback(
        bytes32 modelId,
        bytes calldata input,
        address callbackContract,
        bytes4 selector,
        uint64 gasLimit
    ) external payable returns (uint256 requestId) {
        if (msg.value < minFee) revert FeeTooLow(msg.value, minFee);
        (uint32 inputSize,) = registry.ioSizes(modelId);
        if (input.length != inputSize) revert WrongInputSize(input.length, inputSize);
        if (callbackContract == address(0)) revert NoCallbackContract();
        if (gasLimit > MAX_CALLBACK_GAS) revert CallbackGasTooHigh(gasLimit, MAX_CALLBACK_GAS);

        requestId = nextRequestId++;
        Request storage r = requests[requestId];
        r.modelId = modelId;
        r.requester = msg.sender;
        r.callbackContract = callbackContract;
        r.selector = selector;
        r.gasLimit = gasLimit;
        r.submitDeadline = uint64(block.timestamp) + submissionWindow;
        r.status = Status.Requested;
        r.fee = msg.value;
        r.inputHash = keccak256(input);
        locked += msg.value;
        emit Requested(requestId, modelId, msg.sender, input, msg.value, callbackContract, selector, gasLimit);
    }

    /// @notice Posts the first result of requestId: output and the final claim the submitter will defend in a
    ///         game, proven to contain the output. msg.value is the bond. Starts the challenge window.
    function submit(uint256 requestId, bytes calldata output, ClaimProof calldata c) external payable {
        Request storage r = _request(requestId);
        if (r.status != Status.Requested) revert NotAwaitingResult(requestId, r.status);
        if (block.timestamp >= r.submitDeadline) revert SubmissionClosed(requestId, r.submitDeadline);
        if (msg.value < submitterBond) revert BondTooLow(msg.value, submitterBond);
        (, uint32 outputSize) = registry.ioSizes(r.modelId);
        if (output.length != outputSize) revert WrongOutputSize(output.length, outputSize);
        bytes32 finalClaim = _checkClaim(r.modelId, output, c);

        r.status = Status.Submitted;
        r.submitter = msg.sender;
        r.bond = msg.value;
        r.output = output;
        r.claim = finalClaim;
        r.windowEnd = uint64(block.timestamp) + challengeWindow;
        locked += msg.value;
        emit Submitted(requestId, msg.sender, output, finalClaim, msg.value, r.windowEnd);
    }

    /// @notice Disputes requestId's current result, claiming output and c's claim instead (proven as in submit).
    ///         msg.value is the bond. Opens a game with the submitter as asserter. Several challengers may each
    ///         open one. The request's game start must have been set (setGameStart).
    function challenge(uint256 requestId, bytes calldata output, ClaimProof calldata c)
        external
        payable
        returns (uint256 gameId)
    {
        Request storage r = _request(requestId);
        if (r.status != Status.Submitted) revert NotChallengeable(requestId, r.status);
        if (block.timestamp >= r.windowEnd) revert ChallengeWindowClosed(requestId, r.windowEnd);
        if (msg.value < challengerBond) revert BondTooLow(msg.value, challengerBond);
        if (c.claim == r.claim) revert SameClaim(c.claim);
        if (msg.sender == r.submitter) revert SelfChallenge();
        (, uint32 outputSize) = registry.ioSizes(r.modelId);
        if (output.length != outputSize) revert WrongOutputSize(output.length, outputSize);
        bytes32 finalClaim = _checkClaim(r.modelId, output, c);

        locked += msg.value;
        r.openGames++;
        gameId = game.open(requestId, r.submitter, msg.sender, r.claim, finalClaim);
        Game storage g = games[gameId];
        if (g.asserter != address(0)) revert GameIdTaken(gameId);
        g.requestId = requestId;
        g.asserter = r.submitter;
        g.challenger = msg.sender;
        g.bond = msg.value;
        g.claim = finalClaim;
        g.output = output;
        g.round = r.round;
        g.open = true;
        emit Challenged(requestId, gameId, msg.sender, r.submitter, output, finalClaim, msg.value);
    }

    /// @notice Computes request requestId's agreed start and gives it to the game contract, which opens every game
    ///         on the request from it. Anyone may call it, once per request, before challenging.
    ///         Single-phase: the model's registered executor state with the input inserted as the memory sub-tree
    ///         of the input region; siblings are the 32 − log2(padded input size) nodes beside the region in that
    ///         state's memory tree (lowest first), checked with the region empty. The game is one VM level.
    ///         Multi-phase: the registered graph state with the input's commitment as the input's leaf; siblings
    ///         prove that leaf zero in the registered state. The game starts with a graph level over the nodes.
    function setGameStart(uint256 requestId, bytes calldata input, bytes32[] calldata siblings) external {
        Request storage r = _request(requestId);
        if (r.startSet) revert StartAlreadySet(requestId);
        if (keccak256(input) != r.inputHash) revert WrongInput(keccak256(input), r.inputHash);
        ModelRegistry.ModelInfo memory m = registry.getModel(r.modelId);
        bytes32 inputRoot = StateLib.commit(input);
        bytes32 start;
        if (m.programStateData.length != 0) {
            start = _singlePhaseStart(requestId, m.programStateData, StateLib.paddedLog2(input.length), inputRoot, siblings);
            game.setStart(requestId, r.modelId, start, StateLib.VM_STEPS, IDisputeGame.LevelKind.VM);
            emit GameStartSet(requestId, start, StateLib.VM_STEPS, 1);
        } else {
            bytes32[] memory sibs = siblings;
            if (sibs.length != MerkleLib.height(m.numTensors) || MerkleLib.rootOf(0, m.inputId, sibs) != m.graphState) {
                revert InputNotEmpty(requestId);
            }
            start = MerkleLib.rootOf(inputRoot, m.inputId, sibs);
            game.setStart(requestId, r.modelId, start, m.numNodes, IDisputeGame.LevelKind.Graph);
            emit GameStartSet(requestId, start, m.numNodes, 2);
        }
        r.startSet = true;
    }

    /// @dev The single-phase start: state with the input region (empty, proven by siblings) set to inputRoot.
    function _singlePhaseStart(
        uint256 requestId,
        bytes memory state,
        uint256 log2Size,
        bytes32 inputRoot,
        bytes32[] calldata siblings
    ) private pure returns (bytes32) {
        bytes32[] memory sibs = siblings;
        if (!MerkleLib.verifyRegion(StateLib.memRoot(state), StateLib.INPUT_ADDR, log2Size, StateLib.zeroRoot(log2Size), sibs)) {
            revert InputNotEmpty(requestId);
        }
        StateLib.setMemRoot(state, MerkleLib.regionRoot(StateLib.INPUT_ADDR, log2Size, inputRoot, sibs));
        return StateLib.runningStateHash(state);
    }

    /// @inheritdoc IDisputeResolver
    function resolved(uint256 gameId, address winner) external {
        if (msg.sender != address(game)) revert OnlyGame(msg.sender);
        Game storage g = games[gameId];
        if (!g.open) revert GameNotOpen(gameId);
        if (winner != g.asserter && winner != g.challenger) revert NotAParty(gameId, winner);
        g.open = false;

        uint256 requestId = g.requestId;
        Request storage r = requests[requestId];
        bool current = g.round == r.round && r.status == Status.Submitted;
        if (current) r.openGames--;

        bool replaced;
        if (winner == g.asserter) {
            // The challenger's bond goes to the asserter.
            _credit(g.asserter, g.bond);
        } else if (current) {
            // The submitter's bond goes to the challenger, whose own bond now stands behind its result,
            // which replaces the submitter's and is open to challenge for a new window.
            _credit(g.challenger, r.bond);
            r.submitter = g.challenger;
            r.bond = g.bond;
            r.output = g.output;
            r.claim = g.claim;
            r.round++;
            r.openGames = 0; // the other games against the old result no longer hold the result up
            r.windowEnd = uint64(block.timestamp) + challengeWindow;
            replaced = true;
        } else {
            // The result this game disputed was replaced already and its bond paid to the first winner:
            // the challenger gets its own bond back.
            _credit(g.challenger, g.bond);
        }
        emit Resolved(requestId, gameId, winner, replaced);
        if (replaced) emit ResultReplaced(requestId, r.submitter, r.output, r.claim, r.round, r.windowEnd);
    }

    /// @notice Makes requestId's result final once its window has passed with no open game against it: pays the
    ///         fee to the submitter, returns its bond, and delivers the output to the callback. A callback that
    ///         reverts or runs out of gas does not stop finalization; Delivered says whether it succeeded.
    function finalize(uint256 requestId) external {
        Request storage r = _request(requestId);
        if (r.status != Status.Submitted) revert NotChallengeable(requestId, r.status);
        if (block.timestamp < r.windowEnd) revert ChallengeWindowOpen(requestId, r.windowEnd);
        if (r.openGames != 0) revert GamesOpen(requestId, r.openGames);

        r.status = Status.Finalized;
        _credit(r.submitter, r.fee + r.bond);
        emit Finalized(requestId, r.submitter, r.output, r.claim);

        // The callback must get its full gas limit, or a finalizer could starve it and mark it failed: by the
        // 63/64 rule it gets at most 63/64 of what is left.
        uint256 needed = uint256(r.gasLimit) + uint256(r.gasLimit) / 63 + FINALIZE_RESERVE;
        if (gasleft() < needed) revert NotEnoughGasForCallback(gasleft(), needed);
        bytes memory data = abi.encodeWithSelector(r.selector, requestId, r.output);
        address target = r.callbackContract;
        uint256 gasLimit = r.gasLimit;
        bool ok;
        assembly {
            // No return data is copied: a callback cannot make finalize pay for a huge return.
            ok := call(gasLimit, target, 0, add(data, 0x20), mload(data), 0, 0)
        }
        r.delivered = ok;
        emit Delivered(requestId, target, ok);
    }

    /// @notice Gives the fee of a request that got no result before its deadline back to its requester.
    function refund(uint256 requestId) external {
        Request storage r = _request(requestId);
        if (r.status != Status.Requested) revert NotAwaitingResult(requestId, r.status);
        if (block.timestamp < r.submitDeadline) revert SubmissionStillOpen(requestId, r.submitDeadline);
        r.status = Status.Refunded;
        _credit(r.requester, r.fee);
        emit Refunded(requestId, r.requester, r.fee);
    }

    /// @notice Sends the caller everything it is owed.
    function withdraw() external {
        uint256 amount = owed[msg.sender];
        if (amount == 0) revert NothingToWithdraw();
        owed[msg.sender] = 0;
        owedTotal -= amount;
        emit Withdrawn(msg.sender, amount);
        (bool ok,) = msg.sender.call{value: amount}("");
        if (!ok) revert WithdrawFailed();
    }

    // -------------------------------------------------------------------------------------------------------------
    // Views
    // -------------------------------------------------------------------------------------------------------------

    /// @notice Request requestId as stored (the current result included; the input by its hash).
    function getRequest(uint256 requestId) external view returns (Request memory) {
        return _request(requestId);
    }

    /// @notice Game gameId as the oracle knows it.
    function getGame(uint256 gameId) external view returns (Game memory) {
        return games[gameId];
    }

    // -------------------------------------------------------------------------------------------------------------
    // Internal
    // -------------------------------------------------------------------------------------------------------------

    function _request(uint256 requestId) private view returns (Request storage r) {
        r = requests[requestId];
        if (r.status == Status.None) revert UnknownRequest(requestId);
    }

    /// @dev Checks that c's claim contains output (see ClaimProof) and returns the claim.
    function _checkClaim(bytes32 modelId, bytes calldata output, ClaimProof calldata c) private view returns (bytes32) {
        ModelRegistry.ModelInfo memory m = registry.getModel(modelId);
        bytes32 outputRoot = StateLib.commit(output);
        bytes32[] memory sibs = c.siblings;
        if (m.programStateData.length != 0) {
            bytes memory end = c.endState;
            if (end.length != StateLib.STATE_SIZE) revert BadClaimProof("the end state is not 312 bytes");
            bytes32 h = StateLib.stateHash(end);
            if (h != c.claim) revert BadClaimProof("the claim is not the end state's hash");
            if (StateLib.status(h) != StateLib.STATUS_EXITED_OK) revert BadClaimProof("the end state did not exit 0");
            uint256 log2Size = StateLib.paddedLog2(output.length);
            if (sibs.length != 32 - log2Size) revert BadClaimProof("wrong number of output region siblings");
            if (!MerkleLib.verifyRegion(StateLib.memRoot(end), StateLib.OUTPUT_ADDR, log2Size, outputRoot, sibs)) {
                revert BadClaimProof("the output is not the end state's output region");
            }
        } else {
            if (c.endState.length != 0) revert BadClaimProof("a multi-phase claim has no end state");
            if (sibs.length != MerkleLib.height(m.numTensors) || MerkleLib.rootOf(outputRoot, m.outputId, sibs) != c.claim) {
                revert BadClaimProof("the output is not the claim's output leaf");
            }
        }
        return c.claim;
    }

    /// @dev Moves amount from locked to what account may withdraw.
    function _credit(address account, uint256 amount) private {
        locked -= amount;
        owed[account] += amount;
        owedTotal += amount;
    }
}
