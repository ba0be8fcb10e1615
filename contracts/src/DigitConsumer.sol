// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {AIOracle} from "./AIOracle.sol";

/// @title DigitConsumer
/// @notice An example dApp: asks the oracle which digit a 28×28 grey-scale image shows (an MNIST classifier
///         registered under modelId) and stores the answer per request when the oracle delivers it.
/// @dev    The output is what the MNIST graphs of models/mnist produce: the arg-max digit as one int32 tensor
///         element, little-endian (4 bytes). Any other output is stored as delivered but marked invalid, so a
///         dApp can tell "no answer" from "an answer that is not a digit".
contract DigitConsumer {
    uint256 public constant IMAGE_SIZE = 28 * 28;
    /// @notice Gas the oracle gives onResult: enough to store the output of a small classifier.
    uint64 public constant CALLBACK_GAS = 200_000;

    AIOracle public immutable oracle;
    bytes32 public immutable modelId;

    struct Answer {
        bool delivered;
        bool valid; // the output is an int32 in 0..9
        uint8 digit;
        bytes output;
    }

    mapping(uint256 => Answer) private answers;
    /// @notice Who asked request requestId (and paid its fee).
    mapping(uint256 => address) public askerOf;
    /// @notice Requests whose fee went back to their asker.
    mapping(uint256 => bool) public reclaimed;

    error OnlyOracle(address caller);
    error WrongImageSize(uint256 got);
    error NotTheAsker(uint256 requestId, address caller);
    error AlreadyReclaimed(uint256 requestId);
    error NotRefundable(uint256 requestId);
    error TransferFailed();

    event Asked(uint256 indexed requestId, address indexed asker);
    event Answered(uint256 indexed requestId, uint8 digit, bool valid);

    constructor(AIOracle oracle_, bytes32 modelId_) {
        oracle = oracle_;
        modelId = modelId_;
    }

    /// @notice Asks for the digit in image (784 bytes, row-major); msg.value is passed on as the oracle fee.
    function ask(bytes calldata image) external payable returns (uint256 requestId) {
        if (image.length != IMAGE_SIZE) revert WrongImageSize(image.length);
        requestId = oracle.requestCallback{value: msg.value}(modelId, image, address(this), this.onResult.selector, CALLBACK_GAS);
        askerOf[requestId] = msg.sender;
        emit Asked(requestId, msg.sender);
    }

    /// @notice Gives the asker of a request that got no result in time its fee back. The oracle refunds fees to
    ///         the requester, which is this contract; it collects them and forwards each to its asker.
    function reclaimFee(uint256 requestId) external {
        if (askerOf[requestId] != msg.sender) revert NotTheAsker(requestId, msg.sender);
        if (reclaimed[requestId]) revert AlreadyReclaimed(requestId);
        reclaimed[requestId] = true;
        AIOracle.Request memory r = oracle.getRequest(requestId);
        if (r.status == AIOracle.Status.Requested) oracle.refund(requestId); // reverts while results may come
        else if (r.status != AIOracle.Status.Refunded) revert NotRefundable(requestId); // it was served
        if (oracle.owed(address(this)) != 0) oracle.withdraw();
        (bool ok,) = msg.sender.call{value: r.fee}("");
        if (!ok) revert TransferFailed();
    }

    /// @notice Receives refunded fees from the oracle's withdraw.
    receive() external payable {
        if (msg.sender != address(oracle)) revert OnlyOracle(msg.sender);
    }

    /// @notice The oracle's delivery of requestId's final output.
    function onResult(uint256 requestId, bytes calldata output) external {
        if (msg.sender != address(oracle)) revert OnlyOracle(msg.sender);
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

    /// @notice What the oracle delivered for requestId (delivered is false until then).
    function answer(uint256 requestId) external view returns (Answer memory) {
        return answers[requestId];
    }
}
