package main

import (
	"fmt"
	"sort"

	"github.com/opml-dev/opml/bench"
	"github.com/opml-dev/opml/graph"
	"github.com/opml-dev/opml/models/executor/host"
	"github.com/opml-dev/opml/models/onnx"
	"github.com/opml-dev/opml/tensor"
)

func main() {
	type best struct {
		model string
		g     *graph.Graph
		vals  []*tensor.Tensor
		i     int
		est   uint64
	}
	byOp := map[string]*best{}
	for _, m := range bench.DefaultONNXModels() {
		data, _ := m.Bytes(".")
		g, _ := onnx.Import(data, onnx.Options{Shapes: map[string][]int{m.Input: m.Shape}})
		n := 1
		for _, d := range m.Shape {
			n *= d
		}
		v := make([]float32, n)
		for k := range v {
			v[k] = float32(k%17)/8 - 1
		}
		in, _ := tensor.FromFloat32(v, m.Shape...)
		vals, err := graph.Run(g, in)
		if err != nil {
			panic(err)
		}
		for i, nd := range g.Nodes {
			d, _ := graph.Describe(g, i)
			est := d.Cost().Steps()
			k := nd.Op.String()
			if b := byOp[k]; b == nil || est > b.est {
				byOp[k] = &best{m.Name, g, vals, i, est}
			}
		}
	}
	var keys []string
	for k := range byOp {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		b := byOp[k]
		if b.est > 3e9 {
			fmt.Printf("%-18s skipped (est %.3g)\n", k, float64(b.est))
			continue
		}
		nd := b.g.Nodes[b.i]
		args := make([]*tensor.Tensor, len(nd.Inputs))
		for j, id := range nd.Inputs {
			args[j] = b.vals[id]
		}
		e, err := host.Shipped().NodeEmulator(b.g, b.i, args)
		if err != nil {
			panic(err)
		}
		e.Run(1 << 40)
		d, _ := graph.Describe(b.g, b.i)
		fmt.Printf("%-18s %-18s #%-4d out %-16v est %10.3g measured %10.3g ratio %.2f  in %v\n", k, b.model, b.i, d.Output.Shape, float64(b.est), float64(e.State.Step), float64(e.State.Step)/float64(b.est), d.Inputs)
	}
}
