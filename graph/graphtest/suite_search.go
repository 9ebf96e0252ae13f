package graphtest

import (
	"reflect"
	"testing"

	"github.com/geokg/geokg/graph"
)

// accented is an article whose names carry diacritics, written with and
// without them.
func accented() (g graph.ArticleGraph, jose, bjorn string) {
	b := NewArticle("https://news.example/aldan-ekdahl", "2025-04-02")
	s1 := b.Say("Mediator José Aldán met Bjorn Ekdahl, an adviser to the Ostrenian cabinet, in Kestrel Bay.")
	jose = b.Person("José Aldán", s1)
	bjorn = b.Person("Bjorn Ekdahl", s1)
	b.Location("Kestrel Bay", s1)
	b.Country("XO", "Ostrenia", []string{"Ostrenian"}, s1)
	return b.Graph(), jose, bjorn
}

func search(t *testing.T, st graph.Store, q graph.EntitySearch) graph.EntityPage {
	t.Helper()
	p, err := st.SearchEntities(t.Context(), q)
	if err != nil {
		t.Fatalf("SearchEntities(%+v): %v", q, err)
	}
	return p
}

var searchCases = []testCase{
	{"matches", func(t *testing.T, s *suite) {
		c := NewCorpus()
		g, jose, bjorn := accented()
		st := s.store(t, append(c.Graphs, g)...)
		for _, tc := range []struct {
			name, query string
			types       []graph.EntityType
			want        []string // exactly these, in this order
		}{
			{"by_name", "Elin Marr", nil, []string{c.ElinMarr}},
			{"case_insensitive", "ELIN MARR", nil, []string{c.ElinMarr}},
			{"by_one_word", "marr", nil, []string{c.ElinMarr}},
			{"prefix_of_last_word", "Elin Ma", nil, []string{c.ElinMarr}},
			{"prefix_of_only_word", "castel", nil, []string{c.MiraCastell}},
			{"earlier_words_match_whole", "Eli Marr", nil, nil},
			{"every_word_must_match", "mira renn", nil, nil},
			{"no_infix_match", "astell", nil, nil},
			// The exact alias beats a name it begins.
			{"by_alias", "Valdorian", nil, []string{c.Valdoria, c.ForeignMinistry}},
			{"type_filter", "Valdorian", []graph.EntityType{graph.Organization}, []string{c.ForeignMinistry}},
			{"type_filter_several", "Valdorian", []graph.EntityType{graph.Country, graph.Person}, []string{c.Valdoria}},
			{"accent_in_name_not_query", "Jose Aldan", nil, []string{jose}},
			{"accent_in_query_not_name", "Björn", nil, []string{bjorn}},
			{"accent_in_both", "Aldán", nil, []string{jose}},
			{"punctuation_ignored", "St. Elin-Marr!", nil, nil},
			{"punctuation_between_words", "elin-marr", nil, []string{c.ElinMarr}},
			{"only_punctuation", "?!", nil, nil},
			{"search_syntax_is_text", `"Marr" OR NEAR(*`, nil, nil},
			{"quotes_are_text", `Elin "Marr`, nil, []string{c.ElinMarr}},
		} {
			t.Run(tc.name, func(t *testing.T) {
				p := search(t, st, graph.EntitySearch{Query: tc.query, Types: tc.types})
				if got := entityIDs(p.Entities); !reflect.DeepEqual(got, tc.want) && (len(got) > 0 || len(tc.want) > 0) {
					t.Errorf("search %q %v: got %v, want %v", tc.query, tc.types, got, tc.want)
				}
				if p.TotalCount != len(tc.want) {
					t.Errorf("search %q: TotalCount %d, want %d", tc.query, p.TotalCount, len(tc.want))
				}
			})
		}
	}},
	{"exact_name_first", func(t *testing.T, s *suite) {
		b := NewArticle("https://news.example/marr-family", "2025-04-03")
		s1 := b.Say("Elin Marr and her cousin Elina Marrow visited Darnell.")
		s2 := b.Say("Marrow praised Darnell's hospitals; Marr did not.")
		marr := b.Person("Elin Marr", s1)
		b.Mention(marr, "Marr", s2)
		marrow := b.Entity(graph.Entity{Type: graph.Person, Name: "Elina Marrow", Aliases: []string{"Marrow"}}, s1, s2)
		b.Location("Darnell", s1, s2)
		st := s.store(t, append(NewCorpus().Graphs, b.Graph())...)
		// "marr" is exactly an alias of Elin Marr and a prefix of Marrow.
		if got := entityIDs(search(t, st, graph.EntitySearch{Query: "marr"}).Entities); !reflect.DeepEqual(got, []string{marr, marrow}) {
			t.Errorf("search marr: got %v, want [%s %s]", got, marr, marrow)
		}
		if got := entityIDs(search(t, st, graph.EntitySearch{Query: "Elina Marrow"}).Entities); !reflect.DeepEqual(got, []string{marrow}) {
			t.Errorf("search Elina Marrow: got %v, want [%s]", got, marrow)
		}
	}},
	{"empty_query_most_mentioned_first", func(t *testing.T, s *suite) {
		c := NewCorpus()
		st := s.store(t, c.Graphs...)
		p := search(t, st, graph.EntitySearch{Page: graph.Page{First: 100}})
		want := expectedStats(c.Graphs...).Entities
		if p.TotalCount != want || len(p.Entities) != want {
			t.Fatalf("got %d entities (total %d), want %d", len(p.Entities), p.TotalCount, want)
		}
		if got := entityIDs(p.Entities[:2]); !reflect.DeepEqual(got, []string{c.Ostrenia, c.Valdoria}) {
			t.Errorf("first two: got %v, want the countries every article names, by id", got)
		}
		for i := 1; i < len(p.Entities); i++ {
			a, b := p.Entities[i-1], p.Entities[i]
			if a.Articles < b.Articles || (a.Articles == b.Articles && a.ID >= b.ID) {
				t.Errorf("order: %s (%d articles) before %s (%d)", a.ID, a.Articles, b.ID, b.Articles)
			}
		}
		people := search(t, st, graph.EntitySearch{Types: []graph.EntityType{graph.Person}})
		for _, e := range people.Entities {
			if e.Type != graph.Person {
				t.Errorf("type filter let through %s (%s)", e.ID, e.Type)
			}
		}
		if people.TotalCount != 3 {
			t.Errorf("people: got %d, want 3", people.TotalCount)
		}
	}},
	{"unknown_type", func(t *testing.T, s *suite) {
		st := s.store(t, NewCorpus().Graphs...)
		_, err := st.SearchEntities(t.Context(), graph.EntitySearch{Query: "marr", Types: []graph.EntityType{"Planet"}})
		wantErr(t, "SearchEntities", err, graph.ErrInvalid)
	}},
}
