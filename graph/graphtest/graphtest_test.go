package graphtest

import (
	"reflect"
	"testing"

	"github.com/geokg/geokg/graph"
)

// The fixtures other packages build on are valid graphs, and stay so when
// built twice.
func TestFixturesAreValid(t *testing.T) {
	var graphs []graph.ArticleGraph
	graphs = append(graphs, NewCorpus().Graphs...)
	graphs = append(graphs, newProfile(NewCorpus()).g, newTimeline().g)
	g, _, _ := accented()
	graphs = append(graphs, g)
	graphs = append(graphs, Generate(50)...)
	for _, g := range graphs {
		if err := graph.ValidateArticleGraph(g); err != nil {
			t.Errorf("%s: %v", g.Article.URL, err)
		}
	}
	if !reflect.DeepEqual(Generate(20), Generate(20)) || !reflect.DeepEqual(NewCorpus(), NewCorpus()) {
		t.Error("fixtures differ between two builds")
	}
}

func TestBuilder(t *testing.T) {
	b := NewArticle("https://news.example/b", "2025-01-02").Title("T")
	s1 := b.Say("Ærø’s envoy Zoë Ång met the Valdorian envoy.")
	s2 := b.Say("Ång left.")
	zoe := b.Person("Zoë Ång", s1)
	b.Mention(zoe, "Ång", s2)
	xv := b.Country("XV", "Valdoria", []string{"Valdorian"}, s1)
	g := b.Graph()
	if g.Article.Text != s1.Text+" "+s2.Text {
		t.Errorf("text: got %q", g.Article.Text)
	}
	if s2.Start != len([]rune(s1.Text))+1 {
		t.Errorf("second sentence starts at %d, want %d (code points)", s2.Start, len([]rune(s1.Text))+1)
	}
	if xv != "country:XV" || zoe != "person:zoe-ang" {
		t.Errorf("ids: got %s, %s", xv, zoe)
	}
	if m := g.Entities[1].Mentions[0]; m.Text != "Valdorian" {
		t.Errorf("Valdoria is mentioned as %q, want the whole word Valdorian", m.Text)
	}
	first := g.Article.Fingerprint
	b.Say("More.")
	if b.Graph().Article.Fingerprint == first {
		t.Error("new text kept the fingerprint")
	}
	// Graphs are copies: changing one leaves the next alone.
	g.Entities[0].Mentions[0].Text = "changed"
	if b.Graph().Entities[0].Mentions[0].Text == "changed" {
		t.Error("Graph returned shared slices")
	}
	defer func() {
		if recover() == nil {
			t.Error("a name absent from its sentence did not panic")
		}
	}()
	b.Person("Nobody Here", s2)
}

func TestNormalize(t *testing.T) {
	g := NewCorpus().Graphs[0]
	h := g
	h.Entities = append([]graph.EntityReport(nil), g.Entities...)
	h.Entities[0].Entity.Aliases = []string{}
	h.Entities[0].Entity.Articles = 9
	if g.Entities[0].Entity.Aliases != nil {
		h.Entities[0].Entity.Aliases = append([]string{}, g.Entities[0].Entity.Aliases...)
	}
	if !reflect.DeepEqual(Normalize(g), Normalize(h)) {
		t.Error("Normalize tells nil from empty aliases, or counts Articles")
	}
	h.Entities[0].Entity.Name = "Other"
	if reflect.DeepEqual(Normalize(g), Normalize(h)) {
		t.Error("Normalize hides a changed name")
	}
}
