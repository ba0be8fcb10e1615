package bench

import (
	"bytes"
	"fmt"
	"time"

	"github.com/opml-dev/opml/game"
	"github.com/opml-dev/opml/graph"
	"github.com/opml-dev/opml/models/executor/host"
	"github.com/opml-dev/opml/tensor"
	"github.com/opml-dev/opml/vm"
)

// disputeRun is one VM run a dispute on a model can come down to: a node's whole run, or, for a node tiled under
// the registration's budget (game.DefaultTileSteps), one tile's (docs/game.md, "Tiles").
type disputeRun struct {
	node  int
	log2  uint8  // the tile size, 2^log2 bytes (0: the whole node)
	tile  uint32 // the tile run (NodeDesc.CostliestTile)
	tiles int
	est   uint64  // estimated steps (graph.Work.Steps, NodeDesc.TileSteps)
	steps uint64  // measured steps (0: not run)
	secs  float64 // measured wall time of the run
}

func (r disputeRun) describe(g *graph.Graph) string {
	if r.log2 == 0 {
		return fmt.Sprintf("%v #%d", g.Nodes[r.node].Op, r.node)
	}
	return fmt.Sprintf("%v #%d, tile %d/%d", g.Nodes[r.node].Op, r.node, r.tile, r.tiles)
}

// disputeRuns returns every node's disputed run with its estimated steps: the whole node, or the costliest tile of
// a tiled one.
func disputeRuns(g *graph.Graph) ([]disputeRun, error) {
	runs := make([]disputeRun, len(g.Nodes))
	for i := range g.Nodes {
		d, err := graph.Describe(g, i)
		if err != nil {
			return nil, err
		}
		runs[i] = disputeRun{node: i, est: d.Cost().Steps()}
		if l, n := d.PlanTiles(game.DefaultTileSteps); n > 1 {
			runs[i].log2, runs[i].tile, runs[i].tiles, runs[i].est = l, d.CostliestTile(l), n, d.TileSteps(l)
		}
	}
	return runs, nil
}

// measure runs r in the VM on the native operand values, times it and requires the bytes it writes (the node's
// output, or the tile's) to be the native output's.
func (r *disputeRun) measure(exe *host.Image, g *graph.Graph, vals []*tensor.Tensor) error {
	n := g.Nodes[r.node]
	args := make([]*tensor.Tensor, len(n.Inputs))
	for j, in := range n.Inputs {
		args[j] = vals[in]
	}
	want := vals[n.Output].Bytes()
	var e *vm.Emulator
	var err error
	if r.log2 == 0 {
		e, err = exe.NodeEmulator(g, r.node, args)
	} else {
		e, err = exe.TileEmulator(g, r.node, args, r.log2, r.tile)
		lo := int(r.tile) << r.log2
		want = want[lo:min(len(want), lo+1<<r.log2)]
	}
	if err != nil {
		return err
	}
	start := time.Now()
	if err := e.Run(1 << 40); err != nil {
		return err
	}
	r.secs, r.steps = time.Since(start).Seconds(), e.State.Step
	if st := &e.State; !st.Exited || st.ExitCode != 0 {
		return fmt.Errorf("%s: the executor did not exit 0 (step %d)", r.describe(g), st.Step)
	}
	got, err := e.Mem.ReadBytes(graph.OutputAddr+uint32(r.tile)<<r.log2, len(want))
	if err != nil {
		return err
	}
	if !bytes.Equal(got, want) {
		return fmt.Errorf("%s: the VM's output differs from the native one", r.describe(g))
	}
	return nil
}

// longestDisputeRun returns the model's longest disputed run, measured. Given the nodes' measured whole runs and
// their times (--vm), it measures every tile run too and takes the longest measured run; otherwise it measures the
// run with the largest estimate.
func longestDisputeRun(g *graph.Graph, vals []*tensor.Tensor, whole []uint64, wholeSecs []float64) (disputeRun, error) {
	runs, err := disputeRuns(g)
	if err != nil {
		return disputeRun{}, err
	}
	exe := host.Shipped()
	if whole == nil {
		top := runs[0]
		for _, r := range runs {
			if r.est > top.est {
				top = r
			}
		}
		return top, top.measure(exe, g, vals)
	}
	var top disputeRun
	for _, r := range runs {
		if r.log2 == 0 {
			r.steps, r.secs = whole[r.node], wholeSecs[r.node]
		} else if err := r.measure(exe, g, vals); err != nil {
			return disputeRun{}, err
		}
		if r.steps > top.steps {
			top = r
		}
	}
	return top, nil
}
