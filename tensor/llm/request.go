package llm

import (
	"errors"
	"fmt"
	"math"
)

// A generation request of a fixed total length L (prompt + generated
// tokens) is one I32 vector of HeaderWords + L words:
//
//	0       P, the prompt length (1 ≤ P ≤ L)
//	1, 2    the temperature, a float64, low word first
//	3, 4    top-p, a float64, low word first (read only when the temperature is not 0)
//	5, 6    the seed, a uint64, low word first
//	7       0 (reserved)
//	8 …     the L token slots: the P prompt tokens, then zeros
//
// A generation's sequence has the same layout, the header carried along,
// with every slot from P on holding a generated token. Next is the step
// that fills slot t+1 from the logits at position t.

// HeaderWords is the number of words before the token slots.
const HeaderWords = 8

// ErrRequest is wrapped by the errors about a malformed request.
var ErrRequest = errors.New("llm: bad generation request")

// EncodeRequest returns the request of total length L for prompt and s.
func EncodeRequest(prompt []int32, s Sampler, length int) ([]int32, error) {
	if len(prompt) == 0 || len(prompt) > length {
		return nil, fmt.Errorf("%w: a prompt of %d tokens for a length of %d", ErrRequest, len(prompt), length)
	}
	if err := s.Check(); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrRequest, err)
	}
	r := make([]int32, HeaderWords+length)
	r[0] = int32(len(prompt))
	put64 := func(i int, v uint64) { r[i], r[i+1] = int32(uint32(v)), int32(uint32(v>>32)) }
	put64(1, math.Float64bits(s.Temperature))
	put64(3, math.Float64bits(s.TopP))
	put64(5, s.Seed)
	copy(r[HeaderWords:], prompt)
	return r, nil
}

// DecodeRequest returns the prompt length and the sampler of a request or
// sequence of total length L (len(words) = HeaderWords + L).
func DecodeRequest(words []int32, length int) (int, Sampler, error) {
	if len(words) != HeaderWords+length {
		return 0, Sampler{}, fmt.Errorf("%w: %d words for a length of %d", ErrRequest, len(words), length)
	}
	get64 := func(i int) uint64 { return uint64(uint32(words[i])) | uint64(uint32(words[i+1]))<<32 }
	p := int(words[0])
	s := Sampler{Temperature: math.Float64frombits(get64(1)), TopP: math.Float64frombits(get64(3)), Seed: get64(5)}
	switch {
	case p < 1 || p > length:
		return 0, s, fmt.Errorf("%w: prompt length %d (want 1..%d)", ErrRequest, p, length)
	case words[7] != 0:
		return 0, s, fmt.Errorf("%w: reserved word %d", ErrRequest, words[7])
	case s.Temperature == 0:
		return p, s, nil // greedy: top-p is not read
	}
	if err := s.Check(); err != nil {
		return 0, s, fmt.Errorf("%w: %w", ErrRequest, err)
	}
	return p, s, nil
}

// Next returns the token of slot t+1 of a sequence seq (a request's layout,
// slots 0..t filled) whose logits at position t are given:
//
//   - a prompt token while t+1 < P (the slot as the request holds it);
//   - eos again after a generated eos (t ≥ P and slot t is eos), so that a
//     sequence of fixed length ends in eos once a generation stops;
//   - otherwise the sampler's token for step t+1−P (Sampler.Sample).
func Next(seq []int32, logits []float32, t int, eos int32) (int32, error) {
	length := len(seq) - HeaderWords
	p, s, err := DecodeRequest(seq, length)
	if err != nil {
		return 0, err
	}
	switch {
	case t < 0 || t+1 >= length:
		return 0, fmt.Errorf("%w: no slot after position %d of %d", ErrRequest, t, length)
	case t+1 < p:
		return seq[HeaderWords+t+1], nil
	case t >= p && seq[HeaderWords+t] == eos:
		return eos, nil
	}
	return s.Sample(logits, t+1-p), nil
}
