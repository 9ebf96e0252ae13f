package graphtest

import (
	"testing"
	"time"

	"github.com/geokg/geokg/graph"
)

// Dump is everything a store shows through its read methods: what tests
// compare to prove that an operation changed nothing, that an undone merge
// left no trace, or that a graph copied to another store reads the same.
// Articles' LoadedAt is cleared, since each store stamps its own.
type Dump struct {
	Stats     graph.Stats
	Articles  []graph.Article
	Entities  []graph.Entity
	Events    []graph.Event
	Relations []graph.Relation
	Mentions  map[string][]graph.Mention     // by entity id
	Reports   map[string][]graph.EventReport // by event id
	Claims    map[string][]graph.Claim       // by relation id
}

// TakeDump reads every article, node, relation and provenance record of st,
// walking every page.
func TakeDump(t testing.TB, st graph.Store) Dump {
	t.Helper()
	ctx := t.Context()
	var d Dump
	var err error
	if d.Stats, err = st.Stats(ctx); err != nil {
		t.Fatalf("dump: Stats: %v", err)
	}
	const size = 50
	d.Articles = walk(t, "FindArticles", func(after string) ([]graph.Article, graph.PageInfo, error) {
		p, err := st.FindArticles(ctx, graph.ArticleFilter{Page: graph.Page{First: size, After: after}})
		return p.Articles, p.PageInfo, err
	})
	for i := range d.Articles {
		d.Articles[i].LoadedAt = time.Time{}
	}
	d.Entities = walk(t, "SearchEntities", func(after string) ([]graph.Entity, graph.PageInfo, error) {
		p, err := st.SearchEntities(ctx, graph.EntitySearch{Page: graph.Page{First: size, After: after}})
		return p.Entities, p.PageInfo, err
	})
	d.Events = walk(t, "FindEvents", func(after string) ([]graph.Event, graph.PageInfo, error) {
		p, err := st.FindEvents(ctx, graph.EventFilter{Page: graph.Page{First: size, After: after}})
		return p.Events, p.PageInfo, err
	})
	d.Relations = walk(t, "FindRelations", func(after string) ([]graph.Relation, graph.PageInfo, error) {
		p, err := st.FindRelations(ctx, graph.RelationFilter{Page: graph.Page{First: size, After: after}})
		return p.Relations, p.PageInfo, err
	})
	d.Mentions = map[string][]graph.Mention{}
	for _, e := range d.Entities {
		d.Mentions[e.ID] = walk(t, "Mentions", func(after string) ([]graph.Mention, graph.PageInfo, error) {
			m, err := st.Mentions(ctx, []string{e.ID}, graph.Page{First: size, After: after})
			return m[e.ID].Mentions, m[e.ID].PageInfo, err
		})
	}
	d.Reports = map[string][]graph.EventReport{}
	for _, e := range d.Events {
		d.Reports[e.ID] = walk(t, "EventReports", func(after string) ([]graph.EventReport, graph.PageInfo, error) {
			m, err := st.EventReports(ctx, []string{e.ID}, graph.Page{First: size, After: after})
			return m[e.ID].Reports, m[e.ID].PageInfo, err
		})
	}
	d.Claims = map[string][]graph.Claim{}
	for _, r := range d.Relations {
		d.Claims[r.ID] = walk(t, "Claims", func(after string) ([]graph.Claim, graph.PageInfo, error) {
			m, err := st.Claims(ctx, []string{r.ID}, graph.Page{First: size, After: after})
			return m[r.ID].Claims, m[r.ID].PageInfo, err
		})
	}
	return d
}

// walk follows a listing's cursors to its end and returns every item,
// failing the test when a page breaks the paging contract: a page after
// which HasNextPage is false must be the last, TotalCount must not change
// between pages, and the walk must end.
func walk[T any](t testing.TB, what string, page func(after string) ([]T, graph.PageInfo, error)) []T {
	t.Helper()
	var all []T
	after := ""
	total := -1
	for range 10_000 {
		items, info, err := page(after)
		if err != nil {
			t.Fatalf("%s after %q: %v", what, after, err)
		}
		if total >= 0 && info.TotalCount != total {
			t.Fatalf("%s: TotalCount changed between pages: got %d, want %d", what, info.TotalCount, total)
		}
		total = info.TotalCount
		all = append(all, items...)
		if !info.HasNextPage {
			if len(all) != total {
				t.Fatalf("%s: walked %d items, want TotalCount %d", what, len(all), total)
			}
			return all
		}
		if info.EndCursor == "" || len(items) == 0 {
			t.Fatalf("%s: HasNextPage with an empty page or no EndCursor", what)
		}
		after = info.EndCursor
	}
	t.Fatalf("%s: more than 10,000 pages", what)
	return nil
}
