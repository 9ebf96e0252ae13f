package graphio

import (
	"context"

	"github.com/geokg/geokg/graph"
)

// putter writes graphs to a store size at a time, one PutArticles call (one
// transaction) per batch.
type putter struct {
	s       graph.Store
	size    int
	pending []graph.ArticleGraph
	written int
}

func newPutter(s graph.Store, size int) *putter {
	if size <= 0 {
		size = 100
	}
	return &putter{s: s, size: size}
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
	return nil
}
