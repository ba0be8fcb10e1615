package llama

import (
	"fmt"
	"math"
	"math/bits"
	"sort"
	"strings"

	"github.com/opml-dev/opml/tensor"
	"github.com/opml-dev/opml/tensor/llm"
)

// Shape is a model architecture for synthesis: the hyper-parameters and
// whether the output projection is tied to the token embedding.
type Shape struct {
	Config
	Tied bool
}

// Shapes are the architectures `opml llama synth` knows: two tiny test
// models (multi-head attention with tied embeddings; grouped-query attention
// untied), llama2.c's 110M (stories110M) and LLaMA-2 7B and 13B.
var Shapes = map[string]Shape{
	"tiny":     {Config{Dim: 64, HiddenDim: 192, Layers: 2, Heads: 4, KVHeads: 4, Vocab: RealVocab, ContextLen: 512, NormEps: 1e-5, RopeBase: 10000}, true},
	"tiny-gqa": {Config{Dim: 64, HiddenDim: 160, Layers: 3, Heads: 8, KVHeads: 2, Vocab: RealVocab, ContextLen: 512, NormEps: 1e-5, RopeBase: 10000}, false},
	"110m":     {Config{Dim: 768, HiddenDim: 2048, Layers: 12, Heads: 12, KVHeads: 12, Vocab: RealVocab, ContextLen: 1024, NormEps: 1e-5, RopeBase: 10000}, true},
	"7b":       {Config{Dim: 4096, HiddenDim: 11008, Layers: 32, Heads: 32, KVHeads: 32, Vocab: RealVocab, ContextLen: 4096, NormEps: 1e-5, RopeBase: 10000}, false},
	"13b":      {Config{Dim: 5120, HiddenDim: 13824, Layers: 40, Heads: 40, KVHeads: 40, Vocab: RealVocab, ContextLen: 4096, NormEps: 1e-5, RopeBase: 10000}, false},
}

// ShapeNames returns the names of Shapes, sorted.
func ShapeNames() []string {
	var names []string
	for n := range Shapes {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// Synth describes a synthetic model: seeded random weights of a shape,
// stored as Type (norm gains always F32), with the synthetic vocabulary.
//
// Weights are uniform random with standard deviations chosen so that
// activations keep unit scale through the layers and the logits have a
// standard deviation of about 4 (peaked enough for clear greedy choices,
// spread enough that generations move on): the token embedding σ ≈ 1, the
// attention and gate/up projections σ ≈ 1/√fan-in, the attention output
// and down projections half that, norm gains 1 ± 0.1, and the final norm
// gains ±4/(σ_out·√Dim) with random signs (so that with tied embeddings a
// token does not simply predict itself). Matrix weights are uniform on
// (−2^k, 2^k), 2^k the power of two nearest to σ·√3, so that each is made
// from 25 random bits with integer operations alone (cheap in the VM, the
// same everywhere): a sign and a 24-bit magnitude m, the value m·2^(k−24).
// Every row is generated from its own
// SplitMix64 stream seeded by (Seed, tensor, row), so tensors can be made
// in any order, in parallel, and one at a time for files larger than RAM.
// F16 and Q8_0 weights are the F32 ones rounded (Q8_0 by
// tensor.QuantizeRowQ8_0, as llama.cpp's quantizer).
type Synth struct {
	Shape
	Type tensor.RowFormat
	Seed uint64
	// Tokens, if set, replaces the synthetic vocabulary (it must have
	// Vocab tokens).
	Tokens *Vocab
	// Progress, if set, is called after each tensor is written with the
	// number written and the total.
	Progress func(done, total int)
}

// tensorWritten reports progress.
func (s *Synth) tensorWritten(done, total int) {
	if s.Progress != nil {
		s.Progress(done, total)
	}
}

// synthKind is the role of a synthetic tensor, which sets its scale.
type synthKind int

const (
	kindEmbed synthKind = iota
	kindAttnIn
	kindAttnOut
	kindFFNIn
	kindFFNOut
	kindOutput
	kindNorm
	kindFinalNorm
)

// synthTensor is one weight of a synthetic model in canonical (GGUF)
// naming and layout.
type synthTensor struct {
	name       string // GGUF name
	layer      int    // −1 outside the blocks
	role       string // attn_q, ..., or token_embd, output, output_norm
	kind       synthKind
	rows, cols int // a vector has rows = 1
	index      int // position in the tensor list, part of every row's seed
}

func (t synthTensor) vector() bool { return t.kind == kindNorm || t.kind == kindFinalNorm }

// tensors lists the model's weights in GGUF order.
func (s *Synth) tensors() []synthTensor {
	c := s.Config
	var ts []synthTensor
	add := func(name string, layer int, role string, kind synthKind, rows, cols int) {
		ts = append(ts, synthTensor{name, layer, role, kind, rows, cols, len(ts)})
	}
	add(ggufEmbed, -1, "token_embd", kindEmbed, c.Vocab, c.Dim)
	for l := 0; l < c.Layers; l++ {
		add(ggufBlockName(l, "attn_norm"), l, "attn_norm", kindNorm, 1, c.Dim)
		add(ggufBlockName(l, "attn_q"), l, "attn_q", kindAttnIn, c.Dim, c.Dim)
		add(ggufBlockName(l, "attn_k"), l, "attn_k", kindAttnIn, c.KVDim(), c.Dim)
		add(ggufBlockName(l, "attn_v"), l, "attn_v", kindAttnIn, c.KVDim(), c.Dim)
		add(ggufBlockName(l, "attn_output"), l, "attn_output", kindAttnOut, c.Dim, c.Dim)
		add(ggufBlockName(l, "ffn_norm"), l, "ffn_norm", kindNorm, 1, c.Dim)
		add(ggufBlockName(l, "ffn_gate"), l, "ffn_gate", kindFFNIn, c.HiddenDim, c.Dim)
		add(ggufBlockName(l, "ffn_up"), l, "ffn_up", kindFFNIn, c.HiddenDim, c.Dim)
		add(ggufBlockName(l, "ffn_down"), l, "ffn_down", kindFFNOut, c.Dim, c.HiddenDim)
	}
	add(ggufNorm, -1, "output_norm", kindFinalNorm, 1, c.Dim)
	if !s.Tied {
		add(ggufOutput, -1, "output", kindOutput, c.Vocab, c.Dim)
	}
	return ts
}

// check validates the description.
func (s *Synth) check() error {
	if err := s.Config.Check(); err != nil {
		return err
	}
	if _, ok := ggufTypes[s.Type]; !ok {
		return fmt.Errorf("llama: weight type %v (synth writes f32, f16, q8_0 and q4_0)", s.Type)
	}
	if s.Type == tensor.RowQ8_0 || s.Type == tensor.RowQ4_0 {
		if s.Dim%32 != 0 || s.HiddenDim%32 != 0 {
			return fmt.Errorf("llama: %v weights need dimensions that are multiples of 32 (have %d and %d)", s.Type, s.Dim, s.HiddenDim)
		}
	}
	return nil
}

// halfWidth returns a, the half-width of the uniform distribution of t's
// weights (σ·√3) before it is rounded to a power of two, or for norm gains
// their spread around 1.
func (s *Synth) halfWidth(t synthTensor) float64 {
	sqrt3 := math.Sqrt(3)
	switch t.kind {
	case kindEmbed:
		return sqrt3
	case kindAttnIn, kindFFNIn, kindOutput:
		return sqrt3 / math.Sqrt(float64(t.cols))
	case kindAttnOut, kindFFNOut:
		return 0.5 * sqrt3 / math.Sqrt(float64(t.cols))
	case kindNorm:
		return 0.1
	}
	return 0
}

// widthExp returns k, the exponent of the power of two nearest to a
// (nearest in ratio: a·√2 ≥ 2^k > a/√2), by exact float64 operations.
func widthExp(a float64) int {
	frac, exp := math.Frexp(a) // a = frac·2^exp, frac in [0.5, 1)
	if frac*frac >= 0.5 {
		return exp
	}
	return exp - 1
}

// row fills dst with row r of t as float32.
func (s *Synth) row(dst []float32, t synthTensor, r int) {
	rng := splitMix{s.Seed ^ 0x5DEECE66D}
	rng.state = rng.next() + uint64(t.index)<<32 + uint64(r)
	rng.state = rng.next()
	switch t.kind {
	case kindNorm:
		for i := range dst {
			dst[i] = float32(1 + (rng.uniform()*2-1)*s.halfWidth(t))
		}
		return
	case kindFinalNorm:
		sigmaOut := 1.0 // the embedding's σ when tied
		if !s.Tied {
			sigmaOut = 1 / math.Sqrt(float64(s.Dim))
		}
		g := float32(4 / (sigmaOut * math.Sqrt(float64(s.Dim))))
		for i := range dst {
			if rng.next()&1 == 0 {
				dst[i] = g
			} else {
				dst[i] = -g
			}
		}
		return
	}
	k := widthExp(s.halfWidth(t))
	for i := range dst {
		dst[i] = uniformPow2(rng.next(), k)
	}
}

// uniformPow2 returns ±m·2^(k−24) for the sign bit and 24-bit magnitude m
// in the top bits of x, built from its bits alone (exact; k−24 ≥ −100).
func uniformPow2(x uint64, k int) float32 {
	m := uint32(x>>40) & 0xFFFFFF
	sign := uint32(x>>39) & 1 << 31
	if m == 0 {
		return math.Float32frombits(sign)
	}
	e := bits.Len32(m) - 1 // the leading one's position, 0..23
	mant := (m << (23 - e)) & 0x7FFFFF
	return math.Float32frombits(sign | uint32(e+k-24+127)<<23 | mant)
}

// splitMix is the SplitMix64 generator.
type splitMix struct{ state uint64 }

func (g *splitMix) next() uint64 {
	g.state += 0x9E3779B97F4A7C15
	z := g.state
	z = (z ^ z>>30) * 0xBF58476D1CE4E5B9
	z = (z ^ z>>27) * 0x94D049BB133111EB
	return z ^ z>>31
}

// uniform returns a float64 in [0, 1) with 53 random bits (exact, no
// rounding: the same on every architecture).
func (g *splitMix) uniform() float64 { return float64(g.next()>>11) * 0x1p-53 }

// encodeRow appends the bytes of one row of float32 values in format f.
func encodeRow(dst []byte, f tensor.RowFormat, row []float32) []byte {
	switch f {
	case tensor.RowF32:
		for _, v := range row {
			b := math.Float32bits(v)
			dst = append(dst, byte(b), byte(b>>8), byte(b>>16), byte(b>>24))
		}
	case tensor.RowF16:
		for _, v := range row {
			h := llm.F32ToF16(v)
			dst = append(dst, byte(h), byte(h>>8))
		}
	case tensor.RowQ8_0:
		n := len(row) / 32 * tensor.Q8_0BlockBytes
		dst = append(dst, make([]byte, n)...)
		tensor.QuantizeRowQ8_0(dst[len(dst)-n:], row)
	case tensor.RowQ4_0:
		dst = appendQ4_0(dst, row)
	}
	return dst
}

// appendQ4_0 quantizes row as ggml's quantize_row_q4_0_ref: per block of
// 32, max = the value of largest magnitude (first among equals),
// d = max/−8, id = 1/d, q = min(15, int8(x·id + 8.5)), d stored as binary16.
func appendQ4_0(dst []byte, row []float32) []byte {
	for b := 0; b < len(row)/32; b++ {
		x := row[b*32 : (b+1)*32]
		var amax, mx float32
		for _, v := range x {
			if a := float32(math.Abs(float64(v))); a > amax {
				amax, mx = a, v
			}
		}
		d := mx / -8
		var id float32
		if d != 0 {
			id = 1 / d
		}
		h := llm.F32ToF16(d)
		dst = append(dst, byte(h), byte(h>>8))
		for j := 0; j < 16; j++ {
			q0 := min(15, int8(float32(x[j]*id)+8.5))
			q1 := min(15, int8(float32(x[j+16]*id)+8.5))
			dst = append(dst, byte(q0)|byte(q1)<<4)
		}
	}
	return dst
}

// ParseRowFormat reads a weight type name: f32, f16, q8_0 or q4_0.
func ParseRowFormat(s string) (tensor.RowFormat, error) {
	for f := range ggufTypes {
		if strings.EqualFold(f.String(), s) {
			return f, nil
		}
	}
	return 0, fmt.Errorf("unknown weight type %q (want f32, f16, q8_0 or q4_0)", s)
}
