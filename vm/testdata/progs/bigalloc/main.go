// Command bigalloc keeps 512 MiB of heap live at once, in 8 MiB chunks, writes to every 4 KiB page of it,
// runs the garbage collector several times while it is all live, and checks that every page still holds
// what was written. It reads only a few words per page so that it stays quick.
package main

import (
	"fmt"
	"runtime"
)

const (
	chunkSize = 8 << 20
	chunks    = 64 // 64 * 8 MiB = 512 MiB
	pageSize  = 4096
)

// pageValue is what page p of chunk c holds at its chosen offset.
func pageValue(c, p int) uint32 {
	x := uint32(c)*0x9E3779B1 ^ uint32(p)*0x85EBCA77
	x ^= x >> 15
	x *= 0x2C1B3C6D
	return x ^ x>>13
}

// offset picks a different aligned word in each page so that the writes do not all share a cache-line
// position (and a wrong address computation would land on another page's word). The last word of each
// page is never chosen: it holds the chunk's marker byte on the chunk's last page.
func offset(c, p int) int { return ((c*131 + p*17) % (pageSize/4 - 1)) * 4 }

func main() {
	fmt.Println("goroutines at start:", runtime.NumGoroutine())
	live := make([][]byte, 0, chunks)
	var written uint64
	for c := 0; c < chunks; c++ {
		b := make([]byte, chunkSize)
		for p := 0; p < chunkSize/pageSize; p++ {
			v := pageValue(c, p)
			o := p*pageSize + offset(c, p)
			b[o], b[o+1], b[o+2], b[o+3] = byte(v>>24), byte(v>>16), byte(v>>8), byte(v)
			written += uint64(v)
		}
		b[chunkSize-1] = byte(c) // a marker in the last byte of each chunk
		live = append(live, b)
		if c%16 == 15 {
			runtime.GC()
			fmt.Printf("after %3d MiB: GC done\n", (c+1)*chunkSize>>20)
		}
	}
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Println("heap in use >= 512 MiB:", ms.HeapAlloc >= chunks*chunkSize, "GC cycles >= 4:", ms.NumGC >= 4)
	runtime.GC()
	runtime.GC()

	var read uint64
	bad := 0
	for c, b := range live {
		for p := 0; p < chunkSize/pageSize; p++ {
			o := p*pageSize + offset(c, p)
			v := uint32(b[o])<<24 | uint32(b[o+1])<<16 | uint32(b[o+2])<<8 | uint32(b[o+3])
			if v != pageValue(c, p) {
				bad++
			}
			read += uint64(v)
		}
		// The marker must be there, and a byte nobody wrote must still be zero.
		if b[chunkSize-1] != byte(c) || b[chunkSize/2+pageSize-2] != 0 {
			bad++
		}
	}
	fmt.Printf("pages: %d, written sum %#x, read sum %#x, bad %d\n", chunks*chunkSize/pageSize, written, read, bad)
	total := 0
	for _, b := range live {
		total += len(b)
	}
	fmt.Println("live MiB:", total>>20)
	runtime.KeepAlive(live)
	live = nil
	runtime.GC()
	fmt.Println("goroutines at end:", runtime.NumGoroutine())
}
