package loader

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"log/slog"
	"strconv"
	"strings"
	"time"

	"github.com/geokg/geokg/graph"
)

// DefaultBatchSize is how many articles one transaction writes by default:
// large enough that commit cost is spread thin, small enough that an
// interrupted load loses little work.
const DefaultBatchSize = 100

// MaxErrors is how many skip errors a Summary keeps; the count goes on.
const MaxErrors = 100

// Resolver decides, before a batch is written, which of its ids name things
// the store already knows under other ids, and records that as merges on the
// article graphs (graph.ArticleGraph.Merges), which the store applies in the
// batch's own transaction. It runs against the store as every earlier batch
// left it; the articles of its own batch it sees only in the slice. It may
// return the slice it was given.
type Resolver interface {
	Resolve(ctx context.Context, s graph.Store, batch []graph.ArticleGraph) ([]graph.ArticleGraph, error)
}

// Loader extracts articles and writes them to a store: read, extract in
// parallel, resolve, write in batches, in input order, so a load's outcome
// never depends on scheduling.
type Loader struct {
	Store     graph.Store
	Extractor Extractor
	// Resolver, when set, runs on every batch between extraction and the
	// write. Nil writes what the extractor produced.
	Resolver Resolver
	// Workers is how many articles are extracted at once; <= 0 means
	// GOMAXPROCS.
	Workers int
	// BatchSize is how many articles one PutArticles call (one transaction)
	// writes; <= 0 means DefaultBatchSize.
	BatchSize int
	// Strict stops the load at the first item that cannot be read or
	// extracted, after writing every article before it.
	Strict bool
	// Logger receives a warning per skipped item and a debug line per batch;
	// nil discards them.
	Logger *slog.Logger
	// Progress, when set, is called from the loading goroutine after every
	// item, so it should be quick.
	Progress func(Progress)
}

// Progress is how far a load has come.
type Progress struct {
	Done    int // items handled: written, queued for writing or skipped
	Skipped int
	Written int // articles in committed batches
	Elapsed time.Duration
}

// Summary is what a load did.
type Summary struct {
	Added     int // articles new to the store
	Updated   int // articles whose text, metadata or extractor changed
	Unchanged int // articles the store already held as they are
	Skipped   int // items that could not be read or extracted
	// Errors holds the first MaxErrors reasons for skipping, in input order.
	Errors []error
	// Before and After are the store's counts around the load.
	Before, After graph.Stats
	Elapsed       time.Duration
}

// Articles is how many articles the load wrote or found unchanged.
func (s Summary) Articles() int { return s.Added + s.Updated + s.Unchanged }

// Rate is how many items a second the load handled.
func (s Summary) Rate() float64 {
	if s.Elapsed <= 0 {
		return 0
	}
	return float64(s.Articles()+s.Skipped) / s.Elapsed.Seconds()
}

// String reads like "6 articles (6 added, 0 updated, 0 unchanged), 0
// skipped; store: 31 entities (+31), 8 events (+8), 24 relations (+24);
// 0.41s, 14.6 articles/s".
func (s Summary) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s (%d added, %d updated, %d unchanged), %d skipped; store: ",
		plural(s.Articles(), "article"), s.Added, s.Updated, s.Unchanged, s.Skipped)
	fmt.Fprintf(&b, "%d entities (%+d), %d events (%+d), %d relations (%+d); ",
		s.After.Entities, s.After.Entities-s.Before.Entities,
		s.After.Events, s.After.Events-s.Before.Events,
		s.After.Relations, s.After.Relations-s.Before.Relations)
	fmt.Fprintf(&b, "%s, %.1f articles/s", s.Elapsed.Round(time.Millisecond), s.Rate())
	return b.String()
}

// Load reads items, extracts them and writes them to the store. Unreadable
// or unextractable items are skipped (counted, logged and kept in
// Summary.Errors) unless Strict is set, in which case the first one ends the
// load with an error wrapping it.
//
// Each batch is one transaction, so an error or cancellation leaves the
// store holding every batch before it and nothing of the batch in flight;
// the Summary counts only what was committed. A store error ends the load.
// The same article appearing twice is written twice, in order, never twice
// in one batch, so the second sees the first as the store does.
func (l *Loader) Load(ctx context.Context, items iter.Seq[Item]) (Summary, error) {
	start := time.Now()
	log := l.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	size := l.BatchSize
	if size <= 0 {
		size = DefaultBatchSize
	}
	var sum Summary
	var err error
	if sum.Before, err = l.Store.Stats(ctx); err != nil {
		return sum, fmt.Errorf("load: store stats: %w", err)
	}
	w := batchWriter{l: l, log: log, sum: &sum, ids: make(map[string]bool)}
	var p Progress
	report := func() {
		if l.Progress != nil {
			p.Written = sum.Articles()
			p.Elapsed = time.Since(start)
			l.Progress(p)
		}
	}
	finish := func(err error) (Summary, error) {
		// The counts afterwards are worth having even when ctx was
		// cancelled: they tell the user what the interrupted load left.
		statsCtx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
		defer cancel()
		after, serr := l.Store.Stats(statsCtx)
		if serr == nil {
			sum.After = after
		} else if err == nil {
			err = fmt.Errorf("load: store stats: %w", serr)
		}
		sum.Elapsed = time.Since(start)
		report()
		return sum, err
	}

	for r := range Extract(ctx, l.Extractor, items, l.Workers) {
		p.Done++
		if r.Err != nil {
			p.Skipped++
			sum.Skipped++
			if len(sum.Errors) < MaxErrors {
				sum.Errors = append(sum.Errors, r.Err)
			}
			log.Warn("skipped", "err", r.Err)
			if l.Strict {
				if err := w.flush(ctx); err != nil {
					return finish(err)
				}
				return finish(fmt.Errorf("load stopped at the first error (strict): %w", r.Err))
			}
			report()
			continue
		}
		if w.ids[r.Graph.Article.ID] {
			if err := w.flush(ctx); err != nil {
				return finish(err)
			}
		}
		w.add(r.Graph)
		if len(w.batch) >= size {
			if err := w.flush(ctx); err != nil {
				return finish(err)
			}
		}
		report()
	}
	if err := ctx.Err(); err != nil {
		// What was extracted but not yet written stays unwritten: the
		// caller asked to stop, and a batch started now could not be
		// promised to finish.
		return finish(fmt.Errorf("load interrupted: %w", err))
	}
	return finish(w.flush(ctx))
}

// batchWriter collects article graphs and writes them a batch at a time.
type batchWriter struct {
	l     *Loader
	log   *slog.Logger
	sum   *Summary
	batch []graph.ArticleGraph
	ids   map[string]bool
}

func (w *batchWriter) add(g graph.ArticleGraph) {
	w.batch = append(w.batch, g)
	w.ids[g.Article.ID] = true
}

func (w *batchWriter) flush(ctx context.Context) error {
	if len(w.batch) == 0 {
		return nil
	}
	batch := w.batch
	w.batch = nil
	clear(w.ids)
	first, last := batch[0].Article.Source, batch[len(batch)-1].Article.Source
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("load interrupted before writing articles %s to %s: %w", first, last, err)
	}
	if w.l.Resolver != nil {
		var err error
		if batch, err = w.l.Resolver.Resolve(ctx, w.l.Store, batch); err != nil {
			return fmt.Errorf("load: resolve articles %s to %s: %w", first, last, err)
		}
	}
	results, err := w.l.Store.PutArticles(ctx, batch)
	switch {
	case err == nil:
	case ctx.Err() != nil:
		return fmt.Errorf("load interrupted while writing articles %s to %s: %w (%w)", first, last, ctx.Err(), err)
	case refused(err) && len(batch) > 1 && !w.l.Strict:
		// The store refused the batch for what one of its articles says, and
		// a batch is one transaction: write the articles one by one so that
		// only the one at fault is lost.
		w.log.Warn("batch refused; writing its articles one by one", "first", first, "last", last, "err", err)
		if results, err = w.putEach(ctx, batch); err != nil {
			return err
		}
	default:
		return fmt.Errorf("load: write articles %s to %s: %w", first, last, err)
	}
	var added, updated, unchanged int
	for _, r := range results {
		switch r.Status {
		case graph.Added:
			added++
		case graph.Updated:
			updated++
		case graph.Unchanged:
			unchanged++
		}
	}
	w.sum.Added += added
	w.sum.Updated += updated
	w.sum.Unchanged += unchanged
	w.log.Debug("batch written", "articles", len(batch), "added", added, "updated", updated,
		"unchanged", unchanged, "first", first, "last", last)
	return nil
}

// refused reports whether a store turned a write down for its content, not
// for being unreachable: retrying the same write fails the same way.
func refused(err error) bool {
	return errors.Is(err, graph.ErrInvalid) || errors.Is(err, graph.ErrConflict)
}

// putEach writes a refused batch an article at a time. An article refused
// for the merges its resolution proposed is written without them (its
// statements matter more than an identity decision, which a later load can
// make again); one refused even so is skipped and counted.
func (w *batchWriter) putEach(ctx context.Context, batch []graph.ArticleGraph) ([]graph.PutResult, error) {
	var results []graph.PutResult
	for _, g := range batch {
		res, err := w.l.Store.PutArticles(ctx, []graph.ArticleGraph{g})
		if err != nil && refused(err) && len(g.Merges) > 0 {
			w.log.Warn("merges refused; writing the article without them", "source", g.Article.Source, "err", err)
			g.Merges = nil
			res, err = w.l.Store.PutArticles(ctx, []graph.ArticleGraph{g})
		}
		switch {
		case err == nil:
			results = append(results, res...)
		case refused(err):
			err = fmt.Errorf("%s: %w", g.Article.Source, err)
			w.sum.Skipped++
			if len(w.sum.Errors) < MaxErrors {
				w.sum.Errors = append(w.sum.Errors, err)
			}
			w.log.Warn("skipped", "err", err)
		default:
			return nil, fmt.Errorf("load: write article %s: %w", g.Article.Source, err)
		}
	}
	return results, nil
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}
