package llama

import (
	"encoding/binary"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/opml-dev/opml/internal/mmap"
	"github.com/opml-dev/opml/models/safetensors"
	"github.com/opml-dev/opml/tensor"
)

// Hugging Face checkpoints in the LLaMA layout (transformers'
// LlamaForCausalLM): a directory with config.json, tokenizer.json and the
// weights in model.safetensors or in shards listed by
// model.safetensors.index.json. Tensors are named
// model.embed_tokens.weight, model.layers.N.{input_layernorm,
// self_attn.{q,k,v,o}_proj, post_attention_layernorm,
// mlp.{gate,up,down}_proj}.weight, model.norm.weight and lm_head.weight
// (absent when tie_word_embeddings), in F32, F16 or BF16.
//
// Transformers rotates the two halves of each head (rotate_half), so its
// conversion script permutes the rows of q_proj and k_proj within every
// head: Meta's (and GGUF's, and llama2.c's) row h·d + 2i + j is stored as
// row h·d + j·d/2 + i (d the head dimension, i < d/2, j ∈ {0, 1}). The
// loader maps the rows back through Matrix.OutPerm, without copying, so a
// Hugging Face checkpoint computes exactly what the GGUF of the same
// weights does. BF16 weights are widened to F32 in memory (a copy).

// hfConfig is the part of config.json opml reads.
type hfConfig struct {
	ModelType         string          `json:"model_type"`
	HiddenSize        int             `json:"hidden_size"`
	IntermediateSize  int             `json:"intermediate_size"`
	NumHiddenLayers   int             `json:"num_hidden_layers"`
	NumAttentionHeads int             `json:"num_attention_heads"`
	NumKeyValueHeads  int             `json:"num_key_value_heads,omitempty"`
	VocabSize         int             `json:"vocab_size"`
	MaxPositions      int             `json:"max_position_embeddings"`
	RMSNormEps        float64         `json:"rms_norm_eps"`
	RopeTheta         float64         `json:"rope_theta,omitempty"`
	RopeScaling       json.RawMessage `json:"rope_scaling,omitempty"`
	TieWordEmbeddings bool            `json:"tie_word_embeddings"`
	TorchDType        string          `json:"torch_dtype,omitempty"`
	BOSTokenID        *int32          `json:"bos_token_id,omitempty"`
	EOSTokenID        *int32          `json:"eos_token_id,omitempty"`
	HiddenAct         string          `json:"hidden_act,omitempty"`
	Architectures     []string        `json:"architectures,omitempty"`
}

func (h *hfConfig) config() (Config, error) {
	if h.ModelType != "llama" {
		return Config{}, fmt.Errorf("%w: config.json model_type %q (opml runs llama)", ErrFormat, h.ModelType)
	}
	if len(h.RopeScaling) > 0 && string(h.RopeScaling) != "null" {
		return Config{}, fmt.Errorf("%w: config.json rope_scaling %s (opml runs LLaMA-2's plain RoPE)", ErrFormat, h.RopeScaling)
	}
	if h.HiddenAct != "" && h.HiddenAct != "silu" {
		return Config{}, fmt.Errorf("%w: config.json hidden_act %q (LLaMA uses silu)", ErrFormat, h.HiddenAct)
	}
	c := Config{Dim: h.HiddenSize, HiddenDim: h.IntermediateSize, Layers: h.NumHiddenLayers, Heads: h.NumAttentionHeads,
		KVHeads: h.NumKeyValueHeads, Vocab: h.VocabSize, ContextLen: h.MaxPositions, NormEps: float32(h.RMSNormEps), RopeBase: float32(h.RopeTheta)}
	if c.KVHeads == 0 {
		c.KVHeads = c.Heads
	}
	if c.RopeBase == 0 {
		c.RopeBase = 10000
	}
	return c, c.Check()
}

// hfIndex is model.safetensors.index.json.
type hfIndex struct {
	WeightMap map[string]string `json:"weight_map"`
}

// OpenSafetensors loads a Hugging Face LLaMA checkpoint: path is its
// directory or one .safetensors file in it; tokenizerPath is its
// tokenizer.json (empty: the one in the directory). Weights stay in the
// memory-mapped files (BF16 ones excepted).
func OpenSafetensors(path, tokenizerPath string) (*Model, error) {
	m, err := openSafetensors(path, tokenizerPath)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return m, nil
}

func openSafetensors(path, tokenizerPath string) (_ *Model, err error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	dir, files := path, []string(nil)
	if fi.IsDir() {
		if b, err := os.ReadFile(filepath.Join(dir, "model.safetensors.index.json")); err == nil {
			var idx hfIndex
			if err := json.Unmarshal(b, &idx); err != nil {
				return nil, fmt.Errorf("%w: model.safetensors.index.json: %v", ErrFormat, err)
			}
			seen := map[string]bool{}
			for _, f := range idx.WeightMap {
				if !seen[f] && f == filepath.Base(f) {
					seen[f] = true
					files = append(files, filepath.Join(dir, f))
				}
			}
		} else {
			files = []string{filepath.Join(dir, "model.safetensors")}
		}
	} else {
		dir, files = filepath.Dir(path), []string{path}
	}
	var hc hfConfig
	b, err := os.ReadFile(filepath.Join(dir, "config.json"))
	if err != nil {
		return nil, fmt.Errorf("the checkpoint's config.json: %w", err)
	}
	if err := json.Unmarshal(b, &hc); err != nil {
		return nil, fmt.Errorf("%w: config.json: %v", ErrFormat, err)
	}
	c, err := hc.config()
	if err != nil {
		return nil, err
	}
	if tokenizerPath == "" {
		tokenizerPath = filepath.Join(dir, "tokenizer.json")
	}
	tf, err := os.Open(tokenizerPath)
	if err != nil {
		return nil, fmt.Errorf("the checkpoint's tokenizer: %w", err)
	}
	tok, err := ReadHFTokenizer(tf, hc.BOSTokenID, hc.EOSTokenID)
	tf.Close()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", tokenizerPath, err)
	}
	m := &Model{Config: c, Tokenizer: tok, Format: "safetensors"}
	defer func() {
		if err != nil {
			m.Close()
		}
	}()
	entries := map[string]safetensors.Entry{}
	for _, f := range files {
		mf, err := mmap.Open(f)
		if err != nil {
			return nil, err
		}
		m.closers = append(m.closers, mf.Close)
		list, _, err := safetensors.Index(mf.Data)
		if err != nil {
			return nil, fmt.Errorf("%s: %w: %w", f, ErrFormat, err)
		}
		for _, e := range list {
			entries[e.Name] = e
		}
		mf.WillNeed(0, len(mf.Data))
	}
	if err := m.fromHF(entries, hc.TieWordEmbeddings); err != nil {
		return nil, err
	}
	return m, m.Check()
}

// fromHF fills m's weights from the named tensors.
func (m *Model) fromHF(entries map[string]safetensors.Entry, tied bool) error {
	c := m.Config
	matrix := func(name string, perm []int32) (*Matrix, error) {
		e, ok := entries[name]
		if !ok {
			return nil, fmt.Errorf("%w: tensor %s is missing", ErrFormat, name)
		}
		if len(e.Shape) != 2 {
			return nil, fmt.Errorf("%w: tensor %s has shape %v, want 2 dimensions", ErrFormat, name, e.Shape)
		}
		mx := &Matrix{Name: name, RawMatrix: tensor.RawMatrix{Rows: e.Shape[0], Cols: e.Shape[1], Data: e.Data}, OutPerm: perm}
		switch e.DType {
		case tensor.F32:
			mx.Format = tensor.RowF32
		case tensor.F16:
			mx.Format = tensor.RowF16
		case tensor.BF16:
			mx.Format, mx.Data = tensor.RowF32, widenBF16(e.Data)
		default:
			return nil, fmt.Errorf("%w: tensor %s has dtype %v (want F32, F16 or BF16)", ErrFormat, name, e.DType)
		}
		return mx, nil
	}
	vector := func(name string) ([]float32, error) {
		e, ok := entries[name]
		if !ok {
			return nil, fmt.Errorf("%w: tensor %s is missing", ErrFormat, name)
		}
		switch e.DType {
		case tensor.F32:
			return decodeF32(e.Data), nil
		case tensor.F16:
			return decodeVector(tensor.RowF16, e.Data)
		case tensor.BF16:
			return decodeF32(widenBF16(e.Data)), nil
		}
		return nil, fmt.Errorf("%w: tensor %s has dtype %v (want F32, F16 or BF16)", ErrFormat, name, e.DType)
	}
	var err error
	if m.Embed, err = matrix("model.embed_tokens.weight", nil); err != nil {
		return err
	}
	if m.Norm, err = vector("model.norm.weight"); err != nil {
		return err
	}
	m.Output = m.Embed
	if !tied {
		if m.Output, err = matrix("lm_head.weight", nil); err != nil {
			return err
		}
	}
	qPerm, kPerm := hfRowPerm(c.Heads, c.HeadDim()), hfRowPerm(c.KVHeads, c.HeadDim())
	m.Blocks = make([]Block, c.Layers)
	for l := range m.Blocks {
		b := &m.Blocks[l]
		p := fmt.Sprintf("model.layers.%d.", l)
		if b.AttnNorm, err = vector(p + "input_layernorm.weight"); err != nil {
			return err
		}
		if b.FFNNorm, err = vector(p + "post_attention_layernorm.weight"); err != nil {
			return err
		}
		for _, w := range []struct {
			name string
			dst  **Matrix
			perm []int32
		}{{"self_attn.q_proj", &b.Wq, qPerm}, {"self_attn.k_proj", &b.Wk, kPerm}, {"self_attn.v_proj", &b.Wv, nil},
			{"self_attn.o_proj", &b.Wo, nil}, {"mlp.gate_proj", &b.Gate, nil}, {"mlp.up_proj", &b.Up, nil}, {"mlp.down_proj", &b.Down, nil}} {
			if *w.dst, err = matrix(p+w.name+".weight", w.perm); err != nil {
				return err
			}
		}
	}
	return nil
}

// hfRowPerm returns, for every Meta-order row of a heads×d projection, the
// row transformers stores it as.
func hfRowPerm(heads, d int) []int32 {
	perm := make([]int32, heads*d)
	for h := 0; h < heads; h++ {
		for i := 0; i < d/2; i++ {
			for j := 0; j < 2; j++ {
				perm[h*d+2*i+j] = int32(h*d + j*d/2 + i)
			}
		}
	}
	return perm
}

// widenBF16 converts bfloat16 values to little-endian float32 bytes.
func widenBF16(b []byte) []byte {
	out := make([]byte, 2*len(b))
	for i := 0; i+1 < len(b); i += 2 {
		v := uint32(binary.LittleEndian.Uint16(b[i:])) << 16
		if v&0x7F800000 == 0x7F800000 && v&0x7FFFFF != 0 {
			v = 0x7FC00000
		}
		binary.LittleEndian.PutUint32(out[2*i:], v)
	}
	return out
}

// hfTensorName returns the Hugging Face name of a synthetic tensor.
func hfTensorName(t synthTensor) string {
	names := map[string]string{"attn_norm": "input_layernorm", "attn_q": "self_attn.q_proj", "attn_k": "self_attn.k_proj",
		"attn_v": "self_attn.v_proj", "attn_output": "self_attn.o_proj", "ffn_norm": "post_attention_layernorm",
		"ffn_gate": "mlp.gate_proj", "ffn_up": "mlp.up_proj", "ffn_down": "mlp.down_proj"}
	switch t.role {
	case "token_embd":
		return "model.embed_tokens.weight"
	case "output_norm":
		return "model.norm.weight"
	case "output":
		return "lm_head.weight"
	}
	return fmt.Sprintf("model.layers.%d.%s.weight", t.layer, names[t.role])
}

// WriteSafetensors writes the model's weights as a Hugging Face
// model.safetensors (F32 or F16 matrices, F32 norm gains, query and key
// rows in transformers' order), streaming one tensor at a time.
func (s *Synth) WriteSafetensors(w io.Writer) error {
	if err := s.check(); err != nil {
		return err
	}
	dt := map[tensor.RowFormat]tensor.DType{tensor.RowF32: tensor.F32, tensor.RowF16: tensor.F16}[s.Type]
	if dt == 0 {
		return fmt.Errorf("safetensors holds f32 and f16 weights, not %v", s.Type)
	}
	ts := s.tensors()
	specs := make([]safetensors.TensorSpec, len(ts))
	for i, t := range ts {
		specs[i] = safetensors.TensorSpec{Name: hfTensorName(t), DType: dt, Shape: []int{t.rows, t.cols}}
		if t.vector() {
			specs[i].DType, specs[i].Shape = tensor.F32, []int{t.cols}
		}
	}
	sw, err := safetensors.NewStreamWriter(w, specs, map[string]string{"format": "pt"})
	if err != nil {
		return err
	}
	hd := s.HeadDim()
	for n, t := range ts {
		var order func(int) int
		if t.role == "attn_q" || t.role == "attn_k" {
			// Stored row h·d + j·d/2 + i holds Meta's row h·d + 2i + j.
			order = func(r int) int {
				h, k := r/hd, r%hd
				j, i := k/(hd/2), k%(hd/2)
				return h*hd + 2*i + j
			}
		}
		if err := sw.WriteTensor(s.tensorBytes(t, s.Type, order)); err != nil {
			return err
		}
		s.tensorWritten(n+1, len(ts))
	}
	return sw.Close()
}

// WriteHFConfig writes the model's config.json.
func (s *Synth) WriteHFConfig(w io.Writer) error {
	c := s.Config
	bos, eos := int32(bosID), int32(eosID)
	hc := hfConfig{ModelType: "llama", Architectures: []string{"LlamaForCausalLM"}, HiddenSize: c.Dim, IntermediateSize: c.HiddenDim,
		NumHiddenLayers: c.Layers, NumAttentionHeads: c.Heads, NumKeyValueHeads: c.KVHeads, VocabSize: c.Vocab,
		MaxPositions: c.ContextLen, RMSNormEps: float64(c.NormEps), RopeTheta: float64(c.RopeBase), TieWordEmbeddings: s.Tied,
		TorchDType: map[tensor.RowFormat]string{tensor.RowF32: "float32", tensor.RowF16: "float16"}[s.Type],
		BOSTokenID: &bos, EOSTokenID: &eos, HiddenAct: "silu"}
	b, err := json.MarshalIndent(hc, "", "  ")
	if err != nil {
		return err
	}
	_, err = w.Write(append(b, '\n'))
	return err
}
