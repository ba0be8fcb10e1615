package llama

import (
	"fmt"
	"testing"

	"github.com/opml-dev/opml/tensor"
)

// TestNodesReproduceForward records every node's output of two forward
// calls (the second over the first's cache) and recomputes each node alone
// with EvalNode from the recorded outputs its Inputs name: every output
// must be the same bits, so a generation is exactly this composition of
// pure nodes.
func TestNodesReproduceForward(t *testing.T) {
	for _, f := range []tensor.RowFormat{tensor.RowF32, tensor.RowQ8_0} {
		m := openModel(t, synthPath(t, "tiny-gqa", f, "gguf"))
		toks := m.Tokenizer.Encode(testPrompt)
		st := m.NewState(len(toks))
		type key struct {
			kind  NodeKind
			layer int
			pos0  int
		}
		seen := map[key]Value{}
		var order []Node
		obs := func(n Node, out []float32, kv []uint16) {
			seen[key{n.Kind, n.Layer, n.Pos0}] = Value{F32: append([]float32(nil), out...), F16: append([]uint16(nil), kv...)}
			order = append(order, n)
		}
		split := 5
		tokens := map[int][]int32{0: toks[:split], split: toks[split:]}
		if _, err := m.ForwardObserved(st, toks[:split], false, obs); err != nil {
			t.Fatal(err)
		}
		if _, err := m.ForwardObserved(st, toks[split:], false, obs); err != nil {
			t.Fatal(err)
		}
		if want := 2 * (3 + 16*m.Layers); len(order) != want {
			t.Fatalf("%d nodes observed, want %d", len(order), want)
		}
		for _, n := range order {
			var in []Value
			if n.Kind == NodeEmbed {
				in = []Value{{I32: tokens[n.Pos0]}}
			}
			for _, src := range n.Inputs(m.Layers) {
				if src.Kind == NodeKVStore && src.T == 0 {
					prev := Value{F16: []uint16{}}
					if n.Pos0 > 0 {
						prev = seen[key{NodeKVStore, src.Layer, 0}]
					}
					in = append(in, prev)
					continue
				}
				v, ok := seen[key{src.Kind, src.Layer, src.Pos0}]
				if !ok {
					t.Fatalf("%v: input %v was not observed", n, src)
				}
				if n.Kind == NodeNorm { // the last row only (allLogits false)
					v = Value{F32: v.F32[len(v.F32)-m.Dim:]}
				}
				in = append(in, v)
			}
			got, err := m.EvalNode(n, in)
			if err != nil {
				t.Fatalf("%v: %v", n, err)
			}
			want := seen[key{n.Kind, n.Layer, n.Pos0}]
			if fmt.Sprint(got.F16) != fmt.Sprint(want.F16) {
				t.Fatalf("%v %v: the caches differ", f, n)
			}
			if i, ok := sameBits(got.F32, want.F32); !ok {
				t.Fatalf("%v %v: output differs at %d", f, n, i)
			}
		}
	}
}
