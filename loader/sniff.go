package loader

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"unicode/utf8"
)

// sniffLen is how much of a file is looked at to tell text from binary, as
// git and file(1) do with their first few kilobytes.
const sniffLen = 8000

var (
	utf8BOM    = []byte{0xEF, 0xBB, 0xBF}
	utf16BOMLE = []byte{0xFF, 0xFE}
	utf16BOMBE = []byte{0xFE, 0xFF}
)

// checkContent rejects content that is not text: UTF-16 (which news
// exports sometimes are, and which would otherwise read as binary) and
// anything with a NUL byte near the start.
func checkContent(head []byte) error {
	if len(head) > sniffLen {
		head = head[:sniffLen]
	}
	if bytes.HasPrefix(head, utf16BOMLE) || bytes.HasPrefix(head, utf16BOMBE) {
		return kindf(ErrEncoding, "UTF-16 text; convert it to UTF-8")
	}
	if bytes.IndexByte(head, 0) >= 0 {
		return ErrBinary
	}
	return nil
}

// checkUTF8 returns ErrEncoding with the line and column of the first byte
// that is not UTF-8, so the user can find it.
func checkUTF8(data []byte) (line int, err error) {
	if utf8.Valid(data) {
		return 0, nil
	}
	off := 0
	for off < len(data) {
		r, size := utf8.DecodeRune(data[off:])
		if r == utf8.RuneError && size <= 1 {
			break
		}
		off += size
	}
	line = lineAt(data, off)
	col := off - bytes.LastIndexByte(data[:off], '\n')
	return line, kindf(ErrEncoding, "byte 0x%02x at column %d", data[off], col)
}

func bomPrefix(br *bufio.Reader) []byte {
	if head, _ := br.Peek(len(utf8BOM)); bytes.Equal(head, utf8BOM) {
		return utf8BOM
	}
	return nil
}

// readAll reads r to the end, failing with ErrTooLarge past max bytes
// rather than growing without bound.
func readAll(r io.Reader, max int) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, int64(max)+1))
	if err != nil {
		return nil, err
	}
	if len(data) > max {
		return nil, kindf(ErrTooLarge, "more than the %d bytes allowed", max)
	}
	return data, nil
}

// readFirstLine returns the first line of br with its line ending.
func readFirstLine(br *bufio.Reader, max int) ([]byte, error) {
	var line []byte
	for {
		chunk, err := br.ReadSlice('\n')
		line = append(line, chunk...)
		if len(line) > max {
			return nil, kindf(ErrTooLarge, "the first line is longer than %d bytes", max)
		}
		switch {
		case errors.Is(err, bufio.ErrBufferFull):
			continue
		case err == nil || errors.Is(err, io.EOF):
			return line, nil
		default:
			return nil, err
		}
	}
}

// countLines counts the non-blank lines of a file, for progress estimates;
// it returns 1 when the file cannot be read, as that file will yield one
// error item.
func countLines(fsys fileSystem, name string) int {
	f, err := fsys.Open(name)
	if err != nil {
		return 1
	}
	defer f.Close()
	n := 0
	blank := true
	buf := make([]byte, 64<<10)
	for {
		k, err := f.Read(buf)
		for _, c := range buf[:k] {
			switch c {
			case '\n':
				if !blank {
					n++
				}
				blank = true
			case ' ', '\t', '\r':
			default:
				blank = false
			}
		}
		if err != nil {
			break
		}
	}
	if !blank {
		n++
	}
	return n
}
