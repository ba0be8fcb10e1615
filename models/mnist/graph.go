package mnist

import (
	"bytes"
	_ "embed"
	"fmt"
	"math"

	"github.com/opml-dev/opml/graph"
	"github.com/opml-dev/opml/tensor"
)

// GraphModel is an MNIST model as a computation graph: the graph, the id of its logits tensor, and how raw
// pixels become its input tensor. The graph's output is the predicted digit of each image (an I32 tensor of one
// element per image).
type GraphModel struct {
	Graph  *graph.Graph
	Logits int
	// Input converts Batch·Pixels raw pixel values (0 = background, 255 = ink) into the graph's input.
	Input func(pixels []byte) (*tensor.Tensor, error)
	Batch int
}

// checkPixels checks that pixels holds batch images.
func checkPixels(pixels []byte, batch int) error {
	if len(pixels) != batch*Pixels {
		return fmt.Errorf("mnist: %d images have %d pixels, got %d", batch, batch*Pixels, len(pixels))
	}
	return nil
}

// Graph expresses m.Logits and m.Predict for one image as a graph: two linear layers whose sums start from the
// bias, a ReLU between them, and an argmax. graph.Run gives m.Logits bit for bit.
func (m *MLP) Graph() (*GraphModel, error) { return m.BatchGraph(1) }

// BatchGraph is Graph for a batch of images at once (input [batch, Pixels]).
func (m *MLP) BatchGraph(batch int) (*GraphModel, error) {
	if batch < 1 {
		return nil, fmt.Errorf("mnist: batch size %d < 1", batch)
	}
	b := graph.NewBuilder()
	x := b.Input("image", tensor.F32, batch, Pixels)
	weight := func(name string, v []float32, shape ...int) (int, error) {
		t, err := tensor.FromFloat32(v, shape...)
		if err != nil {
			return 0, fmt.Errorf("mnist: %s: %w", name, err)
		}
		return b.Weight(name, t), nil
	}
	w1, err := weight("w1", m.W1, m.Hidden, Pixels)
	if err != nil {
		return nil, err
	}
	b1, err := weight("b1", m.B1, m.Hidden)
	if err != nil {
		return nil, err
	}
	w2, err := weight("w2", m.W2, Digits, m.Hidden)
	if err != nil {
		return nil, err
	}
	b2, err := weight("b2", m.B2, Digits)
	if err != nil {
		return nil, err
	}
	h := b.Node("hidden", graph.OpLinear, nil, w1, x, b1)
	r := b.Node("relu", graph.OpRelu, nil, h)
	logits := b.Node("logits", graph.OpLinear, nil, w2, r, b2)
	digit := b.Node("digit", graph.OpArgmax, nil, logits)
	g, err := b.Build(digit)
	if err != nil {
		return nil, err
	}
	return &GraphModel{g, logits, func(pixels []byte) (*tensor.Tensor, error) {
		if err := checkPixels(pixels, batch); err != nil {
			return nil, err
		}
		img := make([]float32, len(pixels))
		for i, p := range pixels {
			img[i] = PixelScale(p)
		}
		return tensor.FromFloat32(img, batch, Pixels)
	}, batch}, nil
}

// Graph expresses q.Logits step by step: input quantization of the raw pixels, int8 matmul, int32 bias, per-unit
// requantization clamped to [0, 127] (the ReLU), the same for the output layer without clamping, and an argmax
// over the integer logits.
//
// Logits sets hidden unit j to 0 if acc ≤ 0, else min(requant(acc), 127); requant_rows computes
// clamp(requant(acc), 0, 127). The two agree whenever requant(acc) fits in int32, which holds when every hidden
// shift is at least 31 (then m/2^s < 1 and |requant(acc)| ≤ |acc| + 1): Graph requires it, so the graph equals
// Logits on every input.
func (q *MLPInt8) Graph() (*GraphModel, error) { return q.BatchGraph(1) }

// BatchGraph is Graph for a batch of images at once (input [batch, Pixels]).
func (q *MLPInt8) BatchGraph(batch int) (*GraphModel, error) {
	if batch < 1 {
		return nil, fmt.Errorf("mnist: batch size %d < 1", batch)
	}
	if !q.shapeOK() {
		return nil, fmt.Errorf("mnist: malformed int8 model")
	}
	for j, s := range q.Shift1 {
		if s < 31 {
			return nil, fmt.Errorf("mnist: hidden unit %d has shift %d < 31: requant_rows could differ from Logits on overflow", j, s)
		}
	}
	b := graph.NewBuilder()
	var err error
	i32 := func(name string, v []int32) int {
		t, e := tensor.FromInt32(v, len(v))
		if e != nil && err == nil {
			err = fmt.Errorf("mnist: %s: %w", name, e)
		}
		return b.Weight(name, t)
	}
	shifts := func(name string, s []uint8) int {
		v := make([]int32, len(s))
		for i, x := range s {
			v[i] = int32(x)
		}
		return i32(name, v)
	}
	i8 := func(name string, v []int8, rows, cols int) int {
		t, e := tensor.FromInt8(v, rows, cols)
		if e != nil && err == nil {
			err = fmt.Errorf("mnist: %s: %w", name, e)
		}
		return b.Weight(name, t)
	}
	h := q.Hidden
	pixels := b.Input("pixels", tensor.I8, batch, Pixels) // the raw u8 bytes; requant_rows reads them unsigned
	x := b.Node("x", graph.OpRequantRows, graph.Ints(0, 127, int(tensor.I8), 1),
		pixels, i32("in_mul", []int32{q.InMul}), shifts("in_shift", []uint8{q.InShift}))
	acc1 := b.Node("acc1", graph.OpMatMulI8, nil, i8("w1", q.W1, h, Pixels), x)
	acc1 = b.Node("acc1+b1", graph.OpAddI32, nil, acc1, i32("b1", q.B1))
	hid := b.Node("hidden", graph.OpRequantRows, graph.Ints(0, 127, int(tensor.I8), 0),
		acc1, i32("mul1", q.Mul1), shifts("shift1", q.Shift1))
	acc2 := b.Node("acc2", graph.OpMatMulI8, nil, i8("w2", q.W2, Digits, h), hid)
	acc2 = b.Node("acc2+b2", graph.OpAddI32, nil, acc2, i32("b2", q.B2))
	logits := b.Node("logits", graph.OpRequantRows, graph.Ints(math.MinInt32, math.MaxInt32, int(tensor.I32), 0),
		acc2, i32("mul2", q.Mul2), shifts("shift2", q.Shift2))
	digit := b.Node("digit", graph.OpArgmax, nil, logits)
	if err != nil {
		return nil, err
	}
	g, err := b.Build(digit)
	if err != nil {
		return nil, err
	}
	return &GraphModel{g, logits, func(p []byte) (*tensor.Tensor, error) {
		if err := checkPixels(p, batch); err != nil {
			return nil, err
		}
		return tensor.FromBytes(tensor.I8, p, batch, Pixels)
	}, batch}, nil
}

//go:embed weights/mlp-f32.bin
var shippedFloat32 []byte

//go:embed weights/mlp-int8.bin
var shippedInt8 []byte

// Shipped returns the float32 model shipped with opml (weights/mlp-f32.bin).
func Shipped() (*MLP, error) { return Load(bytes.NewReader(shippedFloat32)) }

// ShippedInt8 returns the int8 model shipped with opml (weights/mlp-int8.bin).
func ShippedInt8() (*MLPInt8, error) { return LoadInt8(bytes.NewReader(shippedInt8)) }
