package loader

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"io/fs"
	"iter"
	"log/slog"
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/geokg/geokg/graph"
)

// DefaultMaxBytes is the largest article (or JSON Lines line) read by
// default: far above any news story, low enough that a stray disk image in a
// folder cannot exhaust memory.
const DefaultMaxBytes = 64 << 20

// Stdin is the path that names standard input.
const Stdin = "-"

// Input names articles to read: files, folders (walked recursively in
// lexical order, hidden entries and unknown extensions skipped) and "-" for
// standard input. It reads lazily: a folder of a million files is never held
// in memory, only the article being read.
type Input struct {
	Paths []string
	// FS, when set, is where Paths are looked up (slash-separated, as fs.FS
	// wants); nil means the operating system's files.
	FS fs.FS
	// Stdin is what "-" reads; nil means os.Stdin.
	Stdin io.Reader
	// Published is the publication day of articles that do not give one, in
	// any form NormalizeDate accepts; "" leaves them undated.
	Published string
	// MaxBytes bounds one article; 0 means DefaultMaxBytes.
	MaxBytes int
	// Logger receives debug lines for skipped files; nil discards them.
	Logger *slog.Logger
}

// Item is one article read from the input, or why one could not be read.
type Item struct {
	// Article has ID, Title, URL, Published, Text and Source set.
	Article graph.Article
	// Err is an *InputError when the item could not be read; Article.Source
	// still says where it was.
	Err error
}

// format is how a file's content is read.
type format int

const (
	formatUnknown format = iota // sniffed from the content
	formatText
	formatHTML
	formatJSON
	formatJSONL
)

var extensions = map[string]format{
	".txt": formatText, ".text": formatText, ".md": formatText, ".markdown": formatText,
	".html": formatHTML, ".htm": formatHTML, ".xhtml": formatHTML,
	".json":  formatJSON,
	".jsonl": formatJSONL, ".ndjson": formatJSONL,
}

func formatOf(name string) format {
	return extensions[strings.ToLower(path.Ext(filepath.ToSlash(name)))]
}

// NormalizeDate returns a publication date as YYYY-MM-DD. It accepts ISO
// days, RFC 3339 and RFC 1123 timestamps (the day as written in their own
// offset) and spelled-out dates such as "April 16, 2025" or "16 April 2025".
// An empty string stays empty; anything else is an error wrapping ErrDate.
func NormalizeDate(s string) (string, error) { return normalizePublished(s) }

// Articles returns the articles of the input in order: paths as given,
// folders in lexical order, lines and array elements in file order. An
// unreadable item is yielded with its error and reading goes on; reading
// stops when ctx is done or the caller stops iterating.
func (in *Input) Articles(ctx context.Context) iter.Seq[Item] {
	return func(yield func(Item) bool) {
		published, err := normalizePublished(in.Published)
		if err != nil {
			yield(Item{Err: &InputError{Path: "default publication date", Err: err}})
			return
		}
		r := &reader{in: in, fsys: in.fileSystem(), ctx: ctx, published: published, yield: yield}
		for _, p := range in.Paths {
			if !r.path(p) {
				return
			}
		}
	}
}

// Count returns how many articles the input holds, for progress and ETA:
// one per file, one per non-blank JSON Lines line, one per .json file even
// when it holds an array. known is false when the input includes stdin.
func (in *Input) Count(ctx context.Context) (n int, known bool) {
	fsys := in.fileSystem()
	for _, p := range in.Paths {
		if p == Stdin {
			return n, false
		}
		walkInput(ctx, fsys, p, nil, func(name string, f format, err error) bool {
			if err == nil && f == formatJSONL {
				n += countLines(fsys, name)
			} else {
				n++
			}
			return ctx.Err() == nil
		})
	}
	return n, true
}

func (in *Input) fileSystem() fileSystem {
	if in.FS != nil {
		return ioFS{in.FS}
	}
	return osFS{}
}

func (in *Input) maxBytes() int {
	if in.MaxBytes > 0 {
		return in.MaxBytes
	}
	return DefaultMaxBytes
}

// fileSystem is the part of a file system the reader needs, so that the
// same walk serves OS paths and an embedded fs.FS.
type fileSystem interface {
	Open(name string) (fs.File, error)
	Stat(name string) (fs.FileInfo, error)
	WalkDir(root string, fn fs.WalkDirFunc) error
}

type osFS struct{}

func (osFS) Open(name string) (fs.File, error)            { return os.Open(name) }
func (osFS) Stat(name string) (fs.FileInfo, error)        { return os.Stat(name) }
func (osFS) WalkDir(root string, fn fs.WalkDirFunc) error { return filepath.WalkDir(root, fn) }

type ioFS struct{ fsys fs.FS }

func (f ioFS) Open(name string) (fs.File, error)            { return f.fsys.Open(name) }
func (f ioFS) Stat(name string) (fs.FileInfo, error)        { return fs.Stat(f.fsys, name) }
func (f ioFS) WalkDir(root string, fn fs.WalkDirFunc) error { return fs.WalkDir(f.fsys, root, fn) }

// walkInput calls fn for every file p stands for, with the format to read
// it in, or with the error that kept it from being listed. Hidden entries
// and files of unknown extension inside folders are left out (and logged
// at debug level); a file named directly is read whatever its extension.
func walkInput(ctx context.Context, fsys fileSystem, p string, log *slog.Logger, fn func(name string, f format, err error) bool) {
	info, err := fsys.Stat(p)
	if err != nil {
		fn(p, formatUnknown, err)
		return
	}
	if !info.IsDir() {
		fn(p, formatOf(p), nil)
		return
	}
	_ = fsys.WalkDir(p, func(name string, d fs.DirEntry, err error) error {
		if ctx.Err() != nil {
			return fs.SkipAll
		}
		if err != nil {
			if !fn(name, formatUnknown, err) {
				return fs.SkipAll
			}
			return nil
		}
		if name != p && strings.HasPrefix(d.Name(), ".") {
			if log != nil {
				log.Debug("skipping hidden entry", "path", name)
			}
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		if !d.Type().IsRegular() && d.Type()&fs.ModeSymlink == 0 {
			return nil // sockets, devices and pipes are not articles
		}
		f := formatOf(name)
		if f == formatUnknown {
			if log != nil {
				log.Debug("skipping file of unknown type", "path", name)
			}
			return nil
		}
		if !fn(name, f, nil) {
			return fs.SkipAll
		}
		return nil
	})
}

// reader holds the state of one pass over an Input.
type reader struct {
	in        *Input
	fsys      fileSystem
	ctx       context.Context
	published string
	yield     func(Item) bool
	stopped   bool
}

// emit yields an article or an error for source, reporting whether to go on.
func (r *reader) emit(path string, line int, a rawArticle, err error) bool {
	if r.stopped {
		return false
	}
	source := location(path, line)
	var it Item
	if err == nil {
		it.Article, err = a.article(source, r.published)
	}
	if err != nil {
		it = Item{Article: graph.Article{Source: source}, Err: &InputError{Path: path, Line: line, Err: err}}
	}
	if !r.yield(it) || r.ctx.Err() != nil {
		r.stopped = true
	}
	return !r.stopped
}

func (r *reader) fail(path string, line int, err error) bool {
	return r.emit(path, line, rawArticle{}, err)
}

func (r *reader) path(p string) bool {
	if r.ctx.Err() != nil {
		return false
	}
	if p == Stdin {
		in := r.in.Stdin
		if in == nil {
			in = os.Stdin
		}
		r.sniff("stdin", in)
		return !r.stopped
	}
	walkInput(r.ctx, r.fsys, p, r.in.Logger, func(name string, f format, err error) bool {
		if err != nil {
			return r.fail(name, 0, pathErr(err))
		}
		r.file(name, f)
		return !r.stopped
	})
	return !r.stopped && r.ctx.Err() == nil
}

// pathErr drops the operation and path that *fs.PathError repeats, since
// InputError already names the path.
func pathErr(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

func (r *reader) file(name string, f format) {
	fh, err := r.fsys.Open(name)
	if err != nil {
		r.fail(name, 0, pathErr(err))
		return
	}
	defer fh.Close()
	max := r.in.maxBytes()
	if f != formatJSONL && f != formatUnknown {
		if info, err := fh.Stat(); err == nil && info.Size() > int64(max) {
			r.fail(name, 0, kindf(ErrTooLarge, "%d bytes, more than the %d allowed", info.Size(), max))
			return
		}
	}
	switch f {
	case formatUnknown:
		r.sniff(name, fh)
	case formatJSONL:
		r.jsonLines(name, bufio.NewReaderSize(fh, 64<<10), 1)
	default:
		data, err := readAll(fh, max)
		if err != nil {
			r.fail(name, 0, err)
			return
		}
		r.whole(name, f, data)
	}
}

// whole reads a format that needs the whole file at once.
func (r *reader) whole(name string, f format, data []byte) {
	if err := checkContent(data); err != nil {
		r.fail(name, 0, err)
		return
	}
	data = bytes.TrimPrefix(data, utf8BOM)
	switch f {
	case formatHTML:
		a, err := parseHTML(data)
		r.emit(name, 0, a, err)
	case formatJSON:
		emit := func(line int, a rawArticle, err error) bool { return r.emit(name, line, a, err) }
		if isJSONLines(data) {
			if err := readJSONLines(bytes.NewReader(data), 1, r.in.maxBytes(), emit); err != nil {
				r.fail(name, 0, err)
			}
			return
		}
		readJSONDoc(data, emit)
	default:
		if line, err := checkUTF8(data); err != nil {
			r.fail(name, line, err)
			return
		}
		r.emit(name, 0, parseText(string(data)), nil)
	}
}

func (r *reader) jsonLines(name string, br *bufio.Reader, first int) {
	if head, _ := br.Peek(sniffLen); checkContent(head) != nil {
		r.fail(name, 0, checkContent(head))
		return
	}
	if first == 1 {
		if _, err := br.Discard(len(bomPrefix(br))); err != nil {
			r.fail(name, 0, err)
			return
		}
	}
	err := readJSONLines(br, first, r.in.maxBytes(), func(line int, a rawArticle, err error) bool {
		return r.emit(name, line, a, err)
	})
	if err != nil && !r.stopped {
		r.fail(name, 0, err)
	}
}

// sniff reads input whose format the name does not tell: stdin, or a file
// named directly with an unknown extension. A first line that is a whole
// JSON object means JSON Lines, read as a stream; other JSON is one
// document; "<" starts HTML; anything else is text.
func (r *reader) sniff(name string, in io.Reader) {
	br := bufio.NewReaderSize(in, 64<<10)
	head, _ := br.Peek(sniffLen)
	if err := checkContent(head); err != nil {
		r.fail(name, 0, err)
		return
	}
	rest := bytes.TrimLeft(bytes.TrimPrefix(head, utf8BOM), " \t\r\n")
	if len(rest) == 0 {
		r.readWhole(name, br, formatText) // blank so far: text, most likely empty
		return
	}
	switch rest[0] {
	case '{':
		first, err := readFirstLine(br, r.in.maxBytes())
		if err != nil {
			r.fail(name, 0, err)
			return
		}
		if obj := bytes.TrimSpace(bytes.TrimPrefix(first, utf8BOM)); len(obj) > 0 && obj[0] == '{' && json.Valid(obj) {
			a, err := jsonArticle(obj)
			if !r.emit(name, 1, a, err) {
				return
			}
			r.jsonLines(name, br, 2)
			return
		}
		remaining, err := readAll(br, r.in.maxBytes()-len(first))
		if err != nil {
			r.fail(name, 0, err)
			return
		}
		r.whole(name, formatJSON, append(first, remaining...))
	case '[':
		r.readWhole(name, br, formatJSON)
	case '<':
		r.readWhole(name, br, formatHTML)
	default:
		r.readWhole(name, br, formatText)
	}
}

func (r *reader) readWhole(name string, in io.Reader, f format) {
	data, err := readAll(in, r.in.maxBytes())
	if err != nil {
		r.fail(name, 0, err)
		return
	}
	r.whole(name, f, data)
}
