// Command sleep makes goroutines sleep for a few milliseconds and uses timers, tickers and time.After, but
// prints only facts that do not depend on how long anything took: orders enforced by channels, counts, and
// lower bounds that Go guarantees (a sleep never returns early).
package main

import (
	"fmt"
	"sort"
	"sync"
	"time"
)

func main() {
	start := time.Now()
	var wg sync.WaitGroup
	results := make(chan int, 10)
	for i := 1; i <= 6; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			t0 := time.Now()
			time.Sleep(time.Duration(i%3+1) * time.Millisecond)
			if time.Since(t0) >= time.Duration(i%3+1)*time.Millisecond {
				results <- i
			} else {
				results <- -i // would mean a sleep returned early
			}
		}(i)
	}
	wg.Wait()
	close(results)
	var got []int
	for r := range results {
		got = append(got, r)
	}
	sort.Ints(got)
	fmt.Println("sleepers finished:", got)

	// A ticker delivers ticks; count a fixed number of them.
	tk := time.NewTicker(time.Millisecond)
	ticks := 0
	for range tk.C {
		ticks++
		if ticks == 3 {
			break
		}
	}
	tk.Stop()
	fmt.Println("ticks:", ticks)

	// A timer that is stopped before it fires never fires.
	tm := time.NewTimer(time.Hour)
	fmt.Println("stopped long timer:", tm.Stop())
	// A timer that has fired reports so through its channel.
	short := time.NewTimer(2 * time.Millisecond)
	<-short.C
	fmt.Println("short timer fired, Stop after fire:", short.Stop())

	// time.After in a select against a channel that is ready immediately: the ready channel wins.
	ready := make(chan string, 1)
	ready <- "ready"
	select {
	case v := <-ready:
		fmt.Println("select:", v)
	case <-time.After(time.Hour):
		fmt.Println("select: timeout")
	}
	// ...and against a channel that never becomes ready: the timeout wins.
	never := make(chan string)
	select {
	case v := <-never:
		fmt.Println("select:", v)
	case <-time.After(3 * time.Millisecond):
		fmt.Println("select: timeout")
	}

	// AfterFunc runs its function on another goroutine.
	fired := make(chan string)
	time.AfterFunc(time.Millisecond, func() { fired <- "after func ran" })
	fmt.Println(<-fired)

	// A goroutine sleeps in a loop until told to stop. It reports its first completed sleep, so the count
	// printed below does not depend on how the host schedules threads.
	stop := make(chan struct{})
	first := make(chan struct{})
	loops := make(chan int)
	go func() {
		n := 0
		for {
			select {
			case <-stop:
				loops <- n
				return
			default:
				time.Sleep(500 * time.Microsecond)
				n++
				if n == 1 {
					close(first)
				}
			}
		}
	}()
	<-first
	time.Sleep(2 * time.Millisecond)
	close(stop)
	fmt.Println("looping sleeper ran at least once:", <-loops >= 1)

	elapsed := time.Since(start)
	fmt.Println("total elapsed at least 10ms:", elapsed >= 10*time.Millisecond)
	d := 1500 * time.Microsecond
	fmt.Println("duration formatting:", d, d.Round(time.Millisecond), time.Duration(90061)*time.Second)
	t := time.Date(2026, time.February, 28, 23, 59, 59, 0, time.UTC).Add(time.Second)
	fmt.Println("calendar:", t.Format(time.RFC3339), t.Weekday(), t.YearDay(), t.Unix())
}
