package llm

import (
	"fmt"
	"math"
	"slices"

	"github.com/opml-dev/opml/internal/fmath"
)

// Sampler picks the next token from a row of logits. It is a pure function
// of the logits, its settings and the index of the token being generated,
// so every sampling step can be checked on its own.
//
// Temperature 0 is greedy: the largest logit, the lowest id among equals.
// Otherwise, all in float64 with fmath's exp:
//
//  1. order the tokens by logit, largest first, lower id first among equals;
//  2. p[i] = Exp64((l[i] − l[0]) / Temperature), each difference and
//     quotient rounded to float64;
//  3. keep the shortest prefix whose running sum (in that order) reaches
//     TopP · Σp (TopP 1 keeps every token);
//  4. draw u = Uniform(Seed, step) in [0, 1), t = u · (sum of the kept p);
//     pick the first kept token whose running sum exceeds t (the last kept
//     one if rounding leaves none).
//
// Uniform is SplitMix64: z = Seed + (step+1)·0x9E3779B97F4A7C15 (mod 2^64),
// z = (z ⊕ z>>30)·0xBF58476D1CE4E5B9, z = (z ⊕ z>>27)·0x94D049BB133111EB,
// z = z ⊕ z>>31, u = (z>>11)·2^−53; step is the index of the generated
// token (0 for the first token after the prompt).
type Sampler struct {
	Temperature float64
	TopP        float64
	Seed        uint64
}

// Check validates the settings.
func (s Sampler) Check() error {
	if !(s.Temperature >= 0) || s.Temperature > 100 {
		return fmt.Errorf("llm: temperature %v outside [0, 100]", s.Temperature)
	}
	if !(s.TopP > 0 && s.TopP <= 1) {
		return fmt.Errorf("llm: top-p %v outside (0, 1]", s.TopP)
	}
	return nil
}

// Uniform returns the documented uniform draw for step.
func Uniform(seed uint64, step int) float64 {
	z := seed + uint64(step+1)*0x9E3779B97F4A7C15
	z = (z ^ z>>30) * 0xBF58476D1CE4E5B9
	z = (z ^ z>>27) * 0x94D049BB133111EB
	z ^= z >> 31
	return float64(z>>11) * 0x1p-53
}

// Argmax returns the index of the largest value, the lowest among equals
// (NaNs are never picked unless every value is NaN).
func Argmax(v []float32) int32 {
	best := -1
	for i, x := range v {
		if x != x {
			continue
		}
		if best < 0 || x > v[best] {
			best = i
		}
	}
	return int32(max(best, 0))
}

// Sample returns the token for step from one row of logits.
func (s Sampler) Sample(logits []float32, step int) int32 {
	if s.Temperature == 0 {
		return Argmax(logits)
	}
	ids := make([]int32, len(logits))
	for i := range ids {
		ids[i] = int32(i)
	}
	key := func(i int32) float32 {
		if x := logits[i]; x == x {
			return x
		}
		return float32(math.Inf(-1))
	}
	slices.SortFunc(ids, func(a, b int32) int {
		la, lb := key(a), key(b)
		switch {
		case la > lb:
			return -1
		case la < lb:
			return 1
		}
		return int(a - b)
	})
	top := float64(key(ids[0]))
	p := make([]float64, len(ids))
	var total float64
	for i, id := range ids {
		p[i] = fmath.Exp64(float64(float64(key(id))-top) / s.Temperature)
		total += p[i]
	}
	keep, kept := len(ids), total
	if s.TopP < 1 {
		limit := float64(s.TopP * total)
		var run float64
		for i := range p {
			run += p[i]
			if run >= limit {
				keep, kept = i+1, run
				break
			}
		}
	}
	t := float64(Uniform(s.Seed, step) * kept)
	var run float64
	for i := 0; i < keep; i++ {
		run += p[i]
		if run > t {
			return ids[i]
		}
	}
	return ids[keep-1]
}
