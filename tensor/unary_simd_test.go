package tensor

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"
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
	for _, op := range []UnaryOp{UnErf, UnHardSigmoid, UnHardSwish, UnLeakyRelu, UnClip} {
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
