package main

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/opml-dev/opml/internal/progress"
	"github.com/opml-dev/opml/models/llama"
)

func init() {
	register("llama synth", "write a LLaMA model of a real shape with seeded random weights (GGUF, llama2.c or safetensors)", llamaSynth)
	register("llama info", "describe a LLaMA model file: format, shape, weights, tokenizer", llamaInfo)
}

func llamaSynth(args []string) error {
	fs := newFlags("llama synth", "llama synth --shape "+strings.Join(llama.ShapeNames(), "|")+" [--dtype f32|f16|q8_0|q4_0] [--seed S] [--format gguf|llama2.c|safetensors] --out PATH")
	shape := fs.String("shape", "", "the architecture (`NAME`): "+strings.Join(llama.ShapeNames(), ", "))
	dtype := fs.String("dtype", "q8_0", "weight `TYPE` of the matrices: f32, f16, q8_0 or q4_0 (llama2.c: f32; safetensors: f32 or f16)")
	seed := fs.Uint64("seed", 1, "seed of the weights")
	format := fs.String("format", "gguf", "file `FORMAT`: "+strings.Join(llama.Formats, ", "))
	out := fs.String("out", "", "output `PATH`: the .gguf file, the llama2.c checkpoint (tokenizer.bin is written beside it) or the Hugging Face directory")
	chk, err := parse(fs, args)
	if err != nil {
		return err
	}
	chk.noArgs(fs)
	chk.require(fs, "shape", "out")
	sh, ok := llama.Shapes[*shape]
	chk.check(ok || *shape == "", "--shape %q: want one of %s", *shape, strings.Join(llama.ShapeNames(), ", "))
	f, err := llama.ParseRowFormat(*dtype)
	if err != nil {
		chk.addf("--dtype: %v", err)
	}
	chk.check(slices.Contains(llama.Formats, *format), "--format %q: want one of %s", *format, strings.Join(llama.Formats, ", "))
	if err := chk.err(); err != nil {
		return err
	}
	s := &llama.Synth{Shape: sh, Type: f, Seed: *seed}
	prog := progress.ForStderr(false)
	s.Progress = func(done, total int) { prog.Count("writing "+*out+": tensors", int64(done), int64(total)) }
	start := time.Now()
	err = s.WriteFiles(*out, *format)
	prog.Done()
	if err != nil {
		return err
	}
	size, _ := pathSize(*out)
	fmt.Printf("wrote %s: %s %s (%d layers × %d, %d heads, %d kv heads, vocabulary %d), %s weights, seed %d, %s in %.1f s\n",
		*out, *format, *shape, sh.Layers, sh.Dim, sh.Heads, sh.KVHeads, sh.Vocab, f, *seed, sizeString(size), time.Since(start).Seconds())
	return nil
}

// pathSize returns the size of a file or of the files in a directory.
func pathSize(path string) (int64, error) {
	var n int64
	err := filepath.Walk(path, func(_ string, fi os.FileInfo, err error) error {
		if err == nil && fi.Mode().IsRegular() {
			n += fi.Size()
		}
		return err
	})
	return n, err
}

func llamaInfo(args []string) error {
	fs := newFlags("llama info", "llama info --model FILE [--tokenizer FILE]")
	modelPath := fs.String("model", "", "the model: a GGUF `FILE`, a llama2.c checkpoint or a Hugging Face directory")
	tokPath := fs.String("tokenizer", "", "the tokenizer `FILE`, if not beside the model")
	chk, err := parse(fs, args)
	if err != nil {
		return err
	}
	chk.noArgs(fs)
	chk.require(fs, "model")
	if err := chk.err(); err != nil {
		return err
	}
	m, err := llama.Open(*modelPath, *tokPath)
	if err != nil {
		return err
	}
	defer m.Close()
	c := m.Config
	fmt.Printf("format       %s\n", m.Format)
	fmt.Printf("weights      %v, %s (output %s)\n", m.WeightType(), sizeString(m.WeightBytes()), map[bool]string{true: "tied to the embedding", false: "untied"}[m.Tied()])
	fmt.Printf("shape        %d layers, dimension %d, feed-forward %d\n", c.Layers, c.Dim, c.HiddenDim)
	fmt.Printf("attention    %d heads, %d key/value heads, head dimension %d, RoPE base %g\n", c.Heads, c.KVHeads, c.HeadDim(), c.RopeBase)
	fmt.Printf("context      %d positions, RMSNorm epsilon %g\n", c.ContextLen, c.NormEps)
	t := m.Tokenizer
	fmt.Printf("tokenizer    %d tokens, BOS %d, EOS %d, unknown %d, add BOS %v, space prefix %v\n", t.Size(), t.BOS, t.EOS, t.UNK, t.AddBOS, t.AddSpacePrefix)
	return nil
}
