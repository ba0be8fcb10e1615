package mmap

import "syscall"

func willNeed(data []byte, off, n int) {
	const page = 4096
	start := off &^ (page - 1)
	end := min(off+n, len(data))
	if start >= end {
		return
	}
	_ = syscall.Madvise(data[start:end], syscall.MADV_WILLNEED)
}
