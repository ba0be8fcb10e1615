package tensor

import "fmt"

// ConvParams are the attributes of ONNX Conv, ConvTranspose, MaxPool and
// AveragePool for S = 1 or 2 spatial axes: per-axis strides and dilations,
// pads as [begin_0, …, begin_S−1, end_0, …, end_S−1], the number of
// groups (convolutions), the window (pools) and the output padding
// (ConvTranspose).
type ConvParams struct {
	Group         int
	Kernel        []int // pools only
	Strides       []int
	Dilations     []int
	Pads          []int
	OutputPadding []int // ConvTranspose only
	CeilMode      bool  // pools only
	CountPad      bool  // AveragePool: count padding positions in the divisor
}

// window2 is one spatial configuration brought to two axes (a 1-D one gets
// a leading axis of size 1).
type window2 struct {
	kh, kw, sh, sw, dh, dw, pt, pl, pb, pr, oph, opw int
}

func (p ConvParams) window(spatial int, kernel []int) (window2, error) {
	var w window2
	get := func(v []int, i, def int) int {
		if len(v) == 0 {
			return def
		}
		return v[i]
	}
	if spatial < 1 || spatial > 2 || len(kernel) != spatial ||
		(len(p.Strides) != 0 && len(p.Strides) != spatial) || (len(p.Dilations) != 0 && len(p.Dilations) != spatial) ||
		(len(p.Pads) != 0 && len(p.Pads) != 2*spatial) || (len(p.OutputPadding) != 0 && len(p.OutputPadding) != spatial) {
		return w, fmt.Errorf("%w: window of %d spatial axes (kernel %v, strides %v, dilations %v, pads %v)", ErrShape, spatial, kernel, p.Strides, p.Dilations, p.Pads)
	}
	vals := make([][6]int, spatial) // k, s, d, begin, end, output padding
	for i := range spatial {
		vals[i] = [6]int{kernel[i], get(p.Strides, i, 1), get(p.Dilations, i, 1), get(p.Pads, i, 0), get(p.Pads, spatial+i, 0), get(p.OutputPadding, i, 0)}
		for j, v := range vals[i] {
			if v < 0 || v > maxWindow || (j < 3 && v < 1) {
				return w, fmt.Errorf("%w: window parameter %d of axis %d is %d", ErrShape, j, i, v)
			}
		}
	}
	h := [6]int{1, 1, 1, 0, 0, 0}
	if spatial == 2 {
		h = vals[0]
	}
	v := vals[spatial-1]
	return window2{h[0], v[0], h[1], v[1], h[2], v[2], h[3], v[3], h[4], v[4], h[5], v[5]}, nil
}

// as2D returns the [N, C, H, W] view of an [N, C, (H,) W] shape.
func as2D(shape []int) (n, c, h, w int) {
	if len(shape) == 3 {
		return shape[0], shape[1], 1, shape[2]
	}
	return shape[0], shape[1], shape[2], shape[3]
}

// outShape2 builds the output shape [N, C, (OH,) OW] of the input's rank.
func outShape2(rank, n, c, oh, ow int) []int {
	if rank == 3 {
		return []int{n, c, ow}
	}
	return []int{n, c, oh, ow}
}

func convOut(in, k, s, d, pb, pe int) int {
	span := (k-1)*d + 1
	if in+pb+pe < span {
		return 0
	}
	return (in+pb+pe-span)/s + 1
}

// ConvShape returns the output shape of Conv for x [N, C, (H,) W] and w
// [OC, C/group, (KH,) KW].
func ConvShape(x, w []int, p ConvParams) ([]int, error) {
	if (len(x) != 3 && len(x) != 4) || len(w) != len(x) {
		return nil, fmt.Errorf("%w: conv needs x [N,C,(H,)W] and w [OC,C/g,(KH,)KW], got %v and %v", ErrShape, x, w)
	}
	win, err := p.window(len(x)-2, w[2:])
	if err != nil {
		return nil, err
	}
	N, C, H, W := as2D(x)
	OC := w[0]
	if p.Group < 1 || C%p.Group != 0 || OC%p.Group != 0 || w[1] != C/p.Group {
		return nil, fmt.Errorf("%w: conv of %v with %v in %d groups", ErrShape, x, w, p.Group)
	}
	oh, ow := convOut(H, win.kh, win.sh, win.dh, win.pt, win.pb), convOut(W, win.kw, win.sw, win.dw, win.pl, win.pr)
	if oh < 1 || ow < 1 {
		return nil, fmt.Errorf("%w: conv of %v with kernel %v leaves no output", ErrShape, x, w[2:])
	}
	out := outShape2(len(x), N, OC, oh, ow)
	return out, checkShape(F32, out)
}

// Conv convolves x [N, C, (H,) W] with w [OC, C/group, (KH,) KW] (ONNX Conv,
// cross-correlation) and adds bias [OC] if not nil. Canonical evaluation of
// out[n, oc, oh, ow], with g the group of oc:
//
//	acc = 0
//	for c, kh, kw in increasing order over g's input channels and the window:
//	    acc = float32(acc + float32(w[oc, c, kh, kw] · xp))
//	if bias != nil: acc = float32(acc + bias[oc])
//
// where xp is x[n, g·C/group + c, oh·sh − pt + kh·dh, ow·sw − pl + kw·dw],
// or +0 for a position in the padding (padding taps are products with +0,
// as in an im2col convolution). NaNs are canonical.
func Conv(x, w, bias *Tensor, p ConvParams) (*Tensor, error) {
	if err := needF32("conv", x, w); err != nil {
		return nil, err
	}
	shape, err := ConvShape(x.shape, w.shape, p)
	if err != nil {
		return nil, err
	}
	N, C, H, W := as2D(x.shape)
	OC := w.shape[0]
	if bias != nil {
		if err := needF32("conv bias", bias); err != nil {
			return nil, err
		}
		if bias.Len() != OC {
			return nil, fmt.Errorf("%w: conv bias of %d elements for %d channels", ErrShape, bias.Len(), OC)
		}
	}
	win, _ := p.window(len(x.shape)-2, w.shape[2:])
	_, _, OH, OW := as2D(shape)
	G := p.Group
	Cg, OCg := C/G, OC/G
	Kc := Cg * win.kh * win.kw
	P := OH * OW
	out := newTensorUninit(F32, shape) // zeroed below for the paths that continue sums in it
	// im2col by blocks of output positions: col holds, for each position
	// of the block, its Kc window values in (c, kh, kw) order, so each
	// output is a canonical dot product of a weight row and a col row.
	pblk := max(4, min(P, (1<<15)/max(Kc, 1)))
	blocks := (P + pblk - 1) / pblk
	// rel[k] is the offset of window tap k = (c, kh, kw) from the window's
	// first tap, for windows that lie wholly inside the input.
	rel := make([]int, 0, Kc)
	for c := 0; c < Cg; c++ {
		for kh := 0; kh < win.kh; kh++ {
			for kw := 0; kw < win.kw; kw++ {
				rel = append(rel, (c*H+kh*win.dh)*W+kw*win.dw)
			}
		}
	}
	if g := activeGemm(); g != nil && Kc > 0 {
		var b []float32
		if bias != nil {
			b = bias.f32
		}
		pointwise := win.kh == 1 && win.kw == 1 && win.sh == 1 && win.sw == 1 && win.pt+win.pl+win.pb+win.pr == 0 && G == 1
		if pointwise {
			(&convPointwise{g: g, x: x.f32, w: w.f32, bias: b, out: out.f32, N: N, C: C, OC: OC, P: P}).run()
		} else if Cg == 1 && OCg < g.mr { // depthwise: a GEMM tile would waste most of its rows
			(&convDepthwise{x: x.f32, w: w.f32, bias: b, out: out.f32, N: N, C: C, H: H, W: W, OCg: OCg,
				win: win, OH: OH, OW: OW}).run()
		} else if win.sh == 1 && win.sw == 1 && g.tileOffs != nil {
			(&convDirect{g: g, x: x.f32, w: w.f32, bias: b, out: out.f32, N: N, C: C, H: H, W: W, G: G, OCg: OCg,
				win: win, OH: OH, OW: OW}).run()
		} else {
			clear(out.f32)
			(&convGemm{g: g, x: x.f32, w: w.f32, bias: b, out: out.f32, N: N, C: C, H: H, W: W, G: G, OCg: OCg,
				win: win, OH: OH, OW: OW, rel: rel}).run()
			canonicalizeNaNs(out.f32) // the other paths canonicalize in their workers
		}
		return out, nil
	}
	clear(out.f32)
	spanH, spanW := (win.kh-1)*win.dh, (win.kw-1)*win.dw
	parallelFor(N*G*blocks, 1, func(lo, hi int) {
		col := make([]float32, pblk*Kc)
		for it := lo; it < hi; it++ {
			n, g, blk := it/(G*blocks), it/blocks%G, it%blocks
			p0, p1 := blk*pblk, min(blk*pblk+pblk, P)
			xg := x.f32[(n*C+g*Cg)*H*W : (n*C+(g+1)*Cg)*H*W]
			for pos := p0; pos < p1; pos++ {
				oh, ow := pos/OW, pos%OW
				row := col[(pos-p0)*Kc : (pos-p0+1)*Kc]
				ih0, iw0 := oh*win.sh-win.pt, ow*win.sw-win.pl
				if ih0 >= 0 && iw0 >= 0 && ih0+spanH < H && iw0+spanW < W {
					src := xg[ih0*W+iw0:]
					for k, r := range rel {
						row[k] = src[r]
					}
					continue
				}
				k := 0
				for c := 0; c < Cg; c++ {
					plane := xg[c*H*W : (c+1)*H*W]
					for kh := 0; kh < win.kh; kh++ {
						ih := ih0 + kh*win.dh
						for kw := 0; kw < win.kw; kw++ {
							iw := iw0 + kw*win.dw
							if ih >= 0 && ih < H && iw >= 0 && iw < W {
								row[k] = plane[ih*W+iw]
							} else {
								row[k] = 0
							}
							k++
						}
					}
				}
			}
			wg := w.f32[g*OCg*Kc : (g+1)*OCg*Kc]
			mmNT(out.f32[(n*OC+g*OCg)*P+p0:], P, wg, OCg, col[:(p1-p0)*Kc], p1-p0, Kc)
			if bias != nil {
				for oc := g * OCg; oc < (g+1)*OCg; oc++ {
					o := out.f32[(n*OC+oc)*P+p0 : (n*OC+oc)*P+p1]
					b := bias.f32[oc]
					for i := range o {
						o[i] += b
					}
				}
			}
		}
	})
	canonicalizeNaNs(out.f32)
	return out, nil
}

// ConvTransposeShape returns the output shape of ConvTranspose for x [N,
// C, (H,) W] and w [C, OC/group, (KH,) KW].
func ConvTransposeShape(x, w []int, p ConvParams) ([]int, error) {
	if (len(x) != 3 && len(x) != 4) || len(w) != len(x) {
		return nil, fmt.Errorf("%w: conv_transpose needs x [N,C,(H,)W] and w [C,OC/g,(KH,)KW], got %v and %v", ErrShape, x, w)
	}
	win, err := p.window(len(x)-2, w[2:])
	if err != nil {
		return nil, err
	}
	N, C, H, W := as2D(x)
	if p.Group < 1 || C%p.Group != 0 || w[0] != C {
		return nil, fmt.Errorf("%w: conv_transpose of %v with %v in %d groups", ErrShape, x, w, p.Group)
	}
	oh := win.sh*(H-1) + win.oph + (win.kh-1)*win.dh + 1 - win.pt - win.pb
	ow := win.sw*(W-1) + win.opw + (win.kw-1)*win.dw + 1 - win.pl - win.pr
	if oh < 1 || ow < 1 {
		return nil, fmt.Errorf("%w: conv_transpose of %v leaves no output", ErrShape, x)
	}
	out := outShape2(len(x), N, w[1]*p.Group, oh, ow)
	return out, checkShape(F32, out)
}

// ConvTranspose is the transpose of Conv (ONNX ConvTranspose). Canonical
// evaluation of out[n, oc, oh, ow], with g the group of oc and j = oc's
// index in it:
//
//	acc = 0
//	for c, kh, kw in increasing order over g's input channels and the window,
//	where ih = (oh + pt − kh·dh)/sh and iw = (ow + pl − kw·dw)/sw are
//	whole and inside x:
//	    acc = float32(acc + float32(x[n, c, ih, iw] · w[c, j, kh, kw]))
//	if bias != nil: acc = float32(acc + bias[oc])
//
// NaNs are canonical.
func ConvTranspose(x, w, bias *Tensor, p ConvParams) (*Tensor, error) {
	if err := needF32("conv_transpose", x, w); err != nil {
		return nil, err
	}
	shape, err := ConvTransposeShape(x.shape, w.shape, p)
	if err != nil {
		return nil, err
	}
	N, C, H, W := as2D(x.shape)
	_, OC, OH, OW := as2D(shape)
	if bias != nil {
		if err := needF32("conv_transpose bias", bias); err != nil {
			return nil, err
		}
		if bias.Len() != OC {
			return nil, fmt.Errorf("%w: conv_transpose bias of %d elements for %d channels", ErrShape, bias.Len(), OC)
		}
	}
	win, _ := p.window(len(x.shape)-2, w.shape[2:])
	G := p.Group
	Cg, OCg := C/G, OC/G
	out := newTensor(F32, shape)
	if g := activeGemm(); g != nil && g.tileOffs != nil && Cg > 0 && win.kh == win.sh && win.kw == win.sw && win.dh == 1 && win.dw == 1 &&
		win.pt == 0 && win.pl == 0 && win.pb == 0 && win.pr == 0 && win.oph == 0 && win.opw == 0 {
		var b []float32
		if bias != nil {
			b = bias.f32
		}
		(&convTransposePhases{g: g, x: x.f32, w: w.f32, bias: b, out: out.f32, N: N, C: C, H: H, W: W, G: G, OCg: OCg,
			kh: win.kh, kw: win.kw}).run()
		canonicalizeNaNs(out.f32)
		return out, nil
	}
	parallelFor(N*OC*OH, grainFor(OW*Cg*win.kh*win.kw, 1), func(lo, hi int) {
		for r := lo; r < hi; r++ {
			oh := r % OH
			oc := r / OH % OC
			n := r / (OH * OC)
			g, j := oc/OCg, oc%OCg
			for ow := 0; ow < OW; ow++ {
				acc := float32(0)
				for c := g * Cg; c < (g+1)*Cg; c++ {
					for kh := 0; kh < win.kh; kh++ {
						th := oh + win.pt - kh*win.dh
						if th < 0 || th%win.sh != 0 || th/win.sh >= H {
							continue
						}
						ih := th / win.sh
						for kw := 0; kw < win.kw; kw++ {
							tw := ow + win.pl - kw*win.dw
							if tw < 0 || tw%win.sw != 0 || tw/win.sw >= W {
								continue
							}
							iw := tw / win.sw
							acc = madd(acc, x.f32[((n*C+c)*H+ih)*W+iw], w.f32[((c*OCg+j)*win.kh+kh)*win.kw+kw])
						}
					}
				}
				if bias != nil {
					acc += bias.f32[oc]
				}
				out.f32[r*OW+ow] = acc
			}
		}
	})
	canonicalizeNaNs(out.f32)
	return out, nil
}
