// SPDX-License-Identifier: MIT
pragma solidity ^0.8.9;

/// @title IAIOracle
/// @notice The AI oracle interface that ORA's AI Oracle (OAO) defined and opml's AIOracle implements, so a dApp
///         written against it asks either one. A dApp asks for model modelId's output on an input and names the
///         contract, gas limit and opaque data of the callback that receives it (AIOracleCallbackReceiver).
interface IAIOracle {
    /// @notice A request was made: account asked model modelId for its output on input, to be delivered to
    ///         callbackContract with gasLimit gas together with callbackData.
    event AICallbackRequest(
        address indexed account,
        uint256 indexed requestId,
        uint256 modelId,
        bytes input,
        address callbackContract,
        uint64 gasLimit,
        bytes callbackData
    );

    /// @notice The output of request requestId (asked by account) was delivered, in a transaction sent by invoker.
    event AICallbackResult(address indexed account, uint256 indexed requestId, address invoker, bytes output);

    /// @notice Asks for model modelId's output on input; msg.value pays the fee (estimateFee). When the result is
    ///         final the oracle calls callbackContract.aiOracleCallback(requestId, output, callbackData) with gasLimit
    ///         gas. callbackContract zero (and gasLimit zero) asks for no callback.
    /// @return the request's id
    function requestCallback(
        uint256 modelId,
        bytes memory input,
        address callbackContract,
        uint64 gasLimit,
        bytes memory callbackData
    ) external payable returns (uint256);

    /// @notice The fee a request of model modelId with a callback of gasLimit gas pays.
    function estimateFee(uint256 modelId, uint256 gasLimit) external view returns (uint256);

    /// @notice Whether request requestId's outcome is final.
    function isFinalized(uint256 requestId) external view returns (bool);
}
