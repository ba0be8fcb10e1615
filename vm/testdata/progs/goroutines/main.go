// Command goroutines exercises the scheduler: WaitGroups, unbuffered and buffered channels, select with
// nil channels and defaults, fan-in and fan-out. Every printed value is independent of how goroutines are
// interleaved.
package main

import (
	"fmt"
	"sync"
)

// pingPong passes a counter back and forth over two unbuffered channels.
func pingPong(rounds int) int {
	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	v := 0
	for i := 0; i < rounds; i++ {
		ping <- v
		v = <-pong
	}
	close(ping)
	if _, ok := <-pong; ok {
		panic("pong not closed")
	}
	return v
}

// pipeline chains stages through channels of different capacities.
func pipeline(n int) (uint64, int) {
	gen := make(chan uint64)
	sq := make(chan uint64, 3)
	out := make(chan uint64, 64)
	go func() {
		for i := 1; i <= n; i++ {
			gen <- uint64(i)
		}
		close(gen)
	}()
	go func() {
		for v := range gen {
			sq <- v * v
		}
		close(sq)
	}()
	go func() {
		for v := range sq {
			out <- v*3 + 1
		}
		close(out)
	}()
	var sum uint64
	count := 0
	for v := range out {
		sum += v
		count++
	}
	return sum, count
}

// workerPool spreads jobs over workers; results are stored by job index so their order is fixed.
func workerPool(workers, jobs int) uint32 {
	type job struct{ id, n int }
	in := make(chan job)
	results := make([]uint32, jobs)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range in {
				// Collatz steps as a cheap, branchy computation.
				x, steps := uint64(j.n), uint32(0)
				for x != 1 {
					if x%2 == 0 {
						x /= 2
					} else {
						x = 3*x + 1
					}
					steps++
				}
				results[j.id] = steps
			}
		}()
	}
	for i := 0; i < jobs; i++ {
		in <- job{i, i + 1}
	}
	close(in)
	wg.Wait()
	var h uint32 = 2166136261
	for _, r := range results {
		h = (h ^ r) * 16777619
	}
	return h
}

// fanIn merges three producers with select, disabling each input by setting it to nil once closed.
func fanIn() [3]int {
	mk := func(n, base int) chan int {
		c := make(chan int, n%5)
		go func() {
			for i := 0; i < n; i++ {
				c <- base + i
			}
			close(c)
		}()
		return c
	}
	a, b, c := mk(100, 0), mk(250, 1000), mk(37, 5000)
	var counts [3]int
	sums := 0
	for a != nil || b != nil || c != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			counts[0]++
			sums += v
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			counts[1]++
			sums += v
		case v, ok := <-c:
			if !ok {
				c = nil
				continue
			}
			counts[2]++
			sums += v
		}
	}
	fmt.Println("fan-in sum:", sums)
	return counts
}

// nonBlocking uses select with default on channels whose state is known, so the chosen case is fixed.
func nonBlocking() []string {
	var log []string
	c := make(chan int, 2)
	for i := 0; i < 4; i++ {
		select {
		case c <- i:
			log = append(log, fmt.Sprintf("sent %d", i))
		default:
			log = append(log, fmt.Sprintf("full at %d", i))
		}
	}
	for i := 0; i < 3; i++ {
		select {
		case v := <-c:
			log = append(log, fmt.Sprintf("got %d", v))
		default:
			log = append(log, "empty")
		}
	}
	var nilCh chan int
	select {
	case nilCh <- 1:
		log = append(log, "sent on nil")
	default:
		log = append(log, "nil channel blocks")
	}
	return log
}

// manyGoroutines starts n goroutines that each fill their own slot, then folds the slots in order.
func manyGoroutines(n int) uint64 {
	var wg sync.WaitGroup
	slots := make([]uint64, n)
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			x := uint64(i)*0x9E3779B97F4A7C15 + 1
			for k := 0; k < 100; k++ {
				x ^= x << 13
				x ^= x >> 7
				x ^= x << 17
			}
			slots[i] = x
		}(i)
	}
	wg.Wait()
	var acc uint64
	for i, s := range slots {
		acc = acc*31 + s ^ uint64(i)
	}
	return acc
}

// tokenRing passes a token through a ring of goroutines several times.
func tokenRing(n, laps int) int {
	first := make(chan int)
	in := first
	for i := 0; i < n; i++ {
		out := make(chan int)
		go func(in <-chan int, out chan<- int) {
			for v := range in {
				out <- v + 1
			}
			close(out)
		}(in, out)
		in = out
	}
	last := in
	v := 0
	for l := 0; l < laps; l++ {
		first <- v
		v = <-last
	}
	close(first)
	for range last {
	}
	return v
}

func main() {
	fmt.Println("ping-pong:", pingPong(1000))
	sum, count := pipeline(2000)
	fmt.Println("pipeline:", sum, count)
	fmt.Printf("worker pool: %#08x\n", workerPool(8, 1500))
	fmt.Println("fan-in counts:", fanIn())
	for _, l := range nonBlocking() {
		fmt.Println("select:", l)
	}
	fmt.Printf("many goroutines: %#016x\n", manyGoroutines(300))
	fmt.Println("token ring:", tokenRing(100, 7))
}
