// Package llm holds the canonical kernels of LLaMA-style transformer nodes
// over plain slices: the embedding, RMSNorm, the matrix products over raw
// rows, RoPE, the F16 key/value cache, attention, SwiGLU, the residual
// additions and the sampler. models/llama's forward pass runs them, and so
// do package graph's llama ops, natively and inside the opml VM, so a
// generation and its graph compute the same bits (docs/llama.md gives the
// order of every operation).
//
// Each function is pure: it reads its inputs, writes its output and
// nothing else, computes every output element in one documented order (so
// any split across goroutines gives the same bits), and treats each token
// row on its own (so results do not depend on how a prompt is batched).
// Activations are row-major float32 [T, width] for T tokens.
package llm

import (
	"encoding/binary"
	"fmt"
	"math"

	"github.com/opml-dev/opml/internal/fmath"
	"github.com/opml-dev/opml/tensor"
)

// DequantizeRow writes the values of one raw row b of format f into dst
// as ggml's get_rows does: F32 as stored, F16 widened exactly, Q8_0 and
// Q4_0 as float32(q·d) with d the block's binary16 scale widened.
func DequantizeRow(dst []float32, f tensor.RowFormat, b []byte) {
	le := binary.LittleEndian
	switch f {
	case tensor.RowF32:
		for i := range dst {
			dst[i] = math.Float32frombits(le.Uint32(b[4*i:]))
		}
	case tensor.RowF16:
		for i := range dst {
			dst[i] = widen(le.Uint16(b[2*i:]))
		}
	case tensor.RowQ8_0:
		for blk := 0; blk < len(dst)/32; blk++ {
			p := b[blk*tensor.Q8_0BlockBytes:]
			d := widen(le.Uint16(p))
			for j := 0; j < 32; j++ {
				dst[blk*32+j] = float32(float32(int8(p[2+j])) * d)
			}
		}
	case tensor.RowQ4_0:
		for blk := 0; blk < len(dst)/32; blk++ {
			p := b[blk*tensor.Q4_0BlockBytes:]
			d := widen(le.Uint16(p))
			for j := 0; j < 16; j++ {
				dst[blk*32+j] = float32(float32(int32(p[2+j]&0x0F)-8) * d)
				dst[blk*32+j+16] = float32(float32(int32(p[2+j]>>4)-8) * d)
			}
		}
	}
}

// RMSNorm normalizes every row of x (rows of len(w)) and applies the gain
// w, as ggml's rms_norm followed by mul:
//
//	sum   = Σ float64(float32(x[i]·x[i]))   in increasing i, in float64
//	mean  = float32(sum / n)
//	scale = float32(1 / fmath.Sqrt(float32(mean + eps)))
//	out[i] = float32(float32(x[i]·scale) · w[i])
func RMSNorm(out, x, w []float32, eps float32) {
	n := len(w)
	for r := 0; r+n <= len(x); r += n {
		row, dst := x[r:r+n], out[r:r+n]
		var sum float64
		for _, v := range row {
			sum += float64(float32(v * v))
		}
		mean := float32(sum / float64(n))
		scale := 1 / fmath.Sqrt(mean+eps)
		for i, v := range row {
			dst[i] = float32(float32(v*scale) * w[i])
		}
	}
}

// Linear computes out [T, w.Rows] = x [T, w.Cols] · wᵀ with package
// tensor's canonical kernels (MatMulRaw): F32 rows by DotF32; F16 rows by
// DotF16F32 on x rounded to binary16 first (as ggml converts activations to
// its F16 dot type, so every product is exact); Q8_0 and Q4_0 rows by
// DotQ8_0 / DotQ4_0Q8_0 on x quantized by QuantizeRowQ8_0, as llama.cpp.
func Linear(out []float32, w tensor.RawMatrix, x []float32, T int) error {
	var in Input
	in.Prepare(x, T, w.Format)
	return in.Apply(out, w)
}

// Input is an activation [T, K] prepared for products with matrices of
// one row format, so that one preparation serves several matrices (the
// query, key and value projections; the gate and up projections): x
// itself for F32 rows, x rounded to binary16 for F16 rows, x quantized by
// tensor.QuantizeRowQ8_0 for Q8_0 and Q4_0 rows. Its buffers are reused by
// the next Prepare.
type Input struct {
	T, K   int
	format tensor.RowFormat
	x      []float32
	q      []byte
}

// Format returns the row format the input was prepared for.
func (in *Input) Format() tensor.RowFormat { return in.format }

// Prepare sets the input to x [T, len(x)/T] for matrices of format f.
func (in *Input) Prepare(x []float32, T int, f tensor.RowFormat) {
	in.T, in.K, in.format = T, len(x)/T, f
	switch f {
	case tensor.RowF16:
		in.x = Grow(in.x, len(x))
		for i, v := range x {
			in.x[i] = RoundF16(v)
		}
	case tensor.RowQ8_0, tensor.RowQ4_0:
		in.x = x
		if in.K%32 != 0 {
			return // Apply reports the shape error
		}
		n := in.K / 32 * tensor.Q8_0BlockBytes
		if cap(in.q) < T*n {
			in.q = make([]byte, T*n)
		}
		in.q = in.q[:T*n]
		tensor.ParallelFor(T, 1, func(lo, hi int) {
			for t := lo; t < hi; t++ {
				tensor.QuantizeRowQ8_0(in.q[t*n:(t+1)*n], x[t*in.K:(t+1)*in.K])
			}
		})
	default:
		in.x = x
	}
}

// Apply computes out [T, w.Rows] = x · wᵀ (see Linear); w's format must be
// the one the input was prepared for (Q8_0 and Q4_0 share one).
func (in *Input) Apply(out []float32, w tensor.RawMatrix) error {
	if w.Format != in.format && !(isBlock(w.Format) && isBlock(in.format)) {
		return fmt.Errorf("llm: an input prepared for %v rows used with %v rows", in.format, w.Format)
	}
	if isBlock(w.Format) && in.K%32 == 0 {
		return tensor.MatMulRawQ8(out, w, in.q, in.T)
	}
	return tensor.MatMulRaw(out, w, in.x, in.T)
}

func isBlock(f tensor.RowFormat) bool { return f == tensor.RowQ8_0 || f == tensor.RowQ4_0 }

// Grow returns b with length n, reallocated only when its capacity is
// short (the contents are not kept).
func Grow(b []float32, n int) []float32 {
	if cap(b) < n {
		return make([]float32, n)
	}
	return b[:n]
}

// RopeTable returns the rotation of RoPE for the T positions from pos0 as
// (cos, sin) pairs, headDim/2 per position, computed as ggml's rope cache
// (mode 0, no scaling):
//
//	step  = float32(exp(−2/headDim · ln base))    (ggml: powf(base, −2.0f/n_dims))
//	theta = float32(p); for each pair i: (cos θ, sin θ) rounded to float32
//	        from fmath.SinCos64, then theta = float32(theta·step)
func RopeTable(pos0, T, headDim int, base float32) []float32 {
	half := headDim / 2
	e := float32(float32(-2) / float32(headDim))
	step := float32(fmath.Exp64(float64(float64(e) * fmath.Log64(float64(base)))))
	tab := make([]float32, 2*T*half)
	for t := 0; t < T; t++ {
		theta := float32(pos0 + t)
		for i := 0; i < half; i++ {
			s, c := fmath.SinCos64(float64(theta))
			tab[2*(t*half+i)] = float32(c)
			tab[2*(t*half+i)+1] = float32(s)
			theta = float32(theta * step)
		}
	}
	return tab
}

// RoPE rotates the adjacent pairs (x[2i], x[2i+1]) of every head of every
// row of x [T, heads·headDim] by the angles of tab (RopeTable of the rows'
// positions), llama.cpp's "normal" RoPE for LLaMA:
//
//	out[2i]   = float32(float32(x[2i]·cos) − float32(x[2i+1]·sin))
//	out[2i+1] = float32(float32(x[2i]·sin) + float32(x[2i+1]·cos))
//
// out may be x.
func RoPE(out, x []float32, heads, headDim int, tab []float32) {
	half := headDim / 2
	width := heads * headDim
	for r := 0; r*width < len(x); r++ {
		rot := tab[2*r*half : 2*(r+1)*half]
		for h := 0; h < heads; h++ {
			o := r*width + h*headDim
			for i := 0; i < half; i++ {
				c, s := rot[2*i], rot[2*i+1]
				x0, x1 := x[o+2*i], x[o+2*i+1]
				out[o+2*i] = float32(x0*c) - float32(x1*s)
				out[o+2*i+1] = float32(x0*s) + float32(x1*c)
			}
		}
	}
}

// StoreKV writes the rows of k and v [T, kvDim] into the caches (rows of
// kvDim) at positions pos0, pos0+1, ..., rounded to binary16 (llama.cpp's
// default F16 cache).
func StoreKV(kc, vc []uint16, k, v []float32, pos0, kvDim int) {
	o := pos0 * kvDim
	for i, x := range k {
		kc[o+i] = F32ToF16(x)
	}
	for i, x := range v {
		vc[o+i] = F32ToF16(x)
	}
}

// Attention computes causal scaled dot-product attention for the queries q
// [T, heads·headDim] at positions pos0.. over the cached keys and values kc,
// vc (rows of kvHeads·headDim, positions 0..pos0+T−1 filled, the batch's
// own rows included), into out [T, heads·headDim]. Query head h reads
// key/value head h/(heads/kvHeads) (grouped-query attention). For the query
// of position p and head h, as llama.cpp with its F16 cache:
//
//	q'     = q rounded to binary16 (ggml's F16 dot type)
//	s[j]   = float32(DotF16F32(k[j], q') · scale),  j = 0..p,
//	         scale = float32(1 / fmath.Sqrt(headDim))
//	m      = max s[j];  e[j] = fmath.Exp(float32(s[j] − m))
//	sum    = Σ float64(e[j]) in increasing j;  inv = float32(1 / sum)
//	w[j]   = float32(e[j] · inv)
//	out[i] = Σ float32(w[j] · v[j][i]) in increasing j, from +0
//
// (v widened exactly). Rows and heads are independent and may run in
// parallel.
func Attention(out, q []float32, kc, vc []uint16, pos0, heads, kvHeads, headDim int) {
	hd, kvDim, width := headDim, kvHeads*headDim, heads*headDim
	T := len(q) / width
	group := heads / kvHeads
	scale := 1 / fmath.Sqrt(float32(hd))
	tensor.ParallelFor(T*heads, max(1, 1<<14/((pos0+T)*hd+1)), func(lo, hi int) {
		n := pos0 + T
		qh := make([]float32, hd)
		s := make([]float32, n)
		e := make([]float32, n)
		for job := lo; job < hi; job++ {
			t, h := job/heads, job%heads
			p := pos0 + t
			for i, v := range q[t*width+h*hd : t*width+(h+1)*hd] {
				qh[i] = RoundF16(v)
			}
			kvo := (h / group) * hd
			m := float32(0)
			for j := 0; j <= p; j++ {
				s[j] = float32(tensor.DotF16F32(kc[j*kvDim+kvo:j*kvDim+kvo+hd], qh) * scale)
				if j == 0 || s[j] > m {
					m = s[j]
				}
			}
			var sum float64
			for j := 0; j <= p; j++ {
				e[j] = fmath.Exp(s[j] - m)
				sum += float64(e[j])
			}
			inv := float32(1 / sum)
			dst := out[t*width+h*hd : t*width+(h+1)*hd]
			clear(dst)
			// Two positions per pass over dst, each element still adding
			// them in increasing j.
			j := 0
			for ; j+1 <= p; j += 2 {
				w0, w1 := float32(e[j]*inv), float32(e[j+1]*inv)
				r0 := vc[j*kvDim+kvo : j*kvDim+kvo+hd]
				r1 := vc[(j+1)*kvDim+kvo : (j+1)*kvDim+kvo+hd]
				r1, dst := r1[:len(r0)], dst[:len(r0)]
				for i, x := range r0 {
					dst[i] = dst[i] + float32(w0*widen(x)) + float32(w1*widen(r1[i]))
				}
			}
			for ; j <= p; j++ {
				w := float32(e[j] * inv)
				row := vc[j*kvDim+kvo : j*kvDim+kvo+hd]
				dst := dst[:len(row)]
				for i, x := range row {
					dst[i] += float32(w * widen(x))
				}
			}
		}
	})
}

// SwiGLU computes out[i] = float32(fmath.Silu(gate[i]) · up[i]) (ggml's
// swiglu; fmath.Silu rounds x/(1+e^−x) once).
func SwiGLU(out, gate, up []float32) {
	for i, g := range gate {
		out[i] = float32(fmath.Silu(g) * up[i])
	}
}

// Add computes out[i] = float32(a[i] + b[i]) (the residual connections).
func Add(out, a, b []float32) {
	for i, x := range a {
		out[i] = x + b[i]
	}
}
