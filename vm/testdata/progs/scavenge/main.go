// Command scavenge gives freed heap memory back to the system and allocates it again, over and over. Go's runtime
// (from Go 1.26, on Linux) releases free pages with madvise(MADV_DONTNEED) and reuses them without clearing them,
// trusting the kernel to hand them back as zeros: fresh objects must read as zero, and the collector must find no
// stale pointers in them. Memory is released two ways: debug.FreeOSMemory, and the scavenging that allocation
// does on its own under a memory limit.
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

type node struct {
	next *node
	kids [5]*node
	val  uint32
	tag  [3]uint32
}

var sink any

// garbage fills about n bytes with pointer-rich objects and byte patterns, all of them dead on return.
func garbage(n int, seed uint32) uint32 {
	var head *node
	var sum uint32
	for used := 0; used < n; {
		switch seed % 4 {
		case 0: // a run of small nodes pointing at each other
			for i := 0; i < 64; i++ {
				nd := &node{next: head, val: seed}
				nd.kids[i%5] = head
				nd.tag = [3]uint32{seed, ^seed, seed * 3}
				head = nd
			}
			used += 64 * 40
		case 1: // a large pointer slice (its own span), full of pointers
			ps := make([]*node, 16<<10)
			for i := range ps {
				ps[i] = head
			}
			sink = ps
			used += len(ps) * 4
		case 2: // bytes with no zero in them
			b := make([]byte, 96<<10)
			for i := range b {
				b[i] = byte(seed) | 0x81
			}
			sum += uint32(b[len(b)-1])
			used += len(b)
		default: // medium pointer slices
			for i := 0; i < 8; i++ {
				ps := make([]*node, 512)
				for j := range ps {
					ps[j] = head
				}
				sink = ps
			}
			used += 8 * 512 * 4
		}
		seed = seed*1664525 + 1013904223
		if head != nil {
			sum += head.val
		}
		if used%(1<<20) < 4096 {
			head = nil // let earlier runs die while this one grows
		}
	}
	sink = nil
	return sum
}

// fresh allocates objects of several sizes where the garbage was and counts the words in them that are not zero.
func fresh() (nonzero int, keep []*node) {
	big := make([]*node, 64<<10)
	for _, p := range big {
		if p != nil {
			nonzero++
		}
	}
	bs := make([]byte, 256<<10)
	for _, b := range bs {
		if b != 0 {
			nonzero++
		}
	}
	for i := 0; i < 2048; i++ {
		nd := new(node)
		if nd.next != nil || nd.kids != [5]*node{} || nd.val != 0 || nd.tag != [3]uint32{} {
			nonzero++
		}
		nd.val = uint32(i)
		keep = append(keep, nd)
	}
	for i := 0; i < 64; i++ {
		ps := make([]*node, 700)
		for _, p := range ps {
			if p != nil {
				nonzero++
			}
		}
		keep = append(keep, &node{kids: [5]*node{ps[0], ps[699]}, val: uint32(i)})
	}
	sink = big
	return nonzero, keep
}

// check runs collections over the fresh objects (a stale pointer in them would send the collector to freed
// memory) and returns a checksum of what they hold.
func check(keep []*node) uint32 {
	for i := 1; i < len(keep); i++ {
		keep[i].next = keep[i-1]
	}
	runtime.GC()
	runtime.GC()
	var sum uint32
	for nd := keep[len(keep)-1]; nd != nil; nd = nd.next {
		sum = sum*31 + nd.val
	}
	return sum
}

func main() {
	fmt.Println("released with debug.FreeOSMemory:")
	for round := uint32(0); round < 2; round++ {
		g := garbage(2<<20, round)
		debug.FreeOSMemory()
		nonzero, keep := fresh()
		fmt.Printf("round %d: garbage %d, nonzero words in fresh objects %d, checksum %d\n", round, g, nonzero, check(keep))
		sink = nil
	}

	fmt.Println("released by allocation under a 6 MiB memory limit:")
	debug.SetMemoryLimit(6 << 20)
	for round := uint32(0); round < 2; round++ {
		g := garbage(6<<20, 10+round)
		nonzero, keep := fresh()
		fmt.Printf("round %d: garbage %d, nonzero words in fresh objects %d, checksum %d\n", round, g, nonzero, check(keep))
		sink = nil
	}
}
