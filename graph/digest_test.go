package graph_test

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/graph/graphtest"
)

// statements is every statement of a set of articles, grouped by the node
// it is about, in the order a store reads them: by article, then as the
// article lists them.
type statements struct {
	entities  map[string][]graph.EntityReport
	events    map[string][]graph.EventReport
	relations map[string][]graph.Claim
}

func group(graphs []graph.ArticleGraph) statements {
	s := statements{map[string][]graph.EntityReport{}, map[string][]graph.EventReport{}, map[string][]graph.Claim{}}
	for _, g := range graphs {
		for _, r := range g.Entities {
			s.entities[r.Entity.ID] = append(s.entities[r.Entity.ID], r)
		}
		for _, r := range g.Events {
			s.events[r.Event.ID] = append(s.events[r.Event.ID], r)
		}
		for _, c := range g.Claims {
			s.relations[c.Relation.ID] = append(s.relations[c.Relation.ID], c)
		}
	}
	return s
}

// varied returns statements that exercise every rule that weighs or orders:
// several ids reported as one node, several reports of one node in one
// article, names differing in case and spacing, kinds and codes first given
// late, dates at every precision phrased differently, casualty figures with
// and without numbers, confidences that tie.
func varied(rng *rand.Rand, nodes, perNode int) statements {
	pick := func(xs ...string) string { return xs[rng.IntN(len(xs))] }
	s := statements{map[string][]graph.EntityReport{}, map[string][]graph.EventReport{}, map[string][]graph.Claim{}}
	dates := []graph.Date{
		{},
		{Start: "2025-04-13", End: "2025-04-13", Precision: graph.Day, Phrase: "on Sunday"},
		{Start: "2025-04-13", End: "2025-04-13", Precision: graph.Day, Phrase: "on April 13"},
		{Start: "2025-04-12", End: "2025-04-12", Precision: graph.Day, Phrase: "on Saturday"},
		{Start: "2025-04-07", End: "2025-04-13", Precision: graph.Week, Phrase: "last week"},
		{Start: "2025-04-01", End: "2025-04-30", Precision: graph.Month, Phrase: "in April"},
		{Start: "2025-01-01", End: "2025-12-31", Precision: graph.Year, Phrase: "this year"},
	}
	counts := []*graph.Count{nil, graphtest.Count(34, ""), graphtest.Count(34, "at least"), graphtest.Count(35, ""),
		{Value: 34, Min: 34, Text: "thirty-four"}, {Vague: true, Min: 24, Text: "dozens"}, {Vague: true, Min: 24, Text: "scores"}}
	confs := []float64{0, 0.5, 0.6, 0.6, 0.75, 0.9}
	for n := range nodes {
		entity := fmt.Sprintf("person:p%d", n)
		event := fmt.Sprintf("event:attack:2025-04-13:%d", n)
		relation := fmt.Sprintf("rel:%d", n)
		for i := range perNode {
			article := fmt.Sprintf("article:%02d", rng.IntN(perNode))
			entityID := pick(entity, entity, fmt.Sprintf("person:alias%d", n))
			s.entities[entity] = append(s.entities[entity], graph.EntityReport{ArticleID: article,
				Entity: graph.Entity{ID: entityID, Type: graph.Person,
					Name: pick("Ana Lind", "Ana Lind", "Lind", "ana lind", "A. Lind"), Kind: pick("", "", "envoy", "minister"),
					Code: pick("", "", "XA", "XB"), Aliases: []string{pick("Lind", " Lind ", "LIND", "")}},
				Mentions: []graph.Mention{{Text: pick("Lind", "lind", "Ms Lind")}, {Text: pick("Ana", "ANA", "")}}})
			s.events[event] = append(s.events[event], graph.EventReport{ArticleID: article, Event: graph.Event{
				ID: pick(event, event, fmt.Sprintf("event:attack:undated:%d-%d", n, i)), Type: graph.EventType(pick("Attack", "Attack", "Protest")),
				Name: pick("Sumy strike", "strike on Sumy", "Sumy strike"), Date: dates[rng.IntN(len(dates))],
				LocationID: pick("", "location:sumy", "location:kyiv"), PerpetratorID: pick("", "country:XA", "country:XB"),
				ParticipantIDs: []string{pick("person:a", "person:b")}, Killed: counts[rng.IntN(len(counts))],
				Injured: counts[rng.IntN(len(counts))], Duration: pick("", "", "two hours", "an hour"),
				Modality: graph.Modality(pick("asserted", "possible", "possible", "denied")), Confidence: confs[rng.IntN(len(confs))]}})
			s.relations[relation] = append(s.relations[relation], graph.Claim{ArticleID: article,
				Confidence: confs[rng.IntN(len(confs))], Relation: graph.Relation{ID: relation, Role: pick("", "envoy", "special envoy")}})
		}
	}
	// A store reads statements by article, then as listed.
	for id, rs := range s.entities {
		s.entities[id] = byArticle(rs, func(r graph.EntityReport) string { return r.ArticleID })
	}
	for id, rs := range s.events {
		s.events[id] = byArticle(rs, func(r graph.EventReport) string { return r.ArticleID })
	}
	for id, cs := range s.relations {
		s.relations[id] = byArticle(cs, func(c graph.Claim) string { return c.ArticleID })
	}
	return s
}

func byArticle[T any](s []T, article func(T) string) []T {
	return refByArticle(s, article)
}

func nilIfEmpty[T any](s []T) []T {
	if len(s) == 0 {
		return nil
	}
	return s
}

// TestSummarize_Reference holds the Summarize functions, which read
// digests, to the rules as first written over sorted statements.
func TestSummarize_Reference(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	sets := map[string]statements{
		"varied":    varied(rng, 60, 12),
		"generated": group(graphtest.Generate(400)),
		"hubs":      group(graphtest.Hubs(200)),
		"corpus":    group(graphtest.NewCorpus().Graphs),
	}
	for name, s := range sets {
		t.Run(name, func(t *testing.T) {
			for id, rs := range s.entities {
				got, want := graph.SummarizeEntity(id, rs), refSummarizeEntity(id, rs)
				if !reflect.DeepEqual(got, want) {
					t.Errorf("entity %s:\ngot  %+v\nwant %+v", id, got, want)
				}
			}
			for id, rs := range s.events {
				got, want := graph.SummarizeEvent(id, rs), refSummarizeEvent(id, rs)
				want.ParticipantIDs = nilIfEmpty(want.ParticipantIDs)
				if !reflect.DeepEqual(got, want) {
					t.Errorf("event %s:\ngot  %+v\nwant %+v", id, got, want)
				}
			}
			for id, cs := range s.relations {
				base := graph.Relation{ID: id}
				if got, want := graph.SummarizeRelation(base, cs), refSummarizeRelation(base, cs); !reflect.DeepEqual(got, want) {
					t.Errorf("relation %s:\ngot  %+v\nwant %+v", id, got, want)
				}
			}
		})
	}
}

// TestDigest_FoldedInAnyOrder checks what stores rely on: a digest that
// statements were folded into in any order, a few at a time, and kept as
// JSON between the folds, as writes fold them, summarises as Summarize does
// over all the statements at once.
func TestDigest_FoldedInAnyOrder(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	sets := []statements{varied(rng, 40, 15), group(graphtest.Generate(300)), group(graphtest.Hubs(120))}
	for _, s := range sets {
		for id, rs := range s.entities {
			d := graph.NewEntityDigest(id)
			foldChunks(t, rng, len(rs), func(i int) string { return rs[i].ArticleID },
				func(i int, fresh bool) { d.Add(rs[i], i, fresh) },
				func() {
					d = roundTrip(t, d, func(b []byte) (*graph.EntityDigest, error) { return graph.ParseEntityDigest(id, b) })
				})
			if got, want := d.Entity(), graph.SummarizeEntity(id, rs); !reflect.DeepEqual(got, want) || d.Len() != len(rs) {
				t.Errorf("entity %s (%d of %d reports):\ngot  %+v\nwant %+v", id, d.Len(), len(rs), got, want)
			}
		}
		for id, rs := range s.events {
			d := graph.NewEventDigest(id)
			foldChunks(t, rng, len(rs), func(i int) string { return rs[i].ArticleID },
				func(i int, fresh bool) { d.Add(rs[i], i, fresh) },
				func() {
					d = roundTrip(t, d, func(b []byte) (*graph.EventDigest, error) { return graph.ParseEventDigest(id, b) })
				})
			if got, want := d.Event(), graph.SummarizeEvent(id, rs); !reflect.DeepEqual(got, want) || d.Len() != len(rs) {
				t.Errorf("event %s (%d of %d reports):\ngot  %+v\nwant %+v", id, d.Len(), len(rs), got, want)
			}
		}
		for id, cs := range s.relations {
			d := graph.NewRelationDigest(id)
			foldChunks(t, rng, len(cs), func(i int) string { return cs[i].ArticleID },
				func(i int, fresh bool) { d.Add(cs[i], fresh) },
				func() {
					d = roundTrip(t, d, func(b []byte) (*graph.RelationDigest, error) { return graph.ParseRelationDigest(id, b) })
				})
			base := graph.Relation{ID: id, Type: graph.MetWith}
			if got, want := d.Relation(base), graph.SummarizeRelation(base, cs); !reflect.DeepEqual(got, want) || d.Len() != len(cs) {
				t.Errorf("relation %s (%d of %d claims):\ngot  %+v\nwant %+v", id, d.Len(), len(cs), got, want)
			}
		}
	}
}

// foldChunks calls add for statements 0..n-1 in a random order, in chunks
// of random size, with keep between chunks. A statement's article is fresh
// the first time it is added, as a store counts it.
func foldChunks(t *testing.T, rng *rand.Rand, n int, article func(int) string, add func(i int, fresh bool), keep func()) {
	t.Helper()
	order := rng.Perm(n)
	counted := map[string]bool{}
	for len(order) > 0 {
		k := 1 + rng.IntN(len(order))
		for _, i := range order[:k] {
			add(i, !counted[article(i)])
			counted[article(i)] = true
		}
		order = order[k:]
		keep()
	}
}

func roundTrip[D json.Marshaler](t *testing.T, d D, parse func([]byte) (D, error)) D {
	t.Helper()
	b, err := d.MarshalJSON()
	if err != nil {
		t.Fatalf("marshal digest: %v", err)
	}
	out, err := parse(b)
	if err != nil {
		t.Fatalf("parse digest %s: %v", b, err)
	}
	return out
}

func TestParseDigest_Refuses(t *testing.T) {
	d := graph.NewEventDigest("event:a")
	d.Add(graph.EventReport{ArticleID: "article:1", Event: graph.Event{ID: "event:a", Type: graph.Attack, Name: "a"}}, 0, true)
	good, err := d.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		id   string
		data string
	}{
		{"another_node", "event:b", string(good)},
		{"another_version", "event:a", strings.Replace(string(good), `"v":1`, `"v":0`, 1)},
		{"not_json", "event:a", "{"},
		{"empty", "event:a", ""},
	} {
		if _, err := graph.ParseEventDigest(tc.id, []byte(tc.data)); err == nil {
			t.Errorf("%s: got no error", tc.name)
		}
	}
	if _, err := graph.ParseEventDigest("event:a", good); err != nil {
		t.Errorf("its own digest: got %v", err)
	}
	if _, err := graph.ParseEntityDigest("event:a", good); err == nil {
		t.Errorf("an event digest read as an entity's: got %v, want an error", err)
	}
}

func TestPending(t *testing.T) {
	var p graph.Pending[string]
	p.Add("country:XV", "article:1", 0, "a")
	p.Add("country:XV", "article:1", 3, "b")
	p.Add("country:XV", "article:2", 1, "c")
	p.Add("country:XO", "article:1", 1, "d")
	p.Changed("event:e", "", "country:XO")
	got := p.Additions("country:XV")
	want := []graph.Addition[string]{{"a", 0, true}, {"b", 3, false}, {"c", 1, true}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("additions: got %+v, want %+v (each article new once per node)", got, want)
	}
	if a := p.Additions("country:XO"); len(a) != 1 || !a[0].NewArticle {
		t.Errorf("another node: got %+v, want its own first article counted", a)
	}
	if ids := p.IDs(); !reflect.DeepEqual(ids, []string{"country:XO", "country:XV", "event:e"}) {
		t.Errorf("IDs: got %v", ids)
	}
	if !p.Rebuild("country:XO") || p.Rebuild("country:XV") || p.Rebuild("") {
		t.Errorf("Rebuild: got XO %v, XV %v, empty %v; want true, false, false", p.Rebuild("country:XO"), p.Rebuild("country:XV"), p.Rebuild(""))
	}
	p.Reset()
	p.Add("country:XV", "article:1", 0, "a")
	if ids, a := p.IDs(), p.Additions("country:XV"); len(ids) != 1 || !a[0].NewArticle || p.Rebuild("country:XO") {
		t.Errorf("after Reset: got ids %v, additions %+v; want a fresh start", ids, a)
	}
}
