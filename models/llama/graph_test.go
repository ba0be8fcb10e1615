package llama

import (
	"bytes"
	"encoding/binary"
	"errors"
	"math"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/opml-dev/opml/graph"
	"github.com/opml-dev/opml/internal/keccak"
	"github.com/opml-dev/opml/tensor"
	"github.com/opml-dev/opml/tensor/llm"
)

// graphSamplers are the settings the graph tests generate with: greedy and
// seeded temperature/top-p sampling.
var graphSamplers = map[string]Sampler{
	"greedy": {Temperature: 0, TopP: 1},
	"seeded": {Temperature: 0.9, TopP: 0.95, Seed: 1234},
}

// forwardNodes runs the model token by token over seq (the prompt and the
// tokens after it), positions 0..len(seq)−2, and returns the bytes of every
// node's output by step, as the graph's tensors encode them.
func forwardNodes(t *testing.T, m *Model, seq []int32) map[GraphNode][]byte {
	t.Helper()
	out := map[GraphNode][]byte{}
	st := m.NewState(len(seq))
	for pos := 0; pos < len(seq)-1; pos++ {
		_, err := m.ForwardObserved(st, seq[pos:pos+1], false, func(n Node, f []float32, kv []uint16) {
			var b []byte
			for _, v := range f {
				b = binary.LittleEndian.AppendUint32(b, math.Float32bits(v))
			}
			for _, h := range kv {
				b = binary.LittleEndian.AppendUint16(b, h)
			}
			out[GraphNode{n.Kind, n.Layer, n.Pos0}] = b
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	return out
}

// TestGenerationGraph runs the generation graph of the tiny MHA and GQA
// models in F32, F16 and Q8_0, greedy and seeded, natively at GOMAXPROCS 1,
// 2 and 8: the tokens are Generate's, and every forward node's output is
// the bits of the node Forward computes at that position.
func TestGenerationGraph(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	const length = 12
	for _, shape := range []string{"tiny", "tiny-gqa"} {
		for _, f := range []tensor.RowFormat{tensor.RowF32, tensor.RowF16, tensor.RowQ8_0} {
			m := openModel(t, synthPath(t, shape, f, "gguf"))
			gg, err := m.GenerationGraph(length)
			if err != nil {
				t.Fatal(err)
			}
			if want := (length-1)*GraphTensorsPerPosition(m.Layers) + 1; len(gg.Graph.Nodes) != want || len(gg.Nodes) != want {
				t.Fatalf("%d graph nodes, want %d", len(gg.Graph.Nodes), want)
			}
			prompt := m.Tokenizer.Encode("Tom said")
			for sname, s := range graphSamplers {
				gen, err := m.Generate(prompt, length-len(prompt), s, nil)
				if err != nil {
					t.Fatal(err)
				}
				seq := append(slices.Clone(prompt), gen.Tokens...)
				for len(seq) < length {
					seq = append(seq, m.Tokenizer.EOS)
				}
				want := forwardNodes(t, m, seq)
				req, err := gg.Request(prompt, s)
				if err != nil {
					t.Fatal(err)
				}
				var digest []byte
				for _, procs := range []int{1, 2, 8} {
					runtime.GOMAXPROCS(procs)
					h := keccak.New()
					compared := 0
					out, err := gg.Run(req, func(i int, out *tensor.Tensor) error {
						b := out.Bytes()
						h.Write(b)
						n := gg.Nodes[i]
						if w, ok := want[n]; ok {
							if !bytes.Equal(b, w) {
								t.Fatalf("%s %v %s: node %d (%v of layer %d at %d) differs from Forward's", shape, f, sname, i, n.Kind, n.Layer, n.Pos)
							}
							compared++
						} else if n.Kind < NodeNext {
							t.Fatalf("node %d (%+v): Forward has no such node", i, n)
						}
						return nil
					})
					if err != nil {
						t.Fatal(err)
					}
					if compared != len(want) {
						t.Fatalf("%d of Forward's %d nodes compared", compared, len(want))
					}
					ids, _ := out.Int32s()
					if !slices.Equal(ids, seq) {
						t.Fatalf("%s %v %s: graph tokens %v, Generate's sequence %v", shape, f, sname, ids, seq)
					}
					got, stopped, err := gg.Generated(out, len(prompt))
					if err != nil || !slices.Equal(got, gen.Tokens) || stopped != gen.StoppedAtEOS {
						t.Fatalf("Generated %v (%v, %v), Generate %v (%v)", got, stopped, err, gen.Tokens, gen.StoppedAtEOS)
					}
					if d := h.Sum(nil); digest == nil {
						digest = d
					} else if !bytes.Equal(d, digest) {
						t.Fatalf("%s %v %s: GOMAXPROCS %d gives other node outputs", shape, f, sname, procs)
					}
				}
				t.Logf("%s %v %s: %d nodes, tokens %v", shape, f, sname, len(gg.Graph.Nodes), seq[len(prompt):])
			}
		}
	}
}

// TestGenerationGraphStopsAtEOS: after a generated end-of-sequence token
// the graph's slots hold EOS, and Generated cuts there, as Generate stops.
func TestGenerationGraphStopsAtEOS(t *testing.T) {
	gg, prompt, req := greedyGraph(t, "tiny", tensor.RowQ8_0, 6)
	m := gg.Model
	// Make EOS the greedy choice at the first generated position: the
	// llama_next node of position P−1 reads these logits.
	first := len(prompt) - 1
	words, _ := req.Int32s()
	for i, n := range gg.Nodes {
		if n.Kind != NodeNext || n.Pos != first {
			continue
		}
		d, err := graph.Describe(gg.Graph, i)
		if err != nil {
			t.Fatal(err)
		}
		logits := make([]float32, m.Vocab)
		logits[m.Tokenizer.EOS] = 1
		lt, _ := tensor.FromFloat32(logits, 1, m.Vocab)
		seq, _ := tensor.FromInt32(words, len(words))
		out, err := d.Eval([]*tensor.Tensor{seq, lt})
		if err != nil {
			t.Fatal(err)
		}
		ids, _ := out.Int32s()
		if ids[llm.HeaderWords+first+1] != m.Tokenizer.EOS {
			t.Fatalf("next after an EOS-peaked row: %d", ids[llm.HeaderWords+first+1])
		}
		// The node after: the slot after a generated EOS is EOS again.
		ids[llm.HeaderWords+first+2] = 0
		seq2, _ := tensor.FromInt32(ids, len(ids))
		d2, _ := graph.Describe(gg.Graph, nextNodeAt(gg, first+1))
		other := make([]float32, m.Vocab)
		other[5] = 1
		lt2, _ := tensor.FromFloat32(other, 1, m.Vocab)
		out2, err := d2.Eval([]*tensor.Tensor{seq2, lt2})
		if err != nil {
			t.Fatal(err)
		}
		ids2, _ := out2.Int32s()
		if ids2[llm.HeaderWords+first+2] != m.Tokenizer.EOS {
			t.Fatalf("after a generated EOS: %d", ids2[llm.HeaderWords+first+2])
		}
		full := append(slices.Clone(ids2[llm.HeaderWords:llm.HeaderWords+first+3]), m.Tokenizer.EOS, m.Tokenizer.EOS, m.Tokenizer.EOS)[:6]
		ft, _ := tensor.FromInt32(full, 6)
		gen, stopped, err := gg.Generated(ft, len(prompt))
		if err != nil || !stopped || len(gen) != 1 || gen[0] != m.Tokenizer.EOS {
			t.Fatalf("Generated %v, %v, %v", gen, stopped, err)
		}
		return
	}
	t.Fatal("no next node at the prompt's last position")
}

// greedyGraph returns the generation graph of length L of a synthetic
// model, the prompt "Tom" and its greedy request.
func greedyGraph(t *testing.T, shape string, f tensor.RowFormat, length int) (*GenGraph, []int32, *tensor.Tensor) {
	t.Helper()
	m := openModel(t, synthPath(t, shape, f, "gguf"))
	gg, err := m.GenerationGraph(length)
	if err != nil {
		t.Fatal(err)
	}
	prompt := m.Tokenizer.Encode("Tom")
	req, err := gg.Request(prompt, graphSamplers["greedy"])
	if err != nil {
		t.Fatal(err)
	}
	return gg, prompt, req
}

func nextNodeAt(gg *GenGraph, pos int) int {
	for i, n := range gg.Nodes {
		if n.Kind == NodeNext && n.Pos == pos {
			return i
		}
	}
	return -1
}

// TestGenerationGraphErrors: bad lengths, prompts and requests are one-line
// errors; a malformed request fails the run at its first next node.
func TestGenerationGraphErrors(t *testing.T) {
	m := openModel(t, synthPath(t, "tiny", tensor.RowF32, "gguf"))
	for _, L := range []int{0, 1, m.ContextLen + 1} {
		if _, err := m.GenerationGraph(L); err == nil || strings.Contains(err.Error(), "\n") {
			t.Fatalf("length %d: %v", L, err)
		}
	}
	q4 := openModel(t, synthPath(t, "tiny", tensor.RowQ4_0, "gguf"))
	if _, err := q4.GenerationGraph(4); err == nil || !strings.Contains(err.Error(), "q4_0") {
		t.Fatalf("Q4_0 weights: %v", err)
	}
	gg, err := m.GenerationGraph(4)
	if err != nil {
		t.Fatal(err)
	}
	greedy := graphSamplers["greedy"]
	for name, prompt := range map[string][]int32{"empty": nil, "too long": {1, 2, 3, 4, 5}, "bad token": {1, int32(m.Vocab)}} {
		if _, err := gg.Request(prompt, greedy); err == nil {
			t.Errorf("%s prompt: no error", name)
		}
	}
	if _, err := gg.Request([]int32{1}, Sampler{Temperature: -1, TopP: 1}); !errors.Is(err, llm.ErrRequest) {
		t.Errorf("bad sampler: %v", err)
	}
	words, _ := llm.EncodeRequest([]int32{1, 2}, greedy, 4)
	words[0] = 9 // a prompt longer than the sequence
	bad, _ := tensor.FromInt32(words, len(words))
	if _, err := gg.Run(bad, nil); !errors.Is(err, llm.ErrRequest) {
		t.Errorf("malformed request: %v", err)
	}
	// A zero-padded greedy request (top-p 0 is not read) is valid.
	words, _ = llm.EncodeRequest([]int32{1, 2}, greedy, 4)
	words[3], words[4] = 0, 0
	ok, _ := tensor.FromInt32(words, len(words))
	if _, err := gg.Run(ok, nil); err != nil {
		t.Errorf("greedy request with top-p 0: %v", err)
	}
}
