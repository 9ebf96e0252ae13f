package graphio

import (
	"context"
	"fmt"

	"github.com/geokg/geokg/graph"
)

// CopyStats counts what Copy wrote.
type CopyStats struct {
	Articles int
	Merges   int
}

// Copy writes every article of from into to, BatchSize articles per
// PutArticles call, then applies from's active merges in the order they
// were made, keeping their names, rule, article and time. Undone merges
// are history that no write can recreate, so they are not copied. Copying
// into a store that already holds some of the articles changes only what
// differs (PutArticles skips unchanged articles, ApplyMerge active merges).
func Copy(ctx context.Context, from, to graph.Store, batchSize int) (CopyStats, error) {
	var st CopyStats
	put := newPutter(to, batchSize)
	err := eachArticle(ctx, from, func(g graph.ArticleGraph) error { return put.add(ctx, g) })
	if err == nil {
		err = put.flush(ctx)
	}
	st.Articles = put.written
	if err != nil {
		return st, fmt.Errorf("copy: %w", err)
	}
	ms, err := activeMerges(ctx, from)
	if err != nil {
		return st, fmt.Errorf("copy: %w", err)
	}
	for _, m := range ms {
		if err := to.ApplyMerge(ctx, m); err != nil {
			return st, fmt.Errorf("copy: merge %s into %s: %w", m.FromID, m.IntoID, err)
		}
		st.Merges++
	}
	return st, nil
}
