// Command sorting sorts generated data with sort and slices (ints, floats, strings, structs, stable sorts with
// ties), searches it, and prints checksums of the results.
package main

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strconv"
)

type rng uint64

func (r *rng) next() uint64 {
	*r ^= *r << 13
	*r ^= *r >> 7
	*r ^= *r << 17
	return uint64(*r)
}

func sum64[T any](s []T, f func(T) uint64) uint64 {
	var h uint64 = 1469598103934665603
	for _, v := range s {
		h = (h ^ f(v)) * 1099511628211
	}
	return h
}

type rec struct {
	key   int32
	seq   int
	label string
}

func main() {
	r := rng(88172645463325252)
	ints := make([]int, 20_000)
	for i := range ints {
		ints[i] = int(int32(r.next()))
	}
	a := slices.Clone(ints)
	sort.Ints(a)
	fmt.Println("sort.Ints sorted:", sort.IntsAreSorted(a), "min", a[0], "max", a[len(a)-1], "median", a[len(a)/2])
	fmt.Printf("hash %#016x\n", sum64(a, func(v int) uint64 { return uint64(v) }))
	b := slices.Clone(ints)
	slices.Sort(b)
	fmt.Println("slices.Sort agrees:", slices.Equal(a, b))
	slices.SortFunc(b, func(x, y int) int { return cmp.Compare(y, x) })
	fmt.Println("descending first:", b[0], b[1])
	slices.Reverse(b)
	fmt.Println("reverse equal:", slices.Equal(a, b))

	pos, found := slices.BinarySearch(a, a[12345])
	fmt.Println("binary search:", pos <= 12345, found, a[pos] == a[12345])
	idx := sort.SearchInts(a, 0)
	fmt.Println("first non-negative at", idx, "value", a[idx])
	fmt.Println("compact len:", len(slices.Compact(slices.Clone(a))))

	floats := make([]float64, 8_000)
	for i := range floats {
		floats[i] = float64(int64(r.next()%2_000_001)-1_000_000) / 1024
	}
	sort.Float64s(floats)
	fmt.Println("floats:", floats[0], floats[len(floats)/3], floats[len(floats)-1])

	strs := make([]string, 4_000)
	for i := range strs {
		strs[i] = strconv.FormatUint(r.next()%1_000_000, 36)
	}
	sort.Strings(strs)
	fmt.Println("strings:", strs[0], strs[len(strs)/2], strs[len(strs)-1], sum64(strs, func(s string) uint64 {
		var h uint64
		for _, c := range []byte(s) {
			h = h*131 + uint64(c)
		}
		return h
	}))

	// Stable sort with many ties: the original order (seq) must be kept within each key.
	recs := make([]rec, 10_000)
	for i := range recs {
		recs[i] = rec{key: int32(r.next() % 50), seq: i, label: "r" + strconv.Itoa(i%7)}
	}
	stable := slices.Clone(recs)
	sort.SliceStable(stable, func(i, j int) bool { return stable[i].key < stable[j].key })
	ok := true
	for i := 1; i < len(stable); i++ {
		if stable[i-1].key == stable[i].key && stable[i-1].seq > stable[i].seq {
			ok = false
		}
	}
	fmt.Println("stable order kept:", ok, sum64(stable, func(x rec) uint64 { return uint64(x.seq) }))
	stable2 := slices.Clone(recs)
	slices.SortStableFunc(stable2, func(x, y rec) int {
		return cmp.Or(cmp.Compare(x.label, y.label), cmp.Compare(x.key, y.key))
	})
	fmt.Println("stable func:", stable2[0], stable2[len(stable2)-1], sum64(stable2, func(x rec) uint64 { return uint64(x.seq) }))

	// Unstable sort by a total order gives a unique result.
	total := slices.Clone(recs)
	sort.Slice(total, func(i, j int) bool {
		if total[i].key != total[j].key {
			return total[i].key > total[j].key
		}
		return total[i].seq < total[j].seq
	})
	fmt.Println("total order:", total[0], sum64(total, func(x rec) uint64 { return uint64(x.seq) }))

	fmt.Println("min/max:", slices.Min(ints), slices.Max(ints), "index of a[100]:", slices.Index(a, a[100]) <= 100)
	chunks := 0
	for c := range slices.Chunk(a, 999) {
		chunks += len(c) / 999
	}
	fmt.Println("full chunks:", chunks)
	heapish := []int{5, 2, 8, 1, 9, 3}
	sort.Sort(sort.Reverse(sort.IntSlice(heapish)))
	fmt.Println("reverse sort:", heapish)
}
