// Package kernelsuite owns the seeded determinism suite of tensor's fast
// kernels (DotF32, DotF16F32, QuantizeRowQ8_0, DotQ8_0, DotQ4_0Q8_0,
// MatMulRaw) on pseudo-random inputs with NaN, infinities, signed zeros,
// subnormals and extreme scales. Each case runs on every kernel path the
// CPU has (pure Go, AVX2, AVX-512, NEON; soft float in the MIPS VM); its
// line carries the output's hash when all paths agree, and says MISMATCH
// otherwise. The lines must be identical natively, under qemu-aarch64 and
// inside the opml VM. cmd/kernelsuite prints them.
package kernelsuite

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"io"
	"math"
	"math/rand/v2"

	"github.com/opml-dev/opml/tensor"
)

// gen draws reproducible inputs with integer arithmetic only (identical
// on every GOARCH).
type gen struct{ r *rand.Rand }

// Input modes: typical values only; with edge cases (±0, subnormals, huge
// and tiny normals, about one value in 16); and with non-finite values
// too (NaN with any payload, ±Inf, about one in 64).
const (
	typical = iota
	edges
	nonFinite
)

func (g gen) value(mode int) float32 {
	if mode == nonFinite && g.r.IntN(64) == 0 {
		if g.r.IntN(2) == 0 {
			return math.Float32frombits(0x7F800001 | g.r.Uint32()&0x807FFFFF) // NaN
		}
		return math.Float32frombits(0x7F800000 | g.r.Uint32()&0x80000000) // ±Inf
	}
	if mode != typical && g.r.IntN(16) == 0 {
		switch g.r.IntN(4) {
		case 0:
			return math.Float32frombits(g.r.Uint32() & 0x80000000) // ±0
		case 1:
			return math.Float32frombits(g.r.Uint32() & 0x807FFFFF) // subnormal
		case 2:
			return math.Float32frombits(g.r.Uint32()&0x807FFFFF | uint32(200+g.r.IntN(40))<<23) // huge
		default:
			return math.Float32frombits(g.r.Uint32()&0x807FFFFF | uint32(1+g.r.IntN(20))<<23) // tiny
		}
	}
	return math.Float32frombits(g.r.Uint32()&0x807FFFFF | uint32(118+g.r.IntN(14))<<23)
}

func (g gen) values(n int, mode int) []float32 {
	v := make([]float32, n)
	for i := range v {
		v[i] = g.value(mode)
	}
	return v
}

// halves draws binary16 values: moderate ones, subnormals and zeros in
// the edges mode, and any bit pattern in the nonFinite mode.
func (g gen) halves(n, mode int) []uint16 {
	h := make([]uint16, n)
	for i := range h {
		h[i] = uint16(g.r.Uint32())&0x83FF | uint16(8+g.r.IntN(14))<<10
		switch {
		case mode == nonFinite && g.r.IntN(32) == 0:
			h[i] = uint16(g.r.Uint32())
		case mode != typical && g.r.IntN(16) == 0:
			h[i] &= 0x83FF
		}
	}
	return h
}

// blocks draws n raw blocks of size bytes: every quant byte value (−128
// included), scales moderate or (one in eight) any finite binary16, or any
// binary16 at all in the nonFinite mode.
func (g gen) blocks(n, size, mode int) []byte {
	b := make([]byte, n*size)
	for i := range b {
		b[i] = byte(g.r.Uint32())
	}
	for i := 0; i < n; i++ {
		d := uint16(g.r.IntN(0x1000)) + 0x1800
		if g.r.IntN(8) == 0 {
			d = uint16(g.r.Uint32())
			if mode != nonFinite && d&0x7C00 == 0x7C00 {
				d &^= 0x4000
			}
		}
		binary.LittleEndian.PutUint16(b[i*size:], d)
	}
	return b
}

// Case is one kernel call of the suite; Run returns its output bytes.
type Case struct {
	Name string
	Run  func() ([]byte, error)
}

func floatBytes(v ...float32) []byte {
	b := make([]byte, 4*len(v))
	for i, f := range v {
		binary.LittleEndian.PutUint32(b[4*i:], math.Float32bits(f))
	}
	return b
}

// Cases returns the suite for a seed. Inputs are generated eagerly.
func Cases(seed uint64) []Case {
	g := gen{rand.New(rand.NewPCG(seed, 0x6b65726e))}
	var cs []Case
	add := func(name string, run func() ([]byte, error)) { cs = append(cs, Case{name, run}) }

	for _, n := range []int{1, 16, 17, 100, 777} {
		for mode := typical; mode <= nonFinite; mode++ {
			if mode == nonFinite && n > 100 {
				continue // almost surely NaN
			}
			a, b, h := g.values(n, mode), g.values(n, mode), g.halves(n, mode)
			add(fmt.Sprintf("dot_f32_%d_%d", n, mode), func() ([]byte, error) { return floatBytes(tensor.DotF32(a, b)), nil })
			add(fmt.Sprintf("dot_f16_%d_%d", n, mode), func() ([]byte, error) { return floatBytes(tensor.DotF16F32(h, b)), nil })
		}
	}

	x := g.values(16*32, nonFinite)
	for i := 0; i < len(x); i += 64 {
		// Scale whole blocks across binary16's range and past it.
		s := math.Float32frombits(uint32(60+g.r.IntN(100)) << 23)
		for j := i; j < i+32; j++ {
			x[j] *= s
		}
	}
	add("quantize_q8_0", func() ([]byte, error) {
		q := make([]byte, len(x)/32*tensor.Q8_0BlockBytes)
		tensor.QuantizeRowQ8_0(q, x)
		return q, nil
	})

	for _, nb := range []int{1, 8, 9, 25} {
		for mode := typical; mode <= nonFinite; mode++ {
			w8, w4 := g.blocks(nb, tensor.Q8_0BlockBytes, mode), g.blocks(nb, tensor.Q4_0BlockBytes, mode)
			xq := make([]byte, nb*tensor.Q8_0BlockBytes)
			tensor.QuantizeRowQ8_0(xq, g.values(nb*32, mode))
			xraw := g.blocks(nb, tensor.Q8_0BlockBytes, mode)
			add(fmt.Sprintf("dot_q8_0_%d_%d", nb, mode), func() ([]byte, error) { return floatBytes(tensor.DotQ8_0(w8, xq)), nil })
			add(fmt.Sprintf("dot_q8_0_raw_%d_%d", nb, mode), func() ([]byte, error) { return floatBytes(tensor.DotQ8_0(w8, xraw)), nil })
			add(fmt.Sprintf("dot_q4_0_%d_%d", nb, mode), func() ([]byte, error) { return floatBytes(tensor.DotQ4_0Q8_0(w4, xq)), nil })
		}
	}

	const batch, rows = 3, 13
	for _, f := range []tensor.RowFormat{tensor.RowF32, tensor.RowF16, tensor.RowQ8_0, tensor.RowQ4_0} {
		cols := 96
		m := tensor.RawMatrix{Format: f, Rows: rows}
		switch f {
		case tensor.RowF32:
			cols = 100
			m.Data = floatBytes(g.values(rows*cols, edges)...)
		case tensor.RowF16:
			cols = 100
			m.Data = make([]byte, 2*rows*cols)
			for i, h := range g.halves(rows*cols, edges) {
				binary.LittleEndian.PutUint16(m.Data[2*i:], h)
			}
		case tensor.RowQ8_0:
			m.Data = g.blocks(rows*cols/32, tensor.Q8_0BlockBytes, edges)
		case tensor.RowQ4_0:
			m.Data = g.blocks(rows*cols/32, tensor.Q4_0BlockBytes, edges)
		}
		m.Cols = cols
		xs := g.values(batch*cols, edges)
		add(fmt.Sprintf("matmul_raw_%v", f), func() ([]byte, error) {
			out := make([]float32, batch*rows)
			if err := tensor.MatMulRaw(out, m, xs, batch); err != nil {
				return nil, err
			}
			return floatBytes(out...), nil
		})
	}
	// Block-format products in panels of four rows (13 rows: three panels
	// and a row alone; 10 blocks: a lane loop of 8 and a tail of 2), with
	// −128 weight quants and weight scales from every mode (typical
	// activations: a huge one would make every output NaN).
	for mode := typical; mode <= nonFinite; mode++ {
		const rows, cols = 13, 320
		for _, f := range []tensor.RowFormat{tensor.RowQ8_0, tensor.RowQ4_0} {
			size := tensor.Q8_0BlockBytes
			if f == tensor.RowQ4_0 {
				size = tensor.Q4_0BlockBytes
			}
			m := tensor.RawMatrix{Format: f, Rows: rows, Cols: cols, Data: g.blocks(rows*cols/32, size, mode)}
			xs := g.values(2*cols, typical)
			add(fmt.Sprintf("matmul_raw_panel_%v_%d", f, mode), func() ([]byte, error) {
				out := make([]float32, 2*rows)
				if err := tensor.MatMulRaw(out, m, xs, 2); err != nil {
					return nil, err
				}
				return floatBytes(out...), nil
			})
		}
	}
	return cs
}

// Write runs every case on every kernel path and writes one line per case:
// "name hash" when the paths agree (or "name error: ..."), "name MISMATCH
// path" naming the first path that differs from the pure-Go one.
func Write(w io.Writer, seed uint64) error {
	paths := tensor.KernelPaths()
	prev := tensor.KernelPath()
	defer tensor.SetKernelPath(prev)
	for _, c := range Cases(seed) {
		line := ""
		var first string
		for i, p := range paths {
			if err := tensor.SetKernelPath(p); err != nil {
				return err
			}
			out, err := c.Run()
			if err != nil {
				line = fmt.Sprintf("%s error: %v", c.Name, err)
				break
			}
			sum := sha256.Sum256(out)
			h := hex.EncodeToString(sum[:])
			if i == 0 {
				first = h
				line = c.Name + " " + h
			} else if h != first {
				line = fmt.Sprintf("%s MISMATCH %s", c.Name, p)
				break
			}
		}
		if _, err := fmt.Fprintln(w, line); err != nil {
			return err
		}
	}
	return nil
}
