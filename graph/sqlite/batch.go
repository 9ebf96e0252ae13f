package sqlite

import (
	"context"
	"database/sql"
	"fmt"
)

// The batch reads answer for the ids they were asked, following merges: a
// merged-away id maps to the node it reads as, an id naming nothing is
// absent.

// readBatch runs a batch read in one read transaction, so that all it
// reads is one snapshot; its error names the read and the ids asked.
func readBatch[T any](ctx context.Context, s *Store, what string, ids []string, read func(t *txn) (T, error)) (T, error) {
	var out T
	err := s.read(ctx, func(t *txn) error {
		var err error
		out, err = read(t)
		return err
	})
	if err != nil {
		var zero T
		return zero, fmt.Errorf("%s %s: %w", what, abbreviate(ids), err)
	}
	return out, nil
}

// resolveFunc maps asked ids to the ids they read as: a transaction's
// res.ResolveAll for entities and events, resolveRelations for relations,
// asGiven for articles.
type resolveFunc func(ctx context.Context, ids []string) (map[string]string, error)

// asGiven maps each id to itself: articles are never merged.
func asGiven(_ context.Context, ids []string) (map[string]string, error) {
	out := make(map[string]string, len(ids))
	for _, id := range ids {
		out[id] = id
	}
	return out, nil
}

// lookup reads, in one query, the nodes that the asked ids resolve to and
// keys them by the asked ids. query selects the nodes whose id is in the
// JSON array it is given; scan reads one row and returns the node and its
// id.
func lookup[T any](ctx context.Context, t *txn, asked []string, resolve resolveFunc, query string,
	scan func(*sql.Rows) (T, string, error)) (map[string]T, error) {
	resolved, err := resolve(ctx, asked)
	if err != nil {
		return nil, err
	}
	byID := make(map[string]T, len(resolved))
	err = t.scanAll(ctx, func(rows *sql.Rows) error {
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
func pages[P any](ctx context.Context, t *txn, asked []string, resolve resolveFunc, exists string,
	page func(id string) (P, error)) (map[string]P, error) {
	resolved, err := resolve(ctx, asked)
	if err != nil {
		return nil, err
	}
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
