package chain

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"log/slog"
	"sync"
	"time"
)

// Backoff spaces out retries against a failing node: the wait doubles from Min up to Max after each failure and
// returns to Min after a success. Its zero value waits 1 s doubling to 1 min.
type Backoff struct {
	Min, Max time.Duration
	next     time.Duration
}

// Next returns how long to wait before the next try and doubles the wait after it.
func (b *Backoff) Next() time.Duration {
	lo, hi := b.Min, b.Max
	if lo <= 0 {
		lo = time.Second
	}
	if hi < lo {
		hi = max(lo, time.Minute)
	}
	if b.next < lo {
		b.next = lo
	}
	d := b.next
	b.next = min(b.next*2, hi)
	return d
}

// Reset starts the waits at Min again.
func (b *Backoff) Reset() { b.next = 0 }

// Health follows whether a node answers and logs only its changes: one warning when it stops answering (with the
// error and the retry schedule), one line when it answers again (with how long it was down) — not a line per
// retry. Failed returns how long to wait before retrying. Its methods may be called from several goroutines.
type Health struct {
	Log     *slog.Logger // nil: slog's default
	URL     string       // named in the log lines
	Backoff Backoff

	mu        sync.Mutex
	down      bool
	downSince time.Time
	failures  int
}

func (h *Health) logger() *slog.Logger {
	if h.Log != nil {
		return h.Log
	}
	return slog.Default()
}

// Failed records a failed call and returns the wait before the next try.
func (h *Health) Failed(err error) time.Duration {
	h.mu.Lock()
	defer h.mu.Unlock()
	wait := h.Backoff.Next()
	h.failures++
	if !h.down {
		h.down, h.downSince = true, time.Now()
		h.logger().Warn("node not answering; retrying with backoff", "url", h.URL, "err", err.Error(),
			"retry_in", wait.String(), "max_wait", h.maxWait().String())
	} else {
		h.logger().Debug("node still not answering", "url", h.URL, "err", err.Error(), "failures", h.failures, "retry_in", wait.String())
	}
	return wait
}

func (h *Health) maxWait() time.Duration {
	b := h.Backoff
	b.next = time.Duration(1) << 62
	return b.Next()
}

// OK records a call that succeeded.
func (h *Health) OK() {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.down {
		h.logger().Info("node answering again", "url", h.URL, "down_for", time.Since(h.downSince).Round(time.Second).String(), "failures", h.failures)
	}
	h.down, h.failures = false, 0
	h.Backoff.Reset()
}

// Down reports whether the last call failed.
func (h *Health) Down() bool {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.down
}

// DialRetry is Dial that waits for a node that does not answer yet (one being started, or restarting), retrying
// with h's backoff until ctx ends. h may be nil (a default one for url).
func DialRetry(ctx context.Context, url string, key *ecdsa.PrivateKey, h *Health) (*Chain, error) {
	if h == nil {
		h = &Health{URL: url}
	}
	for {
		c, err := Dial(ctx, url, key)
		if err == nil {
			h.OK()
			return c, nil
		}
		if ctx.Err() != nil || errors.Is(err, ErrBadURL) || key == nil {
			return nil, err
		}
		wait := h.Failed(err)
		select {
		case <-ctx.Done():
			return nil, err
		case <-time.After(wait):
		}
	}
}
