package tensor

import (
	"encoding/binary"
	"fmt"
	"math"
	"unsafe"
)

// RowFormat is the encoding of a weight matrix's rows as raw little-endian
// bytes, as GGUF files store them.
type RowFormat uint8

// The row formats of RawMatrix.
const (
	RowF32  RowFormat = iota + 1 // 4 bytes per element, IEEE binary32
	RowF16                       // 2 bytes per element, IEEE binary16
	RowQ8_0                      // 34 bytes per 32 elements: GGML block_q8_0
	RowQ4_0                      // 18 bytes per 32 elements: GGML block_q4_0
)

func (f RowFormat) String() string {
	switch f {
	case RowF32:
		return "f32"
	case RowF16:
		return "f16"
	case RowQ8_0:
		return "q8_0"
	case RowQ4_0:
		return "q4_0"
	}
	return fmt.Sprintf("rowformat(%d)", uint8(f))
}

// RowBytes returns the size in bytes of a row of cols elements, or an
// error if cols is not positive or, for the block formats, not a multiple
// of 32.
func (f RowFormat) RowBytes(cols int) (int, error) {
	if cols <= 0 {
		return 0, fmt.Errorf("%w: %d columns", ErrShape, cols)
	}
	switch f {
	case RowF32:
		return 4 * cols, nil
	case RowF16:
		return 2 * cols, nil
	case RowQ8_0, RowQ4_0:
		if cols%QBlock != 0 {
			return 0, fmt.Errorf("%w: %v rows need a multiple of %d columns, got %d", ErrShape, f, QBlock, cols)
		}
		if f == RowQ8_0 {
			return cols / QBlock * Q8_0BlockBytes, nil
		}
		return cols / QBlock * Q4_0BlockBytes, nil
	}
	return 0, fmt.Errorf("%w: row format %v", ErrDType, f)
}

// RawMatrix is a row-major weight matrix over raw bytes, such as a tensor
// of a memory-mapped GGUF file: row r is Data[r·s : (r+1)·s] where s is
// Format.RowBytes(Cols). Nothing is copied or converted up front.
type RawMatrix struct {
	Format     RowFormat
	Rows, Cols int
	Data       []byte
}

// Check reports whether the matrix is well formed: a known format, positive
// dimensions, and exactly Rows whole rows of data.
func (m RawMatrix) Check() error {
	if m.Rows <= 0 {
		return fmt.Errorf("%w: raw matrix with %d rows", ErrShape, m.Rows)
	}
	s, err := m.Format.RowBytes(m.Cols)
	if err != nil {
		return err
	}
	if len(m.Data)/s != m.Rows || len(m.Data)%s != 0 {
		return fmt.Errorf("%w: %d×%d %v matrix needs %d bytes, has %d", ErrShape, m.Rows, m.Cols, m.Format, m.Rows*s, len(m.Data))
	}
	return nil
}

// MatMulRaw computes, for every batch row b < batch and matrix row r,
//
//	out[b·Rows + r] = dot(row r of w, x[b·Cols : (b+1)·Cols])
//
// where dot is, by w's format, DotF32, DotF16F32, or DotQ8_0 (Q8_0) /
// DotQ4_0Q8_0 (Q4_0) with the activation row quantized by QuantizeRowQ8_0
// first, as llama.cpp does. The work is split across GOMAXPROCS goroutines
// by output rows only, so each output element is one canonical dot product:
// the result is identical for every GOMAXPROCS and batch-invariant (a batch
// row's outputs equal those of that row alone).
func MatMulRaw(out []float32, w RawMatrix, x []float32, batch int) error {
	if err := checkRawOperands(out, w, len(x), w.Cols, batch); err != nil {
		return err
	}
	switch w.Format {
	case RowF32, RowF16:
		matMulRawFloat(out, w, x, batch)
	case RowQ8_0, RowQ4_0:
		xb := w.Cols / QBlock * Q8_0BlockBytes
		xq := make([]byte, batch*xb)
		parallelFor(batch, grainFor(w.Cols, 1), func(b0, b1 int) {
			QuantizeRowQ8_0(xq[b0*xb:b1*xb], x[b0*w.Cols:b1*w.Cols])
		})
		matMulRawBlocks(out, w, xq, batch)
	}
	return nil
}

// MatMulRawQ8 is MatMulRaw for Q8_0 or Q4_0 weights with the activations
// already quantized: xq holds batch rows of Cols/32 block_q8_0 blocks (as
// QuantizeRowQ8_0 writes them), so that one quantization can serve several
// matrices. x quants of −128 are read as −127 (see DotQ8_0).
func MatMulRawQ8(out []float32, w RawMatrix, xq []byte, batch int) error {
	if w.Format != RowQ8_0 && w.Format != RowQ4_0 {
		return fmt.Errorf("%w: MatMulRawQ8 needs q8_0 or q4_0 weights, got %v", ErrDType, w.Format)
	}
	if err := checkRawOperands(out, w, len(xq), w.Cols/QBlock*Q8_0BlockBytes, batch); err != nil {
		return err
	}
	matMulRawBlocks(out, w, clampQ8Activations(xq, nil), batch)
	return nil
}

// checkRawOperands validates w, and out and an activation operand of xLen
// elements or bytes holding batch rows of rowLen each.
func checkRawOperands(out []float32, w RawMatrix, xLen, rowLen, batch int) error {
	if err := w.Check(); err != nil {
		return err
	}
	if batch <= 0 {
		return fmt.Errorf("%w: batch of %d rows", ErrShape, batch)
	}
	if xLen/rowLen != batch || xLen%rowLen != 0 {
		return fmt.Errorf("%w: %d activation rows of %d need %d values, have %d", ErrShape, batch, rowLen, batch*rowLen, xLen)
	}
	if len(out)/w.Rows != batch || len(out)%w.Rows != 0 {
		return fmt.Errorf("%w: %d×%d outputs need %d values, have %d", ErrShape, batch, w.Rows, batch*w.Rows, len(out))
	}
	return nil
}

// rowGroup is how many matrix rows the float lane loops process at once.
const rowGroup = 4

// matMulRawFloat runs the F32 and F16 products.
func matMulRawFloat(out []float32, w RawMatrix, x []float32, batch int) {
	K := w.Cols
	parallelFor(w.Rows, rowGrain(w.Rows, batch*K), func(n0, n1 int) {
		k := active.Load()
		if w.Format == RowF32 {
			var buf []float32
			rows := f32Rows(w.Data[n0*K*4:n1*K*4], &buf)
			floatRows(out[n0:], w.Rows, rows, x, K, batch, DotF32, k.f32x4, finishF32)
			return
		}
		var buf []uint16
		rows := f16Rows(w.Data[n0*K*2:n1*K*2], &buf)
		floatRows(out[n0:], w.Rows, rows, x, K, batch, DotF16F32, k.f16x4, finishF16)
	})
}

// floatRows computes out[b·N + n] for the rows n of rows (K values each)
// and every batch row b: for a batch, groups of four rows through the
// four-row lane loop x4, each row then finished (tail and reduction tree)
// by finish exactly as dot finishes it, and the remaining rows by dot
// itself; for a single activation row, every row by dot (one memory stream
// per thread: see blockpanel.go; four rows at once measured 5–25 % slower
// from L3 and DRAM).
func floatRows[T float32 | uint16](out []float32, N int, rows []T, x []float32, K, batch int,
	dot func([]T, []float32) float32,
	x4 func([]T, int, []float32) [rowGroup][FloatLanes]float32,
	finish func([FloatLanes]float32, []T, []float32, int) float32) {
	body := K &^ (FloatLanes - 1)
	n, count := 0, len(rows)/K
	for ; batch > 1 && n+rowGroup <= count && body > 0; n += rowGroup {
		wg := rows[n*K : (n+rowGroup)*K]
		for b := 0; b < batch; b++ {
			xr := x[b*K : (b+1)*K]
			acc := x4(wg, K, xr[:body])
			for r := range acc {
				out[b*N+n+r] = finish(acc[r], wg[r*K:(r+1)*K], xr, body)
			}
		}
	}
	for ; n < count; n++ {
		for b := 0; b < batch; b++ {
			out[b*N+n] = dot(rows[n*K:(n+1)*K], x[b*K:(b+1)*K])
		}
	}
}

// littleEndian reports whether this machine stores numbers as the row
// formats do, so rows can be used in place.
var littleEndian = binary.NativeEndian.Uint16([]byte{1, 0}) == 1

// f32Rows returns the little-endian binary32 values in b, in place when
// this machine is little-endian and b is 4-byte aligned (as mapped GGUF
// data is), else decoded into *buf.
func f32Rows(b []byte, buf *[]float32) []float32 {
	n := len(b) / 4
	if n == 0 {
		return nil
	}
	if littleEndian && uintptr(unsafe.Pointer(&b[0]))%4 == 0 {
		return unsafe.Slice((*float32)(unsafe.Pointer(&b[0])), n)
	}
	if cap(*buf) < n {
		*buf = make([]float32, n)
	}
	v := (*buf)[:n]
	for i := range v {
		v[i] = math.Float32frombits(binary.LittleEndian.Uint32(b[4*i:]))
	}
	return v
}

// f16Rows is f32Rows for binary16 values.
func f16Rows(b []byte, buf *[]uint16) []uint16 {
	n := len(b) / 2
	if n == 0 {
		return nil
	}
	if littleEndian && uintptr(unsafe.Pointer(&b[0]))%2 == 0 {
		return unsafe.Slice((*uint16)(unsafe.Pointer(&b[0])), n)
	}
	if cap(*buf) < n {
		*buf = make([]uint16, n)
	}
	v := (*buf)[:n]
	for i := range v {
		v[i] = binary.LittleEndian.Uint16(b[2*i:])
	}
	return v
}
