package onnx

import (
	"errors"
	"fmt"
	"math"
)

// ErrFormat is wrapped by every error about a malformed ONNX file;
// ErrUnsupported by every error about a well-formed model that uses an op,
// attribute or dtype opml does not import.
var (
	ErrFormat      = errors.New("onnx: malformed model")
	ErrUnsupported = errors.New("onnx: unsupported")
)

// Limits on what Decode accepts (protection against hostile files).
const (
	maxElements = 1 << 28
	maxDims     = 64
	maxItems    = 1 << 20
)

// ONNX TensorProto data types.
const (
	typeFloat    = 1
	typeUint8    = 2
	typeInt8     = 3
	typeInt32    = 6
	typeInt64    = 7
	typeBool     = 9
	typeFloat16  = 10
	typeBFloat16 = 16
)

var typeNames = map[int64]string{
	0: "UNDEFINED", 1: "FLOAT", 2: "UINT8", 3: "INT8", 4: "UINT16", 5: "INT16", 6: "INT32", 7: "INT64",
	8: "STRING", 9: "BOOL", 10: "FLOAT16", 11: "DOUBLE", 12: "UINT32", 13: "UINT64", 14: "COMPLEX64",
	15: "COMPLEX128", 16: "BFLOAT16", 17: "FLOAT8E4M3FN", 18: "FLOAT8E4M3FNUZ", 19: "FLOAT8E5M2",
	20: "FLOAT8E5M2FNUZ", 21: "UINT4", 22: "INT4", 23: "FLOAT4E2M1",
}

func typeName(t int64) string {
	if n, ok := typeNames[t]; ok {
		return n
	}
	return fmt.Sprintf("type %d", t)
}

// Model is the part of an ONNX ModelProto opml reads.
type Model struct {
	IRVersion int64
	Producer  string
	Opsets    map[string]int64 // domain ("" for the default) → version
	Graph     Graph
}

// Graph is the part of a GraphProto opml reads.
type Graph struct {
	Name         string
	Nodes        []Node
	Initializers []Tensor
	Inputs       []ValueInfo
	Outputs      []ValueInfo
}

// Node is a NodeProto.
type Node struct {
	Name, OpType, Domain string
	Inputs, Outputs      []string
	Attrs                []Attribute
}

// Attribute is an AttributeProto of the kinds opml reads (float, int,
// string, tensor and their lists); graph-valued attributes are noted but
// not decoded.
type Attribute struct {
	Name     string
	Type     int64
	F        float32
	I        int64
	S        []byte
	T        *Tensor
	Floats   []float32
	Ints     []int64
	HasGraph bool
}

// Tensor is a TensorProto.
type Tensor struct {
	Name     string
	Dims     []int64
	DataType int64
	Raw      []byte
	HasRaw   bool
	Floats   []float32
	Int32s   []int64 // int32_data (also holds the bits of FLOAT16, BFLOAT16, INT8 ...)
	Int64s   []int64
	External bool
}

// ValueInfo is a ValueInfoProto with a tensor type.
type ValueInfo struct {
	Name     string
	ElemType int64
	Dims     []Dim
	HasShape bool
}

// Dim is one dimension of a tensor type: a value or a symbolic name.
type Dim struct {
	Value int64
	Param string
}

// Decode parses the protobuf encoding of an ONNX ModelProto.
func Decode(b []byte) (*Model, error) {
	w := &wire{b: b, what: "ModelProto"}
	m := &Model{Opsets: map[string]int64{}}
	seenGraph := false
	for w.more() {
		f, t := w.key()
		switch f {
		case 1:
			m.IRVersion = w.int64v(f, t)
		case 2:
			m.Producer = w.str(f, t)
		case 7:
			if w.expect(f, t, wireBytes) {
				seenGraph = true
				w.merge(decodeGraph(w.bytes(), &m.Graph))
			}
		case 8:
			if w.expect(f, t, wireBytes) {
				o := &wire{b: w.bytes(), what: "OperatorSetIdProto"}
				var domain string
				var version int64
				for o.more() {
					f, t := o.key()
					switch f {
					case 1:
						domain = o.str(f, t)
					case 2:
						version = o.int64v(f, t)
					default:
						o.skip(t)
					}
				}
				w.merge(o.err)
				m.Opsets[domain] = version
			}
		default:
			w.skip(t)
		}
	}
	if w.err != nil {
		return nil, w.err
	}
	if !seenGraph {
		return nil, fmt.Errorf("%w: the model has no graph", ErrFormat)
	}
	return m, nil
}

// merge keeps err as w's error if w has none yet.
func (w *wire) merge(err error) {
	if w.err == nil && err != nil {
		w.err = err
	}
}

func decodeGraph(b []byte, g *Graph) error {
	w := &wire{b: b, what: "GraphProto"}
	for w.more() {
		f, t := w.key()
		switch f {
		case 1:
			if w.expect(f, t, wireBytes) {
				var n Node
				w.merge(decodeNode(w.bytes(), &n))
				g.Nodes = append(g.Nodes, n)
			}
		case 2:
			g.Name = w.str(f, t)
		case 5:
			if w.expect(f, t, wireBytes) {
				var ts Tensor
				w.merge(decodeTensor(w.bytes(), &ts))
				g.Initializers = append(g.Initializers, ts)
			}
		case 15:
			w.fail("sparse initializers are not supported")
		case 11, 12:
			if w.expect(f, t, wireBytes) {
				var v ValueInfo
				w.merge(decodeValueInfo(w.bytes(), &v))
				if f == 11 {
					g.Inputs = append(g.Inputs, v)
				} else {
					g.Outputs = append(g.Outputs, v)
				}
			}
		default:
			w.skip(t)
		}
		if len(g.Nodes)+len(g.Initializers)+len(g.Inputs)+len(g.Outputs) > maxItems {
			w.fail("more than %d nodes, initializers, inputs and outputs", maxItems)
		}
	}
	return w.err
}

func decodeNode(b []byte, n *Node) error {
	w := &wire{b: b, what: "NodeProto"}
	for w.more() {
		f, t := w.key()
		switch f {
		case 1:
			n.Inputs = append(n.Inputs, w.str(f, t))
		case 2:
			n.Outputs = append(n.Outputs, w.str(f, t))
		case 3:
			n.Name = w.str(f, t)
		case 4:
			n.OpType = w.str(f, t)
		case 7:
			n.Domain = w.str(f, t)
		case 5:
			if w.expect(f, t, wireBytes) {
				var a Attribute
				w.merge(decodeAttribute(w.bytes(), &a))
				n.Attrs = append(n.Attrs, a)
			}
		default:
			w.skip(t)
		}
	}
	if w.err != nil {
		return fmt.Errorf("node %q: %w", n.Name, w.err)
	}
	return nil
}

func decodeAttribute(b []byte, a *Attribute) error {
	w := &wire{b: b, what: "AttributeProto"}
	for w.more() {
		f, t := w.key()
		switch f {
		case 1:
			a.Name = w.str(f, t)
		case 20:
			a.Type = w.int64v(f, t)
		case 2:
			if w.expect(f, t, wireFixed32) {
				a.F = math.Float32frombits(w.fixed32())
			}
		case 3:
			a.I = w.int64v(f, t)
		case 4:
			if w.expect(f, t, wireBytes) {
				a.S = w.bytes()
			}
		case 5:
			if w.expect(f, t, wireBytes) {
				a.T = &Tensor{}
				w.merge(decodeTensor(w.bytes(), a.T))
			}
		case 6, 11:
			a.HasGraph = true
			w.skip(t)
		case 7:
			a.Floats = w.floats(a.Floats, f, t, maxItems)
		case 8:
			a.Ints = w.ints(a.Ints, f, t, maxItems)
		default:
			w.skip(t)
		}
	}
	if w.err != nil {
		return fmt.Errorf("attribute %q: %w", a.Name, w.err)
	}
	return nil
}

func decodeTensor(b []byte, ts *Tensor) error {
	w := &wire{b: b, what: "TensorProto"}
	for w.more() {
		f, t := w.key()
		switch f {
		case 1:
			ts.Dims = w.ints(ts.Dims, f, t, maxDims)
		case 2:
			ts.DataType = w.int64v(f, t)
		case 4:
			ts.Floats = w.floats(ts.Floats, f, t, maxElements)
		case 5:
			ts.Int32s = w.ints(ts.Int32s, f, t, maxElements)
		case 7:
			ts.Int64s = w.ints(ts.Int64s, f, t, maxElements)
		case 8:
			ts.Name = w.str(f, t)
		case 9:
			if w.expect(f, t, wireBytes) {
				ts.Raw, ts.HasRaw = w.bytes(), true
			}
		case 14:
			ts.External = w.int64v(f, t) == 1
		case 3:
			w.fail("segmented tensors are not supported")
		default:
			w.skip(t)
		}
	}
	if w.err != nil {
		return fmt.Errorf("tensor %q: %w", ts.Name, w.err)
	}
	return nil
}

func decodeValueInfo(b []byte, v *ValueInfo) error {
	w := &wire{b: b, what: "ValueInfoProto"}
	for w.more() {
		f, t := w.key()
		switch f {
		case 1:
			v.Name = w.str(f, t)
		case 2:
			if w.expect(f, t, wireBytes) {
				w.merge(decodeType(w.bytes(), v))
			}
		default:
			w.skip(t)
		}
	}
	if w.err != nil {
		return fmt.Errorf("value %q: %w", v.Name, w.err)
	}
	return nil
}

// decodeType reads a TypeProto; only its tensor_type is kept.
func decodeType(b []byte, v *ValueInfo) error {
	w := &wire{b: b, what: "TypeProto"}
	for w.more() {
		f, t := w.key()
		if f != 1 {
			w.skip(t)
			continue
		}
		if !w.expect(f, t, wireBytes) {
			break
		}
		tt := &wire{b: w.bytes(), what: "TypeProto.Tensor"}
		for tt.more() {
			f, t := tt.key()
			switch f {
			case 1:
				v.ElemType = tt.int64v(f, t)
			case 2:
				if !tt.expect(f, t, wireBytes) {
					break
				}
				v.HasShape = true
				sh := &wire{b: tt.bytes(), what: "TensorShapeProto"}
				for sh.more() {
					f, t := sh.key()
					if f != 1 {
						sh.skip(t)
						continue
					}
					if !sh.expect(f, t, wireBytes) {
						break
					}
					dw := &wire{b: sh.bytes(), what: "Dimension"}
					var d Dim
					for dw.more() {
						f, t := dw.key()
						switch f {
						case 1:
							d.Value = dw.int64v(f, t)
						case 2:
							d.Param = dw.str(f, t)
						default:
							dw.skip(t)
						}
					}
					sh.merge(dw.err)
					v.Dims = append(v.Dims, d)
					if len(v.Dims) > maxDims {
						sh.fail("more than %d dimensions", maxDims)
					}
				}
				tt.merge(sh.err)
			default:
				tt.skip(t)
			}
		}
		w.merge(tt.err)
	}
	return w.err
}
