package merkle

import (
	"fmt"
	"math/bits"

	"github.com/opml-dev/opml/internal/keccak"
)

// TreeHeight returns the height of the smallest power-of-two tree over n leaves (0 for one leaf or none): the
// height of the graph state and node-record trees.
func TreeHeight(n int) int {
	if n <= 1 {
		return 0
	}
	return bits.Len(uint(n - 1))
}

// Proof returns the siblings, bottom-up, of leaf i in the tree of LeavesRoot(leaves, height).
func Proof(leaves [][32]byte, height, i int) ([][32]byte, error) {
	if height < 0 || height > MaxHeight || i < 0 || i >= 1<<height || len(leaves) > 1<<height {
		return nil, fmt.Errorf("merkle: leaf %d of a tree of height %d with %d leaves", i, height, len(leaves))
	}
	return SubtreesProof(leaves, 0, height, i), nil
}

// RootFromProof returns the root implied by leaf i having value leaf and the siblings proof (bottom-up, as
// Proof returns them): MerkleLib.rootOf on chain.
func RootFromProof(leaf [32]byte, i int, proof [][32]byte) [32]byte {
	node := leaf
	for _, sib := range proof {
		if i&1 == 1 {
			node = keccak.HashPair(&sib, &node)
		} else {
			node = keccak.HashPair(&node, &sib)
		}
		i >>= 1
	}
	return node
}
