package neo4j

import (
	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/graph/internal/keyset"
)

// Pages are keyset cursors (graph/internal/keyset): each page statement
// selects the items whose key sorts after the cursor's ($after, then one
// $cursor... parameter per key column).

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
	after, err := keyset.After(p, kind, key...)
	return pageReq{after: after, limit: p.Limit()}, err
}

// params adds $after and $limit to a statement's parameters.
func (r pageReq) params(m map[string]any) map[string]any {
	m["after"] = r.after
	m["limit"] = r.limit + 1
	return m
}
