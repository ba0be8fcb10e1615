package gguf

import (
	"bytes"
	"encoding/binary"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// sample writes a small file with every value type and three tensors.
func sample(t testing.TB) []byte {
	md := Metadata{
		{"general.architecture", Value{"llama"}},
		{"u8", Value{uint8(7)}}, {"i8", Value{int8(-7)}}, {"u16", Value{uint16(700)}}, {"i16", Value{int16(-700)}},
		{"u32", Value{uint32(70000)}}, {"i32", Value{int32(-70000)}}, {"f32", Value{float32(1.5)}},
		{"b", Value{true}}, {"u64", Value{uint64(1) << 40}}, {"i64", Value{int64(-1) << 40}}, {"f64", Value{0.25}},
		{"strs", Value{Array{TypeString, []string{"▁a", "", "<0x0A>"}}}},
		{"f32s", Value{Array{TypeFloat32, []float32{-1, 0, 2.5}}}},
		{"i32s", Value{Array{TypeInt32, []int32{1, -2}}}},
		{"nested", Value{Array{TypeArray, []Array{{TypeUint8, []uint8{1, 2}}, {TypeBool, []bool{false}}}}}},
	}
	infos := []TensorInfo{
		{Name: "a", Type: F32, Dims: []uint64{3, 2}},
		{Name: "b", Type: Q8_0, Dims: []uint64{64}},
		{Name: "c", Type: F16, Dims: []uint64{5}},
	}
	var buf bytes.Buffer
	w, err := NewWriter(&buf, md, infos)
	if err != nil {
		t.Fatal(err)
	}
	for i, ti := range w.Infos() {
		data := make([]byte, ti.Size())
		for j := range data {
			data[j] = byte(i*31 + j)
		}
		if err := w.WriteTensor(data); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if int64(buf.Len()) != w.Size() {
		t.Fatalf("Size %d, wrote %d", w.Size(), buf.Len())
	}
	return buf.Bytes()
}

func TestRoundTrip(t *testing.T) {
	data := sample(t)
	f, err := Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	if f.Version != 3 || f.Alignment != 32 || f.DataOffset%32 != 0 || len(f.Metadata) != 16 || len(f.Tensors) != 3 {
		t.Fatalf("parsed %+v", f)
	}
	if s, ok, err := f.Metadata.String("general.architecture"); !ok || err != nil || s != "llama" {
		t.Fatalf("architecture %q %v %v", s, ok, err)
	}
	if v, _, _ := f.Metadata.Int("i64"); v != -1<<40 {
		t.Fatalf("i64 %d", v)
	}
	if v, _, _ := f.Metadata.Float("f32"); v != 1.5 {
		t.Fatalf("f32 %v", v)
	}
	strs, ok, err := ArrayOf[string](f.Metadata, "strs")
	if !ok || err != nil || !reflect.DeepEqual(strs, []string{"▁a", "", "<0x0A>"}) {
		t.Fatalf("strs %q %v %v", strs, ok, err)
	}
	if _, _, err := ArrayOf[int32](f.Metadata, "strs"); !errors.Is(err, ErrFormat) {
		t.Fatalf("array of the wrong type: %v", err)
	}
	if _, _, err := f.Metadata.Int("strs"); !errors.Is(err, ErrFormat) {
		t.Fatalf("int of an array: %v", err)
	}
	nested, _ := f.Metadata.Get("nested")
	if a, _ := nested.Array(); !reflect.DeepEqual(a.X, []Array{{TypeUint8, []uint8{1, 2}}, {TypeBool, []bool{false}}}) {
		t.Fatalf("nested %+v", a)
	}
	b, ok := f.Tensor("b")
	if !ok || b.Type != Q8_0 || len(b.Data) != 68 || b.Data[0] != 31 || b.Offset != 32 {
		t.Fatalf("tensor b %+v", b.TensorInfo)
	}
	// Writing the parsed file again gives the same bytes.
	var again bytes.Buffer
	infos := make([]TensorInfo, len(f.Tensors))
	for i := range f.Tensors {
		infos[i] = f.Tensors[i].TensorInfo
	}
	w, err := NewWriter(&again, f.Metadata, infos)
	if err != nil {
		t.Fatal(err)
	}
	for _, tn := range f.Tensors {
		if err := w.WriteTensor(tn.Data); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(again.Bytes(), data) {
		t.Fatal("re-encoding a parsed file changed its bytes")
	}
}

func TestOpen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "m.gguf")
	if err := os.WriteFile(path, sample(t), 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	a, _ := f.Tensor("a")
	if len(a.Data) != 24 || a.Data[1] != 1 {
		t.Fatalf("tensor a %v", a.Data)
	}
	if _, err := Open(filepath.Join(t.TempDir(), "missing.gguf")); err == nil {
		t.Fatal("opened a missing file")
	}
}

// TestTruncated cuts the file at every length: each must fail with
// ErrFormat (the data section ends at the last tensor, so every cut that
// removes a byte of it or of the header is an error).
func TestTruncated(t *testing.T) {
	data := sample(t)
	f, _ := Parse(data)
	last := f.Tensors[len(f.Tensors)-1]
	end := int(f.DataOffset) + int(last.Offset) + len(last.Data)
	for n := 0; n < end; n++ {
		if _, err := Parse(data[:n]); !errors.Is(err, ErrFormat) {
			t.Fatalf("cut at %d of %d: %v", n, end, err)
		}
	}
}

func TestCorrupt(t *testing.T) {
	base := sample(t)
	le := binary.LittleEndian
	cases := map[string]func(b []byte) []byte{
		"magic":   func(b []byte) []byte { b[0] = 'X'; return b },
		"version": func(b []byte) []byte { le.PutUint32(b[4:], 9); return b },
		"tensors": func(b []byte) []byte { le.PutUint64(b[8:], 1<<40); return b },
		"kvs":     func(b []byte) []byte { le.PutUint64(b[16:], 1<<62); return b },
		"keylen":  func(b []byte) []byte { le.PutUint64(b[24:], 1<<63); return b },
		"vtype":   func(b []byte) []byte { le.PutUint32(b[24+8+len("general.architecture"):], 99); return b },
	}
	var dup bytes.Buffer
	w, _ := NewWriter(&dup, Metadata{{"k", Value{uint8(1)}}, {"k", Value{uint8(2)}}}, nil)
	w.Close()
	cases["dupkey"] = func([]byte) []byte { return dup.Bytes() }
	for name, corrupt := range cases {
		b := corrupt(append([]byte(nil), base...))
		if _, err := Parse(b); !errors.Is(err, ErrFormat) {
			t.Errorf("%s: %v", name, err)
		}
	}
}

func FuzzParse(f *testing.F) {
	f.Add(sample(f))
	f.Add([]byte("GGUF\x03\x00\x00\x00"))
	f.Fuzz(func(t *testing.T, data []byte) {
		g, err := Parse(data)
		if err != nil {
			if !errors.Is(err, ErrFormat) {
				t.Fatalf("error without ErrFormat: %v", err)
			}
			return
		}
		for _, tn := range g.Tensors {
			if uint64(len(tn.Data)) != tn.Size() {
				t.Fatalf("tensor %q has %d bytes, wants %d", tn.Name, len(tn.Data), tn.Size())
			}
		}
	})
}
