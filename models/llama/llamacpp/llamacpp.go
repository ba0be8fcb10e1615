// Package llamacpp runs llama.cpp, through the npm package node-llama-cpp (its prebuilt CPU build, installed by
// scripts/install-deps), on GGUF models: the reference opml's LLaMA runtime is compared with in tests (tokens)
// and benchmarks (speed). The work happens in a child node process running the embedded script llamacpp.mjs.
package llamacpp

import (
	"bytes"
	"context"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

//go:embed llamacpp.mjs
var script string

// Env names an environment variable that may point at the node_modules directory holding node-llama-cpp.
const Env = "OPML_NODE_MODULES"

// Op is one operation of a request: "tokenize" Text, or "generate" N tokens greedily after Tokens.
type Op struct {
	Op     string  `json:"op"`
	Text   string  `json:"text,omitempty"`
	Tokens []int32 `json:"tokens,omitempty"`
	N      int     `json:"n,omitempty"`
}

// Request is what one node process does: load Model with Threads threads and run Ops in order.
type Request struct {
	Model       string `json:"model"`
	Threads     int    `json:"threads"`
	ContextSize int    `json:"contextSize"`
	Ops         []Op   `json:"ops"`
}

// Result is the outcome of one Op: the tokens of a text (no BOS), or the generated tokens with the seconds
// the prompt (all its tokens but the last, in one batch) and the generation (N decode steps) took.
type Result struct {
	Tokens        []int32 `json:"tokens"`
	Generated     []int32 `json:"generated"`
	PromptSeconds float64 `json:"promptSeconds"`
	GenSeconds    float64 `json:"genSeconds"`
}

// Response is the outcome of a request: the seconds loading the model and creating the context took, the
// node process's peak resident memory, llama.cpp's system info line, and one Result per Op.
type Response struct {
	LoadSeconds float64  `json:"loadSeconds"`
	MaxRSSBytes int64    `json:"maxRSSBytes"`
	System      string   `json:"system"`
	Results     []Result `json:"results"`
}

// Run runs req in a node process.
func Run(ctx context.Context, req Request) (*Response, error) {
	pkg, err := findPackage()
	if err != nil {
		return nil, err
	}
	in, err := json.Marshal(req)
	if err != nil {
		return nil, err
	}
	// The script runs from a file: node-llama-cpp forks node with this process's arguments to test its
	// binary, which a script given with -e would break.
	dir, err := os.MkdirTemp("", "opml-llamacpp-")
	if err != nil {
		return nil, fmt.Errorf("llamacpp: %w", err)
	}
	defer os.RemoveAll(dir)
	file := filepath.Join(dir, "llamacpp.mjs")
	if err := os.WriteFile(file, []byte(script), 0o644); err != nil {
		return nil, fmt.Errorf("llamacpp: %w", err)
	}
	cmd := exec.CommandContext(ctx, "node", file)
	cmd.Env = append(os.Environ(), "NODE_LLAMA_CPP="+filepath.Join(pkg, "dist", "index.js"))
	cmd.Stdin = bytes.NewReader(in)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		var ee *exec.Error
		if errors.As(err, &ee) {
			return nil, fmt.Errorf("llamacpp: node is not installed (scripts/install-deps installs it): %w", err)
		}
		return nil, fmt.Errorf("llamacpp: %w: %s", err, strings.TrimSpace(stderr.String()))
	}
	var resp Response
	if err := json.Unmarshal(stdout.Bytes(), &resp); err != nil {
		return nil, fmt.Errorf("llamacpp: reading the node process's answer: %w (stderr: %s)", err, strings.TrimSpace(stderr.String()))
	}
	if len(resp.Results) != len(req.Ops) {
		return nil, fmt.Errorf("llamacpp: %d results for %d operations", len(resp.Results), len(req.Ops))
	}
	return &resp, nil
}

// findPackage returns the node-llama-cpp package directory: under $OPML_NODE_MODULES, else in the
// node_modules of the working directory or one of its parents (tests run in package directories).
func findPackage() (string, error) {
	const rel = "node-llama-cpp"
	if dir := os.Getenv(Env); dir != "" {
		p := filepath.Join(dir, rel)
		if _, err := os.Stat(filepath.Join(p, "package.json")); err != nil {
			return "", fmt.Errorf("llamacpp: node-llama-cpp from $%s: %w", Env, err)
		}
		return p, nil
	}
	dir, err := os.Getwd()
	if err != nil {
		return "", fmt.Errorf("llamacpp: %w", err)
	}
	for {
		p := filepath.Join(dir, "node_modules", rel)
		if _, err := os.Stat(filepath.Join(p, "package.json")); err == nil {
			return p, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("llamacpp: node-llama-cpp is not installed (no node_modules/%s in this directory or a parent; run scripts/install-deps, or set $%s)", rel, Env)
		}
		dir = parent
	}
}
