// Command trainmnist trains the MNIST MLP of package mnist on the real MNIST
// data, reports its test accuracy in float32 and int8, and can write both
// weight files.
//
//	go run ./models/mnist/cmd/trainmnist -out models/mnist/weights
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/opml-dev/opml/models/mnist"
)

func main() {
	cfg := mnist.DefaultConfig()
	flag.IntVar(&cfg.Hidden, "hidden", cfg.Hidden, "hidden units")
	flag.IntVar(&cfg.Epochs, "epochs", cfg.Epochs, "epochs")
	flag.IntVar(&cfg.BatchSize, "batch", cfg.BatchSize, "mini-batch size")
	lr := flag.Float64("lr", float64(cfg.LearningRate), "initial learning rate")
	mom := flag.Float64("momentum", float64(cfg.Momentum), "momentum")
	wd := flag.Float64("wd", float64(cfg.WeightDecay), "weight decay")
	flag.IntVar(&cfg.MaxShift, "shift", cfg.MaxShift, "max augmentation shift in pixels")
	flag.Uint64Var(&cfg.Seed, "seed", cfg.Seed, "random seed")
	verbose := flag.Bool("v", false, "report test accuracy after every epoch")
	out := flag.String("out", "", "directory to write "+mnist.Float32File+" and "+mnist.Int8File+" into (empty: do not write)")
	flag.Parse()
	cfg.LearningRate, cfg.Momentum, cfg.WeightDecay = float32(*lr), float32(*mom), float32(*wd)
	if err := run(cfg, *verbose, *out); err != nil {
		fmt.Fprintln(os.Stderr, "trainmnist:", err)
		os.Exit(1)
	}
}

func run(cfg mnist.Config, verbose bool, out string) error {
	train, err := mnist.LoadTrain()
	if err != nil {
		return err
	}
	test, err := mnist.LoadTest()
	if err != nil {
		return err
	}
	cfg.Data = train
	start := time.Now()
	if verbose {
		cfg.Progress = func(epoch int, m *mnist.MLP) {
			fmt.Printf("epoch %2d  %6.1fs  test accuracy %.2f %%\n", epoch, time.Since(start).Seconds(), 100*m.Accuracy(test))
		}
	}
	m, err := mnist.Train(cfg)
	if err != nil {
		return err
	}
	elapsed := time.Since(start)
	q, err := mnist.Quantize(m, train.Subset(mnist.DefaultCalibrationSize))
	if err != nil {
		return err
	}
	fmt.Printf("hidden %d, %d epochs, trained in %.1fs: float32 test accuracy %.2f %%, int8 %.2f %%\n",
		cfg.Hidden, cfg.Epochs, elapsed.Seconds(), 100*m.Accuracy(test), 100*q.Accuracy(test))
	if out == "" {
		return nil
	}
	if err := mnist.SaveFile(filepath.Join(out, mnist.Float32File), m); err != nil {
		return err
	}
	return mnist.SaveInt8File(filepath.Join(out, mnist.Int8File), q)
}
