package tensor

import (
	"runtime"
	"sync"
	"sync/atomic"
	"time"
)

// parallelFor calls body on consecutive chunks [lo, hi) of [0, n) of at
// most grain indices, on up to GOMAXPROCS goroutines. Every index belongs to
// exactly one chunk and body must compute the outputs of its chunk alone and
// in their canonical order, so the result does not depend on which
// goroutine ran which chunk.
//
// The chunks are split into one contiguous block per worker (the caller is
// worker 0), and a worker runs its own block first, from its start, then
// helps with the others' (chunks are claimed, never assigned): two calls over
// the same index space give each worker the same indices when nobody is
// late, so the data a worker wrote in one op is in its own cache in the next
// (a miss to another core's cache costs many times a local one). The caller
// returns once every chunk is done, without waiting for helpers that claimed
// none: on a busy machine a helper's thread may not run for a scheduler time
// slice, and the caller then does all the work itself.
//
// The helpers are a team of goroutines that stay warm between calls (team,
// below): a graph's ops call parallelFor hundreds of times a run, and waking
// a parked thread costs 0.1–0.2 ms on a virtual machine, as much as a whole
// small op. Calls made while the team is busy (nested or concurrent ones)
// start goroutines of their own.
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
	j := &job{body: body, n: n, grain: grain, chunks: int32(chunks), helpers: workers - 1,
		blocks: make([]block, workers), done: make(chan struct{})}
	for w := range j.blocks {
		j.blocks[w].next.Store(int32(chunks * w / workers))
		j.blocks[w].end = int32(chunks * (w + 1) / workers)
	}
	if theTeam.mu.TryLock() {
		defer theTeam.mu.Unlock()
		theTeam.start(j)
	} else {
		for w := 1; w < workers; w++ {
			go j.work(w)
		}
	}
	j.work(0)
	j.wait()
}

// job is one parallelFor call's chunks.
type job struct {
	body     func(lo, hi int)
	n, grain int
	chunks   int32
	helpers  int     // how many helpers may join besides the caller
	blocks   []block // worker w's block of chunks
	finished atomic.Int32
	done     chan struct{} // closed when every chunk is done
}

// block is a contiguous run of chunks [next, end) not yet claimed, on a
// cache line of its own.
type block struct {
	next atomic.Int32
	end  int32
	_    [56]byte
}

// work runs worker w's block, then claims chunks of the others' until
// none is left.
func (j *job) work(w int) {
	for i := range j.blocks {
		b := &j.blocks[(w+i)%len(j.blocks)]
		for {
			c := b.next.Add(1) - 1
			if c >= b.end {
				break
			}
			lo := int(c) * j.grain
			j.body(lo, min(lo+j.grain, j.n))
			if j.finished.Add(1) == j.chunks {
				close(j.done)
			}
		}
	}
}

// wait returns when every chunk is done: after the caller's own last chunk
// only chunks that helpers are running remain, so it spins for a while (a
// blocked caller's thread would be parked and slow to wake) before it
// blocks.
func (j *job) wait() {
	var s spinner
	for s.spin(waitSpin) {
		if j.finished.Load() == j.chunks {
			return
		}
	}
	<-j.done
}

// spinner paces a spin loop: spin reports whether the loop may go on
// (until the given time has passed since its first call) and now and then
// yields the P to other goroutines. It calls into the runtime rarely: a
// runtime.Gosched a look would serialize every spinning goroutine on the
// scheduler's lock.
type spinner struct {
	looks        int
	start, yield time.Time
}

func (s *spinner) spin(limit time.Duration) bool {
	s.looks++
	if s.looks%256 != 1 {
		return true
	}
	now := time.Now()
	if s.looks == 1 {
		s.start, s.yield = now, now
		return true
	}
	if now.Sub(s.start) > limit {
		return false
	}
	if now.Sub(s.yield) > spinYield {
		runtime.Gosched()
		s.yield = now
	}
	return true
}

const (
	// spinFor is how long an idle helper looks for work before it parks:
	// longer than the gaps between the parallel ops of a graph run or a
	// token's forward pass.
	spinFor = time.Millisecond
	// waitSpin is how long a caller spins for its helpers' last chunks.
	waitSpin = 200 * time.Microsecond
	// spinYield is how often a spinning goroutine lets others run.
	spinYield = 50 * time.Microsecond
)

// ParallelFor is parallelFor for the packages built on tensor (llm's
// attention, model writers), so that every parallel loop shares one team.
func ParallelFor(n, grain int, body func(lo, hi int)) { parallelFor(n, grain, body) }

// evenGrain shrinks grain so that the chunks of [0, n) are a multiple of
// GOMAXPROCS: each worker's block then covers the same share of the indices,
// aligned with another call over the same space.
func evenGrain(n, grain int) int {
	w := runtime.GOMAXPROCS(0)
	per := (n + w*grain - 1) / (w * grain) // chunks per worker
	return max(1, (n+w*per-1)/(w*per))
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

var theTeam team

// team is the warm helpers of parallelFor: after a job a helper spins for
// up to spinFor looking for the next one, then parks until a caller wakes
// it. Only helpers that have a CPU of their own spin.
type team struct {
	mu      sync.Mutex // held by the caller whose job the team runs
	job     atomic.Pointer[job]
	helpers []*helper
}

type helper struct {
	index  int
	parked atomic.Bool
	wake   chan struct{}
}

// start publishes j and wakes the parked helpers it needs, growing the
// team to j.helpers.
func (t *team) start(j *job) {
	for len(t.helpers) < j.helpers {
		h := &helper{index: len(t.helpers), wake: make(chan struct{}, 1)}
		t.helpers = append(t.helpers, h)
		go t.loop(h)
	}
	t.job.Store(j)
	for _, h := range t.helpers[:j.helpers] {
		if h.parked.Load() && h.parked.CompareAndSwap(true, false) {
			h.wake <- struct{}{}
		}
	}
}

func (t *team) loop(h *helper) {
	var last *job
	for {
		j := t.next(h, last)
		last = j
		if h.index < j.helpers {
			j.work(h.index + 1)
		}
	}
}

// next returns the first job published after last.
func (t *team) next(h *helper, last *job) *job {
	if h.index < runtime.NumCPU()-1 {
		var s spinner
		for s.spin(spinFor) {
			if j := t.job.Load(); j != last {
				return j
			}
		}
	}
	for {
		h.parked.Store(true)
		if j := t.job.Load(); j != last {
			if !h.parked.CompareAndSwap(true, false) {
				<-h.wake // a caller took the flag: its token is on the way
			}
			return j
		}
		<-h.wake
		if j := t.job.Load(); j != last {
			return j
		}
	}
}
