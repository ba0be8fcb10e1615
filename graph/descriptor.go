package graph

import (
	"encoding/binary"
	"fmt"

	"github.com/opml-dev/opml/internal/merkle"
	"github.com/opml-dev/opml/tensor"
)

// Descriptor formats. All integers are little-endian uint32 (like tensor
// data), so a descriptor is a sequence of words:
//
// Node descriptor:
//
//	magic "OPMLNODE" (8 bytes), version (= 1), total length in bytes,
//	op, param count P, P × (kind: 0 int32, 1 float32; bits),
//	input count I, I × tensor, output tensor
//
// where a tensor is: id, dtype, rank R, R × dimension.
//
// Graph descriptor (the structure of a whole graph, without weight data):
//
//	magic "OPMLGRPH", version (= 2), total length in bytes,
//	tensor count T, T × (kind, dtype, rank R, R × dimension),
//	node count N, N × (op, P, P × param, I, I × input id, output id),
//	input count, input ids, output count, output ids
//
// (version 1 had exactly one input id and one output id).
//
// Tensor names are not encoded: they are labels, not part of the model.
const (
	NodeMagic              = "OPMLNODE"
	GraphMagic             = "OPMLGRPH"
	NodeDescriptorVersion  = 1
	GraphDescriptorVersion = 2
	headerSize             = 16 // magic, version, length
)

func versionOf(magic string) uint32 {
	if magic == GraphMagic {
		return GraphDescriptorVersion
	}
	return NodeDescriptorVersion
}

// NodeDesc is everything needed to evaluate one node: the node and the
// specs of its operands and output. It is what the VM executor reads.
type NodeDesc struct {
	Node   Node
	Inputs []Spec
	Output Spec
}

// Describe returns the descriptor of node i of g.
func Describe(g *Graph, i int) (*NodeDesc, error) {
	if g == nil || i < 0 || i >= len(g.Nodes) {
		return nil, fmt.Errorf("%w: no node %d", ErrGraph, i)
	}
	n := g.Nodes[i]
	d := &NodeDesc{Node: n}
	for _, in := range n.Inputs {
		if in < 0 || in >= len(g.Tensors) {
			return nil, fmt.Errorf("%w: node %d reads tensor %d of %d", ErrGraph, i, in, len(g.Tensors))
		}
		d.Inputs = append(d.Inputs, g.Tensors[in].Spec())
	}
	if n.Output < 0 || n.Output >= len(g.Tensors) {
		return nil, fmt.Errorf("%w: node %d writes tensor %d of %d", ErrGraph, i, n.Output, len(g.Tensors))
	}
	d.Output = g.Tensors[n.Output].Spec()
	return d, d.check()
}

// check validates the descriptor: a known op with operands it accepts
// (its shape function) and the output spec the op gives them.
func (d *NodeDesc) check() error {
	if len(d.Inputs) != len(d.Node.Inputs) || len(d.Inputs) == 0 || len(d.Inputs) > MaxInputs {
		return fmt.Errorf("%w: %v node with %d inputs (%d specs)", ErrGraph, d.Node.Op, len(d.Node.Inputs), len(d.Inputs))
	}
	for _, s := range d.Inputs {
		if _, err := s.ByteSize(); err != nil {
			return err
		}
	}
	want, err := OutputSpec(d.Node.Op, d.Node.Params, d.Inputs)
	if err != nil {
		return err
	}
	if !want.Equal(d.Output) {
		return fmt.Errorf("%w: %v gives %v, the node says %v", ErrGraph, d.Node.Op, want, d.Output)
	}
	return nil
}

// Eval evaluates the described node: it checks that every operand has its
// spec, applies the op and checks the result against the output spec.
func (d *NodeDesc) Eval(inputs []*tensor.Tensor) (*tensor.Tensor, error) {
	if err := d.check(); err != nil {
		return nil, err
	}
	if len(inputs) != len(d.Inputs) {
		return nil, fmt.Errorf("%w: %v node got %d operands, want %d", ErrGraph, d.Node.Op, len(inputs), len(d.Inputs))
	}
	for i, t := range inputs {
		if t == nil || !SpecOf(t).Equal(d.Inputs[i]) {
			return nil, fmt.Errorf("%w: %v operand %d is not %v", ErrGraph, d.Node.Op, i, d.Inputs[i])
		}
	}
	out, err := EvalOp(d.Node.Op, d.Node.Params, inputs)
	if err != nil {
		return nil, err
	}
	if got := SpecOf(out); !got.Equal(d.Output) {
		return nil, fmt.Errorf("%w: %v produced %v, the graph says %v", ErrGraph, d.Node.Op, got, d.Output)
	}
	return out, nil
}

// encoder appends little-endian words.
type encoder struct{ b []byte }

func (e *encoder) u32(v uint32) { e.b = binary.LittleEndian.AppendUint32(e.b, v) }

func (e *encoder) header(magic string) {
	e.b = append(e.b, magic...)
	e.u32(versionOf(magic))
	e.u32(0) // length, filled in by finish
}

func (e *encoder) finish() []byte {
	binary.LittleEndian.PutUint32(e.b[12:], uint32(len(e.b)))
	return e.b
}

func (e *encoder) spec(s Spec) {
	e.u32(uint32(s.DType))
	e.u32(uint32(len(s.Shape)))
	for _, d := range s.Shape {
		e.u32(uint32(d))
	}
}

func (e *encoder) params(p Params) {
	e.u32(uint32(len(p)))
	for _, q := range p {
		kind := uint32(0)
		if q.Float {
			kind = 1
		}
		e.u32(kind)
		e.u32(q.Bits)
	}
}

// Encode returns the canonical binary node descriptor.
func (d *NodeDesc) Encode() []byte {
	var e encoder
	e.header(NodeMagic)
	e.u32(uint32(d.Node.Op))
	e.params(d.Node.Params)
	e.u32(uint32(len(d.Inputs)))
	for i, s := range d.Inputs {
		e.u32(uint32(d.Node.Inputs[i]))
		e.spec(s)
	}
	e.u32(uint32(d.Node.Output))
	e.spec(d.Output)
	return e.finish()
}

// decoder reads little-endian words, remembering the first error.
type decoder struct {
	b   []byte
	err error
}

func (r *decoder) u32() uint32 {
	if r.err != nil {
		return 0
	}
	if len(r.b) < 4 {
		r.err = fmt.Errorf("%w: descriptor truncated", ErrGraph)
		return 0
	}
	v := binary.LittleEndian.Uint32(r.b)
	r.b = r.b[4:]
	return v
}

// count reads a length that must not exceed max.
func (r *decoder) count(max int, what string) int {
	v := r.u32()
	if r.err == nil && v > uint32(max) {
		r.err = fmt.Errorf("%w: %d %s (at most %d)", ErrGraph, v, what, max)
		return 0
	}
	return int(v)
}

// id reads a tensor id, which must be below n.
func (r *decoder) id(n int) int {
	v := r.u32()
	if r.err == nil && v >= uint32(n) {
		r.err = fmt.Errorf("%w: tensor id %d of %d", ErrGraph, v, n)
		return 0
	}
	return int(v)
}

func (r *decoder) spec() Spec {
	var s Spec
	s.DType = tensor.DType(r.count(255, "dtype"))
	rank := r.count(MaxRank, "dimensions")
	for i := 0; i < rank && r.err == nil; i++ {
		s.Shape = append(s.Shape, r.count(MaxTensorBytes, "elements along an axis"))
	}
	if r.err == nil {
		_, r.err = s.ByteSize()
	}
	return s
}

func (r *decoder) params() Params {
	n := r.count(maxParams, "params")
	p := make(Params, 0, n)
	for i := 0; i < n && r.err == nil; i++ {
		kind := r.count(1, "param kind")
		p = append(p, Param{Float: kind == 1, Bits: r.u32()})
	}
	return p
}

// open checks the header of a descriptor and returns a decoder over its
// body (the length field bounds it; trailing bytes after it are ignored, so
// a descriptor can be read from a zero-padded memory region).
func open(b []byte, magic string) (*decoder, error) {
	if len(b) < headerSize || string(b[:8]) != magic {
		return nil, fmt.Errorf("%w: not a %s descriptor", ErrGraph, magic)
	}
	if v := binary.LittleEndian.Uint32(b[8:]); v != versionOf(magic) {
		return nil, fmt.Errorf("%w: %s descriptor version %d, want %d", ErrGraph, magic, v, versionOf(magic))
	}
	n := binary.LittleEndian.Uint32(b[12:])
	if n < headerSize || uint64(n) > uint64(len(b)) {
		return nil, fmt.Errorf("%w: descriptor length %d with %d bytes available", ErrGraph, n, len(b))
	}
	return &decoder{b: b[headerSize:n]}, nil
}

// DescriptorLength returns the total length recorded in the header of a
// node or graph descriptor, so a reader can find its end in a larger
// buffer.
func DescriptorLength(header []byte) (int, error) {
	if len(header) < headerSize || (string(header[:8]) != NodeMagic && string(header[:8]) != GraphMagic) {
		return 0, fmt.Errorf("%w: no descriptor header", ErrGraph)
	}
	return int(binary.LittleEndian.Uint32(header[12:])), nil
}

func (r *decoder) end() error {
	if r.err == nil && len(r.b) != 0 {
		r.err = fmt.Errorf("%w: %d bytes after the descriptor's fields", ErrGraph, len(r.b))
	}
	return r.err
}

// DecodeNodeDesc parses a node descriptor written by Encode.
func DecodeNodeDesc(b []byte) (*NodeDesc, error) {
	r, err := open(b, NodeMagic)
	if err != nil {
		return nil, err
	}
	d := &NodeDesc{}
	d.Node.Op = Op(r.u32())
	d.Node.Params = r.params()
	n := r.count(MaxInputs, "inputs")
	for i := 0; i < n && r.err == nil; i++ {
		d.Node.Inputs = append(d.Node.Inputs, r.id(maxTensors))
		d.Inputs = append(d.Inputs, r.spec())
	}
	d.Node.Output = r.id(maxTensors)
	d.Output = r.spec()
	if err := r.end(); err != nil {
		return nil, err
	}
	return d, d.check()
}

// DescriptorCommitment returns Commit of the node descriptor: the region
// root the descriptor has in VM memory at DescriptorAddr.
func (d *NodeDesc) DescriptorCommitment() [32]byte { return Commit(d.Encode()) }

// Commitment returns the graph descriptor commitment: the Merkle root over
// the descriptor commitments of its nodes in execution order, padded with
// zero leaves to a power of two. With the graph state after 0 nodes (which
// commits to the weights) it fixes the whole model.
func (g *Graph) Commitment() ([32]byte, error) {
	leaves := make([][32]byte, len(g.Nodes))
	for i := range g.Nodes {
		d, err := Describe(g, i)
		if err != nil {
			return [32]byte{}, err
		}
		leaves[i] = d.DescriptorCommitment()
	}
	return MerkleRoot(leaves, merkle.TreeHeight(len(leaves))), nil
}

// EncodeGraph returns the graph descriptor of g (its structure, without
// weight data), which the VM executor reads in whole-graph mode.
func EncodeGraph(g *Graph) ([]byte, error) {
	if err := g.Validate(); err != nil {
		return nil, err
	}
	var e encoder
	e.header(GraphMagic)
	e.u32(uint32(len(g.Tensors)))
	for _, ti := range g.Tensors {
		e.u32(uint32(ti.Kind))
		e.spec(ti.Spec())
	}
	e.u32(uint32(len(g.Nodes)))
	for _, n := range g.Nodes {
		e.u32(uint32(n.Op))
		e.params(n.Params)
		e.u32(uint32(len(n.Inputs)))
		for _, in := range n.Inputs {
			e.u32(uint32(in))
		}
		e.u32(uint32(n.Output))
	}
	for _, ids := range [][]int{g.Inputs, g.Outputs} {
		e.u32(uint32(len(ids)))
		for _, id := range ids {
			e.u32(uint32(id))
		}
	}
	return e.finish(), nil
}

// DecodeGraph parses a graph descriptor. Weight tensors come back without
// values; the caller supplies them (see WeightLayout) before validating or
// running the graph.
func DecodeGraph(b []byte) (*Graph, error) {
	r, err := open(b, GraphMagic)
	if err != nil {
		return nil, err
	}
	g := &Graph{}
	nt := r.count(maxTensors, "tensors")
	for i := 0; i < nt && r.err == nil; i++ {
		kind := Kind(r.count(int(NodeOutput), "tensor kind"))
		s := r.spec()
		g.Tensors = append(g.Tensors, TensorInfo{Name: fmt.Sprintf("t%d", i), DType: s.DType, Shape: s.Shape, Kind: kind})
	}
	nn := r.count(maxTensors, "nodes")
	for i := 0; i < nn && r.err == nil; i++ {
		var n Node
		n.Op = Op(r.u32())
		n.Params = r.params()
		ni := r.count(MaxInputs, "inputs")
		for j := 0; j < ni && r.err == nil; j++ {
			n.Inputs = append(n.Inputs, r.id(nt))
		}
		n.Output = r.id(nt)
		g.Nodes = append(g.Nodes, n)
	}
	for _, ids := range []*[]int{&g.Inputs, &g.Outputs} {
		n := r.count(MaxGraphIO, "graph inputs or outputs")
		for j := 0; j < n && r.err == nil; j++ {
			*ids = append(*ids, r.id(nt))
		}
	}
	if err := r.end(); err != nil {
		return nil, err
	}
	return g, nil
}
