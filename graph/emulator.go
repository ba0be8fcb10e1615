//go:build !mips

// The host side of the executor. It is left out of MIPS builds because
// linking package vm into the executor would cost every VM run about half a
// million steps of package initialisation (measured: 966k instead of 428k
// steps for a 4-element relu node) for code the executor never calls.

package graph

import (
	"fmt"
	"math/bits"

	"github.com/opml-dev/opml/tensor"
	"github.com/opml-dev/opml/vm"
)

// NodeEmulator returns a VM at step 0 that runs the executor program
// (models/executor built for the VM) on node i of g: the node descriptor
// is written at DescriptorAddr and the canonical bytes of operand j at
// InputAddr(j). Run it to completion and check it with CheckOutput.
func NodeEmulator(executorELF []byte, g *Graph, i int, inputs []*tensor.Tensor) (*vm.Emulator, error) {
	d, err := Describe(g, i)
	if err != nil {
		return nil, err
	}
	if len(inputs) != len(d.Inputs) {
		return nil, fmt.Errorf("%w: node %d takes %d operands, got %d", ErrGraph, i, len(d.Inputs), len(inputs))
	}
	e, err := vm.NewEmulator(executorELF, vm.Config{})
	if err != nil {
		return nil, fmt.Errorf("graph: loading the executor: %w", err)
	}
	if err := e.Mem.WriteBytes(DescriptorAddr, d.Encode()); err != nil {
		return nil, err
	}
	for j, t := range inputs {
		if t == nil || !SpecOf(t).Equal(d.Inputs[j]) {
			return nil, fmt.Errorf("%w: node %d operand %d is not %v", ErrGraph, i, j, d.Inputs[j])
		}
		if err := e.Mem.WriteBytes(InputAddr(j), t.Bytes()); err != nil {
			return nil, err
		}
	}
	return e, nil
}

// TileEmulator is NodeEmulator for tile t (of 2^log2 bytes) of node i: the
// tile word (EncodeTile) is written at TileAddr as well. The run writes the
// tile at OutputAddr + t·2^log2.
func TileEmulator(executorELF []byte, g *Graph, i int, inputs []*tensor.Tensor, log2 uint8, t uint32) (*vm.Emulator, error) {
	e, err := NodeEmulator(executorELF, g, i, inputs)
	if err != nil {
		return nil, err
	}
	w := EncodeTile(log2, t)
	if err := e.Mem.WriteBytes(TileAddr, w[:]); err != nil {
		return nil, err
	}
	return e, nil
}

// GraphEmulator returns a VM at step 0 that runs the executor program on
// the whole of g (graph mode): the graph descriptor at DescriptorAddr, the
// inputs (one per graph input, in order) where IOLayout places them and
// the weights where WeightLayout places them.
func GraphEmulator(executorELF []byte, g *Graph, inputs ...*tensor.Tensor) (*vm.Emulator, error) {
	desc, err := EncodeGraph(g)
	if err != nil {
		return nil, err
	}
	if err := checkInputs(g, inputs); err != nil {
		return nil, err
	}
	inAddrs, _, err := IOLayout(g)
	if err != nil {
		return nil, err
	}
	addrs, err := WeightLayout(g)
	if err != nil {
		return nil, err
	}
	e, err := vm.NewEmulator(executorELF, vm.Config{})
	if err != nil {
		return nil, fmt.Errorf("graph: loading the executor: %w", err)
	}
	if err := e.Mem.WriteBytes(DescriptorAddr, desc); err != nil {
		return nil, err
	}
	for i, in := range inputs {
		if err := e.Mem.WriteBytes(inAddrs[i], in.Bytes()); err != nil {
			return nil, err
		}
	}
	for id, ti := range g.Tensors {
		if ti.Kind == Weight {
			if err := e.Mem.WriteBytes(addrs[id], ti.Value.Bytes()); err != nil {
				return nil, err
			}
		}
	}
	return e, nil
}

// OutputRoot returns the root of the output region that holds a tensor of
// spec s: the aligned region of PaddedSize bytes at OutputAddr.
func OutputRoot(mem *vm.Memory, s Spec) ([32]byte, error) { return regionRoot(mem, OutputAddr, s) }

func regionRoot(mem *vm.Memory, addr uint32, s Spec) ([32]byte, error) {
	n, err := s.ByteSize()
	if err != nil {
		return [32]byte{}, err
	}
	return mem.RegionRoot(addr, bits.Len(uint(PaddedSize(n)))-1)
}

// CheckGraphOutputs checks a finished graph-mode run: the VM exited with
// code 0 and the region of every graph output (IOLayout) holds a tensor
// whose commitment is the corresponding want.
func CheckGraphOutputs(e *vm.Emulator, g *Graph, want [][32]byte) error {
	if err := checkExit(e); err != nil {
		return err
	}
	_, addrs, err := IOLayout(g)
	if err != nil {
		return err
	}
	if len(want) != len(addrs) {
		return fmt.Errorf("%w: %d commitments for %d outputs", ErrGraph, len(want), len(addrs))
	}
	for i, id := range g.Outputs {
		got, err := regionRoot(e.Mem, addrs[i], g.Tensors[id].Spec())
		if err != nil {
			return err
		}
		if got != want[i] {
			return fmt.Errorf("graph: the VM's output %d has root %x, the native commitment is %x", i, got, want[i])
		}
	}
	return nil
}

// checkExit requires a finished run that exited with code 0.
func checkExit(e *vm.Emulator) error {
	st := &e.State
	switch {
	case st.Fault != vm.FaultNone:
		return fmt.Errorf("graph: the executor faulted at step %d: %v (pc %#x)", st.Step, st.Fault, st.Thread.PC)
	case !st.Exited:
		return fmt.Errorf("graph: the executor has not exited after %d steps", st.Step)
	case st.ExitCode != 0:
		return fmt.Errorf("graph: the executor exited with code %d", st.ExitCode)
	}
	return nil
}

// CheckOutput checks a finished executor run: the VM exited with code 0
// and its output region holds a tensor whose commitment is want.
func CheckOutput(e *vm.Emulator, s Spec, want [32]byte) error {
	if err := checkExit(e); err != nil {
		return err
	}
	got, err := OutputRoot(e.Mem, s)
	if err != nil {
		return err
	}
	if got != want {
		return fmt.Errorf("graph: the VM's output root %x differs from the native commitment %x", got, want)
	}
	return nil
}
