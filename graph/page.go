package graph

// Page sizes every backend honours.
const (
	DefaultPageSize = 20
	MaxPageSize     = 1000
)

// Page asks for the items after a cursor. Cursors are opaque strings a store
// returned in PageInfo.EndCursor; a cursor a store cannot read is ErrInvalid.
type Page struct {
	First int    // at most this many; <= 0 means DefaultPageSize, capped at MaxPageSize
	After string // "" for the first page
}

// Limit returns the page size to use.
func (p Page) Limit() int {
	switch {
	case p.First <= 0:
		return DefaultPageSize
	case p.First > MaxPageSize:
		return MaxPageSize
	}
	return p.First
}

// PageInfo describes where a page ends.
type PageInfo struct {
	EndCursor   string // cursor of the last item; "" on an empty page
	HasNextPage bool
	TotalCount  int // items matching the filter over all pages
}
