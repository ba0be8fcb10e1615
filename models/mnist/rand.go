package mnist

// rng is a small, fully specified pseudo-random generator (SplitMix64: a
// Weyl sequence with increment 0x9e3779b97f4a7c15 passed through the
// variant-13 finaliser). It is ours rather than math/rand's so that the
// stream for a seed can never change under us with a Go release.
type rng struct{ state uint64 }

func newRNG(seed uint64) *rng { return &rng{state: seed} }

func (r *rng) next() uint64 {
	r.state += 0x9e3779b97f4a7c15
	z := r.state
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

// intn returns a uniform integer in [0, n) for n > 0, by rejection so that
// no value is favoured.
func (r *rng) intn(n int) int {
	bound := uint64(n)
	limit := -bound % bound // 2^64 mod n: draws below it would bias the result
	for {
		if x := r.next(); x >= limit {
			return int(x % bound)
		}
	}
}

// uniform returns a float32 in [0, 1) with 24 random bits; the conversion is
// exact.
func (r *rng) uniform() float32 {
	return float32(r.next()>>40) * (1.0 / (1 << 24))
}

// shuffle permutes p with the Fisher–Yates algorithm.
func (r *rng) shuffle(p []int32) {
	for i := len(p) - 1; i > 0; i-- {
		j := r.intn(i + 1)
		p[i], p[j] = p[j], p[i]
	}
}
