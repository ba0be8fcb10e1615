package mnist

import (
	"bytes"
	_ "embed"
	"sync"
)

// The 10,000 MNIST test images and labels, as published (gzip-compressed IDX, 1.6 MB), embedded so that a
// copied opml binary runs the demo, inference on test images and the benchmarks without the Go module cache.
// testset/README.md says where they come from; TestEmbeddedTestSetIsTheModules checks they equal the module's.
var (
	//go:embed testset/t10k-images-idx3-ubyte.gz
	testImagesGz []byte
	//go:embed testset/t10k-labels-idx1-ubyte.gz
	testLabelsGz []byte
)

var embeddedTest = sync.OnceValues(func() (*Dataset, error) {
	return readSet(bytes.NewReader(testImagesGz), bytes.NewReader(testLabelsGz), "embedded "+testImagesFile, "embedded "+testLabelsFile)
})

// LoadTest returns the MNIST test set (10,000 examples), decoded once from the copy embedded in the binary.
// The Dataset is shared: callers must not modify it.
func LoadTest() (*Dataset, error) { return embeddedTest() }
