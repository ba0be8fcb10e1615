// Package opsuite owns the seeded op-by-op determinism suite of package
// tensor: a fixed list of operations on pseudo-random inputs (including
// NaN, infinities, signed zeros and subnormals) whose output hashes must be
// identical for every GOMAXPROCS and on every GOARCH, natively and inside
// the MIPS VM. cmd/opsuite prints the hashes.
package opsuite

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"math"
	"math/rand/v2"

	"github.com/opml-dev/opml/tensor"
)

// Case is one operation of the suite.
type Case struct {
	Name string
	Run  func() (*tensor.Tensor, error)
}

// gen draws reproducible inputs. math/rand/v2's PCG is pure Go integer
// arithmetic, identical on every GOARCH; floats are built from integers.
type gen struct{ r *rand.Rand }

// value returns a float32 of typical activation size; special makes about
// one value in 64 a NaN, ±Inf, ±0 or a subnormal.
func (g gen) value(special bool) float32 {
	if special && g.r.IntN(64) == 0 {
		switch g.r.IntN(6) {
		case 0:
			return math.Float32frombits(0x7FC00000 | g.r.Uint32()&0x803FFFFF) // NaN, random payload and sign
		case 1:
			return float32(math.Inf(1))
		case 2:
			return float32(math.Inf(-1))
		case 3:
			return math.Float32frombits(0x80000000)
		case 4:
			return math.Float32frombits(g.r.Uint32() & 0x807FFFFF)
		default:
			return 0
		}
	}
	// Sign, exponent in [2^-8, 2^4), random significand: no float
	// arithmetic is needed to make the value.
	return math.Float32frombits(g.r.Uint32()&0x807FFFFF | uint32(119+g.r.IntN(12))<<23)
}

func (g gen) f32(special bool, shape ...int) *tensor.Tensor {
	n := 1
	for _, d := range shape {
		n *= d
	}
	v := make([]float32, n)
	for i := range v {
		v[i] = g.value(special)
	}
	return must(tensor.FromFloat32(v, shape...))
}

func (g gen) i8(shape ...int) *tensor.Tensor {
	n := 1
	for _, d := range shape {
		n *= d
	}
	v := make([]int8, n)
	for i := range v {
		v[i] = int8(g.r.Uint32())
	}
	return must(tensor.FromInt8(v, shape...))
}

func (g gen) ids(n, limit int) *tensor.Tensor {
	v := make([]int32, n)
	for i := range v {
		v[i] = int32(g.r.IntN(limit))
	}
	return must(tensor.FromInt32(v, n))
}

func must(t *tensor.Tensor, err error) *tensor.Tensor {
	if err != nil {
		panic(fmt.Sprintf("opsuite: building an input: %v", err)) // a bug in the suite itself
	}
	return t
}

// Cases returns the suite for a seed. Inputs are generated eagerly, so the
// returned closures may run in any order and any number of times.
func Cases(seed uint64) []Case {
	g := gen{rand.New(rand.NewPCG(seed, 0x6f706d6c))}
	var cs []Case
	add := func(name string, run func() (*tensor.Tensor, error)) {
		cs = append(cs, Case{name, run})
	}

	for i, s := range [][3]int{{1, 64, 96}, {5, 37, 50}, {8, 130, 256}} { // M, N, K
		x := g.f32(false, s[0], s[2])
		xs := g.f32(true, s[0], s[2])
		w := g.f32(false, s[1], s[2])
		add(fmt.Sprintf("matmul_f32_%d", i), func() (*tensor.Tensor, error) { return tensor.MatMul(w, x) })
		add(fmt.Sprintf("matmul_f32_special_%d", i), func() (*tensor.Tensor, error) { return tensor.MatMul(w, xs) })
		w16 := must(tensor.Convert(w, tensor.F16))
		add(fmt.Sprintf("matmul_f16_%d", i), func() (*tensor.Tensor, error) { return tensor.MatMul(w16, x) })
		wb := must(tensor.Convert(w, tensor.BF16))
		add(fmt.Sprintf("matmul_bf16_%d", i), func() (*tensor.Tensor, error) { return tensor.MatMul(wb, x) })
		if s[2]%tensor.QBlock == 0 {
			wq := must(tensor.Convert(w, tensor.Q8))
			add(fmt.Sprintf("quantize_q8_%d", i), func() (*tensor.Tensor, error) { return tensor.Convert(w, tensor.Q8) })
			add(fmt.Sprintf("matmul_q8_%d", i), func() (*tensor.Tensor, error) { return tensor.MatMul(wq, x) })
			add(fmt.Sprintf("matmul_q8_special_%d", i), func() (*tensor.Tensor, error) { return tensor.MatMul(wq, xs) })
		}
		a8, b8 := g.i8(s[1], s[2]), g.i8(s[0], s[2])
		add(fmt.Sprintf("matmul_i8_%d", i), func() (*tensor.Tensor, error) {
			acc, err := tensor.MatMulI8(a8, b8)
			if err != nil {
				return nil, err
			}
			return tensor.Requantize(acc, 1<<30+12345, 7)
		})
	}

	a, b, bias := g.f32(true, 6, 33, 130), g.f32(true, 6, 33, 130), g.f32(true, 130)
	add("add", func() (*tensor.Tensor, error) { return tensor.Add(a, b) })
	add("add_broadcast", func() (*tensor.Tensor, error) { return tensor.Add(a, bias) })
	add("mul", func() (*tensor.Tensor, error) { return tensor.Mul(a, b) })
	add("scale", func() (*tensor.Tensor, error) { return tensor.Scale(a, 0.1234567) })
	add("relu", func() (*tensor.Tensor, error) { return tensor.Relu(a) })
	add("gelu", func() (*tensor.Tensor, error) { return tensor.Gelu(a) })
	add("silu", func() (*tensor.Tensor, error) { return tensor.Silu(a) })
	wide := g.f32(false, 7, 300)
	add("softmax", func() (*tensor.Tensor, error) { return tensor.Softmax(wide) })
	add("softmax_special", func() (*tensor.Tensor, error) { return tensor.Softmax(a) })
	add("rms_norm", func() (*tensor.Tensor, error) { return tensor.RMSNorm(wide, 1e-6) })
	add("layer_norm", func() (*tensor.Tensor, error) { return tensor.LayerNorm(wide, 1e-5) })
	add("argmax", func() (*tensor.Tensor, error) { return tensor.Argmax(a) })
	add("to_f16", func() (*tensor.Tensor, error) { return tensor.Convert(a, tensor.F16) })
	add("to_bf16", func() (*tensor.Tensor, error) { return tensor.Convert(a, tensor.BF16) })

	q := g.f32(false, 5, 4, 64)
	pos := must(tensor.FromInt32([]int32{0, 1, 17, 500, 4095}, 5))
	add("rope", func() (*tensor.Tensor, error) { return tensor.RoPE(q, pos, 10000) })

	table := g.f32(false, 50, 64)
	ids := g.ids(9, 50)
	tq := must(tensor.Convert(table, tensor.Q8))
	t16 := must(tensor.Convert(table, tensor.F16))
	add("get_rows_f32", func() (*tensor.Tensor, error) { return tensor.GetRows(table, ids) })
	add("get_rows_q8", func() (*tensor.Tensor, error) { return tensor.GetRows(tq, ids) })
	add("get_rows_f16", func() (*tensor.Tensor, error) { return tensor.GetRows(t16, ids) })
	add("permute", func() (*tensor.Tensor, error) { return tensor.Permute(a, 2, 0, 1) })
	add("transpose", func() (*tensor.Tensor, error) { return tensor.Transpose(a) })
	add("concat", func() (*tensor.Tensor, error) { return tensor.Concat(1, a, b) })
	add("reshape", func() (*tensor.Tensor, error) { return tensor.Reshape(a, 33, 6, 130) })

	img := g.f32(true, 2, 3, 40, 41)
	kern := g.f32(false, 8, 3, 3, 3)
	cb := g.f32(false, 8)
	add("conv2d", func() (*tensor.Tensor, error) {
		return tensor.Conv2D(img, kern, cb, tensor.Conv2DParams{Stride: 2, Padding: 1})
	})
	add("conv2d_nobias", func() (*tensor.Tensor, error) {
		return tensor.Conv2D(img, kern, nil, tensor.Conv2DParams{Stride: 1, Padding: 0})
	})
	add("max_pool2d", func() (*tensor.Tensor, error) {
		return tensor.MaxPool2D(img, 3, tensor.Conv2DParams{Stride: 2, Padding: 1})
	})
	add("avg_pool2d", func() (*tensor.Tensor, error) {
		return tensor.AvgPool2D(img, 2, tensor.Conv2DParams{Stride: 2, Padding: 1})
	})
	onnxCases(g, add)
	return cs
}

// onnxCases adds the kernels ONNX models import to: broadcast arithmetic
// and comparisons, unary functions, casts, products, convolutions, pools,
// reductions and resizing, on inputs with special values where floats
// are read.
func onnxCases(g gen, add func(string, func() (*tensor.Tensor, error))) {
	a, b := g.f32(true, 3, 5, 7), g.f32(true, 5, 1)
	for op := tensor.BinAdd; op <= tensor.BinGreaterEqual; op++ {
		add("binary_"+op.String(), func() (*tensor.Tensor, error) { return tensor.Binary(op, a, b) })
	}
	ia, ib := g.i64(3, 4), g.i64(4)
	for _, op := range []tensor.BinaryOp{tensor.BinAdd, tensor.BinMul, tensor.BinDiv, tensor.BinMax, tensor.BinLess} {
		add("binary_i64_"+op.String(), func() (*tensor.Tensor, error) { return tensor.Binary(op, ia, ib) })
	}
	params := map[tensor.UnaryOp][]float32{tensor.UnHardSigmoid: {0.2, 0.5}, tensor.UnLeakyRelu: {0.1}, tensor.UnElu: {0.7}, tensor.UnClip: {-1, 2}}
	for op := tensor.UnSqrt; op < tensor.UnNot; op++ {
		add("unary_"+op.String(), func() (*tensor.Tensor, error) { return tensor.Unary(op, a, params[op]...) })
	}
	for _, dt := range []tensor.DType{tensor.I32, tensor.I64, tensor.Bool} {
		add("cast_f32_"+dt.String(), func() (*tensor.Tensor, error) { return tensor.Cast(a, dt) })
	}
	big := g.i64(6)
	add("cast_i64_f32", func() (*tensor.Tensor, error) { return tensor.Cast(big, tensor.F32) })
	x, y := g.f32(false, 2, 1, 9, 33), g.f32(true, 3, 33, 17)
	add("matmul_nd", func() (*tensor.Tensor, error) { return tensor.MatMulND(x, y) })
	ga, gb, gc := g.f32(false, 40, 7), g.f32(false, 12, 40), g.f32(false, 12)
	add("gemm", func() (*tensor.Tensor, error) {
		return tensor.Gemm(ga, gb, gc, tensor.GemmParams{TransA: true, TransB: true, Alpha: 0.5, Beta: 2})
	})
	img, w, bias := g.f32(true, 2, 4, 13, 11), g.f32(false, 6, 2, 3, 3), g.f32(false, 6)
	add("conv_groups", func() (*tensor.Tensor, error) {
		return tensor.Conv(img, w, bias, tensor.ConvParams{Group: 2, Strides: []int{2, 1}, Dilations: []int{1, 2}, Pads: []int{1, 0, 2, 1}})
	})
	// Stride-1 convolutions (padded planes read through tap offsets on SIMD
	// paths) and an upsampling ConvTranspose (kernel = stride, one 1×1
	// product per phase there).
	img2, w3, b3 := g.f32(true, 1, 10, 9, 40), g.f32(false, 12, 10, 3, 3), g.f32(false, 12)
	add("conv_3x3_same", func() (*tensor.Tensor, error) {
		return tensor.Conv(img2, w3, b3, tensor.ConvParams{Group: 1, Pads: []int{1, 1, 1, 1}})
	})
	w1 := g.f32(false, 9, 10, 1, 1)
	add("conv_1x1", func() (*tensor.Tensor, error) { return tensor.Conv(img2, w1, nil, tensor.ConvParams{Group: 1}) })
	wd, bd := g.f32(false, 10, 1, 3, 3), g.f32(false, 10)
	add("conv_depthwise", func() (*tensor.Tensor, error) {
		return tensor.Conv(img2, wd, bd, tensor.ConvParams{Group: 10, Pads: []int{1, 1, 1, 1}})
	})
	wu, bu := g.f32(false, 10, 5, 2, 2), g.f32(false, 5)
	add("conv_transpose_up2", func() (*tensor.Tensor, error) {
		return tensor.ConvTranspose(img2, wu, bu, tensor.ConvParams{Group: 1, Strides: []int{2, 2}})
	})
	wt := g.f32(false, 4, 3, 3, 3)
	add("conv_transpose", func() (*tensor.Tensor, error) {
		return tensor.ConvTranspose(img, wt, nil, tensor.ConvParams{Group: 1, Strides: []int{2, 2}, Pads: []int{1, 1, 0, 0}, OutputPadding: []int{1, 0}})
	})
	add("max_pool_ceil", func() (*tensor.Tensor, error) {
		return tensor.Pool(tensor.PoolMax, img, tensor.ConvParams{Kernel: []int{3, 3}, Strides: []int{2, 2}, CeilMode: true})
	})
	add("avg_pool_pad", func() (*tensor.Tensor, error) {
		return tensor.Pool(tensor.PoolAvg, img, tensor.ConvParams{Kernel: []int{3, 2}, Pads: []int{1, 1, 1, 1}, CountPad: true})
	})
	add("reduce_mean", func() (*tensor.Tensor, error) { return tensor.Reduce(tensor.ReduceMean, img, []int{1, 3}, true) })
	add("reduce_max", func() (*tensor.Tensor, error) { return tensor.Reduce(tensor.ReduceMax, img, []int{2}, false) })
	add("resize_linear", func() (*tensor.Tensor, error) {
		return tensor.Resize(img, tensor.ResizeParams{Mode: tensor.ResizeLinear, Sizes: []int{2, 4, 20, 7}, Scales: []float32{1, 1, 20.0 / 13, 7.0 / 11}})
	})
}

func (g gen) i64(shape ...int) *tensor.Tensor {
	n := 1
	for _, d := range shape {
		n *= d
	}
	v := make([]int64, n)
	for i := range v {
		v[i] = int64(g.r.Uint64()) >> g.r.IntN(60)
	}
	return must(tensor.FromInt64(v, shape...))
}

// Hash returns the hex SHA-256 of a tensor's dtype, shape and canonical
// bytes.
func Hash(t *tensor.Tensor) string {
	h := sha256.New()
	fmt.Fprintf(h, "%v%v", t.DType(), t.Shape())
	h.Write(t.Bytes())
	return hex.EncodeToString(h.Sum(nil))
}

// Write runs every case of the suite and writes one line "name hash" per
// case (or "name error: ..." when an op fails).
func Write(w io.Writer, seed uint64) error {
	for _, c := range Cases(seed) {
		t, err := c.Run()
		if err != nil {
			if _, werr := fmt.Fprintf(w, "%s error: %v\n", c.Name, err); werr != nil {
				return werr
			}
			continue
		}
		if _, err := fmt.Fprintf(w, "%s %s\n", c.Name, Hash(t)); err != nil {
			return err
		}
	}
	return nil
}
