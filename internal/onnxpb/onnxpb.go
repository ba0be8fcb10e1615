// Package onnxpb writes ONNX models (ModelProto and the messages in it) in
// the protocol buffer wire format, following onnx.proto's field numbers:
// the models opml's ONNX tests and benchmarks run in opml and in ONNX
// Runtime. A record is a varint key (field << 3 | wire type) and a value.
package onnxpb

import (
	"encoding/binary"
	"math"

	"github.com/opml-dev/opml/tensor"
)

// Protocol buffer wire types.
const (
	wireVarint  = 0
	wireBytes   = 2
	wireFixed32 = 5
)

// ONNX TensorProto element types.
const (
	TypeFloat = 1
	TypeInt8  = 3
	TypeInt32 = 6
	TypeInt64 = 7
	TypeBool  = 9
)

// TypeOf returns the ONNX element type of an opml dtype (0 if none).
func TypeOf(d tensor.DType) int64 {
	switch d {
	case tensor.F32:
		return TypeFloat
	case tensor.I32:
		return TypeInt32
	case tensor.I64:
		return TypeInt64
	case tensor.Bool:
		return TypeBool
	case tensor.I8:
		return TypeInt8
	}
	return 0
}

// Encoded returns the encoded message.
func (p *Msg) Encoded() []byte { return p.b }

// Msg is one protocol buffer message being written (every method appends
// one field and returns the message, so calls chain).
type Msg struct{ b []byte }

func (p *Msg) varint(v uint64) { p.b = binary.AppendUvarint(p.b, v) }

func (p *Msg) key(field, typ int) { p.varint(uint64(field)<<3 | uint64(typ)) }

func (p *Msg) Int(field int, v int64) *Msg {
	p.key(field, wireVarint)
	p.varint(uint64(v))
	return p
}

func (p *Msg) Bytes(field int, b []byte) *Msg {
	p.key(field, wireBytes)
	p.varint(uint64(len(b)))
	p.b = append(p.b, b...)
	return p
}

func (p *Msg) Str(field int, s string) *Msg { return p.Bytes(field, []byte(s)) }

func (p *Msg) Msg(field int, m *Msg) *Msg { return p.Bytes(field, m.b) }

func (p *Msg) Float(field int, v float32) *Msg {
	p.key(field, wireFixed32)
	p.b = binary.LittleEndian.AppendUint32(p.b, math.Float32bits(v))
	return p
}

func (p *Msg) PackedFloats(field int, vs []float32) *Msg {
	var b []byte
	for _, v := range vs {
		b = binary.LittleEndian.AppendUint32(b, math.Float32bits(v))
	}
	return p.Bytes(field, b)
}

func (p *Msg) PackedInts(field int, vs []int64) *Msg {
	var q Msg
	for _, v := range vs {
		q.varint(uint64(v))
	}
	return p.Bytes(field, q.b)
}

// ONNX messages (field numbers from onnx.proto).

func TensorRaw(name string, dtype int64, dims []int64, raw []byte) *Msg {
	p := &Msg{}
	p.PackedInts(1, dims).Int(2, dtype).Str(8, name).Bytes(9, raw)
	return p
}

func TensorF32Raw(name string, dims []int64, vs []float32) *Msg {
	var raw []byte
	for _, v := range vs {
		raw = binary.LittleEndian.AppendUint32(raw, math.Float32bits(v))
	}
	return TensorRaw(name, TypeFloat, dims, raw)
}

// tensorF32Data stores the values in float_data (unpacked dims, to
// exercise both encodings of repeated fields).
func TensorF32Data(name string, dims []int64, vs []float32) *Msg {
	p := &Msg{}
	for _, d := range dims {
		p.Int(1, d)
	}
	p.Int(2, TypeFloat).PackedFloats(4, vs).Str(8, name)
	return p
}

func TensorI64(name string, vs ...int64) *Msg {
	p := &Msg{}
	p.PackedInts(1, []int64{int64(len(vs))}).Int(2, TypeInt64).PackedInts(7, vs).Str(8, name)
	return p
}

// valueInfo is a tensor-typed ValueInfoProto; a negative dim is written
// as the symbolic dimension "N".
func ValueInfo(name string, elem int64, dims ...int64) *Msg {
	shape := &Msg{}
	for _, d := range dims {
		dim := &Msg{}
		if d < 0 {
			dim.Str(2, "N")
		} else {
			dim.Int(1, d)
		}
		shape.Msg(1, dim)
	}
	tt := (&Msg{}).Int(1, elem).Msg(2, shape)
	typ := (&Msg{}).Msg(1, tt)
	return (&Msg{}).Str(1, name).Msg(2, typ)
}

// Attr is an AttributeProto.
type Attr = *Msg

func AttrInt(name string, v int64) Attr { return (&Msg{}).Str(1, name).Int(20, 2).Int(3, v) }
func AttrFloat(name string, v float32) Attr {
	return (&Msg{}).Str(1, name).Int(20, 1).Float(2, v)
}
func AttrInts(name string, vs ...int64) Attr {
	return (&Msg{}).Str(1, name).Int(20, 7).PackedInts(8, vs)
}
func AttrTensor(name string, t *Msg) Attr {
	return (&Msg{}).Str(1, name).Int(20, 4).Msg(5, t)
}

func Node(op string, inputs, outputs []string, attrs ...Attr) *Msg {
	p := &Msg{}
	for _, in := range inputs {
		p.Str(1, in)
	}
	for _, out := range outputs {
		p.Str(2, out)
	}
	p.Str(3, op+"_"+outputs[0]).Str(4, op)
	for _, a := range attrs {
		p.Msg(5, a)
	}
	return p
}

// model assembles a ModelProto (IR version 8, default opset 17).
func Model(nodes, inits, inputs, outputs []*Msg) []byte {
	g := &Msg{}
	for _, n := range nodes {
		g.Msg(1, n)
	}
	g.Str(2, "test")
	for _, t := range inits {
		g.Msg(5, t)
	}
	for _, v := range inputs {
		g.Msg(11, v)
	}
	for _, v := range outputs {
		g.Msg(12, v)
	}
	m := &Msg{}
	m.Int(1, 8).Str(2, "opml-test").Msg(7, g).Msg(8, (&Msg{}).Str(1, "").Int(2, 17))
	return m.b
}

func Strs(s ...string) []string { return s }

// modelOpset assembles a ModelProto (IR version 8) importing the default
// domain at opset.
func ModelOpset(opset int64, nodes, inits, inputs, outputs []*Msg) []byte {
	g := &Msg{}
	for _, n := range nodes {
		g.Msg(1, n)
	}
	g.Str(2, "test")
	for _, t := range inits {
		g.Msg(5, t)
	}
	for _, v := range inputs {
		g.Msg(11, v)
	}
	for _, v := range outputs {
		g.Msg(12, v)
	}
	m := &Msg{}
	m.Int(1, 8).Str(2, "opml-test").Msg(7, g).Msg(8, (&Msg{}).Str(1, "").Int(2, opset))
	return m.b
}

// untypedOutput is a graph output named name whose type ONNX Runtime
// infers.
func UntypedOutput(name string) *Msg { return (&Msg{}).Str(1, name) }

// valueInfoSym is valueInfo with symbolic dimensions named by syms ("" for
// a fixed dimension).
func ValueInfoSym(name string, elem int64, dims []int64, syms []string) *Msg {
	shape := &Msg{}
	for i, d := range dims {
		dim := &Msg{}
		if i < len(syms) && syms[i] != "" {
			dim.Str(2, syms[i])
		} else {
			dim.Int(1, d)
		}
		shape.Msg(1, dim)
	}
	tt := (&Msg{}).Int(1, elem).Msg(2, shape)
	typ := (&Msg{}).Msg(1, tt)
	return (&Msg{}).Str(1, name).Msg(2, typ)
}

func AttrString(name, v string) Attr { return (&Msg{}).Str(1, name).Int(20, 3).Bytes(4, []byte(v)) }
func AttrFloats(name string, vs ...float32) Attr {
	return (&Msg{}).Str(1, name).Int(20, 6).PackedFloats(7, vs)
}

// tensorProto writes t as a TensorProto in raw_data.
func Tensor(name string, t *tensor.Tensor) *Msg {
	var dims []int64
	for _, d := range t.Shape() {
		dims = append(dims, int64(d))
	}
	p := &Msg{}
	if len(dims) > 0 {
		p.PackedInts(1, dims)
	}
	p.Int(2, TypeOf(t.DType())).Str(8, name).Bytes(9, t.Bytes())
	return p
}
