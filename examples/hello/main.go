// Command hello is the example program `opml vm run` is shown with: a little concurrent work whose result
// does not depend on scheduling, so every run of the VM prints the same thing.
package main

import (
	"crypto/sha256"
	"fmt"
	"sort"
	"sync"
)

func main() {
	const workers = 8
	results := make(chan string, workers)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			sum := sha256.Sum256([]byte(fmt.Sprintf("opml worker %d", w)))
			results <- fmt.Sprintf("worker %d: %x", w, sum[:4])
		}(w)
	}
	wg.Wait()
	close(results)
	var lines []string
	for r := range results {
		lines = append(lines, r)
	}
	sort.Strings(lines)
	fmt.Println("hello from the opml MIPS VM")
	for _, l := range lines {
		fmt.Println(l)
	}
}
