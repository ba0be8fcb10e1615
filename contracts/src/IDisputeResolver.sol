// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title IDisputeGame
/// @notice What AIOracle needs from the dispute game contract: opening a game between the party that stands by a
///         result (the asserter) and a party that disputes it (the challenger). The game later reports the
///         winner to whoever opened it through IDisputeResolver.resolved.
interface IDisputeGame {
    /// @notice What the positions of a level are: VM steps, graph nodes, or the tiles of one node's output
    ///         (docs/game.md, "Levels").
    enum LevelKind {
        VM,
        Graph,
        Tile
    }

    /// @notice Sets the agreed start of every game the caller opens on requestId from now on: the value at
    ///         position 0 of the first level (a VM state hash or a graph state root), the level's length and kind,
    ///         and the model whose registration the game reads at a phase handoff (computed by the caller from the
    ///         registered model and the request).
    function setStart(uint256 requestId, uint256 modelId, bytes32 start, uint64 positions, LevelKind kind) external;

    /// @notice Seconds on each party's chess clock at the start of a game: a game ends at most 2·clock after it
    ///         opened (plus the block that times it out), which bounds the oracle's time to finality.
    function clock() external view returns (uint64);

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
