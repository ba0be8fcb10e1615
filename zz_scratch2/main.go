package main

import (
	"fmt"
	"math/rand/v2"

	"github.com/opml-dev/opml/graph"
	"github.com/opml-dev/opml/models/executor/host"
	"github.com/opml-dev/opml/tensor"
)

func main() {
	const n = 32768
	rt := func(shape ...int) *tensor.Tensor {
		k := 1
		for _, d := range shape {
			k *= d
		}
		v := make([]float32, k)
		for i := range v {
			v[i] = float32(rand.NormFloat64())
		}
		t, _ := tensor.FromFloat32(v, shape...)
		return t
	}
	for _, c := range []struct {
		name string
		op   graph.Op
		b    *tensor.Tensor
	}{{"add", graph.OpAdd, rt(1)}, {"mul", graph.OpMul, rt(1)}, {"div", graph.OpDiv, rt(1)}, {"mul_full", graph.OpMul, rt(n)}, {"div_full", graph.OpDiv, rt(n)}, {"sub", graph.OpSub, rt(1)}} {
		x := rt(n)
		b := graph.NewBuilder()
		in := b.Input("x", tensor.F32, n)
		g, err := b.Build(b.Node("o", c.op, nil, in, b.Weight("b", c.b)))
		if err != nil {
			panic(err)
		}
		d, _ := graph.Describe(g, 0)
		e, err := host.Shipped().NodeEmulator(g, 0, []*tensor.Tensor{x, c.b})
		if err != nil {
			panic(err)
		}
		e.Run(1 << 40)
		fmt.Printf("%s: est %d, measured %d, per elem %.0f (start 430k)\n", c.name, d.Cost().Steps(), e.State.Step, float64(e.State.Step-430000)/n)
	}
}
