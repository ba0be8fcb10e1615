package keccak

import (
	"testing"

	gethkeccak "github.com/ethereum/go-ethereum/crypto/keccak"
	"golang.org/x/crypto/sha3"
)

// Pair-hash throughput, one goroutine: the project's scalar HashPair, x/crypto's Keccak-256 (pure Go since
// v0.44), go-ethereum's copy of the older x/crypto with its amd64 assembly, and HashPairs with each kernel
// over a 64 KiB level (1024 pairs). ns/op is per pair hash in all of them.
func BenchmarkPair(b *testing.B) {
	b.Run("scalar", func(b *testing.B) {
		var l, r [32]byte
		for i := 0; i < b.N; i++ {
			l = HashPair(&l, &r)
		}
	})
	hasher := func(name string, h interface {
		Reset()
		Write([]byte) (int, error)
		Sum([]byte) []byte
	}) {
		b.Run(name, func(b *testing.B) {
			data := make([]byte, 64)
			out := make([]byte, 0, 32)
			for i := 0; i < b.N; i++ {
				h.Reset()
				h.Write(data)
				out = h.Sum(out[:0])
			}
		})
	}
	hasher("xcrypto", sha3.NewLegacyKeccak256())
	hasher("geth-asm", gethkeccak.NewLegacyKeccak256())
	in := make([]byte, 64*1024)
	out := make([]byte, len(in)/2)
	each(b, func(name string) {
		b.Run("HashPairs-"+name, func(b *testing.B) {
			b.SetBytes(64)
			for i := 0; i < b.N; i += 1024 {
				HashPairs(out, in)
			}
		})
	})
}
