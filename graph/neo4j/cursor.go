package neo4j

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"fmt"

	"github.com/geokg/geokg/graph"
)

// Pages are keyset cursors: a cursor is the sort key of the last item of a
// page, and each page statement selects the items whose key sorts after it
// ($after, then one $cursor... parameter per key column). A cursor is
// base64 of a JSON array whose first element names the listing, so a
// cursor from one listing is refused by another.

func encodeCursor(kind string, key ...any) string {
	b, err := json.Marshal(append([]any{kind}, key...))
	if err != nil {
		// Keys are strings and integers, which always marshal.
		panic(fmt.Sprintf("neo4j: encode cursor: %v", err))
	}
	return base64.RawURLEncoding.EncodeToString(b)
}

// decodeCursor reads cursor, which must be of the given listing, into dst:
// one *string or *int64 per key column. A cursor it cannot read is
// ErrInvalid.
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

// pageReq is a page request with its cursor read: whether there was one,
// and the page size. Every page statement takes $after and $limit, the
// latter one more than the page size so the store learns whether another
// page follows, and one $cursorX parameter per key column, which it ignores
// on the first page but which its builder always sets.
type pageReq struct {
	after bool
	limit int
}

// readPage checks p and decodes its cursor, of the given listing, into key:
// one *string or *int64 per key column.
func readPage(p graph.Page, kind string, key ...any) (pageReq, error) {
	r := pageReq{after: p.After != "", limit: p.Limit()}
	if r.after {
		if err := decodeCursor(p.After, kind, key...); err != nil {
			return r, err
		}
	}
	return r, nil
}

// params adds $after and $limit to a statement's parameters.
func (r pageReq) params(m map[string]any) map[string]any {
	m["after"] = r.after
	m["limit"] = r.limit + 1
	return m
}

// pageOf trims items fetched with LIMIT n+1 to n and fills the page info;
// key gives the cursor of an item.
func pageOf[T any](items []T, limit, total int, key func(T) string) ([]T, graph.PageInfo) {
	info := graph.PageInfo{TotalCount: total}
	if len(items) > limit {
		items, info.HasNextPage = items[:limit], true
	}
	if len(items) > 0 {
		info.EndCursor = key(items[len(items)-1])
	}
	return items, info
}
