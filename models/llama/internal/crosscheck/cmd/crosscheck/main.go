// Command crosscheck prints the LLaMA cross-architecture check (package
// crosscheck): it runs natively, under qemu-aarch64 and in the opml VM.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/opml-dev/opml/models/llama"
	"github.com/opml-dev/opml/models/llama/internal/crosscheck"
	"github.com/opml-dev/opml/tensor"
)

func main() {
	types := flag.String("types", "f32,f16,q8_0,q4_0", "weight types to check, comma-separated")
	flag.Parse()
	var formats []tensor.RowFormat
	for _, s := range strings.Split(*types, ",") {
		f, err := llama.ParseRowFormat(s)
		if err != nil {
			fmt.Fprintln(os.Stderr, "crosscheck:", err)
			os.Exit(2)
		}
		formats = append(formats, f)
	}
	w := bufio.NewWriter(os.Stdout)
	if err := crosscheck.Write(w, formats...); err != nil {
		fmt.Fprintln(os.Stderr, "crosscheck:", err)
		os.Exit(1)
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintln(os.Stderr, "crosscheck:", err)
		os.Exit(1)
	}
}
