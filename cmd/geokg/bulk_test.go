package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/graph/graphio"
	"github.com/geokg/geokg/graph/graphtest"
)

// These tests move a loaded graph between stores with the geokg binary
// (copy, export --format jsonl, import) and check that every store it
// reaches shows the same graph: the same stats --json, the same export
// (every article's graph with the merges it carries) and the same reads of
// every node and its provenance through the store API. With NEO4J_URI set,
// the stores in the middle of the round trips are Neo4j.

// target is a store the binary and the tests can open: its --store value
// and the environment needed to reach it.
type target struct {
	uri string
	env []string // KEY=value
}

func (tg target) getenv() func(string) string {
	m := make(map[string]string)
	for _, kv := range tg.env {
		k, v, _ := strings.Cut(kv, "=")
		m[k] = v
	}
	return func(k string) string { return m[k] }
}

// Two articles whose people the second names by surname only: loading them
// decides two merges.
var mergeArticles = map[string]string{
	"harbour-1.txt": "Harbour talks open in Valletta\nDate: 2025-05-02\n\n" +
		"Maltese Foreign Minister Teodor Vask met Greek Foreign Minister Ilse Brandt in Valletta on Thursday.\n",
	"harbour-2.txt": "Harbour talks continue\nDate: 2025-05-05\n\n" +
		"Vask said on Monday that the talks would continue next month. Brandt said on Tuesday that a deal was close.\n",
}

// loadFixture loads the demo articles and mergeArticles into a new SQLite
// store, undoes one of the two merges they decide, and returns the store:
// a graph with an active merge and an undone one.
func loadFixture(t *testing.T) target {
	t.Helper()
	db := filepath.Join(t.TempDir(), "a.db")
	if r := runGeokg(t, "load", "--store", db, demoDir); r.code != 0 {
		t.Fatalf("load demo: exit %d\n%s", r.code, r.stderr)
	}
	for _, p := range writeArticles(t) { // one at a time: the second merges into the first
		if r := runGeokg(t, "load", "--store", db, p); r.code != 0 {
			t.Fatalf("load %s: exit %d\n%s", p, r.code, r.stderr)
		}
	}
	ms := listMerges(t, target{uri: db}, "--all")
	if len(ms) != 2 {
		t.Fatalf("got merges %+v, want the two surname merges of %v", ms, mergeArticles)
	}
	if r := runGeokg(t, "merges", "undo", "--store", db, ms[0].ID); r.code != 0 {
		t.Fatalf("merges undo: exit %d\n%s", r.code, r.stderr)
	}
	return target{uri: db}
}

// listMerges returns `geokg merges --json` of the store, with extra flags.
func listMerges(t *testing.T, tg target, flags ...string) []mergeJSON {
	t.Helper()
	r := runGeokgEnv(t, tg.env, append([]string{"merges", "--json", "--store", tg.uri}, flags...)...)
	if r.code != 0 {
		t.Fatalf("merges: exit %d\n%s", r.code, r.stderr)
	}
	var ms []mergeJSON
	for _, line := range strings.Split(strings.TrimSpace(r.stdout), "\n") {
		if line == "" {
			continue
		}
		var m mergeJSON
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			t.Fatalf("merges --json line %q: %v", line, err)
		}
		ms = append(ms, m)
	}
	return ms
}

// neo4jTarget returns the Neo4j database of $NEO4J_URI (with $NEO4J_USER,
// $NEO4J_PASSWORD, $NEO4J_DATABASE), or skips the test saying how to run
// it. The tests empty that database: give them one of their own.
func neo4jTarget(t *testing.T) target {
	t.Helper()
	uri := os.Getenv("NEO4J_URI")
	if uri == "" {
		const how = "set NEO4J_URI=bolt://localhost:7687 (and NEO4J_PASSWORD, NEO4J_DATABASE) to run it against " +
			"a database it may empty (docker compose up -d neo4j starts one; see docs/neo4j.md)"
		if os.Getenv("GEOKG_REQUIRE_NEO4J") == "1" {
			t.Fatal("GEOKG_REQUIRE_NEO4J=1 but NEO4J_URI is not set: " + how)
		}
		t.Skip("SKIPPED: the Neo4j variant needs a server: " + how)
	}
	tg := target{uri: uri}
	for _, k := range []string{envNeo4jUser, envNeo4jPassword, envNeo4jDatabase} {
		if v := os.Getenv(k); v != "" {
			tg.env = append(tg.env, k+"="+v)
		}
	}
	return tg
}

// openTarget opens tg in-process, as a source: nothing is created or
// migrated. The caller closes it.
func openTarget(t *testing.T, ctx context.Context, tg target) graph.Store {
	t.Helper()
	tm := newTestMain(nil)
	tm.Getenv = tg.getenv()
	s, err := tm.newFlagSet("test", "").openStoreAt(ctx, tg.uri, openOptions{source: true})
	if err != nil {
		t.Fatalf("open %s: %v", redact(tg.uri), err)
	}
	return s
}

// emptyNeo4j deletes everything geokg stored in tg through the store API
// (undone merges stay, as history), so that the next copy or import starts
// from nothing and its counts can be compared.
func emptyNeo4j(t *testing.T, ctx context.Context, tg target) {
	t.Helper()
	s := openTarget(t, ctx, tg)
	defer s.Close()
	ms, err := graph.AllMerges(ctx, s, graph.MergeFilter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range ms {
		if err := s.UndoMerge(ctx, m.ID); err != nil {
			t.Fatalf("undo merge %s: %v", m.ID, err)
		}
	}
	for {
		p, err := s.FindArticles(ctx, graph.ArticleFilter{Page: graph.Page{First: 100}})
		if err != nil {
			t.Fatal(err)
		}
		if len(p.Articles) == 0 {
			break
		}
		for _, a := range p.Articles {
			if err := s.DeleteArticle(ctx, a.ID); err != nil {
				t.Fatalf("delete article %s: %v", a.ID, err)
			}
		}
	}
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Articles+st.Entities+st.Events+st.Relations+st.Claims+st.Mentions+st.Merges != 0 {
		t.Fatalf("could not empty the Neo4j database %s: it still holds %+v", redact(tg.uri), st)
	}
}

// exportGraphs runs export --format jsonl on tg into file and returns the
// graphs, with what differs between two faithful copies cleared: the time
// each store wrote an article, and the time zone merge times read in.
func exportGraphs(t *testing.T, tg target, file string) []graph.ArticleGraph {
	t.Helper()
	r := runGeokgEnv(t, tg.env, "export", "--format", "jsonl", "--store", tg.uri, file)
	if r.code != 0 {
		t.Fatalf("export --format jsonl: exit %d\n%s", r.code, r.stderr)
	}
	fh, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	var gs []graph.ArticleGraph
	err = graphio.ReadJSONL(fh, func(g graph.ArticleGraph) error {
		g.Article.LoadedAt = time.Time{}
		for i := range g.Merges {
			g.Merges[i].CreatedAt = g.Merges[i].CreatedAt.UTC()
		}
		gs = append(gs, g)
		return nil
	})
	if err != nil {
		t.Fatalf("read %s: %v", file, err)
	}
	return gs
}

// reference is what every store the graph reaches must show.
type reference struct {
	stats  statsJSON
	graphs []graph.ArticleGraph
	dump   graphtest.Dump
	jsonl  string // the export of the source
	active string // the id of the source's active merge
	undone string // and of its undone one
}

func newReference(t *testing.T, src target) reference {
	t.Helper()
	ref := reference{stats: storeStatsEnv(t, src.env, src.uri), jsonl: filepath.Join(t.TempDir(), "source.jsonl")}
	ref.graphs = exportGraphs(t, src, ref.jsonl)
	s := openTarget(t, t.Context(), src)
	defer s.Close()
	ref.dump = graphtest.TakeDump(t, s)
	if ref.stats.Articles != len(ref.graphs) || ref.stats.Merges != 1 {
		t.Fatalf("the source holds %+v and exports %d articles, want them equal and one active merge", ref.stats, len(ref.graphs))
	}
	for _, m := range listMerges(t, src, "--all") {
		if m.UndoneAt == nil {
			ref.active = m.ID
		} else {
			ref.undone = m.ID
		}
	}
	return ref
}

// check fails unless tg shows exactly the reference graph.
func (ref reference) check(t *testing.T, what string, tg target) {
	t.Helper()
	if got := storeStatsEnv(t, tg.env, tg.uri); !equalJSON(t, got, ref.stats) {
		t.Errorf("%s: stats --json\ngot  %+v\nwant %+v", what, got, ref.stats)
	}
	got := exportGraphs(t, tg, filepath.Join(t.TempDir(), "export.jsonl"))
	if d := diffGraphs(ref.graphs, got); d != "" {
		t.Errorf("%s: the export differs from the source's: %s", what, d)
	}
	s := openTarget(t, t.Context(), tg)
	defer s.Close()
	if d := diffDump(ref.dump, graphtest.TakeDump(t, s)); len(d) > 0 {
		t.Errorf("%s: the store reads differently from the source:\n%s", what, strings.Join(d, "\n"))
	}
	if ms := listMerges(t, tg); len(ms) != 1 || ms[0].ID != ref.active {
		t.Errorf("%s: got active merges %+v, want %s alone", what, ms, ref.active)
	}
	// Undone merges are history, not part of the graph: they are not moved.
	for _, m := range listMerges(t, tg, "--all") {
		if m.ID == ref.undone {
			t.Errorf("%s: the undone merge %s was moved too", what, m.ID)
		}
	}
}

func diffGraphs(want, got []graph.ArticleGraph) string {
	if len(got) != len(want) {
		return fmt.Sprintf("got %d articles, want %d", len(got), len(want))
	}
	for i := range want {
		if !reflect.DeepEqual(got[i], want[i]) {
			return fmt.Sprintf("line %d, article %s:\ngot  %+v\nwant %+v", i+1, want[i].Article.ID, got[i], want[i])
		}
	}
	return ""
}

// diffDump names the parts of two dumps that differ, with the first
// differing item of each.
func diffDump(want, got graphtest.Dump) []string {
	var d []string
	part := func(name string, w, g any) {
		if !reflect.DeepEqual(w, g) {
			d = append(d, fmt.Sprintf("%s:\ngot  %+v\nwant %+v", name, g, w))
		}
	}
	part("Stats", want.Stats, got.Stats)
	part("Articles", want.Articles, got.Articles)
	part("Entities", want.Entities, got.Entities)
	part("Events", want.Events, got.Events)
	part("Relations", want.Relations, got.Relations)
	for id := range want.Mentions {
		part("Mentions of "+id, want.Mentions[id], got.Mentions[id])
	}
	for id := range want.Reports {
		part("Reports of "+id, want.Reports[id], got.Reports[id])
	}
	for id := range want.Claims {
		part("Claims of "+id, want.Claims[id], got.Claims[id])
	}
	return d
}

// copyStores runs geokg copy and checks what it says it copied.
func copyStores(t *testing.T, from, to target, ref reference) {
	t.Helper()
	r := runGeokgEnv(t, append(append([]string{}, from.env...), to.env...), "copy", "--from", from.uri, "--to", to.uri)
	if r.code != 0 {
		t.Fatalf("copy %s → %s: exit %d\n%s%s", redact(from.uri), redact(to.uri), r.code, r.stdout, r.stderr)
	}
	want := fmt.Sprintf("copied %d articles and 1 merge in ", ref.stats.Articles)
	counts := regexp.MustCompile(fmt.Sprintf(`\narticles +%d +%d\n`, ref.stats.Articles, ref.stats.Articles))
	if !strings.HasPrefix(r.stdout, want) || !counts.MatchString(r.stdout) {
		t.Errorf("copy said\n%s\nwant it to start with %q and show both stores' counts", r.stdout, want)
	}
}

// roundTrip moves the reference graph from src through fresh stores: copy
// src → B, copy B → C (SQLite), import src's export into D.
func roundTrip(t *testing.T, src target, ref reference, fresh func(t *testing.T) target) {
	b := fresh(t)
	copyStores(t, src, b, ref)
	ref.check(t, "copy A → B", b)

	c := target{uri: filepath.Join(t.TempDir(), "c.db")}
	copyStores(t, b, c, ref)
	ref.check(t, "copy A → B → C", c)

	d := fresh(t)
	for i, want := range []string{fmt.Sprintf("(+%d)", ref.stats.Articles), "(+0)"} {
		r := runGeokgEnv(t, d.env, "import", "--store", d.uri, ref.jsonl)
		if r.code != 0 {
			t.Fatalf("import %d: exit %d\n%s", i+1, r.code, r.stderr)
		}
		if head := fmt.Sprintf("imported %d articles from %s; store: %d articles %s", ref.stats.Articles, ref.jsonl, ref.stats.Articles, want); !strings.HasPrefix(r.stdout, head) {
			t.Errorf("import %d said %q, want it to start with %q", i+1, r.stdout, head)
		}
	}
	ref.check(t, "export A, import into D", d)
}

// TestEndToEnd_CopyExportImport is the migration test of issue 4: a loaded
// SQLite graph copied to another store and back, and exported and imported,
// keeps its counts and its provenance.
func TestEndToEnd_CopyExportImport(t *testing.T) {
	src := loadFixture(t)
	ref := newReference(t, src)

	t.Run("sqlite", func(t *testing.T) {
		roundTrip(t, src, ref, func(t *testing.T) target {
			return target{uri: filepath.Join(t.TempDir(), "geokg.db")}
		})
	})
	t.Run("neo4j", func(t *testing.T) {
		n := neo4jTarget(t)
		t.Cleanup(func() {
			ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
			defer cancel()
			emptyNeo4j(t, ctx, n)
		})
		roundTrip(t, src, ref, func(t *testing.T) target {
			emptyNeo4j(t, t.Context(), n) // Community Edition has one database: B and D take turns
			return n
		})
	})
}

// writeArticles writes mergeArticles into a new folder and returns the
// paths, in order.
func writeArticles(t *testing.T) []string {
	t.Helper()
	dir := t.TempDir()
	var paths []string
	for _, name := range []string{"harbour-1.txt", "harbour-2.txt"} {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(mergeArticles[name]), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	return paths
}

// quiet runs geokg in-process with warnings and errors only, and fails the
// test unless it exits with want.
func quiet(t *testing.T, want int, args ...string) *testMain {
	t.Helper()
	tm := newTestMain(map[string]string{envLogLevel: "warn"})
	if code := tm.run(t, args...); code != want {
		t.Fatalf("geokg %s: got exit %d, want %d\nstdout: %s\nstderr: %s", strings.Join(args, " "), code, want, tm.stdout.String(), tm.stderr.String())
	}
	return tm
}
