package merkle

import "github.com/opml-dev/opml/internal/keccak"

// SubtreesRoot returns the root of the tree whose nodes at height base (sub-trees of 2^base leaves) are roots,
// followed by zero sub-trees, up to height base+levels: the root of a region of 2^(base+levels+5) bytes whose
// first aligned blocks of 2^(base+5) bytes have the roots `roots` and whose other blocks are zero. len(roots)
// must not exceed 2^levels.
func SubtreesRoot(roots [][32]byte, base, levels int) [32]byte {
	if len(roots) > 1<<levels {
		panic("merkle: more sub-tree roots than the tree holds")
	}
	level := append([][32]byte(nil), roots...)
	for h := base; h < base+levels; h++ {
		z := ZeroHash(h)
		next := make([][32]byte, (len(level)+1)/2)
		for j := range next {
			right := &z
			if 2*j+1 < len(level) {
				right = &level[2*j+1]
			}
			next[j] = keccak.HashPair(&level[2*j], right)
		}
		level = next
	}
	if len(level) == 0 {
		return ZeroHash(base + levels)
	}
	return level[0]
}

// SubtreesProof returns the siblings, bottom-up, of sub-tree i in the tree of SubtreesRoot(roots, base, levels).
func SubtreesProof(roots [][32]byte, base, levels, i int) [][32]byte {
	proof := make([][32]byte, 0, levels)
	level := append([][32]byte(nil), roots...)
	for h := base; h < base+levels; h++ {
		z := ZeroHash(h)
		if sib := i ^ 1; sib < len(level) {
			proof = append(proof, level[sib])
		} else {
			proof = append(proof, z)
		}
		next := make([][32]byte, (len(level)+1)/2)
		for j := range next {
			right := &z
			if 2*j+1 < len(level) {
				right = &level[2*j+1]
			}
			next[j] = keccak.HashPair(&level[2*j], right)
		}
		level, i = next, i/2
	}
	return proof
}
