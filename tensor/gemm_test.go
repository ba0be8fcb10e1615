package tensor

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"
)

// naiveSeqDot is the canonical sequential dot product written out:
// acc = 0; acc = float32(acc + float32(a[k]·b[k])) in increasing k.
func naiveSeqDot(a func(k int) float32, b func(k int) float32, K int) float32 {
	acc := float32(0)
	for k := 0; k < K; k++ {
		p := float32(a(k) * b(k))
		acc = float32(acc + p)
	}
	return acc
}

func sameBits(t *testing.T, what string, got []float32, want func(i int) float32) {
	t.Helper()
	for i, v := range got {
		if naiveCanon(v) != naiveCanon(want(i)) {
			t.Fatalf("%s: element %d is %v (%#x), want %v (%#x)", what, i, v, naiveCanon(v), want(i), naiveCanon(want(i)))
		}
	}
}

// canonicalNaNsOnly fails unless every NaN of v is the canonical one
// (sameBits compares NaNs as equal whatever their payloads).
func canonicalNaNsOnly(t *testing.T, what string, v []float32) {
	t.Helper()
	for i, x := range v {
		if x != x && math.Float32bits(x) != 0x7FC00000 {
			t.Fatalf("%s: element %d is NaN %#x, not the canonical NaN", what, i, math.Float32bits(x))
		}
	}
}

// gemmShapes straddle every tile edge of the micro-kernels (6 and 8 rows,
// 16 and 32 columns).
var gemmShapes = [][3]int{ // M, N, K
	{1, 1, 1}, {1, 33, 7}, {5, 16, 3}, {6, 17, 64}, {8, 32, 9}, {9, 31, 40}, {13, 70, 33}, {17, 48, 1}, {24, 96, 130},
}

func TestGemmPathsCanonical(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 11))
	for _, s := range gemmShapes {
		M, N, K := s[0], s[1], s[2]
		x, w, b := genValues(r, M*K, true), genValues(r, N*K, true), genValues(r, N, true)
		xt, _ := FromFloat32(x, M, K)
		wt, _ := FromFloat32(w, N, K)
		bt, _ := FromFloat32(b, N)
		wkn := make([]float32, K*N) // w as [K, N]
		transpose2D(wkn, w, N, K)
		wknT, _ := FromFloat32(wkn, K, N)
		dot := func(m, n int) float32 {
			return naiveSeqDot(func(k int) float32 { return x[m*K+k] }, func(k int) float32 { return w[n*K+k] }, K)
		}
		forEachPath(t, func(path string) {
			name := fmt.Sprintf("%s %dx%dx%d", path, M, N, K)
			out, err := MatMul(wt, xt)
			if err != nil {
				t.Fatal(err)
			}
			sameBits(t, "matmul "+name, out.f32, func(i int) float32 { return dot(i/N, i%N) })
			out, err = MatMulND(xt, wknT)
			if err != nil {
				t.Fatal(err)
			}
			sameBits(t, "matmul_nd "+name, out.f32, func(i int) float32 { return dot(i/N, i%N) })
			out, err = Gemm(xt, wt, nil, GemmParams{TransB: true, Alpha: 1, Beta: 1})
			if err != nil {
				t.Fatal(err)
			}
			sameBits(t, "gemm transB "+name, out.f32, func(i int) float32 { return dot(i/N, i%N) })
			out, err = Linear(wt, xt, bt)
			if err != nil {
				t.Fatal(err)
			}
			sameBits(t, "linear "+name, out.f32, func(i int) float32 {
				m, n := i/N, i%N
				acc := b[n]
				for k := 0; k < K; k++ {
					acc = float32(acc + float32(w[n*K+k]*x[m*K+k]))
				}
				return acc
			})
		})
	}
}

// naiveConv transcribes Conv's documented order for a 2-D input.
func naiveConv(x, w, bias []float32, xs, ws []int, p ConvParams, os []int) []float32 {
	C, H, W := xs[1], xs[2], xs[3]
	OC, Cg, KH, KW := ws[0], ws[1], ws[2], ws[3]
	OH, OW := os[2], os[3]
	OCg := OC / p.Group
	out := make([]float32, os[0]*OC*OH*OW)
	i := 0
	for n := 0; n < os[0]; n++ {
		for oc := 0; oc < OC; oc++ {
			g := oc / OCg
			for oh := 0; oh < OH; oh++ {
				for ow := 0; ow < OW; ow++ {
					acc := float32(0)
					for c := 0; c < Cg; c++ {
						for kh := 0; kh < KH; kh++ {
							for kw := 0; kw < KW; kw++ {
								ih := oh*p.Strides[0] - p.Pads[0] + kh*p.Dilations[0]
								iw := ow*p.Strides[1] - p.Pads[1] + kw*p.Dilations[1]
								v := float32(0)
								if ih >= 0 && ih < H && iw >= 0 && iw < W {
									v = x[((n*C+g*Cg+c)*H+ih)*W+iw]
								}
								acc = float32(acc + float32(w[((oc*Cg+c)*KH+kh)*KW+kw]*v))
							}
						}
					}
					if bias != nil {
						acc = float32(acc + bias[oc])
					}
					out[i] = acc
					i++
				}
			}
		}
	}
	return out
}

func TestConvPathsCanonical(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 5))
	cases := []struct {
		x, w []int
		p    ConvParams
	}{
		{[]int{1, 3, 9, 40}, []int{8, 3, 3, 3}, ConvParams{Group: 1, Strides: []int{1, 1}, Dilations: []int{1, 1}, Pads: []int{1, 1, 1, 1}}},
		{[]int{2, 4, 13, 11}, []int{6, 2, 3, 3}, ConvParams{Group: 2, Strides: []int{2, 1}, Dilations: []int{1, 2}, Pads: []int{1, 0, 2, 1}}},
		{[]int{1, 16, 7, 35}, []int{9, 16, 1, 1}, ConvParams{Group: 1, Strides: []int{1, 1}, Dilations: []int{1, 1}, Pads: []int{0, 0, 0, 0}}},
		{[]int{1, 5, 12, 12}, []int{5, 1, 3, 3}, ConvParams{Group: 5, Strides: []int{2, 2}, Dilations: []int{1, 1}, Pads: []int{1, 1, 1, 1}}},
		{[]int{1, 7, 20, 33}, []int{7, 1, 5, 5}, ConvParams{Group: 7, Strides: []int{1, 1}, Dilations: []int{1, 1}, Pads: []int{2, 2, 2, 2}}},
		{[]int{1, 2, 4, 70}, []int{3, 2, 2, 3}, ConvParams{Group: 1, Strides: []int{1, 1}, Dilations: []int{1, 1}, Pads: []int{0, 0, 0, 0}}},
		{[]int{2, 3, 10, 17}, []int{12, 3, 3, 2}, ConvParams{Group: 1, Strides: []int{1, 1}, Dilations: []int{2, 3}, Pads: []int{2, 1, 0, 3}}},
		{[]int{1, 6, 5, 9}, []int{9, 2, 3, 3}, ConvParams{Group: 3, Strides: []int{1, 1}, Dilations: []int{1, 1}, Pads: []int{1, 1, 1, 1}}},
		{[]int{2, 5, 3, 11}, []int{12, 5, 1, 1}, ConvParams{Group: 1, Strides: []int{1, 1}, Dilations: []int{1, 1}, Pads: []int{0, 0, 0, 0}}}, // pointwise, two images
		// Depthwise (convDepthwise): rows of more than four SIMD groups and
		// a partial one, a channel multiplier, a column stride, dilations,
		// asymmetric pads, one row.
		{[]int{2, 3, 6, 83}, []int{3, 1, 3, 3}, ConvParams{Group: 3, Strides: []int{1, 1}, Dilations: []int{1, 1}, Pads: []int{1, 1, 1, 1}}},
		{[]int{1, 4, 9, 21}, []int{8, 1, 5, 5}, ConvParams{Group: 4, Strides: []int{2, 1}, Dilations: []int{1, 2}, Pads: []int{2, 0, 1, 4}}},
		{[]int{1, 3, 8, 30}, []int{3, 1, 3, 2}, ConvParams{Group: 3, Strides: []int{1, 3}, Dilations: []int{2, 1}, Pads: []int{0, 1, 2, 0}}},
		{[]int{1, 5, 1, 70}, []int{5, 1, 1, 7}, ConvParams{Group: 5, Strides: []int{1, 1}, Dilations: []int{1, 1}, Pads: []int{0, 3, 0, 3}}},
	}
	for _, c := range cases {
		x, _ := FromFloat32(genValues(r, numElements(c.x), true), c.x...)
		w, _ := FromFloat32(genValues(r, numElements(c.w), true), c.w...)
		b, _ := FromFloat32(genValues(r, c.w[0], false), c.w[0])
		os, err := ConvShape(c.x, c.w, c.p)
		if err != nil {
			t.Fatal(err)
		}
		for _, bias := range []*Tensor{nil, b} {
			var bv []float32
			if bias != nil {
				bv = bias.f32
			}
			want := naiveConv(x.f32, w.f32, bv, c.x, c.w, c.p, os)
			forEachPath(t, func(path string) {
				out, err := Conv(x, w, bias, c.p)
				if err != nil {
					t.Fatal(err)
				}
				sameBits(t, fmt.Sprintf("conv %s x%v w%v bias %v", path, c.x, c.w, bias != nil), out.f32, func(i int) float32 { return want[i] })
				canonicalNaNsOnly(t, fmt.Sprintf("conv %s x%v w%v", path, c.x, c.w), out.f32)
			})
		}
	}
}

func TestTranspose2D(t *testing.T) {
	for _, s := range [][2]int{{1, 1}, {3, 5}, {4, 4}, {33, 70}, {64, 768}, {37, 2}} {
		rows, cols := s[0], s[1]
		src := make([]float32, rows*cols)
		for i := range src {
			src[i] = float32(i)
		}
		dst := make([]float32, rows*cols)
		transpose2D(dst, src, rows, cols)
		for r := 0; r < rows; r++ {
			for c := 0; c < cols; c++ {
				if dst[c*rows+r] != src[r*cols+c] {
					t.Fatalf("%dx%d: dst[%d][%d] = %v, want %v", rows, cols, c, r, dst[c*rows+r], src[r*cols+c])
				}
			}
		}
	}
}

// naiveConvTranspose transcribes ConvTranspose's documented order for 2-D
// inputs (valid taps only, in increasing c, kh, kw; bias after).
func naiveConvTranspose(x, w, bias []float32, xs, ws []int, p ConvParams, os []int) []float32 {
	C, H, W := xs[1], xs[2], xs[3]
	OCg, KH, KW := ws[1], ws[2], ws[3]
	OC, OH, OW := os[1], os[2], os[3]
	Cg := C / p.Group
	out := make([]float32, os[0]*OC*OH*OW)
	for n := 0; n < os[0]; n++ {
		for oc := 0; oc < OC; oc++ {
			g, j := oc/OCg, oc%OCg
			for oh := 0; oh < OH; oh++ {
				for ow := 0; ow < OW; ow++ {
					acc := float32(0)
					for c := g * Cg; c < (g+1)*Cg; c++ {
						for kh := 0; kh < KH; kh++ {
							th := oh + p.Pads[0] - kh*p.Dilations[0]
							if th < 0 || th%p.Strides[0] != 0 || th/p.Strides[0] >= H {
								continue
							}
							for kw := 0; kw < KW; kw++ {
								tw := ow + p.Pads[1] - kw*p.Dilations[1]
								if tw < 0 || tw%p.Strides[1] != 0 || tw/p.Strides[1] >= W {
									continue
								}
								v := x[((n*C+c)*H+th/p.Strides[0])*W+tw/p.Strides[1]]
								acc = float32(acc + float32(v*w[((c*OCg+j)*KH+kh)*KW+kw]))
							}
						}
					}
					if bias != nil {
						acc = float32(acc + bias[oc])
					}
					out[((n*OC+oc)*OH+oh)*OW+ow] = acc
				}
			}
		}
	}
	return out
}

func TestConvTransposePathsCanonical(t *testing.T) {
	r := rand.New(rand.NewPCG(4, 6))
	cases := []struct {
		x, w []int
		p    ConvParams
	}{
		{[]int{1, 24, 9, 13}, []int{24, 7, 2, 2}, ConvParams{Group: 1, Strides: []int{2, 2}, Dilations: []int{1, 1}, Pads: []int{0, 0, 0, 0}}},
		{[]int{2, 6, 5, 40}, []int{6, 3, 3, 2}, ConvParams{Group: 2, Strides: []int{3, 2}, Dilations: []int{1, 1}, Pads: []int{0, 0, 0, 0}}},
		{[]int{1, 4, 6, 7}, []int{4, 3, 3, 3}, ConvParams{Group: 1, Strides: []int{2, 2}, Dilations: []int{1, 1}, Pads: []int{1, 1, 0, 0}}},
	}
	for _, c := range cases {
		x, _ := FromFloat32(genValues(r, numElements(c.x), true), c.x...)
		w, _ := FromFloat32(genValues(r, numElements(c.w), true), c.w...)
		b, _ := FromFloat32(genValues(r, c.w[1]*c.p.Group, false), c.w[1]*c.p.Group)
		os, err := ConvTransposeShape(c.x, c.w, c.p)
		if err != nil {
			t.Fatal(err)
		}
		for _, bias := range []*Tensor{nil, b} {
			var bv []float32
			if bias != nil {
				bv = bias.f32
			}
			want := naiveConvTranspose(x.f32, w.f32, bv, c.x, c.w, c.p, os)
			forEachPath(t, func(path string) {
				out, err := ConvTranspose(x, w, bias, c.p)
				if err != nil {
					t.Fatal(err)
				}
				sameBits(t, fmt.Sprintf("conv_transpose %s x%v w%v bias %v", path, c.x, c.w, bias != nil), out.f32, func(i int) float32 { return want[i] })
			})
		}
	}
}
