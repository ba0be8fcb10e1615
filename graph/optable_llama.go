package graph

import (
	"fmt"
	"math"

	"github.com/opml-dev/opml/tensor"
	"github.com/opml-dev/opml/tensor/llm"
)

// The rows of the LLaMA generation ops: a generation unrolled into a graph
// (models/llama's GenerationGraph) evaluates every node with the kernels of
// package tensor/llm, the ones models/llama's forward pass runs, so each
// node gives the forward pass's bits. Weights are F32, F16 or Q8 matrices
// read as raw rows (a Q8 tensor's bytes are GGML's block_q8_0 layout), in
// place when they are raw-backed (a mapped GGUF file natively, the operand
// regions in the VM). Activations are F32 [T, width], the key/value cache
// of a layer F16 [2, positions, kvDim] (its keys, then its values).
func init() {
	opTable[OpLlamaEmbed] = opDef{name: "llama_embed", minArgs: 2, maxArgs: 2, shape: llamaEmbedShape, eval: llamaEmbedEval, work: llamaEmbedWork, raw: true}
	opTable[OpLlamaRMSNorm] = opDef{name: "llama_rms_norm", minArgs: 2, maxArgs: 2, shape: llamaRMSNormShape, eval: llamaRMSNormEval, work: llamaRMSNormWork, raw: true}
	opTable[OpLlamaLinear] = opDef{name: "llama_linear", minArgs: 2, maxArgs: 2, shape: llamaLinearShape, eval: llamaLinearEval, work: llamaLinearWork, raw: true, tile: matmulTiling}
	opTable[OpLlamaRoPE] = opDef{name: "llama_rope", minArgs: 1, maxArgs: 1, shape: llamaRoPEShape, eval: llamaRoPEEval, work: llamaRoPEWork, raw: true}
	opTable[OpLlamaKVStore] = opDef{name: "llama_kv_store", minArgs: 2, maxArgs: 3, shape: llamaKVStoreShape, eval: llamaKVStoreEval, work: llamaKVStoreWork, raw: true}
	opTable[OpLlamaAttention] = opDef{name: "llama_attention", minArgs: 2, maxArgs: 2, shape: llamaAttentionShape, eval: llamaAttentionEval, work: llamaAttentionWork, raw: true}
	opTable[OpLlamaSwiGLU] = opDef{name: "llama_swiglu", minArgs: 2, maxArgs: 2, shape: llamaSwiGLUShape, eval: llamaSwiGLUEval, work: funWork, raw: true}
	opTable[OpLlamaNext] = opDef{name: "llama_next", minArgs: 2, maxArgs: 2, shape: llamaNextShape, eval: llamaNextEval, work: llamaNextWork, raw: true}
}

// rowFormat returns the raw row format of a weight matrix spec.
func rowFormat(s Spec) (tensor.RowFormat, error) {
	if len(s.Shape) != 2 {
		return 0, shapeErr("a weight matrix [rows, cols], got %v", s)
	}
	switch s.DType {
	case tensor.F32:
		return tensor.RowF32, nil
	case tensor.F16:
		return tensor.RowF16, nil
	case tensor.Q8:
		return tensor.RowQ8_0, nil
	}
	return 0, fmt.Errorf("%w: a weight matrix of %v (want f32, f16 or q8)", tensor.ErrDType, s.DType)
}

// rows2 checks an F32 activation [T, width] and returns T and width.
func rows2(s Spec, what string) (int, int, error) {
	if s.DType != tensor.F32 || len(s.Shape) != 2 {
		return 0, 0, shapeErr("%s must be f32 [T, width], got %v", what, s)
	}
	return s.Shape[0], s.Shape[1], nil
}

func llamaEmbedShape(p Params, in []Spec) (Spec, error) {
	if _, err := rowFormat(in[0]); err != nil {
		return Spec{}, err
	}
	if in[1].DType != tensor.I32 || len(in[1].Shape) != 1 {
		return Spec{}, shapeErr("llama_embed needs i32 ids [n], got %v", in[1])
	}
	r := read(p)
	r.intIn(0, in[1].Shape[0]-1)
	return Spec{tensor.F32, []int{1, in[0].Shape[1]}}, r.done()
}

func llamaEmbedEval(p Params, in []*tensor.Tensor) (*tensor.Tensor, error) {
	index := read(p).int()
	w, err := in[0].RawMatrix()
	if err != nil {
		return nil, err
	}
	ids, err := in[1].Int32s()
	if err != nil {
		return nil, err
	}
	id := ids[index]
	if id < 0 || int(id) >= w.Rows {
		return nil, fmt.Errorf("%w: token %d outside the %d-token vocabulary", tensor.ErrShape, id, w.Rows)
	}
	s, _ := w.Format.RowBytes(w.Cols)
	out := make([]float32, w.Cols)
	llm.DequantizeRow(out, w.Format, w.Data[int(id)*s:(int(id)+1)*s])
	return tensor.FromFloat32(out, 1, w.Cols)
}

func llamaRMSNormShape(p Params, in []Spec) (Spec, error) {
	_, n, err := rows2(in[0], "llama_rms_norm's x")
	if err != nil {
		return Spec{}, err
	}
	if in[1].DType != tensor.F32 || len(in[1].Shape) != 1 || in[1].Shape[0] != n {
		return Spec{}, shapeErr("llama_rms_norm needs an f32 gain [%d], got %v", n, in[1])
	}
	r := read(p)
	if eps := r.float(); r.err == nil && !(eps > 0 && eps < 1) {
		r.fail("epsilon %v outside (0, 1)", eps)
	}
	return in[0], r.done()
}

func llamaRMSNormEval(p Params, in []*tensor.Tensor) (*tensor.Tensor, error) {
	x, w, err := float32s2(in[0], in[1])
	if err != nil {
		return nil, err
	}
	llm.RMSNorm(x, x, w, read(p).float())
	return tensor.FromFloat32(x, in[0].Shape()...)
}

// The work functions below are calibrated on the VM steps of tiny models'
// nodes (TestGenerationGraphInVM) and of single 7B nodes: a Q8 product
// 26–34 steps, an F32 one 320, an F16 one 430, a float element operation of
// RMSNorm or RoPE a few thousand.

func llamaRMSNormWork(p Params, in []Spec, out Spec) Work {
	return Work{Elems: 6 * uint64(out.Elements())}
}

// llamaEmbedWork: the dequantized row, and for F32 and F16 tables in the VM
// (big-endian) the decoding of the whole table (tensor.FromRaw).
func llamaEmbedWork(p Params, in []Spec, out Spec) Work {
	w := Work{Elems: 2 * uint64(out.Elements())}
	if in[0].DType != tensor.Q8 {
		w.Elems += uint64(in[0].Elements()) / 10
	}
	return w
}

func llamaLinearShape(p Params, in []Spec) (Spec, error) {
	f, err := rowFormat(in[0])
	if err != nil {
		return Spec{}, err
	}
	T, K, err := rows2(in[1], "llama_linear's x")
	if err != nil {
		return Spec{}, err
	}
	if K != in[0].Shape[1] {
		return Spec{}, shapeErr("llama_linear of %v rows [%d, %d] with x [%d, %d]", f, in[0].Shape[0], in[0].Shape[1], T, K)
	}
	return Spec{tensor.F32, []int{T, in[0].Shape[0]}}, noParams(p)
}

func llamaLinearEval(p Params, in []*tensor.Tensor) (*tensor.Tensor, error) {
	w, err := in[0].RawMatrix()
	if err != nil {
		return nil, err
	}
	x, err := in[1].Float32s()
	if err != nil {
		return nil, err
	}
	T := len(x) / w.Cols
	out := make([]float32, T*w.Rows)
	if err := llm.Linear(out, w, x, T); err != nil {
		return nil, err
	}
	return tensor.FromFloat32(out, T, w.Rows)
}

// llamaLinearWork counts the products of one row-format dot product per
// output element in units of vmStepsPerMAC: a Q8 product (int8, the block
// scales in soft float) is a sixth of one (26 steps measured on 7B's
// 4096-wide rows, 34 on a tiny model's 64-wide ones), an F32 product (two
// soft-float operations) two, an F16 one (widened first) 2.7.
func llamaLinearWork(p Params, in []Spec, out Spec) Work {
	macs := uint64(out.Elements()) * uint64(in[0].Shape[1])
	switch in[0].DType {
	case tensor.Q8:
		macs /= 6
	case tensor.F16:
		macs = macs * 27 / 10
	default:
		macs *= 2
	}
	return Work{MACs: macs, Elems: uint64(in[1].Elements())}
}

// ropeParams reads llama_rope's (pos, heads, base).
func ropeParams(p Params) (pos, heads int, base float32, r *paramReader) {
	r = read(p)
	pos, heads, base = r.intIn(0, math.MaxInt32), r.intIn(1, math.MaxInt32), r.float()
	if r.err == nil && !(base > 1 && base < 1e12) {
		r.fail("RoPE base %v", base)
	}
	return pos, heads, base, r
}

func llamaRoPEShape(p Params, in []Spec) (Spec, error) {
	_, W, err := rows2(in[0], "llama_rope's x")
	if err != nil {
		return Spec{}, err
	}
	_, heads, _, r := ropeParams(p)
	if err := r.done(); err != nil {
		return Spec{}, err
	}
	if W%heads != 0 || (W/heads)%2 != 0 {
		return Spec{}, shapeErr("llama_rope: %d heads do not split width %d into even head dimensions", heads, W)
	}
	return in[0], nil
}

func llamaRoPEEval(p Params, in []*tensor.Tensor) (*tensor.Tensor, error) {
	pos, heads, base, _ := ropeParams(p)
	x, err := in[0].Float32s()
	if err != nil {
		return nil, err
	}
	s := in[0].Shape()
	hd := s[1] / heads
	llm.RoPE(x, x, heads, hd, llm.RopeTable(pos, s[0], hd, base))
	return tensor.FromFloat32(x, s...)
}

func llamaRoPEWork(p Params, in []Spec, out Spec) Work {
	_, heads, _, _ := ropeParams(p)
	T, W := out.Shape[0], out.Shape[1]
	return Work{Elementary: uint64(T * W / heads / 2), Elems: 4 * uint64(T*W)}
}

func llamaKVStoreShape(p Params, in []Spec) (Spec, error) {
	T, D, err := rows2(in[0], "llama_kv_store's k")
	if err != nil {
		return Spec{}, err
	}
	if !in[1].Equal(in[0]) {
		return Spec{}, shapeErr("llama_kv_store's k %v and v %v differ", in[0], in[1])
	}
	n := 0
	if len(in) == 3 {
		c := in[2]
		if c.DType != tensor.F16 || len(c.Shape) != 3 || c.Shape[0] != 2 || c.Shape[2] != D {
			return Spec{}, shapeErr("llama_kv_store's cache must be f16 [2, n, %d], got %v", D, c)
		}
		n = c.Shape[1]
	}
	return Spec{tensor.F16, []int{2, n + T, D}}, noParams(p)
}

func llamaKVStoreEval(p Params, in []*tensor.Tensor) (*tensor.Tensor, error) {
	k, v, err := float32s2(in[0], in[1])
	if err != nil {
		return nil, err
	}
	D := in[0].Shape()[1]
	n := 0
	var old []uint16
	if len(in) == 3 {
		if old, err = in[2].Uint16s(); err != nil {
			return nil, err
		}
		n = len(old) / (2 * D)
	}
	T := len(k) / D
	cache := make([]uint16, 2*(n+T)*D)
	kc, vc := cache[:(n+T)*D], cache[(n+T)*D:]
	if n > 0 {
		copy(kc, old[:n*D])
		copy(vc, old[n*D:])
	}
	llm.StoreKV(kc, vc, k, v, n, D)
	return tensor.FromF16Bits(cache, 2, n+T, D)
}

func llamaKVStoreWork(p Params, in []Spec, out Spec) Work {
	return Work{Elems: uint64(out.Elements())/8 + 2*uint64(in[0].Elements())}
}

// attentionParams reads llama_attention's (heads, kv heads).
func attentionParams(p Params) (heads, kvHeads int, r *paramReader) {
	r = read(p)
	heads, kvHeads = r.intIn(1, math.MaxInt32), r.intIn(1, math.MaxInt32)
	return heads, kvHeads, r
}

func llamaAttentionShape(p Params, in []Spec) (Spec, error) {
	T, W, err := rows2(in[0], "llama_attention's q")
	if err != nil {
		return Spec{}, err
	}
	heads, kvHeads, r := attentionParams(p)
	if err := r.done(); err != nil {
		return Spec{}, err
	}
	if W%heads != 0 || heads%kvHeads != 0 {
		return Spec{}, shapeErr("llama_attention: %d heads of width %d with %d key/value heads", heads, W, kvHeads)
	}
	c := in[1]
	if c.DType != tensor.F16 || len(c.Shape) != 3 || c.Shape[0] != 2 || c.Shape[1] < T || c.Shape[2] != kvHeads*(W/heads) {
		return Spec{}, shapeErr("llama_attention's cache must be f16 [2, n ≥ %d, %d], got %v", T, kvHeads*(W/heads), c)
	}
	return in[0], nil
}

func llamaAttentionEval(p Params, in []*tensor.Tensor) (*tensor.Tensor, error) {
	heads, kvHeads, _ := attentionParams(p)
	q, err := in[0].Float32s()
	if err != nil {
		return nil, err
	}
	cache, err := in[1].Uint16s()
	if err != nil {
		return nil, err
	}
	s := in[0].Shape()
	n := in[1].Shape()[1]
	out := make([]float32, len(q))
	llm.Attention(out, q, cache[:len(cache)/2], cache[len(cache)/2:], n-s[0], heads, kvHeads, s[1]/heads)
	return tensor.FromFloat32(out, s...)
}

// llamaAttentionWork: per query row and head, a dot product and a weighted
// sum over every cached position up to its own, and one exp each.
func llamaAttentionWork(p Params, in []Spec, out Spec) Work {
	heads, _, _ := attentionParams(p)
	T, W, n := uint64(out.Shape[0]), uint64(out.Shape[1]), uint64(in[1].Shape[1])
	return Work{MACs: 2 * T * n * W, Elementary: T * n * uint64(heads), Elems: 2 * n * W}
}

func llamaSwiGLUShape(p Params, in []Spec) (Spec, error) {
	if _, _, err := rows2(in[0], "llama_swiglu's gate"); err != nil {
		return Spec{}, err
	}
	if !in[1].Equal(in[0]) {
		return Spec{}, shapeErr("llama_swiglu's gate %v and up %v differ", in[0], in[1])
	}
	return in[0], noParams(p)
}

func llamaSwiGLUEval(p Params, in []*tensor.Tensor) (*tensor.Tensor, error) {
	g, u, err := float32s2(in[0], in[1])
	if err != nil {
		return nil, err
	}
	llm.SwiGLU(g, g, u)
	return tensor.FromFloat32(g, in[0].Shape()...)
}

func llamaNextShape(p Params, in []Spec) (Spec, error) {
	s := in[0]
	if s.DType != tensor.I32 || len(s.Shape) != 1 || s.Shape[0] < llm.HeaderWords+2 {
		return Spec{}, shapeErr("llama_next's sequence must be i32 [%d + L], L ≥ 2, got %v", llm.HeaderWords, s)
	}
	if _, _, err := rows2(in[1], "llama_next's logits"); err != nil || in[1].Shape[0] != 1 {
		return Spec{}, shapeErr("llama_next needs one row of f32 logits [1, vocab], got %v", in[1])
	}
	L := s.Shape[0] - llm.HeaderWords
	r := read(p)
	r.intIn(0, L-2)
	r.intIn(0, in[1].Shape[1]-1)
	return s, r.done()
}

func llamaNextEval(p Params, in []*tensor.Tensor) (*tensor.Tensor, error) {
	r := read(p)
	t, eos := r.int(), int32(r.int())
	seq, err := in[0].Int32s()
	if err != nil {
		return nil, err
	}
	logits, err := in[1].Float32s()
	if err != nil {
		return nil, err
	}
	tok, err := llm.Next(seq, logits, t, eos)
	if err != nil {
		return nil, err
	}
	seq[llm.HeaderWords+t+1] = tok
	return tensor.FromInt32(seq, len(seq))
}

// llamaNextWork is the cost of a sampled token (an exp per logit and a
// sort); a greedy one costs a fraction of it.
func llamaNextWork(p Params, in []Spec, out Spec) Work {
	v := uint64(in[1].Elements())
	return Work{Elementary: v, Elems: 16 * v}
}

// float32s2 returns copies of the elements of two F32 tensors.
func float32s2(a, b *tensor.Tensor) ([]float32, []float32, error) {
	x, err := a.Float32s()
	if err != nil {
		return nil, nil, err
	}
	y, err := b.Float32s()
	return x, y, err
}
