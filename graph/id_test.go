package graph_test

import (
	"strings"
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestSlug(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"St. Petersburg", "st-petersburg"},
		{"Zelenskyy’s", "zelenskyy-s"},
		{"Zelénskyy", "zelenskyy"},
		{"  Türkiye  ", "turkiye"},
		{"Łódź", "lodz"},
		{"A -- B", "a-b"},
		{"U.S.", "u-s"},
		{"G7", "g7"},
		{"Москва", "москва"},
		{"", ""},
		{"!!!", ""},
	} {
		if got := graph.Slug(tc.in); got != tc.want {
			t.Errorf("Slug(%q): got %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestFoldRune(t *testing.T) {
	for _, tc := range []struct{ in, want rune }{
		{'é', 'e'}, {'É', 'E'}, {'ü', 'u'}, {'ł', 'l'}, {'ș', 's'}, {'ñ', 'n'},
		{'a', 'a'}, {'ß', 'ß'}, {'Ж', 'Ж'}, {'’', '’'},
	} {
		if got := graph.FoldRune(tc.in); got != tc.want {
			t.Errorf("FoldRune(%q): got %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestEntityIDs(t *testing.T) {
	for _, tc := range []struct{ got, want string }{
		{graph.CountryID("ua"), "country:UA"},
		{graph.EntityID(graph.Person, "Vladimir Putin"), "person:vladimir-putin"},
		{graph.EntityID(graph.Organization, "White House"), "organization:white-house"},
		{graph.EntityID(graph.Location, "St. Petersburg"), "location:st-petersburg"},
		// Accents do not split one name into two ids.
		{graph.EntityID(graph.Person, "José Aldán"), graph.EntityID(graph.Person, "Jose Aldan")},
	} {
		if tc.got != tc.want {
			t.Errorf("got %q, want %q", tc.got, tc.want)
		}
	}
}

func TestEventID(t *testing.T) {
	base := graph.EventID(graph.Attack, "2025-04-13", "location:sumy", []string{"country:RU", "country:UA"}, "Sumy strike")
	if !strings.HasPrefix(base, "event:attack:2025-04-13:") {
		t.Errorf("EventID: got %q, want the prefix event:attack:2025-04-13:", base)
	}
	for _, tc := range []struct {
		name string
		id   string
		same bool
	}{
		{"same_inputs", graph.EventID(graph.Attack, "2025-04-13", "location:sumy", []string{"country:RU", "country:UA"}, "Sumy strike"), true},
		{"actor_order", graph.EventID(graph.Attack, "2025-04-13", "location:sumy", []string{"country:UA", "country:RU"}, "Sumy strike"), true},
		{"name_ignored_when_anchored", graph.EventID(graph.Attack, "2025-04-13", "location:sumy", []string{"country:RU", "country:UA"}, "another title"), true},
		{"type", graph.EventID(graph.Protest, "2025-04-13", "location:sumy", []string{"country:RU", "country:UA"}, "Sumy strike"), false},
		{"day", graph.EventID(graph.Attack, "2025-04-14", "location:sumy", []string{"country:RU", "country:UA"}, "Sumy strike"), false},
		{"place", graph.EventID(graph.Attack, "2025-04-13", "location:kyiv", []string{"country:RU", "country:UA"}, "Sumy strike"), false},
		{"actors", graph.EventID(graph.Attack, "2025-04-13", "location:sumy", []string{"country:RU"}, "Sumy strike"), false},
	} {
		if (tc.id == base) != tc.same {
			t.Errorf("%s: got %q against %q, want same=%v", tc.name, tc.id, base, tc.same)
		}
	}
	// With nothing to anchor it, the name keeps distinct events apart.
	a := graph.EventID(graph.Statement, "", "", nil, "Kremlin briefing")
	b := graph.EventID(graph.Statement, "", "", nil, "White House briefing")
	if a == b || !strings.HasPrefix(a, "event:statement:undated:") {
		t.Errorf("unanchored events: got %q and %q, want distinct undated ids", a, b)
	}
	if a != graph.EventID(graph.Statement, "", "", nil, "Kremlin  Briefing!") {
		t.Errorf("unanchored event ids depend on the name's spelling, not its slug")
	}
}

func TestRelationID(t *testing.T) {
	ab := graph.RelationID(graph.MetWith, "person:a", "person:b", graph.Asserted)
	ba := graph.RelationID(graph.MetWith, "person:b", "person:a", graph.Asserted)
	if ab != ba {
		t.Errorf("MET_WITH is symmetric: got %q and %q", ab, ba)
	}
	for _, tc := range []struct{ name, a, b string }{
		{"asymmetric_direction", graph.RelationID(graph.Condemned, "person:a", "person:b", graph.Asserted), graph.RelationID(graph.Condemned, "person:b", "person:a", graph.Asserted)},
		{"modality", ab, graph.RelationID(graph.MetWith, "person:a", "person:b", graph.Possible)},
		{"type", ab, graph.RelationID(graph.Criticized, "person:a", "person:b", graph.Asserted)},
	} {
		if tc.a == tc.b {
			t.Errorf("%s: both ids are %q", tc.name, tc.a)
		}
	}
	if !strings.HasPrefix(ab, "rel:") {
		t.Errorf("RelationID: got %q, want a rel: id", ab)
	}
}

func TestArticleID(t *testing.T) {
	byURL := graph.ArticleID("https://example.test/a", "feed-1", "Title", "Text")
	for _, tc := range []struct {
		name string
		id   string
		same bool
	}{
		{"url_wins_over_the_rest", graph.ArticleID(" https://example.test/a ", "feed-2", "Other", "Other"), true},
		{"other_url", graph.ArticleID("https://example.test/b", "feed-1", "Title", "Text"), false},
		{"feed_id_without_url", graph.ArticleID("", "feed-1", "Title", "Text"), false},
	} {
		if (tc.id == byURL) != tc.same {
			t.Errorf("%s: got %q against %q, want same=%v", tc.name, tc.id, byURL, tc.same)
		}
	}
	if graph.ArticleID("", "feed-1", "A", "x") != graph.ArticleID("", "feed-1", "B", "y") {
		t.Error("without a URL the feed id names the article")
	}
	if graph.ArticleID("", "", "A", "x") == graph.ArticleID("", "", "A", "y") {
		t.Error("without URL or feed id, the text names the article")
	}
	// The feed id "x" and a URL "x" name different articles.
	if graph.ArticleID("x", "", "", "") == graph.ArticleID("", "x", "", "") {
		t.Error("a URL and a feed id with the same text share an id")
	}
}

func TestMergeID(t *testing.T) {
	if graph.MergeID("person:a", "person:b") == graph.MergeID("person:b", "person:a") {
		t.Error("MergeID ignores the direction of the merge")
	}
	first, again := graph.MergeID("person:a", "person:b"), graph.MergeID("person:a", "person:b")
	if first != again {
		t.Error("MergeID is not deterministic")
	}
}

func TestIDType(t *testing.T) {
	for _, tc := range []struct{ id, want string }{
		{"person:x", "Person"}, {"country:UA", "Country"}, {"organization:x", "Organization"},
		{"location:x", "Location"}, {"event:attack:undated:1", "Event"}, {"article:1", "Article"},
		{"rel:1", "Relation"}, {"merge:1", "Merge"}, {"planet:x", ""}, {"person", ""}, {"", ""},
	} {
		if got := graph.IDType(tc.id); got != tc.want {
			t.Errorf("IDType(%q): got %q, want %q", tc.id, got, tc.want)
		}
	}
}
