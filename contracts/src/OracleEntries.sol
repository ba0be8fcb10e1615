// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IDisputeGame, IDisputeResolver} from "./IDisputeResolver.sol";
import {ModelRegistry} from "./ModelRegistry.sol";
import {OracleLedger} from "./OracleLedger.sol";

/// @title OracleEntries
/// @notice The results of the oracle's requests and the games between them (docs/security.md, "Finality").
///         A request collects entries: a claim, its output and the bond of the account that posted it. Entries
///         are posted in two steps, commit then reveal, and the commitment holds the poster's address, so a
///         copied transaction is worthless; an entry's priority for the fee is its commit's order.
///         The first reveal opens a fixed window: until windowEnd any claim may be posted, until closesAt
///         (one game clock later) only claims already posted, so a party can back a true claim whose first
///         poster throws it away. The window never restarts.
///         Anyone pairs two live entries with different claims in a game (the older one asserts); the loser's
///         entry is eliminated. Its bond is held until every game against it has settled: each game it loses
///         pays its winner an equal share of BOND_KEPT_PERCENT of the bond (split over the games it had open when
///         eliminated), and the rest is burned, so self-dealing between one party's accounts always loses money
///         and an honest winner's share is positive whatever else happens.
/// @dev    Nothing here loops over entries or games: every call is O(1) in their number, so no number of entries
///         can make a request impossible to settle. The one walk is a reveal's sorted insertion among the live
///         entries of its claim, from a hint the revealer gives (O(1) with a right hint; a wrong one costs only
///         the revealer).
abstract contract OracleEntries is OracleLedger, IDisputeResolver {
    /// @notice Per cent of an eliminated entry's bond shared among the entries that beat it; the rest is burned.
    uint256 public constant BOND_KEPT_PERCENT = 75;

    enum Status {
        None,
        Requested, // waiting for a first entry
        Open, // entries are being posted or disputed
        Finalized, // the result (an output, or a failed run) is final and was delivered or may be retried
        NoResult // no live entry when entries closed: the fee went back and the dApp was told
    }

    // Field order packs storage slots.
    struct Request {
        address requester;
        uint64 submitDeadline; // a first entry must be revealed before this time
        Status status;
        bool startSet; // the game contract knows this request's start
        bool delivered; // the callback returned without reverting (or there is none)
        bool failed; // finalized with the claim of a failed run (no output)
        address callbackContract;
        uint64 gasLimit;
        uint32 feeEntry; // 1 + the entry paid the fee
        uint64 windowEnd; // new claims are accepted while block.timestamp < windowEnd
        uint64 closesAt; // entries of claims already posted while block.timestamp < closesAt
        uint32 entryCount;
        uint32 liveCount;
        uint32 commitCount;
        uint32 openGames;
        uint256 modelId;
        uint256 fee;
        bytes32 inputHash; // keccak256 of the input; the input itself is in the AICallbackRequest event
        bytes32 finalClaim;
        bytes32 outputHash; // keccak256 of the final output (of the empty output for a failed run)
        bytes callbackData;
    }

    struct Entry {
        address poster;
        uint32 priority; // the order of the poster's commit among the request's commits (1 first)
        uint32 openGames;
        bool live;
        bool failed; // the claim of a failed run
        bool released; // the bond went back to the poster
        uint128 bond;
        uint128 held; // what is left of an eliminated entry's bond
        uint128 share; // what each game it loses pays its winner, fixed when it is eliminated
        uint32 next; // 1 + the next live entry of the same claim by priority
        uint32 prev; // 1 + the previous one
        bytes32 claim;
        bytes32 outputHash;
    }

    /// @notice What binds an entry's output to the claim a game disputes: see ModelRegistry.checkClaim.
    struct ClaimProof {
        bytes32 claim;
        bytes endState;
        bytes32[] siblings;
    }

    struct Commit {
        bytes32 commitment;
        uint32 order;
        bool revealed;
    }

    struct Claim {
        uint32 live; // live entries with this claim
        uint32 head; // 1 + the live entry with this claim and the lowest priority
        bool admitted; // posted before windowEnd: it may be backed until closesAt
    }

    struct Game {
        uint256 requestId;
        uint32 asserterEntry;
        uint32 challengerEntry;
        bool open;
    }

    error UnknownRequest(uint256 requestId);
    error EntriesClosed(uint256 requestId, Status status);
    error AlreadyCommitted(uint256 requestId, address poster);
    error NoCommit(uint256 requestId, address poster);
    error AlreadyRevealed(uint256 requestId, address poster);
    error BadReveal();
    error BondTooLow(uint256 sent, uint256 minimum);
    error ClaimNotAdmitted(bytes32 claim);
    error NotOpen(uint256 requestId, Status status);
    error UnknownEntry(uint256 requestId, uint32 entry);
    error NotLive(uint256 requestId, uint32 entry);
    error SameClaim(bytes32 claim);
    error AlreadyPaired(uint32 a, uint32 b);
    error NoGameStart(uint256 requestId);
    error StartAlreadySet(uint256 requestId);
    error WrongInput(bytes32 got, bytes32 want);
    error OnlyGame(address caller);
    error GameNotOpen(uint256 gameId);
    error NotAParty(uint256 gameId, address winner);
    error NotReleasable(uint256 requestId, uint32 entry);

    event Committed(uint256 indexed requestId, address indexed poster, bytes32 commitment, uint32 order);
    event Revealed(
        uint256 indexed requestId,
        uint32 indexed entry,
        address indexed poster,
        bytes output,
        bytes32 claim,
        bool failed,
        uint256 bond,
        uint32 priority,
        uint64 windowEnd,
        uint64 closesAt
    );
    event GameStartSet(uint256 indexed requestId, bytes32 start, uint64 positions, IDisputeGame.LevelKind kind);
    event Disputed(
        uint256 indexed requestId,
        uint256 indexed gameId,
        uint32 asserterEntry,
        uint32 challengerEntry,
        address asserter,
        address challenger
    );
    /// @notice Game gameId ended: winner's entry beat loser's and was paid `paid` of its bond.
    event Resolved(uint256 indexed requestId, uint256 indexed gameId, uint32 winner, uint32 loser, uint256 paid);
    event Eliminated(uint256 indexed requestId, uint32 indexed entry, uint256 share, uint32 games);
    event Burned(uint256 indexed requestId, uint32 indexed entry, uint256 amount);
    event BondReleased(uint256 indexed requestId, uint32 indexed entry, address indexed poster, uint256 amount);

    ModelRegistry public immutable registry;
    IDisputeGame public immutable game;
    /// @notice The bond every entry carries (at least).
    uint256 public immutable entryBond;
    /// @notice Seconds after the first entry during which new claims may be posted.
    uint64 public immutable challengeWindow;
    /// @notice Seconds after the window during which claims already posted may be backed: the game's clock.
    uint64 public immutable backingWindow;

    uint256 public nextRequestId = 1;
    mapping(uint256 => Request) internal requests;
    mapping(uint256 => Entry[]) internal entries;
    mapping(uint256 => mapping(address => Commit)) public commits;
    mapping(uint256 => mapping(bytes32 => Claim)) public claims;
    mapping(uint256 => Game) internal games;
    mapping(bytes32 => bool) internal paired;

    constructor(ModelRegistry registry_, IDisputeGame game_, uint256 entryBond_, uint64 challengeWindow_) {
        registry = registry_;
        game = game_;
        entryBond = entryBond_;
        challengeWindow = challengeWindow_;
        backingWindow = game_.clock();
    }

    // -------------------------------------------------------------------------------------------------------------
    // Entries
    // -------------------------------------------------------------------------------------------------------------

    /// @notice What an entry's commit holds: the request, the poster, the output's hash, the claim and a secret.
    function commitmentOf(uint256 requestId, address poster, bytes calldata output, bytes32 claim, bytes32 salt)
        public
        pure
        returns (bytes32)
    {
        return keccak256(abi.encode(requestId, poster, keccak256(output), claim, salt));
    }

    /// @notice The first step of posting an entry: the commitment (commitmentOf with the caller as poster) of the
    ///         entry it will reveal. One per account and request; its order is the entry's priority for the fee.
    function commit(uint256 requestId, bytes32 commitment) external {
        Request storage r = _request(requestId);
        _requireAccepting(requestId, r);
        Commit storage k = commits[requestId][msg.sender];
        if (k.order != 0) revert AlreadyCommitted(requestId, msg.sender);
        k.commitment = commitment;
        k.order = ++r.commitCount;
        emit Committed(requestId, msg.sender, commitment, k.order);
    }

    /// @notice The second step: the output and the claim (proven to hold it, ModelRegistry.checkClaim) that the
    ///         caller committed to with salt, and the bond (msg.value). The first reveal opens the window; after
    ///         windowEnd only a claim already posted may be revealed. `after` is a hint for the entry's place among
    ///         the live entries of its claim, kept in priority order: 1 + the live entry of the same claim with the
    ///         highest priority below the caller's (0: none, or unknown); any hint gives the same result, a right
    ///         one costs least.
    function reveal(
        uint256 requestId,
        bytes calldata output,
        ClaimProof calldata c,
        bytes32 salt,
        uint32 after_
    )
        external
        payable
        returns (uint32 index)
    {
        Request storage r = _request(requestId);
        _requireAccepting(requestId, r);
        Commit storage k = commits[requestId][msg.sender];
        if (k.order == 0) revert NoCommit(requestId, msg.sender);
        if (k.revealed) revert AlreadyRevealed(requestId, msg.sender);
        if (commitmentOf(requestId, msg.sender, output, c.claim, salt) != k.commitment) revert BadReveal();
        if (msg.value < entryBond) revert BondTooLow(msg.value, entryBond);
        bool failed = registry.checkClaim(r.modelId, output, c.claim, c.endState, c.siblings);
        if (r.status == Status.Requested) {
            r.status = Status.Open;
            r.windowEnd = uint64(block.timestamp) + challengeWindow;
            r.closesAt = r.windowEnd + backingWindow;
        }
        Claim storage cl = claims[requestId][c.claim];
        if (block.timestamp < r.windowEnd) cl.admitted = true;
        else if (!cl.admitted) revert ClaimNotAdmitted(c.claim);
        k.revealed = true;

        index = r.entryCount++;
        entries[requestId].push(
            Entry({
                poster: msg.sender,
                priority: k.order,
                openGames: 0,
                live: true,
                failed: failed,
                released: false,
                bond: uint128(msg.value),
                held: 0,
                share: 0,
                next: 0,
                prev: 0,
                claim: c.claim,
                outputHash: keccak256(output)
            })
        );
        _link(requestId, cl, index, after_);
        r.liveCount++;
        _lock(msg.value);
        emit Revealed(requestId, index, msg.sender, output, c.claim, failed, msg.value, k.order, r.windowEnd, r.closesAt);
    }

    /// @notice Computes request requestId's agreed start (ModelRegistry.gameStart) from its input and gives it to the
    ///         game contract, which opens every game on the request from it. Anyone may call it, once per request.
    function setGameStart(uint256 requestId, bytes calldata input, bytes32[] calldata siblings) external {
        Request storage r = _request(requestId);
        if (r.startSet) revert StartAlreadySet(requestId);
        if (keccak256(input) != r.inputHash) revert WrongInput(keccak256(input), r.inputHash);
        (bytes32 start, uint64 positions, IDisputeGame.LevelKind kind) = registry.gameStart(r.modelId, input, siblings);
        game.setStart(requestId, r.modelId, start, positions, kind);
        r.startSet = true;
        emit GameStartSet(requestId, start, positions, kind);
    }

    /// @notice Pairs two live entries with different claims in a game; the one revealed first asserts its claim.
    ///         Anyone may call it, once per pair, while the request is open. The entries' bonds are at stake.
    function dispute(uint256 requestId, uint32 a, uint32 b) external returns (uint256 gameId) {
        Request storage r = _request(requestId);
        if (r.status != Status.Open) revert NotOpen(requestId, r.status);
        if (!r.startSet) revert NoGameStart(requestId);
        if (a > b) (a, b) = (b, a);
        Entry storage ea = _live(requestId, a);
        Entry storage eb = _live(requestId, b);
        if (ea.claim == eb.claim) revert SameClaim(ea.claim);
        bytes32 pair = keccak256(abi.encode(requestId, a, b));
        if (paired[pair]) revert AlreadyPaired(a, b);
        paired[pair] = true;
        ea.openGames++;
        eb.openGames++;
        r.openGames++;
        gameId = game.open(requestId, ea.poster, eb.poster, ea.claim, eb.claim);
        games[gameId] = Game({requestId: requestId, asserterEntry: a, challengerEntry: b, open: true});
        emit Disputed(requestId, gameId, a, b, ea.poster, eb.poster);
    }

    /// @inheritdoc IDisputeResolver
    /// @dev The loser, if still live, is eliminated: its share per lost game is fixed over the games it has open now.
    ///      The winner is paid the loser's share; an eliminated entry whose last game settled has the rest of its
    ///      bond burned.
    function resolved(uint256 gameId, address winner) external {
        if (msg.sender != address(game)) revert OnlyGame(msg.sender);
        Game storage g = games[gameId];
        if (!g.open) revert GameNotOpen(gameId);
        g.open = false;
        uint256 requestId = g.requestId;
        Entry[] storage list = entries[requestId];
        (uint32 w, uint32 l) = (g.asserterEntry, g.challengerEntry);
        if (winner == list[l].poster) (w, l) = (l, w);
        else if (winner != list[w].poster) revert NotAParty(gameId, winner);
        Entry storage we = list[w];
        Entry storage le = list[l];
        if (le.live) _eliminate(requestId, l, le);
        uint256 paid = le.share < le.held ? le.share : le.held;
        le.held -= uint128(paid);
        _credit(we.poster, paid);
        requests[requestId].openGames--;
        we.openGames--;
        le.openGames--;
        emit Resolved(requestId, gameId, w, l, paid);
        _settle(requestId, l, le);
        _settle(requestId, w, we);
    }

    /// @notice Gives a live entry of a closed request its bond back once every game it is in has settled. Anyone may
    ///         call it.
    function releaseBond(uint256 requestId, uint32 index) external {
        Request storage r = _request(requestId);
        if (index >= r.entryCount) revert UnknownEntry(requestId, index);
        Entry storage e = entries[requestId][index];
        if ((r.status != Status.Finalized && r.status != Status.NoResult) || !e.live || e.released || e.openGames != 0) {
            revert NotReleasable(requestId, index);
        }
        e.released = true;
        _credit(e.poster, e.bond);
        emit BondReleased(requestId, index, e.poster, e.bond);
    }

    // -------------------------------------------------------------------------------------------------------------
    // Views
    // -------------------------------------------------------------------------------------------------------------

    /// @notice Request requestId as stored (the input by its hash).
    function getRequest(uint256 requestId) external view returns (Request memory) {
        return _request(requestId);
    }

    /// @notice Every entry of request requestId, in reveal order (an entry's index is its position).
    function getEntries(uint256 requestId) external view returns (Entry[] memory) {
        return entries[requestId];
    }

    /// @notice Entry index of request requestId.
    function getEntry(uint256 requestId, uint32 index) external view returns (Entry memory) {
        if (index >= entries[requestId].length) revert UnknownEntry(requestId, index);
        return entries[requestId][index];
    }

    /// @notice Game gameId as the oracle knows it.
    function getGame(uint256 gameId) external view returns (Game memory) {
        return games[gameId];
    }

    // -------------------------------------------------------------------------------------------------------------
    // Internal
    // -------------------------------------------------------------------------------------------------------------

    function _request(uint256 requestId) internal view returns (Request storage r) {
        r = requests[requestId];
        if (r.status == Status.None) revert UnknownRequest(requestId);
    }

    function _live(uint256 requestId, uint32 index) private view returns (Entry storage e) {
        if (index >= entries[requestId].length) revert UnknownEntry(requestId, index);
        e = entries[requestId][index];
        if (!e.live) revert NotLive(requestId, index);
    }

    /// @dev Reverts unless the request accepts commits and reveals now: before its deadline while it waits for a
    ///      first entry, before closesAt once open.
    function _requireAccepting(uint256 requestId, Request storage r) private view {
        bool ok = (r.status == Status.Requested && block.timestamp < r.submitDeadline)
            || (r.status == Status.Open && block.timestamp < r.closesAt);
        if (!ok) revert EntriesClosed(requestId, r.status);
    }

    /// @dev Inserts entry index into its claim's list of live entries, kept in priority order: it walks forward from
    ///      the hinted entry if that is a live entry of the claim that committed earlier, else from the head.
    function _link(uint256 requestId, Claim storage cl, uint32 index, uint32 hint) private {
        Entry[] storage list = entries[requestId];
        Entry storage e = list[index];
        cl.live++;
        uint32 pos; // 1 + the entry to insert after; 0: at the head
        if (hint != 0 && hint <= index) {
            Entry storage h = list[hint - 1];
            if (h.live && h.claim == e.claim && h.priority < e.priority) pos = hint;
        }
        if (pos == 0 && cl.head != 0 && list[cl.head - 1].priority < e.priority) pos = cl.head;
        if (pos != 0) {
            while (list[pos - 1].next != 0 && list[list[pos - 1].next - 1].priority < e.priority) pos = list[pos - 1].next;
        }
        uint32 next = pos == 0 ? cl.head : list[pos - 1].next;
        e.prev = pos;
        e.next = next;
        if (pos == 0) cl.head = index + 1;
        else list[pos - 1].next = index + 1;
        if (next != 0) list[next - 1].prev = index + 1;
    }

    /// @dev Removes a live entry from its claim's list.
    function _unlink(Entry[] storage list, Claim storage cl, uint32 index) private {
        Entry storage e = list[index];
        cl.live--;
        if (e.prev == 0) cl.head = e.next;
        else list[e.prev - 1].next = e.next;
        if (e.next != 0) list[e.next - 1].prev = e.prev;
        e.prev = 0;
        e.next = 0;
    }

    /// @dev Takes entry index out of the live ones and fixes its share per lost game over its open games (the one
    ///      being resolved included).
    function _eliminate(uint256 requestId, uint32 index, Entry storage e) private {
        e.live = false;
        _unlink(entries[requestId], claims[requestId][e.claim], index);
        requests[requestId].liveCount--;
        e.held = e.bond;
        e.share = uint128(uint256(e.bond) * BOND_KEPT_PERCENT / 100 / e.openGames);
        emit Eliminated(requestId, index, e.share, e.openGames);
    }

    /// @dev Burns what is left of an eliminated entry's bond once its last game has settled.
    function _settle(uint256 requestId, uint32 index, Entry storage e) private {
        if (e.live || e.openGames != 0 || e.held == 0) return;
        uint256 rest = e.held;
        e.held = 0;
        _burn(rest);
        emit Burned(requestId, index, rest);
    }
}
