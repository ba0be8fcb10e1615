//go:build arm64

package tensor

// The NEON panels run the one-row NEON loop on each row.

func q8x4LanesNEON(w []byte, stride int, x []byte) (acc [4][BlockLanes]float32) {
	n := len(x)
	for r := range acc {
		acc[r] = q8LanesNEON(w[r*stride:r*stride+n], x)
	}
	return acc
}

func q4x4LanesNEON(w []byte, stride int, x []byte) (acc [4][BlockLanes]float32) {
	n := len(x) / Q8_0BlockBytes * Q4_0BlockBytes
	for r := range acc {
		acc[r] = q4LanesNEON(w[r*stride:r*stride+n], x)
	}
	return acc
}
