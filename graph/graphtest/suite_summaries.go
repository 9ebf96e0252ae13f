package graphtest

import (
	"context"
	"reflect"
	"testing"

	"github.com/geokg/geokg/graph"
)

// Stores may derive a node from what they kept of its earlier statements
// (a digest) and the statements a write adds, rather than from every
// statement each time. These cases hold whatever a store does to the one
// definition: graph.Summarize* over every statement the node has.

// wantSummaries checks every entity, event and relation st holds against
// graph.Summarize* over the statements of graphs, which hold no merges.
func wantSummaries(t *testing.T, st graph.Store, graphs []graph.ArticleGraph) {
	t.Helper()
	entities := map[string][]graph.EntityReport{}
	events := map[string][]graph.EventReport{}
	relations := map[string][]graph.Claim{}
	for _, g := range graphs {
		for _, r := range g.Entities {
			entities[r.Entity.ID] = append(entities[r.Entity.ID], r)
		}
		for _, r := range g.Events {
			events[r.Event.ID] = append(events[r.Event.ID], r)
		}
		for _, c := range g.Claims {
			relations[c.Relation.ID] = append(relations[c.Relation.ID], c)
		}
	}
	summarized(t, "entity", entities, st.Entities, func(id string, rs []graph.EntityReport) graph.Entity {
		return normalizeEntity(graph.SummarizeEntity(id, rs))
	}, normalizeEntity)
	summarized(t, "event", events, st.Events, func(id string, rs []graph.EventReport) graph.Event {
		return normalizeEvent(graph.SummarizeEvent(id, rs))
	}, normalizeEvent)
	summarized(t, "relation", relations, st.Relations, func(id string, cs []graph.Claim) graph.Relation {
		r := cs[0].Relation
		base := graph.Relation{ID: id, Type: r.Type, SourceID: r.SourceID, TargetID: r.TargetID, Modality: r.Modality}
		if r.Type.Symmetric() && base.TargetID < base.SourceID {
			base.SourceID, base.TargetID = base.TargetID, base.SourceID
		}
		return graph.SummarizeRelation(base, cs)
	}, func(r graph.Relation) graph.Relation { return r })
	if st := stats(t, st); st.Entities != len(entities) || st.Events != len(events) || st.Relations != len(relations) {
		t.Errorf("Stats: got %d entities, %d events, %d relations; want %d, %d, %d",
			st.Entities, st.Events, st.Relations, len(entities), len(events), len(relations))
	}
}

// summarized checks that each node of statements, read with get and made
// comparable with norm, is want of its statements.
func summarized[S, N any](t *testing.T, what string, statements map[string][]S,
	get func(context.Context, []string) (map[string]N, error), want func(id string, ss []S) N, norm func(N) N) {
	t.Helper()
	got, err := get(t.Context(), sortedKeys(statements))
	if err != nil {
		t.Fatal(err)
	}
	for id, ss := range statements {
		w := want(id, ss)
		if g := norm(got[id]); !reflect.DeepEqual(g, w) {
			t.Errorf("%s %s:\ngot  %+v\nwant %+v", what, id, g, w)
		}
	}
}

// busy returns articles whose nodes gather many statements each: the hub
// shape, and the generated one, interleaved.
func busy(n int) []graph.ArticleGraph {
	hubs, generated := Hubs(n), Generate(n)
	out := make([]graph.ArticleGraph, 0, 2*n)
	for i := range n {
		out = append(out, hubs[i], generated[i])
	}
	return out
}

var summaryCases = []testCase{
	{"written_in_batches", func(t *testing.T, s *suite) {
		graphs := busy(60)
		st := s.store(t)
		// Batches of growing size, so nodes gain statements in many writes.
		for start, size := 0, 1; start < len(graphs); start, size = start+size, size*2 {
			put(t, st, graphs[start:min(start+size, len(graphs))]...)
		}
		wantSummaries(t, st, graphs)
	}},
	{"after_updates_and_deletes", func(t *testing.T, s *suite) {
		graphs := busy(40)
		st := s.store(t)
		for start := 0; start < len(graphs); start += 10 {
			put(t, st, graphs[start:start+10]...)
		}
		// Replace some articles by others under their ids, and delete
		// others: nodes lose statements, which a digest cannot subtract.
		replacements := busy(50)[80:]
		kept := append([]graph.ArticleGraph(nil), graphs...)
		for i := 0; i < 20; i += 3 {
			g := replacements[i]
			g.Article.ID, g.Article.Fingerprint = graphs[i].Article.ID, g.Article.Fingerprint+"-replaced"
			g = retarget(g)
			put(t, st, g)
			kept[i] = g
		}
		var left []graph.ArticleGraph
		for i, g := range kept {
			if i%7 == 6 {
				if err := st.DeleteArticle(t.Context(), g.Article.ID); err != nil {
					t.Fatal(err)
				}
				continue
			}
			left = append(left, g)
		}
		// More writes after the rebuilds fold into the rebuilt digests.
		more := busy(60)[100:]
		put(t, st, more...)
		wantSummaries(t, st, append(left, more...))
	}},
}

// retarget makes every statement of g belong to g's article id, after the
// id was changed.
func retarget(g graph.ArticleGraph) graph.ArticleGraph {
	id := g.Article.ID
	for i := range g.Entities {
		g.Entities[i].ArticleID = id
		for j := range g.Entities[i].Mentions {
			g.Entities[i].Mentions[j].Evidence.ArticleID = id
		}
	}
	for i := range g.Events {
		g.Events[i].ArticleID = id
		for j := range g.Events[i].Evidence {
			g.Events[i].Evidence[j].ArticleID = id
		}
	}
	for i := range g.Claims {
		g.Claims[i].ArticleID = id
		g.Claims[i].Evidence.ArticleID = id
	}
	return g
}
