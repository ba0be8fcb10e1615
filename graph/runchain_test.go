package graph

import (
	"bytes"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/opml-dev/opml/tensor"
)

// TestChainsMatchNodeByNode builds graphs of elementwise chains — the
// HardSwish an exporter writes (Add, Clip, Mul, Div), operands of one
// element on either side, a node reading its predecessor twice, a chain
// output that is also a graph output and one that a later chain reads,
// a chain broken by a broadcast operand and by an intermediate read
// twice — and requires RunEach without a callback (chains run block by
// block, storage recycled) to give Run's bytes (node by node) on inputs
// with NaNs, infinities and signed zeros, at sizes around the block.
func TestChainsMatchNodeByNode(t *testing.T) {
	r := rand.New(rand.NewPCG(2, 22))
	for _, n := range []int{1, 7, 2048, 2049, 6000} {
		b := NewBuilder()
		x := b.Input("x", tensor.F32, 2, n)
		scalar := func(v float32) int {
			s, _ := tensor.FromFloat32([]float32{v}, 1)
			return b.Weight("s", s)
		}
		rowv := make([]float32, n)
		for i := range rowv {
			rowv[i] = float32(r.NormFloat64())
		}
		row, _ := tensor.FromFloat32(rowv, n)
		// HardSwish: x · clip(x + 3, 0, 6) / 6.
		a := b.Node("a", OpAdd, nil, x, scalar(3))
		c := b.Node("c", OpClip, Params{Float(0), Float(6)}, a)
		m := b.Node("m", OpMul, nil, x, c)
		hs := b.Node("hs", OpDiv, nil, m, scalar(6))
		// One-element operands first, a node reading its predecessor twice,
		// an op with an elementary function.
		s1 := b.Node("s1", OpSub, nil, scalar(0.5), hs)
		sq := b.Node("sq", OpMul, nil, s1, s1)
		e := b.Node("e", OpErf, nil, sq)
		rl := b.Node("rl", OpRelu, nil, e)
		// A broadcast operand ends a chain; an intermediate read twice too.
		bc := b.Node("bc", OpMul, nil, rl, b.Weight("row", row))
		t1 := b.Node("t1", OpSigmoid, nil, bc)
		t2 := b.Node("t2", OpMul, nil, t1, scalar(2))
		t3 := b.Node("t3", OpAdd, nil, t2, t1)
		t4 := b.Node("t4", OpNeg, nil, t3)
		g, err := b.Build(t4, hs)
		if err != nil {
			t.Fatal(err)
		}
		xv := make([]float32, 2*n)
		for i := range xv {
			xv[i] = float32(r.NormFloat64() * 4)
			switch r.IntN(30) {
			case 0:
				xv[i] = float32(math.NaN())
			case 1:
				xv[i] = float32(math.Inf(1 - 2*r.IntN(2)))
			case 2:
				xv[i] = float32(math.Copysign(0, float64(r.IntN(2))-0.5))
			}
		}
		in, _ := tensor.FromFloat32(xv, 2, n)
		all, err := Run(g, in)
		if err != nil {
			t.Fatal(err)
		}
		for rep := 0; rep < 2; rep++ { // the second run reuses recycled storage
			outs, err := RunEach(g, []*tensor.Tensor{in}, nil)
			if err != nil {
				t.Fatal(err)
			}
			for k, id := range g.Outputs {
				if !bytes.Equal(outs[k].Bytes(), all[id].Bytes()) {
					t.Fatalf("n=%d run %d: output %s differs from node-by-node evaluation", n, rep, g.Tensors[id].Name)
				}
			}
		}
		last := make([]int, len(g.Tensors))
		for i, nd := range g.Nodes {
			for _, in := range nd.Inputs {
				last[in] = i
			}
		}
		for _, id := range g.Outputs {
			last[id] = len(g.Nodes)
		}
		var ends []int
		for i := 0; i < len(g.Nodes); i = chainEnd(g, i, last) {
			ends = append(ends, chainEnd(g, i, last))
		}
		// (With n = 1 the row is one element too, and joins a chain.)
		if want := []int{4, 8, 9, 10, 13}; n > 1 && !equalInts(ends, want) {
			t.Fatalf("chains end at %v, want %v", ends, want)
		}
	}
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
