package keyset

import (
	"encoding/base64"
	"errors"
	"reflect"
	"strconv"
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestCursor(t *testing.T) {
	c := Encode("events", int64(0), int64(-20100), "event:x")
	var undated, day int64
	var id string
	if err := Decode(c, "events", &undated, &day, &id); err != nil {
		t.Fatal(err)
	}
	if undated != 0 || day != -20100 || id != "event:x" {
		t.Errorf("round trip: got %d %d %q, want 0 -20100 \"event:x\"", undated, day, id)
	}
	raw := func(s string) string { return base64.RawURLEncoding.EncodeToString([]byte(s)) }
	for _, tc := range []struct {
		name, cursor, kind string
	}{
		{"other_listing", c, "relations"},
		{"not_base64", "!!", "events"},
		{"garbage", "garbage!", "events"},
		{"padded_base64", base64.URLEncoding.EncodeToString([]byte(`["events",0,0,"xy"]`)), "events"},
		{"not_json", raw("nope"), "events"},
		{"not_an_array", raw(`{"events":1}`), "events"},
		{"too_few_keys", Encode("events", int64(1), "x"), "events"},
		{"too_many_keys", Encode("events", int64(1), int64(2), "x", "y"), "events"},
		{"wrong_key_type", Encode("events", "a", int64(1), "x"), "events"},
		{"other_listing_and_keys", Encode("articles", int64(1), "a"), "events"},
		{"fraction", raw(`["events",0.5,0,"x"]`), "events"},
		{"trailing_data", raw(`["events",0,0,"x"] 1`), "events"},
	} {
		if err := Decode(tc.cursor, tc.kind, &undated, &day, &id); !errors.Is(err, graph.ErrInvalid) {
			t.Errorf("%s: got %v, want %v", tc.name, err, graph.ErrInvalid)
		}
	}
}

func TestAfter(t *testing.T) {
	var n int64
	var id string
	if after, err := After(graph.Page{}, "articles", &n, &id); after || err != nil {
		t.Errorf("first page: got %v, %v, want false, nil", after, err)
	}
	after, err := After(graph.Page{After: Encode("articles", int64(-3), "article:a")}, "articles", &n, &id)
	if !after || err != nil || n != -3 || id != "article:a" {
		t.Errorf("next page: got %v, %v, key %d %q, want true, nil, key -3 \"article:a\"", after, err, n, id)
	}
	if _, err := After(graph.Page{After: "W10"}, "articles", &n, &id); !errors.Is(err, graph.ErrInvalid) {
		t.Errorf("unreadable cursor: got %v, want %v", err, graph.ErrInvalid)
	}
}

func TestTrim(t *testing.T) {
	cursor := func(n int) string { return strconv.Itoa(n) }
	for _, tc := range []struct {
		name  string
		items []int
		limit int
		want  []int
		info  graph.PageInfo
	}{
		{"more_follow", []int{1, 2, 3}, 2, []int{1, 2}, graph.PageInfo{EndCursor: "2", HasNextPage: true, TotalCount: 9}},
		{"last_page", []int{1, 2}, 2, []int{1, 2}, graph.PageInfo{EndCursor: "2", TotalCount: 9}},
		{"empty", nil, 2, nil, graph.PageInfo{TotalCount: 9}},
	} {
		got, info := Trim(tc.items, tc.limit, 9, cursor)
		if !reflect.DeepEqual(got, tc.want) || info != tc.info {
			t.Errorf("%s: got %v %+v, want %v %+v", tc.name, got, info, tc.want, tc.info)
		}
		strs, info := TrimTo(tc.items, tc.limit, 9, cursor, cursor)
		var want []string
		for _, n := range tc.want {
			want = append(want, cursor(n))
		}
		if !reflect.DeepEqual(strs, want) || info != tc.info {
			t.Errorf("%s: TrimTo got %#v %+v, want %#v %+v", tc.name, strs, info, want, tc.info)
		}
	}
}

func TestPubOrder(t *testing.T) {
	for _, tc := range []struct {
		published string
		want      int64
	}{
		{"1970-01-02", -1},
		{"2025-03-14", -20161},
		{"", UnknownLast},
		{"2025-03", UnknownLast},
	} {
		if got := PubOrder(tc.published); got != tc.want {
			t.Errorf("PubOrder(%q): got %d, want %d", tc.published, got, tc.want)
		}
	}
	if PubOrder("2025-03-15") >= PubOrder("2025-03-14") {
		t.Errorf("a newer article must sort first: got %d for 03-15, %d for 03-14", PubOrder("2025-03-15"), PubOrder("2025-03-14"))
	}
}

// FuzzDecode: any string is read or refused with ErrInvalid, never a
// panic, and what is read encodes back to a cursor that reads the same.
func FuzzDecode(f *testing.F) {
	f.Add(Encode("events", int64(0), int64(-20100), "event:x"))
	f.Add(Encode("events", int64(1), int64(0), ""))
	f.Add("")
	f.Add("W10")
	f.Fuzz(func(t *testing.T, cursor string) {
		var undated, day int64
		var id string
		err := Decode(cursor, "events", &undated, &day, &id)
		if err != nil {
			if !errors.Is(err, graph.ErrInvalid) {
				t.Fatalf("got %v, want ErrInvalid", err)
			}
			return
		}
		var u2, d2 int64
		var id2 string
		if err := Decode(Encode("events", undated, day, id), "events", &u2, &d2, &id2); err != nil ||
			u2 != undated || d2 != day || id2 != id {
			t.Fatalf("re-encoded cursor reads %d %d %q, %v; want %d %d %q", u2, d2, id2, err, undated, day, id)
		}
	})
}
