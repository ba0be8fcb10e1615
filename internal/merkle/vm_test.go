package merkle_test

import (
	"math/rand/v2"
	"testing"

	"github.com/opml-dev/opml/internal/merkle"
	"github.com/opml-dev/opml/vm"
)

// TestRootIsVMRegionRoot: Root of a byte range is the root of the aligned region of VM memory that holds it,
// as vm.Memory computes it (pages, then its sparse upper tree), across pages and chunks.
func TestRootIsVMRegionRoot(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 12))
	for _, n := range []int{0, 1, 100, 4097, 70000, 256<<10 + 1, 3<<18 + 100} {
		data := make([]byte, n)
		for i := range data {
			data[i] = byte(rng.Uint32())
		}
		size := merkle.PaddedSize(n)
		base := uint32(5 * size)
		mem := vm.NewMemory()
		if err := mem.WriteBytes(base, data); err != nil {
			t.Fatal(err)
		}
		if err := mem.WriteBytes(base+uint32(size), []byte{1}); err != nil { // a neighbour outside the region
			t.Fatal(err)
		}
		got, err := mem.RegionRoot(base, merkle.HeightOf(n)+5)
		if err != nil {
			t.Fatal(err)
		}
		if want := merkle.Root(data); got != want {
			t.Fatalf("%d bytes: VM region root %x, Root %x", n, got, want)
		}
	}
}
