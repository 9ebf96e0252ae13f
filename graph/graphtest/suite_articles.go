package graphtest

import (
	"fmt"
	"reflect"
	"testing"

	"github.com/geokg/geokg/graph"
)

// The batch reads between articles and what they state: the articles of
// many nodes, the events and relations of many articles, each one call.

func articleIDs(as []graph.Article) []string {
	return ids(as, func(a graph.Article) string { return a.ID })
}

// silent is an article that names an entity but reports no event and
// states no relation.
func silent() graph.ArticleGraph {
	b := NewArticle("https://news.example/quiet-day", "2025-03-20")
	s1 := b.Say("Valdoria was quiet.")
	b.Country("XV", "Valdoria", nil, s1)
	return b.Graph()
}

var articleCases = []testCase{
	{"articles_of_entities_events_relations", func(t *testing.T, s *suite) {
		c := NewCorpus()
		p := newProfile(c)
		st := s.store(t, append(c.Graphs, p.g)...)
		got, err := st.ArticlesOf(t.Context(), []string{c.MiraCastell, c.Strike, c.Perpetrated, c.Condemned, c.Condemned,
			nowhere, "rel:0000", "event:attack:undated:0000", c.TollArticle}, graph.Page{})
		if err != nil {
			t.Fatal(err)
		}
		want := map[string][]string{
			c.MiraCastell: {c.TollArticle, c.MeetingArticle},
			c.Strike:      {c.TollArticle, c.StrikeArticle},
			c.Perpetrated: {c.TollArticle, c.StrikeArticle},
			c.Condemned:   {c.StrikeArticle},
		}
		if !reflect.DeepEqual(keys(got), sortedKeys(want)) {
			t.Fatalf("ArticlesOf: got keys %v, want %v (ids naming nothing absent)", keys(got), sortedKeys(want))
		}
		for id, w := range want {
			if ids := articleIDs(got[id].Articles); !reflect.DeepEqual(ids, w) || got[id].TotalCount != len(w) {
				t.Errorf("ArticlesOf(%s): got %v (total %d), want %v", id, ids, got[id].TotalCount, w)
			}
		}
		// Entities and events read as FindArticles reads them.
		for _, id := range []string{c.MiraCastell, c.Strike} {
			f, err := st.FindArticles(t.Context(), graph.ArticleFilter{MentioningID: id})
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(f, got[id]) {
				t.Errorf("%s: ArticlesOf gives %+v, FindArticles %+v", id, got[id], f)
			}
		}
	}},
	{"articles_of_follow_merges", func(t *testing.T, s *suite) {
		c := NewCorpus()
		p := newProfile(c)
		st := s.store(t, append(c.Graphs, p.g)...)
		applyMerge(t, st, merge(p.castell, c.MiraCastell, "surname"))
		got, err := st.ArticlesOf(t.Context(), []string{p.castell, p.criticized}, graph.Page{})
		if err != nil {
			t.Fatal(err)
		}
		if ids := articleIDs(got[p.castell].Articles); !reflect.DeepEqual(ids, []string{p.g.Article.ID, c.TollArticle, c.MeetingArticle}) {
			t.Errorf("articles of %s once merged: got %v, want the profile, toll and meeting articles", p.castell, ids)
		}
		// The relation as stated now reads as the one between the merged ends.
		if ids := articleIDs(got[p.criticized].Articles); !reflect.DeepEqual(ids, []string{p.g.Article.ID}) {
			t.Errorf("articles of %s as stated: got %v, want the profile article", p.criticized, ids)
		}
	}},
	{"events_in_articles_as_find_events", func(t *testing.T, s *suite) {
		c := NewCorpus()
		tl := newTimeline()
		quiet := silent()
		st := s.store(t, append(c.Graphs, tl.g, quiet)...)
		articles := []string{tl.g.Article.ID, c.TollArticle, c.MeetingArticle, quiet.Article.ID}
		for _, tc := range []struct {
			name string
			f    graph.EventFilter
		}{
			{"all", graph.EventFilter{}},
			{"newest", graph.EventFilter{Newest: true}},
			{"types", graph.EventFilter{Types: []graph.EventType{graph.Protest, graph.Ceasefire, graph.Agreement}}},
			{"dates", graph.EventFilter{From: "2025-03-01", To: "2025-06-05"}},
			{"involving", graph.EventFilter{Involving: []string{tl.valdoria, c.Ostrenia}}},
			{"involving_nothing", graph.EventFilter{Involving: []string{nowhere}}},
			{"page", graph.EventFilter{Page: graph.Page{First: 2}}},
			{"article_ignored", graph.EventFilter{ArticleID: c.StrikeArticle}},
		} {
			t.Run(tc.name, func(t *testing.T) {
				got, err := st.EventsInArticles(t.Context(), append(articles, "article:0000", nowhere), tc.f)
				if err != nil {
					t.Fatal(err)
				}
				asFind(t, "FindEvents", got, articles, func(a string) graph.EventPage {
					f := tc.f
					f.ArticleID = a
					return findEvents(t, st, f)
				}, func(p graph.EventPage) ([]string, graph.PageInfo) { return eventIDs(p.Events), p.PageInfo })
				if got[quiet.Article.ID].TotalCount != 0 {
					t.Errorf("an article reporting no event: got %+v, want an empty page", got[quiet.Article.ID])
				}
			})
		}
		if got, _ := st.EventsInArticles(t.Context(), []string{tl.g.Article.ID}, graph.EventFilter{}); got[tl.g.Article.ID].TotalCount != 6 {
			t.Errorf("events of the timeline: got %d, want 6", got[tl.g.Article.ID].TotalCount)
		}
		_, err := st.EventsInArticles(t.Context(), articles, graph.EventFilter{Types: []graph.EventType{"Picnic"}})
		wantErr(t, "EventsInArticles", err, graph.ErrInvalid)
	}},
	{"relations_in_articles_as_find_relations", func(t *testing.T, s *suite) {
		c := NewCorpus()
		p := newProfile(c)
		quiet := silent()
		st := s.store(t, append(c.Graphs, p.g, quiet)...)
		applyMerge(t, st, merge(p.castell, c.MiraCastell, "surname"))
		articles := []string{c.MeetingArticle, c.StrikeArticle, c.TollArticle, p.g.Article.ID, quiet.Article.ID}
		for _, tc := range []struct {
			name string
			f    graph.RelationFilter
		}{
			{"all", graph.RelationFilter{}},
			{"types", graph.RelationFilter{Types: []graph.RelationType{graph.MetWith, graph.Perpetrated}}},
			{"modalities", graph.RelationFilter{Modalities: []graph.Modality{graph.Conditional, graph.Possible}}},
			{"node_out", graph.RelationFilter{NodeID: c.Ostrenia, Direction: graph.Outgoing}},
			{"node_in", graph.RelationFilter{NodeID: c.Ostrenia, Direction: graph.Incoming}},
			{"merged_node", graph.RelationFilter{NodeID: p.castell}},
			{"symmetric_node_in", graph.RelationFilter{NodeID: c.TobiasRenn, Direction: graph.Incoming}},
			{"unknown_node", graph.RelationFilter{NodeID: nowhere}},
			{"page", graph.RelationFilter{Page: graph.Page{First: 2}}},
			{"article_ignored", graph.RelationFilter{ArticleID: c.StrikeArticle}},
		} {
			t.Run(tc.name, func(t *testing.T) {
				got, err := st.RelationsInArticles(t.Context(), append(articles, "article:0000"), tc.f)
				if err != nil {
					t.Fatal(err)
				}
				asFind(t, "FindRelations", got, articles, func(a string) graph.RelationPage {
					f := tc.f
					f.ArticleID = a
					want, err := st.FindRelations(t.Context(), f)
					if err != nil {
						t.Fatal(err)
					}
					return want
				}, func(p graph.RelationPage) ([]string, graph.PageInfo) { return relationIDs(p.Relations), p.PageInfo })
			})
		}
		all, err := st.RelationsInArticles(t.Context(), []string{c.TollArticle}, graph.RelationFilter{})
		if err != nil {
			t.Fatal(err)
		}
		if want := len(c.Graphs[2].Claims); all[c.TollArticle].TotalCount != want {
			t.Errorf("relations of the toll article: got %d, want %d", all[c.TollArticle].TotalCount, want)
		}
		_, err = st.RelationsInArticles(t.Context(), articles, graph.RelationFilter{Direction: "SIDEWAYS"})
		wantErr(t, "RelationsInArticles", err, graph.ErrInvalid)
	}},
	{"merges_page_newest_first", func(t *testing.T, s *suite) {
		graphs := Generate(40)
		st := s.store(t, graphs...)
		var persons []string
		for _, e := range TakeDump(t, st).Entities {
			if e.Type == graph.Person {
				persons = append(persons, e.ID)
			}
		}
		if len(persons) < 30 {
			t.Fatalf("fixture: only %d persons", len(persons))
		}
		// Disjoint pairs, so no merge conflicts with another; a few undone.
		var made []graph.Merge
		for i := 0; i+1 < 30; i += 2 {
			m := merge(persons[i], persons[i+1], "test", fmt.Sprint(i))
			applyMerge(t, st, m)
			made = append(made, m)
		}
		for _, m := range made[:4] {
			if err := st.UndoMerge(t.Context(), m.ID); err != nil {
				t.Fatal(err)
			}
		}
		for _, f := range []graph.MergeFilter{{}, {IncludeUndone: true}, {NodeID: persons[1], IncludeUndone: true}} {
			one, err := st.Merges(t.Context(), graph.MergeFilter{NodeID: f.NodeID, IncludeUndone: f.IncludeUndone, Page: graph.Page{First: graph.MaxPageSize}})
			if err != nil {
				t.Fatal(err)
			}
			want := 15
			switch {
			case f.NodeID != "":
				want = 1
			case !f.IncludeUndone:
				want = 11
			}
			if len(one.Merges) != want || one.TotalCount != want || one.HasNextPage {
				t.Fatalf("%+v: got %d merges (total %d, next %v), want %d in one page", f, len(one.Merges), one.TotalCount, one.HasNextPage, want)
			}
			for i := 1; i < len(one.Merges); i++ {
				a, b := one.Merges[i-1], one.Merges[i]
				if a.CreatedAt.Before(b.CreatedAt) || (a.CreatedAt.Equal(b.CreatedAt) && a.ID >= b.ID) {
					t.Errorf("%+v: %s (%v) listed before %s (%v)", f, a.ID, a.CreatedAt, b.ID, b.CreatedAt)
				}
			}
			walked := walk(t, "Merges", func(after string) ([]graph.Merge, graph.PageInfo, error) {
				p, err := st.Merges(t.Context(), graph.MergeFilter{NodeID: f.NodeID, IncludeUndone: f.IncludeUndone, Page: graph.Page{First: 4, After: after}})
				if err == nil && len(p.Merges) > 4 {
					t.Fatalf("page of %d merges, asked for 4", len(p.Merges))
				}
				return p.Merges, p.PageInfo, err
			})
			if !reflect.DeepEqual(walked, one.Merges) {
				t.Errorf("%+v: walking pages of 4 gave %v, want %v", f, mergeIDs(walked), mergeIDs(one.Merges))
			}
		}
		_, err := st.Merges(t.Context(), graph.MergeFilter{Page: graph.Page{After: "garbage!"}})
		wantErr(t, "Merges after a bad cursor", err, graph.ErrInvalid)
	}},
}

func mergeIDs(ms []graph.Merge) []string {
	return ids(ms, func(m graph.Merge) string { return m.ID })
}

// asFind checks a batch read by article against the listing it pages for
// each article (find, named what): got must hold a page for exactly the
// articles, listing what find lists for each, with the same page info.
// read gives a page's ids and info.
func asFind[P any](t *testing.T, what string, got map[string]P, articles []string, find func(article string) P,
	read func(P) ([]string, graph.PageInfo)) {
	t.Helper()
	if !reflect.DeepEqual(keys(got), sortedKeys(setOf(articles))) {
		t.Fatalf("got keys %v, want the articles %v", keys(got), articles)
	}
	for _, a := range articles {
		gotIDs, gotInfo := read(got[a])
		wantIDs, wantInfo := read(find(a))
		if !reflect.DeepEqual(gotIDs, wantIDs) || gotInfo != wantInfo {
			t.Errorf("%s: got %v %+v, want %v %+v as %s gives", a, gotIDs, gotInfo, wantIDs, wantInfo, what)
		}
	}
}
