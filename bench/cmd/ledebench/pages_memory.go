package main

import (
	"bufio"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"syscall"
)

// loadPages decompresses every page into one block of memory mapped outside
// the Go heap, for the speed children. Outside the heap, the pages count in
// the process's RSS exactly once, and the garbage collector's pacing (which
// lets the heap grow to about twice its live size) follows the tool's own
// memory only, as it would in a process that streams pages from disk.
//
// It reads every page twice: once to learn the sizes, once to fill the
// block, reusing one gzip reader so that loading leaves little garbage.
func loadPages(paths []string) (pages [][]byte, total int64, err error) {
	var pl pageLoader
	sizes := make([]int64, len(paths))
	for i, p := range paths {
		n, err := pl.copyPage(p, io.Discard)
		if err != nil {
			return nil, 0, err
		}
		if n > maxPageBytes {
			return nil, 0, fmt.Errorf("%s: more than %d bytes once decompressed", p, maxPageBytes)
		}
		sizes[i] = n
		total += n
	}
	if total == 0 {
		return nil, 0, errors.New("pages: every page is empty")
	}
	block, err := syscall.Mmap(-1, 0, int(total), syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_ANON|syscall.MAP_PRIVATE)
	if err != nil {
		return nil, 0, fmt.Errorf("pages: mapping %d bytes: %w", total, err)
	}
	pages = make([][]byte, len(paths))
	for i, p := range paths {
		page := block[:sizes[i]:sizes[i]]
		block = block[sizes[i]:]
		w := &fixedWriter{buf: page[:0]}
		if _, err := pl.copyPage(p, w); err != nil {
			return nil, 0, err
		}
		if len(w.buf) != len(page) {
			return nil, 0, fmt.Errorf("%s: changed while being read", p)
		}
		pages[i] = page
	}
	return pages, total, nil
}

// pageLoader copies pages, decompressing .gz files with one reused reader.
type pageLoader struct {
	br  *bufio.Reader
	zr  *gzip.Reader
	buf []byte // for io.CopyBuffer
}

// copyPage writes the page's (decompressed) bytes to w and returns their count.
func (l *pageLoader) copyPage(path string, w io.Writer) (int64, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	if l.buf == nil {
		l.buf = make([]byte, 32<<10)
	}
	if !strings.HasSuffix(path, ".gz") {
		return io.CopyBuffer(w, io.LimitReader(f, maxPageBytes+1), l.buf)
	}
	if l.br == nil {
		l.br = bufio.NewReaderSize(f, 64<<10)
	} else {
		l.br.Reset(f)
	}
	if l.zr == nil {
		l.zr, err = gzip.NewReader(l.br)
	} else {
		err = l.zr.Reset(l.br)
	}
	if err != nil {
		return 0, fmt.Errorf("%s: %w", path, err)
	}
	n, err := io.CopyBuffer(w, io.LimitReader(l.zr, maxPageBytes+1), l.buf)
	if err != nil {
		return n, fmt.Errorf("%s: %w", path, err)
	}
	return n, nil
}

// fixedWriter appends to buf without ever growing it, so that the bytes
// land in the memory buf already points to.
type fixedWriter struct{ buf []byte }

func (w *fixedWriter) Write(p []byte) (int, error) {
	if len(p) > cap(w.buf)-len(w.buf) {
		return 0, errors.New("page grew while being read")
	}
	w.buf = append(w.buf, p...)
	return len(p), nil
}
