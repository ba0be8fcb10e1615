// Package progress shows that a long command is working: a one-line status redrawn in place on a terminal (what
// it does, how far, how long), and a countdown to a deadline (a challenge window closing). It writes only to a
// terminal: when the output is a file or a pipe, or the command prints --json, a Reporter made with enabled false
// writes nothing, so scripts see only the command's result.
package progress

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"
)

// IsTerminal reports whether f is a character device (a terminal), the test commands use to enable progress.
func IsTerminal(f *os.File) bool {
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// Reporter draws one status line on w. The zero of *Reporter (nil) and a disabled one do nothing, so callers pass
// it around without checks. Its methods may be called from several goroutines.
type Reporter struct {
	w       io.Writer
	mu      sync.Mutex
	start   time.Time
	last    time.Time
	width   int // of the line drawn last, to blank it
	enabled bool
	now     func() time.Time
}

// minRedraw bounds how often the line is redrawn.
const minRedraw = 100 * time.Millisecond

// New returns a Reporter writing to w when enabled.
func New(w io.Writer, enabled bool) *Reporter {
	return &Reporter{w: w, enabled: enabled && w != nil, start: time.Now(), now: time.Now}
}

// ForStderr is New(os.Stderr, IsTerminal(os.Stderr) && !quiet): the usual reporter of a command, quiet with --json.
func ForStderr(quiet bool) *Reporter { return New(os.Stderr, !quiet && IsTerminal(os.Stderr)) }

// Enabled reports whether r draws anything.
func (r *Reporter) Enabled() bool { return r != nil && r.enabled }

// Status replaces the line with what, followed by the time since r was made.
func (r *Reporter) Status(format string, args ...any) { r.draw(false, format, args...) }

// Count shows what with done of total (and a percentage), rate-limited.
func (r *Reporter) Count(what string, done, total int64) {
	if total > 0 {
		r.draw(done == total, "%s %d/%d (%d%%)", what, done, total, done*100/total)
		return
	}
	r.draw(false, "%s %d", what, done)
}

// Done clears the line, leaving the terminal as it was for the command's output.
func (r *Reporter) Done() {
	if !r.Enabled() {
		return
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.width > 0 {
		fmt.Fprintf(r.w, "\r%s\r", strings.Repeat(" ", r.width))
		r.width = 0
	}
}

func (r *Reporter) draw(force bool, format string, args ...any) {
	if !r.Enabled() {
		return
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	now := r.now()
	if !force && now.Sub(r.last) < minRedraw && r.width > 0 {
		return
	}
	r.last = now
	line := fmt.Sprintf(format, args...) + " · " + FormatDuration(now.Sub(r.start))
	pad := ""
	if n := r.width - len([]rune(line)); n > 0 {
		pad = strings.Repeat(" ", n)
	}
	fmt.Fprintf(r.w, "\r%s%s", line, pad)
	r.width = len([]rune(line))
}

// FormatDuration writes d as people read a clock: 42s, 3:07, 1:02:03.
func FormatDuration(d time.Duration) string {
	if d < 0 {
		d = 0
	}
	s := int64(d.Round(time.Second) / time.Second)
	switch {
	case s < 60:
		return fmt.Sprintf("%ds", s)
	case s < 3600:
		return fmt.Sprintf("%d:%02d", s/60, s%60)
	}
	return fmt.Sprintf("%d:%02d:%02d", s/3600, s/60%60, s%60)
}

// Countdown shows "what in M:SS (at 15:04:05)" on r, redrawn every second, until deadline by the clock now
// (time.Now if nil), then clears it. A disabled r just waits. It returns nil at the deadline, or ctx's error.
// Callers that also log say when in one line of their own, so a log shows it without the countdown.
func Countdown(ctx context.Context, r *Reporter, what string, deadline time.Time, now func() time.Time) error {
	if now == nil {
		now = time.Now
	}
	tick := time.NewTicker(time.Second)
	defer tick.Stop()
	defer r.Done()
	for {
		left := deadline.Sub(now())
		if left <= 0 {
			return nil
		}
		r.draw(true, "%s in %s (at %s)", what, FormatDuration(left), deadline.Local().Format("15:04:05"))
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-tick.C:
		case <-time.After(left):
		}
	}
}
