package safetensors

import (
	"fmt"

	"github.com/opml-dev/opml/graph"
	"github.com/opml-dev/opml/tensor"
)

// MLPSpec describes a multilayer perceptron over named weights. Layer i
// uses the weight "<Layers[i]>.weight" of shape [out, in] and, if present,
// the bias "<Layers[i]>.bias" of shape [out] (the names and layout of a
// PyTorch nn.Linear state dict).
type MLPSpec struct {
	Layers     []string
	Activation string // between layers: "relu" (the default), "gelu" (tanh approximation), "silu" or "none"
	Batch      int    // rows of the input [Batch, in]; 0 means 1
	Argmax     bool   // end with the argmax of the last layer's outputs
	Softmax    bool   // end with a softmax of the last layer's outputs (before any argmax)
}

// MLP builds the graph of spec over weights. A layer with a bias is a
// linear node (its sums start from the bias, as in models/mnist); one
// without is a matmul. F16 and BF16 weights of a layer with a bias are
// widened to F32 exactly, since linear takes F32 operands. The input is
// F32 [Batch, in].
func MLP(weights map[string]*tensor.Tensor, spec MLPSpec) (*graph.Graph, error) {
	if len(spec.Layers) == 0 {
		return nil, fmt.Errorf("safetensors: an MLP needs at least one layer")
	}
	var act graph.Op
	switch spec.Activation {
	case "", "relu":
		act = graph.OpRelu
	case "gelu":
		act = graph.OpGelu
	case "silu":
		act = graph.OpSilu
	case "none":
	default:
		return nil, fmt.Errorf("safetensors: unknown activation %q (relu, gelu, silu or none)", spec.Activation)
	}
	batch := spec.Batch
	if batch == 0 {
		batch = 1
	}
	first, ok := weights[spec.Layers[0]+".weight"]
	if !ok {
		return nil, fmt.Errorf("safetensors: no tensor %q", spec.Layers[0]+".weight")
	}
	if len(first.Shape()) != 2 {
		return nil, fmt.Errorf("safetensors: %s.weight has shape %v, want [out, in]", spec.Layers[0], first.Shape())
	}
	// The input comes first, then every weight in layer order, then the
	// nodes: the tensor order of mnist.MLP.Graph, so the MNIST MLP has
	// the same ids and commitments however it is built.
	b := graph.NewBuilder()
	x := b.Input("input", tensor.F32, batch, first.Shape()[1])
	type layerIDs struct{ w, bias int }
	ids := make([]layerIDs, len(spec.Layers))
	for i, layer := range spec.Layers {
		wName, bName := layer+".weight", layer+".bias"
		w, ok := weights[wName]
		if !ok {
			return nil, fmt.Errorf("safetensors: no tensor %q", wName)
		}
		if s := w.Shape(); len(s) != 2 {
			return nil, fmt.Errorf("safetensors: %s has shape %v, want [out, in]", wName, s)
		}
		ids[i].bias = -1
		if bias, ok := weights[bName]; ok {
			if w.DType() != tensor.F32 {
				wide, err := tensor.Convert(w, tensor.F32)
				if err != nil {
					return nil, fmt.Errorf("safetensors: widening %s: %w", wName, err)
				}
				w = wide
			}
			if bias.DType() != tensor.F32 {
				wide, err := tensor.Convert(bias, tensor.F32)
				if err != nil {
					return nil, fmt.Errorf("safetensors: widening %s: %w", bName, err)
				}
				bias = wide
			}
			ids[i].w = b.Weight(wName, w)
			ids[i].bias = b.Weight(bName, bias)
		} else {
			ids[i].w = b.Weight(wName, w)
		}
	}
	for i, layer := range spec.Layers {
		if ids[i].bias >= 0 {
			x = b.Node(layer, graph.OpLinear, nil, ids[i].w, x, ids[i].bias)
		} else {
			x = b.Node(layer, graph.OpMatMul, nil, ids[i].w, x)
		}
		if i < len(spec.Layers)-1 && act != 0 {
			x = b.Node(fmt.Sprintf("%s.%v", layer, act), act, nil, x)
		}
	}
	if spec.Softmax {
		x = b.Node("softmax", graph.OpSoftmax, nil, x)
	}
	if spec.Argmax {
		x = b.Node("argmax", graph.OpArgmax, nil, x)
	}
	g, err := b.Build(x)
	if err != nil {
		return nil, fmt.Errorf("safetensors: building the MLP: %w", err)
	}
	return g, nil
}
