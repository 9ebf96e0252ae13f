package sqlite

import (
	"encoding/base64"
	"errors"
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestCursor(t *testing.T) {
	c := encodeCursor("events", int64(0), int64(-20100), "event:x")
	var undated, day int64
	var id string
	if err := decodeCursor(c, "events", &undated, &day, &id); err != nil {
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
		{"padded_base64", base64.URLEncoding.EncodeToString([]byte(`["events",0,0,"xy"]`)), "events"},
		{"not_json", raw("nope"), "events"},
		{"not_an_array", raw(`{"events":1}`), "events"},
		{"too_few_keys", encodeCursor("events", int64(1), "x"), "events"},
		{"too_many_keys", encodeCursor("events", int64(1), int64(2), "x", "y"), "events"},
		{"wrong_key_type", encodeCursor("events", "a", int64(1), "x"), "events"},
		{"fraction", raw(`["events",0.5,0,"x"]`), "events"},
		{"trailing_data", raw(`["events",0,0,"x"] 1`), "events"},
	} {
		if err := decodeCursor(tc.cursor, tc.kind, &undated, &day, &id); !errors.Is(err, graph.ErrInvalid) {
			t.Errorf("%s: got %v, want %v", tc.name, err, graph.ErrInvalid)
		}
	}
}

// FuzzDecodeCursor: any string is read or refused with ErrInvalid, never a
// panic, and what is read encodes back to a cursor that reads the same.
func FuzzDecodeCursor(f *testing.F) {
	f.Add(encodeCursor("events", int64(0), int64(-20100), "event:x"))
	f.Add(encodeCursor("events", int64(1), int64(0), ""))
	f.Add("")
	f.Add("W10")
	f.Fuzz(func(t *testing.T, cursor string) {
		var undated, day int64
		var id string
		err := decodeCursor(cursor, "events", &undated, &day, &id)
		if err != nil {
			if !errors.Is(err, graph.ErrInvalid) {
				t.Fatalf("got %v, want ErrInvalid", err)
			}
			return
		}
		var u2, d2 int64
		var id2 string
		if err := decodeCursor(encodeCursor("events", undated, day, id), "events", &u2, &d2, &id2); err != nil ||
			u2 != undated || d2 != day || id2 != id {
			t.Fatalf("re-encoded cursor reads %d %d %q, %v; want %d %d %q", u2, d2, id2, err, undated, day, id)
		}
	})
}
