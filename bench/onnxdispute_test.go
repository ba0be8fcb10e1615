package bench

import (
	"strings"
	"testing"

	"github.com/opml-dev/opml/graph"
	"github.com/opml-dev/opml/internal/onnxmodels"
	"github.com/opml-dev/opml/models/onnx"
)

// TestLongestDisputeRun: the conv-block benchmark model's longest disputed run is a tile of a 3×3 convolution
// (its whole run is ≈ 4.7 G steps estimated, beyond a VM level), measured in the VM with the native bytes, far
// shorter than the node; given measured whole runs, the tiled node's whole run does not count.
func TestLongestDisputeRun(t *testing.T) {
	m := onnxmodels.ConvBlock(32, 56)
	data, err := m.Bytes("")
	if err != nil {
		t.Fatal(err)
	}
	g, err := onnx.Import(data, onnx.Options{Shapes: map[string][]int{m.Input: m.Shape}})
	if err != nil {
		t.Fatal(err)
	}
	vals, err := graph.Run(g, benchInput(m))
	if err != nil {
		t.Fatal(err)
	}
	r, err := longestDisputeRun(g, vals, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	d, err := graph.Describe(g, r.node)
	if err != nil {
		t.Fatal(err)
	}
	if r.log2 == 0 || !strings.Contains(r.describe(g), "conv") || r.steps == 0 || r.secs <= 0 {
		t.Fatalf("longest disputed run: %s, %d steps in %.2f s", r.describe(g), r.steps, r.secs)
	}
	if whole := d.Cost().Steps(); r.steps*8 > whole {
		t.Fatalf("%s: a tile run of %d steps for a node of %d steps (estimated) in %d tiles", r.describe(g), r.steps, whole, r.tiles)
	}
	t.Logf("%s: %d VM steps in %.2f s (estimate %d)", r.describe(g), r.steps, r.secs, r.est)

	// With measured whole runs, a tiled node's whole run (huge here) is not a disputed run.
	whole := make([]uint64, len(g.Nodes))
	secs := make([]float64, len(g.Nodes))
	whole[r.node] = 1 << 40
	top, err := longestDisputeRun(g, vals, whole, secs)
	if err != nil {
		t.Fatal(err)
	}
	if top.log2 == 0 || top.steps >= 1<<32 {
		t.Fatalf("with whole runs: %s, %d steps", top.describe(g), top.steps)
	}
}
