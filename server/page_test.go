package server

import (
	"errors"
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestCursorRoundTrip(t *testing.T) {
	for _, c := range []cursor{
		{},
		{skip: 3},
		{after: "opaque:store:cursor", skip: 0},
		{after: "with:colons:and spaces ü", skip: 999},
	} {
		got, err := parseCursor(c.String())
		if err != nil {
			t.Errorf("parseCursor(%v.String()): %v", c, err)
			continue
		}
		if got != c {
			t.Errorf("parseCursor(%v.String()) = %v, want %v", c, got, c)
		}
	}
}

func TestParseCursorRefusesForeignCursors(t *testing.T) {
	for _, s := range []string{
		"not base64!",
		"YWJj",                            // "abc": no version
		"YzE6eDpzdG9yZQ",                  // "c1:x:store": offset not a number
		"YzE6LTE6c3RvcmU",                 // "c1:-1:store": negative offset
		"YzI6MDpzdG9yZQ",                  // "c2:0:store": unknown version
		cursor{after: "s"}.String() + "=", // padding this API never writes
	} {
		if _, err := parseCursor(s); !errors.Is(err, graph.ErrInvalid) {
			t.Errorf("parseCursor(%q): got %v, want ErrInvalid", s, err)
		}
	}
}

func FuzzParseCursor(f *testing.F) {
	f.Add(cursor{after: "x", skip: 2}.String())
	f.Add("")
	f.Add("YzE6MDo")
	f.Fuzz(func(t *testing.T, s string) {
		c, err := parseCursor(s)
		if err != nil {
			if !errors.Is(err, graph.ErrInvalid) {
				t.Fatalf("parseCursor(%q): error %v is not ErrInvalid", s, err)
			}
			return
		}
		if c.skip < 0 {
			t.Fatalf("parseCursor(%q) = %v: negative offset", s, c)
		}
		again, err := parseCursor(c.String())
		if err != nil || again != c {
			t.Fatalf("cursor %v does not survive a round trip: got %v, %v", c, again, err)
		}
	})
}

func ptr[T any](v T) *T { return &v }

func TestWindowStorePage(t *testing.T) {
	tests := []struct {
		name    string
		first   *int
		after   *string
		want    graph.Page
		wantErr bool
	}{
		{"default", nil, nil, graph.Page{First: graph.DefaultPageSize}, false},
		{"first", ptr(5), nil, graph.Page{First: 5}, false},
		{"zero still learns what follows", ptr(0), nil, graph.Page{First: 1}, false},
		{"store cursor", ptr(5), ptr(cursor{after: "s"}.String()), graph.Page{After: "s", First: 5}, false},
		{"mid-page cursor re-reads the skipped items", ptr(5), ptr(cursor{after: "s", skip: 3}.String()), graph.Page{After: "s", First: 8}, false},
		{"capped at the store's page size", ptr(1000), ptr(cursor{skip: 10}.String()), graph.Page{First: graph.MaxPageSize}, false},
		{"negative first", ptr(-1), nil, graph.Page{}, true},
		{"first too large", ptr(graph.MaxPageSize + 1), nil, graph.Page{}, true},
		{"offset past a page", ptr(1), ptr(cursor{skip: graph.MaxPageSize + 1}.String()), graph.Page{}, true},
		{"garbage cursor", ptr(1), ptr("garbage"), graph.Page{}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, got, err := pageArgs(tt.first, tt.after)
			if tt.wantErr {
				if !errors.Is(err, graph.ErrInvalid) {
					t.Fatalf("got %v, %v; want ErrInvalid", got, err)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Fatalf("got %+v, %v; want %+v", got, err, tt.want)
			}
		})
	}
}

// TestConnectResumesFromEveryEdge pages through a list held by a fake
// keyset store one edge cursor at a time and checks that each cursor
// resumes exactly after its edge.
func TestConnectResumesFromEveryEdge(t *testing.T) {
	items := []string{"a", "b", "c", "d", "e", "f", "g"}
	// read is a store: its cursor is the index after the last item it gave.
	read := func(p graph.Page) ([]string, graph.PageInfo) {
		from := 0
		if p.After != "" {
			from = int(p.After[0] - '0')
		}
		to := min(from+p.Limit(), len(items))
		info := graph.PageInfo{TotalCount: len(items), HasNextPage: to < len(items)}
		if to > from {
			info.EndCursor = string(rune('0' + to))
		}
		return items[from:to], info
	}
	fetch := func(first int, after string) ([]string, []string, bool) {
		w, p, err := pageArgs(&first, &after)
		if err != nil {
			t.Fatal(err)
		}
		got, info := read(p)
		c := connect(w, got, info)
		if c.TotalCount != len(items) {
			t.Fatalf("totalCount %d, want %d", c.TotalCount, len(items))
		}
		var nodes, cursors []string
		for _, e := range c.Edges {
			nodes = append(nodes, e.Node)
			cursors = append(cursors, e.Cursor)
		}
		if len(c.Edges) > 0 && (*c.PageInfo.EndCursor != cursors[len(cursors)-1] || *c.PageInfo.StartCursor != cursors[0]) {
			t.Fatalf("pageInfo cursors %q..%q, edges %q", *c.PageInfo.StartCursor, *c.PageInfo.EndCursor, cursors)
		}
		if c.PageInfo.HasPreviousPage != (after != "") {
			t.Fatalf("hasPreviousPage %v after %q", c.PageInfo.HasPreviousPage, after)
		}
		return nodes, cursors, c.PageInfo.HasNextPage
	}

	nodes, cursors, more := fetch(3, "")
	if got, want := join(nodes), "a,b,c"; got != want || !more {
		t.Fatalf("first page %q (more %v), want %q (more true)", got, more, want)
	}
	for i, c := range cursors {
		rest, _, _ := fetch(2, c)
		want := items[i+1 : min(i+3, len(items))]
		if join(rest) != join(want) {
			t.Errorf("after edge %d (%s): got %q, want %q", i, nodes[i], join(rest), join(want))
		}
	}
	// Walk the whole list by endCursor and by the middle edge's cursor.
	var walked []string
	for after := ""; ; {
		nodes, cursors, more := fetch(2, after)
		walked = append(walked, nodes...)
		if !more {
			break
		}
		after = cursors[len(cursors)-1]
	}
	if got, want := join(walked), join(items); got != want {
		t.Errorf("walk by endCursor: got %q, want %q", got, want)
	}
	if nodes, _, more := fetch(0, ""); len(nodes) != 0 || !more {
		t.Errorf("first: 0 gave %q (more %v), want no edges and more true", nodes, more)
	}
	last, _, more := fetch(10, cursors[2])
	if join(last) != "d,e,f,g" || more {
		t.Errorf("last page: got %q (more %v), want \"d,e,f,g\" (more false)", join(last), more)
	}
}
