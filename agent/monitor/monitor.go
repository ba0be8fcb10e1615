// Package monitor serves an agent to its operator over HTTP: /metrics in Prometheus' text format (every name
// prefixed opml_), /healthz, /api/state (the agent's View as JSON) and / — a dashboard page, embedded with its
// script so it needs nothing from the network, that polls /api/state and redraws the requests, windows, games,
// clocks, bonds and payouts in place.
package monitor

import (
	"context"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"sync"
	"time"

	"github.com/opml-dev/opml/agent"
)

// Source is what the monitor shows: an *agent.Agent.
type Source interface {
	View(ctx context.Context) (*agent.View, error)
	Health() agent.Health
}

//go:embed dashboard.html
var dashboardPage []byte

// Server is a monitor of one agent.
type Server struct {
	src  Source
	poll time.Duration
	// viewTimeout bounds the chain reads of one View.
	viewTimeout time.Duration

	mu     sync.Mutex
	cached *agent.View // the last View, for requests arriving within cacheFor of it
	at     time.Time
}

// cacheFor is how long a View is reused: a dashboard and a scraper polling together read the chain once.
const cacheFor = 500 * time.Millisecond

// New returns a monitor of src, whose Run loop polls every poll (the health check allows missed passes).
func New(src Source, poll time.Duration) *Server {
	return &Server{src: src, poll: poll, viewTimeout: 10 * time.Second}
}

// Handler routes the monitor's pages.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /metrics", s.metrics)
	mux.HandleFunc("GET /healthz", s.healthz)
	mux.HandleFunc("GET /api/state", s.state)
	mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(dashboardPage)
	})
	return mux
}

// Listen binds addr (host:port; port 0 picks a free one), so that a busy port is reported before the agent
// starts.
func Listen(addr string) (net.Listener, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		var op *net.OpError
		if errors.As(err, &op) && op.Err != nil {
			return nil, fmt.Errorf("monitor: listen on %s: %v", addr, op.Err)
		}
		return nil, fmt.Errorf("monitor: listen on %s: %w", addr, err)
	}
	return ln, nil
}

// Serve serves the monitor on ln until ctx is done.
func (s *Server) Serve(ctx context.Context, ln net.Listener, log *slog.Logger) error {
	srv := &http.Server{Handler: s.Handler(), ReadHeaderTimeout: 10 * time.Second,
		ErrorLog: slog.NewLogLogger(log.Handler(), slog.LevelWarn)}
	go func() {
		<-ctx.Done()
		shut, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		srv.Shutdown(shut)
	}()
	if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// view returns the agent's View, read at most every cacheFor.
func (s *Server) view(ctx context.Context) (*agent.View, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.cached != nil && time.Since(s.at) < cacheFor {
		return s.cached, nil
	}
	ctx, cancel := context.WithTimeout(ctx, s.viewTimeout)
	defer cancel()
	v, err := s.src.View(ctx)
	if err != nil {
		return nil, err
	}
	s.cached, s.at = v, time.Now()
	return v, nil
}

func (s *Server) state(w http.ResponseWriter, r *http.Request) {
	v, err := s.view(r.Context())
	if err != nil {
		http.Error(w, err.Error(), http.StatusServiceUnavailable)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	json.NewEncoder(w).Encode(v)
}

func (s *Server) metrics(w http.ResponseWriter, r *http.Request) {
	v, err := s.view(r.Context())
	if err != nil {
		http.Error(w, err.Error(), http.StatusServiceUnavailable)
		return
	}
	w.Header().Set("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
	WriteMetrics(w, v)
}

// healthz answers 200 "ok" while the agent's passes succeed, 503 with the reason once several failed in a row or
// none succeeded for a while.
func (s *Server) healthz(w http.ResponseWriter, _ *http.Request) {
	if why := s.unhealthy(time.Now()); why != "" {
		http.Error(w, why, http.StatusServiceUnavailable)
		return
	}
	io.WriteString(w, "ok\n")
}

// staleAfter is how many poll intervals (at least a minute) without a good pass make the agent unhealthy.
const staleAfter = 30

// failuresUnhealthy is how many passes failing in a row make the agent unhealthy: one can fail on a transient
// error (a transaction that lost a race) and the next succeed.
const failuresUnhealthy = 3

func (s *Server) unhealthy(now time.Time) string {
	h := s.src.Health()
	switch {
	case h.Failures >= failuresUnhealthy:
		return fmt.Sprintf("%d passes failed in a row: %s", h.Failures, h.LastErr)
	case h.LastOK.IsZero():
		return "starting: no pass has completed yet"
	case now.Sub(h.LastOK) > max(staleAfter*s.poll, time.Minute):
		return fmt.Sprintf("no pass completed for %v", now.Sub(h.LastOK).Round(time.Second))
	}
	return ""
}
