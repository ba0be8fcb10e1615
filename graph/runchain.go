package graph

import (
	"github.com/opml-dev/opml/tensor"
)

// Elementwise chains. A run of F32 elementwise nodes (ops with an elem
// form), each reading the node before's output, which no other node reads,
// runs as one tensor.RunChain: block by block, the intermediate values
// never stored. Every node's operations and roundings are its own, so the
// chain's output has the bits of running the nodes one by one; RunEach
// takes this path only when nothing observes the intermediate values
// (no callback).

// chainEnd returns the end of the longest chain of such nodes starting at
// node i (i+1 when node i starts none); last[id] is the last node reading
// tensor id.
func chainEnd(g *Graph, i int, last []int) int {
	end := i
	for k := i; k < len(g.Nodes); k++ {
		n := &g.Nodes[k]
		if !elemNode(g, n) {
			break
		}
		if k > i {
			prev := g.Nodes[k-1].Output
			if last[prev] != k || !readsTensor(n, prev) || g.Tensors[prev].Spec().Elements() != g.Tensors[n.Output].Spec().Elements() {
				break
			}
		}
		end = k + 1
	}
	return max(end, i+1)
}

// elemNode reports whether node n applies an op with an elem form to F32
// operands that each have its output's element count or one element (a
// unary op's operand the former).
func elemNode(g *Graph, n *Node) bool {
	def := n.Op.def()
	out := g.Tensors[n.Output].Spec()
	if def == nil || def.elem == nil || out.DType != tensor.F32 {
		return false
	}
	for _, in := range n.Inputs {
		s := g.Tensors[in].Spec()
		if s.DType != tensor.F32 || (s.Elements() != out.Elements() && (s.Elements() != 1 || len(n.Inputs) == 1)) {
			return false
		}
	}
	return true
}

func readsTensor(n *Node, id int) bool {
	for _, in := range n.Inputs {
		if in == id {
			return true
		}
	}
	return false
}

// runChain evaluates nodes [i, end) of g as one chain on values, returning
// the last node's output.
func runChain(g *Graph, i, end int, values []*tensor.Tensor) (*tensor.Tensor, error) {
	steps := make([]tensor.ChainStep, 0, end-i)
	for k := i; k < end; k++ {
		n := &g.Nodes[k]
		op, ok := n.Op.def().elem(n.Params)
		if !ok {
			return nil, ErrGraph
		}
		args := make([]*tensor.Tensor, len(n.Inputs))
		for j, in := range n.Inputs {
			if k == i || in != g.Nodes[k-1].Output {
				args[j] = values[in]
			}
		}
		steps = append(steps, tensor.ChainStep{Op: op, Args: args})
	}
	return tensor.RunChain(g.Tensors[g.Nodes[end-1].Output].Shape, steps)
}
