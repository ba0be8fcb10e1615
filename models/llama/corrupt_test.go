package llama_test

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/opml-dev/opml/models/gguf"
	"github.com/opml-dev/opml/models/llama"
	"github.com/opml-dev/opml/models/llama/internal/crosscheck"
	"github.com/opml-dev/opml/models/safetensors"
	"github.com/opml-dev/opml/tensor"
)

func smallGGUF(t testing.TB, f tensor.RowFormat) []byte {
	t.Helper()
	data, err := crosscheck.Synth(f).GGUF()
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// loadGGUF parses and loads a GGUF held in memory and, if that works, runs
// one token through it (which must not fail).
func loadGGUF(t testing.TB, data []byte) error {
	f, err := gguf.Parse(data)
	if err != nil {
		return err
	}
	m, err := llama.FromGGUF(f)
	if err != nil {
		return err
	}
	if _, err := m.Forward(m.NewState(1), []int32{m.Tokenizer.BOS}, false); err != nil {
		t.Fatalf("a model that loads fails to run: %v", err)
	}
	return nil
}

// rewriteGGUF re-encodes a parsed GGUF after edit changed its metadata or
// tensor infos (data is copied for every tensor that keeps its size).
func rewriteGGUF(t testing.TB, data []byte, edit func(md *gguf.Metadata, infos *[]gguf.TensorInfo)) []byte {
	t.Helper()
	f, err := gguf.Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	md := append(gguf.Metadata(nil), f.Metadata...)
	var infos []gguf.TensorInfo
	for _, tn := range f.Tensors {
		infos = append(infos, tn.TensorInfo)
	}
	edit(&md, &infos)
	var buf bytes.Buffer
	w, err := gguf.NewWriter(&buf, md, infos)
	if err != nil {
		t.Fatal(err)
	}
	for _, ti := range w.Infos() {
		b := make([]byte, ti.Size())
		if tn, ok := f.Tensor(ti.Name); ok {
			copy(b, tn.Data)
		}
		if err := w.WriteTensor(b); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func setKV(md *gguf.Metadata, key string, x any) {
	for i := range *md {
		if (*md)[i].Key == key {
			(*md)[i].Value = gguf.Value{X: x}
			return
		}
	}
	*md = append(*md, gguf.Entry(key, x))
}

func dropKV(md *gguf.Metadata, key string) {
	out := (*md)[:0]
	for _, kv := range *md {
		if kv.Key != key {
			out = append(out, kv)
		}
	}
	*md = out
}

// TestCorruptGGUF: truncated files and inconsistent headers are errors
// wrapping gguf.ErrFormat or llama.ErrFormat, never panics.
func TestCorruptGGUF(t *testing.T) {
	good := smallGGUF(t, tensor.RowQ8_0)
	if err := loadGGUF(t, good); err != nil {
		t.Fatal(err)
	}
	isFormat := func(err error) bool { return errors.Is(err, gguf.ErrFormat) || errors.Is(err, llama.ErrFormat) }
	for _, n := range []int{0, 3, 8, 23, 100, 1000, 5000, len(good) / 2, len(good) - 1} {
		if err := loadGGUF(t, good[:n]); !isFormat(err) {
			t.Errorf("cut at %d of %d: %v", n, len(good), err)
		}
	}
	edits := map[string]func(md *gguf.Metadata, infos *[]gguf.TensorInfo){
		"architecture":  func(md *gguf.Metadata, _ *[]gguf.TensorInfo) { setKV(md, "general.architecture", "gpt2") },
		"no layers":     func(md *gguf.Metadata, _ *[]gguf.TensorInfo) { dropKV(md, "llama.block_count") },
		"layers string": func(md *gguf.Metadata, _ *[]gguf.TensorInfo) { setKV(md, "llama.block_count", "two") },
		"more layers":   func(md *gguf.Metadata, _ *[]gguf.TensorInfo) { setKV(md, "llama.block_count", uint32(3)) },
		"heads":         func(md *gguf.Metadata, _ *[]gguf.TensorInfo) { setKV(md, "llama.attention.head_count", uint32(3)) },
		"kv heads":      func(md *gguf.Metadata, _ *[]gguf.TensorInfo) { setKV(md, "llama.attention.head_count_kv", uint32(3)) },
		"zero dim":      func(md *gguf.Metadata, _ *[]gguf.TensorInfo) { setKV(md, "llama.embedding_length", uint32(0)) },
		"rope dims":     func(md *gguf.Metadata, _ *[]gguf.TensorInfo) { setKV(md, "llama.rope.dimension_count", uint32(8)) },
		"eps": func(md *gguf.Metadata, _ *[]gguf.TensorInfo) {
			setKV(md, "llama.attention.layer_norm_rms_epsilon", float32(-1))
		},
		"tokenizer":   func(md *gguf.Metadata, _ *[]gguf.TensorInfo) { setKV(md, "tokenizer.ggml.model", "gpt2") },
		"tokens type": func(md *gguf.Metadata, _ *[]gguf.TensorInfo) { setKV(md, "tokenizer.ggml.tokens", uint32(1)) },
		"bos":         func(md *gguf.Metadata, _ *[]gguf.TensorInfo) { setKV(md, "tokenizer.ggml.bos_token_id", uint32(1<<20)) },
		"byte token": func(md *gguf.Metadata, _ *[]gguf.TensorInfo) {
			setKV(md, "tokenizer.ggml.token_type", gguf.Array{Elem: gguf.TypeInt32, X: make([]int32, 320)})
		},
		"types count": func(md *gguf.Metadata, _ *[]gguf.TensorInfo) {
			setKV(md, "tokenizer.ggml.token_type", gguf.Array{Elem: gguf.TypeInt32, X: []int32{1}})
		},
		"vocab mismatch": func(md *gguf.Metadata, _ *[]gguf.TensorInfo) { setKV(md, "llama.vocab_size", uint32(321)) },
		"missing tensor": func(_ *gguf.Metadata, infos *[]gguf.TensorInfo) { *infos = (*infos)[1:] },
		"tensor shape": func(_ *gguf.Metadata, infos *[]gguf.TensorInfo) {
			(*infos)[1].Dims = []uint64{32}
		},
		"tensor type": func(_ *gguf.Metadata, infos *[]gguf.TensorInfo) {
			for i := range *infos {
				if (*infos)[i].Name == "blk.0.attn_q.weight" {
					(*infos)[i].Type = gguf.Q4_K
					(*infos)[i].Dims = []uint64{256, 16}
				}
			}
		},
		"3-D weight": func(_ *gguf.Metadata, infos *[]gguf.TensorInfo) {
			for i := range *infos {
				if (*infos)[i].Name == "blk.1.ffn_up.weight" {
					(*infos)[i].Dims = []uint64{64, 48, 2}
				}
			}
		},
	}
	for name, edit := range edits {
		// The byte-token edit makes every token type 0 (undefined), which
		// is no error; mark one as a byte token with a bad piece instead.
		if name == "byte token" {
			edit = func(md *gguf.Metadata, _ *[]gguf.TensorInfo) {
				types := make([]int32, 320)
				for i := range types {
					types[i] = 1
				}
				types[5] = 6 // "<0x02>" is fine; make a normal piece a byte token
				types[300] = 6
				setKV(md, "tokenizer.ggml.token_type", gguf.Array{Elem: gguf.TypeInt32, X: types})
			}
		}
		if err := loadGGUF(t, rewriteGGUF(t, good, edit)); !isFormat(err) {
			t.Errorf("%s: %v", name, err)
		}
	}
}

// TestCorruptLlama2C: truncated checkpoints and tokenizers, and impossible
// headers, are errors wrapping llama.ErrFormat.
func TestCorruptLlama2C(t *testing.T) {
	ckpt, tok, err := crosscheck.Synth(tensor.RowF32).Llama2C()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	write := func(name string, b []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	goodTok := write("tokenizer.bin", tok)
	m, err := llama.OpenLlama2C(write("good.bin", ckpt), goodTok)
	if err != nil {
		t.Fatal(err)
	}
	m.Close()
	header := func(field int, v int32) []byte {
		b := append([]byte(nil), ckpt...)
		binary.LittleEndian.PutUint32(b[4*field:], uint32(v))
		return b
	}
	cases := map[string][]byte{
		"empty":     {},
		"header":    ckpt[:20],
		"weights":   ckpt[:len(ckpt)/2],
		"extra":     append(append([]byte(nil), ckpt...), 1, 2, 3, 4),
		"dim":       header(0, -64),
		"huge dim":  header(0, 1<<30),
		"heads":     header(3, 5),
		"kv heads":  header(4, 3),
		"layers":    header(2, 1<<20),
		"seq len":   header(6, 0),
		"hidden":    header(1, 1<<24),
		"vocab big": header(5, 1<<23),
	}
	for name, b := range cases {
		_, err := llama.OpenLlama2C(write(name+".bin", b), goodTok)
		if !errors.Is(err, llama.ErrFormat) {
			t.Errorf("%s: %v", name, err)
		}
	}
	good := write("model.bin", ckpt)
	for name, b := range map[string][]byte{
		"tokenizer empty":     {},
		"tokenizer truncated": tok[:len(tok)/2],
		"tokenizer extra":     append(append([]byte(nil), tok...), 0),
		"tokenizer max len":   append([]byte{0, 0, 0, 0}, tok[4:]...),
	} {
		_, err := llama.OpenLlama2C(good, write(strings.ReplaceAll(name, " ", "-"), b))
		if !errors.Is(err, llama.ErrFormat) {
			t.Errorf("%s: %v", name, err)
		}
	}
}

// TestCorruptSafetensors: a Hugging Face directory with a truncated
// weights file, a missing tensor, or malformed JSON fails with
// llama.ErrFormat.
func TestCorruptSafetensors(t *testing.T) {
	s := crosscheck.Synth(tensor.RowF32)
	dir := filepath.Join(t.TempDir(), "hf")
	if err := s.WriteFiles(dir, "safetensors"); err != nil {
		t.Fatal(err)
	}
	m, err := llama.Open(dir, "")
	if err != nil {
		t.Fatal(err)
	}
	m.Close()
	read := func(name string) []byte {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	files := map[string][]byte{"model.safetensors": read("model.safetensors"), "config.json": read("config.json"), "tokenizer.json": read("tokenizer.json")}
	cases := map[string]map[string][]byte{
		"truncated weights": {"model.safetensors": files["model.safetensors"][:len(files["model.safetensors"])-7]},
		"config json":       {"config.json": []byte(`{"model_type": "llama", "hidden_size": `)},
		"config model":      {"config.json": bytes.Replace(files["config.json"], []byte(`"llama"`), []byte(`"mistral"`), 1)},
		"config layers":     {"config.json": bytes.Replace(files["config.json"], []byte(`"num_hidden_layers": 2`), []byte(`"num_hidden_layers": 3`), 1)},
		"config rope":       {"config.json": bytes.Replace(files["config.json"], []byte(`"model_type"`), []byte(`"rope_scaling": {"type": "linear", "factor": 2}, "model_type"`), 1)},
		"tokenizer json":    {"tokenizer.json": files["tokenizer.json"][:100]},
		"tokenizer model":   {"tokenizer.json": bytes.Replace(files["tokenizer.json"], []byte(`"type":"BPE"`), []byte(`"type":"Unigram"`), 1)},
		"missing tensor":    {"model.safetensors": bytes.Replace(files["model.safetensors"], []byte("model.norm.weight"), []byte("model.norm.weighz"), 1)},
	}
	for name, change := range cases {
		d := filepath.Join(t.TempDir(), "hf")
		os.MkdirAll(d, 0o755)
		for f, b := range files {
			if c, ok := change[f]; ok {
				b = c
			}
			if err := os.WriteFile(filepath.Join(d, f), b, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		if _, err := llama.Open(d, ""); !errors.Is(err, llama.ErrFormat) {
			t.Errorf("%s: %v", name, err)
		}
	}
}

func FuzzGGUFModel(f *testing.F) {
	// A model small enough for the fuzzer: one layer, 32 dimensions, a
	// byte-level vocabulary of 260 tokens.
	s := crosscheck.Synth(tensor.RowQ8_0)
	s.Config = llama.Config{Dim: 32, HiddenDim: 32, Layers: 1, Heads: 2, KVHeads: 1, Vocab: 260, ContextLen: 8, NormEps: 1e-5, RopeBase: 10000}
	v := crosscheck.Vocab()
	v.Pieces, v.Scores, v.Types = v.Pieces[:260], v.Scores[:260], v.Types[:260]
	s.Tokens = v
	data, err := s.GGUF()
	if err != nil {
		f.Fatal(err)
	}
	f.Add(data)
	f.Fuzz(func(t *testing.T, data []byte) {
		if err := loadGGUF(t, data); err != nil && !errors.Is(err, gguf.ErrFormat) && !errors.Is(err, llama.ErrFormat) {
			t.Fatalf("error without a sentinel: %v", err)
		}
	})
}

func FuzzLlama2C(f *testing.F) {
	ckpt, tokBin, err := crosscheck.Synth(tensor.RowF32).Llama2C()
	if err != nil {
		f.Fatal(err)
	}
	tok, err := llama.ReadLlama2CTokenizer(bytes.NewReader(tokBin), crosscheck.Shape.Vocab)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(ckpt[:64])
	f.Add(ckpt)
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := llama.FromLlama2C(data, tok)
		if err != nil {
			if !errors.Is(err, llama.ErrFormat) {
				t.Fatalf("error without ErrFormat: %v", err)
			}
			return
		}
		if _, err := m.Forward(m.NewState(1), []int32{1}, false); err != nil {
			t.Fatal(err)
		}
	})
}

// TestSafetensorsShards splits a Hugging Face checkpoint into two shards
// listed by model.safetensors.index.json: it gives the single file's
// logits. A BF16 copy of the weights loads (widened to F32) and runs.
func TestSafetensorsShards(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "hf")
	if err := crosscheck.Synth(tensor.RowF32).WriteFiles(dir, "safetensors"); err != nil {
		t.Fatal(err)
	}
	ref, err := llama.Open(dir, "")
	if err != nil {
		t.Fatal(err)
	}
	defer ref.Close()
	prompt := ref.Tokenizer.Encode("Hi, shards!")
	want, err := ref.Forward(ref.NewState(len(prompt)), prompt, true)
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(filepath.Join(dir, "model.safetensors"))
	if err != nil {
		t.Fatal(err)
	}
	entries, _, err := safetensors.Index(data)
	if err != nil {
		t.Fatal(err)
	}
	for _, bf16 := range []bool{false, true} {
		shardDir := filepath.Join(t.TempDir(), "sharded")
		os.MkdirAll(shardDir, 0o755)
		for _, f := range []string{"config.json", "tokenizer.json"} {
			b, _ := os.ReadFile(filepath.Join(dir, f))
			os.WriteFile(filepath.Join(shardDir, f), b, 0o644)
		}
		weightMap := map[string]string{}
		for s, part := range [][]safetensors.Entry{entries[:len(entries)/2], entries[len(entries)/2:]} {
			name := fmt.Sprintf("model-%05d-of-00002.safetensors", s+1)
			var specs []safetensors.TensorSpec
			var blobs [][]byte
			for _, e := range part {
				spec, blob := safetensors.TensorSpec{Name: e.Name, DType: e.DType, Shape: e.Shape}, e.Data
				if bf16 {
					spec.DType, blob = tensor.BF16, make([]byte, len(e.Data)/2)
					for i := 0; i < len(e.Data); i += 4 {
						copy(blob[i/2:], e.Data[i+2:i+4]) // the top half of each float32
					}
				}
				specs, blobs = append(specs, spec), append(blobs, blob)
				weightMap[e.Name] = name
			}
			var buf bytes.Buffer
			w, err := safetensors.NewStreamWriter(&buf, specs, nil)
			if err != nil {
				t.Fatal(err)
			}
			for _, b := range blobs {
				if err := w.WriteTensor(b); err != nil {
					t.Fatal(err)
				}
			}
			if err := w.Close(); err != nil {
				t.Fatal(err)
			}
			os.WriteFile(filepath.Join(shardDir, name), buf.Bytes(), 0o644)
		}
		idx, _ := json.Marshal(map[string]any{"weight_map": weightMap})
		os.WriteFile(filepath.Join(shardDir, "model.safetensors.index.json"), idx, 0o644)
		m, err := llama.Open(shardDir, "")
		if err != nil {
			t.Fatalf("bf16 %v: %v", bf16, err)
		}
		got, err := m.Forward(m.NewState(len(prompt)), prompt, true)
		m.Close()
		if err != nil {
			t.Fatal(err)
		}
		same := bytes.Equal(f32Bytes(got), f32Bytes(want))
		if same == bf16 {
			t.Fatalf("bf16 %v: logits equal to the single F32 file's: %v", bf16, same)
		}
	}
}

func f32Bytes(v []float32) []byte {
	b := make([]byte, 4*len(v))
	for i, x := range v {
		binary.LittleEndian.PutUint32(b[4*i:], math.Float32bits(x))
	}
	return b
}
