package onnx

import (
	"encoding/binary"
	"math"

	"github.com/opml-dev/opml/tensor"
)

// pb is a minimal protocol buffer encoder for writing ONNX models in tests,
// following the wire format's definition: a record is a varint key
// (field << 3 | wire type) and a value.
type pb struct{ b []byte }

func (p *pb) varint(v uint64) { p.b = binary.AppendUvarint(p.b, v) }

func (p *pb) key(field, typ int) { p.varint(uint64(field)<<3 | uint64(typ)) }

func (p *pb) int(field int, v int64) *pb {
	p.key(field, wireVarint)
	p.varint(uint64(v))
	return p
}

func (p *pb) bytes(field int, b []byte) *pb {
	p.key(field, wireBytes)
	p.varint(uint64(len(b)))
	p.b = append(p.b, b...)
	return p
}

func (p *pb) str(field int, s string) *pb { return p.bytes(field, []byte(s)) }

func (p *pb) msg(field int, m *pb) *pb { return p.bytes(field, m.b) }

func (p *pb) float(field int, v float32) *pb {
	p.key(field, wireFixed32)
	p.b = binary.LittleEndian.AppendUint32(p.b, math.Float32bits(v))
	return p
}

func (p *pb) packedFloats(field int, vs []float32) *pb {
	var b []byte
	for _, v := range vs {
		b = binary.LittleEndian.AppendUint32(b, math.Float32bits(v))
	}
	return p.bytes(field, b)
}

func (p *pb) packedInts(field int, vs []int64) *pb {
	var q pb
	for _, v := range vs {
		q.varint(uint64(v))
	}
	return p.bytes(field, q.b)
}

// ONNX messages (field numbers from onnx.proto).

func tensorRaw(name string, dtype int64, dims []int64, raw []byte) *pb {
	p := &pb{}
	p.packedInts(1, dims).int(2, dtype).str(8, name).bytes(9, raw)
	return p
}

func tensorF32Raw(name string, dims []int64, vs []float32) *pb {
	var raw []byte
	for _, v := range vs {
		raw = binary.LittleEndian.AppendUint32(raw, math.Float32bits(v))
	}
	return tensorRaw(name, typeFloat, dims, raw)
}

// tensorF32Data stores the values in float_data (unpacked dims, to
// exercise both encodings of repeated fields).
func tensorF32Data(name string, dims []int64, vs []float32) *pb {
	p := &pb{}
	for _, d := range dims {
		p.int(1, d)
	}
	p.int(2, typeFloat).packedFloats(4, vs).str(8, name)
	return p
}

func tensorI64(name string, vs ...int64) *pb {
	p := &pb{}
	p.packedInts(1, []int64{int64(len(vs))}).int(2, typeInt64).packedInts(7, vs).str(8, name)
	return p
}

// valueInfo is a tensor-typed ValueInfoProto; a negative dim is written
// as the symbolic dimension "N".
func valueInfo(name string, elem int64, dims ...int64) *pb {
	shape := &pb{}
	for _, d := range dims {
		dim := &pb{}
		if d < 0 {
			dim.str(2, "N")
		} else {
			dim.int(1, d)
		}
		shape.msg(1, dim)
	}
	tt := (&pb{}).int(1, elem).msg(2, shape)
	typ := (&pb{}).msg(1, tt)
	return (&pb{}).str(1, name).msg(2, typ)
}

type attr = *pb

func attrInt(name string, v int64) attr { return (&pb{}).str(1, name).int(20, 2).int(3, v) }
func attrFloat(name string, v float32) attr {
	return (&pb{}).str(1, name).int(20, 1).float(2, v)
}
func attrInts(name string, vs ...int64) attr {
	return (&pb{}).str(1, name).int(20, 7).packedInts(8, vs)
}
func attrTensor(name string, t *pb) attr {
	return (&pb{}).str(1, name).int(20, 4).msg(5, t)
}

func node(op string, inputs, outputs []string, attrs ...attr) *pb {
	p := &pb{}
	for _, in := range inputs {
		p.str(1, in)
	}
	for _, out := range outputs {
		p.str(2, out)
	}
	p.str(3, op+"_"+outputs[0]).str(4, op)
	for _, a := range attrs {
		p.msg(5, a)
	}
	return p
}

// model assembles a ModelProto (IR version 8, default opset 17).
func model(nodes, inits, inputs, outputs []*pb) []byte {
	g := &pb{}
	for _, n := range nodes {
		g.msg(1, n)
	}
	g.str(2, "test")
	for _, t := range inits {
		g.msg(5, t)
	}
	for _, v := range inputs {
		g.msg(11, v)
	}
	for _, v := range outputs {
		g.msg(12, v)
	}
	m := &pb{}
	m.int(1, 8).str(2, "opml-test").msg(7, g).msg(8, (&pb{}).str(1, "").int(2, 17))
	return m.b
}

func strs(s ...string) []string { return s }

// modelOpset assembles a ModelProto (IR version 8) importing the default
// domain at opset.
func modelOpset(opset int64, nodes, inits, inputs, outputs []*pb) []byte {
	g := &pb{}
	for _, n := range nodes {
		g.msg(1, n)
	}
	g.str(2, "test")
	for _, t := range inits {
		g.msg(5, t)
	}
	for _, v := range inputs {
		g.msg(11, v)
	}
	for _, v := range outputs {
		g.msg(12, v)
	}
	m := &pb{}
	m.int(1, 8).str(2, "opml-test").msg(7, g).msg(8, (&pb{}).str(1, "").int(2, opset))
	return m.b
}

// untypedOutput is a graph output named name whose type ONNX Runtime
// infers.
func untypedOutput(name string) *pb { return (&pb{}).str(1, name) }

// valueInfoSym is valueInfo with symbolic dimensions named by syms ("" for
// a fixed dimension).
func valueInfoSym(name string, elem int64, dims []int64, syms []string) *pb {
	shape := &pb{}
	for i, d := range dims {
		dim := &pb{}
		if i < len(syms) && syms[i] != "" {
			dim.str(2, syms[i])
		} else {
			dim.int(1, d)
		}
		shape.msg(1, dim)
	}
	tt := (&pb{}).int(1, elem).msg(2, shape)
	typ := (&pb{}).msg(1, tt)
	return (&pb{}).str(1, name).msg(2, typ)
}

func attrString(name, v string) attr { return (&pb{}).str(1, name).int(20, 3).bytes(4, []byte(v)) }
func attrFloatList(name string, vs ...float32) attr {
	return (&pb{}).str(1, name).int(20, 6).packedFloats(7, vs)
}

// tensorProto writes t as a TensorProto in raw_data.
func tensorProto(name string, t *tensor.Tensor) *pb {
	var dims []int64
	for _, d := range t.Shape() {
		dims = append(dims, int64(d))
	}
	p := &pb{}
	if len(dims) > 0 {
		p.packedInts(1, dims)
	}
	p.int(2, onnxType(t.DType())).str(8, name).bytes(9, t.Bytes())
	return p
}
