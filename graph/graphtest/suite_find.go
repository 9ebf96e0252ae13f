package graphtest

import (
	"reflect"
	"testing"

	"github.com/geokg/geokg/graph"
)

// timeline is an article whose events are dated at every precision.
type timeline struct {
	g                                                        graph.ArticleGraph
	voss, dusek, valdoria, ostrenia, darnell                 string
	protest, sanctions, election, accord, proposal, briefing string
}

func newTimeline() timeline {
	var tl timeline
	b := NewArticle("https://news.example/valdoria-year-in-review", "2025-06-30").Title("A turbulent year for Valdoria")
	s1 := b.Say("Hanne Voss led a protest in Darnell on June 10.")
	s2 := b.Say("In the first week of June, Valdoria and Ostrenia traded sanctions.")
	s3 := b.Say("Valdoria held a snap election in May.")
	s4 := b.Say("Karel Dusek negotiated a border accord between Valdoria and Ostrenia in 2024.")
	s5 := b.Say("Dusek has proposed a water-sharing plan.")
	s6 := b.Say("Voss and Dusek gave a joint briefing.")
	tl.voss = b.Person("Hanne Voss", s1)
	b.Mention(tl.voss, "Voss", s6)
	tl.dusek = b.Person("Karel Dusek", s4)
	b.Mention(tl.dusek, "Dusek", s5)
	b.Mention(tl.dusek, "Dusek", s6)
	tl.valdoria = b.Country("XV", "Valdoria", nil, s2, s3, s4)
	tl.ostrenia = b.Country("XO", "Ostrenia", nil, s2, s4)
	tl.darnell = b.Location("Darnell", s1)
	dates := map[string]graph.Date{
		"day":   {Start: "2025-06-10", End: "2025-06-10", Precision: graph.Day, Phrase: "on June 10"},
		"week":  {Start: "2025-06-02", End: "2025-06-08", Precision: graph.Week, Phrase: "the first week of June"},
		"month": {Start: "2025-05-01", End: "2025-05-31", Precision: graph.Month, Phrase: "in May"},
		"year":  {Start: "2024-01-01", End: "2024-12-31", Precision: graph.Year, Phrase: "in 2024"},
	}
	tl.protest = b.Event(graph.Event{Type: graph.Protest, Name: "Darnell protest", Date: dates["day"],
		LocationID: tl.darnell, ParticipantIDs: []string{tl.voss}}, s1)
	tl.sanctions = b.Event(graph.Event{Type: graph.Sanction, Name: "Valdoria–Ostrenia sanctions", Date: dates["week"],
		ParticipantIDs: []string{tl.valdoria, tl.ostrenia}}, s2)
	tl.election = b.Event(graph.Event{Type: graph.Election, Name: "Valdorian snap election", Date: dates["month"],
		ParticipantIDs: []string{tl.valdoria}}, s3)
	tl.accord = b.Event(graph.Event{Type: graph.Agreement, Name: "Valdoria–Ostrenia border accord", Date: dates["year"],
		ParticipantIDs: []string{tl.valdoria, tl.ostrenia, tl.dusek}}, s4)
	tl.proposal = b.Event(graph.Event{Type: graph.Proposal, Name: "water-sharing plan", Modality: graph.Possible,
		ParticipantIDs: []string{tl.dusek}}, s5)
	tl.briefing = b.Event(graph.Event{Type: graph.Statement, Name: "Voss–Dusek briefing",
		ParticipantIDs: []string{tl.voss, tl.dusek}}, s6)
	tl.g = b.Graph()
	return tl
}

// undated lists the timeline's undated events in id order, the order they
// close every listing in.
func (tl timeline) undated() []string {
	return []string{min(tl.proposal, tl.briefing), max(tl.proposal, tl.briefing)}
}

func findEvents(t *testing.T, st graph.Store, f graph.EventFilter) graph.EventPage {
	t.Helper()
	p, err := st.FindEvents(t.Context(), f)
	if err != nil {
		t.Fatalf("FindEvents(%+v): %v", f, err)
	}
	return p
}

var findEventCases = []testCase{
	{"filters_and_order", func(t *testing.T, s *suite) {
		tl := newTimeline()
		st := s.store(t, tl.g)
		undated := tl.undated()
		for _, tc := range []struct {
			name string
			f    graph.EventFilter
			want []string
		}{
			{"timeline", graph.EventFilter{}, append([]string{tl.accord, tl.election, tl.sanctions, tl.protest}, undated...)},
			{"newest_first_undated_last", graph.EventFilter{Newest: true}, append([]string{tl.protest, tl.sanctions, tl.election, tl.accord}, undated...)},
			{"types", graph.EventFilter{Types: []graph.EventType{graph.Protest, graph.Election}}, []string{tl.election, tl.protest}},
			{"from_day_in_week", graph.EventFilter{From: "2025-06-05"}, []string{tl.sanctions, tl.protest}},
			{"from_after_week", graph.EventFilter{From: "2025-06-09"}, []string{tl.protest}},
			{"to_before_week_ends", graph.EventFilter{To: "2025-06-03"}, []string{tl.accord, tl.election, tl.sanctions}},
			{"inside_a_month", graph.EventFilter{From: "2025-05-15", To: "2025-05-20"}, []string{tl.election}},
			{"inside_a_year", graph.EventFilter{From: "2024-06-01", To: "2024-06-30"}, []string{tl.accord}},
			{"on_the_day", graph.EventFilter{From: "2025-06-10", To: "2025-06-10"}, []string{tl.protest}},
			{"nothing_then", graph.EventFilter{From: "2023-01-01", To: "2023-12-31"}, nil},
			{"involving_participant", graph.EventFilter{Involving: []string{tl.voss}}, []string{tl.protest, tl.briefing}},
			{"involving_place", graph.EventFilter{Involving: []string{tl.darnell}}, []string{tl.protest}},
			{"involving_any_of", graph.EventFilter{Involving: []string{tl.voss, tl.dusek}}, append([]string{tl.accord, tl.protest}, undated...)},
			{"involving_known_and_unknown", graph.EventFilter{Involving: []string{"person:nobody-at-all", tl.darnell}}, []string{tl.protest}},
			{"involving_and_dated", graph.EventFilter{Involving: []string{tl.valdoria}, From: "2025-01-01"}, []string{tl.election, tl.sanctions}},
			{"involving_unknown", graph.EventFilter{Involving: []string{"person:nobody-at-all"}}, nil},
			{"article", graph.EventFilter{ArticleID: tl.g.Article.ID, Types: []graph.EventType{graph.Agreement}}, []string{tl.accord}},
			{"other_article", graph.EventFilter{ArticleID: NewCorpus().StrikeArticle}, nil},
		} {
			t.Run(tc.name, func(t *testing.T) {
				p := findEvents(t, st, tc.f)
				if got := eventIDs(p.Events); !reflect.DeepEqual(got, tc.want) && (len(got) > 0 || len(tc.want) > 0) {
					t.Errorf("got %v, want %v", got, tc.want)
				}
				if p.TotalCount != len(tc.want) {
					t.Errorf("TotalCount: got %d, want %d", p.TotalCount, len(tc.want))
				}
			})
		}
	}},
	{"involving_follows_roles", func(t *testing.T, s *suite) {
		c := NewCorpus()
		st := s.store(t, c.Graphs...)
		// Ostrenia perpetrated the strike and is party to the ceasefire offer.
		p := findEvents(t, st, graph.EventFilter{Involving: []string{c.Ostrenia}})
		want := []string{c.Strike, c.Ceasefire}
		if got := eventIDs(p.Events); !reflect.DeepEqual(got, want) {
			t.Errorf("got %v, want %v", got, want)
		}
	}},
	{"events_involving_each", func(t *testing.T, s *suite) {
		tl := newTimeline()
		st := s.store(t, tl.g)
		m, err := st.EventsInvolving(t.Context(), []string{tl.voss, tl.dusek, "person:nobody-at-all"},
			graph.EventFilter{Newest: true, Involving: []string{tl.valdoria}})
		if err != nil {
			t.Fatal(err)
		}
		want := map[string][]string{
			tl.voss:  {tl.protest, tl.briefing},
			tl.dusek: {tl.accord, min(tl.proposal, tl.briefing), max(tl.proposal, tl.briefing)},
		}
		if len(m) != len(want) {
			t.Errorf("got pages for %d ids, want %d (unknown ids absent, Involving ignored)", len(m), len(want))
		}
		for id, w := range want {
			if got := eventIDs(m[id].Events); !reflect.DeepEqual(got, w) || m[id].TotalCount != len(w) {
				t.Errorf("%s: got %v (total %d), want %v", id, got, m[id].TotalCount, w)
			}
		}
	}},
	{"bad_filters", func(t *testing.T, s *suite) {
		st := s.store(t, newTimeline().g)
		for _, f := range []graph.EventFilter{
			{From: "June 2025"},
			{To: "2025-13-01"},
			{Types: []graph.EventType{"Picnic"}},
		} {
			_, err := st.FindEvents(t.Context(), f)
			wantErr(t, "FindEvents", err, graph.ErrInvalid)
			_, err = st.EventsInvolving(t.Context(), []string{"person:hanne-voss"}, f)
			wantErr(t, "EventsInvolving", err, graph.ErrInvalid)
		}
	}},
}
