package llama

import (
	"fmt"

	"github.com/opml-dev/opml/models/gguf"
	"github.com/opml-dev/opml/tensor"
)

// GGUF tensor names of a LLaMA model (llama.cpp's LLM_TENSOR_NAMES).
const (
	ggufEmbed  = "token_embd.weight"
	ggufNorm   = "output_norm.weight"
	ggufOutput = "output.weight"
)

func ggufBlockName(l int, what string) string { return fmt.Sprintf("blk.%d.%s.weight", l, what) }

// rowFormats maps the GGUF types opml computes with to row formats.
var rowFormats = map[gguf.Type]tensor.RowFormat{
	gguf.F32: tensor.RowF32, gguf.F16: tensor.RowF16, gguf.Q8_0: tensor.RowQ8_0, gguf.Q4_0: tensor.RowQ4_0,
}

// ggufTypes is the inverse of rowFormats.
var ggufTypes = map[tensor.RowFormat]gguf.Type{
	tensor.RowF32: gguf.F32, tensor.RowF16: gguf.F16, tensor.RowQ8_0: gguf.Q8_0, tensor.RowQ4_0: gguf.Q4_0,
}

// OpenGGUF maps the GGUF file at path and loads the LLaMA model in it.
// Nothing is copied but the norm gains and the tokenizer: the weight
// matrices stay in the mapping, which Model.Close releases.
func OpenGGUF(path string) (*Model, error) {
	f, err := gguf.Open(path)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrFormat, err)
	}
	m, err := FromGGUF(f)
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	m.closers = append(m.closers, f.Close)
	f.WillNeed()
	return m, nil
}

// FromGGUF loads the LLaMA model of a parsed GGUF file (general.architecture
// "llama", tokenizer.ggml.model "llama"). The model's matrices are views of
// the file's data.
func FromGGUF(f *gguf.File) (*Model, error) {
	md := f.Metadata
	arch, _, err := md.String("general.architecture")
	if err != nil {
		return nil, err
	}
	if arch != "llama" {
		return nil, fmt.Errorf("%w: architecture %q (opml runs llama)", ErrFormat, arch)
	}
	c, err := ggufConfig(md)
	if err != nil {
		return nil, err
	}
	tok, err := ggufTokenizer(md)
	if err != nil {
		return nil, err
	}
	if c.Vocab == 0 {
		c.Vocab = tok.Size()
	}
	if err := c.Check(); err != nil {
		return nil, err
	}
	m := &Model{Config: c, Tokenizer: tok, Format: "gguf", headerBytes: f.DataOffset}
	matrix := func(name string) (*Matrix, error) {
		t, ok := f.Tensor(name)
		if !ok {
			return nil, fmt.Errorf("%w: tensor %s is missing", ErrFormat, name)
		}
		format, ok := rowFormats[t.Type]
		if !ok {
			return nil, fmt.Errorf("%w: tensor %s has type %v (opml computes with F32, F16, Q8_0 and Q4_0)", ErrFormat, name, t.Type)
		}
		if len(t.Dims) != 2 {
			return nil, fmt.Errorf("%w: tensor %s has %d dimensions, want 2", ErrFormat, name, len(t.Dims))
		}
		return &Matrix{Name: name, RawMatrix: tensor.RawMatrix{Format: format, Rows: int(t.Dims[1]), Cols: int(t.Dims[0]), Data: t.Data}}, nil
	}
	vector := func(name string) ([]float32, error) {
		t, ok := f.Tensor(name)
		if !ok {
			return nil, fmt.Errorf("%w: tensor %s is missing", ErrFormat, name)
		}
		if len(t.Dims) != 1 || (t.Type != gguf.F32 && t.Type != gguf.F16) {
			return nil, fmt.Errorf("%w: tensor %s is %v %v, want a 1-D F32 or F16 vector", ErrFormat, name, t.Type, t.Dims)
		}
		return decodeVector(rowFormats[t.Type], t.Data)
	}
	if m.Embed, err = matrix(ggufEmbed); err != nil {
		return nil, err
	}
	if m.Norm, err = vector(ggufNorm); err != nil {
		return nil, err
	}
	if _, ok := f.Tensor(ggufOutput); ok {
		if m.Output, err = matrix(ggufOutput); err != nil {
			return nil, err
		}
	} else {
		m.Output = m.Embed
	}
	m.Blocks = make([]Block, c.Layers)
	for l := range m.Blocks {
		b := &m.Blocks[l]
		for _, v := range []struct {
			name string
			dst  *[]float32
		}{{"attn_norm", &b.AttnNorm}, {"ffn_norm", &b.FFNNorm}} {
			if *v.dst, err = vector(ggufBlockName(l, v.name)); err != nil {
				return nil, err
			}
		}
		for _, w := range []struct {
			name string
			dst  **Matrix
		}{{"attn_q", &b.Wq}, {"attn_k", &b.Wk}, {"attn_v", &b.Wv}, {"attn_output", &b.Wo},
			{"ffn_gate", &b.Gate}, {"ffn_up", &b.Up}, {"ffn_down", &b.Down}} {
			if *w.dst, err = matrix(ggufBlockName(l, w.name)); err != nil {
				return nil, err
			}
		}
	}
	if err := m.Check(); err != nil {
		return nil, err
	}
	return m, nil
}

// ggufConfig reads the hyper-parameters (llama.cpp's LLM_KV names).
func ggufConfig(md gguf.Metadata) (Config, error) {
	var c Config
	ints := []struct {
		key      string
		dst      *int
		required bool
	}{
		{"llama.embedding_length", &c.Dim, true},
		{"llama.feed_forward_length", &c.HiddenDim, true},
		{"llama.block_count", &c.Layers, true},
		{"llama.attention.head_count", &c.Heads, true},
		{"llama.attention.head_count_kv", &c.KVHeads, false},
		{"llama.context_length", &c.ContextLen, true},
		{"llama.vocab_size", &c.Vocab, false},
	}
	for _, k := range ints {
		v, ok, err := md.Int(k.key)
		if err != nil {
			return c, err
		}
		if !ok && k.required {
			return c, fmt.Errorf("%w: metadata %s is missing", ErrFormat, k.key)
		}
		if ok {
			if v <= 0 || v > 1<<30 {
				return c, fmt.Errorf("%w: metadata %s = %d", ErrFormat, k.key, v)
			}
			*k.dst = int(v)
		}
	}
	if c.KVHeads == 0 {
		c.KVHeads = c.Heads
	}
	eps, ok, err := md.Float("llama.attention.layer_norm_rms_epsilon")
	if err != nil {
		return c, err
	}
	if !ok {
		return c, fmt.Errorf("%w: metadata llama.attention.layer_norm_rms_epsilon is missing", ErrFormat)
	}
	c.NormEps = float32(eps)
	c.RopeBase = 10000
	if base, ok, err := md.Float("llama.rope.freq_base"); err != nil {
		return c, err
	} else if ok {
		c.RopeBase = float32(base)
	}
	if c.Heads > 0 && c.Dim%c.Heads == 0 {
		if n, ok, err := md.Int("llama.rope.dimension_count"); err != nil {
			return c, err
		} else if ok && int(n) != c.Dim/c.Heads {
			return c, fmt.Errorf("%w: RoPE over %d of %d head dimensions (opml rotates whole heads)", ErrFormat, n, c.Dim/c.Heads)
		}
	}
	return c, nil
}

// ggufTokenizer reads the SentencePiece vocabulary (tokenizer.ggml.*).
func ggufTokenizer(md gguf.Metadata) (*Tokenizer, error) {
	model, ok, err := md.String("tokenizer.ggml.model")
	if err != nil {
		return nil, err
	}
	if !ok || model != "llama" {
		return nil, fmt.Errorf("%w: tokenizer %q (opml reads SentencePiece \"llama\" tokenizers)", ErrFormat, model)
	}
	pieces, ok, err := gguf.ArrayOf[string](md, "tokenizer.ggml.tokens")
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, fmt.Errorf("%w: tokenizer.ggml.tokens is missing", ErrFormat)
	}
	v := Vocab{Pieces: pieces, BOS: 1, EOS: 2, UNK: 0, AddBOS: true, AddSpacePrefix: true}
	scores, ok, err := gguf.ArrayOf[float32](md, "tokenizer.ggml.scores")
	if err != nil {
		return nil, err
	}
	if !ok {
		scores = make([]float32, len(pieces))
	}
	v.Scores = scores
	types, ok, err := gguf.ArrayOf[int32](md, "tokenizer.ggml.token_type")
	if err != nil {
		return nil, err
	}
	v.Types = make([]TokenType, len(pieces))
	for i := range v.Types {
		v.Types[i] = TokenNormal
		if ok && i < len(types) {
			v.Types[i] = TokenType(types[i])
		}
	}
	if ok && len(types) != len(pieces) {
		return nil, fmt.Errorf("%w: %d token types for %d tokens", ErrFormat, len(types), len(pieces))
	}
	for _, k := range []struct {
		key string
		dst *int32
	}{{"tokenizer.ggml.bos_token_id", &v.BOS}, {"tokenizer.ggml.eos_token_id", &v.EOS}, {"tokenizer.ggml.unknown_token_id", &v.UNK}} {
		if id, ok, err := md.Int(k.key); err != nil {
			return nil, err
		} else if ok {
			*k.dst = int32(id)
			if int64(*k.dst) != id {
				return nil, fmt.Errorf("%w: %s = %d", ErrFormat, k.key, id)
			}
		}
	}
	for _, k := range []struct {
		key string
		dst *bool
	}{{"tokenizer.ggml.add_bos_token", &v.AddBOS}, {"tokenizer.ggml.add_space_prefix", &v.AddSpacePrefix}} {
		if b, ok, err := md.Bool(k.key); err != nil {
			return nil, err
		} else if ok {
			*k.dst = b
		}
	}
	t, err := NewTokenizer(v)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrFormat, err)
	}
	return t, nil
}
