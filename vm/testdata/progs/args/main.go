// Command args prints its command line and environment: the number of arguments, each argument after
// argv[0], and the environment sorted, plus lookups of set, empty and unset variables.
package main

import (
	"fmt"
	"os"
	"sort"
	"strings"
)

func main() {
	fmt.Println("len(os.Args):", len(os.Args))
	fmt.Printf("argv[0]: %q\n", os.Args[0])
	for i, a := range os.Args[1:] {
		fmt.Printf("arg %d: %q (%d bytes)\n", i+1, a, len(a))
	}
	env := os.Environ()
	sort.Strings(env)
	fmt.Println("environment entries:", len(env))
	for _, kv := range env {
		name, value, _ := strings.Cut(kv, "=")
		fmt.Printf("env %s=%q\n", name, value)
	}
	for _, name := range []string{"OPML_TEST", "EMPTY", "UNSET_VARIABLE_XYZ"} {
		v, ok := os.LookupEnv(name)
		fmt.Printf("lookup %s: %q %v\n", name, v, ok)
	}
	os.Setenv("ADDED", "later")
	fmt.Println("after Setenv:", os.Getenv("ADDED"), len(os.Environ()) == len(env)+1)
	fmt.Println("expand:", os.ExpandEnv("[$OPML_TEST|${UNSET_VARIABLE_XYZ}|$ADDED]"))
}
