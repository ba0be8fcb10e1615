// Command stderr interleaves output on stdout and stderr through fmt, the log package (with no timestamp),
// the built-in println, and direct writes to the files, then exits normally.
package main

import (
	"fmt"
	"log"
	"os"
	"strings"
)

func main() {
	log.SetFlags(0)
	log.SetPrefix("log: ")
	for i := 0; i < 5; i++ {
		fmt.Printf("stdout line %d\n", i)
		fmt.Fprintf(os.Stderr, "stderr line %d\n", i)
		if i%2 == 0 {
			log.Printf("value %d squared is %d", i, i*i)
		}
	}
	println("builtin println goes to stderr:", 42, true)
	n, err := os.Stderr.Write([]byte(strings.Repeat("x", 5000) + "\n"))
	fmt.Println("large stderr write:", n, err)
	n, err = os.Stdout.WriteString("direct stdout write\n")
	fmt.Println("stdout write:", n, err)
	// Writing to a file descriptor the program does not own fails cleanly.
	f := os.NewFile(77, "bogus")
	_, err = f.Write([]byte("nowhere"))
	fmt.Println("write to bad fd fails:", err != nil)
}
