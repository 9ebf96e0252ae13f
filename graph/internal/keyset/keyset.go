// Package keyset is the keyset pagination both stores share: the cursor
// codec, the page trimming, and the integer sort keys of dates.
//
// A cursor is the sort key of the last item of a page, and the next page is
// the items whose key sorts after it. Each listing writes its key as a
// tuple of ascending columns (descending ones negated), so that one
// comparison selects the next page whatever the backend. A cursor is
// base64 of a JSON array whose first element names the listing, so that a
// cursor from one listing is refused by another. How a decoded key becomes
// query parameters is each store's own business.
package keyset

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"time"

	"github.com/geokg/geokg/graph"
)

// Encode returns the cursor of an item of listing kind whose sort key is
// key: strings and int64s.
func Encode(kind string, key ...any) string {
	b, err := json.Marshal(append([]any{kind}, key...))
	if err != nil {
		// Keys are strings and integers, which always marshal.
		panic(fmt.Sprintf("keyset: encode cursor: %v", err))
	}
	return base64.RawURLEncoding.EncodeToString(b)
}

// Decode reads a cursor of listing kind into dst, one *string or *int64
// per key column. A cursor it cannot read is graph.ErrInvalid.
func Decode(cursor, kind string, dst ...any) error {
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

// After reads the cursor of p, when it has one, into key (as Decode), and
// reports whether it had one: the first page has no key to compare with.
func After(p graph.Page, kind string, key ...any) (bool, error) {
	if p.After == "" {
		return false, nil
	}
	return true, Decode(p.After, kind, key...)
}

// Trim cuts items, fetched with a limit one more than the page size, to
// limit, and fills the page info: whether another page follows, and the
// cursor of the last item, which cursor gives.
func Trim[T any](items []T, limit, total int, cursor func(T) string) ([]T, graph.PageInfo) {
	info := graph.PageInfo{TotalCount: total}
	if len(items) > limit {
		items, info.HasNextPage = items[:limit], true
	}
	if len(items) > 0 {
		info.EndCursor = cursor(items[len(items)-1])
	}
	return items, info
}

// TrimTo is Trim for rows that carry their sort key beside the item a page
// lists: it returns the items of the rows kept, nil when none is.
func TrimTo[R, T any](rows []R, limit, total int, cursor func(R) string, item func(R) T) ([]T, graph.PageInfo) {
	rows, info := Trim(rows, limit, total, cursor)
	var out []T
	if len(rows) > 0 {
		out = make([]T, len(rows))
		for i, r := range rows {
			out[i] = item(r)
		}
	}
	return out, info
}

// Day counts days from 1970-01-01 to a YYYY-MM-DD date, so that dates sort
// as integers and can be negated for descending keys.
func Day(date string) (int64, bool) {
	t, err := time.Parse(graph.DateLayout, date)
	if err != nil {
		return 0, false
	}
	return t.Unix() / 86400, true
}

// UnknownLast sorts after every negated day number.
const UnknownLast = int64(1) << 40

// PubOrder is an article's key in newest-first listings: its publication
// day negated, so that ascending order is newest first, or UnknownLast when
// the day is unknown.
func PubOrder(published string) int64 {
	if d, ok := Day(published); ok {
		return -d
	}
	return UnknownLast
}
