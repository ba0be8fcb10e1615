package vm

import (
	"os"
	"testing"

	"github.com/opml-dev/opml/internal/mipsbuild"
)

func benchProgram(b *testing.B, dir string) []byte {
	elf, err := mipsbuild.Build(dir, mipsbuild.MIPS)
	if err != nil {
		b.Fatal(err)
	}
	data, err := os.ReadFile(elf)
	if err != nil {
		b.Fatal(err)
	}
	return data
}

// BenchmarkRunFast reports fast-mode throughput (steps/s) on the compute benchmark program.
func BenchmarkRunFast(b *testing.B) {
	data := benchProgram(b, "testdata/bench/compute")
	var steps uint64
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		e, err := NewEmulator(data, Config{Args: []string{"20"}})
		if err != nil {
			b.Fatal(err)
		}
		if err := e.Run(1 << 62); err != nil {
			b.Fatal(err)
		}
		steps += e.State.Step
	}
	b.ReportMetric(float64(steps)/b.Elapsed().Seconds(), "steps/s")
}

// BenchmarkProveStep reports proof-mode throughput: one witness per step.
func BenchmarkProveStep(b *testing.B) {
	data := benchProgram(b, "testdata/bench/compute")
	e, err := NewEmulator(data, Config{Args: []string{"20"}})
	if err != nil {
		b.Fatal(err)
	}
	if err := e.Run(1_000_000); err != nil {
		b.Fatal(err)
	}
	e.StateHash()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := e.ProveStep(); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "steps/s")
}

// BenchmarkPageRoot reports the cost of hashing one 4 KiB page (127 Keccak-256 pair hashes).
func BenchmarkPageRoot(b *testing.B) {
	var data [PageSize]byte
	for i := range data {
		data[i] = byte(i)
	}
	b.SetBytes(PageSize)
	for i := 0; i < b.N; i++ {
		pageRoot(&data)
	}
}
