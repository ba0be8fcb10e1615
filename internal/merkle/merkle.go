// Package merkle computes the binary Merkle trees opml commits to: 32-byte leaves, keccak256(left ‖ right)
// nodes, and absent leaves that are zero, so that a sub-tree with no data is a precomputed zero hash. It is
// the tree of the VM's memory (vm.Memory) and of tensor commitments (graph.Commit): the root of a byte range
// here is the root of the aligned memory region that holds it.
//
// Roots are computed level by level with keccak.HashPairs (4 or 8 pair hashes at a time in SIMD lanes), over
// fixed chunks that workers share out; the tree does not depend on the number of workers, so neither does
// the root.
package merkle

import (
	"fmt"
	"math/bits"
	"runtime"
	"sync"
	"sync/atomic"
	"unsafe"

	"github.com/opml-dev/opml/internal/keccak"
)

// MaxHeight is the greatest tree height these functions accept: 2^MaxHeight leaves of 32 bytes.
const MaxHeight = 58

var zeroHashes = sync.OnceValue(func() (z [MaxHeight + 1][32]byte) {
	for h := 1; h <= MaxHeight; h++ {
		z[h] = keccak.HashPair(&z[h-1], &z[h-1])
	}
	return z
})

// ZeroHash returns the root of an all-zero tree of the given height (0 is one zero leaf).
func ZeroHash(height int) [32]byte { return zeroHashes()[height] }

// PaddedSize returns the smallest power of two ≥ max(32, n): the size of the aligned region that holds n
// bytes.
func PaddedSize(n int) int {
	if n <= 32 {
		return 32
	}
	return 1 << bits.Len(uint(n-1))
}

// HeightOf returns the height of the tree over PaddedSize(n) bytes: log2(PaddedSize(n)) − 5.
func HeightOf(n int) int { return bits.Len(uint(PaddedSize(n))) - 1 - 5 }

// Root returns the root of data zero-padded to PaddedSize(len(data)): the root of the aligned memory region
// of that size holding data. It uses up to GOMAXPROCS goroutines for large data.
func Root(data []byte) [32]byte { return RootAt(data, HeightOf(len(data))) }

// RootAt returns the root of the tree of the given height whose leaves are data zero-padded to 32<<height
// bytes. It panics if data does not fit.
func RootAt(data []byte, height int) [32]byte {
	if len(data) <= chunkSize && height >= 0 && height <= MaxHeight && uint64(len(data)) <= uint64(32)<<height {
		return smallRoot(data, height) // without asking the scheduler for GOMAXPROCS, which takes a lock
	}
	return RootParallel(data, height, runtime.GOMAXPROCS(0))
}

// LeavesRoot returns the root of the tree of the given height whose first leaves are leaves and whose other
// leaves are zero. It panics if there are more than 2^height leaves.
func LeavesRoot(leaves [][32]byte, height int) [32]byte {
	if len(leaves) == 0 {
		return RootAt(nil, height)
	}
	return RootAt(unsafe.Slice(&leaves[0][0], 32*len(leaves)), height)
}

// chunkHeight is the height of the sub-trees that workers hash on their own: 2^13 leaves, 256 KiB of data,
// whose first level (128 KiB) stays in a core's L2 cache while the level above it is hashed.
const chunkHeight = 13

const chunkSize = 32 << chunkHeight

// RootParallel is RootAt with at most workers goroutines (at least one). Data is read in place (it may be
// a read-only memory-mapped file) and memory use is bounded: half a chunk of scratch per worker and one
// hash per chunk.
func RootParallel(data []byte, height, workers int) [32]byte {
	if height < 0 || height > MaxHeight || uint64(len(data)) > uint64(32)<<height {
		panic(fmt.Sprintf("merkle: %d bytes in a tree of height %d", len(data), height))
	}
	if height <= chunkHeight || len(data) <= chunkSize {
		return smallRoot(data, height)
	}
	chunks := (len(data) + chunkSize - 1) / chunkSize
	roots := make([]byte, 32*chunks)
	workers = max(1, min(workers, chunks))
	var next atomic.Int64
	work := func() {
		scratch := make([]byte, chunkSize/2)
		for {
			i := int(next.Add(1) - 1)
			if i >= chunks {
				return
			}
			chunk := data[i*chunkSize : min(len(data), (i+1)*chunkSize)]
			*(*[32]byte)(roots[32*i:]) = subtreeRoot(chunk, chunkHeight, scratch)
		}
	}
	if workers == 1 {
		work()
	} else {
		var wg sync.WaitGroup
		for w := 0; w < workers; w++ {
			wg.Add(1)
			go func() { defer wg.Done(); work() }()
		}
		wg.Wait()
	}
	return reduce(roots, chunks, chunkHeight, height)
}

// smallRoot hashes a tree of at most one chunk on the calling goroutine, with scratch on its stack when the
// data is small (a 4 KiB VM page).
func smallRoot(data []byte, height int) [32]byte {
	var buf [2048]byte
	scratch := buf[:]
	if n := (len(data) + 63) / 64 * 32; n > len(scratch) {
		scratch = make([]byte, n)
	}
	return subtreeRoot(data, height, scratch)
}

// subtreeRoot returns the root of the tree of the given height over data zero-padded to 32<<height bytes;
// scratch holds at least half of data rounded up to 64 bytes.
func subtreeRoot(data []byte, height int, scratch []byte) [32]byte {
	if len(data) == 0 {
		return ZeroHash(height)
	}
	if height == 0 {
		var leaf [32]byte
		copy(leaf[:], data)
		return leaf
	}
	// Level 0 → 1 straight from data; a last partial pair is zero-padded.
	full := len(data) / 64
	keccak.HashPairs(scratch[:32*full], data[:64*full])
	count := full
	if rest := data[64*full:]; len(rest) > 0 {
		var pair [64]byte
		copy(pair[:], rest)
		*(*[32]byte)(scratch[32*full:]) = keccak.HashPair((*[32]byte)(pair[:32]), (*[32]byte)(pair[32:]))
		count++
	}
	return reduce(scratch, count, 1, height)
}

// reduce returns the root of height `to` over the count nodes of height `from` at the start of level (32
// bytes each), the nodes after them being zero sub-trees. It hashes in place.
func reduce(level []byte, count, from, to int) [32]byte {
	for h := from; h < to; h++ {
		pairs := count / 2
		keccak.HashPairs(level[:32*pairs], level[:64*pairs])
		if count%2 == 1 {
			z := ZeroHash(h)
			*(*[32]byte)(level[32*pairs:]) = keccak.HashPair((*[32]byte)(level[64*pairs:]), &z)
		}
		count = (count + 1) / 2
	}
	return [32]byte(level[:32])
}
