// Command executor is the opml VM program that evaluates machine-learning
// graphs. It is cross-compiled for the VM (internal/mipsbuild, GOARCH=mips)
// and finds its work at fixed addresses (package graph's layout constants,
// docs/executor.md):
//
//   - Node mode (a node descriptor at graph.DescriptorAddr): reads the
//     node's operands from graph.InputAddr(i), evaluates the node with
//     graph.EvalNode's code path (graph.NodeDesc.Eval) and writes the
//     result's canonical bytes at graph.OutputAddr. With a tile word at
//     graph.TileAddr (graph.EncodeTile: tile t of 2^L bytes) it computes
//     only that tile (graph.NodeDesc.EvalTile) and writes it where it lies
//     in the output, at graph.OutputAddr + t·2^L.
//   - Graph mode (a graph descriptor at graph.DescriptorAddr): reads the
//     inputs from their places in graph.IOLayout and the weights from
//     theirs in graph.WeightLayout, runs every node with graph.Run and
//     writes the graph outputs where graph.IOLayout places them (a single
//     output at graph.OutputAddr).
//
// It exits 0 on success; on a malformed descriptor or operand it prints the
// reason on stderr and exits 1.
package main

import (
	"fmt"
	"os"

	"github.com/opml-dev/opml/graph"
	"github.com/opml-dev/opml/tensor"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "executor:", err)
		os.Exit(1)
	}
}

func run() error {
	header := region(graph.DescriptorAddr, 16)
	n, err := graph.DescriptorLength(header)
	if err != nil {
		return err
	}
	switch string(header[:8]) {
	case graph.NodeMagic:
		if n > graph.DescriptorRegion {
			return fmt.Errorf("node descriptor of %d bytes exceeds its %d-byte region", n, graph.DescriptorRegion)
		}
		return runNode(region(graph.DescriptorAddr, n))
	default: // graph.GraphMagic
		if n > graph.GraphRegion {
			return fmt.Errorf("graph descriptor of %d bytes exceeds its %d-byte region", n, graph.GraphRegion)
		}
		return runGraph(region(graph.DescriptorAddr, n))
	}
}

// readTensor decodes a tensor of spec s stored at addr.
func readTensor(addr uint32, s graph.Spec) (*tensor.Tensor, error) {
	n, err := s.ByteSize()
	if err != nil {
		return nil, err
	}
	return tensor.FromBytes(s.DType, region(addr, n), s.Shape...)
}

// readRaw returns the tensor of spec s stored at addr in place
// (tensor.FromRaw), for the ops that read their operands' bytes as they are
// (graph.Op.TakesRaw): a 75 MB weight matrix is then not decoded into a
// copy.
func readRaw(addr uint32, s graph.Spec) (*tensor.Tensor, error) {
	n, err := s.ByteSize()
	if err != nil {
		return nil, err
	}
	return tensor.FromRaw(s.DType, region(addr, n), s.Shape...)
}

// writeTensor stores t's canonical bytes at addr.
func writeTensor(addr uint32, t *tensor.Tensor) {
	b := t.Bytes()
	copy(region(addr, len(b)), b)
}

func runNode(desc []byte) error {
	d, err := graph.DecodeNodeDesc(desc)
	if err != nil {
		return err
	}
	log2, tile, tiled, err := graph.DecodeTile(region(graph.TileAddr, 32))
	if err != nil {
		return err
	}
	if tiled {
		return runTile(d, log2, tile)
	}
	read := readTensor
	if d.Node.Op.TakesRaw() {
		read = readRaw
	}
	inputs := make([]*tensor.Tensor, len(d.Inputs))
	for i, s := range d.Inputs {
		if inputs[i], err = read(graph.InputAddr(i), s); err != nil {
			return fmt.Errorf("operand %d: %w", i, err)
		}
	}
	out, err := d.Eval(inputs)
	if err != nil {
		return err
	}
	writeTensor(graph.OutputAddr, out)
	return nil
}

// runTile computes tile t of the node: only the operand rows it needs are
// decoded, from the operand regions in place.
func runTile(d *graph.NodeDesc, log2 uint8, t uint32) error {
	operands := make([][]byte, len(d.Inputs))
	for i, s := range d.Inputs {
		n, err := s.ByteSize()
		if err != nil {
			return fmt.Errorf("operand %d: %w", i, err)
		}
		operands[i] = region(graph.InputAddr(i), n)
	}
	out, err := d.EvalTile(operands, log2, t)
	if err != nil {
		return err
	}
	copy(region(graph.OutputAddr+t<<log2, len(out)), out)
	return nil
}

func runGraph(desc []byte) error {
	g, err := graph.DecodeGraph(desc)
	if err != nil {
		return err
	}
	addrs, err := graph.WeightLayout(g)
	if err != nil {
		return err
	}
	for id := range g.Tensors {
		ti := &g.Tensors[id]
		if ti.Kind == graph.Weight {
			if ti.Value, err = readTensor(addrs[id], ti.Spec()); err != nil {
				return fmt.Errorf("weight %d: %w", id, err)
			}
		}
	}
	if err := g.Validate(); err != nil {
		return err
	}
	inAddrs, outAddrs, err := graph.IOLayout(g)
	if err != nil {
		return err
	}
	inputs := make([]*tensor.Tensor, len(g.Inputs))
	for i, id := range g.Inputs {
		if inputs[i], err = readTensor(inAddrs[i], g.Tensors[id].Spec()); err != nil {
			return fmt.Errorf("input %d: %w", i, err)
		}
	}
	values, err := graph.Run(g, inputs...)
	if err != nil {
		return err
	}
	for i, id := range g.Outputs {
		writeTensor(outAddrs[i], values[id])
	}
	return nil
}
