// Package llama runs LLaMA-2 models natively and deterministically.
//
// Open loads a model from a GGUF file, a llama2.c checkpoint (with its
// tokenizer.bin) or a Hugging Face directory (config.json, tokenizer.json,
// safetensors), memory-mapped: weight matrices are views of the file
// (Matrix, over package tensor's RawMatrix), so a 7B model opens in
// moments and its resident memory is its pages. Malformed files are errors
// wrapping ErrFormat.
//
// Tokenizer is llama.cpp's SentencePiece tokenizer. Model.Forward runs a
// batch of tokens as a fixed sequence of pure node functions (Embed,
// RMSNorm, Linear, RoPE, StoreKV, Attention, SwiGLU, Add — see NodeKind)
// over an explicit State (the positions done and the F16 KV cache), and
// Sampler picks tokens greedily or by seeded temperature/top-p sampling.
// Node.Inputs and Model.EvalNode expose the nodes one by one: each node
// recomputed alone from its inputs gives Forward's bits.
// Every operation has one documented order (docs/llama.md), so results are
// bit-identical for every GOMAXPROCS, CPU and kernel path, batch-invariant,
// and the same inside the opml VM; greedy tokens equal llama.cpp's except
// at near ties.
//
// Synth writes seeded random models of real shapes (Shapes) with a
// learned 32000-token vocabulary (SynthVocab) in all three formats.
package llama
