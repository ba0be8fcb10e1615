package game

import (
	"fmt"
	"testing"

	"github.com/opml-dev/opml/graph"
	"github.com/opml-dev/opml/internal/onnxmodels"
	"github.com/opml-dev/opml/models/executor/host"
	"github.com/opml-dev/opml/models/onnx"
)

// tileTestSteps is a tile budget small enough that the MNIST model's matmuls are tiled.
const tileTestSteps = 2_000_000

// TestTiledMultiPhase plays whole games on the MNIST model registered with a small tile budget, with a liar
// inside a tile of a tiled node, either side asserting: the graph level ends at the node, its handoff opens the
// tile level, the tile level ends at the liar's tile, the tile handoff opens that tile's VM level, and the
// honest party wins the step.
func TestTiledMultiPhase(t *testing.T) {
	exe, gm := testModel(t)
	g := gm.Graph
	info, err := TiledMultiPhaseModel(exe, g, nil, tileTestSteps)
	if err != nil {
		t.Fatal(err)
	}
	plain, err := MultiPhaseModel(exe, g)
	if err != nil {
		t.Fatal(err)
	}
	if plain.NodesRoot == info.NodesRoot {
		t.Fatal("the tile budget does not change the nodes root")
	}
	recs, err := TiledNodeRecords(g, tileTestSteps)
	if err != nil {
		t.Fatal(err)
	}
	node := -1
	for i, r := range recs {
		if r.Tiled() {
			node = i
			break
		}
	}
	if node < 0 {
		t.Fatalf("no node tiled under %d steps", tileTestSteps)
	}
	rec := recs[node]
	t.Logf("node %d (%v): %d tiles of 2^%d bytes", node, g.Nodes[node].Op, rec.Tiles, rec.TileLog2)
	input := testImage(3)
	honest, err := NewComputation(exe, g, info, input, nil)
	if err != nil {
		t.Fatal(err)
	}
	if v, _ := honest.TileValue(node, uint64(rec.Tiles)); v != honest.ev.commits[rec.OutputID] {
		t.Fatal("the tile tree over every tile is not the node output's commitment")
	}
	for _, lie := range []Lie{
		{Node: node, Tile: int(rec.Tiles) - 1, Step: 1000}, // a wrong byte in the last tile, wrong VM values from step 1000
		{Node: node, Tile: 2, Fail: true},                  // claims the node fails, from tile 2
	} {
		t.Run(fmt.Sprintf("tile %d fail %v", lie.Tile, lie.Fail), func(t *testing.T) {
			playTiledLie(t, exe, g, info, input, node, rec, honest, lie)
		})
	}
}

// playTiledLie plays a game on g between honest and a liar telling lie inside a tile of the tiled node (record
// rec), either side asserting, through the graph level, the tile level and the tile's VM level, and checks every
// handoff with the Go twins of the contract.
func playTiledLie(t *testing.T, exe *host.Image, g *graph.Graph, info *ModelInfo, input []byte, node int, rec NodeRecord, honest *Computation, lie Lie) {
	lieTile := lie.Tile
	liar, err := NewComputation(exe, g, info, input, &lie)
	if err != nil {
		t.Fatal(err)
	}
	if v, _ := liar.TileValue(node, uint64(lieTile+1)); (v == NoOutput) != lie.Fail {
		t.Fatalf("the liar's value after its tile is %x", v)
	}
	for _, liarAsserts := range []bool{true, false} {
		asserter, challenger := honest, liar
		if liarAsserts {
			asserter, challenger = liar, honest
		}
		l := play(t, uint64(len(g.Nodes)), 3, truthOf(t, asserter.GraphValue), truthOf(t, challenger.GraphValue))
		if l.Lo != uint64(node) {
			t.Fatalf("the graph level ends at node %d, not %d", l.Lo, node)
		}
		h, err := asserter.Handoff(node)
		if err != nil {
			t.Fatal(err)
		}
		start, end, err := VerifyHandoff(info, l.Lo, l.LoValue, l.HiValue, h)
		if err != nil {
			t.Fatalf("the handoff of a tiled node: %v", err)
		}
		if start != TileEmpty(rec.OutputLog2) || end != h.Output {
			t.Fatal("the tiled node's handoff does not open its tile level")
		}
		mem, err := NodeMemory(info, h)
		if err != nil {
			t.Fatal(err)
		}
		tl := play(t, uint64(rec.Tiles), 3,
			truthOf(t, func(p uint64) (Hash, error) { return asserter.TileValue(node, p) }),
			truthOf(t, func(p uint64) (Hash, error) { return challenger.TileValue(node, p) }))
		if tl.Lo != uint64(lieTile) {
			t.Fatalf("the tile level ends at tile %d, not the liar's %d", tl.Lo, lieTile)
		}
		th, err := asserter.TileHandoff(node, int(tl.Lo))
		if err != nil {
			t.Fatal(err)
		}
		vs, ve, won, err := VerifyTileHandoff(info, rec, mem, tl.Lo, tl.LoValue, tl.HiValue, th)
		if err != nil || won {
			t.Fatalf("the tile handoff: won %v, %v", won, err)
		}
		ref := RunRef{Node: node, Tile: int(tl.Lo)}
		for _, c := range []*Computation{asserter, challenger} {
			if s, _ := c.RunValue(ref, 0); s != vs {
				t.Fatal("a party's tile run start is not the tile handoff's")
			}
		}
		if e, _ := asserter.RunValue(ref, VMSteps); e != ve {
			t.Fatal("the asserter's tile run end is not its tile handoff's")
		}
		if won := settleRun(t, 3, asserter, challenger, honest, ref); won != !liarAsserts {
			t.Errorf("liar asserts: %v; the asserter wins: %v", liarAsserts, won)
		}
		// A tampered tile handoff is refused.
		bad := *th
		bad.TileRoot[0] ^= 1
		if _, _, _, err := VerifyTileHandoff(info, rec, mem, tl.Lo, tl.LoValue, tl.HiValue, &bad); err == nil && tl.HiValue != NoOutput {
			t.Error("a tile handoff with another tile root is accepted")
		}
		bad = *th
		bad.Insertion = append([]Hash(nil), th.Insertion...)
		bad.Insertion[3][0] ^= 1
		if _, _, _, err := VerifyTileHandoff(info, rec, mem, tl.Lo, tl.LoValue, tl.HiValue, &bad); err == nil {
			t.Error("a tile handoff with a bad tile word insertion is accepted")
		}
	}
}

// TestTiledConvONNX plays tiled games on a CNN imported from ONNX (onnxmodels.ConvBlock: 3×3 convolutions with a
// skip connection, pooling, a 1×1 convolution, a Gemm): with a small tile budget its convolutions are tiled by
// output channel planes, and a liar inside a tile of the first one loses either side.
func TestTiledConvONNX(t *testing.T) {
	m := onnxmodels.ConvBlock(4, 12)
	data, err := m.Bytes("")
	if err != nil {
		t.Fatal(err)
	}
	g, err := onnx.Import(data, onnx.Options{Dims: map[string]int{"batch": 1}})
	if err != nil {
		t.Fatal(err)
	}
	exe, _ := testModel(t)
	info, err := TiledMultiPhaseModel(exe, g, nil, 2_000_000)
	if err != nil {
		t.Fatal(err)
	}
	recs, err := TiledNodeRecords(g, info.TileSteps)
	if err != nil {
		t.Fatal(err)
	}
	node := -1
	for i, r := range recs {
		if r.Tiled() && g.Nodes[i].Op == graph.OpConv {
			node = i
			break
		}
	}
	if node < 0 {
		t.Fatal("no convolution tiled")
	}
	rec := recs[node]
	t.Logf("node %d (conv): %d tiles of 2^%d bytes", node, rec.Tiles, rec.TileLog2)
	input := make([]byte, 4*4*12*12)
	for i := range input {
		input[i] = byte(i * 7)
		if i%4 == 3 {
			input[i] = 0x3f // keep the floats finite
		}
	}
	honest, err := NewComputation(exe, g, info, input, nil)
	if err != nil {
		t.Fatal(err)
	}
	playTiledLie(t, exe, g, info, input, node, rec, honest, Lie{Node: node, Tile: 1, Output: true})
}
