//go:build unix

package mmap

import (
	"os"
	"syscall"
)

func mapFile(f *os.File, size int) ([]byte, bool, error) {
	data, err := syscall.Mmap(int(f.Fd()), 0, size, syscall.PROT_READ, syscall.MAP_SHARED)
	if err != nil {
		return nil, false, err
	}
	return data, true, nil
}

func unmap(data []byte) error { return syscall.Munmap(data) }

func willNeed(data []byte, off, n int) {
	const page = 4096
	start := off &^ (page - 1)
	end := min(off+n, len(data))
	if start >= end {
		return
	}
	_ = syscall.Madvise(data[start:end], syscall.MADV_WILLNEED)
}
