package game

import (
	"maps"

	"github.com/opml-dev/opml/graph"
	"github.com/opml-dev/opml/tensor"
)

// An evaluation is one party's native run of a graph (honest or lying) as a game needs it: the commitment of
// every tensor, which the graph level reads at every position, and the values themselves, which only the one
// disputed node's handoff and VM run read. A big graph (a LLaMA generation: hundreds of MB of activations
// beside the weights) keeps only the values live at the start of every segment of `every` nodes (the residual
// stream, the KV caches, the sequence: what later nodes read) and recomputes a segment from its start when one
// of its nodes is asked for; a small one keeps every value.
type evaluation struct {
	g       *graph.Graph
	commits []Hash                 // every tensor's; NoOutput for a node output without value
	outs    map[int]*tensor.Tensor // the graph outputs' values by tensor id (absent: none)
	out     *tensor.Tensor         // the value of g.Output() (nil: none)
	// corrupt, if set, gives a liar's output of node i where the computation gives v (lies).
	corrupt func(i int, v *tensor.Tensor) (*tensor.Tensor, error)
	lies    []bool
	every   int
	last    []int                    // the last node reading each tensor (len(nodes) for the graph output, −1: none)
	starts  []map[int]*tensor.Tensor // by segment: the node outputs and input live at its first node
	all     []*tensor.Tensor         // every value by id when every value is kept (every ≥ the node count)
	envSeg  int                      // the segment env holds (−1: none)
	envNext int                      // the next node of that segment to recompute
	env     map[int]*tensor.Tensor   // the values of a recomputed segment: its start's and its nodes' so far
}

// newEvaluation prepares the evaluation of g on its inputs ins, keeping the live values every `every` nodes (every ≥ the
// node count, or ≤ 0: keeping every value). weights holds the commitments of g's weights by tensor id.
func newEvaluation(g *graph.Graph, ins []*tensor.Tensor, weights []Hash, every int) *evaluation {
	n := len(g.Nodes)
	if every <= 0 || every > n {
		every = n
	}
	ev := &evaluation{g: g, outs: map[int]*tensor.Tensor{}, commits: make([]Hash, len(g.Tensors)), lies: make([]bool, n), every: every,
		last: make([]int, len(g.Tensors)), starts: make([]map[int]*tensor.Tensor, (n+every-1)/every), envSeg: -1}
	for id, ti := range g.Tensors {
		ev.last[id] = -1
		if ti.Kind == graph.Weight {
			ev.commits[id] = weights[id]
		}
	}
	for i, nd := range g.Nodes {
		for _, id := range nd.Inputs {
			ev.last[id] = i
		}
	}
	for _, id := range g.Outputs {
		ev.last[id] = n
	}
	ev.starts[0] = map[int]*tensor.Tensor{}
	for i, id := range g.Inputs {
		ev.commits[id] = graph.CommitTensor(ins[i])
		ev.starts[0][id] = ins[i]
	}
	if every == n {
		ev.all = make([]*tensor.Tensor, len(g.Tensors))
	}
	return ev
}

// keepsAll reports whether every value is kept.
func (ev *evaluation) keepsAll() bool { return ev.all != nil }

// fork returns a copy of ev, not yet run beyond the start of the segment holding node k, that will run with
// the liar's corruption (corrupt, at the nodes in lies): the segments before share ev's kept values.
func (ev *evaluation) fork(k int, corrupt func(int, *tensor.Tensor) (*tensor.Tensor, error)) *evaluation {
	f := *ev
	f.commits = append([]Hash(nil), ev.commits...)
	f.lies = make([]bool, len(ev.lies))
	f.corrupt = corrupt
	f.starts = make([]map[int]*tensor.Tensor, len(ev.starts))
	copy(f.starts, ev.starts[:k/ev.every+1])
	f.envSeg, f.env, f.out, f.outs = -1, nil, nil, map[int]*tensor.Tensor{}
	if ev.keepsAll() {
		f.all = make([]*tensor.Tensor, len(ev.all))
	}
	return &f
}

// run evaluates the nodes from the start of the segment holding node `from` to the end: a node with an operand
// without value, or whose evaluation fails, has none; a node in lies gets corrupt's value.
func (ev *evaluation) run(from int) error {
	seg := from / ev.every
	ev.envSeg, ev.env = -1, nil
	live := maps.Clone(ev.starts[seg])
	if ev.keepsAll() {
		for id, v := range live {
			ev.all[id] = v
		}
	}
	for i := seg * ev.every; i < len(ev.g.Nodes); i++ {
		if i%ev.every == 0 && i > 0 {
			ev.starts[i/ev.every] = maps.Clone(live)
		}
		out, err := ev.node(i, live)
		if err != nil {
			return err
		}
		nd := ev.g.Nodes[i]
		if out == nil {
			ev.commits[nd.Output] = NoOutput
		} else {
			ev.commits[nd.Output] = graph.CommitTensor(out)
		}
		if ev.keepsAll() {
			ev.all[nd.Output] = out
		}
		if ev.last[nd.Output] == len(ev.g.Nodes) { // a graph output
			ev.outs[nd.Output] = out
			if nd.Output == ev.g.Output() {
				ev.out = out
			}
		}
		if ev.last[nd.Output] > i && out != nil {
			live[nd.Output] = out
		}
		for _, id := range nd.Inputs {
			if ev.last[id] == i {
				delete(live, id)
			}
		}
	}
	return nil
}

// node computes node i's output from the values in vals (weights from the graph).
func (ev *evaluation) node(i int, vals map[int]*tensor.Tensor) (*tensor.Tensor, error) {
	nd := ev.g.Nodes[i]
	args := make([]*tensor.Tensor, len(nd.Inputs))
	ok := true
	for j, id := range nd.Inputs {
		args[j] = ev.value(id, vals)
		ok = ok && args[j] != nil
	}
	var out *tensor.Tensor
	if ok {
		if v, err := graph.EvalNode(ev.g, i, args); err == nil {
			out = v
		}
	}
	if ev.corrupt != nil && ev.lies[i] {
		return ev.corrupt(i, out)
	}
	return out, nil
}

// value returns tensor id's value among vals, or the graph's weight.
func (ev *evaluation) value(id int, vals map[int]*tensor.Tensor) *tensor.Tensor {
	if ev.g.Tensors[id].Kind == graph.Weight {
		return ev.g.Tensors[id].Value
	}
	return vals[id]
}

// nodeValues returns node i's operands (nil where one has no value) and its output (nil: none), recomputing its
// segment from the values kept at its start unless every value is kept or the segment was the last recomputed.
func (ev *evaluation) nodeValues(i int) (args []*tensor.Tensor, out *tensor.Tensor, err error) {
	nd := ev.g.Nodes[i]
	args = make([]*tensor.Tensor, len(nd.Inputs))
	if ev.keepsAll() {
		for j, id := range nd.Inputs {
			args[j] = ev.valueKept(id)
		}
		return args, ev.all[nd.Output], nil
	}
	// The segment is recomputed from its start up to node i, or on from where the last request left it.
	if seg := i / ev.every; ev.envSeg != seg {
		ev.envSeg, ev.envNext, ev.env = seg, seg*ev.every, maps.Clone(ev.starts[seg])
	}
	for ; ev.envNext <= i; ev.envNext++ {
		v, err := ev.node(ev.envNext, ev.env)
		if err != nil {
			return nil, nil, err
		}
		if v != nil {
			ev.env[ev.g.Nodes[ev.envNext].Output] = v
		}
	}
	for j, id := range nd.Inputs {
		args[j] = ev.value(id, ev.env)
	}
	return args, ev.env[nd.Output], nil
}

// valueKept returns a value when every value is kept.
func (ev *evaluation) valueKept(id int) *tensor.Tensor {
	if ev.g.Tensors[id].Kind == graph.Weight {
		return ev.g.Tensors[id].Value
	}
	return ev.all[id]
}
