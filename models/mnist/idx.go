package mnist

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
)

// IDX magic numbers: two zero bytes, the element type (0x08 = unsigned byte)
// and the number of dimensions.
const (
	idxImageMagic = 0x00000803
	idxLabelMagic = 0x00000801
)

// maxIDXBytes bounds the payload a header may announce, so that a corrupt
// header cannot make the reader allocate gigabytes before it notices the file
// is short. The real MNIST training images are 47 MB.
const maxIDXBytes = 1 << 28

// ErrTruncated is wrapped by the errors returned for IDX data that ends early.
var ErrTruncated = errors.New("truncated")

// ReadIDXImages reads an IDX3 unsigned-byte image file from r (plain or
// gzip-compressed; the gzip header is detected). It returns the pixels of all
// images in one row-major slice, count*rows*cols bytes long.
func ReadIDXImages(r io.Reader) (pixels []byte, count, rows, cols int, err error) {
	body, closeFn, err := idxBody(r)
	if err != nil {
		return nil, 0, 0, 0, err
	}
	defer closeFn()
	var hdr [16]byte
	if err := readFull(body, hdr[:], "image header"); err != nil {
		return nil, 0, 0, 0, err
	}
	if m := binary.BigEndian.Uint32(hdr[0:4]); m != idxImageMagic {
		return nil, 0, 0, 0, fmt.Errorf("idx images: bad magic %#08x, want %#08x", m, idxImageMagic)
	}
	n := uint64(binary.BigEndian.Uint32(hdr[4:8]))
	nr := uint64(binary.BigEndian.Uint32(hdr[8:12]))
	nc := uint64(binary.BigEndian.Uint32(hdr[12:16]))
	if nr == 0 || nc == 0 {
		return nil, 0, 0, 0, fmt.Errorf("idx images: empty image size %dx%d", nr, nc)
	}
	if total := n * nr * nc; nr > 1<<16 || nc > 1<<16 || total > maxIDXBytes {
		return nil, 0, 0, 0, fmt.Errorf("idx images: %d images of %dx%d exceed the %d byte limit", n, nr, nc, maxIDXBytes)
	}
	pixels = make([]byte, n*nr*nc)
	if err := readFull(body, pixels, "image data"); err != nil {
		return nil, 0, 0, 0, err
	}
	if err := expectEOF(body); err != nil {
		return nil, 0, 0, 0, fmt.Errorf("idx images: %w", err)
	}
	return pixels, int(n), int(nr), int(nc), nil
}

// ReadIDXLabels reads an IDX1 unsigned-byte label file from r (plain or
// gzip-compressed).
func ReadIDXLabels(r io.Reader) ([]byte, error) {
	body, closeFn, err := idxBody(r)
	if err != nil {
		return nil, err
	}
	defer closeFn()
	var hdr [8]byte
	if err := readFull(body, hdr[:], "label header"); err != nil {
		return nil, err
	}
	if m := binary.BigEndian.Uint32(hdr[0:4]); m != idxLabelMagic {
		return nil, fmt.Errorf("idx labels: bad magic %#08x, want %#08x", m, idxLabelMagic)
	}
	n := binary.BigEndian.Uint32(hdr[4:8])
	if n > maxIDXBytes {
		return nil, fmt.Errorf("idx labels: %d labels exceed the %d byte limit", n, maxIDXBytes)
	}
	labels := make([]byte, n)
	if err := readFull(body, labels, "label data"); err != nil {
		return nil, err
	}
	if err := expectEOF(body); err != nil {
		return nil, fmt.Errorf("idx labels: %w", err)
	}
	return labels, nil
}

// ReadIDXImagesFile and ReadIDXLabelsFile open name and read it with
// ReadIDXImages or ReadIDXLabels, naming the file in any error.
func ReadIDXImagesFile(name string) (pixels []byte, count, rows, cols int, err error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, 0, 0, 0, err
	}
	defer f.Close()
	pixels, count, rows, cols, err = ReadIDXImages(f)
	if err != nil {
		return nil, 0, 0, 0, fmt.Errorf("%s: %w", name, err)
	}
	return pixels, count, rows, cols, nil
}

// ReadIDXLabelsFile: see ReadIDXImagesFile.
func ReadIDXLabelsFile(name string) ([]byte, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	labels, err := ReadIDXLabels(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return labels, nil
}

// idxBody returns a reader of the decompressed IDX bytes. A gzip stream is
// recognised by its two magic bytes 0x1f 0x8b; an IDX file always starts with
// two zero bytes, so the two cannot be confused.
func idxBody(r io.Reader) (io.Reader, func(), error) {
	br := bufio.NewReader(r)
	head, err := br.Peek(2)
	if err != nil && len(head) < 2 {
		if err == io.EOF {
			err = fmt.Errorf("idx: %w: file shorter than 2 bytes", ErrTruncated)
		}
		return nil, nil, err
	}
	if head[0] != 0x1f || head[1] != 0x8b {
		return br, func() {}, nil
	}
	zr, err := gzip.NewReader(br)
	if err != nil {
		return nil, nil, fmt.Errorf("idx: gzip header: %w", err)
	}
	// Only the first gzip member is IDX data; a second one would be garbage.
	zr.Multistream(false)
	return zr, func() { zr.Close() }, nil
}

func readFull(r io.Reader, buf []byte, what string) error {
	n, err := io.ReadFull(r, buf)
	switch {
	case err == nil:
		return nil
	case errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF):
		return fmt.Errorf("idx: %w: %s has %d of %d bytes", ErrTruncated, what, n, len(buf))
	default:
		return fmt.Errorf("idx: reading %s: %w", what, err)
	}
}

// expectEOF reads on past the announced payload. For gzip input this is what
// makes the reader check the stream's CRC-32 and length trailer; for any input
// it rejects trailing bytes, which mean the header's counts are wrong.
func expectEOF(r io.Reader) error {
	var b [1]byte
	n, err := io.ReadFull(r, b[:])
	switch {
	case n > 0:
		return errors.New("trailing bytes after the announced data")
	case err == io.EOF:
		return nil
	case errors.Is(err, io.ErrUnexpectedEOF):
		return fmt.Errorf("%w: compressed stream ends early", ErrTruncated)
	default:
		return err
	}
}
