package graphio

import (
	"context"

	"github.com/geokg/geokg/graph"
)

// DefaultBatchSize is how many articles one PutArticles call writes when
// Options leave it unset.
const DefaultBatchSize = 100

// Options tune Copy and ImportJSONL.
type Options struct {
	// BatchSize is how many articles one PutArticles call (one
	// transaction) writes; 0 means DefaultBatchSize.
	BatchSize int
	// Progress, when set, is called after each batch is written, on the
	// goroutine that writes.
	Progress func(Progress)
}

// Progress says how far a Copy or an import has come.
type Progress struct {
	Written int // articles written so far
	// Total is how many articles there are to write, when Known: Copy
	// counts the source's; an import reads a stream, whose length it does
	// not know.
	Total int
	Known bool
}

// putter writes graphs to a store size at a time, one PutArticles call (one
// transaction) per batch, and reports each batch written.
type putter struct {
	s        graph.Store
	size     int
	progress func(Progress)
	total    int
	known    bool
	pending  []graph.ArticleGraph
	written  int
}

func newPutter(s graph.Store, o Options) *putter {
	size := o.BatchSize
	if size <= 0 {
		size = DefaultBatchSize
	}
	return &putter{s: s, size: size, progress: o.Progress}
}

func (p *putter) add(ctx context.Context, g graph.ArticleGraph) error {
	p.pending = append(p.pending, g)
	if len(p.pending) < p.size {
		return nil
	}
	return p.flush(ctx)
}

func (p *putter) flush(ctx context.Context) error {
	if len(p.pending) == 0 {
		return nil
	}
	if _, err := p.s.PutArticles(ctx, p.pending); err != nil {
		return err
	}
	p.written += len(p.pending)
	p.pending = p.pending[:0]
	if p.progress != nil {
		p.progress(Progress{Written: p.written, Total: p.total, Known: p.known})
	}
	return nil
}
