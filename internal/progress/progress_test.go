package progress

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"
)

func TestDisabledWritesNothing(t *testing.T) {
	var buf bytes.Buffer
	r := New(&buf, false)
	r.Status("working")
	r.Count("images", 3, 10)
	r.Done()
	var nilR *Reporter
	nilR.Status("x")
	nilR.Done()
	if err := Countdown(context.Background(), r, "window closes", time.Now().Add(10*time.Millisecond), nil); err != nil {
		t.Fatal(err)
	}
	if buf.Len() != 0 {
		t.Fatalf("a disabled reporter wrote %q", buf.String())
	}
}

func TestStatusLine(t *testing.T) {
	var buf bytes.Buffer
	r := New(&buf, true)
	clock := time.Unix(1000, 0)
	r.now = func() time.Time { return clock }
	r.start = clock
	r.Count("programs", 1, 4)
	clock = clock.Add(time.Second)
	r.Status("proving step %d", 7)
	r.Done()
	out := buf.String()
	for _, want := range []string{"\rprograms 1/4 (25%) · 0s", "\rproving step 7 · 1s"} {
		if !strings.Contains(out, want) {
			t.Errorf("output %q lacks %q", out, want)
		}
	}
	if !strings.HasSuffix(out, "\r") {
		t.Errorf("Done did not return to the line's start: %q", out)
	}
}

func TestCountdown(t *testing.T) {
	var buf bytes.Buffer
	r := New(&buf, true)
	start := time.Now()
	if err := Countdown(context.Background(), r, "challenge window closes", start.Add(1100*time.Millisecond), nil); err != nil {
		t.Fatal(err)
	}
	if time.Since(start) < time.Second {
		t.Fatal("returned before the deadline")
	}
	if !strings.Contains(buf.String(), "challenge window closes in 1s") {
		t.Fatalf("output %q", buf.String())
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := Countdown(ctx, r, "x", time.Now().Add(time.Hour), nil); err == nil {
		t.Fatal("a cancelled countdown returned nil")
	}
}

func TestFormatDuration(t *testing.T) {
	for d, want := range map[time.Duration]string{42 * time.Second: "42s", 187 * time.Second: "3:07", 3723 * time.Second: "1:02:03", -time.Second: "0s"} {
		if got := FormatDuration(d); got != want {
			t.Errorf("FormatDuration(%v) = %q, want %q", d, got, want)
		}
	}
}
