package vm_test

import (
	"fmt"
	"os"

	"github.com/opml-dev/opml/internal/mipsbuild"
	"github.com/opml-dev/opml/vm"
)

// Run a Go program in the VM, then prove one of its steps and check the proof without the emulator.
func Example() {
	elf, err := mipsbuild.Build("../examples/hello", mipsbuild.MIPS)
	if err != nil {
		panic(err)
	}
	data, err := os.ReadFile(elf)
	if err != nil {
		panic(err)
	}
	e, err := vm.NewEmulator(data, vm.Config{})
	if err != nil {
		panic(err)
	}
	if err := e.Run(5000); err != nil { // the first 5000 steps
		panic(err)
	}
	w, err := e.ProveStep() // step 5001, with its witness
	if err != nil {
		panic(err)
	}
	post, err := vm.StatelessStep(w)
	if err != nil {
		panic(err)
	}
	fmt.Println("witness for step", w.Step+1, "verifies:", post == w.PostStateHash)

	e.Stdout = os.Stdout
	if err := e.Run(1 << 40); err != nil {
		panic(err)
	}
	fmt.Println("status:", e.State.Status())
	// Output:
	// witness for step 5001 verifies: true
	// hello from the opml MIPS VM
	// worker 0: 626ff927
	// worker 1: 9a0653ec
	// worker 2: 3210013a
	// worker 3: 83ceb22e
	// worker 4: 2a8027d5
	// worker 5: d5d3c285
	// worker 6: a9251513
	// worker 7: d5c19abf
	// status: exited
}
