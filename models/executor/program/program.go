// Package program ships the executor (models/executor) as the VM image every party runs: the dispute game
// registers its initial state on chain, so submitters and validators must load the same bytes, not whatever their
// own toolchain would build. `go generate` rebuilds it reproducibly; a test fails when the shipped image no
// longer matches a fresh build of the source.
package program

import (
	_ "embed"

	"github.com/opml-dev/opml/internal/keccak"
)

//go:generate go run gen.go

//go:embed executor.elf
var elf []byte

// ELF returns the executor image (a MIPS ELF for the VM). The slice is shared: do not modify it.
func ELF() []byte { return elf }

// Hash returns keccak256 of the image.
func Hash() [32]byte { return keccak.Sum256(elf) }
