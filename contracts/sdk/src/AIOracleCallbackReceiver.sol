// SPDX-License-Identifier: MIT
pragma solidity ^0.8.9;

import {IAIOracle} from "./IAIOracle.sol";

/// @title AIOracleCallbackReceiver
/// @notice The base of a dApp that asks an IAIOracle: it keeps the oracle's address, and its callbacks take only
///         the oracle's calls (onlyAIOracleCallback). Compatible with ORA's base of the same name: the same callback
///         signatures, error codes and events.
abstract contract AIOracleCallbackReceiver {
    /// @notice The oracle this dApp asks, and the only caller of its callbacks.
    IAIOracle public immutable aiOracle;

    /// @notice A callback came from found, not from the oracle.
    error UnauthorizedCallbackSource(IAIOracle expected, IAIOracle found);

    /// @notice Why a request got no output. opml sends InvalidInput, with a message saying whether the model's run
    ///         failed on the input or no result was left standing (then the fee went back to the requester).
    enum AIOracleError {
        InvalidInput,
        InvalidBatchSize
    }

    /// @notice The default aiOracleCallbackError records the error it received.
    event AICallbackError(uint256 indexed requestId, AIOracleError indexed code, bytes message, bytes callbackData);

    constructor(IAIOracle aiOracle_) {
        aiOracle = aiOracle_;
    }

    /// @notice Lets only the oracle call.
    modifier onlyAIOracleCallback() {
        if (msg.sender != address(aiOracle)) revert UnauthorizedCallbackSource(aiOracle, IAIOracle(msg.sender));
        _;
    }

    /// @notice Receives request requestId's final output and the callbackData the request carried. Implement it
    ///         with the onlyAIOracleCallback modifier.
    function aiOracleCallback(uint256 requestId, bytes calldata output, bytes calldata callbackData) external virtual;

    /// @notice Receives the news that request requestId has no output (code and message say why). The default
    ///         emits AICallbackError; override it to act on it.
    function aiOracleCallbackError(uint256 requestId, AIOracleError code, bytes calldata message, bytes calldata callbackData)
        external
        virtual
        onlyAIOracleCallback
    {
        emit AICallbackError(requestId, code, message, callbackData);
    }

    /// @notice Whether request requestId's outcome is final at the oracle.
    function isFinalized(uint256 requestId) external view returns (bool) {
        return aiOracle.isFinalized(requestId);
    }
}
