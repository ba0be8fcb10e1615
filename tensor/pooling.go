package tensor

import (
	"fmt"
	"math"
)

// PoolKind is MaxPool or AveragePool.
type PoolKind int

// The pools.
const (
	PoolMax PoolKind = iota + 1
	PoolAvg
)

// PoolShape returns the output shape of a pool over x [N, C, (H,) W].
func PoolShape(x []int, p ConvParams) ([]int, error) {
	if len(x) != 3 && len(x) != 4 {
		return nil, fmt.Errorf("%w: pool needs x [N,C,(H,)W], got %v", ErrShape, x)
	}
	win, err := p.window(len(x)-2, p.Kernel)
	if err != nil {
		return nil, err
	}
	if win.pt >= win.kh || win.pb >= win.kh || win.pl >= win.kw || win.pr >= win.kw {
		return nil, fmt.Errorf("%w: pool pads %v must be smaller than the window %v", ErrShape, p.Pads, p.Kernel)
	}
	N, C, H, W := as2D(x)
	oh := poolOut(H, win.kh, win.sh, win.dh, win.pt, win.pb, p.CeilMode)
	ow := poolOut(W, win.kw, win.sw, win.dw, win.pl, win.pr, p.CeilMode)
	if oh < 1 || ow < 1 {
		return nil, fmt.Errorf("%w: pool of %v with window %v leaves no output", ErrShape, x, p.Kernel)
	}
	out := outShape2(len(x), N, C, oh, ow)
	return out, checkShape(F32, out)
}

// Pool applies a max or average pool (ONNX MaxPool, AveragePool) to x [N,
// C, (H,) W]. The window of out[n, c, oh, ow] covers rows oh·sh − pt +
// kh·dh and columns ow·sw − pl + kw·dw; its elements inside x are visited
// in row-major window order. Max: the first, then each strictly larger one
// (NaN if any is NaN). Avg: s = 0; s = float32(s + v); out = float32(s /
// count), where count is the number of elements inside x, or with
// CountPad the window's size clipped to the padded input. NaNs are
// canonical.
func Pool(kind PoolKind, x *Tensor, p ConvParams) (*Tensor, error) {
	if err := needF32("pool", x); err != nil {
		return nil, err
	}
	if kind != PoolMax && kind != PoolAvg {
		return nil, fmt.Errorf("tensor: unknown pool %d", kind)
	}
	shape, err := PoolShape(x.shape, p)
	if err != nil {
		return nil, err
	}
	win, _ := p.window(len(x.shape)-2, p.Kernel)
	N, C, H, W := as2D(x.shape)
	_, _, OH, OW := as2D(shape)
	out := newTensorUninit(F32, shape)
	parallelFor(N*C*OH, grainFor(OW*win.kh*win.kw, 1), func(lo, hi int) {
		for r := lo; r < hi; r++ {
			oh := r % OH
			plane := x.f32[r/OH*H*W : (r/OH+1)*H*W]
			h0 := oh*win.sh - win.pt
			inH := h0 >= 0 && h0+(win.kh-1)*win.dh < H
			// Columns [lo, hi) have their windows inside x.
			lo := min((win.pl+win.sw-1)/win.sw, OW)
			hi := max(lo, min(OW, (W-(win.kw-1)*win.dw+win.pl+win.sw-1)/win.sw))
			if kind == PoolMax && inH && lo < hi {
				maxWindows(out.f32[r*OW+lo:r*OW+hi], plane[h0*W+lo*win.sw-win.pl:], W, &win)
			}
			for ow := 0; ow < OW; ow++ {
				w0 := ow*win.sw - win.pl
				if kind == PoolMax && inH && ow >= lo && ow < hi {
					continue
				}
				m := float32(math.Inf(-1))
				s := float32(0)
				n, nan := 0, false
				for kh := 0; kh < win.kh; kh++ {
					ih := h0 + kh*win.dh
					if ih < 0 || ih >= H {
						continue
					}
					for kw := 0; kw < win.kw; kw++ {
						iw := w0 + kw*win.dw
						if iw < 0 || iw >= W {
							continue
						}
						v := plane[ih*W+iw]
						nan = nan || isNaN(v)
						if v > m {
							m = v
						}
						s += v
						n++
					}
				}
				var o float32
				switch {
				case kind == PoolMax && nan:
					o = canonicalNaN
				case kind == PoolMax:
					o = m
				default:
					if p.CountPad {
						hEnd := min(h0+win.kh, H+win.pb)
						wEnd := min(w0+win.kw, W+win.pr)
						n = (hEnd - h0) * (wEnd - w0)
					}
					o = s / float32(n)
				}
				out.f32[r*OW+ow] = o
			}
		}
	})
	canonicalizeNaNs(out.f32)
	return out, nil
}

// maxWindows sets dst[i] to Pool's max over the window starting at
// p[i·sw], for windows lying inside x (row stride W).
func maxWindows(dst, p []float32, W int, win *window2) {
	if win.kh == 2 && win.kw == 2 && win.sw == 2 && win.dh == 1 && win.dw == 1 {
		r0, r1 := p[:2*len(dst)], p[W:W+2*len(dst)]
		for i := range dst {
			a, b, c, d := r0[2*i], r0[2*i+1], r1[2*i], r1[2*i+1]
			m := max(max(a, b), max(c, d))
			switch {
			case m != m:
				m = canonicalNaN
			case m == 0: // the first zero in window order
				m = a
				if a != 0 {
					m = b
					if b != 0 {
						m = c
						if c != 0 {
							m = d
						}
					}
				}
			}
			dst[i] = m
		}
		return
	}
	for i := range dst {
		dst[i] = maxWindow2(p[i*win.sw:], W, win)
	}
}

// maxWindow2 is Pool's max over a window lying inside x, starting at
// p[0]: the first element, then each strictly larger one; NaN if any is.
// The builtin max has no branch to mispredict and gives the same value but
// for the sign of a zero maximum, which the ordered scan settles.
func maxWindow2(p []float32, W int, win *window2) float32 {
	m := p[0]
	for kh := 0; kh < win.kh; kh++ {
		row := p[kh*win.dh*W:]
		for kw := 0; kw < win.kw; kw++ {
			m = max(m, row[kw*win.dw])
		}
	}
	switch {
	case m != m:
		return canonicalNaN
	case m == 0:
		return maxWindowOrdered(p, W, win)
	}
	return m
}

// maxWindowOrdered is maxWindow2's ordered scan for a maximum of ±0 (no
// NaN): the first zero in window order (+0 > −0 is false).
func maxWindowOrdered(p []float32, W int, win *window2) float32 {
	m := p[0]
	for kh := 0; kh < win.kh; kh++ {
		row := p[kh*win.dh*W:]
		for kw := 0; kw < win.kw; kw++ {
			if v := row[kw*win.dw]; v > m {
				m = v
			}
		}
	}
	return m
}

// poolOut is the ONNX pooling output size: floor (or ceil with ceilMode)
// of (in + pads − span)/s + 1, where with ceilMode a last window that
// would start in the end padding is dropped.
func poolOut(in, k, s, d, pb, pe int, ceil bool) int {
	span := (k-1)*d + 1
	num := in + pb + pe - span
	if num < 0 {
		return 0
	}
	o := num/s + 1
	if ceil && num%s != 0 {
		o++
		if (o-1)*s >= in+pb {
			o--
		}
	}
	return o
}
