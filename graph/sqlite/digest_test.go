package sqlite

import (
	"math/rand/v2"
	"reflect"
	"sort"
	"testing"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/graph/graphtest"
)

// TestDigestSummary checks the claim digest.go rests on: summarising an
// entity's digest, however its reports were folded in, gives what
// graph.SummarizeEntity gives over the reports themselves.
func TestDigestSummary(t *testing.T) {
	byID := map[string][]digestGroup{}
	add := func(resolved string, r graph.EntityReport, ord int, forms []string) {
		e := r.Entity
		byID[resolved] = append(byID[resolved], digestGroup{EntityID: e.ID, Type: string(e.Type), Name: e.Name,
			Kind: e.Kind, Code: e.Code, Aliases: e.Aliases, Forms: forms, Article: r.ArticleID, Ord: ord})
	}
	for _, g := range append(graphtest.Generate(300), graphtest.NewCorpus().Graphs...) {
		for i, r := range g.Entities {
			var forms []string
			seen := map[string]bool{}
			for _, m := range r.Mentions {
				if !seen[m.Text] {
					seen[m.Text] = true
					forms = append(forms, m.Text)
				}
			}
			add(r.Entity.ID, r, i, forms)
		}
	}
	// Hand-made reports that exercise each rule: spellings differing in
	// case, a kind and code first given by a later article, names of
	// another id merged in, one article reporting under two ids, a name
	// given more often than the first one.
	tricky := []digestGroup{
		{EntityID: "person:ann-lee", Type: "Person", Name: "Ann Lee", Forms: []string{"LEE"}, Article: "article:b", Ord: 0},
		{EntityID: "person:lee", Type: "Person", Name: "Lee", Forms: []string{"Lee", "lee"}, Article: "article:a", Ord: 1},
		{EntityID: "person:ann-lee", Type: "Person", Name: "Ann Lee", Kind: "envoy", Code: "XX", Forms: []string{"Ann Lee"}, Article: "article:c", Ord: 0},
		{EntityID: "person:lee", Type: "Person", Name: "Lee", Forms: []string{"Lee", "lee"}, Article: "article:d", Ord: 3},
		{EntityID: "person:lee", Type: "Person", Name: "Lee", Forms: []string{"Lee", "lee"}, Article: "article:d2", Ord: 0},
		{EntityID: "person:a-lee", Type: "Person", Name: "A. Lee", Aliases: []string{"ann lee"}, Article: "article:c", Ord: 1},
		{EntityID: "person:lee", Type: "Person", Name: "Lee", Forms: []string{"Lee", "lee"}, Article: "article:e", Ord: 0},
		// The name given most often wins over one given first.
		{EntityID: "person:ann-lee", Type: "Person", Name: "Anne Lee", Article: "article:f", Ord: 0},
		{EntityID: "person:ann-lee", Type: "Person", Name: "Anne Lee", Article: "article:g", Ord: 0},
		{EntityID: "person:ann-lee", Type: "Person", Name: "Anne Lee", Article: "article:h", Ord: 0},
	}
	byID["person:ann-lee"] = tricky
	rng := rand.New(rand.NewPCG(1, 2))
	for id, rs := range byID {
		sort.SliceStable(rs, func(i, j int) bool { return rs[i].before(&rs[j]) })
		var full []graph.EntityReport
		articles := map[string]bool{}
		for _, g := range rs {
			r := graph.EntityReport{ArticleID: g.Article, Entity: graph.Entity{ID: g.EntityID, Type: graph.EntityType(g.Type),
				Name: g.Name, Kind: g.Kind, Code: g.Code, Aliases: g.Aliases}}
			for _, f := range g.Forms {
				r.Mentions = append(r.Mentions, graph.Mention{Text: f})
			}
			full = append(full, r)
			articles[g.Article] = true
		}
		want := graph.SummarizeEntity(id, full)

		// Fold the reports in, in random order and random chunks, through
		// a JSON round trip each time, as writes would.
		shuffled := append([]digestGroup(nil), rs...)
		rng.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		var d entityDigest
		counted := map[string]bool{}
		for len(shuffled) > 0 {
			k := 1 + rng.IntN(len(shuffled))
			chunk := shuffled[:k]
			shuffled = shuffled[k:]
			fresh := map[string]bool{}
			for _, g := range chunk {
				if !counted[g.Article] {
					fresh[g.Article] = true
					counted[g.Article] = true
				}
			}
			var err error
			if d, err = parseDigest(d.json()); err != nil {
				t.Fatal(err)
			}
			d.add(chunk, len(fresh))
		}
		if got := d.summarize(id); !reflect.DeepEqual(got, want) {
			t.Errorf("%s:\ngot  %+v\nwant %+v", id, got, want)
		}
		if d.Articles != len(articles) {
			t.Errorf("%s: digest counts %d articles, want %d", id, d.Articles, len(articles))
		}
	}
}
