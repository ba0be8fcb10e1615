package llama

import (
	"encoding/binary"
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"github.com/opml-dev/opml/internal/merkle"
)

// Generation is the outcome of Generate.
type Generation struct {
	Prompt []int32
	// Tokens are the generated tokens, the end-of-sequence token included
	// when generation stopped at it.
	Tokens []int32
	// StoppedAtEOS reports that generation ended on EOS before n tokens.
	StoppedAtEOS bool
	// PromptTime is the time of the batch of all prompt tokens but the
	// last; GenTime that of the single-token steps from the last prompt
	// token on (one per generated token), sampling included — the split
	// llama.cpp's timings use.
	PromptTime, GenTime time.Duration
}

// PromptBatch is the most prompt tokens Generate runs in one forward call.
const PromptBatch = 64

// Generate runs prompt (which must not be empty) and samples up to n
// tokens, stopping after EOS; each, if set, is called with every generated
// token as it comes (an error stops generation and is returned).
func (m *Model) Generate(prompt []int32, n int, s Sampler, each func(int32) error) (*Generation, error) {
	if len(prompt) == 0 {
		return nil, fmt.Errorf("llama: an empty prompt (it needs at least BOS)")
	}
	if n < 1 {
		return nil, fmt.Errorf("llama: %d tokens to generate", n)
	}
	if len(prompt)+n > m.ContextLen {
		return nil, fmt.Errorf("llama: %d prompt and %d generated tokens exceed the context length %d", len(prompt), n, m.ContextLen)
	}
	if err := s.Check(); err != nil {
		return nil, err
	}
	g := &Generation{Prompt: prompt}
	st := m.NewState(len(prompt) + n)
	start := time.Now()
	head := prompt[:len(prompt)-1]
	for i := 0; i < len(head); i += PromptBatch {
		if _, err := m.Forward(st, head[i:min(i+PromptBatch, len(head))], false); err != nil {
			return nil, err
		}
	}
	g.PromptTime = time.Since(start)
	start = time.Now()
	next := prompt[len(prompt)-1]
	for step := 0; step < n; step++ {
		logits, err := m.Forward(st, []int32{next}, false)
		if err != nil {
			return nil, err
		}
		next = s.Sample(logits, step)
		g.Tokens = append(g.Tokens, next)
		if each != nil {
			if err := each(next); err != nil {
				g.GenTime = time.Since(start)
				return g, err
			}
		}
		if next == m.Tokenizer.EOS {
			g.StoppedAtEOS = true
			break
		}
	}
	g.GenTime = time.Since(start)
	return g, nil
}

// OutputCommitment is the commitment of a generation's output: the
// commitment of the generated token ids as an I32 tensor [len(tokens)]
// (little-endian int32s), as package graph commits tensors
// (graph.CommitTensor: the Merkle root of the bytes zero-padded to a power
// of two, keccak256 nodes).
func OutputCommitment(tokens []int32) [32]byte {
	b := make([]byte, 4*len(tokens))
	for i, t := range tokens {
		binary.LittleEndian.PutUint32(b[4*i:], uint32(t))
	}
	return merkle.Root(b)
}

// WeightBytes returns the bytes of the weight matrices (the tied output
// counted once).
func (m *Model) WeightBytes() int64 {
	var n int64
	for _, mx := range m.matrices() {
		n += int64(len(mx.Data))
	}
	return n
}

// matrices returns every distinct weight matrix.
func (m *Model) matrices() []*Matrix {
	out := []*Matrix{m.Embed}
	for i := range m.Blocks {
		b := &m.Blocks[i]
		out = append(out, b.Wq, b.Wk, b.Wv, b.Wo, b.Gate, b.Up, b.Down)
	}
	if !m.Tied() {
		out = append(out, m.Output)
	}
	return out
}

// Prefault reads one byte of every page of the weights on GOMAXPROCS
// goroutines, so that the first tokens do not wait for the file to be paged
// in (afterwards the resident memory is about the weights). progress, if
// set, is called with the bytes done and the total now and then, from one
// goroutine at a time.
func (m *Model) Prefault(progress func(done, total int64)) {
	const page, chunk = 4096, 32 << 20
	type span struct{ data []byte }
	var spans []span
	var total int64
	for _, mx := range m.matrices() {
		for off := 0; off < len(mx.Data); off += chunk {
			spans = append(spans, span{mx.Data[off:min(off+chunk, len(mx.Data))]})
		}
		total += int64(len(mx.Data))
	}
	var next atomic.Int64
	var done atomic.Int64
	var mu sync.Mutex
	var wg sync.WaitGroup
	var sink atomic.Uint32
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var sum byte
			for {
				i := int(next.Add(1) - 1)
				if i >= len(spans) {
					break
				}
				d := spans[i].data
				for off := 0; off < len(d); off += page {
					sum += d[off]
				}
				n := done.Add(int64(len(d)))
				if progress != nil && mu.TryLock() {
					progress(n, total)
					mu.Unlock()
				}
			}
			sink.Add(uint32(sum))
		}()
	}
	wg.Wait()
	if progress != nil {
		progress(total, total)
	}
}
