//go:build amd64

package tensor

// The amd64 panel lane loops (blockpanel_amd64.s); blockpanel.go's
// matMulRawBlocks guarantees what they assume: x a positive multiple of 8
// blocks with quants in [−127, 127], and four rows of w of at least as
// many blocks at w[r·stride:].

//go:noescape
func q8x4LanesAVX2(w []byte, stride int, x []byte) (acc [4][BlockLanes]float32)

//go:noescape
func q4x4LanesAVX2(w []byte, stride int, x []byte) (acc [4][BlockLanes]float32)

//go:noescape
func q8x4LanesVNNI(w []byte, stride int, x []byte) (acc [4][BlockLanes]float32)

//go:noescape
func q4x4LanesVNNI(w []byte, stride int, x []byte) (acc [4][BlockLanes]float32)
