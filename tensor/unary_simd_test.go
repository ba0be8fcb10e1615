package tensor

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/opml-dev/opml/internal/fmath"
)

// TestUnarySlicesMatchScalar checks every kernel path's slice forms of
// unary ops against the scalar functions, element by element, on values
// in and out of every branch and at every alignment.
func TestUnarySlicesMatchScalar(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 9))
	src := []float32{0, float32(math.Copysign(0, -1)), 2.5, -2.5, 2.5000002, -2.5000002, 3.9, -4, 11, -11,
		float32(math.NaN()), float32(math.Inf(1)), float32(math.Inf(-1)), 1e-40, -1e-40}
	for len(src) < 5000 {
		v := math.Float32frombits(r.Uint32())
		if r.IntN(3) > 0 {
			v = float32(r.NormFloat64() * 2)
		}
		src = append(src, v)
	}
	params := map[UnaryOp][]float32{UnHardSigmoid: {0.2, 0.5}, UnLeakyRelu: {0.1}, UnClip: {-1, 2}}
	for _, op := range []UnaryOp{UnErf, UnExp, UnSigmoid, UnHardSigmoid, UnHardSwish, UnLeakyRelu, UnClip} {
		f := unaryF32(op, params[op])
		forEachPath(t, func(path string) {
			for _, off := range []int{0, 1, 7, 31} {
				x, _ := FromFloat32(src[off:], len(src)-off)
				out, err := Unary(op, x, params[op]...)
				if err != nil {
					t.Fatal(err)
				}
				sameBits(t, fmt.Sprintf("%v %s offset %d", op, path, off), out.f32, func(i int) float32 { return f(src[off+i]) })
				for i, v := range out.f32 { // NaN payloads too: the slice forms must not bypass canonicalization
					if w := f(src[off+i]); w != w && math.Float32bits(v) != 0x7FC00000 {
						t.Fatalf("%v %s: element %d is NaN %#x", op, path, i, math.Float32bits(v))
					}
				}
			}
		})
	}
}

func TestCanonicalizeNaNsPaths(t *testing.T) {
	r := rand.New(rand.NewPCG(8, 8))
	src := genValues(r, 1000, true)
	for i := 0; i < len(src); i += 37 {
		src[i] = math.Float32frombits(0xFF800001 + uint32(i)) // NaNs of every sign and payload
	}
	forEachPath(t, func(path string) {
		for _, off := range []int{0, 3, 17} {
			x := append([]float32(nil), src[off:]...)
			canonicalizeNaNs(x)
			for i, v := range x {
				want := src[off+i]
				if want != want {
					want = canonicalNaN
				}
				if math.Float32bits(v) != math.Float32bits(want) {
					t.Fatalf("%s offset %d: element %d is %#x, want %#x", path, off, i, math.Float32bits(v), math.Float32bits(want))
				}
			}
		}
	})
}

// TestReluPaths checks every kernel path's Relu loop against the Go one,
// bit for bit, on signed zeros, NaNs of either sign and any payload,
// infinities, subnormals, at every alignment and tail length.
func TestReluPaths(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	src := genValues(r, 1000, true)
	for i := 0; i < len(src); i += 29 {
		src[i] = math.Float32frombits(0xFF800001 + uint32(i)) // −NaN
		src[i+1] = float32(math.Copysign(0, -1))
		src[i+2] = math.Float32frombits(0x7F800001 + uint32(i))
	}
	want := make([]float32, len(src))
	reluGo(want, src)
	forEachPath(t, func(path string) {
		loop := reluGo
		if f := reluSets[path]; f != nil {
			loop = f
		}
		for _, off := range []int{0, 3, 17} {
			got := make([]float32, len(src)-off)
			loop(got, src[off:])
			for i, v := range got {
				if math.Float32bits(v) != math.Float32bits(want[off+i]) {
					t.Fatalf("relu %s offset %d: element %d is %#x, want %#x", path, off, i, math.Float32bits(v), math.Float32bits(want[off+i]))
				}
			}
		}
	})
}

// TestExpSliceRange checks the slice forms of Exp and Erf against
// fmath.Exp and fmath.Erf bit for bit on float32 values spread over
// Exp's whole evaluated range [−104, 89] and past both ends (subnormal and
// overflowing results, the half-way points of k's rounding; Erf's series
// branch and beyond), plus NaN and infinities.
func TestExpSliceRange(t *testing.T) {
	var src []float32
	for b := uint32(0); b < 0x43000000; b += 1021 { // +0 .. 128
		src = append(src, math.Float32frombits(b), math.Float32frombits(b|0x80000000))
	}
	for k := -160; k <= 140; k++ { // x·log2 e near k + ½
		x := float32((float64(k) + 0.5) / math.Log2E)
		src = append(src, x, math.Nextafter32(x, 0), math.Nextafter32(x, 200))
	}
	src = append(src, -104, 89, math.Nextafter32(-104, -200), math.Nextafter32(89, 200),
		float32(math.NaN()), float32(math.Inf(1)), float32(math.Inf(-1)))
	for op, f := range map[UnaryOp]func(float32) float32{UnExp: fmath.Exp, UnErf: fmath.Erf, UnSigmoid: fmath.Sigmoid} {
		want := make([]uint32, len(src))
		for i, x := range src {
			want[i] = math.Float32bits(f(x))
		}
		forEachPath(t, func(path string) {
			x, _ := FromFloat32(src, len(src))
			out, err := Unary(op, x)
			if err != nil {
				t.Fatal(err)
			}
			for i, v := range out.f32 {
				if math.Float32bits(v) != want[i] {
					t.Fatalf("%s: %v(%v) = %#x, want %#x", path, op, src[i], math.Float32bits(v), want[i])
				}
			}
		})
	}
}

// TestSoftmaxPaths checks Softmax on every kernel path against its
// canonical evaluation (max, Exp of x − max, sequential sum, division),
// on rows of every length up to 70, with −Inf masks, ties, large spreads
// and NaN rows.
func TestSoftmaxPaths(t *testing.T) {
	r := rand.New(rand.NewPCG(14, 41))
	for n := 1; n <= 70; n++ {
		const rows = 5
		src := make([]float32, rows*n)
		for i := range src {
			src[i] = float32(r.NormFloat64() * float64(1+r.IntN(40)))
			switch r.IntN(20) {
			case 0:
				src[i] = float32(math.Inf(-1))
			case 1:
				src[i] = 3
			}
		}
		if n > 3 {
			src[2*n+1] = float32(math.NaN())
		}
		want := make([]float32, len(src))
		for row := 0; row < rows; row++ {
			v, w := src[row*n:(row+1)*n], want[row*n:(row+1)*n]
			mx := v[0]
			for _, e := range v {
				if e != e {
					mx = e
					break
				}
				mx = max(mx, e)
			}
			sum := float32(0)
			for i, e := range v {
				w[i] = fmath.Exp(float32(e - mx))
				sum = float32(sum + w[i])
			}
			for i := range w {
				w[i] = float32(w[i] / sum)
			}
		}
		forEachPath(t, func(path string) {
			x, _ := FromFloat32(src, rows, n)
			got, err := Softmax(x)
			if err != nil {
				t.Fatal(err)
			}
			sameBits(t, fmt.Sprintf("softmax %s n=%d", path, n), got.f32, func(i int) float32 { return want[i] })
		})
	}
}

// TestClipPaths checks every kernel path's Clip against the Go loop bit for
// bit, with bounds of both zero signs (where SIMD min and max would answer
// differently from Go's, so the Go loop runs), equal and NaN bounds, and
// inputs with signed zeros and NaNs.
func TestClipPaths(t *testing.T) {
	r := rand.New(rand.NewPCG(10, 1))
	src := genValues(r, 500, true)
	for i := 0; i < len(src); i += 7 {
		src[i] = float32(math.Copysign(0, float64(i%2)-0.5))
	}
	negZero, nan := float32(math.Copysign(0, -1)), float32(math.NaN())
	for _, b := range [][2]float32{{0, 6}, {negZero, 6}, {-6, 0}, {-6, negZero}, {negZero, 0}, {1, 1}, {-1, 2}, {nan, 3}, {-3, nan}} {
		want := make([]float32, len(src))
		clipGo(want, src, b[0], b[1])
		canonicalizeNaNsGo(want)
		forEachPath(t, func(path string) {
			for _, off := range []int{0, 5} {
				got := make([]float32, len(src)-off)
				unarySlice(UnClip, b[:])(got, src[off:])
				canonicalizeNaNsGo(got)
				for i, v := range got {
					if math.Float32bits(v) != math.Float32bits(want[off+i]) {
						t.Fatalf("clip%v %s offset %d: clip(%v) = %#x, want %#x", b, path, off, src[off+i], math.Float32bits(v), math.Float32bits(want[off+i]))
					}
				}
			}
		})
	}
}
