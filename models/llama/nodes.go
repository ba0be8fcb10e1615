package llama

import (
	"fmt"
)

// Value is one tensor flowing between nodes: float32 rows, binary16 bit
// patterns (the KV caches) or int32 token ids.
type Value struct {
	F32 []float32
	F16 []uint16
	I32 []int32
}

// Inputs returns the nodes whose outputs are n's inputs, in the order
// EvalNode takes them, within one forward call of a model of the given
// number of layers. Weights are not listed: they are the model's, selected
// by n's kind and layer. The first input of kv_store, the layer's caches
// before the call (the previous call's kv_store output; empty at position
// 0), is named Node{NodeKVStore, layer, Pos0, T: 0}. The tokens of embed
// are the call's input, not a node's output: embed has no inputs here.
func (n Node) Inputs(layers int) []Node {
	at := func(kind NodeKind, layer int) Node { return Node{kind, layer, n.Pos0, n.T} }
	resid := func(l int) Node { // the residual stream entering layer l
		if l == 0 {
			return at(NodeEmbed, -1)
		}
		return at(NodeFFNRes, l-1)
	}
	l := n.Layer
	switch n.Kind {
	case NodeAttnNorm:
		return []Node{resid(l)}
	case NodeQ, NodeK, NodeV:
		return []Node{at(NodeAttnNorm, l)}
	case NodeRopeQ:
		return []Node{at(NodeQ, l)}
	case NodeRopeK:
		return []Node{at(NodeK, l)}
	case NodeKVStore:
		return []Node{{NodeKVStore, l, n.Pos0, 0}, at(NodeRopeK, l), at(NodeV, l)}
	case NodeAttn:
		return []Node{at(NodeRopeQ, l), at(NodeKVStore, l)}
	case NodeAttnOut:
		return []Node{at(NodeAttn, l)}
	case NodeAttnRes:
		return []Node{resid(l), at(NodeAttnOut, l)}
	case NodeFFNNorm:
		return []Node{at(NodeAttnRes, l)}
	case NodeGate, NodeUp:
		return []Node{at(NodeFFNNorm, l)}
	case NodeSwiGLU:
		return []Node{at(NodeGate, l), at(NodeUp, l)}
	case NodeDown:
		return []Node{at(NodeSwiGLU, l)}
	case NodeFFNRes:
		return []Node{at(NodeAttnRes, l), at(NodeDown, l)}
	case NodeNorm:
		return []Node{resid(layers)}
	case NodeLogits:
		return []Node{at(NodeNorm, -1)}
	}
	return nil
}

// EvalNode computes node n of this model from its inputs (in the order of
// Node.Inputs; embed takes the tokens) with exactly the functions and
// orders Forward uses, so it reproduces Forward's output bit for bit. The
// caches of kv_store and attn are one Value holding the layer's K cache
// rows followed by its V cache rows (KVDim each); norm takes the rows
// whose logits are wanted.
func (m *Model) EvalNode(n Node, in []Value) (Value, error) {
	c := m.Config
	want := len(n.Inputs(c.Layers))
	if n.Kind == NodeEmbed {
		want = 1
	}
	if len(in) != want {
		return Value{}, fmt.Errorf("llama: node %v takes %d inputs, got %d", n.Kind, want, len(in))
	}
	if n.Layer >= c.Layers || (n.Layer < 0 && n.Kind != NodeEmbed && n.Kind != NodeNorm && n.Kind != NodeLogits) {
		return Value{}, fmt.Errorf("llama: node %v of layer %d", n.Kind, n.Layer)
	}
	var b *Block
	if n.Layer >= 0 {
		b = &m.Blocks[n.Layer]
	}
	f32 := func(size int) []float32 { return make([]float32, size) }
	dim, kvDim, hd := c.Dim, c.KVDim(), c.HeadDim()
	x := in[0].F32
	switch n.Kind {
	case NodeEmbed:
		out := f32(len(in[0].I32) * dim)
		return Value{F32: out}, Embed(out, m.Embed, in[0].I32)
	case NodeAttnNorm, NodeFFNNorm, NodeNorm:
		w := m.Norm
		if n.Kind == NodeAttnNorm {
			w = b.AttnNorm
		} else if n.Kind == NodeFFNNorm {
			w = b.FFNNorm
		}
		out := f32(len(x))
		RMSNorm(out, x, w, c.NormEps)
		return Value{F32: out}, nil
	case NodeQ, NodeK, NodeV, NodeAttnOut, NodeGate, NodeUp, NodeDown, NodeLogits:
		w := map[NodeKind]*Matrix{NodeLogits: m.Output}[n.Kind]
		if b != nil {
			w = map[NodeKind]*Matrix{NodeQ: b.Wq, NodeK: b.Wk, NodeV: b.Wv, NodeAttnOut: b.Wo, NodeGate: b.Gate, NodeUp: b.Up, NodeDown: b.Down}[n.Kind]
		}
		if len(x)%w.Cols != 0 || len(x) == 0 {
			return Value{}, fmt.Errorf("llama: node %v: %d inputs for rows of %d", n.Kind, len(x), w.Cols)
		}
		T := len(x) / w.Cols
		out := f32(T * w.Rows)
		return Value{F32: out}, Linear(out, w, x, T)
	case NodeRopeQ, NodeRopeK:
		heads := c.Heads
		if n.Kind == NodeRopeK {
			heads = c.KVHeads
		}
		out := f32(len(x))
		RoPE(out, x, heads, hd, RopeTable(n.Pos0, n.T, hd, c.RopeBase))
		return Value{F32: out}, nil
	case NodeKVStore:
		old := in[0].F16
		if len(old) != 2*n.Pos0*kvDim || len(in[1].F32) != n.T*kvDim || len(in[2].F32) != n.T*kvDim {
			return Value{}, fmt.Errorf("llama: kv_store: caches of %d values for position %d", len(old), n.Pos0)
		}
		k := make([]uint16, (n.Pos0+n.T)*kvDim)
		v := make([]uint16, (n.Pos0+n.T)*kvDim)
		copy(k, old[:n.Pos0*kvDim])
		copy(v, old[n.Pos0*kvDim:])
		StoreKV(k, v, in[1].F32, in[2].F32, n.Pos0, kvDim)
		return Value{F16: append(k, v...)}, nil
	case NodeAttn:
		kv := in[1].F16
		if len(kv) != 2*(n.Pos0+n.T)*kvDim || len(x) != n.T*dim {
			return Value{}, fmt.Errorf("llama: attn: caches of %d values for %d positions", len(kv), n.Pos0+n.T)
		}
		out := f32(len(x))
		Attention(out, x, kv[:len(kv)/2], kv[len(kv)/2:], n.Pos0, c)
		return Value{F32: out}, nil
	case NodeAttnRes, NodeFFNRes:
		out := f32(len(x))
		Add(out, x, in[1].F32)
		return Value{F32: out}, nil
	case NodeSwiGLU:
		out := f32(len(x))
		SwiGLU(out, x, in[1].F32)
		return Value{F32: out}, nil
	}
	return Value{}, fmt.Errorf("llama: unknown node %v", n.Kind)
}
