package llama

import (
	"bufio"
	"encoding/binary"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"strings"

	"github.com/opml-dev/opml/internal/mmap"
	"github.com/opml-dev/opml/tensor"
)

// llama2.c checkpoints (Karpathy's llama2.c, run.c and export.py), float32
// only, little-endian, with the query/key rows in Meta's order (adjacent
// RoPE pairs, as GGUF):
//
//	version 0 (legacy_export, what run.c reads): 7 int32 — dim, hidden_dim,
//	  n_layers, n_heads, n_kv_heads, vocab_size (negative when the output
//	  projection is a tensor of its own), seq_len — then token_embedding
//	  [vocab, dim], rms_att [L, dim], wq [L, dim, dim], wk [L, kv_dim, dim],
//	  wv [L, kv_dim, dim], wo [L, dim, dim], rms_ffn [L, dim], w1 [L, hidden,
//	  dim], w2 [L, dim, hidden], w3 [L, hidden, dim], rms_final [dim], two
//	  unused RoPE tables of seq_len·head_dim/2 floats, then wcls [vocab, dim]
//	  when not shared.
//	version 1 (version1_export): a 256-byte header — magic "ak42", int32 1,
//	  the 7 int32 above (vocab_size positive), a uint8 shared-classifier
//	  flag, zeros — then rms_att [L, dim], rms_ffn [L, dim], rms_final [dim],
//	  token_embedding, wq, wk, wv, wo, w1, w2, w3 (each [L, ...]) and wcls
//	  when not shared.
//
// Its tokenizer.bin is an int32 max_token_length and, per token,
// float32 score, int32 length, the piece's bytes, with spaces for "▁" and
// "\n<s>\n", "\n</s>\n" for BOS and EOS; the token count is the model's.

const llama2cMagic = 0x616b3432 // "ak42" read as a little-endian uint32

// The RMSNorm epsilon and RoPE base run.c hard-codes.
const (
	llama2cEps      = 1e-5
	llama2cRopeBase = 10000
)

// OpenLlama2C maps the llama2.c checkpoint at path and loads it with the
// tokenizer at tokenizerPath (empty: tokenizer.bin beside the checkpoint).
func OpenLlama2C(path, tokenizerPath string) (*Model, error) {
	if tokenizerPath == "" {
		tokenizerPath = filepath.Join(filepath.Dir(path), "tokenizer.bin")
	}
	f, err := mmap.Open(path)
	if err != nil {
		return nil, fmt.Errorf("llama2.c: %w", err)
	}
	m, err := FromLlama2C(f.Data, nil)
	if err == nil {
		var tok *Tokenizer
		tok, err = readLlama2CTokenizerFile(tokenizerPath, m.Vocab)
		m.Tokenizer = tok
		if err == nil {
			err = m.Check()
		}
	}
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	m.closers = append(m.closers, f.Close)
	f.WillNeed(0, len(f.Data))
	return m, nil
}

// FromLlama2C loads a llama2.c checkpoint held in data (views, nothing
// copied but the norm gains) with tokenizer tok (which may be set later).
func FromLlama2C(data []byte, tok *Tokenizer) (*Model, error) {
	if len(data) < 28 {
		return nil, fmt.Errorf("%w: llama2.c checkpoint of %d bytes", ErrFormat, len(data))
	}
	le := binary.LittleEndian
	version, off := 0, 0
	if le.Uint32(data) == llama2cMagic {
		if len(data) < 256 {
			return nil, fmt.Errorf("%w: truncated llama2.c header", ErrFormat)
		}
		if v := int32(le.Uint32(data[4:])); v != 1 {
			return nil, fmt.Errorf("%w: llama2.c checkpoint version %d (opml reads versions 0 and 1, float32)", ErrFormat, v)
		}
		version, off = 1, 8
	}
	var h [7]int64
	for i := range h {
		h[i] = int64(int32(le.Uint32(data[off+4*i:])))
	}
	c := Config{Dim: int(h[0]), HiddenDim: int(h[1]), Layers: int(h[2]), Heads: int(h[3]), KVHeads: int(h[4]),
		Vocab: int(h[5]), ContextLen: int(h[6]), NormEps: llama2cEps, RopeBase: llama2cRopeBase}
	shared := c.Vocab > 0
	if c.Vocab < 0 {
		c.Vocab = -c.Vocab
	}
	start := 28
	if version == 1 {
		shared = data[off+28] != 0
		start = 256
	}
	if err := c.Check(); err != nil {
		return nil, fmt.Errorf("llama2.c header: %w", err)
	}
	r := &floatCursor{data: data, off: start}
	m := &Model{Config: c, Tokenizer: tok, Format: "llama2.c", Blocks: make([]Block, c.Layers)}
	L, dim, kv, hid := c.Layers, c.Dim, c.KVDim(), c.HiddenDim
	layered := func(dst func(l int, mx *Matrix), name string, rows, cols int) {
		for l := 0; l < L; l++ {
			dst(l, r.matrix(fmt.Sprintf("%s[%d]", name, l), rows, cols))
		}
	}
	norms := func(dst func(l int, v []float32)) {
		for l := 0; l < L; l++ {
			dst(l, r.vector(dim))
		}
	}
	attnNorm := func(l int, v []float32) { m.Blocks[l].AttnNorm = v }
	ffnNorm := func(l int, v []float32) { m.Blocks[l].FFNNorm = v }
	mats := func() {
		layered(func(l int, x *Matrix) { m.Blocks[l].Wq = x }, "wq", dim, dim)
		layered(func(l int, x *Matrix) { m.Blocks[l].Wk = x }, "wk", kv, dim)
		layered(func(l int, x *Matrix) { m.Blocks[l].Wv = x }, "wv", kv, dim)
		layered(func(l int, x *Matrix) { m.Blocks[l].Wo = x }, "wo", dim, dim)
	}
	ffn := func() {
		layered(func(l int, x *Matrix) { m.Blocks[l].Gate = x }, "w1", hid, dim)
		layered(func(l int, x *Matrix) { m.Blocks[l].Down = x }, "w2", dim, hid)
		layered(func(l int, x *Matrix) { m.Blocks[l].Up = x }, "w3", hid, dim)
	}
	if version == 0 {
		m.Embed = r.matrix("token_embedding_table", c.Vocab, dim)
		norms(attnNorm)
		mats()
		norms(ffnNorm)
		ffn()
		m.Norm = r.vector(dim)
		r.skip(c.ContextLen * c.HeadDim()) // freq_cis_real and freq_cis_imag
	} else {
		norms(attnNorm)
		norms(ffnNorm)
		m.Norm = r.vector(dim)
		m.Embed = r.matrix("token_embedding_table", c.Vocab, dim)
		mats()
		ffn()
	}
	m.Output = m.Embed
	if !shared {
		m.Output = r.matrix("wcls", c.Vocab, dim)
	}
	if r.err != nil {
		return nil, r.err
	}
	if r.off != len(data) {
		return nil, fmt.Errorf("%w: %d bytes after the llama2.c weights", ErrFormat, len(data)-r.off)
	}
	if tok != nil {
		if err := m.Check(); err != nil {
			return nil, err
		}
	}
	return m, nil
}

// floatCursor takes consecutive float32 arrays from a checkpoint.
type floatCursor struct {
	data []byte
	off  int
	err  error
}

func (r *floatCursor) take(n int64, what string) []byte {
	if r.err != nil {
		return nil
	}
	if n < 0 || n > int64(len(r.data)-r.off)/4 {
		r.err = fmt.Errorf("%w: llama2.c checkpoint truncated in %s", ErrFormat, what)
		return nil
	}
	end := r.off + 4*int(n)
	b := r.data[r.off:end:end]
	r.off = end
	return b
}

func (r *floatCursor) matrix(name string, rows, cols int) *Matrix {
	b := r.take(int64(rows)*int64(cols), name)
	return &Matrix{Name: name, RawMatrix: tensor.RawMatrix{Format: tensor.RowF32, Rows: rows, Cols: cols, Data: b}}
}

func (r *floatCursor) vector(n int) []float32 {
	b := r.take(int64(n), "a norm")
	if b == nil {
		return make([]float32, n)
	}
	return decodeF32(b)
}

func (r *floatCursor) skip(n int) { r.take(int64(n), "the RoPE tables") }

// readLlama2CTokenizerFile reads a llama2.c tokenizer.bin of vocab tokens.
func readLlama2CTokenizerFile(path string, vocab int) (*Tokenizer, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("llama2.c tokenizer: %w", err)
	}
	defer f.Close()
	t, err := ReadLlama2CTokenizer(bufio.NewReader(f), vocab)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return t, nil
}

// ReadLlama2CTokenizer reads a tokenizer.bin of vocab tokens. Token types
// are inferred as SentencePiece assigns them in LLaMA's vocabulary: 0 is
// unknown, BOS (1) and EOS (2) are control, <0xXX> pieces are bytes.
func ReadLlama2CTokenizer(r io.Reader, vocab int) (*Tokenizer, error) {
	le := binary.LittleEndian
	var hdr [4]byte
	if _, err := io.ReadFull(r, hdr[:]); err != nil {
		return nil, fmt.Errorf("%w: llama2.c tokenizer truncated", ErrFormat)
	}
	maxLen := int(int32(le.Uint32(hdr[:])))
	if maxLen <= 0 || maxLen > 1<<16 {
		return nil, fmt.Errorf("%w: llama2.c tokenizer max token length %d", ErrFormat, maxLen)
	}
	v := Vocab{BOS: bosID, EOS: eosID, UNK: unkID, AddBOS: true, AddSpacePrefix: true}
	var rec [8]byte
	for i := 0; i < vocab; i++ {
		if _, err := io.ReadFull(r, rec[:]); err != nil {
			return nil, fmt.Errorf("%w: llama2.c tokenizer truncated at token %d of %d", ErrFormat, i, vocab)
		}
		score := math.Float32frombits(le.Uint32(rec[:]))
		n := int(int32(le.Uint32(rec[4:])))
		if n < 0 || n > maxLen {
			return nil, fmt.Errorf("%w: llama2.c tokenizer token %d has length %d (max %d)", ErrFormat, i, n, maxLen)
		}
		b := make([]byte, n)
		if _, err := io.ReadFull(r, b); err != nil {
			return nil, fmt.Errorf("%w: llama2.c tokenizer truncated in token %d", ErrFormat, i)
		}
		p := string(b)
		typ := TokenNormal
		switch {
		case i == bosID && p == "\n<s>\n":
			p, typ = "<s>", TokenControl
		case i == eosID && p == "\n</s>\n":
			p, typ = "</s>", TokenControl
		case i == unkID && p == "<unk>":
			typ = TokenUnknown
		default:
			if _, ok := parseByteToken(p); ok {
				typ = TokenByte
			} else {
				p = strings.ReplaceAll(p, " ", spaceMark)
			}
		}
		v.Pieces = append(v.Pieces, p)
		v.Scores = append(v.Scores, score)
		v.Types = append(v.Types, typ)
	}
	if n, _ := io.ReadFull(r, rec[:1]); n != 0 {
		return nil, fmt.Errorf("%w: llama2.c tokenizer has more than the model's %d tokens", ErrFormat, vocab)
	}
	t, err := NewTokenizer(v)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrFormat, err)
	}
	return t, nil
}

// WriteLlama2CTokenizer writes v as a llama2.c tokenizer.bin.
func WriteLlama2CTokenizer(w io.Writer, v Vocab) error {
	le := binary.LittleEndian
	pieces := make([][]byte, len(v.Pieces))
	maxLen := 1
	for i, p := range v.Pieces {
		switch {
		case int32(i) == v.BOS:
			p = "\n<s>\n"
		case int32(i) == v.EOS:
			p = "\n</s>\n"
		case v.Types[i] != TokenByte:
			p = strings.ReplaceAll(p, spaceMark, " ")
		}
		pieces[i] = []byte(p)
		maxLen = max(maxLen, len(p))
	}
	bw := bufio.NewWriter(w)
	bw.Write(le.AppendUint32(nil, uint32(maxLen)))
	for i, p := range pieces {
		bw.Write(le.AppendUint32(nil, math.Float32bits(v.Scores[i])))
		bw.Write(le.AppendUint32(nil, uint32(len(p))))
		bw.Write(p)
	}
	return bw.Flush()
}

// WriteLlama2C writes the model as a version-0 llama2.c checkpoint (the
// format run.c reads), float32, streaming one layer's tensor at a time.
func (s *Synth) WriteLlama2C(w io.Writer) error {
	if err := s.check(); err != nil {
		return err
	}
	if s.Type != tensor.RowF32 {
		return fmt.Errorf("llama2.c checkpoints hold f32 weights, not %v", s.Type)
	}
	c := s.Config
	bw := bufio.NewWriterSize(w, 1<<20)
	le := binary.LittleEndian
	vocab := int32(c.Vocab)
	if !s.Tied {
		vocab = -vocab
	}
	for _, v := range []int32{int32(c.Dim), int32(c.HiddenDim), int32(c.Layers), int32(c.Heads), int32(c.KVHeads), vocab, int32(c.ContextLen)} {
		bw.Write(le.AppendUint32(nil, uint32(v)))
	}
	byRole := map[string][]synthTensor{}
	ts := s.tensors()
	written := 0
	for _, t := range ts {
		byRole[t.role] = append(byRole[t.role], t)
	}
	for _, role := range []string{"token_embd", "attn_norm", "attn_q", "attn_k", "attn_v", "attn_output", "ffn_norm",
		"ffn_gate", "ffn_down", "ffn_up", "output_norm"} {
		for _, t := range byRole[role] {
			if _, err := bw.Write(s.tensorBytes(t, tensor.RowF32, nil)); err != nil {
				return fmt.Errorf("llama2.c: %w", err)
			}
			written++
			s.tensorWritten(written, len(ts))
		}
	}
	bw.Write(make([]byte, 4*c.ContextLen*c.HeadDim()))
	for _, t := range byRole["output"] {
		bw.Write(s.tensorBytes(t, tensor.RowF32, nil))
		written++
		s.tensorWritten(written, len(ts))
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("llama2.c: %w", err)
	}
	return nil
}
