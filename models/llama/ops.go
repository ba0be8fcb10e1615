package llama

import (
	"fmt"

	"github.com/opml-dev/opml/tensor/llm"
)

// The node functions of the forward pass are package tensor/llm's kernels
// (one implementation, which package graph's llama ops run as well); these
// are their forms over a model's matrices and configuration. Each is pure:
// it reads its inputs, writes its output and nothing else, computes every
// output element in one documented order (so any split across goroutines
// gives the same bits), and treats each token row on its own (so results
// do not depend on how a prompt is batched). Activations are row-major
// float32 [T, width] for T tokens.

// Embed writes the rows of table for tokens into x [len(tokens), Cols],
// dequantized as ggml's get_rows does (llm.DequantizeRow).
func Embed(x []float32, table *Matrix, tokens []int32) error {
	n := table.Cols
	for t, id := range tokens {
		if id < 0 || int(id) >= table.Rows {
			return fmt.Errorf("llama: token %d outside the %d-token vocabulary", id, table.Rows)
		}
		llm.DequantizeRow(x[t*n:(t+1)*n], table.Format, table.RowData(int(id)))
	}
	return nil
}

// RMSNorm is llm.RMSNorm: every row of x normalized, then the gain w.
func RMSNorm(out, x, w []float32, eps float32) { llm.RMSNorm(out, x, w, eps) }

// Linear computes out [T, m.Rows] = x [T, m.Cols] · mᵀ as llm.Linear does
// (package tensor's MatMulRaw after rounding x to binary16 for F16 rows or
// quantizing it to Q8_0 for Q8_0 and Q4_0 rows), rows placed by m.OutPerm.
func Linear(out []float32, m *Matrix, x []float32, T int) error {
	var in Input
	in.Prepare(x, T, m.Format)
	return in.Apply(out, m)
}

// Input is an activation prepared for products with matrices of one row
// format (llm.Input), so that one preparation serves several matrices (the
// query, key and value projections; the gate and up projections).
type Input struct {
	llm.Input
	dst []float32
}

// Apply computes out [T, m.Rows] = x · mᵀ (see Linear); m's format must be
// the one the input was prepared for.
func (in *Input) Apply(out []float32, m *Matrix) error {
	dst := out
	if m.OutPerm != nil {
		in.dst = llm.Grow(in.dst, len(out))
		dst = in.dst
	}
	if err := in.Input.Apply(dst, m.RawMatrix); err != nil {
		return fmt.Errorf("llama: %s: %w", m.Name, err)
	}
	if m.OutPerm != nil {
		n := m.Rows
		for t := 0; t < in.T; t++ {
			for r, s := range m.OutPerm {
				out[t*n+r] = dst[t*n+int(s)]
			}
		}
	}
	return nil
}

// RopeTable is llm.RopeTable: the (cos, sin) pairs of the T positions from
// pos0, as ggml's rope cache.
func RopeTable(pos0, T, headDim int, base float32) []float32 {
	return llm.RopeTable(pos0, T, headDim, base)
}

// RoPE is llm.RoPE: the adjacent pairs of every head rotated by tab.
func RoPE(out, x []float32, heads, headDim int, tab []float32) { llm.RoPE(out, x, heads, headDim, tab) }

// StoreKV is llm.StoreKV: k and v rounded to binary16 into the caches at
// positions pos0...
func StoreKV(kc, vc []uint16, k, v []float32, pos0, kvDim int) {
	llm.StoreKV(kc, vc, k, v, pos0, kvDim)
}

// Attention is llm.Attention with the heads of c: causal attention of the
// queries q at positions pos0.. over the F16 caches kc, vc.
func Attention(out, q []float32, kc, vc []uint16, pos0 int, c Config) {
	llm.Attention(out, q, kc, vc, pos0, c.Heads, c.KVHeads, c.HeadDim())
}

// SwiGLU is llm.SwiGLU: out[i] = float32(fmath.Silu(gate[i]) · up[i]).
func SwiGLU(out, gate, up []float32) { llm.SwiGLU(out, gate, up) }

// Add is llm.Add: out[i] = float32(a[i] + b[i]).
func Add(out, a, b []float32) { llm.Add(out, a, b) }

func growF32(b []float32, n int) []float32 { return llm.Grow(b, n) }
