// Command syncprims hammers sync.Mutex, sync.RWMutex, sync.Once, sync.Cond and sync/atomic (including the
// 64-bit atomics that 32-bit MIPS implements with locks) from many goroutines. The final values are fixed by
// the number of operations, whatever the interleaving.
package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

const (
	workers = 32
	iters   = 500
)

func mutexCounter() (int, uint64) {
	var mu sync.Mutex
	var wg sync.WaitGroup
	count := 0
	var sum uint64
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < iters; i++ {
				mu.Lock()
				count++
				sum += uint64(w*iters + i)
				mu.Unlock()
			}
		}(w)
	}
	wg.Wait()
	return count, sum
}

func rwMap() (int, int, uint64) {
	var mu sync.RWMutex
	m := map[int]int{}
	var wg sync.WaitGroup
	var reads atomic.Int64
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 200; i++ {
				mu.Lock()
				m[w*1000+i] = i * i
				mu.Unlock()
			}
		}(w)
	}
	for r := 0; r < 8; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 200; i++ {
				mu.RLock()
				_ = m[i]
				mu.RUnlock()
				reads.Add(1)
			}
		}()
	}
	wg.Wait()
	keys := make([]int, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	var h uint64 = 14695981039346656037
	for _, k := range keys {
		h = (h ^ uint64(k)) * 1099511628211
		h = (h ^ uint64(m[k])) * 1099511628211
	}
	return len(m), int(reads.Load()), h
}

func once() (int32, int) {
	var o sync.Once
	var calls atomic.Int32
	var wg sync.WaitGroup
	results := make([]int, 50)
	value := 0
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			o.Do(func() {
				calls.Add(1)
				value = 42
			})
			results[i] = value // Do returns only after the function has finished
		}(i)
	}
	wg.Wait()
	total := 0
	for _, r := range results {
		total += r
	}
	onceValue := sync.OnceValue(func() int { calls.Add(1); return 7 })
	total += onceValue() + onceValue()
	return calls.Load(), total
}

func atomics() {
	var i32 atomic.Int32
	var u32 atomic.Uint32
	var i64 atomic.Int64
	var u64 atomic.Uint64
	var maxSeen atomic.Int64
	var ptrSwaps atomic.Int32
	var p atomic.Pointer[[2]int]
	p.Store(&[2]int{0, 0})
	var v atomic.Value
	v.Store("start")
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < iters; i++ {
				i32.Add(1)
				u32.Add(uint32(i))
				i64.Add(int64(w) << 33) // exercises the high word
				u64.Add(0xFFFFFFFF)     // carries into the high word every time
				cand := int64(w*iters + i)
				for {
					cur := maxSeen.Load()
					if cand <= cur || maxSeen.CompareAndSwap(cur, cand) {
						break
					}
				}
				if i%50 == 0 {
					for {
						old := p.Load()
						nw := &[2]int{old[0] + 1, old[1] + w}
						if p.CompareAndSwap(old, nw) {
							ptrSwaps.Add(1)
							break
						}
					}
				}
			}
		}(w)
	}
	wg.Wait()
	v.Store("done")
	old := u32.Swap(7)
	fmt.Println("atomic int32:", i32.Load())
	fmt.Println("atomic uint32:", old, u32.Load())
	fmt.Println("atomic int64:", i64.Load())
	fmt.Println("atomic uint64:", u64.Load())
	fmt.Println("atomic max:", maxSeen.Load())
	fmt.Println("atomic pointer:", *p.Load(), ptrSwaps.Load())
	fmt.Println("atomic value:", v.Load())
	var raw uint32 = 5
	fmt.Println("CAS:", atomic.CompareAndSwapUint32(&raw, 4, 9), atomic.CompareAndSwapUint32(&raw, 5, 9), raw)
	fmt.Println("and/or:", atomic.AndUint32(&raw, 0xC), atomic.OrUint32(&raw, 0x30), raw)
}

// condQueue runs a bounded queue guarded by a sync.Cond between producers and consumers.
func condQueue() (int, uint64) {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	var queue []uint64
	produced, consumed := 0, 0
	const total = 2000
	var sum uint64
	var wg sync.WaitGroup
	for p := 0; p < 4; p++ {
		wg.Add(1)
		go func(p int) {
			defer wg.Done()
			for i := 0; i < total/4; i++ {
				mu.Lock()
				for len(queue) >= 8 {
					cond.Wait()
				}
				queue = append(queue, uint64(p*total+i))
				produced++
				cond.Broadcast()
				mu.Unlock()
			}
		}(p)
	}
	for c := 0; c < 3; c++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				mu.Lock()
				for len(queue) == 0 && consumed < total {
					cond.Wait()
				}
				if consumed >= total {
					mu.Unlock()
					cond.Broadcast()
					return
				}
				v := queue[0]
				queue = queue[1:]
				consumed++
				sum += v * v
				cond.Broadcast()
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	return consumed, sum
}

func main() {
	c, s := mutexCounter()
	fmt.Println("mutex:", c, s)
	n, r, h := rwMap()
	fmt.Printf("rwmutex: %d entries, %d reads, %#x\n", n, r, h)
	calls, total := once()
	fmt.Println("once:", calls, total)
	atomics()
	consumed, sum := condQueue()
	fmt.Println("cond:", consumed, sum)
}
