// Command gcstress allocates many small, short-lived, pointer-rich objects (binary trees, linked lists,
// maps, closures, strings, interface values) from several goroutines while forcing collections, and checks
// that the long-lived structures survive intact. Finalizers are set but never reported: when they run is
// not deterministic.
package main

import (
	"fmt"
	"runtime"
	"strconv"
	"sync"
)

type node struct {
	left, right *node
	val         int32
}

func build(d int32) *node {
	if d == 0 {
		return &node{val: 1}
	}
	return &node{build(d - 1), build(d - 1), d}
}

func (n *node) check() int32 {
	if n.left == nil {
		return n.val
	}
	return n.val + n.left.check() - n.right.check()
}

func (n *node) count() int {
	if n == nil {
		return 0
	}
	return 1 + n.left.count() + n.right.count()
}

type cell struct {
	next *cell
	data []byte
	s    string
	any  any
}

// churn builds and drops lists of mixed objects; only a checksum survives.
func churn(seed int, rounds int) uint32 {
	var h uint32 = uint32(seed)
	for r := 0; r < rounds; r++ {
		var head *cell
		for i := 0; i < 200; i++ {
			c := &cell{next: head, data: make([]byte, 1+(i*7+r)%61), s: strconv.Itoa(i * r)}
			c.data[len(c.data)-1] = byte(i)
			switch i % 3 {
			case 0:
				c.any = i
			case 1:
				c.any = c.s + "!"
			default:
				v := i
				c.any = func() int { return v * 2 }
			}
			head = c
		}
		for c := head; c != nil; c = c.next {
			h = h*31 + uint32(len(c.data)) + uint32(c.data[len(c.data)-1]) + uint32(len(c.s))
			switch v := c.any.(type) {
			case int:
				h ^= uint32(v)
			case string:
				h += uint32(len(v))
			case func() int:
				h ^= uint32(v()) << 3
			}
		}
		m := make(map[int]*cell)
		for i := 0; i < 100; i++ {
			m[i] = &cell{s: "m" + strconv.Itoa(i)}
		}
		for i := 0; i < 100; i += 2 {
			delete(m, i)
		}
		h += uint32(len(m))
	}
	return h
}

func main() {
	longLived := build(14)
	fmt.Println("long-lived tree nodes:", longLived.count(), "check:", longLived.check())

	finalized := 0
	var mu sync.Mutex
	for i := 0; i < 200; i++ {
		obj := &cell{s: strconv.Itoa(i)}
		runtime.SetFinalizer(obj, func(*cell) { mu.Lock(); finalized++; mu.Unlock() })
	}

	total := int32(0)
	for d := int32(4); d <= 12; d += 2 {
		iters := 1 << (12 - d + 2)
		check := int32(0)
		for i := 0; i < iters; i++ {
			check += build(d).check()
		}
		total += check
		fmt.Printf("%d trees of depth %d: check %d\n", iters, d, check)
		runtime.GC()
	}

	var wg sync.WaitGroup
	sums := make([]uint32, 4)
	for g := range sums {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			sums[g] = churn(g+1, 20)
			if g == 0 {
				runtime.GC()
			}
		}(g)
	}
	wg.Wait()
	fmt.Println("churn sums:", sums)

	// Many short strings and slices that become garbage immediately.
	var keep []string
	var acc uint64
	for i := 0; i < 15000; i++ {
		s := strconv.Itoa(i) + "-" + strconv.FormatInt(int64(i)*7919, 16)
		b := []byte(s)
		acc = acc*131 + uint64(b[len(b)-1]) + uint64(len(b))
		if i%1000 == 0 {
			keep = append(keep, s)
		}
	}
	runtime.GC()
	fmt.Println("string churn:", acc, len(keep), keep[len(keep)-1])
	fmt.Println("long-lived tree after churn:", longLived.count(), longLived.check(), "total", total)
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Println("collections happened:", ms.NumGC >= 6, "frees happened:", ms.Frees > 100000)
	runtime.KeepAlive(longLived)
	mu.Lock()
	_ = finalized // deliberately not printed
	mu.Unlock()
}
