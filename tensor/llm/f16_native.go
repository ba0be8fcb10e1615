//go:build !mips

package llm

// f16Table maps every binary16 bit pattern to its float32 value, built at
// start-up (256 KiB; a lookup in the hot loops).
var f16Table = func() *[1 << 16]float32 {
	var t [1 << 16]float32
	for h := range t {
		t[h] = f16ToF32Slow(uint16(h))
	}
	return &t
}()

func widen(h uint16) float32 { return f16Table[h] }
