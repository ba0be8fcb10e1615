package tensor

import (
	"runtime"
	"sync/atomic"
)

// parallelFor calls body on consecutive chunks [lo, hi) of [0, n) of at
// most grain indices, on up to GOMAXPROCS goroutines. Chunks are claimed
// dynamically, but every index belongs to exactly one chunk and body must
// compute the outputs of its chunk alone and in their canonical order, so
// the result does not depend on which goroutine ran which chunk.
//
// The caller is one of the workers and returns once every chunk is done,
// without waiting for helpers that claimed none: on a busy machine a
// helper's thread may not run for a scheduler time slice, and the caller
// then does all the work itself instead of waiting for it.
func parallelFor(n, grain int, body func(lo, hi int)) {
	if n <= 0 {
		return
	}
	if grain < 1 {
		grain = 1
	}
	chunks := (n + grain - 1) / grain
	workers := min(runtime.GOMAXPROCS(0), chunks)
	if workers <= 1 {
		body(0, n)
		return
	}
	var next, finished atomic.Int32
	allDone := make(chan struct{})
	work := func() {
		for {
			c := int(next.Add(1)) - 1
			if c >= chunks {
				return
			}
			lo := c * grain
			body(lo, min(lo+grain, n))
			if int(finished.Add(1)) == chunks {
				close(allDone)
			}
		}
	}
	for w := 1; w < workers; w++ {
		go work()
	}
	work()
	<-allDone
}

// grainFor picks a chunk size giving each chunk about work scalar steps
// given cost steps per index, rounded up to a multiple of align.
func grainFor(cost, align int) int {
	const work = 1 << 15
	g := 1
	if cost < work {
		g = work / max(cost, 1)
	}
	return (g + align - 1) / align * align
}
