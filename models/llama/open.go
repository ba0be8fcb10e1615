package llama

import (
	"fmt"
	"io"
	"os"
	"strings"
)

// Open loads the model at path, recognizing its format: a GGUF file (by its
// magic), a Hugging Face checkpoint (a directory, or a .safetensors file),
// or else a llama2.c checkpoint. tokenizerPath overrides where the
// tokenizer is read from (llama2.c's tokenizer.bin, Hugging Face's
// tokenizer.json; a GGUF file carries its own and takes none).
func Open(path, tokenizerPath string) (*Model, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if fi.IsDir() || strings.HasSuffix(path, ".safetensors") {
		return OpenSafetensors(path, tokenizerPath)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	var magic [4]byte
	_, err = io.ReadFull(f, magic[:])
	f.Close()
	if err == nil && string(magic[:]) == "GGUF" {
		if tokenizerPath != "" {
			return nil, fmt.Errorf("%s is a GGUF file, which carries its tokenizer: --tokenizer does not apply", path)
		}
		return OpenGGUF(path)
	}
	return OpenLlama2C(path, tokenizerPath)
}
