package llama

import "github.com/opml-dev/opml/tensor/llm"

// Sampler picks the next token from a row of logits: package tensor/llm's
// Sampler (greedy at temperature 0, else seeded temperature and top-p
// sampling; docs/llama.md gives its exact order).
type Sampler = llm.Sampler

// Uniform returns the sampler's documented uniform draw for step
// (llm.Uniform).
func Uniform(seed uint64, step int) float64 { return llm.Uniform(seed, step) }

// Argmax returns the index of the largest value, the lowest among equals
// (llm.Argmax).
func Argmax(v []float32) int32 { return llm.Argmax(v) }
