// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IAIOracle} from "../sdk/src/IAIOracle.sol";
import {AIOracleCallbackReceiver} from "../sdk/src/AIOracleCallbackReceiver.sol";
import {IDisputeGame} from "./IDisputeResolver.sol";
import {ModelRegistry} from "./ModelRegistry.sol";
import {OracleEntries} from "./OracleEntries.sol";

/// @title AIOracle
/// @notice The dApp-facing entry point of the optimistic ML oracle, with ORA's AI Oracle interface (IAIOracle), so
///         dApps written for ORA run unchanged. A dApp requests an inference of a registered model (its id is the
///         hash of its registration) and pays the fee; parties post entries (OracleEntries) and play games between
///         them; once entries have closed and every live entry has the same claim, anyone finalizes: the result is
///         delivered by calling the dApp's aiOracleCallback, and the fee goes to the first live entry of that
///         claim by commit order. A run that failed (faulted, exited non-zero, did not halt) and a request nobody
///         answered reach the dApp as aiOracleCallbackError (ORA's error hook, code InvalidInput): see
///         docs/security.md, "What a dApp receives".
/// @dev    The callback gets exactly its gas limit, whatever the output's size: gasleft() is checked right before
///         the call, after the call data is encoded. A callback that reverts does not stop finalization; anyone may
///         retry the delivery (deliver).
contract AIOracle is OracleEntries, IAIOracle {
    /// @notice Default challenge window when the constructor is given zero.
    uint64 public constant DEFAULT_CHALLENGE_WINDOW = 5 minutes;
    /// @notice Default time a request waits for a first entry when the constructor is given zero.
    uint64 public constant DEFAULT_SUBMISSION_WINDOW = 1 hours;
    /// @notice The largest callback gas limit a request may ask for, so a delivery always fits in a transaction.
    uint64 public constant MAX_CALLBACK_GAS = 10_000_000;
    /// @notice Gas a delivery needs beyond the callback's limit and the 1/64 a call keeps back (EIP-150): the CALL
    ///         itself (a cold account) and the few instructions between the check and the call.
    uint256 public constant CALL_OVERHEAD = 5_000;

    /// @notice What aiOracleCallbackError carries when the model's run failed on the input.
    bytes public constant RUN_FAILED = "opml: the model's run failed (a fault, a non-zero exit, or no halt within 2^32 steps)";
    /// @notice What aiOracleCallbackError carries when no result was left standing; the fee went back.
    bytes public constant NO_RESULT = "opml: no result; the fee was refunded";

    error FeeTooLow(uint256 sent, uint256 minimum);
    error InputTooLong(uint256 got, uint256 maximum);
    error CallbackGasTooHigh(uint64 got, uint64 maximum);
    error CallbackWithoutGas();
    error NotFinal(uint256 requestId, Status status);
    error StillOpen(uint256 requestId, uint64 until);
    error Disagreement(uint256 requestId, bytes32 claim, uint32 live, uint32 allLive);
    error WrongOutput(bytes32 got, bytes32 want);
    error AlreadyDelivered(uint256 requestId);
    error NotEnoughGasForCallback(uint256 left, uint256 needed);

    /// @notice Request requestId is final: its claim (zero for no result), whether the run failed, and the entry
    ///         paid the fee (1 + its index; 0: none, the fee went back to the requester).
    event Finalized(uint256 indexed requestId, bytes32 claim, bool failed, uint32 feeEntry, uint256 fee);
    /// @notice A delivery was attempted; success is whether the callback returned without reverting.
    event Delivered(uint256 indexed requestId, address indexed callbackContract, bool success);

    /// @notice The least fee a request pays, and the wei per gas of callback it pays on top (estimateFee).
    uint256 public immutable minFee;
    uint256 public immutable callbackGasPrice;
    uint64 public immutable submissionWindow;

    /// @param challengeWindow_  seconds during which new claims may be posted after the first; 0: the default
    /// @param submissionWindow_ seconds a request waits for a first entry; 0: the default
    constructor(
        ModelRegistry registry_,
        IDisputeGame game_,
        uint256 minFee_,
        uint256 callbackGasPrice_,
        uint256 entryBond_,
        uint64 challengeWindow_,
        uint64 submissionWindow_
    ) OracleEntries(registry_, game_, entryBond_, challengeWindow_ == 0 ? DEFAULT_CHALLENGE_WINDOW : challengeWindow_) {
        minFee = minFee_;
        callbackGasPrice = callbackGasPrice_;
        submissionWindow = submissionWindow_ == 0 ? DEFAULT_SUBMISSION_WINDOW : submissionWindow_;
    }

    // -------------------------------------------------------------------------------------------------------------
    // IAIOracle
    // -------------------------------------------------------------------------------------------------------------

    /// @inheritdoc IAIOracle
    /// @dev input may be shorter than the model's input size: the model sees it zero-padded. callbackContract zero
    ///      (with gasLimit zero) asks for no callback. msg.value is the fee, at least estimateFee(modelId, gasLimit).
    function requestCallback(
        uint256 modelId,
        bytes calldata input,
        address callbackContract,
        uint64 gasLimit,
        bytes calldata callbackData
    ) external payable returns (uint256 requestId) {
        uint256 minimum = estimateFee(modelId, gasLimit);
        if (msg.value < minimum) revert FeeTooLow(msg.value, minimum);
        (uint32 inputSize,) = registry.ioSizes(modelId);
        if (input.length > inputSize) revert InputTooLong(input.length, inputSize);
        if ((callbackContract == address(0)) != (gasLimit == 0)) revert CallbackWithoutGas();
        if (gasLimit > MAX_CALLBACK_GAS) revert CallbackGasTooHigh(gasLimit, MAX_CALLBACK_GAS);

        requestId = nextRequestId++;
        Request storage r = requests[requestId];
        r.modelId = modelId;
        r.requester = msg.sender;
        r.callbackContract = callbackContract;
        r.gasLimit = gasLimit;
        r.callbackData = callbackData;
        r.submitDeadline = uint64(block.timestamp) + submissionWindow;
        r.status = Status.Requested;
        r.fee = msg.value;
        r.inputHash = keccak256(input);
        _lock(msg.value);
        emit AICallbackRequest(msg.sender, requestId, modelId, input, callbackContract, gasLimit, callbackData);
    }

    /// @inheritdoc IAIOracle
    /// @dev The fee pays the entry whose result stands, which also sends the callback: minFee plus gasLimit at
    ///      callbackGasPrice. Reverts if the model is not registered.
    function estimateFee(uint256 modelId, uint256 gasLimit) public view returns (uint256) {
        if (!registry.registered(modelId)) revert ModelRegistry.NotRegistered(modelId);
        return minFee + gasLimit * callbackGasPrice;
    }

    /// @inheritdoc IAIOracle
    /// @dev True once the request's outcome can no longer change: a result (or a failed run) final, or no result.
    function isFinalized(uint256 requestId) external view returns (bool) {
        Status s = requests[requestId].status;
        return s == Status.Finalized || s == Status.NoResult;
    }

    // -------------------------------------------------------------------------------------------------------------
    // Finality
    // -------------------------------------------------------------------------------------------------------------

    /// @notice Ends request requestId once no entry can be posted any more (closesAt, or the submission deadline
    ///         with none): if every live entry has `claim`, that result is final, the fee goes to the first of them
    ///         by commit order and `output` (which must be the result's output, empty for a failed run) is
    ///         delivered; with no live entry left, the fee goes back to the requester and the dApp is told there is
    ///         no result (claim and output are then ignored). Games still open between a live entry and eliminated
    ///         ones go on and settle only bonds. Anyone may call it.
    function finalize(uint256 requestId, bytes32 claim, bytes calldata output) external {
        Request storage r = _request(requestId);
        if (r.status == Status.Requested) {
            if (block.timestamp < r.submitDeadline) revert StillOpen(requestId, r.submitDeadline);
        } else if (r.status == Status.Open) {
            if (block.timestamp < r.closesAt) revert StillOpen(requestId, r.closesAt);
        } else {
            revert NotOpen(requestId, r.status);
        }
        if (r.liveCount == 0) {
            r.status = Status.NoResult;
            _credit(r.requester, r.fee);
            emit Finalized(requestId, 0, false, 0, r.fee);
            _deliver(requestId, r, output[:0]);
            return;
        }
        Claim storage cl = claims[requestId][claim];
        if (cl.live != r.liveCount) revert Disagreement(requestId, claim, cl.live, r.liveCount);
        Entry storage first = entries[requestId][cl.head - 1];
        if (keccak256(output) != first.outputHash) revert WrongOutput(keccak256(output), first.outputHash);
        r.status = Status.Finalized;
        r.finalClaim = claim;
        r.outputHash = first.outputHash;
        r.failed = first.failed;
        r.feeEntry = cl.head;
        _credit(first.poster, r.fee);
        emit Finalized(requestId, claim, first.failed, cl.head, r.fee);
        _deliver(requestId, r, output);
    }

    /// @notice Retries the delivery of a final request whose callback reverted: output must be its final output
    ///         (empty for a failed run or no result). Anyone may call it, as often as it takes.
    function deliver(uint256 requestId, bytes calldata output) external {
        Request storage r = _request(requestId);
        if (r.status != Status.Finalized && r.status != Status.NoResult) revert NotFinal(requestId, r.status);
        if (r.delivered) revert AlreadyDelivered(requestId);
        if (r.status == Status.Finalized && keccak256(output) != r.outputHash) {
            revert WrongOutput(keccak256(output), r.outputHash);
        }
        _deliver(requestId, r, output);
    }

    /// @dev Calls the dApp back with exactly its gas limit: aiOracleCallback with the output, or aiOracleCallbackError
    ///      for a failed run or no result. The gas check comes after the call data is built (its cost grows with the
    ///      output), right before the call.
    function _deliver(uint256 requestId, Request storage r, bytes calldata output) private {
        address target = r.callbackContract;
        if (target == address(0)) {
            r.delivered = true;
            if (r.status == Status.Finalized && !r.failed) emit AICallbackResult(r.requester, requestId, msg.sender, output);
            return;
        }
        bytes memory data;
        if (r.status == Status.NoResult || r.failed) {
            data = abi.encodeCall(
                AIOracleCallbackReceiver.aiOracleCallbackError,
                (requestId, AIOracleCallbackReceiver.AIOracleError.InvalidInput, r.failed ? RUN_FAILED : NO_RESULT, r.callbackData)
            );
        } else {
            data = abi.encodeCall(AIOracleCallbackReceiver.aiOracleCallback, (requestId, output, r.callbackData));
        }
        uint256 gasLimit = r.gasLimit;
        uint256 needed = gasLimit + gasLimit / 63 + CALL_OVERHEAD;
        if (gasleft() < needed) revert NotEnoughGasForCallback(gasleft(), needed);
        bool ok;
        assembly {
            // No return data is copied: a callback cannot make the delivery pay for a huge return.
            ok := call(gasLimit, target, 0, add(data, 0x20), mload(data), 0, 0)
        }
        r.delivered = ok;
        emit Delivered(requestId, target, ok);
        if (ok && r.status == Status.Finalized && !r.failed) emit AICallbackResult(r.requester, requestId, msg.sender, output);
    }
}
