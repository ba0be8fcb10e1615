package logging

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"
)

func TestNew(t *testing.T) {
	var buf bytes.Buffer
	l, err := New(&buf, "warn", "json")
	if err != nil {
		t.Fatal(err)
	}
	l.Info("hidden")
	l.Warn("node unreachable", "url", "http://127.0.0.1:1", "retry_in", "4s")
	var rec map[string]any
	if err := json.Unmarshal(buf.Bytes(), &rec); err != nil {
		t.Fatalf("not one JSON line: %q", buf.String())
	}
	if rec["level"] != "WARN" || rec["msg"] != "node unreachable" || rec["url"] != "http://127.0.0.1:1" || rec["time"] == nil {
		t.Fatalf("record %v", rec)
	}
	buf.Reset()
	l, _ = New(&buf, "debug", "text")
	l.Debug("seen", "block", 7)
	if s := buf.String(); !strings.Contains(s, "level=DEBUG") || !strings.Contains(s, "block=7") || !strings.Contains(s, "time=") {
		t.Fatalf("text record %q", s)
	}
}

func TestNewRejects(t *testing.T) {
	_, err := New(&bytes.Buffer{}, "loud", "xml")
	if !errors.Is(err, ErrBadOption) || !strings.Contains(err.Error(), `"loud"`) || !strings.Contains(err.Error(), `"xml"`) {
		t.Fatalf("err = %v, want both bad values named", err)
	}
}
