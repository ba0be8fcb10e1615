package llama

import (
	"fmt"
	"io"

	"github.com/opml-dev/opml/models/gguf"
	"github.com/opml-dev/opml/tensor"
)

// llama.cpp's general.file_type values (enum llama_ftype).
var fileTypes = map[tensor.RowFormat]uint32{tensor.RowF32: 0, tensor.RowF16: 1, tensor.RowQ4_0: 2, tensor.RowQ8_0: 7}

// Vocab returns the synthetic vocabulary of the model.
func (s *Synth) Vocab() (Vocab, error) {
	if s.Tokens != nil {
		if len(s.Tokens.Pieces) != s.Config.Vocab {
			return Vocab{}, fmt.Errorf("llama: a vocabulary of %d tokens for a model of %d", len(s.Tokens.Pieces), s.Config.Vocab)
		}
		return *s.Tokens, nil
	}
	return SynthVocab(s.Config.Vocab)
}

// tensorBytes returns the bytes of t in format f (vectors always F32), its
// stored row i being the canonical row order(i) (nil: i). Rows are
// generated in parallel.
func (s *Synth) tensorBytes(t synthTensor, f tensor.RowFormat, order func(int) int) []byte {
	if t.vector() {
		f = tensor.RowF32
	}
	rb, _ := f.RowBytes(t.cols)
	out := make([]byte, t.rows*rb)
	tensor.ParallelFor(t.rows, max(1, (1<<16)/t.cols), func(lo, hi int) {
		row := make([]float32, t.cols)
		var enc []byte
		for i := lo; i < hi; i++ {
			r := i
			if order != nil {
				r = order(i)
			}
			s.row(row, t, r)
			enc = encodeRow(enc[:0], f, row)
			copy(out[i*rb:], enc)
		}
	})
	return out
}

// WriteGGUF writes the model as a GGUF v3 file with llama.cpp's metadata
// and tensor names, streaming one tensor at a time.
func (s *Synth) WriteGGUF(w io.Writer) error {
	if err := s.check(); err != nil {
		return err
	}
	v, err := s.Vocab()
	if err != nil {
		return err
	}
	c := s.Config
	md := gguf.Metadata{
		gguf.Entry("general.architecture", "llama"),
		gguf.Entry("general.name", fmt.Sprintf("opml synthetic llama %d×%d (seed %d)", c.Layers, c.Dim, s.Seed)),
		gguf.Entry("general.file_type", fileTypes[s.Type]),
		gguf.Entry("llama.vocab_size", uint32(c.Vocab)),
		gguf.Entry("llama.context_length", uint32(c.ContextLen)),
		gguf.Entry("llama.embedding_length", uint32(c.Dim)),
		gguf.Entry("llama.block_count", uint32(c.Layers)),
		gguf.Entry("llama.feed_forward_length", uint32(c.HiddenDim)),
		gguf.Entry("llama.rope.dimension_count", uint32(c.HeadDim())),
		gguf.Entry("llama.attention.head_count", uint32(c.Heads)),
		gguf.Entry("llama.attention.head_count_kv", uint32(c.KVHeads)),
		gguf.Entry("llama.attention.layer_norm_rms_epsilon", c.NormEps),
		gguf.Entry("llama.rope.freq_base", c.RopeBase),
	}
	md = append(md, VocabMetadata(v)...)
	ts := s.tensors()
	infos := make([]gguf.TensorInfo, len(ts))
	for i, t := range ts {
		typ := ggufTypes[s.Type]
		dims := []uint64{uint64(t.cols), uint64(t.rows)}
		if t.vector() {
			typ, dims = gguf.F32, dims[:1]
		}
		infos[i] = gguf.TensorInfo{Name: t.name, Type: typ, Dims: dims}
	}
	gw, err := gguf.NewWriter(w, md, infos)
	if err != nil {
		return err
	}
	for i, t := range ts {
		if err := gw.WriteTensor(s.tensorBytes(t, s.Type, nil)); err != nil {
			return err
		}
		s.tensorWritten(i+1, len(ts))
	}
	return gw.Close()
}

// VocabMetadata returns the tokenizer.ggml.* metadata of v.
func VocabMetadata(v Vocab) gguf.Metadata {
	types := make([]int32, len(v.Types))
	for i, t := range v.Types {
		types[i] = int32(t)
	}
	return gguf.Metadata{
		gguf.Entry("tokenizer.ggml.model", "llama"),
		gguf.Entry("tokenizer.ggml.tokens", gguf.Array{Elem: gguf.TypeString, X: v.Pieces}),
		gguf.Entry("tokenizer.ggml.scores", gguf.Array{Elem: gguf.TypeFloat32, X: v.Scores}),
		gguf.Entry("tokenizer.ggml.token_type", gguf.Array{Elem: gguf.TypeInt32, X: types}),
		gguf.Entry("tokenizer.ggml.bos_token_id", uint32(v.BOS)),
		gguf.Entry("tokenizer.ggml.eos_token_id", uint32(v.EOS)),
		gguf.Entry("tokenizer.ggml.unknown_token_id", uint32(v.UNK)),
		gguf.Entry("tokenizer.ggml.add_bos_token", v.AddBOS),
		gguf.Entry("tokenizer.ggml.add_eos_token", false),
		gguf.Entry("tokenizer.ggml.add_space_prefix", v.AddSpacePrefix),
	}
}
