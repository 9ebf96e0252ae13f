package graphtest

import (
	"reflect"
	"testing"

	"github.com/geokg/geokg/graph"
)

const nowhere = "person:nobody-at-all"

func keys[V any](m map[string]V) []string { return sortedKeys(m) }

var batchCases = []testCase{
	{"lookups_keyed_by_asked_ids", func(t *testing.T, s *suite) {
		c := NewCorpus()
		st := s.store(t, c.Graphs...)
		ctx := t.Context()
		check := func(what string, got []string, err error, want ...string) {
			t.Helper()
			if err != nil {
				t.Fatalf("%s: %v", what, err)
			}
			if !reflect.DeepEqual(got, sortedKeys(setOf(want))) {
				t.Errorf("%s: got keys %v, want %v", what, got, want)
			}
		}
		es, err := st.Entities(ctx, []string{c.ElinMarr, nowhere, c.Darnell, c.ElinMarr, c.Strike})
		check("Entities", keys(es), err, c.ElinMarr, c.Darnell)
		if es[c.Darnell].ID != c.Darnell || es[c.Darnell].Name != "Darnell" {
			t.Errorf("Entities: got %+v under %s", es[c.Darnell], c.Darnell)
		}
		evs, err := st.Events(ctx, []string{c.Strike, "event:attack:undated:0000", c.Darnell})
		check("Events", keys(evs), err, c.Strike)
		rs, err := st.Relations(ctx, []string{c.Condemned, "rel:0000", c.MetWith})
		check("Relations", keys(rs), err, c.Condemned, c.MetWith)
		as, err := st.Articles(ctx, []string{c.StrikeArticle, "article:0000"})
		check("Articles", keys(as), err, c.StrikeArticle)
		none, err := st.Entities(ctx, nil)
		check("Entities(nil)", keys(none), err)
	}},
	{"pages_keyed_by_asked_ids", func(t *testing.T, s *suite) {
		c := NewCorpus()
		// A further article lists the Ferro Institute without mentioning it.
		b := NewArticle("https://news.example/unmentioned", "2025-03-21")
		s1 := b.Say("Talks resumed.")
		ferro := b.Entity(graph.Entity{Type: graph.Organization, Name: "Ferro Institute"})
		b.Event(graph.Event{Type: graph.Meeting, Name: "resumed talks", ParticipantIDs: []string{ferro}}, s1)
		st := s.store(t, append(c.Graphs, b.Graph())...)
		ctx := t.Context()
		ms, err := st.Mentions(ctx, []string{c.Darnell, ferro, nowhere, c.Strike}, graph.Page{})
		if err != nil {
			t.Fatal(err)
		}
		if got := keys(ms); !reflect.DeepEqual(got, sortedKeys(setOf([]string{c.Darnell, ferro}))) {
			t.Errorf("Mentions: got keys %v, want %s and %s", got, c.Darnell, ferro)
		}
		if ms[ferro].TotalCount != 0 || len(ms[ferro].Mentions) != 0 || ms[ferro].HasNextPage {
			t.Errorf("Mentions of an unmentioned entity: got %+v, want an empty page", ms[ferro])
		}
		if ms[c.Darnell].TotalCount != 3 {
			t.Errorf("Mentions of Darnell: got %d, want 3", ms[c.Darnell].TotalCount)
		}
		reps, err := st.EventReports(ctx, []string{c.Strike, c.Meeting, nowhere, c.Darnell}, graph.Page{})
		if err != nil {
			t.Fatal(err)
		}
		if got := keys(reps); !reflect.DeepEqual(got, sortedKeys(setOf([]string{c.Strike, c.Meeting}))) {
			t.Errorf("EventReports: got keys %v", got)
		}
		cls, err := st.Claims(ctx, []string{c.Perpetrated, c.Conditions, "rel:0000"}, graph.Page{})
		if err != nil {
			t.Fatal(err)
		}
		if got := keys(cls); !reflect.DeepEqual(got, sortedKeys(setOf([]string{c.Perpetrated, c.Conditions}))) {
			t.Errorf("Claims: got keys %v", got)
		}
		if cls[c.Perpetrated].TotalCount != 2 || cls[c.Conditions].TotalCount != 1 {
			t.Errorf("Claims: got %d and %d, want 2 and 1", cls[c.Perpetrated].TotalCount, cls[c.Conditions].TotalCount)
		}
		of, err := st.RelationsOf(ctx, []string{c.Strike, ferro, nowhere}, graph.RelationFilter{})
		if err != nil {
			t.Fatal(err)
		}
		if got := keys(of); !reflect.DeepEqual(got, sortedKeys(setOf([]string{c.Strike, ferro}))) {
			t.Errorf("RelationsOf: got keys %v, want the event and the entity without relations", got)
		}
		if of[ferro].TotalCount != 0 {
			t.Errorf("RelationsOf(%s): got %d relations, want 0", ferro, of[ferro].TotalCount)
		}
	}},
	{"relations_of_directions_and_filters", func(t *testing.T, s *suite) {
		c := NewCorpus()
		st := s.store(t, c.Graphs...)
		rid := func(t graph.RelationType, src, dst string, m graph.Modality) string {
			return graph.RelationID(t, src, dst, m)
		}
		perpetrated := c.Perpetrated
		attacked := rid(graph.Attacked, c.Ostrenia, c.Darnell, graph.Asserted)
		agreed := rid(graph.Agreed, c.Ostrenia, c.Ceasefire, graph.Conditional)
		demanded := rid(graph.Demanded, c.Ostrenia, c.Withdrawal, graph.Asserted)
		envoy := rid(graph.AffiliatedWith, c.TobiasRenn, c.Ostrenia, graph.Asserted)
		occurred := rid(graph.OccurredIn, c.Strike, c.Darnell, graph.Asserted)
		for _, tc := range []struct {
			name string
			node string
			f    graph.RelationFilter
			want []string
		}{
			{"out", c.Ostrenia, graph.RelationFilter{Direction: graph.Outgoing}, []string{perpetrated, attacked, agreed, demanded}},
			{"in", c.Ostrenia, graph.RelationFilter{Direction: graph.Incoming}, []string{envoy}},
			{"both_by_default", c.Ostrenia, graph.RelationFilter{}, []string{perpetrated, attacked, agreed, demanded, envoy}},
			{"types", c.Ostrenia, graph.RelationFilter{Types: []graph.RelationType{graph.Attacked, graph.Perpetrated}}, []string{perpetrated, attacked}},
			{"modalities", c.Ostrenia, graph.RelationFilter{Modalities: []graph.Modality{graph.Conditional}}, []string{agreed}},
			{"article", c.Ostrenia, graph.RelationFilter{ArticleID: c.StrikeArticle}, []string{perpetrated, attacked}},
			{"event_in", c.Strike, graph.RelationFilter{Direction: graph.Incoming}, []string{perpetrated, c.Condemned}},
			{"event_out", c.Strike, graph.RelationFilter{Direction: graph.Outgoing}, []string{occurred}},
		} {
			t.Run(tc.name, func(t *testing.T) {
				want := sortRelations(t, st, tc.want)
				m, err := st.RelationsOf(t.Context(), []string{tc.node}, tc.f)
				if err != nil {
					t.Fatal(err)
				}
				if got := relationIDs(m[tc.node].Relations); !reflect.DeepEqual(got, want) || m[tc.node].TotalCount != len(want) {
					t.Errorf("RelationsOf: got %v (total %d), want %v", got, m[tc.node].TotalCount, want)
				}
				f := tc.f
				f.NodeID = tc.node
				p, err := st.FindRelations(t.Context(), f)
				if err != nil {
					t.Fatal(err)
				}
				if got := relationIDs(p.Relations); !reflect.DeepEqual(got, want) {
					t.Errorf("FindRelations: got %v, want %v", got, want)
				}
			})
		}
	}},
	{"find_relations_most_reported_first", func(t *testing.T, s *suite) {
		c := NewCorpus()
		st := s.store(t, c.Graphs...)
		p, err := st.FindRelations(t.Context(), graph.RelationFilter{Page: graph.Page{First: 100}})
		if err != nil {
			t.Fatal(err)
		}
		if want := expectedStats(c.Graphs...).Relations; p.TotalCount != want || len(p.Relations) != want {
			t.Fatalf("got %d relations (total %d), want %d", len(p.Relations), p.TotalCount, want)
		}
		if p.Relations[0].ID != c.Perpetrated {
			t.Errorf("first: got %s, want %s, the only relation two articles state", p.Relations[0].ID, c.Perpetrated)
		}
		for i := 1; i < len(p.Relations); i++ {
			a, b := p.Relations[i-1], p.Relations[i]
			if a.Articles < b.Articles || (a.Articles == b.Articles && a.ID >= b.ID) {
				t.Errorf("order: %s (%d) before %s (%d)", a.ID, a.Articles, b.ID, b.Articles)
			}
		}
	}},
	{"bad_relation_filters", func(t *testing.T, s *suite) {
		c := NewCorpus()
		st := s.store(t, c.Graphs...)
		for _, f := range []graph.RelationFilter{
			{Direction: "SIDEWAYS"},
			{Types: []graph.RelationType{"LIKES"}},
			{Modalities: []graph.Modality{"certain"}},
		} {
			_, err := st.FindRelations(t.Context(), f)
			wantErr(t, "FindRelations", err, graph.ErrInvalid)
			_, err = st.RelationsOf(t.Context(), []string{c.Ostrenia}, f)
			wantErr(t, "RelationsOf", err, graph.ErrInvalid)
		}
	}},
}

// sortRelations orders relation ids as listings do: most articles first,
// then id.
func sortRelations(t *testing.T, st graph.Store, ids []string) []string {
	t.Helper()
	rs := make([]graph.Relation, len(ids))
	for i, id := range ids {
		rs[i] = relation(t, st, id)
	}
	for i := 1; i < len(rs); i++ {
		for j := i; j > 0 && (rs[j].Articles > rs[j-1].Articles || (rs[j].Articles == rs[j-1].Articles && rs[j].ID < rs[j-1].ID)); j-- {
			rs[j], rs[j-1] = rs[j-1], rs[j]
		}
	}
	return relationIDs(rs)
}

func setOf(ids []string) map[string]bool {
	m := make(map[string]bool, len(ids))
	for _, id := range ids {
		m[id] = true
	}
	return m
}
