package bench

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"

	"github.com/opml-dev/opml/models/llama"
	"github.com/opml-dev/opml/models/llama/llamacpp"
	"github.com/opml-dev/opml/tensor"
)

// LlamaModel is one model of the LLaMA benchmark: a GGUF file, or a
// synthetic model (shape and weight type) written into LlamaOptions.Dir.
type LlamaModel struct {
	Path  string
	Shape string
	Type  tensor.RowFormat
}

func (m LlamaModel) String() string {
	if m.Path != "" {
		return filepath.Base(m.Path)
	}
	return fmt.Sprintf("%s %v", m.Shape, m.Type)
}

// LlamaOptions says what the LLaMA benchmark runs.
type LlamaOptions struct {
	// Opml is the opml binary whose `generate --json` is measured (a child
	// process, so that its peak memory is its own).
	Opml    string
	Models  []LlamaModel
	Dir     string // where synthetic models are written (and reused)
	Threads int
	Prompt  string
	N       int // tokens to generate
}

// DefaultLlamaPrompt is the benchmark's prompt.
const DefaultLlamaPrompt = "Tom Sawyer had a great idea one summer morning: he would paint the fence, and his friends would pay him to let them help with it."

func (o *LlamaOptions) defaults() {
	if o.Threads == 0 {
		o.Threads = 2
	}
	if o.Prompt == "" {
		o.Prompt = DefaultLlamaPrompt
	}
	if o.N == 0 {
		o.N = 64
	}
	if o.Dir == "" {
		o.Dir = filepath.Join(os.TempDir(), "opml-bench-llama")
	}
	if len(o.Models) == 0 {
		o.Models = []LlamaModel{{Shape: "110m", Type: tensor.RowF32}, {Shape: "110m", Type: tensor.RowQ8_0}}
	}
}

// Llama measures opml's LLaMA runtime against llama.cpp (node-llama-cpp's
// prebuilt CPU build) on the same GGUF files, one after the other with the
// same thread count: load time, prompt and generation tokens per second,
// peak resident memory, and whether the greedy tokens agree.
func Llama(ctx context.Context, o LlamaOptions) (*Table, error) {
	o.defaults()
	t := &Table{
		Title:   fmt.Sprintf("opml bench llama — LLaMA generation, opml vs llama.cpp, %d threads, %d tokens greedy", o.Threads, o.N),
		Columns: []string{"model", "file", "engine", "load", "prompt tok/s", "gen tok/s", "gen vs llama.cpp", "peak RSS", "RSS/file", "tokens equal"},
	}
	for _, m := range o.Models {
		path, err := o.modelPath(m)
		if err != nil {
			return nil, err
		}
		fi, err := os.Stat(path)
		if err != nil {
			return nil, err
		}
		ours, err := runOpmlGenerate(ctx, o, path)
		if err != nil {
			return nil, fmt.Errorf("bench llama: opml on %s: %w", path, err)
		}
		resp, err := llamacpp.Run(ctx, llamacpp.Request{Model: path, Threads: o.Threads, ContextSize: len(ours.PromptTokens) + o.N + 8,
			Ops: []llamacpp.Op{{Op: "generate", Tokens: ours.PromptTokens, N: o.N}}})
		if err != nil {
			return nil, fmt.Errorf("bench llama: llama.cpp on %s: %w", path, err)
		}
		theirs := resp.Results[0]
		same := 0
		for same < len(theirs.Generated) && same < len(ours.Tokens) && theirs.Generated[same] == ours.Tokens[same] {
			same++
		}
		theirGen := float64(len(theirs.Generated)) / theirs.GenSeconds
		theirPrompt := float64(len(ours.PromptTokens)-1) / theirs.PromptSeconds
		size := fi.Size()
		t.AddRow(m, sizeBytes(size), "opml", fmt.Sprintf("%.2f s", ours.LoadSeconds), fmt.Sprintf("%.1f", ours.PromptTPS),
			fmt.Sprintf("%.1f", ours.GenTPS), fmt.Sprintf("%.2f×", ours.GenTPS/theirGen), sizeBytes(ours.maxRSS),
			fmt.Sprintf("%.2f", float64(ours.maxRSS)/float64(size)), fmt.Sprintf("%d/%d", same, len(theirs.Generated)))
		t.AddRow("", "", "llama.cpp", fmt.Sprintf("%.2f s", resp.LoadSeconds), fmt.Sprintf("%.1f", theirPrompt),
			fmt.Sprintf("%.1f", theirGen), "1.00×", sizeBytes(resp.MaxRSSBytes), fmt.Sprintf("%.2f", float64(resp.MaxRSSBytes)/float64(size)), "")
		if len(t.Notes) == 0 {
			t.Notes = append(t.Notes, "llama.cpp: node-llama-cpp "+strings.TrimSpace(resp.System))
		}
	}
	t.Notes = append(t.Notes,
		"load: opml maps the file and touches every page of the weights; llama.cpp loads the model (mmap) and creates its context.",
		"prompt tok/s: all prompt tokens but the last in one batch; gen tok/s: single-token steps from the last prompt token on, sampling included.",
		"peak RSS: the child process's (llama.cpp's includes node); the weights' pages are shared file pages.",
		"tokens equal: greedy tokens equal to llama.cpp's before the first difference (Q8_0 differs where the two best logits are within ~1%).",
		fmt.Sprintf("targets (issue 13): gen ≥ 0.8× llama.cpp on F32 and Q8_0; 7B Q8_0 load ≤ 10 s, RSS ≤ 1.1× the file. machine: %d cores, %s, kernels %s; compare only figures from a quiet machine.",
			runtime.NumCPU(), runtime.Version(), tensor.KernelPath()))
	return t, nil
}

// modelPath returns m's file, synthesizing it first if it is not there.
func (o *LlamaOptions) modelPath(m LlamaModel) (string, error) {
	if m.Path != "" {
		return m.Path, nil
	}
	shape, ok := llama.Shapes[m.Shape]
	if !ok {
		return "", fmt.Errorf("bench llama: unknown shape %q", m.Shape)
	}
	if err := os.MkdirAll(o.Dir, 0o755); err != nil {
		return "", err
	}
	path := filepath.Join(o.Dir, fmt.Sprintf("%s-%v-seed1.gguf", m.Shape, m.Type))
	if _, err := os.Stat(path); err == nil {
		return path, nil
	}
	s := &llama.Synth{Shape: shape, Type: m.Type, Seed: 1}
	tmp := path + ".tmp"
	if err := s.WriteFiles(tmp, "gguf"); err != nil {
		return "", err
	}
	return path, os.Rename(tmp, path)
}

// opmlGeneration is the part of `opml generate --json` the benchmark reads.
type opmlGeneration struct {
	PromptTokens []int32 `json:"prompt_tokens"`
	Tokens       []int32 `json:"tokens"`
	LoadSeconds  float64 `json:"load_seconds"`
	PromptTPS    float64 `json:"prompt_tokens_per_second"`
	GenTPS       float64 `json:"tokens_per_second"`
	maxRSS       int64
}

func runOpmlGenerate(ctx context.Context, o LlamaOptions, path string) (*opmlGeneration, error) {
	if o.Opml == "" {
		return nil, fmt.Errorf("no opml binary to run")
	}
	cmd := exec.CommandContext(ctx, o.Opml, "generate", "--model", path, "--prompt", o.Prompt, "-n", strconv.Itoa(o.N),
		"--threads", strconv.Itoa(o.Threads), "--json")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("%w: %s", err, strings.TrimSpace(stderr.String()))
	}
	var g opmlGeneration
	if err := json.Unmarshal(stdout.Bytes(), &g); err != nil {
		return nil, fmt.Errorf("reading opml generate --json: %w", err)
	}
	g.maxRSS = maxRSS(cmd.ProcessState)
	return &g, nil
}

func sizeBytes(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.2f GiB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.0f MiB", float64(n)/(1<<20))
	}
	return fmt.Sprintf("%.0f KiB", float64(n)/(1<<10))
}
