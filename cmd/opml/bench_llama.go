package main

import (
	"context"
	"os"
	"strings"

	"github.com/opml-dev/opml/bench"
	"github.com/opml-dev/opml/models/llama"
)

func init() {
	register("bench llama", "benchmark LLaMA generation against llama.cpp (node-llama-cpp): load, tokens/s, peak memory", benchLlama)
}

func benchLlama(args []string) error {
	fs := newFlags("bench llama", "bench llama [--synth SHAPE:TYPE,...] [--model FILE.gguf,...] [--threads N] [-n N] [--dir DIR]")
	synth := fs.String("synth", "110m:f32,110m:q8_0", "synthetic models to measure, as `SHAPE:TYPE,...` (7b:q8_0 writes a 7 GB file)")
	modelFiles := fs.String("model", "", "GGUF `FILES` to measure, comma-separated (instead of --synth)")
	threads := fs.Int("threads", 2, "threads for both engines")
	n := fs.Int("n", 64, "tokens to generate")
	dir := fs.String("dir", "", "the `DIR` the synthetic models are written to and reused from (default: one in the system temporary directory)")
	chk, err := parse(fs, args)
	if err != nil {
		return err
	}
	chk.noArgs(fs)
	chk.check(*threads >= 1, "--threads %d: want at least 1", *threads)
	chk.check(*n >= 1, "-n %d: want at least 1", *n)
	var models []bench.LlamaModel
	if *modelFiles != "" {
		for _, p := range strings.Split(*modelFiles, ",") {
			models = append(models, bench.LlamaModel{Path: p})
		}
	} else {
		for _, spec := range strings.Split(*synth, ",") {
			shape, typ, ok := strings.Cut(spec, ":")
			f, err := llama.ParseRowFormat(typ)
			if _, known := llama.Shapes[shape]; !ok || err != nil || !known {
				chk.addf("--synth %q: want shape:type with a shape of %s and a type of f32, f16, q8_0, q4_0", spec, strings.Join(llama.ShapeNames(), ", "))
				continue
			}
			models = append(models, bench.LlamaModel{Shape: shape, Type: f})
		}
	}
	if err := chk.err(); err != nil {
		return err
	}
	exe, err := os.Executable()
	if err != nil {
		return err
	}
	o := bench.LlamaOptions{Opml: exe, Threads: *threads, N: *n, Dir: *dir, Models: models}
	t, err := bench.Llama(context.Background(), o)
	if err != nil {
		return err
	}
	t.Write(os.Stdout)
	return nil
}
