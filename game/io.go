package game

import (
	"fmt"
	"slices"

	"github.com/opml-dev/opml/graph"
	"github.com/opml-dev/opml/tensor"
)

// TensorIO is one of a model's graph inputs or outputs as its registration lists it (the registry's TensorIO):
// what a client encodes into a request or decodes from a result, and where the games find it.
//
// A request's input is the graph inputs' canonical bytes concatenated in the listed order (a shorter input is
// zero-padded); a result's output is the graph outputs' bytes concatenated likewise (docs/game.md, "Inputs and
// outputs").
type TensorIO struct {
	Name  string
	DType tensor.DType
	Shape []int
	// ID is the tensor's id: its leaf in the graph state (multi-phase).
	ID uint32
	// Size is the byte length of its canonical encoding.
	Size uint32
	// Offset is where graph.IOLayout places its region in graph mode, from graph.InputAddr(0) (inputs) or
	// graph.OutputAddr (outputs): where a single-phase game inserts an input and finds an output.
	Offset uint32
}

// Spec returns the tensor's dtype and shape.
func (t TensorIO) Spec() graph.Spec { return graph.Spec{DType: t.DType, Shape: t.Shape} }

// ioList returns the registration's list of g's inputs and outputs with their graph-mode offsets, and the total
// byte sizes of each list.
func ioList(g *graph.Graph) (ins, outs []TensorIO, inSize, outSize int, err error) {
	inAddrs, outAddrs, err := graph.IOLayout(g)
	if err != nil {
		return nil, nil, 0, 0, fmt.Errorf("game: graph inputs and outputs: %w", err)
	}
	list := func(ids []int, addrs []uint32, base uint32) ([]TensorIO, int, error) {
		out := make([]TensorIO, len(ids))
		total := 0
		for i, id := range ids {
			ti := &g.Tensors[id]
			n, err := ti.Spec().ByteSize()
			if err != nil {
				return nil, 0, fmt.Errorf("game: graph tensor %d: %w", id, err)
			}
			out[i] = TensorIO{Name: ti.Name, DType: ti.DType, Shape: slices.Clone(ti.Shape), ID: uint32(id), Size: uint32(n),
				Offset: addrs[i] - base}
			total += n
		}
		if total > graph.RegionSize {
			return nil, 0, fmt.Errorf("game: %d bytes of graph inputs or outputs, more than a region", total)
		}
		return out, total, nil
	}
	if ins, inSize, err = list(g.Inputs, inAddrs, graph.InputAddr(0)); err != nil {
		return nil, nil, 0, 0, err
	}
	if outs, outSize, err = list(g.Outputs, outAddrs, graph.OutputAddr); err != nil {
		return nil, nil, 0, 0, err
	}
	return ins, outs, inSize, outSize, nil
}

// SplitTensors cuts the concatenated bytes of the listed tensors (a request's input padded to the model's input
// size, or a result's output) into one tensor per entry.
func SplitTensors(list []TensorIO, data []byte) ([]*tensor.Tensor, error) {
	out := make([]*tensor.Tensor, len(list))
	off := 0
	for i, t := range list {
		end := off + int(t.Size)
		if end > len(data) {
			return nil, fmt.Errorf("game: %d bytes hold no %s (%v) at byte %d", len(data), t.Name, t.Spec(), off)
		}
		v, err := tensor.FromBytes(t.DType, data[off:end], t.Shape...)
		if err != nil {
			return nil, fmt.Errorf("game: %s is not %v: %w", t.Name, t.Spec(), err)
		}
		out[i], off = v, end
	}
	if off != len(data) {
		return nil, fmt.Errorf("game: %d bytes where the tensors take %d", len(data), off)
	}
	return out, nil
}

// JoinTensors concatenates the canonical bytes of ts (a request's input or a result's output).
func JoinTensors(ts []*tensor.Tensor) []byte {
	var out []byte
	for _, t := range ts {
		out = append(out, t.Bytes()...)
	}
	return out
}

// sameIO reports whether two lists are equal.
func sameIO(a, b []TensorIO) bool {
	return slices.EqualFunc(a, b, func(x, y TensorIO) bool {
		return x.Name == y.Name && x.DType == y.DType && slices.Equal(x.Shape, y.Shape) && x.ID == y.ID && x.Size == y.Size &&
			x.Offset == y.Offset
	})
}
