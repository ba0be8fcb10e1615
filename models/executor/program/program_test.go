package program

import (
	"bytes"
	"os"
	"runtime"
	"testing"

	"github.com/opml-dev/opml/internal/mipsbuild"
)

// TestShippedImageIsReproducible: the shipped image is exactly what the source builds to with this toolchain.
func TestShippedImageIsReproducible(t *testing.T) {
	path, err := mipsbuild.Build("..", mipsbuild.MIPS)
	if err != nil {
		t.Fatal(err)
	}
	fresh, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(fresh, ELF()) {
		t.Fatalf("models/executor/program/executor.elf (%d bytes) differs from a fresh build of models/executor with %s (%d bytes): run go generate ./models/executor/program and commit it",
			len(ELF()), runtime.Version(), len(fresh))
	}
}
