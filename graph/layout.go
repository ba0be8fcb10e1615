package graph

import (
	"fmt"
	"sort"
)

// VM memory layout of the executor (models/executor; see docs/executor.md).
// Every region is aligned to its size, and a tensor of padded size 2^k
// placed at the base of a region (or at an offset that is a multiple of
// 2^k) is an aligned sub-tree of the memory tree whose root is the tensor's
// Commit. The VM never hands out these addresses (mmap stays below
// 0x7F000000).
//
// Node mode: the node descriptor at DescriptorAddr, operand i at
// InputAddr(i), the result written at OutputAddr.
//
// Graph mode: the graph descriptor at DescriptorAddr, the graph inputs
// packed from InputAddr(0) and the outputs from OutputAddr (IOLayout; a
// single input sits at InputAddr(0), a single output at OutputAddr), the
// weights packed from WeightsAddr (WeightLayout).
const (
	DescriptorAddr   = 0x80000000
	DescriptorRegion = 1 << 16 // a node descriptor fits in 64 KiB
	GraphRegion      = 1 << 28 // a graph descriptor fits in 256 MiB
	inputBase        = 0x90000000
	RegionSize       = 1 << 28 // the largest tensor region
	WeightsAddr      = 0xA0000000
	WeightsEnd       = 0xD0000000 // three regions for the weights
	OutputAddr       = 0xD0000000
)

// InputAddr returns the address of operand region i (i < MaxInputs).
func InputAddr(i int) uint32 { return inputBase + uint32(i)*RegionSize }

// WeightLayout returns the address of every weight of g in graph mode, by
// tensor id (0 for tensors that are not weights). Weights are placed from
// WeightsAddr in order of decreasing padded size (ties by id), each at the
// next free address; since padded sizes are powers of two, every weight
// lands at an address aligned to its padded size, so its region root is its
// commitment, and no space is wasted between weights.
func WeightLayout(g *Graph) ([]uint32, error) {
	var ids []int
	for id, ti := range g.Tensors {
		if ti.Kind == Weight {
			ids = append(ids, id)
		}
	}
	placed, err := pack(g, ids, WeightsAddr, WeightsEnd, "weights")
	if err != nil {
		return nil, err
	}
	addrs := make([]uint32, len(g.Tensors))
	for i, id := range ids {
		addrs[id] = placed[i]
	}
	return addrs, nil
}

// IOLayout returns the addresses of g's inputs and outputs, in the order
// of g.Inputs and g.Outputs, in graph mode: packed like the weights (by
// decreasing padded size, ties in list order), the inputs in the region
// from InputAddr(0) and the outputs in the one from OutputAddr.
func IOLayout(g *Graph) (inputs, outputs []uint32, err error) {
	if inputs, err = pack(g, g.Inputs, uint64(InputAddr(0)), uint64(InputAddr(0))+RegionSize, "inputs"); err != nil {
		return nil, nil, err
	}
	outputs, err = pack(g, g.Outputs, OutputAddr, OutputAddr+RegionSize, "outputs")
	return inputs, outputs, err
}

// pack places the tensors ids from base, by decreasing padded size (ties
// in list order), each at the next free address, and returns their
// addresses in list order.
func pack(g *Graph, ids []int, base, end uint64, what string) ([]uint32, error) {
	type item struct{ i, size int }
	items := make([]item, len(ids))
	for i, id := range ids {
		n, err := g.Tensors[id].Spec().ByteSize()
		if err != nil {
			return nil, fmt.Errorf("tensor %d: %w", id, err)
		}
		items[i] = item{i, PaddedSize(n)}
	}
	sort.SliceStable(items, func(a, b int) bool { return items[a].size > items[b].size })
	addrs := make([]uint32, len(ids))
	next := base
	for _, it := range items {
		if next+uint64(it.size) > end {
			return nil, fmt.Errorf("%w: %s need more than %d bytes", ErrGraph, what, end-base)
		}
		addrs[it.i] = uint32(next)
		next += uint64(it.size)
	}
	return addrs, nil
}
