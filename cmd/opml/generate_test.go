package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/opml-dev/opml/graph"
	"github.com/opml-dev/opml/tensor"
)

// synthTiny writes the tiny synthetic model in format with opml llama synth.
func synthTiny(t *testing.T, dtype, format string) string {
	t.Helper()
	out := filepath.Join(t.TempDir(), "model")
	if format == "gguf" {
		out += ".gguf"
	}
	stdout, stderr, code := runOpml(t, "llama", "synth", "--shape", "tiny", "--dtype", dtype, "--format", format, "--seed", "3", "--out", out)
	if code != 0 || !strings.Contains(stdout, "wrote "+out) {
		t.Fatalf("llama synth: exit %d\n%s%s", code, stdout, stderr)
	}
	return out
}

// TestGenerate runs opml generate as a user does: streamed text, JSON with
// token ids and the output commitment, the same greedy tokens from every
// format of the same weights, and seeded sampling that repeats.
func TestGenerate(t *testing.T) {
	gguf := synthTiny(t, "f32", "gguf")
	prompt := "Tom looked at the fence, 3 times."
	var ref struct {
		PromptTokens []int32 `json:"prompt_tokens"`
		Tokens       []int32 `json:"tokens"`
		Text         string  `json:"text"`
		Commitment   string  `json:"commitment"`
		Stop         string  `json:"stop"`
		Format       string  `json:"format"`
		GenTPS       float64 `json:"tokens_per_second"`
	}
	out, stderr, code := runOpml(t, "generate", "--model", gguf, "--prompt", prompt, "-n", "12", "--json")
	if code != 0 {
		t.Fatalf("generate --json: exit %d: %s", code, stderr)
	}
	if err := json.Unmarshal([]byte(out), &ref); err != nil {
		t.Fatalf("generate --json printed %q: %v", out, err)
	}
	if ref.PromptTokens[0] != 1 || len(ref.Tokens) == 0 || len(ref.Tokens) > 12 || ref.Format != "gguf" || ref.GenTPS <= 0 || stderr != "" {
		t.Fatalf("generate --json: %+v, stderr %q", ref, stderr)
	}
	ids, _ := tensor.FromInt32(ref.Tokens, len(ref.Tokens))
	if c := graph.CommitTensor(ids); ref.Commitment != fmt.Sprintf("0x%x", c) {
		t.Fatalf("commitment %s, want the I32 tensor commitment %x", ref.Commitment, c)
	}
	// Streaming: the prompt, then the text of the JSON run.
	text, stderr, code := runOpml(t, "generate", "--model", gguf, "--prompt", prompt, "-n", "12")
	if code != 0 || text != prompt+ref.Text+"\n" || !strings.Contains(stderr, "tokens/s") {
		t.Fatalf("generate: exit %d, stdout %q (want %q), stderr %q", code, text, prompt+ref.Text+"\n", stderr)
	}
	// The same weights as llama2.c and safetensors give the same tokens.
	for _, format := range []string{"llama2.c", "safetensors"} {
		path := synthTiny(t, "f32", format)
		out, stderr, code := runOpml(t, "generate", "--model", path, "--prompt", prompt, "-n", "12", "--json")
		var got struct {
			Tokens []int32 `json:"tokens"`
			Format string  `json:"format"`
		}
		if code != 0 || json.Unmarshal([]byte(out), &got) != nil || got.Format != format || !slices.Equal(got.Tokens, ref.Tokens) {
			t.Fatalf("%s: exit %d, %s, tokens %v, want %v: %s", format, code, got.Format, got.Tokens, ref.Tokens, stderr)
		}
	}
	// Seeded sampling repeats with its seed and changes with another.
	sample := func(seed string) string {
		out, stderr, code := runOpml(t, "generate", "--model", gguf, "--prompt", prompt, "-n", "12", "--temp", "1.5", "--top-p", "0.95", "--seed", seed, "--threads", "1", "--json")
		var got struct {
			Tokens []int32 `json:"tokens"`
		}
		if code != 0 || json.Unmarshal([]byte(out), &got) != nil {
			t.Fatalf("sampling: exit %d: %s", code, stderr)
		}
		return jsonInts(got.Tokens)
	}
	if a, b, c := sample("7"), sample("7"), sample("8"); a != b || a == c {
		t.Fatalf("seeded sampling: seed 7 gave %s and %s, seed 8 %s", a, b, c)
	}
}

func jsonInts(v []int32) string {
	b, _ := json.Marshal(v)
	return string(b)
}

// TestGenerateErrors: bad flags, missing and corrupt files give one line on
// stderr and exit codes 2 (usage) or 1 (failure), never a trace.
func TestGenerateErrors(t *testing.T) {
	dir := t.TempDir()
	corrupt := filepath.Join(dir, "corrupt.gguf")
	os.WriteFile(corrupt, []byte("GGUF\x03\x00\x00\x00\x01"), 0o644)
	notModel := filepath.Join(dir, "notes.bin")
	os.WriteFile(notModel, []byte("hello, this is not a model"), 0o644)
	gguf := synthTiny(t, "q8_0", "gguf")
	for _, tc := range []struct {
		args []string
		code int
		msg  string
	}{
		{[]string{"generate", "--prompt", "x"}, 2, "--model is required"},
		{[]string{"generate", "--model", gguf, "--prompt", "x", "-n", "0"}, 2, "at least one token"},
		{[]string{"generate", "--model", gguf, "--prompt", "x", "--temp", "-1"}, 2, "--temp"},
		{[]string{"generate", "--model", gguf, "--prompt", "x", "--top-p", "1.5"}, 2, "top-p"},
		{[]string{"generate", "--model", gguf, "--prompt", "x", "-n", "100000"}, 2, "context"},
		{[]string{"generate", "--model", gguf, "--bogus"}, 2, "bogus"},
		{[]string{"generate", "--model", gguf, "--tokenizer", "t.json", "--prompt", "x"}, 1, "carries its tokenizer"},
		{[]string{"generate", "--model", filepath.Join(dir, "missing.gguf"), "--prompt", "x"}, 1, "no such file"},
		{[]string{"generate", "--model", corrupt, "--prompt", "x"}, 1, "malformed"},
		{[]string{"generate", "--model", notModel, "--prompt", "x"}, 1, "malformed"},
		{[]string{"llama", "synth", "--shape", "huge", "--out", filepath.Join(dir, "x")}, 2, "--shape"},
		{[]string{"llama", "synth", "--shape", "tiny", "--dtype", "q2_k", "--out", filepath.Join(dir, "x")}, 2, "--dtype"},
		{[]string{"llama", "synth", "--shape", "tiny", "--dtype", "q8_0", "--format", "llama2.c", "--out", filepath.Join(dir, "x.bin")}, 1, "f32"},
		{[]string{"llama", "synth", "--shape", "tiny"}, 2, "--out is required"},
		{[]string{"llama", "info", "--model", corrupt}, 1, "malformed"},
		{[]string{"bench", "llama", "--synth", "tiny:q9"}, 2, "--synth"},
	} {
		stdout, stderr, code := runOpml(t, tc.args...)
		lines := strings.Split(strings.TrimSpace(stderr), "\n")
		if code != tc.code || !strings.Contains(stderr, tc.msg) || (code == 1 && len(lines) != 1) {
			t.Errorf("opml %s: exit %d (want %d), stdout %q, stderr %q (want %q)", strings.Join(tc.args, " "), code, tc.code, stdout, stderr, tc.msg)
		}
	}
}
