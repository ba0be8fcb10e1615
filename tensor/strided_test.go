package tensor

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"testing"
)

// TestSlicePermuteMatchIndexMap checks Slice and Permute (row copies over
// strides) against the per-element index tables of take, on random ranks,
// shapes, starts, negative and positive steps, permutations and dtypes.
func TestSlicePermuteMatchIndexMap(t *testing.T) {
	r := rand.New(rand.NewPCG(6, 60))
	for trial := 0; trial < 400; trial++ {
		rank := 1 + r.IntN(5)
		shape := make([]int, rank)
		n := 1
		for a := range shape {
			shape[a] = 1 + r.IntN(6)
			n *= shape[a]
		}
		v := make([]int64, n)
		for i := range v {
			v[i] = r.Int64()
		}
		x, _ := FromInt64(v, shape...)
		if trial%2 == 0 {
			f := make([]float32, n)
			for i := range f {
				f[i] = float32(r.NormFloat64())
			}
			x, _ = FromFloat32(f, shape...)
		}
		p := SliceParams{Start: make([]int, rank), Step: make([]int, rank), Size: make([]int, rank)}
		for a, d := range shape {
			p.Start[a] = r.IntN(d)
			p.Step[a] = 1 + r.IntN(min(2, d))
			if r.IntN(3) == 0 {
				p.Step[a] = -p.Step[a]
			}
			if p.Step[a] > 0 {
				p.Size[a] = 1 + (d-1-p.Start[a])/p.Step[a]
			} else {
				p.Size[a] = 1 + p.Start[a]/-p.Step[a]
			}
			p.Size[a] = 1 + r.IntN(p.Size[a])
		}
		got, err := Slice(x, p)
		if err != nil {
			t.Fatal(err)
		}
		want := take(x, p.Size, indexMap(p.Size, shape, func(a, i int) int { return p.Start[a] + i*p.Step[a] }), 0)
		if !bytes.Equal(got.Bytes(), want.Bytes()) {
			t.Fatalf("slice %+v of %v differs", p, shape)
		}
		axes := r.Perm(rank)
		got, err = Permute(x, axes...)
		if err != nil {
			t.Fatal(err)
		}
		out := make([]int, rank)
		for k, a := range axes {
			out[k] = shape[a]
		}
		st := stridesOf(shape)
		idx := make([]int32, 0, n)
		var walk func(k, off int)
		walk = func(k, off int) {
			if k == rank {
				idx = append(idx, int32(off))
				return
			}
			for i := 0; i < out[k]; i++ {
				walk(k+1, off+i*st[axes[k]])
			}
		}
		walk(0, 0)
		want = take(x, out, idx, 0)
		if !bytes.Equal(got.Bytes(), want.Bytes()) {
			t.Fatalf("permute %v of %v differs", axes, shape)
		}
	}
}

// TestResizeNearestMatchesIndexMap checks nearest Resize (row gathers)
// against the per-element index tables of take, over random shapes,
// up- and downscaling, every coordinate transformation and rounding mode,
// and dtypes.
func TestResizeNearestMatchesIndexMap(t *testing.T) {
	r := rand.New(rand.NewPCG(8, 80))
	for trial := 0; trial < 300; trial++ {
		rank := 1 + r.IntN(4)
		shape := make([]int, rank)
		p := ResizeParams{Mode: ResizeNearest, Coord: r.IntN(CoordTFHalfPixelForNN + 1), Nearest: r.IntN(NearestCeil + 1),
			Sizes: make([]int, rank), Scales: make([]float32, rank)}
		n := 1
		for a := range shape {
			shape[a] = 1 + r.IntN(6)
			n *= shape[a]
			p.Sizes[a], p.Scales[a] = shape[a], 1
			if r.IntN(2) == 0 {
				p.Sizes[a] = 1 + r.IntN(13)
				p.Scales[a] = float32(p.Sizes[a]) / float32(shape[a])
			}
		}
		v := make([]int64, n)
		for i := range v {
			v[i] = r.Int64()
		}
		x, _ := FromInt64(v, shape...)
		if trial%2 == 0 {
			f := make([]float32, n)
			for i := range f {
				f[i] = float32(r.NormFloat64())
			}
			x, _ = FromFloat32(f, shape...)
		}
		got, err := Resize(x, p)
		if err != nil {
			t.Fatal(err)
		}
		idx := indexMap(p.Sizes, shape, func(a, i int) int {
			if p.Sizes[a] == shape[a] && p.Scales[a] == 1 {
				return i
			}
			return p.nearestIndex(p.original(float32(i), p.Scales[a], p.Sizes[a], shape[a]), shape[a])
		})
		if want := take(x, p.Sizes, idx, 0); !bytes.Equal(got.Bytes(), want.Bytes()) {
			t.Fatalf("resize %+v of %v differs", p, shape)
		}
	}
}

// TestReduceSumMatchesSequential checks Sum and Mean, which run four
// outputs' sums side by side, against one sequential sum per output in
// row-major order of the reduced elements, on random shapes and axes.
func TestReduceSumMatchesSequential(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 90))
	for trial := 0; trial < 200; trial++ {
		rank := 1 + r.IntN(4)
		shape := make([]int, rank)
		for a := range shape {
			shape[a] = 1 + r.IntN(7)
		}
		var axes []int
		for a := range shape {
			if r.IntN(2) == 0 {
				axes = append(axes, a)
			}
		}
		x, _ := FromFloat32(genValues(r, numElements(shape), true), shape...)
		red, _ := reducedAxes(rank, axes)
		st := stridesOf(shape)
		var ks, kst, rs, rst []int
		for a, d := range shape {
			if red[a] {
				rs, rst = append(rs, d), append(rst, st[a])
			} else {
				ks, kst = append(ks, d), append(kst, st[a])
			}
		}
		rel, base := offsetsOf(rs, rst), offsetsOf(ks, kst)
		for _, op := range []ReduceOp{ReduceSum, ReduceMean} {
			got, err := Reduce(op, x, axes, r.IntN(2) == 0)
			if err != nil {
				t.Fatal(err)
			}
			sameBits(t, fmt.Sprintf("%v %v axes %v", op, shape, axes), got.f32, func(i int) float32 {
				return reduceF32(op, x.f32, base[i], rel, float32(len(rel)))
			})
		}
	}
}
