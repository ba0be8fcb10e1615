package tensor

import (
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
)

// checkCover runs parallelFor(n, grain) and requires every index in exactly
// one chunk: chunks of at most grain indices starting at multiples of grain,
// or the whole range on one worker.
func checkCover(t *testing.T, n, grain int, inner func()) {
	t.Helper()
	hits := make([]atomic.Int32, n)
	var bad atomic.Bool
	parallelFor(n, grain, func(lo, hi int) {
		if lo%grain != 0 || (hi-lo > grain && hi-lo != n) || hi > n || lo >= hi {
			bad.Store(true)
		}
		for i := lo; i < hi; i++ {
			hits[i].Add(1)
		}
		if inner != nil {
			inner()
		}
	})
	if bad.Load() {
		t.Fatalf("n=%d grain=%d: a chunk out of shape", n, grain)
	}
	for i := range hits {
		if h := hits[i].Load(); h != 1 {
			t.Fatalf("n=%d grain=%d: index %d run %d times", n, grain, i, h)
		}
	}
}

// TestParallelForCovers: at every GOMAXPROCS, on the warm team, nested in a
// chunk and from several goroutines at once, each index runs exactly once
// and parallelFor returns only when all have.
func TestParallelForCovers(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	for _, procs := range []int{1, 2, 3, 8} {
		runtime.GOMAXPROCS(procs)
		for _, n := range []int{1, 2, 7, 100, 1000} {
			for _, grain := range []int{1, 3, 64, 5000} {
				checkCover(t, n, grain, nil)
			}
		}
		checkCover(t, 50, 1, func() { checkCover(t, 20, 1, nil) })
		var wg sync.WaitGroup
		for g := 0; g < 4; g++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for r := 0; r < 50; r++ {
					checkCover(t, 64, 2, nil)
				}
			}()
		}
		wg.Wait()
	}
}
