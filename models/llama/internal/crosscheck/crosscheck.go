// Package crosscheck is a LLaMA forward pass small enough for the opml VM:
// it synthesizes a tiny grouped-query model in memory (GGUF bytes, parsed
// as a file would be), runs a prompt and a few greedy and sampled tokens in
// each weight type, and prints every row's logits digest. The output must
// be the same natively (any GOMAXPROCS, any kernel path), under
// qemu-aarch64 and inside the VM; cmd/crosscheck prints it.
package crosscheck

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"io"
	"math"

	"github.com/opml-dev/opml/models/gguf"
	"github.com/opml-dev/opml/models/llama"
	"github.com/opml-dev/opml/tensor"
)

// Shape is the model: two layers, GQA (4 query heads, 2 key/value heads),
// untied output, a 320-token vocabulary.
var Shape = llama.Shape{Config: llama.Config{Dim: 64, HiddenDim: 96, Layers: 2, Heads: 4, KVHeads: 2, Vocab: 320,
	ContextLen: 64, NormEps: 1e-5, RopeBase: 10000}}

// Formats are the weight types checked.
var Formats = []tensor.RowFormat{tensor.RowF32, tensor.RowF16, tensor.RowQ8_0, tensor.RowQ4_0}

// Vocab is a byte-level vocabulary of 320 tokens (the synthetic one is
// learned from a corpus, too slow to train in the VM): <unk>, <s>, </s>,
// the 256 byte tokens, "▁", then single printable characters.
func Vocab() *llama.Vocab {
	v := &llama.Vocab{BOS: 1, EOS: 2, UNK: 0, AddBOS: true, AddSpacePrefix: true}
	add := func(p string, t llama.TokenType) {
		v.Pieces = append(v.Pieces, p)
		v.Scores = append(v.Scores, -float32(len(v.Pieces)))
		v.Types = append(v.Types, t)
	}
	add("<unk>", llama.TokenUnknown)
	add("<s>", llama.TokenControl)
	add("</s>", llama.TokenControl)
	for b := 0; b < 256; b++ {
		add(fmt.Sprintf("<0x%02X>", b), llama.TokenByte)
	}
	add("\u2581", llama.TokenNormal)
	for c := 0x21; len(v.Pieces) < Shape.Vocab; c++ {
		add(string(rune(c)), llama.TokenNormal)
	}
	return v
}

// Synth returns the model with weights of type f.
func Synth(f tensor.RowFormat) *Model {
	return &Model{llama.Synth{Shape: Shape, Type: f, Seed: 11, Tokens: Vocab()}}
}

// Model is a synthetic model that can be held in memory.
type Model struct{ llama.Synth }

// GGUF returns the model as GGUF bytes.
func (m *Model) GGUF() ([]byte, error) {
	var buf bytes.Buffer
	err := m.WriteGGUF(&buf)
	return buf.Bytes(), err
}

// Llama2C returns the model as llama2.c checkpoint and tokenizer bytes.
func (m *Model) Llama2C() (checkpoint, tokenizer []byte, err error) {
	var c, t bytes.Buffer
	if err := m.WriteLlama2C(&c); err != nil {
		return nil, nil, err
	}
	v, err := m.Vocab()
	if err != nil {
		return nil, nil, err
	}
	if err := llama.WriteLlama2CTokenizer(&t, v); err != nil {
		return nil, nil, err
	}
	return c.Bytes(), t.Bytes(), nil
}

// Write runs the check for formats and prints its lines to w.
func Write(w io.Writer, formats ...tensor.RowFormat) error {
	for _, f := range formats {
		data, err := Synth(f).GGUF()
		if err != nil {
			return err
		}
		file, err := gguf.Parse(data)
		if err != nil {
			return err
		}
		m, err := llama.FromGGUF(file)
		if err != nil {
			return err
		}
		// The prompt in one batch, then two greedy tokens and, from the
		// prompt's state again, two sampled ones.
		prompt := m.Tokenizer.Encode("Hi!")
		st := m.NewState(8)
		logits, err := m.Forward(st, prompt, true)
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "%v prompt %v logits %s\n", f, prompt, digest(logits))
		after := st.Clone()
		for _, sampler := range []llama.Sampler{{TopP: 1}, {Temperature: 3, TopP: 0.95, Seed: 5}} {
			st := after.Clone()
			last := logits[len(logits)-m.Vocab:]
			for step := 0; step < 2; step++ {
				next := sampler.Sample(last, step)
				if last, err = m.Forward(st, []int32{next}, false); err != nil {
					return err
				}
				fmt.Fprintf(w, "%v temperature %v token %d logits %s\n", f, sampler.Temperature, next, digest(last))
			}
		}
	}
	return nil
}

func digest(v []float32) string {
	b := make([]byte, 4*len(v))
	for i, x := range v {
		binary.LittleEndian.PutUint32(b[4*i:], math.Float32bits(x))
	}
	return fmt.Sprintf("%x", sha256.Sum256(b))[:16]
}
