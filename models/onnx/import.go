// Package onnx imports ONNX models into opml graphs. It decodes the
// protocol buffer wire format itself (varints, length-delimited fields,
// fixed32 and fixed64 values) for the part of ModelProto, GraphProto,
// NodeProto, TensorProto, ValueInfoProto and AttributeProto a graph needs,
// and maps ONNX ops to graph ops:
//
//	MatMul             matmul (a constant right operand is transposed at import)
//	Gemm               linear with a bias (sums start from the bias), matmul without
//	Add, Mul           add, mul (add_i32 for int32; a scalar constant factor is scale)
//	Sub                add of the negated operand (exact: x − y = x + (−y))
//	Div                scale by 1/c for a constant power of two c (exact); no other divisor
//	Relu, Softmax      relu, softmax (last axis)
//	Gelu               gelu, only with approximate="tanh" (opml's gelu)
//	Reshape, Flatten   reshape (constant shapes), folded into constants
//	Transpose          permute, folded into constants
//	Concat             concat (up to 4 operands)
//	Conv               conv2d (NCHW, equal strides and pads, no groups or dilation)
//	MaxPool            max_pool2d; AveragePool, GlobalAveragePool: avg_pool2d
//	ArgMax             argmax over the last axis (int32 indices, not int64)
//	Identity, Dropout  no node (inference)
//	Constant           a constant
//
// Initializers (raw_data or the typed data fields; FLOAT, FLOAT16,
// BFLOAT16, INT8, INT32, and INT64 for shapes) become weights when a node
// first uses them, so unused initializers cost nothing; the graph's
// tensors are the input, the weights in order of first use, then the
// node outputs (the order of mnist.MLP.Graph). Anything else is an error wrapping
// ErrUnsupported that names the op, attribute or dtype; a malformed file
// is an error wrapping ErrFormat. Neither ever panics.
package onnx

import (
	"fmt"
	"math"
	"os"
	"slices"
	"strings"

	"github.com/opml-dev/opml/graph"
	"github.com/opml-dev/opml/tensor"
)

// MaxInputElements bounds the input of an imported graph. The graph
// builder evaluates every node once on a zero input to learn its output
// shape, so the input size bounds the work and memory of an import.
const MaxInputElements = 1 << 24

// Options adjust an import.
type Options struct {
	// Dims gives the size of symbolic input dimensions (dim_param), such
	// as a batch size.
	Dims map[string]int
}

// Import decodes an ONNX model and converts it to a graph.
func Import(b []byte, opts Options) (*graph.Graph, error) {
	m, err := Decode(b)
	if err != nil {
		return nil, err
	}
	return Convert(m, opts)
}

// ReadFile imports the ONNX model in the file name.
func ReadFile(name string, opts Options) (*graph.Graph, error) {
	b, err := os.ReadFile(name)
	if err != nil {
		return nil, fmt.Errorf("onnx: %w", err)
	}
	g, err := Import(b, opts)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return g, nil
}

// constant is an initializer or the result of constant folding.
type constant struct {
	proto *Tensor        // as stored; decoded on first use
	t     *tensor.Tensor // the value as a tensor, once decoded
	ints  []int64        // the value as integers (INT64, INT32 or value_ints)
	dims  []int64        // ONNX dims (empty for a scalar)
}

type importer struct {
	b      *graph.Builder
	opset  int64
	values map[string]int       // runtime values → tensor ids
	consts map[string]*constant // constants by name
	added  map[string]int       // constants already added as weights
	specs  []graph.Spec         // specs by tensor id, as far as known
	node   *Node
}

// Convert maps a decoded model to a graph.
func Convert(m *Model, opts Options) (*graph.Graph, error) {
	im := &importer{
		b:      graph.NewBuilder(),
		values: map[string]int{},
		consts: map[string]*constant{},
		added:  map[string]int{},
	}
	im.opset = m.Opsets[""]
	if v, ok := m.Opsets["ai.onnx"]; ok {
		im.opset = v
	}
	g := &m.Graph
	if err := checkNames(g); err != nil {
		return nil, err
	}
	for i := range g.Initializers {
		ts := &g.Initializers[i]
		if ts.Name == "" {
			return nil, fmt.Errorf("%w: initializer %d has no name", ErrFormat, i)
		}
		im.consts[ts.Name] = &constant{proto: ts, dims: ts.Dims}
	}
	var inputs []*ValueInfo
	for i := range g.Inputs {
		if _, ok := im.consts[g.Inputs[i].Name]; !ok {
			inputs = append(inputs, &g.Inputs[i])
		}
	}
	if len(inputs) != 1 {
		return nil, fmt.Errorf("%w: the graph has %d inputs besides its initializers; opml graphs have one", ErrUnsupported, len(inputs))
	}
	if err := im.input(inputs[0], opts); err != nil {
		return nil, err
	}
	for i := range g.Nodes {
		im.node = &g.Nodes[i]
		if err := im.convertNode(); err != nil {
			return nil, fmt.Errorf("node %d (%s %q): %w", i, im.node.OpType, im.node.Name, err)
		}
	}
	if len(g.Outputs) != 1 {
		return nil, fmt.Errorf("%w: the graph has %d outputs; opml graphs have one", ErrUnsupported, len(g.Outputs))
	}
	out, ok := im.values[g.Outputs[0].Name]
	if !ok {
		if _, c := im.consts[g.Outputs[0].Name]; c {
			return nil, fmt.Errorf("%w: the graph output %q is a constant", ErrUnsupported, g.Outputs[0].Name)
		}
		return nil, fmt.Errorf("%w: no node produces the graph output %q", ErrFormat, g.Outputs[0].Name)
	}
	gr, err := im.b.Build(out)
	if err != nil {
		return nil, fmt.Errorf("onnx: %w", err)
	}
	return reorder(gr)
}

// reorder renumbers the tensors of g as the input, then the weights (in
// order of first use), then the node outputs in node order: the order of
// mnist.MLP.Graph, so a model has the same ids, and so the same
// commitments, whether it is imported or built natively.
func reorder(g *graph.Graph) (*graph.Graph, error) {
	newID := make([]int, len(g.Tensors))
	out := &graph.Graph{Tensors: make([]graph.TensorInfo, 0, len(g.Tensors))}
	place := func(id int) {
		newID[id] = len(out.Tensors)
		out.Tensors = append(out.Tensors, g.Tensors[id])
	}
	place(g.Input())
	for id := range g.Tensors {
		if g.Tensors[id].Kind == graph.Weight {
			place(id)
		}
	}
	for _, n := range g.Nodes {
		place(n.Output)
	}
	if len(out.Tensors) != len(g.Tensors) {
		return nil, fmt.Errorf("%w: %d of %d tensors are the input, weights or node outputs", ErrFormat, len(out.Tensors), len(g.Tensors))
	}
	for _, n := range g.Nodes {
		m := graph.Node{Op: n.Op, Params: n.Params, Output: newID[n.Output]}
		for _, in := range n.Inputs {
			m.Inputs = append(m.Inputs, newID[in])
		}
		out.Nodes = append(out.Nodes, m)
	}
	out.Inputs, out.Outputs = []int{newID[g.Input()]}, []int{newID[g.Output()]}
	if err := out.Validate(); err != nil {
		return nil, fmt.Errorf("onnx: %w", err)
	}
	return out, nil
}

// checkNames rejects value names with NUL bytes, which the importer
// reserves for its own derived values.
func checkNames(g *Graph) error {
	var names []string
	for _, t := range g.Initializers {
		names = append(names, t.Name)
	}
	for _, v := range append(append([]ValueInfo{}, g.Inputs...), g.Outputs...) {
		names = append(names, v.Name)
	}
	for _, n := range g.Nodes {
		names = append(append(names, n.Inputs...), n.Outputs...)
	}
	for _, name := range names {
		if strings.Contains(name, "\x00") {
			return fmt.Errorf("%w: value name %q has a NUL byte", ErrFormat, name)
		}
	}
	return nil
}

func (im *importer) input(v *ValueInfo, opts Options) error {
	var dt tensor.DType
	switch v.ElemType {
	case typeFloat:
		dt = tensor.F32
	case typeFloat16:
		dt = tensor.F16
	case typeBFloat16:
		dt = tensor.BF16
	case typeInt8:
		dt = tensor.I8
	case typeInt32:
		dt = tensor.I32
	default:
		return fmt.Errorf("%w: input %q has element type %s", ErrUnsupported, v.Name, typeName(v.ElemType))
	}
	if !v.HasShape {
		return fmt.Errorf("%w: input %q has no shape", ErrUnsupported, v.Name)
	}
	var shape []int
	for i, d := range v.Dims {
		switch {
		case d.Param != "":
			n, ok := opts.Dims[d.Param]
			if !ok || n <= 0 {
				return fmt.Errorf("%w: input %q has the symbolic dimension %q; give its size (--dim %s=N)", ErrUnsupported, v.Name, d.Param, d.Param)
			}
			shape = append(shape, min(n, MaxInputElements+1))
		case d.Value > 0 && d.Value <= math.MaxInt32:
			shape = append(shape, int(min(d.Value, MaxInputElements+1)))
		default:
			return fmt.Errorf("%w: input %q has dimension %d of size %d", ErrUnsupported, v.Name, i, d.Value)
		}
	}
	if len(shape) == 0 {
		shape = []int{1}
	}
	if !fits(shape, MaxInputElements) {
		return fmt.Errorf("%w: input %q of shape %v is larger than %d elements", ErrUnsupported, v.Name, declared(v, opts), MaxInputElements)
	}
	im.values[v.Name] = im.b.Input(v.Name, dt, shape...)
	_, err := im.spec(im.values[v.Name])
	return err
}

// declared returns the dimensions of input v as written (symbolic ones
// resolved by opts), for errors.
func declared(v *ValueInfo, opts Options) []int64 {
	var out []int64
	for _, d := range v.Dims {
		if d.Param != "" {
			out = append(out, int64(opts.Dims[d.Param]))
		} else {
			out = append(out, d.Value)
		}
	}
	return out
}

// spec returns the dtype and shape of tensor id, building the graph so
// far to learn them (the builder infers every node's output spec).
func (im *importer) spec(id int) (graph.Spec, error) {
	if id < len(im.specs) {
		return im.specs[id], nil
	}
	g, err := im.b.Build(id)
	if err != nil {
		return graph.Spec{}, err
	}
	im.specs = im.specs[:0]
	for i := range g.Tensors {
		im.specs = append(im.specs, g.Tensors[i].Spec())
	}
	if id >= len(im.specs) {
		return graph.Spec{}, fmt.Errorf("%w: unknown tensor %d", ErrFormat, id)
	}
	return im.specs[id], nil
}

// label is the tensor name for an internal name: its NUL separator
// dropped.
func label(name string) string { return strings.ReplaceAll(name, "\x00", "") }

// emit appends a node and returns its output id after checking that the
// builder accepted it.
func (im *importer) emit(name string, op graph.Op, p graph.Params, inputs ...int) (int, error) {
	id := im.b.Node(label(name), op, p, inputs...)
	if _, err := im.spec(id); err != nil {
		return 0, err
	}
	return id, nil
}

// --- attributes ---

func (im *importer) attr(name string) *Attribute {
	for i := range im.node.Attrs {
		if im.node.Attrs[i].Name == name {
			return &im.node.Attrs[i]
		}
	}
	return nil
}

func (im *importer) attrInt(name string, def int64) int64 {
	if a := im.attr(name); a != nil {
		return a.I
	}
	return def
}

func (im *importer) attrFloat(name string, def float32) float32 {
	if a := im.attr(name); a != nil {
		return a.F
	}
	return def
}

func (im *importer) attrString(name, def string) string {
	if a := im.attr(name); a != nil {
		return string(a.S)
	}
	return def
}

func (im *importer) attrInts(name string) ([]int64, bool) {
	if a := im.attr(name); a != nil {
		return a.Ints, true
	}
	return nil, false
}

// --- values ---

// in returns the name of input i, "" if absent.
func (im *importer) in(i int) string {
	if i < len(im.node.Inputs) {
		return im.node.Inputs[i]
	}
	return ""
}

func (im *importer) out() string { return im.node.Outputs[0] }

func (im *importer) isConst(name string) bool {
	_, ok := im.consts[name]
	return ok
}

// constTensor returns the value of constant name as a tensor.
func (im *importer) constTensor(name string) (*tensor.Tensor, error) {
	c, ok := im.consts[name]
	if !ok {
		return nil, fmt.Errorf("%w: %q is not a constant", ErrUnsupported, name)
	}
	if c.t == nil {
		if c.proto == nil {
			return nil, fmt.Errorf("%w: integer constant %q used as a tensor", ErrUnsupported, name)
		}
		t, err := tensorOf(c.proto)
		if err != nil {
			return nil, err
		}
		c.t = t
	}
	return c.t, nil
}

// constInts returns the value of an integer constant (INT64 or INT32).
func (im *importer) constInts(name string) ([]int64, error) {
	c, ok := im.consts[name]
	if !ok {
		return nil, fmt.Errorf("%w: %q must be a constant (computed shapes and axes are not supported)", ErrUnsupported, name)
	}
	if c.ints == nil {
		if c.proto == nil {
			return nil, fmt.Errorf("%w: %q is not an integer constant", ErrUnsupported, name)
		}
		v, err := intsOf(c.proto)
		if err != nil {
			return nil, err
		}
		c.ints = v
	}
	return c.ints, nil
}

// setConst records a folded constant as the node's output.
func (im *importer) setConst(t *tensor.Tensor, dims []int64) {
	im.consts[im.out()] = &constant{t: t, dims: dims}
}

// operand returns the tensor id of value name, adding a constant as a
// weight on first use.
func (im *importer) operand(name string) (int, error) {
	if id, ok := im.values[name]; ok {
		return id, nil
	}
	if id, ok := im.added[name]; ok {
		return id, nil
	}
	if im.isConst(name) {
		t, err := im.constTensor(name)
		if err != nil {
			return 0, err
		}
		return im.weight(name, t)
	}
	if name == "" {
		return 0, fmt.Errorf("%w: a required input is missing", ErrFormat)
	}
	return 0, fmt.Errorf("%w: reads %q, which no earlier node, input or initializer provides", ErrFormat, name)
}

// weight adds t as a weight (once per key). A key is a constant's name,
// or for a transformed constant its name, a NUL byte and the
// transformation: ONNX names with NUL bytes are rejected, so internal
// names never collide with the model's.
func (im *importer) weight(key string, t *tensor.Tensor) (int, error) {
	if id, ok := im.added[key]; ok {
		return id, nil
	}
	id := im.b.Weight(label(key), t)
	if _, err := im.spec(id); err != nil {
		return 0, err
	}
	im.added[key] = id
	return id, nil
}

// shape returns the ONNX shape of value name (constant or runtime). A
// runtime scalar has shape [1] in opml.
func (im *importer) shape(name string) ([]int, error) {
	if c, ok := im.consts[name]; ok {
		if c.t != nil {
			if len(c.dims) == 0 {
				return nil, nil
			}
			return c.t.Shape(), nil
		}
		out := make([]int, len(c.dims))
		for i, d := range c.dims {
			out[i] = int(d)
		}
		return out, nil
	}
	id, err := im.operand(name)
	if err != nil {
		return nil, err
	}
	s, err := im.spec(id)
	return s.Shape, err
}

// alias makes the node's output another name for value from.
func (im *importer) alias(from string) error {
	if c, ok := im.consts[from]; ok {
		im.consts[im.out()] = c
		return nil
	}
	id, err := im.operand(from)
	if err != nil {
		return err
	}
	im.values[im.out()] = id
	return nil
}

func unsupported(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrUnsupported, fmt.Sprintf(format, args...))
}

// axis normalizes a possibly negative axis of a rank-r tensor.
func axis(a int64, r int) (int, error) {
	if a < 0 {
		a += int64(r)
	}
	if a < 0 || a >= int64(r) {
		return 0, fmt.Errorf("%w: axis %d of a rank-%d tensor", ErrFormat, a, r)
	}
	return int(a), nil
}

// --- ops ---

func (im *importer) convertNode() error {
	n := im.node
	if n.Domain != "" && n.Domain != "ai.onnx" {
		return unsupported("op %s of domain %q", n.OpType, n.Domain)
	}
	if len(n.Outputs) == 0 || n.Outputs[0] == "" {
		return fmt.Errorf("%w: the node has no output", ErrFormat)
	}
	for i, name := range n.Outputs[1:] {
		if name != "" && n.OpType != "Dropout" {
			return unsupported("%s's output %d (%q): opml nodes have one output", n.OpType, i+1, name)
		}
	}
	if n.OpType != "Constant" && len(n.Inputs) == 0 {
		return fmt.Errorf("%w: %s has no inputs", ErrFormat, n.OpType)
	}
	switch n.OpType {
	case "Identity", "Dropout":
		return im.alias(im.in(0))
	case "Constant":
		return im.constantOp()
	case "Relu":
		return im.unary(graph.OpRelu)
	case "Gelu":
		if a := im.attrString("approximate", "none"); a != "tanh" {
			return unsupported(`Gelu with approximate=%q: opml's gelu is the tanh approximation`, a)
		}
		return im.unary(graph.OpGelu)
	case "Softmax":
		return im.softmax()
	case "Add":
		return im.binary(graph.OpAdd)
	case "Mul":
		return im.binary(graph.OpMul)
	case "Sub":
		return im.sub()
	case "Div":
		return im.div()
	case "MatMul":
		return im.matmul()
	case "Gemm":
		return im.gemm()
	case "Reshape", "Flatten":
		return im.reshape()
	case "Transpose":
		return im.transpose()
	case "Concat":
		return im.concat()
	case "Conv":
		return im.conv()
	case "MaxPool", "AveragePool", "GlobalAveragePool":
		return im.pool()
	case "ArgMax":
		return im.argmax()
	case "Sigmoid", "Tanh", "Erf", "Exp", "Log", "Sqrt", "Pow":
		return unsupported("op %s: opml's graph has no such op", n.OpType)
	}
	return unsupported("op %s", n.OpType)
}

func (im *importer) unary(op graph.Op) error {
	x, err := im.operand(im.in(0))
	if err != nil {
		return err
	}
	id, err := im.emit(im.out(), op, nil, x)
	im.values[im.out()] = id
	return err
}

func (im *importer) constantOp() error {
	switch {
	case im.attr("value") != nil:
		a := im.attr("value")
		if a.T == nil {
			return fmt.Errorf("%w: Constant value is not a tensor", ErrFormat)
		}
		im.consts[im.out()] = &constant{proto: a.T, dims: a.T.Dims}
	case im.attr("value_float") != nil:
		t, err := tensor.FromFloat32([]float32{im.attrFloat("value_float", 0)}, 1)
		if err != nil {
			return err
		}
		im.setConst(t, nil)
	case im.attr("value_floats") != nil:
		v := im.attr("value_floats").Floats
		t, err := tensor.FromFloat32(v, len(v))
		if err != nil {
			return fmt.Errorf("%w: Constant value_floats: %w", ErrUnsupported, err)
		}
		im.setConst(t, []int64{int64(len(v))})
	case im.attr("value_int") != nil:
		im.consts[im.out()] = &constant{ints: []int64{im.attrInt("value_int", 0)}}
	case im.attr("value_ints") != nil:
		v, _ := im.attrInts("value_ints")
		im.consts[im.out()] = &constant{ints: append([]int64{}, v...), dims: []int64{int64(len(v))}}
	default:
		return unsupported("Constant without a value, value_float(s) or value_int(s) attribute")
	}
	return nil
}

func (im *importer) softmax() error {
	s, err := im.shape(im.in(0))
	if err != nil {
		return err
	}
	def := int64(-1)
	if im.opset != 0 && im.opset < 13 {
		def = 1
	}
	a, err := axis(im.attrInt("axis", def), max(len(s), 1))
	if err != nil {
		return err
	}
	if a != max(len(s), 1)-1 {
		return unsupported("Softmax over axis %d of %v: opml's softmax works on the last axis", a, s)
	}
	return im.unary(graph.OpSoftmax)
}

// broadcastTrailing reports whether b equals the trailing dimensions of a.
func broadcastTrailing(a, b []int) bool {
	return len(b) <= len(a) && slices.Equal(a[len(a)-len(b):], b)
}

func (im *importer) binary(op graph.Op) error { return im.binaryOf(op, im.in(0), im.in(1)) }

// negated returns the name of −v: a folded constant, or the output of a
// scale(−1) node. Negation is exact, and x − y = x + (−y) exactly in IEEE
// arithmetic, so Sub maps to add without changing any result.
func (im *importer) negated(v string) (string, error) {
	name := v + "\x00/neg"
	if _, ok := im.values[name]; ok {
		return name, nil
	}
	if _, ok := im.consts[name]; ok {
		return name, nil
	}
	if im.isConst(v) {
		t, err := im.constTensor(v)
		if err != nil {
			return "", err
		}
		if t.DType() != tensor.F32 {
			if t, err = tensor.Convert(t, tensor.F32); err != nil {
				return "", err
			}
		}
		n, err := tensor.Scale(t, -1)
		if err != nil {
			return "", err
		}
		im.consts[name] = &constant{t: n, dims: im.consts[v].dims}
		return name, nil
	}
	x, err := im.operand(v)
	if err != nil {
		return "", err
	}
	id, err := im.emit(name, graph.OpScale, graph.Params{graph.Float(-1)}, x)
	if err != nil {
		return "", err
	}
	im.values[name] = id
	return name, nil
}

func (im *importer) sub() error {
	if im.isConst(im.in(0)) && im.isConst(im.in(1)) {
		return unsupported("Sub of two constants")
	}
	nb, err := im.negated(im.in(1))
	if err != nil {
		return err
	}
	return im.binaryOf(graph.OpAdd, im.in(0), nb)
}

// div maps division by a constant power of two c to scale(1/c): 1/c is
// exact, so x·(1/c) is the same real number as x/c and rounds the same.
// Other divisors have no exact mapping onto opml's ops.
func (im *importer) div() error {
	d := im.in(1)
	if !im.isConst(d) {
		return unsupported("Div by a computed value: opml's graph has no division")
	}
	t, err := im.constTensor(d)
	if err != nil {
		return err
	}
	v, err := t.Float32s()
	if err != nil || t.Len() != 1 {
		return unsupported("Div by a constant of shape %v: only a single power of two", t.Shape())
	}
	frac, _ := math.Frexp(float64(v[0]))
	inv := 1 / float64(v[0])
	if math.Abs(frac) != 0.5 || float64(float32(inv)) != inv || inv == 0 || math.IsInf(inv, 0) {
		return unsupported("Div by %v: opml maps division only by a power of two (x/c = x·(1/c) exactly)", v[0])
	}
	x, err := im.operand(im.in(0))
	if err != nil {
		return err
	}
	id, err := im.emit(im.out(), graph.OpScale, graph.Params{graph.Float(float32(inv))}, x)
	im.values[im.out()] = id
	return err
}

func (im *importer) binaryOf(op graph.Op, a, b string) error {
	if im.isConst(a) && im.isConst(b) {
		ta, err := im.constTensor(a)
		if err != nil {
			return err
		}
		tb, err := im.constTensor(b)
		if err != nil {
			return err
		}
		f := tensor.Add
		if op == graph.OpMul {
			f = tensor.Mul
		}
		t, err := f(ta, tb)
		if err != nil {
			return unsupported("folding %s of constants: %v", im.node.OpType, err)
		}
		im.setConst(t, dims64(t))
		return nil
	}
	// Addition and multiplication of floats commute exactly (NaNs are
	// canonical), so the runtime operand can go first.
	if im.isConst(a) {
		a, b = b, a
	}
	x, err := im.operand(a)
	if err != nil {
		return err
	}
	sx, err := im.spec(x)
	if err != nil {
		return err
	}
	if sx.DType == tensor.I32 {
		if op != graph.OpAdd {
			return unsupported("%s of int32 tensors", im.node.OpType)
		}
		op = graph.OpAddI32
	}
	var y int
	if im.isConst(b) {
		t, err := im.constTensor(b)
		if err != nil {
			return err
		}
		if t.DType() != sx.DType && sx.DType == tensor.F32 {
			if t, err = tensor.Convert(t, tensor.F32); err != nil {
				return err
			}
		}
		last := sx.Shape[len(sx.Shape)-1]
		switch {
		case t.Len() == 1 && op == graph.OpMul:
			v, err := t.Float32s()
			if err != nil {
				return unsupported("Mul by a %v constant", t.DType())
			}
			id, err := im.emit(im.out(), graph.OpScale, graph.Params{graph.Float(v[0])}, x)
			im.values[im.out()] = id
			return err
		case t.Len() == 1 && last > 1:
			// A scalar added to every element: tile it along the last axis.
			t, err = tile(t, last)
		default:
			// Leading 1s of a constant operand broadcast away.
			sh := t.Shape()
			for len(sh) > 1 && sh[0] == 1 {
				sh = sh[1:]
			}
			t, err = tensor.Reshape(t, sh...)
		}
		if err != nil {
			return err
		}
		if !broadcastTrailing(sx.Shape, t.Shape()) {
			return unsupported("%s of %v and a constant %v: opml broadcasts only over leading axes", im.node.OpType, sx.Shape, t.Shape())
		}
		if y, err = im.weight(im.derivedKey(b, t), t); err != nil {
			return err
		}
	} else {
		if y, err = im.operand(b); err != nil {
			return err
		}
		sy, err := im.spec(y)
		if err != nil {
			return err
		}
		if !broadcastTrailing(sx.Shape, sy.Shape) {
			if !broadcastTrailing(sy.Shape, sx.Shape) {
				return unsupported("%s of %v and %v: opml broadcasts only over leading axes", im.node.OpType, sx.Shape, sy.Shape)
			}
			x, y = y, x
		}
	}
	id, err := im.emit(im.out(), op, nil, x, y)
	im.values[im.out()] = id
	return err
}

// shapeKey distinguishes a constant's reshaped or converted forms from
// the constant itself when they become weights.
func shapeKey(t *tensor.Tensor) string { return fmt.Sprintf("%v", graph.SpecOf(t)) }

// derivedKey is the weight name of t, a reshaped or converted form of
// constant name: the constant's own name if the spec did not change.
func (im *importer) derivedKey(name string, t *tensor.Tensor) string {
	if orig, err := im.constTensor(name); err == nil && graph.SpecOf(orig).Equal(graph.SpecOf(t)) {
		return name
	}
	return name + "\x00" + shapeKey(t)
}

func dims64(t *tensor.Tensor) []int64 {
	var d []int64
	for _, v := range t.Shape() {
		d = append(d, int64(v))
	}
	return d
}

// tile repeats a one-element tensor n times (shape [n]).
func tile(t *tensor.Tensor, n int) (*tensor.Tensor, error) {
	if t.DType() == tensor.I32 {
		v, _ := t.Int32s()
		out := make([]int32, n)
		for i := range out {
			out[i] = v[0]
		}
		return tensor.FromInt32(out, n)
	}
	v, err := t.Float32s()
	if err != nil {
		return nil, unsupported("broadcasting a %v constant", t.DType())
	}
	out := make([]float32, n)
	for i := range out {
		out[i] = v[0]
	}
	return tensor.FromFloat32(out, n)
}

// transposedWeight adds the constant matrix name transposed as a weight,
// widened to F32 if convert is set (linear takes F32 operands).
func (im *importer) transposedWeight(name string, convert bool) (int, error) {
	t, err := im.constTensor(name)
	if err != nil {
		return 0, err
	}
	if len(t.Shape()) != 2 {
		return 0, unsupported("%s with a rank-%d constant weight %q", im.node.OpType, len(t.Shape()), name)
	}
	if t, err = tensor.Transpose(t); err != nil {
		return 0, err
	}
	key := name + "\x00^T"
	if convert && t.DType() != tensor.F32 {
		if t, err = tensor.Convert(t, tensor.F32); err != nil {
			return 0, err
		}
		key += " f32"
	}
	return im.weight(key, t)
}

// rank2 checks that tensor id is a matrix.
func (im *importer) rank2(id int, what string) error {
	s, err := im.spec(id)
	if err != nil {
		return err
	}
	if len(s.Shape) != 2 {
		return unsupported("%s with a rank-%d %s (only matrices)", im.node.OpType, len(s.Shape), what)
	}
	return nil
}

func (im *importer) matmul() error {
	a, b := im.in(0), im.in(1)
	if im.isConst(a) && !im.isConst(b) {
		// A·B = (Bᵀ·Aᵀ)ᵀ, and matmul(w, x) computes x·wᵀ: transpose B,
		// multiply with A as the weight, transpose back.
		bid, err := im.operand(b)
		if err != nil {
			return err
		}
		if err := im.rank2(bid, "right operand"); err != nil {
			return err
		}
		bt, err := im.emit(im.out()+"/b^T", graph.OpTranspose, nil, bid)
		if err != nil {
			return err
		}
		w, err := im.operand(a)
		if err != nil {
			return err
		}
		r, err := im.emit(im.out()+"/(a·b)^T", graph.OpMatMul, nil, w, bt)
		if err != nil {
			return err
		}
		id, err := im.emit(im.out(), graph.OpTranspose, nil, r)
		im.values[im.out()] = id
		return err
	}
	x, err := im.operand(a)
	if err != nil {
		return err
	}
	var w int
	if im.isConst(b) {
		w, err = im.transposedWeight(b, false)
	} else {
		w, err = im.transposeRuntime(b)
	}
	if err != nil {
		return err
	}
	id, err := im.emit(im.out(), graph.OpMatMul, nil, w, x)
	im.values[im.out()] = id
	return err
}

// transposeRuntime adds a transpose node of the runtime matrix name.
func (im *importer) transposeRuntime(name string) (int, error) {
	id, err := im.operand(name)
	if err != nil {
		return 0, err
	}
	if err := im.rank2(id, "right operand"); err != nil {
		return 0, err
	}
	return im.emit(im.out()+"/"+name+"^T", graph.OpTranspose, nil, id)
}

func (im *importer) gemm() error {
	if a := im.attrFloat("alpha", 1); a != 1 {
		return unsupported("Gemm with alpha=%v (only 1)", a)
	}
	if im.attrInt("transA", 0) != 0 {
		return unsupported("Gemm with transA=1")
	}
	c := im.in(2)
	if b := im.attrFloat("beta", 1); c != "" && b != 1 {
		return unsupported("Gemm with beta=%v (only 1)", b)
	}
	x, err := im.operand(im.in(0))
	if err != nil {
		return err
	}
	if err := im.rank2(x, "left operand"); err != nil {
		return err
	}
	transB := im.attrInt("transB", 0) != 0
	bName := im.in(1)
	var w int
	switch {
	case im.isConst(bName) && !transB:
		w, err = im.transposedWeight(bName, c != "")
	case im.isConst(bName):
		t, err2 := im.constTensor(bName)
		if err2 != nil {
			return err2
		}
		key := bName
		if c != "" && t.DType() != tensor.F32 {
			if t, err = tensor.Convert(t, tensor.F32); err != nil {
				return err
			}
			key += "\x00" + shapeKey(t)
		}
		w, err = im.weight(key, t)
	case !transB:
		w, err = im.transposeRuntime(bName)
	default:
		w, err = im.operand(bName)
	}
	if err != nil {
		return err
	}
	if c == "" {
		id, err := im.emit(im.out(), graph.OpMatMul, nil, w, x)
		im.values[im.out()] = id
		return err
	}
	ws, err := im.spec(w)
	if err != nil {
		return err
	}
	if len(ws.Shape) != 2 {
		return unsupported("Gemm with a rank-%d B", len(ws.Shape))
	}
	var bias int
	if im.isConst(c) {
		t, err := im.constTensor(c)
		if err != nil {
			return err
		}
		if t.DType() != tensor.F32 {
			if t, err = tensor.Convert(t, tensor.F32); err != nil {
				return err
			}
		}
		N := ws.Shape[0]
		switch {
		case t.Len() == N:
			t, err = tensor.Reshape(t, N)
		case t.Len() == 1:
			t, err = tile(t, N)
		default:
			return unsupported("Gemm with a bias of shape %v for %d outputs (only [N], [1, N] or a scalar)", t.Shape(), N)
		}
		if err != nil {
			return err
		}
		bias, err = im.weight(im.derivedKey(c, t), t)
		if err != nil {
			return err
		}
	} else if bias, err = im.operand(c); err != nil {
		return err
	}
	id, err := im.emit(im.out(), graph.OpLinear, nil, w, x, bias)
	im.values[im.out()] = id
	return err
}

func (im *importer) reshape() error {
	data := im.in(0)
	in, err := im.shape(data)
	if err != nil {
		return err
	}
	var dims []int
	if im.node.OpType == "Flatten" {
		a := im.attrInt("axis", 1)
		if a < 0 {
			a += int64(len(in))
		}
		if a < 0 || a > int64(len(in)) {
			return fmt.Errorf("%w: Flatten axis %d of a rank-%d tensor", ErrFormat, a, len(in))
		}
		dims = []int{prod(in[:a]), prod(in[a:])}
	} else {
		target, err := im.constInts(im.in(1))
		if err != nil {
			return err
		}
		if dims, err = reshapeDims(in, target, im.attrInt("allowzero", 0) != 0); err != nil {
			return err
		}
	}
	if im.isConst(data) {
		t, err := im.constTensor(data)
		if err != nil {
			return err
		}
		r, err := tensor.Reshape(t, dims...)
		if err != nil {
			return fmt.Errorf("%w: %s: %w", ErrFormat, im.node.OpType, err)
		}
		d64 := make([]int64, len(dims))
		for i, d := range dims {
			d64[i] = int64(d)
		}
		im.setConst(r, d64)
		return nil
	}
	x, err := im.operand(data)
	if err != nil {
		return err
	}
	if slices.Equal(in, dims) {
		im.values[im.out()] = x
		return nil
	}
	id, err := im.emit(im.out(), graph.OpReshape, graph.Ints(dims...), x)
	im.values[im.out()] = id
	return err
}

// fits reports whether shape has a rank opml accepts and at most limit
// elements (without overflowing).
func fits(shape []int, limit int) bool {
	if len(shape) > graph.MaxRank {
		return false
	}
	n := 1
	for _, d := range shape {
		if d <= 0 || n > limit/d {
			return false
		}
		n *= d
	}
	return true
}

func prod(s []int) int {
	n := 1
	for _, d := range s {
		n *= d
	}
	return n
}

// reshapeDims resolves an ONNX Reshape target: 0 copies the input's
// dimension (unless allowzero), −1 is inferred.
func reshapeDims(in []int, target []int64, allowZero bool) ([]int, error) {
	if len(target) == 0 || len(target) > graph.MaxRank {
		return nil, unsupported("Reshape to rank %d", len(target))
	}
	out := make([]int, len(target))
	infer := -1
	known := 1
	for i, d := range target {
		switch {
		case d == 0 && !allowZero:
			if i >= len(in) {
				return nil, fmt.Errorf("%w: Reshape copies dimension %d of %v", ErrFormat, i, in)
			}
			out[i] = in[i]
		case d == -1 && infer < 0:
			infer = i
			continue
		case d > 0 && d <= math.MaxInt32:
			out[i] = int(d)
		default:
			return nil, fmt.Errorf("%w: Reshape target %v", ErrFormat, target)
		}
		if out[i] > 0 && known > math.MaxInt32/out[i] {
			return nil, fmt.Errorf("%w: Reshape target %v is too large", ErrFormat, target)
		}
		known *= out[i]
	}
	total := prod(in)
	if infer >= 0 {
		if known == 0 || total%known != 0 {
			return nil, fmt.Errorf("%w: Reshape of %v to %v", ErrFormat, in, target)
		}
		out[infer] = total / known
	}
	if prod(out) != total {
		return nil, fmt.Errorf("%w: Reshape of %v (%d elements) to %v", ErrFormat, in, total, out)
	}
	return out, nil
}

func (im *importer) transpose() error {
	data := im.in(0)
	in, err := im.shape(data)
	if err != nil {
		return err
	}
	perm := make([]int, len(in))
	if p, ok := im.attrInts("perm"); ok {
		if len(p) != len(in) {
			return fmt.Errorf("%w: Transpose perm %v for rank %d", ErrFormat, p, len(in))
		}
		for i, a := range p {
			if a < 0 || a >= int64(len(in)) {
				return fmt.Errorf("%w: Transpose perm %v", ErrFormat, p)
			}
			perm[i] = int(a)
		}
	} else {
		for i := range perm {
			perm[i] = len(in) - 1 - i
		}
	}
	if im.isConst(data) {
		t, err := im.constTensor(data)
		if err != nil {
			return err
		}
		r, err := tensor.Permute(t, perm...)
		if err != nil {
			return fmt.Errorf("%w: Transpose: %w", ErrFormat, err)
		}
		dims := make([]int64, 0, len(perm))
		for _, d := range r.Shape() {
			dims = append(dims, int64(d))
		}
		im.setConst(r, dims)
		return nil
	}
	x, err := im.operand(data)
	if err != nil {
		return err
	}
	identity := true
	for i, a := range perm {
		identity = identity && a == i
	}
	if identity {
		im.values[im.out()] = x
		return nil
	}
	id, err := im.emit(im.out(), graph.OpPermute, graph.Ints(perm...), x)
	im.values[im.out()] = id
	return err
}

func (im *importer) concat() error {
	n := len(im.node.Inputs)
	if n > graph.MaxInputs {
		return unsupported("Concat of %d inputs (at most %d)", n, graph.MaxInputs)
	}
	in, err := im.shape(im.in(0))
	if err != nil {
		return err
	}
	a := im.attr("axis")
	if a == nil {
		return fmt.Errorf("%w: Concat without an axis", ErrFormat)
	}
	ax, err := axis(a.I, len(in))
	if err != nil {
		return err
	}
	ids := make([]int, n)
	for i, name := range im.node.Inputs {
		if ids[i], err = im.operand(name); err != nil {
			return err
		}
	}
	id, err := im.emit(im.out(), graph.OpConcat, graph.Ints(ax), ids...)
	im.values[im.out()] = id
	return err
}

// window reads the spatial attributes of Conv and the pools: strides,
// pads and dilations must be equal in both directions.
func (im *importer) window(kernel []int64) (stride, pad int, err error) {
	pads := []int64{0, 0, 0, 0}
	switch ap := im.attrString("auto_pad", "NOTSET"); ap {
	case "NOTSET", "":
		if p, ok := im.attrInts("pads"); ok {
			pads = p
		}
	case "VALID":
	default:
		return 0, 0, unsupported("%s with auto_pad=%s", im.node.OpType, ap)
	}
	if len(pads) != 4 || pads[0] != pads[1] || pads[0] != pads[2] || pads[0] != pads[3] || pads[0] < 0 || pads[0] > 1<<16 {
		return 0, 0, unsupported("%s with pads %v (only equal pads on all sides)", im.node.OpType, pads)
	}
	strides := []int64{1, 1}
	if s, ok := im.attrInts("strides"); ok {
		strides = s
	}
	if len(strides) != 2 || strides[0] != strides[1] || strides[0] < 1 || strides[0] > 1<<16 {
		return 0, 0, unsupported("%s with strides %v (only equal strides in 2-D)", im.node.OpType, strides)
	}
	if d, ok := im.attrInts("dilations"); ok && slices.ContainsFunc(d, func(v int64) bool { return v != 1 }) {
		return 0, 0, unsupported("%s with dilations %v", im.node.OpType, d)
	}
	if kernel != nil {
		if k, ok := im.attrInts("kernel_shape"); ok && !slices.Equal(k, kernel) {
			return 0, 0, fmt.Errorf("%w: %s kernel_shape %v does not match the weights' %v", ErrFormat, im.node.OpType, k, kernel)
		}
	}
	return int(strides[0]), int(pads[0]), nil
}

func (im *importer) conv() error {
	if g := im.attrInt("group", 1); g != 1 {
		return unsupported("Conv with group=%d", g)
	}
	x, err := im.operand(im.in(0))
	if err != nil {
		return err
	}
	if s, err := im.spec(x); err != nil {
		return err
	} else if len(s.Shape) != 4 {
		return unsupported("Conv of a rank-%d input (only 2-D NCHW)", len(s.Shape))
	}
	w, err := im.f32Operand(im.in(1))
	if err != nil {
		return err
	}
	ws, err := im.spec(w)
	if err != nil {
		return err
	}
	if len(ws.Shape) != 4 {
		return unsupported("Conv with rank-%d weights", len(ws.Shape))
	}
	stride, pad, err := im.window([]int64{int64(ws.Shape[2]), int64(ws.Shape[3])})
	if err != nil {
		return err
	}
	ops := []int{x, w}
	if b := im.in(2); b != "" {
		bid, err := im.f32Operand(b)
		if err != nil {
			return err
		}
		ops = append(ops, bid)
	}
	id, err := im.emit(im.out(), graph.OpConv2D, graph.Ints(stride, pad), ops...)
	im.values[im.out()] = id
	return err
}

// f32Operand is operand, with float constants widened to F32 exactly.
func (im *importer) f32Operand(name string) (int, error) {
	if !im.isConst(name) {
		return im.operand(name)
	}
	t, err := im.constTensor(name)
	if err != nil {
		return 0, err
	}
	if t.DType() == tensor.F32 {
		return im.operand(name)
	}
	if t, err = tensor.Convert(t, tensor.F32); err != nil {
		return 0, err
	}
	return im.weight(name+"\x00"+shapeKey(t), t)
}

func (im *importer) pool() error {
	x, err := im.operand(im.in(0))
	if err != nil {
		return err
	}
	s, err := im.spec(x)
	if err != nil {
		return err
	}
	if len(s.Shape) != 4 {
		return unsupported("%s of a rank-%d input (only 2-D NCHW)", im.node.OpType, len(s.Shape))
	}
	op := graph.OpMaxPool2D
	var k, stride, pad int
	if im.node.OpType == "GlobalAveragePool" {
		if s.Shape[2] != s.Shape[3] {
			return unsupported("GlobalAveragePool of %v (only square inputs)", s.Shape)
		}
		op, k, stride = graph.OpAvgPool2D, s.Shape[2], 1
	} else {
		ks, ok := im.attrInts("kernel_shape")
		if !ok || len(ks) != 2 || ks[0] != ks[1] || ks[0] < 1 || ks[0] > 1<<16 {
			return unsupported("%s with kernel_shape %v (only square 2-D kernels)", im.node.OpType, ks)
		}
		if stride, pad, err = im.window(nil); err != nil {
			return err
		}
		k = int(ks[0])
		if c := im.attrInt("ceil_mode", 0); c != 0 {
			return unsupported("%s with ceil_mode=1", im.node.OpType)
		}
		if im.node.OpType == "MaxPool" && im.attrInt("storage_order", 0) != 0 {
			return unsupported("MaxPool with storage_order=1")
		}
		if im.node.OpType == "AveragePool" {
			op = graph.OpAvgPool2D
			if pad > 0 && im.attrInt("count_include_pad", 0) != 0 {
				return unsupported("AveragePool with count_include_pad=1 (opml averages the valid elements)")
			}
		}
	}
	id, err := im.emit(im.out(), op, graph.Ints(k, stride, pad), x)
	im.values[im.out()] = id
	return err
}

func (im *importer) argmax() error {
	x, err := im.operand(im.in(0))
	if err != nil {
		return err
	}
	s, err := im.spec(x)
	if err != nil {
		return err
	}
	a, err := axis(im.attrInt("axis", 0), len(s.Shape))
	if err != nil {
		return err
	}
	if a != len(s.Shape)-1 {
		return unsupported("ArgMax over axis %d of %v: opml's argmax works on the last axis", a, s.Shape)
	}
	if im.attrInt("select_last_index", 0) != 0 {
		return unsupported("ArgMax with select_last_index=1")
	}
	keep := im.attrInt("keepdims", 1) != 0
	name := im.out()
	if keep && len(s.Shape) > 1 {
		name += "/argmax"
	}
	id, err := im.emit(name, graph.OpArgmax, nil, x)
	if err != nil {
		return err
	}
	if keep && len(s.Shape) > 1 {
		dims := append(s.Shape[:len(s.Shape)-1:len(s.Shape)-1], 1)
		if id, err = im.emit(im.out(), graph.OpReshape, graph.Ints(dims...), id); err != nil {
			return err
		}
	}
	im.values[im.out()] = id
	return nil
}

// --- tensors ---

// tensorOf decodes an initializer or constant into a tensor.
func tensorOf(ts *Tensor) (*tensor.Tensor, error) {
	if ts.External {
		return nil, unsupported("tensor %q stores its data in an external file", ts.Name)
	}
	shape, n, err := dimsOf(ts)
	if err != nil {
		return nil, err
	}
	var dt tensor.DType
	var size int
	switch ts.DataType {
	case typeFloat:
		dt, size = tensor.F32, 4
	case typeFloat16:
		dt, size = tensor.F16, 2
	case typeBFloat16:
		dt, size = tensor.BF16, 2
	case typeInt8:
		dt, size = tensor.I8, 1
	case typeInt32:
		dt, size = tensor.I32, 4
	case typeInt64:
		return nil, unsupported("INT64 tensor %q used as a value (INT64 is read only for shapes and axes)", ts.Name)
	default:
		return nil, unsupported("tensor %q has data type %s", ts.Name, typeName(ts.DataType))
	}
	if ts.HasRaw {
		if len(ts.Raw) != n*size {
			return nil, fmt.Errorf("%w: tensor %q has %d raw bytes, its shape %v needs %d", ErrFormat, ts.Name, len(ts.Raw), ts.Dims, n*size)
		}
		return fromBytes(ts, dt, ts.Raw, shape)
	}
	if dt == tensor.F32 {
		if len(ts.Floats) != n {
			return nil, fmt.Errorf("%w: tensor %q has %d float_data values, its shape %v needs %d", ErrFormat, ts.Name, len(ts.Floats), ts.Dims, n)
		}
		return tensor.FromFloat32(ts.Floats, shape...)
	}
	// int32_data holds INT32 values and the bit patterns of FLOAT16,
	// BFLOAT16 and INT8 elements, one per value.
	if len(ts.Int32s) != n {
		return nil, fmt.Errorf("%w: tensor %q has %d int32_data values, its shape %v needs %d", ErrFormat, ts.Name, len(ts.Int32s), ts.Dims, n)
	}
	b := make([]byte, 0, n*size)
	for _, v := range ts.Int32s {
		switch size {
		case 1:
			b = append(b, byte(v))
		case 2:
			b = append(b, byte(v), byte(v>>8))
		case 4:
			b = append(b, byte(v), byte(v>>8), byte(v>>16), byte(v>>24))
		}
	}
	return fromBytes(ts, dt, b, shape)
}

func fromBytes(ts *Tensor, dt tensor.DType, b []byte, shape []int) (*tensor.Tensor, error) {
	t, err := tensor.FromBytes(dt, b, shape...)
	if err != nil {
		return nil, fmt.Errorf("%w: tensor %q: %w", ErrFormat, ts.Name, err)
	}
	return t, nil
}

// dimsOf returns the opml shape of a tensor (a scalar is [1]) and its
// element count.
func dimsOf(ts *Tensor) ([]int, int, error) {
	shape := make([]int, 0, len(ts.Dims))
	n := 1
	for _, d := range ts.Dims {
		if d <= 0 || d > maxElements || n > maxElements/int(d) {
			return nil, 0, unsupported("tensor %q has shape %v (no empty or huge tensors)", ts.Name, ts.Dims)
		}
		n *= int(d)
		shape = append(shape, int(d))
	}
	if len(shape) == 0 {
		shape = []int{1}
	}
	if len(shape) > graph.MaxRank {
		return nil, 0, unsupported("tensor %q has rank %d", ts.Name, len(shape))
	}
	return shape, n, nil
}

// intsOf decodes an INT64 or INT32 tensor into integers.
func intsOf(ts *Tensor) ([]int64, error) {
	if ts.External {
		return nil, unsupported("tensor %q stores its data in an external file", ts.Name)
	}
	n := 1
	for _, d := range ts.Dims {
		if d < 0 || d > maxDims {
			return nil, unsupported("integer constant %q has shape %v", ts.Name, ts.Dims)
		}
		n *= int(d)
		if n > maxItems {
			return nil, unsupported("integer constant %q has shape %v", ts.Name, ts.Dims)
		}
	}
	var size int
	var typed []int64
	switch ts.DataType {
	case typeInt64:
		size, typed = 8, ts.Int64s
	case typeInt32:
		size, typed = 4, ts.Int32s
	default:
		return nil, unsupported("%q must be an INT64 or INT32 constant, not %s", ts.Name, typeName(ts.DataType))
	}
	if !ts.HasRaw {
		if len(typed) != n {
			return nil, fmt.Errorf("%w: integer constant %q has %d values for shape %v", ErrFormat, ts.Name, len(typed), ts.Dims)
		}
		if size == 4 {
			out := make([]int64, n)
			for i, v := range typed {
				out[i] = int64(int32(v))
			}
			return out, nil
		}
		return append([]int64{}, typed...), nil
	}
	if len(ts.Raw) != n*size {
		return nil, fmt.Errorf("%w: integer constant %q has %d raw bytes for shape %v", ErrFormat, ts.Name, len(ts.Raw), ts.Dims)
	}
	out := make([]int64, n)
	for i := range out {
		var v uint64
		for j := size - 1; j >= 0; j-- {
			v = v<<8 | uint64(ts.Raw[i*size+j])
		}
		if size == 4 {
			out[i] = int64(int32(uint32(v)))
		} else {
			out[i] = int64(v)
		}
	}
	return out, nil
}
