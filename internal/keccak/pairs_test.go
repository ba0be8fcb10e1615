package keccak

import (
	"bytes"
	"flag"
	"math/rand/v2"
	"os"
	"testing"
)

// each runs f once per kernel this CPU has, with HashPairs using that kernel.
func each(t testing.TB, f func(name string)) {
	t.Helper()
	for _, name := range Implementations() {
		prev, err := Use(name)
		if err != nil {
			t.Fatal(err)
		}
		f(name)
		Use(prev)
	}
}

func randomBytes(rng *rand.Rand, n int) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(rng.Uint32())
	}
	return b
}

// pairsReference hashes the blocks one by one with x/crypto's Keccak-256.
func pairsReference(in []byte) []byte {
	var out []byte
	for i := 0; i+64 <= len(in); i += 64 {
		out = append(out, reference(in[i:i+64])...)
	}
	return out
}

func TestHashPairsMatchesReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	each(t, func(name string) {
		for _, n := range []int{0, 1, 2, 3, 4, 5, 7, 8, 9, 11, 12, 15, 16, 17, 31, 64, 100, 8*maxGroups + 13} {
			in := randomBytes(rng, 64*n)
			want := pairsReference(in)
			out := make([]byte, 32*n+1) // one byte more: nothing past 32n is written
			out[32*n] = 0xa5
			HashPairs(out, in)
			if !bytes.Equal(out[:32*n], want) {
				t.Fatalf("%s: %d blocks: digests differ from x/crypto", name, n)
			}
			if out[32*n] != 0xa5 {
				t.Fatalf("%s: %d blocks: wrote past the digests", name, n)
			}
			// In place: the level overwrites its own first half.
			HashPairs(in[:32*n], in)
			if !bytes.Equal(in[:32*n], want) {
				t.Fatalf("%s: %d blocks in place: digests differ", name, n)
			}
		}
	})
}

var agreeBytes = flag.Int("agreebytes", 64*1003, "bytes of random pairs that TestKernelsAgree hashes with every kernel")

// TestKernelsAgree: every kernel gives the same digests over -agreebytes of random pairs (the device script
// runs it long on an AVX-512 machine).
func TestKernelsAgree(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	in := randomBytes(rng, *agreeBytes/64*64)
	var first []byte
	each(t, func(name string) {
		out := make([]byte, len(in)/2)
		HashPairs(out, in)
		if first == nil {
			first = out
		} else if !bytes.Equal(out, first) {
			t.Fatalf("%s differs from %s over %d pairs", name, Implementations()[0], len(in)/64)
		}
	})
}

func TestEnvironmentSelection(t *testing.T) {
	if want := os.Getenv("OPML_KECCAK"); want != "" && Implementation() != want {
		t.Fatalf("OPML_KECCAK=%s but HashPairs uses %s (this CPU has %v)", want, Implementation(), Implementations())
	}
	t.Logf("kernels on this CPU: %v; in use: %s", Implementations(), Implementation())
}

func TestHashPairsRejectsBadLengths(t *testing.T) {
	for _, c := range []struct{ out, in int }{{32, 63}, {31, 64}, {0, 64}} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("HashPairs(%d-byte out, %d-byte in) did not panic", c.out, c.in)
				}
			}()
			HashPairs(make([]byte, c.out), make([]byte, c.in))
		}()
	}
}

// FuzzHashPairs: every kernel gives x/crypto's digests for any input (cut to whole 64-byte blocks).
func FuzzHashPairs(f *testing.F) {
	f.Add(make([]byte, 64*9))
	f.Add(bytes.Repeat([]byte{0xff}, 64*13))
	f.Fuzz(func(t *testing.T, in []byte) {
		in = in[:len(in)/64*64]
		want := pairsReference(in)
		each(t, func(name string) {
			out := make([]byte, len(in)/2)
			HashPairs(out, in)
			if !bytes.Equal(out, want) {
				t.Fatalf("%s: %d blocks: digests differ from x/crypto", name, len(in)/64)
			}
		})
	})
}
