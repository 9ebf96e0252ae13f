package graphio

import (
	"bytes"
	"errors"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/graph/graphtest"
	"github.com/geokg/geokg/graph/sqlite"
)

func openSQLite(t *testing.T) graph.Store {
	t.Helper()
	s, err := sqlite.Open(t.Context(), filepath.Join(t.TempDir(), "geokg.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// loaded returns a store holding the corpus, generated articles, an
// article merged on load, and a merge made by hand, so that copies must
// carry both kinds of merge.
func loaded(t *testing.T) graph.Store {
	t.Helper()
	s := openSQLite(t)
	c := graphtest.NewCorpus()
	graphs := append(c.Graphs, graphtest.Generate(45)...)
	b := graphtest.NewArticle("https://news.example/castell-returns", "2025-03-22")
	s1 := b.Say("Castell returned to Kestrel Bay.")
	short := b.Person("Castell", s1)
	b.Location("Kestrel Bay", s1)
	b.Merge(short, c.MiraCastell, "surname", "Castell", "Mira Castell")
	graphs = append(graphs, b.Graph())
	if _, err := s.PutArticles(t.Context(), graphs); err != nil {
		t.Fatal(err)
	}
	wrong := graph.Merge{ID: graph.MergeID(c.ElinMarr, c.TobiasRenn), FromID: c.ElinMarr, IntoID: c.TobiasRenn, Rule: "manual"}
	if err := s.ApplyMerge(t.Context(), wrong); err != nil {
		t.Fatal(err)
	}
	manual := graph.Merge{ID: graph.MergeID(c.Darnell, c.KestrelBay), FromID: c.Darnell, IntoID: c.KestrelBay, Rule: "manual", Names: []string{"Darnell", "Kestrel Bay"}}
	if err := s.ApplyMerge(t.Context(), manual); err != nil {
		t.Fatal(err)
	}
	if err := s.UndoMerge(t.Context(), wrong.ID); err != nil {
		t.Fatal(err)
	}
	return s
}

// same fails unless a and b show the same graph: every article, node,
// relation, mention, report and claim, and the same active merges.
func same(t *testing.T, a, b graph.Store) {
	t.Helper()
	da, db := graphtest.TakeDump(t, a), graphtest.TakeDump(t, b)
	if !reflect.DeepEqual(da.Stats, db.Stats) {
		t.Errorf("Stats differ:\ngot  %+v\nwant %+v", db.Stats, da.Stats)
	}
	if !reflect.DeepEqual(da, db) {
		t.Error("stores differ in what they show (articles, nodes, relations or provenance)")
	}
	ma, err := graph.AllMerges(t.Context(), a, graph.MergeFilter{})
	if err != nil {
		t.Fatal(err)
	}
	mb, err := graph.AllMerges(t.Context(), b, graph.MergeFilter{})
	if err != nil {
		t.Fatal(err)
	}
	for i := range ma {
		ma[i].CreatedAt, ma[i].UndoneAt = ma[i].CreatedAt.UTC(), ma[i].UndoneAt.UTC()
	}
	for i := range mb {
		mb[i].CreatedAt, mb[i].UndoneAt = mb[i].CreatedAt.UTC(), mb[i].UndoneAt.UTC()
	}
	if !reflect.DeepEqual(ma, mb) {
		t.Errorf("active merges:\ngot  %+v\nwant %+v", mb, ma)
	}
}

func TestCopySQLiteToSQLiteAndBack(t *testing.T) {
	src := loaded(t)
	there := openSQLite(t)
	var reports []Progress
	st, err := Copy(t.Context(), src, there, Options{BatchSize: 7, Progress: func(p Progress) { reports = append(reports, p) }})
	if err != nil {
		t.Fatal(err)
	}
	want, _ := src.Stats(t.Context())
	if st.Articles != want.Articles || st.Merges != want.Merges {
		t.Errorf("Copy: got %+v, want %d articles and %d merges", st, want.Articles, want.Merges)
	}
	checkProgress(t, reports, 7, want.Articles, true)
	same(t, src, there)
	back := openSQLite(t)
	if _, err := Copy(t.Context(), there, back, Options{}); err != nil {
		t.Fatal(err)
	}
	same(t, src, back)
	// Copying again changes nothing.
	if _, err := Copy(t.Context(), src, back, Options{BatchSize: 100}); err != nil {
		t.Fatal(err)
	}
	same(t, src, back)
}

func TestJSONLRoundTrip(t *testing.T) {
	src := loaded(t)
	var buf bytes.Buffer
	n, err := WriteJSONL(t.Context(), &buf, src)
	if err != nil {
		t.Fatal(err)
	}
	st, _ := src.Stats(t.Context())
	if lines := strings.Count(buf.String(), "\n"); n != st.Articles || lines != n {
		t.Errorf("wrote %d graphs on %d lines, want %d", n, lines, st.Articles)
	}
	dst := openSQLite(t)
	var reports []Progress
	got, err := ImportJSONL(t.Context(), bytes.NewReader(buf.Bytes()), dst,
		Options{BatchSize: 10, Progress: func(p Progress) { reports = append(reports, p) }})
	if err != nil {
		t.Fatal(err)
	}
	if got != n {
		t.Errorf("imported %d graphs, want %d", got, n)
	}
	checkProgress(t, reports, 10, n, false)
	same(t, src, dst)
}

// checkProgress checks the reports of a write of n articles in batches of
// size: one a batch, counting up to n, with the total n when known.
func checkProgress(t *testing.T, reports []Progress, size, n int, known bool) {
	t.Helper()
	if want := (n + size - 1) / size; len(reports) != want {
		t.Fatalf("got %d progress reports, want %d: %+v", len(reports), want, reports)
	}
	for i, p := range reports {
		want := Progress{Written: min((i+1)*size, n)}
		if known {
			want.Total, want.Known = n, true
		}
		if p != want {
			t.Errorf("report %d: got %+v, want %+v", i, p, want)
		}
	}
}

func TestReadJSONLErrors(t *testing.T) {
	good := `{"Article":{"ID":"article:1"}}`
	for _, tc := range []struct {
		name, in string
		line     string
	}{
		{"malformed", good + "\n{\"Article\":\n", "line 2"},
		{"unknown_field", good + "\n\n" + `{"Artikel":{}}` + "\n", "line 3"},
		{"no_article_id", `{"Article":{"Title":"x"}}`, "line 1"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := ReadJSONL(strings.NewReader(tc.in), func(graph.ArticleGraph) error { return nil })
			if !errors.Is(err, graph.ErrInvalid) || !strings.Contains(err.Error(), tc.line) {
				t.Errorf("got %v, want ErrInvalid naming %s", err, tc.line)
			}
		})
	}
}

func FuzzReadJSONL(f *testing.F) {
	f.Add([]byte(`{"Article":{"ID":"article:1"}}` + "\n"))
	f.Add([]byte("{\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		_ = ReadJSONL(bytes.NewReader(b), func(g graph.ArticleGraph) error {
			if g.Article.ID == "" {
				t.Error("a graph without an article id was passed on")
			}
			return nil
		})
	})
}
