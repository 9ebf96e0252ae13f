package resolve_test

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/graph/graphtest"
	"github.com/geokg/geokg/graph/sqlite"
	"github.com/geokg/geokg/loader/resolve"
)

func mustOpen(t *testing.T) graph.Store {
	t.Helper()
	s, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "geokg.db"))
	if err != nil {
		t.Fatalf("open store: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// load resolves and writes graphs one batch at a time, as the loader does.
func load(t *testing.T, s graph.Store, batches ...[]graph.ArticleGraph) []graph.Merge {
	t.Helper()
	ctx := context.Background()
	var merges []graph.Merge
	for _, batch := range batches {
		resolved, err := resolve.New().Resolve(ctx, s, batch)
		if err != nil {
			t.Fatalf("resolve: %v", err)
		}
		for _, g := range resolved {
			merges = append(merges, g.Merges...)
		}
		if _, err := s.PutArticles(ctx, resolved); err != nil {
			t.Fatalf("put: %v", err)
		}
	}
	return merges
}

// article writes one sentence naming people and returns its graph.
func article(url, published, sentence string, people ...string) graph.ArticleGraph {
	b := graphtest.NewArticle(url, published)
	s := b.Say(sentence)
	for _, p := range people {
		b.Person(p, s)
	}
	return b.Graph()
}

func TestResolve_People(t *testing.T) {
	tests := []struct {
		name      string
		stored    [][]string // people named by earlier articles, one article each
		new       string     // the person the new article names
		wantRule  string     // "" when no merge is right
		wantFrom  string
		wantInto  string
		sameBatch bool
	}{
		{name: "surname joins the one full name", stored: [][]string{{"Halvard Oyen"}}, new: "Oyen",
			wantRule: resolve.RuleSurname, wantFrom: "person:oyen", wantInto: "person:halvard-oyen"},
		{name: "full name absorbs a bare surname", stored: [][]string{{"Oyen"}}, new: "Halvard Oyen",
			wantRule: resolve.RuleFullName, wantFrom: "person:oyen", wantInto: "person:halvard-oyen"},
		{name: "surname shared by two people stays apart", stored: [][]string{{"Halvard Oyen"}, {"Sigrid Oyen"}}, new: "Oyen"},
		{name: "middle name variant", stored: [][]string{{"Ana Lucia Ferro"}}, new: "Ana Ferro",
			wantRule: resolve.RuleVariant, wantFrom: "person:ana-ferro", wantInto: "person:ana-lucia-ferro"},
		{name: "transliteration", stored: [][]string{{"Dmytro Kovalenkyy"}}, new: "Dmytro Kovalenky",
			wantRule: resolve.RuleSpelling, wantFrom: "person:dmytro-kovalenky", wantInto: "person:dmytro-kovalenkyy"},
		{name: "different first names are different people", stored: [][]string{{"Dmytro Kovalenko"}}, new: "Oksana Kovalenko"},
		{name: "short surnames never count as spellings", stored: [][]string{{"Wei Li"}}, new: "Wei Lu"},
		{name: "works inside one batch", stored: [][]string{{"Halvard Oyen"}}, new: "Oyen", sameBatch: true,
			wantRule: resolve.RuleSurname, wantFrom: "person:oyen", wantInto: "person:halvard-oyen"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := mustOpen(t)
			var earlier []graph.ArticleGraph
			for i, people := range tt.stored {
				earlier = append(earlier, article("https://news.example/a"+string(rune('0'+i)), "2025-05-01",
					"The minister spoke: "+people[0]+" said so.", people...))
			}
			later := article("https://news.example/new", "2025-05-02", "The minister spoke: "+tt.new+" said so.", tt.new)
			var merges []graph.Merge
			if tt.sameBatch {
				merges = load(t, s, append(earlier, later))
			} else {
				var batches [][]graph.ArticleGraph
				for _, g := range earlier {
					batches = append(batches, []graph.ArticleGraph{g})
				}
				merges = load(t, s, append(batches, []graph.ArticleGraph{later})...)
			}
			if tt.wantRule == "" {
				if len(merges) != 0 {
					t.Fatalf("got merges %+v, want none", merges)
				}
				return
			}
			if len(merges) != 1 {
				t.Fatalf("got %d merges %+v, want 1", len(merges), merges)
			}
			m := merges[0]
			if m.Rule != tt.wantRule || m.FromID != tt.wantFrom || m.IntoID != tt.wantInto {
				t.Errorf("got merge %s %s→%s, want %s %s→%s", m.Rule, m.FromID, m.IntoID, tt.wantRule, tt.wantFrom, tt.wantInto)
			}
			if len(m.Names) != 2 {
				t.Errorf("got names %v, want the two names compared", m.Names)
			}
			e, err := graph.GetEntity(context.Background(), s, tt.wantFrom)
			if err != nil {
				t.Fatalf("get merged-away id: %v", err)
			}
			if e.ID != tt.wantInto {
				t.Errorf("got %s reading as %s, want %s", tt.wantFrom, e.ID, tt.wantInto)
			}
		})
	}
}

func TestResolve_Alias(t *testing.T) {
	s := mustOpen(t)
	a := graphtest.NewArticle("https://news.example/league", "2025-05-01")
	s1 := a.Say("The Northern Maritime League (NML) met in March.")
	a.Entity(graph.Entity{Type: graph.Organization, Name: "Northern Maritime League", Aliases: []string{"NML"}}, s1)
	b := graphtest.NewArticle("https://news.example/nml", "2025-05-02")
	b.Organization("NML", b.Say("The NML rejected the plan."))

	merges := load(t, s, []graph.ArticleGraph{a.Graph()}, []graph.ArticleGraph{b.Graph()})
	if len(merges) != 1 || merges[0].Rule != resolve.RuleAlias || merges[0].IntoID != "organization:northern-maritime-league" {
		t.Fatalf("got merges %+v, want organization:nml into organization:northern-maritime-league by alias", merges)
	}
}

// strike writes an article reporting a strike on a city by a country.
func strike(url, published, sentence string, date graph.Date, killed int) graph.ArticleGraph {
	b := graphtest.NewArticle(url, published)
	s := b.Say(sentence)
	perp := b.Country("XO", "Ostrenia", []string{"Ostrenian"}, s)
	city := b.Location("Kestrel Bay", s)
	b.Event(graph.Event{
		Type: graph.Attack, Name: "Kestrel Bay strike", Date: date, LocationID: city,
		PerpetratorID: perp, ParticipantIDs: []string{perp}, Killed: graphtest.Count(killed, "at least"),
	}, s)
	return b.Graph()
}

func TestResolve_SameEvent(t *testing.T) {
	ctx := context.Background()
	sunday := graph.Date{Start: "2025-04-13", End: "2025-04-13", Precision: graph.Day, Phrase: "on Sunday"}
	tests := []struct {
		name      string
		second    graph.ArticleGraph
		wantMerge bool // a merge is needed: the second report's id differs
		wantOne   bool // both reports end up on one event
	}{
		{"undated follow-up two days later", strike("https://news.example/s2", "2025-04-15",
			"Ostrenian missiles that hit Kestrel Bay killed at least 35.", graph.Date{}, 35), true, true},
		{"same day reported again", strike("https://news.example/s2", "2025-04-14",
			"Ostrenian missiles hit Kestrel Bay on Sunday, killing at least 35.", sunday, 35), false, true},
		{"a strike months later is another strike", strike("https://news.example/s2", "2025-09-02",
			"Ostrenian missiles hit Kestrel Bay on Monday, killing at least 3.",
			graph.Date{Start: "2025-09-01", End: "2025-09-01", Precision: graph.Day, Phrase: "on Monday"}, 3), false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := mustOpen(t)
			first := strike("https://news.example/s1", "2025-04-14",
				"Ostrenian missiles hit Kestrel Bay on Sunday, killing at least 34.", sunday, 34)
			merges := load(t, s, []graph.ArticleGraph{first}, []graph.ArticleGraph{tt.second})
			var eventMerges []graph.Merge
			for _, m := range merges {
				if graph.IDType(m.FromID) == "Event" {
					eventMerges = append(eventMerges, m)
				}
			}
			if got := len(eventMerges) == 1; got != tt.wantMerge {
				t.Fatalf("got event merges %+v, want merge=%v", eventMerges, tt.wantMerge)
			}
			if !tt.wantOne {
				return
			}
			ev, err := graph.GetEvent(ctx, s, first.Events[0].Event.ID)
			if err != nil {
				t.Fatal(err)
			}
			if ev.Articles != 2 {
				t.Errorf("got event reported by %d articles, want 2", ev.Articles)
			}
			reports, err := s.EventReports(ctx, []string{ev.ID}, graph.Page{})
			if err != nil {
				t.Fatal(err)
			}
			killed := map[int]bool{}
			for _, r := range reports[ev.ID].Reports {
				if n, ok := r.Event.Killed.Number(); ok {
					killed[n] = true
				}
			}
			if !killed[34] || !killed[35] {
				t.Errorf("got killed figures %v over the reports, want both 34 and 35 visible", killed)
			}
		})
	}
}

// A wrong merge, undone by an analyst, stays undone: the entity it split
// keeps exactly its own statements, and loading the article again does not
// merge it back.
func TestResolve_WrongMergeUndone(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t)
	first := article("https://news.example/governor", "2025-05-01", "Governor Halvard Oyen said so.", "Halvard Oyen")
	second := article("https://news.example/coach", "2025-05-02", "The coach, Oyen, said so.", "Oyen")
	merges := load(t, s, []graph.ArticleGraph{first}, []graph.ArticleGraph{second})
	if len(merges) != 1 {
		t.Fatalf("got merges %+v, want the surname merge", merges)
	}
	if err := s.UndoMerge(ctx, merges[0].ID); err != nil {
		t.Fatalf("undo: %v", err)
	}
	coach, err := graph.GetEntity(ctx, s, "person:oyen")
	if err != nil {
		t.Fatal(err)
	}
	if coach.ID != "person:oyen" || coach.Articles != 1 {
		t.Errorf("got %+v after undo, want person:oyen on its own with its one article", coach)
	}
	governor, err := graph.GetEntity(ctx, s, "person:halvard-oyen")
	if err != nil {
		t.Fatal(err)
	}
	if governor.Articles != 1 {
		t.Errorf("got governor in %d articles after undo, want 1", governor.Articles)
	}

	// The coach's article is edited and loaded again: the resolver must not
	// redo the merge the analyst undid.
	edited := article("https://news.example/coach", "2025-05-02", "The coach, Oyen, said so again.", "Oyen")
	if again := load(t, s, []graph.ArticleGraph{edited}); len(again) != 0 {
		t.Errorf("got merges %+v on reload, want none: the merge was undone", again)
	}
}

// league writes an article naming the league by the given forms; the first
// is its name, the others aliases.
func league(url string, forms ...string) graph.ArticleGraph {
	b := graphtest.NewArticle(url, "2025-05-01")
	s := b.Say("Delegates of the " + forms[0] + " met; " + strings.Join(forms, ", ") + " said so.")
	b.Entity(graph.Entity{Type: graph.Organization, Name: forms[0], Aliases: forms[1:]}, s)
	return b.Graph()
}

// Ids that were merged, in the store or earlier in a batch, are settled:
// later articles naming them under either form must not propose a merge
// that contradicts it (a store refuses such a batch, which would stop the
// load).
func TestResolve_SettledIDsStaySettled(t *testing.T) {
	s := mustOpen(t)
	full := func(i int) graph.ArticleGraph {
		return league(fmt.Sprintf("https://news.example/full-%d", i), "Northern Maritime League", "NML")
	}
	short := func(i int) graph.ArticleGraph { return league(fmt.Sprintf("https://news.example/short-%d", i), "NML") }
	merges := load(t, s,
		[]graph.ArticleGraph{full(1), short(1)},
		[]graph.ArticleGraph{short(2), full(2), short(3), full(3)},
		[]graph.ArticleGraph{full(4), short(4)},
	)
	if len(merges) != 1 || merges[0].FromID != "organization:nml" {
		t.Fatalf("got merges %+v, want only organization:nml into the league", merges)
	}
	e, err := graph.GetEntity(context.Background(), s, "organization:nml")
	if err != nil {
		t.Fatal(err)
	}
	if e.ID != "organization:northern-maritime-league" || e.Articles != 8 {
		t.Errorf("got %s in %d articles, want the league in all 8", e.ID, e.Articles)
	}
}

// Two protests that share no actor, place or day are two protests, however
// compatible their other fields: a bare undated report is no evidence.
func TestResolve_EventSharingNothingStaysApart(t *testing.T) {
	s := mustOpen(t)
	first := graphtest.NewArticle("https://news.example/p1", "2025-04-14")
	s1 := first.Say("The Farmers Union protested against the new levy.")
	farmers := first.Organization("Farmers Union", s1)
	first.Event(graph.Event{Type: graph.Protest, Name: "levy protest", ParticipantIDs: []string{farmers}}, s1)
	second := graphtest.NewArticle("https://news.example/p2", "2025-04-16")
	s2 := second.Say("Thousands marched through Kestrel Bay on Tuesday.")
	city := second.Location("Kestrel Bay", s2)
	second.Event(graph.Event{Type: graph.Protest, Name: "protest in Kestrel Bay", LocationID: city,
		Date: graph.Date{Start: "2025-04-15", End: "2025-04-15", Precision: graph.Day, Phrase: "on Tuesday"}}, s2)
	merges := load(t, s, []graph.ArticleGraph{first.Graph(), second.Graph()}) // one batch: pending events are candidates too
	for _, m := range merges {
		if graph.IDType(m.FromID) == "Event" {
			t.Errorf("got event merge %+v, want the two protests apart", m)
		}
	}
}
