package sqlite

import (
	"context"
	"database/sql"
	"fmt"
)

// The batch reads answer for the ids they were asked, following merges: a
// merged-away id maps to the node it reads as, an id naming nothing is
// absent.

// lookup reads, in one query, the nodes that the asked ids resolve to
// (resolved maps asked id to node id) and keys them by the asked ids. query
// selects the nodes whose id is in the JSON array it is given; scan reads
// one row and returns the node and its id.
func lookup[T any](ctx context.Context, t *txn, resolved map[string]string, query string,
	scan func(*sql.Rows) (T, string, error)) (map[string]T, error) {
	byID := make(map[string]T, len(resolved))
	err := t.scanAll(ctx, func(rows *sql.Rows) error {
		v, id, err := scan(rows)
		byID[id] = v
		return err
	}, query, jsonArray(values(resolved)))
	if err != nil {
		return nil, err
	}
	out := make(map[string]T, len(resolved))
	for asked, id := range resolved {
		if v, ok := byID[id]; ok {
			out[asked] = v
		}
	}
	return out, nil
}

// pages runs page for each asked id whose resolved id names a node (the
// exists query says so) and keys the pages by the asked ids.
func pages[P any](ctx context.Context, t *txn, asked []string, resolved map[string]string, exists string,
	page func(id string) (P, error)) (map[string]P, error) {
	out := make(map[string]P, len(asked))
	for _, a := range asked {
		id, ok := resolved[a]
		if !ok {
			continue
		}
		if _, done := out[a]; done {
			continue
		}
		found, err := t.exists(ctx, exists, id)
		if err != nil {
			return nil, err
		}
		if !found {
			continue
		}
		p, err := page(id)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", a, err)
		}
		out[a] = p
	}
	return out, nil
}
