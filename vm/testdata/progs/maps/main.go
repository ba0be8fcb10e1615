// Command maps grows, shrinks and regrows large maps with integer, string and struct keys, and prints
// checksums taken over sorted keys so that Go's randomised iteration order never shows.
package main

import (
	"fmt"
	"slices"
	"strconv"
)

type point struct {
	x, y int16
	tag  string
}

// fnv folds values into a 64-bit FNV-1a style hash.
type fnv uint64

func newFNV() fnv { return 14695981039346656037 }

func (h *fnv) add(v uint64) {
	for i := 0; i < 8; i++ {
		*h = (*h ^ fnv(byte(v>>(8*i)))) * 1099511628211
	}
}

func intMap() {
	const n = 40000
	m := make(map[uint32]uint64)
	x := uint32(1)
	for i := 0; i < n; i++ {
		x = x*1664525 + 1013904223
		m[x] = uint64(x) * uint64(i+1)
	}
	fmt.Println("int map after insert:", len(m))
	deleted := 0
	for k := range m {
		if k%3 == 0 {
			delete(m, k) // deleting during iteration is allowed
			deleted++
		}
	}
	fmt.Println("int map deleted:", deleted, "left:", len(m))
	// Reinsert a fresh range, overwriting some keys.
	for i := uint32(0); i < 15000; i++ {
		m[i*7] += uint64(i)
	}
	keys := make([]uint32, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	h := newFNV()
	for _, k := range keys {
		h.add(uint64(k))
		h.add(m[k])
	}
	fmt.Printf("int map final: %d keys, hash %#016x\n", len(m), uint64(h))
	_, ok := m[1]
	v7, ok7 := m[7]
	fmt.Println("lookups:", ok, v7, ok7)
	clear(m)
	fmt.Println("after clear:", len(m))
}

func stringMap() {
	m := map[string][]int{}
	for i := 0; i < 15000; i++ {
		k := "key-" + strconv.Itoa(i%4999) + "-" + strconv.FormatInt(int64(i%7), 36)
		m[k] = append(m[k], i)
	}
	for i := 0; i < 4999; i += 2 {
		delete(m, "key-"+strconv.Itoa(i)+"-0")
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	h := newFNV()
	total := 0
	for _, k := range keys {
		for _, c := range []byte(k) {
			h.add(uint64(c))
		}
		for _, v := range m[k] {
			h.add(uint64(v))
			total++
		}
	}
	fmt.Printf("string map: %d keys, %d values, hash %#016x, first %q, last %q\n",
		len(m), total, uint64(h), keys[0], keys[len(keys)-1])
}

func structMap() {
	m := map[point]int{}
	for i := 0; i < 5000; i++ {
		p := point{int16(i % 97), int16(i % 89), "t" + strconv.Itoa(i%3)}
		m[p]++
	}
	type kv struct {
		p point
		n int
	}
	var all []kv
	for p, n := range m {
		all = append(all, kv{p, n})
	}
	slices.SortFunc(all, func(a, b kv) int {
		if a.p.x != b.p.x {
			return int(a.p.x) - int(b.p.x)
		}
		if a.p.y != b.p.y {
			return int(a.p.y) - int(b.p.y)
		}
		if a.p.tag < b.p.tag {
			return -1
		} else if a.p.tag > b.p.tag {
			return 1
		}
		return 0
	})
	h := newFNV()
	for _, e := range all {
		h.add(uint64(uint16(e.p.x))<<16 | uint64(uint16(e.p.y)))
		h.add(uint64(e.n))
	}
	fmt.Printf("struct map: %d keys, hash %#016x, first %+v\n", len(m), uint64(h), all[0])
}

func nestedAndFloatKeys() {
	m := map[float64]string{}
	for i := 0; i < 100; i++ {
		m[float64(i)/8] = strconv.Itoa(i)
	}
	m[0.0] = "zero" // -0.0 and 0.0 are the same key
	negZero := 0.0
	negZero = -negZero
	m[negZero] = "negzero"
	var fk []float64
	for k := range m {
		fk = append(fk, k)
	}
	slices.Sort(fk)
	fmt.Println("float map:", len(m), fk[0], m[0], fk[len(fk)-1], m[fk[len(fk)-1]])

	nested := map[string]map[int]bool{}
	for i := 0; i < 1000; i++ {
		outer := "o" + strconv.Itoa(i%13)
		if nested[outer] == nil {
			nested[outer] = map[int]bool{}
		}
		nested[outer][i%37] = i%2 == 0
	}
	count, trues := 0, 0
	for _, inner := range nested {
		for _, v := range inner {
			count++
			if v {
				trues++
			}
		}
	}
	fmt.Println("nested map:", len(nested), count, trues)
}

func main() {
	intMap()
	stringMap()
	structMap()
	nestedAndFloatKeys()
}
