package loader

import (
	"errors"
	"fmt"
	"strconv"

	"github.com/geokg/geokg/graph"
)

// Kinds of unreadable input. Each matches errors.Is(err, graph.ErrInvalid)
// as well as itself: reading the same input again fails again.
var (
	ErrBinary     error = inputKind("binary file")
	ErrEncoding   error = inputKind("invalid UTF-8")
	ErrEmpty      error = inputKind("empty article")
	ErrNoText     error = inputKind("missing text")
	ErrMalformed  error = inputKind("malformed JSON")
	ErrNotArticle error = inputKind("not an article")
	ErrTooLarge   error = inputKind("too large")
	ErrDate       error = inputKind("unrecognised date")
)

// ErrSkipped is returned by a run that finished but left out at least one
// input; Summary.Errors says which and why.
var ErrSkipped = errors.New("some inputs were skipped")

type inputKind string

func (k inputKind) Error() string { return string(k) }

// Is lets callers that only know the graph's error kinds recognise bad input.
func (k inputKind) Is(target error) bool { return target == graph.ErrInvalid }

// InputError says which input could not be read: the path as the caller gave
// it (or as a folder walk found it), the line for line-oriented formats, and
// why. Its message reads "articles.jsonl:7: malformed JSON: …" so that an
// editor or terminal can jump to it.
type InputError struct {
	Path string
	Line int // 1-based; 0 when the whole file is meant
	Err  error
}

func (e *InputError) Error() string {
	return location(e.Path, e.Line) + ": " + e.Err.Error()
}

func (e *InputError) Unwrap() error { return e.Err }

// location formats path and line the way compilers do.
func location(path string, line int) string {
	if line > 0 {
		return path + ":" + strconv.Itoa(line)
	}
	return path
}

// kindf wraps a kind with detail: kindf(ErrMalformed, "%v", err) reads
// "malformed JSON: unexpected end of input".
func kindf(kind error, format string, args ...any) error {
	return fmt.Errorf("%w: %s", kind, fmt.Sprintf(format, args...))
}
