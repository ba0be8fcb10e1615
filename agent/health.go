package agent

import (
	"sync"
	"time"
)

// health is how an agent's passes went: what a monitor's health check reports.
type health struct {
	mu       sync.Mutex
	lastOK   time.Time // the end of the last pass that succeeded
	lastErr  string    // the error of the last pass, "" if it succeeded
	failures int       // passes failed in a row
}

func (h *health) pass(err error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if err != nil {
		h.lastErr = err.Error()
		h.failures++
		return
	}
	h.lastOK, h.lastErr, h.failures = time.Now(), "", 0
}

// Health is what Run's passes report: when one last succeeded, and the last error while they fail.
type Health struct {
	LastOK   time.Time // zero until a pass succeeds
	LastErr  string
	Failures int // passes failed in a row
}

// Health reports how the agent's Run passes went.
func (a *Agent) Health() Health {
	a.health.mu.Lock()
	defer a.health.mu.Unlock()
	return Health{LastOK: a.health.lastOK, LastErr: a.health.lastErr, Failures: a.health.failures}
}
