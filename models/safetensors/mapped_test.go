package safetensors

import (
	"bytes"
	"errors"
	"testing"

	"github.com/opml-dev/opml/tensor"
)

func TestStreamIndex(t *testing.T) {
	specs := []TensorSpec{{"b", tensor.F32, []int{2, 3}}, {"a", tensor.F16, []int{5}}}
	var buf bytes.Buffer
	w, err := NewStreamWriter(&buf, specs, map[string]string{"format": "pt"})
	if err != nil {
		t.Fatal(err)
	}
	if err := w.WriteTensor(make([]byte, 24)); err != nil {
		t.Fatal(err)
	}
	if err := w.WriteTensor(make([]byte, 9)); err == nil {
		t.Fatal("accepted a tensor of the wrong size")
	}
	if err := w.WriteTensor(bytes.Repeat([]byte{0, 0x3C}, 5)); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	data := buf.Bytes()
	entries, meta, err := Index(data)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 2 || entries[0].Name != "b" || entries[1].Name != "a" || entries[1].DType != tensor.F16 ||
		len(entries[1].Data) != 10 || entries[1].Data[1] != 0x3C || meta["format"] != "pt" {
		t.Fatalf("index %+v %v", entries, meta)
	}
	// Decode agrees, and every truncation is an ErrFormat.
	if _, err := Decode(bytes.NewReader(data)); err != nil {
		t.Fatal(err)
	}
	for n := 0; n < len(data); n++ {
		if _, _, err := Index(data[:n]); !errors.Is(err, ErrFormat) {
			t.Fatalf("cut at %d: %v", n, err)
		}
	}
	if _, _, err := Index(append(data, 0)); !errors.Is(err, ErrFormat) {
		t.Fatalf("trailing byte: %v", err)
	}
}

func FuzzIndex(f *testing.F) {
	f.Add([]byte("\x10\x00\x00\x00\x00\x00\x00\x00{}              "))
	f.Fuzz(func(t *testing.T, data []byte) {
		entries, _, err := Index(data)
		if err != nil {
			if !errors.Is(err, ErrFormat) {
				t.Fatalf("error without ErrFormat: %v", err)
			}
			return
		}
		for _, e := range entries {
			if _, err := tensor.FromBytes(e.DType, e.Data, e.Shape...); err != nil {
				t.Fatalf("indexed tensor %q does not decode: %v", e.Name, err)
			}
		}
	})
}
