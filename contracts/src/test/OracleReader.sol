// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {PreimageOracle} from "../PreimageOracle.sol";

/// @title OracleReader
/// @notice A contract that loads local data and reads it back, as the dispute game and the VM will: used by
///         Go tests to check that localization binds data to the loading contract, and to measure the gas of
///         readPreimage as one contract calling the oracle.
contract OracleReader {
    PreimageOracle public immutable oracle;

    constructor(PreimageOracle oracle_) {
        oracle = oracle_;
    }

    /// @notice Loads a part of local data through this contract, so it is localized for this contract.
    function loadLocal(bytes32 key, bytes32 localContext, bytes calldata data, uint256 partOffset)
        external
        returns (bytes32)
    {
        return oracle.loadLocalData(key, localContext, data, partOffset);
    }

    /// @notice readPreimage and the gas of the external call to the oracle, measured inside the EVM.
    function measureRead(bytes32 key, uint256 offset)
        external
        view
        returns (bytes32 dat, uint256 datLen, uint256 gasUsed)
    {
        uint256 before = gasleft();
        (dat, datLen) = oracle.readPreimage(key, offset);
        gasUsed = before - gasleft();
    }
}
