//go:build !linux

package mmap

// willNeed is a hint only Linux gets.
func willNeed([]byte, int, int) {}
