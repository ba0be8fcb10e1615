package llama

import (
	"encoding/binary"
	"fmt"
	"math"

	"github.com/opml-dev/opml/tensor"
	"github.com/opml-dev/opml/tensor/llm"
)

// Matrix is a weight matrix: Rows rows of Cols elements in one of the raw
// row formats (F32, F16, Q8_0, Q4_0 as GGUF stores them, little-endian),
// usually a view into a memory-mapped file.
//
// OutPerm, when set, says that logical row r is stored as row OutPerm[r]
// (Hugging Face checkpoints store the query and key rows of each head in
// another order than GGUF and llama2.c; see LoadSafetensors). A product
// computes every stored row's dot product as it is and then places it, so
// a permuted matrix gives bit for bit what the unpermuted one would.
type Matrix struct {
	Name string
	tensor.RawMatrix
	OutPerm []int32
}

// RowData returns the raw bytes of logical row r.
func (m *Matrix) RowData(r int) []byte {
	if m.OutPerm != nil {
		r = int(m.OutPerm[r])
	}
	s, _ := m.Format.RowBytes(m.Cols)
	return m.Data[r*s : (r+1)*s]
}

// check validates m's data and shape against the rows and columns a model
// expects.
func (m *Matrix) check(rows, cols int) error {
	if m == nil {
		return fmt.Errorf("%w: a weight matrix is missing", ErrFormat)
	}
	if m.Rows != rows || m.Cols != cols {
		return fmt.Errorf("%w: %s is %d×%d, the model needs %d×%d", ErrFormat, m.Name, m.Rows, m.Cols, rows, cols)
	}
	if err := m.RawMatrix.Check(); err != nil {
		return fmt.Errorf("%w: %s: %v", ErrFormat, m.Name, err)
	}
	if m.OutPerm != nil {
		if len(m.OutPerm) != rows {
			return fmt.Errorf("%w: %s: row permutation of %d rows", ErrFormat, m.Name, len(m.OutPerm))
		}
		seen := make([]bool, rows)
		for _, r := range m.OutPerm {
			if r < 0 || int(r) >= rows || seen[r] {
				return fmt.Errorf("%w: %s: invalid row permutation", ErrFormat, m.Name)
			}
			seen[r] = true
		}
	}
	return nil
}

// Block is one transformer block's weights.
type Block struct {
	AttnNorm []float32 // RMSNorm gain before attention [Dim]
	Wq       *Matrix   // [Dim, Dim]
	Wk       *Matrix   // [KVDim, Dim]
	Wv       *Matrix   // [KVDim, Dim]
	Wo       *Matrix   // [Dim, Dim]
	FFNNorm  []float32 // RMSNorm gain before the feed-forward [Dim]
	Gate     *Matrix   // w1 [HiddenDim, Dim]
	Up       *Matrix   // w3 [HiddenDim, Dim]
	Down     *Matrix   // w2 [Dim, HiddenDim]
}

// Model is a loaded LLaMA model: its architecture, tokenizer and weights.
type Model struct {
	Config
	Tokenizer *Tokenizer
	Embed     *Matrix // token embeddings [Vocab, Dim]
	Blocks    []Block
	Norm      []float32 // final RMSNorm gain [Dim]
	Output    *Matrix   // output projection [Vocab, Dim]; Embed itself when tied
	// Format names the file format the model came from ("gguf",
	// "llama2.c" or "safetensors").
	Format string

	closers []func() error
	// headerBytes is the length of a GGUF file's header (metadata and
	// tensor directory, before the data): what the commitments cache
	// hashes to recognize the file.
	headerBytes int64
}

// Tied reports whether the output projection is the token embedding.
func (m *Model) Tied() bool { return m.Output == m.Embed }

// WeightType returns the format of the largest weight matrices (the
// first layer's feed-forward), the model's "quantization".
func (m *Model) WeightType() tensor.RowFormat {
	if len(m.Blocks) == 0 || m.Blocks[0].Gate == nil {
		return 0
	}
	return m.Blocks[0].Gate.Format
}

// Close releases the model's memory mappings. The model must not be used
// afterwards.
func (m *Model) Close() error {
	var first error
	for _, c := range m.closers {
		if err := c(); err != nil && first == nil {
			first = err
		}
	}
	m.closers = nil
	return first
}

// Check validates every weight against the configuration and the
// tokenizer against the vocabulary size.
func (m *Model) Check() error {
	c := m.Config
	if err := c.Check(); err != nil {
		return err
	}
	if m.Tokenizer == nil || m.Tokenizer.Size() != c.Vocab {
		n := 0
		if m.Tokenizer != nil {
			n = m.Tokenizer.Size()
		}
		return fmt.Errorf("%w: the tokenizer has %d tokens, the model %d", ErrFormat, n, c.Vocab)
	}
	if len(m.Blocks) != c.Layers {
		return fmt.Errorf("%w: %d layers of weights, the configuration says %d", ErrFormat, len(m.Blocks), c.Layers)
	}
	if err := m.Embed.check(c.Vocab, c.Dim); err != nil {
		return err
	}
	if err := m.Output.check(c.Vocab, c.Dim); err != nil {
		return err
	}
	if len(m.Norm) != c.Dim {
		return fmt.Errorf("%w: final norm has %d weights, want %d", ErrFormat, len(m.Norm), c.Dim)
	}
	for i, l := range m.Blocks {
		if len(l.AttnNorm) != c.Dim || len(l.FFNNorm) != c.Dim {
			return fmt.Errorf("%w: layer %d norms have %d and %d weights, want %d", ErrFormat, i, len(l.AttnNorm), len(l.FFNNorm), c.Dim)
		}
		for _, mc := range []struct {
			m          *Matrix
			rows, cols int
		}{
			{l.Wq, c.Dim, c.Dim}, {l.Wk, c.KVDim(), c.Dim}, {l.Wv, c.KVDim(), c.Dim}, {l.Wo, c.Dim, c.Dim},
			{l.Gate, c.HiddenDim, c.Dim}, {l.Up, c.HiddenDim, c.Dim}, {l.Down, c.Dim, c.HiddenDim},
		} {
			if err := mc.m.check(mc.rows, mc.cols); err != nil {
				return fmt.Errorf("layer %d: %w", i, err)
			}
		}
	}
	return nil
}

// decodeF32 decodes little-endian binary32 values.
func decodeF32(b []byte) []float32 {
	v := make([]float32, len(b)/4)
	for i := range v {
		v[i] = math.Float32frombits(binary.LittleEndian.Uint32(b[4*i:]))
	}
	return v
}

// decodeVector decodes a 1-D weight (a norm gain) of format f to float32.
func decodeVector(f tensor.RowFormat, b []byte) ([]float32, error) {
	switch f {
	case tensor.RowF32:
		return decodeF32(b), nil
	case tensor.RowF16:
		v := make([]float32, len(b)/2)
		for i := range v {
			v[i] = llm.F16ToF32(binary.LittleEndian.Uint16(b[2*i:]))
		}
		return v, nil
	}
	return nil, fmt.Errorf("%w: a norm weight in %v (want f32 or f16)", ErrFormat, f)
}
