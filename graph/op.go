package graph

import (
	"fmt"
	"math"

	"github.com/opml-dev/opml/tensor"
)

// Op identifies a node operation. The numbers are part of the descriptor
// format and never change meaning: new ops are appended.
type Op uint32

// Param is one node parameter: an int32 or the bit pattern of a float32.
type Param struct {
	Float bool
	Bits  uint32
}

// Int returns an int32 parameter.
func Int(v int32) Param { return Param{Bits: uint32(v)} }

// Float returns a float32 parameter (its exact bit pattern).
func Float(f float32) Param { return Param{Float: true, Bits: math.Float32bits(f)} }

// Params is a node's parameter list.
type Params []Param

// Ints returns int32 parameters for vs.
func Ints(vs ...int) Params {
	p := make(Params, len(vs))
	for i, v := range vs {
		p[i] = Int(int32(v))
	}
	return p
}

// opDef is one row of the op table: everything the graph knows about an
// op. The kernel lives in package tensor; the row decodes the node's
// params for it.
type opDef struct {
	name    string
	minArgs int
	maxArgs int
	// shape returns the output spec for operands of the given specs
	// (without evaluating anything), or an error if the op rejects them.
	shape func(p Params, in []Spec) (Spec, error)
	// eval applies the kernel. It is called only after shape accepted the
	// operands' specs.
	eval func(p Params, in []*tensor.Tensor) (*tensor.Tensor, error)
	// work estimates the VM cost of a node: multiply-adds, plain element
	// operations and elementary-function evaluations (see Cost).
	work func(p Params, in []Spec, out Spec) Work
	// tile says how a node's output splits into tiles (tile.go); zero for ops that are never tiled.
	tile tiling
	// elem, for F32 elementwise ops, returns the op's slice form, so a
	// chain of them runs block by block (runchain.go); nil for other ops.
	elem func(p Params) (tensor.ElemOp, bool)
	// raw says that eval reads its operands' canonical bytes as they are
	// (no NaN canonicalization), so they may be raw-backed tensors
	// (tensor.FromRaw) over the VM's operand regions or a mapped file.
	raw bool
}

// Work is the arithmetic a node performs, the basis of its VM cost
// estimate.
type Work struct {
	MACs       uint64 // float multiply-adds in dot products (fmath.Dot32 in the VM)
	Elems      uint64 // element reads, writes and simple operations
	Elementary uint64 // float64 elementary functions (Exp, Log, Erf, Pow …)
}

// VM cost per unit of Work, measured on models/executor (docs/executor.md):
// a node's run starts with the executor's initialisation.
const (
	vmStartSteps      = 430_000
	vmStepsPerMAC     = 160
	vmStepsPerElem    = 400
	vmStepsPerElemFun = 25_000
)

// Steps returns the estimated VM steps of a node doing w.
func (w Work) Steps() uint64 {
	return vmStartSteps + w.MACs*vmStepsPerMAC + w.Elems*vmStepsPerElem + w.Elementary*vmStepsPerElemFun
}

// def returns op's table row, or nil for an unknown op.
func (op Op) def() *opDef {
	if op > 0 && op < opEnd && opTable[op].name != "" {
		return &opTable[op]
	}
	return nil
}

func (op Op) String() string {
	if d := op.def(); d != nil {
		return d.name
	}
	return fmt.Sprintf("op(%d)", uint32(op))
}

// TakesRaw reports whether op's kernel reads its operands' bytes in place
// (tensor.FromRaw): the executor then hands it its operand regions without
// decoding them.
func (op Op) TakesRaw() bool {
	d := op.def()
	return d != nil && d.raw
}

// OpByName returns the op with the given name.
func OpByName(name string) (Op, bool) {
	for op := Op(1); op < opEnd; op++ {
		if opTable[op].name == name {
			return op, true
		}
	}
	return 0, false
}

// checkArgs checks the operand count of a node of op.
func checkArgs(op Op, n int) (*opDef, error) {
	d := op.def()
	if d == nil {
		return nil, fmt.Errorf("%w: unknown op %d", ErrGraph, uint32(op))
	}
	if n < d.minArgs || n > d.maxArgs {
		return nil, fmt.Errorf("%w: %v takes %d..%d operands, got %d", ErrGraph, op, d.minArgs, d.maxArgs, n)
	}
	return d, nil
}

// OutputSpec returns the spec of the output of a node applying op with p
// to operands of the given specs, without evaluating it.
func OutputSpec(op Op, p Params, in []Spec) (Spec, error) {
	d, err := checkArgs(op, len(in))
	if err != nil {
		return Spec{}, err
	}
	if len(p) > maxParams {
		return Spec{}, fmt.Errorf("%w: %v with %d params", ErrGraph, op, len(p))
	}
	s, err := d.shape(p, in)
	if err != nil {
		return Spec{}, fmt.Errorf("%v: %w", op, err)
	}
	if _, err := s.ByteSize(); err != nil {
		return Spec{}, fmt.Errorf("%v: %w", op, err)
	}
	return s, nil
}

// EvalOp applies op with p to its operands: it checks them against the
// op's shape function and runs the op's kernel. It never panics on bad
// operands or params. The result's spec is the one OutputSpec gives.
func EvalOp(op Op, p Params, in []*tensor.Tensor) (*tensor.Tensor, error) {
	specs := make([]Spec, len(in))
	for i, t := range in {
		if t == nil {
			return nil, fmt.Errorf("%w: %v operand %d is nil", ErrGraph, op, i)
		}
		specs[i] = SpecOf(t)
	}
	want, err := OutputSpec(op, p, specs)
	if err != nil {
		return nil, err
	}
	out, err := op.def().eval(p, in)
	if err != nil {
		return nil, fmt.Errorf("%v: %w", op, err)
	}
	if got := SpecOf(out); !got.Equal(want) {
		return nil, fmt.Errorf("%w: %v produced %v, its shape function says %v", ErrGraph, op, got, want)
	}
	return out, nil
}

// Cost returns the work of node i of g (its VM cost is Cost(...).Steps()).
func Cost(g *Graph, i int) (Work, error) {
	d, err := Describe(g, i)
	if err != nil {
		return Work{}, err
	}
	return d.Cost(), nil
}

// Cost returns the work the described node does.
func (d *NodeDesc) Cost() Work {
	def := d.Node.Op.def()
	if def == nil || def.work == nil {
		return Work{Elems: uint64(d.Output.Elements())}
	}
	return def.work(d.Node.Params, d.Inputs, d.Output)
}

// --- param decoding ---

// paramReader reads a node's params in order, remembering the first error.
type paramReader struct {
	p   Params
	err error
}

func (r *paramReader) fail(format string, args ...any) {
	if r.err == nil {
		r.err = fmt.Errorf("%w: params: %s", ErrGraph, fmt.Sprintf(format, args...))
	}
}

func (r *paramReader) next(float bool) uint32 {
	if r.err != nil {
		return 0
	}
	if len(r.p) == 0 {
		r.fail("too few")
		return 0
	}
	q := r.p[0]
	r.p = r.p[1:]
	if q.Float != float {
		r.fail("param kind mismatch (want float=%v)", float)
	}
	return q.Bits
}

func (r *paramReader) int() int { return int(int32(r.next(false))) }

// intIn reads an int in [lo, hi].
func (r *paramReader) intIn(lo, hi int) int {
	v := r.int()
	if r.err == nil && (v < lo || v > hi) {
		r.fail("%d outside [%d, %d]", v, lo, hi)
	}
	return v
}

func (r *paramReader) float() float32 { return math.Float32frombits(r.next(true)) }

func (r *paramReader) ints(n int) []int {
	if n < 0 || n > maxParams {
		r.fail("%d values", n)
		return nil
	}
	v := make([]int, n)
	for i := range v {
		v[i] = r.int()
	}
	return v
}

// rest reads every remaining param as an int.
func (r *paramReader) rest() []int { return r.ints(len(r.p)) }

func (r *paramReader) floats(n int) []float32 {
	v := make([]float32, n)
	for i := range v {
		v[i] = r.float()
	}
	return v
}

// done reports the first error, or an error if params are left over.
func (r *paramReader) done() error {
	if r.err == nil && len(r.p) != 0 {
		r.fail("%d too many", len(r.p))
	}
	return r.err
}

func read(p Params) *paramReader { return &paramReader{p: p} }

// noParams checks that p is empty.
func noParams(p Params) error { return read(p).done() }
