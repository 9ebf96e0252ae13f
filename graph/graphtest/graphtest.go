// Package graphtest is the contract suite every graph.Store backend runs,
// and the fixtures other packages' tests build graphs with.
//
// A backend's test is one call:
//
//	func TestStore(t *testing.T) {
//		graphtest.Run(t, func(t *testing.T) graph.Store {
//			s, err := sqlite.Open(t.Context(), filepath.Join(t.TempDir(), "geokg.db"))
//			if err != nil {
//				t.Fatal(err)
//			}
//			t.Cleanup(func() { s.Close() })
//			return s
//		})
//	}
//
// Run checks every behaviour the graph.Store comments promise, each as a
// subtest on a fresh store. The package knows no backend.
package graphtest

import (
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/geokg/geokg/graph"
)

// Option adjusts Run.
type Option func(*suite)

// Skip records a known gap of the backend under test: the subtest at path
// below Run ("SearchEntities/diacritics", or a whole group such as
// "Merges") is skipped with reason. Run prints the skip table and fails when
// an entry names no subtest, so the table only ever shrinks. Its goal is to
// be empty.
func Skip(path, reason string) Option {
	return func(s *suite) { s.skips[path] = reason }
}

type suite struct {
	open  func(t *testing.T) graph.Store
	root  string
	skips map[string]string
	used  map[string]bool
}

// Run runs the contract suite. open must return a new, empty store that the
// test's cleanup closes; the suite may close it earlier itself, so Close
// must tolerate a second call.
func Run(t *testing.T, open func(t *testing.T) graph.Store, opts ...Option) {
	s := &suite{open: open, root: t.Name(), skips: map[string]string{}, used: map[string]bool{}}
	for _, o := range opts {
		o(s)
	}
	if len(s.skips) == 0 {
		t.Log("graphtest: skip table is empty: every contract test runs")
	} else {
		var b strings.Builder
		for _, p := range sortedKeys(s.skips) {
			fmt.Fprintf(&b, "\n  %-40s %s", p, s.skips[p])
		}
		t.Logf("graphtest: known gaps of this backend (%d):%s", len(s.skips), b.String())
	}
	for _, g := range groups {
		s.run(t, g.name, func(t *testing.T) {
			for _, c := range g.cases {
				s.run(t, c.name, func(t *testing.T) { c.fn(t, s) })
			}
		})
	}
	for _, p := range sortedKeys(s.skips) {
		if !s.used[p] {
			t.Errorf("graphtest: skip entry %q names no subtest", p)
		}
	}
}

// run runs a subtest unless the skip table names it or a group holding it.
func (s *suite) run(t *testing.T, name string, fn func(t *testing.T)) {
	t.Run(name, func(t *testing.T) {
		path := strings.TrimPrefix(t.Name(), s.root+"/")
		for p, reason := range s.skips {
			if path == p || strings.HasPrefix(path, p+"/") {
				s.used[p] = true
				t.Skipf("known gap: %s", reason)
			}
		}
		fn(t)
	})
}

type testCase struct {
	name string
	fn   func(t *testing.T, s *suite)
}

type group struct {
	name  string
	cases []testCase
}

// groups lists the suite; each file of the package contributes its group.
var groups = []group{
	{"PutArticles", putCases},
	{"DeleteArticle", deleteCases},
	{"ArticleGraph", articleGraphCases},
	{"Provenance", provenanceCases},
	{"Events", eventCases},
	{"Relations", relationCases},
	{"Merges", mergeCases},
	{"SearchEntities", searchCases},
	{"FindEvents", findEventCases},
	{"Batch", batchCases},
	{"ByArticle", articleCases},
	{"Summaries", summaryCases},
	{"Pagination", pageCases},
	{"Errors", errorCases},
	{"Concurrency", concurrencyCases},
}

// store opens a fresh store holding graphs.
func (s *suite) store(t *testing.T, graphs ...graph.ArticleGraph) graph.Store {
	t.Helper()
	st := s.open(t)
	if len(graphs) > 0 {
		put(t, st, graphs...)
	}
	return st
}

func put(t *testing.T, st graph.Store, graphs ...graph.ArticleGraph) []graph.PutResult {
	t.Helper()
	res, err := st.PutArticles(t.Context(), graphs)
	if err != nil {
		t.Fatalf("PutArticles: %v", err)
	}
	return res
}

func stats(t *testing.T, st graph.Store) graph.Stats {
	t.Helper()
	s, err := st.Stats(t.Context())
	if err != nil {
		t.Fatalf("Stats: %v", err)
	}
	return s
}

func entity(t *testing.T, st graph.Store, id string) graph.Entity {
	t.Helper()
	e, err := graph.GetEntity(t.Context(), st, id)
	if err != nil {
		t.Fatalf("GetEntity(%s): %v", id, err)
	}
	return e
}

func event(t *testing.T, st graph.Store, id string) graph.Event {
	t.Helper()
	e, err := graph.GetEvent(t.Context(), st, id)
	if err != nil {
		t.Fatalf("GetEvent(%s): %v", id, err)
	}
	return e
}

func relation(t *testing.T, st graph.Store, id string) graph.Relation {
	t.Helper()
	m, err := st.Relations(t.Context(), []string{id})
	if err != nil {
		t.Fatalf("Relations(%s): %v", id, err)
	}
	r, ok := m[id]
	if !ok {
		t.Fatalf("Relations(%s): absent", id)
	}
	return r
}

func claims(t *testing.T, st graph.Store, relationID string) []graph.Claim {
	t.Helper()
	m, err := st.Claims(t.Context(), []string{relationID}, graph.Page{First: graph.MaxPageSize})
	if err != nil {
		t.Fatalf("Claims(%s): %v", relationID, err)
	}
	return m[relationID].Claims
}

func absent[V any](t *testing.T, st graph.Store, fetch func() (map[string]V, error), id string) {
	t.Helper()
	m, err := fetch()
	if err != nil {
		t.Fatalf("fetch %s: %v", id, err)
	}
	if v, ok := m[id]; ok {
		t.Errorf("%s: got %+v, want absent", id, v)
	}
}

// wantErr fails unless err wraps kind.
func wantErr(t *testing.T, what string, err, kind error) {
	t.Helper()
	if !errors.Is(err, kind) {
		t.Errorf("%s: got error %v, want %v", what, err, kind)
	}
}

// expectedStats counts what graphs state, as a store holding exactly them,
// with no merges, must report.
func expectedStats(graphs ...graph.ArticleGraph) graph.Stats {
	st := graph.Stats{
		EntityTypes:   map[graph.EntityType]int{},
		EventTypes:    map[graph.EventType]int{},
		RelationTypes: map[graph.RelationType]int{},
	}
	entities := map[string]graph.EntityType{}
	events := map[string]graph.EventType{}
	relations := map[string]graph.RelationType{}
	articles := map[string]bool{}
	for _, g := range graphs {
		articles[g.Article.ID] = true
		for _, r := range g.Entities {
			entities[r.Entity.ID] = r.Entity.Type
			st.Mentions += len(r.Mentions)
		}
		for _, r := range g.Events {
			events[r.Event.ID] = r.Event.Type
		}
		for _, c := range g.Claims {
			relations[c.Relation.ID] = c.Relation.Type
			st.Claims++
		}
	}
	st.Articles, st.Entities, st.Events, st.Relations = len(articles), len(entities), len(events), len(relations)
	for _, t := range entities {
		st.EntityTypes[t]++
	}
	for _, t := range events {
		st.EventTypes[t]++
	}
	for _, t := range relations {
		st.RelationTypes[t]++
	}
	return st
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func ids[T any](items []T, id func(T) string) []string {
	out := make([]string, len(items))
	for i, it := range items {
		out[i] = id(it)
	}
	return out
}

func entityIDs(es []graph.Entity) []string {
	return ids(es, func(e graph.Entity) string { return e.ID })
}

func eventIDs(es []graph.Event) []string {
	return ids(es, func(e graph.Event) string { return e.ID })
}

func relationIDs(rs []graph.Relation) []string {
	return ids(rs, func(r graph.Relation) string { return r.ID })
}

func contains(list []string, s string) bool { return slices.Contains(list, s) }
