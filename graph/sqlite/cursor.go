package sqlite

import (
	"bytes"
	"database/sql"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"strconv"

	"github.com/geokg/geokg/graph"
)

// Pages are keyset cursors: a cursor is the sort key of the last item of a
// page, and the next page is the items whose key is greater. Each listing
// writes its sort key as a tuple of ascending columns (descending ones
// negated), so one row-value comparison, (k1, k2, …) > (?, ?, …), selects
// the next page. The cursor is base64 of a JSON array whose first element
// names the listing, so a cursor from one listing is refused by another.

func encodeCursor(kind string, key ...any) string {
	b, err := json.Marshal(append([]any{kind}, key...))
	if err != nil {
		// The keys are strings and integers, which always marshal.
		panic(fmt.Sprintf("sqlite: encode cursor: %v", err))
	}
	return base64.RawURLEncoding.EncodeToString(b)
}

// decodeCursor reads a cursor of the given kind into dst, which points at
// one string or int64 per key column. A cursor it cannot read is ErrInvalid.
func decodeCursor(cursor, kind string, dst ...any) error {
	bad := func(why string) error {
		return fmt.Errorf("cursor %.40q: %s: %w", cursor, why, graph.ErrInvalid)
	}
	b, err := base64.RawURLEncoding.DecodeString(cursor)
	if err != nil {
		return bad("not base64")
	}
	var parts []json.RawMessage
	dec := json.NewDecoder(bytes.NewReader(b))
	if err := dec.Decode(&parts); err != nil || dec.More() {
		return bad("not a cursor")
	}
	var got string
	if len(parts) != len(dst)+1 || json.Unmarshal(parts[0], &got) != nil || got != kind {
		return bad("not a cursor of this listing")
	}
	for i, d := range dst {
		if err := json.Unmarshal(parts[i+1], d); err != nil {
			return bad("malformed key")
		}
	}
	return nil
}

// pageArgs returns the named arguments every page query takes: :after
// (whether a cursor was given), :k1, :k2, … (its key columns, which
// the query ignores on the first page) and :limit (one more than the page
// size, to learn whether another page follows). key points at one zero
// string or int64 per key column.
func pageArgs(p graph.Page, kind string, key ...any) ([]any, error) {
	after := p.After != ""
	if after {
		if err := decodeCursor(p.After, kind, key...); err != nil {
			return nil, err
		}
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

// pageOf trims rows fetched with LIMIT n+1 to n and fills the page info;
// key gives the cursor of an item.
func pageOf[T any](rows []T, limit, total int, key func(T) string) ([]T, graph.PageInfo) {
	info := graph.PageInfo{TotalCount: total}
	if len(rows) > limit {
		rows, info.HasNextPage = rows[:limit], true
	}
	if len(rows) > 0 {
		info.EndCursor = key(rows[len(rows)-1])
	}
	return rows, info
}
