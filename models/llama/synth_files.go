package llama

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// Formats are the file formats WriteFiles writes and Open reads.
var Formats = []string{"gguf", "llama2.c", "safetensors"}

// WriteFiles writes the model in format:
//
//	gguf         path is the .gguf file
//	llama2.c     path is the checkpoint; tokenizer.bin is written beside it
//	safetensors  path is a directory (created) holding model.safetensors,
//	             config.json and tokenizer.json
//
// Weights are generated and written one tensor at a time.
func (s *Synth) WriteFiles(path, format string) error {
	if err := s.check(); err != nil {
		return err
	}
	switch format {
	case "gguf":
		return writeFile(path, s.WriteGGUF)
	case "llama2.c":
		if err := writeFile(path, s.WriteLlama2C); err != nil {
			return err
		}
		v, err := s.Vocab()
		if err != nil {
			return err
		}
		return writeFile(filepath.Join(filepath.Dir(path), "tokenizer.bin"), func(w io.Writer) error { return WriteLlama2CTokenizer(w, v) })
	case "safetensors":
		if err := os.MkdirAll(path, 0o755); err != nil {
			return err
		}
		v, err := s.Vocab()
		if err != nil {
			return err
		}
		for name, write := range map[string]func(io.Writer) error{
			"model.safetensors": s.WriteSafetensors,
			"config.json":       s.WriteHFConfig,
			"tokenizer.json":    func(w io.Writer) error { return WriteHFTokenizer(w, v) },
		} {
			if err := writeFile(filepath.Join(path, name), write); err != nil {
				return err
			}
		}
		return nil
	}
	return fmt.Errorf("unknown model format %q (want gguf, llama2.c or safetensors)", format)
}

// writeFile writes path through write, removing it on failure.
func writeFile(path string, write func(io.Writer) error) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	bw := bufio.NewWriterSize(f, 1<<20)
	err = write(bw)
	if err == nil {
		err = bw.Flush()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(path)
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return nil
}
