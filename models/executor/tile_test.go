package main

import (
	"bytes"
	"math/rand/v2"
	"testing"

	"github.com/opml-dev/opml/graph"
	"github.com/opml-dev/opml/internal/merkle"
	"github.com/opml-dev/opml/tensor"
)

// TestTilesInVM runs every tile of a matmul, a convolution, a depthwise strided one, a grouped transposed one, a
// Q8_0 llama_linear and a softmax node in the VM and requires each tile's bytes where it lies in the output region
// to be the native output's bytes there, with its region root the tile's commitment; and reports a tile's VM steps
// against the whole node's.
func TestTilesInVM(t *testing.T) {
	exe := executorImage(t)
	rng := rand.New(rand.NewPCG(7, 7))
	f32 := func(shape ...int) *tensor.Tensor {
		n := 1
		for _, d := range shape {
			n *= d
		}
		v := make([]float32, n)
		for i := range v {
			v[i] = float32(rng.NormFloat64())
		}
		x, err := tensor.FromFloat32(v, shape...)
		if err != nil {
			t.Fatal(err)
		}
		return x
	}
	q8 := func(rows, cols int) *tensor.Tensor {
		rb := cols / 32 * tensor.Q8_0BlockBytes
		b := make([]byte, rows*rb)
		for r := 0; r < rows; r++ {
			row := make([]float32, cols)
			for i := range row {
				row[i] = float32(rng.NormFloat64())
			}
			tensor.QuantizeRowQ8_0(b[r*rb:(r+1)*rb], row)
		}
		w, err := tensor.FromRaw(tensor.Q8, b, rows, cols)
		if err != nil {
			t.Fatal(err)
		}
		return w
	}
	cases := []struct {
		name   string
		op     graph.Op
		params graph.Params
		args   []*tensor.Tensor
		log2   uint8
	}{
		{"matmul", graph.OpMatMul, nil, []*tensor.Tensor{f32(2, 64), f32(50, 64)}, 7},
		{"conv", graph.OpConv, graph.Ints(1, 2, 1, 1, 1, 1, 1, 1, 1, 1), []*tensor.Tensor{f32(1, 3, 8, 8), f32(4, 3, 3, 3), f32(4)}, 8},
		{"llama_linear", graph.OpLlamaLinear, nil, []*tensor.Tensor{f32(1, 64), q8(96, 64)}, 7},
		{"conv_depthwise", graph.OpConv, graph.Ints(4, 2, 2, 1, 1, 1, 1, 1, 1, 1), []*tensor.Tensor{f32(1, 4, 9, 8), f32(4, 1, 3, 3), f32(4)}, 6},
		{"conv_transpose", graph.OpConvTranspose, graph.Ints(2, 2, 2, 2, 1, 1, 1, 0, 0, 1, 1, 0), []*tensor.Tensor{f32(1, 4, 4, 3), f32(4, 3, 3, 3), f32(6)}, 7},
		{"softmax", graph.OpSoftmax, nil, []*tensor.Tensor{f32(1, 6, 50)}, 7},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			// The activation is the graph input, the other operands weights (in the node's operand order: for
			// matmul and llama_linear the weight comes first).
			b := graph.NewBuilder()
			x := b.Input("x", c.args[0].DType(), c.args[0].Shape()...)
			var ids []int
			var operands []*tensor.Tensor
			switch {
			case len(c.args) == 1:
				ids, operands = []int{x}, c.args
			case c.op == graph.OpConv || c.op == graph.OpConvTranspose:
				ids = []int{x, b.Weight("w", c.args[1]), b.Weight("b", c.args[2])}
				operands = c.args
			default:
				ids = []int{b.Weight("w", c.args[1]), x}
				operands = []*tensor.Tensor{c.args[1], c.args[0]}
			}
			g, err := b.Build(b.Node(c.name, c.op, c.params, ids...))
			if err != nil {
				t.Fatal(err)
			}
			want, err := graph.EvalNode(g, 0, operands)
			if err != nil {
				t.Fatal(err)
			}
			wb := want.Bytes()
			whole, err := exe.NodeEmulator(g, 0, operands)
			if err != nil {
				t.Fatal(err)
			}
			if msg := runVM(t, whole); whole.State.ExitCode != 0 {
				t.Fatalf("whole node: exit %d: %s", whole.State.ExitCode, msg)
			}
			n := graph.Tiles(len(wb), c.log2)
			for tile := range n {
				e, err := exe.TileEmulator(g, 0, operands, c.log2, uint32(tile))
				if err != nil {
					t.Fatal(err)
				}
				if msg := runVM(t, e); !e.State.Exited || e.State.ExitCode != 0 {
					t.Fatalf("tile %d: exit %d: %s", tile, e.State.ExitCode, msg)
				}
				lo, hi := tile<<c.log2, min((tile+1)<<c.log2, len(wb))
				got, err := e.Mem.ReadBytes(graph.OutputAddr+uint32(lo), hi-lo)
				if err != nil {
					t.Fatal(err)
				}
				if !bytes.Equal(got, wb[lo:hi]) {
					t.Fatalf("tile %d differs from the node output's bytes [%d, %d)", tile, lo, hi)
				}
				root, err := e.Mem.RegionRoot(graph.OutputAddr+uint32(lo), int(c.log2))
				if err != nil {
					t.Fatal(err)
				}
				if root != merkle.RootAt(wb[lo:hi], int(c.log2)-5) {
					t.Fatalf("tile %d: region root is not the tile's commitment", tile)
				}
				if tile == 0 {
					t.Logf("%s: %d tiles of 2^%d bytes; tile 0 %d VM steps, the whole node %d", c.name, n, c.log2, e.State.Step, whole.State.Step)
				}
			}
		})
	}
}
