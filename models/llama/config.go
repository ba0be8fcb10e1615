package llama

import (
	"errors"
	"fmt"
)

// ErrFormat is wrapped by every error about a malformed, truncated or
// unsupported model file (the format packages' own sentinels, such as
// gguf.ErrFormat, are wrapped as well).
var ErrFormat = errors.New("llama: malformed model")

// Config is the architecture of a LLaMA model.
type Config struct {
	Dim        int     // embedding length (n_embd)
	HiddenDim  int     // feed-forward length (n_ff)
	Layers     int     // transformer blocks
	Heads      int     // query heads
	KVHeads    int     // key/value heads (Heads for multi-head attention, fewer for grouped-query)
	Vocab      int     // tokens
	ContextLen int     // the most positions a generation may use
	NormEps    float32 // RMSNorm epsilon
	RopeBase   float32 // RoPE frequency base (10000 for LLaMA-2)
}

// HeadDim is the dimension of one attention head.
func (c Config) HeadDim() int { return c.Dim / c.Heads }

// KVDim is the width of the keys and values of one position.
func (c Config) KVDim() int { return c.KVHeads * c.HeadDim() }

// Check validates the hyper-parameters.
func (c Config) Check() error {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w: "+format, append([]any{ErrFormat}, args...)...)
	}
	const big = 1 << 20
	switch {
	case c.Dim <= 0 || c.Dim > big || c.HiddenDim <= 0 || c.HiddenDim > big:
		return bad("dimensions %d and %d", c.Dim, c.HiddenDim)
	case c.Layers <= 0 || c.Layers > 1024:
		return bad("%d layers", c.Layers)
	case c.Heads <= 0 || c.Dim%c.Heads != 0 || c.HeadDim()%2 != 0:
		return bad("%d heads do not divide the dimension %d into even head dimensions", c.Heads, c.Dim)
	case c.KVHeads <= 0 || c.Heads%c.KVHeads != 0:
		return bad("%d key/value heads do not divide %d heads", c.KVHeads, c.Heads)
	case c.Vocab <= 0 || c.Vocab > 1<<24:
		return bad("vocabulary of %d tokens", c.Vocab)
	case c.ContextLen <= 0 || c.ContextLen > 1<<24:
		return bad("context length %d", c.ContextLen)
	case !(c.NormEps > 0 && c.NormEps < 1):
		return bad("RMSNorm epsilon %v", c.NormEps)
	case !(c.RopeBase > 1 && c.RopeBase < 1e12):
		return bad("RoPE base %v", c.RopeBase)
	}
	return nil
}
