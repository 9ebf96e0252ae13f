package graphtest

import (
	"reflect"
	"testing"

	"github.com/geokg/geokg/graph"
)

// profile is an article naming Mira Castell by surname only, so its
// extractor gave her another id, person:castell; it also reports the
// envoys' meeting, to the month, under another event id.
type profile struct {
	g                          graph.ArticleGraph
	castell, talks, criticized string
}

func newProfile(c Corpus) profile {
	b := NewArticle("https://news.example/castell-criticizes-ostrenia", "2025-03-19").
		Title("Castell criticizes Ostrenia over prisoner exchange delay")
	s1 := b.Say("Castell criticized Ostrenia on Tuesday for delaying the prisoner exchange.")
	s2 := b.Say("Castell and Renn held talks in Kestrel Bay earlier this month.")
	var p profile
	p.castell = b.Person("Castell", s1, s2)
	ostrenia := b.Country("XO", "Ostrenia", nil, s1)
	renn := b.Entity(graph.Entity{Type: graph.Person, Name: "Tobias Renn", Aliases: []string{"Renn"}}, s2)
	bay := b.Location("Kestrel Bay", s2)
	p.talks = b.Event(graph.Event{
		Type: graph.Meeting, Name: "Castell–Renn talks in Kestrel Bay",
		Date:       graph.Date{Start: "2025-03-01", End: "2025-03-31", Precision: graph.Month, Phrase: "earlier this month"},
		LocationID: bay, ParticipantIDs: []string{p.castell, renn},
	}, s2)
	p.criticized = b.Relate(s1, graph.Criticized, p.castell, ostrenia)
	b.Relate(s2, graph.MetWith, p.castell, renn)
	b.Relate(s2, graph.ParticipatedIn, p.castell, p.talks)
	if renn != c.TobiasRenn || p.talks == c.Meeting {
		panic("graphtest: profile fixture does not name the corpus's nodes as intended")
	}
	p.g = b.Graph()
	return p
}

func merge(from, into, rule string, names ...string) graph.Merge {
	return graph.Merge{ID: graph.MergeID(from, into), FromID: from, IntoID: into, Rule: rule, Names: names}
}

func applyMerge(t *testing.T, st graph.Store, m graph.Merge) {
	t.Helper()
	if err := st.ApplyMerge(t.Context(), m); err != nil {
		t.Fatalf("ApplyMerge(%s → %s): %v", m.FromID, m.IntoID, err)
	}
}

var mergeCases = []testCase{
	{"reads_follow_the_merge", func(t *testing.T, s *suite) {
		c := NewCorpus()
		p := newProfile(c)
		st := s.store(t, append(c.Graphs, p.g)...)
		before := stats(t, st)
		applyMerge(t, st, merge(p.castell, c.MiraCastell, "surname", "Castell", "Mira Castell"))

		after := stats(t, st)
		if after.Entities != before.Entities-1 || after.Merges != 1 || after.Mentions != before.Mentions || after.Claims != before.Claims {
			t.Errorf("Stats: before %+v, after %+v; want one entity fewer, one merge, as many mentions and claims", before, after)
		}
		m, err := st.Entities(t.Context(), []string{p.castell, c.MiraCastell})
		if err != nil {
			t.Fatal(err)
		}
		if len(m) != 2 || !reflect.DeepEqual(m[p.castell], m[c.MiraCastell]) {
			t.Fatalf("Entities: got %+v, want both ids to read as %s", m, c.MiraCastell)
		}
		e := m[p.castell]
		if e.ID != c.MiraCastell || e.Name != "Mira Castell" || e.Articles != 3 || !contains(e.Aliases, "Castell") {
			t.Errorf("merged entity: got %+v, want %s named Mira Castell, alias Castell, in 3 articles", e, c.MiraCastell)
		}
		ms, err := st.Mentions(t.Context(), []string{p.castell, c.MiraCastell}, graph.Page{First: 100})
		if err != nil {
			t.Fatal(err)
		}
		if ms[p.castell].TotalCount != 5 || !reflect.DeepEqual(ms[p.castell], ms[c.MiraCastell]) {
			t.Errorf("Mentions: got %d under the old id, %d under the new; want 5 under both", ms[p.castell].TotalCount, ms[c.MiraCastell].TotalCount)
		}
		// The profile's claims now stand between the merged ends.
		moved := graph.RelationID(graph.Criticized, c.MiraCastell, c.Ostrenia, graph.Asserted)
		rs, err := st.Relations(t.Context(), []string{p.criticized, moved})
		if err != nil {
			t.Fatal(err)
		}
		if rs[moved].SourceID != c.MiraCastell || !reflect.DeepEqual(rs[p.criticized], rs[moved]) {
			t.Errorf("Relations: got %+v, want %s (and its id as stated) from %s", rs, moved, c.MiraCastell)
		}
		if r := relation(t, st, c.MetWith); r.Articles != 2 {
			t.Errorf("MET_WITH: got %d articles, want 2 once Castell is Mira Castell", r.Articles)
		}
		of, err := st.RelationsOf(t.Context(), []string{p.castell}, graph.RelationFilter{Direction: graph.Outgoing, Types: []graph.RelationType{graph.Criticized}})
		if err != nil {
			t.Fatal(err)
		}
		if got := relationIDs(of[p.castell].Relations); !reflect.DeepEqual(got, []string{moved}) {
			t.Errorf("RelationsOf(%s): got %v, want [%s]", p.castell, got, moved)
		}
		arts, err := st.FindArticles(t.Context(), graph.ArticleFilter{MentioningID: p.castell})
		if err != nil {
			t.Fatal(err)
		}
		if arts.TotalCount != 3 {
			t.Errorf("articles mentioning %s: got %d, want 3", p.castell, arts.TotalCount)
		}
		found, err := st.SearchEntities(t.Context(), graph.EntitySearch{Query: "castell"})
		if err != nil {
			t.Fatal(err)
		}
		if got := entityIDs(found.Entities); !reflect.DeepEqual(got, []string{c.MiraCastell}) {
			t.Errorf("search castell: got %v, want [%s]", got, c.MiraCastell)
		}
		talks := event(t, st, p.talks)
		if !contains(talks.ParticipantIDs, c.MiraCastell) || contains(talks.ParticipantIDs, p.castell) {
			t.Errorf("talks participants: got %v, want %s in place of %s", talks.ParticipantIDs, c.MiraCastell, p.castell)
		}
		inv, err := st.EventsInvolving(t.Context(), []string{c.MiraCastell}, graph.EventFilter{})
		if err != nil {
			t.Fatal(err)
		}
		if got := eventIDs(inv[c.MiraCastell].Events); !contains(got, p.talks) || !contains(got, c.Meeting) {
			t.Errorf("events involving %s: got %v, want the meeting and the talks", c.MiraCastell, got)
		}
	}},
	{"later_articles_follow", func(t *testing.T, s *suite) {
		c := NewCorpus()
		p := newProfile(c)
		m := merge(p.castell, c.MiraCastell, "surname", "Castell", "Mira Castell")
		first := s.store(t, append(c.Graphs, p.g)...)
		applyMerge(t, first, m)
		later := s.store(t)
		applyMerge(t, later, m)
		put(t, later, append(NewCorpus().Graphs, newProfile(c).g)...)
		if a, b := TakeDump(t, first), TakeDump(t, later); !reflect.DeepEqual(a, b) {
			t.Errorf("merge before and after the writes differ:\nafter  %+v\nbefore %+v", a.Stats, b.Stats)
		}
		all, err := later.SearchEntities(t.Context(), graph.EntitySearch{Page: graph.Page{First: graph.MaxPageSize}})
		if err != nil {
			t.Fatal(err)
		}
		if contains(entityIDs(all.Entities), p.castell) {
			t.Errorf("%s is a node of its own after its merge", p.castell)
		}
	}},
	{"names_and_rule_recorded", func(t *testing.T, s *suite) {
		c := NewCorpus()
		p := newProfile(c)
		st := s.store(t, append(c.Graphs, p.g)...)
		applyMerge(t, st, merge(p.castell, c.MiraCastell, "surname", "Castell", "Mira Castell"))
		applyMerge(t, st, merge(p.talks, c.Meeting, "same-event", "Castell–Renn talks in Kestrel Bay", "Castell–Renn meeting in Kestrel Bay"))
		all, err := graph.AllMerges(t.Context(), st, graph.MergeFilter{})
		if err != nil {
			t.Fatal(err)
		}
		if len(all) != 2 || all[0].FromID != p.talks || all[1].FromID != p.castell {
			t.Fatalf("Merges: got %+v, want the event merge, then the person merge (newest first)", all)
		}
		m := all[1]
		if m.ID != graph.MergeID(p.castell, c.MiraCastell) || m.IntoID != c.MiraCastell || m.Rule != "surname" ||
			!reflect.DeepEqual(m.Names, []string{"Castell", "Mira Castell"}) || m.CreatedAt.IsZero() || !m.Active() {
			t.Errorf("merge: got %+v, want an active surname merge of Castell into Mira Castell", m)
		}
		for _, node := range []string{p.castell, c.MiraCastell} {
			got, err := graph.AllMerges(t.Context(), st, graph.MergeFilter{NodeID: node})
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != 1 || got[0].ID != m.ID {
				t.Errorf("Merges(%s): got %+v, want only %s", node, got, m.ID)
			}
		}
	}},
	{"undo_restores_exactly", func(t *testing.T, s *suite) {
		c := NewCorpus()
		p := newProfile(c)
		st := s.store(t, append(c.Graphs, p.g)...)
		before := TakeDump(t, st)
		// A wrong merge: two different envoys.
		wrong := merge(c.TobiasRenn, c.MiraCastell, "surname-typo", "Renn", "Castell")
		applyMerge(t, st, wrong)
		if reflect.DeepEqual(TakeDump(t, st), before) {
			t.Fatal("the merge changed nothing")
		}
		if err := st.UndoMerge(t.Context(), wrong.ID); err != nil {
			t.Fatal(err)
		}
		if after := TakeDump(t, st); !reflect.DeepEqual(after, before) {
			t.Errorf("undo left a trace:\nbefore %+v\nafter  %+v", before, after)
		}
		active, err := graph.AllMerges(t.Context(), st, graph.MergeFilter{})
		if err != nil {
			t.Fatal(err)
		}
		all, err := graph.AllMerges(t.Context(), st, graph.MergeFilter{IncludeUndone: true})
		if err != nil {
			t.Fatal(err)
		}
		if len(active) != 0 || len(all) != 1 || all[0].Active() || all[0].UndoneAt.IsZero() {
			t.Errorf("Merges: got %+v active, %+v in all; want none active and one undone", active, all)
		}
		// Re-applying the undone merge works and undoes again.
		applyMerge(t, st, wrong)
		if e := entity(t, st, c.TobiasRenn); e.ID != c.MiraCastell {
			t.Errorf("after re-applying: %s reads as %s, want %s", c.TobiasRenn, e.ID, c.MiraCastell)
		}
	}},
	{"chains_resolve_to_the_end", func(t *testing.T, s *suite) {
		c := NewCorpus()
		p := newProfile(c)
		st := s.store(t, append(c.Graphs, p.g)...)
		before := TakeDump(t, st)
		ab := merge(p.castell, c.MiraCastell, "surname")
		bc := merge(c.MiraCastell, c.TobiasRenn, "test")
		applyMerge(t, st, ab)
		applyMerge(t, st, bc)
		if e := entity(t, st, p.castell); e.ID != c.TobiasRenn {
			t.Errorf("%s reads as %s, want %s", p.castell, e.ID, c.TobiasRenn)
		}
		if err := st.UndoMerge(t.Context(), bc.ID); err != nil {
			t.Fatal(err)
		}
		if e := entity(t, st, p.castell); e.ID != c.MiraCastell || e.Articles != 3 {
			t.Errorf("after undoing the second merge %s reads as %s in %d articles, want %s in 3", p.castell, e.ID, e.Articles, c.MiraCastell)
		}
		if e := entity(t, st, c.TobiasRenn); e.Articles != 2 {
			t.Errorf("%s: got %d articles, want 2", c.TobiasRenn, e.Articles)
		}
		if err := st.UndoMerge(t.Context(), ab.ID); err != nil {
			t.Fatal(err)
		}
		if after := TakeDump(t, st); !reflect.DeepEqual(after, before) {
			t.Errorf("undoing both left a trace:\nbefore %+v\nafter  %+v", before.Stats, after.Stats)
		}
	}},
	{"event_merge", func(t *testing.T, s *suite) {
		c := NewCorpus()
		p := newProfile(c)
		st := s.store(t, append(c.Graphs, p.g)...)
		applyMerge(t, st, merge(p.talks, c.Meeting, "same-event"))
		m, err := st.Events(t.Context(), []string{p.talks})
		if err != nil {
			t.Fatal(err)
		}
		e := m[p.talks]
		if e.ID != c.Meeting || e.Articles != 2 || e.Date.Precision != graph.Day || e.Date.Start != "2025-03-10" {
			t.Errorf("merged event: got %+v, want %s in 2 articles, dated 2025-03-10 (the most precise date)", e, c.Meeting)
		}
		reps, err := st.EventReports(t.Context(), []string{p.talks}, graph.Page{})
		if err != nil {
			t.Fatal(err)
		}
		if got := reps[p.talks]; got.TotalCount != 2 || got.Reports[0].ArticleID != p.g.Article.ID {
			t.Errorf("EventReports: got %+v, want the profile's then the meeting article's", got)
		}
		// The profile's PARTICIPATED_IN now points at the meeting.
		id := graph.RelationID(graph.ParticipatedIn, p.castell, c.Meeting, graph.Asserted)
		if r := relation(t, st, id); r.TargetID != c.Meeting {
			t.Errorf("participation: got %+v, want target %s", r, c.Meeting)
		}
	}},
	{"reapplying_an_active_merge_changes_nothing", func(t *testing.T, s *suite) {
		c := NewCorpus()
		p := newProfile(c)
		st := s.store(t, append(c.Graphs, p.g)...)
		m := merge(p.castell, c.MiraCastell, "surname")
		applyMerge(t, st, m)
		once := TakeDump(t, st)
		applyMerge(t, st, m)
		if twice := TakeDump(t, st); !reflect.DeepEqual(once, twice) {
			t.Errorf("second apply changed the store: %+v, then %+v", once.Stats, twice.Stats)
		}
		if ms, _ := graph.AllMerges(t.Context(), st, graph.MergeFilter{IncludeUndone: true}); len(ms) != 1 {
			t.Errorf("Merges: got %d, want 1", len(ms))
		}
	}},
	{"refused", func(t *testing.T, s *suite) {
		c := NewCorpus()
		p := newProfile(c)
		st := s.store(t, append(c.Graphs, p.g)...)
		applyMerge(t, st, merge(p.castell, c.MiraCastell, "surname"))
		applyMerge(t, st, merge(c.MiraCastell, c.TobiasRenn, "test"))
		before := TakeDump(t, st)
		for _, tc := range []struct {
			name string
			m    graph.Merge
			want error
		}{
			{"into_itself", merge(c.ElinMarr, c.ElinMarr, "test"), graph.ErrConflict},
			{"into_what_reads_as_itself", merge(c.TobiasRenn, p.castell, "test"), graph.ErrConflict},
			{"already_merged_elsewhere", merge(p.castell, c.ElinMarr, "test"), graph.ErrConflict},
			{"different_kinds", merge(c.ElinMarr, c.Valdoria, "test"), graph.ErrInvalid},
			{"empty_id", merge("", c.ElinMarr, "test"), graph.ErrInvalid},
			{"articles_do_not_merge", merge(c.MeetingArticle, c.StrikeArticle, "test"), graph.ErrInvalid},
			{"id_is_not_merge_id", graph.Merge{ID: "merge:0", FromID: c.ElinMarr, IntoID: c.MiraCastell}, graph.ErrInvalid},
		} {
			wantErr(t, tc.name, st.ApplyMerge(t.Context(), tc.m), tc.want)
		}
		wantErr(t, "undo unknown", st.UndoMerge(t.Context(), graph.MergeID(c.ElinMarr, c.MiraCastell)), graph.ErrNotFound)
		if after := TakeDump(t, st); !reflect.DeepEqual(after, before) {
			t.Errorf("refused merges changed the store")
		}
		undo := graph.MergeID(p.castell, c.MiraCastell)
		if err := st.UndoMerge(t.Context(), undo); err != nil {
			t.Fatal(err)
		}
		wantErr(t, "undo twice", st.UndoMerge(t.Context(), undo), graph.ErrConflict)
	}},
}
