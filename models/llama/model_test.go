package llama

import (
	"encoding/binary"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sync"
	"testing"

	"github.com/opml-dev/opml/tensor"
)

// testDir holds the synthetic models the tests write, once per test binary.
var testDir string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "opml-llama-test-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	testDir = dir
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

var synthMu sync.Mutex

// synthPath writes (once) the shape's model with weight type f in format
// and returns its path.
func synthPath(t testing.TB, shape string, f tensor.RowFormat, format string) string {
	t.Helper()
	synthMu.Lock()
	defer synthMu.Unlock()
	dir := filepath.Join(testDir, fmt.Sprintf("%s-%v-%s", shape, f, format))
	path := filepath.Join(dir, map[string]string{"gguf": "model.gguf", "llama2.c": "model.bin", "safetensors": "hf"}[format])
	if _, err := os.Stat(path); err == nil {
		return path
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	s := &Synth{Shape: Shapes[shape], Type: f, Seed: 7}
	if err := s.WriteFiles(path, format); err != nil {
		t.Fatal(err)
	}
	return path
}

func openModel(t testing.TB, path string) *Model {
	t.Helper()
	m, err := Open(path, "")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { m.Close() })
	return m
}

// run returns every row's logits for tokens fed in chunks of the given
// sizes (the last repeated), and the greedy continuation of n tokens.
func run(t testing.TB, m *Model, tokens []int32, chunks []int, n int) ([]float32, []int32) {
	t.Helper()
	st := m.NewState(len(tokens) + n)
	var all []float32
	for i, c := 0, 0; i < len(tokens); c++ {
		size := chunks[min(c, len(chunks)-1)]
		end := min(i+size, len(tokens))
		logits, err := m.Forward(st, tokens[i:end], true)
		if err != nil {
			t.Fatal(err)
		}
		all = append(all, logits...)
		i = end
	}
	last := all[len(all)-m.Vocab:]
	var gen []int32
	for len(gen) < n {
		next := Argmax(last)
		gen = append(gen, next)
		logits, err := m.Forward(st, []int32{next}, false)
		if err != nil {
			t.Fatal(err)
		}
		last = logits
	}
	return all, gen
}

func sameBits(a, b []float32) (int, bool) {
	if len(a) != len(b) {
		return -1, false
	}
	for i := range a {
		if math.Float32bits(a[i]) != math.Float32bits(b[i]) {
			return i, false
		}
	}
	return 0, true
}

const testPrompt = "The old lady pulled her spectacles down and looked over them, 42 times: naïve café 🦙!"

// TestFormatsAgree loads the same synthetic weights from GGUF, llama2.c
// and safetensors (whose query/key rows are stored in transformers' order)
// and requires bit-identical logits for every prompt position and the
// same greedy tokens.
func TestFormatsAgree(t *testing.T) {
	for _, tc := range []struct {
		shape   string
		f       tensor.RowFormat
		formats []string
	}{
		{"tiny", tensor.RowF32, Formats},
		{"tiny-gqa", tensor.RowF32, Formats},
		{"tiny-gqa", tensor.RowF16, []string{"gguf", "safetensors"}},
	} {
		t.Run(fmt.Sprintf("%s-%v", tc.shape, tc.f), func(t *testing.T) {
			var ref []float32
			var refGen []int32
			var refToks []int32
			for _, format := range tc.formats {
				m := openModel(t, synthPath(t, tc.shape, tc.f, format))
				if m.Format != format || m.Tied() != Shapes[tc.shape].Tied || m.WeightType() != tc.f {
					t.Fatalf("%s loaded as %s, tied %v, %v", format, m.Format, m.Tied(), m.WeightType())
				}
				toks := m.Tokenizer.Encode(testPrompt)
				logits, gen := run(t, m, toks, []int{len(toks)}, 8)
				if ref == nil {
					ref, refGen, refToks = logits, gen, toks
					continue
				}
				if !slices.Equal(toks, refToks) {
					t.Fatalf("%s tokenizes the prompt as %v, %s as %v", format, toks, tc.formats[0], refToks)
				}
				if i, ok := sameBits(logits, ref); !ok {
					t.Fatalf("%s logits differ from %s's at %d", format, tc.formats[0], i)
				}
				if !slices.Equal(gen, refGen) {
					t.Fatalf("%s generates %v, %s %v", format, gen, tc.formats[0], refGen)
				}
			}
		})
	}
}

// TestBatchInvariant runs a prompt in one batch, in uneven chunks and
// token by token: every position's logits must be the same bits.
func TestBatchInvariant(t *testing.T) {
	for _, f := range []tensor.RowFormat{tensor.RowF32, tensor.RowF16, tensor.RowQ8_0, tensor.RowQ4_0} {
		t.Run(f.String(), func(t *testing.T) {
			m := openModel(t, synthPath(t, "tiny-gqa", f, "gguf"))
			toks := m.Tokenizer.Encode(testPrompt)
			one, gen := run(t, m, toks, []int{len(toks)}, 4)
			for _, chunks := range [][]int{{1}, {3, 1, 5, 2}, {7}} {
				got, g := run(t, m, toks, chunks, 4)
				if i, ok := sameBits(got, one); !ok {
					t.Fatalf("chunks %v: logits differ at %d (row %d)", chunks, i, i/m.Vocab)
				}
				if !slices.Equal(g, gen) {
					t.Fatalf("chunks %v: generated %v, one batch %v", chunks, g, gen)
				}
			}
		})
	}
}

// TestThreadsAndKernels requires the same logits for GOMAXPROCS 1, 2 and 8
// and for every kernel implementation this CPU has.
func TestThreadsAndKernels(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	defer tensor.SetKernelPath(tensor.KernelPath())
	for _, f := range []tensor.RowFormat{tensor.RowF32, tensor.RowQ8_0} {
		m := openModel(t, synthPath(t, "tiny-gqa", f, "gguf"))
		toks := m.Tokenizer.Encode(testPrompt)
		var ref []float32
		for _, kernels := range tensor.KernelPaths() {
			if err := tensor.SetKernelPath(kernels); err != nil {
				t.Fatal(err)
			}
			for _, procs := range []int{1, 2, 8} {
				runtime.GOMAXPROCS(procs)
				got, _ := run(t, m, toks, []int{len(toks)}, 0)
				if ref == nil {
					ref = got
				} else if i, ok := sameBits(got, ref); !ok {
					t.Fatalf("%v, kernels %s, GOMAXPROCS %d: logits differ at %d", f, kernels, procs, i)
				}
			}
		}
	}
}

// TestRowPermutation checks that transformers' query/key row order maps
// back to Meta's.
func TestRowPermutation(t *testing.T) {
	// Head dimension 4: Meta rows (pairs) 0,1 | 2,3 are stored as 0,2 | 1,3.
	if got := hfRowPerm(2, 4); !slices.Equal(got, []int32{0, 2, 1, 3, 4, 6, 5, 7}) {
		t.Fatalf("permutation %v", got)
	}
}

// TestLlama2CVersion1 rewrites a version-0 checkpoint in llama2.c's
// version-1 layout (256-byte header, norms first): the same logits.
func TestLlama2CVersion1(t *testing.T) {
	for _, shape := range []string{"tiny", "tiny-gqa"} {
		path := synthPath(t, shape, tensor.RowF32, "llama2.c")
		v0 := openModel(t, path)
		c := v0.Config
		le := binary.LittleEndian
		b := le.AppendUint32(nil, llama2cMagic)
		b = le.AppendUint32(b, 1)
		for _, v := range []int{c.Dim, c.HiddenDim, c.Layers, c.Heads, c.KVHeads, c.Vocab, c.ContextLen} {
			b = le.AppendUint32(b, uint32(v))
		}
		if v0.Tied() {
			b = append(b, 1)
		} else {
			b = append(b, 0)
		}
		b = append(b, make([]byte, 256-len(b))...)
		vec := func(v []float32) {
			for _, x := range v {
				b = le.AppendUint32(b, math.Float32bits(x))
			}
		}
		for _, blk := range v0.Blocks {
			vec(blk.AttnNorm)
		}
		for _, blk := range v0.Blocks {
			vec(blk.FFNNorm)
		}
		vec(v0.Norm)
		b = append(b, v0.Embed.Data...)
		for _, get := range []func(*Block) *Matrix{
			func(x *Block) *Matrix { return x.Wq }, func(x *Block) *Matrix { return x.Wk }, func(x *Block) *Matrix { return x.Wv },
			func(x *Block) *Matrix { return x.Wo }, func(x *Block) *Matrix { return x.Gate }, func(x *Block) *Matrix { return x.Down },
			func(x *Block) *Matrix { return x.Up }} {
			for i := range v0.Blocks {
				b = append(b, get(&v0.Blocks[i]).Data...)
			}
		}
		if !v0.Tied() {
			b = append(b, v0.Output.Data...)
		}
		v1, err := FromLlama2C(b, v0.Tokenizer)
		if err != nil {
			t.Fatal(err)
		}
		toks := v0.Tokenizer.Encode(testPrompt)
		want, _ := run(t, v0, toks, []int{len(toks)}, 0)
		got, _ := run(t, v1, toks, []int{len(toks)}, 0)
		if i, ok := sameBits(got, want); !ok || v1.Tied() != v0.Tied() {
			t.Fatalf("%s: version 1 logits differ at %d (tied %v)", shape, i, v1.Tied())
		}
	}
}
