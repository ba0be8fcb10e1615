package keccak

import (
	"bytes"
	"math/rand/v2"
	"testing"

	"golang.org/x/crypto/sha3"
)

func reference(data []byte) []byte {
	h := sha3.NewLegacyKeccak256()
	h.Write(data)
	return h.Sum(nil)
}

func TestSum256MatchesReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for n := 0; n < 600; n++ {
		data := make([]byte, n)
		for i := range data {
			data[i] = byte(rng.Uint32())
		}
		got := Sum256(data)
		if want := reference(data); !bytes.Equal(got[:], want) {
			t.Fatalf("len %d: got %x want %x", n, got, want)
		}
		// Streaming in uneven chunks gives the same digest.
		var d Digest
		for rest := data; len(rest) > 0; {
			k := min(len(rest), 1+rng.IntN(150))
			d.Write(rest[:k])
			rest = rest[k:]
		}
		if s := d.Sum(nil); !bytes.Equal(s, got[:]) {
			t.Fatalf("len %d: streaming gave %x want %x", n, s, got)
		}
	}
}

func TestKnownVector(t *testing.T) {
	// keccak256("") as used everywhere in Ethereum.
	got := Sum256(nil)
	want := "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"
	if hexs := bytesToHex(got[:]); hexs != want {
		t.Fatalf("keccak256(\"\") = %s, want %s", hexs, want)
	}
}

func bytesToHex(b []byte) string {
	const digits = "0123456789abcdef"
	out := make([]byte, 2*len(b))
	for i, c := range b {
		out[2*i], out[2*i+1] = digits[c>>4], digits[c&15]
	}
	return string(out)
}

func TestHashPair(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for i := 0; i < 1000; i++ {
		var l, r [32]byte
		for j := range l {
			l[j], r[j] = byte(rng.Uint32()), byte(rng.Uint32())
		}
		got := HashPair(&l, &r)
		if want := reference(append(l[:], r[:]...)); !bytes.Equal(got[:], want) {
			t.Fatalf("HashPair mismatch")
		}
	}
}
