package contracts_test

import (
	"context"
	"fmt"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/opml-dev/opml/chain"
	"github.com/opml-dev/opml/contracts/bindings"
	"github.com/opml-dev/opml/vm"
)

// MerkleLib is checked against the Go memory tree of package vm (the reference the VM itself uses) on the
// EVM of the embedded chain, through MerkleHarness.

type merkleEnv struct {
	chain   *chain.Chain
	harness *bindings.MerkleHarness
	addr    common.Address
}

func newMerkleEnv(t *testing.T) *merkleEnv {
	t.Helper()
	c, err := chain.NewEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	addr, _, err := c.Deploy(context.Background(), &bindings.MerkleHarnessMetaData, nil)
	if err != nil {
		t.Fatal(err)
	}
	return &merkleEnv{chain: c, harness: bindings.NewMerkleHarness(), addr: addr}
}

func call[T any](t *testing.T, e *merkleEnv, calldata []byte, unpack func([]byte) (T, error)) (T, error) {
	t.Helper()
	return chain.Call(context.Background(), e.chain, e.addr, calldata, unpack)
}

// harnessError decodes the custom error a reverted call carries.
func (e *merkleEnv) harnessError(t *testing.T, err error) any {
	t.Helper()
	if err == nil {
		t.Fatal("call succeeded, want a revert")
	}
	data, ok := chain.RevertData(err)
	if !ok || len(data) < 4 {
		t.Fatalf("no custom error in %v", err)
	}
	decoded, decodeErr := e.harness.UnpackError(data)
	if decodeErr != nil {
		t.Fatalf("undecodable revert %x: %v", data, decodeErr)
	}
	return decoded
}

// write is one write to memory; memories are built from lists of them so the same memory can be rebuilt.
type write struct {
	addr uint32
	data []byte
}

func randomWrites(rng *rand.Rand, n int) []write {
	ws := make([]write, n)
	for i := range ws {
		var addr uint32
		switch rng.IntN(4) {
		case 0: // low memory, where programs live
			addr = 0x400000 + rng.Uint32N(1<<20)
		case 1: // the top of memory: the last leaves exercise all-ones indices
			addr = 0xFFFFFFFF - rng.Uint32N(1<<12)
		case 2: // the tensor area above 0x80000000
			addr = 0x80000000 + rng.Uint32N(1<<24)
		default:
			addr = rng.Uint32()
		}
		data := make([]byte, 1+rng.IntN(300))
		for j := range data {
			data[j] = byte(rng.Uint32())
		}
		if uint64(addr)+uint64(len(data)) > 1<<32 {
			data = data[:1<<32-uint64(addr)]
		}
		ws[i] = write{addr, data}
	}
	return ws
}

func buildMemory(t *testing.T, ws []write) *vm.Memory {
	t.Helper()
	m := vm.NewMemory()
	for _, w := range ws {
		if err := m.WriteBytes(w.addr, w.data); err != nil {
			t.Fatal(err)
		}
	}
	return m
}

// probeAddrs are addresses to prove: some written, some never touched, and the extremes.
func probeAddrs(rng *rand.Rand, ws []write, n int) []uint32 {
	addrs := []uint32{0, 0xFFFFFFE0}
	for len(addrs) < n {
		if rng.IntN(3) > 0 {
			w := ws[rng.IntN(len(ws))]
			addrs = append(addrs, w.addr+uint32(rng.IntN(len(w.data))))
		} else {
			addrs = append(addrs, rng.Uint32())
		}
	}
	return addrs
}

func TestMerkleLibLeafProofs(t *testing.T) {
	e := newMerkleEnv(t)
	rng := rand.New(rand.NewPCG(1, 2))
	for mem := 0; mem < 3; mem++ {
		ws := randomWrites(rng, 40)
		m := buildMemory(t, ws)
		root := m.MerkleRoot()
		for _, addr := range probeAddrs(rng, ws, 12) {
			t.Run(fmt.Sprintf("mem%d/%#08x", mem, addr), func(t *testing.T) {
				proof := m.MerkleProof(addr)
				index := big.NewInt(int64(addr >> 5))
				wantLeaf := m.Leaf(addr)

				leaf, err := call(t, e, e.harness.PackReadLeaf(root, index, proof[:]), e.harness.UnpackReadLeaf)
				if err != nil || leaf != wantLeaf {
					t.Fatalf("readLeaf = %x, %v; want %x", leaf, err, wantLeaf)
				}
				// The same proof in a memory buffer, behind an unaligned prefix of junk and before more junk.
				prefix := 1 + rng.IntN(100)
				buf := append(append(make([]byte, prefix), proof[:]...), make([]byte, rng.IntN(64))...)
				buf[0] = 0xff
				off := big.NewInt(int64(prefix))
				leaf, err = call(t, e, e.harness.PackReadLeafMemory(root, index, buf, off), e.harness.UnpackReadLeafMemory)
				if err != nil || leaf != wantLeaf {
					t.Fatalf("readLeafMemory = %x, %v; want %x", leaf, err, wantLeaf)
				}

				// Writing a new leaf: the root from the old siblings is the Go tree's root after the same write.
				var newLeaf [32]byte
				for i := range newLeaf {
					newLeaf[i] = byte(rng.Uint32())
				}
				if rng.IntN(4) == 0 {
					newLeaf = [32]byte{} // writing zeros must give back zero sub-trees
				}
				m2 := buildMemory(t, ws)
				m2.SetLeaf(addr, newLeaf)
				wantRoot := m2.MerkleRoot()
				newRoot, err := call(t, e, e.harness.PackWriteLeaf(index, proof[:], newLeaf), e.harness.UnpackWriteLeaf)
				if err != nil || newRoot != wantRoot {
					t.Fatalf("writeLeaf = %x, %v; want %x", newRoot, err, wantRoot)
				}
				newRoot, err = call(t, e, e.harness.PackWriteLeafMemory(index, buf, off, newLeaf), e.harness.UnpackWriteLeafMemory)
				if err != nil || newRoot != wantRoot {
					t.Fatalf("writeLeafMemory = %x, %v; want %x", newRoot, err, wantRoot)
				}
			})
		}
	}
}

func TestMerkleLibRejectsBadProofs(t *testing.T) {
	e := newMerkleEnv(t)
	rng := rand.New(rand.NewPCG(3, 4))
	ws := randomWrites(rng, 30)
	m := buildMemory(t, ws)
	root := m.MerkleRoot()
	addr := ws[0].addr
	proof := m.MerkleProof(addr)
	index := int64(addr >> 5)

	expectInvalid := func(t *testing.T, err error) {
		t.Helper()
		got, ok := e.harnessError(t, err).(*bindings.MerkleHarnessInvalidMemoryProof)
		if !ok || got.ExpectedRoot != root || got.ProvenRoot == root {
			t.Fatalf("revert = %+v, want InvalidMemoryProof against root %x", got, root)
		}
	}
	// Every single-bit change anywhere in the proof (leaf or any sibling level) must fail.
	for level := 0; level <= vm.TreeDepth; level++ {
		t.Run(fmt.Sprintf("flip-level%d", level), func(t *testing.T) {
			bad := proof
			bad[32*level+rng.IntN(32)] ^= 1 << rng.IntN(8)
			_, err := call(t, e, e.harness.PackReadLeaf(root, big.NewInt(index), bad[:]), e.harness.UnpackReadLeaf)
			expectInvalid(t, err)
			_, err = call(t, e, e.harness.PackReadLeafMemory(root, big.NewInt(index), bad[:], big.NewInt(0)), e.harness.UnpackReadLeafMemory)
			expectInvalid(t, err)
		})
	}
	t.Run("other-index", func(t *testing.T) {
		// The proof of one leaf does not prove any other index (each index bit picks a side).
		for bit := 0; bit < vm.TreeDepth; bit++ {
			_, err := call(t, e, e.harness.PackReadLeaf(root, big.NewInt(index^(1<<bit)), proof[:]), e.harness.UnpackReadLeaf)
			expectInvalid(t, err)
		}
	})
	t.Run("index-out-of-range", func(t *testing.T) {
		_, err := call(t, e, e.harness.PackReadLeaf(root, big.NewInt(index+1<<27), proof[:]), e.harness.UnpackReadLeaf)
		if got, ok := e.harnessError(t, err).(*bindings.MerkleHarnessLeafIndexOutOfRange); !ok || got.LeafIndex.Int64() != index+1<<27 {
			t.Fatalf("revert = %+v, want LeafIndexOutOfRange", got)
		}
	})
	t.Run("memory-out-of-bounds", func(t *testing.T) {
		// The buffer ends one byte before the proof would.
		_, err := call(t, e, e.harness.PackReadLeafMemory(root, big.NewInt(index), proof[:], big.NewInt(1)), e.harness.UnpackReadLeafMemory)
		if got, ok := e.harnessError(t, err).(*bindings.MerkleHarnessProofOutOfBounds); !ok || got.Offset.Int64() != 1 || got.Available.Int64() != vm.ProofSize {
			t.Fatalf("revert = %+v, want ProofOutOfBounds(1, %d)", got, vm.ProofSize)
		}
	})
	t.Run("short-proof", func(t *testing.T) {
		_, err := call(t, e, e.harness.PackReadLeaf(root, big.NewInt(index), proof[:vm.ProofSize-32]), e.harness.UnpackReadLeaf)
		if _, ok := e.harnessError(t, err).(*bindings.MerkleHarnessBadProofLength); !ok {
			t.Fatalf("want BadProofLength, got %v", err)
		}
	})
}

// naiveRegionRoot hashes a region's bytes pairwise up to one root, with no zero-tree shortcuts: an
// independent check of the Go tree's region roots for small regions.
func naiveRegionRoot(data []byte) [32]byte {
	level := make([][]byte, len(data)/32)
	for i := range level {
		level[i] = data[32*i : 32*i+32]
	}
	for len(level) > 1 {
		next := make([][]byte, len(level)/2)
		for i := range next {
			next[i] = crypto.Keccak256(level[2*i], level[2*i+1])
		}
		level = next
	}
	return [32]byte(level[0])
}

func TestMerkleLibRegions(t *testing.T) {
	e := newMerkleEnv(t)
	rng := rand.New(rand.NewPCG(5, 6))
	ws := randomWrites(rng, 40)
	m := buildMemory(t, ws)
	root := m.MerkleRoot()

	for _, k := range []int{5, 6, 7, 11, 12, 13, 16, 20, 26, 31, 32} {
		for trial := 0; trial < 3; trial++ {
			// Half the regions contain written data, half are random (mostly zero).
			addr := rng.Uint32()
			if trial%2 == 0 {
				addr = ws[rng.IntN(len(ws))].addr
			}
			if k < 32 {
				addr &^= 1<<k - 1
			} else {
				addr = 0
			}
			t.Run(fmt.Sprintf("k%d/%#08x", k, addr), func(t *testing.T) {
				subRoot, err := m.RegionRoot(addr, k)
				if err != nil {
					t.Fatal(err)
				}
				siblings, err := m.RegionProof(addr, k)
				if err != nil {
					t.Fatal(err)
				}
				if len(siblings) != 32-k {
					t.Fatalf("Go RegionProof gave %d siblings, want %d", len(siblings), 32-k)
				}
				if k <= 12 {
					data, err := m.ReadBytes(addr, 1<<k)
					if err != nil {
						t.Fatal(err)
					}
					if naive := naiveRegionRoot(data); naive != subRoot {
						t.Fatalf("Go RegionRoot = %x, naive hash of the region's bytes = %x", subRoot, naive)
					}
				}
				a, lk := big.NewInt(int64(addr)), big.NewInt(int64(k))
				got, err := call(t, e, e.harness.PackRegionRoot(a, lk, subRoot, siblings), e.harness.UnpackRegionRoot)
				if err != nil || got != root {
					t.Fatalf("regionRoot = %x, %v; want the memory root %x", got, err, root)
				}
				ok, err := call(t, e, e.harness.PackVerifyRegion(root, a, lk, subRoot, siblings), e.harness.UnpackVerifyRegion)
				if err != nil || !ok {
					t.Fatalf("verifyRegion = %v, %v; want true", ok, err)
				}
				wrong := subRoot
				wrong[31] ^= 1
				ok, err = call(t, e, e.harness.PackVerifyRegion(root, a, lk, wrong, siblings), e.harness.UnpackVerifyRegion)
				if err != nil || ok {
					t.Fatalf("verifyRegion with a wrong sub-root = %v, %v; want false", ok, err)
				}

				// Handing a new tensor to this region: the same siblings with the new sub-root give the root of the
				// memory in which only that region changed.
				if k <= 16 {
					tensor := make([]byte, 1<<k)
					for i := range tensor {
						tensor[i] = byte(rng.Uint32())
					}
					m2 := buildMemory(t, ws)
					if err := m2.WriteBytes(addr, tensor); err != nil {
						t.Fatal(err)
					}
					newSub, err := m2.RegionRoot(addr, k)
					if err != nil {
						t.Fatal(err)
					}
					got, err := call(t, e, e.harness.PackRegionRoot(a, lk, newSub, siblings), e.harness.UnpackRegionRoot)
					if want := m2.MerkleRoot(); err != nil || got != want {
						t.Fatalf("regionRoot after replacing the region = %x, %v; want %x", got, err, want)
					}
				}
			})
		}
	}

	t.Run("invalid", func(t *testing.T) {
		siblings := func(n int) [][32]byte { return make([][32]byte, n) }
		for _, c := range []struct {
			addr     uint64
			k        int
			siblings int
		}{
			{0x1000, 4, 28},         // below one leaf
			{0x1000, 33, 0},         // above all of memory
			{0x1010, 5, 27},         // not aligned to its size
			{0x1800, 12, 20},        // not aligned to its size
			{0x1000, 12, 19},        // one sibling short
			{0x1000, 12, 21},        // one sibling too many
			{1 << 32, 5, 27},        // address beyond 32 bits
			{0x80000000, 32, 0},     // the whole memory starts at 0
			{0xFFFFFFE0, 5, 27 + 1}, // too many siblings at the top
		} {
			_, err := call(t, e, e.harness.PackRegionRoot(new(big.Int).SetUint64(c.addr), big.NewInt(int64(c.k)), [32]byte{}, siblings(c.siblings)), e.harness.UnpackRegionRoot)
			if _, ok := e.harnessError(t, err).(*bindings.MerkleHarnessInvalidRegion); !ok {
				t.Fatalf("regionRoot(%#x, %d, %d siblings): want InvalidRegion, got %v", c.addr, c.k, c.siblings, err)
			}
		}
	})
}

// TestMerkleLibGas measures one memory-proof verification and one root update inside the EVM, and a
// verification as a whole transaction (eth_estimateGas: 21000 base and the 896-byte proof's calldata included).
func TestMerkleLibGas(t *testing.T) {
	e := newMerkleEnv(t)
	rng := rand.New(rand.NewPCG(7, 8))
	ws := randomWrites(rng, 20)
	m := buildMemory(t, ws)
	root := m.MerkleRoot()
	addr := ws[0].addr
	proof := m.MerkleProof(addr)
	index := big.NewInt(int64(addr >> 5))

	read, err := call(t, e, e.harness.PackMeasureReadLeaf(root, index, proof[:]), e.harness.UnpackMeasureReadLeaf)
	if err != nil || read.Leaf != m.Leaf(addr) {
		t.Fatalf("measureReadLeaf = %x, %v", read.Leaf, err)
	}
	written, err := call(t, e, e.harness.PackMeasureWriteLeaf(index, proof[:], [32]byte{1}), e.harness.UnpackMeasureWriteLeaf)
	if err != nil {
		t.Fatal(err)
	}
	// 27 keccak256 of 64 bytes cost 27 × 42 = 1134 gas in hashing alone; a loop that costs over 10× that is broken.
	for name, g := range map[string]*big.Int{"verify": read.GasUsed, "update": written.GasUsed} {
		if g.Int64() < 1134 || g.Int64() > 12000 {
			t.Fatalf("%s used %v gas: outside the plausible range", name, g)
		}
	}
	to := e.addr
	tx, err := e.chain.Client().EstimateGas(context.Background(), ethereum.CallMsg{From: e.chain.From(), To: &to, Data: e.harness.PackReadLeaf(root, index, proof[:])})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("gas: memory-proof verification (MerkleLib.readLeafCalldata) = %v; root update (writeLeafCalldata) = %v; readLeaf as a transaction = %d",
		read.GasUsed, written.GasUsed, tx)
}
