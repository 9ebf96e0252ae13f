package graphtest

import (
	"fmt"
	"reflect"
	"testing"

	"github.com/geokg/geokg/graph"
)

// listing is one paged read, for a page size and a cursor.
type listing struct {
	name string
	page func(t *testing.T, st graph.Store, p graph.Page) ([]string, graph.PageInfo, error)
}

func listings(ids generatedIDs) []listing {
	mention := func(m graph.Mention) string {
		return fmt.Sprintf("%s@%d", m.Evidence.ArticleID, m.Evidence.Start)
	}
	return []listing{
		{"FindArticles", func(t *testing.T, st graph.Store, p graph.Page) ([]string, graph.PageInfo, error) {
			r, err := st.FindArticles(t.Context(), graph.ArticleFilter{Page: p})
			return ids2(r.Articles, func(a graph.Article) string { return a.ID }), r.PageInfo, err
		}},
		{"FindArticles_mentioning", func(t *testing.T, st graph.Store, p graph.Page) ([]string, graph.PageInfo, error) {
			r, err := st.FindArticles(t.Context(), graph.ArticleFilter{MentioningID: ids.busyEntity, Page: p})
			return ids2(r.Articles, func(a graph.Article) string { return a.ID }), r.PageInfo, err
		}},
		{"SearchEntities_all", func(t *testing.T, st graph.Store, p graph.Page) ([]string, graph.PageInfo, error) {
			r, err := st.SearchEntities(t.Context(), graph.EntitySearch{Page: p})
			return entityIDs(r.Entities), r.PageInfo, err
		}},
		{"SearchEntities_query", func(t *testing.T, st graph.Store, p graph.Page) ([]string, graph.PageInfo, error) {
			r, err := st.SearchEntities(t.Context(), graph.EntitySearch{Query: "a", Page: p})
			return entityIDs(r.Entities), r.PageInfo, err
		}},
		{"FindEvents", func(t *testing.T, st graph.Store, p graph.Page) ([]string, graph.PageInfo, error) {
			r, err := st.FindEvents(t.Context(), graph.EventFilter{Page: p})
			return eventIDs(r.Events), r.PageInfo, err
		}},
		{"FindEvents_newest", func(t *testing.T, st graph.Store, p graph.Page) ([]string, graph.PageInfo, error) {
			r, err := st.FindEvents(t.Context(), graph.EventFilter{Newest: true, Page: p})
			return eventIDs(r.Events), r.PageInfo, err
		}},
		{"EventsInvolving", func(t *testing.T, st graph.Store, p graph.Page) ([]string, graph.PageInfo, error) {
			m, err := st.EventsInvolving(t.Context(), []string{ids.busyInvolved}, graph.EventFilter{Page: p})
			return eventIDs(m[ids.busyInvolved].Events), m[ids.busyInvolved].PageInfo, err
		}},
		{"FindRelations", func(t *testing.T, st graph.Store, p graph.Page) ([]string, graph.PageInfo, error) {
			r, err := st.FindRelations(t.Context(), graph.RelationFilter{Page: p})
			return relationIDs(r.Relations), r.PageInfo, err
		}},
		{"RelationsOf", func(t *testing.T, st graph.Store, p graph.Page) ([]string, graph.PageInfo, error) {
			m, err := st.RelationsOf(t.Context(), []string{ids.busyRelated}, graph.RelationFilter{Page: p})
			return relationIDs(m[ids.busyRelated].Relations), m[ids.busyRelated].PageInfo, err
		}},
		{"Mentions", func(t *testing.T, st graph.Store, p graph.Page) ([]string, graph.PageInfo, error) {
			m, err := st.Mentions(t.Context(), []string{ids.busyEntity}, p)
			return ids2(m[ids.busyEntity].Mentions, mention), m[ids.busyEntity].PageInfo, err
		}},
		{"EventReports", func(t *testing.T, st graph.Store, p graph.Page) ([]string, graph.PageInfo, error) {
			m, err := st.EventReports(t.Context(), []string{ids.busyEvent}, p)
			return ids2(m[ids.busyEvent].Reports, func(r graph.EventReport) string { return r.ArticleID }), m[ids.busyEvent].PageInfo, err
		}},
		{"ArticlesOf_entity", func(t *testing.T, st graph.Store, p graph.Page) ([]string, graph.PageInfo, error) {
			m, err := st.ArticlesOf(t.Context(), []string{ids.busyEntity}, p)
			return ids2(m[ids.busyEntity].Articles, func(a graph.Article) string { return a.ID }), m[ids.busyEntity].PageInfo, err
		}},
		{"ArticlesOf_relation", func(t *testing.T, st graph.Store, p graph.Page) ([]string, graph.PageInfo, error) {
			m, err := st.ArticlesOf(t.Context(), []string{ids.busyRelation}, p)
			return ids2(m[ids.busyRelation].Articles, func(a graph.Article) string { return a.ID }), m[ids.busyRelation].PageInfo, err
		}},
		{"RelationsInArticles", func(t *testing.T, st graph.Store, p graph.Page) ([]string, graph.PageInfo, error) {
			m, err := st.RelationsInArticles(t.Context(), []string{ids.article}, graph.RelationFilter{Page: p})
			return relationIDs(m[ids.article].Relations), m[ids.article].PageInfo, err
		}},
		{"Claims", func(t *testing.T, st graph.Store, p graph.Page) ([]string, graph.PageInfo, error) {
			m, err := st.Claims(t.Context(), []string{ids.busyRelation}, p)
			return ids2(m[ids.busyRelation].Claims, func(c graph.Claim) string {
				return fmt.Sprintf("%s@%d", c.ArticleID, c.Evidence.Start)
			}), m[ids.busyRelation].PageInfo, err
		}},
	}
}

func ids2[T any](items []T, id func(T) string) []string { return ids(items, id) }

// generatedIDs names the nodes of generated articles that gather the most
// statements, so that their listings span several pages.
type generatedIDs struct {
	busyEntity, busyInvolved, busyRelated, busyEvent, busyRelation string
	article                                                        string // one that states eight relations
}

func busiest(graphs []graph.ArticleGraph) generatedIDs {
	entities := map[string]int{}  // articles naming each entity
	involved := map[string]int{}  // events involving each entity
	events := map[string]int{}    // reports of each event
	relations := map[string]int{} // claims of each relation
	related := map[string]int{}   // relations of each node
	seen := map[string]bool{}
	for _, g := range graphs {
		for _, r := range g.Entities {
			entities[r.Entity.ID]++
		}
		for _, r := range g.Events {
			e := r.Event
			events[e.ID]++
			for _, id := range append([]string{e.LocationID, e.PerpetratorID}, e.ParticipantIDs...) {
				if id != "" && !seen[id+" "+e.ID] {
					seen[id+" "+e.ID] = true
					involved[id]++
				}
			}
		}
		for _, c := range g.Claims {
			r := c.Relation
			relations[r.ID]++
			for _, id := range []string{r.SourceID, r.TargetID} {
				if !seen[id+" "+r.ID] {
					seen[id+" "+r.ID] = true
					related[id]++
				}
			}
		}
	}
	top := func(m map[string]int) string {
		best := ""
		for _, k := range sortedKeys(m) {
			if m[k] > m[best] {
				best = k
			}
		}
		return best
	}
	return generatedIDs{busyEntity: top(entities), busyInvolved: top(involved), busyRelated: top(related),
		busyEvent: top(events), busyRelation: top(relations), article: graphs[0].Article.ID}
}

var pageCases = []testCase{
	{"every_item_once", func(t *testing.T, s *suite) {
		graphs := Generate(60)
		st := s.store(t, graphs...)
		for _, l := range listings(busiest(graphs)) {
			t.Run(l.name, func(t *testing.T) {
				all, info, err := l.page(t, st, graph.Page{First: graph.MaxPageSize})
				if err != nil {
					t.Fatal(err)
				}
				if info.HasNextPage || info.TotalCount != len(all) {
					t.Fatalf("one big page: got %d items, TotalCount %d, HasNextPage %v", len(all), info.TotalCount, info.HasNextPage)
				}
				if len(all) < 8 {
					t.Fatalf("fixture: only %d items, too few to page", len(all))
				}
				walked := walk(t, l.name, func(after string) ([]string, graph.PageInfo, error) {
					items, info, err := l.page(t, st, graph.Page{First: 7, After: after})
					if err == nil && len(items) > 7 {
						t.Fatalf("page of %d items, asked for 7", len(items))
					}
					return items, info, err
				})
				if !reflect.DeepEqual(walked, all) {
					t.Errorf("walking pages of 7 gave\n%v\nwant\n%v", walked, all)
				}
				seen := map[string]bool{}
				for _, id := range walked {
					if seen[id] {
						t.Errorf("%s listed twice", id)
					}
					seen[id] = true
				}
			})
		}
	}},
	{"page_sizes", func(t *testing.T, s *suite) {
		st := s.store(t, Generate(30)...)
		for _, tc := range []struct {
			first, want int
		}{{0, graph.DefaultPageSize}, {-3, graph.DefaultPageSize}, {5, 5}, {graph.MaxPageSize + 1, 30}} {
			p, err := st.FindArticles(t.Context(), graph.ArticleFilter{Page: graph.Page{First: tc.first}})
			if err != nil {
				t.Fatal(err)
			}
			if len(p.Articles) != tc.want || p.TotalCount != 30 || p.HasNextPage != (tc.want < 30) {
				t.Errorf("First %d: got %d articles, total %d, next %v; want %d of 30", tc.first, len(p.Articles), p.TotalCount, p.HasNextPage, tc.want)
			}
		}
	}},
	{"empty_page", func(t *testing.T, s *suite) {
		st := s.store(t)
		p, err := st.FindEvents(t.Context(), graph.EventFilter{})
		if err != nil {
			t.Fatal(err)
		}
		if len(p.Events) != 0 || p.EndCursor != "" || p.HasNextPage || p.TotalCount != 0 {
			t.Errorf("empty store: got %+v, want an empty page", p)
		}
	}},
	{"unreadable_cursor", func(t *testing.T, s *suite) {
		graphs := Generate(20)
		st := s.store(t, graphs...)
		for _, l := range listings(busiest(graphs)) {
			for _, cursor := range []string{"garbage!", "%%%", "\x00"} {
				_, _, err := l.page(t, st, graph.Page{After: cursor})
				wantErr(t, fmt.Sprintf("%s after %q", l.name, cursor), err, graph.ErrInvalid)
			}
		}
	}},
}
