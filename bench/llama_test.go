package bench

import (
	"bytes"
	"context"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/opml-dev/opml/tensor"
)

// TestLlamaTiny runs the LLaMA benchmark on the tiny synthetic model: the
// opml binary and llama.cpp each give a row, and their greedy tokens agree.
func TestLlamaTiny(t *testing.T) {
	dir := t.TempDir()
	opml := filepath.Join(dir, "opml")
	if out, err := exec.Command("go", "build", "-o", opml, "../cmd/opml").CombinedOutput(); err != nil {
		t.Fatalf("building opml: %v\n%s", err, out)
	}
	tb, err := Llama(context.Background(), LlamaOptions{Opml: opml, Dir: dir, Threads: 1, N: 8,
		Models: []LlamaModel{{Shape: "tiny", Type: tensor.RowF32}}})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	tb.Write(&buf)
	if len(tb.Rows) != 2 || tb.Rows[0][2] != "opml" || tb.Rows[1][2] != "llama.cpp" || tb.Rows[0][len(tb.Rows[0])-1] != "8/8" {
		t.Fatalf("want an opml and a llama.cpp row with 8 equal tokens:\n%s", buf.String())
	}
	if !strings.Contains(buf.String(), "node-llama-cpp") {
		t.Fatalf("no llama.cpp system line:\n%s", buf.String())
	}
}
