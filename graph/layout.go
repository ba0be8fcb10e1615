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
// Graph mode: the graph descriptor at DescriptorAddr, the graph input at
// InputAddr(0), the weights packed from WeightsAddr (WeightLayout), the
// graph output written at OutputAddr.
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
	type item struct{ id, size int }
	var items []item
	for id, ti := range g.Tensors {
		if ti.Kind != Weight {
			continue
		}
		n, err := ti.Spec().ByteSize()
		if err != nil {
			return nil, fmt.Errorf("weight %d: %w", id, err)
		}
		items = append(items, item{id, PaddedSize(n)})
	}
	sort.SliceStable(items, func(a, b int) bool { return items[a].size > items[b].size })
	addrs := make([]uint32, len(g.Tensors))
	next := uint64(WeightsAddr)
	for _, it := range items {
		if next+uint64(it.size) > WeightsEnd {
			return nil, fmt.Errorf("%w: weights need more than %d bytes", ErrGraph, WeightsEnd-WeightsAddr)
		}
		addrs[it.id] = uint32(next)
		next += uint64(it.size)
	}
	return addrs, nil
}
