package main

import (
	"fmt"

	"github.com/opml-dev/opml/bench"
	"github.com/opml-dev/opml/graph"
	"github.com/opml-dev/opml/models/onnx"
)

func main() {
	for _, m := range bench.DefaultONNXModels() {
		data, _ := m.Bytes(".")
		g, _ := onnx.Import(data, onnx.Options{Shapes: map[string][]int{m.Input: m.Shape}})
		for i := range g.Nodes {
			d, _ := graph.Describe(g, i)
			if d.Cost().Steps() > 2e9 {
				fmt.Println(m.Name, i, d.Node.Op, d.Inputs, d.Output.Shape, d.Cost().Steps())
			}
		}
	}
}
