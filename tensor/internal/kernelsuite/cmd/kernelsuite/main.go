// Command kernelsuite prints the determinism suite of tensor's fast
// kernels, one "name hash" line per case, each case checked on every
// kernel path of the CPU. Its output must be the same on every GOARCH and
// GOMAXPROCS; it runs natively, under qemu-aarch64 and inside the opml VM.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"

	"github.com/opml-dev/opml/tensor/internal/kernelsuite"
)

func main() {
	seed := flag.Uint64("seed", 1, "seed of the input generator")
	flag.Parse()
	w := bufio.NewWriter(os.Stdout)
	if err := kernelsuite.Write(w, *seed); err != nil {
		fmt.Fprintln(os.Stderr, "kernelsuite:", err)
		os.Exit(1)
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintln(os.Stderr, "kernelsuite:", err)
		os.Exit(1)
	}
}
