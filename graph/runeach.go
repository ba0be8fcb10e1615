package graph

import (
	"fmt"

	"github.com/opml-dev/opml/tensor"
)

// RunEach evaluates every node of g in order on the inputs (one tensor per
// graph input), as Run does, calling each (if set) with every node's index
// and output as it is produced; an error from each stops the run. Unlike
// Run it keeps a node's output only until the last node that reads it has
// run (graph outputs to the end), so memory holds the live activations, not
// every tensor of the run: a generation unrolled over its tokens runs in
// the memory of one token's activations and its caches. Without each, the
// storage of a dead value goes back to package tensor's pools for the
// values after it (tensor.Recycle). It returns the values of g.Outputs in
// order.
func RunEach(g *Graph, inputs []*tensor.Tensor, each func(i int, out *tensor.Tensor) error) ([]*tensor.Tensor, error) {
	values, err := runNodes(g, inputs, each, true)
	if err != nil {
		return nil, err
	}
	outs := make([]*tensor.Tensor, len(g.Outputs))
	for i, id := range g.Outputs {
		outs[i] = values[id]
	}
	return outs, nil
}

// runNodes evaluates every node of g in order on the inputs and returns the
// value of every tensor by id; with free, a node output is dropped once its
// last reader has run (graph outputs are kept).
func runNodes(g *Graph, inputs []*tensor.Tensor, each func(i int, out *tensor.Tensor) error, free bool) ([]*tensor.Tensor, error) {
	if err := g.Validate(); err != nil {
		return nil, err
	}
	if err := CheckInputs(g, inputs); err != nil {
		return nil, err
	}
	// last[id] is the index of the last node reading tensor id, len(g.Nodes)
	// for graph outputs (kept to the end), −1 for tensors no node reads.
	last := make([]int, len(g.Tensors))
	for id := range last {
		last[id] = -1
	}
	for i, n := range g.Nodes {
		for _, in := range n.Inputs {
			last[in] = i
		}
	}
	for _, id := range g.Outputs {
		last[id] = len(g.Nodes)
	}
	values := make([]*tensor.Tensor, len(g.Tensors))
	for id, ti := range g.Tensors {
		if ti.Kind == Weight {
			values[id] = ti.Value
		}
	}
	for i, id := range g.Inputs {
		values[id] = inputs[i]
	}
	// users counts the live values on each storage (views share one);
	// storage held by a weight or an input is never recycled.
	var users map[uintptr]int
	if free && each == nil {
		users = make(map[uintptr]int)
		for _, v := range values {
			if id := v.StorageID(); id != 0 {
				users[id] = -1 << 30
			}
		}
	}
	drop := func(id int) {
		v := values[id]
		values[id] = nil
		if users == nil {
			return
		}
		if sid := v.StorageID(); sid != 0 {
			if users[sid]--; users[sid] == 0 {
				tensor.Recycle(v)
			}
		}
	}
	args := make([]*tensor.Tensor, 0, MaxInputs)
	chained := 0 // nodes before this one ran in a chain (runchain.go)
	for i, n := range g.Nodes {
		if i < chained {
			// An intermediate node of a chain: its value was never stored;
			// the operands it was the last to read are dead now.
			for _, in := range n.Inputs {
				if last[in] == i && g.Tensors[in].Kind == NodeOutput && values[in] != nil {
					drop(in)
				}
			}
			if last[n.Output] < i && values[n.Output] != nil { // the chain's output, read by nothing
				drop(n.Output)
			}
			continue
		}
		if users != nil {
			if end := chainEnd(g, i, last); end > i+1 {
				if out, err := runChain(g, i, end, values); err == nil {
					chained = end
					values[g.Nodes[end-1].Output] = out
					if sid := out.StorageID(); sid != 0 {
						users[sid]++
					}
					for _, in := range n.Inputs {
						if last[in] == i && g.Tensors[in].Kind == NodeOutput && values[in] != nil {
							drop(in)
						}
					}
					continue
				}
			}
		}
		args = args[:0]
		for _, in := range n.Inputs {
			args = append(args, values[in])
		}
		out, err := EvalNode(g, i, args)
		if err != nil {
			return nil, fmt.Errorf("graph: node %d (%v): %w", i, n.Op, err)
		}
		values[n.Output] = out
		if users != nil {
			if sid := out.StorageID(); sid != 0 {
				users[sid]++
			}
		}
		if each != nil {
			if err := each(i, out); err != nil {
				return nil, err
			}
		}
		if !free {
			continue
		}
		for _, in := range n.Inputs {
			if last[in] == i && g.Tensors[in].Kind == NodeOutput && values[in] != nil {
				drop(in)
			}
		}
		if last[n.Output] < i { // read by no node and no graph output
			drop(n.Output)
		}
	}
	return values, nil
}
