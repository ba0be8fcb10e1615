package mnist

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/opml-dev/opml/graph"
)

// commitmentsGolden is what every architecture must print for the shipped models: their graph commitments and
// the output and logits commitments of the first test images. CI also runs this test as an arm64 binary under
// qemu-aarch64 (scripts/test), so an arm64 opml commits to the same bits as an amd64 one.
const commitmentsGolden = "testdata/commitments.txt"

// commitmentsImages is how many test images the golden file covers.
const commitmentsImages = 64

// mnistCommitments lists the commitments, one per line, and ends with a SHA-256 of the logits of the
// commitmentsImages images so a single differing bit anywhere shows.
func mnistCommitments(t *testing.T) string {
	test, err := LoadTest()
	if err != nil {
		t.Fatal(err)
	}
	m, err := Shipped()
	if err != nil {
		t.Fatal(err)
	}
	q, err := ShippedInt8()
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, mdl := range []struct {
		name  string
		graph func() (*GraphModel, error)
	}{{"float32", m.Graph}, {"int8", q.Graph}} {
		gm, err := mdl.graph()
		if err != nil {
			t.Fatal(err)
		}
		gc, err := gm.Graph.Commitment()
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&b, "%s graph %#x\n", mdl.name, gc)
		logits := sha256.New()
		for i := range commitmentsImages {
			in, err := gm.Input(test.Image(i))
			if err != nil {
				t.Fatal(err)
			}
			vals, err := graph.Run(gm.Graph, in)
			if err != nil {
				t.Fatal(err)
			}
			logits.Write(vals[gm.Logits].Bytes())
			if i < 4 {
				fmt.Fprintf(&b, "%s image %d output %#x\n", mdl.name, i, graph.CommitTensor(vals[gm.Graph.Output()]))
			}
		}
		fmt.Fprintf(&b, "%s logits of %d images sha256 %x\n", mdl.name, commitmentsImages, logits.Sum(nil))
	}
	return b.String()
}

// TestMNISTCommitments: the shipped models' commitments and outputs are the golden ones, bit for bit, on the
// architecture running the test. OPML_UPDATE_GOLDEN=1 rewrites the golden file (only after a deliberate change of
// the models or of the commitment scheme).
func TestMNISTCommitments(t *testing.T) {
	got := mnistCommitments(t)
	if os.Getenv("OPML_UPDATE_GOLDEN") == "1" {
		if err := os.WriteFile(commitmentsGolden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(commitmentsGolden)
	if err != nil {
		t.Fatal(err)
	}
	if got != string(want) {
		t.Fatalf("commitments differ from %s:\ngot:\n%s\nwant:\n%s", commitmentsGolden, got, want)
	}
}

// TestEmbeddedTestSetIsTheModules: the embedded test set is the one the GoMNIST module ships, byte for byte.
func TestEmbeddedTestSetIsTheModules(t *testing.T) {
	dir, err := DataDir()
	if err != nil {
		t.Fatal(err)
	}
	for name, embedded := range map[string][]byte{testImagesFile: testImagesGz, testLabelsFile: testLabelsGz} {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(data, embedded) {
			t.Errorf("embedded %s differs from the module's", name)
		}
	}
}
