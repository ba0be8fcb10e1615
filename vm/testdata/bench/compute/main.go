// Command compute is the VM's throughput benchmark: integer work typical of Go programs (hashing, sorting,
// arithmetic loops) with a short, deterministic output.
package main

import (
	"crypto/sha256"
	"fmt"
	"os"
	"slices"
	"strconv"
)

func main() {
	rounds := 200
	if len(os.Args) > 1 {
		if n, err := strconv.Atoi(os.Args[1]); err == nil {
			rounds = n
		}
	}
	buf := make([]byte, 4096)
	var sum [32]byte
	for r := 0; r < rounds; r++ {
		for i := range buf {
			buf[i] = byte(i*7 + r + int(sum[i%32]))
		}
		sum = sha256.Sum256(buf)
		xs := make([]uint32, 2000)
		x := uint32(r + 1)
		for i := range xs {
			x ^= x << 13
			x ^= x >> 17
			x ^= x << 5
			xs[i] = x
		}
		slices.Sort(xs)
		sum[0] ^= byte(xs[1000])
	}
	fmt.Printf("%x\n", sum)
}
