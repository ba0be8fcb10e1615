//go:build ignore

// gen rebuilds executor.elf from ../ (models/executor) with the reproducible MIPS build.
package main

import (
	"context"
	"fmt"
	"os"

	"github.com/opml-dev/opml/internal/mipsbuild"
)

func main() {
	var b mipsbuild.Builder
	if err := b.Compile(context.Background(), "..", mipsbuild.MIPS, "executor.elf"); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
