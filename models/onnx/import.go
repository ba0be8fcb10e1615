// Package onnx imports ONNX models into opml graphs, so that opml computes
// what ONNX Runtime computes. It decodes the protocol buffer wire format
// itself (proto.go, model.go) for the part of ModelProto, GraphProto,
// NodeProto, TensorProto, ValueInfoProto and AttributeProto a graph needs,
// and maps every ONNX node to nodes of the op table of package graph
// (ops_*.go, one file per op family; opsets lists what is imported).
//
// Opsets 9 to 17 of the default domain and IR versions 7 and 8 are read;
// tensors are FLOAT, INT64, INT32 and BOOL (INT8, FLOAT16 and BFLOAT16
// weights are read as well). Weights come from initializers or Constant
// nodes, stored as raw_data or typed fields. Symbolic input dimensions
// (batch_size, unk__314) get their sizes from Options, so one ONNX file
// serves any batch size; with every dimension known, everything that does
// not depend on an input's values (Shape, the arithmetic on shapes, Range,
// ConstantOfShape …) is computed at import by the same kernels and
// becomes a constant, and the graph holds only the nodes that compute on
// inputs. Anything else is an error wrapping ErrUnsupported that names
// the op, opset, attribute or dtype; a malformed file is an error wrapping
// ErrFormat. Neither ever panics.
package onnx

import (
	"fmt"
	"os"
	"slices"

	"github.com/opml-dev/opml/graph"
	"github.com/opml-dev/opml/tensor"
)

// Supported versions.
const (
	MinOpset = 9
	MaxOpset = 17
	MinIR    = 7
	MaxIR    = 8
)

// MaxInputElements bounds each input of an imported graph.
const MaxInputElements = 1 << 26

// Options adjust an import.
type Options struct {
	// Dims gives the size of symbolic input dimensions (dim_param), such
	// as a batch size.
	Dims map[string]int
	// Shapes gives the full shape of inputs by name, overriding their
	// declared shapes (which must agree where they are fixed); symbolic
	// dimensions are taken from it.
	Shapes map[string][]int
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

// value is an ONNX value during import: a constant (c, or an empty tensor
// with shape dims) or a graph tensor (id).
type value struct {
	name  string // the tensor's name if it becomes a weight
	bad   error  // an output opml does not compute; reading it is this error
	c     *tensor.Tensor
	empty bool
	id    int
	spec  graph.Spec
}

func (v *value) isConst() bool { return v.c != nil || v.empty }

// shape is the value's shape.
func (v *value) shape() []int { return v.spec.Shape }

func (v *value) dtype() tensor.DType { return v.spec.DType }

type importer struct {
	b       *graph.Builder
	opset   int64
	vals    map[string]*value
	weights map[*tensor.Tensor]int // constants added as weights
	node    *Node
}

func unsupported(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrUnsupported, fmt.Sprintf(format, args...))
}

// Convert maps a decoded model to a graph.
func Convert(m *Model, opts Options) (*graph.Graph, error) {
	if m.IRVersion < MinIR || m.IRVersion > MaxIR {
		return nil, unsupported("IR version %d (opml imports IR versions %d to %d)", m.IRVersion, MinIR, MaxIR)
	}
	im := &importer{b: graph.NewBuilder(), vals: map[string]*value{}, weights: map[*tensor.Tensor]int{}}
	im.opset = m.Opsets[""]
	if v, ok := m.Opsets["ai.onnx"]; ok {
		im.opset = v
	}
	if im.opset < MinOpset || im.opset > MaxOpset {
		return nil, unsupported("opset %d of the default domain (opml imports opsets %d to %d)", im.opset, MinOpset, MaxOpset)
	}
	g := &m.Graph
	for i := range g.Initializers {
		ts := &g.Initializers[i]
		if ts.Name == "" {
			return nil, fmt.Errorf("%w: initializer %d has no name", ErrFormat, i)
		}
		t, dims, err := tensorOf(ts)
		if err != nil {
			return nil, err
		}
		v := constValue(t, dims)
		v.name = ts.Name
		im.vals[ts.Name] = v
	}
	for i := range g.Inputs {
		if _, ok := im.vals[g.Inputs[i].Name]; ok {
			continue // an initializer (a default value in older IR versions)
		}
		if err := im.input(&g.Inputs[i], opts); err != nil {
			return nil, err
		}
	}
	for i := range g.Nodes {
		im.node = &g.Nodes[i]
		if err := im.convertNode(); err != nil {
			return nil, fmt.Errorf("node %d (%s %q): %w", i, im.node.OpType, im.node.Name, err)
		}
	}
	if len(g.Outputs) == 0 {
		return nil, fmt.Errorf("%w: the graph has no outputs", ErrFormat)
	}
	var outs []int
	for _, o := range g.Outputs {
		v, ok := im.vals[o.Name]
		if !ok {
			return nil, fmt.Errorf("%w: no node produces the graph output %q", ErrFormat, o.Name)
		}
		id, err := im.tensorID(v)
		if err != nil {
			return nil, fmt.Errorf("graph output %q: %w", o.Name, err)
		}
		if slices.Contains(outs, id) {
			// Two outputs with one value: give the second its own tensor.
			if id, err = im.emitID(o.Name, graph.OpReshape, graph.Ints(v.shape()...), id); err != nil {
				return nil, err
			}
		}
		outs = append(outs, id)
	}
	gr, err := im.b.Build(outs...)
	if err != nil {
		return nil, fmt.Errorf("onnx: %w", err)
	}
	return reorder(gr)
}

func constValue(t *tensor.Tensor, dims []int) *value {
	if t == nil {
		return &value{empty: true, id: -1, spec: graph.Spec{Shape: dims}}
	}
	return &value{c: t, id: -1, spec: graph.SpecOf(t)}
}

// reorder renumbers the tensors of g as the inputs, then the weights (in
// order of first use), then the node outputs in node order: the order of
// mnist.MLP.Graph, so a model has the same ids, and so the same
// commitments, whether it is imported or built natively.
func reorder(g *graph.Graph) (*graph.Graph, error) {
	newID := make([]int, len(g.Tensors))
	for i := range newID {
		newID[i] = -1
	}
	out := &graph.Graph{Tensors: make([]graph.TensorInfo, 0, len(g.Tensors))}
	place := func(id int) {
		if newID[id] < 0 {
			newID[id] = len(out.Tensors)
			out.Tensors = append(out.Tensors, g.Tensors[id])
		}
	}
	for _, id := range g.Inputs {
		place(id)
	}
	for _, n := range g.Nodes {
		for _, in := range n.Inputs {
			if g.Tensors[in].Kind == graph.Weight {
				place(in)
			}
		}
	}
	for id := range g.Tensors {
		if g.Tensors[id].Kind == graph.Weight {
			place(id) // weights only an output reads
		}
	}
	for _, n := range g.Nodes {
		place(n.Output)
	}
	if len(out.Tensors) != len(g.Tensors) {
		return nil, fmt.Errorf("%w: %d of %d tensors are inputs, weights or node outputs", ErrFormat, len(out.Tensors), len(g.Tensors))
	}
	for _, n := range g.Nodes {
		m := graph.Node{Op: n.Op, Params: n.Params, Output: newID[n.Output]}
		for _, in := range n.Inputs {
			m.Inputs = append(m.Inputs, newID[in])
		}
		out.Nodes = append(out.Nodes, m)
	}
	for _, id := range g.Inputs {
		out.Inputs = append(out.Inputs, newID[id])
	}
	for _, id := range g.Outputs {
		out.Outputs = append(out.Outputs, newID[id])
	}
	if err := out.Validate(); err != nil {
		return nil, fmt.Errorf("onnx: %w", err)
	}
	return out, nil
}

// input declares graph input v.
func (im *importer) input(v *ValueInfo, opts Options) error {
	dt, ok := dtypeOf(v.ElemType)
	if !ok || dt == tensor.F16 || dt == tensor.BF16 || dt == tensor.I8 {
		return unsupported("input %q has element type %s (opml takes FLOAT, INT64, INT32 and BOOL inputs)", v.Name, typeName(v.ElemType))
	}
	given, haveShape := opts.Shapes[v.Name]
	if !v.HasShape && !haveShape {
		return unsupported("input %q has no shape", v.Name)
	}
	if haveShape && v.HasShape && len(given) != len(v.Dims) {
		return unsupported("input %q has rank %d, the model declares %d", v.Name, len(given), len(v.Dims))
	}
	var shape []int
	if haveShape {
		shape = append([]int(nil), given...)
	}
	for i, d := range v.Dims {
		switch {
		case d.Value > 0 && haveShape && int64(given[i]) != d.Value:
			return unsupported("input %q has size %d along axis %d, the model declares %d", v.Name, given[i], i, d.Value)
		case haveShape:
		case d.Value > 0 && d.Value <= MaxInputElements:
			shape = append(shape, int(d.Value))
		case d.Param != "":
			n, ok := opts.Dims[d.Param]
			if !ok || n <= 0 {
				return unsupported("input %q has the symbolic dimension %q; give its size (--dim %s=N)", v.Name, d.Param, d.Param)
			}
			shape = append(shape, n)
		default:
			return unsupported("input %q has dimension %d of unknown size; give its shape", v.Name, i)
		}
	}
	n := 1
	for _, d := range shape {
		if d <= 0 || d > MaxInputElements || n > MaxInputElements/d {
			return unsupported("input %q of shape %v is empty or larger than %d elements", v.Name, shape, MaxInputElements)
		}
		n *= d
	}
	id := im.b.Input(v.Name, dt, shape...)
	if err := im.b.Err(); err != nil {
		return err
	}
	im.vals[v.Name] = &value{id: id, spec: graph.Spec{DType: dt, Shape: shape}}
	return nil
}

// InputNames returns the names of the graph inputs of m that are not
// initializers, in order: the inputs of the imported graph.
func InputNames(m *Model) []string {
	inits := map[string]bool{}
	for _, t := range m.Graph.Initializers {
		inits[t.Name] = true
	}
	var out []string
	for _, v := range m.Graph.Inputs {
		if !inits[v.Name] {
			out = append(out, v.Name)
		}
	}
	return out
}

// --- emitting nodes ---

// tensorID returns the graph tensor of v, adding a constant as a weight
// (once per constant).
func (im *importer) tensorID(v *value) (int, error) {
	if v.bad != nil {
		return 0, v.bad
	}
	if !v.isConst() {
		return v.id, nil
	}
	if v.empty {
		return 0, unsupported("an empty tensor (shape %v) used as an operand", v.shape())
	}
	if id, ok := im.weights[v.c]; ok {
		return id, nil
	}
	name := v.name
	if name == "" {
		name = fmt.Sprintf("const%d", len(im.weights))
	}
	id := im.b.Weight(name, v.c)
	if err := im.b.Err(); err != nil {
		return 0, err
	}
	im.weights[v.c] = id
	return id, nil
}

// emitID appends a node on tensor ids and returns its output id.
func (im *importer) emitID(name string, op graph.Op, p graph.Params, ins ...int) (int, error) {
	id := im.b.Node(name, op, p, ins...)
	return id, im.b.Err()
}

// emit applies op to the operands: at import if they are all constants
// (constant folding, with the same kernels), else as a graph node.
func (im *importer) emit(name string, op graph.Op, p graph.Params, ins ...*value) (*value, error) {
	folded := true
	for _, v := range ins {
		folded = folded && v.c != nil
	}
	if folded {
		ts := make([]*tensor.Tensor, len(ins))
		for i, v := range ins {
			ts[i] = v.c
		}
		t, err := graph.EvalOp(op, p, ts)
		if err != nil {
			return nil, unsupported("%v", err)
		}
		v := constValue(t, nil)
		v.name = name
		return v, nil
	}
	ids := make([]int, len(ins))
	for i, v := range ins {
		id, err := im.tensorID(v)
		if err != nil {
			return nil, err
		}
		ids[i] = id
	}
	id, err := im.emitID(name, op, p, ids...)
	if err != nil {
		return nil, unsupported("%v", err)
	}
	s, _ := im.b.Spec(id)
	return &value{id: id, spec: s}, nil
}

// --- node context ---

// in returns input i of the node, nil if absent or empty-named.
func (im *importer) in(i int) (*value, error) {
	if i >= len(im.node.Inputs) || im.node.Inputs[i] == "" {
		return nil, nil
	}
	v, ok := im.vals[im.node.Inputs[i]]
	if !ok {
		return nil, fmt.Errorf("%w: reads %q, which no earlier node, input or initializer provides", ErrFormat, im.node.Inputs[i])
	}
	if v.bad != nil {
		return nil, v.bad
	}
	return v, nil
}

// need returns input i, which must be present.
func (im *importer) need(i int) (*value, error) {
	v, err := im.in(i)
	if err == nil && v == nil {
		err = fmt.Errorf("%w: %s needs input %d", ErrFormat, im.node.OpType, i)
	}
	return v, err
}

// inputs returns every present input.
func (im *importer) inputs() ([]*value, error) {
	var out []*value
	for i := range im.node.Inputs {
		v, err := im.in(i)
		if err != nil {
			return nil, err
		}
		if v != nil {
			out = append(out, v)
		}
	}
	return out, nil
}

// name returns a tensor name for output i (derived names for the
// importer's intermediate nodes).
func (im *importer) name(i int, suffix string) string {
	n := ""
	if i < len(im.node.Outputs) {
		n = im.node.Outputs[i]
	}
	if suffix != "" {
		n += "/" + suffix
	}
	return n
}

// set binds output i of the node; a constant without a name takes the
// output's.
func (im *importer) set(i int, v *value) {
	if i < len(im.node.Outputs) && im.node.Outputs[i] != "" {
		if v != nil && v.isConst() && v.name == "" {
			v.name = im.node.Outputs[i]
		}
		im.vals[im.node.Outputs[i]] = v
	}
}

// op emits op on the node's operands as its output i, or as an
// intermediate value when suffix is not "".
func (im *importer) op(suffix string, op graph.Op, p graph.Params, ins ...*value) (*value, error) {
	return im.emit(im.name(0, suffix), op, p, ins...)
}

// constInts returns the integer values of constant input v.
func constInts(v *value, what string) ([]int64, error) {
	if v == nil {
		return nil, nil
	}
	if v.empty {
		return []int64{}, nil
	}
	if v.c == nil {
		return nil, unsupported("%s must be known at import (it depends on an input's values)", what)
	}
	out, err := v.c.Int64s()
	if err != nil {
		return nil, unsupported("%s of type %v", what, v.dtype())
	}
	return out, nil
}

// constFloats returns the float values of constant input v.
func constFloats(v *value, what string) ([]float32, error) {
	if v == nil || v.empty {
		return nil, nil
	}
	if v.c == nil {
		return nil, unsupported("%s must be known at import (it depends on an input's values)", what)
	}
	if v.dtype() != tensor.F32 {
		c, err := tensor.Cast(v.c, tensor.F32)
		if err != nil {
			return nil, unsupported("%s of type %v", what, v.dtype())
		}
		return c.Float32s()
	}
	return v.c.Float32s()
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

func axes(as []int64, r int) ([]int, error) {
	out := make([]int, len(as))
	for i, a := range as {
		v, err := axis(a, r)
		if err != nil {
			return nil, err
		}
		out[i] = v
	}
	return out, nil
}

func ints(v []int64) []int {
	out := make([]int, len(v))
	for i, x := range v {
		out[i] = int(x)
	}
	return out
}

// --- dispatch ---

// converter imports one ONNX op.
type converter func(im *importer) error

// convertNode imports the current node.
func (im *importer) convertNode() error {
	n := im.node
	if n.Domain != "" && n.Domain != "ai.onnx" {
		return unsupported("op %s of domain %q", n.OpType, n.Domain)
	}
	if len(n.Outputs) == 0 || n.Outputs[0] == "" {
		return fmt.Errorf("%w: the node has no output", ErrFormat)
	}
	for _, a := range n.Attrs {
		if a.HasGraph {
			return unsupported("op %s with a subgraph attribute %q (control flow)", n.OpType, a.Name)
		}
	}
	conv, ok := converters[n.OpType]
	if !ok {
		return unsupported("op %s", n.OpType)
	}
	return conv(im)
}

// converters maps every imported ONNX op type to its converter (filled
// by the ops_*.go files).
var converters = map[string]converter{}

// SupportedOps returns the ONNX op types the importer knows, sorted.
func SupportedOps() []string {
	var out []string
	for k := range converters {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// onlyOutput0 marks the node's extra outputs (Dropout's mask, MaxPool's
// indices …) as not computed: a node or graph output that reads one is an
// unsupported model.
func (im *importer) onlyOutput0() {
	for i, name := range im.node.Outputs[1:] {
		if name != "" {
			im.vals[name] = &value{bad: unsupported("%s's output %d (%q)", im.node.OpType, i+1, name)}
		}
	}
}
