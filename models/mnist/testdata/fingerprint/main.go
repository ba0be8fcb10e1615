// Command fingerprint prints SHA-256 digests of everything package mnist
// computes in float32 or int8 on a small workload: a short training run,
// quantization, and float and int8 logits of the shipped weights. The
// cross-architecture test runs it natively, under qemu-aarch64 (where Go
// would fuse multiply-adds that are not written out) and under qemu-mips with
// software floating point (the VM's target); every line must agree. It also prints a digest of the graph state
// roots of both models (every node output's commitment) on a few images.
//
//	fingerprint DATADIR WEIGHTSDIR
package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"os"
	"path/filepath"

	"github.com/opml-dev/opml/graph"
	"github.com/opml-dev/opml/models/mnist"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "fingerprint:", err)
		os.Exit(1)
	}
}

func run() error {
	if len(os.Args) != 3 {
		return fmt.Errorf("usage: fingerprint DATADIR WEIGHTSDIR")
	}
	train, err := mnist.LoadTrainDir(os.Args[1])
	if err != nil {
		return err
	}
	test, err := mnist.LoadTestDir(os.Args[1])
	if err != nil {
		return err
	}
	m, err := mnist.LoadFile(filepath.Join(os.Args[2], mnist.Float32File))
	if err != nil {
		return err
	}
	q, err := mnist.LoadInt8File(filepath.Join(os.Args[2], mnist.Int8File))
	if err != nil {
		return err
	}

	cfg := mnist.DefaultConfig()
	cfg.Hidden, cfg.Epochs, cfg.BatchSize, cfg.Data = 16, 1, 50, train.Subset(600)
	small, err := mnist.Train(cfg)
	if err != nil {
		return err
	}
	var b bytes.Buffer
	if err := mnist.Save(&b, small); err != nil {
		return err
	}
	fmt.Printf("train %x\n", sha256.Sum256(b.Bytes()))

	small8, err := mnist.Quantize(m, train.Subset(50))
	if err != nil {
		return err
	}
	b.Reset()
	if err := mnist.SaveInt8(&b, small8); err != nil {
		return err
	}
	fmt.Printf("quantize %x\n", sha256.Sum256(b.Bytes()))

	hf, hq := sha256.New(), sha256.New()
	img := make([]float32, mnist.Pixels)
	for n := range 40 {
		for i, p := range test.Image(n) {
			img[i] = mnist.PixelScale(p)
		}
		binary.Write(hf, binary.LittleEndian, m.Logits(img))
	}
	for n := range 500 {
		binary.Write(hq, binary.LittleEndian, q.Logits(test.Image(n)))
	}
	fmt.Printf("float-logits %x\nint8-logits %x\n", hf.Sum(nil), hq.Sum(nil))

	// The graph commitments the dispute game bisects over: the state root after every node, per image.
	for _, build := range []struct {
		name  string
		graph func() (*mnist.GraphModel, error)
	}{{"float", m.Graph}, {"int8", q.Graph}} {
		gm, err := build.graph()
		if err != nil {
			return err
		}
		h := sha256.New()
		for n := range 20 {
			in, err := gm.Input(test.Image(n))
			if err != nil {
				return err
			}
			vals, err := graph.Run(gm.Graph, in)
			if err != nil {
				return err
			}
			commits := graph.Commitments(vals)
			for k := 0; k <= len(gm.Graph.Nodes); k++ {
				root, err := graph.StateRoot(gm.Graph, commits, k)
				if err != nil {
					return err
				}
				h.Write(root[:])
			}
		}
		fmt.Printf("%s-graph-state-roots %x\n", build.name, h.Sum(nil))
	}
	return nil
}
