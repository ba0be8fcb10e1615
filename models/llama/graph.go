package llama

import (
	"fmt"

	"github.com/opml-dev/opml/graph"
	"github.com/opml-dev/opml/tensor"
	"github.com/opml-dev/opml/tensor/llm"
)

// A generation as one graph (docs/llama.md, "A generation as a graph"): the
// forward pass of every position 0..L−2 unrolled, one token per position,
// each node one of package graph's llama ops running the kernels Forward
// runs, followed per position by the step that fills the next token slot.
// The graph does not depend on the prompt: its one input is a request
// (package tensor/llm's layout: the prompt length, the sampler's settings
// and the prompt in L token slots), its one output the L token ids of the
// sequence. So a registered graph of length L serves every prompt of at
// most L tokens, with greedy or seeded sampling.

// GraphNode says which step of a generation a graph node is: a forward
// node (Kind, Layer) at position Pos, NodeNext (the token of slot Pos+1)
// or NodeTokens (the output).
type GraphNode struct {
	Kind  NodeKind
	Layer int // −1 outside the layers
	Pos   int
}

// GenGraph is a model's generation graph of a fixed total length.
type GenGraph struct {
	*graph.Graph
	Model  *Model
	Length int // L: the prompt and generated tokens together
	// Nodes names the step of every graph node, by node index.
	Nodes []GraphNode
	// WeightNames holds the GGUF name of every weight tensor, by tensor id
	// ("" for other tensors).
	WeightNames []string
}

// maxGraphTensors is the most tensors a graph holds (package graph's limit).
const maxGraphTensors = 1 << 20

// GraphTensorsPerPosition returns the tensors one position adds to a
// generation graph of a model with the given layers: 16 nodes per layer and
// embed, norm, logits and next.
func GraphTensorsPerPosition(layers int) int { return 16*layers + 4 }

// GenerationGraph unrolls a generation of total length L (2 ≤ L ≤ the
// context length) into a graph. Its weights are the model's matrices as
// raw-backed tensors (tensor.FromRaw over the mapped file: nothing is
// copied) and the norm gains as F32 vectors; the model's matrices must be
// F32, F16 or Q8_0 in their stored row order (GGUF and llama2.c files).
func (m *Model) GenerationGraph(length int) (*GenGraph, error) {
	c := m.Config
	if length < 2 || length > c.ContextLen {
		return nil, fmt.Errorf("llama: a generation graph of length %d (want 2..%d, the context length)", length, c.ContextLen)
	}
	if n := 1 + 9*c.Layers + 3 + (length-1)*GraphTensorsPerPosition(c.Layers) + 1; n > maxGraphTensors {
		return nil, fmt.Errorf("llama: a generation graph of length %d has %d tensors, more than a graph holds (%d); at most length %d",
			length, n, maxGraphTensors, (maxGraphTensors-13-9*c.Layers)/GraphTensorsPerPosition(c.Layers)+1)
	}
	gg := &GenGraph{Model: m, Length: length}
	b := graph.NewBuilder()
	var names []string
	name := func(id int, n string) int {
		for len(names) <= id {
			names = append(names, "")
		}
		names[id] = n
		return id
	}
	matrices := map[*Matrix]int{}
	matrix := func(mx *Matrix, ggufName string) (int, error) {
		if id, ok := matrices[mx]; ok {
			return id, nil
		}
		t, err := matrixTensor(mx)
		if err != nil {
			return 0, err
		}
		id := name(b.Weight(ggufName, t), ggufName)
		matrices[mx] = id
		return id, nil
	}
	vector := func(v []float32, ggufName string) (int, error) {
		t, err := tensor.FromFloat32(v, len(v))
		if err != nil {
			return 0, err
		}
		return name(b.Weight(ggufName, t), ggufName), nil
	}
	req := b.Input("request", tensor.I32, llm.HeaderWords+length)

	type layerWeights struct{ attnNorm, q, k, v, o, ffnNorm, gate, up, down int }
	lw := make([]layerWeights, c.Layers)
	embed, err := matrix(m.Embed, ggufEmbed)
	if err != nil {
		return nil, err
	}
	for l := range lw {
		blk, w := &m.Blocks[l], &lw[l]
		var errs [9]error
		w.attnNorm, errs[0] = vector(blk.AttnNorm, ggufBlockName(l, "attn_norm"))
		w.q, errs[1] = matrix(blk.Wq, ggufBlockName(l, "attn_q"))
		w.k, errs[2] = matrix(blk.Wk, ggufBlockName(l, "attn_k"))
		w.v, errs[3] = matrix(blk.Wv, ggufBlockName(l, "attn_v"))
		w.o, errs[4] = matrix(blk.Wo, ggufBlockName(l, "attn_output"))
		w.ffnNorm, errs[5] = vector(blk.FFNNorm, ggufBlockName(l, "ffn_norm"))
		w.gate, errs[6] = matrix(blk.Gate, ggufBlockName(l, "ffn_gate"))
		w.up, errs[7] = matrix(blk.Up, ggufBlockName(l, "ffn_up"))
		w.down, errs[8] = matrix(blk.Down, ggufBlockName(l, "ffn_down"))
		for _, err := range errs {
			if err != nil {
				return nil, err
			}
		}
	}
	norm, err := vector(m.Norm, ggufNorm)
	if err != nil {
		return nil, err
	}
	output, err := matrix(m.Output, ggufOutput)
	if err != nil {
		return nil, err
	}

	node := func(kind NodeKind, layer, pos int, op graph.Op, p graph.Params, inputs ...int) int {
		label := fmt.Sprintf("%d.%v", pos, kind)
		if layer >= 0 {
			label = fmt.Sprintf("%d.%d.%v", pos, layer, kind)
		}
		gg.Nodes = append(gg.Nodes, GraphNode{kind, layer, pos})
		return b.Node(label, op, p, inputs...)
	}
	eps := graph.Params{graph.Float(c.NormEps)}
	caches := make([]int, c.Layers)
	seq := req
	for t := 0; t < length-1; t++ {
		x := node(NodeEmbed, -1, t, graph.OpLlamaEmbed, graph.Ints(llm.HeaderWords+t), embed, seq)
		for l, w := range lw {
			at := func(kind NodeKind, op graph.Op, p graph.Params, inputs ...int) int {
				return node(kind, l, t, op, p, inputs...)
			}
			h := at(NodeAttnNorm, graph.OpLlamaRMSNorm, eps, x, w.attnNorm)
			q := at(NodeQ, graph.OpLlamaLinear, nil, w.q, h)
			k := at(NodeK, graph.OpLlamaLinear, nil, w.k, h)
			v := at(NodeV, graph.OpLlamaLinear, nil, w.v, h)
			q = at(NodeRopeQ, graph.OpLlamaRoPE, graph.Params{graph.Int(int32(t)), graph.Int(int32(c.Heads)), graph.Float(c.RopeBase)}, q)
			k = at(NodeRopeK, graph.OpLlamaRoPE, graph.Params{graph.Int(int32(t)), graph.Int(int32(c.KVHeads)), graph.Float(c.RopeBase)}, k)
			kv := []int{k, v}
			if t > 0 {
				kv = append(kv, caches[l])
			}
			caches[l] = at(NodeKVStore, graph.OpLlamaKVStore, nil, kv...)
			a := at(NodeAttn, graph.OpLlamaAttention, graph.Ints(c.Heads, c.KVHeads), q, caches[l])
			o := at(NodeAttnOut, graph.OpLlamaLinear, nil, w.o, a)
			x1 := at(NodeAttnRes, graph.OpAdd, nil, x, o)
			h = at(NodeFFNNorm, graph.OpLlamaRMSNorm, eps, x1, w.ffnNorm)
			gate := at(NodeGate, graph.OpLlamaLinear, nil, w.gate, h)
			up := at(NodeUp, graph.OpLlamaLinear, nil, w.up, h)
			s := at(NodeSwiGLU, graph.OpLlamaSwiGLU, nil, gate, up)
			d := at(NodeDown, graph.OpLlamaLinear, nil, w.down, s)
			x = at(NodeFFNRes, graph.OpAdd, nil, x1, d)
		}
		h := node(NodeNorm, -1, t, graph.OpLlamaRMSNorm, eps, x, norm)
		logits := node(NodeLogits, -1, t, graph.OpLlamaLinear, nil, output, h)
		seq = node(NodeNext, -1, t, graph.OpLlamaNext, graph.Ints(t, int(m.Tokenizer.EOS)), seq, logits)
	}
	out := node(NodeTokens, -1, length-1, graph.OpSlice, graph.Ints(llm.HeaderWords, 1, length), seq)
	g, err := b.Build(out)
	if err != nil {
		return nil, fmt.Errorf("llama: generation graph: %w", err)
	}
	for len(names) < len(g.Tensors) {
		names = append(names, "")
	}
	gg.Graph, gg.WeightNames = g, names
	return gg, nil
}

// matrixTensor returns a weight matrix as a raw-backed graph tensor.
func matrixTensor(mx *Matrix) (*tensor.Tensor, error) {
	if mx.OutPerm != nil {
		return nil, fmt.Errorf("llama: %s: a generation graph needs rows in their stored order (this model's are permuted; use its GGUF)", mx.Name)
	}
	var dt tensor.DType
	switch mx.Format {
	case tensor.RowF32:
		dt = tensor.F32
	case tensor.RowF16:
		dt = tensor.F16
	case tensor.RowQ8_0:
		dt = tensor.Q8
	default:
		return nil, fmt.Errorf("llama: %s: a generation graph holds F32, F16 and Q8_0 weights, not %v", mx.Name, mx.Format)
	}
	t, err := tensor.FromRaw(dt, mx.Data, mx.Rows, mx.Cols)
	if err != nil {
		return nil, fmt.Errorf("llama: %s: %w", mx.Name, err)
	}
	return t, nil
}

// Request returns the graph's input for a generation of prompt (at most L
// tokens) with sampler s.
func (gg *GenGraph) Request(prompt []int32, s Sampler) (*tensor.Tensor, error) {
	for _, id := range prompt {
		if id < 0 || int(id) >= gg.Model.Vocab {
			return nil, fmt.Errorf("llama: token %d outside the %d-token vocabulary", id, gg.Model.Vocab)
		}
	}
	words, err := llm.EncodeRequest(prompt, s, gg.Length)
	if err != nil {
		return nil, err
	}
	return tensor.FromInt32(words, len(words))
}

// Generated returns the generated tokens of an output of the graph (its L
// token ids) for a prompt of promptLen tokens: the tokens after the prompt
// up to and including the first end-of-sequence token, as Generate returns
// them for n = L − promptLen, and whether generation stopped there.
func (gg *GenGraph) Generated(out *tensor.Tensor, promptLen int) ([]int32, bool, error) {
	ids, err := out.Int32s()
	if err != nil || len(ids) != gg.Length {
		return nil, false, fmt.Errorf("llama: an output of %v %v is not %d token ids", out.DType(), out.Shape(), gg.Length)
	}
	if promptLen < 1 || promptLen > gg.Length {
		return nil, false, fmt.Errorf("llama: a prompt of %d tokens in a sequence of %d", promptLen, gg.Length)
	}
	gen := ids[promptLen:]
	for i, id := range gen {
		if id == gg.Model.Tokenizer.EOS {
			return gen[:i+1], true, nil
		}
	}
	return gen, false, nil
}

// Run evaluates the graph natively on a request (graph.RunEach: one token's
// activations and the caches in memory at a time), calling each (if set)
// with every node's index and output, and returns the output.
func (gg *GenGraph) Run(request *tensor.Tensor, each func(i int, out *tensor.Tensor) error) (*tensor.Tensor, error) {
	outs, err := graph.RunEach(gg.Graph, []*tensor.Tensor{request}, each)
	if err != nil {
		return nil, err
	}
	return outs[0], nil
}
