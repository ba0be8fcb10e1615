package keccak

import (
	"hash"
	"syscall"
	"testing"

	gethkeccak "github.com/ethereum/go-ethereum/crypto/keccak"
	"golang.org/x/crypto/sha3"
)

// BenchmarkPair: pair-hash throughput on one goroutine. The project's scalar HashPair, x/crypto's
// Keccak-256 (pure Go since v0.44), go-ethereum's copy of the older x/crypto with its amd64 assembly, and
// HashPairs with each kernel over a 64 KiB level (1024 pairs). ns/op is per pair hash in all of them;
// cpu-ns/op is the same in CPU time of the process, which a shared, busy machine inflates less.
func BenchmarkPair(b *testing.B) {
	b.Run("scalar", func(b *testing.B) {
		var l, r [32]byte
		perPair(b, func() {
			for i := 0; i < b.N; i++ {
				l = HashPair(&l, &r)
			}
		})
	})
	for _, h := range []struct {
		name string
		h    hash.Hash
	}{{"xcrypto", sha3.NewLegacyKeccak256()}, {"geth-asm", gethkeccak.NewLegacyKeccak256()}} {
		b.Run(h.name, func(b *testing.B) {
			data := make([]byte, 64)
			out := make([]byte, 0, 32)
			perPair(b, func() {
				for i := 0; i < b.N; i++ {
					h.h.Reset()
					h.h.Write(data)
					out = h.h.Sum(out[:0])
				}
			})
		})
	}
	in := make([]byte, 64*1024)
	out := make([]byte, len(in)/2)
	each(b, func(name string) {
		b.Run("HashPairs-"+name, func(b *testing.B) {
			b.SetBytes(64)
			perPair(b, func() {
				for i := 0; i < b.N; i += 1024 {
					HashPairs(out, in)
				}
			})
		})
	})
}

// perPair runs body (b.N pair hashes) and reports its CPU time per pair hash.
func perPair(b *testing.B, body func()) {
	cpu0 := cpuNanos()
	body()
	b.ReportMetric(float64(cpuNanos()-cpu0)/float64(b.N), "cpu-ns/op")
}

func cpuNanos() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		panic(err)
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}
