// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {MerkleLib} from "./MerkleLib.sol";
import {PreimageOracle} from "./PreimageOracle.sol";

/// @title MIPS
/// @notice The on-chain one-step verifier of the opml fault-proof VM: `step` executes exactly one step of the
///         machine specified in docs/vm.md (MIPS32 big-endian, emulated threads, Linux o32 syscalls, the preimage
///         oracle) over a state encoding and the memory proofs of the words the step touches, and returns the
///         post-state hash. It is stateless and matches the Go reference semantics (vm/step.go, vm/syscall.go)
///         bit for bit; where the specification leaves a detail open, the Go code decides.
/// @dev    Gas: the 312-byte state is copied from calldata into a fixed memory buffer once, every field is read and
///         written in place with shifts and masks, and the post-state hash is one keccak256 over that buffer. A
///         VM fault rebuilds the post-state from the pre-state in calldata (pre-state, step + 1, fault code) and
///         returns at once, so nothing an instruction did before faulting has to be undone.
///         Memory proofs are 896 bytes each, consecutive in `proof`, in access order; each is checked against
///         the memory root as it stands at that moment. Bytes of `proof` after those a step uses are ignored.
///         `step` is view: it reads the oracle and changes nothing.
contract MIPS {
    /// @notice The oracle that serves preimage reads (fd 5).
    PreimageOracle public immutable oracle;

    /// @notice The state encoding is not 312 bytes long.
    error StateLengthInvalid(uint256 length);
    /// @notice A state field holds a value no VM can produce: `offset` is its byte offset in the encoding
    ///         (76 flags, 78 exited, 79 fault).
    error StateFieldInvalid(uint256 offset, uint256 value);
    /// @notice The step needs `needed` bytes of proof (memory proofs or the popped thread) but only `length` were
    ///         given.
    error ProofTooShort(uint256 needed, uint256 length);
    /// @notice In a switch step, the thread and stack hash in the proof do not hash to the todo stack.
    error ThreadWitnessMismatch(bytes32 todo, bytes32 proven);

    // ---------------------------------------------------------------------------------------------------------
    // Memory layout. The state encoding lives at STATE (0x80, where Solidity's free memory starts) and every
    // field below is an absolute memory address; the constants are literals so inline assembly can use them.
    // ---------------------------------------------------------------------------------------------------------

    uint256 private constant STATE_SIZE = 312;
    uint256 private constant THREAD_SIZE = 148;
    uint256 private constant PROOF_SIZE = 896;
    uint256 private constant QUANTUM = 100000;

    uint256 private constant STATE = 0x80;
    uint256 private constant MEM_ROOT = 0x80; // +0, 32 bytes
    uint256 private constant PREIMAGE_KEY = 0xa0; // +32, 32 bytes
    uint256 private constant PREIMAGE_OFFSET = 0xc0; // +64, 4 bytes
    uint256 private constant HEAP = 0xc4; // +68
    uint256 private constant LL_ADDR = 0xc8; // +72
    uint256 private constant FLAGS = 0xcc; // +76, then exitCode, exited, fault (1 byte each)
    uint256 private constant EXIT_CODE = 0xcd; // +77
    uint256 private constant EXITED = 0xce; // +78
    uint256 private constant FAULT = 0xcf; // +79
    uint256 private constant STEP = 0xd0; // +80, 8 bytes
    uint256 private constant SINCE_SWITCH = 0xd8; // +88, 8 bytes
    uint256 private constant NEXT_TID = 0xe0; // +96
    uint256 private constant TODO = 0xe4; // +100, 32 bytes
    uint256 private constant DONE = 0x104; // +132, 32 bytes
    uint256 private constant THREAD = 0x124; // +164, 148 bytes
    uint256 private constant TID = 0x124; // thread +0
    uint256 private constant PC = 0x128; // thread +4
    uint256 private constant NEXT_PC = 0x12c; // thread +8
    uint256 private constant LO = 0x130; // thread +12
    uint256 private constant HI = 0x134; // thread +16
    uint256 private constant REGS = 0x138; // thread +20, register r at REGS + 4r; the state ends at 0x1b8

    // Bookkeeping words after the state buffer.
    uint256 private constant CURSOR = 0x1c0; // calldata offset of the next unread proof byte
    uint256 private constant PROOF_START = 0x1e0; // calldata offset of proof[0]
    uint256 private constant PROOF_END = 0x200; // calldata offset just past the proof
    uint256 private constant PRE_STATE = 0x220; // calldata offset of the pre-state encoding
    uint256 private constant SCRATCH = 0x240; // a clone's child thread is assembled here
    uint256 private constant FREE = 0x2e0; // Solidity's free memory starts here (oracle call buffers)

    uint256 private constant M32 = 0xffffffff;
    uint256 private constant M64 = 0xffffffffffffffff;

    // Flag bits and fault codes (docs/vm.md).
    uint256 private constant FLAG_RESERVATION = 1;
    uint256 private constant FLAG_THREAD_EXITED = 2;
    uint256 private constant FAULT_BAD_INSTRUCTION = 1;
    uint256 private constant FAULT_UNALIGNED = 2;
    uint256 private constant FAULT_NULL_PAGE = 4;

    // errno values (MIPS).
    uint256 private constant EBADF = 9;
    uint256 private constant EAGAIN = 11;
    uint256 private constant ENOMEM = 12;
    uint256 private constant EINVAL = 22;
    uint256 private constant ENOSYS = 89;

    constructor(PreimageOracle oracle_) {
        oracle = oracle_;
    }

    /// @notice Executes one step of the VM.
    /// @param stateData    the 312-byte pre-state encoding
    /// @param proof        the memory proofs the step needs (fetch first, then data accesses in order), or for a
    ///                     switch step the popped thread's 148-byte encoding followed by the stack hash beneath it
    /// @param localContext binds local preimage keys (type 1) to a dispute, together with msg.sender
    /// @return postStateHash the state hash after the step (the same hash if the pre-state is halted)
    function step(bytes calldata stateData, bytes calldata proof, bytes32 localContext)
        external
        view
        returns (bytes32 postStateHash)
    {
        if (stateData.length != STATE_SIZE) revert StateLengthInvalid(stateData.length);
        uint256 flags;
        uint256 exited;
        uint256 faultCode;
        assembly {
            calldatacopy(STATE, stateData.offset, STATE_SIZE)
            mstore(CURSOR, proof.offset)
            mstore(PROOF_START, proof.offset)
            mstore(PROOF_END, add(proof.offset, proof.length))
            mstore(PRE_STATE, stateData.offset)
            mstore(0x40, FREE)
            let w := mload(FLAGS)
            flags := byte(0, w)
            exited := byte(2, w)
            faultCode := byte(3, w)
        }
        // Reject what no VM can produce (as vm.DecodeState does), so one state has one meaning.
        if (flags > 3) revert StateFieldInvalid(76, flags);
        if (exited > 1) revert StateFieldInvalid(78, exited);
        if (faultCode > 6) revert StateFieldInvalid(79, faultCode);
        if (exited | faultCode != 0) return _stateHash();

        bool switchNow;
        assembly {
            let w := mload(STEP) // step, then stepsSinceSwitch
            let stepCount := and(add(shr(192, w), 1), M64)
            let since := and(shr(128, w), M64)
            switchNow := and(iszero(lt(since, QUANTUM)), iszero(iszero(or(mload(TODO), mload(DONE)))))
            if iszero(switchNow) { since := and(add(since, 1), M64) }
            mstore(STEP, or(and(w, not(shl(128, not(0)))), or(shl(192, stepCount), shl(128, since))))
        }
        if (switchNow) {
            _switchThread();
        } else {
            uint256 insn = _loadWord(_u32(PC));
            uint256 op = insn >> 26;
            if (op >= 32) {
                _loadStore(insn);
            } else if (insn & 0xfc00003f == 12) {
                _syscall(localContext);
            } else {
                uint256 f = _compute(insn);
                if (f != 0) _fault(f);
            }
        }
        return _stateHash();
    }

    // ---------------------------------------------------------------------------------------------------------
    // State hash, faults, thread switch
    // ---------------------------------------------------------------------------------------------------------

    /// @dev keccak256 of the state buffer with the first byte replaced by the status.
    function _stateHash() private pure returns (bytes32 h) {
        assembly {
            h := keccak256(STATE, STATE_SIZE)
            let w := mload(FLAGS)
            let status := 3
            if byte(2, w) { status := gt(byte(1, w), 0) }
            if byte(3, w) { status := 2 }
            h := or(and(h, not(shl(248, 0xff))), shl(248, status))
        }
    }

    /// @dev Ends the call with the hash of the fault state: the pre-state with step + 1 and the fault code.
    function _fault(uint256 code) private pure {
        assembly {
            calldatacopy(STATE, mload(PRE_STATE), STATE_SIZE)
            let w := mload(STEP)
            mstore(STEP, or(and(w, not(shl(192, M64))), shl(192, and(add(shr(192, w), 1), M64))))
            mstore8(FAULT, code)
            mstore(0x00, or(and(keccak256(STATE, STATE_SIZE), not(shl(248, 0xff))), shl(248, 2)))
            return(0x00, 0x20)
        }
    }

    /// @dev The switch step: the current thread goes onto done (unless it exited), the next one is popped from
    ///      todo (from done, reversed, when todo is empty) with the witness the proof carries.
    function _switchThread() private pure {
        bytes32 todo;
        bytes32 proven;
        uint256 off;
        uint256 end;
        assembly {
            todo := mload(TODO)
            let done := mload(DONE)
            if iszero(todo) {
                todo := done
                done := 0
            }
            if iszero(and(byte(0, mload(FLAGS)), FLAG_THREAD_EXITED)) {
                mstore(0x00, done)
                mstore(0x20, keccak256(THREAD, THREAD_SIZE))
                done := keccak256(0x00, 0x40)
            }
            mstore(DONE, done)
            off := mload(CURSOR)
            end := mload(PROOF_END)
        }
        if (end < off + THREAD_SIZE + 32) revert ProofTooShort(off + THREAD_SIZE + 32 - _proofStart(), end - _proofStart());
        assembly {
            calldatacopy(THREAD, off, THREAD_SIZE)
            let rest := calldataload(add(off, THREAD_SIZE))
            mstore(0x00, rest)
            mstore(0x20, keccak256(THREAD, THREAD_SIZE))
            proven := keccak256(0x00, 0x40)
            mstore(TODO, rest)
            mstore(CURSOR, add(off, add(THREAD_SIZE, 32)))
            // stepsSinceSwitch = 0 (step stays), flags = 0
            let w := mload(STEP)
            mstore(STEP, and(w, not(shl(128, M64))))
            mstore8(FLAGS, 0)
        }
        if (proven != todo) revert ThreadWitnessMismatch(todo, proven);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Registers and fields
    // ---------------------------------------------------------------------------------------------------------

    function _u32(uint256 ptr) private pure returns (uint256 v) {
        assembly {
            v := shr(224, mload(ptr))
        }
    }

    function _set32(uint256 ptr, uint256 v) private pure {
        assembly {
            mstore(ptr, or(and(mload(ptr), not(shl(224, M32))), shl(224, v)))
        }
    }

    function _reg(uint256 r) private pure returns (uint256 v) {
        assembly {
            v := shr(224, mload(add(REGS, shl(2, r))))
        }
    }

    /// @dev Writes a register; writes to r0 are discarded.
    function _setReg(uint256 r, uint256 v) private pure {
        assembly {
            if r {
                let p := add(REGS, shl(2, r))
                mstore(p, or(and(mload(p), not(shl(224, M32))), shl(224, v)))
            }
        }
    }

    /// @dev pc = nextPC, nextPC += 4: how every non-branch instruction ends.
    function _advance() private pure {
        assembly {
            let w := mload(PC) // pc, nextPC
            let npc := and(shr(192, w), M32)
            mstore(PC, or(and(w, not(shl(192, M64))), or(shl(224, npc), shl(192, and(add(npc, 4), M32)))))
        }
    }

    function _proofStart() private pure returns (uint256 start) {
        assembly {
            start := mload(PROOF_START)
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Memory accesses. Every access consumes the next memory proof; addresses are checked (alignment, null page)
    // before the proof is touched, in the order the Go step checks them.
    // ---------------------------------------------------------------------------------------------------------

    /// @dev Faults unless addr is a multiple of width (a power of two) and outside the null page.
    function _checkAddr(uint256 addr, uint256 width) private pure {
        if (addr & (width - 1) != 0) _fault(FAULT_UNALIGNED);
        if (addr < 0x1000) _fault(FAULT_NULL_PAGE);
    }

    /// @dev Takes the next memory proof, verifies it for the leaf holding addr against the memory root and returns
    ///      the leaf and the proof's calldata offset (for a write back with the same siblings).
    function _readLeaf(uint256 addr) private pure returns (bytes32 leaf, uint256 proofOffset) {
        uint256 end;
        bytes32 root;
        assembly {
            proofOffset := mload(CURSOR)
            end := mload(PROOF_END)
            root := mload(MEM_ROOT)
        }
        if (end < proofOffset + PROOF_SIZE) {
            revert ProofTooShort(proofOffset + PROOF_SIZE - _proofStart(), end - _proofStart());
        }
        assembly {
            mstore(CURSOR, add(proofOffset, PROOF_SIZE))
        }
        leaf = MerkleLib.readLeafCalldata(root, addr >> 5, proofOffset);
    }

    /// @dev Replaces the leaf holding addr, whose proof (already verified) is at proofOffset, and updates the root.
    function _writeLeaf(uint256 addr, uint256 proofOffset, bytes32 leaf) private pure {
        bytes32 root = MerkleLib.writeLeafCalldata(addr >> 5, proofOffset, leaf);
        assembly {
            mstore(MEM_ROOT, root)
        }
    }

    /// @dev The big-endian word at the 4-aligned addr, after the alignment and null-page checks.
    function _loadWord(uint256 addr) private pure returns (uint256 w) {
        _checkAddr(addr, 4);
        (bytes32 leaf,) = _readLeaf(addr);
        assembly {
            w := and(shr(sub(224, shl(3, and(addr, 31))), leaf), M32)
        }
    }

    /// @dev Reads the word at the 4-aligned addr for a read-modify-write (one proof).
    function _accessWord(uint256 addr) private pure returns (uint256 old, bytes32 leaf, uint256 proofOffset) {
        _checkAddr(addr, 4);
        (leaf, proofOffset) = _readLeaf(addr);
        assembly {
            old := and(shr(sub(224, shl(3, and(addr, 31))), leaf), M32)
        }
    }

    /// @dev Writes w into the leaf read by _accessWord and updates the root.
    function _commitWord(uint256 addr, bytes32 leaf, uint256 proofOffset, uint256 w) private pure {
        assembly {
            let sh := sub(224, shl(3, and(addr, 31)))
            leaf := or(and(leaf, not(shl(sh, M32))), shl(sh, w))
        }
        _writeLeaf(addr, proofOffset, leaf);
    }

    /// @dev Stores the word w at the 4-aligned addr (one proof).
    function _storeWord(uint256 addr, uint256 w) private pure {
        (, bytes32 leaf, uint256 proofOffset) = _accessWord(addr);
        _commitWord(addr, leaf, proofOffset, w);
    }

    /// @dev Writes the first n (1..32) bytes of data at addr, which must not cross its leaf (one proof).
    function _writeBytes(uint256 addr, bytes32 data, uint256 n) private pure {
        (bytes32 leaf, uint256 proofOffset) = _readLeaf(addr);
        assembly {
            let o := shl(3, and(addr, 31))
            let mask := shr(o, not(shr(shl(3, n), not(0))))
            leaf := or(and(leaf, not(mask)), and(shr(o, data), mask))
        }
        _writeLeaf(addr, proofOffset, leaf);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Loads and stores (opcodes 32..63)
    // ---------------------------------------------------------------------------------------------------------

    function _loadStore(uint256 insn) private pure {
        uint256 op = insn >> 26;
        // lb lh lwl lw lbu lhu lwr sb sh swl sw swr ll sc, as bits of op - 32
        if ((1 << (op - 32)) & 0x01014f7f == 0) _fault(FAULT_BAD_INSTRUCTION);
        uint256 rt = (insn >> 16) & 31;
        uint256 vt = _reg(rt);
        uint256 addr;
        assembly {
            addr := and(add(shr(224, mload(add(REGS, shl(2, and(shr(21, insn), 31))))), signextend(1, insn)), M32)
        }
        uint256 word = addr & 0xfffffffc;
        uint256 shift = (addr & 3) << 3; // big-endian: byte 0 is the most significant
        if (op == 35 || op == 48) {
            // lw, ll
            _setReg(rt, _loadWord(addr));
            if (op == 48) {
                _set32(LL_ADDR, addr);
                assembly {
                    mstore8(FLAGS, or(byte(0, mload(FLAGS)), FLAG_RESERVATION))
                }
            }
        } else if (op == 43) {
            // sw
            _storeWord(addr, vt);
        } else if (op == 32 || op == 36) {
            // lb, lbu
            uint256 b = (_loadWord(word) >> (24 - shift)) & 0xff;
            if (op == 32) {
                assembly {
                    b := and(signextend(0, b), M32)
                }
            }
            _setReg(rt, b);
        } else if (op == 40) {
            // sb
            (uint256 old, bytes32 leaf, uint256 proofOffset) = _accessWord(word);
            uint256 sh = 24 - shift;
            _commitWord(word, leaf, proofOffset, (old & ~(0xff << sh)) | ((vt & 0xff) << sh));
        } else if (op == 33 || op == 37) {
            // lh, lhu
            _checkAddr(addr, 2);
            uint256 h = (_loadWord(word) >> (16 - shift)) & 0xffff;
            if (op == 33) {
                assembly {
                    h := and(signextend(1, h), M32)
                }
            }
            _setReg(rt, h);
        } else if (op == 41) {
            // sh
            _checkAddr(addr, 2);
            (uint256 old, bytes32 leaf, uint256 proofOffset) = _accessWord(word);
            uint256 sh = 16 - shift;
            _commitWord(word, leaf, proofOffset, (old & ~(0xffff << sh)) | ((vt & 0xffff) << sh));
        } else if (op == 56) {
            // sc: succeeds iff the reservation is valid and for this address; the reservation is dropped
            _checkAddr(addr, 4);
            uint256 flags = _u32(FLAGS) >> 24;
            bool ok = flags & FLAG_RESERVATION != 0 && _u32(LL_ADDR) == addr;
            assembly {
                mstore8(FLAGS, and(flags, not(FLAG_RESERVATION)))
            }
            if (ok) _storeWord(addr, vt);
            _setReg(rt, ok ? 1 : 0);
        } else if (op == 34) {
            // lwl: the bytes from addr to the end of its word go to the top of rt
            uint256 w = _loadWord(word);
            uint256 mask = (M32 << shift) & M32;
            _setReg(rt, (vt & ~mask) | ((w << shift) & mask));
        } else if (op == 38) {
            // lwr: the bytes from the start of its word to addr go to the bottom of rt
            uint256 w = _loadWord(word);
            uint256 rshift = 24 - shift;
            uint256 mask = M32 >> rshift;
            _setReg(rt, (vt & ~mask & M32) | ((w >> rshift) & mask));
        } else if (op == 42) {
            // swl: the top bytes of rt go from addr to the end of its word
            (uint256 old, bytes32 leaf, uint256 proofOffset) = _accessWord(word);
            uint256 mask = M32 >> shift;
            _commitWord(word, leaf, proofOffset, (old & ~mask & M32) | ((vt >> shift) & mask));
        } else {
            // swr (46): the bottom bytes of rt go from the start of its word to addr
            (uint256 old, bytes32 leaf, uint256 proofOffset) = _accessWord(word);
            uint256 lshift = 24 - shift;
            uint256 mask = (M32 << lshift) & M32;
            _commitWord(word, leaf, proofOffset, (old & ~mask & M32) | ((vt << lshift) & mask));
        }
        _advance();
    }

    // ---------------------------------------------------------------------------------------------------------
    // Everything without memory access: ALU, HI/LO, branches and jumps, SPECIAL2, SPECIAL3. Returns a fault
    // code, 0 if none.
    // ---------------------------------------------------------------------------------------------------------

    function _compute(uint256 insn) private pure returns (uint256 f) {
        assembly {
            function u32(p) -> v {
                v := shr(224, mload(p))
            }
            function set32(p, v) {
                mstore(p, or(and(mload(p), not(shl(224, M32))), shl(224, v)))
            }
            function reg(r) -> v {
                v := shr(224, mload(add(REGS, shl(2, r))))
            }
            function setReg(r, v) {
                if r { set32(add(REGS, shl(2, r)), v) }
            }
            function sx32(v) -> s {
                s := signextend(3, v)
            }
            function rotr(v, s) -> r {
                r := or(shr(s, v), and(shl(sub(32, s), v), M32))
            }
            function clz32(x) -> n {
                if iszero(x) {
                    n := 32
                    leave
                }
                if iszero(shr(16, x)) {
                    n := 16
                    x := shl(16, x)
                }
                if iszero(shr(24, x)) {
                    n := add(n, 8)
                    x := shl(8, x)
                }
                if iszero(shr(28, x)) {
                    n := add(n, 4)
                    x := shl(4, x)
                }
                if iszero(shr(30, x)) {
                    n := add(n, 2)
                    x := shl(2, x)
                }
                if iszero(shr(31, x)) { n := add(n, 1) }
            }
            function advance() {
                let npc := u32(NEXT_PC)
                set32(PC, npc)
                set32(NEXT_PC, and(add(npc, 4), M32))
            }
            // branch finishes a branch or jump: delay-slot check, link (linkReg 0 = none), redirect nextPC.
            function branch(taken, target, linkReg) -> fc {
                let cur := u32(PC)
                let npc := u32(NEXT_PC)
                if iszero(eq(npc, and(add(cur, 4), M32))) {
                    fc := 3
                    leave
                }
                setReg(linkReg, and(add(cur, 8), M32))
                set32(PC, npc)
                if iszero(taken) { target := and(add(npc, 4), M32) }
                set32(NEXT_PC, target)
            }
            function branchTarget(insn_) -> t {
                t := and(add(add(u32(PC), 4), shl(2, signextend(1, insn_))), M32)
            }
            function special(insn_, rt, vs, vt) -> fc {
                let rd := and(shr(11, insn_), 31)
                let sa := and(shr(6, insn_), 31)
                switch and(insn_, 63)
                case 33 { setReg(rd, and(add(vs, vt), M32)) }
                case 0 { setReg(rd, and(shl(sa, vt), M32)) }
                case 37 { setReg(rd, or(vs, vt)) }
                case 43 { setReg(rd, lt(vs, vt)) }
                case 8 {
                    fc := branch(1, vs, 0)
                    leave
                }
                case 9 {
                    fc := branch(1, vs, rd)
                    leave
                }
                case 36 { setReg(rd, and(vs, vt)) }
                case 35 { setReg(rd, and(sub(vs, vt), M32)) }
                case 2 {
                    switch and(insn_, 0x200000)
                    case 0 { setReg(rd, shr(sa, vt)) }
                    default { setReg(rd, rotr(vt, sa)) }
                }
                case 3 { setReg(rd, and(sar(sa, sx32(vt)), M32)) }
                case 38 { setReg(rd, xor(vs, vt)) }
                case 39 { setReg(rd, and(not(or(vs, vt)), M32)) }
                case 42 { setReg(rd, slt(sx32(vs), sx32(vt))) }
                case 4 { setReg(rd, and(shl(and(vs, 31), vt), M32)) }
                case 6 {
                    switch and(insn_, 0x40)
                    case 0 { setReg(rd, shr(and(vs, 31), vt)) }
                    default { setReg(rd, rotr(vt, and(vs, 31))) }
                }
                case 7 { setReg(rd, and(sar(and(vs, 31), sx32(vt)), M32)) }
                case 10 { if iszero(vt) { setReg(rd, vs) } }
                case 11 { if vt { setReg(rd, vs) } }
                case 13 {
                    fc := 5
                    leave
                }
                case 15 {}
                case 16 { setReg(rd, u32(HI)) }
                case 17 { set32(HI, vs) }
                case 18 { setReg(rd, u32(LO)) }
                case 19 { set32(LO, vs) }
                case 24 {
                    let p := mul(sx32(vs), sx32(vt))
                    set32(HI, and(shr(32, p), M32))
                    set32(LO, and(p, M32))
                }
                case 25 {
                    let p := mul(vs, vt)
                    set32(HI, shr(32, p))
                    set32(LO, and(p, M32))
                }
                case 26 {
                    // div; 0x80000000 / -1 gives lo = 0x80000000, hi = 0 without a special case
                    switch vt
                    case 0 {
                        set32(LO, M32)
                        set32(HI, vs)
                    }
                    default {
                        set32(LO, and(sdiv(sx32(vs), sx32(vt)), M32))
                        set32(HI, and(smod(sx32(vs), sx32(vt)), M32))
                    }
                }
                case 27 {
                    switch vt
                    case 0 {
                        set32(LO, M32)
                        set32(HI, vs)
                    }
                    default {
                        set32(LO, div(vs, vt))
                        set32(HI, mod(vs, vt))
                    }
                }
                case 32 {
                    let r := and(add(vs, vt), M32)
                    if and(and(xor(vs, r), xor(vt, r)), 0x80000000) {
                        fc := 6
                        leave
                    }
                    setReg(rd, r)
                }
                case 34 {
                    let r := and(sub(vs, vt), M32)
                    if and(and(xor(vs, vt), xor(vs, r)), 0x80000000) {
                        fc := 6
                        leave
                    }
                    setReg(rd, r)
                }
                case 48 { if iszero(slt(sx32(vs), sx32(vt))) { fc := 5 } }
                case 49 { if iszero(lt(vs, vt)) { fc := 5 } }
                case 50 { if slt(sx32(vs), sx32(vt)) { fc := 5 } }
                case 51 { if lt(vs, vt) { fc := 5 } }
                case 52 { if eq(vs, vt) { fc := 5 } }
                case 54 { if iszero(eq(vs, vt)) { fc := 5 } }
                default { fc := 1 }
                if iszero(fc) { advance() }
            }
            function special2(insn_, rt, vs) -> fc {
                let vt := reg(rt)
                let rd := and(shr(11, insn_), 31)
                let acc := or(shl(32, u32(HI)), u32(LO))
                switch and(insn_, 63)
                case 2 {
                    setReg(rd, and(mul(vs, vt), M32))
                    leave
                }
                case 0 { acc := add(acc, mul(sx32(vs), sx32(vt))) }
                case 1 { acc := add(acc, mul(vs, vt)) }
                case 4 { acc := sub(acc, mul(sx32(vs), sx32(vt))) }
                case 5 { acc := sub(acc, mul(vs, vt)) }
                case 32 {
                    setReg(rd, clz32(vs))
                    leave
                }
                case 33 {
                    setReg(rd, clz32(xor(vs, M32)))
                    leave
                }
                default {
                    fc := 1
                    leave
                }
                set32(HI, and(shr(32, acc), M32))
                set32(LO, and(acc, M32))
            }
            function special3(insn_, rt, vs) -> fc {
                let rd := and(shr(11, insn_), 31)
                let sa := and(shr(6, insn_), 31)
                switch and(insn_, 63)
                case 0 {
                    // ext: size - 1 in rd, pos in sa
                    let size := add(rd, 1)
                    if gt(add(sa, size), 32) {
                        fc := 1
                        leave
                    }
                    setReg(rt, and(shr(sa, vs), sub(shl(size, 1), 1)))
                }
                case 4 {
                    // ins: msb in rd, pos in sa
                    if lt(rd, sa) {
                        fc := 1
                        leave
                    }
                    let mask := shl(sa, sub(shl(add(sub(rd, sa), 1), 1), 1))
                    setReg(rt, or(and(reg(rt), not(mask)), and(shl(sa, vs), mask)))
                }
                case 32 {
                    let vt := reg(rt)
                    switch sa
                    case 2 { setReg(rd, or(and(shl(8, vt), 0xff00ff00), and(shr(8, vt), 0x00ff00ff))) }
                    case 16 { setReg(rd, and(signextend(0, vt), M32)) }
                    case 24 { setReg(rd, and(signextend(1, vt), M32)) }
                    default { fc := 1 }
                }
                default { fc := 1 }
            }
            function exec(insn_) -> fc {
                let rt := and(shr(16, insn_), 31)
                let vs := reg(and(shr(21, insn_), 31))
                switch shr(26, insn_)
                case 0 {
                    fc := special(insn_, rt, vs, reg(rt))
                    leave
                }
                case 9 { setReg(rt, and(add(vs, signextend(1, insn_)), M32)) }
                case 15 { setReg(rt, and(shl(16, insn_), 0xffff0000)) }
                case 13 { setReg(rt, or(vs, and(insn_, 0xffff))) }
                case 5 {
                    fc := branch(iszero(eq(vs, reg(rt))), branchTarget(insn_), 0)
                    leave
                }
                case 4 {
                    fc := branch(eq(vs, reg(rt)), branchTarget(insn_), 0)
                    leave
                }
                case 12 { setReg(rt, and(vs, and(insn_, 0xffff))) }
                case 3 {
                    fc := branch(1, or(and(add(u32(PC), 4), 0xf0000000), shl(2, and(insn_, 0x03ffffff))), 31)
                    leave
                }
                case 2 {
                    fc := branch(1, or(and(add(u32(PC), 4), 0xf0000000), shl(2, and(insn_, 0x03ffffff))), 0)
                    leave
                }
                case 11 { setReg(rt, lt(vs, and(signextend(1, insn_), M32))) }
                case 10 { setReg(rt, slt(sx32(vs), signextend(1, insn_))) }
                case 1 {
                    // REGIMM by rt: bltz, bgez, bltzal, bgezal (the link is written even if not taken)
                    let neg := shr(31, vs)
                    switch rt
                    case 0 { fc := branch(neg, branchTarget(insn_), 0) }
                    case 1 { fc := branch(iszero(neg), branchTarget(insn_), 0) }
                    case 16 { fc := branch(neg, branchTarget(insn_), 31) }
                    case 17 { fc := branch(iszero(neg), branchTarget(insn_), 31) }
                    default { fc := 1 }
                    leave
                }
                case 6 {
                    fc := branch(or(iszero(vs), shr(31, vs)), branchTarget(insn_), 0)
                    leave
                }
                case 7 {
                    fc := branch(and(iszero(shr(31, vs)), iszero(iszero(vs))), branchTarget(insn_), 0)
                    leave
                }
                case 14 { setReg(rt, xor(vs, and(insn_, 0xffff))) }
                case 8 {
                    let simm := and(signextend(1, insn_), M32)
                    let r := and(add(vs, simm), M32)
                    if and(and(xor(vs, r), xor(simm, r)), 0x80000000) {
                        fc := 6
                        leave
                    }
                    setReg(rt, r)
                }
                case 28 {
                    fc := special2(insn_, rt, vs)
                    if fc { leave }
                }
                case 31 {
                    fc := special3(insn_, rt, vs)
                    if fc { leave }
                }
                default {
                    fc := 1
                    leave
                }
                advance()
            }
            f := exec(insn)
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Syscalls (o32): number in v0 (r2), arguments in a0..a3 (r4..r7); result in v0, error flag in a3.
    // ---------------------------------------------------------------------------------------------------------

    function _syscall(bytes32 localContext) private view {
        uint256 num = _reg(2);
        uint256 a0 = _reg(4);
        uint256 a1 = _reg(5);
        uint256 a2 = _reg(6);
        uint256 ret;
        uint256 errno;
        bool yieldNow;
        if (num == 4238 || num == 4422) {
            // futex, futex_time64
            uint256 cmd = a1 & 0x7f;
            if (cmd == 0) {
                if (_loadWord(a0) != a2) errno = EAGAIN;
                else yieldNow = true;
            } else if (cmd != 1) {
                errno = ENOSYS;
            }
        } else if (num == 4162 || num == 4166) {
            // sched_yield, nanosleep
            yieldNow = true;
        } else if (num == 4263) {
            // clock_gettime: ns = step; both addresses are checked before the first write
            _checkAddr(a1, 4);
            _checkAddr((a1 + 4) & M32, 4);
            uint256 ns;
            assembly {
                ns := shr(192, mload(STEP))
            }
            _storeWord(a1, (ns / 1e9) & M32);
            _storeWord((a1 + 4) & M32, ns % 1e9);
        } else if (num == 4004) {
            // write
            if (a0 == 1 || a0 == 2 || a0 == 4 || a0 == 9) ret = a2;
            else if (a0 == 6) ret = _writePreimageKey(a1, a2);
            else errno = EBADF;
        } else if (num == 4003) {
            // read
            if (a0 == 5) (ret, errno) = _readPreimage(a1, a2, localContext);
            else if (a0 != 0) errno = EBADF;
        } else if (num == 4090) {
            (ret, errno) = _mmap(a0, a1, _reg(7));
        } else if (num == 4218) {
            bool again;
            (errno, again) = _madvise(a0, a1, a2);
            if (again) return; // not done: pc stays on the syscall, which the next step executes again
        } else if (num == 4246 || num == 4001) {
            // exit_group; exit of the last thread is the same
            bool others;
            assembly {
                others := iszero(iszero(or(mload(TODO), mload(DONE))))
            }
            if (num == 4001 && others) {
                // exit of one thread: drop it at the switch this forces
                assembly {
                    mstore8(FLAGS, or(byte(0, mload(FLAGS)), FLAG_THREAD_EXITED))
                    let w := mload(SINCE_SWITCH)
                    mstore(SINCE_SWITCH, or(and(w, not(shl(192, M64))), shl(192, QUANTUM)))
                }
            } else {
                assembly {
                    mstore8(EXITED, 1)
                    mstore8(EXIT_CODE, and(a0, 0xff))
                }
            }
            return; // no pc advance, no result
        } else if (num == 4120) {
            // clone
            if (a0 & 0x100 == 0 || a0 & 0x10000 == 0) errno = ENOSYS;
            else ret = _clone(a1);
        } else if (num == 4222) {
            ret = _u32(TID);
        } else if (num == 4020) {
            ret = 1;
        } else if (num == 4240) {
            // sched_getaffinity: one CPU
            if (a1 < 4) {
                errno = EINVAL;
            } else {
                _storeWord(a2, 1);
                ret = 4;
            }
        } else if (num == 4353) {
            ret = _getrandom(a0, a1);
        } else if (num == 4045) {
            ret = 0x10000000;
        } else if (num == 4326 || num == 4248) {
            ret = 8; // epoll_create1, epoll_create
        } else if (num == 4325) {
            ret = 9; // eventfd2
        } else if (num == 4313 || num == 4250) {
            yieldNow = _reg(7) != 0; // epoll_pwait, epoll_wait: no events; yields unless the timeout is 0
        } else if (num == 4055) {
            if (a0 > 9) errno = EBADF; // fcntl
        } else if (
            num != 4091 && num != 4125 && num != 4006 && num != 4037 && num != 4266 && num != 4194 && num != 4195
                && num != 4206 && num != 4249
        ) {
            errno = ENOSYS; // everything but munmap, mprotect, close, kill, tgkill, rt_sig*, sigaltstack, epoll_ctl,
                // which return 0
        }
        if (errno != 0) {
            _setReg(2, errno);
            _setReg(7, 1);
        } else {
            _setReg(2, ret);
            _setReg(7, 0);
        }
        if (yieldNow) {
            assembly {
                let w := mload(SINCE_SWITCH)
                mstore(SINCE_SWITCH, or(and(w, not(shl(192, M64))), shl(192, QUANTUM)))
            }
        }
        _advance();
    }

    /// @dev mmap: a page-aligned hint is honoured when fixed or below the mmap region, otherwise the region grows
    ///      down from heap (uint32 arithmetic, as in the Go step).
    function _mmap(uint256 addr, uint256 len, uint256 flags) private pure returns (uint256 ret, uint256 errno) {
        unchecked {
            if (len == 0 || len > 0xfffff000) return (0, EINVAL);
            len = (len + 4095) & ~uint256(4095);
            if (flags & 0x800 == 0) return (0, EBADF);
            uint256 heap = _u32(HEAP);
            if (addr != 0 && addr & 4095 == 0 && (flags & 0x10 != 0 || addr + len <= heap)) return (addr, 0);
            if (len > (heap - 0x00400000) & M32) return (0, ENOMEM);
            heap = (heap - len) & M32;
            _set32(HEAP, heap);
            return (heap, 0);
        }
    }

    /// @dev madvise: the range is checked as Linux does; MADV_DONTNEED (4) clears it, one aligned block per step from
    ///      the top (docs/vm.md, "Clearing memory"), with the proof of the block's first leaf. Until the last block
    ///      the rest of the length goes to a1 and `again` is true: the syscall is executed again by the next step.
    function _madvise(uint256 addr, uint256 len, uint256 advice) private pure returns (uint256 errno, bool again) {
        unchecked {
            if (addr & 4095 != 0 || len > 0xfffff000) return (EINVAL, false);
            len = (len + 4095) & ~uint256(4095);
            if (len == 0) return (0, false);
            uint256 end = addr + len;
            if (end > M32) return (EINVAL, false);
            if (addr == 0) return (ENOMEM, false);
            if (advice != 4) return (0, false);
            uint256 size = end & (0 - end); // the largest power of two dividing end, then the largest ≤ len
            while (size > len) size >>= 1;
            uint256 height;
            while (32 << height < size) height++;
            uint256 start = end - size;
            (, uint256 proofOffset) = _readLeaf(start);
            bytes32 root = MerkleLib.zeroBlockCalldata(start >> 5, proofOffset, height);
            assembly {
                mstore(MEM_ROOT, root)
            }
            if (size == len) return (0, false);
            _setReg(5, len - size);
            return (0, true);
        }
    }

    /// @dev clone: the child is a copy of the current thread with tid = nextTID, sp = stack, v0 = a3 = 0, resuming
    ///      after the syscall; it is pushed onto todo. Returns the child's tid.
    function _clone(uint256 stack) private pure returns (uint256 tid) {
        assembly {
            function set32(p, v) {
                mstore(p, or(and(mload(p), not(shl(224, M32))), shl(224, v)))
            }
            let c := SCRATCH
            mcopy(c, THREAD, THREAD_SIZE)
            tid := shr(224, mload(NEXT_TID))
            let npc := shr(224, mload(NEXT_PC))
            set32(c, tid)
            set32(add(c, 4), npc)
            set32(add(c, 8), and(add(npc, 4), M32))
            set32(add(c, 28), 0) // v0 (r2)
            set32(add(c, 48), 0) // a3 (r7)
            set32(add(c, 136), stack) // sp (r29)
            mstore(0x00, mload(TODO))
            mstore(0x20, keccak256(c, THREAD_SIZE))
            mstore(TODO, keccak256(0x00, 0x40))
            set32(NEXT_TID, and(add(tid, 1), M32))
        }
    }

    /// @dev getrandom: n = min(len, 32 - buf % 32) bytes of keccak256(uint64 step) at buf (one proof if n > 0).
    function _getrandom(uint256 buf, uint256 len) private pure returns (uint256 n) {
        n = 32 - (buf & 31);
        if (len < n) n = len;
        if (n == 0) return 0;
        _checkAddr(buf, 1);
        bytes32 random;
        assembly {
            mstore(0x00, and(mload(STEP), shl(192, M64)))
            random := keccak256(0x00, 8)
        }
        _writeBytes(buf, random, n);
    }

    /// @dev write(6, buf, n): m = min(n, 32 - buf % 32) key bytes are shifted into the preimage key from memory
    ///      (one proof if m > 0) and the read cursor is reset. Returns m.
    function _writePreimageKey(uint256 buf, uint256 n) private pure returns (uint256 m) {
        m = 32 - (buf & 31);
        if (n < m) m = n;
        if (m == 0) return 0;
        _checkAddr(buf, 1);
        (bytes32 leaf,) = _readLeaf(buf);
        assembly {
            let bytesIn := shr(sub(256, shl(3, m)), shl(shl(3, and(buf, 31)), leaf))
            mstore(PREIMAGE_KEY, or(shl(shl(3, m), mload(PREIMAGE_KEY)), bytesIn))
            let p := PREIMAGE_OFFSET
            mstore(p, and(mload(p), not(shl(224, M32))))
        }
    }

    /// @dev read(5, buf, n): the oracle supplies the 32 bytes of the key's stream at the read cursor and how many
    ///      exist; m = min(n, datLen, 32 - buf % 32) of them are written at buf (one proof if m > 0). Local keys
    ///      are localized for msg.sender and localContext first, as PreimageOracle.localizeKey does.
    function _readPreimage(uint256 buf, uint256 n, bytes32 localContext)
        private
        view
        returns (uint256 ret, uint256 errno)
    {
        if (n == 0) return (0, 0);
        bytes32 key;
        uint256 keyType;
        assembly {
            key := mload(PREIMAGE_KEY)
            keyType := byte(0, key)
        }
        if (keyType != 1 && keyType != 2) return (0, EINVAL);
        _checkAddr(buf, 1);
        if (keyType == 1) {
            assembly {
                mstore(0x00, shl(96, caller()))
                mstore(0x14, localContext)
                let context := keccak256(0x00, 0x34)
                mstore(0x00, key)
                mstore(0x20, context)
                key := or(and(keccak256(0x00, 0x40), not(shl(248, 0xff))), shl(248, 1))
            }
        }
        uint256 offset = _u32(PREIMAGE_OFFSET);
        (bytes32 dat, uint256 datLen) = oracle.readPreimage(key, offset);
        uint256 m = 32 - (buf & 31);
        if (n < m) m = n;
        if (datLen < m) m = datLen;
        if (m > 0) _writeBytes(buf, dat, m);
        _set32(PREIMAGE_OFFSET, (offset + m) & M32);
        return (m, 0);
    }
}
