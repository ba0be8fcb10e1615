// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IDisputeGame, IDisputeResolver} from "../IDisputeResolver.sol";

/// @title FakeGame
/// @notice TEST DOUBLE of the dispute game, for AIOracle's Go tests only: it plays no game, it records the games
///         opened and lets the test name the winner with decide. Never deploy it for real use.
contract FakeGame is IDisputeGame {
    struct Opened {
        IDisputeResolver resolver;
        uint256 requestId;
        address asserter;
        address challenger;
        bytes32 asserterClaim;
        bytes32 challengerClaim;
    }

    struct Start {
        bytes32 state;
        uint64 steps;
    }

    uint256 public gameCount;
    mapping(uint256 => Opened) public fakeOpened;
    /// @notice The start each resolver set for each request.
    mapping(address => mapping(uint256 => Start)) public fakeStarts;

    uint64 public constant clock = 300;

    function setStart(uint256 requestId, uint256, bytes32 startState, uint64 steps, LevelKind) external {
        fakeStarts[msg.sender][requestId] = Start(startState, steps);
    }

    event Opened_(uint256 indexed gameId, uint256 indexed requestId, address asserter, address challenger);

    function open(
        uint256 requestId,
        address asserter,
        address challenger,
        bytes32 asserterClaim,
        bytes32 challengerClaim
    ) external returns (uint256 gameId) {
        gameId = ++gameCount;
        fakeOpened[gameId] = Opened(IDisputeResolver(msg.sender), requestId, asserter, challenger, asserterClaim, challengerClaim);
        emit Opened_(gameId, requestId, asserter, challenger);
    }

    /// @notice Ends game gameId with winner, telling the contract that opened it.
    function decide(uint256 gameId, address winner) external {
        fakeOpened[gameId].resolver.resolved(gameId, winner);
    }
}
