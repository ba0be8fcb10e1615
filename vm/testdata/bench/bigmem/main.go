// Command bigmem is the VM's large-memory benchmark: it keeps about 320 MiB live, touching every page, so
// that proofs, snapshots and witnesses are measured on a big state.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	const chunk = 8 << 20
	const chunks = 40 // 320 MiB
	var live [][]byte
	var sum uint64
	for c := 0; c < chunks; c++ {
		b := make([]byte, chunk)
		for i := 0; i < len(b); i += 4096 {
			b[i] = byte(c + i>>12)
		}
		live = append(live, b)
	}
	runtime.GC()
	for pass := 0; pass < 2; pass++ {
		for c, b := range live {
			for i := 0; i < len(b); i += 512 {
				b[i] += byte(pass + c)
				sum += uint64(b[i])
			}
		}
	}
	fmt.Println("live MiB:", len(live)*chunk>>20, "checksum:", sum)
}
