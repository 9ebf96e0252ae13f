package server

import (
	"encoding/base64"
	"fmt"
	"strconv"
	"strings"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/server/model"
)

// cursor is where a connection resumes: after the store's cursor `after`,
// skipping `skip` more items. A store hands out one cursor per page, the one
// after its last item; Relay wants one per edge. So an edge inside a page is
// named by the cursor the page started after plus its offset in the page,
// and resuming from it asks the store for that page again and drops the
// offset.
type cursor struct {
	after string
	skip  int
}

const cursorVersion = "c1:"

func (c cursor) String() string {
	return base64.RawURLEncoding.EncodeToString([]byte(cursorVersion + strconv.Itoa(c.skip) + ":" + c.after))
}

func parseCursor(s string) (cursor, error) {
	bad := fmt.Errorf("cursor %q was not made by this API: %w", s, graph.ErrInvalid)
	b, err := base64.RawURLEncoding.DecodeString(s)
	if err != nil {
		return cursor{}, bad
	}
	rest, ok := strings.CutPrefix(string(b), cursorVersion)
	if !ok {
		return cursor{}, bad
	}
	n, after, ok := strings.Cut(rest, ":")
	skip, err := strconv.Atoi(n)
	if !ok || err != nil || skip < 0 {
		return cursor{}, bad
	}
	return cursor{after: after, skip: skip}, nil
}

// window is the part of a list one connection field asks for.
type window struct {
	cursor
	first    int  // edges wanted
	resuming bool // an after cursor was given
}

func newWindow(first *int, after *string) (window, error) {
	w := window{first: graph.DefaultPageSize}
	if first != nil {
		w.first = *first
	}
	if w.first < 0 || w.first > graph.MaxPageSize {
		return window{}, fmt.Errorf("first must be between 0 and %d, got %d: %w", graph.MaxPageSize, w.first, graph.ErrInvalid)
	}
	if after != nil && *after != "" {
		c, err := parseCursor(*after)
		if err != nil {
			return window{}, err
		}
		w.cursor, w.resuming = c, true
	}
	return w, nil
}

// storePage is the page to ask the store for: the skipped items and the
// wanted ones, and at least one item so that even `first: 0` learns whether
// anything follows. Past the store's page size the connection returns fewer
// edges than asked, which Relay allows.
func (w window) storePage() (graph.Page, error) {
	if w.skip > graph.MaxPageSize {
		return graph.Page{}, fmt.Errorf("cursor offset %d is not one this list gave: %w", w.skip, graph.ErrInvalid)
	}
	n := min(max(w.skip+w.first, w.skip+1), graph.MaxPageSize)
	return graph.Page{After: w.after, First: n}, nil
}

// connect builds the connection of the window from what the store returned
// for storePage.
func connect[T any](w window, items []T, info graph.PageInfo) *model.Connection[T] {
	from := min(w.skip, len(items))
	to := min(from+w.first, len(items))
	c := &model.Connection[T]{
		Edges:      make([]model.Edge[T], 0, to-from),
		TotalCount: info.TotalCount,
		PageInfo: model.PageInfo{
			HasNextPage:     to < len(items) || info.HasNextPage,
			HasPreviousPage: w.resuming,
		},
	}
	for i := from; i < to; i++ {
		c.Edges = append(c.Edges, model.Edge[T]{Cursor: cursor{after: w.after, skip: i + 1}.String(), Node: items[i]})
	}
	if n := len(c.Edges); n > 0 {
		if to == len(items) && info.EndCursor != "" {
			// The store's own cursor names the same place and resumes
			// without re-reading the page.
			c.Edges[n-1].Cursor = cursor{after: info.EndCursor}.String()
		}
		c.PageInfo.StartCursor = &c.Edges[0].Cursor
		c.PageInfo.EndCursor = &c.Edges[n-1].Cursor
	}
	return c
}
