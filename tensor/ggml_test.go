package tensor

import (
	"bytes"
	"encoding/binary"
	"math"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"testing"
)

// ggmlRef builds testdata/ggmlref (a C program that calls llama.cpp's own
// libggml-base from node-llama-cpp, installed by scripts/install-deps) and
// returns a function running it in a mode on float32 input.
func ggmlRef(t *testing.T) func(mode string, x []float32) []byte {
	t.Helper()
	arch := map[string]string{"amd64": "x64", "arm64": "arm64"}[runtime.GOARCH]
	if runtime.GOOS != "linux" || arch == "" {
		t.Skipf("node-llama-cpp ships no libggml-base for %s/%s", runtime.GOOS, runtime.GOARCH)
	}
	lib, err := filepath.Abs(filepath.Join("..", "node_modules", "@node-llama-cpp", "linux-"+arch, "bins", "linux-"+arch, "libggml-base.so"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(lib); err != nil {
		t.Fatalf("llama.cpp's libggml-base is missing (run scripts/install-deps): %v", err)
	}
	bin := filepath.Join(t.TempDir(), "ggmlref")
	if out, err := exec.Command("cc", "-O1", "-o", bin, filepath.Join("testdata", "ggmlref", "ggmlref.c"), "-ldl").CombinedOutput(); err != nil {
		t.Fatalf("building ggmlref: %v\n%s", err, out)
	}
	return func(mode string, x []float32) []byte {
		in := make([]byte, 4*len(x))
		for i, v := range x {
			binary.LittleEndian.PutUint32(in[4*i:], math.Float32bits(v))
		}
		cmd := exec.Command(bin, lib, mode)
		cmd.Stdin = bytes.NewReader(in)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("ggmlref %s: %v\n%s", mode, err, stderr.Bytes())
		}
		return out
	}
}

// TestQuantizeMatchesGGML requires QuantizeRowQ8_0 to write exactly the
// bytes of llama.cpp's quantize_row_q8_0_ref (what its quantize tool uses
// for Q8_0 model files) on finite inputs of every magnitude that keeps
// ggml's C defined, halfway cases included, and f32ToF16 to agree with
// ggml_fp32_to_fp16 on a sweep of non-NaN bit patterns.
func TestQuantizeMatchesGGML(t *testing.T) {
	ref := ggmlRef(t)
	r := rand.New(rand.NewPCG(11, 11))
	const blocks = 4000
	x := make([]float32, 32*blocks)
	for b := 0; b < blocks; b++ {
		blk := x[b*32 : b*32+32]
		// Block scales from 2^-103 (d stored as binary16 zero)
		// through binary16's subnormal range to past its largest value.
		e := uint32(27 + r.IntN(124))
		for j := range blk {
			blk[j] = math.Float32frombits(r.Uint32()&0x807FFFFF | (e-uint32(r.IntN(4)))<<23)
			switch r.IntN(16) {
			case 0:
				blk[j] = 0
			case 1:
				blk[j] = math.Float32frombits(r.Uint32() & 0x807FFFFF) // subnormal
			}
		}
		if b%4 == 0 {
			// Halfway cases: amax 127 makes id 1, so k + 0.5 is a tie.
			blk[0] = 127
			for j := 1; j < 32; j++ {
				blk[j] = float32(r.IntN(254)-127) + 0.5
			}
		}
	}
	want := ref("q8", x)
	got := make([]byte, len(want))
	QuantizeRowQ8_0(got, x)
	for b := 0; b < blocks; b++ {
		if !bytes.Equal(got[b*34:b*34+34], want[b*34:b*34+34]) {
			t.Fatalf("block %d (%v):\ngot  %x\nggml %x", b, x[b*32:b*32+32], got[b*34:b*34+34], want[b*34:b*34+34])
		}
	}

	var sweep []float32
	for u := uint64(0); u < 1<<32; u += 4099 {
		// NaNs aside: ggml keeps their sign, this package canonicalizes.
		if v := math.Float32frombits(uint32(u)); !isNaN(v) {
			sweep = append(sweep, v)
		}
	}
	halves := ref("f16", sweep)
	for i, v := range sweep {
		if got, want := f32ToF16(v), binary.LittleEndian.Uint16(halves[2*i:]); got != want {
			t.Fatalf("f32ToF16(%#08x) = %#04x, ggml %#04x", math.Float32bits(v), got, want)
		}
	}
	t.Logf("%d blocks and %d binary16 conversions identical to llama.cpp's libggml-base", blocks, len(sweep))
}
