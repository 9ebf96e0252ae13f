package main

import (
	"context"
	"fmt"
	"log/slog"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/loader"
	"github.com/geokg/geokg/loader/extract"
	"github.com/geokg/geokg/loader/resolve"
)

const loadUsage = `
Usage: geokg load [flags] PATH...

Load extracts the articles in PATH (files, folders, or - for standard input)
and writes them to the store, a batch per transaction. Loading an article
again changes nothing unless its text, metadata or the extractor changed.
Names and events that other articles already gave are merged into the
nodes they name ("Putin" into "Vladimir Putin"); every merge is recorded
and can be undone (geokg merges).

An input that cannot be read or extracted is reported on stderr and skipped,
and the rest loads; the exit status is then 3. With --strict the first such
input stops the load (exit status 1) after writing every article before it.
The summary goes to stdout; on a terminal a progress bar shows on stderr.

Examples:

	geokg load examples/articles
	geokg load --store /var/lib/geokg/news.db --batch 500 feeds/*.jsonl
	GEOKG_STORE=sqlite:news.db geokg load --strict today/
`

func (m *Main) runLoad(ctx context.Context, args []string) (err error) {
	f := m.newFlagSet("load", loadUsage)
	f.storeFlag()
	strict := f.Bool("strict", false, "stop at the first input that cannot be read or extracted")
	batch := f.Int("batch", loader.DefaultBatchSize, "articles written per transaction")
	workers := f.Int("workers", 0, "how many articles to extract at once (default: the number of CPUs)")
	published := f.String("published", "", "publication `date` of articles that do not give one (YYYY-MM-DD)")
	noResolve := f.Bool("no-resolve", false, "write ids as extracted, without merging names and events other articles already gave")
	paths, err := f.parse(args)
	if err != nil {
		return err
	}
	log := f.log
	switch {
	case len(paths) == 0:
		return f.usageErr("no input: give files, folders or - for standard input")
	case *batch < 1:
		return f.usageErr("--batch %d: want at least 1", *batch)
	case *workers < 0:
		return f.usageErr("--workers %d: want 0 (one per CPU) or more", *workers)
	}
	if _, err := loader.NormalizeDate(*published); err != nil {
		return f.usageErr("--published: %v", err)
	}
	store, err := f.openStore(ctx)
	if err != nil {
		return err
	}
	defer closeStore(store, log, &err)

	in := &loader.Input{Paths: paths, Stdin: m.Stdin, Published: *published, Logger: log}
	total, known := in.Count(ctx)
	p := newProgress(m.Stderr, m.StderrIsTerminal, log, total, known)
	if m.StderrIsTerminal {
		log = f.loggerTo(p) // warnings print above the progress line, not through it
		in.Logger = log
	}
	l := newLoader(store, log)
	l.Workers, l.BatchSize, l.Strict, l.Progress = *workers, *batch, *strict, p.update
	if *noResolve {
		l.Resolver = nil
	}
	sum, err := l.Load(ctx, in.Articles(ctx))
	p.finish()
	fmt.Fprintln(m.Stdout, sum)
	if err != nil {
		return err
	}
	if sum.Skipped > 0 {
		return errSkipped
	}
	return nil
}

// newLoader returns the loader every command uses: the embedded extractor
// and cross-article resolution.
func newLoader(store graph.Store, log *slog.Logger) *loader.Loader {
	return &loader.Loader{Store: store, Extractor: extract.New(), Resolver: resolve.New(), Logger: log}
}
