package contracts_test

import (
	"context"
	"crypto/rand"
	"encoding/binary"
	"fmt"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/opml-dev/opml/chain"
	"github.com/opml-dev/opml/contracts/bindings"
)

// The expectations below are computed in Go straight from docs/vm.md ("Oracle"), independently of the
// contract: the stream is uint64 BE len ‖ data, keys carry their type in the first byte.

func stream(data []byte) []byte {
	s := binary.BigEndian.AppendUint64(nil, uint64(len(data)))
	return append(s, data...)
}

// expectedPart is the 32-byte window of the stream at offset (zero-padded) and how many of its bytes exist.
func expectedPart(data []byte, offset int) (dat [32]byte, datLen int) {
	s := stream(data)
	if offset >= len(s) {
		return dat, 0
	}
	datLen = copy(dat[:], s[offset:])
	return dat, datLen
}

func keccakKey(data []byte) [32]byte {
	k := [32]byte(crypto.Keccak256(data))
	k[0] = 2
	return k
}

func localizedKey(key [32]byte, account common.Address, localContext [32]byte) [32]byte {
	k := [32]byte(crypto.Keccak256(key[:], crypto.Keccak256(account.Bytes(), localContext[:])))
	k[0] = 1
	return k
}

func randomBytes(t *testing.T, n int) []byte {
	t.Helper()
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		t.Fatal(err)
	}
	return b
}

// partOffsets are the offsets worth checking for data of length n: inside the length prefix, at its end, in
// the data, the last full window, the last byte, the end of the stream (datLen 0) and past it.
func partOffsets(n int) []int {
	end := n + 8
	seen := map[int]bool{}
	var offs []int
	for _, o := range []int{0, 1, 7, 8, 9, 31, 32, 33, end - 33, end - 32, end - 31, end - 1, end, end + 1, end + 100} {
		if o >= 0 && !seen[o] {
			seen[o] = true
			offs = append(offs, o)
		}
	}
	return offs
}

type oracleEnv struct {
	chain  *chain.Chain
	oracle *bindings.PreimageOracle
	addr   common.Address
}

func newOracleEnv(t *testing.T) *oracleEnv {
	t.Helper()
	c, err := chain.NewEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	addr, _, err := c.Deploy(context.Background(), &bindings.PreimageOracleMetaData, nil)
	if err != nil {
		t.Fatal(err)
	}
	return &oracleEnv{chain: c, oracle: bindings.NewPreimageOracle(), addr: addr}
}

func (e *oracleEnv) read(c *chain.Chain, key [32]byte, offset int) (bindings.ReadPreimageOutput, error) {
	return chain.Call(context.Background(), c, e.addr, e.oracle.PackReadPreimage(key, big.NewInt(int64(offset))), e.oracle.UnpackReadPreimage)
}

func checkRead(t *testing.T, e *oracleEnv, key [32]byte, data []byte, offset int) {
	t.Helper()
	got, err := e.read(e.chain, key, offset)
	if err != nil {
		t.Fatalf("readPreimage(offset %d): %v", offset, err)
	}
	wantDat, wantLen := expectedPart(data, offset)
	if got.Dat != wantDat || got.DatLen.Cmp(big.NewInt(int64(wantLen))) != 0 {
		t.Fatalf("readPreimage(offset %d) of %d-byte data = (%x, %v), want (%x, %d)", offset, len(data), got.Dat, got.DatLen, wantDat, wantLen)
	}
}

func TestPreimageOracleKeccakParts(t *testing.T) {
	e := newOracleEnv(t)
	ctx := context.Background()
	for _, n := range []int{0, 1, 24, 31, 32, 33, 100, 1000} {
		data := randomBytes(t, n)
		t.Run(fmt.Sprintf("len%d", n), func(t *testing.T) {
			key := keccakKey(data)
			for _, off := range partOffsets(n) {
				calldata := e.oracle.PackLoadKeccak256PreimagePart(big.NewInt(int64(off)), data)
				// The key the contract derives (seen through a call) is the one computed in Go.
				gotKey, err := chain.Call(ctx, e.chain, e.addr, calldata, e.oracle.UnpackLoadKeccak256PreimagePart)
				if err != nil {
					t.Fatal(err)
				}
				if gotKey != key {
					t.Fatalf("key = %x, want %x", gotKey, key)
				}
				if _, err := e.chain.Transact(ctx, e.addr, calldata); err != nil {
					t.Fatalf("load offset %d: %v", off, err)
				}
				checkRead(t, e, key, data, off)
			}
			length, err := chain.Call(ctx, e.chain, e.addr, e.oracle.PackPreimageLengths(key), e.oracle.UnpackPreimageLengths)
			if err != nil || length.Int64() != int64(n) {
				t.Fatalf("preimageLengths = %v, %v; want %d", length, err, n)
			}
		})
	}
}

// TestPreimageOracleKeyBinding checks that data can only ever be stored under its own hash: the loader does
// not choose the key, so a wrong preimage lands under a different key and the real one stays unloaded.
func TestPreimageOracleKeyBinding(t *testing.T) {
	e := newOracleEnv(t)
	ctx := context.Background()
	honest := []byte("the model's weights")
	forged := []byte("the model's weighs")
	honestKey := keccakKey(honest)

	if _, err := e.chain.Transact(ctx, e.addr, e.oracle.PackLoadKeccak256PreimagePart(big.NewInt(8), forged)); err != nil {
		t.Fatal(err)
	}
	if _, err := e.read(e.chain, honestKey, 8); err == nil || !strings.Contains(err.Error(), "preimage part not loaded") {
		t.Fatalf("reading the honest key after loading a forged preimage: err = %v, want 'preimage part not loaded'", err)
	}
	checkRead(t, e, keccakKey(forged), forged, 8)

	// A part loaded at one offset does not make other offsets of the same key readable.
	if _, err := e.chain.Transact(ctx, e.addr, e.oracle.PackLoadKeccak256PreimagePart(big.NewInt(8), honest)); err != nil {
		t.Fatal(err)
	}
	checkRead(t, e, honestKey, honest, 8)
	if _, err := e.read(e.chain, honestKey, 9); err == nil || !strings.Contains(err.Error(), "preimage part not loaded") {
		t.Fatalf("reading an unloaded offset: err = %v, want 'preimage part not loaded'", err)
	}
}

func TestPreimageOracleUnloadedReadReverts(t *testing.T) {
	e := newOracleEnv(t)
	for _, key := range [][32]byte{{}, keccakKey([]byte("never loaded")), {1, 2, 3}} {
		_, err := e.read(e.chain, key, 0)
		if err == nil {
			t.Fatalf("read of unloaded key %x succeeded", key)
		}
		data, ok := chain.RevertData(err)
		if !ok {
			t.Fatalf("read of unloaded key: no revert data in %v", err)
		}
		reason, err2 := abi.UnpackRevert(data)
		if err2 != nil || reason != "preimage part not loaded" {
			t.Fatalf("revert reason = %q (%v), want %q; error: %v", reason, err2, "preimage part not loaded", err)
		}
	}
}

func TestPreimageOracleLocalData(t *testing.T) {
	e := newOracleEnv(t)
	ctx := context.Background()
	keys := chain.DevKeys()
	alice, bob := e.chain, e.chain.As(keys[1])

	// A contract loader, as the dispute game will be: its data is localized by its own address.
	readerAddr, _, err := e.chain.Deploy(ctx, &bindings.OracleReaderMetaData, bindings.NewOracleReader().PackConstructor(e.addr))
	if err != nil {
		t.Fatal(err)
	}
	reader := bindings.NewOracleReader()

	key := [32]byte{1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 7}
	ctxA := [32]byte{0xaa}
	ctxB := [32]byte{0xbb}
	type load struct {
		name      string
		loader    *chain.Chain
		via       *common.Address // the contract that calls the oracle, if not the loader's account itself
		context   [32]byte
		data      []byte
		msgSender common.Address
	}
	loads := []load{
		{name: "alice ctxA", loader: alice, context: ctxA, data: []byte("alice's input for dispute A"), msgSender: alice.From()},
		{name: "alice ctxB", loader: alice, context: ctxB, data: []byte("alice's input for dispute B, longer than one part"), msgSender: alice.From()},
		{name: "bob ctxA", loader: bob, context: ctxA, data: []byte("bob claims a different input"), msgSender: bob.From()},
		{name: "contract ctxA", loader: bob, via: &readerAddr, context: ctxA, data: randomBytes(t, 77), msgSender: readerAddr},
	}
	seen := map[[32]byte]string{}
	for _, l := range loads {
		want := localizedKey(key, l.msgSender, l.context)
		if prev, dup := seen[want]; dup {
			t.Fatalf("%s and %s localize to the same key", prev, l.name)
		}
		seen[want] = l.name

		pure, err := chain.Call(ctx, e.chain, e.addr, e.oracle.PackLocalizeKey(key, l.msgSender, l.context), e.oracle.UnpackLocalizeKey)
		if err != nil || pure != want {
			t.Fatalf("%s: localizeKey = %x, %v; want %x", l.name, pure, err, want)
		}
		for _, off := range partOffsets(len(l.data)) {
			var to common.Address
			var calldata []byte
			var gotKey [32]byte
			if l.via != nil {
				to, calldata = *l.via, reader.PackLoadLocal(key, l.context, l.data, big.NewInt(int64(off)))
				gotKey, err = chain.Call(ctx, l.loader, to, calldata, reader.UnpackLoadLocal)
			} else {
				to, calldata = e.addr, e.oracle.PackLoadLocalData(key, l.context, l.data, big.NewInt(int64(off)))
				gotKey, err = chain.Call(ctx, l.loader, to, calldata, e.oracle.UnpackLoadLocalData)
			}
			if err != nil || gotKey != want {
				t.Fatalf("%s: loadLocalData returns %x, %v; want %x", l.name, gotKey, err, want)
			}
			if _, err := l.loader.Transact(ctx, to, calldata); err != nil {
				t.Fatalf("%s: load offset %d: %v", l.name, off, err)
			}
		}
	}
	// Every load is readable under its own localized key only, whoever reads.
	for _, l := range loads {
		for _, off := range partOffsets(len(l.data)) {
			checkRead(t, e, localizedKey(key, l.msgSender, l.context), l.data, off)
		}
	}
	// The unlocalized key and a context nobody loaded stay unreadable.
	for _, k := range [][32]byte{key, localizedKey(key, alice.From(), [32]byte{0xcc})} {
		if _, err := e.read(bob, k, 0); err == nil || !strings.Contains(err.Error(), "preimage part not loaded") {
			t.Fatalf("read of %x: err = %v, want 'preimage part not loaded'", k, err)
		}
	}
}

// TestPreimageOracleReadGas measures readPreimage as a contract calling the oracle (cold account and slots,
// as in a one-step proof's single oracle read) and as a whole transaction (eth_estimateGas).
func TestPreimageOracleReadGas(t *testing.T) {
	e := newOracleEnv(t)
	ctx := context.Background()
	data := randomBytes(t, 100)
	key := keccakKey(data)
	if _, err := e.chain.Transact(ctx, e.addr, e.oracle.PackLoadKeccak256PreimagePart(big.NewInt(40), data)); err != nil {
		t.Fatal(err)
	}
	readerAddr, _, err := e.chain.Deploy(ctx, &bindings.OracleReaderMetaData, bindings.NewOracleReader().PackConstructor(e.addr))
	if err != nil {
		t.Fatal(err)
	}
	reader := bindings.NewOracleReader()
	got, err := chain.Call(ctx, e.chain, readerAddr, reader.PackMeasureRead(key, big.NewInt(40)), reader.UnpackMeasureRead)
	if err != nil {
		t.Fatal(err)
	}
	wantDat, wantLen := expectedPart(data, 40)
	if got.Dat != wantDat || got.DatLen.Int64() != int64(wantLen) {
		t.Fatalf("read through OracleReader = (%x, %v), want (%x, %d)", got.Dat, got.DatLen, wantDat, wantLen)
	}
	// Loose sanity bounds: two cold SLOADs (2 × 2100) and a cold call (2600) cannot cost less.
	if g := got.GasUsed.Int64(); g < 6800 || g > 20000 {
		t.Fatalf("readPreimage from a contract used %d gas: outside the plausible range", g)
	}
	to := e.addr
	tx, err := e.chain.Client().EstimateGas(ctx, ethereum.CallMsg{From: e.chain.From(), To: &to, Data: e.oracle.PackReadPreimage(key, big.NewInt(40))})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("gas: readPreimage called from a contract (cold) = %d; as a transaction (estimate, incl. 21000 base) = %d", got.GasUsed, tx)
}
