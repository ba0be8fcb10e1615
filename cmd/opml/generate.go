package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
	"time"

	"github.com/opml-dev/opml/internal/progress"
	"github.com/opml-dev/opml/models/llama"
)

func init() {
	register("generate", "generate text with a LLaMA model (GGUF, llama2.c or Hugging Face safetensors)", generate)
}

// generateResult is what `opml generate --json` prints.
type generateResult struct {
	Model         string  `json:"model"`
	Format        string  `json:"format"`
	Weights       string  `json:"weights"`
	Prompt        string  `json:"prompt"`
	PromptTokens  []int32 `json:"prompt_tokens"`
	Tokens        []int32 `json:"tokens"`
	Text          string  `json:"text"`
	Stop          string  `json:"stop"`
	Commitment    string  `json:"commitment"`
	Temperature   float64 `json:"temperature"`
	TopP          float64 `json:"top_p"`
	Seed          uint64  `json:"seed"`
	Threads       int     `json:"threads"`
	LoadSeconds   float64 `json:"load_seconds"`
	PromptSeconds float64 `json:"prompt_seconds"`
	PromptTPS     float64 `json:"prompt_tokens_per_second"`
	GenSeconds    float64 `json:"generation_seconds"`
	GenTPS        float64 `json:"tokens_per_second"`
}

func generate(args []string) error {
	fs := newFlags("generate", "generate --model FILE [--tokenizer FILE] --prompt TEXT [-n N] [--temp T] [--top-p P] [--seed S] [--threads N] [--json]")
	modelPath := fs.String("model", "", "the model: a GGUF `FILE`, a llama2.c checkpoint or a Hugging Face directory")
	tokPath := fs.String("tokenizer", "", "the tokenizer `FILE` of a llama2.c (tokenizer.bin) or Hugging Face (tokenizer.json) model, if not beside it")
	prompt := fs.String("prompt", "", "the `TEXT` to continue")
	n := fs.Int("n", 32, "tokens to generate (fewer if the model ends the text)")
	sf := addSamplerFlags(fs)
	threads := fs.Int("threads", runtime.NumCPU(), "threads for the matrix products")
	asJSON := fs.Bool("json", false, "print one JSON object instead of streaming the text")
	chk, err := parse(fs, args)
	if err != nil {
		return err
	}
	chk.noArgs(fs)
	chk.require(fs, "model")
	chk.check(*n >= 1, "-n %d: generate at least one token", *n)
	chk.check(*threads >= 1, "--threads %d: want at least 1", *threads)
	sf.check(chk)
	sampler := sf.sampler()
	if err := chk.err(); err != nil {
		return err
	}
	runtime.GOMAXPROCS(*threads)
	prog := progress.ForStderr(*asJSON)

	start := time.Now()
	prog.Status("opening %s", *modelPath)
	m, err := llama.Open(*modelPath, *tokPath)
	if err != nil {
		prog.Done()
		return err
	}
	defer m.Close()
	m.Prefault(func(done, total int64) { prog.Count("loading "+*modelPath+": bytes", done, total) })
	load := time.Since(start)
	prog.Done()
	if prog.Enabled() {
		fmt.Fprintf(os.Stderr, "loaded %s: %s, %s, %d layers × %d, %v weights, in %.2f s\n", *modelPath, m.Format,
			sizeString(m.WeightBytes()), m.Layers, m.Dim, m.WeightType(), load.Seconds())
	}
	ids := m.Tokenizer.Encode(*prompt)
	if len(ids) == 0 {
		return &exitError{code: 2, msg: "the prompt is empty and the model adds no BOS token"}
	}
	if len(ids)+*n > m.ContextLen {
		return &exitError{code: 2, msg: fmt.Sprintf("%d prompt tokens and -n %d exceed the model's context of %d", len(ids), *n, m.ContextLen)}
	}
	var stream llama.TextStream
	var out io.Writer = os.Stdout
	if !*asJSON {
		fmt.Fprint(out, *prompt)
	}
	gen, err := m.Generate(ids, *n, sampler, func(tok int32) error {
		if *asJSON {
			return nil
		}
		_, err := fmt.Fprint(out, stream.Push(m.Tokenizer.Piece(tok)))
		return err
	})
	if err != nil {
		return err
	}
	commit := llama.OutputCommitment(gen.Tokens)
	r := generateResult{Model: *modelPath, Format: m.Format, Weights: m.WeightType().String(), Prompt: *prompt,
		PromptTokens: ids, Tokens: gen.Tokens, Text: textOf(m.Tokenizer, gen.Tokens), Stop: "length",
		Commitment: fmt.Sprintf("0x%x", commit), Temperature: sampler.Temperature, TopP: sampler.TopP, Seed: sampler.Seed, Threads: *threads,
		LoadSeconds: load.Seconds(), PromptSeconds: gen.PromptTime.Seconds(), GenSeconds: gen.GenTime.Seconds(),
		PromptTPS: rate(len(ids)-1, gen.PromptTime), GenTPS: rate(len(gen.Tokens), gen.GenTime)}
	if gen.StoppedAtEOS {
		r.Stop = "eos"
	}
	if *asJSON {
		enc := json.NewEncoder(os.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(r)
	}
	fmt.Fprintln(out, stream.Flush())
	fmt.Fprintf(os.Stderr, "%d tokens (%s) at %.1f tokens/s; prompt %d tokens at %.1f tokens/s; load %.2f s; output commitment %s\n",
		len(gen.Tokens), r.Stop, r.GenTPS, len(ids), r.PromptTPS, r.LoadSeconds, r.Commitment)
	return nil
}

// textOf decodes generated tokens as a continuation (a leading space kept).
func textOf(t *llama.Tokenizer, tokens []int32) string {
	var sb strings.Builder
	for _, id := range tokens {
		sb.WriteString(t.Piece(id))
	}
	return sb.String()
}

func rate(n int, d time.Duration) float64 {
	if d <= 0 {
		return 0
	}
	return float64(n) / d.Seconds()
}

// sizeString formats a byte count.
func sizeString(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.2f GiB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d B", n)
}
