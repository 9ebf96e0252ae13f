package graph_test

import (
	"strings"
	"testing"
	"unicode"

	"github.com/geokg/geokg/graph"
)

func TestSearchKey(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Zelénskyy", "zelenskyy"},
		{"St. Petersburg", "st petersburg"},
		{"  Türkiye's  army ", "turkiye s army"},
		{"ÅSBY–Mörsk", "asby morsk"},
		{"G7 summit", "g7 summit"},
		{"Москва", "москва"},
		{"!!", ""},
		{"", ""},
	} {
		if got := graph.SearchKey(tc.in); got != tc.want {
			t.Errorf("SearchKey(%q): got %q, want %q", tc.in, got, tc.want)
		}
	}
}

// FuzzSearchKey: a key is lower-case words of letters and digits separated
// by single spaces, and folding it again changes nothing.
func FuzzSearchKey(f *testing.F) {
	for _, s := range []string{"Zelénskyy", `"Marr" OR NEAR(*`, "a\x00b", "\xff\xfe", "İstanbul"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		key := graph.SearchKey(s)
		if strings.HasPrefix(key, " ") || strings.HasSuffix(key, " ") || strings.Contains(key, "  ") {
			t.Fatalf("SearchKey(%q) = %q: stray spaces", s, key)
		}
		for _, r := range key {
			if r != ' ' && !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				t.Fatalf("SearchKey(%q) = %q holds %q", s, key, r)
			}
		}
		if again := graph.SearchKey(key); again != key {
			t.Fatalf("SearchKey(%q) = %q, but SearchKey of that is %q", s, key, again)
		}
	})
}
