package bench

import (
	"fmt"
	"runtime"
	"slices"
	"time"

	"github.com/opml-dev/opml/graph"
	"github.com/opml-dev/opml/internal/progress"
	"github.com/opml-dev/opml/models/executor/host"
	"github.com/opml-dev/opml/models/mnist"
)

// MLOptions says how much to measure.
type MLOptions struct {
	Batch     int // images per native batch
	Images    int // test images for the throughput run
	Latencies int // single-image runs for the latency median
	VMImages  int // images run in the VM
	// Progress shows which measurement runs (nil: nothing).
	Progress *progress.Reporter
}

func (o *MLOptions) defaults() {
	if o.Batch == 0 {
		o.Batch = 500
	}
	if o.Images == 0 {
		o.Images = 10_000
	}
	if o.Latencies == 0 {
		o.Latencies = 200
	}
	if o.VMImages == 0 {
		o.VMImages = 3
	}
}

// ML measures MNIST inference: native throughput and latency, and inference inside the VM (steps, wall time).
func ML(opts MLOptions) (*Table, error) {
	opts.defaults()
	t := &Table{Title: "opml bench ml — MNIST inference", Columns: []string{"model", "measure", "value", "detail"}}
	defer opts.Progress.Done()
	test, err := mnist.LoadTest()
	if err != nil {
		return nil, err
	}
	opts.Images = min(opts.Images, test.Len()) / opts.Batch * opts.Batch
	m, err := mnist.Shipped()
	if err != nil {
		return nil, err
	}
	q, err := mnist.ShippedInt8()
	if err != nil {
		return nil, err
	}
	exe := host.Shipped()
	models := []struct {
		name  string
		batch func(int) (*mnist.GraphModel, error)
	}{{"float32", m.BatchGraph}, {"int8", q.BatchGraph}}
	for _, mdl := range models {
		// Throughput: the test set in batches.
		bg, err := mdl.batch(opts.Batch)
		if err != nil {
			return nil, err
		}
		opts.Progress.Status("bench ml: %s native throughput", mdl.name)
		start := time.Now()
		correct := 0
		for off := 0; off < opts.Images; off += opts.Batch {
			in, err := bg.Input(test.Images[off*mnist.Pixels : (off+opts.Batch)*mnist.Pixels])
			if err != nil {
				return nil, err
			}
			vals, err := graph.Run(bg.Graph, in)
			if err != nil {
				return nil, err
			}
			digits, _ := vals[bg.Graph.Output()].Int32s()
			for i, d := range digits {
				if int(d) == int(test.Labels[off+i]) {
					correct++
				}
			}
		}
		wall := time.Since(start)
		t.AddRow(mdl.name, "native throughput", fmt.Sprintf("%.0f images/s", float64(opts.Images)/wall.Seconds()),
			fmt.Sprintf("%d test images in batches of %d, %d cores; accuracy %.2f%%", opts.Images, opts.Batch, runtime.GOMAXPROCS(0), 100*float64(correct)/float64(opts.Images)))

		// Latency: one image at a time.
		one, err := mdl.batch(1)
		if err != nil {
			return nil, err
		}
		opts.Progress.Status("bench ml: %s native latency", mdl.name)
		lat := make([]time.Duration, opts.Latencies)
		for i := range lat {
			in, err := one.Input(test.Image(i))
			if err != nil {
				return nil, err
			}
			start := time.Now()
			if _, err := graph.Run(one.Graph, in); err != nil {
				return nil, err
			}
			lat[i] = time.Since(start)
		}
		slices.Sort(lat)
		t.AddRow(mdl.name, "native latency", fmt.Sprintf("%.1f µs", float64(lat[len(lat)/2].Nanoseconds())/1e3),
			fmt.Sprintf("median of %d single-image runs", opts.Latencies))

		// In the VM: the whole graph in one executor run per image.
		var steps []uint64
		var walls []time.Duration
		for i := 0; i < opts.VMImages; i++ {
			opts.Progress.Count("bench ml: "+mdl.name+" in the VM, image", int64(i+1), int64(opts.VMImages))
			in, err := one.Input(test.Image(i))
			if err != nil {
				return nil, err
			}
			vals, err := graph.Run(one.Graph, in)
			if err != nil {
				return nil, err
			}
			start := time.Now()
			e, err := exe.GraphEmulator(one.Graph, in)
			if err != nil {
				return nil, err
			}
			if err := e.Run(1 << 40); err != nil {
				return nil, err
			}
			walls = append(walls, time.Since(start))
			if err := host.CheckOutput(e, one.Graph.Tensors[one.Graph.Output()].Spec(), graph.CommitTensor(vals[one.Graph.Output()])); err != nil {
				return nil, err
			}
			steps = append(steps, e.State.Step)
		}
		slices.Sort(steps)
		slices.Sort(walls)
		t.AddRow(mdl.name, "VM inference", fmt.Sprintf("%.3f s", walls[len(walls)/2].Seconds()),
			fmt.Sprintf("median of %d images: %d steps (range %d–%d), output commitment equal to native", opts.VMImages, steps[len(steps)/2], steps[0], steps[len(steps)-1]))
	}
	t.Notes = append(t.Notes, fmt.Sprintf("targets: native ≥ 10,000 images/s on 2 cores; VM ≤ 0.5 s per inference. machine: %d cores, %s", runtime.NumCPU(), runtime.Version()))
	return t, nil
}
