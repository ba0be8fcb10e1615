// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IAIOracle} from "../../sdk/src/IAIOracle.sol";
import {AIOracleCallbackReceiver} from "../../sdk/src/AIOracleCallbackReceiver.sol";

/// @title PromptBoard
/// @notice An example dApp in the style of ORA's prompt examples, written against IAIOracle and its callback base
///         only, so it runs on either oracle: anyone asks a model about a prompt, the answer is stored by prompt and
///         readable by anyone. The owner sets each model's callback gas.
contract PromptBoard is AIOracleCallbackReceiver {
    struct AIOracleRequest {
        address sender;
        uint256 modelId;
        bytes input;
        bytes output;
        bool failed;
    }

    address public immutable owner;
    /// @notice requestId => the request and, once delivered, its answer.
    mapping(uint256 => AIOracleRequest) public requests;
    /// @notice modelId => the gas its callback is given.
    mapping(uint256 => uint64) public callbackGasLimit;
    /// @notice modelId => prompt => answer.
    mapping(uint256 => mapping(string => string)) public prompts;

    error OnlyOwner(address caller);
    error UnknownRequest(uint256 requestId);

    event promptRequest(uint256 requestId, address sender, uint256 modelId, string prompt);
    event promptsUpdated(uint256 requestId, uint256 modelId, string input, string output, bytes callbackData);

    constructor(IAIOracle aiOracle_) AIOracleCallbackReceiver(aiOracle_) {
        owner = msg.sender;
    }

    function setCallbackGasLimit(uint256 modelId, uint64 gasLimit) external {
        if (msg.sender != owner) revert OnlyOwner(msg.sender);
        callbackGasLimit[modelId] = gasLimit;
    }

    /// @notice The fee calculateAIResult must carry for modelId.
    function estimateFee(uint256 modelId) public view returns (uint256) {
        return aiOracle.estimateFee(modelId, callbackGasLimit[modelId]);
    }

    /// @notice Asks model modelId about prompt; msg.value pays the oracle's fee.
    function calculateAIResult(uint256 modelId, string calldata prompt) external payable returns (uint256 requestId) {
        bytes memory input = bytes(prompt);
        requestId = aiOracle.requestCallback{value: msg.value}(modelId, input, address(this), callbackGasLimit[modelId], "");
        AIOracleRequest storage r = requests[requestId];
        r.sender = msg.sender;
        r.modelId = modelId;
        r.input = input;
        emit promptRequest(requestId, msg.sender, modelId, prompt);
    }

    /// @inheritdoc AIOracleCallbackReceiver
    function aiOracleCallback(uint256 requestId, bytes calldata output, bytes calldata callbackData)
        external
        override
        onlyAIOracleCallback
    {
        AIOracleRequest storage r = requests[requestId];
        if (r.sender == address(0)) revert UnknownRequest(requestId);
        r.output = output;
        prompts[r.modelId][string(r.input)] = string(output);
        emit promptsUpdated(requestId, r.modelId, string(r.input), string(output), callbackData);
    }

    /// @inheritdoc AIOracleCallbackReceiver
    function aiOracleCallbackError(uint256 requestId, AIOracleError code, bytes calldata message, bytes calldata callbackData)
        external
        override
        onlyAIOracleCallback
    {
        requests[requestId].failed = true;
        emit AICallbackError(requestId, code, message, callbackData);
    }

    /// @notice The answer model modelId gave to prompt ("" until one is delivered).
    function getAIResult(uint256 modelId, string calldata prompt) external view returns (string memory) {
        return prompts[modelId][prompt];
    }
}
