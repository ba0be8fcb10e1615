package game

import (
	"sync"
	"testing"

	"github.com/opml-dev/opml/graph"
	"github.com/opml-dev/opml/models/executor/host"
	"github.com/opml-dev/opml/models/mnist"
	"github.com/opml-dev/opml/tensor"
)

// mnistInt8 is the shipped int8 MNIST model as a graph: eight nodes, about 2.2 M VM steps per inference in graph
// mode, so whole games run in the package's tests.
var mnistInt8 = sync.OnceValues(func() (*mnist.GraphModel, error) {
	q, err := mnist.ShippedInt8()
	if err != nil {
		return nil, err
	}
	return q.Graph()
})

func testModel(t testing.TB) (exe *host.Image, gm *mnist.GraphModel) {
	t.Helper()
	gm, err := mnistInt8()
	if err != nil {
		t.Fatal(err)
	}
	return host.Shipped(), gm
}

// testImage returns a synthetic 28×28 image: a stroke whose position and thickness depend on seed, so different
// seeds give different inputs (and often different digits) without a data set.
func testImage(seed int) []byte {
	img := make([]byte, mnist.Pixels)
	col := 8 + seed%12
	for r := 4; r < 24; r++ {
		for w := 0; w < 2+seed%3; w++ {
			img[r*28+col+w+(r*seed%5)/4] = byte(255 - 7*r)
		}
	}
	for c := 6; c < 22; c++ {
		if seed%2 == 1 {
			img[(6+seed%9)*28+c] = 200
		}
	}
	return img
}

// nativeValues runs g natively on input and returns every tensor's value.
func nativeValues(t testing.TB, g *graph.Graph, input []byte) []*tensor.Tensor {
	t.Helper()
	s := g.Tensors[g.Input()].Spec()
	in, err := tensor.FromBytes(s.DType, input, s.Shape...)
	if err != nil {
		t.Fatal(err)
	}
	values, err := graph.Run(g, in)
	if err != nil {
		t.Fatal(err)
	}
	return values
}
