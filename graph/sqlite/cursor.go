package sqlite

import (
	"database/sql"
	"fmt"
	"strconv"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/graph/internal/keyset"
)

// Pages are keyset cursors (graph/internal/keyset). Each listing writes its
// sort key as a tuple of ascending columns, so one row-value comparison,
// (k1, k2, …) > (:k1, :k2, …), selects the next page.

// pageArgs returns the named arguments every page query takes: :after
// (whether a cursor was given), :k1, :k2, … (its key columns, which
// the query ignores on the first page) and :limit (one more than the page
// size, to learn whether another page follows). key points at one zero
// string or int64 per key column.
func pageArgs(p graph.Page, kind string, key ...any) ([]any, error) {
	after, err := keyset.After(p, kind, key...)
	if err != nil {
		return nil, err
	}
	args := []any{sql.Named("after", after), sql.Named("limit", p.Limit()+1)}
	for i, k := range key {
		var v any
		switch k := k.(type) {
		case *string:
			v = *k
		case *int64:
			v = *k
		default:
			panic(fmt.Sprintf("sqlite: cursor key of type %T", k))
		}
		args = append(args, sql.Named("k"+strconv.Itoa(i+1), v))
	}
	return args, nil
}
