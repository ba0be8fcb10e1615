package tensor

import (
	"fmt"
	"math"
)

// Conv2DParams are the stride and zero padding of a 2-D convolution or
// pooling window, equal in both spatial directions.
type Conv2DParams struct {
	Stride  int
	Padding int
}

// maxWindow bounds strides, paddings and pooling windows so that no size
// computation can overflow an int on 32-bit platforms.
const maxWindow = 1 << 16

func outSize(in, k int, p Conv2DParams) int {
	return (in+2*p.Padding-k)/p.Stride + 1
}

// Conv2D convolves x [N, C, H, W] with weights w [OC, C, KH, KW] (NCHW,
// cross-correlation as in deep-learning frameworks) and adds bias [OC] if it
// is not nil, returning [N, OC, OH, OW] with OH = (H+2·pad−KH)/stride + 1.
// Canonical evaluation of each output element:
//
//	acc = 0
//	for c, kh, kw in increasing order, skipping taps that fall in the
//	padding: acc = float32(acc + float32(w[oc,c,kh,kw]·x[n,c,ih,iw]))
//	if bias != nil: acc = float32(acc + bias[oc])
func Conv2D(x, w, bias *Tensor, p Conv2DParams) (*Tensor, error) {
	if err := needF32("conv2d", x, w); err != nil {
		return nil, err
	}
	if len(x.shape) != 4 || len(w.shape) != 4 || x.shape[1] != w.shape[1] {
		return nil, fmt.Errorf("%w: conv2d needs x [N,C,H,W] and w [OC,C,KH,KW], got %v and %v", ErrShape, x.shape, w.shape)
	}
	N, C, H, W := x.shape[0], x.shape[1], x.shape[2], x.shape[3]
	OC, KH, KW := w.shape[0], w.shape[2], w.shape[3]
	if p.Stride < 1 || p.Padding < 0 || p.Stride > maxWindow || p.Padding > maxWindow || H+2*p.Padding < KH || W+2*p.Padding < KW {
		return nil, fmt.Errorf("%w: conv2d of %v with kernel %dx%d, stride %d, padding %d", ErrShape, x.shape, KH, KW, p.Stride, p.Padding)
	}
	if bias != nil {
		if err := needF32("conv2d bias", bias); err != nil {
			return nil, err
		}
		if bias.Len() != OC {
			return nil, fmt.Errorf("%w: conv2d bias has %d elements for %d channels", ErrShape, bias.Len(), OC)
		}
	}
	OH, OW := outSize(H, KH, p), outSize(W, KW, p)
	out, err := New(F32, N, OC, OH, OW)
	if err != nil {
		return nil, fmt.Errorf("conv2d: %w", err)
	}
	// One work item is one output row (n, oc, oh).
	parallelFor(N*OC*OH, grainFor(OW*C*KH*KW, 1), func(lo, hi int) {
		for r := lo; r < hi; r++ {
			oh := r % OH
			oc := r / OH % OC
			n := r / (OH * OC)
			for ow := 0; ow < OW; ow++ {
				acc := float32(0)
				for c := 0; c < C; c++ {
					xc := x.f32[(n*C+c)*H*W:]
					wc := w.f32[(oc*C+c)*KH*KW:]
					for kh := 0; kh < KH; kh++ {
						ih := oh*p.Stride - p.Padding + kh
						if ih < 0 || ih >= H {
							continue
						}
						for kw := 0; kw < KW; kw++ {
							iw := ow*p.Stride - p.Padding + kw
							if iw < 0 || iw >= W {
								continue
							}
							acc = madd(acc, wc[kh*KW+kw], xc[ih*W+iw])
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

// pool2D runs a K×K window over every channel of x [N, C, H, W]; reduce gets
// the valid (non-padding) window elements in row-major window order.
func pool2D(op string, x *Tensor, k int, p Conv2DParams, reduce func(vals []float32) float32) (*Tensor, error) {
	if err := needF32(op, x); err != nil {
		return nil, err
	}
	if len(x.shape) != 4 {
		return nil, fmt.Errorf("%w: %s needs x [N,C,H,W], got %v", ErrShape, op, x.shape)
	}
	N, C, H, W := x.shape[0], x.shape[1], x.shape[2], x.shape[3]
	// padding <= k/2 guarantees every window holds a real element.
	if k < 1 || k > maxWindow || p.Stride < 1 || p.Padding < 0 || p.Stride > maxWindow || 2*p.Padding > k || H+2*p.Padding < k || W+2*p.Padding < k {
		return nil, fmt.Errorf("%w: %s of %v with window %d, stride %d, padding %d", ErrShape, op, x.shape, k, p.Stride, p.Padding)
	}
	OH, OW := outSize(H, k, p), outSize(W, k, p)
	out, err := New(F32, N, C, OH, OW)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", op, err)
	}
	parallelFor(N*C*OH, grainFor(OW*k*k, 1), func(lo, hi int) {
		vals := make([]float32, 0, k*k)
		for r := lo; r < hi; r++ {
			oh := r % OH
			plane := x.f32[r/OH*H*W:]
			for ow := 0; ow < OW; ow++ {
				vals = vals[:0]
				for kh := 0; kh < k; kh++ {
					ih := oh*p.Stride - p.Padding + kh
					if ih < 0 || ih >= H {
						continue
					}
					for kw := 0; kw < k; kw++ {
						iw := ow*p.Stride - p.Padding + kw
						if iw >= 0 && iw < W {
							vals = append(vals, plane[ih*W+iw])
						}
					}
				}
				out.f32[r*OW+ow] = reduce(vals)
			}
		}
	})
	canonicalizeNaNs(out.f32)
	return out, nil
}

// MaxPool2D returns the maximum of every k×k window of x [N, C, H, W]
// (padding positions are ignored, not zero); a window containing NaN gives
// NaN.
func MaxPool2D(x *Tensor, k int, p Conv2DParams) (*Tensor, error) {
	return pool2D("max_pool2d", x, k, p, func(vals []float32) float32 {
		m := float32(math.Inf(-1))
		for _, v := range vals {
			if isNaN(v) {
				return canonicalNaN
			}
			if v > m {
				m = v
			}
		}
		return m
	})
}

// AvgPool2D returns the mean of the valid (non-padding) elements of every
// k×k window of x [N, C, H, W]: s = 0; for v in window order
// { s = float32(s + v) }; out = float32(s / float32(count)).
func AvgPool2D(x *Tensor, k int, p Conv2DParams) (*Tensor, error) {
	return pool2D("avg_pool2d", x, k, p, func(vals []float32) float32 {
		s := float32(0)
		for _, v := range vals {
			s += v
		}
		return s / float32(len(vals))
	})
}
