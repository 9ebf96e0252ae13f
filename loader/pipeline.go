package loader

import (
	"context"
	"fmt"
	"iter"
	"runtime"
	"sync"

	"github.com/geokg/geokg/graph"
)

// Result is one input item after extraction.
type Result struct {
	// Graph is the article's graph, fingerprinted and valid by
	// graph.ValidateArticleGraph; zero when Err is set.
	Graph graph.ArticleGraph
	// Source says where the item was read from.
	Source string
	// Err says why the item was skipped: an *InputError from reading, or
	// an extraction failure naming the source.
	Err error
}

// Extract runs ex over items with the given number of workers (<= 0 means
// GOMAXPROCS) and yields the results in input order, so output never
// depends on which worker finished first. At most a few items per worker are
// in flight at once, however long the input. Iteration ends when items are
// exhausted, the caller stops, or ctx is done; the caller tells the last
// apart with ctx.Err(). When it ends, no extraction is running any more; only
// a read blocked in the input (a terminal's stdin, say) may still be waiting
// for its data, and it stops as soon as the read returns.
func Extract(ctx context.Context, ex Extractor, items iter.Seq[Item], workers int) iter.Seq[Result] {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	version := ex.Version()
	return func(yield func(Result) bool) {
		ctx, cancel := context.WithCancel(ctx)
		var wg sync.WaitGroup
		defer wg.Wait()
		defer cancel()

		// Each job carries its own one-slot result channel; jobs enter
		// order in input order, so reading order and then each job's
		// channel yields results in input order while workers run ahead.
		type job struct {
			item Item
			out  chan Result
		}
		order := make(chan job, 4*workers)
		jobs := make(chan job, workers)

		go func() {
			defer close(order)
			defer close(jobs)
			for it := range items {
				j := job{item: it, out: make(chan Result, 1)}
				select {
				case order <- j:
				case <-ctx.Done():
					return
				}
				if it.Err != nil {
					j.out <- Result{Source: it.Article.Source, Err: it.Err}
					continue
				}
				select {
				case jobs <- j:
				case <-ctx.Done():
					return
				}
			}
		}()
		for range workers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for {
					select {
					case j, ok := <-jobs:
						if !ok {
							return
						}
						j.out <- extractOne(ctx, ex, version, j.item.Article)
					case <-ctx.Done():
						return
					}
				}
			}()
		}
		for j := range order {
			select {
			case r := <-j.out:
				if !yield(r) {
					return
				}
			case <-ctx.Done():
				return
			}
		}
	}
}

// extractOne extracts one article and checks what came back, so that a
// faulty extractor costs one article rather than the batch it would be
// written in.
func extractOne(ctx context.Context, ex Extractor, version string, a graph.Article) (r Result) {
	r.Source = a.Source
	defer func() {
		if p := recover(); p != nil {
			r = Result{Source: a.Source, Err: fmt.Errorf("%s: extractor %s panicked: %v", a.Source, version, p)}
		}
	}()
	g, err := ex.Extract(ctx, a)
	if err != nil {
		return Result{Source: a.Source, Err: fmt.Errorf("%s: extract: %w", a.Source, err)}
	}
	a.Fingerprint = Fingerprint(a, version)
	g.Article = a
	if err := graph.ValidateArticleGraph(g); err != nil {
		return Result{Source: a.Source, Err: fmt.Errorf("%s: extractor %s produced an invalid graph: %w", a.Source, version, err)}
	}
	r.Graph = g
	return r
}
