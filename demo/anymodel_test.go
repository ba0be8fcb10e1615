package demo

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/opml-dev/opml/agent"
	"github.com/opml-dev/opml/chain"
	"github.com/opml-dev/opml/internal/onnxpb"
	"github.com/opml-dev/opml/models/load"
	"github.com/opml-dev/opml/tensor"
)

// writeCNN writes a small convolutional ONNX model with two inputs and three outputs to dir: image [1,1,8,8]
// and a per-channel gain [1,4,1,1] in; a 3×3 convolution (4 filters, padded), the gain, ReLU, 2×2 max pooling,
// flattening and a dense layer to 10 logits, then their softmax and their arg-max out (logits, probs F32 [1,10],
// class I64 [1]). Weights are seeded random.
func writeCNN(t testing.TB, dir string) string {
	t.Helper()
	rng := rand.New(rand.NewPCG(1, 2))
	floats := func(n int, scale float32) []float32 {
		out := make([]float32, n)
		for i := range out {
			out[i] = (rng.Float32()*2 - 1) * scale
		}
		return out
	}
	const f32, i64 = 1, 7
	data := onnxpb.Model(
		[]*onnxpb.Msg{
			onnxpb.Node("Conv", onnxpb.Strs("image", "conv.weight", "conv.bias"), onnxpb.Strs("conv"),
				onnxpb.AttrInts("kernel_shape", 3, 3), onnxpb.AttrInts("pads", 1, 1, 1, 1)),
			onnxpb.Node("Mul", onnxpb.Strs("conv", "gain"), onnxpb.Strs("scaled")),
			onnxpb.Node("Relu", onnxpb.Strs("scaled"), onnxpb.Strs("relu")),
			onnxpb.Node("MaxPool", onnxpb.Strs("relu"), onnxpb.Strs("pool"), onnxpb.AttrInts("kernel_shape", 2, 2), onnxpb.AttrInts("strides", 2, 2)),
			onnxpb.Node("Flatten", onnxpb.Strs("pool"), onnxpb.Strs("flat"), onnxpb.AttrInt("axis", 1)),
			onnxpb.Node("Gemm", onnxpb.Strs("flat", "fc.weight", "fc.bias"), onnxpb.Strs("logits"), onnxpb.AttrInt("transB", 1)),
			onnxpb.Node("Softmax", onnxpb.Strs("logits"), onnxpb.Strs("probs"), onnxpb.AttrInt("axis", 1)),
			onnxpb.Node("ArgMax", onnxpb.Strs("logits"), onnxpb.Strs("class"), onnxpb.AttrInt("axis", 1), onnxpb.AttrInt("keepdims", 0)),
		},
		[]*onnxpb.Msg{
			onnxpb.TensorF32Raw("conv.weight", []int64{4, 1, 3, 3}, floats(36, 0.5)),
			onnxpb.TensorF32Raw("conv.bias", []int64{4}, floats(4, 0.1)),
			onnxpb.TensorF32Raw("fc.weight", []int64{10, 64}, floats(640, 0.3)),
			onnxpb.TensorF32Raw("fc.bias", []int64{10}, floats(10, 0.1)),
		},
		[]*onnxpb.Msg{onnxpb.ValueInfo("image", f32, 1, 1, 8, 8), onnxpb.ValueInfo("gain", f32, 1, 4, 1, 1)},
		[]*onnxpb.Msg{onnxpb.ValueInfo("logits", f32, 1, 10), onnxpb.ValueInfo("probs", f32, 1, 10), onnxpb.ValueInfo("class", i64, 1)},
	)
	path := filepath.Join(dir, "cnn.onnx")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// cnnInputs are the CNN's request: a seeded random image and gains.
func cnnInputs(t testing.TB) map[string]*tensor.Tensor {
	t.Helper()
	rng := rand.New(rand.NewPCG(3, 4))
	img := make([]float32, 64)
	for i := range img {
		img[i] = rng.Float32()
	}
	image, err := tensor.FromFloat32(img, 1, 1, 8, 8)
	if err != nil {
		t.Fatal(err)
	}
	gain, err := tensor.FromFloat32([]float32{1, 0.5, 2, 1.5}, 1, 4, 1, 1)
	if err != nil {
		t.Fatal(err)
	}
	return map[string]*tensor.Tensor{"image": image, "gain": gain}
}

// openCNN writes and opens the test CNN.
func openCNN(t testing.TB) *load.Model {
	t.Helper()
	m, err := load.Open(writeCNN(t, t.TempDir()), load.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { m.Close() })
	return m
}

// checkTensorOutcome checks a demo on a model other than MNIST: checkOutcome's rules, and every output the dApp
// got is the honest one.
func checkTensorOutcome(t *testing.T, s *Summary, c agent.Cheat, outputs int) {
	t.Helper()
	checkOutcome(t, s, c)
	if len(s.Outputs) != outputs {
		t.Fatalf("%d outputs in the summary, want %d", len(s.Outputs), outputs)
	}
	for _, o := range s.Outputs {
		if !o.Correct || o.Commitment == "" {
			t.Errorf("output %s: correct %v, commitment %q", o.Name, o.Correct, o.Commitment)
		}
	}
}

// TestDemoCNN plays the dispute on an imported ONNX CNN of two inputs and three outputs, two-phase, against a
// liar at a random node and one at the output, and single-phase against an output liar: the honest validator
// wins and the TensorConsumer dApp gets every honest output.
func TestDemoCNN(t *testing.T) {
	m := openCNN(t)
	node := rand.IntN(len(m.Graph.Nodes))
	for _, tc := range []struct {
		phases int
		cheat  agent.Cheat
	}{
		{2, agent.Cheat{Mode: agent.CheatNode, Node: node}},
		{2, agent.Cheat{Mode: agent.CheatOutput}},
		{1, agent.Cheat{Mode: agent.CheatOutput}},
	} {
		t.Run(fmt.Sprintf("phases=%d/cheat=%s", tc.phases, tc.cheat), func(t *testing.T) {
			o := DefaultOptions()
			o.Phases, o.Cheat, o.Model, o.Inputs = tc.phases, tc.cheat, m, cnnInputs(t)
			s, err := Run(context.Background(), o)
			if err != nil {
				t.Fatal(err)
			}
			checkTensorOutcome(t, s, tc.cheat, 3)
			t.Logf("%d nodes, %d rounds, %d VM steps, %d game txs, %d dispute gas (max move %d), %.1f s", len(m.Graph.Nodes),
				s.Rounds, s.VMSteps, s.Moves, s.DisputeGas, s.MaxMoveGas, s.WallSeconds)
		})
	}
}

// TestDemoCNNOnAnvil plays the CNN's two-phase dispute on anvil.
func TestDemoCNNOnAnvil(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	a, err := chain.StartAnvil(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Stop()
	o := DefaultOptions()
	o.Phases, o.RPC, o.Key, o.Model, o.Inputs = 2, a.URL, chain.DevKeys()[0], openCNN(t), cnnInputs(t)
	s, err := Run(ctx, o)
	if err != nil {
		t.Fatal(err)
	}
	checkTensorOutcome(t, s, o.Cheat, 3)
	t.Logf("%d rounds, %d dispute gas, %.1f s", s.Rounds, s.DisputeGas, s.WallSeconds)
}
