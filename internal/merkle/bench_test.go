package merkle

import (
	"encoding/binary"
	"flag"
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/opml-dev/opml/internal/keccak"
)

var (
	benchBytes   = flag.Int("rootbytes", 1<<30, "size of the data BenchmarkRoot hashes")
	benchWorkers = flag.String("rootworkers", "1,2", "worker counts BenchmarkRoot runs, comma-separated")
)

// BenchmarkRoot: the root of -rootbytes (default 1 GiB) of data with each kernel at -rootworkers workers. Besides
// GB/s it reports the projected time for the weights of a 13B Q8_0 model (14 GB, at the same rate).
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
				for i := 0; i < b.N; i++ {
					RootParallel(data, HeightOf(len(data)), workers)
				}
				perByte := b.Elapsed().Seconds() / float64(b.N) / float64(len(data))
				b.ReportMetric(14e9*perByte, "s/14GB")
			})
		}
	}
}
