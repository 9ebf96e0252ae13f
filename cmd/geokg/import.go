package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/graph/graphio"
	"github.com/geokg/geokg/loader"
)

const importUsage = `
Usage: geokg import [flags] FILE...
       geokg import [flags] -

Import writes the graphs in files made by "geokg export --format jsonl" (or
in standard input, -) into the store, a batch of articles per transaction,
with the merges they carry. Nothing is extracted again: the statements keep
the ids, evidence and extractor version they were exported with. An article
the store already holds with the same fingerprint is left as it is, so
importing a file twice changes nothing.

A line that is not a graph stops the import, naming its file and line (exit
status 1); the batches before it stay written. On a terminal a progress bar
shows on stderr.

Examples:

	geokg import --store news.db backup.jsonl
	gunzip -c geokg.jsonl.gz | geokg import --store bolt://localhost:7687 -
`

func (m *Main) runImport(ctx context.Context, args []string) (err error) {
	f := m.newFlagSet("import", importUsage)
	f.storeFlag()
	batch := f.Int("batch", loader.DefaultBatchSize, "articles written per transaction")
	paths, err := f.parse(args)
	if err != nil {
		return err
	}
	switch {
	case len(paths) == 0:
		return f.usageErr("no input: give files written by geokg export --format jsonl, or - for standard input")
	case *batch < 1:
		return f.usageErr("--batch %d: want at least 1", *batch)
	}
	stdin := 0
	for _, p := range paths {
		if p == "-" {
			stdin++
			continue
		}
		// Found missing before the store is opened, and anything written.
		if _, err := os.Stat(p); err != nil {
			return fmt.Errorf("import: %w", err)
		}
	}
	if stdin > 1 {
		return f.usageErr("- (standard input) given %d times", stdin)
	}

	store, err := f.openStore(ctx)
	if err != nil {
		return err
	}
	defer closeStore(store, f.log, &err)
	start := time.Now()
	before, err := store.Stats(ctx)
	if err != nil {
		return fmt.Errorf("import: %w", err)
	}
	log := f.log
	var total int
	var known bool
	if m.StderrIsTerminal {
		// Counting the lines first costs a read of the files, which the
		// import then finds in the page cache; a bar without a total
		// would tell less.
		total, known = countGraphs(paths)
	}
	pr := newProgress(m.Stderr, m.StderrIsTerminal, log, total, known)
	pr.verb = "importing"
	if m.StderrIsTerminal {
		log = f.loggerTo(pr) // log lines print above the progress line, not through it
	}
	read := 0
	for _, p := range paths {
		n, err := m.importFile(ctx, store, p, graphio.Options{BatchSize: *batch, Progress: pr.written(start, read)})
		read += n
		if err != nil {
			pr.finish()
			return err
		}
		log.Debug("imported", "file", p, "articles", n)
	}
	pr.finish()
	after, err := store.Stats(ctx)
	if err != nil {
		return fmt.Errorf("import: %w", err)
	}
	from := paths[0]
	switch {
	case len(paths) > 1:
		from = plural(len(paths), "file")
	case from == "-":
		from = "standard input"
	}
	_, err = fmt.Fprintf(m.Stdout, "imported %s from %s; store: %s; %s\n",
		plural(read, "article"), from, storeDelta(before, after), time.Since(start).Round(time.Millisecond))
	return err
}

// importFile imports one file, or standard input for "-", and returns how
// many graphs it read.
func (m *Main) importFile(ctx context.Context, store graph.Store, path string, o graphio.Options) (int, error) {
	var r io.Reader = m.Stdin
	name := "standard input"
	if path != "-" {
		fh, err := os.Open(path)
		if err != nil {
			return 0, fmt.Errorf("import: %w", err)
		}
		defer fh.Close()
		r, name = fh, path
	}
	n, err := graphio.ImportJSONL(ctx, r, store, o)
	if err != nil {
		return n, fmt.Errorf("%s: %w", name, err)
	}
	return n, nil
}

// storeDelta says what a store holds after a write, and how that changed.
func storeDelta(before, after graph.Stats) string {
	parts := []string{
		fmt.Sprintf("%s (%+d)", plural(after.Articles, "article"), after.Articles-before.Articles),
		fmt.Sprintf("%s (%+d)", plural(after.Entities, "entity"), after.Entities-before.Entities),
		fmt.Sprintf("%s (%+d)", plural(after.Events, "event"), after.Events-before.Events),
		fmt.Sprintf("%s (%+d)", plural(after.Relations, "relation"), after.Relations-before.Relations),
		fmt.Sprintf("%s (%+d)", plural(after.Merges, "merge"), after.Merges-before.Merges),
	}
	return strings.Join(parts, ", ")
}

// countGraphs counts the graphs in the files at paths, one a line that is
// not blank, as ReadJSONL reads them; the count is not known when one of
// them is standard input or cannot be read.
func countGraphs(paths []string) (int, bool) {
	total := 0
	for _, p := range paths {
		if p == "-" {
			return 0, false
		}
		n, err := countLines(p)
		if err != nil {
			return 0, false
		}
		total += n
	}
	return total, true
}

// countLines counts the lines of the file at path that hold more than
// white space.
func countLines(path string) (int, error) {
	fh, err := os.Open(path)
	if err != nil {
		return 0, err
	}
	defer fh.Close()
	n, filled := 0, false
	buf := make([]byte, 1<<20)
	for {
		k, err := fh.Read(buf)
		for _, c := range buf[:k] {
			switch c {
			case '\n':
				if filled {
					n++
				}
				filled = false
			case ' ', '\t', '\r', '\v', '\f':
			default:
				filled = true
			}
		}
		if err == io.EOF {
			if filled {
				n++
			}
			return n, nil
		}
		if err != nil {
			return 0, err
		}
	}
}
