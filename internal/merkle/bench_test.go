package merkle

import (
	"encoding/binary"
	"flag"
	"fmt"
	"strconv"
	"strings"
	"syscall"
	"testing"

	"github.com/opml-dev/opml/internal/keccak"
)

var (
	benchBytes   = flag.Int("rootbytes", 1<<30, "size of the data BenchmarkRoot hashes")
	benchWorkers = flag.String("rootworkers", "1,2", "worker counts BenchmarkRoot runs, comma-separated")
)

// BenchmarkRoot: the root of -rootbytes (default 1 GiB) of data with each kernel at -rootworkers workers. Besides
// MB/s it reports the projected time for the weights of a 13B Q8_0 model (14 GB, at the same rate), in wall
// seconds and in CPU seconds of all workers together (which a shared, busy machine inflates less: on n idle
// cores the wall time would be about cpu-s/n).
func BenchmarkRoot(b *testing.B) {
	data := make([]byte, *benchBytes)
	for i := 0; i+8 <= len(data); i += 8 {
		binary.LittleEndian.PutUint64(data[i:], uint64(i)*0x9e3779b97f4a7c15)
	}
	for _, name := range keccak.Implementations() {
		for _, w := range strings.Split(*benchWorkers, ",") {
			workers, err := strconv.Atoi(w)
			if err != nil || workers < 1 {
				b.Fatalf("-rootworkers %q: %q is not a worker count", *benchWorkers, w)
			}
			b.Run(fmt.Sprintf("%s/workers=%d", name, workers), func(b *testing.B) {
				prev, err := keccak.Use(name)
				if err != nil {
					b.Fatal(err)
				}
				defer keccak.Use(prev)
				b.SetBytes(int64(len(data)))
				cpu0 := cpuSeconds()
				for i := 0; i < b.N; i++ {
					RootParallel(data, HeightOf(len(data)), workers)
				}
				bytes := float64(b.N) * float64(len(data))
				b.ReportMetric(14e9*b.Elapsed().Seconds()/bytes, "s/14GB")
				b.ReportMetric(14e9*(cpuSeconds()-cpu0)/bytes, "cpu-s/14GB")
			})
		}
	}
}

// cpuSeconds returns the user and system CPU time of this process so far.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		panic(err)
	}
	return float64(ru.Utime.Nano()+ru.Stime.Nano()) / 1e9
}
