package tensor

import (
	"fmt"
	"math"
	"math/rand/v2"
	"runtime"
	"testing"
)

// TestBlockPanelLanes checks every path's panel lane loops against the
// pure-Go one-row loop, row by row, lane by lane (a NaN lane may carry any
// payload: the reduction makes it canonical), with strides longer than the
// rows and quants at their extremes.
func TestBlockPanelLanes(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 11))
	for _, nb := range []int{8, 16, 40} {
		for _, special := range []bool{false, true} {
			x := make([]byte, nb*Q8_0BlockBytes)
			QuantizeRowQ8_0(x, genValues(r, nb*QBlock, special))
			for _, f := range []RowFormat{RowQ8_0, RowQ4_0} {
				size := Q8_0BlockBytes
				one := q8LanesGoV
				if f == RowQ4_0 {
					size, one = Q4_0BlockBytes, q4LanesGoV
				}
				stride := nb*size + size*r.IntN(3)
				w := genBlocks(r, 4*stride/size, size, special)
				if special {
					for i := 0; i < len(w); i += size {
						if r.IntN(4) == 0 { // a block of −128 quants: the largest products
							for j := i + 2; j < i+size; j++ {
								w[j] = 0x80
							}
						}
					}
				}
				forEachPath(t, func(path string) {
					panel := active.Load().q8x4
					if f == RowQ4_0 {
						panel = active.Load().q4x4
					}
					got := panel(w, stride, x)
					for row := range got {
						want := one(w[row*stride:row*stride+nb*size], x)
						for l, v := range got[row] {
							if math.Float32bits(v) != math.Float32bits(want[l]) && !(isNaN(v) && isNaN(want[l])) {
								t.Fatalf("%s %v %d blocks special=%v: row %d lane %d = %#08x, want %#08x",
									path, f, nb, special, row, l, math.Float32bits(v), math.Float32bits(want[l]))
							}
						}
					}
				})
			}
		}
	}
}

// TestMatMulRawPanels checks MatMulRaw and MatMulRawQ8 on shapes that run
// panels with partial panels and tail blocks, against the naive order, on
// every path and GOMAXPROCS 1, 2 and 8.
func TestMatMulRawPanels(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	r := rand.New(rand.NewPCG(12, 12))
	shapes := [][3]int{{1, 4, 256}, {3, 7, 320}, {2, 13, 512 + 96}, {1, 67, 1024}, {4, 9, 256}}
	for _, f := range []RowFormat{RowQ8_0, RowQ4_0} {
		for si, s := range shapes {
			batch, rows, cols := s[0], s[1], s[2]
			special := si%2 == 1
			m := rawMatrix(r, f, rows, cols, special)
			x := genValues(r, batch*cols, special)
			xs := cols / QBlock * Q8_0BlockBytes
			ws, _ := f.RowBytes(cols)
			xraw := genBlocks(r, batch*cols/QBlock, Q8_0BlockBytes, special) // quants of −128 too
			want := make([]uint32, batch*rows)
			wantRaw := make([]uint32, batch*rows)
			for b := 0; b < batch; b++ {
				for n := 0; n < rows; n++ {
					want[b*rows+n] = naiveRowDot(m, n, x[b*cols:(b+1)*cols])
					wr, xr := m.Data[n*ws:(n+1)*ws], xraw[b*xs:(b+1)*xs]
					if f == RowQ8_0 {
						wantRaw[b*rows+n] = naiveDotQ8(wr, xr)
					} else {
						wantRaw[b*rows+n] = naiveDotQ4(wr, xr)
					}
				}
			}
			name := fmt.Sprintf("%v %dx%dx%d", f, batch, rows, cols)
			forEachPath(t, func(path string) {
				for _, procs := range []int{1, 2, 8} {
					runtime.GOMAXPROCS(procs)
					out := make([]float32, batch*rows)
					if err := MatMulRaw(out, m, x, batch); err != nil {
						t.Fatal(err)
					}
					samePanelBits(t, fmt.Sprintf("%s %s procs %d", path, name, procs), out, want)
					if err := MatMulRawQ8(out, m, xraw, batch); err != nil {
						t.Fatal(err)
					}
					samePanelBits(t, fmt.Sprintf("%s %s raw x procs %d", path, name, procs), out, wantRaw)
				}
			})
		}
	}
}

func samePanelBits(t *testing.T, name string, got []float32, want []uint32) {
	t.Helper()
	for i, v := range got {
		if math.Float32bits(v) != want[i] {
			t.Fatalf("%s: out[%d] = %#08x, want %#08x", name, i, math.Float32bits(v), want[i])
		}
	}
}
