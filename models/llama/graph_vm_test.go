package llama

import (
	"bytes"
	"fmt"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/opml-dev/opml/graph"
	"github.com/opml-dev/opml/models/executor/host"
	"github.com/opml-dev/opml/tensor"
	"github.com/opml-dev/opml/tensor/llm"
)

// nodeOperands runs gg natively on req and returns the operands and the
// output bytes of the nodes chosen by pick (by node index).
func nodeOperands(t *testing.T, gg *GenGraph, req *tensor.Tensor, pick func(i int, n GraphNode) bool) (map[int][]*tensor.Tensor, map[int][]byte) {
	t.Helper()
	values := map[int]*tensor.Tensor{gg.Input(): req}
	for id, ti := range gg.Tensors {
		if ti.Kind == graph.Weight {
			values[id] = ti.Value
		}
	}
	args, outs := map[int][]*tensor.Tensor{}, map[int][]byte{}
	_, err := gg.Run(req, func(i int, out *tensor.Tensor) error {
		n := gg.Graph.Nodes[i]
		values[n.Output] = out
		if pick(i, gg.Nodes[i]) {
			for _, in := range n.Inputs {
				args[i] = append(args[i], values[in])
			}
			outs[i] = out.Bytes()
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return args, outs
}

// TestGenerationGraphInVM runs nodes of tiny generation graphs in the opml
// VM through the shipped executor (node mode) and requires the native bytes:
// one node of every kind in F32, F16 and Q8_0 (the first layer, the third
// position, so the caches hold three rows), and every node of one position
// of the Q8_0 model. It logs the VM steps of every node kind.
func TestGenerationGraphInVM(t *testing.T) {
	exe := host.Shipped()
	type job struct {
		label string
		gg    *GenGraph
		i     int
		args  []*tensor.Tensor
		want  []byte
	}
	var jobs []job
	for _, f := range []tensor.RowFormat{tensor.RowF32, tensor.RowF16, tensor.RowQ8_0} {
		gg, _, req := greedyGraph(t, "tiny-gqa", f, 4)
		seen := map[NodeKind]bool{}
		const pos = 2
		args, outs := nodeOperands(t, gg, req, func(i int, n GraphNode) bool {
			if f == tensor.RowQ8_0 && n.Pos == pos && n.Layer <= 0 {
				return true // every node of the position's first layer, embed, norm, logits and next
			}
			if n.Pos != pos || n.Layer > 0 || seen[n.Kind] {
				return false
			}
			seen[n.Kind] = true
			// The float logits (a vocabulary of soft-float dot products,
			// 0.6 G steps) are the q, k, v… path again; next is once.
			return n.Kind != NodeNext && n.Kind != NodeLogits
		})
		if f == tensor.RowQ8_0 { // the output node
			last := len(gg.Graph.Nodes) - 1
			a, o := nodeOperands(t, gg, req, func(i int, n GraphNode) bool { return i == last })
			args[last], outs[last] = a[last], o[last]
		}
		for i := range args {
			n := gg.Nodes[i]
			jobs = append(jobs, job{fmt.Sprintf("%v %v", f, n.Kind), gg, i, args[i], outs[i]})
		}
	}
	// Seeded sampling costs an exp per logit (about 1 G steps for LLaMA's
	// 32,000 tokens): in the VM over a row of 300 logits.
	sg, sargs, swant := sampledNextNode(t, 300)
	jobs = append(jobs, job{"next (seeded, 300 logits)", &GenGraph{Graph: sg}, 0, sargs, swant})
	var mu sync.Mutex
	steps, estimates := map[string]uint64{}, map[string]uint64{}
	t.Run("nodes", func(t *testing.T) {
		for _, j := range jobs {
			t.Run(strings.ReplaceAll(j.label, " ", "_"), func(t *testing.T) {
				t.Parallel()
				e, err := exe.NodeEmulator(j.gg.Graph, j.i, j.args)
				if err != nil {
					t.Fatal(err)
				}
				var stderr bytes.Buffer
				e.Stderr = &stderr
				if err := e.Run(1_000_000_000); err != nil {
					t.Fatal(err)
				}
				spec := j.gg.Tensors[j.gg.Graph.Nodes[j.i].Output].Spec()
				if err := host.CheckOutput(e, spec, graph.Commit(j.want)); err != nil {
					t.Fatalf("%s (node %d): %v (%s)", j.label, j.i, err, stderr.String())
				}
				w, err := graph.Cost(j.gg.Graph, j.i)
				if err != nil {
					t.Fatal(err)
				}
				mu.Lock()
				steps[j.label], estimates[j.label] = e.State.Step, w.Steps()
				mu.Unlock()
			})
		}
	})
	labels := make([]string, 0, len(steps))
	for l := range steps {
		labels = append(labels, l)
	}
	sort.Strings(labels)
	for _, l := range labels {
		t.Logf("%-26s %12d VM steps (op table estimate %d)", l, steps[l], estimates[l])
	}
}

// sampledNextNode returns a one-node graph sampling slot 3 of a length-6
// sequence from vocab logits with graphSamplers["seeded"], its operands and
// its native output.
func sampledNextNode(t *testing.T, vocab int) (*graph.Graph, []*tensor.Tensor, []byte) {
	t.Helper()
	words, err := llm.EncodeRequest([]int32{1, 5, 9}, graphSamplers["seeded"], 6)
	if err != nil {
		t.Fatal(err)
	}
	logits := make([]float32, vocab)
	for i := range logits {
		logits[i] = float32((i*7919)%vocab) / float32(vocab) * 6
	}
	b := graph.NewBuilder()
	seq := b.Input("seq", tensor.I32, len(words))
	lg := b.Input("logits", tensor.F32, 1, vocab)
	out := b.Node("next", graph.OpLlamaNext, graph.Ints(2, 2), seq, lg)
	g, err := b.Build(out)
	if err != nil {
		t.Fatal(err)
	}
	st, _ := tensor.FromInt32(words, len(words))
	lt, _ := tensor.FromFloat32(logits, 1, vocab)
	res, err := graph.EvalNode(g, 0, []*tensor.Tensor{st, lt})
	if err != nil {
		t.Fatal(err)
	}
	ids, _ := res.Int32s()
	s := graphSamplers["seeded"]
	if want := s.Sample(logits, 0); ids[llm.HeaderWords+3] != want {
		t.Fatalf("sampled %d, the sampler says %d", ids[llm.HeaderWords+3], want)
	}
	return g, []*tensor.Tensor{st, lt}, res.Bytes()
}
