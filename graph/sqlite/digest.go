package sqlite

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/geokg/geokg/graph"
)

// A country named in every article has as many reports as there are
// articles, and every batch touches it. Re-reading all its reports on each
// write would make loading quadratic, so each entity row keeps a digest of
// its reports: one group per distinct report content, with how many reports
// share it and where the first of them stands. A write that only adds
// reports folds them into the digest; one that removes or moves reports
// rebuilds it from the table.
//
// graph.SummarizeEntity over the digest's groups equals it over the reports:
// its rules count names (each group stands for its count), take the first
// type, kind and code given and the first spelling of each form (the first
// report of a group stands where the group does, and the group's other
// reports repeat what it says), and count articles (kept apart in the
// digest). TestDigestSummary checks this.
type entityDigest struct {
	Articles int           `json:"articles"`
	Groups   []digestGroup `json:"groups"`
}

// digestGroup is the reports that say the same of an entity.
type digestGroup struct {
	EntityID string   `json:"id"`
	Type     string   `json:"type"`
	Name     string   `json:"name"`
	Kind     string   `json:"kind,omitempty"`
	Code     string   `json:"code,omitempty"`
	Aliases  []string `json:"aliases,omitempty"`
	Forms    []string `json:"forms,omitempty"`
	N        int      `json:"n"`
	// Where the group's first report stands: article id, then position in
	// the article.
	Article string `json:"article"`
	Ord     int    `json:"ord"`
}

func (g *digestGroup) key() string {
	return strings.Join([]string{g.EntityID, g.Type, g.Name, g.Kind, g.Code,
		strings.Join(g.Aliases, "\x1f"), strings.Join(g.Forms, "\x1f")}, "\x1e")
}

func (g *digestGroup) before(o *digestGroup) bool {
	return g.Article < o.Article || (g.Article == o.Article && g.Ord < o.Ord)
}

func parseDigest(s string) (entityDigest, error) {
	var d entityDigest
	if err := json.Unmarshal([]byte(s), &d); err != nil {
		return d, fmt.Errorf("stored digest: %w", err)
	}
	return d, nil
}

func (d *entityDigest) json() string {
	b, _ := json.Marshal(d) // strings and ints always marshal
	return string(b)
}

// add folds reports (groups of one, N unused) into the digest. newArticles
// is how many articles the reports bring that the digest did not count yet.
func (d *entityDigest) add(reports []digestGroup, newArticles int) {
	index := make(map[string]int, len(d.Groups))
	for i := range d.Groups {
		index[d.Groups[i].key()] = i
	}
	for _, g := range reports {
		k := g.key()
		if i, ok := index[k]; ok {
			d.Groups[i].N++
			if g.before(&d.Groups[i]) {
				d.Groups[i].Article, d.Groups[i].Ord = g.Article, g.Ord
			}
			continue
		}
		g.N = 1
		index[k] = len(d.Groups)
		d.Groups = append(d.Groups, g)
	}
	d.Articles += newArticles
	slices.SortFunc(d.Groups, func(a, b digestGroup) int {
		switch {
		case a.before(&b):
			return -1
		case b.before(&a):
			return 1
		}
		return 0
	})
}

// summarize applies graph.SummarizeEntity to the digest. A group's first
// report carries all it says; the others repeat its name only, which is all
// the rules still read of them.
func (d *entityDigest) summarize(id string) graph.Entity {
	n := 0
	for _, g := range d.Groups {
		n += g.N
	}
	reports := make([]graph.EntityReport, 0, n)
	for _, g := range d.Groups {
		first := graph.EntityReport{
			Entity:    graph.Entity{ID: g.EntityID, Type: graph.EntityType(g.Type), Name: g.Name, Kind: g.Kind, Code: g.Code, Aliases: g.Aliases},
			ArticleID: g.Article,
			Mentions:  make([]graph.Mention, len(g.Forms)),
		}
		for i, f := range g.Forms {
			first.Mentions[i].Text = f
		}
		reports = append(reports, first)
		rest := graph.EntityReport{Entity: graph.Entity{ID: g.EntityID, Type: graph.EntityType(g.Type), Name: g.Name}, ArticleID: g.Article}
		for range g.N - 1 {
			reports = append(reports, rest)
		}
	}
	e := graph.SummarizeEntity(id, reports)
	e.Articles = d.Articles
	return e
}
