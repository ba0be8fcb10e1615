package tensor

import (
	"math/bits"
	"sync"
	"unsafe"
)

// Float32 storage of tensors and kernel scratch is drawn from pools by size
// class (capacity a power of two), so a graph run that hands its dead
// activations back (Recycle) reuses warm memory instead of faulting in and
// zeroing fresh pages for every node, and the garbage collector has little
// to do. Buffers below poolMin elements come from the heap as usual.
const poolMin = 1 << 10

var f32Pools [bits.UintSize]sync.Pool // class c: buffers of capacity 1<<c

// sizeClass returns the smallest c with 1<<c ≥ n.
func sizeClass(n int) int { return bits.Len(uint(n - 1)) }

// allocF32 returns a buffer of n elements with unspecified contents.
func allocF32(n int) []float32 {
	if n < poolMin {
		return make([]float32, n)
	}
	c := sizeClass(n)
	if p, ok := f32Pools[c].Get().(*[]float32); ok {
		return (*p)[:n]
	}
	return make([]float32, n, 1<<c)
}

// freeF32 hands b's storage back to its pool; nothing may use b or any
// slice of it afterwards.
func freeF32(b []float32) {
	b = b[:cap(b)]
	if len(b) < poolMin || len(b)&(len(b)-1) != 0 {
		return
	}
	f32Pools[sizeClass(len(b))].Put(&b)
}

func getScratch(n int) []float32 { return allocF32(n) }

func putScratch(b []float32) { freeF32(b) }

// StorageID identifies the memory holding t's elements: t and every view
// of it (Reshape, and ops returning their operand, such as a Cast to the
// same dtype) have the same id, tensors with their own storage different
// ones. It is 0 for tensors whose storage Recycle does not take.
func (t *Tensor) StorageID() uintptr {
	if t == nil || t.dtype != F32 || cap(t.f32) < poolMin {
		return 0
	}
	end := t.f32[:cap(t.f32)]
	return uintptr(unsafe.Pointer(&end[len(end)-1]))
}

// Recycle hands t's storage back for later tensors and kernel scratch. The
// caller guarantees that t and every tensor with its StorageID are dead:
// none of them is read or written again.
func Recycle(t *Tensor) {
	if t.StorageID() != 0 {
		freeF32(t.f32)
	}
}
