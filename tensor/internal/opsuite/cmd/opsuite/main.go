// Command opsuite prints the hash of every operation of the tensor
// determinism suite, one "name hash" line each. Its output must be the same
// on every GOARCH and GOMAXPROCS; it is run natively, under qemu-user for
// mips (softfloat) and arm64, and inside the opml VM.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"

	"github.com/opml-dev/opml/tensor/internal/opsuite"
)

func main() {
	seed := flag.Uint64("seed", 1, "seed of the input generator")
	flag.Parse()
	w := bufio.NewWriter(os.Stdout)
	if err := opsuite.Write(w, *seed); err != nil {
		fmt.Fprintln(os.Stderr, "opsuite:", err)
		os.Exit(1)
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintln(os.Stderr, "opsuite:", err)
		os.Exit(1)
	}
}
