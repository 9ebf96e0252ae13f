package loader

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"unicode/utf8"
)

// JSON articles are objects; these keys are read, first match wins, and every
// other key is ignored (gold annotation files, for one, load as articles).
var (
	jsonIDKeys        = []string{"id", "guid"}
	jsonTitleKeys     = []string{"title", "headline"}
	jsonTextKeys      = []string{"text", "body", "content"}
	jsonURLKeys       = []string{"url", "link", "source_url"}
	jsonPublishedKeys = []string{"published", "date", "published_at", "publishedAt", "datePublished", "pubDate"}
)

// jsonArticle reads one article object. A null value counts as absent.
func jsonArticle(data []byte) (rawArticle, error) {
	var obj map[string]json.RawMessage
	if err := json.Unmarshal(data, &obj); err != nil {
		var typeErr *json.UnmarshalTypeError
		if errors.As(err, &typeErr) {
			return rawArticle{}, kindf(ErrNotArticle, "the value is %s, want an article object", jsonKind(data))
		}
		return rawArticle{}, kindf(ErrMalformed, "%v", err)
	}
	if obj == nil {
		return rawArticle{}, kindf(ErrNotArticle, "the value is null, want an article object")
	}
	var a rawArticle
	var err error
	if a.FeedID, _, err = jsonField(obj, jsonIDKeys, true); err != nil {
		return rawArticle{}, err
	}
	if a.Title, _, err = jsonField(obj, jsonTitleKeys, false); err != nil {
		return rawArticle{}, err
	}
	if a.Text, a.HasText, err = jsonField(obj, jsonTextKeys, false); err != nil {
		return rawArticle{}, err
	}
	if a.URL, _, err = jsonField(obj, jsonURLKeys, false); err != nil {
		return rawArticle{}, err
	}
	if a.Published, _, err = jsonField(obj, jsonPublishedKeys, false); err != nil {
		return rawArticle{}, err
	}
	return a, nil
}

// jsonField returns the string under the first of keys that is present and
// not null. Feeds number their items as often as they name them, so an id
// may be a number.
func jsonField(obj map[string]json.RawMessage, keys []string, numberOK bool) (string, bool, error) {
	for _, k := range keys {
		raw, ok := obj[k]
		if !ok || string(raw) == "null" {
			continue
		}
		var s string
		if err := json.Unmarshal(raw, &s); err == nil {
			return s, true, nil
		}
		if numberOK {
			var n json.Number
			if err := json.Unmarshal(raw, &n); err == nil {
				return n.String(), true, nil
			}
		}
		return "", false, kindf(ErrNotArticle, "%q is %s, want a string", k, jsonKind(raw))
	}
	return "", false, nil
}

func jsonKind(raw []byte) string {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 {
		return "empty"
	}
	switch raw[0] {
	case '{':
		return "an object"
	case '[':
		return "an array"
	case '"':
		return "a string"
	case 't', 'f':
		return "a boolean"
	case 'n':
		return "null"
	}
	return "a number"
}

// readJSONDoc reads a .json document: one article object, or an array of
// them. Each article is reported with the line its value starts on (0 for a
// lone object); a syntax error stops the document at the line it is on.
func readJSONDoc(data []byte, yield func(line int, a rawArticle, err error) bool) {
	trimmed := bytes.TrimLeft(data, " \t\r\n")
	if len(trimmed) == 0 {
		yield(0, rawArticle{}, ErrEmpty)
		return
	}
	if line, err := checkUTF8(data); err != nil {
		yield(line, rawArticle{}, err)
		return
	}
	if trimmed[0] != '[' {
		if !json.Valid(data) {
			yield(lineAt(data, syntaxOffset(data)), rawArticle{}, kindf(ErrMalformed, "%v", jsonSyntaxError(data)))
			return
		}
		a, err := jsonArticle(data)
		yield(0, a, err)
		return
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	if _, err := dec.Token(); err != nil { // the opening '['
		yield(lineAt(data, int(dec.InputOffset())), rawArticle{}, kindf(ErrMalformed, "%v", err))
		return
	}
	lines := lineCounter{data: data}
	for dec.More() {
		start := int(dec.InputOffset())
		// InputOffset sits before the separator and blank space that precede
		// the value; the value's own line is the one after them.
		for start < len(data) && (data[start] == ',' || data[start] == ' ' || data[start] == '\t' || data[start] == '\r' || data[start] == '\n') {
			start++
		}
		line := lines.at(start)
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			var se *json.SyntaxError
			if errors.As(err, &se) {
				line = lines.at(int(se.Offset))
			}
			yield(line, rawArticle{}, kindf(ErrMalformed, "%v", err))
			return
		}
		a, err := jsonArticle(raw)
		if !yield(line, a, err) {
			return
		}
	}
	if _, err := dec.Token(); err != nil { // the closing ']'
		yield(lineAt(data, int(dec.InputOffset())), rawArticle{}, kindf(ErrMalformed, "%v", err))
	}
}

// isJSONLines reports whether a document that is not one JSON value is JSON
// Lines under another name: its first line holds a whole object and more
// follows. Such files are often named .json.
func isJSONLines(data []byte) bool {
	data = bytes.TrimLeft(data, " \t\r\n")
	first, rest, ok := bytes.Cut(data, []byte{'\n'})
	first = bytes.TrimSpace(first)
	return ok && len(first) > 0 && first[0] == '{' && json.Valid(first) &&
		len(bytes.TrimSpace(rest)) > 0 && !json.Valid(data)
}

// readJSONLines reads one article per line from r, numbering lines from
// first. Blank lines are skipped; a line longer than maxBytes is an error for
// that line only.
func readJSONLines(r io.Reader, first, maxBytes int, yield func(line int, a rawArticle, err error) bool) error {
	return readLines(r, first, maxBytes, func(n int, line []byte, tooLong bool) bool {
		line = bytes.TrimSpace(line)
		switch {
		case tooLong:
			return yield(n, rawArticle{}, kindf(ErrTooLarge, "the line is longer than %d bytes", maxBytes))
		case len(line) == 0:
			return true
		case !utf8.Valid(line):
			return yield(n, rawArticle{}, kindf(ErrEncoding, "the line is not valid UTF-8"))
		}
		a, err := jsonArticle(line)
		return yield(n, a, err)
	})
}

// jsonSyntaxError returns why data is not JSON, in encoding/json's words.
func jsonSyntaxError(data []byte) error {
	var v any
	err := json.Unmarshal(data, &v)
	if err == nil {
		return fmt.Errorf("not a JSON value")
	}
	return err
}

func syntaxOffset(data []byte) int {
	var se *json.SyntaxError
	if errors.As(jsonSyntaxError(data), &se) {
		return int(se.Offset)
	}
	return len(data)
}

// lineAt returns the 1-based line holding byte offset off of data.
func lineAt(data []byte, off int) int {
	off = min(max(off, 0), len(data))
	return bytes.Count(data[:off], []byte{'\n'}) + 1
}

// lineCounter answers lineAt for increasing offsets in time linear in the
// document, not in offsets × document.
type lineCounter struct {
	data []byte
	off  int
	line int
}

func (c *lineCounter) at(off int) int {
	off = min(max(off, 0), len(c.data))
	if off < c.off || c.line == 0 {
		c.off, c.line = 0, 1
	}
	c.line += bytes.Count(c.data[c.off:off], []byte{'\n'})
	c.off = off
	return c.line
}
