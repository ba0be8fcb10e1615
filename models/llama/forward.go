package llama

import (
	"fmt"
)

// State is what a generation carries from one forward call to the next:
// the number of positions done and the KV cache, one key and one value
// tensor per layer, each [positions, KVDim] of binary16 bit patterns.
type State struct {
	Pos  int
	K, V [][]uint16
	kv   int
	work workspace // buffers reused by the next Forward call
}

// workspace holds a forward call's activations.
type workspace struct {
	x, h, q, k, v, a, o, gate, up []float32
	in                            Input
}

func (w *workspace) size(c Config, T int) {
	w.x = growF32(w.x, T*c.Dim)
	w.h = growF32(w.h, T*c.Dim)
	w.q = growF32(w.q, T*c.Dim)
	w.k = growF32(w.k, T*c.KVDim())
	w.v = growF32(w.v, T*c.KVDim())
	w.a = growF32(w.a, T*c.Dim)
	w.o = growF32(w.o, T*c.Dim)
	w.gate = growF32(w.gate, T*c.HiddenDim)
	w.up = growF32(w.up, T*c.HiddenDim)
}

// NewState returns an empty state with room for capacity positions (it
// grows as needed up to ContextLen).
func (m *Model) NewState(capacity int) *State {
	capacity = max(1, min(capacity, m.ContextLen))
	st := &State{K: make([][]uint16, m.Layers), V: make([][]uint16, m.Layers), kv: m.KVDim()}
	for l := range st.K {
		st.K[l] = make([]uint16, 0, capacity*st.kv)
		st.V[l] = make([]uint16, 0, capacity*st.kv)
	}
	return st
}

// Clone returns an independent copy of st.
func (st *State) Clone() *State {
	c := &State{Pos: st.Pos, K: make([][]uint16, len(st.K)), V: make([][]uint16, len(st.V)), kv: st.kv}
	for l := range st.K {
		c.K[l] = append([]uint16(nil), st.K[l]...)
		c.V[l] = append([]uint16(nil), st.V[l]...)
	}
	return c
}

// NodeKind names one step of the forward pass. A forward call over tokens
// at positions pos0..pos0+T−1 is this sequence of nodes, each a pure
// function of the tensors named as its inputs (see the functions of
// ops.go), producing one tensor:
//
//	embed        tokens [T] (I32)                 → x [T, Dim]         Embed
//	per layer l:
//	  attn_norm  x, AttnNorm                      → h [T, Dim]         RMSNorm
//	  q, k, v    h, Wq / Wk / Wv                  → [T, Dim] / [T, KVDim] ×2  Linear
//	  rope_q     q, positions                     → q' [T, Dim]        RoPE
//	  rope_k     k, positions                     → k' [T, KVDim]      RoPE
//	  kv_store   K, V caches [pos0, KVDim], k', v → caches [pos0+T, KVDim] (F16)  StoreKV
//	  attn       q', K, V caches, positions       → a [T, Dim]         Attention
//	  attn_out   a, Wo                            → o [T, Dim]         Linear
//	  attn_res   x, o                             → x1 [T, Dim]        Add
//	  ffn_norm   x1, FFNNorm                      → h2 [T, Dim]        RMSNorm
//	  gate, up   h2, Gate / Up                    → [T, HiddenDim] ×2  Linear
//	  swiglu     gate, up                         → s [T, HiddenDim]   SwiGLU
//	  down       s, Down                          → d [T, Dim]         Linear
//	  ffn_res    x1, d                            → x [T, Dim]         Add
//	norm         x (the rows whose logits are wanted), Norm → [R, Dim] RMSNorm
//	logits       that, Output                     → [R, Vocab]         Linear
//
// followed, in a generation, by the sampling of the next token from the
// last row of logits (Sampler.Sample).
type NodeKind uint8

// The nodes, in the order a forward call runs them.
const (
	NodeEmbed NodeKind = iota
	NodeAttnNorm
	NodeQ
	NodeK
	NodeV
	NodeRopeQ
	NodeRopeK
	NodeKVStore
	NodeAttn
	NodeAttnOut
	NodeAttnRes
	NodeFFNNorm
	NodeGate
	NodeUp
	NodeSwiGLU
	NodeDown
	NodeFFNRes
	NodeNorm
	NodeLogits
	// The steps a generation graph adds (GenerationGraph): the next token
	// after a position (the prompt's, or sampled from its logits), and the
	// graph's output, the sequence's tokens.
	NodeNext
	NodeTokens
)

var nodeNames = [...]string{"embed", "attn_norm", "q", "k", "v", "rope_q", "rope_k", "kv_store", "attn",
	"attn_out", "attn_res", "ffn_norm", "gate", "up", "swiglu", "down", "ffn_res", "norm", "logits", "next", "tokens"}

func (k NodeKind) String() string {
	if int(k) < len(nodeNames) {
		return nodeNames[k]
	}
	return fmt.Sprintf("node(%d)", uint8(k))
}

// Node identifies one node of a forward call: its kind, its layer (−1
// outside the layers) and the positions it covers.
type Node struct {
	Kind  NodeKind
	Layer int
	Pos0  int // first position of the batch
	T     int // rows (tokens) of the batch
}

// Observer, if set, sees every node's output as it is produced: out holds
// the float32 output rows, or for NodeKVStore the layer's whole K cache
// followed by its whole V cache as binary16 bit patterns in kv. The slices
// are reused afterwards; copy what must be kept.
type Observer func(n Node, out []float32, kv []uint16)

// Forward runs the model on tokens at positions st.Pos, st.Pos+1, ...,
// appends their keys and values to st, and returns the logits [R, Vocab]
// of the last row (R = 1) or, with allLogits, of every row (R = T).
//
// The result is batch-invariant: running a prompt in one call, in chunks,
// or token by token gives the same bits, because every node treats each
// row on its own and attention reads exactly the cached positions up to its
// row's own.
func (m *Model) Forward(st *State, tokens []int32, allLogits bool) ([]float32, error) {
	return m.ForwardObserved(st, tokens, allLogits, nil)
}

// ForwardObserved is Forward reporting every node's output to obs.
func (m *Model) ForwardObserved(st *State, tokens []int32, allLogits bool, obs Observer) ([]float32, error) {
	c := m.Config
	T := len(tokens)
	if T == 0 {
		return nil, fmt.Errorf("llama: no tokens to run")
	}
	pos0 := st.Pos
	if pos0+T > c.ContextLen {
		return nil, fmt.Errorf("llama: %d positions exceed the context length %d", pos0+T, c.ContextLen)
	}
	see := func(kind NodeKind, layer int, out []float32, kv []uint16) {
		if obs != nil {
			obs(Node{kind, layer, pos0, T}, out, kv)
		}
	}
	dim, kvDim, hd := c.Dim, c.KVDim(), c.HeadDim()
	w := &st.work
	w.size(c, T)
	x, h, q, k, v, a, o, gate, up := w.x, w.h, w.q, w.k, w.v, w.a, w.o, w.gate, w.up
	if err := Embed(x, m.Embed, tokens); err != nil {
		return nil, err
	}
	see(NodeEmbed, -1, x, nil)
	rope := RopeTable(pos0, T, hd, c.RopeBase)
	for l := range m.Blocks {
		L := &m.Blocks[l]
		RMSNorm(h, x, L.AttnNorm, c.NormEps)
		see(NodeAttnNorm, l, h, nil)
		// One prepared input (binary16-rounded or quantized) serves the
		// three projections, as it serves gate and up below: the same
		// values Linear would prepare for each.
		w.in.Prepare(h, T, L.Wq.Format)
		for _, p := range []struct {
			kind NodeKind
			w    *Matrix
			out  []float32
		}{{NodeQ, L.Wq, q}, {NodeK, L.Wk, k}, {NodeV, L.Wv, v}} {
			if err := w.in.Apply(p.out, p.w); err != nil {
				return nil, err
			}
			see(p.kind, l, p.out, nil)
		}
		RoPE(q, q, c.Heads, hd, rope)
		see(NodeRopeQ, l, q, nil)
		RoPE(k, k, c.KVHeads, hd, rope)
		see(NodeRopeK, l, k, nil)
		st.K[l] = growTo(st.K[l], (pos0+T)*kvDim)
		st.V[l] = growTo(st.V[l], (pos0+T)*kvDim)
		StoreKV(st.K[l], st.V[l], k, v, pos0, kvDim)
		if obs != nil {
			see(NodeKVStore, l, nil, append(append([]uint16(nil), st.K[l]...), st.V[l]...))
		}
		Attention(a, q, st.K[l], st.V[l], pos0, c)
		see(NodeAttn, l, a, nil)
		w.in.Prepare(a, T, L.Wo.Format)
		if err := w.in.Apply(o, L.Wo); err != nil {
			return nil, err
		}
		see(NodeAttnOut, l, o, nil)
		Add(x, x, o)
		see(NodeAttnRes, l, x, nil)
		RMSNorm(h, x, L.FFNNorm, c.NormEps)
		see(NodeFFNNorm, l, h, nil)
		w.in.Prepare(h, T, L.Gate.Format)
		if err := w.in.Apply(gate, L.Gate); err != nil {
			return nil, err
		}
		see(NodeGate, l, gate, nil)
		if err := w.in.Apply(up, L.Up); err != nil {
			return nil, err
		}
		see(NodeUp, l, up, nil)
		SwiGLU(gate, gate, up)
		see(NodeSwiGLU, l, gate, nil)
		w.in.Prepare(gate, T, L.Down.Format)
		if err := w.in.Apply(o, L.Down); err != nil {
			return nil, err
		}
		see(NodeDown, l, o, nil)
		Add(x, x, o)
		see(NodeFFNRes, l, x, nil)
	}
	st.Pos = pos0 + T
	rows := x
	if !allLogits {
		rows = x[(T-1)*dim:]
	}
	R := len(rows) / dim
	normed := h[:len(rows)]
	RMSNorm(normed, rows, m.Norm, c.NormEps)
	see(NodeNorm, -1, normed, nil)
	logits := make([]float32, R*c.Vocab)
	w.in.Prepare(normed, R, m.Output.Format)
	if err := w.in.Apply(logits, m.Output); err != nil {
		return nil, err
	}
	see(NodeLogits, -1, logits, nil)
	return logits, nil
}

// growTo extends s to length n (keeping its contents).
func growTo(s []uint16, n int) []uint16 {
	if n <= len(s) {
		return s
	}
	if n <= cap(s) {
		return s[:n]
	}
	t := make([]uint16, n, max(n, 2*cap(s)))
	copy(t, s)
	return t
}
