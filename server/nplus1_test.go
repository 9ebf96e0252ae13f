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
				mentions(first: 5) { edges { node { text confidence } } }
			} } } }`,
			items: "searchEntities.edges",
			want:  map[string]int{"SearchEntities": 1, "EventsInvolving": 1, "Mentions": 1},
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
				if q.items == "events.edges" && len(items) != n {
					t.Fatalf("query returned %d events, want %d", len(items), n)
				}
				if !maps.Equal(got, q.want) {
					t.Errorf("store calls for N=%d: got %v, want %v", n, got, q.want)
				}
			})
		}
		srv.Close()
	}
}
