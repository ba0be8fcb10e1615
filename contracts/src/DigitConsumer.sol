// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IAIOracle} from "../sdk/src/IAIOracle.sol";
import {AIOracleCallbackReceiver} from "../sdk/src/AIOracleCallbackReceiver.sol";

/// @notice What DigitConsumer needs of opml's oracle beyond IAIOracle: taking back a refunded fee.
interface IOracleRefunds {
    function owed(address account) external view returns (uint256);
    function withdraw() external;
}

/// @title DigitConsumer
/// @notice An example dApp on the AIOracleCallbackReceiver base: asks the oracle which digit a 28×28 grey-scale
///         image shows (an MNIST classifier registered under modelId) and stores the answer per request when the
///         oracle delivers it.
/// @dev    The output is what the MNIST graphs of models/mnist produce: the arg-max digit as one int32 tensor
///         element, little-endian (4 bytes). Any other output is stored as delivered but marked invalid, so a
///         dApp can tell "no answer" from "an answer that is not a digit". A request without output (the run
///         failed, or nobody answered) is marked failed; when nobody answered, its asker can take the fee back.
contract DigitConsumer is AIOracleCallbackReceiver {
    uint256 public constant IMAGE_SIZE = 28 * 28;
    /// @notice Gas the oracle gives the callbacks: enough to store the output of a small classifier.
    uint64 public constant CALLBACK_GAS = 200_000;

    uint256 public immutable modelId;

    struct Answer {
        bool delivered;
        bool valid; // the output is an int32 in 0..9
        bool failed; // no output: the model's run failed, or no result was left (then noResult)
        bool noResult; // the fee went back to this contract: the asker may reclaim it
        uint8 digit;
        bytes output;
    }

    mapping(uint256 => Answer) private answers;
    /// @notice Who asked request requestId, and the fee it paid.
    mapping(uint256 => address) public askerOf;
    mapping(uint256 => uint256) public feeOf;
    /// @notice Requests whose fee went back to their asker.
    mapping(uint256 => bool) public reclaimed;

    error WrongImageSize(uint256 got);
    error NotTheAsker(uint256 requestId, address caller);
    error NotRefundable(uint256 requestId);
    error TransferFailed();
    error OnlyOracle(address caller);

    event Asked(uint256 indexed requestId, address indexed asker);
    event Answered(uint256 indexed requestId, uint8 digit, bool valid);
    event NoAnswer(uint256 indexed requestId, bool noResult);

    constructor(IAIOracle oracle_, uint256 modelId_) AIOracleCallbackReceiver(oracle_) {
        modelId = modelId_;
    }

    /// @notice The fee ask must carry.
    function fee() external view returns (uint256) {
        return aiOracle.estimateFee(modelId, CALLBACK_GAS);
    }

    /// @notice Asks for the digit in image (784 bytes, row-major); msg.value is passed on as the oracle fee.
    function ask(bytes calldata image) external payable returns (uint256 requestId) {
        if (image.length != IMAGE_SIZE) revert WrongImageSize(image.length);
        requestId = aiOracle.requestCallback{value: msg.value}(modelId, image, address(this), CALLBACK_GAS, "");
        askerOf[requestId] = msg.sender;
        feeOf[requestId] = msg.value;
        emit Asked(requestId, msg.sender);
    }

    /// @inheritdoc AIOracleCallbackReceiver
    function aiOracleCallback(uint256 requestId, bytes calldata output, bytes calldata) external override onlyAIOracleCallback {
        Answer storage a = answers[requestId];
        a.delivered = true;
        a.output = output;
        // Little-endian int32 in 0..9: the first byte is the digit, the other three are zero.
        if (output.length == 4 && uint8(output[0]) <= 9 && output[1] == 0 && output[2] == 0 && output[3] == 0) {
            a.valid = true;
            a.digit = uint8(output[0]);
        }
        emit Answered(requestId, a.digit, a.valid);
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

    /// @notice Gives the asker of a request that got no result its fee back: the oracle refunds fees to the
    ///         requester, which is this contract; it collects them and forwards each to its asker.
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
