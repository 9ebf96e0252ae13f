package neo4j

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/graph/graphtest"
	"github.com/geokg/geokg/graph/sqlite"
)

func readCSV(t *testing.T, path string) [][]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return recs
}

func statementByName(t *testing.T, name string) string {
	t.Helper()
	for _, r := range registry {
		if r.name == name {
			return r.cypher
		}
	}
	t.Fatalf("no statement %s", name)
	return ""
}

// TestAdminImportShape checks that each CSV file holds the properties the
// store's own write statement sets, so that an imported database reads
// like a loaded one.
func TestAdminImportShape(t *testing.T) {
	extra := map[string][]string{
		"merges.csv":          {"active", "undoneAt"}, // set as constants and by merge_undo
		"typed_relations.csv": {"id"},                 // the MERGE key
		"mentions.csv":        {"statedId"},           // the MERGE key
		"reports.csv":         {"statedId"},
	}
	// Not exported: a node imported without its digest has it built from
	// its statements by the first write that touches it.
	omitted := map[string][]string{
		"entities.csv": {"digest"}, "events.csv": {"digest"}, "relations.csv": {"digest"},
	}
	for _, f := range append(slices.Clone(adminNodeFiles), adminRelFiles...) {
		if f.stmt == "" {
			continue
		}
		var set []string
		for _, m := range setFromRow.FindAllStringSubmatch(code(statementByName(t, f.stmt)), -1) {
			if m[1] == f.v {
				set = append(set, m[2])
			}
		}
		set = append(set, extra[f.name]...)
		set = slices.DeleteFunc(set, func(p string) bool { return slices.Contains(omitted[f.name], p) })
		slices.Sort(set)
		set = slices.Compact(set) // one SET per relationship type
		props := slices.Sorted(slices.Values(f.props))
		if !slices.Equal(props, set) {
			t.Errorf("%s: columns %v, want the properties %s sets on %s: %v", f.name, props, f.stmt, f.v, set)
		}
	}
}

// TestWriteAdminImport exports a SQLite store and checks every file's
// header and row count against what the store holds.
func TestWriteAdminImport(t *testing.T) {
	ctx := t.Context()
	src, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "geokg.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	c := graphtest.NewCorpus()
	graphs := append(c.Graphs, graphtest.Generate(30)...)
	if _, err := src.PutArticles(ctx, graphs); err != nil {
		t.Fatal(err)
	}
	undone := graph.Merge{ID: graph.MergeID(c.ElinMarr, c.TobiasRenn), FromID: c.ElinMarr, IntoID: c.TobiasRenn, Rule: "manual"}
	active := graph.Merge{ID: graph.MergeID(c.TobiasRenn, c.MiraCastell), FromID: c.TobiasRenn, IntoID: c.MiraCastell, Rule: "manual"}
	for _, m := range []graph.Merge{undone, active} {
		if err := src.ApplyMerge(ctx, m); err != nil {
			t.Fatal(err)
		}
	}
	if err := src.UndoMerge(ctx, undone.ID); err != nil {
		t.Fatal(err)
	}
	st, err := src.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}

	dir := filepath.Join(t.TempDir(), "import")
	got, err := WriteAdminImport(ctx, src, dir)
	if err != nil {
		t.Fatal(err)
	}
	var reports, mentionRels int
	for _, g := range graphs {
		reports += len(g.Events)
		mentionRels += len(g.Entities)
	}
	want := map[string]int{
		"articles.csv": st.Articles, "entities.csv": st.Entities, "events.csv": st.Events,
		"relations.csv": st.Relations, "claims.csv": st.Claims, "merges.csv": 2,
		"mentions.csv": mentionRels, "reports.csv": reports, "stated_in.csv": st.Claims,
		"typed_relations.csv": st.Relations,
	}
	for _, f := range append(slices.Clone(adminNodeFiles), adminRelFiles...) {
		recs := readCSV(t, filepath.Join(dir, f.name))
		if len(recs) == 0 || !slices.Equal(recs[0], f.header()) {
			t.Errorf("%s: header %v, want %v", f.name, recs[0], f.header())
			continue
		}
		n := got.Nodes[f.name] + got.Relationships[f.name]
		if n != len(recs)-1 {
			t.Errorf("%s: summary says %d rows, the file has %d", f.name, n, len(recs)-1)
		}
		if w, ok := want[f.name]; ok && len(recs)-1 != w {
			t.Errorf("%s: got %d rows, want %d", f.name, len(recs)-1, w)
		}
	}
	// Every mention is in the lists of the MENTIONS relationships.
	recs := readCSV(t, filepath.Join(dir, "mentions.csv"))
	col := slices.Index(recs[0], "texts:string[]")
	total := 0
	for _, r := range recs[1:] {
		if r[col] != "" {
			total += len(strings.Split(r[col], adminArrayDelimiter))
		}
	}
	if total != st.Mentions {
		t.Errorf("mentions in mentions.csv: got %d, want %d", total, st.Mentions)
	}
	// Entities carry their type label beside :Entity; the active merge and
	// the undone one are both there.
	for _, r := range readCSV(t, filepath.Join(dir, "entities.csv"))[1:] {
		if !strings.HasPrefix(r[1], "Entity"+adminArrayDelimiter) {
			t.Errorf("entity %s: labels %q", r[0], r[1])
		}
	}
	cmd := got.Command("neo4j")
	for _, f := range append(slices.Clone(adminNodeFiles), adminRelFiles...) {
		if !strings.Contains(cmd, f.name) {
			t.Errorf("command %q leaves out %s", cmd, f.name)
		}
	}
}

func TestAdminValueRefusesDelimiter(t *testing.T) {
	if _, err := adminValue([]string{"a" + adminArrayDelimiter + "b"}); err == nil {
		t.Error("a list element holding the delimiter: got no error")
	}
	for _, tc := range []struct {
		in   any
		want string
	}{
		{nil, ""}, {3, "3"}, {0.25, "0.25"}, {true, "true"}, {[]int{1, 2}, "1" + adminArrayDelimiter + "2"},
	} {
		if got, err := adminValue(tc.in); err != nil || got != tc.want {
			t.Errorf("adminValue(%v): got %q, %v; want %q", tc.in, got, err, tc.want)
		}
	}
}
