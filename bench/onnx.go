package bench

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"time"

	"github.com/opml-dev/opml/game"
	"github.com/opml-dev/opml/graph"
	"github.com/opml-dev/opml/internal/onnxmodels"
	"github.com/opml-dev/opml/internal/ortref"
	"github.com/opml-dev/opml/models/executor/host"
	"github.com/opml-dev/opml/models/onnx"
	"github.com/opml-dev/opml/tensor"
)

// ONNXOptions configures the ONNX suite.
type ONNXOptions struct {
	Root   string // the repository root (node_modules with onnxruntime-node and the model packages)
	Runs   int    // timed runs per engine and thread count (the median is reported)
	Models []onnxmodels.Model
	// VM runs every node of every model in the VM and reports measured
	// steps (otherwise the op table's estimates).
	VM bool
}

// DefaultONNXModels are the models `opml bench onnx` times: a residual
// CNN block and a transformer block written from the spec, and the
// PaddleOCR nets, at benchmark sizes.
func DefaultONNXModels() []onnxmodels.Model {
	real := onnxmodels.Real()
	real[0].Shape = []int{1, 3, 256, 256}
	real[1].Shape = []int{1, 3, 48, 320}
	return append([]onnxmodels.Model{onnxmodels.ConvBlock(32, 56), onnxmodels.TransformerBlock(64, 256, 4)}, real...)
}

func ms(v float64) string { return fmt.Sprintf("%.2f ms", v) }

// ONNX times every model in opml (1 and 2 threads) and in ONNX Runtime
// (1 and 2 intra-op threads, all graph optimizations), side by side, and
// gives the VM steps of its nodes.
func ONNX(opts ONNXOptions) (*Table, error) {
	runs := max(opts.Runs, 1)
	root, err := ortref.Root(opts.Root)
	if err != nil {
		return nil, err
	}
	models := opts.Models
	if models == nil {
		models = DefaultONNXModels()
	}
	dir, err := os.MkdirTemp("", "bench-onnx")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	t := &Table{
		Title: fmt.Sprintf("ONNX models: opml native vs ONNX Runtime (median of %d runs), VM steps per node and the longest disputed VM run", runs),
		Columns: []string{"model", "input", "nodes", "MMACs", "opml 1T", "opml 2T", "ORT 1T", "ORT 2T", "opml/ORT speed 2T",
			"VM steps/node avg", "VM steps/node max", "VM steps total", "dispute VM run max", "its VM time"},
	}
	var cases []ortref.Case
	type prepared struct {
		g  *graph.Graph
		in *tensor.Tensor
		t1 []float64
		t2 []float64
	}
	var preps []prepared
	for i, m := range models {
		data, err := m.Bytes(root)
		if err != nil {
			return nil, err
		}
		g, err := onnx.Import(data, onnx.Options{Shapes: map[string][]int{m.Input: m.Shape}})
		if err != nil {
			return nil, fmt.Errorf("%s: %w", m.Name, err)
		}
		n := 1
		for _, d := range m.Shape {
			n *= d
		}
		v := make([]float32, n)
		for k := range v {
			v[k] = float32(k%17)/8 - 1
		}
		in, _ := tensor.FromFloat32(v, m.Shape...)
		p := prepared{g: g, in: in}
		for _, procs := range []int{1, 2} {
			prev := runtime.GOMAXPROCS(procs)
			times := make([]float64, 0, runs)
			for r := 0; r <= runs; r++ { // the first run warms up
				start := time.Now()
				// The run an inference makes: dead values freed, outputs kept.
				if _, err := graph.RunEach(g, []*tensor.Tensor{in}, nil); err != nil {
					runtime.GOMAXPROCS(prev)
					return nil, fmt.Errorf("%s: %w", m.Name, err)
				}
				if r > 0 {
					times = append(times, float64(time.Since(start).Microseconds())/1000)
				}
			}
			runtime.GOMAXPROCS(prev)
			if procs == 1 {
				p.t1 = times
			} else {
				p.t2 = times
			}
		}
		preps = append(preps, p)
		f := filepath.Join(dir, fmt.Sprintf("%d.onnx", i))
		if err := os.WriteFile(f, data, 0o644); err != nil {
			return nil, err
		}
		for _, threads := range []int{1, 2} {
			cases = append(cases, ortref.Case{Model: f, Inputs: []ortref.Input{{Name: m.Input, Tensor: in}},
				Outputs: nil, Threads: threads, Repeat: runs + 1, Optimize: true})
		}
	}
	for i := range cases {
		g := preps[i/2].g
		for _, id := range g.Outputs {
			cases[i].Outputs = append(cases[i].Outputs, g.Tensors[id].Name)
		}
	}
	results, err := ortref.Run(root, cases)
	if err != nil {
		return nil, err
	}
	for i, m := range models {
		p := preps[i]
		ort := [2]float64{}
		for k := range ort {
			r := results[2*i+k]
			if r.Err != nil {
				return nil, fmt.Errorf("%s: %w", m.Name, r.Err)
			}
			ort[k] = median(r.Times[1:])
		}
		var macs, total, biggest uint64
		steps := make([]uint64, len(p.g.Nodes))
		for k := range p.g.Nodes {
			w, err := graph.Cost(p.g, k)
			if err != nil {
				return nil, err
			}
			macs += w.MACs
			steps[k] = w.Steps()
		}
		label := "est."
		vals, err := graph.Run(p.g, p.in)
		if err != nil {
			return nil, err
		}
		var whole []uint64 // measured whole-node runs (--vm)
		var secs []float64
		if opts.VM {
			label = "measured"
			if whole, secs, err = vmSteps(p.g, vals); err != nil {
				return nil, fmt.Errorf("%s: %w", m.Name, err)
			}
			steps = whole
		}
		dr, err := longestDisputeRun(p.g, vals, whole, secs)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", m.Name, err)
		}
		for _, s := range steps {
			total += s
			biggest = max(biggest, s)
		}
		n := uint64(max(len(steps), 1))
		o1, o2 := median(p.t1), median(p.t2)
		t.AddRow(m.Name, fmt.Sprint(m.Shape), len(p.g.Nodes), fmt.Sprintf("%.1f", float64(macs)/1e6), ms(o1), ms(o2), ms(ort[0]), ms(ort[1]),
			fmt.Sprintf("%.2f×", ort[1]/o2), fmt.Sprintf("%.3g (%s)", float64(total/n), label), fmt.Sprintf("%.3g", float64(biggest)), fmt.Sprintf("%.3g", float64(total)),
			fmt.Sprintf("%.3g (%s)", float64(dr.steps), dr.describe(p.g)), fmt.Sprintf("%.2f s", dr.secs))
	}
	t.Notes = append(t.Notes,
		"opml/ORT speed 2T = ORT's time / opml's time at 2 threads (1 = as fast as ONNX Runtime, 0.5 = half its speed).",
		"ONNX Runtime: onnxruntime-node, CPU, all graph optimizations, sequential execution; opml: graph.Run at GOMAXPROCS 1 and 2.",
		"VM steps: node-mode executor runs (start-up included), estimated by the op table's work model unless measured (--vm).",
		fmt.Sprintf("dispute VM run max: the longest VM run a dispute can come down to, a node's or, for a node tiled under the budget of %d steps, one tile's; measured in the VM with its wall time here (with --vm the longest of all, else the one with the largest estimate).", game.DefaultTileSteps))
	for _, m := range models {
		t.Notes = append(t.Notes, fmt.Sprintf("%s: %s", m.Name, m.What))
	}
	return t, nil
}

// vmSteps runs every node of g in the VM on the native operand values and
// returns its measured steps, checking the outputs' commitments.
func vmSteps(g *graph.Graph, vals []*tensor.Tensor) ([]uint64, []float64, error) {
	exe := host.Shipped()
	steps := make([]uint64, len(g.Nodes))
	secs := make([]float64, len(g.Nodes))
	errs := make([]error, len(g.Nodes))
	next := make(chan int)
	done := make(chan struct{})
	workers := runtime.GOMAXPROCS(0)
	for range workers {
		go func() {
			for i := range next {
				n := g.Nodes[i]
				args := make([]*tensor.Tensor, len(n.Inputs))
				for j, in := range n.Inputs {
					args[j] = vals[in]
				}
				e, err := exe.NodeEmulator(g, i, args)
				if err == nil {
					start := time.Now()
					err = e.Run(1 << 40)
					secs[i] = time.Since(start).Seconds()
				}
				if err == nil {
					err = host.CheckOutput(e, g.Tensors[n.Output].Spec(), graph.CommitTensor(vals[n.Output]))
				}
				if e != nil {
					steps[i] = e.State.Step
				}
				errs[i] = err
			}
			done <- struct{}{}
		}()
	}
	for i := range g.Nodes {
		next <- i
	}
	close(next)
	for range workers {
		<-done
	}
	for i, err := range errs {
		if err != nil {
			return nil, nil, fmt.Errorf("node %d (%v): %w", i, g.Nodes[i].Op, err)
		}
	}
	return steps, secs, nil
}
