package server

import (
	"fmt"
	"maps"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/graph/graphtest"
)

// meetings builds n articles, each about a meeting between two envoys of
// fictional states: two people, a MET_WITH relation between them, and a
// meeting event they took part in, held in a city.
func meetings(n int) []graph.ArticleGraph {
	first := []string{"Ilsa", "Oren", "Mirel", "Tavin", "Corra", "Belan", "Ysolde", "Harl", "Nessa", "Dorin", "Pell", "Ruan"}
	last := []string{"Quill", "Ashgrove", "Tremaine", "Vey"}
	name := func(i int) string { return first[i%len(first)] + " " + last[i/len(first)] }
	out := make([]graph.ArticleGraph, 0, n)
	for i := range n {
		a := graphtest.NewArticle(fmt.Sprintf("https://news.example/meeting-%d", i), "2025-05-20").
			Title(fmt.Sprintf("Envoys meet in Port Celeste, round %d", i+1))
		host, guest := name(2*i), name(2*i+1)
		s := a.Say(fmt.Sprintf("Envoy %s met envoy %s in Port Celeste on Monday.", host, guest))
		h, g := a.Person(host, s), a.Person(guest, s)
		city := a.Location("Port Celeste", s)
		meeting := a.Event(graph.Event{
			Type: graph.Meeting, Name: fmt.Sprintf("%s–%s meeting", host, guest),
			Date:       graph.Date{Start: "2025-05-19", End: "2025-05-19", Precision: graph.Day, Phrase: "on Monday"},
			LocationID: city, ParticipantIDs: []string{h, g}, Confidence: 0.8,
		}, s)
		a.Claim(s, graph.Claim{Relation: graph.Relation{Type: graph.MetWith, SourceID: h, TargetID: g}, Confidence: 0.9})
		a.Relate(s, graph.ParticipatedIn, h, meeting)
		a.Relate(s, graph.ParticipatedIn, g, meeting)
		out = append(out, a.Graph())
	}
	return out
}

// TestNoNPlusOne proves that dataloaders batch every level of a query: the
// store calls a query costs do not grow with the number of parents.
func TestNoNPlusOne(t *testing.T) {
	queries := []struct {
		name  string
		query string
		items string // path of the list whose length is N
		want  map[string]int
	}{
		{
			name: "entities, their relations, each relation's ends, claims and articles",
			query: `{ searchEntities(types: [PERSON], first: 30) { edges { node {
				name
				relations(first: 5) { edges { node {
					type
					source { id name }
					target { id name }
					claims(first: 5) { edges { node { confidence evidence { sentence } article { title } speaker { id } } } }
				} } }
			} } } }`,
			items: "searchEntities.edges",
			want:  map[string]int{"SearchEntities": 1, "RelationsOf": 1, "Entities": 1, "Events": 1, "Claims": 1, "Articles": 1},
		},
		{
			name: "events, their places and participants, each report's article",
			query: `{ events(first: 30) { edges { node {
				name
				location { name }
				participants { name }
				reports { edges { node { name evidence { sentence } article { title } } } }
			} } } }`,
			items: "events.edges",
			want:  map[string]int{"FindEvents": 1, "Entities": 1, "EventReports": 1, "Articles": 1},
		},
		{
			name: "entities' events and mentions",
			query: `{ searchEntities(types: [PERSON], first: 30) { edges { node {
				events(first: 5) { edges { node { name } } }
				mentions(first: 5) { edges { node { text start end confidence } } }
			} } } }`,
			items: "searchEntities.edges",
			want:  map[string]int{"SearchEntities": 1, "EventsInvolving": 1, "Mentions": 1},
		},
		{
			name: "entities' articles",
			query: `{ searchEntities(types: [PERSON], first: 30) { edges { node {
				articles(first: 5) { totalCount edges { node { title } } }
			} } } }`,
			items: "searchEntities.edges",
			want:  map[string]int{"SearchEntities": 1, "ArticlesOf": 1},
		},
		{
			name: "events' articles",
			query: `{ events(first: 30) { edges { node {
				articles(first: 3) { edges { node { title } } }
			} } } }`,
			items: "events.edges",
			want:  map[string]int{"FindEvents": 1, "ArticlesOf": 1},
		},
		{
			// Asked apart from the events' own articles: the two levels
			// share one loader, and a level that starts while the other's
			// batch is still open may share its call or not.
			name: "events' relations' articles",
			query: `{ events(first: 30) { edges { node {
				relations(first: 5) { edges { node { type articles(first: 2) { totalCount } } } }
			} } } }`,
			items: "events.edges",
			want:  map[string]int{"FindEvents": 1, "RelationsOf": 1, "ArticlesOf": 1},
		},
		{
			name: "articles' events and relations",
			query: `{ articles(first: 30) { edges { node {
				title
				events(first: 5) { edges { node { name } } }
				relations(first: 5) { edges { node { type } } }
			} } } }`,
			items: "articles.edges",
			want:  map[string]int{"FindArticles": 1, "EventsInArticles": 1, "RelationsInArticles": 1},
		},
	}
	for _, n := range []int{2, 12} {
		store := newCountingStore(mustOpenStore(t, meetings(n)...))
		// A generous batch window keeps this test about batching, not about
		// how fast a loaded machine starts goroutines.
		srv := httptest.NewServer(NewHandler(store, Options{Logger: discard(), BatchWait: 25 * time.Millisecond}))
		for _, q := range queries {
			t.Run(fmt.Sprintf("%s/N=%d", q.name, n), func(t *testing.T) {
				store.take()
				data := mustQuery(t, srv.URL, q.query, nil)
				got := store.take()
				items, _ := get(data, q.items).([]any)
				if want := 2 * n; q.items == "searchEntities.edges" && len(items) != want {
					t.Fatalf("query returned %d entities, want %d", len(items), want)
				}
				if (q.items == "events.edges" || q.items == "articles.edges") && len(items) != n {
					t.Fatalf("query returned %d items at %s, want %d", len(items), q.items, n)
				}
				if !maps.Equal(got, q.want) {
					t.Errorf("store calls for N=%d: got %v, want %v", n, got, q.want)
				}
			})
		}
		srv.Close()
	}
}

// TestMergesPagedByTheStore: the merges list asks the store for the page it
// shows, not for every merge to page through in memory, and its cursors
// resume where the store left off.
func TestMergesPagedByTheStore(t *testing.T) {
	graphs := meetings(12)
	sqlite := mustOpenStore(t, graphs...)
	// Each meeting's guest read as its host: twelve merges.
	for _, g := range graphs {
		from, into := g.Entities[1].Entity.ID, g.Entities[0].Entity.ID
		m := graph.Merge{ID: graph.MergeID(from, into), FromID: from, IntoID: into, Rule: "test"}
		if err := sqlite.ApplyMerge(t.Context(), m); err != nil {
			t.Fatal(err)
		}
	}
	store := newCountingStore(sqlite)
	srv := httptest.NewServer(NewHandler(store, Options{Logger: discard()}))
	defer srv.Close()
	const query = `query ($after: String) { merges(first: 5, after: $after) {
		totalCount edges { node { id into { id } } } pageInfo { hasNextPage endCursor } } }`
	var seen []string
	var after any
	for page := 0; ; page++ {
		store.take()
		store.mergePages = nil
		data := mustQuery(t, srv.URL, query, map[string]any{"after": after})
		if got := store.take()["Merges"]; got != 1 {
			t.Fatalf("page %d: %d calls to Merges, want 1", page, got)
		}
		if p := store.mergePages[0]; p.First > 6 {
			t.Errorf("page %d: the store was asked for %d merges, want the page (5) and no more than one beyond", page, p.First)
		}
		if total := get(data, "merges.totalCount"); total != float64(12) {
			t.Fatalf("totalCount: got %v, want 12", total)
		}
		edges, _ := get(data, "merges.edges").([]any)
		for i := range edges {
			seen = append(seen, fmt.Sprint(get(data, fmt.Sprintf("merges.edges.%d.node.id", i))))
		}
		if get(data, "merges.pageInfo.hasNextPage") != true {
			break
		}
		after = get(data, "merges.pageInfo.endCursor")
		if page > 3 {
			t.Fatal("more pages than 12 merges fill")
		}
	}
	want, err := graph.AllMerges(t.Context(), sqlite, graph.MergeFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(seen) != len(want) {
		t.Fatalf("walked %d merges, want %d", len(seen), len(want))
	}
	for i, m := range want {
		if seen[i] != m.ID {
			t.Errorf("merge %d: got %s, want %s (newest first)", i, seen[i], m.ID)
		}
	}
}
