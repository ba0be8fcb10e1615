// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title IDisputeGame
/// @notice What AIOracle needs from the dispute game contract: opening a game between the party that stands by a
///         result (the asserter) and a party that disputes it (the challenger). The game later reports the
///         winner to whoever opened it through IDisputeResolver.resolved.
interface IDisputeGame {
    /// @notice Sets the agreed start state hash and the step count of the VM level of every game the caller opens
    ///         on requestId from now on (computed by the caller from the registered model and the request).
    function setStart(uint256 requestId, bytes32 startState, uint64 steps) external;

    /// @notice Opens a game on request requestId. The caller (the resolver) is the one told of the outcome.
    /// @param asserterClaim   the final claim the asserter stands by (docs/game.md, "Parties and claims")
    /// @param challengerClaim the final claim the challenger says is right instead
    /// @return gameId an id unique within the game contract
    function open(
        uint256 requestId,
        address asserter,
        address challenger,
        bytes32 asserterClaim,
        bytes32 challengerClaim
    ) external returns (uint256 gameId);
}

/// @title IDisputeResolver
/// @notice The callback a dispute game makes when a game it opened for the resolver ends.
interface IDisputeResolver {
    /// @notice Game gameId ended; winner is its asserter or its challenger. Only the game contract may call it.
    function resolved(uint256 gameId, address winner) external;
}
