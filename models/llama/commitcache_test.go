package llama

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/opml-dev/opml/game"
	"github.com/opml-dev/opml/graph"
	"github.com/opml-dev/opml/models/executor/host"
	"github.com/opml-dev/opml/tensor"
)

// copyModel copies the tiny GQA Q8_0 GGUF into a fresh directory.
func copyModel(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile(synthPath(t, "tiny-gqa", tensor.RowQ8_0, "gguf"))
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "model.gguf")
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func cachedCommitments(t *testing.T, path string, length int) ([][32]byte, *CommitReport, *GenGraph) {
	t.Helper()
	m := openModel(t, path)
	gg, err := m.GenerationGraph(length)
	if err != nil {
		t.Fatal(err)
	}
	c, rep, err := gg.CachedWeightCommitments(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	return c, rep, gg
}

// TestCommitmentsCache: the first run hashes every weight and writes the
// sidecar, the next reads it; a changed file or a corrupt sidecar is
// recomputed (with a note for the corrupt one) and the sidecar rewritten.
// The commitments are always graph.CommitTensor of each weight.
func TestCommitmentsCache(t *testing.T) {
	path := copyModel(t)
	c, rep, gg := cachedCommitments(t, path, 4)
	weights := 0
	for id, ti := range gg.Tensors {
		want := [32]byte{}
		if ti.Kind == graph.Weight {
			want = graph.CommitTensor(ti.Value)
			weights++
		}
		if c[id] != want {
			t.Fatalf("tensor %d (%s): commitment differs from graph.CommitTensor", id, ti.Name)
		}
	}
	if rep.Hit || rep.Computed != weights || rep.Note != "" {
		t.Fatalf("first run: %+v", rep)
	}
	if _, err := os.Stat(CommitmentsPath(path)); err != nil {
		t.Fatal(err)
	}
	// A graph of another length has the same weights: a hit.
	c2, rep, _ := cachedCommitments(t, path, 6)
	if !rep.Hit || rep.Computed != 0 || rep.Note != "" {
		t.Fatalf("second run: %+v", rep)
	}
	for id, ti := range gg.Tensors {
		if ti.Kind == graph.Weight && c2[id] != c[id] {
			t.Fatalf("weight %d: another commitment in the graph of length 6", id)
		}
	}
	c2, _, _ = cachedCommitments(t, path, 4)
	if !reflect.DeepEqual(c2, c) {
		t.Fatal("cached commitments differ from computed ones")
	}

	// The file changed (its time): recomputed.
	later := time.Now().Add(time.Hour)
	if err := os.Chtimes(path, later, later); err != nil {
		t.Fatal(err)
	}
	c2, rep, _ = cachedCommitments(t, path, 4)
	if rep.Hit || rep.Computed != weights || !strings.Contains(rep.Note, "another version") || !reflect.DeepEqual(c2, c) {
		t.Fatalf("changed file: %+v", rep)
	}
	if _, rep, _ = cachedCommitments(t, path, 4); !rep.Hit {
		t.Fatalf("after recomputing: %+v", rep)
	}

	// Corrupt sidecars: ignored with a note, recomputed, rewritten.
	for name, junk := range map[string]string{
		"not json":    "{\"format\": ",
		"bad hash":    `{"format":"opml weight commitments","version":1,"file":{},"weights":[{"name":"x","commitment":"0x12"}]}`,
		"old version": `{"format":"opml weight commitments","version":0,"file":{},"weights":[]}`,
	} {
		if err := os.WriteFile(CommitmentsPath(path), []byte(junk), 0o644); err != nil {
			t.Fatal(err)
		}
		c2, rep, _ = cachedCommitments(t, path, 4)
		if rep.Hit || !strings.HasPrefix(rep.Note, "ignored ") || strings.Contains(rep.Note, "\n") || !reflect.DeepEqual(c2, c) {
			t.Fatalf("%s: %+v", name, rep)
		}
		if _, rep, _ = cachedCommitments(t, path, 4); !rep.Hit {
			t.Fatalf("%s: not rewritten: %+v", name, rep)
		}
	}
}

// TestGraphRegistration: the registration from cached commitments is
// MultiPhaseModel's, the same on every build of the graph, and another
// length is another model.
func TestGraphRegistration(t *testing.T) {
	path := copyModel(t)
	exe := host.Shipped()
	var first *game.ModelInfo
	for run := 0; run < 2; run++ {
		c, _, gg := cachedCommitments(t, path, 4)
		info, err := game.MultiPhaseModelCommitted(exe, gg.Graph, c)
		if err != nil {
			t.Fatal(err)
		}
		if first == nil {
			first = info
			full, err := game.MultiPhaseModel(exe, gg.Graph)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(full, info) {
				t.Fatal("the registration from cached commitments differs from MultiPhaseModel's")
			}
			if info.InputSize != 4*(8+4) || info.OutputSize != 4*4 || int(info.NumNodes) != len(gg.Graph.Nodes) {
				t.Fatalf("sizes: %+v", info)
			}
		} else if !reflect.DeepEqual(first, info) {
			t.Fatal("the registration changed between runs")
		}
	}
	c, _, gg := cachedCommitments(t, path, 5)
	other, err := game.MultiPhaseModelCommitted(exe, gg.Graph, c)
	if err != nil {
		t.Fatal(err)
	}
	if other.GraphState == first.GraphState && other.NodesRoot == first.NodesRoot {
		t.Fatal("lengths 4 and 5 give the same registration")
	}
	if _, err := game.MultiPhaseModelCommitted(exe, gg.Graph, c[:3]); err == nil {
		t.Fatal("too few commitments accepted")
	}
}
