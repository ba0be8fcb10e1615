package merkle

import (
	"math/rand"
	"testing"

	"github.com/opml-dev/opml/internal/keccak"
)

// TestSubtreesRootIsTheRegionRoot checks that the tree over the roots of a region's aligned blocks is the
// region's root, and that a sub-tree's proof gives it.
func TestSubtreesRootIsTheRegionRoot(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for _, n := range []int{1, 33, 100, 256, 1000, 4096} {
		data := make([]byte, n)
		rng.Read(data)
		height := HeightOf(n)
		for base := 0; base <= height; base++ {
			block := 32 << base
			var roots [][32]byte
			for off := 0; off < n; off += block {
				roots = append(roots, RootAt(data[off:min(off+block, n)], base))
			}
			if got := SubtreesRoot(roots, base, height-base); got != Root(data) {
				t.Fatalf("%d bytes, blocks of %d: the tree over the block roots is not the root", n, block)
			}
			for i := range roots {
				node := roots[i]
				for l, sib := range SubtreesProof(roots[:i], base, height-base, i) {
					if i>>l&1 == 1 {
						node = keccak.HashPair(&sib, &node)
					} else {
						node = keccak.HashPair(&node, &sib)
					}
				}
				if node != SubtreesRoot(roots[:i+1], base, height-base) {
					t.Fatalf("%d bytes, block %d of %d: the proof does not give the root", n, i, block)
				}
			}
		}
	}
	if SubtreesRoot(nil, 3, 4) != ZeroHash(7) {
		t.Fatal("no roots is not the zero tree")
	}
}

func TestProofGivesLeavesRoot(t *testing.T) {
	rng := rand.New(rand.NewSource(2))
	for _, n := range []int{1, 2, 3, 7, 8, 100} {
		leaves := make([][32]byte, n)
		for i := range leaves {
			rng.Read(leaves[i][:])
		}
		h := TreeHeight(n)
		root := LeavesRoot(leaves, h)
		for i := range leaves {
			p, err := Proof(leaves, h, i)
			if err != nil {
				t.Fatal(err)
			}
			if RootFromProof(leaves[i], i, p) != root {
				t.Fatalf("%d leaves: leaf %d's proof does not give the root", n, i)
			}
		}
		if _, err := Proof(leaves, h, 1<<h); err == nil {
			t.Fatalf("%d leaves: a proof of leaf %d", n, 1<<h)
		}
	}
}
