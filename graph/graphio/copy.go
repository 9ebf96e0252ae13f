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

// Copy writes every article of from into to, o.BatchSize articles per
// PutArticles call, then applies from's active merges in the order they
// were made, keeping their names, rule, article and time. Undone merges
// are history that no write can recreate, so they are not copied. Copying
// into a store that already holds some of the articles changes only what
// differs (PutArticles skips unchanged articles, ApplyMerge active merges).
// With o.Progress set, Copy first counts from's articles, so that each
// report gives the total.
func Copy(ctx context.Context, from, to graph.Store, o Options) (CopyStats, error) {
	var st CopyStats
	put := newPutter(to, o)
	if o.Progress != nil {
		n, err := from.Stats(ctx)
		if err != nil {
			return st, fmt.Errorf("copy: count articles: %w", err)
		}
		put.total, put.known = n.Articles, true
	}
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
