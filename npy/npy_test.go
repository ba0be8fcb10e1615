package npy

import (
	"bytes"
	"encoding/binary"
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/opml-dev/opml/tensor"
)

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

// numpyFile is what numpy.save writes for np.arange(6, dtype='<f4').reshape(2, 3):
// format 1.0, a 118-byte header ('v') padded so the data starts at byte 128.
func numpyFile() []byte {
	h := "{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }"
	h += strings.Repeat(" ", 118-1-len(h)) + "\n"
	b := append([]byte("\x93NUMPY\x01\x00v\x00"), h...)
	for i := range 6 {
		b = binary.LittleEndian.AppendUint32(b, math.Float32bits(float32(i)))
	}
	return b
}

func TestReadsNumpy(t *testing.T) {
	x, err := Read(bytes.NewReader(numpyFile()))
	if err != nil {
		t.Fatal(err)
	}
	v := must(x.Float32s())
	if x.DType() != tensor.F32 || len(x.Shape()) != 2 || x.Shape()[0] != 2 || x.Shape()[1] != 3 || v[5] != 5 {
		t.Fatalf("read %v %v %v", x.DType(), x.Shape(), v)
	}
	var out bytes.Buffer
	if err := Write(&out, x); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(out.Bytes(), numpyFile()) {
		t.Fatalf("Write gives\n%q\nnumpy writes\n%q", out.Bytes(), numpyFile())
	}
}

func TestRoundTrip(t *testing.T) {
	for _, x := range []*tensor.Tensor{
		must(tensor.FromFloat32([]float32{1.5, float32(math.Inf(-1)), -0}, 3)),
		must(tensor.FromFloat32([]float32{7})),
		must(tensor.FromInt64([]int64{math.MinInt64, 0, 1, math.MaxInt64}, 2, 1, 2)),
		must(tensor.FromInt32([]int32{-5, 6}, 1, 2)),
		must(tensor.FromBool([]bool{true, false, true}, 3, 1)),
		must(tensor.New(tensor.F32, 1, 1, 1, 1, 1, 1, 1, 2)),
	} {
		var b bytes.Buffer
		if err := Write(&b, x); err != nil {
			t.Fatal(err)
		}
		if n := 10 + int(binary.LittleEndian.Uint16(b.Bytes()[8:])); n%64 != 0 || b.Bytes()[n-1] != '\n' {
			t.Errorf("%v: data starts at %d", x.Shape(), n)
		}
		y, err := Read(bytes.NewReader(b.Bytes()))
		if err != nil {
			t.Fatalf("%v %v: %v", x.DType(), x.Shape(), err)
		}
		if y.DType() != x.DType() || !bytes.Equal(y.Bytes(), x.Bytes()) || len(y.Shape()) != len(x.Shape()) {
			t.Fatalf("%v %v read back as %v %v", x.DType(), x.Shape(), y.DType(), y.Shape())
		}
	}
	// Version 2.0 (a 4-byte header length) reads as well.
	h := "{'shape': (2,), 'fortran_order': False, 'descr': '|b1'}"
	h += strings.Repeat(" ", (128-12-1-len(h))%64) + "\n"
	v2 := append([]byte("\x93NUMPY\x02\x00"), binary.LittleEndian.AppendUint32(nil, uint32(len(h)))...)
	v2 = append(append(v2, h...), 1, 0)
	if x, err := Read(bytes.NewReader(v2)); err != nil || x.DType() != tensor.Bool || x.Len() != 2 {
		t.Fatalf("version 2.0: %v %v", x, err)
	}
}

func TestMalformed(t *testing.T) {
	good := numpyFile()
	header := func(h string) []byte {
		h += strings.Repeat(" ", 118-1-len(h)) + "\n"
		return append(append([]byte("\x93NUMPY\x01\x00v\x00"), h...), good[128:]...)
	}
	for name, c := range map[string]struct {
		data []byte
		want string
	}{
		"empty":       {nil, "preamble"},
		"magic":       {append([]byte("\x93NUMPZ"), good[6:]...), "not a .npy file"},
		"version":     {append(append([]byte(nil), good[:6]...), append([]byte{4, 0}, good[8:]...)...), "format version 4.0"},
		"truncated":   {good[:100], "truncated header"},
		"short data":  {good[:len(good)-1], "data bytes"},
		"extra data":  {append(append([]byte(nil), good...), 0), "data after"},
		"big endian":  {header("{'descr': '>f4', 'fortran_order': False, 'shape': (2, 3), }"), `dtype ">f4"`},
		"float64":     {header("{'descr': '<f8', 'fortran_order': False, 'shape': (2, 3), }"), `dtype "<f8"`},
		"fortran":     {header("{'descr': '<f4', 'fortran_order': True, 'shape': (2, 3), }"), "Fortran"},
		"no shape":    {header("{'descr': '<f4', 'fortran_order': False, }"), "needs descr"},
		"empty array": {header("{'descr': '<f4', 'fortran_order': False, 'shape': (0, 3), }"), "no empty"},
		"bad shape":   {header("{'descr': '<f4', 'fortran_order': False, 'shape': (2 3), }"), "bad shape"},
		"unknown key": {header("{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), 'x': 1}"), `key "x"`},
		"not a dict":  {header("[1, 2]"), "not a dict"},
	} {
		_, err := Read(bytes.NewReader(c.data))
		if err == nil || !errors.Is(err, ErrFormat) || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v, want ErrFormat containing %q", name, err, c.want)
		}
	}
	if err := Write(&bytes.Buffer{}, must(tensor.New(tensor.F16, 2))); err == nil {
		t.Error("wrote an f16 array")
	}
}

// FuzzRead: no input makes Read panic, and what it reads writes back to a
// file that reads as the same tensor.
func FuzzRead(f *testing.F) {
	f.Add(numpyFile())
	var b bytes.Buffer
	Write(&b, must(tensor.FromInt64([]int64{1, 2, 3}, 3)))
	f.Add(b.Bytes())
	f.Add([]byte("\x93NUMPY\x01\x00\x10\x00{'shape': (),}  \n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		x, err := Read(bytes.NewReader(data))
		if err != nil {
			if !errors.Is(err, ErrFormat) {
				t.Fatalf("error %v does not wrap ErrFormat", err)
			}
			return
		}
		var out bytes.Buffer
		if err := Write(&out, x); err != nil {
			t.Fatal(err)
		}
		y, err := Read(bytes.NewReader(out.Bytes()))
		if err != nil || !bytes.Equal(y.Bytes(), x.Bytes()) || y.DType() != x.DType() {
			t.Fatalf("round trip: %v", err)
		}
	})
}
