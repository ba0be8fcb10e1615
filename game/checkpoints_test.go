package game

import (
	"fmt"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/opml-dev/opml/graph"
	"github.com/opml-dev/opml/models/executor/host"
	"github.com/opml-dev/opml/tensor"
	"github.com/opml-dev/opml/vm"
)

// linearGraph returns a one-node graph: a llama_linear product of a random Q8_0 matrix [rows, cols] and an F32
// input [1, cols], about 26 VM steps per product (rows·cols/1e6 · 26 M steps), and an input for it.
func linearGraph(t testing.TB, rows, cols int) (*graph.Graph, []byte) {
	t.Helper()
	rng := rand.New(rand.NewPCG(uint64(rows), uint64(cols)))
	w := make([]byte, rows*cols/tensor.QBlock*(2+tensor.QBlock))
	for i := range w {
		w[i] = byte(rng.Uint32())
	}
	for blk := 0; blk < len(w); blk += 2 + tensor.QBlock {
		w[blk+1] &= 0x1F // small finite scales
	}
	wt, err := tensor.FromRaw(tensor.Q8, w, rows, cols)
	if err != nil {
		t.Fatal(err)
	}
	b := graph.NewBuilder()
	x := b.Input("x", tensor.F32, 1, cols)
	out := b.Node("linear", graph.OpLlamaLinear, nil, b.Weight("w", wt), x)
	g, err := b.Build(out)
	if err != nil {
		t.Fatal(err)
	}
	in := make([]float32, cols)
	for i := range in {
		in[i] = rng.Float32()*2 - 1
	}
	xt, err := tensor.FromFloat32(in, 1, cols)
	if err != nil {
		t.Fatal(err)
	}
	return g, xt.Bytes()
}

// TestVMValuesFromCheckpoints asks a node's VM run for its values and step witnesses at random positions in
// random order (going back as dissections do, and further) and requires what a from-scratch run gives there.
func TestVMValuesFromCheckpoints(t *testing.T) {
	g, input := linearGraph(t, 64, 2048) // ≈ 4 M steps: a grid interval of 2^20 and several checkpoints
	exe := host.Shipped()
	info, err := MultiPhaseModel(exe, g)
	if err != nil {
		t.Fatal(err)
	}
	c, err := NewComputation(exe, g, info, input, nil)
	if err != nil {
		t.Fatal(err)
	}
	halt, err := c.VMSteps(0)
	if err != nil {
		t.Fatal(err)
	}
	r := c.runs[NodeRun(0)]
	if len(r.cps.grid) < 3 {
		t.Fatalf("%d grid checkpoints over %d steps", len(r.cps.grid), halt)
	}
	x, err := tensor.FromBytes(tensor.F32, input, 1, 2048)
	if err != nil {
		t.Fatal(err)
	}
	fromScratch := func(pos uint64) *vm.Emulator {
		e, err := withGameOracle(exe.NodeEmulator(g, 0, []*tensor.Tensor{g.Tensors[g.Nodes[0].Inputs[0]].Value, x}))
		if err != nil {
			t.Fatal(err)
		}
		if err := e.Run(pos); err != nil {
			t.Fatal(err)
		}
		return e
	}
	rng := rand.New(rand.NewPCG(7, halt))
	for i := range 12 {
		pos := rng.Uint64N(halt)
		got, err := c.VMValue(0, pos)
		if err != nil {
			t.Fatal(err)
		}
		if want := fromScratch(pos).StateHash(); got != want {
			t.Fatalf("query %d: the value at step %d differs from a run from scratch", i, pos)
		}
		if i%3 == 0 {
			w, err := c.StepWitness(0, pos)
			if err != nil {
				t.Fatal(err)
			}
			want, err := fromScratch(pos).ProveStep()
			if err != nil {
				t.Fatal(err)
			}
			if w.PostStateHash != want.PostStateHash || string(w.State) != string(want.State) {
				t.Fatalf("the witness of step %d differs from a run from scratch", pos)
			}
		}
	}
	if len(r.cps.queried) == 0 {
		t.Fatal("no checkpoint kept at a queried position")
	}
}

// BenchmarkVMDissection plays a VM level of a big Q8_0 product node (the shape of a 7B model's down projection,
// ≈ 1.2 G steps) between a liar at a random step and an honest challenger, and reports the seconds of the first
// runs to the halt and per round (both parties' queries), with the parties resuming from checkpoints ("kept")
// and, as before them, re-running from step 0 whenever a query goes back ("replay"). Run with -benchtime 1x.
func BenchmarkVMDissection(b *testing.B) {
	g, input := linearGraph(b, 4096, 11008)
	exe := host.Shipped()
	info, err := TiledMultiPhaseModel(exe, g, nil, VMSteps) // the node's VM run whole, not as tiles
	if err != nil {
		b.Fatal(err)
	}
	for _, mode := range []string{"kept", "replay"} {
		b.Run(mode, func(b *testing.B) {
			for range b.N {
				honest, err := NewComputation(exe, g, info, input, nil)
				if err != nil {
					b.Fatal(err)
				}
				start := time.Now()
				halt, err := honest.VMSteps(0)
				if err != nil {
					b.Fatal(err)
				}
				liar, err := NewComputation(exe, g, info, input, &Lie{Node: 0, Step: halt * 3 / 7})
				if err != nil {
					b.Fatal(err)
				}
				if _, err := liar.VMSteps(0); err != nil {
					b.Fatal(err)
				}
				firstRuns := time.Since(start)
				if mode == "replay" {
					for _, c := range []*Computation{honest, liar} {
						c.runs[NodeRun(0)].cps = checkpoints{oracle: c.runs[NodeRun(0)].cps.oracle} // none: every going back replays from 0
					}
				}
				start = time.Now()
				l := play(b, VMSteps, 3, vmTruth(b, liar, 0), vmTruth(b, honest, 0))
				rounds := time.Since(start)
				b.ReportMetric(float64(halt), "steps")
				b.ReportMetric(firstRuns.Seconds(), "s-first-runs")
				b.ReportMetric(rounds.Seconds()/float64(l.Moves), "s/round")
				b.ReportMetric(float64(l.Moves), "rounds")
				fmt.Fprintf(testWriter{b}, "%s: %d steps, first runs %.1f s, %d rounds in %.1f s\n", mode, halt, firstRuns.Seconds(), l.Moves, rounds.Seconds())
			}
		})
	}
}

type testWriter struct{ tb testing.TB }

func (w testWriter) Write(p []byte) (int, error) { w.tb.Log(string(p)); return len(p), nil }
