// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IAIOracle} from "../../sdk/src/IAIOracle.sol";
import {AIOracleCallbackReceiver} from "../../sdk/src/AIOracleCallbackReceiver.sol";
import {IOracleRefunds} from "../DigitConsumer.sol";
import {ModelRegistry} from "../ModelRegistry.sol";

/// @title TensorConsumer
/// @notice An example dApp for any model on the oracle: it asks a model (an imported ONNX graph, a LLaMA
///         generation, ...) with tensors in and receives tensors out. A request's input is the model's graph inputs'
///         canonical bytes (little-endian elements, C order) concatenated in the registered order; a delivered
///         output is the graph outputs' bytes concatenated likewise (docs/game.md, "Inputs and outputs"). The
///         registry's getModel lists each input and output with its name, dtype, shape and size, so a client can
///         encode and decode them.
contract TensorConsumer is AIOracleCallbackReceiver {
    uint256 public immutable modelId;
    /// @notice Gas the oracle gives the callback: enough to store the model's output.
    uint64 public immutable callbackGas;
    uint32 public immutable inputSize;
    uint32 public immutable outputSize;

    struct Answer {
        bool delivered;
        bool failed; // no output: the model's run failed, or no result was left (then noResult)
        bool noResult; // the fee went back to this contract: the asker may reclaim it
        bytes output; // the graph outputs' bytes concatenated
    }

    mapping(uint256 => Answer) private answers;
    mapping(uint256 => address) public askerOf;
    mapping(uint256 => uint256) public feeOf;
    mapping(uint256 => bool) public reclaimed;

    error WrongInputSize(uint256 got, uint256 want);
    error NotTheAsker(uint256 requestId, address caller);
    error NotRefundable(uint256 requestId);
    error TransferFailed();
    error OnlyOracle(address caller);

    event Asked(uint256 indexed requestId, address indexed asker);
    event Answered(uint256 indexed requestId, bytes32 outputHash, uint256 outputBytes);
    event NoAnswer(uint256 indexed requestId, bool noResult);

    /// @param registry the oracle's ModelRegistry, read once for the model's sizes.
    /// @param callbackGas_ the callback's gas: about 25,000 per 32 bytes of output and 50,000 more.
    constructor(IAIOracle oracle_, ModelRegistry registry, uint256 modelId_, uint64 callbackGas_) AIOracleCallbackReceiver(oracle_) {
        modelId = modelId_;
        callbackGas = callbackGas_;
        (inputSize, outputSize) = registry.ioSizes(modelId_);
    }

    /// @notice The fee ask must carry.
    function fee() external view returns (uint256) {
        return aiOracle.estimateFee(modelId, callbackGas);
    }

    /// @notice Asks the model about input (its inputs' bytes concatenated); msg.value is the oracle fee.
    function ask(bytes calldata input) external payable returns (uint256 requestId) {
        if (input.length != inputSize) revert WrongInputSize(input.length, inputSize);
        requestId = aiOracle.requestCallback{value: msg.value}(modelId, input, address(this), callbackGas, "");
        askerOf[requestId] = msg.sender;
        feeOf[requestId] = msg.value;
        emit Asked(requestId, msg.sender);
    }

    /// @inheritdoc AIOracleCallbackReceiver
    function aiOracleCallback(uint256 requestId, bytes calldata output, bytes calldata) external override onlyAIOracleCallback {
        Answer storage a = answers[requestId];
        a.delivered = true;
        a.output = output;
        emit Answered(requestId, keccak256(output), output.length);
    }

    /// @inheritdoc AIOracleCallbackReceiver
    function aiOracleCallbackError(uint256 requestId, AIOracleError code, bytes calldata message, bytes calldata callbackData)
        external
        override
        onlyAIOracleCallback
    {
        Answer storage a = answers[requestId];
        a.delivered = true;
        a.failed = true;
        a.noResult = keccak256(message) == keccak256("opml: no result; the fee was refunded");
        emit AICallbackError(requestId, code, message, callbackData);
        emit NoAnswer(requestId, a.noResult);
    }

    /// @notice Gives the asker of a request that got no result its fee back (as DigitConsumer does).
    function reclaimFee(uint256 requestId) external {
        if (askerOf[requestId] != msg.sender) revert NotTheAsker(requestId, msg.sender);
        if (!answers[requestId].noResult || reclaimed[requestId]) revert NotRefundable(requestId);
        reclaimed[requestId] = true;
        IOracleRefunds refunds = IOracleRefunds(address(aiOracle));
        if (refunds.owed(address(this)) != 0) refunds.withdraw();
        (bool ok,) = msg.sender.call{value: feeOf[requestId]}("");
        if (!ok) revert TransferFailed();
    }

    /// @notice Receives refunded fees from the oracle's withdraw.
    receive() external payable {
        if (msg.sender != address(aiOracle)) revert OnlyOracle(msg.sender);
    }

    /// @notice What the oracle delivered for requestId (delivered is false until then).
    function answer(uint256 requestId) external view returns (Answer memory) {
        return answers[requestId];
    }
}
