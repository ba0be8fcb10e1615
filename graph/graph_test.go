package graph

import (
	"bytes"
	"errors"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/opml-dev/opml/internal/keccak"
	"github.com/opml-dev/opml/internal/merkle"
	"github.com/opml-dev/opml/tensor"
	"github.com/opml-dev/opml/vm"
)

func randBytes(r *rand.Rand, n int) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(r.Uint32())
	}
	return b
}

// TestCommitIsRegionRoot places data at aligned regions of VM memory and
// compares the memory tree's region root with Commit.
func TestCommitIsRegionRoot(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{0, 1, 31, 32, 33, 64, 100, 4095, 4096, 4097, 5000, 70000, 1 << 17} {
		data := randBytes(r, n)
		size := PaddedSize(n)
		k := 0
		for 1<<k < size {
			k++
		}
		for _, base := range []uint32{OutputAddr, InputAddr(2), OutputAddr + uint32(3*size)} {
			mem := vm.NewMemory()
			// Non-zero neighbours must not leak into the region's root.
			if err := mem.WriteBytes(base-32, bytes.Repeat([]byte{0xAB}, 32)); err != nil {
				t.Fatal(err)
			}
			if err := mem.WriteBytes(base+uint32(size), []byte{1}); err != nil {
				t.Fatal(err)
			}
			if err := mem.WriteBytes(base, data); err != nil {
				t.Fatal(err)
			}
			got, err := mem.RegionRoot(base, k)
			if err != nil {
				t.Fatal(err)
			}
			if want := Commit(data); got != want {
				t.Errorf("%d bytes at %#x: region root %x, Commit %x", n, base, got, want)
			}
		}
	}
}

// TestCommitSmall checks Commit against hashes written out by hand.
func TestCommitSmall(t *testing.T) {
	var leaf [32]byte
	copy(leaf[:], "abc")
	if got := Commit([]byte("abc")); got != leaf {
		t.Errorf("Commit of 3 bytes = %x, want the zero-padded leaf", got)
	}
	a := [32]byte(bytes.Repeat([]byte{1}, 32))
	var b [32]byte
	b[0] = 2
	want := keccak.HashPair(&a, &b)
	if got := Commit(append(a[:], 2)); got != want {
		t.Errorf("Commit of 33 bytes = %x, want %x", got, want)
	}
	for n, size := range map[int]int{0: 32, 32: 32, 33: 64, 64: 64, 65: 128, 1000: 1024, 1 << 20: 1 << 20} {
		if got := PaddedSize(n); got != size {
			t.Errorf("PaddedSize(%d) = %d, want %d", n, got, size)
		}
	}
}

// mustTensor unwraps a tensor constructor's result; test inputs are always
// valid, so an error is a bug in the test.
func mustTensor(tt *tensor.Tensor, err error) *tensor.Tensor {
	if err != nil {
		panic(err)
	}
	return tt
}

func randF32(t *testing.T, r *rand.Rand, shape ...int) *tensor.Tensor {
	n := 1
	for _, d := range shape {
		n *= d
	}
	v := make([]float32, n)
	for i := range v {
		v[i] = float32(r.NormFloat64())
	}
	return mustTensor(tensor.FromFloat32(v, shape...))
}

// smallGraph is a three-layer float network with a softmax head.
func smallGraph(t *testing.T) (*Graph, *tensor.Tensor) {
	r := rand.New(rand.NewPCG(3, 4))
	b := NewBuilder()
	x := b.Input("x", tensor.F32, 2, 8)
	w1 := b.Weight("w1", randF32(t, r, 6, 8))
	b1 := b.Weight("b1", randF32(t, r, 6))
	h := b.Node("h", OpLinear, nil, w1, x, b1)
	a := b.Node("a", OpGelu, nil, h)
	n := b.Node("n", OpRMSNorm, Params{Float(1e-5)}, a)
	w2 := b.Weight("w2", randF32(t, r, 4, 6))
	o := b.Node("o", OpMatMul, nil, w2, n)
	s := b.Node("s", OpSoftmax, nil, o)
	b.Node("am", OpArgmax, nil, s)
	g, err := b.Build(s)
	if err != nil {
		t.Fatal(err)
	}
	return g, randF32(t, r, 2, 8)
}

// TestStateRootBindsEveryElement changes every element of every node
// output in turn and checks that every state root that includes that
// output changes, and that proofs verify.
func TestStateRootBindsEveryElement(t *testing.T) {
	g, in := smallGraph(t)
	values, err := Run(g, in)
	if err != nil {
		t.Fatal(err)
	}
	commits := Commitments(values)
	roots := make([][32]byte, len(g.Nodes)+1)
	seen := map[[32]byte]bool{}
	for k := range roots {
		if roots[k], err = StateRoot(g, commits, k); err != nil {
			t.Fatal(err)
		}
		if seen[roots[k]] {
			t.Errorf("state after %d nodes equals an earlier state", k)
		}
		seen[roots[k]] = true
	}
	for i, n := range g.Nodes {
		orig := values[n.Output].Bytes()
		width := 4 // every output here is F32 or I32
		for e := 0; e < len(orig)/width; e++ {
			mod := append([]byte(nil), orig...)
			mod[e*width] ^= 1
			changed := append([][32]byte(nil), commits...)
			changed[n.Output] = Commit(mod)
			for k := i + 1; k <= len(g.Nodes); k++ {
				root, err := StateRoot(g, changed, k)
				if err != nil {
					t.Fatal(err)
				}
				if root == roots[k] {
					t.Fatalf("changing element %d of node %d's output leaves the state after %d nodes unchanged", e, i, k)
				}
			}
			if root, _ := StateRoot(g, changed, i); root != roots[i] {
				t.Fatalf("node %d's output changes the state before it ran", i)
			}
		}
	}
	for k := range roots {
		for id := range g.Tensors {
			leaf, proof, err := StateProof(g, commits, k, id)
			if err != nil {
				t.Fatal(err)
			}
			if RootFromProof(leaf, id, proof) != roots[k] {
				t.Errorf("proof of tensor %d in state %d does not verify", id, k)
			}
			leaf[0] ^= 1
			if RootFromProof(leaf, id, proof) == roots[k] {
				t.Errorf("a wrong leaf for tensor %d verifies", id)
			}
		}
	}
}

func TestDescriptorRoundTrip(t *testing.T) {
	g, _ := smallGraph(t)
	leaves := make([][32]byte, len(g.Nodes))
	for i := range g.Nodes {
		d, err := Describe(g, i)
		if err != nil {
			t.Fatal(err)
		}
		enc := d.Encode()
		back, err := DecodeNodeDesc(append(enc, make([]byte, 40)...)) // trailing zeros, as in memory
		if err != nil {
			t.Fatalf("node %d: %v", i, err)
		}
		if !bytes.Equal(back.Encode(), enc) {
			t.Errorf("node %d: descriptor does not round-trip", i)
		}
		leaves[i] = d.DescriptorCommitment()
		// Every strict prefix and every single-byte change is either
		// rejected or decodes to a different descriptor; none panics.
		for n := 0; n < len(enc); n++ {
			if _, err := DecodeNodeDesc(enc[:n]); err == nil {
				t.Errorf("node %d: a %d-byte prefix of a %d-byte descriptor decodes", i, n, len(enc))
			}
		}
		for j := range enc {
			mod := append([]byte(nil), enc...)
			mod[j] ^= 0x80
			if d2, err := DecodeNodeDesc(mod); err == nil && bytes.Equal(d2.Encode(), enc) {
				t.Errorf("node %d: flipping byte %d gives the same descriptor", i, j)
			}
		}
	}
	c, err := g.Commitment()
	if err != nil {
		t.Fatal(err)
	}
	if c != MerkleRoot(leaves, merkle.TreeHeight(len(leaves))) {
		t.Error("graph commitment is not the root over node descriptor commitments")
	}

	enc, err := EncodeGraph(g)
	if err != nil {
		t.Fatal(err)
	}
	back, err := DecodeGraph(enc)
	if err != nil {
		t.Fatal(err)
	}
	for id := range back.Tensors {
		back.Tensors[id].Value = g.Tensors[id].Value
	}
	if err := back.Validate(); err != nil {
		t.Fatal(err)
	}
	if enc2, _ := EncodeGraph(back); !bytes.Equal(enc, enc2) {
		t.Error("graph descriptor does not round-trip")
	}
	for n := 0; n < len(enc); n++ {
		if _, err := DecodeGraph(enc[:n]); err == nil {
			t.Errorf("a %d-byte prefix of the graph descriptor decodes", n)
		}
	}
}

func TestValidateRejects(t *testing.T) {
	g, _ := smallGraph(t)
	clone := func() *Graph {
		c := *g
		c.Tensors = append([]TensorInfo(nil), g.Tensors...)
		c.Nodes = append([]Node(nil), g.Nodes...)
		c.Inputs = append([]int(nil), g.Inputs...)
		c.Outputs = append([]int(nil), g.Outputs...)
		return &c
	}
	cases := map[string]func(*Graph){
		"no input":             func(c *Graph) { c.Tensors[c.Input()].Kind = Weight },
		"unlisted input":       func(c *Graph) { c.Inputs = nil },
		"input not an input":   func(c *Graph) { c.Inputs = []int{1} },
		"repeated output":      func(c *Graph) { c.Outputs = []int{c.Output(), c.Output()} },
		"weight without value": func(c *Graph) { c.Tensors[1].Value = nil },
		"read before produce": func(c *Graph) {
			c.Nodes[0], c.Nodes[1] = c.Nodes[1], c.Nodes[0]
		},
		"dangling output":     func(c *Graph) { c.Nodes = c.Nodes[:len(c.Nodes)-1] },
		"bad shape":           func(c *Graph) { c.Tensors[1].Shape = []int{0} },
		"too many inputs":     func(c *Graph) { c.Nodes[0].Inputs = []int{0, 0, 0, 0, 0} },
		"output out of range": func(c *Graph) { c.Outputs = []int{len(c.Tensors)} },
	}
	for name, mutate := range cases {
		c := clone()
		mutate(c)
		if err := c.Validate(); !errors.Is(err, ErrGraph) {
			t.Errorf("%s: Validate = %v, want ErrGraph", name, err)
		}
	}
	// A node whose op rejects its operands fails at evaluation.
	c := clone()
	c.Nodes[1].Op = OpArgmax // argmax output spec differs from the graph's
	if _, err := Run(c, mustTensor(tensor.New(tensor.F32, 2, 8))); err == nil {
		t.Error("Run accepted a node whose output does not match its spec")
	}
}

// requantRef is models/mnist's requant and clamp, written out.
func requantRef(a, m, s int32, lo, hi int32) int32 {
	r := int32((int64(a)*int64(m) + int64(1)<<(s-1)) >> s)
	return min(max(r, lo), hi)
}

func TestGraphOps(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	// requant_rows with per-channel and broadcast multipliers, u8 input.
	const N = 7
	xs := make([]int32, 3*N)
	for i := range xs {
		xs[i] = int32(r.Uint32())
	}
	xs[0], xs[1] = math.MaxInt32, math.MinInt32
	ms, ss := make([]int32, N), make([]int32, N)
	for i := range ms {
		ms[i] = int32(r.IntN(1<<31-1<<30)) + 1<<30
		ss[i] = int32(r.IntN(62)) + 1
	}
	x := mustTensor(tensor.FromInt32(xs, 3, N))
	m := mustTensor(tensor.FromInt32(ms, N))
	s := mustTensor(tensor.FromInt32(ss, N))
	out, err := EvalOp(OpRequantRows, Ints(-100, 100, int(tensor.I8), 0), []*tensor.Tensor{x, m, s})
	if err != nil {
		t.Fatal(err)
	}
	got, _ := out.Int32s()
	for i, v := range xs {
		if want := requantRef(v, ms[i%N], ss[i%N], -100, 100); got[i] != want {
			t.Fatalf("requant_rows[%d] = %d, want %d", i, got[i], want)
		}
	}
	pix := make([]int8, 256)
	for i := range pix {
		pix[i] = int8(i)
	}
	px := mustTensor(tensor.FromInt8(pix, 1, 256))
	one := func(v int32) *tensor.Tensor { return mustTensor(tensor.FromInt32([]int32{v}, 1)) }
	out, err = EvalOp(OpRequantRows, Ints(0, 127, int(tensor.I8), 1), []*tensor.Tensor{px, one(1 << 30), one(31)})
	if err != nil {
		t.Fatal(err)
	}
	got, _ = out.Int32s()
	for p := range 256 {
		if want := requantRef(int32(p), 1<<30, 31, 0, 127); got[p] != want {
			t.Fatalf("u8 input quantization of %d = %d, want %d", p, got[p], want)
		}
	}
	for name, args := range map[string]struct {
		p  Params
		in []*tensor.Tensor
	}{
		"shift 0":        {Ints(0, 127, int(tensor.I8), 0), []*tensor.Tensor{x, m, mustTensor(tensor.New(tensor.I32, N))}},
		"i8 clamp range": {Ints(0, 300, int(tensor.I8), 0), []*tensor.Tensor{x, m, s}},
		"unsigned i32":   {Ints(0, 127, int(tensor.I8), 1), []*tensor.Tensor{x, m, s}},
		"f32 dtype":      {Ints(0, 127, int(tensor.F32), 0), []*tensor.Tensor{x, m, s}},
		"float param":    {Params{Float(1), Int(1), Int(5), Int(0)}, []*tensor.Tensor{x, m, s}},
		"channels":       {Ints(0, 127, int(tensor.I8), 0), []*tensor.Tensor{x, one(1), s}},
	} {
		if _, err := EvalOp(OpRequantRows, args.p, args.in); err == nil {
			t.Errorf("requant_rows with %s: no error", name)
		}
	}

	// linear: bias-first accumulation, checked against a scalar loop.
	w, xf, bias := randF32(t, r, 5, 9), randF32(t, r, 3, 9), randF32(t, r, 5)
	out, err = EvalOp(OpLinear, nil, []*tensor.Tensor{w, xf, bias})
	if err != nil {
		t.Fatal(err)
	}
	wv, _ := w.Float32s()
	xv, _ := xf.Float32s()
	bv, _ := bias.Float32s()
	fv, _ := out.Float32s()
	for mi := 0; mi < 3; mi++ {
		for n := 0; n < 5; n++ {
			acc := bv[n]
			for k := 0; k < 9; k++ {
				acc = float32(acc + float32(wv[n*9+k]*xv[mi*9+k]))
			}
			if math.Float32bits(fv[mi*5+n]) != math.Float32bits(acc) {
				t.Fatalf("linear[%d,%d] = %v, want %v", mi, n, fv[mi*5+n], acc)
			}
		}
	}

	// add_i32 wraps and broadcasts; argmax of i32 takes the first maximum.
	a := mustTensor(tensor.FromInt32([]int32{math.MaxInt32, 5, 7, 7}, 2, 2))
	bb := mustTensor(tensor.FromInt32([]int32{1, -5}, 2))
	out, err = EvalOp(OpAddI32, nil, []*tensor.Tensor{a, bb})
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := out.Int32s(); got[0] != math.MinInt32 || got[1] != 0 || got[2] != 8 || got[3] != 2 {
		t.Errorf("add_i32 = %v", got)
	}
	out, err = EvalOp(OpArgmax, nil, []*tensor.Tensor{a})
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := out.Int32s(); len(got) != 2 || got[0] != 0 || got[1] != 0 {
		t.Errorf("argmax of i32 = %v, want [0 0]", got)
	}

	// Bad ops, arities and params are errors.
	for name, c := range map[string]struct {
		op Op
		p  Params
		in []*tensor.Tensor
	}{
		"unknown op":      {opEnd, nil, []*tensor.Tensor{a}},
		"op 0":            {0, nil, []*tensor.Tensor{a}},
		"arity":           {OpAdd, nil, []*tensor.Tensor{xf}},
		"nil operand":     {OpRelu, nil, []*tensor.Tensor{nil}},
		"unexpected":      {OpRelu, Ints(1), []*tensor.Tensor{xf}},
		"int for float":   {OpScale, Ints(1), []*tensor.Tensor{xf}},
		"float for int":   {OpReshape, Params{Float(27)}, []*tensor.Tensor{xf}},
		"convert dtype":   {OpConvert, Ints(99), []*tensor.Tensor{xf}},
		"reshape size":    {OpReshape, Ints(4, 4), []*tensor.Tensor{xf}},
		"linear dtype":    {OpLinear, nil, []*tensor.Tensor{a, a, bb}},
		"add_i32 shapes":  {OpAddI32, nil, []*tensor.Tensor{bb, a}},
		"pool params":     {OpMaxPool2D, Ints(2), []*tensor.Tensor{xf}},
		"permute of rank": {OpPermute, Ints(0, 1, 2), []*tensor.Tensor{xf}},
	} {
		if _, err := EvalOp(c.op, c.p, c.in); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

func TestWeightLayoutAligned(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	b := NewBuilder()
	x := b.Input("x", tensor.F32, 3)
	ids := []int{}
	for _, n := range []int{3, 100, 1, 1000, 40, 4096, 7} {
		ids = append(ids, b.Weight("w", randF32(t, r, n)))
	}
	g, err := b.Build(x)
	if err != nil {
		t.Fatal(err)
	}
	addrs, err := WeightLayout(g)
	if err != nil {
		t.Fatal(err)
	}
	type span struct{ lo, hi uint32 }
	var spans []span
	for _, id := range ids {
		n, _ := g.Tensors[id].Spec().ByteSize()
		size := uint32(PaddedSize(n))
		a := addrs[id]
		if a < WeightsAddr || a%size != 0 {
			t.Errorf("weight %d (%d bytes) at %#x is not aligned to %d", id, n, a, size)
		}
		for _, s := range spans {
			if a < s.hi && s.lo < a+size {
				t.Errorf("weight %d overlaps another", id)
			}
		}
		spans = append(spans, span{a, a + size})
	}
	if addrs[x] != 0 {
		t.Error("the input has a weight address")
	}
}

// FuzzDecode feeds arbitrary bytes to the descriptor decoders: they must
// return an error or a descriptor that encodes back to the bytes they
// read, and never panic.
func FuzzDecode(f *testing.F) {
	g, _ := smallGraph(&testing.T{})
	for i := range g.Nodes {
		d, _ := Describe(g, i)
		f.Add(d.Encode())
	}
	enc, _ := EncodeGraph(g)
	f.Add(enc)
	f.Fuzz(func(t *testing.T, b []byte) {
		if d, err := DecodeNodeDesc(b); err == nil {
			n, _ := DescriptorLength(b)
			if !bytes.Equal(d.Encode(), b[:n]) {
				t.Fatal("a decoded node descriptor does not re-encode to its bytes")
			}
			// Evaluating on zero operands must not panic either.
			args := make([]*tensor.Tensor, len(d.Inputs))
			for i, s := range d.Inputs {
				if n, _ := s.ByteSize(); n > 1<<16 {
					return
				}
				args[i], _ = tensor.New(s.DType, s.Shape...)
				if args[i] == nil {
					return
				}
			}
			d.Eval(args)
		}
		if g, err := DecodeGraph(b); err == nil {
			n, _ := DescriptorLength(b)
			g.Validate()
			if len(g.Tensors) < 1<<10 {
				if enc, err := EncodeGraph(g); err == nil && !bytes.Equal(enc, b[:n]) {
					t.Fatal("a decoded graph descriptor does not re-encode to its bytes")
				}
			}
		}
	})
}
