package vm

import (
	"math/rand/v2"
	"testing"
)

// TestZeroRegionRoot clears regions of every size from a page to 1 GiB in memory whose pages are in every state
// (hashed, with proof nodes, written since the last hash) and writes inside the region again before and after the
// next hash; the root must always be that of the same contents written into a fresh memory.
func TestZeroRegionRoot(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 9))
	for k := PageAddrBits; k <= 30; k++ {
		m := NewMemory()
		words := map[uint32]uint32{}
		write := func(a, v uint32) {
			m.SetWord(a, v)
			words[a] = v
		}
		base := rng.Uint32() >> k << k
		size := uint64(1) << k
		span := uint32(min(4*size, 1<<31)) // the region and the memory around it
		lo := uint32(max(int64(base)-int64(span)/2, 0))
		for i := 0; i < 200; i++ {
			write(lo+rng.Uint32N(span)&^3, rng.Uint32()|1)
		}
		m.MerkleRoot()
		_ = m.MerkleProof(base) // a page with cached proof nodes
		for i := 0; i < 50; i++ {
			write(lo+rng.Uint32N(span)&^3, rng.Uint32()|1) // dirty again
		}
		m.zeroRegion(base, k)
		for a := range words {
			if uint64(a) >= uint64(base) && uint64(a) < uint64(base)+size {
				delete(words, a)
			}
		}
		write(base+rng.Uint32N(uint32(size))&^3, 0xAB) // written again inside, before the next hash
		for a, v := range words {
			if got := m.Word(a); got != v {
				t.Fatalf("2^%d at %#x: word %#x = %#x, want %#x", k, base, a, got, v)
			}
		}
		fresh := NewMemory()
		for a, v := range words {
			fresh.SetWord(a, v)
		}
		if got, want := m.MerkleRoot(), fresh.MerkleRoot(); got != want {
			t.Fatalf("clearing 2^%d bytes at %#x: root %x, fresh memory %x", k, base, got, want)
		}
		if m.PageCount() != fresh.PageCount() {
			t.Fatalf("clearing 2^%d bytes at %#x: %d pages kept, the contents need %d", k, base, m.PageCount(), fresh.PageCount())
		}
	}
}
