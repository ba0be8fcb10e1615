package main

import (
	"context"
	"fmt"
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
	synth := fs.String("synth", "110m:f32,110m:q8_0", "synthetic models to measure, as shape:type (7b:q8_0 writes a 7 GB file)")
	models := fs.String("model", "", "GGUF files to measure (instead of --synth)")
	threads := fs.Int("threads", 2, "threads for both engines")
	n := fs.Int("n", 64, "tokens to generate")
	dir := fs.String("dir", "", "directory for the synthetic models (kept for reuse; default: a directory in the system's temporary directory)")
	if err := fs.Parse(args); err != nil {
		return &exitError{code: 2, msg: err.Error()}
	}
	if fs.NArg() > 0 {
		return &exitError{code: 2, msg: fmt.Sprintf("bench llama takes no arguments (got %q)", fs.Arg(0))}
	}
	if *threads < 1 || *n < 1 {
		return &exitError{code: 2, msg: "--threads and -n must be at least 1"}
	}
	exe, err := os.Executable()
	if err != nil {
		return err
	}
	o := bench.LlamaOptions{Opml: exe, Threads: *threads, N: *n, Dir: *dir}
	if *models != "" {
		for _, p := range strings.Split(*models, ",") {
			o.Models = append(o.Models, bench.LlamaModel{Path: p})
		}
	} else {
		for _, spec := range strings.Split(*synth, ",") {
			shape, typ, ok := strings.Cut(spec, ":")
			f, err := llama.ParseRowFormat(typ)
			if _, known := llama.Shapes[shape]; !ok || err != nil || !known {
				return &exitError{code: 2, msg: fmt.Sprintf("--synth %q: want shape:type with a shape of %s and a type of f32, f16, q8_0, q4_0", spec, strings.Join(llama.ShapeNames(), ", "))}
			}
			o.Models = append(o.Models, bench.LlamaModel{Shape: shape, Type: f})
		}
	}
	t, err := bench.Llama(context.Background(), o)
	if err != nil {
		return err
	}
	t.Write(os.Stdout)
	return nil
}
