package host

import (
	"fmt"
	"sync"

	"github.com/opml-dev/opml/internal/keccak"
	"github.com/opml-dev/opml/models/executor/program"
	"github.com/opml-dev/opml/vm"
)

// Image is an executor image (a MIPS ELF for the VM) checked and parsed once: every emulator built from it
// starts from the same parsed program, so a game that runs thousands of nodes does not parse the ELF for each.
// An Image is read-only and safe for concurrent use.
type Image struct {
	elf  []byte
	hash [32]byte
	prog *vm.Program
}

// Load checks and parses the executor image elf. The Image keeps elf: do not modify it afterwards.
func Load(elf []byte) (*Image, error) {
	prog, err := vm.ParseELF(elf)
	if err != nil {
		return nil, fmt.Errorf("executor: loading the image: %w", err)
	}
	return &Image{elf: elf, hash: keccak.Sum256(elf), prog: prog}, nil
}

// shipped is the shipped image, loaded on first use. The image is embedded at build time and
// TestShippedImageLoads loads it, so a failure here is a broken build, not bad input.
var shipped = sync.OnceValue(func() *Image {
	im, err := Load(program.ELF())
	if err != nil {
		panic(fmt.Sprintf("the shipped executor image (models/executor/program) does not load: %v", err))
	}
	return im
})

// Shipped returns the shipped executor image (models/executor/program), the one the dispute game registers.
func Shipped() *Image { return shipped() }

// ELF returns the image's bytes. The slice is shared: do not modify it.
func (im *Image) ELF() []byte { return im.elf }

// Hash returns keccak256 of the image's bytes.
func (im *Image) Hash() [32]byte { return im.hash }

// Emulator returns a VM at step 0 with the image loaded and nothing else written.
func (im *Image) Emulator() (*vm.Emulator, error) {
	return vm.NewEmulatorFromProgram(im.prog, vm.Config{})
}
