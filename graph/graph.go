// Package graph owns models as computation graphs: their tensors, their
// nodes, the one execution order in which the nodes run, and the
// commitments that bind all of them.
//
// A Graph is a list of tensors, each a constant weight stored in the graph,
// the graph's single input, or the output of exactly one node, and a list of
// nodes in execution order. Every node is evaluated by EvalNode, natively
// and inside the opml VM (models/executor runs the same code compiled for
// MIPS), so the bytes of every intermediate tensor are the same wherever
// they are computed.
//
// Commitments use the VM's memory Merkle tree (docs/vm.md): a tensor's
// commitment is the root of its canonical bytes placed at an aligned region
// of VM memory, so a dispute over one node can check the VM's output region
// against the graph's committed state without hashing anything else.
package graph

import (
	"errors"
	"fmt"

	"github.com/opml-dev/opml/tensor"
)

// Kind says where a tensor's value comes from.
type Kind uint8

// The tensor kinds.
const (
	Weight     Kind = iota + 1 // constant data stored in the graph
	Input                      // the graph's input, supplied at run time
	NodeOutput                 // the output of one node
)

func (k Kind) String() string {
	switch k {
	case Weight:
		return "weight"
	case Input:
		return "input"
	case NodeOutput:
		return "node output"
	}
	return fmt.Sprintf("kind(%d)", uint8(k))
}

// Limits of the graphs this package accepts. MaxInputs is the number of
// input regions the VM node executor has; MaxTensorBytes the size of one
// region.
const (
	MaxInputs      = 4
	MaxRank        = 8
	MaxTensorBytes = 1 << 28
	maxParams      = 64
	maxTensors     = 1 << 20
)

// ErrGraph reports a malformed graph, descriptor or node evaluation
// request. Every error of this package wraps it or an error of package
// tensor.
var ErrGraph = errors.New("graph: malformed")

// Spec is the element type and shape of a tensor.
type Spec struct {
	DType tensor.DType
	Shape []int
}

// SpecOf returns the spec of t.
func SpecOf(t *tensor.Tensor) Spec { return Spec{t.DType(), t.Shape()} }

func (s Spec) String() string { return fmt.Sprintf("%v%v", s.DType, s.Shape) }

// Equal reports whether s and o describe the same dtype and shape.
func (s Spec) Equal(o Spec) bool {
	if s.DType != o.DType || len(s.Shape) != len(o.Shape) {
		return false
	}
	for i, d := range s.Shape {
		if o.Shape[i] != d {
			return false
		}
	}
	return true
}

// ByteSize returns the length of the canonical encoding of a tensor of
// this spec, or an error if the spec is invalid or larger than
// MaxTensorBytes.
func (s Spec) ByteSize() (int, error) {
	if len(s.Shape) == 0 || len(s.Shape) > MaxRank {
		return 0, fmt.Errorf("%w: tensor rank %d outside [1, %d]", ErrGraph, len(s.Shape), MaxRank)
	}
	n := 1
	for _, d := range s.Shape {
		if d <= 0 || d > MaxTensorBytes || n > MaxTensorBytes/d {
			return 0, fmt.Errorf("%w: shape %v is empty or too large", ErrGraph, s.Shape)
		}
		n *= d
	}
	var size int
	switch s.DType {
	case tensor.F32, tensor.I32:
		size = 4 * n
	case tensor.F16, tensor.BF16:
		size = 2 * n
	case tensor.I8:
		size = n
	case tensor.Q8:
		if s.Shape[len(s.Shape)-1]%tensor.QBlock != 0 {
			return 0, fmt.Errorf("%w: q8 shape %v needs a last axis that is a multiple of %d", ErrGraph, s.Shape, tensor.QBlock)
		}
		size = n / tensor.QBlock * (2 + tensor.QBlock)
	default:
		return 0, fmt.Errorf("%w: unknown dtype %d", ErrGraph, uint8(s.DType))
	}
	if size > MaxTensorBytes {
		return 0, fmt.Errorf("%w: %v needs %d bytes, more than %d", ErrGraph, s, size, MaxTensorBytes)
	}
	return size, nil
}

// TensorInfo describes one tensor of a graph. Value is set for weights
// only.
type TensorInfo struct {
	Name  string
	DType tensor.DType
	Shape []int
	Kind  Kind
	Value *tensor.Tensor
}

// Spec returns the tensor's dtype and shape.
func (ti *TensorInfo) Spec() Spec { return Spec{ti.DType, ti.Shape} }

// Node applies Op with Params to the tensors Inputs (tensor ids) and
// produces the tensor Output.
type Node struct {
	Op     Op
	Params Params
	Inputs []int
	Output int
}

// Graph is a model: tensors by id, nodes in execution order, the id of the
// input tensor and the id of the output tensor.
type Graph struct {
	Tensors []TensorInfo
	Nodes   []Node
	Input   int
	Output  int
}

// Validate checks that g is well formed: every tensor spec is valid, weights
// carry values of their spec, there is exactly one input tensor, every node
// output is produced by exactly one node, and every node reads only weights,
// the input and outputs of earlier nodes. It does not evaluate nodes, so a
// node whose op rejects its operands is found by Run or EvalNode.
func (g *Graph) Validate() error {
	if g == nil {
		return fmt.Errorf("%w: nil graph", ErrGraph)
	}
	if len(g.Tensors) == 0 || len(g.Tensors) > maxTensors {
		return fmt.Errorf("%w: %d tensors", ErrGraph, len(g.Tensors))
	}
	producer := make([]int, len(g.Tensors)) // node index + 1, 0 if none
	inputs := 0
	for id := range g.Tensors {
		ti := &g.Tensors[id]
		if _, err := ti.Spec().ByteSize(); err != nil {
			return fmt.Errorf("tensor %d (%s): %w", id, ti.Name, err)
		}
		switch ti.Kind {
		case Weight:
			if ti.Value == nil || !SpecOf(ti.Value).Equal(ti.Spec()) {
				return fmt.Errorf("%w: weight %d (%s) has no value of spec %v", ErrGraph, id, ti.Name, ti.Spec())
			}
		case Input:
			inputs++
			if id != g.Input {
				return fmt.Errorf("%w: tensor %d (%s) is an input but the graph input is %d", ErrGraph, id, ti.Name, g.Input)
			}
		case NodeOutput:
		default:
			return fmt.Errorf("%w: tensor %d (%s) has %v", ErrGraph, id, ti.Name, ti.Kind)
		}
		if ti.Kind != Weight && ti.Value != nil {
			return fmt.Errorf("%w: %v tensor %d (%s) carries a value", ErrGraph, ti.Kind, id, ti.Name)
		}
	}
	if inputs != 1 {
		return fmt.Errorf("%w: %d input tensors, want 1", ErrGraph, inputs)
	}
	for i, n := range g.Nodes {
		if len(n.Inputs) == 0 || len(n.Inputs) > MaxInputs {
			return fmt.Errorf("%w: node %d (%v) has %d inputs, want 1..%d", ErrGraph, i, n.Op, len(n.Inputs), MaxInputs)
		}
		if len(n.Params) > maxParams {
			return fmt.Errorf("%w: node %d (%v) has %d params", ErrGraph, i, n.Op, len(n.Params))
		}
		for _, in := range n.Inputs {
			if in < 0 || in >= len(g.Tensors) {
				return fmt.Errorf("%w: node %d (%v) reads tensor %d of %d", ErrGraph, i, n.Op, in, len(g.Tensors))
			}
			if g.Tensors[in].Kind == NodeOutput && producer[in] == 0 {
				return fmt.Errorf("%w: node %d (%v) reads tensor %d before a node produces it", ErrGraph, i, n.Op, in)
			}
		}
		out := n.Output
		if out < 0 || out >= len(g.Tensors) || g.Tensors[out].Kind != NodeOutput {
			return fmt.Errorf("%w: node %d (%v) writes tensor %d, which is not a node output", ErrGraph, i, n.Op, out)
		}
		if producer[out] != 0 {
			return fmt.Errorf("%w: tensor %d is produced by nodes %d and %d", ErrGraph, out, producer[out]-1, i)
		}
		producer[out] = i + 1
	}
	for id, ti := range g.Tensors {
		if ti.Kind == NodeOutput && producer[id] == 0 {
			return fmt.Errorf("%w: no node produces tensor %d (%s)", ErrGraph, id, ti.Name)
		}
	}
	if g.Output < 0 || g.Output >= len(g.Tensors) {
		return fmt.Errorf("%w: graph output %d of %d tensors", ErrGraph, g.Output, len(g.Tensors))
	}
	return nil
}

// EvalNode evaluates node i of g on the values of its input tensors. It is
// the code path every evaluation takes, natively and in the VM: the node is
// described (Describe) and the description evaluated (NodeDesc.Eval), which
// checks the inputs and the output against the graph's specs.
func EvalNode(g *Graph, i int, inputs []*tensor.Tensor) (*tensor.Tensor, error) {
	d, err := Describe(g, i)
	if err != nil {
		return nil, err
	}
	return d.Eval(inputs)
}

// Run evaluates every node of g in order on input and returns the value of
// every tensor by id (weights, the input and all node outputs).
func Run(g *Graph, input *tensor.Tensor) ([]*tensor.Tensor, error) {
	if err := g.Validate(); err != nil {
		return nil, err
	}
	if input == nil || !SpecOf(input).Equal(g.Tensors[g.Input].Spec()) {
		return nil, fmt.Errorf("%w: input does not have spec %v", ErrGraph, g.Tensors[g.Input].Spec())
	}
	values := make([]*tensor.Tensor, len(g.Tensors))
	for id, ti := range g.Tensors {
		if ti.Kind == Weight {
			values[id] = ti.Value
		}
	}
	values[g.Input] = input
	args := make([]*tensor.Tensor, 0, MaxInputs)
	for i, n := range g.Nodes {
		args = args[:0]
		for _, in := range n.Inputs {
			args = append(args, values[in])
		}
		out, err := EvalNode(g, i, args)
		if err != nil {
			return nil, fmt.Errorf("graph: node %d (%v): %w", i, n.Op, err)
		}
		values[n.Output] = out
	}
	return values, nil
}

// Builder assembles a graph node by node. The spec of each node's output is
// found by evaluating the node on the builder's trial values (zeros for the
// input, the real weights), so a node is accepted only if its op accepts its
// operands. The first error is kept and returned by Build.
type Builder struct {
	g     Graph
	trial []*tensor.Tensor
	err   error
}

// NewBuilder returns an empty builder.
func NewBuilder() *Builder { return &Builder{g: Graph{Input: -1}} }

func (b *Builder) add(ti TensorInfo, v *tensor.Tensor) int {
	b.g.Tensors = append(b.g.Tensors, ti)
	b.trial = append(b.trial, v)
	return len(b.g.Tensors) - 1
}

// Input declares the graph's input tensor and returns its id.
func (b *Builder) Input(name string, dtype tensor.DType, shape ...int) int {
	if b.err == nil && b.g.Input >= 0 {
		b.err = fmt.Errorf("%w: second input %q", ErrGraph, name)
	}
	zero, err := tensor.New(dtype, shape...)
	if err != nil && b.err == nil {
		b.err = fmt.Errorf("graph: input %q: %w", name, err)
	}
	b.g.Input = b.add(TensorInfo{Name: name, DType: dtype, Shape: append([]int(nil), shape...), Kind: Input}, zero)
	return b.g.Input
}

// Weight adds a constant tensor and returns its id.
func (b *Builder) Weight(name string, t *tensor.Tensor) int {
	if t == nil {
		if b.err == nil {
			b.err = fmt.Errorf("%w: weight %q is nil", ErrGraph, name)
		}
		return b.add(TensorInfo{Name: name, Kind: Weight}, nil)
	}
	return b.add(TensorInfo{Name: name, DType: t.DType(), Shape: t.Shape(), Kind: Weight, Value: t}, t)
}

// Node appends a node applying op to inputs and returns the id of its
// output tensor.
func (b *Builder) Node(name string, op Op, params Params, inputs ...int) int {
	id := b.add(TensorInfo{Name: name, Kind: NodeOutput}, nil)
	if b.err != nil {
		return id
	}
	args := make([]*tensor.Tensor, len(inputs))
	for i, in := range inputs {
		if in < 0 || in >= id || b.trial[in] == nil {
			b.err = fmt.Errorf("%w: node %q reads unknown tensor %d", ErrGraph, name, in)
			return id
		}
		args[i] = b.trial[in]
	}
	out, err := evalOp(op, params, args)
	if err != nil {
		b.err = fmt.Errorf("graph: node %q (%v): %w", name, op, err)
		return id
	}
	ti := &b.g.Tensors[id]
	ti.DType, ti.Shape = out.DType(), out.Shape()
	b.trial[id] = out
	b.g.Nodes = append(b.g.Nodes, Node{Op: op, Params: append(Params(nil), params...), Inputs: append([]int(nil), inputs...), Output: id})
	return id
}

// Build returns the graph with output as its output tensor.
func (b *Builder) Build(output int) (*Graph, error) {
	if b.err != nil {
		return nil, b.err
	}
	g := b.g
	g.Output = output
	if err := g.Validate(); err != nil {
		return nil, err
	}
	return &g, nil
}
