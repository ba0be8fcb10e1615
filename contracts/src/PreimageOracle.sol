// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title PreimageOracle
/// @notice Serves the opml VM's oracle reads on chain (docs/vm.md, "Oracle"). The stream read for a key is
///         `uint64 BE len(data) ‖ data`; it is stored as 32-byte parts, each under its key and its offset in
///         the stream, by whoever can show the part is right:
///         - keccak256 keys (type byte 2): anyone, by supplying the whole preimage, whose hash is the key;
///         - local keys (type byte 1): anyone, but the key is localized by the loader's address and a context,
///           so data loaded by one caller can never be read under another caller's localized key.
contract PreimageOracle {
    /// @notice Type byte of a localized local key.
    uint8 internal constant LOCAL_KEY_TYPE = 1;
    /// @notice Type byte of a keccak256 key.
    uint8 internal constant KECCAK256_KEY_TYPE = 2;

    /// @notice The 32 bytes of the stream of `key` starting at `offset` (zero past the stream's end).
    mapping(bytes32 key => mapping(uint256 offset => bytes32 part)) public preimageParts;
    /// @notice 1 + the number of bytes of the stream of `key` that exist from `offset` on, capped at 32;
    ///         0 when that part was never loaded. One slot answers both "loaded?" and "how long?".
    mapping(bytes32 key => mapping(uint256 offset => uint256 lenPlusOne)) internal partLengths;
    /// @notice Length of the data (without the 8-byte prefix) of every key with at least one part loaded.
    mapping(bytes32 key => uint256 length) public preimageLengths;

    /// @notice A part of `key`'s stream at `offset` was stored.
    event PreimagePartLoaded(bytes32 indexed key, uint256 offset);

    /// @notice Returns the 32 bytes of `key`'s stream at `offset` and how many of them exist:
    ///         datLen = min(32, 8 + len − offset), 0 at or past the end. Reverts with
    ///         "preimage part not loaded" unless that part was loaded before.
    function readPreimage(bytes32 key, uint256 offset) external view returns (bytes32 dat, uint256 datLen) {
        uint256 lenPlusOne = partLengths[key][offset];
        require(lenPlusOne != 0, "preimage part not loaded");
        dat = preimageParts[key][offset];
        datLen = lenPlusOne - 1;
    }

    /// @notice Whether the part of `key`'s stream at `offset` was loaded.
    function preimagePartOk(bytes32 key, uint256 offset) external view returns (bool) {
        return partLengths[key][offset] != 0;
    }

    /// @notice Stores the part at `partOffset` of the stream of `preimage` under its keccak256 key
    ///         (keccak256(preimage) with the first byte set to 2) and returns that key.
    function loadKeccak256PreimagePart(uint256 partOffset, bytes calldata preimage) external returns (bytes32 key) {
        key = keccak256(preimage);
        key = (key & ~bytes32(uint256(0xff) << 248)) | bytes32(uint256(KECCAK256_KEY_TYPE) << 248);
        storePart(key, partOffset, preimage);
    }

    /// @notice Stores the part at `partOffset` of the stream of `data` under the local key `key` localized for
    ///         the caller and `localContext` (see localizeKey) and returns the localized key.
    /// @dev    Anyone may load anything: the localization binds the data to msg.sender, so it only reaches the
    ///         VM runs that msg.sender itself asks for with the same context.
    function loadLocalData(bytes32 key, bytes32 localContext, bytes calldata data, uint256 partOffset)
        external
        returns (bytes32 localizedKey)
    {
        localizedKey = localizeKey(key, msg.sender, localContext);
        storePart(localizedKey, partOffset, data);
    }

    /// @notice keccak256(key ‖ keccak256(account ‖ localContext)) with the first byte set to 1, where `account`
    ///         is the contract that loads the data and asks the VM to read it (the spec's `caller`), packed as
    ///         its 20 bytes: the inner hash covers 52 bytes, the outer 64.
    function localizeKey(bytes32 key, address account, bytes32 localContext) public pure returns (bytes32 localized) {
        assembly ("memory-safe") {
            mstore(0x00, shl(96, account))
            mstore(0x14, localContext)
            let context := keccak256(0x00, 0x34)
            mstore(0x00, key)
            mstore(0x20, context)
            localized := or(and(keccak256(0x00, 0x40), not(shl(248, 0xff))), shl(248, LOCAL_KEY_TYPE))
        }
    }

    /// @dev Cuts the 32 bytes at `offset` out of the stream `uint64 BE len(data) ‖ data` and stores them with
    ///      their length. Offsets at or past the end store an empty part, so the VM can read the end of a stream.
    function storePart(bytes32 key, uint256 offset, bytes calldata data) private {
        uint256 streamLen = data.length + 8;
        uint256 datLen;
        bytes32 part;
        if (offset < streamLen) {
            datLen = streamLen - offset;
            if (datLen > 32) datLen = 32;
            assembly ("memory-safe") {
                // Lay the start of the stream out in free memory (not allocated: it is only read back here):
                // bytes 0..7 the length prefix, from 8 on the data, zeros after. Only the 32-byte window at
                // `offset` is needed, so at most 40 bytes of the stream are ever copied.
                let free := mload(0x40)
                mstore(free, shl(192, data.length))
                mstore(add(free, 0x20), 0)
                mstore(add(free, 0x40), 0)
                switch lt(offset, 8)
                case 1 {
                    // The window starts in the prefix: copy the first data bytes behind it.
                    let n := data.length
                    if gt(n, 32) { n := 32 }
                    calldatacopy(add(free, 8), data.offset, n)
                    part := mload(add(free, offset))
                }
                default {
                    // The window lies in the data: copy from data[offset - 8], at most 32 bytes.
                    calldatacopy(free, add(data.offset, sub(offset, 8)), datLen)
                    mstore(add(free, datLen), 0)
                    part := mload(free)
                }
            }
        }
        preimageParts[key][offset] = part;
        partLengths[key][offset] = datLen + 1;
        preimageLengths[key] = data.length;
        emit PreimagePartLoaded(key, offset);
    }
}
