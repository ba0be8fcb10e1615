package tensor

import (
	"encoding/binary"
	"fmt"
	"math"
	"math/rand/v2"
	"runtime"
	"testing"
)

// rawMatrix builds a random matrix of the given format.
func rawMatrix(r *rand.Rand, f RowFormat, rows, cols int, special bool) RawMatrix {
	m := RawMatrix{Format: f, Rows: rows, Cols: cols}
	switch f {
	case RowF32:
		m.Data = make([]byte, 4*rows*cols)
		for i := 0; i < rows*cols; i++ {
			binary.LittleEndian.PutUint32(m.Data[4*i:], math.Float32bits(genValue(r, special)))
		}
	case RowF16:
		m.Data = make([]byte, 2*rows*cols)
		for i := 0; i < rows*cols; i++ {
			binary.LittleEndian.PutUint16(m.Data[2*i:], f32ToF16(genValue(r, special)))
		}
	case RowQ8_0:
		m.Data = genBlocks(r, rows*cols/32, 34, special)
	case RowQ4_0:
		m.Data = genBlocks(r, rows*cols/32, 18, special)
	}
	return m
}

// naiveRowDot is the documented dot of row n of m with activation row x.
func naiveRowDot(m RawMatrix, n int, x []float32) uint32 {
	s, _ := m.Format.RowBytes(m.Cols)
	row := m.Data[n*s : (n+1)*s]
	switch m.Format {
	case RowF32:
		w := make([]float32, m.Cols)
		for i := range w {
			w[i] = math.Float32frombits(binary.LittleEndian.Uint32(row[4*i:]))
		}
		return naiveDotF32(w, x)
	case RowF16:
		w := make([]uint16, m.Cols)
		for i := range w {
			w[i] = binary.LittleEndian.Uint16(row[2*i:])
		}
		return naiveDotF16(w, x)
	case RowQ8_0:
		return naiveDotQ8(row, naiveQuantize(x))
	}
	return naiveDotQ4(row, naiveQuantize(x))
}

func TestMatMulRaw(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	r := rand.New(rand.NewPCG(5, 5))
	shapes := [][3]int{{1, 1, 32}, {3, 5, 64}, {2, 13, 96}, {4, 37, 160}, {1, 130, 256}, {5, 9, 1024}}
	for _, f := range []RowFormat{RowF32, RowF16, RowQ8_0, RowQ4_0} {
		for si, s := range shapes {
			batch, rows, cols := s[0], s[1], s[2]
			if f == RowF32 || f == RowF16 {
				cols += si // tails
			}
			special := si%2 == 1
			m := rawMatrix(r, f, rows, cols, special)
			x := genValues(r, batch*cols, special)
			want := make([]uint32, batch*rows)
			for b := 0; b < batch; b++ {
				for n := 0; n < rows; n++ {
					want[b*rows+n] = naiveRowDot(m, n, x[b*cols:(b+1)*cols])
				}
			}
			name := fmt.Sprintf("%v %dx%dx%d", f, batch, rows, cols)
			forEachPath(t, func(path string) {
				for _, procs := range []int{1, 2, 8} {
					runtime.GOMAXPROCS(procs)
					out := make([]float32, batch*rows)
					if err := MatMulRaw(out, m, x, batch); err != nil {
						t.Fatalf("%s: %v", name, err)
					}
					for i, v := range out {
						if math.Float32bits(v) != want[i] {
							t.Fatalf("%s %s procs %d: out[%d] = %#08x, want %#08x", path, name, procs, i, math.Float32bits(v), want[i])
						}
					}
					// Batch invariance: each row alone gives the same bits.
					one := make([]float32, rows)
					for b := 0; b < batch; b++ {
						if err := MatMulRaw(one, m, x[b*cols:(b+1)*cols], 1); err != nil {
							t.Fatal(err)
						}
						for n, v := range one {
							if math.Float32bits(v) != math.Float32bits(out[b*rows+n]) {
								t.Fatalf("%s %s: batch row %d differs alone at %d", path, name, b, n)
							}
						}
					}
				}
			})
		}
	}
}

func TestMatMulRawErrors(t *testing.T) {
	m := RawMatrix{Format: RowQ8_0, Rows: 2, Cols: 32, Data: make([]byte, 68)}
	x := make([]float32, 32)
	out := make([]float32, 2)
	if err := MatMulRaw(out, m, x, 1); err != nil {
		t.Fatal(err)
	}
	bad := []struct {
		name string
		m    RawMatrix
		x    []float32
		out  []float32
	}{
		{"short data", RawMatrix{RowQ8_0, 2, 32, make([]byte, 67)}, x, out},
		{"cols not blocks", RawMatrix{RowQ8_0, 2, 31, make([]byte, 68)}, x, out},
		{"unknown format", RawMatrix{9, 2, 32, make([]byte, 68)}, x, out},
		{"no rows", RawMatrix{RowF32, 0, 32, nil}, x, out},
		{"short x", m, x[:31], out},
		{"short out", m, x, out[:1]},
	}
	for _, c := range bad {
		if err := MatMulRaw(c.out, c.m, c.x, 1); err == nil {
			t.Errorf("%s: no error", c.name)
		}
	}
	if err := MatMulRawQ8(out, RawMatrix{RowF32, 2, 32, make([]byte, 256)}, make([]byte, 34), 1); err == nil {
		t.Error("MatMulRawQ8 accepted f32 weights")
	}
}

// TestMatMulRawUnaligned gives F32 and F16 rows at an odd address (decoded
// rather than used in place) and requires the same bits.
func TestMatMulRawUnaligned(t *testing.T) {
	r := rand.New(rand.NewPCG(12, 12))
	for _, f := range []RowFormat{RowF32, RowF16} {
		m := rawMatrix(r, f, 9, 70, true)
		x := genValues(r, 2*70, true)
		want := make([]float32, 2*9)
		if err := MatMulRaw(want, m, x, 2); err != nil {
			t.Fatal(err)
		}
		shifted := make([]byte, len(m.Data)+1)
		copy(shifted[1:], m.Data)
		m.Data = shifted[1:]
		got := make([]float32, 2*9)
		if err := MatMulRaw(got, m, x, 2); err != nil {
			t.Fatal(err)
		}
		for i := range got {
			if math.Float32bits(got[i]) != math.Float32bits(want[i]) {
				t.Fatalf("%v: unaligned rows give out[%d] = %#08x, aligned %#08x", f, i, math.Float32bits(got[i]), math.Float32bits(want[i]))
			}
		}
	}
}
