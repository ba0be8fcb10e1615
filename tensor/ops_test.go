package tensor

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/opml-dev/opml/internal/fmath"
)

// The references below are naive scalar loops written directly from the
// canonical definitions in the doc comments, sharing no code with the
// kernels (apart from fmath's elementary functions, tested on their own).

func randValues(r *rand.Rand, n int, special bool) []float32 {
	v := make([]float32, n)
	for i := range v {
		if special && r.IntN(50) == 0 {
			v[i] = []float32{float32(math.NaN()), float32(math.Inf(1)), float32(math.Inf(-1)),
				float32(math.Copysign(0, -1)), 1e-40}[r.IntN(5)]
			continue
		}
		v[i] = float32(r.NormFloat64() * 2)
	}
	return v
}

func mustF32(t *testing.T, v []float32, shape ...int) *Tensor {
	t.Helper()
	x, err := FromFloat32(v, shape...)
	if err != nil {
		t.Fatal(err)
	}
	return x
}

// canon returns the canonical bits of v: what an op must output.
func canon(v []float32) []uint32 {
	out := make([]uint32, len(v))
	for i, x := range v {
		out[i] = fmath.Canonical32(math.Float32bits(x))
	}
	return out
}

func requireBits(t *testing.T, what string, got *Tensor, want []float32, shape []int) {
	t.Helper()
	if fmt.Sprint(got.shape) != fmt.Sprint(shape) {
		t.Fatalf("%s: shape %v, want %v", what, got.shape, shape)
	}
	g, w := canon(got.f32), canon(want)
	for i := range w {
		if g[i] != w[i] {
			t.Fatalf("%s: element %d = %#08x (%v), want %#08x (%v)", what, i, g[i], got.f32[i], w[i], want[i])
		}
		if g[i] != math.Float32bits(got.f32[i]) {
			t.Fatalf("%s: element %d is a non-canonical NaN %#08x", what, i, math.Float32bits(got.f32[i]))
		}
	}
}

func TestMatMulMatchesReference(t *testing.T) {
	r := rand.New(rand.NewPCG(21, 22))
	for trial := 0; trial < 30; trial++ {
		M, N, K := 1+r.IntN(9), 1+r.IntN(40), 32*(1+r.IntN(6))
		if trial%3 == 1 {
			K = 1 + r.IntN(100)
		}
		xv := randValues(r, M*K, trial%2 == 0)
		wv := randValues(r, N*K, false)
		x, w := mustF32(t, xv, M, K), mustF32(t, wv, N, K)
		for _, dt := range []DType{F32, F16, BF16, Q8} {
			if dt == Q8 && K%QBlock != 0 {
				continue
			}
			wc, err := Convert(w, dt)
			if err != nil {
				t.Fatal(err)
			}
			got, err := MatMul(wc, x)
			if err != nil {
				t.Fatal(err)
			}
			want := make([]float32, M*N)
			if dt == Q8 {
				refMatMulQ8(want, wc, xv, M, N, K)
			} else {
				wf, _ := wc.Float32s()
				for m := 0; m < M; m++ {
					for n := 0; n < N; n++ {
						acc := float32(0)
						for k := 0; k < K; k++ {
							acc = float32(acc + float32(wf[n*K+k]*xv[m*K+k]))
						}
						want[m*N+n] = acc
					}
				}
			}
			requireBits(t, fmt.Sprintf("matmul %v [%d,%d,%d]", dt, M, N, K), got, want, []int{M, N})
		}
	}
}

// refQuantize is the activation quantization written from its definition.
func refQuantize(x []float32) (float32, []int8) {
	amax := float32(0)
	q := make([]int8, len(x))
	for _, v := range x {
		if math.IsNaN(float64(v)) || math.IsInf(float64(v), 0) {
			return float32(math.NaN()), q
		}
		amax = max(amax, float32(math.Abs(float64(v))))
	}
	d := float32(amax / 127)
	if d == 0 {
		return 0, q
	}
	for i, v := range x {
		// math.Round rounds halves away from zero.
		q[i] = int8(max(-127, min(127, math.Round(float64(float32(v/d))))))
	}
	return d, q
}

func refMatMulQ8(out []float32, w *Tensor, xv []float32, M, N, K int) {
	B := K / QBlock
	for m := 0; m < M; m++ {
		for n := 0; n < N; n++ {
			acc := float32(0)
			for b := 0; b < B; b++ {
				xd, xq := refQuantize(xv[m*K+b*QBlock : m*K+(b+1)*QBlock])
				var s int32
				for i := 0; i < QBlock; i++ {
					s += int32(w.i8[n*K+b*QBlock+i]) * int32(xq[i])
				}
				wd := f16ToF32(w.u16[n*B+b])
				acc = float32(acc + float32(float32(wd*xd)*float32(s)))
			}
			out[m*N+n] = acc
		}
	}
}

func TestMatMulI8AndRequantize(t *testing.T) {
	r := rand.New(rand.NewPCG(23, 24))
	M, N, K := 3, 17, 70
	av, bv := make([]int8, N*K), make([]int8, M*K)
	for i := range av {
		av[i] = int8(r.Uint32())
	}
	for i := range bv {
		bv[i] = int8(r.Uint32())
	}
	a, _ := FromInt8(av, N, K)
	b, _ := FromInt8(bv, M, K)
	got, err := MatMulI8(a, b)
	if err != nil {
		t.Fatal(err)
	}
	const mult, shift = 1518500250, 6 // ≈ 0.7071·2^31
	q, err := Requantize(got, mult, shift)
	if err != nil {
		t.Fatal(err)
	}
	for m := 0; m < M; m++ {
		for n := 0; n < N; n++ {
			var s int64
			for k := 0; k < K; k++ {
				s += int64(av[n*K+k]) * int64(bv[m*K+k])
			}
			if int64(got.i32[m*N+n]) != s {
				t.Fatalf("MatMulI8[%d,%d] = %d, want %d", m, n, got.i32[m*N+n], s)
			}
			// Round half up of s·mult/2^37, computed with floor division.
			num := s*mult + 1<<36
			want := num >> 37
			want = max(-128, min(127, want))
			if int64(q.i8[m*N+n]) != want {
				t.Fatalf("Requantize(%d) = %d, want %d", s, q.i8[m*N+n], want)
			}
		}
	}
}

func TestElementwiseMatchReference(t *testing.T) {
	r := rand.New(rand.NewPCG(25, 26))
	for trial := 0; trial < 10; trial++ {
		shape := []int{1 + r.IntN(5), 1 + r.IntN(7), 1 + r.IntN(300)}
		n := shape[0] * shape[1] * shape[2]
		av, bv := randValues(r, n, true), randValues(r, n, true)
		cv := randValues(r, shape[2], true)
		a, b, c := mustF32(t, av, shape...), mustF32(t, bv, shape...), mustF32(t, cv, shape[2])
		s := float32(r.NormFloat64())
		tests := []struct {
			name string
			run  func() (*Tensor, error)
			ref  func(i int) float32
		}{
			{"add", func() (*Tensor, error) { return Add(a, b) }, func(i int) float32 { return float32(av[i] + bv[i]) }},
			{"add_broadcast", func() (*Tensor, error) { return Add(a, c) }, func(i int) float32 { return float32(av[i] + cv[i%shape[2]]) }},
			{"mul", func() (*Tensor, error) { return Mul(a, b) }, func(i int) float32 { return float32(av[i] * bv[i]) }},
			{"scale", func() (*Tensor, error) { return Scale(a, s) }, func(i int) float32 { return float32(av[i] * s) }},
			{"relu", func() (*Tensor, error) { return Relu(a) }, func(i int) float32 {
				if av[i] != av[i] || av[i] > 0 {
					return av[i]
				}
				return 0
			}},
			{"gelu", func() (*Tensor, error) { return Gelu(a) }, func(i int) float32 { return fmath.Gelu(av[i]) }},
			{"silu", func() (*Tensor, error) { return Silu(a) }, func(i int) float32 { return fmath.Silu(av[i]) }},
		}
		for _, tt := range tests {
			got, err := tt.run()
			if err != nil {
				t.Fatal(err)
			}
			want := make([]float32, n)
			for i := range want {
				want[i] = tt.ref(i)
			}
			requireBits(t, tt.name, got, want, shape)
		}
	}
}

func TestRowOpsMatchReference(t *testing.T) {
	r := rand.New(rand.NewPCG(27, 28))
	for trial := 0; trial < 20; trial++ {
		rows, n := 1+r.IntN(13), 1+r.IntN(500) // LayerNorm takes rows four at a time
		xv := randValues(r, rows*n, trial%3 == 0)
		x := mustF32(t, xv, rows, n)
		softmax, rms, ln := make([]float32, rows*n), make([]float32, rows*n), make([]float32, rows*n)
		argmax := make([]int32, rows)
		for row := 0; row < rows; row++ {
			v := xv[row*n : (row+1)*n]
			// softmax
			mx, hasNaN := float32(math.Inf(-1)), false
			for _, e := range v {
				hasNaN = hasNaN || e != e
				if e > mx {
					mx = e
				}
			}
			if hasNaN {
				mx = float32(math.NaN())
			}
			sum := float32(0)
			for _, e := range v {
				sum = float32(sum + fmath.Exp(float32(e-mx)))
			}
			for i, e := range v {
				softmax[row*n+i] = float32(fmath.Exp(float32(e-mx)) / sum)
			}
			// rms_norm
			ss := float32(0)
			for _, e := range v {
				ss = float32(ss + float32(e*e))
			}
			rr := fmath.Rsqrt(float32(float32(ss/float32(n)) + 1e-6))
			for i, e := range v {
				rms[row*n+i] = float32(e * rr)
			}
			// layer_norm
			s := float32(0)
			for _, e := range v {
				s = float32(s + e)
			}
			mean := float32(s / float32(n))
			vs := float32(0)
			for _, e := range v {
				d := float32(e - mean)
				vs = float32(vs + float32(d*d))
			}
			lr := fmath.Rsqrt(float32(float32(vs/float32(n)) + 1e-5))
			for i, e := range v {
				ln[row*n+i] = float32(float32(e-mean) * lr)
			}
			// argmax: first NaN, else first maximum
			best := 0
			for i, e := range v {
				if e != e {
					best = i
					break
				}
				if e > v[best] {
					best = i
				}
			}
			argmax[row] = int32(best)
		}
		for _, tt := range []struct {
			name string
			run  func() (*Tensor, error)
			want []float32
		}{
			{"softmax", func() (*Tensor, error) { return Softmax(x) }, softmax},
			{"rms_norm", func() (*Tensor, error) { return RMSNorm(x, 1e-6) }, rms},
			{"layer_norm", func() (*Tensor, error) { return LayerNorm(x, 1e-5) }, ln},
		} {
			got, err := tt.run()
			if err != nil {
				t.Fatal(err)
			}
			requireBits(t, tt.name, got, tt.want, []int{rows, n})
		}
		am, err := Argmax(x)
		if err != nil {
			t.Fatal(err)
		}
		for i, v := range argmax {
			if am.i32[i] != v {
				t.Fatalf("argmax row %d = %d, want %d", i, am.i32[i], v)
			}
		}
	}
}

func TestRoPEMatchesReference(t *testing.T) {
	r := rand.New(rand.NewPCG(29, 30))
	T, H, D := 6, 3, 2*(1+r.IntN(40))
	xv := randValues(r, T*H*D, false)
	pv := []int32{0, 1, 2, 100, 2047, 30000}
	x := mustF32(t, xv, T, H, D)
	pos, _ := FromInt32(pv, T)
	got, err := RoPE(x, pos, 10000)
	if err != nil {
		t.Fatal(err)
	}
	want := make([]float32, len(xv))
	for tk := 0; tk < T; tk++ {
		for h := 0; h < H; h++ {
			for i := 0; i < D/2; i++ {
				inv := fmath.Exp64(float64(float64(-2*i) / float64(D) * fmath.Log64(10000)))
				s, c := fmath.SinCos64(float64(float64(pv[tk]) * inv))
				sn, cs := float32(s), float32(c)
				o := (tk*H+h)*D + 2*i
				x0, x1 := xv[o], xv[o+1]
				want[o] = float32(float32(x0*cs) - float32(x1*sn))
				want[o+1] = float32(float32(x0*sn) + float32(x1*cs))
			}
		}
	}
	requireBits(t, "rope", got, want, []int{T, H, D})
	// Position 0 is the identity; a real rotation preserves pair norms.
	for i := 0; i < H*D; i++ {
		if got.f32[i] != xv[i] {
			t.Fatalf("rope at position 0 changed element %d", i)
		}
	}
}

func TestLayoutOps(t *testing.T) {
	r := rand.New(rand.NewPCG(31, 32))
	A, B, C := 3, 4, 5
	av := randValues(r, A*B*C, false)
	a := mustF32(t, av, A, B, C)
	// Permute (2, 0, 1): out[k][i][j] = a[i][j][k].
	p, err := Permute(a, 2, 0, 1)
	if err != nil {
		t.Fatal(err)
	}
	want := make([]float32, len(av))
	for i := 0; i < A; i++ {
		for j := 0; j < B; j++ {
			for k := 0; k < C; k++ {
				want[(k*A+i)*B+j] = av[(i*B+j)*C+k]
			}
		}
	}
	requireBits(t, "permute", p, want, []int{C, A, B})
	tr, err := Transpose(a)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < A; i++ {
		for j := 0; j < B; j++ {
			for k := 0; k < C; k++ {
				want[(i*C+k)*B+j] = av[(i*B+j)*C+k]
			}
		}
	}
	requireBits(t, "transpose", tr, want, []int{A, C, B})
	// Concat along axis 1 with a [A, 2, C] tensor.
	bv := randValues(r, A*2*C, false)
	b := mustF32(t, bv, A, 2, C)
	cat, err := Concat(1, a, b)
	if err != nil {
		t.Fatal(err)
	}
	var wantCat []float32
	for i := 0; i < A; i++ {
		wantCat = append(wantCat, av[i*B*C:(i+1)*B*C]...)
		wantCat = append(wantCat, bv[i*2*C:(i+1)*2*C]...)
	}
	requireBits(t, "concat", cat, wantCat, []int{A, B + 2, C})
	// Reshape is a view with the same bytes.
	rs, err := Reshape(a, C, B*A)
	if err != nil || !bytes.Equal(rs.Bytes(), a.Bytes()) {
		t.Fatalf("reshape: %v", err)
	}
	// GetRows from F32, F16 and Q8 tables equals the widened table rows.
	table := mustF32(t, randValues(r, 10*64, false), 10, 64)
	ids, _ := FromInt32([]int32{3, 0, 9, 3}, 2, 2)
	for _, dt := range []DType{F32, F16, BF16, Q8} {
		tc, _ := Convert(table, dt)
		got, err := GetRows(tc, ids)
		if err != nil {
			t.Fatal(err)
		}
		full, _ := tc.Float32s()
		var wantRows []float32
		for _, id := range ids.i32 {
			wantRows = append(wantRows, full[id*64:(id+1)*64]...)
		}
		requireBits(t, "get_rows "+dt.String(), got, wantRows, []int{2, 2, 64})
	}
}

func TestConvAndPoolMatchReference(t *testing.T) {
	r := rand.New(rand.NewPCG(33, 34))
	for trial := 0; trial < 8; trial++ {
		N, C, H, W := 1+r.IntN(2), 1+r.IntN(3), 3+r.IntN(12), 3+r.IntN(12)
		OC, KH, KW := 1+r.IntN(4), 1+r.IntN(3), 1+r.IntN(3)
		p := Conv2DParams{Stride: 1 + r.IntN(2), Padding: r.IntN(2)}
		xv := randValues(r, N*C*H*W, trial%2 == 0)
		wv := randValues(r, OC*C*KH*KW, false)
		bv := randValues(r, OC, false)
		x, w, b := mustF32(t, xv, N, C, H, W), mustF32(t, wv, OC, C, KH, KW), mustF32(t, bv, OC)
		got, err := Conv2D(x, w, b, p)
		if err != nil {
			t.Fatal(err)
		}
		OH, OW := (H+2*p.Padding-KH)/p.Stride+1, (W+2*p.Padding-KW)/p.Stride+1
		want := make([]float32, N*OC*OH*OW)
		for n := 0; n < N; n++ {
			for oc := 0; oc < OC; oc++ {
				for oh := 0; oh < OH; oh++ {
					for ow := 0; ow < OW; ow++ {
						acc := float32(0)
						for c := 0; c < C; c++ {
							for kh := 0; kh < KH; kh++ {
								for kw := 0; kw < KW; kw++ {
									ih, iw := oh*p.Stride-p.Padding+kh, ow*p.Stride-p.Padding+kw
									if ih >= 0 && ih < H && iw >= 0 && iw < W {
										acc = float32(acc + float32(wv[((oc*C+c)*KH+kh)*KW+kw]*xv[((n*C+c)*H+ih)*W+iw]))
									}
								}
							}
						}
						want[((n*OC+oc)*OH+oh)*OW+ow] = float32(acc + bv[oc])
					}
				}
			}
		}
		requireBits(t, "conv2d", got, want, []int{N, OC, OH, OW})

		k := 2 + r.IntN(2)
		pp := Conv2DParams{Stride: 1 + r.IntN(2), Padding: r.IntN(k/2 + 1)}
		mx, err := MaxPool2D(x, k, pp)
		if err != nil {
			t.Fatal(err)
		}
		av, err := AvgPool2D(x, k, pp)
		if err != nil {
			t.Fatal(err)
		}
		PH, PW := (H+2*pp.Padding-k)/pp.Stride+1, (W+2*pp.Padding-k)/pp.Stride+1
		wantMax, wantAvg := make([]float32, N*C*PH*PW), make([]float32, N*C*PH*PW)
		for pl := 0; pl < N*C; pl++ {
			for oh := 0; oh < PH; oh++ {
				for ow := 0; ow < PW; ow++ {
					m, s, cnt, nan := float32(math.Inf(-1)), float32(0), 0, false
					for kh := 0; kh < k; kh++ {
						for kw := 0; kw < k; kw++ {
							ih, iw := oh*pp.Stride-pp.Padding+kh, ow*pp.Stride-pp.Padding+kw
							if ih < 0 || ih >= H || iw < 0 || iw >= W {
								continue
							}
							v := xv[(pl*H+ih)*W+iw]
							nan = nan || v != v
							m = max(m, v)
							s = float32(s + v)
							cnt++
						}
					}
					if nan {
						m = float32(math.NaN())
					}
					wantMax[(pl*PH+oh)*PW+ow] = m
					wantAvg[(pl*PH+oh)*PW+ow] = float32(s / float32(cnt))
				}
			}
		}
		requireBits(t, "max_pool2d", mx, wantMax, []int{N, C, PH, PW})
		requireBits(t, "avg_pool2d", av, wantAvg, []int{N, C, PH, PW})
	}
}

// TestF16Conversion checks every binary16 value round-trips exactly through
// float32, and that f32ToF16 picks the nearest binary16 (ties to even) for
// random float32s, judged in float64.
func TestF16Conversion(t *testing.T) {
	for h := 0; h < 1<<16; h++ {
		f := f16ToF32(uint16(h))
		if f != f {
			if got := f32ToF16(f); got != 0x7E00 {
				t.Fatalf("NaN %#04x → %#04x", h, got)
			}
			continue
		}
		if got := f32ToF16(f); got != uint16(h) {
			t.Fatalf("f16 %#04x → f32 %v → f16 %#04x", h, f, got)
		}
	}
	r := rand.New(rand.NewPCG(35, 36))
	for i := 0; i < 500_000; i++ {
		v := math.Float32frombits(r.Uint32()&0x807FFFFF | uint32(95+r.IntN(50))<<23)
		h := f32ToF16(v)
		got := float64(f16ToF32(h))
		if math.IsInf(got, 0) {
			if math.Abs(float64(v)) < 65520 {
				t.Fatalf("f32ToF16(%v) overflowed", v)
			}
			continue
		}
		// Neighbours of h in magnitude.
		for _, nb := range []uint16{h + 1, h - 1} {
			if nb&0x7FFF >= 0x7C00 || (h&0x7FFF == 0 && nb == h-1) {
				continue
			}
			other := float64(f16ToF32(nb))
			dg, do := math.Abs(float64(v)-got), math.Abs(float64(v)-other)
			if do < dg || (do == dg && h&1 != 0) {
				t.Fatalf("f32ToF16(%v) = %v, but %v is nearer (or the even tie)", v, got, other)
			}
		}
	}
}

func TestBF16Conversion(t *testing.T) {
	r := rand.New(rand.NewPCG(37, 38))
	for i := 0; i < 500_000; i++ {
		x := r.Uint32()
		v := math.Float32frombits(x)
		h := f32ToBF16(v)
		if v != v {
			if h != 0x7FC0 {
				t.Fatalf("bf16 of NaN = %#04x", h)
			}
			continue
		}
		// The result is one of the two truncation neighbours; compare
		// distances in float64, with infinity standing for 2^128 as in
		// rounding with an unbounded exponent.
		val := func(b uint32) float64 {
			if b&0x7FFFFFFF == 0x7F800000 {
				return math.Copysign(0x1p128, float64(math.Float32frombits(b)))
			}
			return float64(math.Float32frombits(b))
		}
		lo := x &^ 0xFFFF
		hi := lo + 0x10000
		want := uint16(lo >> 16)
		if !math.IsInf(float64(v), 0) {
			dl, dh := math.Abs(float64(v)-val(lo)), math.Abs(float64(v)-val(hi))
			if dh < dl || (dh == dl && want&1 != 0) {
				want = uint16(hi >> 16)
			}
		}
		if h != want {
			t.Fatalf("f32ToBF16(%#08x) = %#04x, want %#04x", x, h, want)
		}
	}
}

func TestBytesRoundTrip(t *testing.T) {
	r := rand.New(rand.NewPCG(39, 40))
	x := mustF32(t, randValues(r, 4*64, true), 4, 64)
	for _, dt := range []DType{F32, F16, BF16, Q8} {
		c, err := Convert(x, dt)
		if err != nil {
			t.Fatal(err)
		}
		b := c.Bytes()
		back, err := FromBytes(dt, b, 4, 64)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(back.Bytes(), b) {
			t.Fatalf("%v bytes do not round-trip", dt)
		}
	}
	// The layout is little-endian: 1.0 as F32 is 00 00 80 3f.
	one, _ := FromFloat32([]float32{1}, 1)
	if got := one.Bytes(); !bytes.Equal(got, []byte{0, 0, 0x80, 0x3f}) {
		t.Fatalf("F32 1.0 encodes as % x", got)
	}
}

func TestBadInputsReturnErrors(t *testing.T) {
	x := mustF32(t, make([]float32, 6), 2, 3)
	w := mustF32(t, make([]float32, 8), 2, 4)
	i32, _ := FromInt32([]int32{5}, 1)
	tests := []struct {
		name string
		run  func() (*Tensor, error)
	}{
		{"matmul inner mismatch", func() (*Tensor, error) { return MatMul(w, x) }},
		{"matmul i32 activations", func() (*Tensor, error) { return MatMul(w, i32) }},
		{"add shape", func() (*Tensor, error) { return Add(x, w) }},
		{"reshape size", func() (*Tensor, error) { return Reshape(x, 4, 2) }},
		{"reshape zero", func() (*Tensor, error) { return Reshape(x, 0, 6) }},
		{"permute dup", func() (*Tensor, error) { return Permute(x, 0, 0) }},
		{"concat axis", func() (*Tensor, error) { return Concat(2, x, x) }},
		{"get_rows range", func() (*Tensor, error) { return GetRows(x, i32) }},
		{"rope shape", func() (*Tensor, error) { return RoPE(x, i32, 10000) }},
		{"conv rank", func() (*Tensor, error) { return Conv2D(x, w, nil, Conv2DParams{Stride: 1}) }},
		{"pool stride", func() (*Tensor, error) {
			img := mustF32(t, make([]float32, 16), 1, 1, 4, 4)
			return MaxPool2D(img, 2, Conv2DParams{Stride: 0})
		}},
		{"q8 odd row", func() (*Tensor, error) { return Convert(x, Q8) }},
		{"from bytes length", func() (*Tensor, error) { return FromBytes(F32, []byte{1, 2, 3}, 1) }},
		{"from bytes dtype", func() (*Tensor, error) { return FromBytes(DType(99), nil, 1) }},
		{"requantize dtype", func() (*Tensor, error) { return Requantize(x, 1, 0) }},
		{"new huge", func() (*Tensor, error) { return New(F32, 1<<20, 1<<20) }},
		{"matmul nil", func() (*Tensor, error) { return MatMul(nil, x) }},
		{"concat nil", func() (*Tensor, error) { return Concat(0, x, nil) }},
		{"get_rows nil", func() (*Tensor, error) { return GetRows(x, nil) }},
		{"rope nil pos", func() (*Tensor, error) {
			q := mustF32(t, make([]float32, 4), 1, 1, 4)
			return RoPE(q, nil, 10000)
		}},
		{"relu nil", func() (*Tensor, error) { return Relu(nil) }},
		{"conv huge padding", func() (*Tensor, error) {
			img := mustF32(t, make([]float32, 16), 1, 1, 4, 4)
			k := mustF32(t, make([]float32, 4), 1, 1, 2, 2)
			return Conv2D(img, k, nil, Conv2DParams{Stride: 1, Padding: 1 << 30})
		}},
	}
	for _, tt := range tests {
		got, err := tt.run()
		if err == nil || got != nil {
			t.Errorf("%s: got %v, %v; want an error", tt.name, got, err)
		}
	}
	if _, err := Add(x, w); !errors.Is(err, ErrShape) {
		t.Errorf("Add error %v does not wrap ErrShape", err)
	}
}
