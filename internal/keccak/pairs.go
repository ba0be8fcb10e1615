package keccak

import "fmt"

//go:generate go run ./gen -o pairs_amd64.s

// lanes is a kernel that hashes many independent 64-byte messages: hashLanes(kernel, out, in, groups) writes
// the digests of groups×width messages that lie one after the other at in to out (32 bytes each, one after
// the other). Every kernel reads a whole group before writing its digests, so out may be in[:len(in)/2].
// (A kernel is an index for hashLanes rather than a func value so that escape analysis sees that the
// buffers do not escape: callers hash a page's levels in arrays on their stack.)
type lanes struct {
	name   string
	width  int
	kernel int
}

// maxGroups bounds one call of a kernel (about 100 µs) so that the goroutine can be preempted between calls:
// the runtime does not stop a goroutine inside assembly.
const maxGroups = 512

// implementations holds the multi-lane kernels this CPU can run, widest first (filled in per architecture).
var implementations []lanes

// active is the list of kernels HashPairs uses, widest first: a suffix of implementations, or nil for the
// portable path alone.
var active []lanes

// HashPairs hashes each 64-byte block of in into 32 bytes of out: out[32i:32i+32] = keccak256(in[64i:64i+64]),
// the pair hashes of one level of a Merkle tree. len(in) must be a multiple of 64 and out at least half as
// long; out may be in[:len(in)/2] (a level reduced in place) but must not overlap in otherwise. Blocks go
// 8 or 4 at a time through AVX-512 or AVX2 lanes where the CPU has them.
func HashPairs(out, in []byte) {
	if len(in)%64 != 0 || len(out) < len(in)/2 {
		panic(fmt.Sprintf("keccak: HashPairs of %d bytes into %d", len(in), len(out)))
	}
	n := len(in) / 64
	done := 0
	for _, k := range active {
		for groups := (n - done) / k.width; groups > 0; {
			g := min(groups, maxGroups)
			hashLanes(k.kernel, &out[32*done], &in[64*done], g)
			done += g * k.width
			groups -= g
		}
	}
	for i := done; i < n; i++ {
		*(*[32]byte)(out[32*i:]) = HashPair((*[32]byte)(in[64*i:]), (*[32]byte)(in[64*i+32:]))
	}
}

// Implementations returns the names of the HashPairs kernels this CPU can run, fastest first; "generic"
// (one HashPair at a time, in Go) is always last.
func Implementations() []string {
	names := make([]string, 0, len(implementations)+1)
	for _, k := range implementations {
		names = append(names, k.name)
	}
	return append(names, "generic")
}

// Implementation returns the name of the widest kernel HashPairs uses.
func Implementation() string {
	if len(active) == 0 {
		return "generic"
	}
	return active[0].name
}

// Use makes HashPairs use the named kernel (and the narrower ones for the rest of a level) and returns the
// name used before. It is for tests and benchmarks; it must not run while anything is hashing. The
// environment variable OPML_KECCAK sets the kernel at start-up the same way.
func Use(name string) (previous string, err error) {
	previous = Implementation()
	if name == "generic" {
		active = nil
		return previous, nil
	}
	for i, k := range implementations {
		if k.name == name {
			active = implementations[i:]
			return previous, nil
		}
	}
	return previous, fmt.Errorf("keccak: no kernel %q on this CPU (have %v)", name, Implementations())
}
