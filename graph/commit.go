package graph

import (
	"fmt"

	"github.com/opml-dev/opml/internal/merkle"
	"github.com/opml-dev/opml/tensor"
)

// PaddedSize returns the smallest power of two ≥ max(32, n): the size of
// the aligned region that holds n bytes.
func PaddedSize(n int) int { return merkle.PaddedSize(n) }

// Commit returns the commitment to a tensor's canonical bytes: the Merkle
// root of data zero-padded to PaddedSize(len(data)), with 32-byte raw
// leaves and keccak256(left ‖ right) nodes. It equals the root of the
// aligned region of that size holding data in VM memory
// (vm.Memory.RegionRoot).
func Commit(data []byte) [32]byte { return merkle.Root(data) }

// CommitTensor returns Commit(t.Bytes()).
func CommitTensor(t *tensor.Tensor) [32]byte { return Commit(t.Bytes()) }

// MerkleRoot returns the root of the tree of the given height whose first
// leaves are leaves and whose other leaves are zero. len(leaves) must not
// exceed 2^height.
func MerkleRoot(leaves [][32]byte, height int) [32]byte {
	return merkle.LeavesRoot(leaves, height)
}

// MerkleProof returns the siblings, bottom-up, of leaf i in the tree of
// MerkleRoot(leaves, height) (merkle.Proof).
func MerkleProof(leaves [][32]byte, height, i int) ([][32]byte, error) {
	proof, err := merkle.Proof(leaves, height, i)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrGraph, err)
	}
	return proof, nil
}

// RootFromProof returns the root implied by leaf i having value leaf and
// the siblings proof (merkle.RootFromProof).
func RootFromProof(leaf [32]byte, i int, proof [][32]byte) [32]byte {
	return merkle.RootFromProof(leaf, i, proof)
}

// Commitments returns the commitment of every tensor value by id (a zero
// commitment for a nil value), as used by the graph state.
func Commitments(values []*tensor.Tensor) [][32]byte {
	out := make([][32]byte, len(values))
	for id, v := range values {
		if v != nil {
			out[id] = CommitTensor(v)
		}
	}
	return out
}

// stateLeaves returns the leaves of the graph state after k nodes: the
// commitment of every weight and of the input, of the outputs of nodes
// 0..k−1, and bytes32(0) for the outputs of later nodes.
func stateLeaves(g *Graph, commits [][32]byte, k int) ([][32]byte, error) {
	if len(commits) != len(g.Tensors) {
		return nil, fmt.Errorf("%w: %d commitments for %d tensors", ErrGraph, len(commits), len(g.Tensors))
	}
	if k < 0 || k > len(g.Nodes) {
		return nil, fmt.Errorf("%w: state after %d of %d nodes", ErrGraph, k, len(g.Nodes))
	}
	leaves := append([][32]byte(nil), commits...)
	for _, n := range g.Nodes[k:] {
		leaves[n.Output] = [32]byte{}
	}
	return leaves, nil
}

// StateRoot returns the graph state after k nodes have run: the Merkle
// root over one leaf per tensor id (see stateLeaves), padded with zero
// leaves to a power of two. commits holds the commitment of every tensor
// by id (Commitments of Run's result); only those of nodes 0..k−1 count
// among the node outputs.
func StateRoot(g *Graph, commits [][32]byte, k int) ([32]byte, error) {
	leaves, err := stateLeaves(g, commits, k)
	if err != nil {
		return [32]byte{}, err
	}
	return MerkleRoot(leaves, merkle.TreeHeight(len(leaves))), nil
}

// StateProof returns the leaf of tensor id in the graph state after k
// nodes and its siblings, bottom-up; RootFromProof(leaf, id, proof) is
// StateRoot(g, commits, k).
func StateProof(g *Graph, commits [][32]byte, k, id int) (leaf [32]byte, proof [][32]byte, err error) {
	leaves, err := stateLeaves(g, commits, k)
	if err != nil {
		return leaf, nil, err
	}
	if id < 0 || id >= len(leaves) {
		return leaf, nil, fmt.Errorf("%w: tensor %d of %d", ErrGraph, id, len(leaves))
	}
	proof, err = MerkleProof(leaves, merkle.TreeHeight(len(leaves)), id)
	return leaves[id], proof, err
}
