package onnx

import "github.com/opml-dev/opml/internal/onnxpb"

// The tests write their models with internal/onnxpb; these short names
// keep the model literals readable.
type (
	pb   = onnxpb.Msg
	attr = onnxpb.Attr
)

var (
	tensorRaw     = onnxpb.TensorRaw
	tensorF32Raw  = onnxpb.TensorF32Raw
	tensorF32Data = onnxpb.TensorF32Data
	tensorI64     = onnxpb.TensorI64
	valueInfo     = onnxpb.ValueInfo
	valueInfoSym  = onnxpb.ValueInfoSym
	untypedOutput = onnxpb.UntypedOutput
	attrInt       = onnxpb.AttrInt
	attrFloat     = onnxpb.AttrFloat
	attrInts      = onnxpb.AttrInts
	attrString    = onnxpb.AttrString
	attrTensor    = onnxpb.AttrTensor
	node          = onnxpb.Node
	model         = onnxpb.Model
	modelOpset    = onnxpb.ModelOpset
	strs          = onnxpb.Strs
	tensorProto   = onnxpb.Tensor
)
