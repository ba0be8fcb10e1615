package merkle

import (
	"bytes"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"syscall"
	"testing"

	"github.com/opml-dev/opml/internal/keccak"
	"golang.org/x/crypto/sha3"
)

// refPair is keccak256(l ‖ r) by x/crypto, independent of package keccak.
func refPair(l, r []byte) (out [32]byte) {
	h := sha3.NewLegacyKeccak256()
	h.Write(l)
	h.Write(r)
	h.Sum(out[:0])
	return out
}

// refRoot is the tree by its definition: data zero-padded to 32<<height bytes, halved level by level, one
// x/crypto hash at a time (the zero padding hashed like any data).
func refRoot(data []byte, height int) [32]byte {
	level := make([]byte, 32<<height)
	copy(level, data)
	for h := 0; h < height; h++ {
		next := make([]byte, len(level)/2)
		for i := 0; i < len(next); i += 32 {
			n := refPair(level[2*i:2*i+32], level[2*i+32:2*i+64])
			copy(next[i:], n[:])
		}
		level = next
	}
	return [32]byte(level)
}

func randomBytes(rng *rand.Rand, n int) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(rng.Uint32())
	}
	return b
}

// eachKernel runs f with HashPairs on each kernel this CPU has.
func eachKernel(t *testing.T, f func(t *testing.T)) {
	for _, name := range keccak.Implementations() {
		t.Run(name, func(t *testing.T) {
			prev, err := keccak.Use(name)
			if err != nil {
				t.Fatal(err)
			}
			defer keccak.Use(prev)
			f(t)
		})
	}
}

func TestZeroHash(t *testing.T) {
	for h := 0; h <= 10; h++ {
		if got, want := ZeroHash(h), refRoot(nil, h); got != want {
			t.Fatalf("ZeroHash(%d) = %x, want %x", h, got, want)
		}
	}
	for h := 11; h <= MaxHeight; h++ {
		below := ZeroHash(h - 1)
		if got, want := ZeroHash(h), refPair(below[:], below[:]); got != want {
			t.Fatalf("ZeroHash(%d) = %x, want %x", h, got, want)
		}
	}
}

func TestPaddedSizeAndHeight(t *testing.T) {
	for _, c := range []struct{ n, size, height int }{
		{0, 32, 0}, {1, 32, 0}, {32, 32, 0}, {33, 64, 1}, {64, 64, 1}, {65, 128, 2}, {4096, 4096, 7}, {4097, 8192, 8},
	} {
		if s, h := PaddedSize(c.n), HeightOf(c.n); s != c.size || h != c.height {
			t.Errorf("PaddedSize(%d), HeightOf(%d) = %d, %d; want %d, %d", c.n, c.n, s, h, c.size, c.height)
		}
	}
}

// TestSmallRootsMatchDefinition: sizes around every small power of two, odd byte counts, empty data, and
// trees taller than the data needs, for every kernel.
func TestSmallRootsMatchDefinition(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	sizes := []int{0, 1, 31, 32, 33, 63, 64, 65, 95, 96, 127, 128, 129, 200, 255, 256, 257, 511, 512, 1000, 4095, 4096, 4097}
	for i := 0; i < 30; i++ {
		sizes = append(sizes, rng.IntN(40000))
	}
	eachKernel(t, func(t *testing.T) {
		for _, n := range sizes {
			data := randomBytes(rng, n)
			h := HeightOf(n)
			if got, want := Root(data), refRoot(data, h); got != want {
				t.Fatalf("Root of %d bytes = %x, want %x", n, got, want)
			}
			if got, want := RootAt(data, h+3), refRoot(data, h+3); got != want {
				t.Fatalf("RootAt of %d bytes, height %d = %x, want %x", n, h+3, got, want)
			}
		}
	})
}

// TestLargeRootsMatchDefinition: several chunks, a partial last chunk, a partial last leaf, chunks of zero
// sub-trees above the data; every worker count gives the same root.
func TestLargeRootsMatchDefinition(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	sizes := []int{chunkSize + 1, 2 * chunkSize, 3*chunkSize + 4096 + 17, 5*chunkSize - 32}
	roots := map[int][32]byte{}
	for _, n := range sizes {
		data := randomBytes(rng, n)
		roots[n] = refRoot(data, HeightOf(n)+1)
		eachKernel(t, func(t *testing.T) {
			for _, workers := range []int{1, 2, 3, 8} {
				if got := RootParallel(data, HeightOf(n)+1, workers); got != roots[n] {
					t.Fatalf("%d bytes, %d workers: root %x, want %x", n, workers, got, roots[n])
				}
			}
		})
	}
}

// TestRootIndependentOfGOMAXPROCS: Root (GOMAXPROCS workers) gives the same root at 1, 2 and 8.
func TestRootIndependentOfGOMAXPROCS(t *testing.T) {
	data := randomBytes(rand.New(rand.NewPCG(5, 6)), 7*chunkSize+12345)
	want := refRoot(data, HeightOf(len(data)))
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	for _, procs := range []int{1, 2, 8} {
		runtime.GOMAXPROCS(procs)
		if got := Root(data); got != want {
			t.Fatalf("GOMAXPROCS=%d: root %x, want %x", procs, got, want)
		}
	}
}

func TestLeavesRoot(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	for _, n := range []int{0, 1, 2, 3, 5, 8, 13, 100} {
		leaves := make([][32]byte, n)
		var flat []byte
		for i := range leaves {
			copy(leaves[i][:], randomBytes(rng, 32))
			flat = append(flat, leaves[i][:]...)
		}
		for _, h := range []int{max(0, HeightOf(32*n)), HeightOf(32*n) + 2} {
			if got, want := LeavesRoot(leaves, h), refRoot(flat, h); got != want {
				t.Fatalf("%d leaves, height %d: %x, want %x", n, h, got, want)
			}
		}
	}
}

func TestRejectsDataTooBigForHeight(t *testing.T) {
	for _, c := range []struct{ n, height int }{{33, 0}, {65, 1}, {1, -1}, {0, MaxHeight + 1}} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("RootAt(%d bytes, height %d) did not panic", c.n, c.height)
				}
			}()
			RootAt(make([]byte, c.n), c.height)
		}()
	}
}

// TestRootOfMappedFile: Root reads a read-only memory-mapped file in place (any write would fault).
func TestRootOfMappedFile(t *testing.T) {
	data := randomBytes(rand.New(rand.NewPCG(9, 10)), 3*chunkSize+777)
	path := filepath.Join(t.TempDir(), "weights")
	if err := os.WriteFile(path, data, 0o444); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	mapped, err := syscall.Mmap(int(f.Fd()), 0, len(data), syscall.PROT_READ, syscall.MAP_SHARED)
	if err != nil {
		t.Fatal(err)
	}
	defer syscall.Munmap(mapped)
	if got, want := Root(mapped), refRoot(data, HeightOf(len(data))); got != want {
		t.Fatalf("root of the mapped file %x, want %x", got, want)
	}
}

func FuzzRoot(f *testing.F) {
	f.Add([]byte{}, uint8(0))
	f.Add(bytes.Repeat([]byte{1}, 1000), uint8(2))
	f.Fuzz(func(t *testing.T, data []byte, extra uint8) {
		h := HeightOf(len(data)) + int(extra%4)
		want := refRoot(data, h)
		for _, name := range keccak.Implementations() {
			prev, _ := keccak.Use(name)
			got := RootAt(data, h)
			keccak.Use(prev)
			if got != want {
				t.Fatalf("%s: %d bytes, height %d: %x, want %x", name, len(data), h, got, want)
			}
		}
	})
}
