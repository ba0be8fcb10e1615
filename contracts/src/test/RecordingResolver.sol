// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IDisputeGame, IDisputeResolver} from "../IDisputeResolver.sol";
import {DisputeGame} from "../DisputeGame.sol";

/// @title RecordingResolver
/// @notice A resolver for tests of DisputeGame: it opens games (so it is their resolver) and records the winner
///         each game reports, and how many times a game reported.
contract RecordingResolver is IDisputeResolver {
    DisputeGame public immutable game;
    mapping(uint256 => address) public winner;
    mapping(uint256 => uint256) public reports;

    error NotTheGame(address sender);

    constructor(DisputeGame game_) {
        game = game_;
    }

    /// @notice Opens a VM game with this contract as its resolver.
    function openVM(address asserter, address challenger, bytes32 startState, bytes32 claimedEnd, uint64 steps)
        external
        returns (uint256)
    {
        return game.openVM(0, asserter, challenger, startState, claimedEnd, steps);
    }

    /// @notice Opens a game the way the oracle does: setStart, then open.
    function openAsOracle(
        uint256 requestId,
        address asserter,
        address challenger,
        bytes32 startState,
        bytes32 asserterClaim,
        bytes32 challengerClaim,
        uint64 steps
    ) external returns (uint256) {
        game.setStart(requestId, 0, startState, steps, IDisputeGame.LevelKind.VM);
        return game.open(requestId, asserter, challenger, asserterClaim, challengerClaim);
    }

    /// @notice Opens another game on a request whose start was set before.
    function openAgain(uint256 requestId, address asserter, address challenger, bytes32 asserterClaim, bytes32 challengerClaim)
        external
        returns (uint256)
    {
        return game.open(requestId, asserter, challenger, asserterClaim, challengerClaim);
    }

    /// @inheritdoc IDisputeResolver
    function resolved(uint256 gameId, address winner_) external {
        if (msg.sender != address(game)) revert NotTheGame(msg.sender);
        winner[gameId] = winner_;
        reports[gameId]++;
    }
}
