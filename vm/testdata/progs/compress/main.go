// Command compress round-trips generated data through compress/gzip, compress/flate (with and without a
// preset dictionary) and compress/zlib at several levels, printing compressed sizes and checksums of both the
// compressed streams and the decompressed data.
package main

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"fmt"
	"hash/adler32"
	"hash/crc32"
	"io"
	"strings"
)

// corpus builds text with repeats at many distances (good for LZ77) mixed with pseudo-random bytes.
func corpus(n int) []byte {
	words := strings.Fields("the quick brown fox jumps over lazy dog lorem ipsum dolor sit amet consectetur " +
		"adipiscing elit sed do eiusmod tempor incididunt ut labore et dolore magna aliqua")
	var b bytes.Buffer
	x := uint32(2463534242)
	for b.Len() < n {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		switch x % 10 {
		case 0:
			for i := 0; i < 8; i++ {
				b.WriteByte(byte(x >> (i * 3)))
			}
		case 1:
			fmt.Fprintf(&b, "%d;", x%100000)
		default:
			b.WriteString(words[x%uint32(len(words))])
			b.WriteByte(' ')
		}
	}
	return b.Bytes()[:n]
}

func check(name string, compressed []byte, orig []byte, decompress func([]byte) ([]byte, error)) {
	got, err := decompress(compressed)
	if err != nil {
		fmt.Printf("%s: decompress error: %v\n", name, err)
		return
	}
	fmt.Printf("%-16s %7d -> %6d bytes, stream crc32 %08x, round trip %v, data crc32 %08x\n", name, len(orig),
		len(compressed), crc32.ChecksumIEEE(compressed), bytes.Equal(got, orig), crc32.ChecksumIEEE(got))
}

func main() {
	data := corpus(64_000)
	fmt.Printf("input crc32 %08x adler32 %08x\n", crc32.ChecksumIEEE(data), adler32.Checksum(data))

	for _, level := range []int{gzip.NoCompression, gzip.BestSpeed, gzip.DefaultCompression, gzip.BestCompression, gzip.HuffmanOnly} {
		var buf bytes.Buffer
		w, err := gzip.NewWriterLevel(&buf, level)
		if err != nil {
			panic(err)
		}
		w.Name = "corpus.txt"
		w.Comment = "opml"
		// Write in uneven pieces to exercise the writer's buffering.
		for off, step := 0, 1; off < len(data); step = step*3 + 1 {
			end := min(off+step, len(data))
			if _, err := w.Write(data[off:end]); err != nil {
				panic(err)
			}
			off = end
		}
		if err := w.Close(); err != nil {
			panic(err)
		}
		check(fmt.Sprintf("gzip level %d", level), buf.Bytes(), data, func(c []byte) ([]byte, error) {
			r, err := gzip.NewReader(bytes.NewReader(c))
			if err != nil {
				return nil, err
			}
			if r.Name != "corpus.txt" || r.Comment != "opml" {
				return nil, fmt.Errorf("header lost: %q %q", r.Name, r.Comment)
			}
			return io.ReadAll(r)
		})
	}

	dict := []byte("the quick brown fox jumps over lazy dog lorem ipsum dolor sit amet")
	for _, useDict := range []bool{false, true} {
		var buf bytes.Buffer
		var w *flate.Writer
		var err error
		if useDict {
			w, err = flate.NewWriterDict(&buf, 6, dict)
		} else {
			w, err = flate.NewWriter(&buf, 6)
		}
		if err != nil {
			panic(err)
		}
		w.Write(data[:20_000])
		w.Flush() // a sync flush in the middle of the stream
		w.Write(data[20_000:])
		w.Close()
		check(fmt.Sprintf("flate dict=%v", useDict), buf.Bytes(), data, func(c []byte) ([]byte, error) {
			var r io.ReadCloser
			if useDict {
				r = flate.NewReaderDict(bytes.NewReader(c), dict)
			} else {
				r = flate.NewReader(bytes.NewReader(c))
			}
			defer r.Close()
			return io.ReadAll(r)
		})
	}

	var zbuf bytes.Buffer
	zw, _ := zlib.NewWriterLevel(&zbuf, zlib.BestCompression)
	zw.Write(data)
	zw.Close()
	check("zlib best", zbuf.Bytes(), data, func(c []byte) ([]byte, error) {
		r, err := zlib.NewReader(bytes.NewReader(c))
		if err != nil {
			return nil, err
		}
		return io.ReadAll(r)
	})

	// A corrupted stream must be reported as an error.
	var gbuf bytes.Buffer
	gw := gzip.NewWriter(&gbuf)
	gw.Write(data[:5000])
	gw.Close()
	bad := append([]byte(nil), gbuf.Bytes()...)
	bad[len(bad)-6] ^= 0x55 // inside the CRC-32 trailer
	r, _ := gzip.NewReader(bytes.NewReader(bad))
	_, err := io.ReadAll(r)
	fmt.Println("corrupted gzip:", err)
	_, err = io.ReadAll(flate.NewReader(bytes.NewReader([]byte{0xff, 0xff, 0xff})))
	fmt.Println("garbage flate:", err)
}
