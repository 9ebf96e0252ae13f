package neo4j

import (
	"context"
	"fmt"

	"github.com/geokg/geokg/graph/internal/mergechain"
)

var mergeResolveStmt = define("merge_resolve", func(ids []string) map[string]any {
	return map[string]any{"ids": nonNil(ids)}
})

// newResolver returns a resolver (mergechain.Resolver) that learns the
// active merges with one merge_resolve statement per step of their chains.
func newResolver(r runner) *mergechain.Resolver {
	return mergechain.New(func(ctx context.Context, ids []string) ([]mergechain.Edge, error) {
		recs, err := run(ctx, r, mergeResolveStmt, ids)
		if err != nil {
			return nil, err
		}
		out := make([]mergechain.Edge, len(recs))
		var d decoder
		for i, rec := range recs {
			out[i] = mergechain.Edge{From: d.str(rec, "fromId"), Into: d.str(rec, "intoId")}
		}
		if d.err != nil {
			return nil, fmt.Errorf("merge_resolve: %w", d.err)
		}
		return out, nil
	})
}
