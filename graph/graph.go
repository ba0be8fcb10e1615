// Package graph owns models as computation graphs: their tensors, their
// nodes, the one execution order in which the nodes run, and the
// commitments that bind all of them.
//
// A Graph is a list of tensors, each a constant weight stored in the graph,
// one of the graph's inputs, or the output of exactly one node; a list of
// nodes in execution order; and the ids of its inputs and outputs, in
// order. Every node applies one op of the op table (optable.go) and
// produces one tensor. Every node is evaluated by EvalNode, natively
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
	Input                      // a graph input, supplied at run time
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
// operand regions the VM node executor has (so the most operands a node
// has); MaxTensorBytes the size of one region; MaxGraphIO the most inputs
// and outputs a graph has.
const (
	MaxInputs      = 4
	MaxRank        = tensor.MaxRank
	MaxGraphIO     = 64
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

// Elements returns the number of elements of the spec's shape (1 for a
// scalar).
func (s Spec) Elements() int {
	n := 1
	for _, d := range s.Shape {
		n *= d
	}
	return n
}

// ByteSize returns the length of the canonical encoding of a tensor of
// this spec, or an error if the spec is invalid or larger than
// MaxTensorBytes. A spec of rank 0 is a scalar.
func (s Spec) ByteSize() (int, error) {
	if len(s.Shape) > MaxRank {
		return 0, fmt.Errorf("%w: tensor rank %d exceeds %d", ErrGraph, len(s.Shape), MaxRank)
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
	case tensor.Q8:
		if len(s.Shape) == 0 || s.Shape[len(s.Shape)-1]%tensor.QBlock != 0 {
			return 0, fmt.Errorf("%w: q8 shape %v needs a last axis that is a multiple of %d", ErrGraph, s.Shape, tensor.QBlock)
		}
		size = n / tensor.QBlock * (2 + tensor.QBlock)
	default:
		e := tensor.ElemSize(s.DType)
		if e == 0 {
			return 0, fmt.Errorf("%w: unknown dtype %d", ErrGraph, uint8(s.DType))
		}
		if n > MaxTensorBytes/e {
			return 0, fmt.Errorf("%w: %v needs more than %d bytes", ErrGraph, s, MaxTensorBytes)
		}
		size = e * n
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

// Graph is a model: tensors by id, nodes in execution order, and the ids
// of its input and output tensors in order. Every tensor of kind Input is
// listed once in Inputs; Outputs may name any tensors.
type Graph struct {
	Tensors []TensorInfo
	Nodes   []Node
	Inputs  []int
	Outputs []int
}

// Input returns the id of the graph's first input (the only one of a
// single-input graph), or −1 if it has none.
func (g *Graph) Input() int {
	if len(g.Inputs) == 0 {
		return -1
	}
	return g.Inputs[0]
}

// Output returns the id of the graph's first output (the only one of a
// single-output graph), or −1 if it has none.
func (g *Graph) Output() int {
	if len(g.Outputs) == 0 {
		return -1
	}
	return g.Outputs[0]
}

// InputSpecs returns the specs of the graph's inputs in order.
func (g *Graph) InputSpecs() []Spec {
	out := make([]Spec, len(g.Inputs))
	for i, id := range g.Inputs {
		out[i] = g.Tensors[id].Spec()
	}
	return out
}

// Validate checks that g is well formed: every tensor spec is valid, weights
// carry values of their spec, the input tensors are exactly those listed in
// Inputs (at least one), the outputs are known tensors (at least one, no
// repeats), every node output is produced by exactly one node, and every
// node reads only weights, inputs and outputs of earlier nodes. It does not
// evaluate nodes, so a node whose op rejects its operands is found by
// Describe, Run or EvalNode.
func (g *Graph) Validate() error {
	if g == nil {
		return fmt.Errorf("%w: nil graph", ErrGraph)
	}
	if len(g.Tensors) == 0 || len(g.Tensors) > maxTensors {
		return fmt.Errorf("%w: %d tensors", ErrGraph, len(g.Tensors))
	}
	producer := make([]int, len(g.Tensors)) // node index + 1, 0 if none
	if err := checkIDs(g.Inputs, len(g.Tensors), "input"); err != nil {
		return err
	}
	if err := checkIDs(g.Outputs, len(g.Tensors), "output"); err != nil {
		return err
	}
	listed := make([]bool, len(g.Tensors))
	for _, id := range g.Inputs {
		listed[id] = true
	}
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
			if !listed[id] {
				return fmt.Errorf("%w: tensor %d (%s) is an input the graph does not list", ErrGraph, id, ti.Name)
			}
		case NodeOutput:
		default:
			return fmt.Errorf("%w: tensor %d (%s) has %v", ErrGraph, id, ti.Name, ti.Kind)
		}
		if ti.Kind != Weight && ti.Value != nil {
			return fmt.Errorf("%w: %v tensor %d (%s) carries a value", ErrGraph, ti.Kind, id, ti.Name)
		}
		if listed[id] && ti.Kind != Input {
			return fmt.Errorf("%w: graph input %d (%s) is a %v", ErrGraph, id, ti.Name, ti.Kind)
		}
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
	return nil
}

// checkIDs checks a graph's input or output list: 1..MaxGraphIO known
// tensor ids, no repeats.
func checkIDs(ids []int, n int, what string) error {
	if len(ids) == 0 || len(ids) > MaxGraphIO {
		return fmt.Errorf("%w: %d graph %ss, want 1..%d", ErrGraph, len(ids), what, MaxGraphIO)
	}
	seen := make(map[int]bool, len(ids))
	for _, id := range ids {
		if id < 0 || id >= n || seen[id] {
			return fmt.Errorf("%w: graph %s %d (of %d tensors, or repeated)", ErrGraph, what, id, n)
		}
		seen[id] = true
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

// Run evaluates every node of g in order on the inputs (one tensor per
// graph input, in order) and returns the value of every tensor by id
// (weights, inputs and all node outputs).
func Run(g *Graph, inputs ...*tensor.Tensor) ([]*tensor.Tensor, error) {
	return runNodes(g, inputs, nil, false)
}

// CheckInputs checks that inputs has one tensor of the right spec per graph
// input.
func CheckInputs(g *Graph, inputs []*tensor.Tensor) error {
	if len(inputs) != len(g.Inputs) {
		return fmt.Errorf("%w: %d inputs for a graph of %d", ErrGraph, len(inputs), len(g.Inputs))
	}
	for i, id := range g.Inputs {
		if want := g.Tensors[id].Spec(); inputs[i] == nil || !SpecOf(inputs[i]).Equal(want) {
			return fmt.Errorf("%w: input %d (%s) does not have spec %v", ErrGraph, i, g.Tensors[id].Name, want)
		}
	}
	return nil
}

// Builder assembles a graph node by node. The spec of each node's output
// comes from its op's shape function (OutputSpec), so a node is accepted
// only if its op accepts its operands' specs; nothing is evaluated. The
// first error is kept and returned by Build.
type Builder struct {
	g   Graph
	err error
}

// NewBuilder returns an empty builder.
func NewBuilder() *Builder { return &Builder{} }

func (b *Builder) add(ti TensorInfo) int {
	b.g.Tensors = append(b.g.Tensors, ti)
	return len(b.g.Tensors) - 1
}

func (b *Builder) fail(err error) {
	if b.err == nil {
		b.err = err
	}
}

// Input declares the next graph input and returns its id.
func (b *Builder) Input(name string, dtype tensor.DType, shape ...int) int {
	ti := TensorInfo{Name: name, DType: dtype, Shape: append([]int{}, shape...), Kind: Input}
	if _, err := ti.Spec().ByteSize(); err != nil {
		b.fail(fmt.Errorf("graph: input %q: %w", name, err))
	}
	id := b.add(ti)
	b.g.Inputs = append(b.g.Inputs, id)
	return id
}

// Weight adds a constant tensor and returns its id.
func (b *Builder) Weight(name string, t *tensor.Tensor) int {
	if t == nil {
		b.fail(fmt.Errorf("%w: weight %q is nil", ErrGraph, name))
		return b.add(TensorInfo{Name: name, Kind: Weight})
	}
	return b.add(TensorInfo{Name: name, DType: t.DType(), Shape: t.Shape(), Kind: Weight, Value: t})
}

// Spec returns the spec of tensor id as far as the builder knows it.
func (b *Builder) Spec(id int) (Spec, error) {
	if id < 0 || id >= len(b.g.Tensors) {
		return Spec{}, fmt.Errorf("%w: unknown tensor %d", ErrGraph, id)
	}
	return b.g.Tensors[id].Spec(), nil
}

// Err returns the first error of the builder.
func (b *Builder) Err() error { return b.err }

// Node appends a node applying op to inputs and returns the id of its
// output tensor.
func (b *Builder) Node(name string, op Op, params Params, inputs ...int) int {
	id := b.add(TensorInfo{Name: name, Kind: NodeOutput})
	if b.err != nil {
		return id
	}
	specs := make([]Spec, len(inputs))
	for i, in := range inputs {
		if in < 0 || in >= id || (b.g.Tensors[in].Kind == NodeOutput && b.g.Tensors[in].DType == 0) {
			b.fail(fmt.Errorf("%w: node %q reads unknown tensor %d", ErrGraph, name, in))
			return id
		}
		specs[i] = b.g.Tensors[in].Spec()
	}
	out, err := OutputSpec(op, params, specs)
	if err != nil {
		b.fail(fmt.Errorf("graph: node %q (%v): %w", name, op, err))
		return id
	}
	ti := &b.g.Tensors[id]
	ti.DType, ti.Shape = out.DType, out.Shape
	b.g.Nodes = append(b.g.Nodes, Node{Op: op, Params: append(Params(nil), params...), Inputs: append([]int(nil), inputs...), Output: id})
	return id
}

// Build returns the graph with the given outputs.
func (b *Builder) Build(outputs ...int) (*Graph, error) {
	if b.err != nil {
		return nil, b.err
	}
	g := b.g
	g.Tensors = append([]TensorInfo(nil), g.Tensors...)
	g.Nodes = append([]Node(nil), g.Nodes...)
	g.Inputs = append([]int(nil), g.Inputs...)
	g.Outputs = append([]int(nil), outputs...)
	if err := g.Validate(); err != nil {
		return nil, err
	}
	return &g, nil
}
