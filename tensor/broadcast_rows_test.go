package tensor

import (
	"fmt"
	"math/rand/v2"
	"testing"
)

// TestBinaryRowsMatchIndexMap checks the row-wise float broadcast, on every
// kernel path, against the per-element index map (binaryInto) on random
// shape pairs.
func TestBinaryRowsMatchIndexMap(t *testing.T) {
	r := rand.New(rand.NewPCG(2, 4))
	for trial := 0; trial < 300; trial++ {
		rank := 1 + r.IntN(4)
		out := make([]int, rank)
		for i := range out {
			out[i] = 1 + r.IntN(5)
			if r.IntN(6) == 0 {
				out[i] = 40 + r.IntN(40)
			}
		}
		operand := func() []int {
			s := append([]int(nil), out[r.IntN(rank):]...)
			for i := range s {
				if r.IntN(3) == 0 {
					s[i] = 1
				}
			}
			return s
		}
		sa, sb := operand(), operand()
		shape, err := BroadcastShape(sa, sb)
		if err != nil {
			t.Fatal(err)
		}
		a, b := genValues(r, numElements(sa), true), genValues(r, numElements(sb), true)
		for op := BinAdd; op <= BinPRelu; op++ {
			want := make([]float32, numElements(shape))
			binaryInto(want, a, b, shape, [][]int{sa, sb}, binaryF32[op])
			forEachPath(t, func(path string) {
				got := make([]float32, len(want))
				binaryRowsF32(op, got, a, b, shape, sa, sb)
				sameBits(t, fmt.Sprintf("%s %v %v %v", path, op, sa, sb), got, func(i int) float32 { return want[i] })
				canonicalNaNsOnly(t, fmt.Sprintf("%s %v", path, op), got)
			})
		}
	}
}
