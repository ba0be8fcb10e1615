// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title OracleLedger
/// @notice The money of the optimistic ML oracle: every wei the contract holds is locked (a pending fee, a bond not
///         yet released or shared out), owed to an account (taken with withdraw) or burned (a part of every
///         forfeited bond, which nobody can ever take: it stays in the contract). Invariant:
///         address(this).balance == locked + owedTotal + burned.
/// @dev    Pull payments: no external call moves ether except withdraw, which changes state first.
abstract contract OracleLedger {
    /// @notice What each account may withdraw.
    mapping(address => uint256) public owed;
    /// @notice Sum of owed.
    uint256 public owedTotal;
    /// @notice Ether held for pending fees and for bonds not yet released or shared out.
    uint256 public locked;
    /// @notice Ether forfeited for good (a fixed part of every eliminated entry's bond, and what is left of it
    ///         after its winners' shares).
    uint256 public burned;

    event Withdrawn(address indexed account, uint256 amount);

    error NothingToWithdraw();
    error WithdrawFailed();

    /// @notice Sends the caller everything it is owed.
    function withdraw() external {
        uint256 amount = owed[msg.sender];
        if (amount == 0) revert NothingToWithdraw();
        owed[msg.sender] = 0;
        owedTotal -= amount;
        emit Withdrawn(msg.sender, amount);
        (bool ok,) = msg.sender.call{value: amount}("");
        if (!ok) revert WithdrawFailed();
    }

    /// @dev Ether that came in with the call (a fee or a bond) is now locked.
    function _lock(uint256 amount) internal {
        locked += amount;
    }

    /// @dev Moves amount from locked to what account may withdraw.
    function _credit(address account, uint256 amount) internal {
        if (amount == 0) return;
        locked -= amount;
        owed[account] += amount;
        owedTotal += amount;
    }

    /// @dev Moves amount from locked to burned.
    function _burn(uint256 amount) internal {
        if (amount == 0) return;
        locked -= amount;
        burned += amount;
    }
}
