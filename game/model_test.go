package game

import (
	"bytes"
	"encoding/hex"
	"strings"
	"testing"

	"github.com/opml-dev/opml/graph"
	"github.com/opml-dev/opml/internal/keccak"
	"github.com/opml-dev/opml/vm"
)

func TestNodeRecordEncode(t *testing.T) {
	var desc Hash
	for i := range desc {
		desc[i] = byte(i + 1)
	}
	// The abi.encode of a static struct, word by word, written out by hand.
	word := func(hexTail string) string { return strings.Repeat("0", 64-len(hexTail)) + hexTail }
	tests := []struct {
		name  string
		rec   NodeRecord
		words []string
	}{
		{"zero", NodeRecord{}, []string{word(""), word(""), word(""), word(""), word(""), word(""), word(""),
			word(""), word(""), word(""), word(""), word(""), word(""), word(""), word("")}},
		{"fields in order", NodeRecord{
			Descriptor: desc, DescriptorLog2: 9, NumInputs: 3,
			InputIDs: [4]uint32{5, 0x01020304, 7, 0}, InputLog2s: [4]uint8{10, 5, 28, 0},
			OutputID: 0xdeadbeef, OutputLog2: 255, TileLog2: 13, Tiles: 0x10203,
		}, []string{
			"0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f20",
			word("09"), word("03"),
			word("05"), word("01020304"), word("07"), word(""),
			word("0a"), word("05"), word("1c"), word(""),
			word("deadbeef"), word("ff"), word("0d"), word("010203"),
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want, err := hex.DecodeString(strings.Join(tt.words, ""))
			if err != nil {
				t.Fatal(err)
			}
			got := tt.rec.Encode()
			if !bytes.Equal(got, want) {
				t.Fatalf("Encode:\n got %x\nwant %x", got, want)
			}
			if tt.rec.Leaf() != keccak.Sum256(want) {
				t.Fatal("Leaf is not keccak256 of the encoding")
			}
		})
	}
}

func TestNodeRecords(t *testing.T) {
	_, gm := testModel(t)
	g := gm.Graph
	recs, err := NodeRecords(g)
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != len(g.Nodes) {
		t.Fatalf("%d records for %d nodes", len(recs), len(g.Nodes))
	}
	root := NodesRoot(recs)
	for i, r := range recs {
		d, err := graph.Describe(g, i)
		if err != nil {
			t.Fatal(err)
		}
		// The descriptor's commitment is the root of its region once written to VM memory.
		mem := vm.NewMemory()
		if err := mem.WriteBytes(graph.DescriptorAddr, d.Encode()); err != nil {
			t.Fatal(err)
		}
		region, err := mem.RegionRoot(graph.DescriptorAddr, int(r.DescriptorLog2))
		if err != nil {
			t.Fatal(err)
		}
		if region != r.Descriptor || 1<<r.DescriptorLog2 != graph.PaddedSize(len(d.Encode())) {
			t.Errorf("node %d: descriptor %x (2^%d) is not its %d-byte region's root %x", i, r.Descriptor, r.DescriptorLog2, len(d.Encode()), region)
		}
		if int(r.NumInputs) != len(g.Nodes[i].Inputs) || int(r.OutputID) != g.Nodes[i].Output {
			t.Errorf("node %d: record %+v does not match the node %+v", i, r, g.Nodes[i])
		}
		for j := range 4 {
			if j >= len(g.Nodes[i].Inputs) {
				if r.InputIDs[j] != 0 || r.InputLog2s[j] != 0 {
					t.Errorf("node %d: unused operand %d is not zero", i, j)
				}
				continue
			}
			n, _ := g.Tensors[g.Nodes[i].Inputs[j]].Spec().ByteSize()
			if int(r.InputIDs[j]) != g.Nodes[i].Inputs[j] || 1<<r.InputLog2s[j] != graph.PaddedSize(n) {
				t.Errorf("node %d operand %d: id %d log2 %d for tensor %d of %d bytes", i, j, r.InputIDs[j], r.InputLog2s[j], g.Nodes[i].Inputs[j], n)
			}
		}
		proof, err := NodeProof(recs, i)
		if err != nil {
			t.Fatal(err)
		}
		if got := graph.RootFromProof(r.Leaf(), i, proof); got != root {
			t.Errorf("node %d: proof gives %x, root %x", i, got, root)
		}
		// Any change to a record moves its leaf off the root.
		bad := r
		bad.InputLog2s[0]++
		if graph.RootFromProof(bad.Leaf(), i, proof) == root {
			t.Errorf("node %d: a changed record still proves against the root", i)
		}
	}
	for _, i := range []int{-1, len(recs)} {
		if _, err := NodeProof(recs, i); err == nil {
			t.Errorf("NodeProof(%d) of %d records: no error", i, len(recs))
		}
	}
	if _, err := NodeRecords(nil); err == nil {
		t.Error("NodeRecords(nil): no error")
	}
}

func TestModelInfo(t *testing.T) {
	exe, gm := testModel(t)
	g := gm.Graph
	single, err := SinglePhaseModel(exe, g)
	if err != nil {
		t.Fatal(err)
	}
	multi, err := MultiPhaseModel(exe, g)
	if err != nil {
		t.Fatal(err)
	}
	in, _ := g.Tensors[g.Input()].Spec().ByteSize()
	out, _ := g.Tensors[g.Output()].Spec().ByteSize()
	recs, err := NodeRecords(g)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		info   *ModelInfo
		phases int
		state  []byte
	}{
		{"single-phase", single, 1, single.ProgramStateData},
		{"multi-phase", multi, 2, multi.ExecutorStateData},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.info.Phases(); got != tt.phases {
				t.Fatalf("Phases() = %d", got)
			}
			if tt.info.InputSize != uint32(in) || tt.info.OutputSize != uint32(out) {
				t.Errorf("sizes %d, %d; want %d, %d", tt.info.InputSize, tt.info.OutputSize, in, out)
			}
			st, err := vm.DecodeState(tt.state)
			if err != nil {
				t.Fatal(err)
			}
			if st.Step != 0 || st.Status() != vm.StatusRunning {
				t.Errorf("registered state at step %d, %v", st.Step, st.Status())
			}
		})
	}
	if multi.NodesRoot != NodesRoot(recs) || multi.NumNodes != uint32(len(g.Nodes)) ||
		multi.NumTensors != uint32(len(g.Tensors)) || multi.Inputs[0].ID != uint32(g.Input()) || multi.Outputs[0].ID != uint32(g.Output()) {
		t.Errorf("multi-phase graph fields %+v", multi)
	}
	if single.GraphState != (Hash{}) || single.NodesRoot != (Hash{}) || single.NumNodes != 0 {
		t.Errorf("single-phase info carries multi-phase fields: %+v", single)
	}
	// The registered graph state is the state before any node with the input leaf zero: with the leaf set to an
	// input's commitment it is the native graph state after 0 nodes.
	values := nativeValues(t, g, testImage(1))
	commits := graph.Commitments(values)
	leaf, proof, err := graph.StateProof(g, commits, 0, g.Input())
	if err != nil {
		t.Fatal(err)
	}
	if graph.RootFromProof(Hash{}, g.Input(), proof) != multi.GraphState {
		t.Error("the graph state is not the native state with the input leaf zero")
	}
	if leaf != graph.Commit(testImage(1)) {
		t.Error("the native input leaf is not the input's commitment")
	}
	// A model needs an executor image.
	if _, err := SinglePhaseModel(nil, g); err == nil {
		t.Error("SinglePhaseModel without an image: no error")
	}
	if _, err := MultiPhaseModel(nil, g); err == nil {
		t.Error("MultiPhaseModel without an image: no error")
	}
	if (&ModelInfo{ProgramStateData: single.ProgramStateData, ExecutorStateData: multi.ExecutorStateData}).Phases() != 0 {
		t.Error("an info with both states has phases")
	}
}
