//go:build !amd64 || purego

package keccak

// hashLanes is never called: no multi-lane kernel is registered on this architecture.
func hashLanes(kernel int, out, in *byte, groups int) { panic("keccak: no multi-lane kernel") }
