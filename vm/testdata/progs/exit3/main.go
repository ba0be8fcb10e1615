// Command exit3 prints a few lines and leaves with os.Exit(3). Deferred calls do not run on os.Exit, so
// the deferred line must never appear.
package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("deferred: must not be printed")
	sum := 0
	for i := 1; i <= 100; i++ {
		sum += i * i
	}
	fmt.Println("sum of squares 1..100:", sum)
	fmt.Fprintln(os.Stderr, "exiting with status 3")
	os.Exit(3)
}
