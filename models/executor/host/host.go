// Package host is the host side of the executor (models/executor, the guest): it builds the VM states that run
// the executor on a node, a tile of a node or a whole graph, and checks finished runs against the native
// commitments. It lives apart from package graph so that the guest, which imports graph, does not link package vm:
// that would cost every VM run about half a million steps of package initialisation (measured: 966k instead of
// 428k steps for a 4-element relu node) for code the executor never calls.
package host

import (
	"fmt"
	"math/bits"

	"github.com/opml-dev/opml/graph"
	"github.com/opml-dev/opml/tensor"
	"github.com/opml-dev/opml/vm"
)

// NodeEmulator returns a VM at step 0 that runs the image on node i of g: the node descriptor
// is written at graph.DescriptorAddr and the canonical bytes of operand j at
// graph.InputAddr(j). Run it to completion and check it with CheckOutput.
func (im *Image) NodeEmulator(g *graph.Graph, i int, inputs []*tensor.Tensor) (*vm.Emulator, error) {
	d, err := graph.Describe(g, i)
	if err != nil {
		return nil, err
	}
	if len(inputs) != len(d.Inputs) {
		return nil, fmt.Errorf("%w: node %d takes %d operands, got %d", graph.ErrGraph, i, len(d.Inputs), len(inputs))
	}
	e, err := im.Emulator()
	if err != nil {
		return nil, err
	}
	if err := e.Mem.WriteBytes(graph.DescriptorAddr, d.Encode()); err != nil {
		return nil, err
	}
	for j, t := range inputs {
		if t == nil || !graph.SpecOf(t).Equal(d.Inputs[j]) {
			return nil, fmt.Errorf("%w: node %d operand %d is not %v", graph.ErrGraph, i, j, d.Inputs[j])
		}
		if err := e.Mem.WriteBytes(graph.InputAddr(j), t.Bytes()); err != nil {
			return nil, err
		}
	}
	return e, nil
}

// TileEmulator is NodeEmulator for tile t (of 2^log2 bytes) of node i: the
// tile word (graph.EncodeTile) is written at graph.TileAddr as well. The run writes the
// tile at graph.OutputAddr + t·2^log2.
func (im *Image) TileEmulator(g *graph.Graph, i int, inputs []*tensor.Tensor, log2 uint8, t uint32) (*vm.Emulator, error) {
	e, err := im.NodeEmulator(g, i, inputs)
	if err != nil {
		return nil, err
	}
	w := graph.EncodeTile(log2, t)
	if err := e.Mem.WriteBytes(graph.TileAddr, w[:]); err != nil {
		return nil, err
	}
	return e, nil
}

// GraphEmulator returns a VM at step 0 that runs the image on
// the whole of g (graph mode): the graph descriptor at graph.DescriptorAddr, the
// inputs (one per graph input, in order) where graph.IOLayout places them and
// the weights where graph.WeightLayout places them.
func (im *Image) GraphEmulator(g *graph.Graph, inputs ...*tensor.Tensor) (*vm.Emulator, error) {
	desc, err := graph.EncodeGraph(g)
	if err != nil {
		return nil, err
	}
	if err := graph.CheckInputs(g, inputs); err != nil {
		return nil, err
	}
	inAddrs, _, err := graph.IOLayout(g)
	if err != nil {
		return nil, err
	}
	addrs, err := graph.WeightLayout(g)
	if err != nil {
		return nil, err
	}
	e, err := im.Emulator()
	if err != nil {
		return nil, err
	}
	if err := e.Mem.WriteBytes(graph.DescriptorAddr, desc); err != nil {
		return nil, err
	}
	for i, in := range inputs {
		if err := e.Mem.WriteBytes(inAddrs[i], in.Bytes()); err != nil {
			return nil, err
		}
	}
	for id, ti := range g.Tensors {
		if ti.Kind == graph.Weight {
			if err := e.Mem.WriteBytes(addrs[id], ti.Value.Bytes()); err != nil {
				return nil, err
			}
		}
	}
	return e, nil
}

// OutputRoot returns the root of the output region that holds a tensor of
// spec s: the aligned region of graph.PaddedSize bytes at graph.OutputAddr.
func OutputRoot(mem *vm.Memory, s graph.Spec) ([32]byte, error) {
	return regionRoot(mem, graph.OutputAddr, s)
}

func regionRoot(mem *vm.Memory, addr uint32, s graph.Spec) ([32]byte, error) {
	n, err := s.ByteSize()
	if err != nil {
		return [32]byte{}, err
	}
	return mem.RegionRoot(addr, bits.Len(uint(graph.PaddedSize(n)))-1)
}

// CheckGraphOutputs checks a finished graph-mode run: the VM exited with
// code 0 and the region of every graph output (graph.IOLayout) holds a tensor
// whose commitment is the corresponding want.
func CheckGraphOutputs(e *vm.Emulator, g *graph.Graph, want [][32]byte) error {
	if err := checkExit(e); err != nil {
		return err
	}
	_, addrs, err := graph.IOLayout(g)
	if err != nil {
		return err
	}
	if len(want) != len(addrs) {
		return fmt.Errorf("%w: %d commitments for %d outputs", graph.ErrGraph, len(want), len(addrs))
	}
	for i, id := range g.Outputs {
		got, err := regionRoot(e.Mem, addrs[i], g.Tensors[id].Spec())
		if err != nil {
			return err
		}
		if got != want[i] {
			return fmt.Errorf("executor: the VM's output %d has root %x, the native commitment is %x", i, got, want[i])
		}
	}
	return nil
}

// checkExit requires a finished run that exited with code 0.
func checkExit(e *vm.Emulator) error {
	st := &e.State
	switch {
	case st.Fault != vm.FaultNone:
		return fmt.Errorf("executor: faulted at step %d: %v (pc %#x)", st.Step, st.Fault, st.Thread.PC)
	case !st.Exited:
		return fmt.Errorf("executor: not exited after %d steps", st.Step)
	case st.ExitCode != 0:
		return fmt.Errorf("executor: exited with code %d", st.ExitCode)
	}
	return nil
}

// CheckOutput checks a finished executor run: the VM exited with code 0
// and its output region holds a tensor whose commitment is want.
func CheckOutput(e *vm.Emulator, s graph.Spec, want [32]byte) error {
	if err := checkExit(e); err != nil {
		return err
	}
	got, err := OutputRoot(e.Mem, s)
	if err != nil {
		return err
	}
	if got != want {
		return fmt.Errorf("executor: the VM's output root %x differs from the native commitment %x", got, want)
	}
	return nil
}
