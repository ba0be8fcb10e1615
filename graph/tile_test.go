package graph

import (
	"bytes"
	"math/rand"
	"testing"

	"github.com/opml-dev/opml/tensor"
)

// tileCase is one tileable node: its op, params and operands.
type tileCase struct {
	name string
	op   Op
	p    Params
	in   []*tensor.Tensor
}

func tileRand(rng *rand.Rand, shape ...int) *tensor.Tensor {
	n := 1
	for _, d := range shape {
		n *= d
	}
	v := make([]float32, n)
	for i := range v {
		v[i] = float32(rng.NormFloat64())
	}
	t, err := tensor.FromFloat32(v, shape...)
	if err != nil {
		panic(err)
	}
	return t
}

// q8Rows returns a raw Q8_0 matrix [rows, cols] quantized from random rows.
func q8Rows(rng *rand.Rand, rows, cols int) *tensor.Tensor {
	rb := cols / 32 * tensor.Q8_0BlockBytes
	b := make([]byte, rows*rb)
	x := make([]float32, cols)
	for r := 0; r < rows; r++ {
		for i := range x {
			x[i] = float32(rng.NormFloat64())
		}
		tensor.QuantizeRowQ8_0(b[r*rb:(r+1)*rb], x)
	}
	t, err := tensor.FromRaw(tensor.Q8, b, rows, cols)
	if err != nil {
		panic(err)
	}
	return t
}

func tileCases(rng *rand.Rand) []tileCase {
	i8 := make([]int8, 37*40)
	for i := range i8 {
		i8[i] = int8(rng.Intn(256) - 128)
	}
	wi8, _ := tensor.FromInt8(i8, 37, 40)
	xi8, _ := tensor.FromInt8(i8[:3*40], 3, 40)
	return []tileCase{
		{"matmul", OpMatMul, nil, []*tensor.Tensor{tileRand(rng, 37, 40), tileRand(rng, 2, 3, 40)}},
		{"matmul_i8", OpMatMulI8, nil, []*tensor.Tensor{wi8, xi8}},
		{"linear", OpLinear, nil, []*tensor.Tensor{tileRand(rng, 37, 40), tileRand(rng, 5, 40), tileRand(rng, 37)}},
		{"gemm", OpGemm, Params{Int(0), Int(1), Float(0.5), Float(2)}, []*tensor.Tensor{tileRand(rng, 5, 40), tileRand(rng, 37, 40), tileRand(rng, 37)}},
		{"gemm_no_c", OpGemm, Params{Int(0), Int(1), Float(1), Float(1)}, []*tensor.Tensor{tileRand(rng, 5, 40), tileRand(rng, 37, 40)}},
		{"conv", OpConv, Ints(1, 2, 2, 1, 1, 1, 1, 0, 1, 1), []*tensor.Tensor{tileRand(rng, 2, 3, 11, 9), tileRand(rng, 5, 3, 3, 3), tileRand(rng, 5)}},
		{"conv_dilated", OpConv, Ints(1, 2, 1, 2, 2, 1, 2, 1, 0, 2), []*tensor.Tensor{tileRand(rng, 1, 2, 13, 7), tileRand(rng, 3, 2, 3, 3)}},
		{"conv_groups", OpConv, Ints(2, 2, 1, 1, 1, 1, 1, 1, 1, 1), []*tensor.Tensor{tileRand(rng, 2, 4, 6, 5), tileRand(rng, 6, 2, 3, 3), tileRand(rng, 6)}},
		{"conv_depthwise", OpConv, Ints(3, 2, 2, 2, 1, 1, 1, 1, 1, 1), []*tensor.Tensor{tileRand(rng, 1, 3, 9, 9), tileRand(rng, 3, 1, 3, 3), tileRand(rng, 3)}},
		{"conv_1x1", OpConv, Ints(1, 2, 1, 1, 1, 1, 0, 0, 0, 0), []*tensor.Tensor{tileRand(rng, 1, 4, 5, 6), tileRand(rng, 3, 4, 1, 1)}},
		{"conv_1d", OpConv, Ints(2, 1, 2, 1, 1, 2), []*tensor.Tensor{tileRand(rng, 2, 4, 17), tileRand(rng, 6, 2, 3), tileRand(rng, 6)}},
		{"softmax", OpSoftmax, nil, []*tensor.Tensor{tileRand(rng, 2, 5, 37)}},
		{"softmax_vector", OpSoftmax, nil, []*tensor.Tensor{tileRand(rng, 300)}},
		{"conv_transpose", OpConvTranspose, Ints(1, 2, 2, 2, 1, 1, 1, 0, 0, 1, 1, 0), []*tensor.Tensor{tileRand(rng, 2, 3, 5, 4), tileRand(rng, 3, 4, 3, 3), tileRand(rng, 4)}},
		{"conv_transpose_groups", OpConvTranspose, Ints(2, 2, 2, 2, 1, 1, 0, 0, 0, 0, 0, 0), []*tensor.Tensor{tileRand(rng, 1, 4, 3, 3), tileRand(rng, 4, 3, 2, 2)}},
		{"conv_transpose_1d", OpConvTranspose, Ints(1, 1, 3, 1, 1, 0, 1), []*tensor.Tensor{tileRand(rng, 2, 2, 6), tileRand(rng, 2, 3, 4), tileRand(rng, 3)}},
		{"relu", OpRelu, nil, []*tensor.Tensor{tileRand(rng, 7, 45)}},
		{"exp", OpExp, nil, []*tensor.Tensor{tileRand(rng, 300)}},
		{"add", OpAdd, nil, []*tensor.Tensor{tileRand(rng, 4, 77), tileRand(rng, 4, 77)}},
		{"mul_scalar", OpMul, nil, []*tensor.Tensor{tileRand(rng, 4, 77), tileRand(rng, 1)}},
		{"llama_linear", OpLlamaLinear, nil, []*tensor.Tensor{q8Rows(rng, 70, 64), tileRand(rng, 3, 64)}},
		{"llama_linear_f32", OpLlamaLinear, nil, []*tensor.Tensor{tileRand(rng, 70, 64), tileRand(rng, 1, 64)}},
	}
}

func describeCase(t *testing.T, c tileCase) *NodeDesc {
	t.Helper()
	d := &NodeDesc{Node: Node{Op: c.op, Params: c.p}}
	for i, x := range c.in {
		d.Inputs = append(d.Inputs, SpecOf(x))
		d.Node.Inputs = append(d.Node.Inputs, i)
	}
	d.Node.Output = len(c.in)
	out, err := OutputSpec(c.op, c.p, d.Inputs)
	if err != nil {
		t.Fatalf("%s: %v", c.name, err)
	}
	d.Output = out
	return d
}

// TestTilesConcatenateToTheNodeOutput checks, for every tileable op and every tile size, that the tiles of a node
// concatenated are its output bit for bit.
func TestTilesConcatenateToTheNodeOutput(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for _, c := range tileCases(rng) {
		d := describeCase(t, c)
		if !d.Tileable() {
			t.Fatalf("%s: not tileable", c.name)
		}
		want, err := d.Eval(c.in)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		wb := want.Bytes()
		operands := make([][]byte, len(c.in))
		for i, x := range c.in {
			operands[i] = x.Bytes()
		}
		for log2 := uint8(MinTileLog2); 1<<(log2-1) < len(wb); log2++ {
			var got []byte
			for tile := 0; tile < Tiles(len(wb), log2); tile++ {
				b, err := d.EvalTile(operands, log2, uint32(tile))
				if err != nil {
					t.Fatalf("%s: tile %d of 2^%d: %v", c.name, tile, log2, err)
				}
				got = append(got, b...)
			}
			if !bytes.Equal(got, wb) {
				t.Fatalf("%s: tiles of 2^%d bytes differ from the node output", c.name, log2)
			}
		}
		if _, err := d.EvalTile(operands, MinTileLog2, uint32(Tiles(len(wb), MinTileLog2))); err == nil {
			t.Fatalf("%s: a tile past the output was computed", c.name)
		}
	}
}

func TestUntileableNodes(t *testing.T) {
	rng := rand.New(rand.NewSource(2))
	for _, c := range []tileCase{
		{"add_broadcast", OpAdd, nil, []*tensor.Tensor{tileRand(rng, 3, 8), tileRand(rng, 8)}},
		{"gemm_transA", OpGemm, Params{Int(1), Int(1), Float(1), Float(1)}, []*tensor.Tensor{tileRand(rng, 40, 5), tileRand(rng, 37, 40)}},
		{"conv_pads_past_window", OpConv, Ints(1, 2, 1, 1, 1, 1, 3, 0, 0, 0), []*tensor.Tensor{tileRand(rng, 1, 3, 5, 5), tileRand(rng, 2, 3, 3, 3)}},
	} {
		if describeCase(t, c).Tileable() {
			t.Errorf("%s: tileable", c.name)
		}
	}
}

func TestTileWord(t *testing.T) {
	w := EncodeTile(13, 7)
	l, i, ok, err := DecodeTile(w[:])
	if err != nil || !ok || l != 13 || i != 7 {
		t.Fatalf("decode: %d %d %v %v", l, i, ok, err)
	}
	if _, _, ok, err := DecodeTile(make([]byte, 32)); ok || err != nil {
		t.Fatalf("the zero word: %v %v", ok, err)
	}
	bad := EncodeTile(40, 1)
	if _, _, _, err := DecodeTile(bad[:]); err == nil {
		t.Fatal("a tile of 2^40 bytes decoded")
	}
}

func TestPlanTiles(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	c := tileCase{"matmul", OpMatMul, nil, []*tensor.Tensor{tileRand(rng, 512, 256), tileRand(rng, 1, 256)}}
	d := describeCase(t, c)
	steps := d.Cost().Steps()
	if l, n := d.PlanTiles(steps); l != 0 || n != 0 {
		t.Fatalf("a node within the budget is tiled: %d, %d", l, n)
	}
	l, n := d.PlanTiles(steps / 5)
	if l == 0 || n < 5 || n > 16 {
		t.Fatalf("tiles of 2^%d bytes, %d of them, for a budget of a fifth", l, n)
	}
	if Tiles(2048, l) != n {
		t.Fatalf("%d tiles of 2^%d for 2048 bytes", n, l)
	}
}

// TestPlanTilesLlamaLogits plans the logits node of 7B- and 13B-shaped Q8_0 models (vocabulary 32000, width 4096
// and 5120) under the default budget of 2^28 steps: the 13B node alone is estimated beyond 2^32 steps, more than
// a VM level holds, and every tile within the budget.
func TestPlanTilesLlamaLogits(t *testing.T) {
	for _, c := range []struct {
		width, tiles int
		log2         uint8
	}{{4096, 16, 13}, {5120, 32, 12}} {
		d := &NodeDesc{Node: Node{Op: OpLlamaLinear, Inputs: []int{0, 1}, Output: 2},
			Inputs: []Spec{{tensor.Q8, []int{32000, c.width}}, {tensor.F32, []int{1, c.width}}}}
		out, err := OutputSpec(OpLlamaLinear, nil, d.Inputs)
		if err != nil {
			t.Fatal(err)
		}
		d.Output = out
		steps := d.Cost().Steps()
		l, n := d.PlanTiles(1 << 28)
		if l != c.log2 || n != c.tiles {
			t.Fatalf("width %d: %d tiles of 2^%d bytes, want %d of 2^%d", c.width, n, l, c.tiles, c.log2)
		}
		perTile := vmStartSteps + (steps-vmStartSteps)/uint64(32000)*uint64(1<<l/4)
		if perTile > 1<<28 {
			t.Fatalf("width %d: a tile is estimated at %d steps", c.width, perTile)
		}
		t.Logf("logits of width %d: %d steps whole, %d tiles of %d logits, ≈%d steps each", c.width, steps, n, 1<<l/4, perTile)
	}
}

// TestPlanTilesWideRows plans a softmax over rows so long that the two rows a tile may touch are over the budget:
// the tiles are the largest that cover at most a row, each estimated at no more than two rows' run (smaller tiles
// would only multiply the runs).
func TestPlanTilesWideRows(t *testing.T) {
	const rows, cols = 40, 6625 // PP-OCRv4's recognizer: 40 time steps over 6625 characters
	d := &NodeDesc{Node: Node{Op: OpSoftmax, Inputs: []int{0}, Output: 1},
		Inputs: []Spec{{tensor.F32, []int{1, rows, cols}}}, Output: Spec{tensor.F32, []int{1, rows, cols}}}
	steps := d.Cost().Steps()
	row := (steps - vmStartSteps) / rows
	budget := row * 3 / 2
	l, n := d.PlanTiles(budget)
	if l != 14 || n != Tiles(rows*cols*4, 14) {
		t.Fatalf("%d tiles of 2^%d bytes; want tiles of 2^14 bytes (4096 of a row's %d elements)", n, l, cols)
	}
	if est := d.TileSteps(l); est > vmStartSteps+3*row {
		t.Fatalf("a tile is estimated at %d steps, more than the 2 rows (%d steps each) it may touch", est, row)
	}
	// Tile 0 starts a row and covers 4096 of its 6625 elements; tile 1 straddles rows 0 and 1.
	if got := d.CostliestTile(l); got != 1 {
		t.Fatalf("the costliest tile is %d, want 1 (the first to straddle two rows)", got)
	}
	// With a budget above two rows, tiles fit it.
	if l, n := d.PlanTiles(3 * row); n < 2 || d.TileSteps(l) > 3*row {
		t.Fatalf("budget of 3 rows: %d tiles of 2^%d bytes, estimated at %d steps", n, l, d.TileSteps(l))
	}
}
