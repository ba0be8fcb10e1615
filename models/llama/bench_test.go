package llama

import (
	"os"
	"testing"

	"github.com/opml-dev/opml/tensor"
)

// BenchmarkDecode measures single-token forward passes (generation) of the
// 110M shape; BenchmarkPrompt a batch of 32 prompt tokens. Both synthesize
// the model first (seconds, once per test binary).
func BenchmarkDecode(b *testing.B) {
	for _, f := range []tensor.RowFormat{tensor.RowF32, tensor.RowQ8_0} {
		b.Run(f.String(), func(b *testing.B) {
			m := openModel(b, synthPath(b, "110m", f, "gguf"))
			m.Prefault(nil)
			st := m.NewState(b.N + 1)
			b.ResetTimer()
			tok := int32(1)
			for i := 0; i < b.N; i++ {
				if st.Pos == m.ContextLen {
					st = m.NewState(m.ContextLen)
				}
				logits, err := m.Forward(st, []int32{tok}, false)
				if err != nil {
					b.Fatal(err)
				}
				tok = Argmax(logits)
			}
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
		})
	}
}

func BenchmarkPrompt(b *testing.B) {
	for _, f := range []tensor.RowFormat{tensor.RowF32, tensor.RowQ8_0} {
		b.Run(f.String(), func(b *testing.B) {
			m := openModel(b, synthPath(b, "110m", f, "gguf"))
			m.Prefault(nil)
			toks := make([]int32, 32)
			for i := range toks {
				toks[i] = int32(300 + 17*i)
			}
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				if _, err := m.Forward(m.NewState(len(toks)), toks, false); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.N*len(toks))/b.Elapsed().Seconds(), "tokens/s")
		})
	}
}

// BenchmarkDecodeFile measures single-token forward passes of the GGUF
// file named by OPML_BENCH_MODEL (skipped when unset), such as a 7B-shape
// model from `opml llama synth`, for profiling with -cpuprofile.
func BenchmarkDecodeFile(b *testing.B) {
	path := os.Getenv("OPML_BENCH_MODEL")
	if path == "" {
		b.Skip("OPML_BENCH_MODEL names no model file")
	}
	m := openModel(b, path)
	m.Prefault(nil)
	st := m.NewState(b.N + 1)
	b.ResetTimer()
	tok := int32(1)
	for i := 0; i < b.N; i++ {
		logits, err := m.Forward(st, []int32{tok}, false)
		if err != nil {
			b.Fatal(err)
		}
		tok = Argmax(logits)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}
