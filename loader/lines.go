package loader

import (
	"bufio"
	"errors"
	"io"
)

// readLines calls fn with each line of r (without its "\r\n" or "\n"),
// numbered from first. Lines of any length stream through; one longer than
// maxBytes is discarded as it is read and reported with tooLong, so a single
// runaway line neither exhausts memory nor hides the lines after it.
func readLines(r io.Reader, first, maxBytes int, fn func(n int, line []byte, tooLong bool) bool) error {
	br, ok := r.(*bufio.Reader)
	if !ok {
		br = bufio.NewReaderSize(r, 64<<10)
	}
	var buf []byte
	for n := first; ; n++ {
		buf = buf[:0]
		tooLong := false
		for {
			chunk, err := br.ReadSlice('\n')
			if !tooLong {
				if len(buf)+len(chunk) > maxBytes+2 { // +2: the line ending is not content
					tooLong, buf = true, buf[:0]
				} else {
					buf = append(buf, chunk...)
				}
			}
			if errors.Is(err, bufio.ErrBufferFull) {
				continue
			}
			if err != nil && !errors.Is(err, io.EOF) {
				return err
			}
			if len(buf) == 0 && !tooLong && errors.Is(err, io.EOF) && len(chunk) == 0 {
				return nil
			}
			line := trimEOL(buf)
			if len(line) > maxBytes {
				tooLong, line = true, nil
			}
			if !fn(n, line, tooLong) {
				return nil
			}
			if errors.Is(err, io.EOF) {
				return nil
			}
			break
		}
	}
}

func trimEOL(b []byte) []byte {
	if n := len(b); n > 0 && b[n-1] == '\n' {
		b = b[:n-1]
		if n := len(b); n > 0 && b[n-1] == '\r' {
			b = b[:n-1]
		}
	}
	return b
}
