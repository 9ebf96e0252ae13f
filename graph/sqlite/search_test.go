package sqlite

import (
	"strings"
	"testing"
)

func TestMatchExpr(t *testing.T) {
	for _, tc := range []struct{ key, want string }{
		{"vladimir put", `"vladimir" "put"*`},
		{"marr", `"marr"*`},
		{"", ""},
	} {
		if got := matchExpr(tc.key); got != tc.want {
			t.Errorf("matchExpr(%q): got %s, want %s", tc.key, got, tc.want)
		}
	}
}

// FuzzMatchExpr: whatever the user typed, the FTS5 expression is a list of
// quoted words, the last a prefix, so nothing typed is read as FTS5 syntax.
func FuzzMatchExpr(f *testing.F) {
	for _, s := range []string{"Zelénskyy", `"Marr" OR NEAR(*`, "a\x00b", "\xff\xfe", "x AND y*"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, q string) {
		key := searchKey(q)
		expr := matchExpr(key)
		words := strings.Fields(key)
		if len(words) == 0 {
			if expr != "" {
				t.Fatalf("matchExpr(%q) = %s, want nothing", key, expr)
			}
			return
		}
		for i, w := range words {
			want := `"` + w + `"`
			if i == len(words)-1 {
				want += "*"
			}
			words[i] = want
		}
		if got := strings.Join(words, " "); expr != got {
			t.Fatalf("matchExpr(%q) = %s, want %s", key, expr, got)
		}
		if strings.ContainsAny(key, `"*()^:`) {
			t.Fatalf("searchKey(%q) = %q keeps FTS5 syntax", q, key)
		}
	})
}
