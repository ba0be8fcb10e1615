package llm

import (
	"errors"
	"testing"
)

func TestRequestRoundTrip(t *testing.T) {
	s := Sampler{Temperature: 0.7, TopP: 0.9, Seed: 0xDEADBEEF12345678}
	r, err := EncodeRequest([]int32{1, 7, 9}, s, 6)
	if err != nil {
		t.Fatal(err)
	}
	p, got, err := DecodeRequest(r, 6)
	if err != nil || p != 3 || got != s {
		t.Fatalf("decoded %d %+v %v", p, got, err)
	}
	for name, bad := range map[string]func([]int32){
		"prompt 0":     func(w []int32) { w[0] = 0 },
		"prompt > L":   func(w []int32) { w[0] = 7 },
		"reserved":     func(w []int32) { w[7] = 1 },
		"temperature":  func(w []int32) { w[2] = -1 }, // a NaN
		"top-p 0 seed": func(w []int32) { w[3], w[4] = 0, 0 },
	} {
		w := append([]int32(nil), r...)
		bad(w)
		if _, _, err := DecodeRequest(w, 6); !errors.Is(err, ErrRequest) {
			t.Errorf("%s: %v", name, err)
		}
	}
	if _, _, err := DecodeRequest(r, 5); !errors.Is(err, ErrRequest) {
		t.Errorf("wrong length: %v", err)
	}
	if _, err := EncodeRequest(nil, s, 4); !errors.Is(err, ErrRequest) {
		t.Errorf("empty prompt: %v", err)
	}
}

// TestNext: prompt slots are copied, generated ones sampled with the step
// counted from the prompt's end, and eos repeats after a generated eos.
func TestNext(t *testing.T) {
	r, _ := EncodeRequest([]int32{1, 7, 9}, Sampler{TopP: 1}, 6)
	logits := []float32{0, 0, 0, 0, 5, 1}
	for _, c := range []struct {
		t    int
		last int32
		want int32
	}{{0, 1, 7}, {1, 7, 9}, {2, 9, 4}, {3, 4, 4}, {3, 2, 2}, {4, 2, 2}} {
		seq := append([]int32(nil), r...)
		seq[HeaderWords+c.t] = c.last
		got, err := Next(seq, logits, c.t, 2)
		if err != nil || got != c.want {
			t.Errorf("t %d after %d: %d (%v), want %d", c.t, c.last, got, err, c.want)
		}
	}
	if _, err := Next(r, logits, 5, 2); !errors.Is(err, ErrRequest) {
		t.Errorf("past the end: %v", err)
	}
	// Slot 2 holds the prompt's last token 9 in the request: eos there is a
	// prompt token, not a generated one, so position 2 samples.
	seq := append([]int32(nil), r...)
	seq[HeaderWords+2] = 2
	if got, _ := Next(seq, logits, 2, 2); got != 4 {
		t.Errorf("eos in the prompt: %d", got)
	}
}
