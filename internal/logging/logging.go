// Package logging builds opml's operator logs on log/slog: levels, timestamps, and text (key=value, for people and
// journald) or JSON (one object a line, for log collectors). Commands make one logger from their --log-level and
// --log-format flags and install it as slog's default; long-running parts (the agents, the dev chain) log through
// it with attributes rather than formatted strings, so a collector can filter on request, game or level.
package logging

import (
	"errors"
	"fmt"
	"io"
	"log/slog"
	"strings"
)

// Formats and levels accepted by Parse and New.
const (
	FormatText = "text"
	FormatJSON = "json"
)

// Levels lists the level names New accepts, lowest first.
var Levels = []string{"debug", "info", "warn", "error"}

// ErrBadOption is wrapped by every error of New.
var ErrBadOption = errors.New("logging")

// ParseLevel reads a level name (debug, info, warn, error; case-insensitive).
func ParseLevel(s string) (slog.Level, error) {
	switch strings.ToLower(s) {
	case "debug":
		return slog.LevelDebug, nil
	case "info", "":
		return slog.LevelInfo, nil
	case "warn", "warning":
		return slog.LevelWarn, nil
	case "error":
		return slog.LevelError, nil
	}
	return 0, fmt.Errorf("%w: level %q: want one of %s", ErrBadOption, s, strings.Join(Levels, ", "))
}

// New returns a logger writing to w at level and above, as text or json. Errors name the bad value.
func New(w io.Writer, level, format string) (*slog.Logger, error) {
	lv, lvErr := ParseLevel(level)
	opts := &slog.HandlerOptions{Level: lv}
	var h slog.Handler
	switch strings.ToLower(format) {
	case FormatText, "":
		h = slog.NewTextHandler(w, opts)
	case FormatJSON:
		h = slog.NewJSONHandler(w, opts)
	default:
		return nil, errors.Join(lvErr, fmt.Errorf("%w: format %q: want text or json", ErrBadOption, format))
	}
	if lvErr != nil {
		return nil, lvErr
	}
	return slog.New(h), nil
}

// Discard is a logger that drops everything (for library callers that pass none).
func Discard() *slog.Logger { return slog.New(slog.DiscardHandler) }
