package tensor

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestMaxWindowCanonical checks the branch-free window max against the
// canonical scan (the first element, then each strictly larger one; NaN
// if any is) on windows of signed zeros, NaNs and ties, 2×2 and 3×3, with
// and without dilation.
func TestMaxWindowCanonical(t *testing.T) {
	r := rand.New(rand.NewPCG(12, 21))
	vals := []float32{0, float32(math.Copysign(0, -1)), -1, 1, 2, float32(math.NaN())}
	const W = 7
	p := make([]float32, W*W)
	for trial := 0; trial < 20000; trial++ {
		for i := range p {
			p[i] = vals[r.IntN(len(vals)-1)]
			if r.IntN(40) == 0 {
				p[i] = vals[len(vals)-1]
			}
		}
		k, d := 2+r.IntN(2), 1+r.IntN(2)
		win := window2{kh: k, kw: k, dh: d, dw: d}
		want := p[0]
		nan := false
		for kh := 0; kh < k; kh++ {
			for kw := 0; kw < k; kw++ {
				v := p[kh*d*W+kw*d]
				nan = nan || v != v
				if v > want {
					want = v
				}
			}
		}
		if nan {
			want = canonicalNaN
		}
		if got := maxWindow2(p, W, &win); math.Float32bits(got) != math.Float32bits(want) {
			t.Fatalf("window %d×%d dilation %d of %v: got %#x, want %#x", k, k, d, p, math.Float32bits(got), math.Float32bits(want))
		}
	}
}

// TestMaxPoolMatchesScan checks MaxPool, whose interior windows take the
// branch-free row loops, against the canonical scan over every window on
// random kernels, strides, dilations, pads and ceil modes, with signed
// zeros and NaNs in the input.
func TestMaxPoolMatchesScan(t *testing.T) {
	r := rand.New(rand.NewPCG(4, 40))
	vals := []float32{0, float32(math.Copysign(0, -1)), -1, 1, 2, -3}
	skipped := 0
	for trial := 0; trial < 300; trial++ {
		C, H, W := 1+r.IntN(3), 2+r.IntN(12), 2+r.IntN(20)
		kh, kw := 1+r.IntN(3), 1+r.IntN(3)
		p := ConvParams{Kernel: []int{kh, kw}, Strides: []int{1 + r.IntN(3), 1 + r.IntN(3)},
			Dilations: []int{1 + r.IntN(2), 1 + r.IntN(2)}, Pads: []int{r.IntN(kh), r.IntN(kw), r.IntN(kh), r.IntN(kw)}, CeilMode: r.IntN(2) == 0}
		if trial%3 == 0 {
			p.Strides, p.Dilations = []int{2, 2}, []int{1, 1}
			p.Kernel, kh, kw = []int{2, 2}, 2, 2
		}
		xv := make([]float32, C*H*W)
		for i := range xv {
			xv[i] = vals[r.IntN(len(vals))]
			if r.IntN(50) == 0 {
				xv[i] = float32(math.NaN())
			}
		}
		x, _ := FromFloat32(xv, 1, C, H, W)
		out, err := Pool(PoolMax, x, p)
		if err != nil {
			skipped++
			continue // no output for this window
		}
		OH, OW := out.shape[2], out.shape[3]
		for c := 0; c < C; c++ {
			for oh := 0; oh < OH; oh++ {
				for ow := 0; ow < OW; ow++ {
					m, seen, nan := float32(0), false, false
					for i := 0; i < kh; i++ {
						for j := 0; j < kw; j++ {
							ih, iw := oh*p.Strides[0]-p.Pads[0]+i*p.Dilations[0], ow*p.Strides[1]-p.Pads[1]+j*p.Dilations[1]
							if ih < 0 || ih >= H || iw < 0 || iw >= W {
								continue
							}
							v := xv[(c*H+ih)*W+iw]
							nan = nan || v != v
							if !seen || v > m {
								m, seen = v, true
							}
						}
					}
					if nan {
						m = canonicalNaN
					}
					if got := out.f32[(c*OH+oh)*OW+ow]; math.Float32bits(got) != math.Float32bits(m) {
						t.Fatalf("%+v on %v: out[%d,%d,%d] = %#x, want %#x", p, x.shape, c, oh, ow, math.Float32bits(got), math.Float32bits(m))
					}
				}
			}
		}
	}
	if skipped > 100 {
		t.Fatalf("%d of 300 configurations have no output", skipped)
	}
}
