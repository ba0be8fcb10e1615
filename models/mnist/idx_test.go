package mnist

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// idxImages builds an IDX3 image file with the given header fields and
// payload.
func idxImages(magic, n, rows, cols uint32, payload []byte) []byte {
	var b bytes.Buffer
	binary.Write(&b, binary.BigEndian, []uint32{magic, n, rows, cols})
	b.Write(payload)
	return b.Bytes()
}

func idxLabels(magic, n uint32, payload []byte) []byte {
	var b bytes.Buffer
	binary.Write(&b, binary.BigEndian, []uint32{magic, n})
	b.Write(payload)
	return b.Bytes()
}

func gz(t *testing.T, data []byte) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	if _, err := zw.Write(data); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func seq(n int) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(i*7 + 3)
	}
	return b
}

func TestReadIDXImages(t *testing.T) {
	good := idxImages(idxImageMagic, 3, 2, 4, seq(24))
	for _, tc := range []struct {
		name string
		data []byte
	}{
		{"plain", good},
		{"gzip", gz(t, good)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			pix, n, rows, cols, err := ReadIDXImages(bytes.NewReader(tc.data))
			if err != nil {
				t.Fatal(err)
			}
			if n != 3 || rows != 2 || cols != 4 || !bytes.Equal(pix, seq(24)) {
				t.Fatalf("got %d images %dx%d %v", n, rows, cols, pix)
			}
		})
	}
}

func TestReadIDXLabels(t *testing.T) {
	good := idxLabels(idxLabelMagic, 5, []byte{0, 9, 3, 3, 1})
	for _, data := range [][]byte{good, gz(t, good)} {
		labels, err := ReadIDXLabels(bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(labels, []byte{0, 9, 3, 3, 1}) {
			t.Fatalf("labels %v", labels)
		}
	}
}

func TestReadIDXCorrupt(t *testing.T) {
	good := idxImages(idxImageMagic, 3, 2, 4, seq(24))
	zgood := gz(t, good)
	badCRC := bytes.Clone(zgood)
	badCRC[len(badCRC)-6] ^= 0xff // inside the CRC-32 trailer
	for _, tc := range []struct {
		name      string
		data      []byte
		want      string
		truncated bool
	}{
		{"empty", nil, "shorter than 2 bytes", true},
		{"short header", good[:10], "image header has 10 of 16 bytes", true},
		{"short data", good[:30], "image data has 14 of 24 bytes", true},
		{"labels magic", idxImages(idxLabelMagic, 3, 2, 4, seq(24)), "bad magic", false},
		{"zero size", idxImages(idxImageMagic, 3, 0, 4, nil), "empty image size", false},
		{"huge count", idxImages(idxImageMagic, 0xffffffff, 28, 28, nil), "exceed", false},
		{"trailing", append(bytes.Clone(good), 1), "trailing bytes", false},
		{"gzip short trailer", zgood[:len(zgood)-4], "ends early", true},
		{"gzip short data", zgood[:len(zgood)-30], "image data has 8 of 24 bytes", true},
		{"gzip bad crc", badCRC, "checksum", false},
		{"gzip bad header", []byte{0x1f, 0x8b, 0, 0}, "gzip header", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, _, _, _, err := ReadIDXImages(bytes.NewReader(tc.data))
			if err == nil {
				t.Fatal("no error")
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %q does not mention %q", err, tc.want)
			}
			if tc.truncated != errors.Is(err, ErrTruncated) {
				t.Errorf("errors.Is(%v, ErrTruncated) = %v", err, !tc.truncated)
			}
		})
	}
}

func TestReadIDXLabelsCorrupt(t *testing.T) {
	for _, tc := range []struct {
		name string
		data []byte
		want string
	}{
		{"images magic", idxLabels(idxImageMagic, 1, []byte{1}), "bad magic"},
		{"short", idxLabels(idxLabelMagic, 4, []byte{1, 2}), "label data has 2 of 4 bytes"},
		{"trailing", idxLabels(idxLabelMagic, 1, []byte{1, 2}), "trailing"},
		{"huge", idxLabels(idxLabelMagic, 0xffffffff, nil), "exceed"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ReadIDXLabels(bytes.NewReader(tc.data))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error %v, want one mentioning %q", err, tc.want)
			}
		})
	}
}

func TestLoadSetChecks(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	imgs := write("imgs", idxImages(idxImageMagic, 2, Rows, Cols, seq(2*Pixels)))
	small := write("small", idxImages(idxImageMagic, 2, 2, 2, seq(8)))
	labels := write("labels", idxLabels(idxLabelMagic, 2, []byte{4, 7}))
	three := write("three", idxLabels(idxLabelMagic, 3, []byte{4, 7, 1}))
	bad := write("bad", idxLabels(idxLabelMagic, 2, []byte{4, 10}))

	d, err := LoadSet(imgs, labels)
	if err != nil {
		t.Fatal(err)
	}
	if d.Len() != 2 || !bytes.Equal(d.Image(1), seq(2 * Pixels)[Pixels:]) || d.Labels[1] != 7 {
		t.Fatal("LoadSet returned the wrong data")
	}
	for _, tc := range []struct{ images, labels, want string }{
		{small, labels, "2x2"},
		{imgs, three, "3 labels"},
		{imgs, bad, "not a digit"},
		{filepath.Join(dir, "missing"), labels, "no such file"},
	} {
		if _, err := LoadSet(tc.images, tc.labels); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("LoadSet(%s, %s) error %v, want one mentioning %q", tc.images, tc.labels, err, tc.want)
		}
	}
}
