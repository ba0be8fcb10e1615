// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IAIOracle} from "../../sdk/src/IAIOracle.sol";
import {AIOracleCallbackReceiver} from "../../sdk/src/AIOracleCallbackReceiver.sol";

/// @title GasBurner
/// @notice TEST dApp: its callback needs nearly all the gas it is given. It records the gas it had on entry, then
///         burns gas until only `spare` is left and marks the request done; given less than its limit it runs out
///         and reverts, so a starved delivery shows as a failed one. While paused its callbacks revert.
contract GasBurner is AIOracleCallbackReceiver {
    uint256 public immutable spare;
    mapping(uint256 => uint256) public gasAtEntry;
    mapping(uint256 => uint256) public outputLength;
    mapping(uint256 => bool) public done;
    bool public paused;
    uint256 private sink;

    error Paused();

    function setPaused(bool p) external {
        paused = p;
    }

    constructor(IAIOracle oracle_, uint256 spare_) AIOracleCallbackReceiver(oracle_) {
        spare = spare_;
    }

    /// @notice Asks model modelId about input with a callback of gasLimit gas.
    function ask(uint256 modelId, bytes calldata input, uint64 gasLimit) external payable returns (uint256) {
        return aiOracle.requestCallback{value: msg.value}(modelId, input, address(this), gasLimit, "");
    }

    function aiOracleCallback(uint256 requestId, bytes calldata output, bytes calldata) external override onlyAIOracleCallback {
        uint256 entry = gasleft();
        if (paused) revert Paused();
        gasAtEntry[requestId] = entry;
        outputLength[requestId] = output.length;
        // The two writes below cost about 45k gas; burn the rest down to spare.
        while (gasleft() > spare + 50_000) {
            sink = uint256(keccak256(abi.encode(sink)));
        }
        done[requestId] = true;
    }
}
