package host

import (
	"testing"

	"github.com/opml-dev/opml/models/executor/program"
)

// TestShippedImageLoads: the embedded image parses, and Shipped carries its bytes and hash.
func TestShippedImageLoads(t *testing.T) {
	im := Shipped()
	if im.Hash() != program.Hash() || len(im.ELF()) != len(program.ELF()) {
		t.Fatalf("Shipped() has hash %x and %d bytes; the embedded image has %x and %d", im.Hash(), len(im.ELF()), program.Hash(), len(program.ELF()))
	}
	e, err := im.Emulator()
	if err != nil {
		t.Fatal(err)
	}
	if e.State.Step != 0 || e.State.Halted() {
		t.Fatalf("a fresh emulator is at step %d, halted %v", e.State.Step, e.State.Halted())
	}
	if Shipped() != im {
		t.Error("Shipped() loads the image again on each call")
	}
}

// TestLoadRejectsBadImages: a truncated or foreign image is an error, not a panic.
func TestLoadRejectsBadImages(t *testing.T) {
	for name, elf := range map[string][]byte{
		"empty":     nil,
		"truncated": program.ELF()[:100],
		"not ELF":   []byte("#!/bin/sh\necho hello\n"),
	} {
		if _, err := Load(elf); err == nil {
			t.Errorf("%s: Load accepted it", name)
		}
	}
}
