package graphio

import (
	"context"
	"fmt"
	"slices"

	"github.com/geokg/geokg/graph"
)

// pageSize is how many articles each read of the source lists.
const pageSize = 200

// eachArticle calls fn with the graph of every article in s, newest first,
// as graph.Store.ArticleGraph returns it.
func eachArticle(ctx context.Context, s graph.Store, fn func(graph.ArticleGraph) error) error {
	after := ""
	for {
		p, err := s.FindArticles(ctx, graph.ArticleFilter{Page: graph.Page{First: pageSize, After: after}})
		if err != nil {
			return fmt.Errorf("list articles: %w", err)
		}
		for _, a := range p.Articles {
			g, err := s.ArticleGraph(ctx, a.ID)
			if err != nil {
				return fmt.Errorf("read article %s: %w", a.ID, err)
			}
			if err := fn(g); err != nil {
				return err
			}
		}
		if !p.HasNextPage {
			return nil
		}
		after = p.EndCursor
	}
}

// activeMerges returns the active merges of s, oldest first: the order
// they were applied in.
func activeMerges(ctx context.Context, s graph.Store) ([]graph.Merge, error) {
	ms, err := graph.AllMerges(ctx, s, graph.MergeFilter{})
	if err != nil {
		return nil, fmt.Errorf("list merges: %w", err)
	}
	slices.Reverse(ms)
	return ms, nil
}
