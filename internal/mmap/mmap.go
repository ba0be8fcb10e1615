// Package mmap maps files read-only into memory, so that model weights are
// paged in from the page cache as they are used instead of being copied into
// the heap: a 7 GB model opens in milliseconds and its resident memory is the
// file's pages the process has touched, shared with every other process that
// maps the same file.
//
// On systems without mmap (and for empty files) the file is read into memory
// instead; callers see the same API.
package mmap

import (
	"fmt"
	"os"
)

// File is a file's contents in memory. Data is read-only: writing to it
// faults.
type File struct {
	Data   []byte
	mapped bool
}

// Open maps the file at path.
func Open(path string) (*File, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if !fi.Mode().IsRegular() {
		return nil, fmt.Errorf("%s is not a regular file", path)
	}
	size := fi.Size()
	if size != int64(int(size)) {
		return nil, fmt.Errorf("%s: %d bytes do not fit in this process's address space", path, size)
	}
	if size == 0 {
		return &File{Data: []byte{}}, nil
	}
	data, mapped, err := mapFile(f, int(size))
	if err != nil {
		return nil, fmt.Errorf("mapping %s: %w", path, err)
	}
	return &File{Data: data, mapped: mapped}, nil
}

// Close unmaps the file. Data must not be used afterwards.
func (f *File) Close() error {
	if f == nil || f.Data == nil {
		return nil
	}
	data := f.Data
	f.Data = nil
	if !f.mapped {
		return nil
	}
	return unmap(data)
}

// WillNeed asks the kernel to read the range [off, off+n) of the file ahead
// of use (a hint; errors are ignored).
func (f *File) WillNeed(off, n int) {
	if f.mapped && n > 0 {
		willNeed(f.Data, off, n)
	}
}
